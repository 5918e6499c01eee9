/**
 * The SQL type system of Brook's ksqlDB dialect, and the runtime representation of each type's values.
 *
 * Runtime values (what expressions, functions and operators pass around; `null` is SQL NULL, never `undefined`):
 *
 * | SQL type       | JS value                                                                 |
 * | -------------- | ------------------------------------------------------------------------ |
 * | BOOLEAN        | `boolean`                                                                |
 * | INTEGER (INT)  | `number` (an int32; arithmetic wraps like Java's int)                    |
 * | BIGINT         | `bigint` (exact int64; JSON output writes it as a plain number)          |
 * | DOUBLE         | `number`                                                                 |
 * | DECIMAL(p, s)  | `Decimal` (below): exact unscaled `bigint` plus scale                    |
 * | STRING/VARCHAR | `string`                                                                 |
 * | BYTES          | `Buffer`                                                                 |
 * | DATE           | `number`: days since 1970-01-01                                          |
 * | TIME           | `number`: milliseconds since midnight                                    |
 * | TIMESTAMP      | `number`: milliseconds since the epoch, UTC                              |
 * | ARRAY<T>       | `Array<T value>` (elements may be null)                                  |
 * | MAP<K, V>      | `Map<K value, V value>` (insertion ordered, as ksqlDB's LinkedHashMap)   |
 * | STRUCT<...>    | a plain object `{ [fieldName]: value }` with every declared field present |
 *
 * BIGINT is a `bigint` because int64 values above 2^53 are common in keys and ids and must survive a round
 * trip exactly; the serdes convert at the edges. Timestamps stay `number`s: they fit 2^53 with room to spare.
 */

export type PrimitiveBase =
  | 'BOOLEAN'
  | 'INTEGER'
  | 'BIGINT'
  | 'DOUBLE'
  | 'STRING'
  | 'BYTES'
  | 'DATE'
  | 'TIME'
  | 'TIMESTAMP';

export interface StructField {
  name: string;
  type: SqlType;
}

export type SqlType =
  | { base: PrimitiveBase }
  /** precision/scale are -1 in signatures meaning "any DECIMAL". */
  | { base: 'DECIMAL'; precision: number; scale: number }
  | { base: 'ARRAY'; item: SqlType }
  | { base: 'MAP'; key: SqlType; value: SqlType }
  /** `anyFields` only in signatures: matches any STRUCT. */
  | { base: 'STRUCT'; fields: StructField[]; anyFields?: boolean }
  /** The type of an untyped NULL literal during analysis; never a column type. */
  | { base: 'NULL' }
  /** Signature-only type variable (T, K, V, U...): binds to whatever type the argument has. */
  | { base: 'GENERIC'; name: string };

export const T = {
  BOOLEAN: { base: 'BOOLEAN' } as SqlType,
  INTEGER: { base: 'INTEGER' } as SqlType,
  BIGINT: { base: 'BIGINT' } as SqlType,
  DOUBLE: { base: 'DOUBLE' } as SqlType,
  STRING: { base: 'STRING' } as SqlType,
  BYTES: { base: 'BYTES' } as SqlType,
  DATE: { base: 'DATE' } as SqlType,
  TIME: { base: 'TIME' } as SqlType,
  TIMESTAMP: { base: 'TIMESTAMP' } as SqlType,
  NULL: { base: 'NULL' } as SqlType,
  decimal: (precision: number, scale: number): SqlType => ({ base: 'DECIMAL', precision, scale }),
  array: (item: SqlType): SqlType => ({ base: 'ARRAY', item }),
  map: (key: SqlType, value: SqlType): SqlType => ({ base: 'MAP', key, value }),
  struct: (fields: StructField[]): SqlType => ({ base: 'STRUCT', fields }),
};

/** The primitive types by the names (and aliases) SQL text uses for them; undefined for other names. */
export function primitiveType(upperCaseName: string): SqlType | undefined {
  return PRIMITIVE_TYPES[upperCaseName];
}

