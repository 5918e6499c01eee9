/** Statements that answer rather than change things: pull queries, SHOW / LIST, DESCRIBE, EXPLAIN. */
import { SqlError } from '../errors';
import { compile, safe } from '../expr/compile';
import { formatExpr } from '../expr/format';
import type { Column, Row } from '../expr/row';
import type { FunctionRegistry } from '../functions/registry';
import type { TopicDriver } from '../io/driver';
import type { Expr, StatementBody } from '../parser/ast';
import { Parser } from '../parser/parser';
import { keyString, withPrefix } from '../planner/plan';
import { explainQuery } from './explain';
import { compileItems, expandSelect, walkExpr } from '../planner/projection';
import { SourceScope, WINDOW_BOUNDS } from '../planner/scope';
import { makeSerde } from '../serde/formats';
import { formatType, type SqlType } from '../types';
import type { DataSource } from './metastore';
import { configFlag, lookupKeys, PULL_QUERY_SYNTAX_HELP, pullPlanType } from './pull-where';
import { type QueryLogger, type RunningQuery, sourceCodec } from './query';

/** What these statements read from the engine. */
export interface InteractiveContext {
  sources: Map<string, DataSource>;
  queries: Map<string, RunningQuery>;
  types: Map<string, SqlType>;
  functions: FunctionRegistry;
  config: Record<string, unknown>;
  driver: TopicDriver;
  log: QueryLogger;
}

/**
 * Where a pull query's rows live when its table is materialized by a query shared among the service's
 * instances (each holds its own tasks' keys): the query, and for a key lookup on literal keys, the tasks
 * (partitions) of those keys; without `tasks` every partition is read. Undefined when the rows are all here.
 */
export function pullLocation(
  ctx: InteractiveContext,
  sql: string,
): { query: RunningQuery; tasks?: number[] } | undefined {
  const st = new Parser(sql, (name) => ctx.types.get(name)).next();
  if (st.k !== 'select' || st.select.emit) return undefined;
  const table = ctx.sources.get(st.select.from.name);
  const query = table?.queryId ? ctx.queries.get(table.queryId) : undefined;
  if (table?.kind !== 'TABLE' || !query?.shared) return undefined;
  let tasks: number[] | undefined;
  try {
    const keys = lookupKeys(st.select.where, table);
    if (keys) tasks = [...new Set(keys.map((k) => query.materialized.taskOfKey(k)))].sort((a, b) => a - b);
  } catch {
    tasks = undefined; // a key that does not serialize: every partition is asked, the filter decides
  }
  return { query, tasks };
}

/**
 * A pull query: the current rows of a materialized table (one written by CREATE TABLE AS SELECT),
 * filtered by WHERE and projected. Returns the column names and one value array per row. `partitions`: only
 * the rows of those tasks (a routed request; materialized.ts).
 */
