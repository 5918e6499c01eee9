/**
 * The entities /ksql answers with (ksqldb-rest-model KsqlEntity subclasses, by their `@type` names), built
 * from the engine's results and its metastore. Field names and nesting follow ksqlDB's JSON exactly, since
 * ksqlDB's CLI and clients read them.
 */
import type { SqlEngine, StatementResult } from '../engine/engine';
import type { QueryExplanation } from '../engine/explain';
import type { DataSource } from '../engine/metastore';
import type { RunningQuery } from '../engine/query';
import type { Column } from '../expr/row';
import { formatType, type SqlType } from '../types';

export type KsqlEntity = Record<string, unknown> & { '@type': string; statementText: string; warnings: unknown[] };

/** SchemaInfo: a column type as a tree (`memberSchema` for ARRAY items and MAP values). */
export function schemaInfo(type: SqlType): Record<string, unknown> {
  switch (type.base) {
    case 'ARRAY':
      return { type: 'ARRAY', fields: null, memberSchema: schemaInfo(type.item) };
    case 'MAP':
      return { type: 'MAP', fields: null, memberSchema: schemaInfo(type.value) };
    case 'STRUCT':
      return {
        type: 'STRUCT',
        fields: type.fields.map((f) => ({ name: f.name, schema: schemaInfo(f.type) })),
        memberSchema: null,
      };
    case 'DECIMAL':
      return {
        type: 'DECIMAL',
        fields: null,
        memberSchema: null,
        parameters: { precision: type.precision, scale: type.scale },
      };
    default:
      return { type: type.base, fields: null, memberSchema: null };
  }
}

function fieldInfos(src: Pick<DataSource, 'schema'>): Record<string, unknown>[] {
  const field = (c: Column, key: boolean) => ({
    name: c.name,
    schema: schemaInfo(c.type),
    ...(key ? { type: 'KEY' } : {}),
  });
  return [...src.schema.key.map((c) => field(c, true)), ...src.schema.value.map((c) => field(c, false))];
}

/** RunningQuery entity, as SHOW QUERIES and DESCRIBE list them. */
function runningQuery(q: RunningQuery): Record<string, unknown> {
  const transient = q.id.startsWith('transient_');
  return {
    queryString: q.sql,
    sinks: transient ? [] : [q.sink.name],
    sinkKafkaTopics: transient ? [] : [q.sink.topic],
    id: q.id,
    statusCount: { [q.failed ? 'ERROR' : 'RUNNING']: 1 },
    queryType: transient ? 'PUSH' : 'PERSISTENT',
    state: q.failed ? 'ERROR' : 'RUNNING',
  };
}

function sourceInfo(src: DataSource): Record<string, unknown> {
  return {
    type: src.kind,
    name: src.name,
    topic: src.topic,
    keyFormat: src.keyFormat.format,
    valueFormat: src.valueFormat.format,
    isWindowed: !!src.window,
  };
}

function sourceDescription(engine: SqlEngine, src: DataSource, extended: boolean): Record<string, unknown> {
  const queries = [...engine.queries.values()];
  return {
    name: src.name,
    windowType: src.window?.type ?? null,
    readQueries: queries.filter((q) => q.plan.inputs.some((i) => i.name === src.name)).map(runningQuery),
    writeQueries: queries.filter((q) => q.sink.name === src.name).map(runningQuery),
    fields: fieldInfos(src),
    type: src.kind,
    timestamp: src.timestamp?.column ?? '',
    statistics: '',
    errorStats: '',
    extended,
    keyFormat: src.keyFormat.format,
    valueFormat: src.valueFormat.format,
    topic: src.topic,
    partitions: 0,
    replication: 0,
    statement: src.sql,
    queryOffsetSummaries: [],
    sourceConstraints: [],
    clusterStatistics: [],
    clusterErrorStats: [],
  };
}

/** The message of CommandStatus for each statement kind that changes something (ksqlDB's wording). */
function commandMessage(result: StatementResult, engine: SqlEngine, dropped?: DataSource): string {
  const src = result.name ? engine.sources.get(result.name) : undefined;
  switch (result.kind) {
    case 'createSource':
      return src?.kind === 'TABLE' ? 'Table created' : 'Stream created';
    case 'createAs':
    case 'insertInto':
      return result.queryId
        ? `Created query with ID ${result.queryId}`
        : `${src?.kind === 'TABLE' ? 'Table' : 'Stream'} created`;
    case 'drop':
      return dropped
        ? `Source \`${dropped.name}\` (topic: ${dropped.topic}) was dropped.`
        : `Source \`${result.name}\` does not exist.`;
    case 'createType':
      return `Registered custom type with name '${result.name}' and SQL type ${formatType(engine.types.get(result.name!)!)}`;
    case 'dropType':
      return `Dropped type '${result.name}'`;
    case 'terminate':
      return 'Query terminated.';
    default:
      return 'Success';
  }
}

export interface EntityContext {
  engine: SqlEngine;
  /** Increases per statement that changed something (ksqlDB's command topic offset). */
  nextSequence(): number;
  /** SHOW TOPICS: the cluster's topic names. */
  topics?: string[];
  /** The source a DROP removed, read before the statement ran. */
  dropped?: DataSource;
}

