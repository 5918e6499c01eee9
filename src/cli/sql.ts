/**
 * The SQL processor beside a broker and alone: the `sql` companion of `brook serve` (`sql.listeners`, default
 * http://127.0.0.1:8088) and `brook sql-server --bootstrap HOST:PORT` against any Kafka cluster.
 *
 * The companion binds its port at start (src/http/listen.ts, node modules only) but loads the SQL wing
 * (engine, kafkajs, function library) on the first request it gets, so a broker nobody sends SQL to starts as fast as one without it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config';
import { parseHttpListener } from '../config/listeners';
import { BROOK_VERSION } from '../version';
import type { SqlHandler } from '../sql/rest';
import type { HttpListener } from '../http/listen';
import type { Companion, CompanionContext } from './companions';

/**
 * The command topic of the default service id (src/sql/rest/commands.ts names it; spelled out here so the check
 * loads nothing of src/sql).
 */
const COMMAND_TOPIC = '_confluent-ksql-default__command_topic';
const RESUME_DELAY_MS = 1000;

/** Whether the cluster has the command topic (a Metadata request over the CLI's wire client). */
async function hasCommandTopic(bootstrap: string): Promise<boolean> {
  const { withSession } = require('./client/session') as typeof import('./client/session');
  return withSession(bootstrap, async (session) => {
    const md = await session.metadata([COMMAND_TOPIC]);
    return md.topics.some((t) => t.name === COMMAND_TOPIC && t.errorCode === 0);
  });
}

const loadSqlRest = () => require('../sql/rest') as typeof import('../sql/rest');
const loadHeadless = () => require('../sql/rest/headless') as typeof import('../sql/rest/headless');

export const SQL_COMPANION: Companion = {
  name: 'sql',
  enabled: (config) =>
    (config.string('sql.listeners') ?? '').trim() !== '' || (config.string('ksql.queries.file') ?? '') !== '',
  start: startSqlCompanion,
};

async function startSqlCompanion(ctx: CompanionContext): Promise<() => Promise<void>> {
  const queriesFile = ctx.config.string('ksql.queries.file');
  if (queriesFile) {
    // headless: the file's queries run now, and no listener opens (ksqlDB serves no REST API then)
    const headless = await loadHeadless().startHeadless({ bootstrap: [ctx.bootstrap], queriesFile, log: ctx.log });
    ctx.log.info('SQL processor running headless', { queriesFile, queries: headless.queries });
    return () => headless.stop();
  }
  const listener = parseHttpListener(ctx.config.string('sql.listeners') ?? '', 'sql.listeners', 8088, true)!;
  // https:// and sql.authentication.method=BASIC (the broker's users) / BEARER: checked before the wing loads
  const { httpSecurity } = require('../http/http-security') as typeof import('../http/http-security');
  const security = httpSecurity(ctx.config, listener.tls, ctx.checkPassword ?? (() => false), 'sql', ctx.log);
  await security.init();
  const { authorizeRequest } = require('../http/http-auth') as typeof import('../http/http-auth');
  let service: SqlHandler | undefined;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (security.auth) {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (!authorizeRequest(security.auth, req, res, path)) return;
    }
    try {
      service ??= loadSqlRest().createSqlService({
        bootstrap: [ctx.bootstrap],
        log: ctx.log,
        advertisedListener: advertised,
      });
    } catch (error) {
      ctx.log.error('SQL processor failed to start', { error: String(error) });
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ '@type': 'generic_error', error_code: 50302, message: 'Server initializing' }));
      return;
    }
    service.handle(req, res);
  };
  let advertised = ctx.config.string('ksql.advertised.listener') ?? undefined;
  let server: HttpListener;
  try {
    // listen.ts imports node modules only: binding loads nothing else of the wing
    const { listenHttp } = require('../http/listen') as typeof import('../http/listen');
    server = await listenHttp(handler, listener.host, listener.port, security.tls);
  } catch (error) {
    const where = `${listener.host}:${listener.port}`;
    if ((error as { code?: string }).code === 'EADDRINUSE' && !ctx.config.isSet('sql.listeners')) {
      // the default port taken (another broker on this machine): the broker still serves, without SQL; said
      // at info, as a second broker on one machine is ordinary (tests, several brokers) and stderr stays quiet
      ctx.log.info(`SQL REST listener ${where} is in use; the SQL processor is off (--sql-listeners URL)`);
      security.close();
      return async () => {};
    }
    security.close();
    throw new ConfigError(`Cannot listen for SQL on ${where}: ${(error as Error).message}`);
  }
  // pull queries forwarded by the service's other instances come here (port 0 resolved)
  advertised ??= `${security.tls ? 'https' : 'http'}://${listener.host.includes(':') ? `[${listener.host}]` : listener.host}:${server.port}`;
  ctx.log.info('SQL REST listening', {
    host: listener.host,
    port: server.port,
    tls: security.tls !== null,
    auth: security.auth
      ? [security.auth.check && 'BASIC', security.auth.bearer && 'BEARER'].filter(Boolean).join(',')
      : 'NONE',
  });
  // persistent queries must run again after a restart without waiting for a request: when the command topic
  // holds definitions, the wing loads (and replays it) a moment after start, out of start-up's way
  let resuming: Promise<void> | undefined;
  const resume = setTimeout(() => {
    resuming = hasCommandTopic(ctx.bootstrap).then(
      (found) => {
        if (found) {
          service ??= loadSqlRest().createSqlService({
            bootstrap: [ctx.bootstrap],
            log: ctx.log,
            advertisedListener: advertised,
          });
        }
      },
      (error) => ctx.log.warn('SQL processor: cannot check the command topic', { error: String(error) }),
    );
  }, RESUME_DELAY_MS);
  resume.unref();
  return async () => {
    clearTimeout(resume);
    await resuming;
    await service?.stop();
    security.close();
    await server.close();
  };
}

