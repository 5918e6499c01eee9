/** CAST and implicit conversions between SQL types, following ksqlDB (Java) semantics. */
import { Decimal, formatType, type SqlType } from '../types';

export class CastError extends Error {}

/** Java's Double.toString: `1.0`, `1.5E10`, `1.0E-5`, `NaN`, `Infinity`. */
export function javaDouble(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  if (Math.abs(n) === Number.MIN_VALUE) return n > 0 ? '4.9E-324' : '-4.9E-324';
  const abs = Math.abs(n);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(n);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mant, exp] = n.toExponential().split('e');
  const m = mant.includes('.') ? mant : `${mant}.0`;
  return `${m}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

export function formatDate(days: number): string {
  return formatTimestamp(days * 86400000).slice(0, 10);
}

export function formatTime(ms: number): string {
  const s = formatTimestamp(ms).slice(11);
  return s.endsWith('.000') ? s.slice(0, 8) : s;
}

export function parseTimestampText(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    s.trim(),
  );
  if (!m) throw new CastError(`Cannot parse timestamp: ${s}`);
  let ms = Date.UTC(
    +m[1],
    +m[2] - 1,
    +m[3],
    +(m[4] ?? 0),
    +(m[5] ?? 0),
    +(m[6] ?? 0),
    m[7] ? +m[7].slice(0, 3).padEnd(3, '0') : 0,
  );
  if (m[8] && m[8] !== 'Z') {
    const sign = m[8][0] === '-' ? -1 : 1;
    const digits = m[8].slice(1).replace(':', '');
    ms -= sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60000;
  }
  return ms;
}

/**
 * ksqlDB's PartialStringToTimestampParser, for strings compared with ROWTIME and window bounds: a partial
 * date-time is completed ('2020' is 2020-01-01T00:00:00.000, '2020-02-22T23:45' gets :00.000; hour 24 is the
 * next midnight), UTC unless an offset follows the time ('+0200', '-05:00').
 */
export function parsePartialTimestamp(text: string): number {
  const at = text.indexOf('T');
  let date = text;
  let time = '';
  let zone = '';
  if (at >= 0) {
    date = text.slice(0, at);
    const rest = text.slice(at + 1);
    const z = rest.search(/[+-]|Z$/);
    time = z >= 0 ? rest.slice(0, z) : rest;
    zone = z >= 0 ? rest.slice(z) : '';
  } else {
    const parts = date.split('-').length;
    if (parts === 1) date += '-01-01';
    else if (parts === 2) date += '-01';
  }
  const pattern = 'HH:mm:ss.SSS';
  if (time.length < pattern.length) time += pattern.slice(time.length).replace(/[a-zA-Z]/g, '0');
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})$/.exec(`${date}T${time}`);
  const offset = /^(?:Z|([+-])(\d{2}):?(\d{2}))?$/.exec(zone);
  if (!m || !offset) throw new CastError(`Failed to parse timestamp '${text}'`);
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7]);
  const sign = offset[1] === '-' ? -1 : 1;
  return offset[1] ? ms - sign * (+offset[2] * 60 + +offset[3]) * 60000 : ms;
}

export function parseDateText(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) throw new CastError(`Cannot parse date: ${s}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000;
}

export function parseTimeText(s: string): number {
  const m = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/.exec(s.trim());
  if (!m) throw new CastError(`Cannot parse time: ${s}`);
  return ((+m[1] * 60 + +m[2]) * 60 + +(m[3] ?? 0)) * 1000 + (m[4] ? +m[4].slice(0, 3).padEnd(3, '0') : 0);
}

