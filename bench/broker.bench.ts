import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brookCommand, firstAnswer, freePort } from './brook-process';
import type { Benchmark, BenchLine } from './harness';

/**
 * The broker end to end, each figure a ratio to a baseline measured in this run:
 * - Node-to-Node loopback TCP throughput (a load process writing into a sink): the baseline;
 * - produce throughput, 1 KiB records in 64-record batches, acks=1 and acks=-1, and consume throughput
 *   (Fetch from the start), driven by bench/broker-load.ts in its own process against `brook serve` in
 *   another, so the broker has a core of its own.
 * Start-up time and idle RSS are measured by bench/startup.bench.ts.
 */
const ROOT = resolve(__dirname, '..');
const LOAD = join(__dirname, 'broker-load.ts');
const RUN_MS = 3000;

interface LoadResult {
  bytes: number;
  ms: number;
  requests: number;
  errors: number;
}

function runLoad(args: string[]): Promise<LoadResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOAD, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator ${args[0]} failed: ${err}`));
      else resolvePromise(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult);
    });
  });
}

/** Starts `brook serve` (compiled, as `npx brook serve`) and resolves once it answers a Metadata request. */
async function startBrook(port: number, dataDir: string): Promise<ChildProcess> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...brookCommand(), 'serve', '--port', String(port), '--data-dir', dataDir, '--set', 'num.partitions=1'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  await firstAnswer(port, started);
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const bench: Benchmark = {
  name: 'broker',
  async run(): Promise<BenchLine[]> {
    const lines: BenchLine[] = [];
    // Baseline 1: Node-to-Node loopback throughput, a load process writing into a sink in this process.
    const sink: Server = createServer((socket) => socket.resume());
    await new Promise<void>((r) => sink.listen(0, '127.0.0.1', () => r()));
    const loop = await runLoad(['loopback', String((sink.address() as { port: number }).port), String(RUN_MS)]);
    sink.close();
    const loopbackMBps = loop.bytes / 1024 / 1024 / (loop.ms / 1000);
    lines.push({ name: 'Node-to-Node loopback TCP (baseline)', value: loopbackMBps, unit: 'MiB/s' });

    const dataDir = mkdtempSync(join(tmpdir(), 'brook-bench-'));
    const port = await freePort();
    const child = await startBrook(port, dataDir);
    try {
      for (const acks of [1, -1]) {
        const topic = `bench-acks${acks === 1 ? '1' : 'all'}`;
        const result = await runLoad(['produce', String(port), String(RUN_MS), String(acks), topic]);
        if (result.errors > 0) throw new Error(`produce acks=${acks}: ${result.errors} errors`);
        const mbps = result.bytes / 1024 / 1024 / (result.ms / 1000);
        lines.push({
          name: `produce 1 KiB records, acks=${acks}, 64/batch, 32 in flight (${Math.round(result.bytes / 1024)} records)`,
          value: mbps,
          unit: 'MiB/s',
          ratio: { value: mbps / loopbackMBps, against: 'loopback TCP' },
        });
      }
      const consumed = await runLoad(['consume', String(port), String(RUN_MS), 'bench-acks1']);
      const consumeMBps = consumed.bytes / 1024 / 1024 / (consumed.ms / 1000);
      lines.push({
        name: `consume (Fetch v12, 1 MiB per request, 8 in flight, ${(consumed.bytes / 1024 / 1024).toFixed(0)} MiB read)`,
        value: consumeMBps,
        unit: 'MiB/s',
        ratio: { value: consumeMBps / loopbackMBps, against: 'loopback TCP' },
      });
    } finally {
      await stop(child);
      rmSync(dataDir, { recursive: true, force: true });
    }
    return lines;
  },
};

export default bench;
