import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrokerTarget, dataPathFigures } from './broker-figures';
import type { Benchmark, BenchLine } from './harness';
import { startKafkaPeer } from './kafka-peer';
import { kafkaPerfFigures } from './kafka-perf';

/**
 * The broker end to end, each figure a ratio to a baseline measured in this run (figures taken on these
 * shared machines are noisy: only the ratios mean something):
 * - the data path (bench/broker-figures.ts): produce acks=1 and acks=-1 and consume against Node-to-Node
 *   loopback TCP throughput, the load generator's own ceiling against a discarding sink, p99 produce latency
 *   at 10 MB/s against loopback RTT;
 * - start-up time of `brook serve` (compiled JS, as `npx brook serve` runs it) until it accepts a TCP
 *   connection, against a bare Node process that listens on a port;
 * - idle RSS of the broker after start-up.
 * - the same data-path figures for the official Kafka 4.4 as a process beside Brook (bench/kafka-peer.ts), as
 *   Brook / Kafka ratios, and Kafka's own kafka-producer-perf-test / kafka-consumer-perf-test against both
 *   (bench/kafka-perf.ts). Without a JDK and Maven the output says the Kafka figures were not measured.
 * BENCH_RUN_MS (default 2000) sets each throughput run's length (two rounds each), BENCH_LATENCY_MS (default
 * 3000) each latency run (three rounds each), BENCH_PERF_RECORDS (default 200000) the perf tools' record
 * count; BENCH_KAFKA=0 leaves Kafka out.
 */
const ROOT = resolve(__dirname, '..');
const BUILD = join(ROOT, 'node_modules', '.cache', 'brook-bench-build');
const RUN_MS = Number(process.env.BENCH_RUN_MS ?? 2000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 3000);
const PERF_RECORDS = Number(process.env.BENCH_PERF_RECORDS ?? 200000);

function freePort(): Promise<number> {
  return new Promise((res) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => res(port));
    });
  });
}

/** Polls until a TCP connection to the port is accepted; returns the elapsed ms since `since`. */
async function untilAccepting(port: number, since: number, timeoutMs = 30000): Promise<number> {
  for (;;) {
    const ok = await new Promise<boolean>((res) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        res(true);
      });
      socket.on('error', () => res(false));
    });
    if (ok) return performance.now() - since;
    if (performance.now() - since > timeoutMs) throw new Error(`nothing accepted connections on ${port}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Compiles the project once (tsc emits even when another area has type errors) so brook runs as shipped. */
function compiledEntry(): string[] {
  try {
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        join(ROOT, 'tsconfig.build.json'),
        '--outDir',
        BUILD,
      ],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
  } catch {
    // type errors elsewhere still emit JS; a missing file below means the build really failed
  }
  // version.ts reads package.json one level above src/ (as in dist/).
  if (existsSync(BUILD)) copyFileSync(join(ROOT, 'package.json'), join(BUILD, 'package.json'));
  const entry = join(BUILD, 'src', 'cli', 'run.js');
  if (existsSync(entry)) return [entry];
  process.stderr.write('broker bench: compiled build unavailable, running brook from source through tsx\n');
  return ['--import', 'tsx', join(ROOT, 'src', 'cli', 'run.ts')];
}

async function startBrook(
  entry: string[],
  port: number,
  dataDir: string,
): Promise<{ child: ChildProcess; startupMs: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...entry, 'serve', '--port', String(port), '--data-dir', dataDir, '--set', 'num.partitions=1'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const startupMs = await untilAccepting(port, started);
  return { child, startupMs };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/**
 * The data-path figures for Brook and, when it can run here, the official Kafka started now (after Brook's
 * start-up and idle figures, so its JVM does not weigh on them), then Kafka's own perf tools against both.
 */
async function brookBesideKafka(brook: BrokerTarget): Promise<BenchLine[]> {
  const kafka = await startKafkaPeer();
  if (typeof kafka === 'string') {
    process.stderr.write(`broker bench: the official Kafka does not run beside Brook: ${kafka}\n`);
    const lines = await dataPathFigures([brook], RUN_MS, LATENCY_MS);
    lines.push({ name: `Brook / Kafka figures NOT MEASURED: ${kafka}`, value: Number.NaN, unit: '' });
    return lines;
  }
  try {
    process.stderr.write(`broker bench: ${kafka.describe} runs beside Brook\n`);
    const targets = [brook, kafka.target];
    return [
      ...(await dataPathFigures(targets, RUN_MS, LATENCY_MS)),
      ...(await kafkaPerfFigures(targets, kafka.classpath, PERF_RECORDS)),
    ];
  } finally {
    await kafka.stop();
  }
}

const bench: Benchmark = {
  name: 'broker',
  async run(): Promise<BenchLine[]> {
    const lines: BenchLine[] = [];
    // Baseline 2: a bare Node process until it accepts a connection.
    const barePort = await freePort();
    const bareStart = performance.now();
    const bare = spawn(
      process.execPath,
      ['-e', `require('net').createServer(()=>{}).listen(${barePort},'127.0.0.1')`],
      { stdio: 'ignore' },
    );
    const bareMs = await untilAccepting(barePort, bareStart);
    bare.kill('SIGTERM');

    const entry = compiledEntry();
    const dataDir = mkdtempSync(join(tmpdir(), 'brook-bench-'));
    const port = await freePort();
    const { child, startupMs } = await startBrook(entry, port, dataDir);
    try {
      lines.push({
        name: `brook serve start-up to first accepted connection${entry.length > 1 ? ' (from source via tsx)' : ''}`,
        value: startupMs,
        unit: 'ms',
        ratio: { value: startupMs / bareMs, against: `bare node listen (${bareMs.toFixed(0)} ms)` },
      });
      await new Promise((r) => setTimeout(r, 1000));
      lines.push({ name: 'brook serve idle RSS', value: rssMiB(child.pid!), unit: 'MiB' });

      lines.push(...(await brookBesideKafka({ label: 'Brook', port })));
    } finally {
      await stop(child);
      rmSync(dataDir, { recursive: true, force: true });
    }
    return lines;
  },
};

export default bench;
