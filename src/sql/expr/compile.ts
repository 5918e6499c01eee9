/**
 * Type-checks an expression against a scope and compiles it to a closure over rows. SQL null semantics:
 * arithmetic and functions propagate NULL, comparisons with NULL are false (as ksqlDB evaluates them), AND/OR
 * are three-valued, and a runtime failure (bad cast, division by zero, a throwing function) yields NULL.
 */
import { SqlError } from '../errors';
import { lambdaFunctions } from '../functions/lambda';
import { FunctionResolutionError, type FunctionRegistry } from '../functions/registry';
import type { Expr } from '../parser/ast';
import { Decimal, formatType, isNumeric, type SqlType, T, typeEquals, valuesEqual } from '../types';
import { CastError, canCast, castValue, parseDateText, parseTimestampText, parseTimeText } from './cast';
import { comparisonName, formatExpr } from './format';
import type { Row } from './row';

export interface Compiled {
  type: SqlType;
  eval(row: Row): unknown;
  /** Set when the expression is a constant. */
  constant?: { value: unknown };
}

export interface ResolvedColumn {
  type: SqlType;
  get(row: Row): unknown;
}

export interface Scope {
  /** Resolves a column reference or throws SqlError (`Unknown column X`). */
  resolve(qualifier: string | undefined, name: string, e: Expr): ResolvedColumn;
}

export interface CompileContext {
  scope: Scope;
  functions: FunctionRegistry;
  config: Record<string, unknown>;
  /** Lets the planner substitute sub-expressions (aggregate calls, GROUP BY expressions). */
  intercept?: (e: Expr) => Compiled | undefined;
}

/** Marker value of an IN list item that can never match. */
const NEVER_EQUAL = Symbol('never-equal');

/** A per-row evaluation failure: the expression's value becomes NULL. */
class EvalNull extends Error {}

export function compile(e: Expr, ctx: CompileContext): Compiled {
  const hooked = ctx.intercept?.(e);
  if (hooked) return hooked;
  const c = compileNode(e, ctx);
  return c;
}

/** Evaluates safely: any runtime failure becomes NULL. */
export function safe(c: Compiled): (row: Row) => unknown {
  return (row) => {
    try {
      const v = c.eval(row);
      return v === undefined ? null : v;
    } catch (err) {
      if (err instanceof EvalNull || err instanceof CastError || err instanceof Error) return null;
      throw err;
    }
  };
}

function constant(type: SqlType, value: unknown): Compiled {
  return { type, eval: () => value, constant: { value } };
}

function guarded(fn: (row: Row) => unknown): (row: Row) => unknown {
  return (row) => {
    try {
      return fn(row);
    } catch {
      return null;
    }
  };
}

