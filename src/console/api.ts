/**
 * The web console on the ops listener (ops-server.ts hands it every path it does not own): the page at `/` and
 * `/console/...`, and the JSON it calls under `/api/`:
 *
 *   GET   /api/overview                  counts, under-replicated / offline partitions, throughput samples
 *   GET   /api/brokers                   brokers, log dirs with free space, disk usage samples
 *   GET   /api/topics                    topics with partitions, messages, size
 *   POST  /api/topics                    {name, partitions, replicationFactor, configs} (CreateTopics' handler)
 *   GET   /api/topics/NAME               partitions (leader, replicas, ISR, offsets, size) and configs
 *   PATCH /api/topics/NAME/configs       {key: value | null} (IncrementalAlterConfigs' handler: SET / DELETE)
 *   GET   /api/topics/NAME/messages      ?partition=&offset= | &timestamp= | &key= , &limit=
 *   GET   /api/groups, /api/groups/ID    groups, members, committed offsets and lag per partition
 *   *     /api/sql/PATH                  the SQL processor's REST API (sql.listeners), proxied
 *
 * Errors answer `{error, message}`: Kafka's error name for a refused change (INVALID_CONFIG, ...).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BrokerServices } from '../server/services';
import { AdminError, alterTopicConfigs, createTopic } from './admin';
import { INDEX_HTML, pageFiles } from './assets';
import type { MetricsHistory } from './history';
import { browse } from './messages';
import { proxySql } from './sql-proxy';
import { brokerList, groupDetail, groupList, overview, topicDetail, topicList } from './views';

export interface ConsoleOptions {
  broker: BrokerServices;
  /** The charts' samples (taken since the ops listener started). */
  history: MetricsHistory;
  /** The SQL processor's REST API beside this broker (`http://host:port`), if it runs. */
  sqlUrl?: string;
}

