/** What compiled expressions are, and the helpers every compiler module shares. */
import type { FunctionRegistry } from '../functions/registry';
import type { Expr } from '../parser/ast';
import type { SqlType } from '../types';
import { CastError } from './cast';
import type { Row } from './row';

export interface Compiled {
  type: SqlType;
  eval(row: Row): unknown;
  /** Set when the expression is a constant. */
  constant?: { value: unknown };
}

export interface ResolvedColumn {
  type: SqlType;
  get(row: Row): unknown;
}

export interface Scope {
  /** Resolves a column reference or throws SqlError (`Unknown column X`). */
  resolve(qualifier: string | undefined, name: string, e: Expr): ResolvedColumn;
}

export interface CompileContext {
  scope: Scope;
  functions: FunctionRegistry;
  config: Record<string, unknown>;
  /** Lets the planner substitute sub-expressions (aggregate calls, GROUP BY expressions). */
  intercept?: (e: Expr) => Compiled | undefined;
}

/** Marker value of an IN list item that can never match. */
export const NEVER_EQUAL = Symbol('never-equal');

/** A per-row evaluation failure: the expression's value becomes NULL. */
export class EvalNull extends Error {}

/** Evaluates safely: any runtime failure becomes NULL. */
export function safe(c: Compiled): (row: Row) => unknown {
  return (row) => {
    try {
      const v = c.eval(row);
      return v === undefined ? null : v;
    } catch (err) {
      if (err instanceof EvalNull || err instanceof CastError || err instanceof Error) return null;
      throw err;
    }
  };
}

export function constant(type: SqlType, value: unknown): Compiled {
  return { type, eval: () => value, constant: { value } };
}

export function guarded(fn: (row: Row) => unknown): (row: Row) => unknown {
  return (row) => {
    try {
      return fn(row);
    } catch {
      return null;
    }
  };
}
