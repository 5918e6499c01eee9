/**
 * Writes Kafka's primitive types, big-endian, into a buffer that grows by doubling.
 *
 * Length prefixes whose value is only known afterwards (a frame's int32 size, a tagged field's size) are
 * reserved first and filled in last (`reserveInt32` / `fillInt32`), the shape of pg-protocol's writer.
 *
 * Reference mode (`referenceFrom`): byte fields of at least that many bytes (a Fetch response's records) are
 * not copied but referenced, and the output is a list of chunks (`chunks()`): the bytes written around them,
 * and the referenced buffers themselves. A socket writes the list with writev, so record bytes go from the
 * segment read to the kernel without being copied into the response: Brook's stand-in for Kafka's sendfile.
 * `pos` counts every byte of the output, referenced or not, so sizes computed from it stay right.
 */
export interface WriterOptions {
  /** Byte fields at least this long are referenced, not copied (default: never). */
  referenceFrom?: number;
}

interface Chunk {
  /** Logical position of the chunk's first byte in the output. */
  at: number;
  bytes: Buffer;
  /** A caller's buffer: never written into. */
  referenced: boolean;
}

export class Writer {
  private buf: Buffer;
  /** Where the next byte goes in `buf`. */
  private at = 0;
  /** Logical position of buf[0] in the output. */
  private base = 0;
  /** Everything before this logical position is in `sealed` chunks; buf holds what follows. */
  private sealedTo = 0;
  private sealed: Chunk[] | null = null;
  private referenced = 0;
  private readonly referenceFrom: number;

  constructor(initialSize = 256, options: WriterOptions = {}) {
    this.buf = Buffer.allocUnsafe(initialSize);
    this.referenceFrom = options.referenceFrom ?? Number.POSITIVE_INFINITY;
  }

  /** Bytes written so far (the output's length, referenced bytes included): sizes are computed from it. */
  get pos(): number {
    return this.base + this.at;
  }

  private ensure(n: number): void {
    if (this.at + n <= this.buf.length) return;
    // Only the unsealed tail moves; sealed chunks keep viewing the old buffer.
    const from = this.sealedTo - this.base;
    const live = this.at - from;
    let size = this.buf.length * 2;
    while (size < live + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, from, this.at);
    this.buf = next;
    this.base = this.sealedTo;
    this.at = live;
  }

  /** Bytes of the output that were copied into the writer's own buffers (not referenced). */
  get copiedBytes(): number {
    return this.pos - this.referenced;
  }

  /**
   * The bytes written so far as one buffer (a view, valid until the next write). After a reference was
   * taken this joins the chunks (a copy): use `chunks()` where the output goes to a socket.
   */
  finish(): Buffer {
    if (this.sealed === null) return this.buf.subarray(0, this.at);
    return Buffer.concat(this.chunks(), this.pos);
  }

  /** The output as chunks whose concatenation is what was written; referenced buffers are included as is. */
  chunks(): Buffer[] {
    const tail = this.buf.subarray(this.sealedTo - this.base, this.at);
    if (this.sealed === null) return [tail];
    const out = this.sealed.map((c) => c.bytes);
    if (tail.length > 0) out.push(tail);
    return out;
  }

