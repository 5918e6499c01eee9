/**
 * The SQL engine: executes ksqlDB statements against a TopicDriver. DDL updates the metastore; CREATE ... AS
 * SELECT and INSERT INTO start persistent queries; INSERT VALUES produces one record.
 */
import { at, SqlError } from '../errors';
import { castValue } from '../expr/cast';
import { compile } from '../expr/compile';
import type { Column, Schema } from '../expr/row';
import { createRegistry } from '../functions';
import type { FunctionRegistry } from '../functions/registry';
import type { TopicDriver } from '../io/driver';
import type { Statement, StatementBody } from '../parser/ast';
import { Parser } from '../parser/parser';
import { planSelect } from '../planner/plan';
import { explainQuery, type QueryExplanation } from './explain';
import { PSEUDO_COLUMNS, WINDOW_BOUNDS } from '../planner/scope';

import { formatType, type SqlType, typeEquals } from '../types';
import {
  checkProps,
  checkSchemaFormats,
  formatsFromProps,
  propString,
  timestampFromProps,
  windowFromProps,
} from './ddl';
import type { DataSource } from './metastore';
import { type QueryLogger, RunningQuery, sinkCodec } from './query';
import { formatCreateAs } from './statement-text';
import { describeInfo, type InteractiveContext, pullLocation, runPullQuery } from './interactive';

export interface EngineOptions {
  driver: TopicDriver;
  /** ksqlDB-style properties (`ksql.*`), e.g. `ksql.persistence.default.format.value`. */
  config?: Record<string, unknown>;
  functions?: FunctionRegistry;
  logger?: QueryLogger;
  /** ksql.service.id, prefix of internal topics and consumer groups. */
  serviceId?: string;
}

export interface StatementResult {
  statement: string;
  kind: string;
  /** SHOW / LIST / DESCRIBE / EXPLAIN: what was asked for, as plain data. */
  info?: unknown;
  /** Source created/dropped, or query started. */
  name?: string;
  queryId?: string;
}

const quietLogger: QueryLogger = { debug() {}, warn() {} };

export class SqlEngine {
  readonly functions: FunctionRegistry;
  readonly sources = new Map<string, DataSource>();
  readonly types = new Map<string, SqlType>();
  readonly queries = new Map<string, RunningQuery>();
  readonly config: Record<string, unknown>;
  private readonly driver: TopicDriver;
  private readonly log: QueryLogger;
  private readonly serviceId: string;
  private queryCounter = 0;
  /** Transient queries count apart: persistent query ids must come out the same when statements are replayed. */
  private transientCounter = 0;

  constructor(options: EngineOptions) {
    this.driver = options.driver;
    this.functions = options.functions ?? createRegistry();
    this.config = { ...(options.config ?? {}) };
    this.log = options.logger ?? quietLogger;
    this.serviceId = options.serviceId ?? 'default_';
  }

  private get internalPrefix(): string {
    return `_confluent-ksql-${this.serviceId}query_`;
  }

  /** Parses and executes a script, statement by statement (a failure stops the script). */
  async execute(sql: string): Promise<StatementResult[]> {
    const parser = new Parser(sql, (name) => this.types.get(name));
    const results: StatementResult[] = [];
    while (!parser.atEnd()) {
      const st = parser.next();
      results.push(await this.executeStatement(st));
    }
    return results;
  }

