import type { Duplex } from 'node:stream';
import { FrameSizeError, FrameSplitter } from '../../protocol/frame-splitter';
import type { Logger } from '../log';
import { ANONYMOUS, type Principal } from '../security/principal';
import type { SaslAuthenticator } from '../security/sasl-authenticator';
import type { RateLimitedWarning } from './rate-limited-log';
import type { BudgetMember, RequestMemoryBudget } from './request-memory';
import type { ReadBuffers } from '../../storage';

/** What the request layer decided for one frame. */
export interface FrameOutcome {
  /**
   * The response frame, size prefix included, as chunks written in one go (large record sets are chunks of
   * their own, never copied); null when the request gets no response (acks=0).
   */
  response: Buffer[] | null;
  /** Close the connection once this slot's turn comes (after earlier responses were written). */
  close?: { reason: string; level?: 'warn' | 'info' | 'debug' };
}

export interface FrameProcessor {
  /** Handles one request frame (without its size prefix). May complete out of order; must not throw. */
  process(frame: Buffer, connection: Connection): Promise<FrameOutcome> | FrameOutcome;
}

export interface ConnectionOptions {
  id: string;
  listenerName: string;
  remoteAddress: string;
  /** The listener's security protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL). */
  securityProtocol?: string;
  /** Who the client is before SASL (the mTLS certificate's principal, or User:ANONYMOUS). */
  principal?: Principal;
  /** The SASL state on SASL listeners: requests wait for authentication (src/security). */
  authenticator?: SaslAuthenticator;
  /** sasl.server.max.receive.size: the frame limit until SASL authentication completes. */
  saslMaxReceiveBytes?: number;
  /** socket.request.max.bytes */
  maxRequestBytes: number;
  /** connections.max.idle.ms */
  idleTimeoutMs: number;
  /** Requests in flight (received, not yet answered) before reading stops: queued.max.requests. */
  maxInFlight: number;
  /** Bytes queued for writing before reading stops. */
  writeHighWaterMark: number;
  /** queued.max.request.bytes, shared by all connections of the broker. */
  requestMemory: RequestMemoryBudget;
  /** Where rejections (bad frames) are reported, at a bounded rate across the broker. */
  rejections: RateLimitedWarning;
  logger: Logger;
  /**
   * Storage's read buffers, when the stream hands written bytes to the kernel (a plain TCP socket): each
   * response's chunks are given back to them once its write succeeded, so fetches may read into them.
   */
  readBuffers?: ReadBuffers;
}

/** A request header starts with its API key: Produce frames may be lent a pooled buffer (Connection.assemble). */
const PRODUCE_API_KEY = 0;

interface Slot {
  outcome: FrameOutcome | null;
  /** The request's bytes, charged to the memory budget until the response is written. */
  bytes: number;
}

/**
 * One client connection over any Duplex stream (a TCP socket, or an in-memory pair in tests).
 *
 * Pipelining: every frame gets a slot in arrival order; handlers may finish in any order, and responses are
 * released strictly in slot order (Kafka clients match responses by order and correlation id).
 *
 * Backpressure: reading pauses while `maxInFlight` requests are unanswered, while more than
 * `writeHighWaterMark` bytes wait to be written (a client that does not read its responses stops being
 * read), or while the broker's request memory budget (queued.max.request.bytes) refuses more; it resumes
 * when all three allow. The connection charges the budget with the bytes of its unfinished frame plus its
 * unanswered requests, and releases a request's bytes when its response is written.
 */
export class Connection implements BudgetMember {
  readonly id: string;
  readonly listenerName: string;
  readonly remoteAddress: string;
  readonly securityProtocol: string;
  readonly authenticator: SaslAuthenticator | null;
  private readonly transportPrincipal: Principal;
  private readonly splitter: FrameSplitter;
  private readonly slots: Slot[] = [];
  /** Bytes of received requests not yet answered (the slots' bytes). */
  private requestBytes = 0;
  private closed = false;
  private paused = false;
  private idleTimer: NodeJS.Timeout | null = null;
  /** Epoch ms until which the client is not read (a quota throttle), and the timer that resumes it. */
  private throttledUntil = 0;
  private throttleTimer: NodeJS.Timeout | null = null;
  private readonly log: Logger;
  /** Per-connection state handlers may keep (e.g. SASL state in later issues). */
  readonly state = new Map<string, unknown>();
  private readonly closeListeners: (() => void)[] = [];

