/**
 * EXPLAIN: a query's description with its plan rendered from the steps (plan/summary.ts), as ksqlDB's
 * QueryDescriptionFactory fills `executionPlan` and `topology`. For a running query (EXPLAIN <query id>) and
 * for a statement explained without running it (EXPLAIN SELECT ... / CREATE ... AS SELECT / INSERT INTO).
 */
import type { Schema } from '../expr/row';
import { executionPlan, topology } from '../plan/summary';
import { type Step, sinkStep } from '../plan/steps';
import type { DataSource, WindowInfo } from './metastore';

export interface QueryExplanation {
  id: string;
  statement: string;
  queryType: 'PERSISTENT' | 'PUSH';
  sources: string[];
  sinks: string[];
  schema: Schema;
  window?: WindowInfo;
  executionPlan: string;
  topology: string;
  /** Set when the query failed. */
  error?: string;
}

/** The sink a query writes to, as far as EXPLAIN shows it. */
export type ExplainedSink = Pick<DataSource, 'name' | 'kind' | 'topic' | 'keyFormat' | 'valueFormat' | 'schema'>;

export function explainQuery(
  id: string,
  plan: { step: Step; inputs: DataSource[]; window?: WindowInfo },
  sink: ExplainedSink,
  statement: string,
  queryType: QueryExplanation['queryType'],
  error?: string,
): QueryExplanation {
  // a push query's rows go to the client, not through a sink step (ksqlDB's transient queries end in a queue)
  const root: Step = queryType === 'PUSH' ? plan.step : sinkStep(plan.step, sink);
  return {
    id,
    statement,
    queryType,
    sources: [...new Set(plan.inputs.map((i) => i.name))],
    sinks: queryType === 'PUSH' ? [] : [sink.name],
    schema: sink.schema,
    window: plan.window,
    executionPlan: executionPlan(id, root),
    topology: topology(id, root),
    error,
  };
}
