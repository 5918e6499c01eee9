/**
 * GROUP BY planning: checks an aggregation as ksqlDB does (its messages) and produces its steps: GROUP BY,
 * AGGREGATE (stream, windowed or table), SUPPRESS for EMIT FINAL, the HAVING filter and the projection. The
 * operators are in operators/aggregate*.ts and operators/suppress.ts.
 */
import { SqlError } from '../errors';
import { type Compiled, type CompileContext, compile } from '../expr/compile';
import { formatExpr } from '../expr/format';
import type { Row } from '../expr/row';
import { type AggCall, resolveAgg } from '../operators/aggregate-calls';
import type { Expr, Select } from '../parser/ast';
import { T } from '../types';
import { containsAggregate, type Head, joinNames, type PlanContext, type PlannedQuery } from './plan';
import { type CompiledItem, compileItems, expandSelect, exprKey, walkExpr } from './projection';
import { WINDOW_BOUNDS } from './scope';
import type { AggregateStep, FilterStep, GroupByStep, SelectStep, Step, SuppressStep, WindowDef } from '../plan/steps';

const DEFAULT_GRACE_MS = 24 * 3600 * 1000;

class NonAggregateColumn extends Error {
  constructor(readonly column: string) {
    super(column);
  }
}

function callText(e: Expr & { k: 'call' }): string {
  return e.star ? `${e.name}(ROWTIME)` : formatExpr(e);
}

