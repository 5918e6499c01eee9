/**
 * @confluentinc/kafka-javascript driver (librdkafka 2.15 inside, built against the system's libraries with
 * CKJS_LINKING=dynamic). Uses its node-rdkafka-style API: Producer (librdkafka defaults, so the partitioner is
 * consistent_random = CRC32), AdminClient, and KafkaConsumer with assign() (no group membership).
 */
import type { Compression, RecordOut } from '../../lib/driver-protocol';
import {
  b64,
  type ClientAdapter,
  type ConsumerHandle,
  runDriver,
  type StartPosition,
  unb64,
} from '../../lib/ts-driver';

// biome-ignore lint/suspicious/noExplicitAny: the package is an optional dependency, typed loosely on purpose
type Any = any;

runDriver(async (bootstrap) => {
  let Kafka: Any;
  try {
    Kafka = require('@confluentinc/kafka-javascript');
  } catch (error) {
    throw new Error(`@confluentinc/kafka-javascript is not installed or its native build failed: ${String(error)}`);
  }
  const common = {
    'bootstrap.servers': bootstrap,
    'client.id': 'brook-compat-confluent-js',
    'message.max.bytes': 10_000_000,
  };
  const producers = new Map<Compression, Any>();
  const pending = new Map<number, (err: Any, report: Any) => void>();
  let nextOpaque = 0;

  async function producerFor(compression: Compression): Promise<Any> {
    const existing = producers.get(compression);
    if (existing) return existing;
    const producer = new Kafka.Producer({
      ...common,
      dr_cb: true,
      'compression.codec': compression,
      'request.required.acks': -1,
      'enable.idempotence': false,
      'linger.ms': 5,
    });
    producer.on('delivery-report', (err: Any, report: Any) => {
      const done = pending.get(report.opaque);
      pending.delete(report.opaque);
      done?.(err, report);
    });
    producer.on('event.error', (err: Any) => process.stderr.write(`producer error: ${err}\n`));
    await new Promise<void>((resolve, reject) =>
      producer.connect({ timeout: 15000 }, (err: Any) => (err ? reject(err) : resolve())),
    );
    producer.setPollInterval(20);
    producers.set(compression, producer);
    return producer;
  }
  const admin = Kafka.AdminClient.create(common);
  const metaProducer = await producerFor('none');

  const adapter: ClientAdapter = {
    name: 'confluent-js',
    version: `${require('@confluentinc/kafka-javascript/package.json').version} (librdkafka ${Kafka.librdkafkaVersion})`,
    async create(topic, partitions) {
      await new Promise<void>((resolve, reject) =>
        admin.createTopic({ topic, num_partitions: partitions, replication_factor: 1 }, 15000, (err: Any) =>
          err ? reject(err) : resolve(),
        ),
      );
      return undefined;
    },
    async partitions(topic) {
      const meta: Any = await new Promise((resolve, reject) =>
        metaProducer.getMetadata({ topic, timeout: 10000 }, (err: Any, m: Any) => (err ? reject(err) : resolve(m))),
      );
      return meta.topics.find((t: Any) => t.name === topic).partitions.length;
    },
    async produce(topic, compression, records) {
      const producer = await producerFor(compression);
      const deliveries = records.map(
        (r) =>
          new Promise<{ partition: number; offset: number }>((resolve, reject) => {
            const opaque = nextOpaque++;
            pending.set(opaque, (err, report) =>
              err ? reject(err) : resolve({ partition: report.partition, offset: Number(report.offset) }),
            );
            producer.produce(
              topic,
              r.partition ?? -1,
              unb64(r.value),
              unb64(r.key),
              r.timestamp ?? 0,
              opaque,
              r.headers.map(([k, v]) => ({ [k]: unb64(v) })),
            );
          }),
      );
      producer.flush(15000, () => undefined);
      return Promise.all(deliveries);
    },
    async openConsumer(topic, partitions, from: StartPosition): Promise<ConsumerHandle> {
      const consumer = new Kafka.KafkaConsumer(
        { ...common, 'group.id': 'brook-compat-confluent-js', 'enable.auto.commit': false, 'fetch.wait.max.ms': 100 },
        { 'auto.offset.reset': 'earliest' },
      );
      await new Promise<void>((resolve, reject) =>
        consumer.connect({ timeout: 15000 }, (err: Any) => (err ? reject(err) : resolve())),
      );
      let offsets: number[];
      if (from === 'earliest') offsets = Array(partitions).fill(-2);
      else if (from === 'latest') offsets = Array(partitions).fill(-1);
      else if ('offsets' in from) offsets = from.offsets;
      else {
        const ts = from.timestamp;
        const found: Any[] = await new Promise((resolve, reject) =>
          consumer.offsetsForTimes(
            Array.from({ length: partitions }, (_, partition) => ({ topic, partition, offset: ts })),
            10000,
            (err: Any, result: Any) => (err ? reject(err) : resolve(result)),
          ),
        );
        offsets = found.sort((a, b) => a.partition - b.partition).map((t) => t.offset);
      }
      consumer.assign(offsets.map((offset, partition) => ({ topic, partition, offset })));
      return {
        async poll(waitMs) {
          consumer.setDefaultConsumeTimeout(waitMs);
          const messages: Any[] = await new Promise((resolve, reject) =>
            consumer.consume(1000, (err: Any, m: Any[]) => (err ? reject(err) : resolve(m))),
          );
          return messages.map(
            (m): RecordOut => ({
              partition: m.partition,
              offset: Number(m.offset),
              key: b64(m.key),
              value: b64(m.value),
              headers: (m.headers ?? []).flatMap((h: Any) =>
                Object.entries(h).map(
                  ([k, v]) => [k, v == null ? null : b64(Buffer.from(v as Buffer))] as [string, string | null],
                ),
              ),
              timestamp: m.timestamp,
            }),
          );
        },
        close: () => new Promise<void>((resolve) => consumer.disconnect(() => resolve())),
      };
    },
    async close() {
      for (const p of producers.values()) {
        // Stop the poll interval BEFORE disconnect: the binding clears it only on 'disconnected', and its poll()
        // reads the native handle without the lock that disconnect's worker thread holds while destroying it
        // (a SIGSEGV under CPU load, see FINDINGS.md). disconnect() still flushes and serves delivery reports.
        p.setPollInterval(0);
        await new Promise<void>((resolve) => p.disconnect(5000, () => resolve()));
      }
      admin.disconnect();
    },
  };
  return adapter;
});
