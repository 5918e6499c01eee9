/**
 * Transactional produce throughput against plain acks=all produce, on Brook and on the official Kafka 4.4 beside
 * it (bench/kafka-peer.ts), each a ratio measured in the same run (these shared machines are noisy):
 *
 *   plain       kafkajs producer, acks=all, not idempotent: sends of 100 records of 100 bytes (the baseline)
 *   txn x100    one transaction per send of 100 records (begin, AddPartitionsToTxn, Produce, EndTxn + markers)
 *   txn x10000  transactions of 10,000 records: 100 sends of 100 records between begin and commit
 *
 * The client is kafkajs (a dependency, always installed; it supports transactions), over 3 partitions, records
 * spread round-robin. The modes take turns (two rounds of BENCH_RUN_MS each, default 2000 ms; best kept). A
 * broker that cannot run transactions (Brook before issue 12) gets a NOT MEASURED line saying why.
 * BENCH_KAFKA=0 leaves Kafka out. Needs `npm run build` only for what bench/brook-process.ts builds itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { startBrook, stop } from './broker.bench';
import { freePort } from './brook-process';
import type { Benchmark, BenchLine } from './harness';
import { startKafkaPeer } from './kafka-peer';

const RUN_MS = Number(process.env.BENCH_RUN_MS ?? 2000);
const ROUNDS = 2;
const PARTITIONS = 3;
const SEND_RECORDS = 100;
const VALUE = Buffer.alloc(100, 'x');

type Mode = { name: string; perTransaction: number | null };
const MODES: Mode[] = [
  { name: 'plain acks=all', perTransaction: null },
  { name: 'transactions of 100 records', perTransaction: 100 },
  { name: 'transactions of 10,000 records', perTransaction: 10_000 },
];

function messages(from: number) {
  return Array.from({ length: SEND_RECORDS }, (_, i) => ({ value: VALUE, partition: (from + i) % PARTITIONS }));
}

/** Records per second for `mode` over about RUN_MS (whole transactions only: one is finished before stopping). */
async function measure(mode: Mode, plain: Producer, txnal: Producer, topic: string): Promise<number> {
  let records = 0;
  const start = performance.now();
  while (performance.now() - start < RUN_MS) {
    if (mode.perTransaction === null) {
      await plain.send({ topic, acks: -1, messages: messages(records) });
      records += SEND_RECORDS;
      continue;
    }
    const txn = await txnal.transaction();
    for (let sent = 0; sent < mode.perTransaction; sent += SEND_RECORDS) {
      await txn.send({ topic, acks: -1, messages: messages(records + sent) });
    }
    await txn.commit();
    records += mode.perTransaction;
  }
  return records / ((performance.now() - start) / 1000);
}

/** Best records/s of each mode on one broker, or why transactions cannot be measured there. */
async function figures(label: string, bootstrap: string): Promise<number[] | string> {
  // kafkajs retries AddPartitionsToTxn answered CONCURRENT_TRANSACTIONS (the previous transaction's markers are
  // still being written) after its retry backoff, 300 ms by default: at 10 ms the broker, not the backoff, is timed.
  const kafka = new Kafka({
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
    clientId: 'bench-txn',
    retry: { initialRetryTime: 10, retries: 30 },
  });
  const admin = kafka.admin();
  const topic = `bench-txn-${Date.now().toString(36)}`;
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
  await admin.disconnect();
  const plain = kafka.producer({ allowAutoTopicCreation: false });
  const txnal = kafka.producer({
    allowAutoTopicCreation: false,
    transactionalId: `bench-txn-${process.pid}`,
    idempotent: true,
    maxInFlightRequests: 1,
  });
  try {
    await plain.connect();
    // A warm-up that is not reported: the JVM's JIT, Kafka's __transaction_state creation, the first InitProducerId.
    await measure(MODES[0]!, plain, txnal, topic);
    try {
      await txnal.connect();
      await measure(MODES[1]!, plain, txnal, topic);
    } catch (error) {
      return `${label} transactions failed: ${String((error as Error).message ?? error).split('\n')[0]}`;
    }
    const best = MODES.map(() => 0);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, mode] of MODES.entries()) best[i] = Math.max(best[i]!, await measure(mode, plain, txnal, topic));
    }
    return best;
  } finally {
    await plain.disconnect().catch(() => undefined);
    await txnal.disconnect().catch(() => undefined);
  }
}

function lines(label: string, result: number[] | string): BenchLine[] {
  if (typeof result === 'string')
    return [{ name: `${label} transactional produce NOT MEASURED: ${result}`, value: Number.NaN, unit: '' }];
  const [plain, ...txn] = result as [number, number, number];
  return [
    { name: `${label}: produce, ${MODES[0]!.name} (kafkajs, sends of 100 x 100 B)`, value: plain, unit: 'records/s' },
    ...txn.map((value, i) => ({
      name: `${label}: produce, ${MODES[i + 1]!.name}`,
      value,
      unit: 'records/s',
      ratio: { value: value / plain, against: `${label} plain acks=all, same run` },
    })),
  ];
}

const bench: Benchmark = {
  name: 'transactions',
  async run(): Promise<BenchLine[]> {
    const out: BenchLine[] = [];
    const dataDir = mkdtempSync(join(tmpdir(), 'brook-bench-txn-'));
    const port = await freePort();
    const child = await startBrook(port, dataDir);
    try {
      out.push(...lines('Brook', await figures('Brook', `127.0.0.1:${port}`)));
    } finally {
      await stop(child);
      rmSync(dataDir, { recursive: true, force: true });
    }
    const brook = out.map((l) => l.value);
    const kafka = await startKafkaPeer().catch((error: Error) => `it did not start: ${error.message.split('\n')[0]}`);
    if (typeof kafka === 'string') {
      out.push({ name: `Kafka transactional produce NOT MEASURED: ${kafka}`, value: Number.NaN, unit: '' });
      return out;
    }
    try {
      const theirs = lines(kafka.target.label, await figures(kafka.target.label, `127.0.0.1:${kafka.target.port}`));
      out.push(...theirs);
      // Brook / Kafka, per mode, when both were measured.
      if (brook.length === MODES.length && theirs.length === MODES.length) {
        for (const [i, mode] of MODES.entries()) {
          out.push({
            name: `Brook / ${kafka.target.label}: ${mode.name}`,
            value: brook[i]!,
            unit: 'records/s (Brook)',
            ratio: { value: brook[i]! / theirs[i]!.value, against: `${kafka.target.label}, same run` },
          });
        }
      }
    } finally {
      await kafka.stop();
    }
    return out;
  },
};

export default bench;
