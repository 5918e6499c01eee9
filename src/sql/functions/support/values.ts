/**
 * Comparing, hashing and rendering SQL runtime values the way ksqlDB's Java implementations do (natural
 * order of Comparable values, equals/hashCode for distinct sets, String.valueOf / toString for joins).
 */
import { Decimal } from '../../types';

/** Natural order of two non-null values of one primitive type (Java's compareTo). */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') {
    // Double.compare: -0.0 < 0.0 and NaN above everything.
    if (a < b) return -1;
    if (a > b) return 1;
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
    return Object.is(a, b) ? 0 : Object.is(a, -0) ? -1 : Object.is(b, -0) ? 1 : 0;
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (a instanceof Decimal && b instanceof Decimal) return a.compare(b);
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return Buffer.compare(a, b);
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    const x = Number(a);
    const y = Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  throw new Error(`Cannot compare ${describe(a)} with ${describe(b)}`);
}

function describe(v: unknown): string {
  if (v === null) return 'NULL';
  if (Array.isArray(v)) return 'ARRAY';
  if (v instanceof Map) return 'MAP';
  return typeof v;
}

/** A string that is equal for equal values (Java equals), for Set/Map based distinct operations. */
export function valueKey(v: unknown): string {
  if (v === null || v === undefined) return 'n';
  switch (typeof v) {
    case 'number':
      return Object.is(v, -0) ? 'd-0' : `d${v}`;
    case 'bigint':
      return `l${v}`;
    case 'string':
      return `s${v}`;
    case 'boolean':
      return v ? 'bt' : 'bf';
    default:
      break;
  }
  if (v instanceof Decimal) return `m${v.unscaled}e${v.scale}`;
  if (Buffer.isBuffer(v)) return `y${v.toString('base64')}`;
  if (Array.isArray(v)) return `a[${v.map(valueKey).join(',')}]`;
  if (v instanceof Map) return `M{${[...v].map(([k, x]) => `${valueKey(k)}:${valueKey(x)}`).join(',')}}`;
  return `o{${Object.entries(v as object)
    .map(([k, x]) => `${JSON.stringify(k)}:${valueKey(x)}`)
    .join(',')}}`;
}

/** Java's String.valueOf of a SQL value (how ARRAY_JOIN and string concatenation render elements). */
export function javaString(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return javaDouble(v);
  if (typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'string') return String(v);
  if (v instanceof Decimal) return v.toString();
  if (Buffer.isBuffer(v)) return `java.nio.HeapByteBuffer[pos=0 lim=${v.length} cap=${v.length}]`;
  if (Array.isArray(v)) return `[${v.map(javaString).join(', ')}]`;
  if (v instanceof Map) return `{${[...v].map(([k, x]) => `${javaString(k)}=${javaString(x)}`).join(', ')}}`;
  return `Struct{${Object.entries(v as object)
    .filter(([, x]) => x !== null)
    .map(([k, x]) => `${k}=${javaString(x)}`)
    .join(',')}}`;
}

/**
 * Java's Double.toString for a number that is a DOUBLE (`1.0`, `1.0E10`, `1.2345E-5`). INTEGER values are
 * also numbers: callers that know the SQL type is INTEGER should use String(v).
 */
export function javaDouble(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return 'Infinity';
  if (v === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(v);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(v);
    return s.includes('.') || s.includes('e') ? s : `${s}.0`;
  }
  // Scientific: shortest digits, mantissa with at least one fraction digit.
  const [mant, exp] = v.toExponential().split('e');
  const m = mant.includes('.') ? mant : `${mant}.0`;
  return `${m}E${Number(exp)}`;
}

/** SQL runtime value to the string Java would print for a column of `base` type. */
export function toJavaString(v: unknown, base: string): string {
  if (base === 'INTEGER' && typeof v === 'number') return String(v);
  return javaString(v);
}