  async executeStatement(st: Statement): Promise<StatementResult> {
    switch (st.k) {
      case 'createSource':
        return this.createSource(st);
      case 'createAs':
        return this.createAs(st);
      case 'insertInto':
        return this.insertInto(st);
      case 'insertValues':
        return this.insertValues(st);
      case 'drop':
        return this.drop(st);
      case 'createType': {
        const existing = this.types.get(st.name);
        if (existing) {
          if (st.ifNotExists) return { statement: st.text, kind: 'createType', name: st.name };
          throw new SqlError(
            `Cannot register custom type '${st.name}' since it is already registered with type: ${formatType(existing)}`,
          );
        }
        this.types.set(st.name, st.type);
        return { statement: st.text, kind: 'createType', name: st.name };
      }
      case 'dropType':
        if (!this.types.delete(st.name) && !st.ifExists) throw new SqlError(`Type ${st.name} does not exist.`);
        return { statement: st.text, kind: 'dropType', name: st.name };
      case 'set':
        if (st.unset) delete this.config[st.name];
        else this.config[st.name] = st.value;
        return { statement: st.text, kind: 'set' };
      case 'terminate': {
        const q = this.queries.get(st.id);
        if (!q) throw new SqlError(`Unknown queryId: ${st.id}`);
        await q.stop();
        this.queries.delete(st.id);
        return { statement: st.text, kind: 'terminate', queryId: st.id };
      }
      case 'info':
        return { statement: st.text, kind: 'info', info: this.info(st) };
      case 'select':
        throw new SqlError('Transient queries (SELECT without CREATE ... AS) run through SqlEngine.streamQuery().');
    }
  }

  /**
   * Runs a transient push query (`SELECT ... EMIT CHANGES`): rows go to `onRow` until `close()`. It reads
   * from the latest offsets unless `auto.offset.reset` is 'earliest' (in the engine config or `options`).
   * Nothing is written to Kafka and no state is logged. Returns the output schema.
   */
  async streamQuery(
    sql: string,
    onRow: (row: {
      key: unknown[];
      value: unknown[] | null;
      ts: number;
      window?: { start: number; end: number };
    }) => void,
    options: { offsetReset?: 'earliest' | 'latest' } = {},
  ): Promise<{
    id: string;
    schema: Schema;
    kind: 'STREAM' | 'TABLE';
    /** Where each key column sits in the projection's order (QueryPlan.keyPositions). */
    keyPositions?: number[];
    close(): Promise<void>;
  }> {
    const parser = new Parser(sql, (name) => this.types.get(name));
    const st = parser.next();
    if (st.k !== 'select') throw new SqlError('streamQuery expects a single SELECT statement.');
    const id = `transient_${this.transientCounter++}_${Date.now()}`;
    const plan = planSelect(st.select, { ...this.planContext(id), transient: true });
    const reset =
      options.offsetReset ??
      (String(this.config['auto.offset.reset'] ?? 'latest') === 'earliest' ? 'earliest' : 'latest');
    let remaining = st.select.limit ?? Number.POSITIVE_INFINITY;
    const sink: DataSource = {
      name: id,
      kind: plan.kind,
      topic: '',
      schema: plan.schema,
      keyFormat: { format: 'JSON' },
      valueFormat: { format: 'JSON' },
      window: plan.window,
      readOnly: true,
      sql: st.text,
    };
    const q = new RunningQuery(id, plan, sink, st.text, this.driver, this.log, this.internalPrefix, this.config, {
      offsetReset: reset,
      onRow: (row) => {
        if (remaining <= 0) return;
        remaining--;
        onRow({ key: row.key, value: row.value, ts: row.ts, window: row.window });
      },
    });
    this.queries.set(id, q);
    await q.start();
    return {
      id,
      schema: plan.schema,
      kind: plan.kind,
      keyPositions: plan.keyPositions,
      close: async () => {
        await q.stop();
        this.queries.delete(id);
      },
    };
  }

  /**
   * A pull query: the current rows of a table built by CREATE TABLE AS SELECT, or a scan of a stream's or
   * source table's topic, filtered by WHERE and projected (see interactive.ts); `properties` are the
   * request's (e.g. ksql.query.pull.table.scan.enabled); `partitions`: only the rows of those tasks of a
   * materialized table (a routed request, rest/routing/).
   */
  pullQuery(
    sql: string,
    properties: Record<string, unknown> = {},
    partitions?: number[],
  ): Promise<{ columns: (Column & { key: boolean })[]; rows: unknown[][] }> {
    // the request's properties (REST streamsProperties) over the engine's config, for this query only
    return runPullQuery({ ...this.interactive(), config: { ...this.config, ...properties } }, sql, partitions);
  }

