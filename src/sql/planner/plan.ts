/**
 * Logical planning of a SELECT into a streaming dataflow: sources -> [join] -> filter -> (aggregate |
 * repartition | project) -> sink. The result says what the output looks like (kind, schema, windowing) and
 * builds the operators when the query starts.
 */
import { SqlError } from '../errors';
import { type Compiled, type CompileContext, coerceTo, compile, safe } from '../expr/compile';
import { formatExpr } from '../expr/format';
import type { Column, Row, Schema } from '../expr/row';
import type { DataSource, WindowInfo } from '../engine/metastore';
import { FunctionRegistry } from '../functions/registry';
import { tableFunctions } from '../functions/table';
import type { SqlType } from '../types';
import { planAggregation } from './aggregate';
import { planJoin } from './join';
import type { Expr, Select } from '../parser/ast';
import {
  type CompiledItem,
  compileItems,
  expandSelect,
  exprKey,
  makeProjector,
  mapExpr,
  type ProjItem,
  walkExpr,
} from './projection';
import { JoinScope, type SourceRef, SourceScope, WINDOW_BOUNDS } from './scope';
import type { KvStore } from '../state/store';

export interface Runtime {
  /** Sends an output row to the sink. */
  emit(row: Row): void;
  /** A state store whose changes go to a changelog topic. */
  store<V>(name: string): KvStore<V>;
}

export interface QueryPlan {
  kind: 'STREAM' | 'TABLE';
  schema: Schema;
  window?: WindowInfo;
  inputs: DataSource[];
  /**
   * A transient query's key columns' places in the projection's order (SELECT ROWOFFSET, * puts the key
   * third): its rows carry the key apart, and the REST layer writes each key value back in its place.
   */
  keyPositions?: number[];
  /** Builds the operators; returns one row handler per input (same order as `inputs`). */
  instantiate(rt: Runtime): ((row: Row) => void)[];
}

export interface PlanContext {
  functions: FunctionRegistry;
  config: Record<string, unknown>;
  source(name: string, pos: Expr['pos']): DataSource;
  /** The sink's name for messages ("The query used to build `OUTPUT` ..."). */
  sinkName: string;
  /**
   * A transient push query: it writes no topic, so its rows need no key; every projected column is a value
   * column, in the projection's order, as ksqlDB's push queries return them (SELECT * keeps keys first).
   */
  transient?: boolean;
}

/** The stage before aggregation/projection: rows of one source, or joined rows. */
export interface Head {
  kind: 'STREAM' | 'TABLE';
  sides: SourceRef[];
  isJoin: boolean;
  schema: Schema;
  scope: CompileContext['scope'];
  inputs: DataSource[];
  windowed?: WindowInfo;
  /** Key expressions whose values form the head rows' key (used for key-in-projection checks). */
  keyNames: { name: string; accepted: Expr[] }[];
  /** Builds the head; `next` receives the rows. */
  instantiate(rt: Runtime, next: (row: Row) => void): ((row: Row) => void)[];
}

export function containsAggregate(e: Expr, functions: FunctionRegistry): boolean {
  let found = false;
  walkExpr(e, (x) => {
    if (x.k === 'call' && functions.isAggregate(x.name)) found = true;
    return !found;
  });
  return found;
}

export function planSelect(select: Select, ctx: PlanContext): QueryPlan {
  const head = select.joins.length > 0 ? planJoin(select, ctx) : sourceHead(select, ctx);
  const cctx: CompileContext = { scope: head.scope, functions: ctx.functions, config: ctx.config };

  let where: ((row: Row) => unknown) | undefined;
  if (select.where) {
    if (!head.windowed) checkWindowBoundsInWhere(select.where);
    const c = withPrefix('Error in WHERE expression: ', () => joinNames(head, () => compile(select.where!, cctx)));
    if (c.type.base !== 'BOOLEAN') {
      throw new SqlError(
        `Type error in WHERE expression: Should evaluate to boolean but is ${formatExpr(select.where)} (${c.type.base}) instead.`,
        select.where.pos,
      );
    }
    where = safe(c);
  }

  const hasAgg =
    !!select.groupBy ||
    select.items.some((i) => i.k === 'expr' && containsAggregate(i.expr, ctx.functions)) ||
    (!!select.having && containsAggregate(select.having, ctx.functions));
  if (hasAgg) return planAggregation(select, head, where, ctx);
  if (select.window) {
    throw new SqlError('WINDOW clause requires a GROUP BY clause.', select.pos);
  }
  if (select.having) throw new SqlError('HAVING clause requires a GROUP BY clause.', select.having.pos);
  if (select.partitionBy) return planPartitionBy(select, head, where, ctx);
  return planProjection(select, head, where, ctx);
}