export async function runPullQuery(
  ctx: InteractiveContext,
  sql: string,
  partitions?: number[],
): Promise<{ columns: (Column & { key: boolean })[]; rows: unknown[][] }> {
  const parser = new Parser(sql, (name) => ctx.types.get(name));
  const st = parser.next();
  if (st.k !== 'select') throw new SqlError('A pull query is a single SELECT statement.');
  const select = st.select;
  if (select.joins.length) throw new SqlError(`Pull queries don't support JOIN clauses. ${PULL_QUERY_SYNTAX_HELP}`);
  if (select.groupBy) throw new SqlError(`Pull queries don't support GROUP BY clauses. ${PULL_QUERY_SYNTAX_HELP}`);
  if (select.partitionBy)
    throw new SqlError(`Pull queries don't support PARTITION BY clauses. ${PULL_QUERY_SYNTAX_HELP}`);
  if (select.window) throw new SqlError(`Pull queries don't support WINDOW clauses. ${PULL_QUERY_SYNTAX_HELP}`);
  if (select.limit !== undefined && !configFlag(ctx.config, 'ksql.query.pull.limit.clause.enabled', true)) {
    throw new SqlError(
      'LIMIT clause in pull queries is currently disabled. You can enable them by setting ' +
        `ksql.query.pull.limit.clause.enabled=true. ${PULL_QUERY_SYNTAX_HELP}`,
    );
  }
  const table = ctx.sources.get(select.from.name);
  if (!table) throw new SqlError(`${select.from.name} does not exist.`);
  const query = table.queryId ? ctx.queries.get(table.queryId) : undefined;
  // a table built by a query answers from its view; a stream (or a source table) is read from its topic
  let current: Iterable<Row>;
  if (query && table.kind === 'TABLE') current = await query.currentRows(partitions);
  else {
    const codec = sourceCodec(table, ctx.log);
    const latest = new Map<string, Row>();
    const all: Row[] = [];
    for (const rec of (await ctx.driver.describeTopic(table.topic)) ? await ctx.driver.readAll(table.topic) : []) {
      const row = codec.toRow(rec);
      if (!row) continue;
      if (table.kind === 'STREAM') {
        if (row.value !== null) all.push(row);
        continue;
      }
      const k = keyString(row.key) + (row.window ? `@${row.window.start}-${row.window.end}` : '');
      if (row.value === null) latest.delete(k);
      else latest.set(k, row);
    }
    current = table.kind === 'STREAM' ? all : latest.values();
  }
  if (table.kind === 'TABLE' && !table.window) current = inKeyOrder(current, table);
  const disallowed = (e: Expr | undefined, where: string) => {
    if (!e) return;
    const bad = new Set<string>();
    walkExpr(e, (x) => {
      if (x.k === 'col' && (x.name === 'ROWPARTITION' || x.name === 'ROWOFFSET')) bad.add(x.name);
      if (x.k === 'col' && where === 'WHERE' && !table.window && WINDOW_BOUNDS.includes(x.name)) {
        throw new SqlError(`WHERE column '${x.name}' cannot be resolved.`);
      }
      return true;
    });
    if (bad.size) {
      throw new SqlError(
        `Pull queries don't support the following columns in ${where} clauses: ${[...bad].map((b) => `\`${b}\``).join(', ')}`,
      );
    }
  };
  for (const item of select.items) if (item.k === 'expr') disallowed(item.expr, 'SELECT');
  disallowed(select.where, 'WHERE');
  const side = {
    name: table.name,
    alias: select.from.alias ?? table.name,
    schema: table.schema,
    windowed: !!table.window,
  };
  const cctx = { scope: new SourceScope(side), functions: ctx.functions, config: ctx.config };
  const where = select.where ? safe(compileWhere(select.where, table, cctx)) : undefined;
  // a table answers by key lookup, range scan or table scan; ksqlDB refuses what the config does not allow
  if (table.kind === 'TABLE') pullPlanType(select.where, table, ctx.config);
  let expanded = expandSelect(select.items, [side], false);
  if (table.window && select.items.some((i) => i.k === 'star')) {
    // SELECT * of a windowed table: key columns, window bounds, then values
    const bounds = WINDOW_BOUNDS.map((name) => ({
      expr: { k: 'col', name, pos: st.pos } as Expr,
      name,
      aliased: false,
      pos: st.pos,
    }));
    const keyCount = expanded.filter(
      (i) => i.expr.k === 'col' && table.schema.key.some((k) => k.name === (i.expr as { name: string }).name),
    ).length;
    expanded = [...expanded.slice(0, keyCount), ...bounds, ...expanded.slice(keyCount)];
  }
  const items = compileItems(expanded, cctx);
  const evals = items.map((i) => safe(i.compiled));
  const rows: unknown[][] = [];
  for (const row of current) {
    if (select.limit !== undefined && rows.length >= select.limit) break; // LIMIT 0 answers no row
    if (where && where(row) !== true) continue;
    rows.push(evals.map((f) => f(row)));
  }
  // a stream's pull query is a scan whose rows carry no key: ksqlDB's header marks no column KEY
  const isKey = (e: Expr) =>
    table.kind === 'TABLE' &&
    e.k === 'col' &&
    (table.schema.key.some((k) => k.name === e.name) || (!!table.window && WINDOW_BOUNDS.includes(e.name)));
  return { columns: items.map((i) => ({ name: i.name, type: i.type, key: isKey(i.expr) })), rows };
}

/**
 * The WHERE clause compiled. On a table ksqlDB type-checks it as the pull query's filter, a
 * KsqlStatementException whose statement is the clause, so the error names the clause after the reason.
 */
function compileWhere(where: Expr, table: DataSource, cctx: Parameters<typeof compile>[1]) {
  try {
    return withPrefix('Error in WHERE expression: ', () => compile(where, cctx));
  } catch (e) {
    if (!(e instanceof SqlError) || table.kind !== 'TABLE') throw e;
    throw new SqlError(`${e.message}\nStatement: ${formatExpr(where)}`, e.pos, e.type);
  }
}

/**
 * A table's rows in the order ksqlDB's scan of its state store (RocksDB) yields them: by serialized key bytes,
 * which LIMIT then cuts. Keys that cannot be serialized keep their order.
 */
function inKeyOrder(rows: Iterable<Row>, table: DataSource): Row[] {
  const serde = makeSerde(table.keyFormat, table.schema.key, 'key');
  const keyed = [...rows].map((row) => {
    try {
      return { row, bytes: serde.serialize(row.key) ?? Buffer.alloc(0) };
    } catch {
      return { row, bytes: undefined };
    }
  });
  if (keyed.some((k) => !k.bytes)) return keyed.map((k) => k.row);
  return keyed.sort((a, b) => Buffer.compare(a.bytes!, b.bytes!)).map((k) => k.row);
}

export function describeInfo(ctx: InteractiveContext, st: StatementBody & { k: 'info' }): unknown {
  const describe = (src: DataSource) => ({
    name: src.name,
    type: src.kind,
    topic: src.topic,
    keyFormat: src.keyFormat.format,
    valueFormat: src.valueFormat.format,
    windowType: src.window?.type,
    schema: [
      ...src.schema.key.map((c) => `\`${c.name}\` ${formatType(c.type)} KEY`),
      ...src.schema.value.map((c) => `\`${c.name}\` ${formatType(c.type)}`),
    ].join(', '),
    readQueries: [...ctx.queries.values()]
      .filter((q) => q.plan.inputs.some((i) => i.name === src.name))
      .map((q) => q.id),
    writeQueries: [...ctx.queries.values()].filter((q) => q.sink.name === src.name).map((q) => q.id),
    statement: src.sql,
  });
  switch (st.what) {
    case 'STREAMS':
    case 'TABLES': {
      const kind = st.what === 'STREAMS' ? 'STREAM' : 'TABLE';
      return [...ctx.sources.values()].filter((s) => s.kind === kind).map(describe);
    }
    case 'QUERIES':
      return [...ctx.queries.values()].map((q) => ({ id: q.id, sink: q.sink.name, statement: q.sql }));
    case 'TYPES':
      return Object.fromEntries([...ctx.types].map(([n, t]) => [n, formatType(t)]));
    case 'FUNCTIONS':
      return { scalar: ctx.functions.scalarNames(), aggregate: ctx.functions.aggregateNames() };
    case 'PROPERTIES':
      return { ...ctx.config };
    case 'DESCRIBE': {
      const src = ctx.sources.get(st.name!);
      if (!src) throw new SqlError(`Could not find STREAM/TABLE '${st.name}' in the Metastore`);
      return describe(src);
    }
    case 'FUNCTION':
      if (!ctx.functions.hasScalar(st.name!) && !ctx.functions.isAggregate(st.name!)) {
        throw new SqlError(`Can't find any functions with the name '${st.name}'`);
      }
      return { name: st.name, aggregate: ctx.functions.isAggregate(st.name!) };
    case 'EXPLAIN': {
      const q = ctx.queries.get(st.name!);
      // ksqlDB explains persistent queries only (KsqlExecutionContext.getPersistentQuery)
      if (!q || q.id.startsWith('transient_'))
        throw new SqlError(
          `Query with id:${st.name} does not exist, use SHOW QUERIES to view the full set of queries.`,
        );
      return explainQuery(q.id, q.plan, q.sink, q.sql, 'PERSISTENT', q.failed?.message);
    }
    default:
      throw new SqlError(`SHOW ${st.what} is not supported.`);
  }
}
