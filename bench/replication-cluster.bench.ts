import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import { decodeResponse, encodeRequest } from '../protocol/frames';
import type { DescribeQuorumResponse, MetadataResponse, ProduceResponse } from '../protocol/generated';
import { javaUnavailable } from '../compat-tests/lib/kafka-jars';
import { KafkaProcess } from '../compat-tests/lib/kafka-process';
import { QUICK_CLUSTER_CONFIG, startCluster } from '../src/testing';
import type { BenchLine, Benchmark } from './harness';
import { KAFKA_SHIPPED_JVM } from './kafka-peer';
import { runLoad } from './load-processes';
import { rawReplicationDir, rawReplicationRound } from './replication-raw';
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
 *   controller election 300 ms, replica.lag.time.max.ms 3000: QUICK_CLUSTER_CONFIG); Kafka's default session
 *   timeout is 9 s. The victim is restarted and back in the ISR before the next repetition. Repetitions where the
 *   victim also led the metadata quorum are shown apart: a controller election comes first, and the new
 *   controller gives every broker a whole session before fencing it, so they take about that much longer.
 *
 * - The machine's ceiling, measured first in the same run: the same alternating rounds through a raw pipeline of
 *   Node processes that only append to files and forward over TCP (bench/replication-raw.ts). Its RF 3 / RF 1 is
 *   what the cores and the page cache allow any broker; Brook RF 3 / raw RF 3 is how close Brook comes. On these
 *   virtual machines a log growing into memory the page cache has not held before is written at 0.3-0.8 GB/s
 *   (the host faults the guest's free pages in), pages of files just deleted at 4-6 GB/s: every file the raw
 *   pipeline writes is kept until its last round, as a log is, and every round starts after a `sync`.
 * - The same produce rounds against three official Kafka 4.4 nodes (combined KRaft, the JVM flags Kafka's scripts
 *   ship) started after Brook's cluster stopped, so the two never share the cores: Kafka's own RF 3 / RF 1 on this
 *   machine says how much of the 0.5 goal the machine allows, and Brook RF 3 / Kafka RF 3 compares the two.
 *   Then the same failovers, Kafka given the same timeouts. BENCH_KAFKA=0 skips it (as in the broker bench).
 *
 * BENCH_REPLICATION_MS (per produce round, default 1500), BENCH_REPLICATION_IN_FLIGHT (requests pipelined on the
 * generator's one connection, default 5) and BENCH_FAILOVERS (default 7) size it.
 */
const ROUND_MS = Number(process.env.BENCH_REPLICATION_MS ?? 1500);
const ROUNDS = 3;
const FAILOVERS = Number(process.env.BENCH_FAILOVERS ?? 7);
const IN_FLIGHT = Number(process.env.BENCH_REPLICATION_IN_FLIGHT ?? 5);
const PRODUCE_VERSION = 9;
const METADATA_VERSION = 12;

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

/**
 * A three-node cluster as the failover rounds drive it, Brook's or Kafka's: the running nodes' broker ports by
 * node id, and SIGKILL / restart of one node.
 */
interface FailoverCluster {
  brokerPorts(): Map<number, number>;
  kill(nodeId: number): Promise<void>;
  restart(nodeId: number): Promise<void>;
}

/** Polls `fn` on every running node until it returns a value (not undefined), or throws after `timeoutMs`. */
async function untilSome<T>(
  cluster: FailoverCluster,
  what: string,
  fn: (port: number) => Promise<T | undefined>,
  timeoutMs = 30000,
) {
  const deadline = performance.now() + timeoutMs;
  let last = '';
  for (;;) {
    for (const port of cluster.brokerPorts().values()) {
      try {
        const value = await fn(port);
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

/** Partition 0 of `topic` as the running nodes see it, once it has a leader and all three replicas in sync. */
const fullIsr = (cluster: FailoverCluster, topic: string) =>
  untilSome(cluster, `full ISR of ${topic}`, async (port) => {
    const p = (await metadata(port, topic)).topics[0]?.partitions[0];
    return p && p.errorCode === 0 && p.leaderId >= 0 && p.isrNodes.length === 3 ? p.leaderId : undefined;
  });

/** The metadata quorum's leader, asked of a broker (Kafka and Brook brokers both forward DescribeQuorum). */
const quorumLeader = (cluster: FailoverCluster) =>
  untilSome(cluster, 'a quorum leader', async (port) => {
    const answer = (await request(port, 55, 2, {
      topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }],
    })) as DescribeQuorumResponse;
    const p = answer.topics[0]?.partitions[0];
    return p && p.errorCode === 0 && p.leaderId >= 0 ? p.leaderId : undefined;
  });

interface Failover {
  ms: number;
  /** The victim also led the metadata quorum: a controller election comes first. */
  quorumLeader: boolean;
}

/** ms from the leader's SIGKILL to the first acks=all write acknowledged by the new leader. */
async function failoverOnce(cluster: FailoverCluster, topic: string): Promise<Failover> {
  const victim = await fullIsr(cluster, topic);
  const ledQuorum = (await quorumLeader(cluster)) === victim;
  const killedAt = performance.now();
  await cluster.kill(victim);
  await untilSome(cluster, 'an acknowledged write on a new leader', async (port) => {
    const leader = (await metadata(port, topic)).topics[0]?.partitions[0]?.leaderId ?? -1;
    const leaderPort = cluster.brokerPorts().get(leader);
    if (leader === victim || leaderPort === undefined) return undefined;
    return (await produceOnce(leaderPort, topic)) === 0 ? true : undefined;
  });
  const ms = performance.now() - killedAt;
  await cluster.restart(victim);
  return { ms, quorumLeader: ledQuorum };
}

/** FAILOVERS repetitions, each victim back in the ISR before the next; sorted by time. */
async function failovers(label: string, cluster: FailoverCluster, topic: string): Promise<Failover[]> {
  const all: Failover[] = [];
  for (let i = 0; i < FAILOVERS; i++) {
    const f = await failoverOnce(cluster, topic);
    all.push(f);
    process.stderr.write(
      `  ${label} failover ${i + 1}: ${f.ms.toFixed(0)} ms${f.quorumLeader ? ' (the victim led the quorum too)' : ''}\n`,
    );
  }
  return all.sort((a, b) => a.ms - b.ms);
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
function rfRounds(label: string, port: number): Promise<RfFigures> {
  return alternatingRounds(
    label,
    () => produceRound(port, 'bench-rf1', [1]),
    () => produceRound(port, 'bench-rf3', [1, 2, 3]),
  );
}

/** One unmeasured round of each, then ROUNDS alternating RF 1 / RF 3 rounds; the best of each, each round's ratio. */
async function alternatingRounds(
  label: string,
  rf1Round: () => Promise<number>,
  rf3Round: () => Promise<number>,
): Promise<RfFigures> {
  const figures: RfFigures = { rf1: 0, rf3: 0, ratios: [] };
  // Every round starts with the page cache written back (sync): the logs pile up dirty pages, and past the
  // kernel's dirty threshold writes are throttled to the disk's pace (on these machines from about 2 GB on,
  // to a third of page-cache speed), so without it a round's figure says more about how much the rounds
  // before it wrote than about the round: RF 3 writes three times the bytes of RF 1.
  const clean = <T>(round: () => Promise<T>) => {
    execFileSync('sync');
    return round();
  };
  // The warm-up: topics created, connections open, a JVM's JIT warmed.
  await clean(rf1Round);
  await clean(rf3Round);
  for (let round = 0; round < ROUNDS; round++) {
    const one = await clean(rf1Round);
    const three = await clean(rf3Round);
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

interface ClusterFigures extends RfFigures {
  /** leader SIGKILL to first acknowledged write on the new leader, sorted by time */
  failovers: Failover[];
}

/** The same rounds and failovers on three Kafka 4.4 nodes with startCluster's timeouts, or why they could not run. */
async function kafkaRounds(): Promise<ClusterFigures | string> {
  if (process.env.BENCH_KAFKA === '0') return 'skipped (BENCH_KAFKA=0)';
  const missing = javaUnavailable();
  if (missing) return missing;
  const kafka = await KafkaProcess.start({ nodes: 3, jvm: KAFKA_SHIPPED_JVM, config: { ...QUICK_CLUSTER_CONFIG } });
  try {
    // Node n listens on the n-th bootstrap address (KafkaProcess numbers its nodes from 1, in that order).
    const ports = kafka.bootstrap.split(',').map((address) => Number(address.split(':').at(-1)));
    const down = new Set<number>();
    const cluster: FailoverCluster = {
      brokerPorts: () => new Map(ports.map((port, i) => [i + 1, port] as const).filter(([id]) => !down.has(id))),
      async kill(id) {
        down.add(id);
        await kafka.stopNode(id, 'SIGKILL');
      },
      async restart(id) {
        await kafka.startNode(id);
        down.delete(id);
      },
    };
    const rounds = await rfRounds('Kafka 4.4', ports[0]!);
    return { ...rounds, failovers: await failovers('Kafka 4.4', cluster, 'bench-rf3') };
  } finally {
    await kafka.destroy();
  }
}

/** The produce rounds and the failovers on three `brook serve` processes. */
async function brookRounds(): Promise<ClusterFigures> {
  // BENCH_PROFILE_DIR: each member runs under `node --cpu-prof` and is stopped with SIGTERM at the end, so it
  // writes its profile there (CPU.<date>.<pid>...; bench/cpu-profile-summary.ts reads them).
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const brook = await startCluster({ brokers: 3, nodeArgs });
  if (profileDir) {
    for (const m of brook.members) process.stderr.write(`  node ${m.nodeId}: pid ${m.process?.pid}\n`);
  }
  const cluster: FailoverCluster = {
    brokerPorts: () => new Map(brook.members.filter((m) => m.process).map((m) => [m.nodeId, m.brokerPort] as const)),
    kill: (id) => brook.member(id).kill(),
    restart: (id) => brook.member(id).restart(),
  };
  try {
    await untilSome(cluster, 'three registered brokers', async (port) =>
      (await metadata(port, '__none__')).brokers.length === 3 ? true : undefined,
    );
    const rounds = await rfRounds('Brook', brook.member(1).brokerPort);
    return { ...rounds, failovers: await failovers('Brook', cluster, 'bench-rf3') };
  } finally {
    if (profileDir) for (const m of brook.members) await m.stop();
    await brook.stop();
  }
}

const median = (xs: number[]) => (xs.length === 0 ? Number.NaN : xs[Math.floor(xs.length / 2)]!);

/**
 * The failover figure: the median over every repetition, and apart the medians of those where the victim led the
 * metadata quorum too (its controller's successor is elected first, then gives each broker a full session before
 * fencing it, as Kafka's BrokerHeartbeatManager does) and of those where it did not.
 */
function failoverText(f: Failover[]): string {
  const split = (quorum: boolean) => f.filter((x) => x.quorumLeader === quorum).map((x) => x.ms);
  const part = (xs: number[], what: string) => (xs.length ? `${what} ${median(xs).toFixed(0)} ms x${xs.length}` : '');
  const parts = [part(split(false), 'partition leader only'), part(split(true), 'quorum leader too')].filter(Boolean);
  return `median of ${f.length}: ${parts.join(', ')}; min ${f[0]?.ms.toFixed(0)}, max ${f.at(-1)?.ms.toFixed(0)}`;
}

const bench: Benchmark = {
  name: 'replication-cluster',
  async run() {
    // The machine's ceiling first (bench/replication-raw.ts), then Brook's cluster: nothing shares the cores.
    const rawDir = rawReplicationDir();
    const raw = await alternatingRounds(
      'raw pipeline',
      () => rawReplicationRound(rawDir, 1, ROUND_MS),
      () => rawReplicationRound(rawDir, 3, ROUND_MS),
    ).finally(() => rmSync(rawDir, { recursive: true, force: true }));
    const brook = await brookRounds();
    const lines: BenchLine[] = [
      {
        name: `raw replication pipeline, RF 3 (processes appending to files and forwarding over TCP, no protocol: bench/replication-raw.ts; best of 3; rounds ${roundsText(raw)})`,
        value: raw.rf3,
        unit: 'MiB/s',
        ratio: {
          value: raw.rf3 / raw.rf1,
          against: `its RF 1 (${raw.rf1.toFixed(0)} MiB/s): the machine's ceiling for RF 3 / RF 1`,
        },
      },
      { name: 'acks=all produce, RF 1, 3 brook serve processes (best of 3)', value: brook.rf1, unit: 'MiB/s' },
      {
        name: `acks=all produce, RF 3 min.insync 2, 3 processes (best of 3; rounds ${roundsText(brook)})`,
        value: brook.rf3,
        unit: 'MiB/s',
        ratio: { value: brook.rf3 / brook.rf1, against: 'RF 1', goal: 0.5 },
      },
      {
        name: 'Brook RF 3 against the raw pipeline RF 3 (same run)',
        value: brook.rf3,
        unit: 'MiB/s',
        ratio: { value: brook.rf3 / raw.rf3, against: 'raw pipeline RF 3' },
      },
      {
        name: `failover, leader SIGKILL to first acks=all ack on the new leader (${failoverText(brook.failovers)}; session timeout 1.5 s)`,
        value: median(brook.failovers.map((f) => f.ms)),
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
      {
        name: `Kafka 4.4 failover with the same timeouts (${failoverText(kafka.failovers)})`,
        value: median(kafka.failovers.map((f) => f.ms)),
        unit: 'ms',
      },
      {
        name: 'Brook failover against Kafka failover (medians; lower is faster)',
        value: median(brook.failovers.map((f) => f.ms)),
        unit: 'ms',
        ratio: {
          value: median(brook.failovers.map((f) => f.ms)) / median(kafka.failovers.map((f) => f.ms)),
          against: 'Kafka failover',
        },
      },
    );
    return lines;
  },
};

export default bench;
