import { parseArgs } from 'node:util';
import { BROOK_VERSION } from '../version';
import { type BrokerConfig, ConfigError, configFromEnv, loadBrokerConfig, parseSetArgument } from '../config';
import { createLogger, LOG_LEVELS, type LogLevel } from '../log';
import { Broker, StartupError } from '../server/broker';
import { ListenError } from '../server/listener';
import { parseHttpListener } from '../config/listeners';
import type { Logger } from '../log';
import { startCompanions } from './companions';
import { finishCompileCache } from './compile-cache';
import { keepYoungGenerationSmall } from './young-generation';

/** How long after the ready line V8's young generation is kept small (see where it is used). */
const YOUNG_GENERATION_AFTER_MS = 250;

export const SERVE_USAGE = `Usage: brook serve [options]

Starts one Kafka-compatible broker (default: PLAINTEXT://127.0.0.1:9092, data in ./brook-data).

Options:
  --port N                    listener port (default 9092; 0 = any free port)
  --host HOST                 listener address (default 127.0.0.1)
  --listeners LIST            Kafka syntax, e.g. PLAINTEXT://127.0.0.1:9092 (overrides --host/--port)
  --advertised-listeners LIST addresses handed to clients (default: the listeners; one bound to
                              0.0.0.0 is advertised as 127.0.0.1)
  --data-dir DIR              log.dirs (default ./brook-data)
  --node-id N                 node.id (default 1)
  --config FILE               Kafka server.properties file
  --set KEY=VALUE             any broker config key (repeatable; applied last)
  --config-from-env           config keys from KAFKA_* variables as the official Kafka image maps them
                              (KAFKA_LOG_SEGMENT_BYTES -> log.segment.bytes; _ is '.', __ '_', ___ '-'),
                              applied after the flags, before --set (the container image's default)
  --profile NAME              defaults profile: default, or test (group.initial.rebalance.delay.ms=0, ...)
  --log-level LEVEL           error, warn (default; or BROOK_LOG_LEVEL), info, debug
  --sql-listeners URL         the SQL processor's REST API (ksqlDB's), default http://127.0.0.1:8088
                              (config sql.listeners); it loads on its first request
  --no-sql                    no SQL processor
  --http-listeners URL        the ops HTTP listener: Prometheus /metrics, /health, /ready, /trace; default
                              http://127.0.0.1:9644 (config http.listeners)
  --no-http                   no ops HTTP listener
  (--set ksql.queries.file=FILE: headless SQL, the file's queries run at start and no REST API is served)
`;

