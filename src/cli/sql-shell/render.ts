/**
 * Text output of `brook sql`, after ksqlDB's CLI (Console and its table builders): entities as tables with a
 * ` Col | Col ` header and dashed rules, query rows in a `+---+` boxed table printed as they stream, errors
 * as the server's message.
 */
import type { Entity } from './rest';

/** ksqlDB's Table: ` a | b ` cells, a dashed rule under the header and after the last row. */
export function entityTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => ` ${c.padEnd(widths[i]!)} `).join('|');
  const rule = '-'.repeat(line(header).length);
  return [line(header), rule, ...rows.map(line), rule].join('\n');
}

const str = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
const list = (v: unknown) => (Array.isArray(v) ? v.map(str).join(',') : str(v));

interface Field {
  name: string;
  schema: { type: string; memberSchema?: unknown; fields?: unknown };
  type?: string;
}

/** SchemaInfo.toTypeString. */
function typeText(schema: Field['schema']): string {
  const s = schema as { type: string; memberSchema?: Field['schema'] | null; fields?: Field[] | null };
  if (s.type === 'ARRAY' && s.memberSchema) return `ARRAY<${typeText(s.memberSchema)}>`;
  if (s.type === 'MAP' && s.memberSchema) return `MAP<STRING, ${typeText(s.memberSchema)}>`;
  if (s.type === 'STRUCT' && s.fields) {
    return `STRUCT<${s.fields.map((f) => `${f.name} ${typeText(f.schema)}`).join(', ')}>`;
  }
  return s.type;
}

const labelled = (label: string, value: unknown) => `${label.padEnd(20)} : ${str(value)}`;

/** Console.printSourceDescription: the name, the schema (key columns marked), more when EXTENDED. */
function describeSource(d: Record<string, unknown>): string {
  const isTable = str(d.type).toUpperCase() === 'TABLE';
  const fields = (d.fields as Field[]) ?? [];
  const schema = entityTable(
    ['Field', 'Type'],
    fields.map((f) => {
      if (f.type !== 'KEY') return [f.name, typeText(f.schema)];
      const window = d.windowType ? ` (Window type: ${str(d.windowType)})` : '';
      return [f.name, `${typeText(f.schema).padEnd(16)} ${isTable ? '(primary key)' : '(key)'}${window}`];
    }),
  );
  if (!d.extended) {
    return [
      labelled('Name', d.name),
      schema,
      'For runtime statistics and query details run: DESCRIBE <Stream,Table> EXTENDED;',
    ].join('\n');
  }
  const queries = (what: string, list: unknown) => {
    const running = (list as Record<string, unknown>[] | undefined) ?? [];
    if (running.length === 0) return [];
    return [
      '',
      `Queries that ${what} from this ${str(d.type)}`,
      '-----------------------------------',
      ...running.map((q) => `${str(q.id)} (${str(q.state) || 'N/A'}) : ${str(q.queryString).replace(/\s+/g, ' ')}`),
      '',
      'For query topology and execution plan please run: EXPLAIN <QueryId>',
    ];
  };
  return [
    labelled('Name', d.name),
    labelled('Type', d.type),
    labelled('Timestamp field', str(d.timestamp) || 'Not set - using <ROWTIME>'),
    labelled('Key format', d.keyFormat),
    labelled('Value format', d.valueFormat),
    labelled('Kafka topic', d.topic),
    labelled('Statement', d.statement),
    '',
    schema,
    ...queries('read', d.readQueries),
    ...queries('write', d.writeQueries),
  ].join('\n');
}

/** A `%n%-20s%n%-20s` heading of Console: a title and its rule, each padded to 20. */
const heading = (title: string, rule: string) => `\n${title.padEnd(20)}\n${rule.padEnd(20)}`;

/** Console.printQueryDescription: what EXPLAIN answers, the execution plan and the topology included. */
function describeQuery(q: Record<string, unknown>): string {
  const out = [labelled('ID', q.id), labelled('Query Type', q.queryType)];
  if (str(q.statementText)) out.push(labelled('SQL', q.statementText));
  out.push('');
  const fields = (q.fields as Field[]) ?? [];
  out.push(
    entityTable(
      ['Field', 'Type'],
      fields.map((f) => [f.name, f.type === 'KEY' ? `${typeText(f.schema).padEnd(16)} (key)` : typeText(f.schema)]),
    ),
  );
  const names = (title: string, list: unknown, what: string) => {
    const items = (list as string[] | undefined) ?? [];
    if (items.length === 0) return;
    out.push(heading(title, '-----------------------------------'), ...items);
    out.push(
      `\nFor ${what} description please run: DESCRIBE [EXTENDED] <${what === 'source' ? 'SourceId' : 'SinkId'}>`,
    );
  };
  names('Sources that this query reads from: ', q.sources, 'source');
  names('Sinks that this query writes to: ', q.sinks, 'sink');
  if (str(q.executionPlan)) out.push(`${heading('Execution plan', '--------------')}\n${str(q.executionPlan)}`);
  if (str(q.topology)) out.push(`${heading('Processing topology', '-------------------')}\n${str(q.topology)}`);
  return out.join('\n');
}

