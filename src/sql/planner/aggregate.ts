/**
 * GROUP BY planning and the aggregation operator: stream and table (changelog with undo) aggregations,
 * TUMBLING / HOPPING / SESSION windows with grace, HAVING, and EMIT FINAL suppression.
 */
import { SqlError } from '../errors';
import { type Compiled, type CompileContext, coerceTo, compile, safe } from '../expr/compile';
import { formatExpr } from '../expr/format';
import type { Row, Window } from '../expr/row';
import type { AggregateOverload, Udaf } from '../functions/registry';
import type { Expr, Select } from '../parser/ast';
import { T } from '../types';
import {
  containsAggregate,
  type Head,
  joinNames,
  keyString,
  type PlanContext,
  type QueryPlan,
  type Runtime,
} from './plan';
import { type CompiledItem, compileItems, expandSelect, exprKey, walkExpr } from './projection';
import { WINDOW_BOUNDS } from './scope';

const DEFAULT_GRACE_MS = 24 * 3600 * 1000;

class NonAggregateColumn extends Error {
  constructor(readonly column: string) {
    super(column);
  }
}

interface AggCall {
  text: string;
  udaf: Udaf;
  args: ((row: Row) => unknown)[];
  arity: number;
  returnType: Compiled['type'];
  overload: AggregateOverload;
}

function callText(e: Expr & { k: 'call' }): string {
  return e.star ? `${e.name}(ROWTIME)` : formatExpr(e);
}

