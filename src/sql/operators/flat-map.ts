/**
 * Table functions (StreamFlatMap): EXPLODE, CUBE_EXPLODE... yield a list per row; the operator emits one row
 * per produced value, the values of every call appended to the input's value (several calls are zipped,
 * the shorter lists padded with NULL). A null-value row passes as it is.
 */
import { coerceTo, compile, safe } from '../expr/compile';
import { FunctionRegistry } from '../functions/registry';
import { tableFunctions } from '../functions/table';
import type { FlatMapStep } from '../plan/steps';
import { contextOf } from './context';
import type { BuildEnv, RowHandler } from './runtime';

let tableRegistry: FunctionRegistry | undefined;

/** The table functions, apart from the scalar ones (a call to one makes the query a flat map). */
export function tableFunctionRegistry(): FunctionRegistry {
  if (!tableRegistry) {
    tableRegistry = new FunctionRegistry();
    for (const f of tableFunctions) tableRegistry.registerScalar(f);
  }
  return tableRegistry;
}

export function buildFlatMap(step: FlatMapStep, env: BuildEnv, next: RowHandler): RowHandler {
  const ctx = contextOf(step.source, env);
  const registry = tableFunctionRegistry();
  const calls = step.calls.map((x) => {
    if (x.k !== 'call') throw new Error('A flat map step holds function calls.');
    const args = x.args.map((a) => compile(a, ctx));
    const r = registry.resolveScalar(
      x.name,
      args.map((a) => a.type),
      { literals: args.map((a) => (a.constant ? a.constant.value : undefined)), config: env.config },
    );
    const impl = r.overload.impl!;
    const evals = args.map((a, i) => safe(coerceTo(a, r.paramTypes[i] ?? a.type)));
    return (row: Parameters<RowHandler>[0]): unknown[] => {
      try {
        const out = impl(...evals.map((f) => f(row)));
        return Array.isArray(out) ? out : [];
      } catch {
        return [];
      }
    };
  });
  return (row) => {
    if (row.value === null) {
      next(row);
      return;
    }
    const lists = calls.map((c) => c(row));
    const n = Math.max(...lists.map((l) => l.length));
    for (let i = 0; i < n; i++) {
      next({ ...row, value: [...row.value, ...lists.map((l) => (i < l.length ? l[i] : null))] });
    }
  };
}
