/**
 * Splits a byte stream into Kafka frames (int32 size prefix, then that many bytes).
 *
 * The size is checked against `maxFrameBytes` (socket.request.max.bytes) as soon as its four bytes arrive,
 * BEFORE any of the frame is buffered, so an oversized or negative size costs nothing but the prefix.
 * Chunks of a frame are collected in a list and joined once (no quadratic re-concatenation).
 */
export class FrameTooLargeError extends Error {
  override readonly name = 'FrameTooLargeError';
}

export class FrameDecoder {
  private sizeBytes = Buffer.alloc(4);
  private sizeFilled = 0;
  private expected = -1;
  private parts: Buffer[] = [];
  private collected = 0;

  constructor(private readonly maxFrameBytes: number) {}

  /** Announced size of the frame being received, or -1 between frames (or while its size is incomplete). */
  get expectedBytes(): number {
    return this.expected;
  }

  /** Bytes of a frame received so far (0 between frames). */
  get pendingBytes(): number {
    return this.sizeFilled + this.collected;
  }

  /**
   * Feeds a chunk; calls `onFrame` for each complete frame (without its prefix). Throws FrameTooLargeError
   * for a size outside [0, maxFrameBytes]; the caller closes the connection.
   */
  push(chunk: Buffer, onFrame: (frame: Buffer) => void): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.expected < 0) {
        // Fast path: the whole prefix is in this chunk.
        if (this.sizeFilled === 0 && chunk.length - at >= 4) {
          this.expected = this.checkSize(chunk.readInt32BE(at));
          at += 4;
        } else {
          const take = Math.min(4 - this.sizeFilled, chunk.length - at);
          chunk.copy(this.sizeBytes, this.sizeFilled, at, at + take);
          this.sizeFilled += take;
          at += take;
          if (this.sizeFilled < 4) return;
          this.expected = this.checkSize(this.sizeBytes.readInt32BE(0));
          this.sizeFilled = 0;
        }
      }
      const need = this.expected - this.collected;
      const available = chunk.length - at;
      if (this.collected === 0 && available >= need) {
        // Whole frame inside this chunk: hand out a view, no copy.
        const frame = chunk.subarray(at, at + need);
        at += need;
        this.expected = -1;
        onFrame(frame);
        continue;
      }
      const take = Math.min(need, available);
      this.parts.push(chunk.subarray(at, at + take));
      this.collected += take;
      at += take;
      if (this.collected === this.expected) {
        const frame = Buffer.concat(this.parts, this.collected);
        this.parts = [];
        this.collected = 0;
        this.expected = -1;
        onFrame(frame);
      }
    }
  }

  private checkSize(size: number): number {
    if (size < 0) throw new FrameTooLargeError(`invalid request size ${size}`);
    if (size > this.maxFrameBytes) {
      throw new FrameTooLargeError(`request size ${size} exceeds socket.request.max.bytes ${this.maxFrameBytes}`);
    }
    return size;
  }
}
