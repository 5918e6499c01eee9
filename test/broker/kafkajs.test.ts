import assert from 'node:assert/strict';
import { CompressionTypes, Kafka, logLevel, Partitioners } from 'kafkajs';
import { startBroker, type TestBroker } from '../../src/testing';
import { fetchRecords, openCluster } from './kafkajs-fetch';

/** Produce, fetch and admin through kafkajs 2.2.4 (a real, unmodified client) against an in-process Brook. */
describe('broker with kafkajs', function () {
  this.timeout(30000);
  let broker: TestBroker;
  let kafka: Kafka;

  before(async () => {
    broker = await startBroker();
    kafka = new Kafka({
      clientId: 'brook-test',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
      retry: { retries: 3 },
    });
  });
  after(async () => {
    await broker?.stop();
  });

  it('creates a topic with N partitions and lists it', async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      assert.equal(await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 4 }] }), true);
      const meta = await admin.fetchTopicMetadata({ topics: ['orders'] });
      assert.equal(meta.topics[0]!.partitions.length, 4);
      assert.ok((await admin.listTopics()).includes('orders'));
      // kafkajs reports TOPIC_ALREADY_EXISTS as `false` rather than an error.
      assert.equal(
        await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 1 }], validateOnly: true }),
        false,
      );
      await assert.rejects(
        admin.createTopics({ topics: [{ topic: 'bad name!' }] }),
        (e: { errors?: { type: string }[] }) => {
          assert.equal(e.errors?.[0]?.type, 'INVALID_TOPIC_EXCEPTION');
          return true;
        },
      );
    } finally {
      await admin.disconnect();
    }
  });

  it('produces keyed and unkeyed records with headers and null values, and reads them back byte-identical', async () => {
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const cluster = await openCluster(kafka);
    try {
      const messages = [
        { key: 'alpha', value: 'first', headers: { trace: 'abc', bin: Buffer.from([0, 1, 2, 255]) } },
        { key: null, value: 'no key' },
        { key: 'tombstone', value: null },
        { key: Buffer.from([0xde, 0xad]), value: Buffer.alloc(3000, 7) },
      ];
      const sent = await producer.send({ topic: 'plain', messages: messages.map((m) => ({ ...m, partition: 0 })) });
      assert.equal(sent[0]!.errorCode, 0);
      const got = await fetchRecords(cluster, 'plain', 0, 0, messages.length);
      assert.equal(got.length, messages.length);
      got.forEach((record, i) => {
        const m = messages[i]!;
        assert.equal(record.offset, String(i));
        assert.deepEqual(record.key, m.key === null ? null : Buffer.from(m.key));
        assert.deepEqual(record.value, m.value === null ? null : Buffer.from(m.value));
      });
      assert.deepEqual(got[0]!.headers.bin, Buffer.from([0, 1, 2, 255]));
      assert.deepEqual(got[0]!.headers.trace, Buffer.from('abc'));
    } finally {
      await producer.disconnect();
      await cluster.disconnect();
    }
  });

  it('accepts gzip batches and serves them back', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const cluster = await openCluster(kafka);
    try {
      const values = Array.from({ length: 50 }, (_, i) => `gzip value ${i} ${'x'.repeat(i)}`);
      await producer.send({
        topic: 'gz',
        compression: CompressionTypes.GZIP,
        messages: values.map((value, i) => ({ key: `k${i}`, value, partition: 0 })),
      });
      const got = await fetchRecords(cluster, 'gz', 0, 0, values.length);
      assert.deepEqual(
        got.map((r) => r.value!.toString()),
        values,
      );
      // From a given offset inside the batch: the batch comes back whole, records below are skipped by the client.
      const fromMiddle = await fetchRecords(cluster, 'gz', 0, 17, 5);
      assert.deepEqual(
        fromMiddle.map((r) => r.offset),
        ['17', '18', '19', '20', '21'],
      );
    } finally {
      await producer.disconnect();
      await cluster.disconnect();
    }
  });

  it('puts keyed records on the partition kafkajs chose and keeps partition order', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'keyed', numPartitions: 3 }] });
    await admin.disconnect();
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const cluster = await openCluster(kafka);
    try {
      const placed = new Map<number, string[]>();
      for (let i = 0; i < 30; i++) {
        const key = `user-${i % 7}`;
        const [meta] = await producer.send({ topic: 'keyed', messages: [{ key, value: `${key}:${i}` }] });
        const list = placed.get(meta!.partition) ?? [];
        list.push(`${key}:${i}`);
        placed.set(meta!.partition, list);
      }
      for (const [partition, values] of placed) {
        const got = await fetchRecords(cluster, 'keyed', partition, 0, values.length);
        assert.deepEqual(
          got.map((r) => r.value!.toString()),
          values,
          `partition ${partition} order`,
        );
        for (const r of got) {
          const key = r.key!.toString();
          assert.ok(values.some((v) => v.startsWith(`${key}:`)));
        }
      }
    } finally {
      await producer.disconnect();
      await cluster.disconnect();
    }
  });

  it('answers ListOffsets for earliest, latest and timestamps, and consumes from each', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const admin = kafka.admin();
    await admin.connect();
    const cluster = await openCluster(kafka);
    try {
      const t0 = Date.now() - 10000;
      await producer.send({
        topic: 'times',
        messages: [0, 1, 2, 3].map((i) => ({ value: `v${i}`, timestamp: String(t0 + i * 1000), partition: 0 })),
      });
      const [latest] = await admin.fetchTopicOffsets('times');
      assert.equal(latest!.high, '4');
      assert.equal(latest!.low, '0');
      const [byTime] = await admin.fetchTopicOffsetsByTimestamp('times', t0 + 1500);
      assert.equal(byTime!.offset, '2');
      const fromTime = await fetchRecords(cluster, 'times', 0, BigInt(byTime!.offset), 2);
      assert.deepEqual(
        fromTime.map((r) => r.value!.toString()),
        ['v2', 'v3'],
      );
      const earliest = await fetchRecords(cluster, 'times', 0, BigInt(latest!.low), 1);
      assert.equal(earliest[0]!.value!.toString(), 'v0');
      // From "latest": only what is produced afterwards.
      assert.deepEqual(await fetchRecords(cluster, 'times', 0, BigInt(latest!.high), 1), []);
      await producer.send({ topic: 'times', messages: [{ value: 'later', partition: 0 }] });
      const fromLatest = await fetchRecords(cluster, 'times', 0, BigInt(latest!.high), 1);
      assert.deepEqual(
        fromLatest.map((r) => [r.offset, r.value!.toString()]),
        [['4', 'later']],
      );
    } finally {
      await producer.disconnect();
      await admin.disconnect();
      await cluster.disconnect();
    }
  });

  it('accepts a 1 MiB record and rejects one over message.max.bytes with a clear error', async () => {
    const producer = kafka.producer({ retry: { retries: 0 } });
    await producer.connect();
    const cluster = await openCluster(kafka);
    try {
      const big = Buffer.alloc(1024 * 1024 - 200, 1);
      const [ok] = await producer.send({ topic: 'big', messages: [{ value: big, partition: 0 }] });
      assert.equal(ok!.errorCode, 0);
      const got = await fetchRecords(cluster, 'big', 0, 0, 1);
      assert.ok(got[0]!.value!.equals(big));
      const tooBig = Buffer.alloc(1024 * 1024 + 100, 2);
      await assert.rejects(
        producer.send({ topic: 'big', messages: [{ value: tooBig, partition: 0 }] }),
        (error: Error & { type?: string }) => {
          assert.equal(error.type, 'MESSAGE_TOO_LARGE', error.message);
          return true;
        },
      );
    } finally {
      await producer.disconnect();
      await cluster.disconnect();
    }
  });

  it('describes and alters topic configs with Kafka names and sources', async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({
        topics: [{ topic: 'cfg', configEntries: [{ name: 'retention.ms', value: '60000' }] }],
      });
      const described = await admin.describeConfigs({ resources: [{ type: 2, name: 'cfg' }], includeSynonyms: true });
      const entries = described.resources[0]!.configEntries;
      const retention = entries.find((e) => e.configName === 'retention.ms')!;
      assert.equal(retention.configValue, '60000');
      assert.equal(retention.configSource, 1); // DYNAMIC_TOPIC_CONFIG
      const segment = entries.find((e) => e.configName === 'segment.bytes')!;
      assert.equal(segment.configValue, '1073741824');
      assert.equal(segment.configSource, 5); // DEFAULT_CONFIG
      assert.equal(entries.find((e) => e.configName === 'max.message.bytes')!.configValue, '1048588');
      await admin.alterConfigs({
        validateOnly: false,
        resources: [{ type: 2, name: 'cfg', configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }],
      });
      const after = await admin.describeConfigs({
        resources: [{ type: 2, name: 'cfg', configNames: ['cleanup.policy', 'retention.ms'] }],
        includeSynonyms: false,
      });
      const byName = Object.fromEntries(after.resources[0]!.configEntries.map((e) => [e.configName, e.configValue]));
      assert.deepEqual(byName, { 'cleanup.policy': 'compact', 'retention.ms': '604800000' });
      await assert.rejects(
        admin.alterConfigs({
          validateOnly: true,
          resources: [{ type: 2, name: 'cfg', configEntries: [{ name: 'no.such.key', value: '1' }] }],
        }),
        /config/i,
      );
      const brokerConfigs = await admin.describeConfigs({
        resources: [{ type: 4, name: String(broker.nodeId) }],
        includeSynonyms: false,
      });
      const numPartitions = brokerConfigs.resources[0]!.configEntries.find((e) => e.configName === 'num.partitions')!;
      assert.equal(numPartitions.configValue, '1');
    } finally {
      await admin.disconnect();
    }
  });

  it('creates partitions, deletes records and deletes topics', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const producer = kafka.producer();
    await producer.connect();
    try {
      await admin.createTopics({ topics: [{ topic: 'grow', numPartitions: 1 }] });
      await admin.createPartitions({ topicPartitions: [{ topic: 'grow', count: 3 }] });
      assert.equal((await admin.fetchTopicMetadata({ topics: ['grow'] })).topics[0]!.partitions.length, 3);
      await assert.rejects(admin.createPartitions({ topicPartitions: [{ topic: 'grow', count: 2 }] }), /partition/i);
      await producer.send({ topic: 'grow', messages: [0, 1, 2, 3, 4].map((i) => ({ value: `${i}`, partition: 0 })) });
      await admin.deleteTopicRecords({ topic: 'grow', partitions: [{ partition: 0, offset: '3' }] });
      const offsets = await admin.fetchTopicOffsets('grow');
      assert.equal(offsets.find((o) => o.partition === 0)!.low, '3');
      await admin.deleteTopics({ topics: ['grow'] });
      assert.ok(!(await admin.listTopics()).includes('grow'));
    } finally {
      await producer.disconnect();
      await admin.disconnect();
    }
  });

  it('keeps data, topic ids and topic configs across a broker restart, and clients reconnect', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const producer = kafka.producer();
    await producer.connect();
    const cluster = await openCluster(kafka);
    try {
      await admin.createTopics({
        topics: [{ topic: 'durable', numPartitions: 2, configEntries: [{ name: 'retention.ms', value: '123456' }] }],
      });
      const before = await admin.fetchTopicMetadata({ topics: ['durable'] });
      await producer.send({
        topic: 'durable',
        messages: [0, 1, 2].map((i) => ({ value: `before-${i}`, partition: 1 })),
      });
      await broker.restart();
      // The same producer and admin keep working: kafkajs reconnects on its own.
      await producer.send({ topic: 'durable', messages: [{ value: 'after', partition: 1 }] });
      const got = await fetchRecords(cluster, 'durable', 1, 0, 4);
      assert.deepEqual(
        got.map((r) => r.value!.toString()),
        ['before-0', 'before-1', 'before-2', 'after'],
      );
      const after = await admin.fetchTopicMetadata({ topics: ['durable'] });
      assert.equal(after.topics[0]!.partitions.length, 2);
      assert.deepEqual(after, before);
      const configs = await admin.describeConfigs({
        resources: [{ type: 2, name: 'durable', configNames: ['retention.ms'] }],
        includeSynonyms: false,
      });
      assert.equal(configs.resources[0]!.configEntries[0]!.configValue, '123456');
    } finally {
      await producer.disconnect();
      await admin.disconnect();
      await cluster.disconnect();
    }
  });

  it('serves a kafkajs consumer group end to end (fromBeginning, every record once, in partition order)', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'grouped', numPartitions: 2 }] });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    const sent = Array.from({ length: 40 }, (_, i) => ({ key: `k${i % 5}`, value: `g${i}` }));
    await producer.send({ topic: 'grouped', messages: sent });
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: 'broker-test-group' });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: 'grouped', fromBeginning: true });
      const got: { partition: number; offset: string; value: string }[] = [];
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${got.length} records consumed`)), 20000);
        void consumer.run({
          eachMessage: async ({ partition, message }) => {
            got.push({ partition, offset: message.offset, value: message.value!.toString() });
            if (got.length === sent.length) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
      });
      assert.deepEqual(got.map((r) => r.value).sort(), sent.map((m) => m.value).sort());
      for (const p of [0, 1]) {
        const offsets = got.filter((r) => r.partition === p).map((r) => Number(r.offset));
        assert.deepEqual(
          offsets,
          [...offsets].sort((a, b) => a - b),
          `partition ${p} in order`,
        );
      }
    } finally {
      await consumer.disconnect();
    }
  });
});
