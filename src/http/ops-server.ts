/**
 * The ops HTTP listener (`http.listeners`, default http://127.0.0.1:9644; `brook serve --no-http` leaves it off):
 *
 * - `GET /metrics`: Prometheus text (src/metrics/prometheus.ts, required on the first scrape);
 * - `GET /health`: 200 while the process serves, 503 once it is stopping (liveness: restart me if this fails);
 * - `GET /ready`: 200 once the listeners are bound, the group and transaction coordinators have loaded
 *   their internal topics and, in a KRaft cluster, the controller registered and unfenced this broker; 503
 *   before and while stopping, with the checks as JSON and `liveBrokers`, the brokers its metadata lists
 *   (readiness: send traffic);
 * - `GET|POST|DELETE /trace`: request tracing on demand (src/metrics/request-trace.ts): `POST
 *   /trace?api=Produce,Fetch&client=my-app&seconds=60` logs each matching request at info level for a minute;
 * - `GET|POST|DELETE /admin/faults`: fault injection by API key (src/http/fault-admin.ts), only when
 *   `faultsAdmin` is set (`http.admin.faults.enable`, off by default; a testing aid).
 * - the web console at `/` and `/console/...` with its JSON under `/api/` (src/console/README.md).
 *
 * Starting it costs a bound port only (node:http loads with the first connection), so `brook serve` reaches readiness as fast as without it
 * (bench figure in src/metrics/README.md). It also counts the SQL processor's requests for /metrics from the
 * `brook:sql:request` channel while it runs.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Console } from '../console/api';
import { MetricsHistory } from '../console/history';
import type { Logger } from '../log';
import type { BrokerMetrics } from '../metrics/broker-metrics';
import type { ScrapeSource } from '../metrics/prometheus';
import { SQL_REQUEST_CHANNEL, type SqlRequestEvent } from '../metrics/request-events';
import type { RequestTrace } from '../metrics/request-trace';
import type { BrokerServices } from '../server/services';
// node modules only (the SQL wing's REST listener uses it too): node:http loads on the first connection
import { type HttpListener, listenHttp } from './listen';
import { authorizeRequest } from './http-auth';
import type { HttpSecurity } from './http-security';

/** What the ops listener reads of the running broker (a Broker satisfies it). */
export interface OpsSource extends ScrapeSource, BrokerServices {
  readonly metrics: BrokerMetrics;
  readonly requestTrace: RequestTrace;
  readonly isReady: boolean;
  readonly isStopping: boolean;
  readonly boundListeners: readonly unknown[];
  readonly groups: ScrapeSource['groups'] & { readonly isLoaded: boolean };
}

export interface OpsServer {
  host: string;
  port: number;
  /** `http://host:port` */
  url: string;
  close(): Promise<void>;
}

/** A route answers the request, or returns (a promise of) false to leave it: the console does for paths not its own. */
type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => unknown;

