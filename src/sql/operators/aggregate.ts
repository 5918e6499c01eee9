/**
 * Aggregations (StreamAggregate, StreamWindowedAggregate, TableAggregate), built from the AGGREGATE step and
 * the GROUP BY step under it: the operator groups the input rows itself (the group key is computed from the
 * input row, whose columns the aggregate arguments read too) and emits one aggregated row per change, keyed by
 * the group values (and window), its value the aggregate results (steps.ts, "Row layouts"). HAVING,
 * suppression (EMIT FINAL) and the projection are the steps above. The kinds: aggregate-stream.ts (no window,
 * TUMBLING, HOPPING), aggregate-session.ts (SESSION), aggregate-table.ts (tables: undo the replaced row).
 */
import { compile, safe } from '../expr/compile';
import type { Row, Window } from '../expr/row';
import type { AggregateStep } from '../plan/steps';
import { Accumulators, resolveAgg } from './aggregate-calls';
import { buildSessionAggregate } from './aggregate-session';
import { buildStreamAggregate } from './aggregate-stream';
import { buildTableAggregate } from './aggregate-table';
import { contextOf } from './context';
import { type BuildEnv, keyString, type RowHandler } from './runtime';

/** What every aggregation kind is built from. */
export interface AggregateParts {
  /** The group values of an input row (null when a value is null: such rows are skipped). */
  groupOf(row: Row): unknown[] | null;
  accumulators: Accumulators;
  /** The store key of a group (and window). */
  keyText(gk: unknown[], w?: Window): string;
  /** Emits the aggregated row of a group from its state. */
  result(gk: unknown[], state: { accs: unknown[]; ts: number }, w: Window | undefined, base: Row): void;
}

export function buildAggregate(step: AggregateStep, env: BuildEnv, next: RowHandler): RowHandler {
  const input = contextOf(step.source.source, env);
  const groupEvals = step.source.groupBy.map((g) => safe(compile(g, input)));
  const table = step.type === 'TableAggregate';
  const accumulators = new Accumulators(step.aggregates.map((a) => resolveAgg(a, input, table)));
  const parts: AggregateParts = {
    groupOf: (row) => {
      const gk = groupEvals.map((f) => f(row));
      return gk.some((v) => v === null) ? null : gk;
    },
    accumulators,
    keyText: (gk, w) => keyString(gk) + (w ? `@${w.start}-${w.end}` : ''),
    result: (gk, state, w, base) =>
      next({
        key: gk,
        value: accumulators.results(state.accs),
        ts: state.ts,
        partition: base.partition,
        offset: base.offset,
        window: w,
      }),
  };
  if (table) return buildTableAggregate(step, env, parts);
  if (step.window?.type === 'SESSION') return buildSessionAggregate(step, env, parts, next);
  return buildStreamAggregate(step, env, parts, next);
}
