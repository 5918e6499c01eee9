/**
 * Projections: StreamSelect / TableSelect compute the output key and value columns from the input row;
 * StreamSelectKey (PARTITION BY) computes a new key and the value columns, dropping any window.
 */
import { compile, safe } from '../expr/compile';
import type { Row } from '../expr/row';
import type { Expr } from '../parser/ast';
import { walkExpr } from '../planner/projection';
import type { SelectKeyStep, SelectStep } from '../plan/steps';
import { contextOf } from './context';
import type { BuildEnv, RowHandler } from './runtime';

export function buildSelect(step: SelectStep, env: BuildEnv, next: RowHandler): RowHandler {
  const ctx = contextOf(step.source, env);
  const keys = step.keys.map((e) => safe(compile(e, ctx)));
  const values = step.values.map((v) => safe(compile(v.expr, ctx)));
  // packed arrays (map), not `new Array(n)` filled in: the serializers read them faster
  const project = (row: Row) => keys.map((f) => f(row));
  if (step.type === 'TableSelect') {
    return (row) => {
      if (row.value === null) {
        // a tombstone keeps the input's key where the key expression cannot be computed without a value
        const key = project(row).map((v, i) => v ?? row.key[i] ?? null);
        next({ ...row, key, value: null });
        return;
      }
      next({ ...row, key: project(row), value: values.map((f) => f(row)) });
    };
  }
  return (row) => {
    if (row.value === null) {
      next({ ...row, key: project(row), value: null });
      return;
    }
    next({ ...row, key: project(row), value: values.map((f) => f(row)) });
  };
}

export function buildSelectKey(step: SelectKeyStep, env: BuildEnv, next: RowHandler): RowHandler {
  const ctx = contextOf(step.source, env);
  const keys = step.keys.map((e) => safe(compile(e, ctx)));
  const values = step.values.map((v) => safe(compile(v.expr, ctx)));
  // on a null-value row only the key expressions over key columns can be computed
  const inputKey = step.source.schema.key;
  const keyOnly = step.keys.map((e: Expr) => {
    let ok = true;
    walkExpr(e, (x) => {
      if (x.k === 'col' && !inputKey.some((k) => k.name === x.name)) ok = false;
      return ok;
    });
    return ok;
  });
  return (row) => {
    if (row.value === null) {
      next({
        ...row,
        key: keys.map((f, i) => (keyOnly[i] ? f(row) : null)),
        value: null,
        window: undefined,
        nullKey: false,
      });
      return;
    }
    next({
      ...row,
      key: keys.map((f) => f(row)),
      value: values.map((f) => f(row)),
      window: undefined,
      nullKey: false,
    });
  };
}
