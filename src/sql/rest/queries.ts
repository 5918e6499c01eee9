/**
 * Queries over HTTP: a pull query (a SELECT without EMIT) is answered at once; a push query (EMIT CHANGES)
 * runs as a transient engine query whose rows go to the response as they come, until LIMIT, the client
 * leaving, or /close-query. Both feed a QuerySink; the endpoints differ only in their framing (writers.ts).
 */
import type { SqlEngine } from '../engine/engine';
import type { Column, Row } from '../expr/row';
import { Parser } from '../parser/parser';
import { WINDOW_BOUNDS } from '../planner/scope';
import { formatType, T } from '../types';
import { ERROR_CODES, genericError, type KsqlErrorMessage, RestError } from './errors';
import { executePull } from './routing/ha-routing';
import type { HeartbeatAgent } from './routing/heartbeat';
import { rowJson } from './writers';

/** What a push query's row carries to the response. */
type OutRow = Pick<Row, 'key' | 'value' | 'window'>;

export interface QueryHeader {
  queryId: string;
  columnNames: string[];
  columnTypes: string[];
  /** ksqlDB's schema text, e.g. "`K` STRING KEY, `V` INTEGER" (the /query header). */
  schema: string;
  /**
   * Framed as a push query (rows as they come, then a final message), rather than a pull query's rows at
   * once; pull queries on streams are framed so too, as ksqlDB does.
   */
  push: boolean;
}

/** Where a query's output goes; `rowJson` is the row's column values as a JSON array text. */
export interface QuerySink {
  header(header: QueryHeader): void;
  /** `tombstone`: a table push query's deleted row (key columns and window bounds set, the rest null). */
  row(rowJson: string, tombstone?: boolean): void;
  /** The query is over: `finalMessage` is ksqlDB's ("Limit Reached") when it ended by LIMIT. */
  end(finalMessage?: string): void;
  /** The query failed after its header went out: the error ends the response (a routed pull query's). */
  error(error: KsqlErrorMessage): void;
}

export interface RunningPushQuery {
  id: string;
  close(): Promise<void>;
}

/** Request properties that pick where a push query starts reading (ksqlDB takes either spelling). */
export function offsetResetOf(properties: Record<string, unknown>): 'earliest' | 'latest' | undefined {
  const value = properties['ksql.streams.auto.offset.reset'] ?? properties['auto.offset.reset'];
  return value === 'earliest' || value === 'latest' ? value : undefined;
}

function header(queryId: string, columns: (Column & { key?: boolean })[], push: boolean): QueryHeader {
  return {
    queryId,
    columnNames: columns.map((c) => c.name),
    columnTypes: columns.map((c) => formatType(c.type)),
    schema: columns.map((c) => `\`${c.name}\` ${formatType(c.type)}${c.key ? ' KEY' : ''}`).join(', '),
    push,
  };
}

/** A projected column's value in a tombstone: a key column's or a window bound's, else null. */
function tombstoneValue(name: string, row: OutRow, keyNames: string[]): unknown {
  const at = keyNames.indexOf(name);
  if (at >= 0) return row.key[at];
  if (name === 'WINDOWSTART' && row.window) return BigInt(row.window.start);
  if (name === 'WINDOWEND' && row.window) return BigInt(row.window.end);
  return null;
}

/**
 * A push query's columns in the projection's order: the key columns back in their places (`positions`, from
 * the plan; first when unknown), a windowed SELECT *'s bounds right after them.
 */
function inProjectionOrder<T>(key: T[], bounds: T[], value: T[], positions: number[] | undefined): T[] {
  if (!positions || positions.length !== key.length) return [...key, ...bounds, ...value];
  const out = [...value];
  const order = positions.map((at, i) => ({ at, i })).sort((a, b) => a.at - b.at);
  for (const { at, i } of order) out.splice(at, 0, key[i]);
  out.splice(order.length ? order[order.length - 1].at + 1 : 0, 0, ...bounds);
  return out;
}

let pullCounter = 0;

