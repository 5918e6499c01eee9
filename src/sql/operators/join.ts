/**
 * The join kinds' common part: each side's key expression (ON), and the joined row: keyed by the join key,
 * its value the left side's columns then the right side's (steps.ts, "Row layouts"). The kinds live in
 * join-stream-stream.ts, join-stream-table.ts and join-table-table.ts.
 */
import { compile, safe } from '../expr/compile';
import type { Row } from '../expr/row';
import { isSource, type JoinStep, type Step } from '../plan/steps';
import { contextOf } from './context';
import { streamStream } from './join-stream-stream';
import { streamTable } from './join-stream-table';
import { foreignKeyJoin, tableTable } from './join-table-table';
import { type BuildEnv, keyString, type RowHandler, type Runtime } from './runtime';

/** Builds the joined row from a left row and a right row (either may be missing in outer joins). */
export type Build = (key: unknown, l: Row | null, r: Row | null, ts: number, base: Row) => Row;
/** The store key of a join key (and window, for windowed sources). */
export type KeyText = (k: unknown, w?: Row['window']) => string;

/** One side's columns in the joined row: a source's key, value, pseudo columns (and window bounds); a join's value as it is. */
function flattener(step: Step): (row: Row | null) => unknown[] {
  if (!isSource(step)) {
    const width = step.schema.value.length;
    return (row) => (row?.value ? row.value : new Array(width).fill(null));
  }
  const nk = step.schema.key.length;
  const nv = step.schema.value.length;
  const windowed = !!step.window;
  const width = nk + nv + (windowed ? 5 : 3);
  return (row) => {
    if (!row) return new Array(width).fill(null);
    const flat = [
      ...row.key,
      ...(row.value ?? new Array(nv).fill(null)),
      BigInt(row.ts),
      row.partition,
      BigInt(row.offset),
    ];
    if (windowed) flat.push(row.window ? BigInt(row.window.start) : null, row.window ? BigInt(row.window.end) : null);
    return flat;
  };
}

/** The handlers of a join's left and right input rows. */
export function buildJoin(step: JoinStep, env: BuildEnv, next: RowHandler): [RowHandler, RowHandler] {
  const lk = safe(compile(step.leftKey, contextOf(step.left, env)));
  const rk = safe(compile(step.rightKey, contextOf(step.right, env)));
  const leftFlat = flattener(step.left);
  const rightFlat = flattener(step.right);
  const build: Build = (key, l, r, ts, base) => ({
    key: [key],
    value: [...leftFlat(l), ...rightFlat(r)],
    ts,
    partition: base.partition,
    offset: base.offset,
    window: l?.window ?? r?.window,
  });
  const keyText: KeyText = (k, w) => keyString([k]) + (w ? `@${w.start}-${w.end}` : '');
  const rt: Runtime = env.rt;
  let handlers: RowHandler[];
  switch (step.type) {
    case 'StreamStreamJoin':
      handlers = streamStream(step, lk, rk, build, keyText, next);
      break;
    case 'StreamTableJoin':
      handlers = streamTable(step, lk, rk, build, keyText, rt, next);
      break;
    case 'ForeignKeyTableTableJoin':
      handlers = foreignKeyJoin(step, lk, build, keyText, rt, next);
      break;
    case 'TableTableJoin':
      handlers = tableTable(step, lk, rk, build, keyText, rt, next);
      break;
  }
  return [handlers[0], handlers[1]];
}
