/**
 * Streams groups (KIP-1071) on a real Brook, driven by Kafka Streams 4.4 itself with `group.protocol=streams`:
 * instances of one application (compat-tests/clients/java/src/brook/compat/StreamsTasksApp.java, two sub-topologies:
 * a repartition topic and a counting store with its changelog, both created by the broker) share its tasks as the
 * broker assigns them, take over the tasks of an instance that was SIGKILLed once its session expires, and count
 * every record; `kafka-streams-groups` (Kafka's StreamsGroupCommand, the Admin client) lists, describes and deletes
 * the group. Without java or the jars (`npx tsx compat-tests/java/prepare.ts`) the suite says so and is skipped
 * (pending), never counted as passing.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { Kafka, logLevel } from 'kafkajs';
import { javaCommand } from '../../compat-tests/lib/java-driver';
import { KAFKA_VERSION, kafkaToolsMissing, runKafkaTool } from '../../compat-tests/lib/kafka-jars';
import { startBroker, startCluster, type TestBroker } from '../../src/testing';

const STREAMS_GROUPS = 'org.apache.kafka.tools.streams.StreamsGroupCommand';
const PARTITIONS = 4;
/** Two sub-topologies (before and after the repartition topic), one task per input partition each. */
const ALL_TASKS = ['0', '1'].flatMap((s) => Array.from({ length: PARTITIONS }, (_, p) => `${s}_${p}`)).sort();

/** One running instance of StreamsTasksApp and what it printed. */
class AppInstance {
  readonly child: ChildProcess;
  tasks: string[] = [];
  /** Every instance the group told this one about: `host:port=partitions` (Interactive Queries' metadata). */
  clients: string[] = [];
  stdout = '';
  stderr = '';
  readonly exited: Promise<void>;

  constructor(bootstrap: string, appId: string, input: string, output: string, endpoint?: string) {
    const cmd = javaCommand('brook.compat.StreamsTasksApp', [
      bootstrap,
      appId,
      input,
      output,
      'streams',
      ...(endpoint ? [endpoint] : []),
    ]);
    this.child = spawn(cmd.command, cmd.args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => {
      this.stdout += chunk.toString('utf8');
      for (const m of this.stdout.matchAll(/^tasks (\[.*\])$/gm)) this.tasks = JSON.parse(m[1]!) as string[];
      for (const m of this.stdout.matchAll(/^clients (\[.*\])$/gm)) this.clients = JSON.parse(m[1]!) as string[];
    });
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
    this.exited = new Promise((resolve) => this.child.once('close', () => resolve()));
  }

  async close(): Promise<void> {
    this.child.stdin!.end('close\n');
    await this.exited;
  }

  kill(): Promise<void> {
    this.child.kill('SIGKILL');
    return this.exited;
  }
}

