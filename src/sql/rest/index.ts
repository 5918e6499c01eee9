/**
 * The SQL processor as a service: an engine on a KafkaDriver (it reaches Kafka only as a client does) and
 * ksqlDB's REST API in front of it. `startSqlRest` is the `brook serve` companion; `brook sql-server` runs the
 * same thing alone against any Kafka cluster.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TlsOptions } from 'node:tls';
import { SqlEngine } from '../engine/engine';
import { KafkaDriver } from '../io/kafka';
import { CommandLog } from './commands';
import { ERROR_CODES, genericError } from './errors';
import { type HttpListener, listenHttp } from '../../http/listen';
import { HeartbeatAgent } from './routing/heartbeat';
import { SqlRestServer } from './server';

export { SqlRestServer } from './server';

export interface SqlServiceOptions {
  /** Kafka bootstrap servers, `host:port`. */
  bootstrap: string[];
  /** The REST listener's address (port 0: any free one). */
  host: string;
  port: number;
  /** ksql.service.id (internal topic and group prefix). */
  serviceId?: string;
  /**
   * ksql.advertised.listener: how the service's other instances reach this one (pull-query forwarding; told to
   * them through each shared query's consumer group). Default: the bound listener's URL.
   */
  advertisedListener?: string;
  /** Server settings (ksqlDB's server properties: e.g. ksql.heartbeat.enable), the engine's config. */
  config?: Record<string, unknown>;
  log?: { warn(message: string, meta?: object): void; debug(message: string, meta?: object): void };
  /** TLS options of an https:// listener (`brook sql-server --config` with ssl.* keys); none: plain HTTP. */
  tls?: TlsOptions | null;
  /** Checks each request's credentials first; false: it answered (401) and the request goes no further. */
  authorize?: ((req: IncomingMessage, res: ServerResponse) => boolean) | null;
}

export interface SqlService {
  /** The bound REST address, `http://host:port`. */
  url: string;
  engine: SqlEngine;
  stop(): Promise<void>;
}

/**
 * The engine and the REST handler, without a listener: `brook serve`'s companion owns its HTTP server (bound
 * at start, this loaded on the first request) and hands requests to `handle`.
 */
export function createSqlService(options: Omit<SqlServiceOptions, 'host' | 'port'>): SqlHandler {
  const serviceId = options.serviceId ?? 'default_';
  const driver = new KafkaDriver({ brokers: options.bootstrap });
  const config = {
    ...options.config,
    ...(options.advertisedListener ? { 'ksql.advertised.listener': options.advertisedListener } : {}),
  };
  const engine = new SqlEngine({ driver, serviceId, logger: options.log, config });
  const commands = new CommandLog(driver, serviceId, options.log);
  const heartbeat = HeartbeatAgent.create(engine, options.advertisedListener);
  const rest = new SqlRestServer({
    engine,
    serviceId,
    listTopics: () => driver.listTopics(),
    log: options.log,
    commands,
    bootstrap: options.bootstrap,
    heartbeat,
  });
  // requests wait for the replay of the command topic: definitions and queries are back before any answer
  // then other instances' statements, as they come
  const ready = commands.replay(engine).then(() => commands.follow(engine, (run) => rest.exclusive(run)));
  ready.then(
    () => heartbeat?.start(),
    (error) => options.log?.warn('Command topic replay failed', { error: String(error) }),
  );
  return {
    engine,
    ready,
    handle: (req, res) => {
      ready.then(
        () => rest.handle(req, res),
        (error) => {
          res.writeHead(503, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify(
              genericError(ERROR_CODES.SERVER_NOT_READY, `Command topic replay failed: ${(error as Error).message}`),
            ),
          );
        },
      );
    },
    stop: async () => {
      heartbeat?.stop();
      await commands.stop();
      await rest.close();
      await engine.close();
      await driver.close();
    },
  };
}

export interface SqlHandler {
  engine: SqlEngine;
  /** Resolves once the command topic was replayed (requests wait for it). */
  ready: Promise<void>;
  handle(req: IncomingMessage, res: ServerResponse): void;
  stop(): Promise<void>;
}

/** Listens on `options.host`/`port` (HTTP/1.1 and HTTP/2) and serves the REST API there (`brook sql-server`, tests). */
export async function startSqlService(options: SqlServiceOptions): Promise<SqlService> {
  const { host, port, authorize } = options;
  // bound first: the queries the replay starts tell the other instances this address (port 0 is known now);
  // requests wait for the replay
  let service: SqlHandler | undefined;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (authorize && !authorize(req, res)) return;
    service?.handle(req, res);
  };
  const listener: HttpListener = await listenHttp(handler, host, port, options.tls ?? null);
  const url = `${options.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${listener.port}`;
  service = createSqlService({ ...options, advertisedListener: options.advertisedListener ?? url });
  try {
    await service.ready;
  } catch (error) {
    await service.stop();
    await listener.close();
    throw error;
  }
  const started = service;
  return {
    url,
    engine: started.engine,
    stop: async () => {
      await started.stop();
      await listener.close();
    },
  };
}
