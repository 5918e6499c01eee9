import { Kafka, logLevel } from 'kafkajs';
import { startBroker } from '../src/testing';
import { hasOpenssl, makeTestCerts } from '../compat-tests/lib/test-certs';
import type { Benchmark, BenchLine } from './harness';

/**
 * Produce and consume throughput through kafkajs over a TLS listener as a ratio to a PLAINTEXT listener of the
 * same in-process broker, in alternating rounds (best of each kept). Both sides pay kafkajs' own costs, so the
 * ratio shows what TLS adds end to end, not the cipher alone.
 */
const RECORDS = 20_000;
const VALUE = Buffer.alloc(1024, 'x');

export async function round(kafka: Kafka, topic: string): Promise<{ produce: number; consume: number }> {
  const producer = kafka.producer();
  await producer.connect();
  const batch = Array.from({ length: 500 }, () => ({ value: VALUE }));
  let started = performance.now();
  for (let sent = 0; sent < RECORDS; sent += batch.length) await producer.send({ topic, acks: 1, messages: batch });
  const produce = (RECORDS * VALUE.length) / 2 ** 20 / ((performance.now() - started) / 1000);
  await producer.disconnect();
  const consumer = kafka.consumer({ groupId: `bench-${topic}`, maxBytes: 16 * 2 ** 20 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  started = performance.now();
  await new Promise<void>((resolve) => {
    let seen = 0;
    void consumer.run({
      eachBatch: async ({ batch: b }) => {
        seen += b.messages.length;
        if (seen >= RECORDS) resolve();
      },
    });
  });
  const consume = (RECORDS * VALUE.length) / 2 ** 20 / ((performance.now() - started) / 1000);
  await consumer.disconnect();
  return { produce, consume };
}

const bench: Benchmark = {
  name: 'tls',
  async run(): Promise<BenchLine[]> {
    if (!hasOpenssl()) {
      process.stderr.write('tls: openssl is not on this machine, no certificates: skipped\n');
      return [];
    }
    const certs = makeTestCerts();
    const broker = await startBroker({
      logLevel: 'error',
      listeners: 'PLAINTEXT://127.0.0.1:0,SSL://127.0.0.1:0',
      config: { 'ssl.keystore.type': 'PEM', 'ssl.keystore.location': certs.serverPemFile },
    });
    try {
      const client = (listener: string, ssl?: object) =>
        new Kafka({ brokers: [broker.endpoints[listener]!], logLevel: logLevel.NOTHING, ssl: ssl as never });
      const plain = client('PLAINTEXT');
      const tls = client('SSL', { ca: [certs.caPem], servername: 'localhost' });
      const best = { plain: { produce: 0, consume: 0 }, tls: { produce: 0, consume: 0 } };
      for (let i = 0; i < 3; i++) {
        for (const [side, kafka] of [
          ['plain', plain],
          ['tls', tls],
        ] as const) {
          const r = await round(kafka, `bench-${side}-${i}`);
          best[side].produce = Math.max(best[side].produce, r.produce);
          best[side].consume = Math.max(best[side].consume, r.consume);
        }
      }
      const against = 'PLAINTEXT listener, same broker and run';
      return [
        {
          name: 'kafkajs produce over TLS (1 KiB records, acks=1)',
          value: best.tls.produce,
          unit: 'MiB/s',
          ratio: { value: best.tls.produce / best.plain.produce, against },
        },
        {
          name: 'kafkajs consume over TLS (1 KiB records)',
          value: best.tls.consume,
          unit: 'MiB/s',
          ratio: { value: best.tls.consume / best.plain.consume, against },
        },
      ];
    } finally {
      await broker.stop();
      certs.cleanup();
    }
  },
};

export default bench;
