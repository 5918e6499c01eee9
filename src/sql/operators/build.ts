/**
 * The one place that turns a step tree into running operators: walks from the query's last step down to
 * the sources, building each step's operator with the handler of the step above as its output. Returns one
 * row handler per source step, left to right (the order of `leaves(step)`: the query's inputs).
 */
import { isSource, type Step } from '../plan/steps';
import { buildAggregate } from './aggregate';
import { buildFilter } from './filter';
import { buildFlatMap } from './flat-map';
import { buildJoin } from './join';
import { buildSelect, buildSelectKey } from './project';
import type { BuildEnv, RowHandler } from './runtime';
import { buildSuppress } from './suppress';

export function buildSteps(step: Step, env: BuildEnv, next: RowHandler): RowHandler[] {
  if (isSource(step)) return [next];
  switch (step.type) {
    case 'StreamFilter':
    case 'TableFilter':
      return buildSteps(step.source, env, buildFilter(step, env, next));
    case 'StreamSelect':
    case 'TableSelect':
      return buildSteps(step.source, env, buildSelect(step, env, next));
    case 'StreamSelectKey':
      return buildSteps(step.source, env, buildSelectKey(step, env, next));
    case 'StreamFlatMap':
      return buildSteps(step.source, env, buildFlatMap(step, env, next));
    case 'StreamStreamJoin':
    case 'StreamTableJoin':
    case 'TableTableJoin':
    case 'ForeignKeyTableTableJoin': {
      const [left, right] = buildJoin(step, env, next);
      return [...buildSteps(step.left, env, left), ...buildSteps(step.right, env, right)];
    }
    case 'StreamAggregate':
    case 'StreamWindowedAggregate':
    case 'TableAggregate':
      // the aggregate operator groups the rows itself: its input is the GROUP BY step's input
      return buildSteps(step.source.source, env, buildAggregate(step, env, next));
    case 'TableSuppress':
      return buildSteps(step.source, env, buildSuppress(step, next));
    case 'StreamSink':
    case 'TableSink':
      return buildSteps(step.source, env, next);
    default:
      // a GROUP BY step is built by the aggregate above it
      throw new Error(`No operator builds a ${step.type} step on its own.`);
  }
}
