/**
 * SESSION windows: a row joins (and merges) every session of its group within the gap of its time; the
 * merged sessions are retracted (a tombstone per session) and the merged one emitted. Sessions older than
 * gap + grace are gone (the store's retention), and rows that could only land there are dropped.
 */
import { AGGREGATE_STORES } from '../plan/stores';
import type { AggregateStep } from '../plan/steps';
import type { AggregateParts } from './aggregate';
import type { BuildEnv, RowHandler } from './runtime';

interface Session {
  start: number;
  end: number;
  accs: unknown[];
  ts: number;
}

export function buildSessionAggregate(
  step: AggregateStep,
  env: BuildEnv,
  parts: AggregateParts,
  next: RowHandler,
): RowHandler {
  env.rt.store(AGGREGATE_STORES.materialize);
  const sessions = env.rt.store<Session[]>(AGGREGATE_STORES.sessions);
  env.rt.store(AGGREGATE_STORES.input);
  const { accumulators: accs, keyText, result } = parts;
  const gap = step.window!.size ?? 0;
  const grace = step.grace ?? 0;
  let streamTime = Number.NEGATIVE_INFINITY;
  return (row) => {
    if (row.value === null) return;
    const gk = parts.groupOf(row);
    if (!gk) return;
    streamTime = Math.max(streamTime, row.ts);
    const k = keyText(gk);
    const list = (sessions.get(k) ?? []).filter((s) => s.end >= streamTime - gap - grace);
    const overlapping = list.filter((s) => s.end + gap >= row.ts && s.start - gap <= row.ts);
    const start = Math.min(row.ts, ...overlapping.map((s) => s.start));
    const end = Math.max(row.ts, ...overlapping.map((s) => s.end));
    if (end < streamTime - gap - grace) return;
    let merged = accs.init();
    let ts = row.ts;
    for (const s of overlapping) {
      merged = accs.merge(merged, s.accs);
      ts = Math.max(ts, s.ts);
    }
    merged = accs.apply(merged, row, false);
    const rest = list.filter((s) => !overlapping.includes(s));
    for (const s of overlapping) {
      // the merged-away session is retracted
      next({
        key: gk,
        value: null,
        ts: s.ts,
        partition: row.partition,
        offset: row.offset,
        window: { start: s.start, end: s.end },
      });
    }
    rest.push({ start, end, accs: merged, ts });
    sessions.put(k, rest);
    result(gk, { accs: merged, ts }, { start, end }, row);
    next.onStreamTime?.(streamTime);
  };
}
