import { Duplex } from 'node:stream';

/**
 * Two connected in-memory Duplex ends, with real backpressure: a write completes only once the other end has
 * room (its reader is consuming), like a socket whose peer stops reading. `broker.acceptStream(server)` serves
 * a client over it without any socket.
 */
class End extends Duplex {
  peer!: End;
  private waiting: (() => void) | null = null;

  constructor(highWaterMark: number) {
    super({ readableHighWaterMark: highWaterMark, writableHighWaterMark: highWaterMark });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.peer.destroyed) {
      callback();
      return;
    }
    if (this.peer.push(chunk)) callback();
    else this.peer.waiting = callback;
  }

  override _read(): void {
    const resume = this.waiting;
    this.waiting = null;
    resume?.();
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (!this.peer.destroyed) this.peer.push(null);
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (!this.peer.destroyed) this.peer.destroy();
    callback(error);
  }
}

export function memoryStreamPair(highWaterMark = 64 * 1024): [client: Duplex, server: Duplex] {
  const a = new End(highWaterMark);
  const b = new End(highWaterMark);
  a.peer = b;
  b.peer = a;
  return [a, b];
}
