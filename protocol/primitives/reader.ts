import { ProtocolDecodeError } from './errors';

/**
 * Reads Kafka's primitive types from a buffer, big-endian.
 *
 * The error is sticky (the shape of franz-go's kbin): the first short read, bad length or overlong varint
 * records a failure, moves the cursor to the end, and from then on every read returns a zero value. Decoders
 * therefore run straight through without checks and the caller asks `failed` once at the end, which keeps
 * the happy path free of branches and never lets a bogus length allocate more than the input holds.
 *
 * Decoders set `field` to the field they are about to read so that a failure can name it.
 */
export class Reader {
  pos: number;
  readonly end: number;
  /** Field path being read; set by generated decoders, reported in failures. */
  field = '';
  private failure: { reason: string; field: string; position: number } | null = null;

  constructor(
    readonly buf: Buffer,
    start = 0,
    end = buf.length,
  ) {
    this.pos = start;
    this.end = end;
  }

  get failed(): boolean {
    return this.failure !== null;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  /** Records the first failure (later ones are consequences of it) and poisons every later read. */
  fail(reason: string): void {
    if (this.failure === null) this.failure = { reason, field: this.field, position: this.pos };
    this.pos = this.end;
  }

  /** Fails unless every byte was consumed: trailing garbage is an error in a framed message. */
  expectEnd(): void {
    if (this.failure === null && this.pos !== this.end) this.fail(`${this.end - this.pos} unexpected trailing bytes`);
  }

  /** Turns the sticky failure, if any, into a typed error naming what was decoded. */
  toError(subject: string): ProtocolDecodeError | null {
    if (this.failure === null) return null;
    const { reason, field, position } = this.failure;
    const where = field ? ` field ${field}` : '';
    return new ProtocolDecodeError(`${subject}${where}: ${reason} (at byte ${position})`, subject, field, position);
  }

  /** Throws the typed error if the read failed; for callers that prefer exceptions at a boundary. */
  check(subject: string): void {
    const error = this.toError(subject);
    if (error) throw error;
  }

  private need(n: number): boolean {
    if (this.pos + n <= this.end) return true;
    this.fail(`needs ${n} bytes, ${this.end - this.pos} left`);
    return false;
  }

  int8(): number {
    if (!this.need(1)) return 0;
    return this.buf.readInt8(this.pos++);
  }

  uint8(): number {
    if (!this.need(1)) return 0;
    return this.buf[this.pos++]!;
  }

  bool(): boolean {
    return this.int8() !== 0;
  }

  int16(): number {
    if (!this.need(2)) return 0;
    const v = this.buf.readInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  uint16(): number {
    if (!this.need(2)) return 0;
    const v = this.buf.readUInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  int32(): number {
    if (!this.need(4)) return 0;
    const v = this.buf.readInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  uint32(): number {
    if (!this.need(4)) return 0;
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  int64(): bigint {
    if (!this.need(8)) return 0n;
    const v = this.buf.readBigInt64BE(this.pos);
    this.pos += 8;
    return v;
  }

  float64(): number {
    if (!this.need(8)) return 0;
    const v = this.buf.readDoubleBE(this.pos);
    this.pos += 8;
    return v;
  }

  /** A UUID as Kafka prints it: 22 characters of URL-safe base64 without padding. */
  uuid(): string {
    if (!this.need(16)) return ZERO_UUID;
    const v = this.buf.toString('base64url', this.pos, this.pos + 16);
    this.pos += 16;
    return v;
  }

  /** Unsigned LEB128 varint of at most 5 bytes (a uint32). */
  uvarint(): number {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (!this.need(1)) return 0;
      const byte = this.buf[this.pos++]!;
      if (shift === 28 && byte > 0x0f) {
        this.fail('unsigned varint longer than 32 bits');
        return 0;
      }
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
    }
    this.fail('unsigned varint longer than 5 bytes');
    return 0;
  }

  /** Zigzag-encoded signed varint of at most 5 bytes (an int32), as used inside records. */
  varint(): number {
    const raw = this.uvarint();
    return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
  }

  /** Zigzag-encoded signed varint of at most 10 bytes (an int64), as used inside records. */
  varlong(): bigint {
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (!this.need(1)) return 0n;
      const byte = this.buf[this.pos++]!;
      if (shift === 63n && byte > 0x01) {
        this.fail('varlong longer than 64 bits');
        return 0n;
      }
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return (result >> 1n) ^ -(result & 1n);
    }
    this.fail('varlong longer than 10 bytes');
    return 0n;
  }

  /** Raw bytes, sliced (not copied) from the input. */
  raw(length: number): Buffer {
    if (length < 0) {
      this.fail(`negative length ${length}`);
      return EMPTY;
    }
    if (!this.need(length)) return EMPTY;
    const v = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return v;
  }

  skip(length: number): void {
    if (length < 0) this.fail(`negative length ${length}`);
    else if (this.need(length)) this.pos += length;
  }

  private text(length: number): string {
    if (!this.need(length)) return '';
    const v = this.buf.toString('utf8', this.pos, this.pos + length);
    this.pos += length;
    return v;
  }

  /** int16-length string; null (length -1) is a failure here. */
  string(): string {
    const length = this.int16();
    if (length < 0) {
      this.fail(`invalid string length ${length}`);
      return '';
    }
    return this.text(length);
  }

  nullableString(): string | null {
    const length = this.int16();
    if (length === -1) return null;
    if (length < 0) {
      this.fail(`invalid string length ${length}`);
      return null;
    }
    return this.text(length);
  }

  compactString(): string {
    const lengthPlusOne = this.uvarint();
    if (lengthPlusOne === 0) {
      this.fail('null compact string where a value is required');
      return '';
    }
    return this.text(lengthPlusOne - 1);
  }

  compactNullableString(): string | null {
    const lengthPlusOne = this.uvarint();
    return lengthPlusOne === 0 ? null : this.text(lengthPlusOne - 1);
  }

  bytes(): Buffer {
    const length = this.int32();
    if (length < 0) {
      this.fail(`invalid bytes length ${length}`);
      return EMPTY;
    }
    return this.raw(length);
  }

  nullableBytes(): Buffer | null {
    const length = this.int32();
    if (length === -1) return null;
    return this.raw(length);
  }

  compactBytes(): Buffer {
    const lengthPlusOne = this.uvarint();
    if (lengthPlusOne === 0) {
      this.fail('null compact bytes where a value is required');
      return EMPTY;
    }
    return this.raw(lengthPlusOne - 1);
  }

  compactNullableBytes(): Buffer | null {
    const lengthPlusOne = this.uvarint();
    return lengthPlusOne === 0 ? null : this.raw(lengthPlusOne - 1);
  }

  /**
   * int32 element count of an array; -1 means null. A count that cannot fit in the remaining bytes (every
   * element takes at least `minElementSize` bytes) fails here, before anything is allocated for it.
   */
  arrayLength(minElementSize = 1): number {
    const count = this.int32();
    if (count === -1) return -1;
    return this.checkCount(count, minElementSize);
  }

  /** Compact (uvarint count+1) array length; -1 means null. */
  compactArrayLength(minElementSize = 1): number {
    const countPlusOne = this.uvarint();
    if (countPlusOne === 0) return -1;
    return this.checkCount(countPlusOne - 1, minElementSize);
  }

  private checkCount(count: number, minElementSize: number): number {
    if (count < 0 || count * minElementSize > this.end - this.pos) {
      this.fail(`array count ${count} exceeds the ${this.end - this.pos} bytes left`);
      return 0;
    }
    return count;
  }

  /** Skips a whole tagged-field section (count, then tag/size/payload triples). */
  skipTaggedFields(): void {
    const count = this.uvarint();
    for (let i = 0; i < count && !this.failed; i++) {
      this.uvarint();
      this.skip(this.uvarint());
    }
  }
}

export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
const EMPTY = Buffer.alloc(0);
