/** Operators: AND/OR, arithmetic (with DECIMAL precision rules), comparisons, LIKE, and value ordering. */
import { SqlError } from '../errors';
import type { Expr } from '../parser/ast';
import { Decimal, formatType, isNumeric, type SqlType, T, typeEquals, valuesEqual } from '../types';
import { castValue, parseDateText, parsePartialTimestamp, parseTimestampText, parseTimeText } from './cast';
import { comparisonName, formatExpr } from './format';
import { type Compiled, constant, EvalNull, guarded, safe } from './runtime';

export function requireBoolean(c: Compiled, e: Expr): void {
  if (c.type.base !== 'BOOLEAN' && c.type.base !== 'NULL') {
    throw new SqlError(
      `Type error in expression: ${formatExpr(e)} should be BOOLEAN, not ${formatType(c.type)}`,
      e.pos,
    );
  }
}

export function logical(op: 'AND' | 'OR', l: Compiled, r: Compiled, e: Expr & { k: 'binary' }): Compiled {
  requireBoolean(l, e.left);
  requireBoolean(r, e.right);
  const ls = safe(l);
  const rs = safe(r);
  if (op === 'AND') {
    return {
      type: T.BOOLEAN,
      eval: (row) => {
        const a = ls(row);
        if (a === false) return false;
        const b = rs(row);
        if (b === false) return false;
        return a === null || b === null ? null : true;
      },
    };
  }
  return {
    type: T.BOOLEAN,
    eval: (row) => {
      const a = ls(row);
      if (a === true) return true;
      const b = rs(row);
      if (b === true) return true;
      return a === null || b === null ? null : false;
    },
  };
}

/** Result type of DECIMAL arithmetic (ksqlDB / SQL Server rules). */
function decimalResult(op: string, a: { precision: number; scale: number }, b: { precision: number; scale: number }) {
  let precision: number;
  let scale: number;
  switch (op) {
    case '+':
    case '-':
      scale = Math.max(a.scale, b.scale);
      precision = Math.max(a.precision - a.scale, b.precision - b.scale) + scale + 1;
      break;
    case '*':
      precision = a.precision + b.precision + 1;
      scale = a.scale + b.scale;
      break;
    case '/':
      scale = Math.max(6, a.scale + b.precision + 1);
      precision = a.precision - a.scale + b.scale + scale;
      break;
    default:
      scale = Math.max(a.scale, b.scale);
      precision = Math.min(a.precision - a.scale, b.precision - b.scale) + scale;
  }
  return { precision: Math.min(precision, 38), scale: Math.min(scale, 38) };
}

export function toDecimal(v: unknown): Decimal {
  if (v instanceof Decimal) return v;
  if (typeof v === 'bigint') return new Decimal(v, 0);
  if (typeof v === 'number') return Number.isInteger(v) ? new Decimal(BigInt(v), 0) : Decimal.fromNumber(v);
  throw new EvalNull();
}

export function arithmetic(e: Expr & { k: 'binary' }, l: Compiled, r: Compiled): Compiled {
  // a NULL literal has no type to compute with: ksqlDB's Operator.resultType refuses it (ksql#7554)
  if (l.type.base === 'NULL' || r.type.base === 'NULL') {
    const name = (t: typeof l.type) => (t.base === 'NULL' ? 'null' : formatType(t));
    throw new SqlError(
      `Error processing expression: ${formatExpr(e)}. Arithmetic on types ${name(l.type)} and ${name(r.type)} are not supported.`,
      e.pos,
    );
  }
  const lt = l.type;
  const rt = r.type;
  const op = e.op;
  if (lt.base === 'STRING' && rt.base === 'STRING' && op === '+') {
    return binaryNullable(T.STRING, l, r, (a, b) => (a as string) + (b as string));
  }
  if (!isNumeric(lt) || !isNumeric(rt)) {
    throw new SqlError(
      `Error processing expression: ${formatExpr(e)}. Unsupported arithmetic types. ${formatType(l.type)} ${formatType(r.type)}`,
      e.pos,
    );
  }
  if (lt.base === 'DOUBLE' || rt.base === 'DOUBLE') {
    const f = doubleOp(op);
    return binaryNullable(T.DOUBLE, l, r, (a, b) =>
      f(Number(a instanceof Decimal ? a.toNumber() : a), Number(b instanceof Decimal ? b.toNumber() : b)),
    );
  }
  if (lt.base === 'DECIMAL' || rt.base === 'DECIMAL') {
    const da = { precision: 10, scale: 0, ...decimalParams(lt) };
    const db = { precision: 10, scale: 0, ...decimalParams(rt) };
    const res = decimalResult(op, da, db);
    const type = T.decimal(res.precision, res.scale);
    return binaryNullable(type, l, r, (a, b) => {
      const x = toDecimal(a);
      const y = toDecimal(b);
      switch (op) {
        case '+':
          return x.add(y).setScale(res.scale);
        case '-':
          return x.sub(y).setScale(res.scale);
        case '*':
          return x.mul(y).setScale(res.scale);
        case '/':
          return x.div(y, res.scale);
        default:
          return x.rem(y).setScale(res.scale);
      }
    });
  }
  if (lt.base === 'BIGINT' || rt.base === 'BIGINT') {
    return binaryNullable(T.BIGINT, l, r, (a, b) => {
      const x = BigInt(a as number | bigint);
      const y = BigInt(b as number | bigint);
      switch (op) {
        case '+':
          return BigInt.asIntN(64, x + y);
        case '-':
          return BigInt.asIntN(64, x - y);
        case '*':
          return BigInt.asIntN(64, x * y);
        case '/':
          if (y === 0n) throw new EvalNull();
          return BigInt.asIntN(64, x / y);
        default:
          if (y === 0n) throw new EvalNull();
          return x % y;
      }
    });
  }
  return binaryNullable(T.INTEGER, l, r, (a, b) => {
    const x = a as number;
    const y = b as number;
    switch (op) {
      case '+':
        return (x + y) | 0;
      case '-':
        return (x - y) | 0;
      case '*':
        return Math.imul(x, y);
      case '/':
        if (y === 0) throw new EvalNull();
        return (x / y) | 0;
      default:
        if (y === 0) throw new EvalNull();
        return (x % y) | 0;
    }
  });
}