const PRIMITIVE_TYPES: Record<string, SqlType> = {
  BOOLEAN: T.BOOLEAN,
  INT: T.INTEGER,
  INTEGER: T.INTEGER,
  BIGINT: T.BIGINT,
  DOUBLE: T.DOUBLE,
  STRING: T.STRING,
  VARCHAR: T.STRING,
  BYTES: T.BYTES,
  DATE: T.DATE,
  TIME: T.TIME,
  TIMESTAMP: T.TIMESTAMP,
};

/** ksqlDB's rendering, e.g. `DECIMAL(12, 2)`, `ARRAY<INTEGER>`, `STRUCT<`F0` BIGINT>` (as in its error messages). */
export function formatType(t: SqlType, quoteFields = true): string {
  switch (t.base) {
    case 'DECIMAL':
      return t.precision < 0 ? 'DECIMAL' : `DECIMAL(${t.precision}, ${t.scale})`;
    case 'ARRAY':
      return `ARRAY<${formatType(t.item, quoteFields)}>`;
    case 'MAP':
      return `MAP<${formatType(t.key, quoteFields)}, ${formatType(t.value, quoteFields)}>`;
    case 'STRUCT':
      if (t.anyFields) return 'STRUCT';
      return `STRUCT<${t.fields.map((f) => `${quoteFields ? `\`${f.name}\`` : f.name} ${formatType(f.type, quoteFields)}`).join(', ')}>`;
    case 'GENERIC':
      return t.name;
    default:
      return t.base;
  }
}

export function typeEquals(a: SqlType, b: SqlType): boolean {
  if (a.base !== b.base) return false;
  switch (a.base) {
    case 'DECIMAL': {
      const d = b as typeof a;
      return a.precision === d.precision && a.scale === d.scale;
    }
    case 'ARRAY':
      return typeEquals(a.item, (b as typeof a).item);
    case 'MAP': {
      const m = b as typeof a;
      return typeEquals(a.key, m.key) && typeEquals(a.value, m.value);
    }
    case 'STRUCT': {
      const s = b as typeof a;
      return (
        a.fields.length === s.fields.length &&
        a.fields.every((f, i) => f.name === s.fields[i].name && typeEquals(f.type, s.fields[i].type))
      );
    }
    case 'GENERIC':
      return a.name === (b as typeof a).name;
    default:
      return true;
  }
}

export function isNumeric(t: SqlType): boolean {
  return t.base === 'INTEGER' || t.base === 'BIGINT' || t.base === 'DOUBLE' || t.base === 'DECIMAL';
}

/** The DECIMAL an integral type widens to (ksqlDB: INT -> DECIMAL(10,0), BIGINT -> DECIMAL(19,0)). */
export function decimalOf(t: SqlType): { precision: number; scale: number } | null {
  if (t.base === 'DECIMAL') return { precision: t.precision, scale: t.scale };
  if (t.base === 'INTEGER') return { precision: 10, scale: 0 };
  if (t.base === 'BIGINT') return { precision: 19, scale: 0 };
  return null;
}

/** Exact decimal: value = unscaled * 10^-scale. Immutable. */
export class Decimal {
  constructor(
    readonly unscaled: bigint,
    readonly scale: number,
  ) {}

