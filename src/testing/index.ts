/**
 * Test-embedding helpers: `import { startBroker } from 'brook/testing'` starts an in-process broker on an
 * ephemeral port with a temporary data dir, for mocha/jest/vitest suites.
 *
 * It uses the `test` config profile (group.initial.rebalance.delay.ms=0, internal topics with one replica):
 * a documented set of defaults, not a fork of the broker. Anything in `config` wins over it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Clock, ManualClock, systemClock } from '../clock';
import { loadBrokerConfig } from '../config';
import { createLogger, type LogEntry, type LogLevel } from '../log';
import { Broker } from '../server/broker';
import type { Faults } from '../server/faults';
import type { OpsSource } from '../http/ops-server';

export { BROOK_VERSION } from '../version';
export { memoryStreamPair } from './memory-stream';
export type { ControlOptions, FaultAction, FaultControl, Faults, InterceptedRequest } from '../server/faults';
export type { LogEntry } from '../log';

export interface StartBrokerOptions {
  /** Broker config keys (Kafka names), e.g. `{ 'num.partitions': '3' }`. */
  config?: Record<string, string | number | boolean>;
  /** Data directory to use (kept on stop); default: a fresh temporary directory removed on stop. */
  dataDir?: string;
  /** Port to listen on (default 0: any free port). */
  port?: number;
  /**
   * Listeners in Kafka's syntax instead of one PLAINTEXT listener (ports may be 0), e.g.
   * `SASL_SSL://127.0.0.1:0,PLAINTEXT://127.0.0.1:0`; `bootstrap` is the first, `endpoints` names them all.
   * Their TLS and SASL keys go in `config`.
   */
  listeners?: string;
  /** Node id (default 1). */
  nodeId?: number;
  /** Log level (default: BROOK_LOG_LEVEL or `warn`). */
  logLevel?: LogLevel;
  /** Receives every log entry instead of stderr (for assertions on log lines). */
  onLog?: (entry: LogEntry) => void;
  /** Config profile (default `test`). */
  profile?: 'test' | 'default';
  /**
   * Also start the ops HTTP listener (/metrics, /health, /ready, /trace) on an ephemeral port of 127.0.0.1
   * (default false); its address is `httpUrl`.
   */
  http?: boolean;
  /**
   * Also serve fault injection over HTTP on the ops listener (`/admin/faults`, src/http/fault-admin.ts);
   * implies `http`. Default false.
   */
  admin?: boolean;
  /**
   * `'manual'`: the broker's time (retention, segment.ms, group sessions and rebalance timeouts, transaction
   * timeouts) moves only through `broker.clock.advance(ms)`, starting at the real time of the start.
   * Default `'real'`.
   */
  clock?: 'real' | 'manual';
}

/** The broker's time as a test sees it (`broker.clock`). */
export interface TestClock {
  /** True for `startBroker({ clock: 'manual' })`. */
  readonly manual: boolean;
  /** The broker's current time (epoch ms). */
  now(): number;
  /**
   * Manual clock only: moves the broker's time forward by `ms`, firing every broker timer due on the way in
   * deadline order (a session timeout, a retention check), then lets the work they started settle.
   */
  advance(ms: number): Promise<void>;
}

export interface TestBroker {
  /** `127.0.0.1:PORT`, ready for a client's `brokers` / `bootstrap.servers`. */
  bootstrap: string;
  /** `host:port` of every listener by name (PLAINTEXT, SASL_SSL, ...). */
  endpoints: Record<string, string>;
  port: number;
  host: string;
  dataDir: string;
  nodeId: number;
  clusterId: string;
  /** `http://127.0.0.1:PORT` of the ops HTTP listener when started with `http: true`, else undefined. */
  httpUrl: string | undefined;
  /** Fault injection by API key (kfake's ControlKey shape): intercept, delay, fail or drop requests. */
  faults: Faults;
  /** The broker's time; `advance(ms)` with `clock: 'manual'`. */
  readonly clock: TestClock;
  /** Stops the broker (flushing logs); removes the data dir unless it was given. Idempotent. */
  stop(): Promise<void>;
  /**
   * Stops and starts again on the same port and data dir (data stays): a broker restart for clients.
   * The returned object keeps working (bootstrap, port unchanged).
   */
  restart(): Promise<void>;
  /** The running broker (internals; not a stable API). */
  readonly broker: Broker;
}