function decimalParams(t: SqlType): { precision: number; scale: number } | undefined {
  if (t.base === 'DECIMAL') return { precision: t.precision, scale: t.scale };
  if (t.base === 'INTEGER') return { precision: 10, scale: 0 };
  if (t.base === 'BIGINT') return { precision: 19, scale: 0 };
  return undefined;
}

function doubleOp(op: string): (a: number, b: number) => number {
  switch (op) {
    case '+':
      return (a, b) => a + b;
    case '-':
      return (a, b) => a - b;
    case '*':
      return (a, b) => a * b;
    case '/':
      return (a, b) => a / b;
    default:
      return (a, b) => a % b;
  }
}

function binaryNullable(type: SqlType, l: Compiled, r: Compiled, f: (a: unknown, b: unknown) => unknown): Compiled {
  return {
    type,
    eval: guarded((row) => {
      const a = l.eval(row);
      if (a === null) return null;
      const b = r.eval(row);
      if (b === null) return null;
      return f(a, b);
    }),
  };
}

const TEMPORAL = new Set(['TIMESTAMP', 'DATE', 'TIME']);

export function comparable(a: SqlType, b: SqlType, op: string): boolean {
  if (a.base === 'NULL' || b.base === 'NULL') return true;
  if (isNumeric(a) && isNumeric(b)) return true;
  if (a.base === 'STRING' && b.base === 'STRING') return true;
  if (a.base === 'BOOLEAN' && b.base === 'BOOLEAN') return true;
  if (a.base === 'BYTES' && b.base === 'BYTES') return true;
  if (TEMPORAL.has(a.base) && (TEMPORAL.has(b.base) || b.base === 'STRING')) return true;
  if (TEMPORAL.has(b.base) && a.base === 'STRING') return true;
  if ((a.base === 'ARRAY' || a.base === 'MAP' || a.base === 'STRUCT') && (op === '=' || op === '<>')) {
    return typeEquals(a, b);
  }
  return false;
}

/** Types that compare equal after numeric widening of their elements (ARRAY<INT> vs ARRAY<BIGINT>). */
export function widenable(a: SqlType, b: SqlType): boolean {
  if (a.base === 'NULL' || b.base === 'NULL') return true;
  if (isNumeric(a) && isNumeric(b)) return true;
  if (a.base === 'ARRAY' && b.base === 'ARRAY') return widenable(a.item, b.item);
  if (a.base === 'MAP' && b.base === 'MAP') return widenable(a.key, b.key) && widenable(a.value, b.value);
  if (a.base === 'STRUCT' && b.base === 'STRUCT') {
    return (
      a.fields.length === b.fields.length &&
      a.fields.every((f, i) => f.name === b.fields[i].name && widenable(f.type, b.fields[i].type))
    );
  }
  return comparable(a, b, '=');
}

