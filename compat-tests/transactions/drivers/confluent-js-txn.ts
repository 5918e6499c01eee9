/**
 * @confluentinc/kafka-javascript transaction driver (librdkafka 2.15), its node-rdkafka-style API as in
 * ../../clients/confluent-js: Producer with enable.idempotence (and transactional.id, initTransactions on
 * creation), beginTransaction / commitTransaction / abortTransaction; each send waits for its delivery reports.
 * Readers are KafkaConsumers with assign() from the beginning (no group membership) at the step's isolation.level.
 */
import { toStepError } from '../../lib/ts-driver';
import type { ConsumedRecord } from '../txn-protocol';
import { runTxnDriver, type TxnProducer } from './txn-driver';

// biome-ignore lint/suspicious/noExplicitAny: the package is an optional dependency, typed loosely on purpose
type Any = any;
const WAIT_MS = 30000;

/** librdkafka errors carry a numeric code and a message; name them like the other drivers (code name first). */
function rdError(err: Any): Error {
  const e = new Error(`${err?.message ?? String(err)} (code ${err?.code})`);
  e.name = String(err?.message ?? 'KafkaError').split(':')[0]!;
  return e;
}

const callback = <T>(call: (cb: (err: Any, value?: T) => void) => void): Promise<T> =>
  new Promise((resolve, reject) => call((err, value) => (err ? reject(rdError(err)) : resolve(value as T))));

runTxnDriver(async () => {
  const Kafka: Any = require('@confluentinc/kafka-javascript');
  const bootstrap = process.env.TXN_BOOTSTRAP!;
  const common = {
    'bootstrap.servers': bootstrap,
    // librdkafka doubles its reconnect backoff up to 10 s per quick disconnect; the fault proxy closes often.
    'reconnect.backoff.ms': 50,
    'reconnect.backoff.max.ms': 500,
  };
  let producers = 0;
  return {
    name: 'confluent-js',
    version: `${require('@confluentinc/kafka-javascript/package.json').version} (librdkafka ${Kafka.librdkafkaVersion})`,
    async producer({ transactionalId, idempotent }): Promise<TxnProducer> {
      const producer = new Kafka.Producer({
        ...common,
        'client.id': `brook-compat-confluent-js-txn-${producers++}`,
        dr_cb: true,
        'enable.idempotence': idempotent,
        'request.required.acks': -1,
        'linger.ms': 5,
        ...(transactionalId ? { 'transactional.id': transactionalId } : {}),
      });
      const pending = new Map<number, (err: Any) => void>();
      let opaque = 0;
      producer.on('delivery-report', (err: Any, report: Any) => {
        const done = pending.get(report.opaque);
        pending.delete(report.opaque);
        done?.(err);
      });
      producer.on('event.error', (err: Any) => process.stderr.write(`producer error: ${err}\n`));
      await callback<void>((cb) => producer.connect({ timeout: 15000 }, cb));
      producer.setPollInterval(20);
      if (transactionalId) await callback<void>((cb) => producer.initTransactions(WAIT_MS, cb));
      return {
        begin: () => callback<void>((cb) => producer.beginTransaction(cb)),
        async send(topic, records) {
          const reports = records.map(
            (r) =>
              new Promise<void>((resolve, reject) => {
                const id = opaque++;
                pending.set(id, (err) => (err ? reject(rdError(err)) : resolve()));
                try {
                  producer.produce(topic, r.partition, Buffer.from(r.value), Buffer.from(r.key), 0, id);
                } catch (error) {
                  pending.delete(id);
                  reject(error);
                }
              }),
          );
          const settled = await Promise.allSettled(reports);
          const failed = settled.find((s) => s.status === 'rejected');
          if (failed) throw (failed as PromiseRejectedResult).reason;
        },
        commit: () => callback<void>((cb) => producer.commitTransaction(WAIT_MS, cb)),
        abort: () => callback<void>((cb) => producer.abortTransaction(WAIT_MS, cb)),
        close: () => {
          // The poll interval must stop before disconnect destroys the handle (a use-after-free otherwise, see
          // compat-tests/clients/confluent-js/FINDINGS.md); disconnect() still flushes and serves delivery reports.
          producer.setPollInterval(0);
          return callback<void>((cb) => producer.disconnect(3000, cb));
        },
      };
    },
    async consume(topic, partitions, isolation, stop) {
      const consumer = new Kafka.KafkaConsumer(
        {
          ...common,
          'group.id': `txn-read-${process.pid}-${Date.now()}`,
          'enable.auto.commit': false,
          'isolation.level': isolation,
          'fetch.wait.max.ms': 100,
        },
        {},
      );
      await callback<void>((cb) => consumer.connect({ timeout: 15000 }, cb));
      const records: ConsumedRecord[] = [];
      try {
        consumer.assign(Array.from({ length: partitions }, (_, partition) => ({ topic, partition, offset: -2 })));
        consumer.setDefaultConsumeTimeout(200);
        while (!stop(records)) {
          const messages: Any[] = await new Promise((resolve) =>
            consumer.consume(1000, (err: Any, m: Any[]) => {
              if (err) process.stderr.write(`consume: ${toStepError(err).message}\n`);
              resolve(m ?? []);
            }),
          );
          for (const m of messages) {
            records.push({
              partition: m.partition,
              offset: Number(m.offset),
              key: m.key == null ? null : Buffer.from(m.key).toString('utf8'),
              value: m.value == null ? null : Buffer.from(m.value).toString('utf8'),
            });
          }
        }
      } finally {
        await new Promise<void>((resolve) => consumer.disconnect(() => resolve()));
      }
      return records;
    },
  };
});