/**
 * Runs the query in `sql` into `sink`. A pull query ends before this resolves; a push query resolves to
 * its handle once it runs (rows follow).
 */
export async function runQuery(
  engine: SqlEngine,
  sql: string,
  properties: Record<string, unknown>,
  sink: QuerySink,
  /** KsqlRequest.requestProperties: the routing flags a forwarding server sets (routing/options.ts). */
  requestProperties: Record<string, unknown> = {},
  /** ksql.heartbeat.enable: routing skips the hosts it knows dead. */
  heartbeat?: HeartbeatAgent,
  /** The caller's Authorization header: forwarded pull queries carry it, as ksqlDB's HARouting does. */
  authorization?: string,
): Promise<RunningPushQuery | undefined> {
  const st = new Parser(sql, (name) => engine.types.get(name)).next();
  if (st.k !== 'select') {
    throw new RestError(
      genericError(ERROR_CODES.BAD_REQUEST, `Statement type \`${st.k}' not supported for this resource`),
    );
  }
  if (!st.select.emit) {
    // here, or across the instances holding the table's rows (routing/)
    const result = await executePull(
      engine,
      sql,
      properties,
      requestProperties,
      st.select.limit,
      heartbeat,
      authorization,
    );
    // a pull query on a stream is a scan that completes: ksqlDB frames it as a push query's, with its end
    const onStream = engine.sources.get(st.select.from.name)?.kind === 'STREAM';
    sink.header(header(`query_${Date.now()}_${pullCounter++}`, result.columns, onStream));
    for (const row of result.rows) sink.row(row);
    if (result.error) {
      sink.error(genericError(ERROR_CODES.SERVER_ERROR, result.error));
      return undefined;
    }
    const limited = st.select.limit !== undefined && result.rows.length >= st.select.limit;
    sink.end(onStream ? (limited ? 'Limit Reached' : 'Query Completed') : undefined);
    return undefined;
  }
  // SELECT * of a windowed source shows the window bounds after the key columns, as ksqlDB's push queries do
  const source = engine.sources.get(st.select.from.name);
  const withBounds = !!source?.window && st.select.items.some((i) => i.k === 'star');
  const limit = st.select.limit ?? Number.POSITIVE_INFINITY;
  let sent = 0;
  let columns: Column[] = [];
  let finished = false;
  let query: Awaited<ReturnType<SqlEngine['streamQuery']>> | undefined;
  const finish = (message?: string) => {
    if (finished) return;
    finished = true;
    sink.end(message);
    void query?.close();
  };
  const pending: OutRow[] = [];
  const emit = (row: OutRow) => {
    if (finished) return;
    const bounds = withBounds ? [BigInt(row.window?.start ?? 0), BigInt(row.window?.end ?? 0)] : [];
    if (row.value === null) {
      // a table's deleted row: ksqlDB's TombstoneFactory fills what the key knows, by column name
      if (query?.kind !== 'TABLE') return;
      const keyNames = query.schema.key.map((c) => c.name);
      const value = query.schema.value.map((c) => tombstoneValue(c.name, row, keyNames));
      sink.row(rowJson(inProjectionOrder(row.key, bounds, value, query.keyPositions), columns), true);
    } else sink.row(rowJson(inProjectionOrder(row.key, bounds, row.value, query?.keyPositions), columns));
    if (++sent >= limit) finish('Limit Reached');
  };
  query = await engine.streamQuery(
    sql,
    (row) => {
      if (columns.length) emit(row);
      else pending.push(row); // rows before the header is written (the query starts before it returns)
    },
    { offsetReset: offsetResetOf(properties) },
  );
  const schema = query.schema;
  const boundColumns = withBounds ? WINDOW_BOUNDS.map((name) => ({ name, type: T.BIGINT })) : [];
  columns = inProjectionOrder(schema.key, boundColumns, schema.value, query.keyPositions);
  sink.header(header(query.id, columns, true));
  for (const row of pending.splice(0)) emit(row);
  if (limit === 0) finish('Limit Reached');
  const running = query;
  return {
    id: running.id,
    close: async () => {
      finish();
      await running.close();
    },
  };
}
