/**
 * kafkajs transaction driver: `producer({ transactionalId, idempotent: true, maxInFlightRequests: 1 })`,
 * `producer.transaction()` to begin, `transaction.send/commit/abort`; the idempotent-only producer is
 * `producer({ idempotent: true })`. kafkajs has no initTransactions: its connect() gets a producer id WITHOUT the
 * transactional id, and only the first `transaction()` sends InitProducerId with it (fencing older producers). So
 * the `producer` step opens that first transaction, and the next `begin` step uses it. Consumers are kafkajs' own (a fresh group per read, from the
 * beginning, `readUncommitted` for read_uncommitted): what kafkajs hands `eachMessage` is what is checked.
 */
import { Kafka, logLevel, type Transaction } from 'kafkajs';
import type { ConsumedRecord } from '../txn-protocol';
import { runTxnDriver, type TxnProducer } from './txn-driver';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

runTxnDriver(async () => {
  const kafka = new Kafka({
    clientId: 'brook-compat-kafkajs-txn',
    brokers: process.env.TXN_BOOTSTRAP!.split(','),
    logLevel: logLevel.WARN,
    logCreator: () => (entry) => process.stderr.write(`${JSON.stringify(entry.log)}\n`),
    retry: { retries: 10, initialRetryTime: 200 },
    requestTimeout: 10000,
  });
  const { version } = require('kafkajs/package.json') as { version: string };
  let groups = 0;
  return {
    name: 'kafkajs',
    version,
    async producer({ transactionalId, idempotent }): Promise<TxnProducer> {
      const producer = kafka.producer({
        allowAutoTopicCreation: false,
        idempotent,
        maxInFlightRequests: idempotent ? 1 : undefined,
        ...(transactionalId ? { transactionalId } : {}),
      });
      await producer.connect();
      // The first transaction() runs the transactional InitProducerId: what initTransactions() is elsewhere.
      let ready = transactionalId ? await producer.transaction() : undefined;
      let txn: Transaction | undefined;
      const current = () => {
        if (!txn) throw new Error('no transaction begun');
        return txn;
      };
      return {
        async begin() {
          txn = ready ?? (await producer.transaction());
          ready = undefined;
        },
        async send(topic, records) {
          const messages = records.map((r) => ({ key: r.key, value: r.value, partition: r.partition }));
          if (transactionalId) await current().send({ topic, acks: -1, messages });
          else await producer.send({ topic, acks: -1, messages });
        },
        async commit() {
          await current().commit();
          txn = undefined;
        },
        async abort() {
          await current().abort();
          txn = undefined;
        },
        close: () => producer.disconnect(),
      };
    },
    async consume(topic, _partitions, isolation, stop) {
      const consumer = kafka.consumer({
        groupId: `txn-read-${process.pid}-${groups++}`,
        readUncommitted: isolation === 'read_uncommitted',
        allowAutoTopicCreation: false,
      });
      const records: ConsumedRecord[] = [];
      await consumer.connect();
      try {
        await consumer.subscribe({ topic, fromBeginning: true });
        await consumer.run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            records.push({
              partition,
              offset: Number(message.offset),
              key: message.key?.toString('utf8') ?? null,
              value: message.value?.toString('utf8') ?? null,
            });
          },
        });
        while (!stop(records)) await sleep(50);
      } finally {
        await consumer.disconnect().catch(() => undefined);
      }
      return records;
    },
  };
});
