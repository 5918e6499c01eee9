/**
 * Join planning and operators: stream-stream (WITHIN windows, eager or grace-deferred outer results),
 * stream-table (lookup), table-table on the primary key and table-table foreign-key joins.
 */
import { SqlError } from '../errors';
import { type Compiled, compile, safe } from '../expr/compile';
import { formatExpr } from '../expr/format';
import type { Column, Row, Schema } from '../expr/row';
import type { DataSource } from '../engine/metastore';
import type { Expr, JoinClause, Select } from '../parser/ast';
import { checkFormatSupports } from '../serde/formats';
import { formatType, T, typeEquals } from '../types';
import { type Head, keyString, type PlanContext, type Runtime } from './plan';
import { walkExpr } from './projection';
import { JoinScope, PSEUDO_COLUMNS, type SourceRef, SourceScope } from './scope';

const DEFAULT_JOIN_GRACE_MS = 24 * 3600 * 1000;

function sideRef(src: DataSource, alias: string | undefined): SourceRef {
  return { name: src.name, alias: alias ?? src.name, schema: src.schema, windowed: !!src.window };
}

/** Flattened columns of one side inside the joined row: key, value, then pseudo columns. */
function sideColumns(s: SourceRef): Column[] {
  return [
    ...s.schema.key.map((c) => ({ name: `${s.alias}_${c.name}`, type: c.type })),
    ...s.schema.value.map((c) => ({ name: `${s.alias}_${c.name}`, type: c.type })),
    { name: `${s.alias}_ROWTIME`, type: T.BIGINT },
    { name: `${s.alias}_ROWPARTITION`, type: T.INTEGER },
    { name: `${s.alias}_ROWOFFSET`, type: T.BIGINT },
  ];
}

function flatten(s: SourceRef, row: Row | null): unknown[] {
  const n = s.schema.key.length + s.schema.value.length;
  if (!row) return new Array(n + 3).fill(null);
  return [
    ...row.key,
    ...(row.value ?? new Array(s.schema.value.length).fill(null)),
    BigInt(row.ts),
    row.partition,
    BigInt(row.offset),
  ];
}

/** Which side(s) an expression references; throws ksqlDB's errors for unknown columns/sources. */
function sidesReferenced(e: Expr, sides: SourceRef[], join: JoinClause): Set<number> {
  const out = new Set<number>();
  walkExpr(e, (x) => {
    if (x.k !== 'col') return true;
    if (x.qualifier) {
      const i = sides.findIndex((s) => s.alias === x.qualifier || s.name === x.qualifier);
      if (i < 0) {
        throw new SqlError(
          `Failed to prepare statement: '${x.qualifier}' is not a valid stream/table name or alias.`,
          x.pos,
        );
      }
      const s = sides[i];
      if (
        !PSEUDO_COLUMNS.includes(x.name) &&
        !s.schema.key.some((c) => c.name === x.name) &&
        !s.schema.value.some((c) => c.name === x.name)
      ) {
        throw new SqlError(
          `Line: ${x.pos.line}, Col: ${x.pos.col + 1}: JOIN ON column '${x.qualifier}.${x.name}' cannot be resolved.`,
          x.pos,
        );
      }
      out.add(i);
      return true;
    }
    const owners = sides
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.schema.key.some((c) => c.name === x.name) || s.schema.value.some((c) => c.name === x.name));
    if (owners.length === 0) {
      throw new SqlError(
        `Line: ${x.pos.line}, Col: ${x.pos.col + 1}: JOIN ON column '${x.name}' cannot be resolved.`,
        x.pos,
      );
    }
    if (owners.length > 1) throw new SqlError(`Column '${x.name}' is ambiguous.`, x.pos);
    out.add(owners[0].i);
    return true;
  });
  void join;
  return out;
}

