import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Benchmark, BenchLine } from './harness';

/**
 * The broker end to end, each figure a ratio to a baseline measured in this run:
 * - Node-to-Node loopback TCP throughput (a load process writing into a sink): the baseline;
 * - produce throughput, 1 KiB records in 64-record batches, acks=1 and acks=-1, and consume throughput
 *   (Fetch from the start), driven by bench/broker-load.ts in its own process against `brook serve` in
 *   another, so the broker has a core of its own;
 * - start-up time of `brook serve` (compiled JS, as `npx brook serve` runs it) until it accepts a TCP
 *   connection, against a bare Node process that listens on a port;
 * - idle RSS of the broker after start-up.
 */
const ROOT = resolve(__dirname, '..');
const BUILD = join(ROOT, 'node_modules', '.cache', 'brook-bench-build');
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
