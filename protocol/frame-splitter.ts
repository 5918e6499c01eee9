/**
 * Splits a byte stream into Kafka frames (int32 size prefix, then that many bytes). Sans-I/O: it is fed
 * chunks by whoever owns the socket (the broker's connections, Brook's internal clients, tests, the bench)
 * and hands back whole frames, so there is one implementation of the framing rules.
 *
 * - The size is checked as soon as its four bytes arrive, BEFORE any of the frame is buffered: a negative or
 *   oversized size costs nothing but the prefix (the broker passes socket.request.max.bytes; clients accept
 *   anything a broker may send).
 * - A frame that lies inside one chunk is handed out as a view of that chunk (no copy). A frame spread over
 *   several chunks is collected as a list of views and joined once when complete: no re-concatenation per
 *   chunk, so a 100 MiB request arriving in 64 KiB reads costs one copy, not thousands. A reader whose chunks
 *   share one reused buffer (Node's `onread`) passes `copyInto`: each frame is then copied as it arrives.
 * - `pendingBytes` says how much of an unfinished frame is held, so a caller can account for the memory.
 * - Direct reads (with `copyInto`): `readTarget()` names the memory the next read should fill (the rest of the
 *   size prefix, or the rest of the frame's buffer) and `advance` takes what was read there. Node's `onread`
 *   asks for its buffer before every read, so the kernel's copy is then the only one, the way the Java client's
 *   NetworkReceive reads a frame into a buffer of its size. A read never goes past the frame it fills.
 */

/** The announced size of a frame is negative or above the limit; the stream cannot be resynchronised. */
export class FrameSizeError extends Error {
  override readonly name = 'FrameSizeError';
  constructor(
    message: string,
    /** The size the prefix announced. */
    readonly size: number,
  ) {
    super(message);
  }
}

export interface FrameSplitterOptions {
  /** Largest frame accepted (without its prefix). Default: any non-negative int32. */
  maxFrameBytes?: number;
  /** Names the limit in the error message (e.g. `socket.request.max.bytes`). */
  limitName?: string;
  /** Names what the frames are (`request`, `response`) in error messages. */
  kind?: string;
  /**
   * Joins the parts of a frame that spanned chunks into one buffer of `length` bytes (default: Buffer.concat).
   * The broker's connection lends Produce frames a pooled buffer here (src/server/connection.ts).
   */
  assemble?: (parts: readonly Buffer[], length: number) => Buffer;
  /**
   * For chunks whose memory is reused once `push` returns (a socket reading into one buffer of its own, Node's
   * `onread`): every frame is copied, as its bytes arrive, into the buffer of `length` bytes this returns, and
   * never handed out as a view of a chunk (`assemble` is then unused).
   */
  copyInto?: (length: number) => Buffer;
}

export class FrameSplitter {
  private maxFrameBytes: number;
  private limitName: string;
  private readonly kind: string;
  private readonly assemble: (parts: readonly Buffer[], length: number) => Buffer;
  private readonly copyInto: ((length: number) => Buffer) | null;
  /** copyInto mode: the frame being received. */
  private target: Buffer | null = null;
  private readonly sizeBytes = Buffer.alloc(4);
  private sizeFilled = 0;
  private expected = -1;
  private parts: Buffer[] = [];
  private collected = 0;

  constructor(options: FrameSplitterOptions = {}) {
    this.maxFrameBytes = options.maxFrameBytes ?? 0x7fffffff;
    this.limitName = options.limitName ?? 'the maximum frame size';
    this.kind = options.kind ?? 'frame';
    this.assemble = options.assemble ?? ((parts, length) => Buffer.concat(parts, length));
    this.copyInto = options.copyInto ?? null;
  }
  /** Changes the frame size limit for the frames still to come (a SASL connection is stricter until authenticated). */
  setLimit(maxFrameBytes: number, limitName: string): void {
    this.maxFrameBytes = maxFrameBytes;
    this.limitName = limitName;
  }

  /** Announced size of the frame being received, or -1 between frames (or while its size is incomplete). */
  get expectedBytes(): number {
    return this.expected;
  }

