/**
 * What the expressions of a step compile against: the scope of its input rows, rebuilt from the steps below
 * (a source's columns, a join's `<ALIAS>_<COLUMN>` columns, an aggregation's group values and results).
 */
import type { CompileContext } from '../expr/compile';
import { exprKey } from '../planner/projection';
import { JoinScope, type SourceRef, SourceScope } from '../planner/scope';
import { leaves, type SourceStep, type Step } from '../plan/steps';
import { postAggregateContext } from './aggregate-scope';
import type { BuildEnv } from './runtime';

export function sideRef(s: SourceStep): SourceRef {
  return { name: s.source, alias: s.alias, schema: s.schema, windowed: !!s.window };
}

/** Whether the rows under a step are joined rows (expressions name columns by side). */
export function overJoin(step: Step): boolean {
  return leaves(step).length > 1;
}

/** The compile context for expressions evaluated over the rows `step` emits. */
export function contextOf(step: Step, env: Pick<BuildEnv, 'functions' | 'config'>): CompileContext {
  const base = { functions: env.functions, config: env.config };
  switch (step.type) {
    case 'StreamSource':
    case 'TableSource':
    case 'WindowedStreamSource':
    case 'WindowedTableSource':
      return { ...base, scope: new SourceScope(sideRef(step)) };
    case 'StreamStreamJoin':
    case 'StreamTableJoin':
    case 'TableTableJoin':
    case 'ForeignKeyTableTableJoin':
      return { ...base, scope: new JoinScope(leaves(step).map(sideRef), step.schema) };
    case 'StreamFlatMap': {
      // a table function call reads its result, appended to the value by the flat-map operator
      const inner = contextOf(step.source, env);
      const strip = !overJoin(step);
      const texts = step.calls.map((c) => exprKey(c, strip));
      const width = step.source.schema.value.length;
      return {
        ...inner,
        intercept: (e) => {
          if (e.k !== 'call') return inner.intercept?.(e);
          const i = texts.indexOf(exprKey(e, strip));
          if (i < 0) return inner.intercept?.(e);
          const at = width + i;
          return { type: step.schema.value[at].type, eval: (r) => (r.value ? (r.value[at] ?? null) : null) };
        },
      };
    }
    case 'StreamAggregate':
    case 'StreamWindowedAggregate':
    case 'TableAggregate':
      return postAggregateContext(step, env);
    case 'StreamFilter':
    case 'TableFilter':
    case 'TableSuppress':
    case 'StreamGroupBy':
    case 'StreamGroupByKey':
    case 'TableGroupBy':
      return contextOf(step.source, env);
    default:
      throw new Error(`No expressions are evaluated over the rows of a ${step.type} step.`);
  }
}