/** `brook serve`: returns the exit code once the broker stopped (0 after SIGTERM/SIGINT). */
export async function serve(argv: string[]): Promise<number> {
  let broker: Broker;
  let stopCompanions: () => Promise<void>;
  let opsUrl: string | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        listeners: { type: 'string' },
        'advertised-listeners': { type: 'string' },
        'data-dir': { type: 'string' },
        'node-id': { type: 'string' },
        config: { type: 'string' },
        set: { type: 'string', multiple: true },
        'config-from-env': { type: 'boolean' },
        profile: { type: 'string' },
        'log-level': { type: 'string' },
        'sql-listeners': { type: 'string' },
        'no-sql': { type: 'boolean' },
        'http-listeners': { type: 'string' },
        'no-http': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    });
    if (values.help) {
      process.stdout.write(SERVE_USAGE);
      return 0;
    }
    const level = (values['log-level'] ?? process.env.BROOK_LOG_LEVEL ?? 'warn').toLowerCase();
    if (!LOG_LEVELS.includes(level as LogLevel)) {
      throw new ConfigError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
    }
    const flags: [string, string][] = [];
    if (values.listeners !== undefined) {
      if (values.host !== undefined || values.port !== undefined) {
        throw new ConfigError('--listeners cannot be combined with --host or --port');
      }
      flags.push(['listeners', values.listeners]);
    } else if (values.host !== undefined || values.port !== undefined) {
      const host = values.host ?? '127.0.0.1';
      const port = values.port ?? '9092';
      if (!/^\d+$/.test(port) || Number(port) > 65535) throw new ConfigError(`--port must be 0-65535, got "${port}"`);
      flags.push(['listeners', `PLAINTEXT://${host.includes(':') ? `[${host}]` : host}:${port}`]);
    }
    if (values['advertised-listeners'] !== undefined)
      flags.push(['advertised.listeners', values['advertised-listeners']]);
    if (values['data-dir'] !== undefined) flags.push(['log.dirs', values['data-dir']]);
    if (values['node-id'] !== undefined) flags.push(['node.id', values['node-id']]);
    if (values['no-sql'] && values['sql-listeners'] !== undefined) {
      throw new ConfigError('--no-sql cannot be combined with --sql-listeners');
    }
    if (values['no-sql']) flags.push(['sql.listeners', '']);
    if (values['sql-listeners'] !== undefined) flags.push(['sql.listeners', values['sql-listeners']]);
    if (values['no-http'] && values['http-listeners'] !== undefined) {
      throw new ConfigError('--no-http cannot be combined with --http-listeners');
    }
    if (values['no-http']) flags.push(['http.listeners', '']);
    if (values['http-listeners'] !== undefined) flags.push(['http.listeners', values['http-listeners']]);
    const config = loadBrokerConfig({
      configFile: values.config,
      flags,
      sets: [
        ...(values['config-from-env'] ? configFromEnv(process.env) : []),
        ...(values.set ?? []).map(parseSetArgument),
      ],
      profile: values.profile,
    });
    const logger = createLogger({ level: level as LogLevel });
    for (const key of config.unknownKeys) {
      logger.warn(`The configuration '${key}' was supplied but isn't a known config.`);
    }
    // checked before the broker starts: a bad value is a config error, not a half-started broker
    const opsListener = parseHttpListener(config.string('http.listeners') ?? '', 'http.listeners', 9644, true);
    broker = await Broker.start({ config, logger });
    // The SQL processor is a plain Kafka client of the broker: it takes a PLAINTEXT listener when there is one.
    const endpoints = broker.advertisedEndpoints();
    const endpoint = endpoints.find((e) => e.securityProtocol === 'PLAINTEXT') ?? endpoints[0]!;
    let stopOps = async () => {};
    try {
      if (opsListener) {
        const ops = await startOps(broker, opsListener, config.isSet('http.listeners'), logger, sqlUrlOf(config));
        stopOps = ops.stop;
        opsUrl = ops.url;
      }
      const stopOthers = await startCompanions({
        config,
        bootstrap: `${endpoint.host}:${endpoint.port}`,
        log: logger,
        checkPassword: broker.checkPassword,
      });
      stopCompanions = () => stopOthers().finally(stopOps);
    } catch (error) {
      await stopOps();
      await broker.stop();
      throw error;
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StartupError || error instanceof ListenError) {
      process.stderr.write(`brook: ${error.message}\n`);
      return 1;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`brook: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
  // The signal handlers go in before the readiness line: whoever waits for that line may signal at once, and a
  // SIGINT before a listener exists would kill the process with the default disposition (no flush, no exit 0).
  const stopped = new Promise<number>((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        process.stderr.write(`brook: second ${signal}, exiting without waiting\n`);
        process.exit(1);
      }
      stopping = true;
      stopCompanions()
        .finally(() => broker.stop())
        .then(
          () => resolve(0),
          (error: Error) => {
            process.stderr.write(`brook: error while stopping: ${error.message}\n`);
            resolve(1);
          },
        );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  const addresses = broker.boundListeners.map((l) => `${l.spec.name}://${l.host}:${l.port}`).join(', ');
  process.stdout.write(
    `Brook ${BROOK_VERSION} ready: node ${broker.nodeId} listening on ${addresses}, data in ${broker.config.logDirs.join(',')}${opsUrl ? `, metrics on ${opsUrl}/metrics` : ''}\n`,
  );
  // V8's young generation is kept small from here on (young-generation.ts), once start-up's code is in the
  // compile cache: V8 refuses code cached under other flags, and set before start-up the flag also cost Node's
  // own built-in code cache (13 ms more to the first answer). A moment after the ready line, so the cache's
  // write does not hold up the first answers.
  setTimeout(() => {
    finishCompileCache();
    keepYoungGenerationSmall();
  }, YOUNG_GENERATION_AFTER_MS).unref();
  return stopped;
}

/**
 * The ops HTTP listener (src/http/ops-server.ts). The default port taken (a second broker on this machine) leaves
 * it off with an info line, as the SQL companion does; a port asked for explicitly that cannot be bound is an error.
 */
async function startOps(
  broker: Broker,
  listener: { host: string; port: number; tls: boolean },
  explicit: boolean,
  log: Logger,
  sqlUrl: string | undefined,
): Promise<{ stop: () => Promise<void>; url?: string }> {
  const { startOpsServer } = require('../http/ops-server') as typeof import('../http/ops-server');
  const opsLog = log.child({ component: 'http' });
  try {
    const { httpSecurity } = require('../http/http-security') as typeof import('../http/http-security');
    const security = httpSecurity(broker.config, listener.tls, broker.checkPassword, 'http', opsLog);
    const server = await startOpsServer({
      broker,
      host: listener.host,
      port: listener.port,
      log: opsLog,
      faultsAdmin: broker.config.bool('http.admin.faults.enable'),
      sqlUrl,
      security,
    });
    opsLog.info('ops HTTP listening', { url: server.url });
    return { stop: () => server.close(), url: server.url };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const where = `${listener.host}:${listener.port}`;
    if ((error as { code?: string }).code === 'EADDRINUSE' && !explicit) {
      opsLog.info(`ops HTTP listener ${where} is in use; /metrics is off (--http-listeners URL)`);
      return { stop: async () => {} };
    }
    throw new ConfigError(`Cannot listen for HTTP on ${where}: ${(error as Error).message}`);
  }
}

/** Where the console's SQL editor reaches the SQL companion (sql.listeners), or undefined when it is off. */
function sqlUrlOf(config: BrokerConfig): string | undefined {
  if (config.string('ksql.queries.file')) return undefined; // headless: no REST API
  const listener = parseHttpListener(config.string('sql.listeners') ?? '');
  if (!listener || listener.port === 0) return undefined;
  const host = { '0.0.0.0': '127.0.0.1', '::': '::1' }[listener.host] ?? listener.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${listener.port}`;
}