  /** Bytes of an unfinished frame held so far, prefix included (0 between frames). */
  get pendingBytes(): number {
    return this.sizeFilled + this.collected + (this.expected >= 0 ? 4 : 0);
  }

  /**
   * Feeds a chunk; calls `onFrame` for each complete frame (without its prefix), in order. Throws
   * FrameSizeError for a size outside [0, maxFrameBytes]; the stream is then unusable (close it).
   * A frame handed out may be a view of `chunk`: the caller must not reuse the chunk's memory (see copyInto).
   */
  push(chunk: Buffer, onFrame: (frame: Buffer) => void): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.expected < 0) {
        if (this.sizeFilled === 0 && chunk.length - at >= 4) {
          this.expected = this.checkSize(chunk.readInt32BE(at));
          at += 4;
        } else {
          // The prefix itself is split across chunks.
          const take = Math.min(4 - this.sizeFilled, chunk.length - at);
          chunk.copy(this.sizeBytes, this.sizeFilled, at, at + take);
          this.sizeFilled += take;
          at += take;
          if (this.sizeFilled < 4) return;
          this.sizeFilled = 0;
          this.expected = this.checkSize(this.sizeBytes.readInt32BE(0));
        }
      }
      const need = this.expected - this.collected;
      const available = chunk.length - at;
      if (this.copyInto) {
        this.target ??= this.copyInto(this.expected);
        const take = Math.min(need, available);
        chunk.copy(this.target, this.collected, at, at + take);
        this.collected += take;
        at += take;
        if (this.collected < this.expected) return;
        const frame = this.target;
        this.target = null;
        this.collected = 0;
        this.expected = -1;
        onFrame(frame);
        continue;
      }
      if (this.collected === 0 && available >= need) {
        // The whole frame is inside this chunk: a view, no copy.
        const frame = chunk.subarray(at, at + need);
        at += need;
        this.expected = -1;
        onFrame(frame);
        continue;
      }
      if (available === 0) return;
      const take = Math.min(need, available);
      this.parts.push(chunk.subarray(at, at + take));
      this.collected += take;
      at += take;
      if (this.collected === this.expected) {
        const frame = this.parts.length === 1 ? this.parts[0]! : this.assemble(this.parts, this.collected);
        this.parts = [];
        this.collected = 0;
        this.expected = -1;
        onFrame(frame);
      }
    }
  }

  /**
   * Direct reads: where the next read should land, at most the rest of the current size prefix or frame (so
   * one read never holds two frames' bytes). Needs `copyInto`, which gives each frame's buffer.
   */
  readTarget(): Buffer {
    if (!this.copyInto) throw new Error('FrameSplitter.readTarget needs the copyInto option');
    if (this.expected < 0) return this.sizeBytes.subarray(this.sizeFilled);
    this.target ??= this.copyInto(this.expected);
    return this.target.subarray(this.collected, this.expected);
  }

  /**
   * Direct reads: `bytes` were read into the last `readTarget()`; calls `onFrame` once a frame is complete.
   * Throws FrameSizeError as `push` does, when the prefix completes.
   */
  advance(bytes: number, onFrame: (frame: Buffer) => void): void {
    if (this.expected < 0) {
      this.sizeFilled += bytes;
      if (this.sizeFilled < 4) return;
      this.sizeFilled = 0;
      this.expected = this.checkSize(this.sizeBytes.readInt32BE(0));
      if (this.expected > 0) return;
    } else {
      this.collected += bytes;
      if (this.collected < this.expected) return;
    }
    const frame = this.target ?? this.copyInto!(0);
    this.target = null;
    this.collected = 0;
    this.expected = -1;
    onFrame(frame);
  }

  private checkSize(size: number): number {
    if (size < 0) throw new FrameSizeError(`invalid ${this.kind} size ${size}`, size);
    if (size > this.maxFrameBytes) {
      throw new FrameSizeError(`${this.kind} size ${size} exceeds ${this.limitName} ${this.maxFrameBytes}`, size);
    }
    return size;
  }
}
