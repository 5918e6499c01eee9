/**
 * The function registry: how scalar functions (UDFs) and aggregate functions (UDAFs) declare themselves and how
 * a call site is resolved to one overload. Built-in families live in `src/sql/functions/<family>.ts` and are
 * discovered by `index.ts`; users register their own with `registry.registerScalar(...)` /
 * `registry.registerAggregate(...)` (see README.md in this folder).
 *
 * Values follow the runtime representation documented in `../types.ts` (BIGINT is `bigint`, DECIMAL is
 * `Decimal`, TIMESTAMP is epoch millis, MAP is a JS `Map`, STRUCT a plain object, NULL is `null`).
 */
import { decimalOf, formatType, parseType, type SqlType, typeEquals } from '../types';

/** What a return-type resolver or a function factory learns about one call site. */
export interface CallContext {
  /** The argument types at the call site (after implicit casts to the chosen overload, NULL literals typed). */
  argTypes: SqlType[];
  /** Type variables bound while matching the signature (e.g. T -> INTEGER for ARRAY<T>). */
  generics: Map<string, SqlType>;
  /** For each argument: its value when it is a literal (constant) at the call site, else `undefined`. */
  literals: unknown[];
  /** Engine settings (`ksql.*` properties of the statement), e.g. `ksql.functions.substring.legacy.args`. */
  config: Record<string, unknown>;
}

export type ReturnSpec = string | ((ctx: CallContext) => SqlType);

export interface ScalarOverload {
  /**
   * Parameter types as text: `'STRING'`, `'INT'`, `'DECIMAL'` (any precision), `'ARRAY<T>'` (generic),
   * `'MAP<K, V>'`, `'STRUCT'` (any struct). The last one may be prefixed with `...` for varargs
   * (zero or more further arguments of that type), e.g. `['STRING', '...STRING']`.
   */
  params: string[];
  /** Return type as text (may use the type variables bound by params) or a resolver from the call context. */
  returns: ReturnSpec;
  /**
   * 'propagate' (the default): if any argument is NULL the result is NULL and the function is not called.
   * 'pass': the function receives NULLs and decides.
   */
  nulls?: 'propagate' | 'pass';
  /** The implementation. Give either `impl` or `create`. Throwing makes the result NULL (ksqlDB logs and nulls). */
  // biome-ignore lint/suspicious/noExplicitAny: each overload's arguments have the SQL types of its params
  impl?: (...args: any[]) => unknown;
  /** Factory for implementations that depend on the call site (argument types, literal arguments, config). */
  // biome-ignore lint/suspicious/noExplicitAny: as for impl, typed by params
  create?: (ctx: CallContext) => (...args: any[]) => unknown;
}

export interface ScalarFunction {
  /** Upper-case name, e.g. 'UCASE'. Lookups are case-insensitive. */
  name: string;
  description?: string;
  overloads: ScalarOverload[];
}

/**
 * One running aggregation. `A` is the accumulator: it must be built only from SQL runtime values (null,
 * boolean, number, bigint, string, Buffer, Decimal, arrays, Maps, plain objects) so state stores can write
 * it to their changelog topic and restore it exactly. Functions may mutate and return the accumulator.
 */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds UDAFs of every accumulator/input/output type
export interface Udaf<A = any, I = any, O = any> {
  /** The accumulator of an empty group. */
  initialize(): A;
  /** Folds one input into the accumulator. `value` may be NULL (for several params: an array of them). */
  aggregate(value: I, acc: A): A;
  /** Combines two accumulators (session windows merging). */
  merge(a: A, b: A): A;
  /** The output value for an accumulator. */
  map(acc: A): O;
  /**
   * Removes one input previously aggregated (table aggregations: an update retracts the old row). A UDAF
   * without `undo` cannot aggregate a table; the statement is rejected.
   */
  undo?(value: I, acc: A): A;
}

export interface AggregateOverload {
  /** Types of the aggregated columns (one per column; COUNT(*) has none). Generic letters allowed. */
  params: string[];
  /**
   * Types of trailing constant arguments, e.g. TOPK(col, k): `['INT']`. They must be literals at the
   * call site and are handed to `create` in `ctx.literals` (after the column arguments).
   */
  initArgs?: string[];
  returns: ReturnSpec;
  create(ctx: CallContext): Udaf;
}

export interface AggregateFunction {
  name: string;
  description?: string;
  overloads: AggregateOverload[];
}

export interface ResolvedScalar {
  fn: ScalarFunction;
  overload: ScalarOverload;
  /** The parameter type each argument must be cast to before the call (same length as the arguments). */
  paramTypes: SqlType[];
  returnType: SqlType;
  generics: Map<string, SqlType>;
}

export interface ResolvedAggregate {
  fn: AggregateFunction;
  overload: AggregateOverload;
  paramTypes: SqlType[];
  returnType: SqlType;
  generics: Map<string, SqlType>;
}

