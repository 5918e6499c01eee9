/**
 * Stream-table joins (StreamTableJoin): the table side is kept in a store by key; each stream row looks its
 * key up (INNER drops a miss, LEFT joins it to nulls). Table rows never emit.
 */
import type { Row } from '../expr/row';
import type { StreamTableJoinStep } from '../plan/steps';
import { joinStore } from '../plan/stores';
import type { Build, KeyText } from './join';
import type { RowHandler, Runtime } from './runtime';

export function streamTable(
  join: StreamTableJoinStep,
  lk: (r: Row) => unknown,
  rk: (r: Row) => unknown,
  build: Build,
  keyText: KeyText,
  rt: Runtime,
  next: RowHandler,
): RowHandler[] {
  const table = rt.store<Row>(joinStore(join, 'Join-Table'));
  return [
    (row) => {
      if (row.value === null) return;
      const key = lk(row);
      if (key === null) return;
      const r = table.get(keyText(key, row.window)) ?? null;
      if (!r && join.joinType !== 'LEFT') return;
      next(build(key, row, r, row.ts, row));
    },
    (row) => {
      const key = rk(row);
      if (key === null) return;
      const k = keyText(key, row.window);
      if (row.value === null) table.delete(k);
      else table.put(k, row);
    },
  ];
}