  /** Where a pull query's rows live when its table's query is shared by several instances (interactive.ts). */
  pullLocation(sql: string): ReturnType<typeof pullLocation> {
    return pullLocation(this.interactive(), sql);
  }

  private info(st: StatementBody & { k: 'info' } & { text: string }): unknown {
    if (st.what === 'EXPLAIN' && st.statement) return this.explainStatement(st.statement, st.text);
    return describeInfo(this.interactive(), st);
  }

  /**
   * EXPLAIN of a statement: planned (so ksqlDB's validation errors come out as they would) but not run, as
   * ksqlDB's ExplainExecutor runs it in a sandbox; the id is the one the query would get.
   */
  private explainStatement(body: StatementBody, text: string): QueryExplanation {
    const inner = text.replace(/^\s*EXPLAIN\s+/i, '');
    if (body.k === 'select') {
      const from = body.select.from.name;
      const id = `transient_${from}_${this.transientCounter}`;
      const plan = planSelect(body.select, { ...this.planContext(id), transient: true });
      const sink = {
        name: id,
        kind: plan.kind,
        topic: '',
        keyFormat: { format: 'JSON' },
        valueFormat: { format: 'JSON' },
        schema: plan.schema,
      };
      return explainQuery(id, plan, sink, inner, 'PUSH');
    }
    if (body.k === 'createAs') {
      const plan = planSelect(body.select, this.planContext(body.name));
      const first = plan.inputs[0];
      const id =
        this.sources.get(body.name)?.queryId ??
        `${body.kind === 'STREAM' ? 'CSAS' : 'CTAS'}_${body.name}_${this.queryCounter}`;
      const prefix = (this.config['ksql.output.topic.name.prefix'] as string | undefined) ?? '';
      const topic = propString(body.props, 'KAFKA_TOPIC') ?? `${prefix}${body.name}`;
      const sink = { ...first, name: body.name, kind: body.kind, topic, schema: plan.schema };
      return explainQuery(id, plan, sink, inner, 'PERSISTENT');
    }
    if (body.k === 'insertInto') {
      const sink = this.sources.get(body.name);
      if (!sink) throw new SqlError(`Source \`${body.name}\` does not exist.`, undefined, 'KsqlException');
      const plan = planSelect(body.select, this.planContext(body.name));
      return explainQuery(`INSERTQUERY_${this.queryCounter}`, plan, sink, inner, 'PERSISTENT');
    }
    throw new SqlError('The provided statement does not run a ksql query', undefined, 'KsqlException');
  }

  private interactive(): InteractiveContext {
    const { sources, queries, types, functions, config, driver, log } = this;
    return { sources, queries, types, functions, config, driver, log };
  }

  /** Waits until every query's output so far is written. */
  async flush(): Promise<void> {
    for (const q of this.queries.values()) await q.flush();
  }

  async close(): Promise<void> {
    for (const q of this.queries.values()) await q.stop();
    this.queries.clear();
  }

  getSource(name: string): DataSource | undefined {
    return this.sources.get(name);
  }

  private defaults() {
    const wrap = this.config['ksql.persistence.wrap.single.values'];
    return {
      key: (this.config['ksql.persistence.default.format.key'] as string | undefined) ?? 'KAFKA',
      value: this.config['ksql.persistence.default.format.value'] as string | undefined,
      wrapSingle: wrap === undefined ? undefined : String(wrap) === 'true',
    };
  }

