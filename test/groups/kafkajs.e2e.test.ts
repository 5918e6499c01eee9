import assert from 'node:assert/strict';
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import { decodeVersionPrefixed, encodeVersionPrefixed } from '../../protocol/generated';
import { describeGroup } from '../../src/cli/client/groups';
import type { ClassicGroup } from '../../src/groups/classic-group';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';
import { subscription } from './helpers';
import { ConsumerProtocolAssignmentCodec } from '../../protocol/generated/consumer-protocol-assignment';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, predicate: () => boolean | Promise<boolean>, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Watches the coordinator: per generation, which member holds which partition (never two at once). */
function watchOwnership(
  broker: TestBroker,
  groupId: string,
): { stop(): void; violations: string[]; generations: Set<number> } {
  const violations: string[] = [];
  const generations = new Set<number>();
  const timer = setInterval(() => {
    const group = broker.broker.groups.group(groupId) as ClassicGroup | undefined;
    if (group?.kind !== 'classic' || group.state !== 'Stable') return;
    generations.add(group.generationId);
    const owner = new Map<string, string>();
    for (const m of group.members.values()) {
      if (m.assignment.length === 0) continue;
      const { value } = decodeAssignment(m.assignment);
      for (const t of value.assignedPartitions) {
        for (const p of t.partitions) {
          const key = `${t.topic}-${p}`;
          const other = owner.get(key);
          if (other && other !== m.memberId)
            violations.push(`gen ${group.generationId}: ${key} owned by ${other} and ${m.memberId}`);
          owner.set(key, m.memberId);
        }
      }
    }
  }, 10);
  return { stop: () => clearInterval(timer), violations, generations };
}

function decodeAssignment(bytes: Buffer) {
  return decodeVersionPrefixed(ConsumerProtocolAssignmentCodec, bytes);
}