/** In join queries ksqlDB names columns `<ALIAS>_<COLUMN>` in messages. */
export function joinNames<T>(head: Head, f: () => T): T {
  if (!head.isJoin) return f();
  try {
    return f();
  } catch (e) {
    if (e instanceof SqlError) {
      let m = e.message;
      for (const s of head.sides) m = m.split(`${s.alias}.`).join(`${s.alias}_`);
      throw new SqlError(m, e.pos, e.type);
    }
    throw e;
  }
}

export function withPrefix<T>(prefix: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof SqlError) throw new SqlError(prefix + e.message, e.pos, e.type);
    throw e;
  }
}

function checkWindowBoundsInWhere(e: Expr): void {
  walkExpr(e, (x) => {
    if (x.k === 'col' && WINDOW_BOUNDS.includes(x.name)) {
      throw new SqlError(`Error in WHERE expression: Unknown column ${x.name}.`, x.pos);
    }
    return true;
  });
}

function sourceHead(select: Select, ctx: PlanContext): Head {
  const src = ctx.source(select.from.name, select.from.pos);
  const side: SourceRef = {
    name: src.name,
    alias: select.from.alias ?? src.name,
    schema: src.schema,
    windowed: !!src.window,
  };
  return {
    kind: src.kind,
    sides: [side],
    isJoin: false,
    schema: src.schema,
    scope: new SourceScope(side),
    inputs: [src],
    windowed: src.window,
    keyNames: src.schema.key.map((c) => ({ name: c.name, accepted: [{ k: 'col', name: c.name, pos: select.pos }] })),
    instantiate: (_rt, next) => [next],
  };
}

/**
 * Which select items are the key columns: for each required key, exactly one item that is a plain
 * reference to an accepted expression.
 */
function keyItems(
  items: ProjItem[],
  keys: { name: string; accepted: Expr[] }[],
  head: Head,
): { idx: number[]; missing: { name: string; accepted: Expr[] }[] } {
  const strip = !head.isJoin;
  const idx: number[] = [];
  const missing: { name: string; accepted: Expr[] }[] = [];
  for (const key of keys) {
    const texts = key.accepted.map((a) => exprKey(a, strip));
    let matches = items.map((it, i) => ({ it, i })).filter(({ it }) => texts.includes(exprKey(it.expr, strip)));
    if (head.isJoin && matches.length > 1) {
      // either join column may be the key; only the same column selected twice is an error
      const first = matches[0];
      const sameAsFirst = matches.filter((m) => sameColumn(m.it.expr, first.it.expr, head));
      matches = sameAsFirst.length > 1 ? sameAsFirst : [first];
    }
    if (matches.length === 0) {
      missing.push(key);
      continue;
    }
    if (matches.length > 1) {
      if (head.isJoin) {
        throw new SqlError(
          `The projection contains a key column (\`${head.schema.key[0]?.name ?? key.name}\`) more than once, aliased as: ${matches
            .map((m) => m.it.name)
            .sort()
            .join(' and ')}.`,
        );
      }
      throw new SqlError(
        `The projection contains a key column more than once: ${matches.map((m) => `\`${m.it.name}\``).join(' and ')}.`,
      );
    }
    idx.push(matches[0].i);
  }
  return { idx, missing };
}

function sameColumn(a: Expr, b: Expr, head: Head): boolean {
  if (a.k !== 'col' || b.k !== 'col' || a.name !== b.name) return false;
  const side = (e: Expr & { k: 'col' }) =>
    head.sides.findIndex((s) => s.alias === e.qualifier || s.name === e.qualifier);
  return side(a) === side(b);
}

function missingKeyError(missing: { name: string }[], ctx: PlanContext, head: Head): SqlError {
  const names = missing.map((m) => m.name);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const what = head.isJoin ? 'join expression' : 'key column';
  const synthetic = head.isJoin && names[0] === 'ROWKEY';
  const prefix = synthetic ? 'Key missing from projection (ie, SELECT). See https://cnfl.io/2LV7ouS.\n' : '';
  const suffix = synthetic
    ? '\nROWKEY was added as a synthetic key column because the join criteria did not match any source column.'
    : '';
  return new SqlError(
    `${prefix}The query used to build \`${ctx.sinkName}\` must include the ${what}${names.length > 1 ? 's' : ''} ${list} in its projection (eg, SELECT ${names.join(', ')}...).${suffix}`,
  );
}

