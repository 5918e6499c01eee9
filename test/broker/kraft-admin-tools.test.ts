/**
 * Kafka's own admin tools (kafka-tools 4.4 from the Maven-resolved jars in build/kafka-4.4.0) against one shared
 * cluster of three combined Brook nodes in this process: preferred-leader election after a leader moved
 * (`kafka-leader-election.sh --election-type PREFERRED`, ElectLeaders forwarded to the active controller), with
 * `kafka-topics.sh --describe` reading leaders, replicas and ISR. Each tool run starts a JVM (~2 s).
 * Without java on PATH or the jars the suite says so and is skipped (pending), never counted as passing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaToolsMissing, runKafkaTool } from '../../compat-tests/lib/kafka-jars';
import { ErrorCode } from '../../src/errors';
import type { TestBroker } from '../../src/testing';
import { fetchRecords, openCluster } from './kafkajs-fetch';
import { startKraftNodes, until } from './kraft-nodes';

const LEADER_ELECTION = 'org.apache.kafka.tools.LeaderElectionCommand';
const REASSIGN = 'org.apache.kafka.tools.reassign.ReassignPartitionsCommand';
const TOPICS = 'org.apache.kafka.tools.TopicCommand';
const CLUSTER = 'org.apache.kafka.tools.ClusterTool';

/** kafka-topics --describe's partition lines: partition -> leader, replicas, ISR. */
function describedPartitions(stdout: string) {
  const out = new Map<number, { leader: number; replicas: number[]; isr: number[] }>();
  for (const m of stdout.matchAll(/Partition: (\d+)\tLeader: (-?\d+)\tReplicas: ([\d,]+)\tIsr: ([\d,]*)/g)) {
    const list = (s: string) => (s ? s.split(',').map(Number) : []);
    out.set(Number(m[1]), { leader: Number(m[2]), replicas: list(m[3]!), isr: list(m[4]!) });
  }
  return out;
}

