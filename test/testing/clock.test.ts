import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigResourceTypes, Kafka, logLevel, Partitioners } from 'kafkajs';
import type * as P from '../../protocol';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';

/**
 * startBroker({ clock: 'manual' }): retention and group sessions follow `broker.clock.advance(ms)`, with
 * real clients (kafkajs) and no waiting for the configured times.
 */
describe('brook/testing: a manual clock', () => {
  let broker: TestBroker;
  let kafka: Kafka;

  beforeEach(async () => {
    broker = await startBroker({ clock: 'manual', config: { 'log.retention.check.interval.ms': 1000 } });
    kafka = new Kafka({ brokers: [broker.bootstrap], clientId: 'clock-test', logLevel: logLevel.NOTHING });
  });
  afterEach(() => broker.stop());

  it('segment.ms rolls and retention.ms deletes a segment once the clock is advanced, not before', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    try {
      await admin.createTopics({
        topics: [
          {
            topic: 'aged',
            numPartitions: 1,
            configEntries: [
              { name: 'retention.ms', value: '60000' },
              { name: 'segment.ms', value: '10000' },
            ],
          },
        ],
      });
      // Record timestamps from the broker's clock: the test decides every age.
      const send = (value: string) =>
        producer.send({ topic: 'aged', messages: [{ value, timestamp: String(broker.clock.now()) }] });
      const segments = () =>
        readdirSync(join(broker.dataDir, 'aged-0'))
          .filter((f) => f.endsWith('.log'))
          .sort();
      const earliest = async () => (await admin.fetchTopicOffsetsByTimestamp('aged', 0))[0]!.offset;

      await send('old');
      await broker.clock.advance(15_000); // past segment.ms: the next append rolls
      await send('new');
      assert.deepEqual(segments(), ['00000000000000000000.log', '00000000000000000001.log']);

      await broker.clock.advance(40_000); // 'old' is 55 s old: retention.ms not reached yet
      assert.equal(segments().length, 2);
      assert.equal(await earliest(), '0');

      await broker.clock.advance(10_000); // 'old' is 65 s old, 'new' 50 s: the first segment goes
      assert.deepEqual(segments(), ['00000000000000000001.log']);
      const offsets = await admin.fetchTopicOffsets('aged');
      assert.deepEqual(
        offsets.map(({ low, high }) => ({ low, high })),
        [{ low: '1', high: '2' }],
      );
    } finally {
      await producer.disconnect();
      await admin.disconnect();
    }
  });

  it('a group member whose heartbeats stop is removed when the clock passes its session timeout', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'sessions', numPartitions: 1 }] });
    // No heartbeat in real time during the test: only the broker's clock decides the session.
    const consumer = kafka.consumer({
      groupId: 'sleepy',
      sessionTimeout: 300_000,
      heartbeatInterval: 290_000,
      maxWaitTimeInMs: 100,
    });
    try {
      await consumer.connect();
      const joined = new Promise<void>((resolve, reject) => {
        // bounded: a wait that never ends would never get to the `finally` that disconnects the consumer
        setTimeout(() => reject(new Error('the consumer did not join within 15 s')), 15_000).unref();
        consumer.on(consumer.events.GROUP_JOIN, () => resolve());
      });
      await consumer.subscribe({ topic: 'sessions', fromBeginning: true });
      await consumer.run({ eachMessage: async () => {} });
      await joined;
      const describe = async () => (await admin.describeGroups(['sleepy'])).groups[0]!;

      await broker.clock.advance(295_000);
      assert.equal((await describe()).members.length, 1, 'inside its session the member stays');

      await broker.clock.advance(10_000);
      const group = await describe();
      assert.equal(group.members.length, 0);
      assert.equal(group.state, 'Empty');
    } finally {
      await consumer.disconnect().catch(() => {});
      await admin.disconnect();
    }
  });

  it('an open transaction is aborted when the clock passes transaction.timeout.ms: its commit is refused', async () => {
    const producer = kafka.producer({ transactionalId: 'slow-txn', maxInFlightRequests: 1, idempotent: true });
    await producer.connect();
    try {
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: 'txn' }] });
      await admin.disconnect();
      const txn = await producer.transaction(); // kafkajs asks for a 60 s transaction timeout
      await txn.send({ topic: 'txn', messages: [{ value: 'never committed' }] });
      // past the timeout and the coordinator's next check (transaction.abort.timed.out.transaction.cleanup.interval.ms)
      await broker.clock.advance(60_000 + 10_000);
      await assert.rejects(txn.commit(), (error: { type?: string }) => {
        assert.match(String(error.type), /PRODUCER_FENCED|INVALID_PRODUCER_EPOCH/);
        return true;
      });
    } finally {
      await producer.disconnect().catch(() => {});
    }
  });

  it('producer.id.expiration.ms changed at run time (a dynamic config, as Kafka) forgets an idle producer once the clock passes it', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const client = await WireClient.connect(broker.bootstrap, 'clock-test');
    try {
      await admin.createTopics({ topics: [{ topic: 'idem' }] });
      await producer.send({ topic: 'idem', messages: [{ value: 'once' }] });
      const producers = async () => {
        const answer = await client.send<P.DescribeProducersResponse>(61, 0, {
          topics: [{ name: 'idem', partitionIndexes: [0] }],
        });
        return answer.topics[0]!.partitions[0]!.activeProducers.length;
      };
      assert.equal(await producers(), 1);
      await admin.alterConfigs({
        validateOnly: false,
        resources: [
          {
            type: ConfigResourceTypes.BROKER,
            name: String(broker.nodeId),
            configEntries: [{ name: 'producer.id.expiration.ms', value: '60000' }],
          },
        ],
      });
      await broker.clock.advance(50_000);
      assert.equal(await producers(), 1, 'not idle for a minute yet');
      await broker.clock.advance(15_000); // past the new expiration and the next retention check
      assert.equal(await producers(), 0, 'forgotten under the new setting (the default is a day)');
    } finally {
      client.close();
      await producer.disconnect();
      await admin.disconnect();
    }
  });

  it('keeps its time across restart(), and the restarted broker runs on it', async () => {
    await broker.clock.advance(3_600_000);
    const before = broker.clock.now();
    await broker.restart();
    assert.equal(broker.clock.now(), before);
    assert.equal(broker.broker.now(), before);
    await broker.clock.advance(1000);
    assert.equal(broker.broker.now(), before + 1000);
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic: 'after-restart' }] });
      assert.ok((await admin.listTopics()).includes('after-restart'));
    } finally {
      await admin.disconnect();
    }
  });

  it('advance() is refused on the real clock, with the option to use', async () => {
    const real = await startBroker();
    try {
      assert.equal(real.clock.manual, false);
      await assert.rejects(real.clock.advance(1000), /clock: 'manual'/);
    } finally {
      await real.stop();
    }
  });
});