function planProjection(
  select: Select,
  head: Head,
  where: ((row: Row) => unknown) | undefined,
  ctx: PlanContext,
): QueryPlan {
  const cctx: CompileContext = { scope: head.scope, functions: ctx.functions, config: ctx.config };
  const udtfs = tableFunctionCalls(select, head, cctx, ctx);
  if (udtfs.calls.length) cctx.intercept = udtfs.intercept;
  const items = expandSelect(select.items, head.sides, head.isJoin, [], (e) => compile(e, cctx).type);
  compileItems(items, cctx);
  const star = select.items.some((i) => i.k === 'star' && !i.qualifier);
  const found = ctx.transient && !star ? { idx: [], missing: [] } : keyItems(items, head.keyNames, head);
  if (!head.isJoin) found.idx.sort((a, b) => a - b);
  const newPlanner = String(ctx.config['ksql.new.query.planner.enabled'] ?? 'false') === 'true';
  if (found.missing.length && newPlanner && !head.isJoin && found.idx.length === 0) {
    // the new query planner allows dropping the key: the result is keyless
    found.missing = [];
  }
  if (found.missing.length) {
    // SELECT * carries the key columns implicitly (e.g. a synthetic join key)
    if (!star) throw missingKeyError(head.isJoin ? found.missing : head.keyNames, ctx, head);
    for (const m of found.missing) {
      const col =
        head.schema.key.find((c) => m.accepted.some((a) => a.k === 'col' && a.name === c.name)) ?? head.schema.key[0];
      found.idx.push(items.length);
      items.push({
        expr: { k: 'col', name: col.name, pos: select.pos },
        name: col.name,
        aliased: true,
        pos: select.pos,
      });
    }
  }
  const compiled = compileItems(items, cctx);
  const proj = makeProjector(compiled, found.idx);
  if (proj.valueColumns.length === 0) throw new SqlError('The projection contains no value columns.');
  const schema: Schema = { key: proj.keyColumns, value: proj.valueColumns };
  const kind = head.kind;
  return {
    kind,
    schema,
    window: head.windowed,
    inputs: head.inputs,
    keyPositions: ctx.transient ? [...found.idx] : undefined,
    instantiate(rt) {
      const live = new Set<string>();
      const next = (row: Row) => {
        if (kind === 'TABLE') {
          const k = keyString(row.key) + (row.window ? `@${row.window.start}` : '');
          if (row.value === null || (where && where(row) !== true)) {
            const out = proj.project({ ...row, value: null });
            if (row.value === null || live.has(k))
              rt.emit({ ...row, key: out.key.map((v, i) => v ?? row.key[i] ?? null), value: null });
            live.delete(k);
            return;
          }
          live.add(k);
          const out = proj.project(row);
          rt.emit({ ...row, key: out.key, value: out.value });
          return;
        }
        // a WHERE clause drops null values (ksqlDB's predicate rejects a null row)
        if (row.value === null && where) return;
        if (row.value === null) {
          const out = proj.project(row);
          rt.emit({ ...row, key: out.key, value: null });
          return;
        }
        if (where && where(row) !== true) return;
        if (udtfs.calls.length) {
          // one output row per produced value; several table functions are zipped, padded with NULL
          const lists = udtfs.calls.map((c) => c.values(row));
          const n = Math.max(...lists.map((l) => l.length));
          for (let i = 0; i < n; i++) {
            lists.forEach((l, j) => {
              udtfs.current[j] = i < l.length ? l[i] : null;
            });
            const out = proj.project(row);
            rt.emit({ ...row, key: out.key, value: out.value });
          }
          return;
        }
        const out = proj.project(row);
        rt.emit({ ...row, key: out.key, value: out.value });
      };
      return head.instantiate(rt, next);
    },
  };
}

