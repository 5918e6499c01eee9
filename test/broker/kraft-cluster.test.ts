/**
 * Three combined KRaft nodes in this process (process.roles=broker,controller, controller.quorum.voters): the
 * controller places a kafkajs-created topic with replication factor 3 and min.insync.replicas 2, followers
 * replicate over the wire (Fetch with their replica id), the partition leader's node stops cleanly (its
 * controlled shutdown has the controller move leadership to an ISR member first; the SIGKILL path, fencing on
 * session expiry, is kraft-cluster-sigkill.test.ts), kafkajs keeps producing with acks=all, and every
 * acknowledged record is read back once, in order.
 */
import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import type { DescribeClusterResponse } from '../../protocol/generated';
import { WireClient } from '../../src/groups/wire-client';
import type { TestBroker } from '../../src/testing';
import { startKraftNodes, until } from './kraft-nodes';

describe('KRaft cluster of three combined nodes: topics from the controller, replication, leader failover (kafkajs)', function () {
  this.timeout(60_000);
  const nodes: TestBroker[] = [];
  after(async () => {
    for (const n of nodes) await n.stop().catch(() => {});
  });

  it('replication factor 3, min.insync.replicas 2: acks=all survives losing the partition leader; every acknowledged record read back once in order', async () => {
    // Three voters with quick elections and a 1.5 s broker session (kraft-nodes.ts): every node sees three unfenced brokers.
    nodes.push(...(await startKraftNodes(3)));

    const kafka = new Kafka({
      clientId: 'kraft-cluster',
      brokers: nodes.map((n) => n.bootstrap),
      logLevel: logLevel.NOTHING,
      retry: { retries: 20, initialRetryTime: 100, maxRetryTime: 1000 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        {
          topic: 'orders',
          numPartitions: 1,
          replicationFactor: 3,
          configEntries: [{ name: 'min.insync.replicas', value: '2' }],
        },
      ],
      waitForLeaders: true,
    });
    // Each broker learns of the topic when it replays the controller's records (as in Kafka, not all at once).
    await until(
      () => nodes.every((n) => n.broker.kraft?.image?.partition('orders', 0) !== undefined),
      'every broker knows orders',
    );
    const described = await admin.fetchTopicMetadata({ topics: ['orders'] });
    const p0 = described.topics[0]!.partitions[0]!;
    assert.equal(p0.replicas.length, 3);
    assert.deepEqual([...p0.isr].sort(), [...p0.replicas].sort());
    const cluster = await admin.describeCluster();
    assert.equal(cluster.brokers.length, 3, 'Metadata names every live broker');
    // More partitions through the controller: every broker's metadata has them, placed on two replicas.
    await admin.createTopics({ topics: [{ topic: 'extra', numPartitions: 1, replicationFactor: 2 }] });
    await admin.createPartitions({ topicPartitions: [{ topic: 'extra', count: 3 }] });
    await until(
      () => nodes.every((n) => n.broker.kraft?.image?.topic('extra')?.partitions.size === 3),
      'extra grown to 3',
    );
    for (const p of nodes[0]!.broker.kraft!.image!.topic('extra')!.partitions.values())
      assert.equal(p.replicas.length, 2);
    await admin.disconnect();

    // Producer-id blocks come from the controller (AllocateProducerIds, remote for all but its own node): never shared.
    // (NOT_CONTROLLER while a new quorum leader's controller catches up: retried, as brokers do.)
    const allocate = async (n: TestBroker) => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        try {
          return await n.broker.kraft!.allocateProducerIds();
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    };
    const blocks = await Promise.all(nodes.map(allocate));
    const starts = blocks.map((b) => b.start).sort((a, b) => (a < b ? -1 : 1));
    for (let i = 1; i < starts.length; i++)
      assert.ok(starts[i]! >= starts[i - 1]! + 1000n, `disjoint blocks ${starts}`);

    // An idempotent producer: its id from one of those blocks (COORDINATOR_LOAD_IN_PROGRESS until one is at hand).
    const producer = kafka.producer({
      allowAutoTopicCreation: false,
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: 30, initialRetryTime: 100, maxRetryTime: 500 },
    });
    await producer.connect();
    const acked: string[] = [];
    const send = async (value: string) => {
      await producer.send({ topic: 'orders', acks: -1, messages: [{ value }] });
      acked.push(value);
    };
    for (let i = 0; i < 20; i++) await send(`before-${i}`);

    // The partition leader's node stops (its controller role too, when it leads the quorum).
    const leaderNode = nodes.find((n) => n.nodeId === p0.leader)!;
    const leaderStopped = leaderNode.stop();
    await leaderStopped;
    const rest = nodes.filter((n) => n !== leaderNode);
    await until(
      () =>
        rest.every((n) => {
          const s = n.broker.kraft?.image?.partition('orders', 0);
          return s !== undefined && s.leader !== p0.leader && s.leader >= 0;
        }),
      'a new partition leader from the ISR',
    );
    for (let i = 0; i < 20; i++) await send(`after-${i}`);
    await producer.disconnect();

    // DescribeCluster v2 (KIP-1073): the stopped node is left out, or listed as fenced when asked for.
    const wire = await WireClient.connect(rest[0]!.bootstrap, 'kraft-cluster');
    try {
      const describe = (includeFencedBrokers: boolean) =>
        wire.send<DescribeClusterResponse>(60, 2, {
          includeClusterAuthorizedOperations: false,
          endpointType: 1,
          includeFencedBrokers,
        });
      const brokers = async (includeFenced: boolean) =>
        (await describe(includeFenced)).brokers.map((b) => [b.brokerId, b.isFenced]).sort();
      await until(
        () => rest[0]!.broker.kraft?.image?.brokers.get(leaderNode.nodeId)?.fenced === true,
        'the stopped node fenced',
      );
      const live = rest.map((n) => [n.nodeId, false]).sort();
      assert.deepEqual(await brokers(false), live);
      assert.deepEqual(await brokers(true), [...live, [leaderNode.nodeId, true]].sort());
    } finally {
      wire.close();
    }

    const consumer = kafka.consumer({ groupId: 'kraft-cluster-check' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'orders', fromBeginning: true });
    const seen: string[] = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push(message.value!.toString());
      },
    });
    // disconnected on failure too: a consumer left running retries forever once the broker is stopped
    await until(() => seen.length >= acked.length, 'every acknowledged record consumed').finally(() =>
      consumer.disconnect(),
    );
    assert.deepEqual(seen, acked, 'every acknowledged record once, in order');
  });
});
