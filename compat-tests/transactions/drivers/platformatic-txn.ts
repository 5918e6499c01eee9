/**
 * @platformatic/kafka 1.x transaction driver: `new Producer({ idempotent: true, transactionalId, acks: -1 })`,
 * `producer.beginTransaction()` returning a Transaction with send/commit/abort. Like kafkajs it has no
 * initTransactions: the first beginTransaction() sends InitProducerId with the transactional id (fencing older
 * producers), so the `producer` step begins that first transaction and the next `begin` step uses it. Readers are
 * its group Consumer (a fresh group per read, mode 'earliest', `isolationLevel` 1 = read_committed or 0).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ConsumedRecord } from '../txn-protocol';
import { runTxnDriver, type TxnProducer } from './txn-driver';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

runTxnDriver(async () => {
  // ESM-only package: loaded with import() from this CommonJS-compiled file.
  const { Consumer, Producer, stringSerializers, stringDeserializers } = await import('@platformatic/kafka');
  const base = {
    bootstrapBrokers: process.env.TXN_BOOTSTRAP!.split(','),
    // 200 ms apart for up to 20 s: long enough to ride out a broker that is SIGKILLed and started (idempotent-crash)
    retries: 100,
    retryDelay: 200,
    timeout: 10000,
  };
  const { version } = JSON.parse(
    readFileSync(join(dirname(require.resolve('@platformatic/kafka')), '..', 'package.json'), 'utf8'),
  ) as { version: string };
  let reads = 0;
  return {
    name: 'platformatic',
    version,
    async producer({ transactionalId, idempotent }): Promise<TxnProducer> {
      const producer = new Producer({
        ...base,
        clientId: 'brook-compat-platformatic-txn',
        idempotent,
        acks: -1,
        autocreateTopics: false,
        serializers: stringSerializers,
        ...(transactionalId ? { transactionalId } : {}),
      });
      type Txn = Awaited<ReturnType<typeof producer.beginTransaction>>;
      let ready: Txn | undefined = transactionalId ? await producer.beginTransaction() : undefined;
      let txn: Txn | undefined;
      const current = () => {
        if (!txn) throw new Error('no transaction begun');
        return txn;
      };
      return {
        async begin() {
          txn = ready ?? (await producer.beginTransaction());
          ready = undefined;
        },
        async send(topic, records) {
          const messages = records.map((r) => ({ topic, key: r.key, value: r.value, partition: r.partition }));
          if (transactionalId) await current().send({ messages });
          else await producer.send({ messages });
        },
        async commit() {
          await current().commit();
          txn = undefined;
        },
        async abort() {
          await current().abort();
          txn = undefined;
        },
        close: () => producer.close(true) as unknown as Promise<void>,
      };
    },
    async consume(topic, _partitions, isolation, stop) {
      const consumer = new Consumer({
        ...base,
        clientId: 'brook-compat-platformatic-txn-reader',
        groupId: `txn-read-${process.pid}-${reads++}`,
        deserializers: stringDeserializers,
      });
      const records: ConsumedRecord[] = [];
      try {
        const stream = await consumer.consume({
          topics: [topic],
          mode: 'earliest',
          autocommit: false,
          isolationLevel: isolation === 'read_committed' ? 1 : 0,
        });
        stream.on('data', (m) => {
          records.push({
            partition: m.partition,
            offset: Number(m.offset),
            key: m.key == null ? null : String(m.key),
            value: m.value == null ? null : String(m.value),
          });
        });
        while (!stop(records)) await sleep(50);
        await stream.close();
      } finally {
        await (consumer.close(true) as unknown as Promise<void>).catch(() => undefined);
      }
      return records;
    },
  };
});