/** One /ksql entity as the ksqlDB CLI prints it (a generic table or JSON for the kinds it has no layout for). */
export function renderEntity(e: Entity): string {
  switch (e['@type']) {
    case 'currentStatus': {
      const status = e.commandStatus as { message?: string } | undefined;
      return entityTable(['Message'], [[status?.message ?? '']]);
    }
    case 'streams':
    case 'tables': {
      const kind = e['@type'] === 'streams' ? 'Stream' : 'Table';
      const sources = (e[e['@type']] as Record<string, unknown>[]) ?? [];
      return entityTable(
        [`${kind} Name`, 'Kafka Topic', 'Key Format', 'Value Format', 'Windowed'],
        sources.map((s) => [str(s.name), str(s.topic), str(s.keyFormat), str(s.valueFormat), str(s.isWindowed)]),
      );
    }
    case 'queries':
      return entityTable(
        ['Query ID', 'Query Type', 'Status', 'Sink Name', 'Sink Kafka Topic', 'Query String'],
        ((e.queries as Record<string, unknown>[]) ?? []).map((q) => [
          str(q.id),
          str(q.queryType),
          str(q.state),
          list(q.sinks),
          list(q.sinkKafkaTopics),
          str(q.queryString).replace(/\s+/g, ' '),
        ]),
      );
    case 'kafka_topics':
      return entityTable(
        ['Kafka Topic', 'Partitions', 'Partition Replicas'],
        ((e.topics as Record<string, unknown>[]) ?? []).map((t) => [
          str(t.name),
          str((t.replicaInfo as unknown[] | undefined)?.length ?? ''),
          list(t.replicaInfo),
        ]),
      );
    case 'properties': {
      const props = (e.properties as Record<string, unknown>[] | Record<string, unknown>) ?? [];
      const rows = Array.isArray(props)
        ? props.map((p) => [str(p.name), str(p.scope), str(p.value)])
        : Object.entries(props).map(([k, v]) => [k, '', str(v)]);
      return entityTable(['Property', 'Scope', 'Value'], rows);
    }
    case 'sourceDescription':
      return describeSource(e.sourceDescription as Record<string, unknown>);
    case 'source_descriptions':
      return ((e.sourceDescriptions as Record<string, unknown>[]) ?? []).map(describeSource).join('\n\n');
    case 'queryDescription':
      return describeQuery(e.queryDescription as Record<string, unknown>);
    default:
      return genericEntity(e);
  }
}

/** An entity kind without its own layout: its first list of objects as a table, else its JSON. */
function genericEntity(e: Entity): string {
  for (const [key, value] of Object.entries(e)) {
    if (key === 'warnings' || !Array.isArray(value) || value.length === 0) continue;
    if (value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
      const columns = [...new Set(value.flatMap((v) => Object.keys(v as object)))];
      return entityTable(
        columns,
        value.map((v) => columns.map((c) => str((v as Record<string, unknown>)[c]))),
      );
    }
  }
  const { '@type': _type, statementText: _text, warnings: _warnings, ...rest } = e;
  return JSON.stringify(rest, null, 2);
}

/**
 * A query's rows as ksqlDB's TabularRow prints them as they stream: every column the same width (the terminal's
 * width shared out, at least 5), the header between `+---+` rules, a value longer than its cell wrapped onto
 * more lines (the CLI's default `WRAP=ON`).
 */
export class RowTable {
  private readonly cell: number;

  constructor(
    readonly columns: string[],
    width = 80,
  ) {
    this.cell = columns.length ? Math.max(Math.floor(width / columns.length) - 2, 5) : 5;
  }

  private rule(): string {
    return `+${this.columns.map(() => '-'.repeat(this.cell)).join('+')}+`;
  }

  private lines(cells: string[]): string {
    const split = cells.map((c) => {
      const parts: string[] = [];
      for (let i = 0; i < c.length; i += this.cell) parts.push(c.slice(i, i + this.cell));
      return parts.length ? parts : [''];
    });
    const height = Math.max(...split.map((p) => p.length));
    const out: string[] = [];
    for (let line = 0; line < height; line++) {
      out.push(`|${split.map((p) => (p[line] ?? '').padEnd(this.cell)).join('|')}|`);
    }
    return out.join('\n');
  }

  header(): string {
    return [this.rule(), this.lines(this.columns), this.rule()].join('\n');
  }

  row(values: unknown[]): string {
    return this.lines(values.map((v) => (v === null ? 'null' : str(v))));
  }
}

/** Column names of /query's header schema text, e.g. "`K` STRING KEY, `V` INTEGER". */
export function schemaColumns(schema: string): string[] {
  const names: string[] = [];
  const re = /`((?:[^`]|``)*)`\s+/g;
  let depth = 0;
  let at = 0;
  // only top-level names: skip the ones inside STRUCT<...>
  for (let m = re.exec(schema); m; m = re.exec(schema)) {
    for (const c of schema.slice(at, m.index)) depth += c === '<' ? 1 : c === '>' ? -1 : 0;
    at = m.index;
    if (depth === 0) names.push(m[1]!.replace(/``/g, '`'));
  }
  return names;
}
