/**
 * Coordinators in a KRaft cluster (issue 13): three combined nodes in this process. `__consumer_offsets` and
 * `__transaction_state` are replicated topics created through the controller (replication factor 3); a group's
 * and a transactional id's coordinator is the leader of their partition (FindCoordinator answers it, other
 * brokers answer NOT_COORDINATOR). A kafkajs group commits offsets and a kafkajs transactional producer commits
 * one transaction and leaves a second one open; then the node coordinating both stops (in-process: a clean stop,
 * its controlled shutdown moving leadership to an in-sync replica; the processes-and-SIGKILL path is
 * kraft-cluster-sigkill.test.ts's). The new leaders load the partitions from their replicas: the group resumes
 * from its committed offsets, the open transaction is committed through the new coordinator, and a
 * read_committed consumer sees both transactions.
 */
import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import { ErrorCode, KafkaError } from '../../src/errors';
import type { TestBroker } from '../../src/testing';
import { internalPartitionFor } from '../../src/topics/internal-topic-log';
import { startKraftNodes, until } from './kraft-nodes';

const PARTITIONS = 6;

describe('KRaft cluster: group and transaction coordinators follow their internal partitions (kafkajs)', function () {
  this.timeout(90_000);
  const nodes: TestBroker[] = [];
  after(async () => {
    for (const n of nodes) await n.stop().catch(() => {});
  });

  it('the coordinating node stops: committed offsets and transaction state survive on the new leaders', async () => {
    nodes.push(
      ...(await startKraftNodes(3, {
        'offsets.topic.num.partitions': PARTITIONS,
        'offsets.topic.replication.factor': 3,
        'transaction.state.log.num.partitions': PARTITIONS,
        'transaction.state.log.replication.factor': 3,
      })),
    );

    // The internal topics, created through the controller as FindCoordinator would (replicated, factor 3).
    const first = nodes[0]!.broker;
    await until(async () => {
      try {
        await Promise.all([first.groups.prepareStore(), first.transactions.prepareStore()]);
        return true;
      } catch {
        return false;
      }
    }, 'the internal topics created');
    const leaderOf = (topic: string, p: number) => first.kraft!.image!.topic(topic)?.partitions.get(p)?.leader ?? -1;
    await until(
      () =>
        nodes.every((n) =>
          ['__consumer_offsets', '__transaction_state'].every(
            (t) => n.broker.kraft?.image?.topic(t)?.partitions.size === PARTITIONS,
          ),
        ) &&
        Array.from({ length: PARTITIONS }, (_, p) => p).every(
          (p) => leaderOf('__consumer_offsets', p) > 0 && leaderOf('__transaction_state', p) > 0,
        ),
      'internal partitions with leaders everywhere',
    );
    assert.equal(first.kraft!.image!.topic('__consumer_offsets')!.partitions.get(0)!.replicas.length, 3);

    // A group id and a transactional id coordinated by the same node (the one stopped below).
    let groupId = '';
    let transactionalId = '';
    for (let i = 0; i < 100 && !transactionalId; i++) {
      const g = `group-${i}`;
      const coordinator = leaderOf('__consumer_offsets', internalPartitionFor(g, PARTITIONS));
      for (let j = 0; j < 100; j++) {
        const t = `txn-${j}`;
        if (leaderOf('__transaction_state', internalPartitionFor(t, PARTITIONS)) === coordinator) {
          groupId = g;
          transactionalId = t;
          break;
        }
      }
    }
    assert.ok(transactionalId, 'a group and a transactional id with the same coordinator');
    const coordinatorId = leaderOf('__consumer_offsets', internalPartitionFor(groupId, PARTITIONS));
    // Another broker does not coordinate the group.
    const other = nodes.find((n) => n.nodeId !== coordinatorId)!;
    await until(() => other.broker.groups.isLoaded, 'the other broker open');
    await assert.rejects(
      other.broker.groups.fetchOffsets(groupId, null),
      (error: unknown) => error instanceof KafkaError && error.code === ErrorCode.NotCoordinator,
    );

    const kafka = new Kafka({
      clientId: 'kraft-coordinators',
      brokers: nodes.map((n) => n.bootstrap),
      logLevel: logLevel.NOTHING,
      retry: { retries: 30, initialRetryTime: 100, maxRetryTime: 1000 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic: 'events', numPartitions: 1, replicationFactor: 3 }],
      waitForLeaders: true,
    });
    await until(
      () => nodes.every((n) => n.broker.kraft?.image?.partition('events', 0) !== undefined),
      'every broker knows events',
    );

    // The group consumes ten records and commits them.
    const plain = kafka.producer({ allowAutoTopicCreation: false });
    await plain.connect();
    await plain.send({
      topic: 'events',
      acks: -1,
      messages: Array.from({ length: 10 }, (_, i) => ({ value: `a-${i}` })),
    });
    const consume = async (want: number) => {
      const consumer = kafka.consumer({ groupId, retry: { retries: 30, initialRetryTime: 100, maxRetryTime: 1000 } });
      await consumer.connect();
      await consumer.subscribe({ topic: 'events', fromBeginning: true });
      const seen: string[] = [];
      await consumer.run({
        autoCommitThreshold: 1,
        eachMessage: async ({ message }) => {
          seen.push(message.value!.toString());
        },
      });
      // disconnecting commits what it consumed before leaving; done on failure too: a consumer left running
      // retries forever once the broker is stopped
      await until(() => seen.length >= want, `${want} records consumed`, 30_000).finally(() => consumer.disconnect());
      return seen;
    };
    assert.equal((await consume(10)).length, 10);
    const committed = async () => {
      const [topic] = await admin.fetchOffsets({ groupId, topics: ['events'] });
      return topic!.partitions[0]!.offset;
    };
    await until(async () => (await committed()) === '10', 'offset 10 committed');

    // A transactional producer: one committed transaction, a second one still open.
    const txProducer = kafka.producer({
      transactionalId,
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      retry: { retries: 30, initialRetryTime: 100, maxRetryTime: 1000 },
    });
    await txProducer.connect();
    const committedTxn = await txProducer.transaction();
    await committedTxn.send({ topic: 'events', messages: [{ value: 't1-0' }, { value: 't1-1' }] });
    await committedTxn.commit();
    const openTxn = await txProducer.transaction();
    await openTxn.send({ topic: 'events', messages: [{ value: 't2-0' }] });

    // The coordinating node stops; the other two lead the internal partitions and load them.
    const coordinator = nodes.find((n) => n.nodeId === coordinatorId)!;
    await coordinator.stop();
    const rest = nodes.filter((n) => n !== coordinator);
    const newLeader = (n: TestBroker, topic: string, key: string) =>
      n.broker.kraft?.image?.topic(topic)?.partitions.get(internalPartitionFor(key, PARTITIONS))?.leader ?? -1;
    await until(
      () =>
        rest.every(
          (n) =>
            ![-1, coordinatorId].includes(newLeader(n, '__consumer_offsets', groupId)) &&
            ![-1, coordinatorId].includes(newLeader(n, '__transaction_state', transactionalId)),
        ),
      'new coordinators elected',
    );

    // The open transaction commits through the new transaction coordinator (its Ongoing state was replicated).
    await openTxn.commit();
    await txProducer.disconnect();

    // The group resumes from its committed offsets: the ten records already consumed are not read again.
    await plain.send({ topic: 'events', acks: -1, messages: [{ value: 'b-0' }] });
    await plain.disconnect();
    const resumed = await consume(4);
    assert.deepEqual(resumed, ['t1-0', 't1-1', 't2-0', 'b-0'], 'resumed after offset 10, read_committed');

    await admin.disconnect();
  });
});
