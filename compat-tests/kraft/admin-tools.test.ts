/**
 * The same admin-tool session against three `brook serve` nodes (BrookProcess, combined KRaft nodes) and three
 * official Kafka 4.4 nodes (kafka-process.ts, KRaft combined mode), comparing what Kafka's tools print on each: `kafka-topics --create
 * --replica-assignment` then `--describe`, `kafka-reassign-partitions --execute` (a move to another broker) and
 * `--verify`, a reorder of the replicas (completes at once, the leader stays, so it is no longer the preferred
 * one), `kafka-leader-election --election-type PREFERRED` (done, then again: nothing needed), and every record
 * produced before the move read back (the move throttled with `--throttle`: `kafka-configs --describe` shows the
 * topic's throttled replicas, `--verify` clears them); then broker failure (SIGKILL of the partition leader: `--describe` shows the
 * new leader and the shrunk ISR), the node's return (back in the ISR), a controlled shutdown (SIGTERM of the
 * leader: leadership moves before the process exits) and `kafka-metadata-quorum describe --status` through the
 * brokers, `kafka-cluster unregister` of an unknown id, and `kafka-features` (describe; transaction.version downgraded
 * and upgraded again; an unknown feature refused). About 25 JVM starts per target plus Kafka's start: it runs under
 * `npm run compat` (or COMPAT_KRAFT_ADMIN=1); inside `npm test` it says it is skipped
 * (test/broker/kraft-admin-tools.test.ts covers the Brook side there).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { BrookProcess, freePort } from '../lib/broker';
import { javaUnavailable, kafkaClasspath, runKafkaTool } from '../lib/kafka-jars';
import { KafkaProcess } from '../lib/kafka-process';
import { quorumOutputLines } from './quorum-output';

const TOPICS = 'org.apache.kafka.tools.TopicCommand';
const REASSIGN = 'org.apache.kafka.tools.reassign.ReassignPartitionsCommand';
const LEADER_ELECTION = 'org.apache.kafka.tools.LeaderElectionCommand';
const METADATA_QUORUM = 'org.apache.kafka.tools.MetadataQuorumCommand';
const FEATURES = 'org.apache.kafka.tools.FeatureCommand';
const CONFIGS = 'org.apache.kafka.tools.ConfigCommand';
const CLUSTER = 'org.apache.kafka.tools.ClusterTool';
const TOPIC = 'moving';
/** min.insync.replicas=2 on two replicas: a broker failure puts the other below it, so the ELR fills (KIP-966). */
const ELIGIBLE = 'eligible';

/** A tool's output, the log directories (paths of each cluster's temporary dirs) replaced by <dir>. */
async function tool(mainClass: string, args: string[]): Promise<string> {
  const run = await runKafkaTool(mainClass, args, 120_000);
  assert.equal(run.code, 0, `${mainClass} ${args.join(' ')}\n${run.stdout}\n${run.stderr}`);
  return run.stdout.replace(/"log_dirs":\[[^\]]*\]/g, (dirs) => dirs.replace(/"[^"]+"(?=[,\]])/g, '"<dir>"'));
}

/**
 * kafka-topics --describe without what differs by nature between two clusters (the topic id). Both keep
 * KIP-966's eligible leader replicas (`Elr: \tLastKnownElr:`, from DescribeTopicPartitions) and list the
 * cluster-level min.insync.replicas their controller recorded among the topic's configs.
 */
function describeLines(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => l.replace(/TopicId: \S+/, 'TopicId: <id>').trimEnd());
}

/**
 * kafka-features describe's lines for the features both run at the same ranges (eligible.leader.replicas.version,
 * transaction.version), without the epoch (the offset of a log record, on both).
 */
