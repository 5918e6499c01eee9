import type { Socket } from 'node:net';
import { decodeResponse, encodeRequest } from '../protocol/frames';
import type { MetadataResponse, ProduceResponse } from '../protocol/generated';
import { javaUnavailable } from '../compat-tests/lib/kafka-jars';
import { KafkaProcess } from '../compat-tests/lib/kafka-process';
import { startCluster } from '../src/testing';
import type { BenchLine, Benchmark } from './harness';
import { KAFKA_SHIPPED_JVM } from './kafka-peer';
import { runLoad } from './load-processes';
import { batchPool, onFrames, open } from './wire';

/**
 * Issue 13's replication figures on a real cluster: three `brook serve` processes (brook/testing's startCluster,
 * the built bin/brook.js: run `npm run build` first), the load generator (bench/broker-load.ts) in a process of
 * its own.
 *
 * - Produce, acks=all: the same generator, in alternating rounds of the same run, to a topic with replication
 *   factor 1 and to one with replication factor 3 and min.insync.replicas 2, both led by node 1 (manual
 *   replica assignment), 4 partitions, 64 x 1 KiB records per partition batch, 5 requests in flight (the Java
 *   producer's max.in.flight.requests.per.connection). Goal: RF 3 >= 0.5 x RF 1.
 * - Failover: a partition leader is SIGKILLed; the time until a surviving broker acknowledges an acks=all
 *   Produce as the partition's new leader (Metadata asked of the survivors, then Produce to the leader they
 *   name, every 10 ms). startCluster's timeouts apply (broker.session.timeout.ms 1500, heartbeat 200 ms,
 *   controller election 300 ms, replica.lag.time.max.ms 3000); Kafka's default session timeout is 9 s.
 *   The victim is restarted and back in the ISR before the next repetition.
 *
 * - The same produce rounds against three official Kafka 4.4 nodes (combined KRaft, the JVM flags Kafka's scripts
 *   ship) started after Brook's cluster stopped, so the two never share the cores: Kafka's own RF 3 / RF 1 on this
 *   machine says how much of the 0.5 goal the machine allows, and Brook RF 3 / Kafka RF 3 compares the two.
 *   BENCH_KAFKA=0 skips it (as in the broker bench).
 *
 * BENCH_REPLICATION_MS (per produce round, default 1500), BENCH_REPLICATION_IN_FLIGHT (requests pipelined on the
 * generator's one connection, default 5) and BENCH_FAILOVERS (default 5) size it.
 */
const ROUND_MS = Number(process.env.BENCH_REPLICATION_MS ?? 1500);
const ROUNDS = 3;
const FAILOVERS = Number(process.env.BENCH_FAILOVERS ?? 5);
const IN_FLIGHT = Number(process.env.BENCH_REPLICATION_IN_FLIGHT ?? 5);
const PRODUCE_VERSION = 9;
const METADATA_VERSION = 12;

type Cluster = Awaited<ReturnType<typeof startCluster>>;