/** Converts a constant to `to` at planning time (string literals to numbers, literal collections). */
export function foldConstant(c: Compiled, to: SqlType): Compiled | undefined {
  const value = c.constant!.value;
  try {
    return constant(to, castValue(value, c.type, to));
  } catch {
    if (c.type.base === 'STRING' && isNumeric(to)) {
      try {
        const d = Decimal.parse(value as string);
        return constant(to, castValue(d, T.decimal(Math.max(d.precision(), d.scale), d.scale), to));
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
}

function describe(e: Expr, c: Compiled): string {
  return `${formatExpr(e)} (${formatType(c.type)})`;
}

export function checkComparable(e: Expr, op: string, l: Compiled, r: Compiled, le?: Expr, re?: Expr): void {
  if (!comparable(l.type, r.type, op)) {
    const left = le ?? (e.k === 'binary' ? e.left : e.k === 'between' ? e.e : e);
    const right = re ?? (e.k === 'binary' ? e.right : e);
    throw new SqlError(
      `Cannot compare ${describe(left, l)} to ${describe(right, r)} with ${comparisonName(op)}.`,
      e.pos,
    );
  }
}

/** Total order on non-null values of comparable types. */
export function compareValues(a: unknown, b: unknown, at: SqlType, bt: SqlType): number {
  if (TEMPORAL.has(at.base) && typeof b === 'string') b = parseTemporal(b, at);
  if (TEMPORAL.has(bt.base) && typeof a === 'string') a = parseTemporal(a, bt);
  if (at.base === 'TIMESTAMP' && bt.base === 'DATE') b = (b as number) * 86400000;
  if (at.base === 'DATE' && bt.base === 'TIMESTAMP') a = (a as number) * 86400000;
  if (a instanceof Decimal || b instanceof Decimal) {
    if ((typeof a === 'number' && !Number.isInteger(a)) || (typeof b === 'number' && !Number.isInteger(b))) {
      const x = a instanceof Decimal ? a.toNumber() : Number(a);
      const y = b instanceof Decimal ? b.toNumber() : Number(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return toDecimal(a).compare(toDecimal(b));
  }
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    if (typeof a === 'number' && !Number.isInteger(a)) return a < Number(b) ? -1 : a > Number(b) ? 1 : 0;
    if (typeof b === 'number' && !Number.isInteger(b)) return Number(a) < b ? -1 : Number(a) > b ? 1 : 0;
    const x = BigInt(a as number | bigint);
    const y = BigInt(b as number | bigint);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return Buffer.compare(a, b);
  return valuesEqual(a, b) ? 0 : 1;
}

function parseTemporal(s: string, t: SqlType): number {
  if (t.base === 'DATE') return parseDateText(s);
  if (t.base === 'TIME') return parseTimeText(s);
  return parseTimestampText(s);
}

const TIME_PSEUDO = new Set(['ROWTIME', 'WINDOWSTART', 'WINDOWEND']);

/** ROWTIME and window bounds compare with timestamp strings ('2018-01-01T00:00:00'), as in ksqlDB. */
export function timeStringOperand(other: Expr, c: Compiled, self: Expr): Compiled {
  if (self.k === 'col' && TIME_PSEUDO.has(self.name) && c.type.base === 'STRING') {
    return {
      type: T.BIGINT,
      eval: guarded((row) => {
        const v = c.eval(row);
        if (v === null) return null;
        try {
          return BigInt(parsePartialTimestamp(v as string));
        } catch {
          return BigInt(parseTimestampText(v as string)); // e.g. a space between date and time
        }
      }),
    };
  }
  void other;
  return c;
}

export function comparison(e: Expr & { k: 'binary' }, op: string, l: Compiled, r: Compiled): Compiled {
  r = timeStringOperand(e.right, r, e.left);
  l = timeStringOperand(e.left, l, e.right);
  checkComparable(e, op, l, r);
  const test: (c: number) => boolean =
    op === '='
      ? (c) => c === 0
      : op === '<>'
        ? (c) => c !== 0
        : op === '<'
          ? (c) => c < 0
          : op === '<='
            ? (c) => c <= 0
            : op === '>'
              ? (c) => c > 0
              : (c) => c >= 0;
  const lt = l.type;
  const rt = r.type;
  return {
    type: T.BOOLEAN,
    eval: guarded((row) => {
      const a = l.eval(row);
      if (a === null) return false;
      const b = r.eval(row);
      if (b === null) return false;
      return test(compareValues(a, b, lt, rt));
    }),
  };
}

export function likeToRegex(pattern: string, escapeChar?: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (escapeChar && c === escapeChar && i + 1 < pattern.length) {
      re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else if (c === '%') re += '[\\s\\S]*';
    else if (c === '_') re += '[\\s\\S]';
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
