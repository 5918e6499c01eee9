/** Name resolution for expressions over a source, a join, or the output of an aggregation. */
import { SqlError } from '../errors';
import type { ResolvedColumn, Scope } from '../expr/compile';
import type { Row, Schema } from '../expr/row';
import type { Expr } from '../parser/ast';
import { T } from '../types';

export const PSEUDO_COLUMNS = ['ROWTIME', 'ROWPARTITION', 'ROWOFFSET'];
export const WINDOW_BOUNDS = ['WINDOWSTART', 'WINDOWEND'];

/** A side of a query: one source with the alias it is referred to by. */
export interface SourceRef {
  name: string;
  alias: string;
  schema: Schema;
  windowed: boolean;
}

function pseudo(name: string, windowed: boolean): ResolvedColumn | undefined {
  switch (name) {
    case 'ROWTIME':
      return { type: T.BIGINT, get: (r) => BigInt(r.ts) };
    case 'ROWPARTITION':
      return { type: T.INTEGER, get: (r) => r.partition };
    case 'ROWOFFSET':
      return { type: T.BIGINT, get: (r) => BigInt(r.offset) };
    case 'WINDOWSTART':
      return windowed ? { type: T.BIGINT, get: (r) => (r.window ? BigInt(r.window.start) : null) } : undefined;
    case 'WINDOWEND':
      return windowed ? { type: T.BIGINT, get: (r) => (r.window ? BigInt(r.window.end) : null) } : undefined;
  }
  return undefined;
}

export function columnAccessor(schema: Schema, name: string): ResolvedColumn | undefined {
  const ki = schema.key.findIndex((c) => c.name === name);
  if (ki >= 0) return { type: schema.key[ki].type, get: (r: Row) => r.key[ki] ?? null };
  const vi = schema.value.findIndex((c) => c.name === name);
  if (vi >= 0) return { type: schema.value[vi].type, get: (r: Row) => (r.value ? (r.value[vi] ?? null) : null) };
  return undefined;
}

/** Scope over a single source's rows. */
export class SourceScope implements Scope {
  constructor(
    readonly src: SourceRef,
    private readonly allowWindowBounds = src.windowed,
  ) {}

  resolve(qualifier: string | undefined, name: string, e: Expr): ResolvedColumn {
    if (qualifier && qualifier !== this.src.alias && qualifier !== this.src.name) {
      throw new SqlError(`'${qualifier}' is not a valid stream/table name or alias.`, e.pos);
    }
    const c = columnAccessor(this.src.schema, name) ?? pseudo(name, this.allowWindowBounds);
    if (!c) throw new SqlError(`Unknown column ${qualifier ? `${qualifier}.` : ''}${name}.`, e.pos);
    return c;
  }
}

/** Scope over joined rows: value columns are `<ALIAS>_<COLUMN>` for every column of every side. */
export class JoinScope implements Scope {
  constructor(
    readonly sides: SourceRef[],
    readonly schema: Schema,
  ) {}

  resolve(qualifier: string | undefined, name: string, e: Expr): ResolvedColumn {
    if (qualifier) {
      const side = this.sides.find((s) => s.alias === qualifier || s.name === qualifier);
      if (!side) throw new SqlError(`'${qualifier}' is not a valid stream/table name or alias.`, e.pos);
      if (PSEUDO_COLUMNS.includes(name) || (side.windowed && WINDOW_BOUNDS.includes(name))) {
        const c = columnAccessor(this.schema, `${side.alias}_${name}`);
        if (c) return c;
      }
      const c = columnAccessor(this.schema, `${side.alias}_${name}`);
      if (!c || !hasColumn(side, name)) throw new SqlError(`Column '${qualifier}.${name}' cannot be resolved.`, e.pos);
      return c;
    }
    const direct = columnAccessor(this.schema, name);
    if (direct) return direct;
    const owners = this.sides.filter((s) => hasColumn(s, name));
    if (owners.length > 1)
      throw new SqlError(
        `Column '${name}' is ambiguous. Could be any of: ${owners.map((o) => `${o.alias}.${name}`).join(', ')}`,
        e.pos,
      );
    if (owners.length === 1) return columnAccessor(this.schema, `${owners[0].alias}_${name}`)!;
    const p = pseudo(name, false);
    if (p) return p;
    throw new SqlError(`Column '${name}' cannot be resolved.`, e.pos);
  }
}

export function hasColumn(s: SourceRef, name: string): boolean {
  return s.schema.key.some((c) => c.name === name) || s.schema.value.some((c) => c.name === name);
}