function sharedFeatures(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => /^Feature: (eligible\.leader\.replicas|transaction)\.version /.test(l))
    .map((l) =>
      l
        .replace(/Epoch: \S+/, 'Epoch: <n>')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

/** One node of the cluster under test, by node id: the faults this session injects. */
interface Nodes {
  kill(id: number): Promise<void>;
  /** SIGTERM: resolves once the process exited. */
  terminate(id: number): Promise<void>;
  start(id: number): Promise<void>;
}

/** The partition's leader and ISR as the brokers in `bootstrap` say (kafkajs Metadata). */
async function partitionState(bootstrap: string[], topic = TOPIC): Promise<{ leader: number; isr: number[] } | null> {
  const kafka = new Kafka({ clientId: 'admin-tools-probe', brokers: bootstrap, logLevel: logLevel.NOTHING });
  const admin = kafka.admin({ retry: { retries: 0 } });
  try {
    await admin.connect();
    const p = (await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]?.partitions[0];
    return p ? { leader: p.leader, isr: [...p.isr].sort() } : null;
  } catch {
    return null;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

/** How many live brokers Metadata lists. */
async function liveBrokers(bootstrap: string): Promise<number | null> {
  const admin = new Kafka({
    clientId: 'admin-tools-probe',
    brokers: bootstrap.split(','),
    logLevel: logLevel.NOTHING,
  }).admin({ retry: { retries: 0 } });
  try {
    await admin.connect();
    return (await admin.describeCluster()).brokers.length;
  } catch {
    return null;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, ok: (v: T) => boolean, ms = 60_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== null && ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms (last ${JSON.stringify(v)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitForReplicas(kafka: Kafka, replicas: number[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      // A broker that has not replayed the controller's records yet does not know the topic (on both targets).
      const meta = await admin.fetchTopicMetadata({ topics: [TOPIC] }).catch(() => null);
      const p = meta?.topics[0]?.partitions[0];
      const done =
        p !== undefined &&
        p.replicas.join() === replicas.join() &&
        p.isr.length === replicas.length &&
        replicas.includes(p.leader);
      if (done) return;
      if (Date.now() > deadline) throw new Error(`replicas ${p?.replicas} isr ${p?.isr}, wanted ${replicas}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * Broker failure and controlled shutdown of the partition's leader (2 after the preferred election, replicas
 * [2, 3]), seen through kafka-topics --describe, and the quorum's status through the brokers. The `eligible`
 * topic (replicas [2, 3], min.insync.replicas 2) shows the eligible leader replicas each failure leaves
 * (`Elr: 2` after the SIGKILL of 2, `Elr: 3` after the controlled shutdown of 3).
 */
async function failures(bootstrap: string, nodes: Nodes, out: Record<string, string | string[]>): Promise<void> {
  const addresses = bootstrap.split(',');
  const b = ['--bootstrap-server', bootstrap];
  const without = (id: number) => addresses.filter((_, i) => i + 1 !== id);
  // Both topics: `eligible` shows the ELR of a partition below its min.insync.replicas.
  const describe = async (id: number) =>
    describeLines(
      await tool(TOPICS, [
        '--bootstrap-server',
        without(id).join(','),
        '--describe',
        '--topic',
        `${TOPIC}|${ELIGIBLE}`,
      ]),
    );
  const state =
    (id: number, topic = TOPIC) =>
    () =>
      partitionState(without(id), topic);

  // Broker failure: SIGKILL the leader; once its session expires the controller elects 3 and shrinks the ISR.
  const first = await waitFor('a leader', state(0), (p) => p.leader > 0);
  out.leaderBeforeKill = String(first.leader);
  await nodes.kill(first.leader);
  await waitFor('a new leader after SIGKILL', state(first.leader), (p) => p.leader > 0 && p.leader !== first.leader);
  out.describeAfterKill = await describe(first.leader);
  await nodes.start(first.leader);
  await waitFor('the killed node back in the ISR', state(0), (p) => p.isr.length === 2);
  await waitFor('the killed node back in the ISR of eligible', state(0, ELIGIBLE), (p) => p.isr.length === 2);
  out.describeAfterReturn = describeLines(await tool(TOPICS, [...b, '--describe', '--topic', TOPIC]));

  // Controlled shutdown: SIGTERM the leader; the others name a new leader before its process is gone. One admin
  // connected beforehand asks them every 20 ms (a Brook node exits a moment after its controlled shutdown).
  const second = await waitFor('a leader', state(0), (p) => p.leader > 0);
  const probe = new Kafka({
    clientId: 'admin-tools-probe',
    brokers: without(second.leader),
    logLevel: logLevel.NOTHING,
  });
  const watcher = probe.admin({ retry: { retries: 0 } });
  await watcher.connect();
  let exitedAt = 0;
  let movedAt = 0;
  try {
    const exited = nodes.terminate(second.leader).then(() => {
      exitedAt = Date.now();
    });
    while (movedAt === 0) {
      const leader = await watcher
        .fetchTopicMetadata({ topics: [TOPIC] })
        .then((m) => m.topics[0]?.partitions[0]?.leader ?? -1)
        .catch(() => -1);
      if (leader !== second.leader && leader !== -1) movedAt = Date.now();
      else if (exitedAt > 0 && Date.now() - exitedAt > 60_000) throw new Error('no new leader within 60 s of the exit');
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await exited;
  } finally {
    await watcher.disconnect();
  }
  out.leadershipMovedBeforeExit = String(movedAt <= exitedAt);
  out.describeAfterShutdown = await describe(second.leader);
  out.quorumStatus = quorumOutputLines(
    await tool(METADATA_QUORUM, ['--bootstrap-server', bootstrap, 'describe', '--status']),
  );
  await nodes.start(second.leader);
  await waitFor('the stopped node back in the ISR', state(0), (p) => p.isr.length === 2);
}

/** The whole session on one cluster: what each tool printed, in order. */
async function session(bootstrap: string, nodes: Nodes): Promise<Record<string, string | string[]>> {
  const out: Record<string, string | string[]> = {};
  const b = ['--bootstrap-server', bootstrap];
  // Every broker registered and unfenced first (a `brook serve` node listens before its controller unfenced it;
  // a manual assignment naming only fenced brokers is refused, as Kafka does).
  await waitFor(
    'three live brokers',
    () => liveBrokers(bootstrap),
    (n) => n === 3,
  );
  out.create = (await tool(TOPICS, [...b, '--create', '--topic', TOPIC, '--replica-assignment', '1:2'])).trim();
  out.features = sharedFeatures(await tool(FEATURES, [...b, 'describe']));
  const eligible = ['--topic', ELIGIBLE, '--replica-assignment', '2:3', '--config', 'min.insync.replicas=2'];
  out.createEligible = (await tool(TOPICS, [...b, '--create', ...eligible])).trim();
  const kafka = new Kafka({ clientId: 'admin-tools', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING });
  await waitForReplicas(kafka, [1, 2]);
  const producer = kafka.producer();
  await producer.connect();
  const values = Array.from({ length: 30 }, (_, i) => `record-${i}`);
  await producer.send({ topic: TOPIC, acks: -1, messages: values.map((value) => ({ value })) });
  await producer.disconnect();

  const dir = mkdtempSync(join(tmpdir(), 'admin-tools-'));
  try {
    const plan = (replicas: number[]) => {
      const file = join(dir, `${replicas.join('-')}.json`);
      writeFileSync(file, JSON.stringify({ version: 1, partitions: [{ topic: TOPIC, partition: 0, replicas }] }));
      return file;
    };
    const move = plan([3, 2]);
    // Throttled (KIP-73), generously enough not to slow this small copy: the tool sets the rates on the brokers
    // involved and the topic's throttled replicas (the sources on the leader side, the new replica on the
    // follower side); --verify clears them all once the move is done.
    const throttle = ['--throttle', '50000000'];
    out.execute = (await tool(REASSIGN, [...b, '--reassignment-json-file', move, '--execute', ...throttle])).trim();
    const topicConfigs = [...b, '--describe', '--entity-type', 'topics', '--entity-name', TOPIC];
    out.throttledConfigs = (await tool(CONFIGS, topicConfigs)).trim();
    await waitForReplicas(kafka, [3, 2]);
    out.verify = (await tool(REASSIGN, [...b, '--reassignment-json-file', move, '--verify'])).trim();
    out.clearedConfigs = (await tool(CONFIGS, topicConfigs)).trim();
    out.describeMoved = describeLines(await tool(TOPICS, [...b, '--describe', '--topic', TOPIC]));
    const election = [...b, '--election-type', 'PREFERRED', '--topic', TOPIC, '--partition', '0'];
    out.electNotNeeded = (await tool(LEADER_ELECTION, election)).trim();
    // A reorder: nothing to copy, done at once; the leader (3) stays, now not the preferred replica (2).
    const reorder = plan([2, 3]);
    out.executeReorder = (await tool(REASSIGN, [...b, '--reassignment-json-file', reorder, '--execute'])).trim();
    await waitForReplicas(kafka, [2, 3]);
    out.describeReordered = describeLines(await tool(TOPICS, [...b, '--describe', '--topic', TOPIC]));
    out.elect = (await tool(LEADER_ELECTION, election)).trim();
    out.describeElected = describeLines(await tool(TOPICS, [...b, '--describe', '--topic', TOPIC]));
    await failures(bootstrap, nodes, out);
    // kafka-cluster unregister of an id no broker registered: refused by the controller (BROKER_ID_NOT_REGISTERED).
    const unregister = await runKafkaTool(CLUSTER, ['unregister', ...b, '--id', '9'], 120_000);
    out.unregisterUnknown = `exit ${unregister.code === 0 ? 0 : 'non-zero'}: ${unregister.stderr.split('\n')[0]}`;
    // kafka-features: transaction.version down and up again through UpdateFeatures; an unknown feature refused.
    out.featureDowngrade = (await tool(FEATURES, [...b, 'downgrade', '--feature', 'transaction.version=1'])).trim();
    out.featuresDowngraded = sharedFeatures(await tool(FEATURES, [...b, 'describe']));
    out.featureUpgrade = (await tool(FEATURES, [...b, 'upgrade', '--feature', 'transaction.version=2'])).trim();
    const unknownFeature = await runKafkaTool(FEATURES, [...b, 'upgrade', '--feature', 'no.such.feature=1'], 120_000);
    out.featureUnknown = `${unknownFeature.code === 0 ? 'exit 0' : 'exit non-zero'}: ${`${unknownFeature.stdout}${unknownFeature.stderr}`
      .split('\n')
      .filter((l) => l.includes('no.such.feature'))
      .map((l) => l.replace(/controller \d+/, 'controller <id>'))
      .join(' | ')}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const consumer = kafka.consumer({ groupId: 'admin-tools-readers' });
  await consumer.connect();
  await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
  const seen: string[] = [];
  await consumer.run({ eachMessage: async ({ message }) => void seen.push(message.value!.toString()) });
  const deadline = Date.now() + 60_000;
  while (seen.length < values.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await consumer.disconnect();
  assert.deepEqual(seen, values, 'every record produced before the moves');
  return out;
}

/** `count` combined KRaft nodes as `brook serve` processes, configured as `brook cluster up` does. */
async function startBrookNodes(count: number, config: Record<string, string>): Promise<BrookProcess[]> {
  const ports = await Promise.all(Array.from({ length: count }, async () => [await freePort(), await freePort()]));
  const voters = ports.map(([, controller], i) => `${i + 1}@127.0.0.1:${controller}`).join(',');
  return Promise.all(
    ports.map(([port, controller], i) =>
      BrookProcess.start({
        port,
        config: {
          'node.id': i + 1,
          'sql.listeners': '',
          'process.roles': 'broker,controller',
          listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controller}`,
          'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
          'controller.listener.names': 'CONTROLLER',
          'inter.broker.listener.name': 'PLAINTEXT',
          'controller.quorum.voters': voters,
          'default.replication.factor': 3,
          'group.initial.rebalance.delay.ms': 0,
          ...config,
        },
      }),
    ),
  );
}

describe("compat-tests: Kafka's admin tools on three Brook nodes and on three Kafka 4.4 nodes", function () {
  this.timeout(600_000);
  const transcripts: Record<string, Record<string, string | string[]>> = {};

  before(function () {
    if (process.env.COMPAT_ORACLE_CLIENTS !== 'all' && process.env.COMPAT_KRAFT_ADMIN !== '1') {
      console.log(
        '    (three-node Brook vs Kafka admin tools run under `npm run compat` or COMPAT_KRAFT_ADMIN=1; skipped here)',
      );
      this.skip();
    }
    const missing = javaUnavailable();
    if (missing) {
      console.log(`    (${missing}; skipped)`);
      this.skip();
    }
    kafkaClasspath(); // resolves the jars once, outside the cases' time
  });

  it('on three brook serve nodes', async () => {
    const nodes = await startBrookNodes(3, { 'auto.leader.rebalance.enable': 'false' });
    const node = (id: number) => nodes[id - 1]!;
    try {
      transcripts.brook = await session(nodes.map((n) => n.bootstrap).join(','), {
        kill: (id) => node(id).kill(),
        terminate: async (id) => void (await node(id).stop()),
        start: (id) => node(id).restart(),
      });
      console.log(JSON.stringify(transcripts.brook, null, 1).replace(/^/gm, '      '));
    } finally {
      await Promise.all(nodes.map((n) => n.destroy()));
    }
  });

  it('on three Kafka 4.4 nodes', async () => {
    const kafka = await KafkaProcess.start({ nodes: 3, config: { 'auto.leader.rebalance.enable': 'false' } });
    try {
      transcripts.kafka = await session(kafka.bootstrap, {
        kill: (id) => kafka.stopNode(id, 'SIGKILL'),
        terminate: (id) => kafka.stopNode(id, 'SIGTERM'),
        start: (id) => kafka.startNode(id),
      });
      console.log(JSON.stringify(transcripts.kafka, null, 1).replace(/^/gm, '      '));
    } finally {
      await kafka.destroy();
    }
  });

  it('the tools printed the same on both', function () {
    if (!transcripts.brook || !transcripts.kafka) this.skip();
    assert.deepEqual(transcripts.brook, transcripts.kafka);
  });
});