  private checkNotExists(kind: string, name: string, orReplace: boolean, ifNotExists: boolean): boolean {
    const existing = this.sources.get(name);
    if (!existing) return true;
    if (ifNotExists) return false;
    if (orReplace) {
      if (existing.kind !== kind) {
        throw new SqlError(
          `Cannot add ${kind.toLowerCase()} '${name}': A ${existing.kind.toLowerCase()} with the same name already exists`,
        );
      }
      return true;
    }
    throw new SqlError(
      `Cannot add ${kind.toLowerCase()} '${name}': A ${existing.kind.toLowerCase()} with the same name already exists`,
    );
  }

  private async createSource(st: StatementBody & { k: 'createSource' } & { text: string }): Promise<StatementResult> {
    const existing = this.sources.get(st.name);
    if (existing && st.orReplace && (existing.readOnly || st.source)) {
      throw new SqlError(
        `Cannot add ${st.kind.toLowerCase()} '${st.name}': CREATE OR REPLACE is not supported on source ${st.kind.toLowerCase()}s.`,
        undefined,
        'KsqlException',
      );
    }
    if (!this.checkNotExists(st.kind, st.name, st.orReplace, st.ifNotExists)) {
      return { statement: st.text, kind: 'createSource', name: st.name };
    }
    checkProps(st.props);
    const formats = formatsFromProps(st.props, this.defaults(), 'create');
    const window = windowFromProps(st.props);
    const elements = st.elements ?? [];
    const schema: Schema = { key: [], value: [] };
    const names = new Set<string>();
    for (const el of elements) {
      if ([...PSEUDO_COLUMNS, ...WINDOW_BOUNDS].includes(el.name)) {
        throw new SqlError(`'${el.name}' is a reserved column name.`, el.pos);
      }
      if (names.has(el.name)) throw new SqlError(`Duplicate column names: ${el.name}`, el.pos);
      names.add(el.name);
      if (el.key) {
        if (st.kind === 'STREAM' && el.primaryKey) {
          throw new SqlError(
            `Column \`${el.name}\` is a 'PRIMARY KEY' column: please use 'KEY' for streams.\nTables have PRIMARY KEYs, which are unique and NON NULL.\nStreams have KEYs, which have no uniqueness or NON NULL constraints.`,
            el.pos,
          );
        }
        if (st.kind === 'TABLE' && !el.primaryKey) {
          throw new SqlError(
            `Column \`${el.name}\` is a 'KEY' column: please use 'PRIMARY KEY' for tables.\nTables have PRIMARY KEYs, which are unique and NON NULL.\nStreams have KEYs, which have no uniqueness or NON NULL constraints.`,
            el.pos,
          );
        }
        schema.key.push({ name: el.name, type: el.type });
      } else {
        const col: Column = { name: el.name, type: el.type };
        if (el.headers) col.headers = el.headers;
        schema.value.push(col);
      }
    }
    if (st.kind === 'TABLE' && schema.key.length === 0 && elements.length > 0) {
      throw new SqlError(`Tables require a PRIMARY KEY. Please define the PRIMARY KEY.`);
    }
    if (elements.length === 0 && !['NONE'].includes(formats.value.format)) {
      throw new SqlError(`The statement does not define any columns.`);
    }
    if (schema.key.length === 0 && formats.keyExplicit === false) formats.key = { format: 'NONE' };
    checkSchemaFormats(schema, formats.key, formats.value, st.props.has('WRAP_SINGLE_VALUE'));
    const timestamp = timestampFromProps(st.props, schema);
    const topic = propString(st.props, 'KAFKA_TOPIC');
    if (!topic) throw new SqlError('Missing required property "KAFKA_TOPIC" for CREATE STREAM/TABLE.');
    const described = await this.driver.describeTopic(topic);
    if (!described) {
      const partitions = st.props.get('PARTITIONS');
      if (!partitions) {
        throw new SqlError(
          `Topic '${topic}' does not exist. If you want to create a new topic for the ${st.kind.toLowerCase()} please re-run the statement providing the required 'PARTITIONS' configuration in the WITH clause (and optionally 'REPLICAS'). For example: CREATE ${st.kind} ${st.name} (ID INT PRIMARY KEY, NAME STRING) WITH (KAFKA_TOPIC='${topic}', PARTITIONS=2, REPLICAS=1, FORMAT='JSON');`,
        );
      }
      await this.driver.createTopic(topic, { partitions: Number(partitions.value) });
    }
    this.sources.set(st.name, {
      name: st.name,
      kind: st.kind,
      topic,
      schema,
      keyFormat: formats.key,
      valueFormat: formats.value,
      timestamp,
      window,
      readOnly: st.source,
      sql: st.text,
    });
    return { statement: st.text, kind: 'createSource', name: st.name };
  }