/** Table functions (EXPLODE, CUBE_EXPLODE) in a select list: each call yields a list of values per row. */
function tableFunctionCalls(select: Select, head: Head, cctx: CompileContext, ctx: PlanContext) {
  const registry = tableFunctionRegistry();
  const calls: { text: string; type: SqlType; values: (row: Row) => unknown[] }[] = [];
  const current: unknown[] = [];
  const strip = !head.isJoin;
  for (const item of select.items) {
    if (item.k !== 'expr') continue;
    walkExpr(item.expr, (x) => {
      if (x.k !== 'call' || !registry.hasScalar(x.name)) return true;
      const text = exprKey(x, strip);
      if (calls.some((c) => c.text === text)) return false;
      if (head.kind !== 'STREAM') throw new SqlError('Table functions are only supported on streams.', x.pos);
      const args = x.args.map((a) => compile(a, cctx));
      const r = registry.resolveScalar(
        x.name,
        args.map((a) => a.type),
        {
          literals: args.map((a) => (a.constant ? a.constant.value : undefined)),
          config: ctx.config,
        },
      );
      const impl = r.overload.impl!;
      const evals = args.map((a, i) => safe(coerceTo(a, r.paramTypes[i] ?? a.type)));
      calls.push({
        text,
        type: r.returnType,
        values: (row) => {
          try {
            const out = impl(...evals.map((f) => f(row)));
            return Array.isArray(out) ? out : [];
          } catch {
            return [];
          }
        },
      });
      return false;
    });
  }
  const intercept = (e: Expr): Compiled | undefined => {
    if (e.k !== 'call') return undefined;
    const i = calls.findIndex((c) => c.text === exprKey(e, strip));
    return i < 0 ? undefined : { type: calls[i].type, eval: () => current[i] ?? null };
  };
  return { calls, current, intercept };
}

let tableRegistry: FunctionRegistry | undefined;

function tableFunctionRegistry(): FunctionRegistry {
  if (!tableRegistry) {
    tableRegistry = new FunctionRegistry();
    for (const f of tableFunctions) tableRegistry.registerScalar(f);
  }
  return tableRegistry;
}

/** A string identifying key values (store keys, join keys): fast for single primitive keys. */
export function keyString(values: unknown[]): string {
  if (values.length === 1) {
    const v = values[0];
    switch (typeof v) {
      case 'string':
        return `s${v}`;
      case 'number':
        return `n${v}`;
      case 'bigint':
        return `n${v}`;
      case 'boolean':
        return `b${v}`;
    }
    if (v === null) return 'null';
  }
  return `j${JSON.stringify(values, jsonReplacer)}`;
}

export function jsonReplacer(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Map) return [...v];
  return v;
}

