/**
 * The brokers the compat suites run against, chosen by one environment variable:
 *
 *   COMPAT_TARGETS=brook-process,kafka-process    (the default where java, javac and mvn exist)
 *
 * brook-process    `node bin/brook.js serve` (the CLI a user types)            aliases: brook
 * brook-inprocess  `startBroker()` from brook/testing, inside the test process
 * kafka-process    the official Kafka 4.4 from Maven's jars (kafka-process.ts)  aliases: kafka
 * kafka-container  apache/kafka through testcontainers (needs a container engine)
 *
 * Without java/mvn the default is brook-process and kafka-container where a container engine may exist; a target
 * that cannot run here stays in the list and its suite says why (pending), it never passes silently.
 */
import { BrookProcess } from './broker';
import { javaUnavailable } from './kafka-jars';
import { KafkaProcess } from './kafka-process';
import { containerEngineHint, detectContainerEngine, KAFKA_IMAGE, startOfficialKafka } from './official-kafka';

export type TargetId = 'brook-process' | 'brook-inprocess' | 'kafka-process' | 'kafka-container';
const ALIASES: Record<string, TargetId> = { brook: 'brook-process', kafka: 'kafka-process' };

/** A running broker (or cluster) the drivers connect to. */
export interface Target {
  bootstrap: string;
  describe: string;
  /** stop and start again on the same port(s) and data */
  restart(): Promise<void>;
  /**
   * SIGKILL the broker process(es) (no controlled shutdown, nothing flushed), then start again on the same port(s)
   * and data. Only process targets have it: an in-process broker cannot be killed apart from its test, a container
   * target restarts through the engine. Callers fall back to restart() and say so.
   */
  crash?(): Promise<void>;
  destroy(): Promise<void>;
  /** last lines of the broker's output, for failure messages */
  tail?(lines: number): string;
}

export interface TargetSpec {
  id: TargetId;
  /** 'kafka' targets are the oracle: "BROOK ..." findings must pass there */
  kind: 'brook' | 'kafka';
  title: string;
  /** synchronous first look (mocha registers suites synchronously): null, or why this target cannot run here */
  unavailable(): string | null;
  /** `config`: broker keys by Kafka name, the same for every target of one suite */
  start(config?: Record<string, string | number>): Promise<Target>;
}

/** Thrown by start() when the target turns out to be missing (no container engine answered): report, not fail. */
export class TargetUnavailable extends Error {}

const specs: Record<TargetId, TargetSpec> = {
  'brook-process': {
    id: 'brook-process',
    kind: 'brook',
    title: 'Brook (`brook serve` process)',
    unavailable: () => null,
    async start(config) {
      const broker = await BrookProcess.start({ config });
      return {
        bootstrap: broker.bootstrap,
        describe: `brook serve on ${broker.bootstrap}`,
        restart: () => broker.restart(),
        crash: () => broker.crash(),
        destroy: () => broker.destroy(),
        tail: (lines) => broker.tail(lines),
      };
    },
  },
  'brook-inprocess': {
    id: 'brook-inprocess',
    kind: 'brook',
    title: 'Brook (in process, brook/testing)',
    unavailable: () => {
      try {
        require.resolve('brook/testing');
        return null;
      } catch {
        return 'brook/testing does not resolve: run `npm run build`';
      }
    },
    async start(config) {
      // brook/testing is the package's public test API (dist/, after `npm run build`), loaded only when asked for.
      const { startBroker } = require('brook/testing') as {
        startBroker(o: { config?: Record<string, string | number> }): Promise<{
          bootstrap: string;
          restart(): Promise<void>;
          stop(): Promise<void>;
        }>;
      };
      const broker = await startBroker({ config });
      return {
        bootstrap: broker.bootstrap,
        describe: `brook/testing startBroker() on ${broker.bootstrap}`,
        restart: () => broker.restart(),
        destroy: () => broker.stop(),
      };
    },
  },
  'kafka-process': {
    id: 'kafka-process',
    kind: 'kafka',
    title: 'official Kafka 4.4 (process, Maven jars)',
    unavailable: javaUnavailable,
    async start(config) {
      const kafka = await KafkaProcess.start({ config });
      return {
        bootstrap: kafka.bootstrap,
        describe: kafka.describe,
        restart: () => kafka.restart(),
        crash: () => kafka.crash(),
        destroy: () => kafka.destroy(),
        tail: (lines) => kafka.tail(lines),
      };
    },
  },
  'kafka-container': {
    id: 'kafka-container',
    kind: 'kafka',
    title: `official Kafka (${KAFKA_IMAGE}, testcontainers)`,
    unavailable: () => {
      const hint = containerEngineHint();
      return hint && `no container engine: ${hint}`;
    },
    async start(config) {
      const engine = await detectContainerEngine();
      if (engine) throw new TargetUnavailable(`no container engine: ${engine}`);
      return startOfficialKafka(config);
    },
  },
};

/** The targets of this run, in order (COMPAT_TARGETS, else the default described above). */
export function selectedTargets(): TargetSpec[] {
  const asked = process.env.COMPAT_TARGETS?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (asked?.length) {
    return asked.map((name) => {
      const id = ALIASES[name] ?? name;
      const spec = specs[id as TargetId];
      if (!spec) {
        throw new Error(
          `COMPAT_TARGETS: unknown target ${name} (known: ${Object.keys(specs).join(', ')}, brook, kafka)`,
        );
      }
      return spec;
    });
  }
  if (!javaUnavailable() || containerEngineHint()) return [specs['brook-process'], specs['kafka-process']];
  return [specs['brook-process'], specs['kafka-container']];
}

/**
 * The clients of each protocol engine that run on the official Kafka by default: the Java client (its KIP-848
 * consumer in the group scenarios), kafkajs, librdkafka 2.16 (confluent-kafka from PyPI, eager and cooperative) and
 * franz-go (classic and KIP-848). Kafka is the oracle for the scenarios themselves, and one client per engine
 * checks each scenario against it; Brook runs every client. Every client on Kafka too costs about 8 minutes more on a 2-core machine,
 * which CI's 30 minutes cannot hold within `npm test`: `COMPAT_ORACLE_CLIENTS=all` (what `npm run compat` sets)
 * or a comma-separated list runs them; `default` is this list.
 */
export const ORACLE_DEFAULT_CLIENTS: readonly string[] = [
  'java',
  'java-consumer',
  'kafkajs',
  'confluent-kafka-python-pypi',
  'confluent-kafka-python-pypi-cooperative',
  'franz-go',
  'franz-go-kip848',
];

/** The clients a suite runs on `spec`: all of them on Brook; on the official Kafka, see ORACLE_DEFAULT_CLIENTS. */
export function clientsForTarget<C extends { id: string }>(spec: TargetSpec, clients: readonly C[]): C[] {
  if (spec.kind !== 'kafka') return [...clients];
  const asked = process.env.COMPAT_ORACLE_CLIENTS?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (asked?.includes('all')) return [...clients];
  const wanted = new Set(asked?.length && !asked.includes('default') ? asked : ORACLE_DEFAULT_CLIENTS);
  return clients.filter((c) => wanted.has(c.id));
}