  private planContext(sinkName: string) {
    return {
      functions: this.functions,
      config: this.config,
      sinkName,
      source: (name: string, pos: Statement['pos']) => {
        const s = this.sources.get(name);
        if (!s) throw new SqlError(at(pos, `${name} does not exist.`));
        return s;
      },
    };
  }

  private async createAs(st: StatementBody & { k: 'createAs' } & { text: string }): Promise<StatementResult> {
    if (!this.checkNotExists(st.kind, st.name, st.orReplace, st.ifNotExists)) {
      return { statement: st.text, kind: 'createAs', name: st.name };
    }
    checkProps(st.props);
    const plan = planSelect(st.select, this.planContext(st.name));
    const first = plan.inputs[0];
    if (plan.inputs.some((i) => i.window && i.kind === 'TABLE') && !st.select.groupBy) {
      throw new SqlError('KSQL does not support persistent queries on windowed tables.', undefined, 'KsqlException');
    }
    if (plan.kind !== st.kind) {
      throw new SqlError(
        plan.kind === 'TABLE'
          ? 'Invalid result type. Your SELECT query produces a TABLE. Please use CREATE TABLE AS SELECT statement instead.'
          : 'Invalid result type. Your SELECT query produces a STREAM. Please use CREATE STREAM AS SELECT statement instead.',
      );
    }
    const sourceKeyFormat = first.keyFormat.format === 'NONE' ? this.defaults().key : first.keyFormat.format;
    const defaults = {
      key: sourceKeyFormat,
      value: first.valueFormat.format,
      wrapSingle: this.defaults().wrapSingle,
    };
    const formats = formatsFromProps(st.props, defaults, 'createAs');
    if (first.valueFormat.delimiter && !st.props.has('VALUE_DELIMITER') && formats.value.format === 'DELIMITED') {
      formats.value.delimiter = first.valueFormat.delimiter;
    }
    if (plan.schema.key.length === 0) {
      if (formats.keyExplicit && formats.key.format !== 'NONE' && !st.props.has('FORMAT')) {
        throw new SqlError('Key format specified for stream without key columns.');
      }
      formats.key = { format: 'NONE' };
    }
    try {
      checkSchemaFormats(plan.schema, formats.key, formats.value, st.props.has('WRAP_SINGLE_VALUE'));
    } catch (err) {
      if (err instanceof SqlError && err.message.includes('format does not support schema')) {
        throw new SqlError(`${err.message}\nStatement: ${formatCreateAs(st, (n) => this.sources.get(n))}`, err.pos);
      }
      throw err;
    }
    const timestamp = timestampFromProps(st.props, plan.schema);
    const prefix = (this.config['ksql.output.topic.name.prefix'] as string | undefined) ?? '';
    const topic = propString(st.props, 'KAFKA_TOPIC') ?? `${prefix}${st.name}`;
    const srcTopic = await this.driver.describeTopic(first.topic);
    const partitions = st.props.get('PARTITIONS')?.value ?? srcTopic?.partitions ?? 1;
    if (!(await this.driver.describeTopic(topic))) {
      await this.driver.createTopic(topic, { partitions: Number(partitions), compacted: plan.kind === 'TABLE' });
    }
    // CREATE OR REPLACE keeps the query id, so the new query resumes from the old one's positions and state
    const queryId =
      this.sources.get(st.name)?.queryId ??
      `${st.kind === 'STREAM' ? 'CSAS' : 'CTAS'}_${st.name}_${this.queryCounter++}`;
    const sink: DataSource = {
      name: st.name,
      kind: st.kind,
      topic,
      schema: plan.schema,
      keyFormat: formats.key,
      valueFormat: formats.value,
      timestamp,
      window: plan.window,
      readOnly: false,
      queryId,
      sql: st.text,
    };
    const replaced = this.sources.get(st.name);
    if (replaced?.queryId) await this.stopQuery(replaced.queryId);
    this.sources.set(st.name, sink);
    await this.startQuery(queryId, plan, sink, st.text);
    return { statement: st.text, kind: 'createAs', name: st.name, queryId };
  }