  constructor(
    private readonly stream: Duplex,
    private readonly processor: FrameProcessor,
    private readonly options: ConnectionOptions,
  ) {
    this.id = options.id;
    this.listenerName = options.listenerName;
    this.remoteAddress = options.remoteAddress;
    this.securityProtocol = options.securityProtocol ?? 'PLAINTEXT';
    this.authenticator = options.authenticator ?? null;
    this.transportPrincipal = options.principal ?? ANONYMOUS;
    this.log = options.logger;
    this.splitter = new FrameSplitter({
      maxFrameBytes: options.maxRequestBytes,
      limitName: 'socket.request.max.bytes',
      kind: 'request',
      assemble: (parts, length) => this.assemble(parts, length),
    });
    if (this.authenticator && options.saslMaxReceiveBytes !== undefined) {
      // Kafka reads at most sasl.server.max.receive.size bytes from a client that has not authenticated.
      this.splitter.setLimit(
        Math.min(options.saslMaxReceiveBytes, options.maxRequestBytes),
        'sasl.server.max.receive.size',
      );
    }
    stream.on('data', (chunk: Buffer) => this.onData(chunk));
    stream.on('drain', () => this.updateReading());
    stream.on('end', () => {
      if (this.splitter.pendingBytes > 0 && !this.closed) {
        const expected = this.splitter.expectedBytes;
        const received = expected >= 0 ? this.splitter.pendingBytes - 4 : this.splitter.pendingBytes;
        this.reject(
          `truncated request: the client closed the connection after ${received} bytes of a ${expected >= 0 ? `${expected}-byte` : 'partial'} frame`,
        );
      }
      this.close();
    });
    stream.on('error', (error) => {
      this.log.debug('connection error', { connection: this.id, error: error.message });
      this.close();
    });
    stream.on('close', () => this.close());
    this.touch();
  }

  /** Who the client is: the SASL user once authenticated, else the TLS certificate's principal or User:ANONYMOUS. */
  get principal(): Principal {
    return this.authenticator?.authenticated ? this.authenticator.principal : this.transportPrincipal;
  }

  /** Logged in with a delegation token (Kafka's KafkaPrincipal.tokenAuthenticated). */
  get tokenAuthenticated(): boolean {
    return this.authenticator?.authenticated === true && this.authenticator.tokenAuthenticated;
  }

