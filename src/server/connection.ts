import type { Duplex } from 'node:stream';
import type { Logger } from '../log';
import { FrameDecoder, FrameTooLargeError } from './framing';

/** What the request layer decided for one frame. */
export interface FrameOutcome {
  /** Response bytes including the size prefix, or null when the request gets no response (acks=0). */
  response: Buffer | null;
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
  /** socket.request.max.bytes */
  maxRequestBytes: number;
  /** connections.max.idle.ms */
  idleTimeoutMs: number;
  /** Requests in flight (received, not yet answered) before reading stops: queued.max.requests. */
  maxInFlight: number;
  /** Bytes queued for writing before reading stops. */
  writeHighWaterMark: number;
  logger: Logger;
}

interface Slot {
  outcome: FrameOutcome | null;
}

/**
 * One client connection over any Duplex stream (a TCP socket, or an in-memory pair in tests).
 *
 * Pipelining: every frame gets a slot in arrival order; handlers may finish in any order, and responses are
 * released strictly in slot order (Kafka clients match responses by order and correlation id).
 *
 * Backpressure: reading pauses while `maxInFlight` requests are unanswered or while more than
 * `writeHighWaterMark` bytes wait to be written (a client that does not read its responses stops being
 * read), and resumes when both drop.
 */
export class Connection {
  readonly id: string;
  readonly listenerName: string;
  readonly remoteAddress: string;
  private readonly decoder: FrameDecoder;
  private readonly slots: Slot[] = [];
  private closed = false;
  private paused = false;
  private idleTimer: NodeJS.Timeout | null = null;
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
    this.log = options.logger;
    this.decoder = new FrameDecoder(options.maxRequestBytes);
    stream.on('data', (chunk: Buffer) => this.onData(chunk));
    stream.on('drain', () => this.maybeResume());
    stream.on('end', () => {
      if (this.decoder.pendingBytes > 0 && !this.closed) {
        const expected = this.decoder.expectedBytes;
        this.reject(
          `truncated request: the client closed the connection after ${this.decoder.pendingBytes} bytes of a ${expected >= 0 ? `${expected}-byte` : 'partial'} frame`,
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

  get isClosed(): boolean {
    return this.closed;
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

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    this.touch();
    try {
      this.decoder.push(chunk, (frame) => this.onFrame(frame));
    } catch (error) {
      if (error instanceof FrameTooLargeError) {
        this.reject(error.message);
        return;
      }
      throw error;
    }
  }

  private onFrame(frame: Buffer): void {
    if (this.closed) return;
    const slot: Slot = { outcome: null };
    this.slots.push(slot);
    this.maybePause();
    let result: Promise<FrameOutcome> | FrameOutcome;
    try {
      result = this.processor.process(frame, this);
    } catch (error) {
      result = { response: null, close: { reason: `request failed: ${(error as Error).message}` } };
    }
    if (result instanceof Promise) {
      result.then(
        (outcome) => this.complete(slot, outcome),
        (error: Error) =>
          this.complete(slot, { response: null, close: { reason: `request failed: ${error.message}` } }),
      );
    } else {
      this.complete(slot, result);
    }
  }

  private complete(slot: Slot, outcome: FrameOutcome): void {
    slot.outcome = outcome;
    this.flush();
  }

  /** Writes the responses at the head of the queue whose handlers have finished. */
  private flush(): void {
    while (!this.closed && this.slots.length > 0 && this.slots[0]!.outcome !== null) {
      const { response, close } = this.slots.shift()!.outcome!;
      if (response) this.stream.write(response);
      if (close) {
        this.log[close.level ?? 'warn']('closing connection', {
          connection: this.id,
          remote: this.remoteAddress,
          reason: close.reason,
        });
        this.close(true);
        return;
      }
    }
    if (!this.closed) this.touch();
    this.maybeResume();
  }

  /** Refuses the connection's input (oversized or malformed frame): one log line, then close. */
  reject(reason: string): void {
    if (this.closed) return;
    this.log.warn('rejected connection', { connection: this.id, remote: this.remoteAddress, reason });
    this.stream.destroy();
    this.close();
  }

  private maybePause(): void {
    if (this.paused) return;
    if (this.slots.length >= this.options.maxInFlight || this.stream.writableLength > this.options.writeHighWaterMark) {
      this.paused = true;
      this.stream.pause();
    }
  }

  private maybeResume(): void {
    if (!this.paused || this.closed) return;
    if (this.slots.length < this.options.maxInFlight && this.stream.writableLength <= this.options.writeHighWaterMark) {
      this.paused = false;
      this.stream.resume();
    }
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
    if (graceful) {
      this.stream.end();
      // A peer that never reads must not keep the socket alive forever.
      setTimeout(() => this.stream.destroy(), 5000).unref();
    } else if (!this.stream.destroyed) this.stream.destroy();
    this.slots.length = 0;
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}
