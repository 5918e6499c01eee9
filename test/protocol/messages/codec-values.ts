/**
 * Test support: random values for any generated message at any version, made by the generated decoder itself
 * (no schema files needed, so `npm test` runs in a clone with nothing beside it).
 *
 * The decoder of a message, at a version, calls the Reader once per field present in that version, with the
 * field's wire type (int16, compactNullableString, arrayLength, ...). RandomValueReader answers each call with
 * a random value of that type instead of reading bytes, so `codec.decode(new RandomValueReader(...), v)`
 * returns a random value holding exactly the fields of version v, each within its type's range. What this
 * cannot know, it learns or leaves out:
 * - arrays: a null count is offered only where the decoder accepted null before; where it refuses it
 *   ("null where an array is required") the field is remembered and the value is made again;
 * - tagged fields: each tagged-field section gets zero or one tag (0-3) of size 0; an unknown tag is skipped
 *   by the decoder, a known one is read as its field (nested sections work the same way).
 * The schema-driven round trip in test/shared/ (run by `npm run check:shared`) uses Kafka's schemas as the
 * oracle for which fields exist; this one checks that every writer is the exact inverse of its reader.
 */
import * as generated from '../../../protocol/generated';
import type { MessageCodec } from '../../../protocol/generated';
import { Reader } from '../../../protocol/primitives';

// biome-ignore lint/suspicious/noExplicitAny: codecs of every message type
export type AnyCodec = MessageCodec<any>;

/** Every codec protocol/generated exports: 88 requests, 88 responses, the data schemas and both headers. */
export function allCodecs(): AnyCodec[] {
  return Object.entries(generated)
    .filter(([name, value]) => name.endsWith('Codec') && typeof value === 'object' && value !== null)
    .map(([, value]) => value as AnyCodec)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function versionsOf(codec: AnyCodec): number[] {
  const out: number[] = [];
  for (let v = codec.minVersion; v <= codec.maxVersion; v++) out.push(v);
  return out;
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ValueOptions {
  /** Probability of null where the field accepts it. */
  nullChance: number;
  maxArray: number;
}

const CHARS = ['a', 'Z', '0', '-', '_', '.', ' ', 'é', 'ß', '日', '本', '🙂'];
const EMPTY = Buffer.alloc(0);

class NullRefused extends Error {}

/** A Reader whose every read returns a random value of the requested type (see the file comment). */
class RandomValueReader extends Reader {
  private taggedStep = 0;

  constructor(
    private readonly random: () => number,
    private readonly options: ValueOptions,
    /** `${field}` of arrays whose decoder refused null, for this codec and version. */
    private readonly arraysNotNull: Set<string>,
  ) {
    super(EMPTY);
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }
  private isNull(): boolean {
    return this.random() < this.options.nullChance;
  }
  private randomBytes(): Buffer {
    const b = Buffer.alloc(this.int(0, 24));
    for (let i = 0; i < b.length; i++) b[i] = this.int(0, 255);
    return b;
  }
  private randomText(): string {
    let s = '';
    for (let n = this.int(0, 10); n > 0; n--) s += CHARS[this.int(0, CHARS.length - 1)];
    return s;
  }
  private count(): number {
    if (!this.arraysNotNull.has(this.field) && this.isNull()) return -1;
    return this.int(0, this.options.maxArray);
  }

  override fail(reason: string): void {
    if (reason.startsWith('null where')) {
      this.arraysNotNull.add(this.field);
      throw new NullRefused(reason);
    }
    throw new Error(`decoder failed on random values at ${this.field}: ${reason}`);
  }

  override int8(): number {
    return this.int(-128, 127);
  }
  override uint8(): number {
    return this.int(0, 255);
  }
  override bool(): boolean {
    return this.random() < 0.5;
  }
  override int16(): number {
    return this.int(-32768, 32767);
  }
  override uint16(): number {
    return this.int(0, 65535);
  }
  override int32(): number {
    return this.int(-2147483648, 2147483647);
  }
  override uint32(): number {
    return this.int(0, 4294967295);
  }
  override int64(): bigint {
    return BigInt.asIntN(64, (BigInt(this.int(0, 0xffffffff)) << 32n) | BigInt(this.int(0, 0xffffffff)));
  }
  override float64(): number {
    return (this.random() - 0.5) * 10 ** this.int(-5, 20);
  }
  override uuid(): string {
    return Buffer.from(Array.from({ length: 16 }, () => this.int(0, 255))).toString('base64url');
  }
  override string(): string {
    return this.randomText();
  }
  override compactString(): string {
    return this.randomText();
  }
  override nullableString(): string | null {
    return this.isNull() ? null : this.randomText();
  }
  override compactNullableString(): string | null {
    return this.nullableString();
  }
  override bytes(): Buffer {
    return this.randomBytes();
  }
  override compactBytes(): Buffer {
    return this.randomBytes();
  }
  override nullableBytes(): Buffer | null {
    return this.isNull() ? null : this.randomBytes();
  }
  override compactNullableBytes(): Buffer | null {
    return this.nullableBytes();
  }
  override arrayLength(): number {
    return this.count();
  }
  override compactArrayLength(): number {
    return this.count();
  }
  override skipTaggedFields(): void {}
  override skip(): void {}

  /**
   * Generated decoders read uvarints only in a tagged-field section they decode: the count (zero or one
   * here), then that one field's tag and size (0: a random value takes no bytes of this reader).
   */
  override uvarint(): number {
    if (!this.field.endsWith('_tagged_fields')) throw new Error(`unexpected uvarint at ${this.field}`);
    switch (this.taggedStep) {
      case 0: {
        const count = this.int(0, 1);
        if (count === 1) this.taggedStep = 1;
        return count;
      }
      case 1:
        this.taggedStep = 2;
        return this.int(0, 3);
      default:
        this.taggedStep = 0;
        return 0;
    }
  }
}

/** Makes random values of one codec at one version; the same maker (and seed) gives the same sequence. */
export class CodecValueMaker {
  private readonly arraysNotNull = new Map<string, Set<string>>();

  constructor(
    private readonly random: () => number,
    private readonly options: ValueOptions = { nullChance: 0.25, maxArray: 3 },
  ) {}

  value(codec: AnyCodec, version: number): Record<string, unknown> {
    const key = `${codec.name} v${version}`;
    let notNull = this.arraysNotNull.get(key);
    if (!notNull) {
      notNull = new Set();
      this.arraysNotNull.set(key, notNull);
    }
    // Each refusal teaches one more field, so this ends; the bound only guards against a decoder bug.
    for (let attempt = 0; attempt < 1000; attempt++) {
      try {
        return codec.decode(new RandomValueReader(this.random, this.options, notNull), version);
      } catch (e) {
        if (!(e instanceof NullRefused)) throw e;
      }
    }
    throw new Error(`${key}: no random value after 1000 attempts`);
  }
}