describe("Kafka's admin tools against a three-node Brook KRaft cluster", function () {
  this.timeout(120_000);
  let nodes: TestBroker[] = [];
  let bootstrap = '';

  before(async function () {
    const missing = kafkaToolsMissing();
    if (missing) {
      console.log(`      Kafka's CLI tools cannot run here: ${missing}; these cluster scenarios are skipped`);
      this.skip();
    }
    // The automatic rebalance would undo the moved leader before the tool runs: off here (elections.test.ts
    // and the controller tests cover it).
    // A longer broker session than kraft-nodes' 1.5 s: nothing here waits for a fencing, and a node fenced while
    // busy on a loaded machine would move a leadership the assertions name.
    nodes = await startKraftNodes(3, {
      'auto.leader.rebalance.enable': false,
      'default.replication.factor': 3,
      'broker.session.timeout.ms': 9000,
    });
    bootstrap = nodes.map((n) => n.bootstrap).join(',');
  });
  after(async () => {
    for (const n of nodes) await n.stop().catch(() => {});
  });

  const image = () => nodes[0]!.broker.kraft!.image!;
  // A client retrying as a cluster's clients must (a node that just restarted, metadata not yet everywhere).
  const client = (clientId: string) =>
    new Kafka({
      clientId,
      brokers: nodes.map((n) => n.bootstrap),
      logLevel: logLevel.NOTHING,
      retry: { retries: 20, initialRetryTime: 100, maxRetryTime: 1000 },
    });
  const describe = async (topic: string) => {
    const run = await runKafkaTool(TOPICS, ['--bootstrap-server', bootstrap, '--describe', '--topic', topic]);
    assert.equal(run.code, 0, run.stderr);
    // DescribeTopicPartitions (KIP-966) answers the eligible leader replicas: empty lists on these healthy
    // partitions, printed as Kafka 4.4's are (Metadata alone would print `Elr: N/A`).
    for (const line of run.stdout.split('\n').filter((l) => l.includes('Partition: '))) {
      assert.match(line, /\tElr: \tLastKnownElr: ?$/, line);
    }
    return describedPartitions(run.stdout);
  };

  it('kafka-leader-election --election-type PREFERRED moves leadership back to the first replica after a leader moved', async () => {
    const kafka = client('elect');
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      // No replication factor (-1): the controller applies default.replication.factor (3 here).
      topics: [{ topic: 'elect', numPartitions: 1 }],
      waitForLeaders: true,
    });
    await admin.disconnect();
    await until(() => nodes.every((n) => n.broker.kraft?.image?.partition('elect', 0)), 'every node knows elect-0');
    assert.equal(image().partition('elect', 0)!.replicas.length, 3, 'default.replication.factor');
    const preferred = image().partition('elect', 0)!.replicas[0]!;
    assert.equal(image().partition('elect', 0)!.leader, preferred, 'a new partition is led by its first replica');

    // The preferred leader's node restarts: its controlled shutdown hands leadership to another ISR member, and
    // once back it catches up into the ISR as a follower.
    await nodes[preferred - 1]!.restart();
    await until(() => {
      const p = image().partition('elect', 0);
      return p !== undefined && p.leader !== preferred && p.leader > 0 && p.isr.length === 3;
    }, 'the restarted preferred replica back in the ISR, not leading');
    const replicas = image().partition('elect', 0)!.replicas;

    const election = [
      '--bootstrap-server',
      bootstrap,
      '--election-type',
      'PREFERRED',
      '--topic',
      'elect',
      '--partition',
      '0',
    ];
    const elect = await runKafkaTool(LEADER_ELECTION, election);
    assert.equal(elect.code, 0, elect.stderr);
    assert.equal(elect.stdout.trim(), 'Successfully completed leader election (PREFERRED) for partitions elect-0');
    await until(
      () => nodes.every((n) => n.broker.kraft?.image?.partition('elect', 0)?.leader === preferred),
      'every node sees the preferred leader',
    );
    // kafka-topics --describe sees it; the same election again has nothing to do, which Kafka's tool reports as
    // such (ELECTION_NOT_NEEDED), exit 0. Both JVMs at once.
    const [after, again] = await Promise.all([describe('elect'), runKafkaTool(LEADER_ELECTION, election)]);
    assert.equal(after.get(0)!.leader, preferred);
    assert.deepEqual(after.get(0)!.replicas, replicas, 'replicas unchanged');
    assert.deepEqual([...after.get(0)!.isr].sort(), [1, 2, 3]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout.trim(), 'Valid replica already elected for partitions elect-0');
    // Every node forwards ElectLeaders to the active controller (its own, or over the controller listener).
    for (const n of nodes) {
      const [topic] = await n.broker.kraft!.electLeaders({
        electionType: 0,
        topicPartitions: [{ topic: 'elect', partitions: [0] }],
        timeoutMs: 30_000,
      });
      assert.deepEqual(
        topic!.partitionResult.map((p) => p.errorCode),
        [ErrorCode.ElectionNotNeeded],
        `node ${n.nodeId}`,
      );
    }
  });

  it('kafka-reassign-partitions --execute / --verify moves a partition created with --replica-assignment; the new replica has every record', async () => {
    const create = await runKafkaTool(TOPICS, [
      '--bootstrap-server',
      bootstrap,
      '--create',
      '--topic',
      'moving',
      '--replica-assignment',
      '1:2',
    ]);
    assert.equal(create.code, 0, create.stderr);
    await until(() => nodes.every((n) => n.broker.kraft?.image?.partition('moving', 0)), 'every node knows moving-0');
    assert.deepEqual(image().partition('moving', 0)!.replicas, [1, 2], 'the manual assignment, in its order');

    const kafka = client('move');
    const producer = kafka.producer();
    await producer.connect();
    const values = Array.from({ length: 40 }, (_, i) => `record-${i}`);
    for (let i = 0; i < values.length; i += 10) {
      await producer.send({ topic: 'moving', acks: -1, messages: values.slice(i, i + 10).map((value) => ({ value })) });
    }
    await producer.disconnect();

    const dir = mkdtempSync(join(tmpdir(), 'brook-reassign-'));
    try {
      // KIP-860 (AlterPartitionReassignments v1, forwarded to the controller): a plan that grows the replication
      // factor is refused when the tool disallows that, and nothing starts.
      const growing = join(dir, 'growing.json');
      writeFileSync(
        growing,
        JSON.stringify({ version: 1, partitions: [{ topic: 'moving', partition: 0, replicas: [3, 2, 1] }] }),
      );
      const refused = await runKafkaTool(REASSIGN, [
        '--bootstrap-server',
        bootstrap,
        '--reassignment-json-file',
        growing,
        '--execute',
        '--disallow-replication-factor-change',
      ]);
      assert.notEqual(refused.code, 0, refused.stdout);
      assert.match(`${refused.stdout}\n${refused.stderr}`, /The replication factor is changed from 2 to 3/);
      assert.deepEqual(image().partition('moving', 0)!.addingReplicas, [], 'nothing started');

      const plan = join(dir, 'plan.json');
      writeFileSync(
        plan,
        JSON.stringify({ version: 1, partitions: [{ topic: 'moving', partition: 0, replicas: [3, 2] }] }),
      );
      const execute = await runKafkaTool(REASSIGN, [
        '--bootstrap-server',
        bootstrap,
        '--reassignment-json-file',
        plan,
        '--execute',
      ]);
      assert.equal(execute.code, 0, execute.stderr);
      assert.match(execute.stdout, /Successfully started partition reassignment for moving-0/);
      // Broker 3 joins as a follower, catches up into the ISR; the controller then drops broker 1.
      // Every broker's metadata, not one: --verify asks whichever broker it reaches for the topic's replicas.
      await until(
        () =>
          nodes.every((n) => {
            const p = n.broker.kraft!.image!.partition('moving', 0);
            return (
              p !== undefined &&
              p.addingReplicas.length === 0 &&
              p.removingReplicas.length === 0 &&
              p.replicas.length === 2
            );
          }),
        'the reassignment completed on every broker',
      );
      // --verify (it also clears the replication throttles, IncrementalAlterConfigs on every broker) and
      // kafka-topics --describe, both JVMs at once.
      const [verify, described] = await Promise.all([
        runKafkaTool(REASSIGN, ['--bootstrap-server', bootstrap, '--reassignment-json-file', plan, '--verify']),
        describe('moving'),
      ]);
      assert.equal(verify.code, 0, `${verify.stdout}\n${verify.stderr}`);
      assert.match(verify.stdout, /Reassignment of partition moving-0 is completed\./);
      const moved = described.get(0)!;
      assert.deepEqual(moved.replicas, [3, 2]);
      assert.deepEqual([...moved.isr].sort(), [2, 3]);
      assert.equal(moved.leader, 3, 'the old leader left: the first in-sync replica of the new list leads');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await until(() => !nodes[0]!.broker.topics.partition('moving', 0), 'broker 1 no longer hosts moving-0');

    // Every record produced before the move, fetched from the new leader (broker 3, which replicated them all).
    // (kafkajs' internal fetch does not retry: a connection the leader change closed is tried again here.)
    let fetched: Awaited<ReturnType<typeof fetchRecords>> = [];
    for (let attempt = 1; ; attempt++) {
      const cluster = await openCluster(kafka);
      try {
        fetched = await fetchRecords(cluster, 'moving', 0, 0, values.length);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      } finally {
        await cluster.disconnect();
      }
    }
    assert.deepEqual(
      fetched.map((r) => r.value!.toString()),
      values,
    );
    // Nothing in progress any more, whichever node is asked (each forwards to the active controller).
    for (const n of nodes) {
      assert.deepEqual(await n.broker.kraft!.listPartitionReassignments({ timeoutMs: 30_000, topics: null }), []);
    }
    assert.equal(nodes[2]!.broker.topics.partition('moving', 0)?.logEndOffset, values.length);
  });

  it("kafka-reassign-partitions --throttle holds the new replica's copy to the rate (KIP-73, both sides); --verify clears the throttles", async () => {
    const create = await runKafkaTool(TOPICS, [
      '--bootstrap-server',
      bootstrap,
      '--create',
      '--topic',
      'slow',
      '--replica-assignment',
      '1',
    ]);
    assert.equal(create.code, 0, create.stderr);
    await until(() => nodes.every((n) => n.broker.kraft?.image?.partition('slow', 0)), 'every node knows slow-0');
    // 3 MiB for a 500 kB/s throttle. Each replica fetch carries up to replica.fetch.max.bytes (1 MiB) and is
    // counted over at least one second (Kafka's SimpleRate), so the next waits until 1 MiB / elapsed < 500 kB/s:
    // the copy takes about 4 s; unthrottled, well under one.
    const kafka = client('throttled-move');
    const producer = kafka.producer();
    await producer.connect();
    const value = Buffer.alloc(64 * 1024, 7);
    for (let i = 0; i < 6; i++) {
      await producer.send({ topic: 'slow', acks: -1, messages: Array.from({ length: 8 }, () => ({ value })) });
    }
    await producer.disconnect();
    const leaderLog = () => nodes[0]!.broker.topics.partition('slow', 0)!;
    assert.equal(leaderLog().logEndOffset, 48);

    const dir = mkdtempSync(join(tmpdir(), 'brook-throttle-'));
    try {
      const plan = join(dir, 'plan.json');
      writeFileSync(
        plan,
        JSON.stringify({ version: 1, partitions: [{ topic: 'slow', partition: 0, replicas: [1, 2] }] }),
      );
      const reassign = (...args: string[]) =>
        runKafkaTool(REASSIGN, ['--bootstrap-server', bootstrap, '--reassignment-json-file', plan, ...args]);
      const executing = reassign('--execute', '--throttle', '500000');
      // The copy's time, from the new replica's first fetch to its last (the tool's JVM start is not in it).
      const follower = () => nodes[1]!.broker.topics.partition('slow', 0);
      await until(() => (follower()?.logEndOffset ?? 0) > 0, 'broker 2 started copying slow-0');
      const started = Date.now();
      await until(() => follower()!.logEndOffset === 48, 'broker 2 copied slow-0', 60_000);
      const copyMs = Date.now() - started;
      const execute = await executing;
      assert.equal(execute.code, 0, execute.stderr);
      assert.match(execute.stdout, /The inter-broker throttle limit was set to 500000 B\/s/);
      for (const id of [1, 2]) {
        assert.equal(nodes[id - 1]!.broker.config.raw('leader.replication.throttled.rate'), '500000');
        assert.equal(nodes[id - 1]!.broker.config.raw('follower.replication.throttled.rate'), '500000');
      }
      // Whichever node the tool asked, the topic's throttled replicas reached every node (the metadata log).
      for (const n of nodes) {
        const configs = n.broker.topics.registry.get('slow')!.configs;
        assert.equal(configs['leader.replication.throttled.replicas'], '0:1', `node ${n.broker.nodeId}`);
        assert.equal(configs['follower.replication.throttled.replicas'], '0:2', `node ${n.broker.nodeId}`);
      }
      assert.ok(copyMs >= 2500, `3 MiB copied in ${copyMs} ms: faster than a 500 kB/s throttle allows`);
      console.log(`      3 MiB copied under a 500 kB/s throttle in ${copyMs} ms`);

      await until(() => image().partition('slow', 0)!.addingReplicas.length === 0, 'the reassignment completed');
      const verify = await reassign('--verify');
      assert.equal(verify.code, 0, `${verify.stdout}\n${verify.stderr}`);
      assert.match(verify.stdout, /Reassignment of partition slow-0 is completed\./);
      assert.match(verify.stdout, /Clearing broker-level throttles on brokers 1,2,3/);
      assert.match(verify.stdout, /Clearing topic-level throttles on topic slow/);
      for (const n of nodes) {
        assert.equal(n.broker.config.raw('leader.replication.throttled.rate'), '9223372036854775807');
      }
      // The topic's throttled replicas go through the metadata log: every node drops them soon after.
      await until(
        () =>
          nodes.every((n) => {
            const configs = n.broker.topics.registry.get('slow')!.configs;
            return !(
              'leader.replication.throttled.replicas' in configs || 'follower.replication.throttled.replicas' in configs
            );
          }),
        'every node dropped the topic-level throttles',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Last: it stops a node for good.
  it('kafka-cluster unregister removes a decommissioned broker from the metadata; an unknown id is refused', async () => {
    const unknown = await runKafkaTool(CLUSTER, ['unregister', '--bootstrap-server', bootstrap, '--id', '9']);
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.stderr, /Broker ID 9 is not currently registered/);

    const create = await runKafkaTool(TOPICS, ['--bootstrap-server', bootstrap, '--create', '--topic', 'decom']);
    assert.equal(create.code, 0, create.stderr);
    await until(() => image().partition('decom', 0)?.isr.length === 3, 'decom-0 in sync on three brokers');
    const [first, second, third] = nodes;
    await third!.stop();
    // Stopped for good: still registered (fenced), as in Kafka, until someone unregisters it.
    await until(() => first!.broker.kraft!.image!.brokers.get(3)?.fenced === true, 'broker 3 fenced');
    const live = `${first!.bootstrap},${second!.bootstrap}`;
    const run = await runKafkaTool(CLUSTER, ['unregister', '--bootstrap-server', live, '--id', '3']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Broker 3 is no longer registered\./);
    await until(
      () => [first!, second!].every((n) => !n.broker.kraft!.image!.brokers.has(3)),
      'every live node dropped broker 3',
    );
    const partition = first!.broker.kraft!.image!.partition('decom', 0)!;
    assert.deepEqual([...partition.isr].sort(), [1, 2], 'out of the ISR');
    assert.deepEqual([...partition.replicas].sort(), [1, 2, 3], 'the assignment is left to reassignment, as in Kafka');
    const again = await runKafkaTool(CLUSTER, ['unregister', '--bootstrap-server', live, '--id', '3']);
    assert.notEqual(again.code, 0, 'already unregistered');
  });
});