describe('groups: kafkajs end to end against startBroker()', function () {
  this.timeout(90000);
  let broker: TestBroker;
  let kafka: Kafka;

  before(async () => {
    broker = await startBroker({ config: { 'group.min.session.timeout.ms': 1000 } });
    kafka = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, clientId: 'e2e' });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 12 }] });
    await admin.disconnect();
  });
  after(async () => {
    await broker.stop();
  });

  it('1 to 3 consumers join and leave while a producer writes: every record processed, no double ownership, commits survive a restart', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const seen = new Set<string>();
    let produced = 0;
    let producing = true;
    const writer = (async () => {
      while (producing) {
        const batch = Array.from({ length: 12 }, (_, i) => ({ key: `k${produced + i}`, value: `${produced + i}` }));
        await producer.send({ topic: 'orders', messages: batch });
        produced += batch.length;
        await sleep(20);
      }
    })();
    const watch = watchOwnership(broker, 'g-main');
    const consumers: Consumer[] = [];
    const start = async () => {
      const c = kafka.consumer({ groupId: 'g-main', sessionTimeout: 6000, heartbeatInterval: 300 });
      await c.connect();
      await c.subscribe({ topic: 'orders', fromBeginning: true });
      await c.run({
        eachMessage: async ({ message }) => {
          seen.add(message.value!.toString());
        },
      });
      consumers.push(c);
    };
    try {
      await start();
      await sleep(800);
      await start();
      await sleep(800);
      await start();
      await sleep(1500);
      await consumers.shift()!.disconnect();
      await sleep(1000);
      await consumers.shift()!.disconnect();
      await sleep(500);
      producing = false;
      await writer;
      await until('every record consumed', () => seen.size === produced, 30000);
    } catch (error) {
      // Left running, the watch's timer and the consumers (kafkajs retries forever once the broker stops) would
      // keep the test run from ever ending.
      producing = false;
      watch.stop();
      await Promise.all(consumers.map((c) => c.disconnect()));
      await producer.disconnect();
      throw error;
    }
    watch.stop();
    assert.deepEqual(watch.violations, []);
    assert.ok(watch.generations.size >= 3, `saw generations ${[...watch.generations]}`);
    await consumers.shift()!.disconnect();

    const description = await describeGroup(broker.bootstrap, 'g-main');
    assert.equal(description.state, 'Empty');
    const lagBefore = description.partitions.reduce((n, p) => n + Number(p.lag ?? 99), 0);
    assert.equal(lagBefore, 0, 'everything committed');
    await broker.restart();
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchOffsets({ groupId: 'g-main', topics: ['orders'] });
    const committed = offsets[0]!.partitions.reduce((n, p) => n + Number(p.offset), 0);
    assert.equal(committed, produced, 'committed offsets cover everything produced, after the restart');
    await admin.disconnect();
    await producer.disconnect();
  });

  it('a crashed member’s partitions move to the live consumer after its session timeout; two groups are independent', async () => {
    // The "crashed" member joins by hand and then goes silent.
    const raw = await WireClient.connect(broker.bootstrap, 'crasher');
    const joinBody = (memberId: string) => ({
      groupId: 'g-crash',
      sessionTimeoutMs: 2000,
      rebalanceTimeoutMs: 5000,
      memberId,
      groupInstanceId: null,
      protocolType: 'consumer',
      protocols: [{ name: 'RoundRobinAssigner', metadata: subscription(['orders']) }],
      reason: null,
    });
    type Join = {
      errorCode: number;
      memberId: string;
      generationId: number;
      leader: string;
      members: { memberId: string }[];
    };
    const first = await raw.send<Join>(11, 5, joinBody(''));
    assert.equal(first.errorCode, 79);
    const joined = await raw.send<Join>(11, 5, joinBody(first.memberId));
    assert.equal(joined.errorCode, 0);
    const all = Array.from({ length: 12 }, (_, i) => i);
    await raw.send(14, 3, {
      groupId: 'g-crash',
      generationId: joined.generationId,
      memberId: joined.memberId,
      groupInstanceId: null,
      protocolType: null,
      protocolName: null,
      assignments: [
        {
          memberId: joined.memberId,
          assignment: encodeVersionPrefixed(ConsumerProtocolAssignmentCodec, 0, {
            assignedPartitions: [{ topic: 'orders', partitions: all }],
            userData: null,
          }),
        },
      ],
    });
    // From now on the raw member never heartbeats again.
    const started = Date.now();
    const assigned: number[][] = [];
    const live = kafka.consumer({ groupId: 'g-crash', sessionTimeout: 6000, heartbeatInterval: 300 });
    live.on(live.events.GROUP_JOIN, (e) => assigned.push(e.payload.memberAssignment.orders ?? []));
    await live.connect();
    await live.subscribe({ topic: 'orders', fromBeginning: true });
    const counts = new Map<string, number>();
    await live.run({
      eachMessage: async () => {
        counts.set('g-crash', (counts.get('g-crash') ?? 0) + 1);
      },
    });
    const other = kafka.consumer({ groupId: 'g-other', sessionTimeout: 6000, heartbeatInterval: 300 });
    await other.connect();
    await other.subscribe({ topic: 'orders', fromBeginning: true });
    await other.run({
      eachMessage: async () => {
        counts.set('g-other', (counts.get('g-other') ?? 0) + 1);
      },
    });
    const admin = kafka.admin();
    try {
      await until('the live consumer owns all 12 partitions', () => assigned.at(-1)?.length === 12, 20000);
      const movedAfter = Date.now() - started;
      assert.ok(movedAfter >= 1500, `moved after ${movedAfter} ms: the dead member keeps them for its 2 s session`);
      await admin.connect();
      const end = (await admin.fetchTopicOffsets('orders')).reduce((n, p) => n + Number(p.offset), 0);
      await until(
        'both groups read everything',
        () => counts.get('g-crash') === end && counts.get('g-other') === end,
        30000,
      );
    } finally {
      await live.disconnect();
      await other.disconnect();
    }
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).sort();
    assert.deepEqual(groups, ['g-crash', 'g-main', 'g-other']);
    await admin.deleteGroups(['g-other']);
    assert.deepEqual((await admin.listGroups()).groups.map((g) => g.groupId).sort(), ['g-crash', 'g-main']);
    await admin.disconnect();
    raw.close();
  });
});
