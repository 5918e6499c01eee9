/**
 * Type-checks an expression against a scope and compiles it to a closure over rows. SQL null semantics:
 * arithmetic and functions propagate NULL, comparisons with NULL are false (as ksqlDB evaluates them), AND/OR
 * are three-valued, and a runtime failure (bad cast, division by zero, a throwing function) yields NULL.
 * Operators live in operators.ts, function calls in calls.ts, shared shapes in runtime.ts.
 */
import { SqlError } from '../errors';
import type { Expr } from '../parser/ast';
import { Decimal, formatType, isNumeric, type SqlType, T, typeEquals, valuesEqual } from '../types';
import { CastError, canCast, castValue } from './cast';
import { formatExpr } from './format';
import type { Row } from './row';
import { compileCall } from './calls';
import {
  checkComparable,
  comparable,
  compareValues,
  comparison,
  foldConstant,
  likeToRegex,
  logical,
  arithmetic,
  requireBoolean,
  timeStringOperand,
  widenable,
} from './operators';
import { type CompileContext, type Compiled, constant, guarded, NEVER_EQUAL, safe } from './runtime';

export type { Compiled, CompileContext, ResolvedColumn, Scope } from './runtime';
export { safe } from './runtime';
export { compareValues, timeStringOperand } from './operators';

export function compile(e: Expr, ctx: CompileContext): Compiled {
  const hooked = ctx.intercept?.(e);
  if (hooked) return hooked;
  return compileNode(e, ctx);
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

export { CastError };