/** Starts an in-process Brook broker on 127.0.0.1 and resolves once it accepts connections. */
export async function startBroker(options: StartBrokerOptions = {}): Promise<TestBroker> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'brook-test-'));
  const logger = createLogger({ level: options.logLevel, sink: options.onLog });
  const build = (listeners: string, restart = false) =>
    loadBrokerConfig({
      profile: options.profile ?? 'test',
      flags: [
        ['listeners', listeners],
        ['log.dirs', dataDir],
        ['node.id', String(options.nodeId ?? 1)],
      ],
      // Listeners given in `config` too: a restart binds the ports the first start got, as for `listeners`.
      sets: Object.entries(options.config ?? {})
        .filter(([k]) => !(restart && k === 'listeners'))
        .map(([k, v]) => [k, String(v)]),
    });
  // One clock across restarts: the broker's time does not jump back when it restarts.
  const manual = options.clock === 'manual' ? new ManualClock(Date.now()) : undefined;
  const clock: Clock = manual ?? systemClock;
  let broker = await Broker.start({
    config: build(options.listeners ?? `PLAINTEXT://127.0.0.1:${options.port ?? 0}`),
    logger,
    clock,
  });
  const port = broker.boundListeners[0]!.port;
  // A restart binds the ports the first start got.
  const bound = broker.boundListeners.map((l) => `${l.spec.name}://${l.spec.host}:${l.port}`).join(',');
  const endpoints = Object.fromEntries(broker.boundListeners.map((l) => [l.spec.name, `127.0.0.1:${l.port}`]));
  let stopped = false;
  // the ops listener reads `broker` through this view, so it follows a restart
  const ops =
    options.http || options.admin
      ? await (require('../http/ops-server') as typeof import('../http/ops-server')).startOpsServer({
          broker: liveView(() => broker),
          host: '127.0.0.1',
          port: 0,
          log: logger,
          faultsAdmin: options.admin,
          // https:// in http.listeners and http.authentication.* apply as in brook serve (the port stays ephemeral)
          security: (require('../http/http-security') as typeof import('../http/http-security')).httpSecurity(
            broker.config,
            (broker.config.string('http.listeners') ?? '').startsWith('https://'),
            (user, password) => broker.checkPassword(user, password),
          ),
        })
      : undefined;
  const handle: TestBroker = {
    bootstrap: `127.0.0.1:${port}`,
    httpUrl: ops?.url,
    endpoints,
    port,
    host: '127.0.0.1',
    dataDir,
    nodeId: broker.nodeId,
    clusterId: broker.clusterId,
    get faults() {
      return broker.faults;
    },
    clock: testClock(manual),
    get broker() {
      return broker;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await ops?.close();
      await broker.stop();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
    async restart() {
      await broker.stop();
      broker = await Broker.start({ config: build(bound, true), logger, clock });
    },
  };
  return handle;
}

function testClock(manual: ManualClock | undefined): TestClock {
  if (!manual) {
    return {
      manual: false,
      now: Date.now,
      advance: () => Promise.reject(new Error("clock.advance needs startBroker({ clock: 'manual' })")),
    };
  }
  return {
    manual: true,
    now: () => manual.now(),
    async advance(ms) {
      manual.advance(ms);
      // what the timers started (a rebalance's writes, deleting segment files) runs on the event loop
      for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => setImmediate(resolve));
    },
  };
}

/** An OpsSource that reads whichever broker `current()` returns (the one running after a restart). */
function liveView(current: () => Broker): OpsSource {
  return new Proxy({} as OpsSource, { get: (_target, key) => Reflect.get(current(), key) });
}

export type { ClusterMember, LocalCluster } from '../cluster/local-cluster';

/**
 * startCluster's defaults: Kafka's config keys with the timeouts shortened so a failover takes about two seconds
 * (Kafka's defaults: election 1 s, fetch 2 s, session 9 s, heartbeat 2 s, lag 30 s, rebalance delay 3 s). The
 * replication bench gives the official Kafka the same ones.
 */
export const QUICK_CLUSTER_CONFIG = {
  'controller.quorum.election.timeout.ms': 300,
  'controller.quorum.fetch.timeout.ms': 600,
  'controller.quorum.election.backoff.max.ms': 200,
  'broker.session.timeout.ms': 1500,
  'broker.heartbeat.interval.ms': 200,
  'replica.lag.time.max.ms': 3000,
  'group.initial.rebalance.delay.ms': 0,
} as const;

export interface StartClusterOptions {
  /** How many combined broker+controller nodes (default 3). */
  brokers?: number;
  /** Broker config keys for every node. Default: quick elections and sessions (see below). */
  config?: Record<string, string | number | boolean>;
  /** Where the nodes keep their data (kept on stop); default: a temporary directory removed on stop. */
  dataDir?: string;
  logLevel?: LogLevel;
  /** Called with each line a member prints (its log at `logLevel`); default: dropped. */
  onOutput?: (nodeId: number, line: string) => void;
  /** Each member's ops listener (its `httpUrl`) also serves fault injection (`/admin/faults`). Default false. */
  admin?: boolean;
  /** Options for each member's `node` process, e.g. `['--cpu-prof', '--cpu-prof-dir=/tmp/prof']`. */
  nodeArgs?: string[];
}

/**
 * A local KRaft cluster for tests: N `brook serve` processes (the built CLI, bin/brook.js), each broker and
 * controller, on free ports. It resolves once every member is ready (registered and unfenced: Metadata lists
 * all N brokers). Any member can be killed (SIGKILL), paused (SIGSTOP), resumed and restarted (then `ready()`
 * waits for it to rejoin); `bootstrap` lists every broker. Timeouts are shortened so a failover takes about
 * two seconds.
 */
export async function startCluster(
  options: StartClusterOptions = {},
): Promise<import('../cluster/local-cluster').LocalCluster> {
  const { startLocalCluster } = require('../cluster/local-cluster') as typeof import('../cluster/local-cluster');
  const ownDir = options.dataDir === undefined;
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'brook-cluster-'));
  try {
    const cluster = await startLocalCluster({
      brokers: options.brokers ?? 3,
      dir,
      logLevel: options.logLevel ?? 'error',
      onOutput: options.onOutput,
      admin: options.admin,
      nodeArgs: options.nodeArgs,
      config: { ...QUICK_CLUSTER_CONFIG, ...options.config },
    });
    const stop = cluster.stop;
    cluster.stop = async () => {
      // A temporary cluster's data goes anyway: no need for clean shutdowns.
      if (ownDir) await Promise.all(cluster.members.map((m) => m.kill()));
      else await stop();
      if (ownDir) rmSync(dir, { recursive: true, force: true });
    };
    return cluster;
  } catch (error) {
    if (ownDir) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