  private async startQuery(
    id: string,
    plan: ReturnType<typeof planSelect>,
    sink: DataSource,
    sql: string,
  ): Promise<void> {
    const q = new RunningQuery(id, plan, sink, sql, this.driver, this.log, this.internalPrefix, this.config);
    this.queries.set(id, q);
    await q.start();
  }

  private async stopQuery(id: string): Promise<void> {
    const q = this.queries.get(id);
    if (q) {
      await q.stop();
      this.queries.delete(id);
    }
  }

  private async insertInto(st: StatementBody & { k: 'insertInto' } & { text: string }): Promise<StatementResult> {
    const sink = this.sources.get(st.name);
    if (!sink) throw new SqlError(at(st.namePos, `Source \`${st.name}\` does not exist.`), undefined, 'KsqlException');
    if (sink.readOnly) {
      throw new SqlError(
        `Cannot insert into read-only ${sink.kind.toLowerCase()}: ${sink.name}`,
        undefined,
        'KsqlException',
      );
    }
    const plan = planSelect(st.select, this.planContext(st.name));
    if (plan.kind !== sink.kind) {
      throw new SqlError(
        `Incompatible data sink and query result. Data sink (${sink.name}) type is ${sink.kind} but select query result is a ${plan.kind}.`,
      );
    }
    const describe = (s: Schema) =>
      [
        ...s.key.map((c) => `\`${c.name}\` ${formatType(c.type)} KEY`),
        ...s.value.map((c) => `\`${c.name}\` ${formatType(c.type)}`),
      ].join(', ');
    const same =
      plan.schema.key.length === sink.schema.key.length &&
      plan.schema.value.length === sink.schema.value.length &&
      plan.schema.key.every(
        (c, i) => c.name === sink.schema.key[i].name && typeEquals(c.type, sink.schema.key[i].type),
      ) &&
      plan.schema.value.every(
        (c, i) => c.name === sink.schema.value[i].name && typeEquals(c.type, sink.schema.value[i].type),
      );
    if (!same) {
      throw new SqlError(
        `Incompatible schema between results and sink.\nResult schema is ${describe(plan.schema)}\nSink schema is ${describe(sink.schema)}`,
      );
    }
    if (!!plan.window !== !!sink.window) throw new SqlError('Incompatible windowing between results and sink.');
    const queryId = `INSERTQUERY_${this.queryCounter++}`;
    await this.startQuery(queryId, plan, sink, st.text);
    return { statement: st.text, kind: 'insertInto', name: st.name, queryId };
  }

