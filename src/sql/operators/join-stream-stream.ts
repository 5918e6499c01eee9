/**
 * Stream-stream joins (StreamStreamJoin): both sides are buffered per key for the WITHIN window plus grace;
 * a row joins the other side's rows whose time is within [t - before, t + after] (seen from the left).
 * Outer results (LEFT, RIGHT, FULL) of unmatched rows are emitted at once without GRACE PERIOD, or when
 * the row's window closes with one (Kafka Streams' spurious-result fix).
 */
import type { Row } from '../expr/row';
import type { StreamStreamJoinStep } from '../plan/steps';
import type { Build, KeyText } from './join';
import type { RowHandler } from './runtime';

const DEFAULT_JOIN_GRACE_MS = 24 * 3600 * 1000;

export function streamStream(
  join: StreamStreamJoinStep,
  lk: (r: Row) => unknown,
  rk: (r: Row) => unknown,
  build: Build,
  keyText: KeyText,
  next: RowHandler,
): RowHandler[] {
  const before = join.within.before;
  const after = join.within.after;
  const explicitGrace = join.within.grace;
  const grace = explicitGrace ?? DEFAULT_JOIN_GRACE_MS;
  const retention = before + after + grace;
  const buffers = [new Map<string, Row[]>(), new Map<string, Row[]>()];
  // unmatched outer candidates, emitted when their window closes (only with an explicit GRACE PERIOD)
  const outer: { side: 0 | 1; row: Row; key: unknown; k: string; closes: number; matched: boolean }[] = [];
  let streamTime = Number.NEGATIVE_INFINITY;
  const outerFor = (side: 0 | 1) =>
    join.joinType === 'FULL' || (side === 0 && join.joinType === 'LEFT') || (side === 1 && join.joinType === 'RIGHT');

  const emitClosed = () => {
    outer.sort((a, b) => a.row.ts - b.row.ts);
    for (let i = 0; i < outer.length; ) {
      const o = outer[i];
      if (o.matched) {
        outer.splice(i, 1);
        continue;
      }
      if (o.closes < streamTime) {
        outer.splice(i, 1);
        next(o.side === 0 ? build(o.key, o.row, null, o.row.ts, o.row) : build(o.key, null, o.row, o.row.ts, o.row));
        continue;
      }
      i++;
    }
  };

  const handler = (side: 0 | 1) => (row: Row) => {
    if (row.value === null) return;
    const key = side === 0 ? lk(row) : rk(row);
    if (key === null) return;
    const k = keyText(key, row.window);
    const advanced = row.ts >= streamTime;
    streamTime = Math.max(streamTime, row.ts);
    if (explicitGrace !== undefined && advanced) emitClosed();
    const others = buffers[1 - side].get(k) ?? [];
    // left row t matches right rows in [t - before, t + after]; a right row t matches lefts in [t - after, t + before]
    const from = side === 0 ? row.ts - before : row.ts - after;
    const to = side === 0 ? row.ts + after : row.ts + before;
    let matched = false;
    // the window store returns matches in timestamp order
    const inWindow = others.filter((o) => o.ts >= from && o.ts <= to).sort((a, b) => a.ts - b.ts);
    for (const o of inWindow) {
      matched = true;
      const ts = Math.max(row.ts, o.ts);
      next(side === 0 ? build(key, row, o, ts, row) : build(key, o, row, ts, row));
      for (const c of outer) if (c.row === o) c.matched = true;
    }
    // keep the row for later matches unless it is already beyond retention
    if (row.ts >= streamTime - retention) {
      const list = buffers[side].get(k) ?? [];
      list.push(row);
      const horizon = streamTime - retention;
      buffers[side].set(
        k,
        list.filter((r) => r.ts >= horizon),
      );
    }
    if (!matched && outerFor(side)) {
      const windowEnd = to;
      if (explicitGrace === undefined || windowEnd < streamTime - grace) {
        next(side === 0 ? build(key, row, null, row.ts, row) : build(key, null, row, row.ts, row));
      } else outer.push({ side, row, key, k, closes: windowEnd + grace, matched: false });
    }
  };
  return [handler(0), handler(1)];
}