/** The left input of one join step: a source, or the joined rows of the previous step. */
interface JoinLeft {
  kind: 'STREAM' | 'TABLE';
  sides: SourceRef[];
  /** Set when the left input is a single source. */
  source?: { ref: SourceRef; src: DataSource };
  /** The previous step's head (multi-way joins). */
  previous?: Head;
  window?: DataSource['window'];
  columns: Column[];
  flat(row: Row | null): unknown[];
  inputs: DataSource[];
  instantiate(rt: Runtime, next: (row: Row) => void): ((row: Row) => void)[];
}

function sourceLeft(src: DataSource, alias: string | undefined): JoinLeft {
  const ref = sideRef(src, alias);
  return {
    kind: src.kind,
    sides: [ref],
    source: { ref, src },
    window: src.window,
    columns: sideColumns(ref),
    flat: (row) => flatten(ref, row),
    inputs: [src],
    instantiate: (_rt, next) => [next],
  };
}

function headLeft(head: Head): JoinLeft {
  const width = head.schema.value.length;
  return {
    kind: head.kind,
    sides: head.sides,
    previous: head,
    window: head.windowed,
    columns: head.schema.value,
    flat: (row) => (row?.value ? row.value : new Array(width).fill(null)),
    inputs: head.inputs,
    instantiate: (rt, next) => head.instantiate(rt, next),
  };
}

/** Joins left to right for each JOIN clause in turn (multi-way joins feed each result into the next join). */
export function planJoin(select: Select, ctx: PlanContext): Head {
  let left = sourceLeft(ctx.source(select.from.name, select.from.pos), select.from.alias);
  let head: Head | undefined;
  select.joins.forEach((join, i) => {
    head = joinStep(left, join, select, ctx, i);
    left = headLeft(head);
  });
  return head!;
}