export const SQL_SERVER_USAGE = `Usage: brook sql-server [options]

Runs the SQL processor (ksqlDB's REST API) alone against a Kafka cluster, Brook or any other.

Options:
  --bootstrap HOST:PORT   Kafka bootstrap servers (default $BROOK_BOOTSTRAP or 127.0.0.1:9092)
  --listeners URL         REST listener (default http://127.0.0.1:8088)
  --service-id ID         ksql.service.id, prefix of internal topics (default default_)
  --set KEY=VALUE         a server setting, repeatable (e.g. ksql.heartbeat.enable=true)
  --advertised-listener URL
                          ksql.advertised.listener: how the service's other instances reach this one to
                          forward pull queries (default: the bound listener's URL)
  --queries-file FILE     headless mode (ksqlDB's): run FILE's statements (CREATE STREAM/TABLE [AS SELECT],
                          INSERT INTO, CREATE TYPE, SET, UNSET) at start and serve no REST API; a restart
                          runs the same file and its queries resume where they were
  --config FILE           ksqlDB server properties: listeners (https:// with ssl.keystore.*, ssl.key.password),
                          bootstrap.servers, ksql.service.id, authentication.method=BASIC (or BEARER),
                          authentication.realm, authentication.roles, authentication.skip.paths
  --jaas FILE             JAAS file (ksqlDB's -Djava.security.auth.login.config): the login context named by
                          authentication.realm, a PropertyFileLoginModule whose file="..." lists user: password,roles
`;

/** `brook sql-server`: serves until SIGTERM/SIGINT; returns the exit code. */
export async function sqlServerCommand(argv: string[]): Promise<number> {
  let values: {
    bootstrap?: string;
    listeners?: string;
    'service-id'?: string;
    'advertised-listener'?: string;
    set?: string[];
    'queries-file'?: string;
    config?: string;
    jaas?: string;
    help?: boolean;
  };
  try {
    values = parseArgs({
      args: argv,
      options: {
        bootstrap: { type: 'string' },
        listeners: { type: 'string' },
        'service-id': { type: 'string' },
        'advertised-listener': { type: 'string' },
        set: { type: 'string', multiple: true },
        'queries-file': { type: 'string' },
        config: { type: 'string' },
        jaas: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`brook: ${(error as Error).message}\n${SQL_SERVER_USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(SQL_SERVER_USAGE);
    return 0;
  }
  const badSetting = values.set?.find((kv) => !kv.includes('='));
  if (badSetting !== undefined) {
    process.stderr.write(`brook: --set takes KEY=VALUE, not '${badSetting}'\n${SQL_SERVER_USAGE}`);
    return 2;
  }
  const { createLogger } = require('../log') as typeof import('../log');
  const log = createLogger({ level: 'warn' });
  // ksqlDB's properties (TLS, basic auth and its JAAS users), checked before anything connects
  let settings: import('./sql-server-security').SqlServerSettings;
  let listener: { host: string; port: number };
  try {
    const { sqlServerSettings } = require('./sql-server-security') as typeof import('./sql-server-security');
    settings = await sqlServerSettings(values.config, values.jaas, values.listeners, log);
    listener = parseHttpListener(settings.listenerUrl, '--listeners', 8088, true)!;
  } catch (error) {
    process.stderr.write(`brook: ${(error as Error).message}\n`);
    return 2;
  }
  const bootstrap = (values.bootstrap ?? process.env.BROOK_BOOTSTRAP ?? settings.bootstrap ?? '127.0.0.1:9092').split(
    ',',
  );
  const queriesFile = values['queries-file'];
  let service: { stop(): Promise<void> };
  // The command topic is replayed before anything is served: an unreachable cluster would otherwise look like a
  // hang. Progress where a person waits (the wait itself is the driver's: it keeps retrying).
  const waitStarted = Date.now();
  const waiting = setInterval(() => {
    const seconds = Math.round((Date.now() - waitStarted) / 1000);
    process.stderr.write(`brook: still waiting for Kafka at ${bootstrap.join(',')} (${seconds} s; retrying)\n`);
  }, 5000);
  try {
    if (queriesFile !== undefined) {
      service = await loadHeadless().startHeadless({
        bootstrap,
        queriesFile,
        serviceId: values['service-id'] ?? settings.serviceId,
        log,
      });
      // StandaloneExecutor's welcome line
      process.stdout.write(
        `Brook SQL processor ${BROOK_VERSION} started with query file ${queriesFile}. Interactive mode is disabled.\n`,
      );
    } else {
      const rest = await loadSqlRest().startSqlService({
        bootstrap,
        host: listener.host,
        port: listener.port,
        serviceId: values['service-id'] ?? settings.serviceId,
        advertisedListener: values['advertised-listener'],
        config: Object.fromEntries(
          (values.set ?? []).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
        ),
        log,
        tls: settings.tls,
        authorize: settings.authorize,
      });
      process.stdout.write(`Brook SQL processor ready: ${rest.url} (Kafka ${bootstrap.join(',')})\n`);
      service = rest;
    }
  } catch (error) {
    settings.close();
    process.stderr.write(`brook: ${(error as Error).message}\n`);
    return 1;
  } finally {
    clearInterval(waiting);
  }
  return new Promise<number>((resolve) => {
    const stop = () => {
      settings.close();
      service.stop().then(
        () => resolve(0),
        () => resolve(1),
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
