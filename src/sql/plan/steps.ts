/**
 * A query's plan as data: a tree of execution steps, one type per operation, after ksqlDB's ExecutionStep
 * classes (ksqldb-execution's `execution/plan/*`). Each step holds its source step(s), the schema of the rows
 * it emits, and the expressions it evaluates as AST (print them with expr/format.ts); nothing here runs.
 * The planner (planner/) validates a SELECT and produces the tree; operators/ builds the running row
 * handlers from it (operators/build.ts walks the tree); plan/summary.ts prints it for EXPLAIN.
 *
 * Row layouts, which the operators rely on:
 * - a source step's rows are the topic's rows: key columns in `key`, value columns in `value`;
 * - a join step's rows are keyed by the join key; `value` holds every side's key, value and pseudo columns,
 *   named `<ALIAS>_<COLUMN>` (see `sideColumns`), left side first;
 * - an aggregate step's rows are keyed by the GROUP BY values; `value` holds the aggregate results in order;
 * - a flat-map step appends one value per table function call to its input's value.
 */
import type { Schema } from '../expr/row';
import type { Expr, JoinType } from '../parser/ast';

/** ksqlDB's QueryContext: the step's place in the query, which names its logger and its processor. */
export type StepContext = string[];

interface StepBase {
  /** The query context, e.g. ['KsqlTopic', 'Source'], ['WhereFilter'], ['Aggregate', 'Aggregate']. */
  ctx: StepContext;
  /** The rows this step emits. */
  schema: Schema;
}

/** Reads a topic. The alias is the name expressions use for this source (FROM s AS a). */
export interface SourceStep extends StepBase {
  type: 'StreamSource' | 'WindowedStreamSource' | 'TableSource' | 'WindowedTableSource';
  source: string;
  alias: string;
  topic: string;
  keyFormat: string;
  valueFormat: string;
  window?: WindowDef;
}

/** WHERE (StreamFilter, TableFilter: rows failing it retract the key) and HAVING (TableFilter). */
export interface FilterStep extends StepBase {
  type: 'StreamFilter' | 'TableFilter';
  source: Step;
  filter: Expr;
}

/** One output column of a projection: its name and the expression computing it. */
export interface SelectExpression {
  name: string;
  expr: Expr;
}

/**
 * The projection. `keys` are the expressions of the output key columns (schema.key, in order), `values` of the
 * value columns (schema.value). A table's tombstone keeps a key whose expression yields null from its input.
 */
export interface SelectStep extends StepBase {
  type: 'StreamSelect' | 'TableSelect';
  source: Step;
  keys: Expr[];
  values: SelectExpression[];
}

/**
 * PARTITION BY: the new key from `keys` (none for PARTITION BY NULL), the value columns from `values`; both
 * are evaluated over the input row (ksqlDB's StreamSelectKey followed by its projection, in one operator).
 */
export interface SelectKeyStep extends StepBase {
  type: 'StreamSelectKey';
  source: Step;
  keys: Expr[];
  values: SelectExpression[];
}

/** Table functions (EXPLODE, CUBE_EXPLODE): one row per produced value, the results appended to the value. */
export interface FlatMapStep extends StepBase {
  type: 'StreamFlatMap';
  source: Step;
  /** The table function calls, in order of first appearance in the select list. */
  calls: Expr[];
}

/** GROUP BY: the grouping expressions (StreamGroupByKey when they are the source's key columns). */
export interface GroupByStep extends StepBase {
  type: 'StreamGroupBy' | 'StreamGroupByKey' | 'TableGroupBy';
  source: Step;
  groupBy: Expr[];
}

export interface WindowDef {
  type: 'TUMBLING' | 'HOPPING' | 'SESSION';
  /** Size (gap for SESSION) in ms; absent on a windowed source of unknown size. */
  size?: number;
  advance?: number;
  grace?: number;
  retention?: number;
}

