/**
 * Expressions over aggregated rows (HAVING, the projection after GROUP BY): a GROUP BY expression reads the
 * row's key, an aggregate call its result in the value, WINDOWSTART / WINDOWEND the window, ROWTIME the time.
 * The planner has checked that nothing else is referenced.
 */
import type { CompileContext } from '../expr/compile';
import type { Row } from '../expr/row';
import type { Expr } from '../parser/ast';
import { exprKey } from '../planner/projection';
import type { AggregateStep } from '../plan/steps';
import { T } from '../types';
import type { BuildEnv } from './runtime';

export function postAggregateContext(step: AggregateStep, env: Pick<BuildEnv, 'functions' | 'config'>): CompileContext {
  const strip = !step.overJoin;
  const groupTexts = step.source.groupBy.map((g) => exprKey(g, strip));
  const aggTexts = step.aggregates.map((a) => exprKey(a, strip));
  return {
    functions: env.functions,
    config: env.config,
    scope: {
      resolve(_q: string | undefined, name: string, e: Expr) {
        if (name === 'WINDOWSTART' || name === 'WINDOWEND') {
          return {
            type: T.BIGINT,
            get: (r: Row) => (r.window ? BigInt(name === 'WINDOWSTART' ? r.window.start : r.window.end) : null),
          };
        }
        if (name === 'ROWTIME') return { type: T.BIGINT, get: (r: Row) => BigInt(r.ts) };
        throw new Error(`Column ${name} is not available after the aggregation (${JSON.stringify(e.pos)}).`);
      },
    },
    intercept: (e) => {
      const text = exprKey(e, strip);
      const gi = groupTexts.indexOf(text);
      if (gi >= 0) return { type: step.schema.key[gi].type, eval: (r: Row) => r.key[gi] ?? null };
      const ai = e.k === 'call' ? aggTexts.indexOf(text) : -1;
      if (ai >= 0)
        return { type: step.schema.value[ai].type, eval: (r: Row) => (r.value ? (r.value[ai] ?? null) : null) };
      return undefined;
    },
  };
}
