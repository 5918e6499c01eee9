/**
 * A minimal Kafka client over TCP using Brook's generated codecs: one connection, pipelined requests matched
 * by correlation id. Used by the `brook` tool commands (src/cli/client/session.ts; they must work against any
 * Kafka-compatible broker, so they go over the wire, not through broker internals) and by tests that drive the
 * group protocol by hand.
 */
import { connect, isIP, type Socket } from 'node:net';
import { type ConnectionOptions, connect as tlsConnect } from 'node:tls';
import { FrameSplitter } from '../../protocol/frame-splitter';
import { decodeResponse, encodeRequest } from '../../protocol/frames';

interface Pending {
  apiKey: number;
  apiVersion: number;
  resolve(body: unknown): void;
  reject(error: Error): void;
}

export class WireClient {
  private nextCorrelationId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly splitter = new FrameSplitter({ kind: 'response' });
  private closedError: Error | null = null;

  private constructor(
    private readonly socket: Socket,
    readonly clientId: string,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    const fail = (error: Error) => {
      this.closedError = error;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed')));
  }

  /** Connects to `host:port`; over TLS with `tls` (the CA to trust, ...; the host name is checked unless an IP). */
  static connect(
    address: string,
    clientId = 'brook-cli',
    timeoutMs = 10000,
    tls: ConnectionOptions | null = null,
  ): Promise<WireClient> {
    const colon = address.lastIndexOf(':');
    const host = address.slice(0, colon).replace(/^\[|\]$/g, '') || '127.0.0.1';
    const port = Number(address.slice(colon + 1));
    if (colon <= 0 || !Number.isInteger(port)) return Promise.reject(new Error(`bad address "${address}" (HOST:PORT)`));
    return new Promise((resolve, reject) => {
      const socket = tls
        ? tlsConnect({ host, port, servername: isIP(host) ? undefined : host, ...tls })
        : connect({ host, port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`cannot connect to ${address}: timed out`));
      }, timeoutMs);
      socket.once(tls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        socket.setNoDelay(true);
        resolve(new WireClient(socket, clientId));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`cannot connect to ${address}: ${error.message}`));
      });
    });
  }

  private onData(chunk: Buffer): void {
    try {
      this.splitter.push(chunk, (frame) => this.onFrame(frame));
    } catch (error) {
      // A negative size: the stream cannot be followed any further.
      this.socket.destroy(error as Error);
    }
  }

  private onFrame(frame: Buffer): void {
    const correlationId = frame.readInt32BE(0);
    const pending = this.pending.get(correlationId);
    if (!pending) return;
    this.pending.delete(correlationId);
    try {
      pending.resolve(decodeResponse(pending.apiKey, pending.apiVersion, frame).body);
    } catch (error) {
      pending.reject(error as Error);
    }
  }

  /** Sends one request and resolves with the decoded response body. */
  send<T>(apiKey: number, apiVersion: number, body: unknown): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    const correlationId = this.nextCorrelationId++;
    const frame = encodeRequest({ apiKey, apiVersion, correlationId, clientId: this.clientId }, body);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(correlationId, { apiKey, apiVersion, resolve: resolve as (b: unknown) => void, reject });
      this.socket.write(frame);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}
