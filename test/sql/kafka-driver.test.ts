/**
 * The SQL wing's KafkaDriver on a real broker: writes larger than a broker takes in one batch (the output of
 * one big fetch), and reads of changelogs and sink topics under transactions (readAll with `committed`, the
 * WireFetcher at read_committed): aborted transactions are left out, and a read whose end is behind an open
 * transaction waits for it (a real transactional client, kafkajs).
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
});
