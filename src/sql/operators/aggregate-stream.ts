/**
 * Stream aggregations without a window and over TUMBLING / HOPPING windows: each row updates its group's
 * accumulators (in every window covering its time) and emits the new result. A row whose every window closed
 * (end <= stream time - grace) is dropped. The stream time goes to the step above (suppression).
 */
import type { Window } from '../expr/row';
import { AGGREGATE_STORES } from '../plan/stores';
import type { AggregateStep } from '../plan/steps';
import type { AggregateParts } from './aggregate';
import type { BuildEnv, RowHandler } from './runtime';

/** The windows of size `size` starting every `advance` ms that contain `ts`, oldest first. */
export function timeWindows(ts: number, size: number, advance: number): Window[] {
  const out: Window[] = [];
  let start = Math.floor(ts / advance) * advance;
  while (start > ts - size) {
    if (start >= 0) out.unshift({ start, end: start + size });
    start -= advance;
  }
  return out;
}

export function buildStreamAggregate(
  step: AggregateStep,
  env: BuildEnv,
  parts: AggregateParts,
  next: RowHandler,
): RowHandler {
  const store = env.rt.store<{ accs: unknown[]; ts: number }>(AGGREGATE_STORES.materialize);
  // every aggregation keeps the same stores (their changelog topics are the query's, whatever its shape)
  env.rt.store(AGGREGATE_STORES.sessions);
  env.rt.store(AGGREGATE_STORES.input);
  const { accumulators: accs, keyText, result } = parts;
  const win = step.window;
  const grace = step.grace ?? 0;
  const size = win?.size ?? 0;
  const advance = win?.type === 'HOPPING' ? win.advance! : size;
  let streamTime = Number.NEGATIVE_INFINITY;
  const add = (gk: unknown[], k: string, row: Parameters<RowHandler>[0], w?: Window) => {
    const state = store.get(k) ?? { accs: accs.init(), ts: row.ts };
    state.accs = accs.apply(state.accs, row, false);
    state.ts = Math.max(state.ts, row.ts);
    store.put(k, state);
    result(gk, state, w, row);
  };
  return (row) => {
    if (row.value === null) return;
    const gk = parts.groupOf(row);
    if (!gk) return;
    streamTime = Math.max(streamTime, row.ts);
    if (!win) add(gk, keyText(gk), row);
    else {
      for (const w of timeWindows(row.ts, size, advance)) {
        if (w.end <= streamTime - grace) continue;
        add(gk, keyText(gk, w), row, w);
      }
    }
    next.onStreamTime?.(streamTime);
  };
}