function joinStep(leftIn: JoinLeft, join: JoinClause, select: Select, ctx: PlanContext, step: number): Head {
  const rightSrc = ctx.source(join.right.name, join.right.pos);
  const leftName = leftIn.source?.src.name ?? leftIn.sides.map((s) => s.name).join('_');
  const selfJoined = leftIn.sides.find((s) => s.name === rightSrc.name);
  if (selfJoined) {
    throw new SqlError(
      `Can not join '${selfJoined.name}' to '${rightSrc.name}': self joins are not yet supported.`,
      join.pos,
    );
  }
  const right = sideRef(rightSrc, join.right.alias);
  const sides = [...leftIn.sides, right];
  if (!!leftIn.window !== !!rightSrc.window) {
    const leftRef = leftIn.sides[0];
    const [w, nw] = leftIn.window ? [leftRef, right] : [right, leftRef];
    const ws = leftIn.window ?? rightSrc.window!;
    throw new SqlError(
      `Can not join windowed source to non-windowed source.\n\`${w.name}\` is ${ws.type} windowed\n\`${nw.name}\` is not windowed`,
    );
  }
  const kinds = `${leftIn.kind}-${rightSrc.kind}`;
  const typeName = join.type === 'FULL' ? '[FULL] OUTER' : `[${join.type}]`;
  if (kinds === 'TABLE-STREAM') {
    throw new SqlError(
      `Invalid join order: table-stream joins are not supported; only stream-table joins. Got ${leftName} ${typeName} JOIN ${rightSrc.name}.`,
    );
  }
  if (kinds === 'STREAM-TABLE' && (join.type === 'FULL' || join.type === 'RIGHT')) {
    throw new SqlError(
      `Invalid join type: ${join.type === 'FULL' ? 'full-outer' : 'right'} join not supported for stream-table join. Got ${leftName} ${typeName} JOIN ${rightSrc.name}.`,
    );
  }
  // ON: one equality, each side referencing exactly one source
  const on = join.on;
  if (on.k !== 'binary' || on.op !== '=') {
    throw new SqlError(`Unsupported join expression: ${formatExpr(on)}. Only equi-joins are supported.`, on.pos);
  }
  let lExpr = on.left;
  let rExpr = on.right;
  walkExpr(on, (x) => {
    if (x.k === 'col' && x.qualifier && !sides.some((sd) => sd.alias === x.qualifier || sd.name === x.qualifier)) {
      throw new SqlError(
        `Failed to prepare statement: '${x.qualifier}' is not a valid stream/table name or alias.`,
        x.pos,
      );
    }
    return true;
  });
  const ls = sidesReferenced(lExpr, sides, join);
  const rs = sidesReferenced(rExpr, sides, join);
  for (const [e, refs] of [
    [lExpr, ls],
    [rExpr, rs],
  ] as const) {
    if (refs.size !== 1) {
      throw new SqlError(
        `Invalid comparison expression '${formatExpr(e)}' in join '${formatExpr(on)}'. Each side of the join comparision must contain references from exactly one source.`,
        on.pos,
      );
    }
  }
  const rightIdx = sides.length - 1;
  const sideOf = (refs: Set<number>) => sides[[...refs][0]];
  const written = `${qualified(on.left, sideOf(ls))} = ${qualified(on.right, sideOf(rs))}`;
  const isRight = (refs: Set<number>) => refs.has(rightIdx);
  if (isRight(ls) && !isRight(rs)) [lExpr, rExpr] = [rExpr, lExpr];
  else if (isRight(ls) || !isRight(rs)) {
    throw new SqlError(`Invalid join expression '${formatExpr(on)}': both sides reference the same source.`, on.pos);
  }
  if (kinds === 'STREAM-STREAM' && !join.within) {
    throw new SqlError(
      'Stream-Stream joins must have a WITHIN clause specified. None was provided. To learn about how to specify a WITHIN clause with a stream-stream join, please visit: https://docs.confluent.io/current/ksql/docs/syntax-reference.html#create-stream-as-select',
    );
  }
  if (kinds !== 'STREAM-STREAM' && join.within) {
    throw new SqlError(
      `A window definition was provided for a ${kinds.toLowerCase().replace('-', '-')} join. WITHIN is only supported for stream-stream joins.`,
    );
  }

  const left = leftIn.source?.ref ?? sideOf(isRight(ls) ? rs : ls);
  const lScope = leftIn.source ? new SourceScope(leftIn.source.ref) : leftIn.previous!.scope;
  const rScope = new SourceScope(right);
  const lKey = compile(lExpr, { scope: lScope, functions: ctx.functions, config: ctx.config });
  const rKey = compile(rExpr, { scope: rScope, functions: ctx.functions, config: ctx.config });

  if (!typeEquals(lKey.type, rKey.type)) {
    const swapped = lExpr !== on.left;
    const [a, at, b, bt] = swapped ? [rExpr, rKey.type, lExpr, lKey.type] : [lExpr, lKey.type, rExpr, rKey.type];
    const q = (e: Expr) => qualified(e, sideOf(sidesReferenced(e, sides, join)));
    throw new SqlError(
      `Invalid join condition: types don't match. Got ${q(a)}{${formatType(at)}} = ${q(b)}{${formatType(bt)}}.`,
    );
  }
  const isCol = (e: Expr) => e.k === 'col';
  const isKeyCol = (e: Expr, s: SourceRef) => {
    if (s === left && leftIn.previous) {
      // the joined left input is keyed by the previous join key
      const text = formatExpr(e);
      return leftIn.previous.keyNames.some((k) => k.accepted.some((a) => formatExpr(a) === text));
    }
    return e.k === 'col' && s.schema.key.length === 1 && s.schema.key[0].name === e.name;
  };
  let foreignKey = false;
  if (kinds === 'TABLE-TABLE') {
    if (!isKeyCol(rExpr, right)) {
      throw new SqlError(
        `Invalid join condition: table-table joins require to join on the primary key of the right input table. Got ${written}.`,
      );
    }
    foreignKey = !isKeyCol(lExpr, left);
    if (foreignKey && (join.type === 'RIGHT' || join.type === 'FULL')) {
      throw new SqlError(`Invalid join type: foreign-key table-table joins do not support ${join.type} OUTER joins.`);
    }
  }
  if (kinds === 'STREAM-TABLE' && !isKeyCol(rExpr, right)) {
    throw new SqlError(
      `Invalid join condition: stream-table joins require to join on the table's primary key. Got ${qualified(lExpr, left)} = ${qualified(rExpr, right)}.`,
    );
  }
  if (leftIn.window && (!isKeyCol(lExpr, left) || !isKeyCol(rExpr, right))) {
    throw new SqlError(
      'Implicit repartitioning of windowed sources is not supported. See https://github.com/confluentinc/ksql/issues/4385.',
    );
  }

  // the joined row's key column
  const synthetic = foreignKey ? false : join.type === 'FULL' ? true : !(isCol(lExpr) || isCol(rExpr));
  const value: Column[] = [...leftIn.columns, ...sideColumns(right)];
  let keyCol: Column;
  let keyNames: Head['keyNames'];
  if (foreignKey && leftIn.previous) {
    keyCol = leftIn.previous.schema.key[0];
    keyNames = leftIn.previous.keyNames;
  } else if (foreignKey) {
    const k = left.schema.key[0];
    keyCol = { name: `${left.alias}_${k.name}`, type: k.type };
    keyNames = [{ name: `${left.alias}.${k.name}`, accepted: acceptedRefs(k.name, left, sides, select) }];
  } else if (synthetic) {
    keyCol = { name: 'ROWKEY', type: lKey.type };
    keyNames = [{ name: 'ROWKEY', accepted: [{ k: 'col', name: 'ROWKEY', pos: select.pos }] }];
  } else {
    const colSide = (e: Expr & { k: 'col' }) =>
      sides.find((sd) => sd.alias === e.qualifier || sd.name === e.qualifier) ??
      sides.find(
        (sd) => sd.schema.key.some((c) => c.name === e.name) || sd.schema.value.some((c) => c.name === e.name),
      ) ??
      left;
    const keySide = isCol(lExpr) ? colSide(lExpr as Expr & { k: 'col' }) : right;
    const keyExpr = (isCol(lExpr) ? lExpr : rExpr) as Expr & { k: 'col' };
    keyCol = { name: `${keySide.alias}_${keyExpr.name}`, type: (isCol(lExpr) ? lKey : rKey).type };
    const accepted = acceptedRefs(keyExpr.name, keySide, sides, select);
    if (isCol(lExpr) && isCol(rExpr))
      accepted.push(...acceptedRefs((rExpr as Expr & { k: 'col' }).name, right, sides, select));
    keyNames = [{ name: `${keySide.alias}.${keyExpr.name}`, accepted }];
  }
  checkFormatSupports({ format: 'JSON' }, [keyCol], 'key');
  const schema: Schema = { key: [keyCol], value };
  const scope = new JoinScope(sides, schema);

  const kind = kinds === 'TABLE-TABLE' ? 'TABLE' : 'STREAM';
  const lk = safe(lKey);
  const rk = safe(rKey);
  const build = (key: unknown, l: Row | null, r: Row | null, ts: number, base: Row): Row => ({
    key: [key],
    value: [...leftIn.flat(l), ...flatten(right, r)],
    ts,
    partition: base.partition,
    offset: base.offset,
    window: l?.window ?? r?.window,
  });
  const keyText = (k: unknown, w?: Row['window']) => keyString([k]) + (w ? `@${w.start}-${w.end}` : '');

  return {
    kind,
    sides,
    isJoin: true,
    schema,
    scope,
    inputs: [...leftIn.inputs, rightSrc],
    windowed: leftIn.window,
    keyNames,
    instantiate(rt: Runtime, next) {
      const prefix = step === 0 ? '' : `J${step}-`;
      const stepRt: Runtime = { emit: rt.emit, store: (name) => rt.store(prefix + name) };
      let handlers: ((row: Row) => void)[];
      if (kinds === 'STREAM-STREAM') handlers = streamStream(join, lk, rk, build, keyText, next);
      else if (kinds === 'STREAM-TABLE') handlers = streamTable(join, lk, rk, build, keyText, stepRt, next);
      else if (foreignKey) handlers = foreignKeyJoin(join, lk, build, keyText, stepRt, next);
      else handlers = tableTable(join, lk, rk, build, keyText, stepRt, next);
      return [...leftIn.instantiate(rt, handlers[0]), handlers[1]];
    },
  };
}