export function planAggregation(select: Select, head: Head, ctx: PlanContext): PlannedQuery {
  const cctx: CompileContext = { scope: head.scope, functions: ctx.functions, config: ctx.config };
  const strip = !head.isJoin;
  // a push query may aggregate without GROUP BY (one group of every row) and leave the group key out of its
  // projection: its rows are the projection, with no key (ksqlDB's transient aggregations)
  const transient = !!ctx.transient;
  const groupBy = select.groupBy ?? (transient ? [] : undefined);
  if (!groupBy) {
    const first = select.items.find((i) => i.k === 'expr' && containsAggregate(i.expr, ctx.functions));
    let text = 'aggregate';
    if (first && first.k === 'expr') {
      walkExpr(first.expr, (x) => {
        if (x.k === 'call' && ctx.functions.isAggregate(x.name)) {
          text = callText(x);
          return false;
        }
        return true;
      });
    }
    throw new SqlError(
      `CREATE TABLE AS SELECT statement does not support aggregate function [${text}] without a GROUP BY clause.`,
    );
  }
  if (select.groupBy && groupBy.length === 0) throw new SqlError('GROUP BY requires at least one expression');
  const kafkaValues = head.inputs.filter((s) => s.valueFormat.format === 'KAFKA');
  if (kafkaValues.length) {
    throw new SqlError(
      `Source(s) ${kafkaValues.map((s) => s.name).join(', ')} are using the 'KAFKA' value format. This format does not yet support GROUP BY.`,
    );
  }
  for (const g of groupBy) {
    walkExpr(g, (x) => {
      if (x.k === 'call' && ctx.functions.isAggregate(x.name)) {
        throw new SqlError(`GROUP BY does not support aggregate functions: ${x.name} is an aggregate function.`, x.pos);
      }
      if (x.k === 'col' && WINDOW_BOUNDS.includes(x.name)) {
        throw new SqlError(
          `Window bounds column ${x.name} can only be used in the SELECT clause of windowed aggregations`,
          x.pos,
        );
      }
      return true;
    });
  }
  if (select.having) {
    // window bounds are only allowed in the SELECT clause (outside aggregate calls too)
    walkExpr(select.having, (x) => {
      if (x.k === 'call' && ctx.functions.isAggregate(x.name)) return false;
      if (x.k === 'col' && WINDOW_BOUNDS.includes(x.name)) {
        throw new SqlError(
          `Window bounds column ${x.name} can only be used in the SELECT clause of windowed aggregations`,
          x.pos,
        );
      }
      return true;
    });
  }
  const groupCompiled = groupBy.map((g) => compile(g, cctx));
  const groupKeys = groupBy.map((g) => exprKey(g, strip));
  const windowed = !!select.window;

  // aggregate calls, in order of first appearance
  const aggs: AggCall[] = [];
  const aggIndex = new Map<string, number>();
  const collect = (e: Expr) =>
    walkExpr(e, (x) => {
      if (x.k === 'call' && ctx.functions.isAggregate(x.name)) {
        const text = exprKey(x, strip);
        if (!aggIndex.has(text)) {
          aggIndex.set(text, aggs.length);
          aggs.push(resolveAgg(x, cctx, head.kind === 'TABLE'));
        }
        return false;
      }
      return true;
    });
  for (const item of select.items) if (item.k === 'expr') collect(item.expr);
  if (select.having) collect(select.having);
  if (aggs.length === 0)
    throw new SqlError('GROUP BY requires aggregate functions in either the SELECT or HAVING clause.', select.pos);

  // expressions over the aggregated row: key = group values, value = aggregate results
  let nonAgg: string[] = [];
  let inHaving = false;
  const postScope = {
    resolve(_q: string | undefined, name: string, e: Expr) {
      if (WINDOW_BOUNDS.includes(name)) {
        if (head.isJoin && !inHaving) throw new SqlError(`SELECT column '${name}' cannot be resolved.`, e.pos);
        if (!windowed || inHaving) {
          throw new SqlError(
            `Window bounds column ${name} can only be used in the SELECT clause of windowed aggregations`,
            e.pos,
          );
        }
        return {
          type: T.BIGINT,
          get: (r: Row) => (r.window ? BigInt(name === 'WINDOWSTART' ? r.window.start : r.window.end) : null),
        };
      }
      if (name === 'ROWTIME') return { type: T.BIGINT, get: (r: Row) => BigInt(r.ts) };
      throw new NonAggregateColumn(formatExpr(e));
    },
  };
  const postCtx: CompileContext = {
    scope: postScope,
    functions: ctx.functions,
    config: ctx.config,
    intercept: (e) => {
      const text = exprKey(e, strip);
      const gi = groupKeys.indexOf(text);
      if (gi >= 0) return { type: groupCompiled[gi].type, eval: (r: Row) => r.key[gi] ?? null };
      if (e.k === 'call' && ctx.functions.isAggregate(e.name)) {
        const ai = aggIndex.get(text)!;
        return { type: aggs[ai].returnType, eval: (r: Row) => (r.value ? (r.value[ai] ?? null) : null) };
      }
      return undefined;
    },
  };

  const items = expandSelect(select.items, head.sides, head.isJoin, [], (e) => compile(e, postCtx).type);
  const compiled: CompiledItem[] = [];
  nonAgg = [];
  for (const item of items) {
    try {
      compiled.push(compileItems([item], postCtx)[0]);
    } catch (err) {
      if (err instanceof NonAggregateColumn) nonAgg.push(formatExpr(item.expr));
      else throw err;
    }
  }
  if (nonAgg.length) {
    throw new SqlError(`Non-aggregate SELECT expression(s) not part of GROUP BY: ${nonAgg.join(', ')}`);
  }
  if (select.having) {
    try {
      inHaving = true;
      joinNames(head, () => compile(select.having!, postCtx));
    } catch (err) {
      if (err instanceof NonAggregateColumn) {
        throw new SqlError(`Non-aggregate HAVING expression not part of GROUP BY: ${err.column}`);
      }
      if (err instanceof SqlError) throw new SqlError(`Error in HAVING expression: ${err.message}`, err.pos);
      throw err;
    }
  }

  // key columns: the select items that are the group expressions
  const keyIdx: number[] = [];
  const missing: string[] = [];
  groupBy.forEach((g, gi) => {
    const matches = compiled.map((c, i) => ({ c, i })).filter(({ c }) => exprKey(c.expr, strip) === groupKeys[gi]);
    if (matches.length > 1) {
      throw new SqlError(
        `The projection contains a key column more than once: ${matches.map((m) => `\`${m.c.name}\``).join(' and ')}.`,
      );
    }
    if (transient) return;
    if (matches.length === 0) missing.push(formatExpr(g));
    else keyIdx.push(matches[0].i);
  });
  if (missing.length) {
    throw new SqlError(
      `The query used to build \`${ctx.sinkName}\` must include the grouping expression${missing.length > 1 ? 's' : ''} ${missing.join(' and ')} in its projection (eg, SELECT ${missing.join(', ')}...).`,
    );
  }
  const valueIdx = compiled.map((_, i) => i).filter((i) => !keyIdx.includes(i));
  if (valueIdx.length === 0) throw new SqlError('The projection contains no value columns.');
  const keyColumns = keyIdx.map((i) => ({ name: compiled[i].name, type: compiled[i].type }));
  const valueColumns = valueIdx.map((i) => ({ name: compiled[i].name, type: compiled[i].type }));

  const win = select.window;
  const emitFinal = select.emit === 'FINAL';
  // EMIT FINAL without GRACE PERIOD closes windows at their end; otherwise the default grace applies
  const grace = win?.grace?.ms ?? (emitFinal ? 0 : DEFAULT_GRACE_MS);
  if (emitFinal && !win) throw new SqlError('EMIT FINAL is only supported for windowed aggregations.');
  const windowInfo = win ? { type: win.type, size: win.type === 'SESSION' ? undefined : win.size.ms } : undefined;
  const schema = { key: keyColumns, value: valueColumns };
  const windowDef: WindowDef | undefined = win && {
    type: win.type,
    size: win.size.ms,
    advance: win.advance?.ms,
    grace: win.grace?.ms,
    retention: win.retention?.ms,
  };
  const step = aggregationSteps(head, groupBy, groupCompiled, aggs, select, windowDef, grace, emitFinal, schema, {
    keys: keyIdx.map((i) => compiled[i].expr),
    values: valueIdx.map((i) => ({ name: compiled[i].name, expr: compiled[i].expr })),
  });

  return {
    kind: 'TABLE',
    schema,
    window: windowInfo,
    inputs: head.inputs,
    step,
  };
}

