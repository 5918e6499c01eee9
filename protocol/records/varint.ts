/**
 * Zigzag varints as records use them, in the shapes the record codec needs for speed: plain numbers whenever the
 * value fits 53 bits (always, in practice) and bigint only for the rare huge timestamp delta.
 */

/** Bytes needed for the zigzag varint of an int32 `v`. */
export function varintSize(v: number): number {
  let value = ((v << 1) ^ (v >> 31)) >>> 0;
  let size = 1;
  while (value >= 0x80) {
    value >>>= 7;
    size++;
  }
  return size;
}

/** Bytes needed for the zigzag varlong of `v` (a number must be an int32). */
export function varlongSize(v: bigint | number): number {
  if (typeof v === 'number') return varintSize(v);
  if (v >= -0x40000000n && v < 0x40000000n) return varintSize(Number(v));
  let value = BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
  let size = 1;
  while (value >= 0x80n) {
    value >>= 7n;
    size++;
  }
  return size;
}

/** Writes the zigzag varint of an int32 at `at`; returns the next position. */
export function writeVarint(buf: Uint8Array, at: number, v: number): number {
  let value = ((v << 1) ^ (v >> 31)) >>> 0;
  while (value >= 0x80) {
    buf[at++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  buf[at++] = value;
  return at;
}

/** Writes the zigzag varlong of `v` (a number must be an int32); returns the next position. */
export function writeVarlong(buf: Uint8Array, at: number, v: bigint | number): number {
  if (typeof v === 'number') return writeVarint(buf, at, v);
  if (v >= -0x40000000n && v < 0x40000000n) return writeVarint(buf, at, Number(v));
  let value = BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
  while (value >= 0x80n) {
    buf[at++] = Number(value & 0x7fn) | 0x80;
    value >>= 7n;
  }
  buf[at++] = Number(value);
  return at;
}

/**
 * A forward-only cursor over record bytes with a sticky failure, like protocol/primitives' Reader but tuned
 * for the record loop (varints decoded without BigInt when they fit).
 */
export class VarCursor {
  failed = false;
  constructor(
    readonly buf: Buffer,
    public pos: number,
    readonly end: number,
  ) {}

  fail(): void {
    this.failed = true;
    this.pos = this.end;
  }

  int8(): number {
    if (this.pos >= this.end) {
      this.fail();
      return 0;
    }
    return (this.buf[this.pos++]! << 24) >> 24;
  }

  int16(): number {
    if (this.pos + 2 > this.end) {
      this.fail();
      return 0;
    }
    const v = this.buf.readInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  int32(): number {
    if (this.pos + 4 > this.end) {
      this.fail();
      return 0;
    }
    const v = this.buf.readInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  /** Zigzag int32 varint (at most 5 bytes). Bit operations only: this is the hottest call of record decoding. */
  varint(): number {
    const buf = this.buf;
    const end = this.end;
    let pos = this.pos;
    let raw = 0;
    for (let shift = 0; shift <= 28; shift += 7) {
      if (pos >= end) break;
      const byte = buf[pos++]!;
      if (shift === 28 && byte > 0x0f) break;
      raw |= (byte & 0x7f) << shift;
      if (byte < 0x80) {
        this.pos = pos;
        const u = raw >>> 0;
        return (u >>> 1) ^ -(u & 1);
      }
    }
    this.fail();
    return 0;
  }

  /** Zigzag int64 varint (at most 10 bytes). */
  varlong(): bigint {
    if (this.pos < this.end && this.buf[this.pos]! < 0x80) {
      const byte = this.buf[this.pos++]!;
      return BigInt((byte >>> 1) ^ -(byte & 1));
    }
    let raw = 0;
    const start = this.pos;
    for (let shift = 0; shift < 49; shift += 7) {
      if (this.pos >= this.end) {
        this.fail();
        return 0n;
      }
      const byte = this.buf[this.pos++]!;
      raw += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return BigInt(raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2);
    }
    // Longer than 7 bytes: redo it with BigInt (never seen for real timestamps, but legal).
    this.pos = start;
    let big = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.pos >= this.end) {
        this.fail();
        return 0n;
      }
      const byte = this.buf[this.pos++]!;
      if (shift === 63n && byte > 1) break;
      big |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return (big >> 1n) ^ -(big & 1n);
    }
    this.fail();
    return 0n;
  }

  /** `length` bytes as a zero-copy slice; -1 means null. */
  bytes(length: number): Buffer | null {
    if (length === -1) return null;
    if (length < 0 || this.pos + length > this.end) {
      this.fail();
      return null;
    }
    const v = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return v;
  }
}
