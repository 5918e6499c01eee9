/**
 * Planning of a SELECT: validates it (ksqlDB's messages) and produces its steps (plan/steps.ts): sources ->
 * [join] -> [filter] -> (aggregate | rekey | [flat map] project). The result says what the output looks like
 * (kind, schema, windowing), holds the step tree, and builds the operators from it when the query starts
 * (operators/build.ts).
 */
import { SqlError } from '../errors';
import { type Compiled, type CompileContext, compile } from '../expr/compile';
import { formatExpr } from '../expr/format';
import type { Column, Row, Schema } from '../expr/row';
import type { DataSource, WindowInfo } from '../engine/metastore';
import type { FunctionRegistry } from '../functions/registry';
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
import { buildSteps } from '../operators/build';
import { tableFunctionRegistry } from '../operators/flat-map';
import { jsonReplacer, keyString, type Runtime } from '../operators/runtime';

export { jsonReplacer, keyString, type Runtime };
import type { FilterStep, FlatMapStep, SelectKeyStep, SelectStep, SourceStep, Step } from '../plan/steps';

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
  /** The plan as data: the last step before the sink (plan/steps.ts). */
  step: Step;
  /** Builds the operators from `step`; returns one row handler per input (same order as `inputs`). */
  instantiate(rt: Runtime): ((row: Row) => void)[];
}

/** What each query shape's planner returns: the plan before it knows how to build itself. */
export type PlannedQuery = Omit<QueryPlan, 'instantiate'>;

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
  /** The head's steps: a source, or the last join; WHERE adds a filter step on top. */
  step: Step;
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
  const planned = planShape(select, ctx);
  return {
    ...planned,
    instantiate: (rt) => buildSteps(planned.step, { rt, functions: ctx.functions, config: ctx.config }, rt.emit),
  };
}

function planShape(select: Select, ctx: PlanContext): PlannedQuery {
  let head = select.joins.length > 0 ? planJoin(select, ctx) : sourceHead(select, ctx);
  const cctx: CompileContext = { scope: head.scope, functions: ctx.functions, config: ctx.config };

  if (select.where) {
    if (!head.windowed) checkWindowBoundsInWhere(select.where);
    const c = withPrefix('Error in WHERE expression: ', () => joinNames(head, () => compile(select.where!, cctx)));
    if (c.type.base !== 'BOOLEAN') {
      throw new SqlError(
        `Type error in WHERE expression: Should evaluate to boolean but is ${formatExpr(select.where)} (${c.type.base}) instead.`,
        select.where.pos,
      );
    }
    const filter: FilterStep = {
      type: head.kind === 'TABLE' ? 'TableFilter' : 'StreamFilter',
      ctx: ['WhereFilter'],
      schema: head.step.schema,
      source: head.step,
      filter: select.where,
    };
    head = { ...head, step: filter };
  }

  const hasAgg =
    !!select.groupBy ||
    select.items.some((i) => i.k === 'expr' && containsAggregate(i.expr, ctx.functions)) ||
    (!!select.having && containsAggregate(select.having, ctx.functions));
  if (hasAgg) return planAggregation(select, head, ctx);
  if (select.window) {
    throw new SqlError('WINDOW clause requires a GROUP BY clause.', select.pos);
  }
  if (select.having) throw new SqlError('HAVING clause requires a GROUP BY clause.', select.having.pos);
  if (select.partitionBy) return planPartitionBy(select, head, ctx);
  return planProjection(select, head, ctx);
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
    step: sourceStep(src, side.alias, ['KsqlTopic', 'Source']),
  };
}

export function sourceStep(src: DataSource, alias: string, ctx: string[]): SourceStep {
  const table = src.kind === 'TABLE';
  return {
    type: src.window
      ? table
        ? 'WindowedTableSource'
        : 'WindowedStreamSource'
      : table
        ? 'TableSource'
        : 'StreamSource',
    ctx,
    schema: src.schema,
    source: src.name,
    alias,
    topic: src.topic,
    keyFormat: src.keyFormat.format,
    valueFormat: src.valueFormat.format,
    window: src.window ? { type: src.window.type, size: src.window.size } : undefined,
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

function planProjection(select: Select, head: Head, ctx: PlanContext): PlannedQuery {
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
  let input = head.step;
  if (udtfs.calls.length) {
    const flatMap: FlatMapStep = {
      type: 'StreamFlatMap',
      ctx: ['FlatMap'],
      schema: {
        key: input.schema.key,
        value: [...input.schema.value, ...udtfs.calls.map((c, i) => ({ name: `KSQL_SYNTH_${i}`, type: c.type }))],
      },
      source: input,
      calls: udtfs.calls.map((c) => c.expr),
    };
    input = flatMap;
  }
  const step: SelectStep = {
    type: kind === 'TABLE' ? 'TableSelect' : 'StreamSelect',
    ctx: ['Project'],
    schema,
    source: input,
    keys: found.idx.map((i) => items[i].expr),
    values: items.filter((_, i) => !found.idx.includes(i)).map((it) => ({ name: it.name, expr: it.expr })),
  };
  return {
    kind,
    schema,
    window: head.windowed,
    inputs: head.inputs,
    keyPositions: ctx.transient ? [...found.idx] : undefined,
    step,
  };
}

/**
 * Table functions (EXPLODE, CUBE_EXPLODE) in a select list: the calls (each becomes a value appended by the
 * flat-map operator) and an intercept giving each call its result type for the projection's type checks.
 */
function tableFunctionCalls(select: Select, head: Head, cctx: CompileContext, ctx: PlanContext) {
  const registry = tableFunctionRegistry();
  const calls: { text: string; expr: Expr; type: SqlType }[] = [];
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
      calls.push({ text, expr: x, type: r.returnType });
      return false;
    });
  }
  const intercept = (e: Expr): Compiled | undefined => {
    if (e.k !== 'call') return undefined;
    const i = calls.findIndex((c) => c.text === exprKey(e, strip));
    return i < 0 ? undefined : { type: calls[i].type, eval: () => null };
  };
  return { calls, intercept };
}

function planPartitionBy(select: Select, head: Head, ctx: PlanContext): PlannedQuery {
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
  const schema = { key: keyColumns, value: valueColumns };
  const step: SelectKeyStep = {
    type: 'StreamSelectKey',
    ctx: ['PartitionBy'],
    schema,
    source: head.step,
    keys: isNullKey ? [] : exprs,
    values: valueItems.map((it) => ({ name: it.name, expr: it.expr })),
  };
  return {
    kind: 'STREAM',
    schema,
    inputs: head.inputs,
    step,
  };
}

/** Qualifies unqualified column references with the source name (ksqlDB's message style `INPUT.ID`). */
export function qualify(e: Expr, source: string): Expr {
  if (e.k === 'col') return e.qualifier ? e : { ...e, qualifier: source };
  return mapExpr(e, (x) => (x.k === 'col' && !x.qualifier ? { ...x, qualifier: source } : x));
}

export { JoinScope };