/** Renders any value the way ksqlDB's CAST(x AS STRING) does. */
export function valueToString(v: unknown, type: SqlType): string {
  switch (type.base) {
    case 'DOUBLE':
      return javaDouble(v as number);
    case 'DECIMAL':
      return (v as Decimal).toString();
    case 'TIMESTAMP':
      return formatTimestamp(v as number);
    case 'DATE':
      return formatDate(v as number);
    case 'TIME':
      return formatTime(v as number);
    case 'BYTES':
      return (v as Buffer).toString('base64');
    case 'ARRAY':
      return `[${(v as unknown[]).map((x) => (x === null ? 'null' : valueToString(x, type.item))).join(', ')}]`;
    case 'MAP':
      return `{${[...(v as Map<unknown, unknown>)].map(([k, x]) => `${k}=${x === null ? 'null' : valueToString(x, type.value)}`).join(', ')}}`;
    case 'STRUCT':
      return `Struct{${type.fields
        .filter((f) => (v as Record<string, unknown>)[f.name] !== null)
        .map((f) => `${f.name}=${valueToString((v as Record<string, unknown>)[f.name], f.type)}`)
        .join(',')}}`;
    default:
      return String(v);
  }
}

function toInt32(n: number): number {
  return n | 0;
}

function checkDecimal(d: Decimal, t: { precision: number; scale: number }): Decimal {
  const r = d.setScale(t.scale);
  if (r.precision() > t.precision && r.unscaled !== 0n) {
    throw new CastError(
      `Cannot fit decimal '${d.toString()}' into DECIMAL(${t.precision}, ${t.scale}) without rounding.`,
    );
  }
  return r;
}

/** Whether CAST(from AS to) is allowed (checked at planning time). */
export function canCast(from: SqlType, to: SqlType): boolean {
  if (from.base === 'NULL') return true;
  if (from.base === to.base && from.base !== 'ARRAY' && from.base !== 'MAP' && from.base !== 'STRUCT') return true;
  if (to.base === 'STRING') return true;
  const num = (t: SqlType) => ['INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL'].includes(t.base);
  if (num(from) && num(to)) return true;
  if (from.base === 'STRING') return to.base !== 'ARRAY' && to.base !== 'MAP' && to.base !== 'STRUCT';
  if (from.base === 'ARRAY' && to.base === 'ARRAY') return canCast(from.item, to.item);
  if (from.base === 'MAP' && to.base === 'MAP') return canCast(from.key, to.key) && canCast(from.value, to.value);
  if (from.base === 'STRUCT' && to.base === 'STRUCT') return true;
  if (from.base === 'TIMESTAMP' && (to.base === 'DATE' || to.base === 'TIME')) return true;
  if (from.base === 'DATE' && to.base === 'TIMESTAMP') return true;
  if (from.base === 'BOOLEAN' && num(to)) return false;
  return false;
}