  /** Appends `v` by reference: ends the current chunk, adds `v` as a chunk of its own. */
  private reference(v: Uint8Array): void {
    if (this.sealed === null) this.sealed = [];
    const sealed = this.sealed;
    const start = this.sealedTo - this.base;
    if (this.at > start)
      sealed.push({ at: this.sealedTo, bytes: this.buf.subarray(start, this.at), referenced: false });
    const bytes = Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.length);
    sealed.push({ at: this.pos, bytes, referenced: true });
    this.referenced += v.length;
    // Later bytes continue in the same buffer right after the chunk just sealed; only their logical
    // position moves past the referenced bytes.
    this.base += v.length;
    this.sealedTo = this.pos;
  }

  /** The chunk holding logical position `at`, for patching bytes already written. */
  private local(at: number, length: number): { bytes: Buffer; offset: number } {
    if (at >= this.sealedTo) return { bytes: this.buf, offset: at - this.base };
    for (const c of this.sealed ?? []) {
      if (at >= c.at && at + length <= c.at + c.bytes.length && !c.referenced)
        return { bytes: c.bytes, offset: at - c.at };
    }
    throw new RangeError(`bytes ${at}-${at + length} are not in one buffer the writer owns`);
  }

  int8(v: number): this {
    this.ensure(1);
    this.buf.writeInt8(v, this.at++);
    return this;
  }

  uint8(v: number): this {
    this.ensure(1);
    this.buf[this.at++] = v;
    return this;
  }

  bool(v: boolean): this {
    return this.uint8(v ? 1 : 0);
  }

  int16(v: number): this {
    this.ensure(2);
    this.at = this.buf.writeInt16BE(v, this.at);
    return this;
  }

  uint16(v: number): this {
    this.ensure(2);
    this.at = this.buf.writeUInt16BE(v, this.at);
    return this;
  }

  int32(v: number): this {
    this.ensure(4);
    this.at = this.buf.writeInt32BE(v, this.at);
    return this;
  }

  uint32(v: number): this {
    this.ensure(4);
    this.at = this.buf.writeUInt32BE(v, this.at);
    return this;
  }

  int64(v: bigint): this {
    this.ensure(8);
    this.at = this.buf.writeBigInt64BE(v, this.at);
    return this;
  }

  float64(v: number): this {
    this.ensure(8);
    this.at = this.buf.writeDoubleBE(v, this.at);
    return this;
  }

  /** A UUID given as Kafka prints it (22 characters of URL-safe base64). */
  uuid(v: string): this {
    this.ensure(16);
    const written = this.buf.write(v, this.at, 16, 'base64url');
    if (written !== 16) throw new RangeError(`invalid UUID ${JSON.stringify(v)}`);
    this.at += 16;
    return this;
  }

  uvarint(v: number): this {
    this.ensure(5);
    let value = v >>> 0;
    while (value >= 0x80) {
      this.buf[this.at++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.buf[this.at++] = value;
    return this;
  }

  /** Zigzag signed varint (int32), as used inside records. */
  varint(v: number): this {
    return this.uvarint(((v << 1) ^ (v >> 31)) >>> 0);
  }

  /** Zigzag signed varint (int64), as used inside records. */
  varlong(v: bigint): this {
    this.ensure(10);
    let value = BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
    while (value >= 0x80n) {
      this.buf[this.at++] = Number(value & 0x7fn) | 0x80;
      value >>= 7n;
    }
    this.buf[this.at++] = Number(value);
    return this;
  }

  raw(v: Uint8Array): this {
    if (v.length >= this.referenceFrom) {
      this.reference(v);
      return this;
    }
    this.ensure(v.length);
    this.buf.set(v, this.at);
    this.at += v.length;
    return this;
  }

  private text(v: string, length: number): void {
    this.ensure(length);
    this.at += this.buf.write(v, this.at, length, 'utf8');
  }

  string(v: string): this {
    const length = Buffer.byteLength(v);
    this.int16(length).text(v, length);
    return this;
  }

  nullableString(v: string | null): this {
    return v === null ? this.int16(-1) : this.string(v);
  }

  compactString(v: string): this {
    const length = Buffer.byteLength(v);
    this.uvarint(length + 1).text(v, length);
    return this;
  }

  compactNullableString(v: string | null): this {
    return v === null ? this.uvarint(0) : this.compactString(v);
  }

  bytes(v: Uint8Array): this {
    return this.int32(v.length).raw(v);
  }

  nullableBytes(v: Uint8Array | null): this {
    return v === null ? this.int32(-1) : this.bytes(v);
  }

  compactBytes(v: Uint8Array): this {
    return this.uvarint(v.length + 1).raw(v);
  }

  compactNullableBytes(v: Uint8Array | null): this {
    return v === null ? this.uvarint(0) : this.compactBytes(v);
  }

  /** Reserves an int32 to be filled in later; returns its position. */
  reserveInt32(): number {
    this.ensure(4);
    const at = this.pos;
    this.at += 4;
    return at;
  }

  fillInt32(at: number, v: number): void {
    const { bytes, offset } = this.local(at, 4);
    bytes.writeInt32BE(v, offset);
  }

  /** Overwrites bytes already written (used to patch fields such as a record batch's CRC). */
  patch(at: number, bytes: Uint8Array): void {
    const target = this.local(at, bytes.length);
    target.bytes.set(bytes, target.offset);
  }

  /** Direct access for code that computes over what it wrote (CRC of a batch body); never across a reference. */
  view(start: number, end = this.at): Buffer {
    const { bytes, offset } = this.local(start, end - start);
    return bytes.subarray(offset, offset + end - start);
  }
}