  static parse(text: string): Decimal {
    const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
    if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) throw new Error(`Invalid decimal: ${text}`);
    const frac = m[3] ?? '';
    let scale = frac.length;
    let unscaled = BigInt((m[2] || '0') + frac);
    const exp = m[4] ? Number(m[4]) : 0;
    scale -= exp;
    if (scale < 0) {
      unscaled *= 10n ** BigInt(-scale);
      scale = 0;
    }
    return new Decimal(m[1] === '-' ? -unscaled : unscaled, scale);
  }

  static fromNumber(n: number): Decimal {
    if (!Number.isFinite(n)) throw new Error(`Cannot convert ${n} to DECIMAL`);
    return Decimal.parse(String(n));
  }

  static fromBigInt(n: bigint): Decimal {
    return new Decimal(n, 0);
  }

  /** Rescale with HALF_UP rounding (Java's BigDecimal.setScale(s, HALF_UP)). */
  setScale(scale: number): Decimal {
    if (scale === this.scale) return this;
    if (scale > this.scale) return new Decimal(this.unscaled * 10n ** BigInt(scale - this.scale), scale);
    const div = 10n ** BigInt(this.scale - scale);
    return new Decimal(roundHalfUp(this.unscaled, div), scale);
  }

  /** Number of significant digits of the unscaled value (at least 1). */
  precision(): number {
    const u = this.unscaled < 0n ? -this.unscaled : this.unscaled;
    return u === 0n ? 1 : u.toString().length;
  }

  compare(other: Decimal): number {
    const s = Math.max(this.scale, other.scale);
    const a = this.setScale(s).unscaled;
    const b = other.setScale(s).unscaled;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  add(o: Decimal): Decimal {
    const s = Math.max(this.scale, o.scale);
    return new Decimal(this.setScale(s).unscaled + o.setScale(s).unscaled, s);
  }

  sub(o: Decimal): Decimal {
    return this.add(o.negate());
  }

  mul(o: Decimal): Decimal {
    return new Decimal(this.unscaled * o.unscaled, this.scale + o.scale);
  }

  /** Division rounded HALF_UP to `scale` digits. Throws on division by zero. */
  div(o: Decimal, scale: number): Decimal {
    if (o.unscaled === 0n) throw new Error('Division by zero');
    // this/o = (a*10^-sa)/(b*10^-sb); want result * 10^scale = a*10^(scale - sa + sb) / b
    const shift = scale - this.scale + o.scale;
    let num = this.unscaled;
    let den = o.unscaled;
    if (shift >= 0) num *= 10n ** BigInt(shift);
    else den *= 10n ** BigInt(-shift);
    return new Decimal(roundHalfUp(num, den), scale);
  }

  /** Remainder with the sign of the dividend (Java BigDecimal.remainder). */
  rem(o: Decimal): Decimal {
    if (o.unscaled === 0n) throw new Error('Division by zero');
    const s = Math.max(this.scale, o.scale);
    return new Decimal(this.setScale(s).unscaled % o.setScale(s).unscaled, s);
  }

  negate(): Decimal {
    return new Decimal(-this.unscaled, this.scale);
  }

  signum(): number {
    return this.unscaled < 0n ? -1 : this.unscaled > 0n ? 1 : 0;
  }

  toNumber(): number {
    return Number(this.toString());
  }

  /** Integral part, truncated toward zero. */
  toBigInt(): bigint {
    return this.scale === 0 ? this.unscaled : this.unscaled / 10n ** BigInt(this.scale);
  }

  /** Plain notation with exactly `scale` fraction digits, e.g. `1.50`, `-0.07` (Java's toPlainString). */
  toString(): string {
    const neg = this.unscaled < 0n;
    let digits = (neg ? -this.unscaled : this.unscaled).toString();
    if (this.scale > 0) {
      digits = digits.padStart(this.scale + 1, '0');
      digits = `${digits.slice(0, digits.length - this.scale)}.${digits.slice(digits.length - this.scale)}`;
    }
    return neg ? `-${digits}` : digits;
  }

  toJSON(): number {
    return this.toNumber();
  }
}

function roundHalfUp(num: bigint, den: bigint): bigint {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const q = num / den;
  const r = num % den;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= den) return num < 0n ? q - 1n : q + 1n;
  return q;
}