/** Converts a non-null value. Throws CastError on a value that does not convert (the row's result is NULL). */
export function castValue(v: unknown, from: SqlType, to: SqlType): unknown {
  if (v === null || v === undefined) return null;
  switch (to.base) {
    case 'STRING':
      return from.base === 'STRING' ? v : valueToString(v, from);
    case 'BOOLEAN':
      if (from.base === 'BOOLEAN') return v;
      if (from.base === 'STRING') {
        const s = (v as string).trim().toLowerCase();
        if (['true', 't', 'yes', 'y'].includes(s)) return true;
        if (['false', 'f', 'no', 'n'].includes(s)) return false;
        throw new CastError(`Cannot cast '${v}' to BOOLEAN`);
      }
      break;
    case 'INTEGER':
      switch (from.base) {
        case 'INTEGER':
          return v;
        case 'BIGINT':
          return Number(BigInt.asIntN(32, v as bigint));
        case 'DOUBLE':
          return toInt32(Math.trunc(v as number));
        case 'DECIMAL':
          return Number(BigInt.asIntN(32, (v as Decimal).toBigInt()));
        case 'STRING': {
          const s = (v as string).trim();
          if (!/^[+-]?\d+$/.test(s)) throw new CastError(`invalid input syntax for type INTEGER: "${v}"`);
          const n = Number(s);
          if (n > 2147483647 || n < -2147483648) throw new CastError(`Value out of range for INTEGER: ${v}`);
          return n;
        }
      }
      break;
    case 'BIGINT':
      switch (from.base) {
        case 'INTEGER':
          return BigInt(v as number);
        case 'BIGINT':
          return v;
        case 'DOUBLE': {
          const n = v as number;
          if (Number.isNaN(n)) return 0n;
          return BigInt.asIntN(64, BigInt(Math.trunc(Math.max(Math.min(n, 9.2e18), -9.2e18))));
        }
        case 'DECIMAL':
          return BigInt.asIntN(64, (v as Decimal).toBigInt());
        case 'TIMESTAMP':
          return BigInt(v as number);
        case 'STRING': {
          const s = (v as string).trim();
          if (!/^[+-]?\d+$/.test(s)) throw new CastError(`invalid input syntax for type BIGINT: "${v}"`);
          return BigInt(s);
        }
      }
      break;
    case 'DOUBLE':
      switch (from.base) {
        case 'INTEGER':
        case 'DOUBLE':
          return v;
        case 'BIGINT':
          return Number(v as bigint);
        case 'DECIMAL':
          return (v as Decimal).toNumber();
        case 'STRING': {
          const s = (v as string).trim();
          const n = Number(s);
          if (s === '' || (Number.isNaN(n) && s !== 'NaN'))
            throw new CastError(`invalid input syntax for type DOUBLE: "${v}"`);
          return n;
        }
      }
      break;
    case 'DECIMAL': {
      let d: Decimal;
      switch (from.base) {
        case 'INTEGER':
          d = new Decimal(BigInt(v as number), 0);
          break;
        case 'BIGINT':
          d = new Decimal(v as bigint, 0);
          break;
        case 'DOUBLE':
          d = Decimal.fromNumber(v as number);
          break;
        case 'DECIMAL':
          d = v as Decimal;
          break;
        case 'STRING':
          try {
            d = Decimal.parse(v as string);
          } catch {
            throw new CastError(`invalid input syntax for type DECIMAL: "${v}"`);
          }
          break;
        default:
          throw new CastError(`Cannot cast ${formatType(from)} to ${formatType(to)}`);
      }
      return checkDecimal(d, to);
    }
    case 'TIMESTAMP':
      if (from.base === 'TIMESTAMP') return v;
      if (from.base === 'STRING') return parseTimestampText(v as string);
      if (from.base === 'DATE') return (v as number) * 86400000;
      if (from.base === 'BIGINT') return Number(v);
      break;
    case 'DATE':
      if (from.base === 'DATE') return v;
      if (from.base === 'STRING') return parseDateText(v as string);
      if (from.base === 'TIMESTAMP') return Math.floor((v as number) / 86400000);
      break;
    case 'TIME':
      if (from.base === 'TIME') return v;
      if (from.base === 'STRING') return parseTimeText(v as string);
      if (from.base === 'TIMESTAMP') return (((v as number) % 86400000) + 86400000) % 86400000;
      break;
    case 'BYTES':
      if (from.base === 'BYTES') return v;
      if (from.base === 'STRING') return Buffer.from(v as string, 'base64');
      break;
    case 'ARRAY':
      if (from.base === 'ARRAY') {
        return (v as unknown[]).map((x) => (x === null ? null : castValue(x, from.item, to.item)));
      }
      break;
    case 'MAP':
      if (from.base === 'MAP') {
        const out = new Map<unknown, unknown>();
        for (const [k, x] of v as Map<unknown, unknown>) {
          out.set(castValue(k, from.key, to.key), x === null ? null : castValue(x, from.value, to.value));
        }
        return out;
      }
      break;
    case 'STRUCT':
      if (from.base === 'STRUCT') {
        const src = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const f of to.fields) {
          const sf = from.fields.find((x) => x.name === f.name);
          out[f.name] =
            sf && src[f.name] !== null && src[f.name] !== undefined ? castValue(src[f.name], sf.type, f.type) : null;
        }
        return out;
      }
      break;
  }
  throw new CastError(`Cannot cast ${formatType(from)} to ${formatType(to)}`);
}
