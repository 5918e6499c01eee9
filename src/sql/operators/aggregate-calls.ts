/**
 * An aggregate call (COUNT(*), SUM(V), TOPK(V, 3)...) resolved against the function registry: its UDAF
 * instance and its argument evaluators. The planner resolves each call once to check it (ksqlDB's messages
 * for unknown functions, non-literal parameters and UDAFs that cannot undo on tables come from here); the
 * aggregate operators resolve them again when they are built, each with fresh UDAF instances.
 */
import { SqlError } from '../errors';
import { type Compiled, type CompileContext, coerceTo, compile, safe } from '../expr/compile';
import { formatExpr } from '../expr/format';
import type { Row } from '../expr/row';
import type { AggregateOverload, Udaf } from '../functions/registry';
import type { Expr } from '../parser/ast';

export interface AggCall {
  text: string;
  expr: Expr & { k: 'call' };
  udaf: Udaf;
  args: ((row: Row) => unknown)[];
  arity: number;
  returnType: Compiled['type'];
  overload: AggregateOverload;
}

export function resolveAgg(e: Expr & { k: 'call' }, cctx: CompileContext, tableInput: boolean): AggCall {
  const args = e.args.map((a) => compile(a, cctx));
  const argTypes = args.map((a) => a.type);
  let resolved: ReturnType<CompileContext['functions']['resolveAggregate']>;
  try {
    resolved = cctx.functions.resolveAggregate(e.name, argTypes, {
      literals: args.map((a) => (a.constant ? a.constant.value : undefined)),
      config: cctx.config,
    });
  } catch (err) {
    throw new SqlError((err as Error).message, e.pos);
  }
  const arity = resolved.overload.params.length;
  for (let i = arity; i < args.length; i++) {
    if (!args[i].constant) {
      throw new SqlError(`Parameter ${i + 1} of ${e.name} must be a literal: ${formatExpr(e.args[i])}`, e.pos);
    }
  }
  const udaf = resolved.overload.create({
    argTypes: resolved.paramTypes,
    generics: resolved.generics,
    literals: args.map((a) => (a.constant ? a.constant.value : undefined)),
    config: cctx.config,
  });
  if (tableInput && !udaf.undo) {
    throw new SqlError(
      `The aggregation functions ${e.name} cannot be applied to a table source, only to a stream source.`,
      e.pos,
    );
  }
  return {
    text: formatExpr(e),
    expr: e,
    udaf,
    args: args.slice(0, arity).map((a, i) => safe(coerceTo(a, resolved.paramTypes[i] ?? a.type))),
    arity,
    returnType: resolved.returnType,
    overload: resolved.overload,
  };
}

/** The accumulators of a set of calls: fresh, updated by a row (or undone), and their results. */
export class Accumulators {
  constructor(readonly calls: AggCall[]) {}

  init(): unknown[] {
    return this.calls.map((a) => a.udaf.initialize());
  }

  private arg(a: AggCall, row: Row): unknown {
    return a.arity === 0 ? null : a.arity === 1 ? a.args[0](row) : a.args.slice(0, a.arity).map((f) => f(row));
  }

  /** Adds (or, for a table's replaced row, undoes) a row; a throwing UDAF leaves its accumulator as it was. */
  apply(accs: unknown[], row: Row, undo: boolean): unknown[] {
    return this.calls.map((a, i) => {
      const v = this.arg(a, row);
      try {
        return undo ? a.udaf.undo!(v, accs[i]) : a.udaf.aggregate(v, accs[i]);
      } catch {
        return accs[i];
      }
    });
  }

  merge(a: unknown[], b: unknown[]): unknown[] {
    return this.calls.map((c, i) => c.udaf.merge(a[i], b[i]));
  }

  /** The results (the aggregated row's value); a failing map gives NULL. */
  results(accs: unknown[]): unknown[] {
    return this.calls.map((a, i) => {
      try {
        const v = a.udaf.map(accs[i]);
        return v === undefined ? null : v;
      } catch {
        return null;
      }
    });
  }
}