/** Rejection of a call site; the message follows ksqlDB's wording. */
export class FunctionResolutionError extends Error {}

export class FunctionRegistry {
  private readonly scalars = new Map<string, ScalarFunction>();
  private readonly aggregates = new Map<string, AggregateFunction>();

  registerScalar(fn: ScalarFunction): void {
    const name = fn.name.toUpperCase();
    const existing = this.scalars.get(name);
    if (existing) existing.overloads.push(...fn.overloads);
    else this.scalars.set(name, { ...fn, name, overloads: [...fn.overloads] });
  }

  registerAggregate(fn: AggregateFunction): void {
    const name = fn.name.toUpperCase();
    const existing = this.aggregates.get(name);
    if (existing) existing.overloads.push(...fn.overloads);
    else this.aggregates.set(name, { ...fn, name, overloads: [...fn.overloads] });
  }

  isAggregate(name: string): boolean {
    return this.aggregates.has(name.toUpperCase());
  }

  hasScalar(name: string): boolean {
    return this.scalars.has(name.toUpperCase());
  }

  scalarNames(): string[] {
    return [...this.scalars.keys()].sort();
  }

  aggregateNames(): string[] {
    return [...this.aggregates.keys()].sort();
  }

  /** Picks the overload for argument types (NULL literals have type NULL and match anything). */
  resolveScalar(name: string, argTypes: SqlType[], ctx: Omit<CallContext, 'argTypes' | 'generics'>): ResolvedScalar {
    const fn = this.scalars.get(name.toUpperCase());
    if (!fn) throw new FunctionResolutionError(`Can't find any functions with the name '${name}'`);
    const m = pickOverload(fn.name, fn.overloads, argTypes, ctx.literals);
    const returnType = resolveReturn(m.overload.returns, {
      ...ctx,
      argTypes: m.paramTypes,
      generics: m.generics,
    });
    return { fn, overload: m.overload, paramTypes: m.paramTypes, returnType, generics: m.generics };
  }

  resolveAggregate(
    name: string,
    argTypes: SqlType[],
    ctx: Omit<CallContext, 'argTypes' | 'generics'>,
  ): ResolvedAggregate {
    const fn = this.aggregates.get(name.toUpperCase());
    if (!fn) throw new FunctionResolutionError(`Can't find any functions with the name '${name}'`);
    const shaped = fn.overloads.map((o) => ({ ...o, params: [...o.params, ...(o.initArgs ?? [])] }));
    const m = pickOverload(fn.name, shaped, argTypes);
    const overload = fn.overloads[shaped.indexOf(m.overload)];
    const returnType = resolveReturn(overload.returns, { ...ctx, argTypes: m.paramTypes, generics: m.generics });
    return { fn, overload, paramTypes: m.paramTypes, returnType, generics: m.generics };
  }
}

function resolveReturn(spec: ReturnSpec, ctx: CallContext): SqlType {
  if (typeof spec === 'function') return spec(ctx);
  return substitute(parseType(spec), ctx.generics);
}

/** Replaces type variables by their bindings. */
export function substitute(t: SqlType, generics: Map<string, SqlType>): SqlType {
  switch (t.base) {
    case 'GENERIC': {
      const b = generics.get(t.name);
      if (!b) throw new FunctionResolutionError(`Unbound type variable ${t.name}`);
      return b;
    }
    case 'ARRAY':
      return { base: 'ARRAY', item: substitute(t.item, generics) };
    case 'MAP':
      return { base: 'MAP', key: substitute(t.key, generics), value: substitute(t.value, generics) };
    case 'STRUCT':
      return t.anyFields
        ? t
        : { base: 'STRUCT', fields: t.fields.map((f) => ({ ...f, type: substitute(f.type, generics) })) };
    default:
      return t;
  }
}

interface Match<O> {
  overload: O;
  paramTypes: SqlType[];
  generics: Map<string, SqlType>;
  cost: number;
  variadic: boolean;
}

const parsedParams = new WeakMap<object, { types: SqlType[]; variadic: boolean }>();

function paramsOf(o: { params: string[] }): { types: SqlType[]; variadic: boolean } {
  let p = parsedParams.get(o);
  if (!p) {
    const variadic = o.params.length > 0 && o.params[o.params.length - 1].startsWith('...');
    const types = o.params.map((s) => parseType(s.startsWith('...') ? s.slice(3) : s));
    p = { types, variadic };
    parsedParams.set(o, p);
  }
  return p;
}

