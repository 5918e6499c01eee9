import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import { startBroker, type TestBroker } from '../../src/testing';
import { consumeUntil } from '../kafkajs-consume';

/**
 * kafkajs against a real in-process broker: idempotent producers (InitProducerId without a transactional id)
 * and transactions (InitProducerId, AddPartitionsToTxn, AddOffsetsToTxn, TxnOffsetCommit, EndTxn).
 * The coordinator's answers and states, offsets visible only after the commit, and what read_committed
 * consumers see once the markers are written.
 */
describe('transactions: kafkajs end to end against startBroker()', function () {
  this.timeout(60000);
  let broker: TestBroker;
  let kafka: Kafka;

  before(async () => {
    broker = await startBroker({ config: { 'num.partitions': 2 } });
    kafka = new Kafka({
      clientId: 'txn-test',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
      retry: { retries: 8 },
    });
  });
  after(async () => {
    await broker?.stop();
  });

  it('an idempotent producer gets a producer id and its records are stored', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'idem', numPartitions: 1 }] });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const sent = await producer.send({ topic: 'idem', acks: -1, messages: [{ value: 'a' }, { value: 'b' }] });
    await producer.disconnect();
    assert.equal(sent[0]?.errorCode, 0);
    const offsets = await admin.fetchTopicOffsets('idem');
    await admin.disconnect();
    assert.equal(offsets[0]?.high, '2');
  });

  it('commits a transaction: the coordinator walks Ongoing -> PrepareCommit -> CompleteCommit', async () => {
    const producer = kafka.producer({ transactionalId: 'kjs-commit', idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const txn = await producer.transaction();
    await txn.send({ topic: 'txn-out', messages: [{ key: 'k', value: 'v1' }] });
    const coordinator = broker.broker.transactions;
    assert.equal(coordinator.stateOf('kjs-commit'), 'Ongoing');
    assert.deepEqual(
      coordinator.describe('kjs-commit').topics.map((t) => t.topic),
      ['txn-out'],
    );
    await txn.commit();
    await coordinator.whenComplete('kjs-commit');
    assert.equal(coordinator.stateOf('kjs-commit'), 'CompleteCommit');
    // A second transaction on the same producer.
    const again = await producer.transaction();
    await again.send({ topic: 'txn-out', messages: [{ value: 'v2' }] });
    await again.abort();
    await coordinator.whenComplete('kjs-commit');
    assert.equal(coordinator.stateOf('kjs-commit'), 'CompleteAbort');
    await producer.disconnect();
  });

  it('a second producer with the same transactional id fences the first', async () => {
    const first = kafka.producer({ transactionalId: 'kjs-fence', idempotent: true, maxInFlightRequests: 1 });
    await first.connect();
    const txn = await first.transaction();
    await txn.send({ topic: 'txn-out', messages: [{ value: 'zombie' }] });
    const second = kafka.producer({ transactionalId: 'kjs-fence', idempotent: true, maxInFlightRequests: 1 });
    await second.connect();
    // transaction() initializes the transactional id: CONCURRENT_TRANSACTIONS while the first producer's
    // transaction is aborted (kafkajs retries), then the next epoch.
    const txn2 = await second.transaction();
    const epoch = broker.broker.transactions.transaction('kjs-fence')!.producerEpoch;
    assert.equal(epoch, 2, 'epoch 0 -> fence (1, the abort) -> 2 for the new producer');
    await assert.rejects(txn.commit(), (e: Error) =>
      /fenced|epoch/i.test(`${e.name} ${e.message} ${(e as { type?: string }).type}`),
    );
    await txn2.send({ topic: 'txn-out', messages: [{ value: 'live' }] });
    await txn2.commit();
    await first.disconnect().catch(() => {});
    await second.disconnect();
  });

  it('sendOffsets: the group sees the offsets only once the transaction commits; an abort drops them', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const producer = kafka.producer({ transactionalId: 'kjs-offsets', idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const committed = async () => (await admin.fetchOffsets({ groupId: 'g-txn', topics: ['txn-in'] }))[0]!.partitions;
    await admin.createTopics({ topics: [{ topic: 'txn-in', numPartitions: 1 }] });

    const aborted = await producer.transaction();
    await aborted.sendOffsets({
      consumerGroupId: 'g-txn',
      topics: [{ topic: 'txn-in', partitions: [{ partition: 0, offset: '5' }] }],
    });
    await aborted.abort();
    await broker.broker.transactions.whenComplete('kjs-offsets');
    assert.deepEqual(
      (await committed()).map((p) => p.offset),
      ['-1'],
    );

    const txn = await producer.transaction();
    await txn.sendOffsets({
      consumerGroupId: 'g-txn',
      topics: [{ topic: 'txn-in', partitions: [{ partition: 0, offset: '7' }] }],
    });
    assert.deepEqual(
      (await committed()).map((p) => p.offset),
      ['-1'],
      'pending until the commit',
    );
    await txn.commit();
    await broker.broker.transactions.whenComplete('kjs-offsets');
    assert.deepEqual(
      (await committed()).map((p) => p.offset),
      ['7'],
    );
    await producer.disconnect();
    await admin.disconnect();
  });

  it('read_committed consumers see committed transactions only', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'rc', numPartitions: 1 }] });
    await admin.disconnect();
    const producer = kafka.producer({ transactionalId: 'kjs-rc', idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    for (const [value, commit] of [
      ['committed-1', true],
      ['aborted-1', false],
      ['committed-2', true],
    ] as const) {
      const txn = await producer.transaction();
      await txn.send({ topic: 'rc', messages: [{ value }] });
      if (commit) await txn.commit();
      else await txn.abort();
      await broker.broker.transactions.whenComplete('kjs-rc');
    }
    await producer.disconnect();
    const read = async (readUncommitted: boolean, expected: number): Promise<string[]> => {
      const consumer = kafka.consumer({ groupId: `rc-${readUncommitted}`, readUncommitted, maxWaitTimeInMs: 100 });
      const values: string[] = [];
      await consumer.connect();
      await consumer.subscribe({ topic: 'rc', fromBeginning: true });
      await consumeUntil(
        consumer,
        ({ message }) => values.push(message.value!.toString()) === expected,
        () => `${values.length} of ${expected} records`,
        { lingerMs: 300 }, // nothing more arrives
      );
      return values;
    };
    assert.deepEqual(await read(false, 2), ['committed-1', 'committed-2']);
    assert.deepEqual(await read(true, 3), ['committed-1', 'aborted-1', 'committed-2']);
  });
});
