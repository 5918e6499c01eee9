/**
 * Shared state and helpers of the message emitter: version conditions, TypeScript types, defaults, the
 * "non-default" test, minimum encoded sizes, and output buffering. The read and write halves live in
 * emit-read.ts and emit-write.ts; emit-message.ts assembles a message.
 */
import {
  type ElementType,
  FIXED_SIZE,
  type FieldSpec,
  fieldFlexible,
  type MessageSpec,
  type PrimitiveName,
  type StructSpec,
  type Versions,
} from './schema';

/** Runtime helper names (from protocol/generator/runtime.ts) a file ends up using. */
export type RuntimeSymbol =
  | 'EMPTY_BYTES'
  | 'notInVersion'
  | 'nullNotAllowed'
  | 'unsupportedVersion'
  | 'writeTaggedField'
  | 'endTaggedField';

export const ZERO_UUID_TEXT = 'AAAAAAAAAAAAAAAAAAAAAA';

/** A JavaScript condition on `version` that is true exactly for `set` within `ctx` ('true'/'false' if constant). */
export function cond(set: Versions, ctx: Versions): string {
  const inside = set.intersect(ctx);
  if (inside.empty) return 'false';
  if (inside.equals(ctx)) return 'true';
  const parts: string[] = [];
  if (inside.lo > ctx.lo) parts.push(`version >= ${inside.lo}`);
  if (inside.hi < ctx.hi) parts.push(`version <= ${inside.hi}`);
  return parts.join(' && ');
}

export function tern(c: string, a: string, b: string): string {
  if (c === 'true') return a;
  if (c === 'false') return b;
  const wrap = (e: string) => (e.includes('?') || e.includes('&&') ? `(${e})` : e);
  return `${wrap(c)} ? ${wrap(a)} : ${wrap(b)}`;
}

export function not(c: string): string {
  if (c === 'true') return 'false';
  if (c === 'false') return 'true';
  return `!(${c})`;
}

export function and(a: string, b: string): string {
  if (a === 'false' || b === 'false') return 'false';
  if (a === 'true') return b;
  if (b === 'true') return a;
  return `${a} && ${b}`;
}

