import { connect, type Socket } from 'node:net';
import { FrameSplitter } from '../../protocol/frame-splitter';
import { decodeResponse, encodeRequest } from '../../protocol/frames';

/**
 * A raw Kafka wire client for tests that need control over bytes: send any frame (even broken ones), read
 * size-prefixed responses in order, and observe when the broker closes the connection.
 */
export class WireClient {
  private readonly splitter = new FrameSplitter({ kind: 'response' });
  private readonly frames: Buffer[] = [];
  private waiters: (() => void)[] = [];
  private correlation = 0;
  closed = false;
  readonly closedPromise: Promise<void>;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.splitter.push(chunk, (frame) => this.frames.push(frame));
      this.wake();
    });
    this.closedPromise = new Promise((resolve) => {
      socket.on('close', () => {
        this.closed = true;
        this.wake();
        resolve();
      });
    });
    socket.on('error', () => {});
  }

  static connect(port: number): Promise<WireClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port }, () => resolve(new WireClient(socket)));
      socket.once('error', reject);
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  write(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** Encodes a request; returns its frame (size-prefixed) without sending it. */
  frame(apiKey: number, apiVersion: number, body: unknown, correlationId = ++this.correlation): Buffer {
    return Buffer.from(encodeRequest({ apiKey, apiVersion, correlationId, clientId: 'wire-test' }, body));
  }

  send(apiKey: number, apiVersion: number, body: unknown, correlationId = ++this.correlation): number {
    this.write(this.frame(apiKey, apiVersion, body, correlationId));
    return correlationId;
  }

  /** The next response frame (without its size), or null if the connection closed first / nothing came in time. */
  async next(timeoutMs = 2000): Promise<Buffer | null> {
    const deadline = Date.now() + timeoutMs;
    while (this.frames.length === 0) {
      if (this.closed) return null;
      const left = deadline - Date.now();
      if (left <= 0) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.frames.shift()!;
  }

  /** Next response decoded as the given API/version. */
  async nextResponse<T>(
    apiKey: number,
    apiVersion: number,
    timeoutMs = 2000,
  ): Promise<{ correlationId: number; body: T }> {
    const frame = await this.next(timeoutMs);
    if (!frame) throw new Error(`no response (connection ${this.closed ? 'closed' : 'open'})`);
    return decodeResponse(apiKey, apiVersion, frame) as { correlationId: number; body: T };
  }

  /** Resolves true if the broker closed the connection within `timeoutMs`. */
  async waitClosed(timeoutMs = 2000): Promise<boolean> {
    await Promise.race([this.closedPromise, new Promise((r) => setTimeout(r, timeoutMs))]);
    return this.closed;
  }

  close(): void {
    this.socket.destroy();
  }
}