  private async insertValues(st: StatementBody & { k: 'insertValues' } & { text: string }): Promise<StatementResult> {
    const sink = this.sources.get(st.name);
    if (!sink) {
      const similar = [...this.sources.keys()].find((n) => n.toUpperCase() === st.name.toUpperCase());
      throw new SqlError(
        `Cannot insert values into an unknown stream/table: \`${st.name}\`${similar ? `\nDid you mean "${similar}"? Hint: wrap the source name in double quotes to make it case-sensitive.` : ''}`,
        undefined,
        'KsqlException',
      );
    }
    if (sink.readOnly) {
      throw new SqlError(
        `Cannot insert values into read-only ${sink.kind.toLowerCase()}: ${sink.name}`,
        undefined,
        'KsqlException',
      );
    }
    const all = [...sink.schema.key, ...sink.schema.value.filter((c) => !c.headers)];
    const columns = st.columns ?? all.map((c) => c.name);
    if (columns.length !== st.values.length) {
      throw new SqlError(
        `Expected number columns and values to match: ${columns.join(', ')}, ${st.values.length} values`,
      );
    }
    const empty = {
      resolve: (q: string | undefined, name: string) => {
        if (q) throw new SqlError(`Failed to prepare statement: '${q}' is not a valid stream/table name or alias.`);
        throw new SqlError(`Unknown column ${name}`);
      },
    };
    for (const name of columns) {
      if (name !== 'ROWTIME' && (PSEUDO_COLUMNS.includes(name) || WINDOW_BOUNDS.includes(name))) {
        throw new SqlError(`Inserting into column \`${name}\` is not allowed.`);
      }
    }
    const row = {
      key: sink.schema.key.map(() => null as unknown),
      value: sink.schema.value.map(() => null as unknown),
    };
    let ts = Date.now();
    columns.forEach((name, i) => {
      const c = compile(st.values[i], { scope: empty, functions: this.functions, config: this.config });
      const v = c.eval({ key: [], value: [], ts: 0, partition: 0, offset: 0 });
      if (name === 'ROWTIME') {
        ts = Number(v);
        return;
      }
      const ki = sink.schema.key.findIndex((k) => k.name === name);
      const vi = sink.schema.value.findIndex((k) => k.name === name);
      const col = ki >= 0 ? sink.schema.key[ki] : vi >= 0 ? sink.schema.value[vi] : undefined;
      if (!col) throw new SqlError(`Column name ${name} does not exist.`);
      const converted = v === null ? null : c.type.base === 'NULL' ? null : castValue(v, c.type, col.type);
      if (ki >= 0) row.key[ki] = converted;
      else row.value[vi] = converted;
    });
    const rec = sinkCodec(sink).toRecord({ key: row.key, value: row.value, ts, partition: 0, offset: 0 });
    if (!rec) throw new SqlError(`Cannot insert: the TIMESTAMP column of ${sink.name} does not parse.`);
    await this.driver.produce(sink.topic, [rec]);
    return { statement: st.text, kind: 'insertValues', name: st.name };
  }

  private async drop(st: StatementBody & { k: 'drop' } & { text: string }): Promise<StatementResult> {
    const src = this.sources.get(st.name);
    if (!src) {
      if (st.ifExists) return { statement: st.text, kind: 'drop', name: st.name };
      throw new SqlError(`Source ${st.name} does not exist.`);
    }
    if (src.kind !== st.kind) {
      throw new SqlError(`Incompatible data source type is ${src.kind}, but statement was DROP ${st.kind}`);
    }
    if (st.deleteTopic && src.readOnly) {
      throw new SqlError(`Cannot delete topic for read-only source: ${src.name}`, undefined, 'KsqlException');
    }
    const readers = [...this.queries.values()].filter(
      (q) => q.plan.inputs.some((i) => i.name === src.name) && q.sink.name !== src.name,
    );
    if (readers.length) {
      throw new SqlError(
        `Cannot drop ${src.name}.\nThe following streams and/or tables read from this source: [${readers.map((q) => q.sink.name).join(', ')}].\nYou need to drop them before dropping ${src.name}.`,
      );
    }
    for (const q of [...this.queries.values()]) if (q.sink.name === src.name) await this.stopQuery(q.id);
    this.sources.delete(src.name);
    if (st.deleteTopic) await this.driver.deleteTopic(src.topic);
    return { statement: st.text, kind: 'drop', name: st.name };
  }
}
