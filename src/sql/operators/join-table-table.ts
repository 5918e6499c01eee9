/**
 * Table-table joins: on the primary key (TableTableJoin: both sides in stores, every change re-joins its key;
 * a key that stops matching is retracted) and on a foreign key (ForeignKeyTableTableJoin: the left row's
 * foreign key looks up the right table; a right change re-joins every left row pointing at it).
 */
import type { Row } from '../expr/row';
import { joinStore } from '../plan/stores';
import type { ForeignKeyJoinStep, TableTableJoinStep } from '../plan/steps';
import type { Build, KeyText } from './join';
import type { RowHandler, Runtime } from './runtime';

export function tableTable(
  join: TableTableJoinStep,
  lk: (r: Row) => unknown,
  rk: (r: Row) => unknown,
  build: Build,
  keyText: KeyText,
  rt: Runtime,
  next: RowHandler,
): RowHandler[] {
  const stores = [rt.store<Row>(joinStore(join, 'Join-Left')), rt.store<Row>(joinStore(join, 'Join-Right'))];
  const live = new Set<string>();
  const emit = (key: unknown, k: string, base: Row) => {
    const l = stores[0].get(k) ?? null;
    const r = stores[1].get(k) ?? null;
    const present =
      join.joinType === 'INNER'
        ? !!(l && r)
        : join.joinType === 'LEFT'
          ? !!l
          : join.joinType === 'RIGHT'
            ? !!r
            : !!(l || r);
    const ts = Math.max(l?.ts ?? Number.NEGATIVE_INFINITY, r?.ts ?? Number.NEGATIVE_INFINITY, base.ts);
    if (present) {
      live.add(k);
      next(build(key, l, r, Math.max(l?.ts ?? 0, r?.ts ?? 0), base));
    } else if (live.delete(k)) {
      next({
        key: [key],
        value: null,
        ts: base.ts,
        partition: base.partition,
        offset: base.offset,
        window: base.window,
      });
    }
    void ts;
  };
  const handler = (side: 0 | 1) => (row: Row) => {
    const key = side === 0 ? lk(row) : rk(row);
    if (key === null) return;
    const k = keyText(key, row.window);
    if (row.value === null) {
      if (!stores[side].get(k)) return;
      stores[side].delete(k);
    } else stores[side].put(k, row);
    emit(key, k, row);
  };
  return [handler(0), handler(1)];
}

export function foreignKeyJoin(
  join: ForeignKeyJoinStep,
  fk: (r: Row) => unknown,
  build: Build,
  keyText: KeyText,
  rt: Runtime,
  next: RowHandler,
): RowHandler[] {
  const lefts = rt.store<Row>(joinStore(join, 'FkJoin-Left'));
  const rights = rt.store<Row>(joinStore(join, 'FkJoin-Right'));
  const live = new Set<string>();
  const emitFor = (l: Row | null, lkText: string, base: Row) => {
    const leftKey = l ? l.key[0] : null;
    const fkv = l ? fk(l) : null;
    const r = fkv === null ? null : (rights.get(keyText(fkv)) ?? null);
    if (l && (r || join.joinType === 'LEFT')) {
      live.add(lkText);
      next(build(leftKey, l, r, Math.max(l.ts, r?.ts ?? 0), base));
    } else if (live.delete(lkText)) {
      next({ key: [base.key[0]], value: null, ts: base.ts, partition: base.partition, offset: base.offset });
    }
  };
  return [
    (row) => {
      const k = keyText(row.key[0]);
      if (row.value === null) {
        lefts.delete(k);
        emitFor(null, k, row);
        return;
      }
      lefts.put(k, row);
      emitFor(row, k, row);
    },
    (row) => {
      const rk = keyText(row.key[0]);
      if (row.value === null) rights.delete(rk);
      else rights.put(rk, row);
      for (const [lkText, l] of lefts.entries()) {
        const v = fk(l);
        if (v !== null && keyText(v) === rk) emitFor(l, lkText, { ...row, key: l.key });
      }
    },
  ];
}
