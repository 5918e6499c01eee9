/**
 * ksqlDB's REST API on node's http: /ksql (statements), /query and /query-stream (pull and push queries),
 * /close-query, /inserts-stream, /info, /healthcheck, /status. Statements run one request at a time (ksqlDB
 * orders them through its command topic), each with its request's streamsProperties laid over the server's.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SqlEngine } from '../engine/engine';
import { SqlError } from '../errors';
import { ParseError } from '../parser/lexer';
import { Parser } from '../parser/parser';
import { sqlRequest } from '../../metrics/request-events';
import { BROOK_VERSION } from '../../version';
import type { CommandLog } from './commands';
import { type EntityContext, type KsqlEntity, toEntity } from './entities';
import { ERROR_CODES, genericError, queryEndpointError, RestError, statementError, statusOf } from './errors';
import { runInserts } from './inserts';
import { parsePrint, runPrint } from './print';
import { type RunningPushQuery, runQuery } from './queries';
import { type HeartbeatAgent, hostKey } from './routing/heartbeat';
import { DELIMITED, KSQL_V1_JSON, queryStreamWriter, streamedRowsWriter } from './writers';

export interface SqlRestOptions {
  engine: SqlEngine;
  serviceId: string;
  /** SHOW TOPICS: the cluster's topic names. */
  listTopics(): Promise<string[]>;
  log?: { warn(message: string, meta?: object): void };
  /** Where statements that change definitions are kept (replayed at start); none: they last the process. */
  commands?: CommandLog;
  /** Kafka bootstrap servers: PRINT reads topics with its own Fetch client. */
  bootstrap?: string[];
  /** ksql.heartbeat.enable: the other instances' liveness (/heartbeat, /clusterStatus, pull-query routing). */
  heartbeat?: HeartbeatAgent;
}

/** Statements the command topic keeps: those changing definitions or persistent queries. */
const DURABLE = new Set(['createSource', 'createAs', 'insertInto', 'drop', 'createType', 'dropType', 'terminate']);

interface KsqlRequest {
  ksql?: unknown;
  sql?: unknown;
  streamsProperties?: Record<string, unknown>;
  /** Set by a server forwarding a pull query (routing/options.ts). */
  requestProperties?: Record<string, unknown>;
  properties?: Record<string, unknown>;
  queryId?: unknown;
}

