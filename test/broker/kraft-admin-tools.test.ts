/**
 * Kafka's own admin tools (kafka-tools 4.4 from the Maven-resolved jars in build/kafka-4.4.0) against one shared
 * cluster of three combined Brook nodes in this process: preferred-leader election after a leader moved
 * (`kafka-leader-election.sh --election-type PREFERRED`, ElectLeaders forwarded to the active controller), with
 * `kafka-topics.sh --describe` reading leaders, replicas and ISR. Each tool run starts a JVM (~2 s).
 * Without java on PATH or the jars the suite says so and is skipped (pending), never counted as passing.
 */
import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaToolsMissing, runKafkaTool } from '../../compat-tests/lib/kafka-jars';
import type { TestBroker } from '../../src/testing';
import { startKraftNodes, until } from './kraft-nodes';

const LEADER_ELECTION = 'org.apache.kafka.tools.LeaderElectionCommand';
const TOPICS = 'org.apache.kafka.tools.TopicCommand';

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
    nodes = await startKraftNodes(3, { 'auto.leader.rebalance.enable': false });
    bootstrap = nodes.map((n) => n.bootstrap).join(',');
  });
  after(async () => {
    for (const n of nodes) await n.stop().catch(() => {});
  });

  const image = () => nodes[0]!.broker.kraft!.image!;
  const describe = async (topic: string) => {
    const run = await runKafkaTool(TOPICS, ['--bootstrap-server', bootstrap, '--describe', '--topic', topic]);
    assert.equal(run.code, 0, run.stderr);
    return describedPartitions(run.stdout);
  };

  it('kafka-leader-election --election-type PREFERRED moves leadership back to the first replica after a leader moved', async () => {
    const kafka = new Kafka({ clientId: 'elect', brokers: nodes.map((n) => n.bootstrap), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic: 'elect', numPartitions: 1, replicationFactor: 3 }],
      waitForLeaders: true,
    });
    await admin.disconnect();
    await until(() => nodes.every((n) => n.broker.kraft?.image?.partition('elect', 0)), 'every node knows elect-0');
    const preferred = image().partition('elect', 0)!.replicas[0]!;
    assert.equal(image().partition('elect', 0)!.leader, preferred, 'a new partition is led by its first replica');

    // The preferred leader's node restarts: its controlled shutdown hands leadership to another ISR member, and
    // once back it catches up into the ISR as a follower.
    await nodes[preferred - 1]!.restart();
    await until(() => {
      const p = image().partition('elect', 0);
      return p !== undefined && p.leader !== preferred && p.leader > 0 && p.isr.length === 3;
    }, 'the restarted preferred replica back in the ISR, not leading');
    const moved = await describe('elect');
    assert.notEqual(moved.get(0)!.leader, preferred);
    assert.deepEqual([...moved.get(0)!.isr].sort(), [1, 2, 3]);

    const elect = await runKafkaTool(LEADER_ELECTION, [
      '--bootstrap-server',
      bootstrap,
      '--election-type',
      'PREFERRED',
      '--topic',
      'elect',
      '--partition',
      '0',
    ]);
    assert.equal(elect.code, 0, elect.stderr);
    assert.equal(elect.stdout.trim(), 'Successfully completed leader election (PREFERRED) for partitions elect-0');
    await until(
      () => nodes.every((n) => n.broker.kraft?.image?.partition('elect', 0)?.leader === preferred),
      'every node sees the preferred leader',
    );
    const after = await describe('elect');
    assert.equal(after.get(0)!.leader, preferred);
    assert.deepEqual(after.get(0)!.replicas, moved.get(0)!.replicas, 'replicas unchanged');

    // Again: nothing to do, which Kafka's tool reports as such (ELECTION_NOT_NEEDED), exit 0.
    const again = await runKafkaTool(LEADER_ELECTION, [
      '--bootstrap-server',
      bootstrap,
      '--election-type',
      'PREFERRED',
      '--topic',
      'elect',
      '--partition',
      '0',
    ]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout.trim(), 'Valid replica already elected for partitions elect-0');
  });
});