async function until(what: string, check: () => boolean, timeoutMs: number, detail: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}: ${detail()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`streams groups: Kafka Streams ${KAFKA_VERSION} with group.protocol=streams and kafka-streams-groups on a Brook`, function () {
  this.timeout(240000);
  let broker: TestBroker;
  let kafka: Kafka;
  const apps: AppInstance[] = [];

  before(async function () {
    const missing = kafkaToolsMissing({ javac: true });
    if (missing) {
      console.log(`      Kafka Streams cannot run here: ${missing}; the streams group suite is skipped`);
      this.skip();
    }
    // Short sessions so a SIGKILLed instance's tasks move within seconds (Kafka's defaults: 45 s, at least 45 s).
    broker = await startBroker({
      config: {
        'group.streams.min.session.timeout.ms': 6000,
        'group.streams.session.timeout.ms': 6000,
        'group.streams.min.heartbeat.interval.ms': 1000,
        'group.streams.heartbeat.interval.ms': 1000,
      },
    });
    kafka = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, clientId: 'streams-groups-test' });
  });
  after(async () => {
    for (const app of apps) if (app.child.exitCode === null) await app.kill();
    await broker?.stop();
  });

  const streamsGroups = (args: string[]) =>
    runKafkaTool(STREAMS_GROUPS, ['--bootstrap-server', broker.bootstrap, ...args]);

  async function produce(topic: string, values: string[]): Promise<void> {
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({ topic, acks: -1, messages: values.map((value, i) => ({ key: `k${i}`, value })) });
    } finally {
      await producer.disconnect();
    }
  }

  /** The highest count the output topic reached for each word (at least once: a count may repeat, never shrink). */
  async function readCounts(topic: string, want: Record<string, number>, timeoutMs: number, client = kafka) {
    const consumer = client.consumer({ groupId: `reader-${Date.now()}` });
    const counts: Record<string, number> = {};
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const word = message.key!.toString();
        counts[word] = Math.max(counts[word] ?? 0, Number(message.value!.readBigInt64BE()));
      },
    });
    try {
      await until(
        'every word reached its count',
        () => Object.entries(want).every(([w, n]) => (counts[w] ?? 0) >= n),
        timeoutMs,
        () => JSON.stringify(counts),
      );
    } finally {
      await consumer.disconnect();
    }
    return counts;
  }

  it('instances share the tasks the broker assigns, take over a SIGKILLed one, and count every record', async () => {
    const appId = 'tasks-app';
    const input = 'tasks-in';
    const output = 'tasks-out';
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic: input, numPartitions: PARTITIONS },
        { topic: output, numPartitions: 1 },
      ],
    });
    const words = Array.from({ length: 10 }, (_, i) => `w${i}`);
    await produce(input, [...words, ...words]);

    const a = new AppInstance(broker.bootstrap, appId, input, output, 'instance-a:8001');
    apps.push(a);
    await until(
      'the first instance runs every task',
      () => a.tasks.join() === ALL_TASKS.join(),
      60000,
      () => a.stderr,
    );
    // The broker created the repartition topic and the store's changelog with the input's partitions.
    const topics = await admin.fetchTopicMetadata();
    const internal = topics.topics.filter((t) => t.name.startsWith(`${appId}-`));
    assert.deepEqual(internal.map((t) => [t.name.replace(/-\d+-/, '-N-'), t.partitions.length]).sort(), [
      [`${appId}-KSTREAM-AGGREGATE-STATE-STORE-N-changelog`, PARTITIONS],
      [`${appId}-KSTREAM-AGGREGATE-STATE-STORE-N-repartition`, PARTITIONS],
    ]);

    const b = new AppInstance(broker.bootstrap, appId, input, output, 'instance-b:8002');
    apps.push(b);
    await until(
      'the two instances split the tasks, four each, none run twice',
      () =>
        a.tasks.length === ALL_TASKS.length / 2 &&
        b.tasks.length === ALL_TASKS.length / 2 &&
        [...a.tasks, ...b.tasks].sort().join() === ALL_TASKS.join(),
      60000,
      () => `a ${a.tasks} b ${b.tasks}\n${b.stderr}`,
    );
    // Interactive Queries: each instance learns from the broker which partitions the other serves (4 of the 8: its
    // tasks' input and repartition partitions).
    await until(
      'both instances see both endpoints with their partitions',
      () => [a, b].every((x) => x.clients.join() === 'instance-a:8001=4,instance-b:8002=4'),
      30000,
      () => `a ${a.clients} b ${b.clients}`,
    );
    const members = await streamsGroups(['--describe', '--group', appId, '--members']);
    assert.equal(members.code, 0, members.stderr);
    assert.equal(members.stdout.split('\n').filter((l) => l.startsWith(appId)).length, 2, members.stdout);
    const state = await streamsGroups(['--describe', '--group', appId, '--state']);
    // GROUP, COORDINATOR (ID), ASSIGNOR, STATE, #MEMBERS
    assert.match(state.stdout, new RegExp(`^${appId}\\s+.*\\ssticky\\s+Stable\\s+2$`, 'm'), state.stdout);

    await b.kill();
    await until(
      "the surviving instance takes over the killed one's tasks once its session expired",
      () => a.tasks.join() === ALL_TASKS.join(),
      60000,
      () => `a ${a.tasks}`,
    );
    await produce(input, words);
    const counts = await readCounts(output, Object.fromEntries(words.map((w) => [w, 3])), 60000);
    for (const w of words) assert.ok(counts[w]! >= 3, `${w}: ${counts[w]}`);

    await a.close();
    const list = await streamsGroups(['--list']);
    assert.match(list.stdout, new RegExp(`^${appId}$`, 'm'), list.stderr);
    // With no member left, its input offsets can be moved back (OffsetCommit without a member) and deleted.
    const reset = await streamsGroups([
      '--reset-offsets',
      '--group',
      appId,
      '--all-input-topics',
      '--to-earliest',
      '--execute',
    ]);
    assert.equal(reset.code, 0, reset.stderr);
    const offsets = await admin.fetchOffsets({ groupId: appId, topics: [input] });
    assert.deepEqual(
      offsets[0]!.partitions.map((p) => p.offset),
      Array.from({ length: PARTITIONS }, () => '0'),
      reset.stdout,
    );
    const dropped = await streamsGroups(['--delete-offsets', '--group', appId, '--input-topic', input]);
    assert.equal(dropped.code, 0, dropped.stderr);
    const none = await admin.fetchOffsets({ groupId: appId, topics: [input] });
    assert.deepEqual(
      none[0]!.partitions.map((p) => p.offset),
      Array.from({ length: PARTITIONS }, () => '-1'),
      dropped.stdout,
    );
    const deleted = await streamsGroups(['--delete', '--group', appId, '--delete-all-internal-topics']);
    assert.equal(deleted.code, 0, deleted.stderr);
    assert.match(deleted.stdout, /Deletion of requested streams groups \('tasks-app'\) was successful/, deleted.stdout);
    const after = (await admin.listTopics()).filter((t) => t.startsWith(`${appId}-`));
    assert.deepEqual(
      after,
      [],
      `the tool deleted the internal topics with the group: ${deleted.stdout} ${deleted.stderr}`,
    );
    // As on Kafka 4.4: the Admin client fails the describe with the coordinator's GROUP_ID_NOT_FOUND and its words.
    const gone = await streamsGroups(['--describe', '--group', appId]);
    assert.notEqual(gone.code, 0);
    assert.match(gone.stderr, /GroupIdNotFoundException: Group tasks-app not found\./, gone.stderr);
    await admin.disconnect();
  });

  it("on a three-broker cluster the group survives the SIGKILL of its coordinator's node", async () => {
    const cluster = await startCluster({ brokers: 3 });
    let app: AppInstance | undefined;
    try {
      const clusterKafka = new Kafka({ brokers: cluster.bootstrap.split(','), logLevel: logLevel.NOTHING });
      const admin = clusterKafka.admin();
      await admin.connect();
      await admin.createTopics({
        topics: [
          { topic: 'ha-in', numPartitions: PARTITIONS, replicationFactor: 3 },
          { topic: 'ha-out', numPartitions: 1, replicationFactor: 3 },
        ],
        waitForLeaders: true,
      });
      const words = Array.from({ length: 6 }, (_, i) => `h${i}`);
      const write = async () => {
        const producer = clusterKafka.producer();
        await producer.connect();
        await producer.send({ topic: 'ha-in', acks: -1, messages: words.map((value) => ({ value })) });
        await producer.disconnect();
      };
      await write();
      app = new AppInstance(cluster.bootstrap, 'ha-app', 'ha-in', 'ha-out');
      apps.push(app);
      const running = app;
      await until(
        'the instance runs every task',
        () => running.tasks.join() === ALL_TASKS.join(),
        90000,
        () => running.stderr,
      );
      // Internal topics take the cluster's default replication factor.
      const internal = (await admin.fetchTopicMetadata()).topics.filter((t) => t.name.startsWith('ha-app-'));
      assert.deepEqual(
        internal.map((t) => t.partitions[0]!.replicas.length),
        [3, 3],
      );
      const described = await runKafkaTool(STREAMS_GROUPS, [
        '--bootstrap-server',
        cluster.bootstrap,
        '--describe',
        '--group',
        'ha-app',
        '--state',
      ]);
      const coordinator = /\((\d+)\)/.exec(described.stdout)?.[1];
      assert.ok(coordinator !== undefined, described.stdout + described.stderr);
      await admin.disconnect();
      await cluster.member(Number(coordinator)).kill();
      // The group's __consumer_offsets partition moves to another node, which loads the group from its log; the
      // instance finds the new coordinator and keeps its tasks, and counts what comes next.
      await write();
      await readCounts('ha-out', Object.fromEntries(words.map((w) => [w, 2])), 90000, clusterKafka);
      assert.deepEqual(running.tasks, ALL_TASKS);
      await running.close();
    } finally {
      if (app && app.child.exitCode === null) await app.kill();
      await cluster.stop();
    }
  });
});