  /** SASL authentication completed: frames may be as large as socket.request.max.bytes again. */
  authenticationCompleted(): void {
    this.splitter.setLimit(this.options.maxRequestBytes, 'socket.request.max.bytes');
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * The buffers a handler may read record bytes into for its response (storage's ReadBuffers): given back
   * once the response is written. Null when this stream cannot tell (an in-memory pair may still hold the
   * chunks it was written): handlers allocate then.
   */
  get readBuffers(): ReadBuffers | null {
    return this.options.readBuffers ?? null;
  }

  /** True while reading is paused for backpressure. */
  get isPaused(): boolean {
    return this.paused;
  }

  get inFlight(): number {
    return this.slots.length;
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  /**
   * Mutes the connection for `ms` (Kafka's ThrottledChannel, KIP-219): responses still go out, with the
   * throttle_time_ms the handler put in them, but nothing more is read from the client until the time has passed,
   * so a client ignoring the throttle time is slowed all the same. A longer throttle extends a shorter one.
   */
  throttle(ms: number): void {
    if (ms <= 0 || this.closed) return;
    const until = Date.now() + ms;
    if (until <= this.throttledUntil) return;
    this.throttledUntil = until;
    if (this.throttleTimer) clearTimeout(this.throttleTimer);
    this.throttleTimer = setTimeout(() => {
      this.throttleTimer = null;
      this.updateReading();
    }, ms);
    this.updateReading();
  }

  /** True while a quota throttle mutes the connection. */
  get isThrottled(): boolean {
    return Date.now() < this.throttledUntil;
  }

  /** BudgetMember: the budget lets this connection read again. */
  budgetAvailable(): void {
    this.updateReading();
  }

  /** BudgetMember: part of a frame is buffered. */
  get hasPartialFrame(): boolean {
    return this.splitter.pendingBytes > 0;
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    this.touch();
    try {
      this.splitter.push(chunk, (frame) => this.onFrame(frame));
    } catch (error) {
      if (error instanceof FrameSizeError) {
        this.reject(error.message);
        return;
      }
      throw error;
    }
    if (this.closed) return;
    this.charge();
    this.updateReading();
  }

  /** Tells the budget what this connection holds: its unfinished frame and its unanswered requests. */
  private charge(): void {
    this.options.requestMemory.setCharge(this, this.requestBytes + this.splitter.pendingBytes);
  }

  /**
   * Joins a request that arrived in several socket chunks. A Produce request (a producer's batches, the bulk
   * of what a broker reads) gets a buffer lent by the read buffers, given back once its handler finished (see
   * onFrame): a fresh buffer per request allocated hundreds of MiB/s outside V8's heap, and that external
   * memory made V8 run full collections (bench/produce-ab.ts). Safe because the produce path keeps no view of
   * the request once answered: storage copies the batches into the segment file (writeSync) during the append.
   */
  private assemble(parts: readonly Buffer[], length: number): Buffer {
    const buffers = this.lenderFor(parts[0]!);
    if (!buffers) return Buffer.concat(parts, length);
    const frame = buffers.take(length);
    let at = 0;
    for (const part of parts) at += part.copy(frame, at);
    return frame;
  }

  /**
   * The read buffers when the frame starting with `head` is a Produce request they may hold (a plain TCP
   * socket; not a raw SASL token, which only looks like a request header).
   */
  private lenderFor(head: Buffer): ReadBuffers | undefined {
    if (this.authenticator?.expectsRawToken) return undefined;
    return head.length >= 2 && head.readInt16BE(0) === PRODUCE_API_KEY ? this.options.readBuffers : undefined;
  }

  private onFrame(frame: Buffer): void {
    if (this.closed) return;
    const slot: Slot = { outcome: null, bytes: frame.length + 4 };
    this.slots.push(slot);
    this.requestBytes += slot.bytes;
    this.options.requestMemory.frameCompleted(this);
    // A Produce frame may be lent by the read buffers (assemble): back once its handler is done with it, even
    // when the connection closed meanwhile. release ignores a frame the pool did not lend.
    const lent = this.lenderFor(frame);
    let result: Promise<FrameOutcome> | FrameOutcome;
    try {
      result = this.processor.process(frame, this);
    } catch (error) {
      result = { response: null, close: { reason: `request failed: ${(error as Error).message}` } };
    }
    if (result instanceof Promise) {
      result.then(
        (outcome) => {
          lent?.release(frame);
          this.complete(slot, outcome);
        },
        (error: Error) => {
          lent?.release(frame);
          this.complete(slot, { response: null, close: { reason: `request failed: ${error.message}` } });
        },
      );
    } else {
      lent?.release(frame);
      this.complete(slot, result);
    }
  }

  private complete(slot: Slot, outcome: FrameOutcome): void {
    slot.outcome = outcome;
    this.flush();
  }

  /**
   * Writes the responses at the head of the queue whose handlers have finished. Corked, so the chunks of all
   * of them (headers and referenced record sets) leave in one writev.
   */
  private flush(): void {
    let released = 0;
    this.stream.cork();
    try {
      while (!this.closed && this.slots.length > 0 && this.slots[0]!.outcome !== null) {
        const slot = this.slots.shift()!;
        const { response, close } = slot.outcome!;
        released += slot.bytes;
        if (response) this.write(response);
        if (close) {
          const fields = { connection: this.id, remote: this.remoteAddress, reason: close.reason };
          const level = close.level ?? 'warn';
          if (level === 'warn') this.options.rejections.warn('closing connection', fields);
          else this.log[level]('closing connection', fields);
          this.close(true);
          return;
        }
      }
    } finally {
      this.stream.uncork();
    }
    if (released > 0) {
      this.requestBytes -= released;
      this.charge();
    }
    if (!this.closed) this.touch();
    this.updateReading();
  }

  /**
   * Writes one response's chunks (corked by the caller: one writev). With read buffers, the write callback of
   * the last chunk (called once all of them were written, in order) gives the response's pooled chunks back;
   * after a failed write they are left to the GC, since the socket may not be done with them.
   */
  private write(response: Buffer[]): void {
    const buffers = this.options.readBuffers;
    const last = response.length - 1;
    if (last < 0) return;
    for (let i = 0; i < last; i++) this.stream.write(response[i]);
    // A one-chunk response references no record set (encodeResponseChunks copies small ones): nothing to give back.
    if (!buffers || last === 0) this.stream.write(response[last]);
    else
      this.stream.write(response[last], (error) => {
        if (!error) for (const chunk of response) buffers.release(chunk);
      });
  }

  /** Refuses the connection's input (oversized or malformed frame): logged at a bounded rate, then close. */
  reject(reason: string): void {
    if (this.closed) return;
    this.options.rejections.warn('rejected connection', { connection: this.id, remote: this.remoteAddress, reason });
    this.stream.destroy();
    this.close();
  }

  /** Pauses or resumes reading: requests in flight, bytes waiting to be written, the memory budget, a throttle. */
  private updateReading(): void {
    if (this.closed) return;
    const read =
      this.throttleTimer === null &&
      this.slots.length < this.options.maxInFlight &&
      this.stream.writableLength <= this.options.writeHighWaterMark &&
      this.options.requestMemory.mayRead(this);
    if (read === !this.paused) return;
    this.paused = !read;
    if (read) this.stream.resume();
    else this.stream.pause();
  }

  /** Restarts the idle timer; a connection with requests in flight (long polls) is never idle. */
  private touch(): void {
    if (this.idleTimer) this.idleTimer.refresh();
    else {
      this.idleTimer = setTimeout(() => this.onIdle(), this.options.idleTimeoutMs);
      this.idleTimer.unref();
    }
  }

  private onIdle(): void {
    if (this.closed) return;
    if (this.slots.length > 0) {
      this.touch();
      return;
    }
    this.log.info('closing idle connection', {
      connection: this.id,
      remote: this.remoteAddress,
      idleMs: this.options.idleTimeoutMs,
    });
    this.stream.destroy();
    this.close();
  }

  /**
   * Closes the connection; idempotent. Graceful: what was written still goes out, then the stream ends;
   * otherwise pending responses are dropped.
   */
  close(graceful = false): void {
    if (this.closed) return;
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.throttleTimer) clearTimeout(this.throttleTimer);
    if (graceful) {
      this.stream.end();
      // A peer that never reads must not keep the socket alive forever.
      setTimeout(() => this.stream.destroy(), 5000).unref();
    } else if (!this.stream.destroyed) this.stream.destroy();
    this.slots.length = 0;
    this.requestBytes = 0;
    this.options.requestMemory.remove(this);
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}
