/** Select-list handling shared by every query shape: `*` expansion, output names, key/value split. */
import { SqlError } from '../errors';
import { type Compiled, type CompileContext, compile } from '../expr/compile';
import { formatExpr } from '../expr/format';
import type { Column, Row } from '../expr/row';
import type { Expr, Pos, SelectItem } from '../parser/ast';
import { formatType, type SqlType, T } from '../types';
import { PSEUDO_COLUMNS, type SourceRef, WINDOW_BOUNDS } from './scope';

/** One select item after `*` expansion: its expression and output name. */
export interface ProjItem {
  expr: Expr;
  name: string;
  aliased: boolean;
  pos: Pos;
}

const RESERVED_NAMES = [...PSEUDO_COLUMNS, ...WINDOW_BOUNDS];

function colExpr(name: string, pos: Pos, qualifier?: string): Expr {
  return { k: 'col', name, qualifier, pos };
}

/**
 * Expands `*` / `X.*` and names every item. For joins, `*` yields `<ALIAS>_<COL>` names and qualified refs to
 * a column present on several sides are named `<ALIAS>_<COL>`.
 */
export function expandSelect(
  items: SelectItem[],
  sides: SourceRef[],
  isJoin: boolean,
  extraStarColumns: { name: string; expr: Expr }[] = [],
  typeOf?: (e: Expr) => SqlType,
  keysLast = false,
): ProjItem[] {
  const out: ProjItem[] = [];
  for (const item of items) {
    if (item.k === 'structStar') {
      const t = typeOf?.(item.expr);
      if (t?.base !== 'STRUCT') throw new SqlError(`Expected STRUCT type for ${formatExpr(item.expr)}->*`, item.pos);
      for (const f of t.fields) {
        out.push({
          expr: { k: 'deref', base: item.expr, field: f.name, pos: item.pos },
          name: '',
          aliased: false,
          pos: item.pos,
        });
      }
      continue;
    }
    if (item.k === 'star') {
      const targets = item.qualifier
        ? sides.filter((s) => s.alias === item.qualifier || s.name === item.qualifier)
        : sides;
      if (item.qualifier && targets.length === 0) {
        throw new SqlError(`'${item.qualifier}' is not a valid stream/table name or alias.`, item.pos);
      }
      if (!item.qualifier) {
        for (const extra of extraStarColumns)
          out.push({ expr: extra.expr, name: extra.name, aliased: true, pos: item.pos });
      }
      for (const s of targets) {
        // A join's SELECT * keeps each windowed side's bounds, after its key (ksqlDB's orderColumns).
        const bounds: Column[] = isJoin && s.windowed ? WINDOW_BOUNDS.map((name) => ({ name, type: T.BIGINT })) : [];
        const columns = keysLast
          ? [...s.schema.value, ...bounds, ...s.schema.key]
          : [...s.schema.key, ...bounds, ...s.schema.value];
        for (const c of columns) {
          if (c.headers && !isJoin) {
            out.push({ expr: colExpr(c.name, item.pos), name: c.name, aliased: false, pos: item.pos });
            continue;
          }
          out.push({
            expr: colExpr(c.name, item.pos, isJoin ? s.alias : undefined),
            name: isJoin ? `${s.alias}_${c.name}` : c.name,
            aliased: false,
            pos: item.pos,
          });
        }
        if (s.windowed && !isJoin && !item.qualifier && extraStarColumns.length === 0) {
          // ksqlDB's SELECT * over a windowed source includes the window bounds
        }
      }
      continue;
    }
    if (item.alias && RESERVED_NAMES.includes(item.alias.toUpperCase()) && item.alias === item.alias.toUpperCase()) {
      throw new SqlError(
        `\`${item.alias}\` is a reserved column name. You cannot use it as an alias for a column.`,
        item.pos,
      );
    }
    out.push({ expr: item.expr, name: item.alias ?? '', aliased: !!item.alias, pos: item.pos });
  }
  // names for unaliased items
  const used = new Set(out.filter((i) => i.name).map((i) => i.name));
  let counter = 0;
  for (const item of out) {
    if (item.name) continue;
    const derived = derivedName(item.expr, sides, isJoin);
    if (derived && !used.has(derived)) {
      item.name = derived;
      used.add(derived);
      continue;
    }
    let name: string;
    do name = `KSQL_COL_${counter++}`;
    while (used.has(name));
    item.name = name;
    used.add(name);
  }
  return out;
}

function derivedName(e: Expr, sides: SourceRef[], isJoin: boolean): string | undefined {
  if (e.k === 'col') {
    if (!isJoin) return e.name;
    const owners = sides.filter(
      (s) => s.schema.key.some((c) => c.name === e.name) || s.schema.value.some((c) => c.name === e.name),
    );
    if (e.qualifier && (owners.length > 1 || PSEUDO_COLUMNS.includes(e.name))) {
      const side = sides.find((s) => s.alias === e.qualifier || s.name === e.qualifier);
      return `${side?.alias ?? e.qualifier}_${e.name}`;
    }
    return e.name;
  }
  if (e.k === 'deref') return e.field;
  return undefined;
}

export interface CompiledItem extends ProjItem {
  compiled: Compiled;
  type: SqlType;
}