/** The aggregation of a GroupByStep's rows: the aggregate calls, over time windows or sessions if any. */
export interface AggregateStep extends StepBase {
  type: 'StreamAggregate' | 'StreamWindowedAggregate' | 'TableAggregate';
  source: GroupByStep;
  /** The aggregate calls (e.g. `COUNT(*)`, `SUM(V)`), in order: the aggregated row's value columns. */
  aggregates: (Expr & { k: 'call' })[];
  window?: WindowDef;
  /** Grace in ms after which late rows are dropped (windowed aggregates). */
  grace?: number;
  /** Set when expressions name columns `<ALIAS>_<COLUMN>` (the input is a join): expressions match as written. */
  overJoin: boolean;
}

/** EMIT FINAL: a window's result leaves once the window closes (Kafka Streams' emit-on-window-close). */
export interface SuppressStep extends StepBase {
  type: 'TableSuppress';
  source: Step;
  window: WindowDef;
  grace: number;
}

interface JoinBase extends StepBase {
  left: Step;
  right: SourceStep;
  joinType: JoinType;
  /** ON's expression over the left rows and over the right rows (the right side's is its key column). */
  leftKey: Expr;
  rightKey: Expr;
  /** 0 for the first JOIN clause; later clauses prefix their stores `J<n>-` (multi-way joins). */
  index: number;
}

export interface StreamStreamJoinStep extends JoinBase {
  type: 'StreamStreamJoin';
  within: { before: number; after: number; grace?: number };
}

export interface StreamTableJoinStep extends JoinBase {
  type: 'StreamTableJoin';
}

export interface TableTableJoinStep extends JoinBase {
  type: 'TableTableJoin';
}

/** A table-table join on a value column of the left table (a foreign key) to the right table's key. */
export interface ForeignKeyJoinStep extends JoinBase {
  type: 'ForeignKeyTableTableJoin';
}

export type JoinStep = StreamStreamJoinStep | StreamTableJoinStep | TableTableJoinStep | ForeignKeyJoinStep;

/** Writes the rows to the sink's topic (or, for a push query, to the client). */
export interface SinkStep extends StepBase {
  type: 'StreamSink' | 'TableSink';
  source: Step;
  sink: string;
  topic: string;
  keyFormat: string;
  valueFormat: string;
}

export type Step =
  | SourceStep
  | FilterStep
  | SelectStep
  | SelectKeyStep
  | FlatMapStep
  | GroupByStep
  | AggregateStep
  | SuppressStep
  | JoinStep
  | SinkStep;

export function isSource(s: Step): s is SourceStep {
  return (
    s.type === 'StreamSource' ||
    s.type === 'TableSource' ||
    s.type === 'WindowedStreamSource' ||
    s.type === 'WindowedTableSource'
  );
}

export function isJoin(s: Step): s is JoinStep {
  return (
    s.type === 'StreamStreamJoin' ||
    s.type === 'StreamTableJoin' ||
    s.type === 'TableTableJoin' ||
    s.type === 'ForeignKeyTableTableJoin'
  );
}

/** A step's inputs, left first (ExecutionStep.getSources). */
export function sourcesOf(s: Step): Step[] {
  if (isSource(s)) return [];
  if (isJoin(s)) return [s.left, s.right];
  return [s.source];
}

/** The source steps under a step, left to right: the query's inputs, in the order rows are handed in. */
export function leaves(s: Step): SourceStep[] {
  return isSource(s) ? [s] : sourcesOf(s).flatMap(leaves);
}

/** The sink step over a query's last step (ksqlDB's StreamSink / TableSink, context: the sink's name). */
export function sinkStep(
  source: Step,
  sink: {
    name: string;
    kind: 'STREAM' | 'TABLE';
    topic: string;
    keyFormat: { format: string };
    valueFormat: { format: string };
  },
): SinkStep {
  return {
    type: sink.kind === 'TABLE' ? 'TableSink' : 'StreamSink',
    ctx: [sink.name],
    schema: source.schema,
    source,
    sink: sink.name,
    topic: sink.topic,
    keyFormat: sink.keyFormat.format,
    valueFormat: sink.valueFormat.format,
  };
}