/** One request on a fresh connection; rejects on a refused connection or no answer within `timeoutMs`. */
async function request(port: number, apiKey: number, version: number, body: unknown, timeoutMs = 6000) {
  const socket: Socket = await open(port);
  try {
    const frame = await new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer from port ${port} in ${timeoutMs} ms`)), timeoutMs);
      onFrames(socket, (f) => {
        clearTimeout(timer);
        resolve(f);
      });
      socket.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      socket.write(encodeRequest({ apiKey, apiVersion: version, correlationId: 1, clientId: 'bench-failover' }, body));
    });
    return decodeResponse(apiKey, version, frame).body;
  } finally {
    socket.destroy();
  }
}

async function metadata(port: number, topic: string): Promise<MetadataResponse> {
  return (await request(port, 3, METADATA_VERSION, {
    topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: topic }],
    allowAutoTopicCreation: false,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  })) as MetadataResponse;
}

const [oneBatch] = batchPool(1, 1);

/** acks=all Produce of one small batch to partition 0; its error code. */
async function produceOnce(port: number, topic: string): Promise<number> {
  const body = {
    transactionalId: null,
    acks: -1,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: 0, records: oneBatch! }] }],
  };
  const answer = (await request(port, 0, PRODUCE_VERSION, body)) as ProduceResponse;
  return answer.responses[0]!.partitionResponses[0]!.errorCode;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` on every running member until it returns a value (not undefined), or throws after `timeoutMs`. */
async function untilSome<T>(
  cluster: Cluster,
  what: string,
  fn: (port: number) => Promise<T | undefined>,
  timeoutMs = 30000,
) {
  const deadline = performance.now() + timeoutMs;
  let last = '';
  for (;;) {
    for (const m of cluster.members.filter((x) => x.process)) {
      try {
        const value = await fn(m.brokerPort);
        if (value !== undefined) return value;
      } catch (error) {
        last = String(error);
      }
    }
    if (performance.now() > deadline)
      throw new Error(`replication bench: ${what} not reached in ${timeoutMs} ms ${last}`);
    await sleep(10);
  }
}

/** Partition 0 of `topic` as the running members see it, once it has a leader and all three replicas in sync. */
const fullIsr = (cluster: Cluster, topic: string) =>
  untilSome(cluster, `full ISR of ${topic}`, async (port) => {
    const p = (await metadata(port, topic)).topics[0]?.partitions[0];
    return p && p.errorCode === 0 && p.leaderId >= 0 && p.isrNodes.length === 3 ? p.leaderId : undefined;
  });

/** ms from the leader's SIGKILL to the first acks=all write acknowledged by the new leader. */
async function failoverOnce(cluster: Cluster, topic: string): Promise<number> {
  const victim = cluster.member(await fullIsr(cluster, topic));
  const killedAt = performance.now();
  await victim.kill();
  await untilSome(cluster, 'an acknowledged write on a new leader', async (port) => {
    const leader = (await metadata(port, topic)).topics[0]?.partitions[0]?.leaderId ?? -1;
    if (leader < 0 || leader === victim.nodeId) return undefined;
    return (await produceOnce(cluster.member(leader).brokerPort, topic)) === 0 ? true : undefined;
  });
  const ms = performance.now() - killedAt;
  await victim.restart();
  return ms;
}

interface ProduceResult {
  bytes: number;
  ms: number;
  errors: number;
  firstError: string;
}

/** One acks=all load round against the broker on `port` (the replicas' first node leads); MiB/s. */
async function produceRound(port: number, topic: string, replicas: number[]): Promise<number> {
  const result = await runLoad<ProduceResult>({
    mode: 'produce',
    port,
    ms: ROUND_MS,
    acks: -1,
    topic,
    partitions: 4,
    batchRecords: 64,
    inFlight: IN_FLIGHT,
    replicas,
    // min.insync.replicas 2 only where there are replicas: RF 1 with it would refuse every acks=all write.
    topicConfigs: replicas.length > 1 ? { 'min.insync.replicas': '2' } : {},
  });
  if (result.errors > 0)
    throw new Error(`replication bench ${topic}: ${result.errors} bad answers, ${result.firstError}`);
  return result.bytes / (1024 * 1024) / (result.ms / 1000);
}

interface RfFigures {
  rf1: number;
  rf3: number;
  /** RF 3 / RF 1 of each round */
  ratios: number[];
}

/** A warm-up, then ROUNDS alternating RF 1 / RF 3 rounds against node 1 on `port`; the best of each, each round's ratio. */
async function rfRounds(label: string, port: number): Promise<RfFigures> {
  const figures: RfFigures = { rf1: 0, rf3: 0, ratios: [] };
  // One unmeasured round of each first: topics created, connections open, a JVM's JIT warmed.
  await produceRound(port, 'bench-rf1', [1]);
  await produceRound(port, 'bench-rf3', [1, 2, 3]);
  for (let round = 0; round < ROUNDS; round++) {
    const one = await produceRound(port, 'bench-rf1', [1]);
    const three = await produceRound(port, 'bench-rf3', [1, 2, 3]);
    figures.ratios.push(three / one);
    figures.rf1 = Math.max(figures.rf1, one);
    figures.rf3 = Math.max(figures.rf3, three);
    process.stderr.write(
      `  ${label} round ${round + 1}: RF 1 ${one.toFixed(1)} MiB/s, RF 3 ${three.toFixed(1)} MiB/s\n`,
    );
  }
  return figures;
}

const roundsText = (f: RfFigures) => f.ratios.map((r) => r.toFixed(2)).join(' ');

/** The same rounds on three Kafka 4.4 nodes, or why they could not run. */
async function kafkaRounds(): Promise<RfFigures | string> {
  if (process.env.BENCH_KAFKA === '0') return 'skipped (BENCH_KAFKA=0)';
  const missing = javaUnavailable();
  if (missing) return missing;
  const kafka = await KafkaProcess.start({ nodes: 3, jvm: KAFKA_SHIPPED_JVM });
  try {
    const nodeOne = Number(kafka.bootstrap.split(',')[0]!.split(':').at(-1));
    return await rfRounds('Kafka 4.4', nodeOne);
  } finally {
    await kafka.destroy();
  }
}

interface BrookFigures extends RfFigures {
  /** leader SIGKILL to first acknowledged write on the new leader, ms, sorted */
  failovers: number[];
}

/** The produce rounds and the failovers on three `brook serve` processes. */
async function brookRounds(): Promise<BrookFigures> {
  // BENCH_PROFILE_DIR: each member runs under `node --cpu-prof` and is stopped with SIGTERM at the end, so it
  // writes its profile there (CPU.<date>.<pid>...; bench/cpu-profile-summary.ts reads them).
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const cluster = await startCluster({ brokers: 3, nodeArgs });
  if (profileDir) {
    for (const m of cluster.members) process.stderr.write(`  node ${m.nodeId}: pid ${m.process?.pid}\n`);
  }
  try {
    await untilSome(cluster, 'three registered brokers', async (port) =>
      (await metadata(port, '__none__')).brokers.length === 3 ? true : undefined,
    );
    const rounds = await rfRounds('Brook', cluster.member(1).brokerPort);
    const failovers: number[] = [];
    for (let i = 0; i < FAILOVERS; i++) {
      failovers.push(await failoverOnce(cluster, 'bench-rf3'));
      process.stderr.write(`  failover ${i + 1}: ${failovers.at(-1)!.toFixed(0)} ms\n`);
    }
    if (failovers.length === 0) failovers.push(Number.NaN);
    return { ...rounds, failovers: failovers.sort((a, b) => a - b) };
  } finally {
    if (profileDir) for (const m of cluster.members) await m.stop();
    await cluster.stop();
  }
}

const bench: Benchmark = {
  name: 'replication-cluster',
  async run() {
    const brook = await brookRounds();
    const { failovers } = brook;
    const lines: BenchLine[] = [
      { name: 'acks=all produce, RF 1, 3 brook serve processes (best of 3)', value: brook.rf1, unit: 'MiB/s' },
      {
        name: `acks=all produce, RF 3 min.insync 2, 3 processes (best of 3; rounds ${roundsText(brook)})`,
        value: brook.rf3,
        unit: 'MiB/s',
        ratio: { value: brook.rf3 / brook.rf1, against: 'RF 1', goal: 0.5 },
      },
      {
        name: `failover, leader SIGKILL to first acks=all ack on the new leader, median of ${failovers.length} (min ${failovers[0]!.toFixed(0)}, max ${failovers.at(-1)!.toFixed(0)}; session timeout 1.5 s)`,
        value: failovers[Math.floor(failovers.length / 2)]!,
        unit: 'ms',
      },
    ];
    // Kafka's cluster starts only once Brook's has stopped, so the two never share the cores.
    const kafka = await kafkaRounds();
    if (typeof kafka === 'string') {
      process.stderr.write(`  Kafka 4.4 three nodes: ${kafka}\n`);
      return lines;
    }
    lines.push(
      {
        name: `Kafka 4.4, 3 combined nodes: acks=all produce, RF 3 min.insync 2 (best of 3; rounds ${roundsText(kafka)})`,
        value: kafka.rf3,
        unit: 'MiB/s',
        ratio: { value: kafka.rf3 / kafka.rf1, against: `Kafka's own RF 1 (${kafka.rf1.toFixed(1)} MiB/s)` },
      },
      {
        name: 'Brook RF 3 against Kafka RF 3 (same generator, same run, one cluster after the other)',
        value: brook.rf3,
        unit: 'MiB/s',
        ratio: { value: brook.rf3 / kafka.rf3, against: 'Kafka RF 3' },
      },
    );
    return lines;
  },
};

export default bench;