/** Answers ksqlDB's REST requests; whoever owns the HTTP server hands it each request (`handle`). */
export class SqlRestServer {
  private readonly pushQueries = new Map<string, RunningPushQuery>();
  private readonly commandStatuses = new Map<string, string>();
  private sequence = 0;
  /** The tail of the statement queue: /ksql requests run one after another. */
  private statements: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SqlRestOptions) {}

  /** Answers one HTTP request (errors become ksqlDB error bodies). */
  handle(req: IncomingMessage, res: ServerResponse): void {
    this.route(req, res).catch((error) => this.fail(res, error));
  }

  /** Ends the running push queries (their responses end with a final message). */
  async close(): Promise<void> {
    for (const q of [...this.pushQueries.values()]) await q.close();
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const key = `${req.method} ${path}`;
    // for the broker's /metrics (brook_sql_requests_total), through a channel: the wing never reaches the broker
    if (req.method === 'POST' && sqlRequest.hasSubscribers) sqlRequest.publish({ endpoint: key });
    switch (key) {
      case 'GET /info':
        return this.json(res, 200, {
          KsqlServerInfo: {
            version: BROOK_VERSION,
            kafkaClusterId: '',
            ksqlServiceId: this.options.serviceId,
            serverStatus: 'RUNNING',
          },
        });
      case 'GET /healthcheck': {
        const healthy = { isHealthy: true };
        return this.json(res, 200, {
          isHealthy: true,
          details: { metastore: healthy, kafka: healthy, commandRunner: healthy },
          serverState: 'READY',
        });
      }
      case 'POST /heartbeat':
      case 'GET /clusterStatus':
        if (this.options.heartbeat) return this.cluster(req, res, this.options.heartbeat);
        throw new RestError(genericError(ERROR_CODES.NOT_FOUND, `Path not found: ${req.method} ${path}`));
      case 'GET /status':
        return this.json(res, 200, { commandStatuses: Object.fromEntries(this.commandStatuses) });
      case 'POST /ksql':
        return this.ksql(res, await readJson(req));
      case 'POST /query': {
        const body = await readJson(req);
        const print = parsePrint(String(body.ksql ?? ''));
        if (print) {
          await runPrint(this.options.bootstrap ?? [], print, res);
          req.resume();
          return;
        }
        return this.query(
          req,
          res,
          String(body.ksql ?? ''),
          body.streamsProperties ?? {},
          streamedRowsWriter(res),
          body.requestProperties,
        );
      }
      case 'POST /query-stream': {
        const body = await readJson(req);
        const accept = req.headers.accept ?? '';
        // ksqlDB's QueryStreamHandler: the v1 media type gets /query's framing (tombstones included), JSON one
        // array, anything else the delimited framing
        const writer = accept.includes(KSQL_V1_JSON)
          ? streamedRowsWriter(res)
          : queryStreamWriter(res, accept.includes('application/json') ? 'application/json' : DELIMITED);
        return this.query(req, res, String(body.sql ?? ''), body.properties ?? {}, writer);
      }
      case 'POST /close-query': {
        const body = await readJson(req);
        const query = this.pushQueries.get(String(body.queryId));
        if (!query) throw new RestError(genericError(ERROR_CODES.BAD_REQUEST, `No query with id ${body.queryId}`));
        await query.close();
        res.writeHead(200).end();
        return;
      }
      case 'POST /inserts-stream':
        return runInserts(this.options.engine, req, res);
      default:
        if (path.startsWith('/status/')) {
          const status = this.commandStatuses.get(decodeURIComponent(path.slice('/status/'.length)));
          if (status) return this.json(res, 200, { status, message: '' });
        }
        throw new RestError(genericError(ERROR_CODES.NOT_FOUND, `Path not found: ${req.method} ${path}`));
    }
  }

  /** Runs `run` in the statement queue (after the statements before it, before the ones after). */
  exclusive(run: () => Promise<void>): Promise<void> {
    const done = this.statements.then(run);
    this.statements = done.catch(() => {});
    return done;
  }

  private ksql(res: ServerResponse, body: KsqlRequest): Promise<void> {
    if (typeof body.ksql !== 'string') {
      throw new RestError(genericError(ERROR_CODES.BAD_REQUEST, 'Missing the statements to run ("ksql")'));
    }
    const script = body.ksql;
    // PRINT is not in the engine's grammar: spotted here to send it to /query, as ksqlDB does
    if (parsePrint(script)) throw new RestError(queryEndpointError(script.trim(), []));
    const run = this.statements.then(() => this.runStatements(res, script, body.streamsProperties ?? {}));
    this.statements = run.catch(() => {});
    return run;
  }

  private async runStatements(res: ServerResponse, script: string, props: Record<string, unknown>): Promise<void> {
    const { engine } = this.options;
    const saved = { ...engine.config };
    Object.assign(engine.config, withStreamsAliases(props));
    const entities: KsqlEntity[] = [];
    let text = script;
    try {
      const parser = new Parser(script, (name) => engine.types.get(name));
      while (!parser.atEnd()) {
        const st = parser.next();
        text = st.text;
        if (st.k === 'select') throw new RestError(queryEndpointError(st.text, entities));
        const ctx: EntityContext = { engine, nextSequence: () => this.sequence++ };
        if (st.k === 'drop') ctx.dropped = engine.sources.get(st.name);
        if (st.k === 'info' && st.what === 'TOPICS') {
          ctx.topics = await this.options.listTopics();
          entities.push(toEntity({ statement: st.text, kind: 'info' }, ctx)!);
          continue;
        }
        const result = await engine.executeStatement(st);
        const entity = toEntity(result, ctx);
        if (this.options.commands && DURABLE.has(result.kind)) {
          const commandId = entity ? String(entity.commandId) : `${result.kind}/${result.name ?? ''}`;
          await this.options.commands.append(commandId, st.text, changedProperties(saved, engine.config));
        }
        if (!entity) continue;
        if (entity['@type'] === 'currentStatus') this.commandStatuses.set(String(entity.commandId), 'SUCCESS');
        entities.push(entity);
      }
    } catch (error) {
      if (error instanceof RestError) throw error;
      if (error instanceof SqlError || error instanceof ParseError) {
        throw new RestError(statementError(ERROR_CODES.BAD_STATEMENT, (error as Error).message, text, entities));
      }
      throw new RestError(statementError(ERROR_CODES.SERVER_ERROR, (error as Error).message, text, entities));
    } finally {
      for (const k of Object.keys(engine.config)) delete engine.config[k];
      Object.assign(engine.config, saved);
    }
    this.json(res, 200, entities);
  }

  private async query(
    req: IncomingMessage,
    res: ServerResponse,
    sql: string,
    props: Record<string, unknown>,
    sink: ReturnType<typeof streamedRowsWriter>,
    requestProperties: Record<string, unknown> = {},
  ): Promise<void> {
    let query: RunningPushQuery | undefined;
    try {
      const end = (message?: string) => {
        if (query) this.pushQueries.delete(query.id);
        sink.end(message);
      };
      query = await runQuery(
        this.options.engine,
        sql,
        withStreamsAliases(props),
        { ...sink, end },
        requestProperties,
        this.options.heartbeat,
        req.headers.authorization,
      );
    } catch (error) {
      if (error instanceof RestError) throw error;
      // A statement that does not parse is a ParseFailedException, a KsqlStatementException: /query answers its
      // message with the statement (ksqlDB's getUnloggedMessage: "<message>\nStatement: <sql>"), where /ksql
      // answers the bare message beside statementText.
      const message = error instanceof ParseError ? `${error.message}\nStatement: ${sql}` : (error as Error).message;
      throw new RestError(statementError(ERROR_CODES.BAD_STATEMENT, message, sql));
    }
    if (!query || res.writableEnded) return;
    const running = query;
    this.pushQueries.set(running.id, running);
    // the client leaving ends its push query
    res.on('close', () => {
      if (this.pushQueries.delete(running.id)) void running.close();
    });
    req.resume();
  }

  /** HeartbeatResource (a heartbeat from another instance) and ClusterStatusResource (every host's status). */
  private async cluster(req: IncomingMessage, res: ServerResponse, agent: HeartbeatAgent): Promise<void> {
    if (req.method === 'POST') {
      const body = (await readJson(req)) as { hostInfo?: { host?: unknown; port?: unknown }; timestamp?: unknown };
      agent.receive(`${body.hostInfo?.host}:${body.hostInfo?.port}`, Number(body.timestamp));
      return this.json(res, 200, { isOk: true });
    }
    const clusterStatus: Record<string, unknown> = {};
    for (const [host, status] of agent.hosts()) {
      clusterStatus[host] = {
        ...status,
        activeStandbyPerQuery: await activeStandby(this.options.engine, host),
        hostStoreLags: { stateStoreLags: {}, updateTimeMs: 0 },
      };
    }
    return this.json(res, 200, { clusterStatus });
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  private fail(res: ServerResponse, error: unknown): void {
    const body =
      error instanceof RestError
        ? error.body
        : genericError(ERROR_CODES.SERVER_ERROR, (error as Error)?.message ?? String(error));
    if (!(error instanceof RestError)) this.options.log?.warn('REST request failed', { error: String(error) });
    if (res.headersSent) {
      res.end();
      return;
    }
    this.json(res, statusOf(body.error_code), body);
  }
}

