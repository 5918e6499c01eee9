import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrokerTarget, dataPathFigures } from './broker-figures';
import { brookCommand, firstAnswer, freePort } from './brook-process';
import type { Benchmark, BenchLine } from './harness';
import { startKafkaPeer } from './kafka-peer';
import { kafkaPerfFigures } from './kafka-perf';

/**
 * The broker end to end, each figure a ratio to a baseline measured in this run (figures taken on these
 * shared machines are noisy: only the ratios mean something):
 * - the data path (bench/broker-figures.ts): produce acks=1 and acks=-1 and consume against Node-to-Node
 *   loopback TCP throughput, the load generator's own ceiling against a discarding sink, p99 produce latency
 *   at 10 MB/s against loopback RTT;
 * - the same data-path figures for the official Kafka 4.4 as a process beside Brook (bench/kafka-peer.ts), as
 *   Brook / Kafka ratios, and Kafka's own kafka-producer-perf-test / kafka-consumer-perf-test against both
 *   (bench/kafka-perf.ts). Without a JDK and Maven the output says the Kafka figures were not measured.
 * - the disk's own sequential write rate (bench/disk-baseline.ts) beside the broker's data directory, and the
 *   produce figures against it.
 * Start-up time and idle RSS are measured by bench/startup.bench.ts.
 * BENCH_RUN_MS (default 2000) sets each throughput run's length (two rounds each), BENCH_LATENCY_MS (default
 * 3000) each latency run (three rounds each), BENCH_PERF_RECORDS (default 1000000) the perf tools' record
 * count (with 200000, kafka-consumer-perf-test's fetch time was about a second, much of it the Java consumer
 * warming up, and its Brook / Kafka ratio swung 0.64-1.01 between runs); BENCH_KAFKA=0 leaves Kafka out.
 * BENCH_AB_BROOK=/path/to/bin/brook.js (another build, e.g. before a change) runs that build beside this one as
 * a second target, taking turns figure by figure: an A/B in one run.
 */
const ROOT = resolve(__dirname, '..');
const RUN_MS = Number(process.env.BENCH_RUN_MS ?? 2000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 3000);
const PERF_RECORDS = Number(process.env.BENCH_PERF_RECORDS ?? 1000000);

/** Starts `brook serve` (compiled, as `npx brook serve`) and resolves once it answers a Metadata request. */
export async function startBrook(port: number, dataDir: string, command = brookCommand()): Promise<ChildProcess> {
  // brookCommand() compiles on first use, before the start-up being waited for.
  const started = performance.now();
  // The first consumer group join waits no initial rebalance delay, as the official Kafka beside it is configured
  // (compat-tests/lib/kafka-process.ts): kafka-consumer-perf-test joins a classic group.
  const args = ['serve', '--port', String(port), '--data-dir', dataDir, '--set', 'group.initial.rebalance.delay.ms=0'];
  const child = spawn(process.execPath, [...command, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await firstAnswer(port, started);
  } catch (error) {
    await stop(child); // a broker that never answered must not outlive the bench
    throw error;
  }
  return child;
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/**
 * The data-path figures for Brook and, when it can run here, the official Kafka started beside it, then
 * Kafka's own perf tools against both. Kafka failing to start is reported, not fatal to Brook's figures.
 */
async function brookBesideKafka(brooks: BrokerTarget[], diskDir: string): Promise<BenchLine[]> {
  const kafka = await startKafkaPeer().catch((error: Error) => `it did not start: ${error.message.split('\n')[0]}`);
  if (typeof kafka === 'string') {
    process.stderr.write(`broker bench: the official Kafka does not run beside Brook: ${kafka}\n`);
    const lines = await dataPathFigures(brooks, RUN_MS, LATENCY_MS, diskDir);
    lines.push({ name: `Brook / Kafka figures NOT MEASURED: ${kafka}`, value: Number.NaN, unit: '' });
    return lines;
  }
  try {
    process.stderr.write(`broker bench: ${kafka.describe} runs beside Brook\n`);
    const targets = [...brooks, kafka.target];
    return [
      ...(await dataPathFigures(targets, RUN_MS, LATENCY_MS, diskDir)),
      ...(await kafkaPerfFigures(targets, kafka.classpath, PERF_RECORDS)),
    ];
  } finally {
    await kafka.stop();
  }
}

const bench: Benchmark = {
  name: 'broker',
  async run(): Promise<BenchLine[]> {
    const dataDir = mkdtempSync(join(tmpdir(), 'brook-bench-'));
    // The disk baseline writes beside the broker's data directory: the same file system.
    const diskDir = mkdtempSync(join(tmpdir(), 'brook-bench-disk-'));
    const port = await freePort();
    const child = await startBrook(port, dataDir);
    const brooks: BrokerTarget[] = [{ label: 'Brook', port }];
    const other = process.env.BENCH_AB_BROOK;
    const otherDataDir = mkdtempSync(join(tmpdir(), 'brook-bench-ab-'));
    let otherChild: ChildProcess | null = null;
    try {
      if (other) {
        const otherPort = await freePort();
        otherChild = await startBrook(otherPort, otherDataDir, [other]);
        brooks.push({ label: `Brook A (${other})`, port: otherPort });
      }
      return await brookBesideKafka(brooks, diskDir);
    } finally {
      if (otherChild) await stop(otherChild);
      rmSync(otherDataDir, { recursive: true, force: true });
      await stop(child);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(diskDir, { recursive: true, force: true });
    }
  },
};

export default bench;