function pickOverload<O extends { params: string[] }>(
  name: string,
  overloads: O[],
  args: SqlType[],
  literals: unknown[] = [],
): Match<O> {
  const matches: Match<O>[] = [];
  for (const o of overloads) {
    const { types, variadic } = paramsOf(o);
    if (variadic ? args.length < types.length - 1 : args.length !== types.length) continue;
    const generics = new Map<string, SqlType>();
    const paramTypes: SqlType[] = [];
    let cost = 0;
    let ok = true;
    for (let i = 0; i < args.length && ok; i++) {
      const p = i < types.length - 1 || !variadic ? types[i] : types[types.length - 1];
      // a STRING literal converts implicitly to DATE / TIME / TIMESTAMP parameters (ksqlDB does the same)
      const literalTemporal =
        args[i].base === 'STRING' &&
        typeof literals[i] === 'string' &&
        (p.base === 'DATE' || p.base === 'TIME' || p.base === 'TIMESTAMP');
      const c = literalTemporal ? 1 : matchCost(p, args[i], generics);
      if (c < 0) ok = false;
      else cost += c;
    }
    if (!ok) continue;
    for (let i = 0; i < args.length; i++) {
      const p = i < types.length - 1 || !variadic ? types[i] : types[types.length - 1];
      paramTypes.push(concreteParam(p, args[i], generics));
    }
    matches.push({ overload: o, paramTypes, generics, cost, variadic });
  }
  const described = `(${args.map((a) => formatType(a)).join(', ')})`;
  if (matches.length === 0) {
    throw new FunctionResolutionError(`Function '${name.toLowerCase()}' does not accept parameters ${described}.`);
  }
  const best = Math.min(...matches.map((m) => m.cost));
  const winners = matches.filter((m) => m.cost === best);
  const needsCasts = best > 0;
  if (winners.length > 1 || (needsCasts && matches.filter((m) => m.variadic).length > 1)) {
    throw new FunctionResolutionError(
      `Function '${name.toLowerCase()}' cannot be resolved due to ambiguous method parameters ${described}.`,
    );
  }
  return winners[0];
}

/** Widening order of implicit casts (ksqlDB: INT -> BIGINT -> DECIMAL -> DOUBLE). */
const RANK: Record<string, number> = { INTEGER: 0, BIGINT: 1, DECIMAL: 2, DOUBLE: 3 };

/** -1: no match; 0: exact; >0: number of widening steps. Binds generics on the way. */
function matchCost(param: SqlType, arg: SqlType, generics: Map<string, SqlType>): number {
  if (arg.base === 'NULL') {
    if (param.base === 'GENERIC' && !generics.has(param.name)) return 0;
    return 0;
  }
  switch (param.base) {
    case 'GENERIC': {
      const bound = generics.get(param.name);
      if (!bound || bound.base === 'NULL') {
        generics.set(param.name, arg);
        return 0;
      }
      return typeEquals(bound, arg) ? 0 : -1;
    }
    case 'ARRAY':
      return arg.base === 'ARRAY' ? nested(matchCost(param.item, arg.item, generics)) : -1;
    case 'MAP':
      if (arg.base !== 'MAP') return -1;
      return sum(matchCost(param.key, arg.key, generics), matchCost(param.value, arg.value, generics));
    case 'STRUCT':
      if (arg.base !== 'STRUCT') return -1;
      if (param.anyFields) return 0;
      return typeEquals(param, arg) ? 0 : -1;
    case 'DECIMAL':
      if (arg.base === 'DECIMAL') return param.precision < 0 || typeEquals(param, arg) ? 0 : 1;
      if (arg.base === 'INTEGER' || arg.base === 'BIGINT') return RANK.DECIMAL - RANK[arg.base];
      return -1;
    default:
      if (param.base === arg.base) return 0;
      if (param.base in RANK && arg.base in RANK && RANK[arg.base] < RANK[param.base]) {
        return RANK[param.base] - RANK[arg.base];
      }
      return -1;
  }
}

function nested(c: number): number {
  // Collections do not widen their elements implicitly (ARRAY<INT> is not an ARRAY<BIGINT>).
  return c === 0 ? 0 : -1;
}

function sum(a: number, b: number): number {
  return a < 0 || b < 0 ? -1 : nested(a) + nested(b);
}

/** The concrete type an argument is cast to for this parameter. */
function concreteParam(param: SqlType, arg: SqlType, generics: Map<string, SqlType>): SqlType {
  if (param.base === 'GENERIC') return generics.get(param.name) ?? arg;
  if (param.base === 'DECIMAL' && param.precision < 0) {
    const d = decimalOf(arg);
    return d ? { base: 'DECIMAL', ...d } : arg;
  }
  if (containsGeneric(param)) {
    try {
      return substitute(param, generics);
    } catch {
      return arg;
    }
  }
  if (param.base === 'STRUCT' && param.anyFields) return arg;
  return param;
}

function containsGeneric(t: SqlType): boolean {
  switch (t.base) {
    case 'GENERIC':
      return true;
    case 'ARRAY':
      return containsGeneric(t.item);
    case 'MAP':
      return containsGeneric(t.key) || containsGeneric(t.value);
    case 'STRUCT':
      return t.fields.some((f) => containsGeneric(f.type));
    default:
      return false;
  }
}