function compileNode(e: Expr, ctx: CompileContext): Compiled {
  switch (e.k) {
    case 'lit':
      return constant(e.type, e.value);
    case 'col': {
      const r = ctx.scope.resolve(e.qualifier, e.name, e);
      return { type: r.type, eval: r.get };
    }
    case 'deref': {
      const base = compile(e.base, ctx);
      if (base.type.base !== 'STRUCT') {
        throw new SqlError(`Expected STRUCT type, got: ${formatType(base.type)} in ${formatExpr(e)}`, e.pos);
      }
      const field =
        base.type.fields.find((f) => f.name === e.field) ??
        base.type.fields.find((f) => f.name.toUpperCase() === e.field.toUpperCase());
      if (!field) throw new SqlError(`Could not find field '${e.field}' in '${formatExpr(e.base)}'.`, e.pos);
      const name = field.name;
      return {
        type: field.type,
        eval: (row) => {
          const s = base.eval(row) as Record<string, unknown> | null;
          return s === null || s === undefined ? null : (s[name] ?? null);
        },
      };
    }
    case 'subscript': {
      const base = compile(e.base, ctx);
      const index = compile(e.index, ctx);
      if (base.type.base === 'ARRAY') {
        if (index.type.base !== 'INTEGER' && index.type.base !== 'BIGINT') {
          throw new SqlError(`Array index must be an INTEGER, got ${formatType(index.type)}`, e.pos);
        }
        return {
          type: base.type.item,
          eval: (row) => {
            const arr = base.eval(row) as unknown[] | null;
            const i = index.eval(row);
            if (arr === null || i === null) return null;
            const n = Number(i);
            const at = n > 0 ? n - 1 : arr.length + n;
            return n === 0 || at < 0 || at >= arr.length ? null : arr[at];
          },
        };
      }
      if (base.type.base === 'MAP') {
        const keyType = base.type.key;
        const idx = coerceTo(index, keyType);
        return {
          type: base.type.value,
          eval: (row) => {
            const m = base.eval(row) as Map<unknown, unknown> | null;
            const k = idx.eval(row);
            if (m === null || k === null) return null;
            if (m.has(k)) return m.get(k) ?? null;
            for (const [mk, mv] of m) if (valuesEqual(mk, k)) return mv;
            return null;
          },
        };
      }
      throw new SqlError(`Cannot subscript ${formatType(base.type)} in ${formatExpr(e)}`, e.pos);
    }
    case 'call':
      return compileCall(e, ctx);
    case 'binary':
      if (e.op === 'AND' || e.op === 'OR') return logical(e.op, compile(e.left, ctx), compile(e.right, ctx), e);
      if (['+', '-', '*', '/', '%'].includes(e.op)) return arithmetic(e, compile(e.left, ctx), compile(e.right, ctx));
      return comparison(e, e.op, compile(e.left, ctx), compile(e.right, ctx));
    case 'not': {
      const inner = compile(e.e, ctx);
      requireBoolean(inner, e.e);
      return {
        type: T.BOOLEAN,
        eval: (row) => {
          const v = inner.eval(row);
          return v === null ? null : !v;
        },
      };
    }
    case 'neg': {
      const inner = compile(e.e, ctx);
      if (!isNumeric(inner.type))
        throw new SqlError(`Cannot negate ${formatType(inner.type)}: ${formatExpr(e)}`, e.pos);
      return {
        type: inner.type,
        eval: (row) => {
          const v = inner.eval(row);
          if (v === null) return null;
          if (v instanceof Decimal) return v.negate();
          if (typeof v === 'bigint') return BigInt.asIntN(64, -v);
          return inner.type.base === 'INTEGER' ? -(v as number) | 0 : -(v as number);
        },
      };
    }
    case 'isnull': {
      const inner = compile(e.e, ctx);
      const not = e.not;
      return { type: T.BOOLEAN, eval: (row) => (safe(inner)(row) === null) !== not };
    }
    case 'distinctfrom': {
      const l = compile(e.left, ctx);
      const r = compile(e.right, ctx);
      checkComparable(e, '=', l, r);
      const not = e.not;
      return {
        type: T.BOOLEAN,
        eval: (row) => {
          const a = l.eval(row);
          const b = r.eval(row);
          const same = a === null || b === null ? a === b : compareValues(a, b, l.type, r.type) === 0;
          return not ? same : !same;
        },
      };
    }
    case 'between': {
      const v = compile(e.e, ctx);
      const lo = timeStringOperand(e.e, compile(e.lo, ctx), e.e);
      const hi = timeStringOperand(e.e, compile(e.hi, ctx), e.e);
      checkComparable(e, '>=', v, lo);
      checkComparable(e, '<=', v, hi);
      const not = e.not;
      return {
        type: T.BOOLEAN,
        eval: (row) => {
          const x = v.eval(row);
          const a = lo.eval(row);
          const b = hi.eval(row);
          if (x === null || a === null || b === null) return false;
          const inside = compareValues(x, a, v.type, lo.type) >= 0 && compareValues(x, b, v.type, hi.type) <= 0;
          return inside !== not;
        },
      };
    }
    case 'like': {
      const v = compile(e.e, ctx);
      const p = compile(e.pattern, ctx);
      if (v.type.base !== 'STRING' || (p.type.base !== 'STRING' && p.type.base !== 'NULL')) {
        const bad = v.type.base !== 'STRING' ? v.type : p.type;
        throw new SqlError(
          `The column type for Like condition must be VARCHAR. The column type is ${formatType(bad)}`,
          e.pos,
        );
      }
      const escapeChar = e.escape;
      const cache = new Map<string, RegExp>();
      const not = e.not;
      return {
        type: T.BOOLEAN,
        eval: (row) => {
          const s = v.eval(row) as string | null;
          const pat = p.eval(row) as string | null;
          if (s === null || pat === null) return false;
          let re = cache.get(pat);
          if (!re) {
            re = likeToRegex(pat, escapeChar);
            cache.set(pat, re);
          }
          return re.test(s) !== not;
        },
      };
    }
    case 'in': {
      const v = compile(e.e, ctx);
      let acc = v.type;
      const items = e.list.map((x, i) => {
        let c = compile(x, ctx);
        if (c.type.base === 'STRUCT' && acc.base === 'STRUCT') {
          const target = acc.fields;
          if (c.type.fields.some((f) => !target.some((g) => g.name === f.name))) {
            // a struct with fields the operand lacks can never be equal to it
            return { type: acc, eval: () => NEVER_EQUAL } as Compiled;
          }
        }
        if (
          c.constant &&
          c.constant.value !== null &&
          !typeEquals(c.type, acc) &&
          (c.type.base === 'STRING' || !comparable(acc, c.type, '='))
        ) {
          const folded = foldConstant(c, acc);
          if (folded) c = folded;
        }
        if (!comparable(acc, c.type, '=') && !widenable(acc, c.type)) {
          throw new SqlError(
            `Invalid Predicate: operator does not exist: ${formatType(acc)} = ${formatType(c.type)} (${formatExpr(e.list[i])})\nHint: You might need to add explicit type casts.`,
            e.pos,
          );
        }
        if (isNumeric(acc) && isNumeric(c.type)) acc = commonType([acc, c.type], x, 'in');
        return c;
      });
      const not = e.not;
      return {
        type: T.BOOLEAN,
        eval: (row) => {
          const x = v.eval(row);
          if (x === null) return false;
          for (const item of items) {
            const y = safe(item)(row);
            if (y !== null && y !== NEVER_EQUAL && compareValues(x, y, v.type, item.type) === 0) return !not;
          }
          return not;
        },
      };
    }
    case 'case':
      return compileCase(e, ctx);
    case 'cast': {
      const inner = compile(e.e, ctx);
      if (!canCast(inner.type, e.type)) {
        throw new SqlError(`Cast of ${formatType(inner.type)} to ${formatType(e.type)} is not supported`, e.pos);
      }
      const to = e.type;
      const from = inner.type;
      return { type: to, eval: guarded((row) => castValue(inner.eval(row), from, to)) };
    }
    case 'array': {
      const items = e.items.map((x) => compile(x, ctx));
      if (items.length > 0 && items.every((i) => i.type.base === 'NULL')) {
        throw new SqlError(
          'Cannot construct an array with all NULL elements (see https://github.com/confluentinc/ksql/issues/4239). As a workaround, you may cast a NULL value to the desired type.',
          e.pos,
          'KsqlException',
        );
      }
      const itemType = commonType(
        items.map((i) => i.type),
        e,
        'array',
      );
      const coerced = items.map((i, idx) => coerceLiteralTo(i, itemType, e.items[idx]));
      const arr: Compiled = { type: T.array(itemType), eval: (row) => coerced.map((c) => safe(c)(row)) };
      if (items.every((i) => i.constant))
        arr.constant = { value: arr.eval({ key: [], value: [], ts: 0, partition: 0, offset: 0 }) };
      return arr;
    }
    case 'map': {
      const keys = e.entries.map((x) => compile(x.key, ctx));
      const values = e.entries.map((x) => compile(x.value, ctx));
      if (keys.length && keys.every((k) => k.type.base === 'NULL')) {
        throw new SqlError('Cannot construct a map with all NULL keys', e.pos);
      }
      if (values.length && values.every((k) => k.type.base === 'NULL')) {
        throw new SqlError('Cannot construct a map with all NULL values', e.pos);
      }
      const kt = commonType(
        keys.map((k) => k.type),
        e,
        'map',
      );
      const vt = commonType(
        values.map((k) => k.type),
        e,
        'map',
      );
      const ks = keys.map((k) => coerceTo(k, kt));
      const vs = values.map((v) => coerceTo(v, vt));
      return {
        type: T.map(kt, vt),
        eval: (row) => {
          const m = new Map<unknown, unknown>();
          ks.forEach((k, i) => {
            m.set(safe(k)(row), safe(vs[i])(row));
          });
          return m;
        },
      };
    }
    case 'struct': {
      const names = new Set<string>();
      for (const f of e.fields) {
        if (names.has(f.name)) throw new SqlError('Duplicate field names found in STRUCT', e.pos, 'KsqlException');
        names.add(f.name);
      }
      const fields = e.fields.map((f) => ({ name: f.name, c: compile(f.value, ctx) }));
      for (const f of fields) {
        if (f.c.type.base === 'NULL') f.c = { ...f.c, type: T.STRING };
      }
      const struct: Compiled = {
        type: T.struct(fields.map((f) => ({ name: f.name, type: f.c.type }))),
        eval: (row) => {
          const out: Record<string, unknown> = {};
          for (const f of fields) out[f.name] = safe(f.c)(row);
          return out;
        },
      };
      if (fields.every((f) => f.c.constant)) {
        struct.constant = { value: struct.eval({ key: [], value: [], ts: 0, partition: 0, offset: 0 }) };
      }
      return struct;
    }
    case 'lambda':
      throw new SqlError(`Lambda expressions are not supported yet: ${formatExpr(e)}`, e.pos);
  }
}