function planPartitionBy(
  select: Select,
  head: Head,
  where: ((row: Row) => unknown) | undefined,
  ctx: PlanContext,
): QueryPlan {
  if (head.kind === 'TABLE') {
    throw new SqlError(
      `Unsupported PARTITION BY on a table: ${select.from.name}. PARTITION BY is only supported on streams.`,
    );
  }
  const exprs = select.partitionBy!;
  if (exprs.length === 0) throw new SqlError('PARTITION BY requires at least one expression');
  const cctx: CompileContext = { scope: head.scope, functions: ctx.functions, config: ctx.config };
  const isNullKey = exprs.length === 1 && exprs[0].k === 'lit' && exprs[0].value === null;
  const partCompiled = isNullKey
    ? []
    : exprs.map((e) => {
        if (containsAggregate(e, ctx.functions))
          throw new SqlError('PARTITION BY does not support aggregate functions.', e.pos);
        if (e.k === 'col' && !e.qualifier) {
          // PARTITION BY resolves against the input, never against select aliases
          try {
            return compile(e, cctx);
          } catch (err) {
            if (err instanceof SqlError) {
              throw new SqlError(
                `PARTITION BY column '${e.name}' cannot be resolved. '${e.name}' must be a column in the source schema since PARTITION BY is applied on the input.`,
                e.pos,
              );
            }
            throw err;
          }
        }
        return compile(e, cctx);
      });
  const star = select.items.some((i) => i.k === 'star' && !i.qualifier);
  // names of the new key columns
  const strip = !head.isJoin;
  const explicit = expandSelect(select.items, head.sides, head.isJoin, [], (e) => compile(e, cctx).type, true);
  const keyNames: string[] = [];
  let gen = 0;
  const usedNames = new Set(explicit.filter((i) => i.aliased).map((i) => i.name));
  const keyFromItem: (number | undefined)[] = [];
  const missing: Expr[] = [];
  if (!isNullKey) {
    exprs.forEach((e) => {
      const idx = explicit.findIndex(
        (it) =>
          exprKey(it.expr, strip) === exprKey(e, strip) &&
          !(it.expr.k === 'col' && star && !it.aliased && e.k !== 'col'),
      );
      if (idx >= 0 && (!star || explicit[idx].aliased || e.k === 'col')) {
        keyFromItem.push(idx);
        keyNames.push(explicit[idx].name);
        return;
      }
      keyFromItem.push(undefined);
      if (e.k === 'col') {
        keyNames.push(head.isJoin && e.qualifier ? `${e.qualifier}_${e.name}` : e.name);
        if (!star) missing.push(e);
        return;
      }
      if (e.k === 'deref') {
        keyNames.push(e.field);
        if (!star) missing.push(e);
        return;
      }
      let n: string;
      do n = `KSQL_COL_${gen++}`;
      while (usedNames.has(n));
      keyNames.push(n);
      if (!star) missing.push(e);
    });
  }
  if (missing.length) {
    if (exprs.length > 1) missing.splice(0, missing.length, ...exprs);
    const srcName = head.sides[0].name;
    const q = (e: Expr) => formatExpr(qualify(e, srcName));
    const list = missing.map(q);
    const text = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
    throw new SqlError(
      `The query used to build \`${ctx.sinkName}\` must include the partitioning expression${list.length > 1 ? 's' : ''} ${text} in its projection (eg, SELECT ${list.join(', ')}...).`,
    );
  }
  // value items: every projected item except those that became key columns
  const valueItems = explicit.filter((_, i) => !keyFromItem.includes(i));
  const compiledValues: CompiledItem[] = compileItems(valueItems, cctx);
  const keyColumns: Column[] = partCompiled.map((c, i) => ({ name: keyNames[i], type: c.type }));
  const valueColumns: Column[] = compiledValues.map((c) => ({ name: c.name, type: c.type }));
  if (valueColumns.length === 0) throw new SqlError('The projection contains no value columns.');
  const keyEvals = partCompiled.map((c) => safe(c));
  // on a null-value row only expressions over key columns can be evaluated
  const keyOnly = (isNullKey ? [] : exprs).map((e) => {
    let ok = true;
    walkExpr(e, (x) => {
      if (x.k === 'col' && !head.schema.key.some((k) => k.name === x.name)) ok = false;
      return ok;
    });
    return ok;
  });
  const valueEvals = compiledValues.map((c) => safe(c.compiled));
  return {
    kind: 'STREAM',
    schema: { key: keyColumns, value: valueColumns },
    inputs: head.inputs,
    instantiate(rt) {
      const next = (row: Row) => {
        // a WHERE clause drops null values (ksqlDB's predicate rejects a null row)
        if (row.value === null && where) return;
        if (row.value === null) {
          rt.emit({
            ...row,
            key: keyEvals.map((f, i) => (keyOnly[i] ? f(row) : null)),
            value: null,
            window: undefined,
            nullKey: false,
          });
          return;
        }
        if (where && where(row) !== true) return;
        rt.emit({
          ...row,
          key: keyEvals.map((f) => f(row)),
          value: valueEvals.map((f) => f(row)),
          window: undefined,
          nullKey: false,
        });
      };
      return head.instantiate(rt, next);
    },
  };
}

/** Qualifies unqualified column references with the source name (ksqlDB's message style `INPUT.ID`). */
export function qualify(e: Expr, source: string): Expr {
  if (e.k === 'col') return e.qualifier ? e : { ...e, qualifier: source };
  return mapExpr(e, (x) => (x.k === 'col' && !x.qualifier ? { ...x, qualifier: source } : x));
}

export { JoinScope };