export function compileItems(items: ProjItem[], ctx: CompileContext): CompiledItem[] {
  return items.map((i) => {
    const compiled = compile(i.expr, ctx);
    if (compiled.type.base === 'NULL') {
      throw new SqlError(
        "Can't infer a type of null. Please explicitly cast it to a required type, e.g. CAST(null AS VARCHAR).",
        i.pos,
      );
    }
    return { ...i, compiled, type: compiled.type };
  });
}

/** Normalised text of an expression for matching GROUP BY / PARTITION BY / join expressions to select items. */
export function exprKey(e: Expr, stripQualifiers: boolean): string {
  if (!stripQualifiers) return formatExpr(e);
  return formatExpr(stripQualifier(e));
}

export function stripQualifier(e: Expr): Expr {
  return mapExpr(e, (x) => (x.k === 'col' && x.qualifier ? { ...x, qualifier: undefined } : x));
}

/** Rewrites every node bottom-up. */
export function mapExpr(e: Expr, f: (e: Expr) => Expr): Expr {
  const m = (x: Expr) => mapExpr(x, f);
  let r: Expr;
  switch (e.k) {
    case 'deref':
      r = { ...e, base: m(e.base) };
      break;
    case 'subscript':
      r = { ...e, base: m(e.base), index: m(e.index) };
      break;
    case 'call':
      r = { ...e, args: e.args.map(m) };
      break;
    case 'binary':
      r = { ...e, left: m(e.left), right: m(e.right) };
      break;
    case 'not':
    case 'neg':
    case 'isnull':
    case 'cast':
      r = { ...e, e: m(e.e) } as Expr;
      break;
    case 'distinctfrom':
      r = { ...e, left: m(e.left), right: m(e.right) };
      break;
    case 'between':
      r = { ...e, e: m(e.e), lo: m(e.lo), hi: m(e.hi) };
      break;
    case 'like':
      r = { ...e, e: m(e.e), pattern: m(e.pattern) };
      break;
    case 'in':
      r = { ...e, e: m(e.e), list: e.list.map(m) };
      break;
    case 'case':
      r = {
        ...e,
        operand: e.operand && m(e.operand),
        whens: e.whens.map((w) => ({ when: m(w.when), result: m(w.result) })),
        else: e.else && m(e.else),
      };
      break;
    case 'array':
      r = { ...e, items: e.items.map(m) };
      break;
    case 'map':
      r = { ...e, entries: e.entries.map((x) => ({ key: m(x.key), value: m(x.value) })) };
      break;
    case 'struct':
      r = { ...e, fields: e.fields.map((x) => ({ name: x.name, value: m(x.value) })) };
      break;
    case 'lambda':
      r = { ...e, body: m(e.body) };
      break;
    default:
      r = e;
  }
  return f(r);
}

/** Visits every node top-down; return false to skip a subtree. */
export function walkExpr(e: Expr, f: (e: Expr) => boolean | undefined): void {
  if (f(e) === false) return;
  const w = (x: Expr | undefined) => x && walkExpr(x, f);
  switch (e.k) {
    case 'deref':
      w(e.base);
      break;
    case 'subscript':
      w(e.base);
      w(e.index);
      break;
    case 'call':
      e.args.forEach(w);
      break;
    case 'binary':
    case 'distinctfrom':
      w(e.left);
      w(e.right);
      break;
    case 'not':
    case 'neg':
    case 'isnull':
    case 'cast':
      w(e.e);
      break;
    case 'between':
      w(e.e);
      w(e.lo);
      w(e.hi);
      break;
    case 'like':
      w(e.e);
      w(e.pattern);
      break;
    case 'in':
      w(e.e);
      e.list.forEach(w);
      break;
    case 'case':
      w(e.operand);
      for (const x of e.whens) {
        w(x.when);
        w(x.result);
      }
      w(e.else);
      break;
    case 'array':
      e.items.forEach(w);
      break;
    case 'map':
      for (const x of e.entries) {
        w(x.key);
        w(x.value);
      }
      break;
    case 'struct':
      for (const x of e.fields) w(x.value);
      break;
    case 'lambda':
      w(e.body);
      break;
  }
}

/** Builds the output row of a projection given which items are the key columns (in key order). */
export function makeProjector(
  items: CompiledItem[],
  keyItemIdx: number[],
): { keyColumns: Column[]; valueColumns: Column[]; project: (row: Row) => { key: unknown[]; value: unknown[] } } {
  const valueIdx = items.map((_, i) => i).filter((i) => !keyItemIdx.includes(i));
  const evals = items.map((i) => {
    const c = i.compiled;
    return (row: Row) => {
      try {
        const v = c.eval(row);
        return v === undefined ? null : v;
      } catch {
        return null;
      }
    };
  });
  return {
    keyColumns: keyItemIdx.map((i) => ({ name: items[i].name, type: items[i].type })),
    valueColumns: valueIdx.map((i) => ({ name: items[i].name, type: items[i].type })),
    project: (row) => ({ key: keyItemIdx.map((i) => evals[i](row)), value: valueIdx.map((i) => evals[i](row)) }),
  };
}

export function describeColumns(cols: Column[]): string {
  return cols.map((c) => `\`${c.name}\` ${formatType(c.type)}`).join(', ');
}