/** ClusterStatusResource.getActiveStandbyInformation: the input partitions `host` runs, per shared query. */
async function activeStandby(engine: SqlEngine, host: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const query of engine.queries.values()) {
    const member = (await query.owners().catch(() => undefined))?.members.find(
      (m) => m.endpoint && hostKey(m.endpoint) === host,
    );
    if (!member) continue;
    const topics = [...new Set(query.plan.inputs.map((i) => i.topic))];
    out[query.id] = {
      activeStores: [],
      activePartitions: topics.flatMap((topic) => member.tasks.map((partition) => ({ topic, partition }))),
      standByStores: [],
      standByPartitions: [],
    };
  }
  return out;
}

/** The properties a statement ran with beyond the server's own (the request's, and SETs before it). */
function changedProperties(base: Record<string, unknown>, now: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(now).filter(([k, v]) => base[k] !== v));
}

/** ksqlDB clients send Kafka Streams settings as `ksql.streams.X`; the engine reads them as `X`. */
function withStreamsAliases(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...props };
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith('ksql.streams.')) out[k.slice('ksql.streams.'.length)] = v;
  }
  return out;
}

async function readJson(req: IncomingMessage): Promise<KsqlRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    const body = JSON.parse(text || '{}');
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
    return body as KsqlRequest;
  } catch (error) {
    throw new RestError(genericError(ERROR_CODES.BAD_REQUEST, `Invalid JSON in request: ${(error as Error).message}`));
  }
}