function qualified(e: Expr, s: SourceRef): string {
  if (e.k === 'col') return `${e.qualifier ?? s.alias}.${e.name}`;
  return formatExpr(e);
}

/** The projection expressions that count as selecting a side's column (qualified by alias or name, or bare). */
function acceptedRefs(name: string, side: SourceRef, sides: SourceRef[], select: Select): Expr[] {
  const pos = select.pos;
  const out: Expr[] = [
    { k: 'col', qualifier: side.alias, name, pos },
    { k: 'col', qualifier: side.name, name, pos },
  ];
  const owners = sides.filter(
    (s) => s.schema.key.some((c) => c.name === name) || s.schema.value.some((c) => c.name === name),
  );
  if (owners.length === 1) out.push({ k: 'col', name, pos });
  return out;
}

type Build = (key: unknown, l: Row | null, r: Row | null, ts: number, base: Row) => Row;
type KeyText = (k: unknown, w?: Row['window']) => string;

function streamStream(
  join: JoinClause,
  lk: (r: Row) => unknown,
  rk: (r: Row) => unknown,
  build: Build,
  keyText: KeyText,
  next: (row: Row) => void,
): ((row: Row) => void)[] {
  const before = join.within!.before.ms;
  const after = join.within!.after.ms;
  const explicitGrace = join.within!.grace?.ms;
  const grace = explicitGrace ?? DEFAULT_JOIN_GRACE_MS;
  const retention = before + after + grace;
  const buffers = [new Map<string, Row[]>(), new Map<string, Row[]>()];
  // unmatched outer candidates, emitted when their window closes (only with an explicit GRACE PERIOD)
  const outer: { side: 0 | 1; row: Row; key: unknown; k: string; closes: number; matched: boolean }[] = [];
  let streamTime = Number.NEGATIVE_INFINITY;
  const outerFor = (side: 0 | 1) =>
    join.type === 'FULL' || (side === 0 && join.type === 'LEFT') || (side === 1 && join.type === 'RIGHT');

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

function streamTable(
  join: JoinClause,
  lk: (r: Row) => unknown,
  rk: (r: Row) => unknown,
  build: Build,
  keyText: KeyText,
  rt: Runtime,
  next: (row: Row) => void,
): ((row: Row) => void)[] {
  const table = rt.store<Row>('Join-Table');
  return [
    (row) => {
      if (row.value === null) return;
      const key = lk(row);
      if (key === null) return;
      const r = table.get(keyText(key, row.window)) ?? null;
      if (!r && join.type !== 'LEFT') return;
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

function tableTable(
  join: JoinClause,
  lk: (r: Row) => unknown,
  rk: (r: Row) => unknown,
  build: Build,
  keyText: KeyText,
  rt: Runtime,
  next: (row: Row) => void,
): ((row: Row) => void)[] {
  const stores = [rt.store<Row>('Join-Left'), rt.store<Row>('Join-Right')];
  const live = new Set<string>();
  const emit = (key: unknown, k: string, base: Row) => {
    const l = stores[0].get(k) ?? null;
    const r = stores[1].get(k) ?? null;
    const present =
      join.type === 'INNER' ? !!(l && r) : join.type === 'LEFT' ? !!l : join.type === 'RIGHT' ? !!r : !!(l || r);
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

function foreignKeyJoin(
  join: JoinClause,
  fk: (r: Row) => unknown,
  build: Build,
  keyText: KeyText,
  rt: Runtime,
  next: (row: Row) => void,
): ((row: Row) => void)[] {
  const lefts = rt.store<Row>('FkJoin-Left');
  const rights = rt.store<Row>('FkJoin-Right');
  const live = new Set<string>();
  const emitFor = (l: Row | null, lkText: string, base: Row) => {
    const leftKey = l ? l.key[0] : null;
    const fkv = l ? fk(l) : null;
    const r = fkv === null ? null : (rights.get(keyText(fkv)) ?? null);
    if (l && (r || join.type === 'LEFT')) {
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

export type { Compiled };
