/**
 * Buffers a fetch's record bytes are read into, used again once the bytes have left the process.
 *
 * Why: a consumer catching up reads a partition's `max.partition.fetch.bytes` (1 MiB by default) per fetch,
 * so a fresh Buffer per read allocated hundreds of MiB/s outside V8's heap; that external memory made V8 run
 * full collections (20-27 % of a consume profile, bench/broker.bench.ts). Reads now borrow a buffer here, and
 * whoever sends the bytes gives it back once they are written (the broker's connection, after its socket's
 * write callback: the kernel has copied them). The broker's connections also join Produce requests that span
 * socket reads into them, given back once the request was appended (src/server/connection.ts).
 *
 * The contract that keeps it safe: `release` is called only when nothing will read the chunk again (for a
 * socket: its write completed without error). A buffer never released is simply collected by the GC, so a read
 * whose answer is dropped (a parked fetch's first read, a throttled response, a down-converted one) needs no
 * bookkeeping. Chunks this pool did not lend, or already took back, are ignored; but each buffer taken must be
 * released at most once (a second release after it was lent again would give back the new reader's buffer).
 */
export class ReadBuffers {
  /** Idle buffers by capacity (a power of two). */
  private readonly idle = new Map<number, ArrayBuffer[]>();
  /** Lent and not yet released (weak: a buffer never released is collected). */
  private readonly lent = new WeakSet<ArrayBuffer>();
  private idleBytes = 0;

  /**
   * @param maxIdleBytes what the pool keeps between fetches (released buffers beyond it are left to the GC)
   * @param minLength reads shorter than this get a buffer of their own (small allocations cost V8 little)
   * @param maxLength reads longer than this too (an unusually large partition budget or batch)
   */
  constructor(
    private readonly maxIdleBytes = 32 * 1024 * 1024,
    private readonly minLength = 64 * 1024,
    private readonly maxLength = 16 * 1024 * 1024,
  ) {}

  /** A buffer of `length` bytes (contents undefined), lent from the pool when its length qualifies. */
  take(length: number): Buffer {
    if (length < this.minLength || length > this.maxLength) return Buffer.allocUnsafe(length);
    const capacity = 2 ** Math.ceil(Math.log2(length));
    let whole = this.idle.get(capacity)?.pop();
    if (whole) this.idleBytes -= capacity;
    else whole = Buffer.allocUnsafeSlow(capacity).buffer as ArrayBuffer; // an ArrayBuffer of its own
    this.lent.add(whole);
    return Buffer.from(whole, 0, length);
  }

  /** Gives back the buffer under `chunk` if this pool lent it (no-op otherwise): it may be lent again at once. */
  release(chunk: Uint8Array): void {
    const whole = chunk.buffer as ArrayBuffer;
    if (!this.lent.delete(whole)) return;
    const capacity = whole.byteLength;
    if (this.idleBytes + capacity > this.maxIdleBytes) return;
    let list = this.idle.get(capacity);
    if (!list) {
      list = [];
      this.idle.set(capacity, list);
    }
    list.push(whole);
    this.idleBytes += capacity;
  }

  /** Bytes kept idle for the next reads. */
  get idleByteCount(): number {
    return this.idleBytes;
  }
}