export async function startOpsServer(options: {
  broker: OpsSource;
  host: string;
  port: number;
  log: Logger;
  /** Also serve /admin/faults (fault injection; tests only). */
  faultsAdmin?: boolean;
  /** The SQL processor's REST API (`http://host:port`) the console's SQL editor sends statements to. */
  sqlUrl?: string;
  /** TLS and authentication (http-security.ts: BASIC, BEARER); none: plain HTTP, open. */
  security?: HttpSecurity;
}): Promise<OpsServer> {
  const { broker, log } = options;
  // The web console (src/console), when enabled: the charts' samples are taken from now on; the console's modules
  // load with the first request for a path the routes below do not own (the page, /api/...).
  const history = broker.config.bool('http.console.enable') ? new MetricsHistory(broker) : null;
  let consoleApi: Console | undefined;
  const webConsole = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (!history) return false;
    consoleApi ??= (require('../console/api') as typeof import('../console/api')).createConsole({
      broker,
      history,
      sqlUrl: options.sqlUrl,
    });
    return consoleApi.handle(req, res, url);
  };
  let exporter: { render(): Promise<string>; registry: { contentType: string } } | undefined;
  const onSql = (message: unknown) => {
    const { endpoint } = message as SqlRequestEvent;
    broker.metrics.sqlRequests.set(endpoint, (broker.metrics.sqlRequests.get(endpoint) ?? 0) + 1);
  };
  subscribe(SQL_REQUEST_CHANNEL, onSql);

  const routes: Record<string, Route> = {
    'GET /metrics': async (_req, res) => {
      exporter ??= (
        require('../metrics/prometheus') as typeof import('../metrics/prometheus')
      ).createPrometheusExporter(broker);
      const body = await exporter.render();
      res.writeHead(200, { 'content-type': exporter.registry.contentType }).end(body);
    },
    'GET /health': (_req, res) =>
      json(res, broker.isStopping ? 503 : 200, { status: broker.isStopping ? 'STOPPING' : 'UP' }),
    'GET /ready': (_req, res) => {
      const checks = {
        listeners: broker.boundListeners.length > 0,
        groupCoordinator: broker.groups.isLoaded,
        transactionCoordinator: broker.transactions.isLoaded,
        registered: broker.kraft?.unfenced ?? true,
        stopping: broker.isStopping,
      };
      // Informational: the unfenced brokers this node's metadata knows (what its Metadata answers list); a
      // single-node broker knows itself, a controller-only node no broker until it has applied some metadata.
      const liveBrokers = broker.kraft ? (broker.kraft.image?.liveBrokers().length ?? 0) : 1;
      json(res, broker.isReady ? 200 : 503, { status: broker.isReady ? 'READY' : 'NOT_READY', checks, liveBrokers });
    },
    'GET /trace': (_req, res) =>
      json(res, 200, { active: broker.requestTrace.active, ...broker.requestTrace.describe() }),
    'POST /trace': (_req, res, url) => {
      const list = (name: string) =>
        url.searchParams
          .getAll(name)
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter(Boolean);
      const seconds = Number(url.searchParams.get('seconds') ?? 60);
      if (!Number.isFinite(seconds) || seconds < 0) return json(res, 400, { error: 'seconds must be a number >= 0' });
      const state = broker.requestTrace.enable({
        apis: list('api'),
        clientIds: list('client'),
        durationMs: seconds * 1000,
      });
      log.info('request tracing on', { ...state });
      json(res, 200, { active: true, ...state });
    },
    'DELETE /trace': (_req, res) => {
      broker.requestTrace.disable();
      json(res, 200, { active: false });
    },
  };

  if (options.faultsAdmin) {
    const { faultAdminRoutes } = require('./fault-admin') as typeof import('./fault-admin');
    Object.assign(
      routes,
      faultAdminRoutes(() => broker.faults, json),
    );
    log.info('fault injection over HTTP is on (/admin/faults): for tests only');
  }

  const auth = options.security?.auth ?? null;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (auth && !authorizeRequest(auth, req, res, url.pathname)) return;
    const route = routes[`${req.method} ${url.pathname}`] ?? webConsole;
    Promise.resolve()
      .then(async () => {
        if (route && (await route(req, res, url)) !== false) return;
        const known = Object.keys(routes).some((key) => key.endsWith(` ${url.pathname}`));
        json(res, known ? 405 : 404, {
          error: `${known ? 'method not allowed' : 'not found'}: ${req.method} ${url.pathname}`,
        });
      })
      .catch((error: Error) => {
        log.error('ops HTTP request failed', { path: url.pathname, error: error.stack ?? String(error) });
        if (!res.headersSent) json(res, 500, { error: error.message });
        else res.destroy();
      });
  };
  let listener: HttpListener;
  try {
    await options.security?.init();
    listener = await listenHttp(handler, options.host, options.port, options.security?.tls ?? null);
  } catch (error) {
    unsubscribe(SQL_REQUEST_CHANNEL, onSql);
    history?.stop();
    options.security?.close();
    throw error;
  }
  const { host } = options;
  return {
    host,
    port: listener.port,
    url: `${options.security?.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${listener.port}`,
    close: () => {
      unsubscribe(SQL_REQUEST_CHANNEL, onSql);
      history?.stop();
      options.security?.close();
      return listener.close();
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(`${JSON.stringify(body)}\n`);
}