export interface Console {
  /** Answers the request if it is the console's (true), else leaves it (false). */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_BODY = 1024 * 1024;
const MAX_LIMIT = 500;

export function createConsole(options: ConsoleOptions): Console {
  const { broker, sqlUrl, history } = options;

  const routes: [string, RegExp, (req: IncomingMessage, url: URL, m: string[]) => Promise<unknown> | unknown][] = [
    ['GET', /^\/api\/overview$/, () => ({ ...overview(broker), sql: sqlUrl !== undefined, history: history.read() })],
    ['GET', /^\/api\/brokers$/, () => ({ brokers: brokerList(broker), history: history.read() })],
    ['GET', /^\/api\/topics$/, () => topicList(broker)],
    [
      'POST',
      /^\/api\/topics$/,
      async (req) => {
        const body = (await readJson(req)) as Record<string, unknown>;
        await createTopic(
          broker,
          {
            name: String(body.name ?? ''),
            partitions: integer(body.partitions ?? -1, 'partitions'),
            replicationFactor: integer(body.replicationFactor ?? -1, 'replicationFactor'),
            configs: stringMap(body.configs ?? {}),
          },
          remote(req),
        );
        return topicDetail(broker, String(body.name));
      },
    ],
    ['GET', /^\/api\/topics\/([^/]+)$/, (_req, _url, [name]) => found(topicDetail(broker, name!), `topic ${name}`)],
    [
      'PATCH',
      /^\/api\/topics\/([^/]+)\/configs$/,
      async (req, _url, [name]) => {
        const changes = (await readJson(req)) as Record<string, string | null>;
        await alterTopicConfigs(broker, name!, changes, remote(req));
        return topicDetail(broker, name!);
      },
    ],
    [
      'GET',
      /^\/api\/topics\/([^/]+)\/messages$/,
      (_req, url, [name]) => {
        const q = url.searchParams;
        const partitionIndex = integer(q.get('partition') ?? 0, 'partition');
        const partition = broker.topics.partition(name!, partitionIndex);
        if (!partition)
          throw new HttpError(404, 'UNKNOWN_TOPIC_OR_PARTITION', `no partition ${name}-${partitionIndex} here`);
        if (!partition.isLeader) {
          throw new HttpError(
            409,
            'NOT_LEADER_OR_FOLLOWER',
            `broker ${partition.leader} leads ${name}-${partitionIndex}`,
          );
        }
        const optional = (key: string) => (q.get(key) ? integer(q.get(key), key) : undefined);
        return browse(partition, {
          partition: partitionIndex,
          offset: optional('offset'),
          timestamp: q.get('timestamp') ? timestamp(q.get('timestamp')!) : undefined,
          key: q.get('key') || undefined,
          limit: Math.min(optional('limit') ?? 50, MAX_LIMIT),
        });
      },
    ],
    ['GET', /^\/api\/groups$/, () => groupList(broker)],
    ['GET', /^\/api\/groups\/([^/]+)$/, (_req, _url, [id]) => found(groupDetail(broker, id!), `group ${id}`)],
  ];

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    if (req.method === 'GET' && (path === '/' || path === '/console' || path.startsWith('/console/'))) {
      await servePage(res, path);
      return true;
    }
    if (path.startsWith('/api/') && req.method !== 'GET' && !sameSite(req)) {
      // A page on another site can post a form or text/plain here without asking; JSON it cannot (that needs a
      // CORS preflight, never granted here), and a browser names the page's origin: changes need both right.
      send(res, 403, { error: 'INVALID_REQUEST', message: 'changes take a JSON body from this console' });
      return true;
    }
    if (path.startsWith('/api/sql/')) {
      if (!sqlUrl) send(res, 404, { error: 'SQL_DISABLED', message: 'the SQL processor is off (sql.listeners)' });
      else proxySql(sqlUrl, path.slice('/api/sql'.length) + url.search, req, res);
      return true;
    }
    if (!path.startsWith('/api/')) return false;
    const route = routes.find(([method, pattern]) => method === req.method && pattern.test(path));
    if (!route) {
      const known = routes.some(([, pattern]) => pattern.test(path));
      send(res, known ? 405 : 404, {
        error: known ? 'METHOD_NOT_ALLOWED' : 'NOT_FOUND',
        message: `${req.method} ${path}`,
      });
      return true;
    }
    try {
      const params = route[1].exec(path)!.slice(1).map(decodeURIComponent);
      const body = await route[2](req, url, params);
      send(res, req.method === 'POST' ? 201 : 200, body);
    } catch (error) {
      if (error instanceof AdminError) send(res, 400, { error: error.error, message: error.message });
      else if (error instanceof HttpError) send(res, error.status, { error: error.error, message: error.message });
      else throw error;
    }
    return true;
  }

  return { handle };
}

async function servePage(res: ServerResponse, path: string): Promise<void> {
  if (path === '/console/app.js' || path === '/console/app.css') {
    const files = await pageFiles();
    const js = path.endsWith('.js');
    res
      .writeHead(200, { 'content-type': js ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8' })
      .end(js ? files.js : files.css);
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(INDEX_HTML);
}

/** A JSON body, and no Origin header or this server's own. */
function sameSite(req: IncomingMessage): boolean {
  const json = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
  const origin = req.headers.origin;
  if (!json || origin === undefined) return json;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new HttpError(404, 'NOT_FOUND', `no ${what}`);
  return value;
}

function remote(req: IncomingMessage): string {
  return `${req.socket.remoteAddress ?? ''}:${req.socket.remotePort ?? 0}`;
}

function integer(value: unknown, name: string): number {
  const n = Number(value);
  if (value === '' || !Number.isSafeInteger(n))
    throw new HttpError(400, 'INVALID_REQUEST', `${name} must be an integer`);
  return n;
}

/** Epoch ms, or an ISO-8601 date. */
function timestamp(value: string): number {
  const n = /^-?\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(n)) throw new HttpError(400, 'INVALID_REQUEST', `timestamp ${value}: epoch ms or ISO-8601`);
  return n;
}

function stringMap(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) throw new HttpError(400, 'INVALID_REQUEST', 'configs: an object');
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, 'INVALID_REQUEST', `body over ${MAX_BODY} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'INVALID_REQUEST', 'the body is not JSON');
  }
}