/** Deep equality of runtime values (SQL `=` on non-null values, map/struct/array element-wise). */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (a instanceof Decimal && b instanceof Decimal) return a.compare(b) === 0;
  if (a instanceof Decimal || b instanceof Decimal) {
    const x = a instanceof Decimal ? a.toNumber() : Number(a);
    const y = b instanceof Decimal ? b.toNumber() : Number(b);
    return x === y;
  }
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
    return false;
  }
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      let found = false;
      for (const [k2, v2] of b) {
        if (valuesEqual(k, k2)) {
          found = valuesEqual(v, v2);
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    return (
      ka.length === kb.length &&
      ka.every((k) => valuesEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

/**
 * Parses a type as written in SQL or in a function signature: `INT`, `VARCHAR`, `DECIMAL(4, 2)`,
 * `ARRAY<STRING>`, `MAP<STRING, INT>`, `STRUCT<A INT, B STRING>`. In signatures a single upper-case letter
 * (T, K, V, U...) is a type variable, `DECIMAL` alone matches any decimal and `STRUCT` alone any struct.
 * Custom types (CREATE TYPE) are resolved through `lookup`.
 */
export function parseType(text: string, lookup?: (name: string) => SqlType | undefined): SqlType {
  const p = new TypeTextParser(text, lookup);
  const t = p.type();
  p.end();
  return t;
}

class TypeTextParser {
  private pos = 0;
  constructor(
    private readonly text: string,
    private readonly lookup?: (name: string) => SqlType | undefined,
  ) {}

  end(): void {
    this.ws();
    if (this.pos < this.text.length) throw new Error(`Unexpected '${this.text.slice(this.pos)}' in type ${this.text}`);
  }

  private ws(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  private word(): string {
    this.ws();
    if (this.text[this.pos] === '`' || this.text[this.pos] === '"') {
      const q = this.text[this.pos];
      const close = this.text.indexOf(q, this.pos + 1);
      const w = this.text.slice(this.pos + 1, close);
      this.pos = close + 1;
      return w;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos));
    if (!m) throw new Error(`Expected a type name in ${this.text}`);
    this.pos += m[0].length;
    return m[0];
  }

  private peek(c: string): boolean {
    this.ws();
    return this.text[this.pos] === c;
  }

  private expect(c: string): void {
    if (!this.peek(c)) throw new Error(`Expected '${c}' in type ${this.text}`);
    this.pos++;
  }

  private int(): number {
    this.ws();
    const m = /^\d+/.exec(this.text.slice(this.pos));
    if (!m) throw new Error(`Expected a number in type ${this.text}`);
    this.pos += m[0].length;
    return Number(m[0]);
  }

  type(): SqlType {
    const raw = this.word();
    const name = raw.toUpperCase();
    const primitive = primitiveType(name);
    if (primitive) return primitive;
    switch (name) {
      case 'DECIMAL': {
        if (!this.peek('(')) return { base: 'DECIMAL', precision: -1, scale: -1 };
        this.expect('(');
        const precision = this.int();
        let scale = 0;
        if (this.peek(',')) {
          this.expect(',');
          scale = this.int();
        }
        this.expect(')');
        return T.decimal(precision, scale);
      }
      case 'ARRAY': {
        this.expect('<');
        const item = this.type();
        this.expect('>');
        return T.array(item);
      }
      case 'MAP': {
        this.expect('<');
        const key = this.type();
        this.expect(',');
        const value = this.type();
        this.expect('>');
        return T.map(key, value);
      }
      case 'STRUCT': {
        if (!this.peek('<')) return { base: 'STRUCT', fields: [], anyFields: true };
        this.expect('<');
        const fields: StructField[] = [];
        if (!this.peek('>')) {
          do {
            if (fields.length) this.expect(',');
            const fname = this.word();
            fields.push({ name: fname, type: this.type() });
          } while (this.peek(','));
        }
        this.expect('>');
        return T.struct(fields);
      }
      default: {
        if (/^[A-Z]$/.test(raw)) return { base: 'GENERIC', name: raw };
        const custom = this.lookup?.(name);
        if (custom) return custom;
        throw new Error(`Unknown type: ${raw}`);
      }
    }
  }
}
