/**
 * EMIT FINAL (TableSuppress): holds the newest result of each window and lets it go once the window closes,
 * as Kafka Streams' emit-on-window-close. A retraction (a merged-away session) drops the held result.
 * - Time windows: when the close time (stream time - grace) advances, windows starting in
 *   (last close - size, close - size] that are still retained (start >= stream time - retention; retention
 *   is RETENTION or size + grace) go out once, oldest first.
 * - Sessions: a session goes out when its end + grace <= stream time, earliest end first.
 */
import type { Row } from '../expr/row';
import type { SuppressStep } from '../plan/steps';
import { keyString, type RowHandler } from './runtime';

export function buildSuppress(step: SuppressStep, next: RowHandler): RowHandler {
  const held = new Map<string, Row>();
  const grace = step.grace;
  const win = step.window;
  const keyText = (row: Row) => keyString(row.key) + (row.window ? `@${row.window.start}-${row.window.end}` : '');
  let lastEmitCloseTime: number | null = null;

  const flushTimeWindows = (streamTime: number) => {
    const size = win.size ?? 0;
    const closeTime = streamTime - grace;
    const retention = win.retention ?? size + grace;
    for (const [k, r] of held) {
      if (r.window && r.window.start < streamTime - retention) held.delete(k);
    }
    if (lastEmitCloseTime !== null && lastEmitCloseTime >= closeTime) return;
    const upper = closeTime - size;
    if (upper < 0) return;
    const lower = lastEmitCloseTime === null ? 0 : Math.max(0, lastEmitCloseTime - size) + 1;
    const due = [...held.entries()].filter(([, r]) => r.window && r.window.start >= lower && r.window.start <= upper);
    due.sort((a, b) => a[1].window!.start - b[1].window!.start || (a[0] < b[0] ? -1 : 1));
    for (const [k, r] of due) {
      held.delete(k);
      next(r);
    }
    lastEmitCloseTime = closeTime;
  };
  const flushSessions = (streamTime: number) => {
    const due = [...held.entries()].filter(([, r]) => r.window && r.window.end + grace <= streamTime);
    due.sort((a, b) => a[1].window!.end - b[1].window!.end);
    for (const [k, r] of due) {
      held.delete(k);
      next(r);
    }
  };

  const handler: RowHandler = (row) => {
    const k = keyText(row);
    held.delete(k);
    if (row.value !== null) held.set(k, row);
  };
  handler.onStreamTime = win.type === 'SESSION' ? flushSessions : flushTimeWindows;
  return handler;
}
