/**
 * Test support: the schema model of protocol/generator, the generated module, and deterministic random
 * values for any message at any version (every field present in that version gets a random, mostly
 * non-default value; absent fields hold their defaults).
 */
import { sharedPath } from './paths';
import * as generated from '../../protocol/generated';
import type { MessageCodec } from '../../protocol/generated';
import { join } from 'node:path';
import { OVERLAY_JAR, readOverlay } from '../../protocol/generator/overlay';
import { type FieldSpec, loadSchemas, type MessageSpec, type StructSpec } from '../../protocol/generator/schema';

export const SCHEMA_DIR = sharedPath('kafka-protocol', 'messages');
/** Kafka 4.4's kafka-clients jar, whose newer schemas overlay.ts takes (compat-tests/java/prepare.ts installs it). */
export const OVERLAY_JAR_PATH = join(__dirname, '..', '..', OVERLAY_JAR);

let cached: MessageSpec[] | null = null;
/** The schemas the committed codecs come from: ../shared's, with Kafka 4.4's overlay (as `npm run generate`). */
export function schemas(): MessageSpec[] {
  cached ??= loadSchemas(SCHEMA_DIR, readOverlay(OVERLAY_JAR_PATH));
  return cached;
}

const exportsByName = generated as unknown as Record<string, unknown>;

// biome-ignore lint/suspicious/noExplicitAny: codecs of every message type
export function codecOf(message: MessageSpec): MessageCodec<any> {
  // biome-ignore lint/suspicious/noExplicitAny: codecs of every message type
  const codec = exportsByName[`${message.root.tsType}Codec`] as MessageCodec<any> | undefined;
  if (!codec) throw new Error(`no codec exported for ${message.name}`);
  return codec;
}

function defaultsOf(struct: StructSpec): Record<string, unknown> {
  const make = exportsByName[`default${struct.tsType}`] as (() => Record<string, unknown>) | undefined;
  if (!make) throw new Error(`no defaults exported for ${struct.tsType}`);
  return make();
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
  /** Probability of choosing null where the field is nullable in that version. */
  nullChance: number;
  maxArray: number;
}

const CHARS = ['a', 'Z', '0', '-', '_', '.', ' ', 'é', 'ß', '日', '本', '🙂'];

export class ValueMaker {
  constructor(
    private readonly random: () => number,
    private readonly options: ValueOptions = { nullChance: 0.25, maxArray: 3 },
  ) {}

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  private bytes(max: number): Buffer {
    const n = this.int(0, max);
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(0, 255);
    return b;
  }

  private string(): string {
    const n = this.int(0, 10);
    let s = '';
    for (let i = 0; i < n; i++) s += CHARS[this.int(0, CHARS.length - 1)];
    return s;
  }

  private primitive(name: string, field: FieldSpec): unknown {
    switch (name) {
      case 'bool':
        return field.defaultText.toLowerCase() !== 'true';
      case 'int8':
        return this.int(-128, 127);
      case 'int16':
        return this.int(-32768, 32767);
      case 'uint16':
        return this.int(0, 65535);
      case 'int32':
        return this.int(-2147483648, 2147483647);
      case 'uint32':
        return this.int(0, 4294967295);
      case 'int64':
        return BigInt.asIntN(64, (BigInt(this.int(0, 0xffffffff)) << 32n) | BigInt(this.int(0, 0xffffffff)));
      case 'float64':
        return (this.random() - 0.5) * 10 ** this.int(-5, 20);
      case 'string':
        return this.string();
      case 'bytes':
      case 'records':
        return this.bytes(24);
      case 'uuid':
        return Buffer.from(Array.from({ length: 16 }, () => this.int(0, 255))).toString('base64url');
      default:
        throw new Error(`unknown primitive ${name}`);
    }
  }

  struct(struct: StructSpec, version: number, message: MessageSpec, depth = 0): Record<string, unknown> {
    const value = defaultsOf(struct);
    for (const field of struct.fields) {
      if (!field.versions.contains(version)) continue;
      value[field.tsName] = this.field(field, version, message, depth);
    }
    return value;
  }

  private field(field: FieldSpec, version: number, message: MessageSpec, depth: number): unknown {
    if (field.nullableVersions.contains(version) && this.random() < this.options.nullChance) return null;
    const type = field.type;
    if (type.kind === 'array') {
      const n = depth > 4 ? 0 : this.int(0, this.options.maxArray);
      const items: unknown[] = [];
      for (let i = 0; i < n; i++) {
        items.push(
          type.element.kind === 'struct'
            ? this.struct(type.element.struct, version, message, depth + 1)
            : this.primitive(type.element.name, field),
        );
      }
      return items;
    }
    if (type.kind === 'struct') return this.struct(type.struct, version, message, depth + 1);
    return this.primitive(type.name, field);
  }
}

export function versionsOf(message: MessageSpec): number[] {
  const out: number[] = [];
  for (let v = message.validVersions.lo; v <= message.validVersions.hi; v++) out.push(v);
  return out;
}
