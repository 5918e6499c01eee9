/**
 * The SQL wing's KafkaDriver on a real broker: writes larger than a broker takes in one batch (the output of
 * one big fetch), and reads of changelogs and sink topics under transactions (readAll with `committed`, the
 * WireFetcher at read_committed): aborted transactions are left out, and a read whose end is behind an open
 * transaction waits for it (a real transactional client, kafkajs). At least once: a refused output write keeps the
 * batch's input positions where they were, so the batch is read and written again (nothing skipped).
 */
import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import { KafkaDriver } from '../../src/sql/io/kafka';
import { startBroker, type TestBroker } from '../../src/testing';

describe('sql KafkaDriver on a live broker', function () {
  this.timeout(60_000);
  let broker: TestBroker;
  let driver: KafkaDriver;
  before(async () => {
    broker = await startBroker();
    driver = new KafkaDriver({ brokers: [broker.bootstrap] });
  });
  after(async () => {
    await driver?.close();
    await broker?.stop();
  });

  it('writes more than message.max.bytes at once, in order, nothing lost', async () => {
    await driver.createTopic('big-write', { partitions: 2 });
    const value = Buffer.alloc(200, 'v');
    const records = Array.from({ length: 12_000 }, (_, i) => ({
      key: Buffer.from(`k${i % 10}`),
      value: Buffer.concat([Buffer.from(`${i}:`), value]),
    }));
    await driver.produce('big-write', records); // ~2.6 MB
    const read = await driver.readAll('big-write');
    assert.equal(read.length, records.length);
    const seq = (key: string) =>
      read.filter((r) => r.key?.toString() === key).map((r) => Number(r.value!.toString().split(':')[0]));
    assert.deepEqual(
      seq('k3'),
      records.map((_, i) => i).filter((i) => i % 10 === 3),
    );
  });

  it('readAll read_committed leaves aborted transactions out and waits for an open one at the end', async () => {
    await driver.createTopic('txn-log', { partitions: 1, compacted: true });
    const kafka = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const producer = kafka.producer({
      transactionalId: 'sql-read-committed',
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await producer.connect();
    try {
      const send = async (keys: string[], end: 'commit' | 'abort' | 'open') => {
        const txn = await producer.transaction();
        await txn.send({ topic: 'txn-log', messages: keys.map((k) => ({ key: k, value: k })) });
        if (end === 'open') return txn;
        await txn[end]();
        return undefined;
      };
      await send(['a', 'b'], 'commit');
      await send(['x'], 'abort');
      await send(['c'], 'commit');
      const open = await send(['d'], 'open');
      const keys = (recs: { key: Buffer | null }[]) => recs.map((r) => r.key?.toString());
      assert.deepEqual(keys(await driver.readAll('txn-log')), ['a', 'b', 'x', 'c', 'd']);
      let done = false;
      const committedRead = driver.readAll('txn-log', { committed: true }).then((r) => {
        done = true;
        return r;
      });
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(done, false, 'the read_committed read waits for the open transaction');
      await open!.commit();
      assert.deepEqual(keys(await committedRead), ['a', 'b', 'c', 'd']);
    } finally {
      await producer.disconnect();
    }
  });

  it('at least once: a refused output write does not move the input positions; the batch is processed again', async () => {
    await driver.createTopic('alo-in', { partitions: 1 });
    await driver.createTopic('alo-out', { partitions: 1 });
    await driver.produce(
      'alo-in',
      Array.from({ length: 50 }, (_, i) => ({ key: Buffer.from(`k${i}`), value: Buffer.from(String(i)) })),
    );
    // the first Produce to the output topic is refused with a non-retriable error (INVALID_RECORD, 87)
    broker.faults.control(0, (request) => {
      const topics = (request.body as { topicData: { name: string }[] }).topicData.map((t) => t.name);
      return topics.includes('alo-out') ? { errorCode: 87 } : undefined;
    });
    const sub = await driver.subscribe(['alo-in'], { groupId: 'alo-query' }, (records) => {
      driver
        .produce(
          'alo-out',
          records.map((r) => ({ key: r.key, value: r.value })),
        )
        .catch(() => undefined);
    });
    try {
      let seen = new Set<string>();
      for (let i = 0; i < 300 && seen.size < 50; i++) {
        await new Promise((r) => setTimeout(r, 50));
        seen = new Set((await driver.readAll('alo-out')).map((r) => r.value!.toString()));
      }
      assert.equal(seen.size, 50, 'every input record reached the output, the refused batch included');
    } finally {
      await sub.close();
    }
  });
});
