// A Vitest suite against an in-process Brook: start a broker, produce, consume in a group, stop.
// Run it with `npx vitest run` in this folder (Brook's `npm run test:examples` installs Vitest here and runs it).
import { startBroker, type TestBroker } from 'brook/testing';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, expect, test } from 'vitest';

let broker: TestBroker;
let kafka: Kafka;
let started: number;

beforeAll(async () => {
  started = performance.now();
  broker = await startBroker(); // 127.0.0.1, a free port, a temporary data dir
  kafka = new Kafka({ clientId: 'orders-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
});

afterAll(async () => {
  await broker.stop(); // removes the temporary data dir
  console.log(
    `vitest example: start, produce, consume in a group, stop in ${Math.round(performance.now() - started)} ms`,
  );
});

test('a consumer group reads what a producer wrote', async () => {
  const admin = kafka.admin();
  await admin.connect();
  // Brook answers CreateTopics once the partition has its leader: no need for kafkajs' 100 ms leader poll.
  await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 1 }], waitForLeaders: false });
  await admin.disconnect();

  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic: 'orders',
    messages: [
      { key: 'a', value: 'apple' },
      { key: 'b', value: 'banana' },
      { key: 'c', value: 'cherry' },
    ],
  });
  await producer.disconnect();

  // Short fetch waits let disconnect() return at once.
  const consumer = kafka.consumer({ groupId: 'orders-test', maxWaitTimeInMs: 50 });
  await consumer.connect();
  await consumer.subscribe({ topic: 'orders', fromBeginning: true });
  const values: string[] = [];
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ message }) => {
          values.push(message.value!.toString());
          if (values.length === 3) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  expect(values).toEqual(['apple', 'banana', 'cherry']);
});