/** The entity for one executed statement; undefined for those ksqlDB answers with none (INSERT VALUES, SET). */
export function toEntity(result: StatementResult, ctx: EntityContext): KsqlEntity | undefined {
  const { engine } = ctx;
  const base = { statementText: result.statement, warnings: [] as unknown[] };
  if (result.kind === 'insertValues' || result.kind === 'set') return undefined;
  if (result.kind !== 'info') {
    const kind = engine.sources.get(result.name ?? '')?.kind ?? ctx.dropped?.kind ?? 'STREAM';
    const action =
      result.kind === 'drop' || result.kind === 'dropType' || result.kind === 'terminate' ? 'drop' : 'create';
    const commandId =
      result.kind === 'terminate'
        ? `terminate/${result.queryId}/execute`
        : `${kind.toLowerCase()}/\`${result.name}\`/${action}`;
    return {
      '@type': 'currentStatus',
      ...base,
      commandId,
      commandStatus: {
        status: 'SUCCESS',
        message: commandMessage(result, engine, ctx.dropped),
        queryId: result.queryId ?? null,
      },
      commandSequenceNumber: ctx.nextSequence(),
    };
  }
  return infoEntity(result, ctx, base);
}

function infoEntity(
  result: StatementResult,
  ctx: EntityContext,
  base: { statementText: string; warnings: unknown[] },
): KsqlEntity {
  const { engine } = ctx;
  const sources = [...engine.sources.values()];
  const text = result.statement.trim();
  const what = /^\s*(?:SHOW|LIST)\s+(\w+)/i.exec(text)?.[1]?.toUpperCase();
  const extended = /\bEXTENDED\b/i.test(text);
  if (what === 'STREAMS' || what === 'TABLES') {
    const kind = what === 'STREAMS' ? 'STREAM' : 'TABLE';
    const listed = sources.filter((s) => s.kind === kind);
    if (extended) {
      return {
        '@type': 'source_descriptions',
        ...base,
        sourceDescriptions: listed.map((s) => sourceDescription(engine, s, true)),
      };
    }
    return { '@type': what.toLowerCase(), ...base, [what.toLowerCase()]: listed.map(sourceInfo) };
  }
  if (what === 'QUERIES')
    return { '@type': 'queries', ...base, queries: [...engine.queries.values()].map(runningQuery) };
  if (what === 'TOPICS') {
    return { '@type': 'kafka_topics', ...base, topics: (ctx.topics ?? []).map((name) => ({ name, replicaInfo: [1] })) };
  }
  if (what === 'TYPES') {
    return {
      '@type': 'type_list',
      ...base,
      types: Object.fromEntries([...engine.types].map(([n, t]) => [n, schemaInfo(t)])),
    };
  }
  if (what === 'FUNCTIONS') {
    const functions = [
      ...engine.functions.scalarNames().map((name) => ({ name, type: 'SCALAR', category: '' })),
      ...engine.functions.aggregateNames().map((name) => ({ name, type: 'AGGREGATE', category: '' })),
    ].sort((a, b) => a.name.localeCompare(b.name));
    return { '@type': 'function_names', ...base, functions };
  }
  if (what === 'PROPERTIES') {
    const properties = Object.entries(engine.config).map(([name, value]) => ({
      name,
      scope: name.startsWith('ksql.streams.') ? 'STREAMS' : 'KSQL',
      level: 'SERVER',
      value: String(value),
    }));
    return { '@type': 'properties', ...base, properties, overwrittenProperties: [], defaultProperties: [] };
  }
  const info = result.info as Record<string, unknown>;
  if (/^\s*DESCRIBE\s+FUNCTION\b/i.test(text)) {
    return {
      '@type': 'describe_function',
      ...base,
      name: info.name,
      description: '',
      author: '',
      version: '',
      path: 'internal',
      functions: [],
      type: info.aggregate ? 'AGGREGATE' : 'SCALAR',
    };
  }
  if (/^\s*DESCRIBE\b/i.test(text)) {
    const src = engine.sources.get(info.name as string)!;
    return { '@type': 'sourceDescription', ...base, sourceDescription: sourceDescription(engine, src, extended) };
  }
  // EXPLAIN <query id> | <statement>: QueryDescriptionFactory.forQueryMetadata
  const q = result.info as QueryExplanation;
  return {
    '@type': 'queryDescription',
    ...base,
    queryDescription: {
      id: q.id,
      statementText: q.statement,
      windowType: q.window?.type ?? null,
      fields: fieldInfos(q),
      sources: q.sources,
      sinks: q.sinks,
      topology: q.topology,
      executionPlan: q.executionPlan,
      overriddenProperties: {},
      ksqlHostQueryStatus: {},
      queryType: q.queryType,
      queryErrors: q.error ? [{ errorMessage: q.error, type: 'UNKNOWN' }] : [],
      tasksMetadata: [],
      state: q.error ? 'ERROR' : 'RUNNING',
    },
  };
}