/** GROUP BY -> AGGREGATE -> [SUPPRESS] -> [HAVING filter] -> PROJECT, as steps. */
function aggregationSteps(
  head: Head,
  groupBy: Expr[],
  groupCompiled: Compiled[],
  aggs: AggCall[],
  select: Select,
  window: WindowDef | undefined,
  grace: number,
  emitFinal: boolean,
  schema: SelectStep['schema'],
  projection: Pick<SelectStep, 'keys' | 'values'>,
): Step {
  const input = head.step;
  const keyColumns = groupBy.map((g, i) => ({
    name: g.k === 'col' ? (head.isJoin && g.qualifier ? `${g.qualifier}_${g.name}` : g.name) : `KSQL_COL_${i}`,
    type: groupCompiled[i].type,
  }));
  const byKey =
    !head.isJoin &&
    groupBy.length === input.schema.key.length &&
    groupBy.every((g, i) => g.k === 'col' && g.name === input.schema.key[i].name);
  const groupStep: GroupByStep = {
    type: head.kind === 'TABLE' ? 'TableGroupBy' : byKey ? 'StreamGroupByKey' : 'StreamGroupBy',
    ctx: ['Aggregate', 'GroupBy'],
    schema: { key: keyColumns, value: input.schema.value },
    source: input,
    groupBy,
  };
  const aggregate: AggregateStep = {
    type: head.kind === 'TABLE' ? 'TableAggregate' : window ? 'StreamWindowedAggregate' : 'StreamAggregate',
    ctx: ['Aggregate', 'Aggregate'],
    schema: { key: keyColumns, value: aggs.map((a, i) => ({ name: `KSQL_AGG_VARIABLE_${i}`, type: a.returnType })) },
    source: groupStep,
    aggregates: aggs.map((a) => a.expr),
    window,
    grace: window ? grace : undefined,
    overJoin: head.isJoin,
  };
  let last: Step = aggregate;
  if (emitFinal && window) {
    const suppress: SuppressStep = {
      type: 'TableSuppress',
      ctx: ['Suppress'],
      schema: last.schema,
      source: last,
      window,
      grace,
    };
    last = suppress;
  }
  if (select.having) {
    const having: FilterStep = {
      type: 'TableFilter',
      ctx: ['Aggregate', 'HavingFilter'],
      schema: last.schema,
      source: last,
      filter: select.having,
    };
    last = having;
  }
  const project: SelectStep = {
    type: 'TableSelect',
    ctx: ['Aggregate', 'Project'],
    schema,
    source: last,
    ...projection,
  };
  return project;
}
