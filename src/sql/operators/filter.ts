/**
 * WHERE and HAVING (StreamFilter, TableFilter). On a stream a row passes when the condition is true; null
 * values never pass (ksqlDB's predicate rejects a null row). On a table a row failing the condition retracts
 * its key: a tombstone goes on, once, if the key had passed before.
 */
import { compile, safe } from '../expr/compile';
import type { Row } from '../expr/row';
import type { FilterStep } from '../plan/steps';
import { contextOf } from './context';
import { type BuildEnv, keyString, type RowHandler } from './runtime';

export function buildFilter(step: FilterStep, env: BuildEnv, next: RowHandler): RowHandler {
  const predicate = safe(compile(step.filter, contextOf(step.source, env)));
  if (step.type === 'StreamFilter') {
    return (row) => {
      if (row.value === null || predicate(row) !== true) return;
      next(row);
    };
  }
  // a source table's tombstone passes even for a key never seen (it may have passed before this query ran);
  // after an aggregation (HAVING) only a key that passed is retracted
  const src = step.source.type;
  const passUnknownTombstones = !(src === 'TableSuppress' || src.endsWith('Aggregate'));
  const live = new Set<string>();
  const keyOf = (row: Row) => keyString(row.key) + (row.window ? `@${row.window.start}-${row.window.end}` : '');
  return (row) => {
    const k = keyOf(row);
    if (row.value === null || predicate(row) !== true) {
      if ((row.value === null && passUnknownTombstones) || live.has(k)) next({ ...row, value: null });
      live.delete(k);
      return;
    }
    live.add(k);
    next(row);
  };
}
