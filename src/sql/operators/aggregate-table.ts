/**
 * Table aggregations (TableAggregate): a table row replaces the previous row of its key, so the previous
 * row (kept per input key) is undone from its group before the new one is added; a group left by a row
 * emits its new result too. UDAFs need `undo` (the planner refuses those without).
 */
import type { Row } from '../expr/row';
import { AGGREGATE_STORES } from '../plan/stores';
import type { AggregateStep } from '../plan/steps';
import type { AggregateParts } from './aggregate';
import type { BuildEnv, RowHandler } from './runtime';

export function buildTableAggregate(_step: AggregateStep, env: BuildEnv, parts: AggregateParts): RowHandler {
  const store = env.rt.store<{ accs: unknown[]; ts: number }>(AGGREGATE_STORES.materialize);
  env.rt.store(AGGREGATE_STORES.sessions);
  const prevRows = env.rt.store<{ key: unknown[]; value: unknown[]; ts: number }>(AGGREGATE_STORES.input);
  const { accumulators: accs, keyText, result } = parts;
  const groupOf = (r: Row) => (r.value === null ? null : parts.groupOf(r));
  /** Adds or undoes `row` in group `gk`; the group's time becomes `ts`, the time of the change. */
  const update = (gk: unknown[], row: Row, undo: boolean, ts: number) => {
    const k = keyText(gk);
    const state = store.get(k) ?? { accs: accs.init(), ts };
    state.accs = accs.apply(state.accs, row, undo);
    state.ts = ts;
    store.put(k, state);
    return state;
  };
  return (row) => {
    const ik = keyText(row.key, row.window);
    const old = prevRows.get(ik);
    const oldRow: Row | null = old
      ? { key: old.key, value: old.value, ts: old.ts, partition: row.partition, offset: row.offset }
      : null;
    const oldGk = oldRow ? groupOf(oldRow) : null;
    const newGk = groupOf(row);
    if (row.value === null) prevRows.delete(ik);
    else prevRows.put(ik, { key: row.key, value: row.value, ts: row.ts });
    const same = oldGk && newGk && keyText(oldGk) === keyText(newGk);
    if (oldGk && oldRow) {
      const state = update(oldGk, oldRow, true, row.ts);
      if (!same) result(oldGk, state, undefined, row);
    }
    if (newGk) result(newGk, update(newGk, row, false, row.ts), undefined, row);
  };
}