/** Single-quoted TypeScript string literal. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

export function parseInteger(text: string, field: string): bigint {
  const m = /^(-?)(0x[0-9a-fA-F]+|\d+)$/.exec(text.trim());
  if (!m) throw new Error(`invalid integer default ${JSON.stringify(text)} for ${field}`);
  const magnitude = BigInt(m[2]!);
  return m[1] ? -magnitude : magnitude;
}

export const INT_RANGE: Partial<Record<PrimitiveName, [bigint, bigint]>> = {
  int8: [-128n, 127n],
  int16: [-32768n, 32767n],
  uint16: [0n, 65535n],
  int32: [-2147483648n, 2147483647n],
  uint32: [0n, 4294967295n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
};

export function elementOf(field: FieldSpec): ElementType {
  return field.type.kind === 'array' ? field.type.element : field.type;
}

export class EmitterBase {
  readonly out: string[] = [];
  readonly isDefaultUsed = new Set<StructSpec>();

  constructor(
    readonly message: MessageSpec,
    readonly used: Set<RuntimeSymbol>,
  ) {}

  line(text = ''): void {
    this.out.push(text);
  }

  /** Emits a function, prefixing with `_` the parameters its body does not use (noUnusedParameters). */
  pushFunction(signature: string, body: string[]): void {
    let head = signature;
    for (const param of ['r', 'w', 'v', 'version', 'items']) {
      // An identifier use: not a property access (`v.version`) nor an object-literal key (`version: ...`).
      const pattern = new RegExp(`(?<![.\\w])${param}\\b(?!\\s*:)`);
      if (head.includes(`(${param}: `) || head.includes(` ${param}: `)) {
        if (!body.some((l) => pattern.test(l.replace(/'[^']*'/g, '')))) {
          head = head.replace(`(${param}: `, `(_${param}: `).replace(` ${param}: `, ` _${param}: `);
        }
      }
    }
    this.line(head);
    for (const l of body) this.line(l);
    this.line('}');
    this.line();
  }

  elementTsType(element: ElementType): string {
    if (element.kind === 'struct') return element.struct.tsType;
    switch (element.name) {
      case 'int64':
        return 'bigint';
      case 'bool':
        return 'boolean';
      case 'string':
      case 'uuid':
        return 'string';
      case 'bytes':
        return 'Buffer';
      case 'records':
        return 'Buffer | null';
      default:
        return 'number';
    }
  }

  fieldTsType(field: FieldSpec): string {
    const element = elementOf(field);
    let type = this.elementTsType(element);
    if (field.type.kind === 'array') type = `${type}[]`;
    if (!field.nullableVersions.empty && !type.endsWith('| null')) type += ' | null';
    return type;
  }

  /** Expression for a fresh default value of a field. */
  defaultExpr(field: FieldSpec): string {
    const text = field.defaultText;
    const where = `${this.message.name}.${field.path}`;
    if (field.type.kind === 'array') {
      if (text === 'null') return 'null';
      if (text !== '') throw new Error(`${where}: arrays default to empty or null`);
      return '[]';
    }
    if (field.type.kind === 'struct') {
      if (text === 'null') return 'null';
      if (text !== '') throw new Error(`${where}: structs default to empty or null`);
      return `default${field.type.struct.tsType}()`;
    }
    const name = field.type.name;
    switch (name) {
      case 'bool':
        if (text === '' || text.toLowerCase() === 'false') return 'false';
        if (text.toLowerCase() === 'true') return 'true';
        throw new Error(`${where}: invalid bool default ${text}`);
      case 'string':
        return text === 'null' ? 'null' : quote(text);
      case 'bytes':
        if (text === 'null') return 'null';
        if (text !== '') throw new Error(`${where}: bytes default to empty or null`);
        this.used.add('EMPTY_BYTES');
        return 'EMPTY_BYTES';
      case 'records':
        return 'null';
      case 'uuid':
        if (text === '') return quote(ZERO_UUID_TEXT);
        if (Buffer.from(text, 'base64url').length !== 16) throw new Error(`${where}: invalid uuid default`);
        return quote(text);
      case 'float64': {
        if (text === '') return '0';
        const value = Number(text);
        if (Number.isNaN(value) && text !== 'NaN') throw new Error(`${where}: invalid float64 default`);
        return Number.isNaN(value) ? 'Number.NaN' : String(value);
      }
      default: {
        const value = text === '' ? 0n : parseInteger(text, where);
        const [lo, hi] = INT_RANGE[name]!;
        if (value < lo || value > hi) throw new Error(`${where}: default ${text} out of range for ${name}`);
        return name === 'int64' ? `${value}n` : String(value);
      }
    }
  }

  /** Kafka's "non-default value" test (MessageDataGenerator/FieldSpec.generateNonDefaultValueCheck). */
  nonDefault(field: FieldSpec, value: string): string {
    const isNullDefault = field.defaultText === 'null';
    const nullable = !field.nullableVersions.empty;
    const element = elementOf(field);
    if (field.type.kind === 'array' || (element.kind === 'primitive' && element.name === 'bytes')) {
      if (isNullDefault) return `${value} !== null`;
      return nullable ? `(${value} === null || ${value}.length !== 0)` : `${value}.length !== 0`;
    }
    if (field.type.kind === 'struct') {
      if (isNullDefault) return `${value} !== null`;
      const check = `!${this.isDefaultName(field.type.struct)}(${value})`;
      return nullable ? `(${value} === null || ${check})` : check;
    }
    if (field.type.name === 'records') return `${value} !== null`;
    return `${value} !== ${this.defaultExpr(field)}`;
  }

  /** Name of the generated "every field at its default" test of a struct; emitted at the end if used. */
  isDefaultName(struct: StructSpec): string {
    this.isDefaultUsed.add(struct);
    return `isDefault${struct.tsType}`;
  }

  /** Smallest encoded size of a struct at a version (bounds array counts before allocating). */
  minStructSize(struct: StructSpec, version: number, depth = 0): number {
    if (depth > 32) return 0;
    let size = this.message.flexibleVersions.contains(version) ? 1 : 0;
    for (const field of struct.fields) {
      if (!field.versions.contains(version) || field.taggedVersions.contains(version)) continue;
      const flexible = fieldFlexible(field, this.message).contains(version);
      if (field.type.kind === 'array') size += flexible ? 1 : 4;
      else if (field.type.kind === 'struct') {
        size += field.nullableVersions.contains(version)
          ? 1
          : this.minStructSize(field.type.struct, version, depth + 1);
      } else size += this.minPrimitiveSize(field.type.name, flexible);
    }
    return size;
  }

  minPrimitiveSize(name: PrimitiveName, flexible: boolean): number {
    const fixed = FIXED_SIZE[name];
    if (fixed !== undefined) return fixed;
    if (name === 'string') return flexible ? 1 : 2;
    return flexible ? 1 : 4;
  }

  minElementSize(field: FieldSpec, ctx: Versions): number {
    const element = elementOf(field);
    let min = Number.POSITIVE_INFINITY;
    for (let v = ctx.lo; v <= ctx.hi; v++) {
      const flexible = fieldFlexible(field, this.message).contains(v) || field.taggedVersions.contains(v);
      const size =
        element.kind === 'struct'
          ? this.minStructSize(element.struct, v)
          : this.minPrimitiveSize(element.name, flexible);
      min = Math.min(min, size);
    }
    return Math.max(1, Number.isFinite(min) ? min : 1);
  }

  flexCond(field: FieldSpec, sub: Versions, tagged: boolean): string {
    return tagged ? 'true' : cond(fieldFlexible(field, this.message), sub);
  }

  arrayHelperName(kind: 'read' | 'write', struct: StructSpec, field: FieldSpec): string {
    return `${kind}${struct.tsType}_${field.name}`;
  }

  fail(kind: 'notInVersion' | 'nullNotAllowed', field: FieldSpec): string {
    this.used.add(kind);
    return `${kind}(${quote(this.message.name)}, version, ${quote(field.path)})`;
  }
}
