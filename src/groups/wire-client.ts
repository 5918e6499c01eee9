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
import type { ReadBuffers } from '../../storage/read-buffers';

interface Pending {
  apiKey: number;
  apiVersion: number;
  resolve(response: { body: unknown; frame: Buffer }): void;
  reject(error: Error): void;
}

/** A decoded response whose byte fields point into a buffer lent by the client's frame buffers. */
export interface LentResponse<T> {
  body: T;
  /** Gives the buffer back (once nothing reads the body's byte fields any more); a no-op if none was lent. */
  release(): void;
}

export class WireClient {
  private nextCorrelationId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly splitter: FrameSplitter;
  private closedError: Error | null = null;
  /**
   * Where responses are copied as they arrive (storage's ReadBuffers; sendLending hands them over): a replica
   * fetcher's responses are up to replica.fetch.response.max.bytes, and a fresh buffer for each made a
   * follower spend a quarter of its time in the GC.
   */
  private frameBuffers: ReadBuffers | null = null;

  private constructor(
    private readonly socket: Socket,
    readonly clientId: string,
    /** The socket reads into one buffer of its own (Node's `onread`) and hands each read here. */
    reads: ReusedReads,
  ) {
    // Every read lands in the same memory, so frames are copied out as they arrive: straight into the lent
    // frame buffers for a follower's fetch answers.
    this.splitter = new FrameSplitter({ kind: 'response', copyInto: (length) => this.frameBuffer(length) });
    reads.deliver = (chunk) => this.onData(chunk);
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
      const reads = new ReusedReads();
      const socket = tls
        ? // tls.connect takes `onread` as net.connect does (Node 15+); @types/node does not declare it.
          tlsConnect({
            host,
            port,
            servername: isIP(host) ? undefined : host,
            ...tls,
            onread: reads.onread,
          } as ConnectionOptions)
        : connect({ host, port, onread: reads.onread });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`cannot connect to ${address}: timed out`));
      }, timeoutMs);
      socket.once(tls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        socket.setNoDelay(true);
        resolve(new WireClient(socket, clientId, reads));
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

  /** Responses to sendLending are assembled in buffers lent by `buffers` from now on. */
  lendFramesFrom(buffers: ReadBuffers): this {
    this.frameBuffers = buffers;
    return this;
  }

  /**
   * Where a frame is copied as it arrives: a lent buffer when the frame is large enough for the frame buffers
   * (lendFramesFrom) to lend one. Only sendLending's answers are given back; send()'s are left to the GC.
   */
  private frameBuffer(length: number): Buffer {
    return this.frameBuffers ? this.frameBuffers.take(length) : Buffer.allocUnsafe(length);
  }

  private onFrame(frame: Buffer): void {
    const correlationId = frame.readInt32BE(0);
    const pending = this.pending.get(correlationId);
    if (!pending) {
      this.frameBuffers?.release(frame);
      return;
    }
    this.pending.delete(correlationId);
    try {
      pending.resolve({ body: decodeResponse(pending.apiKey, pending.apiVersion, frame).body, frame });
    } catch (error) {
      this.frameBuffers?.release(frame);
      pending.reject(error as Error);
    }
  }

  /** Sends one request and resolves with the decoded response body. */
  async send<T>(apiKey: number, apiVersion: number, body: unknown): Promise<T> {
    return (await this.request(apiKey, apiVersion, body)).body as T;
  }

  /**
   * Sends one request and resolves with the decoded response, whose byte fields (records) may point into a
   * buffer lent by the frame buffers (lendFramesFrom): the caller releases it once done with them.
   */
  async sendLending<T>(apiKey: number, apiVersion: number, body: unknown): Promise<LentResponse<T>> {
    const { body: decoded, frame } = await this.request(apiKey, apiVersion, body);
    const buffers = this.frameBuffers;
    return { body: decoded as T, release: () => buffers?.release(frame) };
  }

  private request(apiKey: number, apiVersion: number, body: unknown) {
    if (this.closedError) return Promise.reject(this.closedError);
    const correlationId = this.nextCorrelationId++;
    const frame = encodeRequest({ apiKey, apiVersion, correlationId, clientId: this.clientId }, body);
    return new Promise<{ body: unknown; frame: Buffer }>((resolve, reject) => {
      this.pending.set(correlationId, { apiKey, apiVersion, resolve, reject });
      this.socket.write(frame);
    });
  }

  /** True once the socket failed or closed: every request from now on fails. */
  get isClosed(): boolean {
    return this.closedError !== null || this.socket.destroyed;
  }

  close(): void {
    this.socket.destroy();
  }
}

/**
 * A socket's reads into one buffer of the client's own (Node's `onread`, TCP and TLS alike), instead of a fresh
 * buffer per read. Why: V8 counts every new buffer as external memory and, on a process that makes
 * little other garbage (a follower fetching hundreds of MiB/s), runs a full mark-compact for each dozen MiB
 * read: 12 a second on each follower under replication load (bench/replication-cluster.bench.ts).
 */
class ReusedReads {
  /**
   * Set by the client in the same turn as the connect event, before it writes its first request: a Kafka broker
   * speaks only to answer, so no read comes before it (one would be bytes no request asked for, dropped).
   */
  deliver: (chunk: Buffer) => void = () => {};
  readonly onread = {
    buffer: Buffer.allocUnsafeSlow(64 * 1024),
    callback: (bytes: number, buffer: Uint8Array): boolean => {
      this.deliver(Buffer.from(buffer.buffer, buffer.byteOffset, bytes));
      return true;
    },
  };
}
