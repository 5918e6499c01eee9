// Drives kafkajs through admin, produce (every codec it has built in) and consume against BOOTSTRAP, so that
// record-frames.ts can save the request frames it sends. Errors are printed, not fatal: a capture wants the
// requests, whatever the broker answered.
const { Kafka, CompressionTypes, logLevel } = require('kafkajs');

const bootstrap = process.argv[2] ?? '127.0.0.1:19092';
const kafka = new Kafka({ clientId: 'capture-kafkajs', brokers: [bootstrap], logLevel: logLevel.NOTHING });
const topic = 'capture-kafkajs';

async function step(name, fn) {
  try {
    await fn();
    console.log(`ok ${name}`);
  } catch (error) {
    console.log(`failed ${name}: ${error.message}`);
  }
}

async function main() {
  const admin = kafka.admin();
  await step('admin connect', () => admin.connect());
  await step('create topic', () => admin.createTopics({ topics: [{ topic, numPartitions: 3 }] }));
  await step('fetch metadata', () => admin.fetchTopicMetadata({ topics: [topic] }));
  await step('describe configs', () =>
    admin.describeConfigs({ resources: [{ type: 2, name: topic }], includeSynonyms: false }),
  );
  await step('alter configs', () =>
    admin.alterConfigs({
      resources: [{ type: 2, name: topic, configEntries: [{ name: 'retention.ms', value: '86400000' }] }],
    }),
  );
  await step('create partitions', () => admin.createPartitions({ topicPartitions: [{ topic, count: 4 }] }));
  await step('fetch offsets', () => admin.fetchTopicOffsets(topic));
  await step('fetch offsets by time', () => admin.fetchTopicOffsetsByTimestamp(topic, Date.now() - 60000));
  await step('delete records', () => admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '0' }] }));
  await step('describe cluster', () => admin.describeCluster());

  const producer = kafka.producer();
  await step('producer connect', () => producer.connect());
  const messages = [
    { key: 'k1', value: 'v1', headers: { h: 'x' } },
    { key: null, value: 'unkeyed' },
    { key: 'tomb', value: null },
  ];
  await step('produce none', () => producer.send({ topic, messages, acks: -1 }));
  await step('produce gzip', () => producer.send({ topic, messages, compression: CompressionTypes.GZIP, acks: 1 }));

  const consumer = kafka.consumer({ groupId: 'capture-group' });
  await step('consumer connect', () => consumer.connect());
  await step('consumer subscribe', () => consumer.subscribe({ topic, fromBeginning: true }));
  await step('consume', async () => {
    let seen = 0;
    await consumer.run({ eachMessage: async () => void seen++ });
    await new Promise((resolve) => setTimeout(resolve, 4000));
    console.log(`consumed ${seen}`);
  });
  await step('disconnect', async () => {
    await consumer.disconnect();
    await producer.disconnect();
    await step('delete topic', () => admin.deleteTopics({ topics: [topic] }));
    await admin.disconnect();
  });
}

main().then(() => process.exit(0));
