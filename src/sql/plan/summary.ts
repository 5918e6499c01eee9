/**
 * What EXPLAIN prints, rendered from the step tree:
 * - `executionPlan`: ksqlDB's PlanSummary, one ` > [ OP ] | Schema: ... | Logger: <query id>.<context>` line per
 *   step, sink first, each level of inputs indented by two more tabs;
 * - `topology`: Kafka Streams' TopologyDescription text of the processors Brook runs for those steps (one
 *   sub-topology: Brook never repartitions), with the state stores each one keeps.
 */
import type { Column, Schema } from '../expr/row';
import { formatType, T } from '../types';
import { isSource, type Step, sourcesOf } from './steps';
import { storesOf } from './stores';

/** PlanSummary's OP_NAME: the operation each step type prints as. */
const OP_NAME: Record<Step['type'], string> = {
  StreamSource: 'SOURCE',
  WindowedStreamSource: 'SOURCE',
  TableSource: 'SOURCE',
  WindowedTableSource: 'SOURCE',
  StreamFilter: 'FILTER',
  TableFilter: 'FILTER',
  StreamSelect: 'PROJECT',
  TableSelect: 'PROJECT',
  StreamSelectKey: 'REKEY',
  StreamFlatMap: 'FLAT_MAP',
  StreamGroupBy: 'GROUP_BY',
  StreamGroupByKey: 'GROUP_BY',
  TableGroupBy: 'GROUP_BY',
  StreamAggregate: 'AGGREGATE',
  StreamWindowedAggregate: 'AGGREGATE',
  TableAggregate: 'AGGREGATE',
  TableSuppress: 'SUPPRESS',
  StreamStreamJoin: 'JOIN',
  StreamTableJoin: 'JOIN',
  TableTableJoin: 'JOIN',
  ForeignKeyTableTableJoin: 'JOIN',
  StreamSink: 'SINK',
  TableSink: 'SINK',
};

export function opName(step: Step): string {
  return OP_NAME[step.type];
}

/** ksqlDB's IdentifierUtil.needsQuotes: names that are not plain upper-case identifiers print in backticks. */
function columnName(name: string): string {
  return /^[A-Z_][A-Z0-9_@]*$/.test(name) ? name : `\`${name}\``;
}

const PSEUDO: Column[] = [
  { name: 'ROWTIME', type: T.BIGINT },
  { name: 'ROWPARTITION', type: T.INTEGER },
  { name: 'ROWOFFSET', type: T.BIGINT },
];

/** LogicalSchema.toString: `K STRING KEY, V INTEGER`; a source also shows the pseudo columns it offers. */
export function schemaText(schema: Schema, source = false): string {
  const col = (c: Column, key: boolean) => `${columnName(c.name)} ${formatType(c.type, false)}${key ? ' KEY' : ''}`;
  return [
    ...schema.key.map((c) => col(c, true)),
    ...schema.value.map((c) => col(c, false)),
    ...(source ? PSEUDO.map((c) => col(c, false)) : []),
  ].join(', ');
}

/** PlanSummary.summarize: the step tree as text, sink first. */
export function executionPlan(queryId: string, root: Step): string {
  const summarize = (step: Step, indent: string): string => {
    const children = sourcesOf(step).map((s) => summarize(s, `${indent}\t`));
    const line = `${indent} > [ ${opName(step)} ] | Schema: ${schemaText(step.schema, isSource(step))} | Logger: ${[queryId, ...step.ctx].join('.')}\n`;
    return line + children.map((c) => `\t${indent}${c}`).join('');
  };
  return summarize(root, '');
}

/** A node of the processor graph, as Kafka Streams' TopologyDescription names and links them. */
interface Node {
  kind: 'Source' | 'Processor' | 'Sink';
  name: string;
  /** Topics for a source, the topic for a sink, the stores for a processor. */
  detail: string[];
  successors: string[];
  predecessors: string[];
}

/** TopologyDescription.toString for the processors built from the steps (operators/build.ts). */
export function topology(queryId: string, root: Step): string {
  const nodes: Node[] = [];
  let counter = 0;
  const seq = () => String(counter++).padStart(10, '0');
  const link = (from: Node, to: Node) => {
    from.successors.push(to.name);
    to.predecessors.push(from.name);
  };
  // walks inputs first so node numbers grow from the sources, as Streams numbers them
  const visit = (step: Step): Node => {
    if (isSource(step)) {
      const src: Node = {
        kind: 'Source',
        name: `KSTREAM-SOURCE-${seq()}`,
        detail: [step.topic],
        successors: [],
        predecessors: [],
      };
      nodes.push(src);
      return src;
    }
    // the aggregate operator groups its input itself (operators/aggregate.ts): no processor of its own
    if (step.type === 'StreamGroupBy' || step.type === 'StreamGroupByKey' || step.type === 'TableGroupBy') {
      return visit(step.source);
    }
    const inputs = sourcesOf(step).map(visit);
    const node: Node =
      step.type === 'StreamSink' || step.type === 'TableSink'
        ? { kind: 'Sink', name: `KSTREAM-SINK-${seq()}`, detail: [step.topic], successors: [], predecessors: [] }
        : {
            kind: 'Processor',
            name: step.ctx.join('-'),
            detail: storesOf(step).map((s) => `${queryId}-${s}`),
            successors: [],
            predecessors: [],
          };
    nodes.push(node);
    for (const input of inputs) link(input, node);
    return node;
  };
  visit(root);
  const names = (list: string[]) => (list.length ? list.join(', ') : 'none');
  const lines = ['Topologies:', '   Sub-topology: 0'];
  for (const n of nodes) {
    if (n.kind === 'Source') {
      lines.push(`    Source: ${n.name} (topics: [${n.detail.join(', ')}])`, `      --> ${names(n.successors)}`);
    } else if (n.kind === 'Processor') {
      lines.push(
        `    Processor: ${n.name} (stores: [${n.detail.join(', ')}])`,
        `      --> ${names(n.successors)}`,
        `      <-- ${names(n.predecessors)}`,
      );
    } else {
      lines.push(`    Sink: ${n.name} (topic: ${n.detail[0]})`, `      <-- ${names(n.predecessors)}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}
