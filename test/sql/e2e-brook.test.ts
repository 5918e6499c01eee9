/**
 * End to end: the four statements of the seed talks run on a live Brook broker through the Kafka driver
 * (kafkajs for admin and produce, Brook's own Fetch codecs for group-less reading), with input produced by a
 * real client (kafkajs) and outputs read back from the broker.
 */
import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import { SqlEngine } from '../../src/sql/engine/engine';
import { KafkaDriver } from '../../src/sql/io/kafka';
import { startBroker, type TestBroker } from '../../src/testing';

const json = (v: unknown) => Buffer.from(JSON.stringify(v));

/**
 * Reads a topic from the beginning until `count` records are there. It uses the driver's group-less reader
 * (Brook's own Fetch codecs): Brook has no group coordinator yet, so a kafkajs consumer group cannot join.
 */
async function readTopic(driver: KafkaDriver, topic: string, count: number, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const recs = (await driver.describeTopic(topic)) ? await driver.readAll(topic) : [];
    if (recs.length >= count) {
      return recs.map((r) => ({
        key: r.key,
        value: r.value ? JSON.parse(r.value.toString()) : null,
        timestamp: r.timestamp,
      }));
    }
    if (Date.now() > deadline) throw new Error(`timed out reading ${topic}: ${recs.length}/${count}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('sql end to end on a live Brook broker (kafkajs)', function () {
  this.timeout(120000);
  let broker: TestBroker;
  let engine: SqlEngine;
  let driver: KafkaDriver;
  let kafka: Kafka;

  before(async () => {
    broker = await startBroker();
    kafka = new Kafka({ clientId: 'e2e', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: ['authorization_attempts', 'ratings', 'customers'].map((topic) => ({ topic, numPartitions: 1 })),
    });
    await admin.disconnect();
    driver = new KafkaDriver({ brokers: [broker.bootstrap] });
    engine = new SqlEngine({ driver });
  });

  after(async () => {
    await engine?.close();
    await driver?.close();
    await broker?.stop();
  });

  it('runs the seed talks’ fraud, filter, join and per-minute statements', async () => {
    await engine.execute(`
      CREATE STREAM authorization_attempts (card_number STRING KEY, amount DOUBLE)
        WITH (kafka_topic='authorization_attempts', value_format='JSON');
      CREATE TABLE possible_fraud AS SELECT card_number, count(*) AS attempts FROM authorization_attempts
        WINDOW TUMBLING (SIZE 5 MINUTE) GROUP BY card_number HAVING count(*) > 3;
      CREATE STREAM ratings (rating_id INT KEY, user_id INT, stars INT, channel STRING)
        WITH (kafka_topic='ratings', value_format='JSON');
      CREATE TABLE customers (id INT PRIMARY KEY, name STRING, club_status STRING)
        WITH (kafka_topic='customers', value_format='JSON');
      CREATE STREAM poor_ratings AS SELECT * FROM ratings WHERE stars < 3 AND channel LIKE 'iOS%';
      CREATE STREAM vip_ratings AS SELECT r.user_id AS user_id, c.name, c.club_status, r.stars
        FROM ratings r LEFT JOIN customers c ON r.user_id = c.id;
      CREATE TABLE ratings_per_club AS SELECT club_status, COUNT(*) AS ratings FROM vip_ratings
        WINDOW TUMBLING (SIZE 1 MINUTE) GROUP BY club_status;`);

    const producer = kafka.producer();
    await producer.connect();
    const intKey = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeInt32BE(n);
      return b;
    };
    await producer.send({
      topic: 'customers',
      messages: [
        { key: intKey(1), value: json({ NAME: 'Ann', CLUB_STATUS: 'platinum' }), timestamp: '1000' },
        { key: intKey(2), value: json({ NAME: 'Bob', CLUB_STATUS: 'bronze' }), timestamp: '1000' },
      ],
    });
    // let the join's table side land before the stream side
    await new Promise((r) => setTimeout(r, 1500));
    await producer.send({
      topic: 'authorization_attempts',
      messages: [0, 10, 20, 30, 40].map((s) => ({
        key: 'card-1',
        value: json({ AMOUNT: 9.99 }),
        timestamp: String(60000 + s * 1000),
      })),
    });
    await producer.send({
      topic: 'ratings',
      messages: [
        { key: intKey(10), value: json({ USER_ID: 1, STARS: 1, CHANNEL: 'iOS-app' }), timestamp: '2000' },
        { key: intKey(11), value: json({ USER_ID: 2, STARS: 4, CHANNEL: 'web' }), timestamp: '3000' },
        { key: intKey(12), value: json({ USER_ID: 1, STARS: 5, CHANNEL: 'iOS-app' }), timestamp: '4000' },
        { key: intKey(13), value: json({ USER_ID: 2, STARS: 2, CHANNEL: 'android' }), timestamp: '5000' },
      ],
    });
    await producer.disconnect();

    const fraud = await readTopic(driver, 'POSSIBLE_FRAUD', 2);
    assert.deepEqual(
      fraud.map((r) => r.value),
      [{ ATTEMPTS: 4 }, { ATTEMPTS: 5 }],
    );
    assert.equal(fraud[0].key?.subarray(0, fraud[0].key.length - 8).toString(), 'card-1');

    const poor = await readTopic(driver, 'POOR_RATINGS', 1);
    assert.deepEqual(poor[0].value, { USER_ID: 1, STARS: 1, CHANNEL: 'iOS-app' });

    const vip = await readTopic(driver, 'VIP_RATINGS', 4);
    assert.deepEqual(
      vip.map((r) => r.value),
      [
        { NAME: 'Ann', CLUB_STATUS: 'platinum', STARS: 1 },
        { NAME: 'Bob', CLUB_STATUS: 'bronze', STARS: 4 },
        { NAME: 'Ann', CLUB_STATUS: 'platinum', STARS: 5 },
        { NAME: 'Bob', CLUB_STATUS: 'bronze', STARS: 2 },
      ],
    );

    const perClub = await readTopic(driver, 'RATINGS_PER_CLUB', 4);
    const last = new Map<string, number>();
    for (const r of perClub)
      last.set(r.key!.subarray(0, r.key!.length - 8).toString(), (r.value as { RATINGS: number }).RATINGS);
    assert.deepEqual(Object.fromEntries(last), { platinum: 2, bronze: 2 });
  });

  it('restores state and input positions after a restart', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'clicks', numPartitions: 1 }] });
    await admin.disconnect();
    const script = `
      CREATE STREAM clicks (user STRING KEY, page STRING) WITH (kafka_topic='clicks', value_format='JSON');
      CREATE TABLE clicks_per_user AS SELECT user, COUNT(*) AS n FROM clicks GROUP BY user;`;
    const producer = kafka.producer();
    await producer.connect();
    const click = (page: string) => ({ key: 'u1', value: json({ PAGE: page }) });
    const firstDriver = new KafkaDriver({ brokers: [broker.bootstrap] });
    const first = new SqlEngine({ driver: firstDriver });
    await first.execute(script);
    await producer.send({ topic: 'clicks', messages: [click('a'), click('b')] });
    await readTopic(firstDriver, 'CLICKS_PER_USER', 2);
    await first.close();
    await firstDriver.close();
    // arrives while the query is down
    await producer.send({ topic: 'clicks', messages: [click('c')] });
    const secondDriver = new KafkaDriver({ brokers: [broker.bootstrap] });
    const second = new SqlEngine({ driver: secondDriver });
    await second.execute(script);
    await producer.send({ topic: 'clicks', messages: [click('d')] });
    const out = await readTopic(secondDriver, 'CLICKS_PER_USER', 4);
    assert.deepEqual(
      out.map((r) => (r.value as { N: number }).N),
      [1, 2, 3, 4],
    );
    await second.close();
    await secondDriver.close();
    await producer.disconnect();
  });
});