function requireBoolean(c: Compiled, e: Expr): void {
  if (c.type.base !== 'BOOLEAN' && c.type.base !== 'NULL') {
    throw new SqlError(
      `Type error in expression: ${formatExpr(e)} should be BOOLEAN, not ${formatType(c.type)}`,
      e.pos,
    );
  }
}

function logical(op: 'AND' | 'OR', l: Compiled, r: Compiled, e: Expr & { k: 'binary' }): Compiled {
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

function toDecimal(v: unknown): Decimal {
  if (v instanceof Decimal) return v;
  if (typeof v === 'bigint') return new Decimal(v, 0);
  if (typeof v === 'number') return Number.isInteger(v) ? new Decimal(BigInt(v), 0) : Decimal.fromNumber(v);
  throw new EvalNull();
}

function arithmetic(e: Expr & { k: 'binary' }, l: Compiled, r: Compiled): Compiled {
  const lt = l.type.base === 'NULL' ? r.type : l.type;
  const rt = r.type.base === 'NULL' ? l.type : r.type;
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

function comparable(a: SqlType, b: SqlType, op: string): boolean {
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
function widenable(a: SqlType, b: SqlType): boolean {
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
function foldConstant(c: Compiled, to: SqlType): Compiled | undefined {
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

function checkComparable(e: Expr, op: string, l: Compiled, r: Compiled, le?: Expr, re?: Expr): void {
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
        return v === null ? null : BigInt(parseTimestampText(v as string));
      }),
    };
  }
  void other;
  return c;
}

function comparison(e: Expr & { k: 'binary' }, op: string, l: Compiled, r: Compiled): Compiled {
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

function likeToRegex(pattern: string, escapeChar?: string): RegExp {
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

const NUM_RANK: Record<string, number> = { INTEGER: 0, BIGINT: 1, DECIMAL: 2, DOUBLE: 3 };

/** The type several branches / elements widen to (numeric widening only); throws when incompatible. */
export function commonType(types: SqlType[], e: Expr, what: string): SqlType {
  let result: SqlType = T.NULL;
  for (const t of types) {
    if (t.base === 'NULL') continue;
    if (result.base === 'NULL') {
      result = t;
      continue;
    }
    if (typeEquals(result, t)) continue;
    if (isNumeric(result) && isNumeric(t)) {
      if (result.base === 'DECIMAL' && t.base === 'DECIMAL') {
        const scale = Math.max(result.scale, t.scale);
        const digits = Math.max(result.precision - result.scale, t.precision - t.scale);
        result = T.decimal(Math.min(38, digits + scale), scale);
      } else if (result.base === 'DECIMAL' && (t.base === 'INTEGER' || t.base === 'BIGINT')) {
        const p = t.base === 'INTEGER' ? 10 : 19;
        result = T.decimal(Math.min(38, Math.max(result.precision - result.scale, p) + result.scale), result.scale);
      } else if (t.base === 'DECIMAL' && (result.base === 'INTEGER' || result.base === 'BIGINT')) {
        const p = result.base === 'INTEGER' ? 10 : 19;
        result = T.decimal(Math.min(38, Math.max(t.precision - t.scale, p) + t.scale), t.scale);
      } else result = NUM_RANK[t.base] > NUM_RANK[result.base] ? t : result;
      continue;
    }
    if (what === 'array' && (result.base === 'STRING' || t.base === 'STRING')) {
      // ksqlDB coerces string literals into the other element type; reported at coercion
      result = result.base === 'STRING' ? t : result;
      continue;
    }
    throw new SqlError(
      what === 'case'
        ? `Invalid Case expression. Type for all 'THEN' clauses should be the same.\nTHEN expression '${formatExpr(e)}' has type: ${formatType(t)}. Previous THEN expression(s) type: ${formatType(result)}.`
        : `invalid input syntax for type ${formatType(result)}: ${formatExpr(e)}`,
      e.pos,
    );
  }
  return result;
}

/** Wraps an expression so its value has `to`'s representation (numeric widening). */
export function coerceTo(c: Compiled, to: SqlType): Compiled {
  if (c.type.base === 'NULL' || typeEquals(c.type, to)) return { ...c, type: to };
  const from = c.type;
  return { type: to, eval: guarded((row) => castValue(c.eval(row), from, to)) };
}

function coerceLiteralTo(c: Compiled, to: SqlType, e: Expr): Compiled {
  if (c.type.base === 'STRING' && to.base !== 'STRING' && c.constant) {
    try {
      const v = castValue(c.constant.value, T.STRING, to);
      return constant(to, v);
    } catch {
      throw new SqlError(
        `invalid input syntax for type ${formatType(to)}: "${c.constant.value}"`,
        e.pos,
        'KsqlException',
      );
    }
  }
  return coerceTo(c, to);
}

function compileCase(e: Expr & { k: 'case' }, ctx: CompileContext): Compiled {
  const operand = e.operand ? compile(e.operand, ctx) : undefined;
  const whens = e.whens.map((w) => ({
    when: compile(w.when, ctx),
    result: compile(w.result, ctx),
    resultExpr: w.result,
  }));
  const elseC = e.else ? compile(e.else, ctx) : undefined;
  let type: SqlType = T.NULL;
  for (const w of whens) type = commonType([type, w.result.type], w.resultExpr, 'case');
  if (elseC && e.else) type = commonType([type, elseC.type], e.else, 'case');
  const thens = whens.map((w) => safe(coerceTo(w.result, type)));
  const conds = whens.map((w) => {
    if (operand) {
      const o = operand;
      return (row: Row) => {
        const a = o.eval(row);
        const b = w.when.eval(row);
        return a !== null && b !== null && compareValues(a, b, o.type, w.when.type) === 0;
      };
    }
    if (w.when.type.base !== 'BOOLEAN') {
      throw new SqlError(
        `WHEN operand type should be boolean. Type for '${formatExpr(e)}' is ${formatType(w.when.type)}`,
        e.pos,
      );
    }
    return safe(w.when);
  });
  const elseFn = elseC ? safe(coerceTo(elseC, type)) : () => null;
  return {
    type,
    eval: (row) => {
      for (let i = 0; i < conds.length; i++) if (conds[i](row) === true) return thens[i](row);
      return elseFn(row);
    },
  };
}

/**
 * Calls of lambda functions (TRANSFORM, FILTER, REDUCE from the function library's `lambdaFunctions`): each
 * lambda body is compiled with its parameters bound to the collection's element / key / value types and
 * handed to the implementation as a JS function.
 */
function compileLambdaCall(e: Expr & { k: 'call' }, ctx: CompileContext): Compiled {
  const fn = lambdaFunctions.find((f) => f.name === e.name);
  if (!fn) throw new SqlError(`Function '${e.name.toLowerCase()}' does not accept lambda arguments.`, e.pos);
  const coll = compile(e.args[0], ctx);
  const ct = coll.type;
  if (ct.base !== 'ARRAY' && ct.base !== 'MAP') {
    throw new SqlError(`Function '${e.name.toLowerCase()}' expects an ARRAY or a MAP, got ${formatType(ct)}.`, e.pos);
  }
  const elemTypes = ct.base === 'ARRAY' ? [ct.item] : [ct.key, ct.value];
  const lambda = (arg: Expr, paramTypes: SqlType[]) => {
    if (arg.k !== 'lambda') throw new SqlError(`Expected a lambda in ${formatExpr(e)}`, arg.pos);
    if (arg.params.length !== paramTypes.length) {
      throw new SqlError(
        `Lambda ${formatExpr(arg)} takes ${arg.params.length} arguments, ${e.name} passes ${paramTypes.length}.`,
        arg.pos,
      );
    }
    const frame: unknown[] = [];
    const outer = ctx.scope;
    const scope: Scope = {
      resolve(qualifier, name, ref) {
        const i = qualifier ? -1 : arg.params.indexOf(name);
        if (i >= 0) return { type: paramTypes[i], get: () => frame[i] ?? null };
        return outer.resolve(qualifier, name, ref);
      },
    };
    const body = compile(arg.body, { ...ctx, scope });
    return {
      type: body.type,
      make:
        (row: Row) =>
        (...values: unknown[]) => {
          const saved = frame.slice();
          values.forEach((v, i) => {
            frame[i] = v;
          });
          try {
            return safe(body)(row);
          } finally {
            saved.forEach((v, i) => {
              frame[i] = v;
            });
          }
        },
    };
  };
  let type: SqlType;
  let build: (row: Row) => unknown[];
  switch (e.name) {
    case 'TRANSFORM': {
      if (ct.base === 'ARRAY') {
        const f = lambda(e.args[1], elemTypes);
        type = T.array(f.type);
        build = (row) => [f.make(row)];
      } else {
        const fk = lambda(e.args[1], elemTypes);
        const fv = lambda(e.args[2], elemTypes);
        type = T.map(fk.type, fv.type);
        build = (row) => [fk.make(row), fv.make(row)];
      }
      break;
    }
    case 'FILTER': {
      const f = lambda(e.args[1], elemTypes);
      if (f.type.base !== 'BOOLEAN')
        throw new SqlError(`FILTER lambda must return BOOLEAN, got ${formatType(f.type)}.`, e.pos);
      type = ct;
      build = (row) => [f.make(row)];
      break;
    }
    default: {
      const init = compile(e.args[1], ctx);
      const stateType = init.type;
      const f = lambda(e.args[2], [stateType, ...elemTypes]);
      const coerced = (row: Row) => {
        const g = f.make(row);
        return (...a: unknown[]) => {
          const v = g(...a);
          return v === null ? null : castValue(v, f.type, stateType);
        };
      };
      type = stateType;
      build = (row) => [safe(init)(row), coerced(row)];
    }
  }
  return {
    type,
    eval: guarded((row) => {
      const c = coll.eval(row);
      const v = fn.impl(c, ...build(row));
      return v === undefined ? null : v;
    }),
  };
}

const TIME_UNITS = new Set([
  'NANOSECOND',
  'NANOSECONDS',
  'MICROSECOND',
  'MICROSECONDS',
  'MILLISECOND',
  'MILLISECONDS',
  'SECOND',
  'SECONDS',
  'MINUTE',
  'MINUTES',
  'HOUR',
  'HOURS',
  'DAY',
  'DAYS',
]);

/** A bare time-unit keyword argument (`DATEADD(DAYS, 1, d)`) reaches functions as a STRING literal. */
function compileArg(a: Expr, ctx: CompileContext): Compiled {
  if (a.k === 'col' && !a.qualifier && TIME_UNITS.has(a.name.toUpperCase())) {
    try {
      return compile(a, ctx);
    } catch {
      return constant(T.STRING, a.name.toUpperCase());
    }
  }
  return compile(a, ctx);
}

function compileCall(e: Expr & { k: 'call' }, ctx: CompileContext): Compiled {
  if (ctx.functions.isAggregate(e.name)) {
    throw new SqlError(`Aggregate functions can not be used here: ${formatExpr(e)}`, e.pos);
  }
  if (e.name === 'AS_VALUE' && e.args.length === 1) return compile(e.args[0], ctx);
  if (e.args.some((a) => a.k === 'lambda')) return compileLambdaCall(e, ctx);
  const args = e.args.map((a) => compileArg(a, ctx));
  const argTypes = args.map((a) => a.type);
  let resolved: ReturnType<FunctionRegistry['resolveScalar']>;
  try {
    resolved = ctx.functions.resolveScalar(e.name, argTypes, {
      literals: args.map((a) => (a.constant ? a.constant.value : undefined)),
      config: ctx.config,
    });
  } catch (err) {
    if (err instanceof FunctionResolutionError) throw new SqlError(err.message, e.pos);
    throw err;
  }
  const coerced = args.map((a, i) => safe(coerceTo(a, resolved.paramTypes[i] ?? a.type)));
  const o = resolved.overload;
  const impl =
    o.create?.({
      argTypes: resolved.paramTypes,
      generics: resolved.generics,
      literals: args.map((a) => (a.constant ? a.constant.value : undefined)),
      config: ctx.config,
    }) ?? o.impl;
  if (!impl) throw new SqlError(`Function ${e.name} has no implementation`, e.pos);
  const propagate = (o.nulls ?? 'propagate') === 'propagate';
  return {
    type: resolved.returnType,
    eval: (row) => {
      const values = coerced.map((c) => c(row));
      if (propagate && values.some((v) => v === null)) return null;
      try {
        const out = impl(...values);
        return out === undefined ? null : out;
      } catch {
        return null;
      }
    },
  };
}

export { CastError };