export function planAggregation(
  select: Select,
  head: Head,
  where: ((row: Row) => unknown) | undefined,
  ctx: PlanContext,
): QueryPlan {
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
          aggs.push(resolveAgg(x, cctx, ctx, head.kind === 'TABLE'));
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
  let having: ((r: Row) => unknown) | undefined;
  if (select.having) {
    try {
      inHaving = true;
      const h = joinNames(head, () => compile(select.having!, postCtx));
      having = safe(h);
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
  const evals = compiled.map((c) => safe(c.compiled));
  const groupEvals = groupCompiled.map((c) => safe(c));

  const win = select.window;
  const emitFinal = select.emit === 'FINAL';
  // EMIT FINAL without GRACE PERIOD closes windows at their end; otherwise the default grace applies
  const grace = win?.grace?.ms ?? (emitFinal ? 0 : DEFAULT_GRACE_MS);
  if (emitFinal && !win) throw new SqlError('EMIT FINAL is only supported for windowed aggregations.');
  const windowInfo = win ? { type: win.type, size: win.type === 'SESSION' ? undefined : win.size.ms } : undefined;
  const tableInput = head.kind === 'TABLE';

  return {
    kind: 'TABLE',
    schema: { key: keyColumns, value: valueColumns },
    window: windowInfo,
    inputs: head.inputs,
    instantiate(rt: Runtime) {
      const store = rt.store<{ accs: unknown[]; ts: number }>('Aggregate-Materialize');
      const sessions = rt.store<{ start: number; end: number; accs: unknown[]; ts: number }[]>('Aggregate-Sessions');
      const prevRows = rt.store<{ key: unknown[]; value: unknown[]; ts: number }>('Aggregate-Input');
      const live = new Set<string>();
      const suppressed = new Map<string, Row>();
      let streamTime = Number.NEGATIVE_INFINITY;

      const init = () => aggs.map((a) => a.udaf.initialize());
      const argValue = (a: AggCall, row: Row) =>
        a.arity === 0 ? null : a.arity === 1 ? a.args[0](row) : a.args.slice(0, a.arity).map((f) => f(row));
      const keyText = (gk: unknown[], w?: Window) => keyString(gk) + (w ? `@${w.start}-${w.end}` : '');

      const output = (aggRow: Row) => {
        const k = keyText(aggRow.key, aggRow.window);
        if (having && having(aggRow) !== true) {
          if (live.delete(k)) rt.emit({ ...aggRow, value: null });
          return;
        }
        live.add(k);
        rt.emit({
          ...aggRow,
          key: keyIdx.map((i) => evals[i](aggRow)),
          value: valueIdx.map((i) => evals[i](aggRow)),
        });
      };
      const result = (gk: unknown[], state: { accs: unknown[]; ts: number }, w: Window | undefined, base: Row) => {
        const aggRow: Row = {
          key: gk,
          value: aggs.map((a, i) => {
            try {
              const v = a.udaf.map(state.accs[i]);
              return v === undefined ? null : v;
            } catch {
              return null;
            }
          }),
          ts: state.ts,
          partition: base.partition,
          offset: base.offset,
          window: w,
        };
        if (emitFinal) {
          const k = keyText(gk, w);
          suppressed.delete(k);
          suppressed.set(k, aggRow);
        } else output(aggRow);
      };
      let lastEmitCloseTime: number | null = null;
      /**
       * EMIT FINAL for time windows, as Kafka Streams' emit-on-window-close: when the close time (stream time
       * - grace) advances, windows starting in (last close - size, close - size] that are still retained
       * (start >= stream time - retention) are emitted once.
       */
      const flushFinalTimeWindows = () => {
        const size = win!.size.ms;
        const closeTime = streamTime - grace;
        const retention = win!.retention?.ms ?? size + grace;
        for (const [k, r] of suppressed) {
          if (r.window && r.window.start < streamTime - retention) suppressed.delete(k);
        }
        if (lastEmitCloseTime !== null && lastEmitCloseTime >= closeTime) return;
        const upper = closeTime - size;
        if (upper < 0) return;
        const lower = lastEmitCloseTime === null ? 0 : Math.max(0, lastEmitCloseTime - size) + 1;
        const due = [...suppressed.entries()].filter(
          ([, r]) => r.window && r.window.start >= lower && r.window.start <= upper,
        );
        due.sort((a, b) => a[1].window!.start - b[1].window!.start || (a[0] < b[0] ? -1 : 1));
        for (const [k, r] of due) {
          suppressed.delete(k);
          output(r);
        }
        lastEmitCloseTime = closeTime;
      };
      const flushFinal = () => {
        if (!emitFinal) return;
        if (win && win.type !== 'SESSION') {
          flushFinalTimeWindows();
          return;
        }
        const due = [...suppressed.entries()].filter(([, r]) => r.window && r.window.end + grace <= streamTime);
        due.sort((a, b) => a[1].window!.end - b[1].window!.end);
        for (const [k, r] of due) {
          suppressed.delete(k);
          output(r);
        }
      };
      const apply = (accs: unknown[], row: Row, undo: boolean) =>
        aggs.map((a, i) => {
          const v = argValue(a, row);
          try {
            return undo ? a.udaf.undo!(v, accs[i]) : a.udaf.aggregate(v, accs[i]);
          } catch {
            return accs[i];
          }
        });

      const timeWindows = (ts: number): Window[] => {
        if (!win) return [];
        const size = win.size.ms;
        const advance = win.type === 'HOPPING' ? win.advance!.ms : size;
        const out: Window[] = [];
        let start = Math.floor(ts / advance) * advance;
        while (start > ts - size) {
          if (start >= 0) out.unshift({ start, end: start + size });
          start -= advance;
        }
        return out;
      };

      const streamRow = (row: Row) => {
        if (row.value === null) return;
        if (where && where(row) !== true) return;
        const gk = groupEvals.map((f) => f(row));
        if (gk.some((v) => v === null)) return;
        streamTime = Math.max(streamTime, row.ts);
        if (!win) {
          const k = keyText(gk);
          const state = store.get(k) ?? { accs: init(), ts: row.ts };
          state.accs = apply(state.accs, row, false);
          state.ts = Math.max(state.ts, row.ts);
          store.put(k, state);
          result(gk, state, undefined, row);
        } else if (win.type === 'SESSION') {
          const gap = win.size.ms;
          const k = keyText(gk);
          // sessions past gap + grace are gone from the store (retention)
          const list = (sessions.get(k) ?? []).filter((s) => s.end >= streamTime - gap - grace);
          const overlapping = list.filter((s) => s.end + gap >= row.ts && s.start - gap <= row.ts);
          const start = Math.min(row.ts, ...overlapping.map((s) => s.start));
          const end = Math.max(row.ts, ...overlapping.map((s) => s.end));
          if (end < streamTime - gap - grace) return;
          let accs = init();
          let ts = row.ts;
          for (const s of overlapping) {
            accs = aggs.map((a, i) => a.udaf.merge(accs[i], s.accs[i]));
            ts = Math.max(ts, s.ts);
          }
          accs = apply(accs, row, false);
          const rest = list.filter((s) => !overlapping.includes(s));
          for (const s of overlapping) {
            const w = { start: s.start, end: s.end };
            const kk = keyText(gk, w);
            suppressed.delete(kk);
            if (!emitFinal) {
              if (!having || live.has(kk)) rt.emit(tomb(gk, keyIdx, evals, s, w, row));
              live.delete(kk);
            }
          }
          const session = { start, end, accs, ts };
          rest.push(session);
          sessions.put(k, rest);
          result(gk, { accs, ts }, { start, end }, row);
        } else {
          for (const w of timeWindows(row.ts)) {
            if (w.end <= streamTime - grace) continue;
            const k = keyText(gk, w);
            const state = store.get(k) ?? { accs: init(), ts: row.ts };
            state.accs = apply(state.accs, row, false);
            state.ts = Math.max(state.ts, row.ts);
            store.put(k, state);
            result(gk, state, w, row);
          }
        }
        flushFinal();
      };

      const tableRow = (row: Row) => {
        const ik = keyText(row.key, row.window);
        const old = prevRows.get(ik);
        streamTime = Math.max(streamTime, row.ts);
        const groupOf = (r: Row): unknown[] | null => {
          if (r.value === null || (where && where(r) !== true)) return null;
          const gk = groupEvals.map((f) => f(r));
          return gk.some((v) => v === null) ? null : gk;
        };
        const oldRow: Row | null = old
          ? { key: old.key, value: old.value, ts: old.ts, partition: row.partition, offset: row.offset }
          : null;
        const oldGk = oldRow ? groupOf(oldRow) : null;
        const newGk = groupOf(row);
        if (row.value === null) prevRows.delete(ik);
        else prevRows.put(ik, { key: row.key, value: row.value, ts: row.ts });
        const same = oldGk && newGk && keyText(oldGk) === keyText(newGk);
        if (oldGk && oldRow) {
          const k = keyText(oldGk);
          const state = store.get(k) ?? { accs: init(), ts: row.ts };
          state.accs = apply(state.accs, oldRow, true);
          state.ts = row.ts;
          store.put(k, state);
          if (!same) result(oldGk, state, undefined, row);
        }
        if (newGk) {
          const k = keyText(newGk);
          const state = store.get(k) ?? { accs: init(), ts: row.ts };
          state.accs = apply(state.accs, row, false);
          state.ts = row.ts;
          store.put(k, state);
          result(newGk, state, undefined, row);
        }
      };
      return head.instantiate(rt, tableInput ? tableRow : streamRow);
    },
  };
}

/** Tombstone of a merged-away session, keyed like a normal output row. */
function tomb(
  gk: unknown[],
  keyIdx: number[],
  evals: ((r: Row) => unknown)[],
  s: { ts: number },
  w: Window,
  base: Row,
): Row {
  const aggRow: Row = { key: gk, value: null, ts: s.ts, partition: base.partition, offset: base.offset, window: w };
  return { ...aggRow, key: keyIdx.map((i) => evals[i](aggRow)) };
}

function resolveAgg(e: Expr & { k: 'call' }, cctx: CompileContext, ctx: PlanContext, tableInput: boolean): AggCall {
  const args = e.args.map((a) => compile(a, cctx));
  const argTypes = args.map((a) => a.type);
  let resolved: ReturnType<PlanContext['functions']['resolveAggregate']>;
  try {
    resolved = ctx.functions.resolveAggregate(e.name, argTypes, {
      literals: args.map((a) => (a.constant ? a.constant.value : undefined)),
      config: ctx.config,
    });
  } catch (err) {
    throw new SqlError((err as Error).message, e.pos);
  }
  const arity = resolved.overload.params.length;
  for (let i = arity; i < args.length; i++) {
    if (!args[i].constant) {
      throw new SqlError(`Parameter ${i + 1} of ${e.name} must be a literal: ${formatExpr(e.args[i])}`, e.pos);
    }
  }
  const udaf = resolved.overload.create({
    argTypes: resolved.paramTypes,
    generics: resolved.generics,
    literals: args.map((a) => (a.constant ? a.constant.value : undefined)),
    config: ctx.config,
  });
  if (tableInput && !udaf.undo) {
    throw new SqlError(
      `The aggregation functions ${e.name} cannot be applied to a table source, only to a stream source.`,
      e.pos,
    );
  }
  return {
    text: formatExpr(e),
    udaf,
    args: args.slice(0, arity).map((a, i) => safe(coerceTo(a, resolved.paramTypes[i] ?? a.type))),
    arity,
    returnType: resolved.returnType,
    overload: resolved.overload,
  };
}
