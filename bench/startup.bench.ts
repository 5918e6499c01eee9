import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBroker } from '../src/testing';
import { brookCommand, cannedMetadataAnswer, firstAnswer, freePort, METADATA_PROBE, rssMiB } from './brook-process';
import type { Benchmark, BenchLine } from './harness';

/**
 * Start-up, each figure a ratio to a baseline measured in this run (the one place start-up is measured):
 * - `brook serve` (compiled, through bin/brook.js as `npx brook serve`) from spawn to its first answer to a
 *   Metadata request, probed every millisecond on fresh connections, against a bare Node process that
 *   listens and replies to the same probe with the same bytes a one-node broker answers (goal <= 1.5x);
 * - in-process `startBroker()` (brook/testing) to the answer of a Metadata request sent once it resolved,
 *   against a bare in-process net server's listen-to-answer (goal under 10 ms);
 * - idle RSS of `brook serve` a few seconds after start-up, against the bare Node process's.
 * Spawned rounds alternate bare and Brook and keep the best of each: interference only ever slows a round.
 */
const ROUNDS = 7;
const IN_PROCESS_ROUNDS = 20;
const IDLE_MS = 3000;

/** The baseline process: listens, and answers each whole request frame with the canned bytes (argv: port, hex). */
const BARE_SERVER = `
const [port, hex] = process.argv.slice(1);
const answer = Buffer.from(hex, 'hex');
require('node:net').createServer((socket) => {
  let pending = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 4 && pending.length >= 4 + pending.readInt32BE(0)) {
      pending = pending.subarray(4 + pending.readInt32BE(0));
      socket.write(answer);
    }
  });
  socket.on('error', () => {});
}).listen(Number(port), '127.0.0.1');
`;

interface Spawned {
  child: ChildProcess;
  ms: number;
}

async function spawnUntilAnswer(args: string[], port: number, env: NodeJS.ProcessEnv = {}): Promise<Spawned> {
  const since = performance.now();
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  const failed = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before answering`))),
  );
  const ms = await Promise.race([firstAnswer(port, since), failed]);
  failed.catch(() => {});
  return { child, ms };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

function bare(port: number): Promise<Spawned> {
  return spawnUntilAnswer(['-e', BARE_SERVER, String(port), cannedMetadataAnswer(port).toString('hex')], port);
}

function brook(port: number, dataDir: string, compileCache: string): Promise<Spawned> {
  return spawnUntilAnswer([...brookCommand(), 'serve', '--port', String(port), '--data-dir', dataDir], port, {
    BROOK_COMPILE_CACHE: compileCache,
  });
}

/** One request, one answer on a new connection: resolves when the whole response frame arrived. */
function ask(port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const socket = connect({ host: '127.0.0.1', port, noDelay: true }, () => socket.write(METADATA_PROBE));
    let received = 0;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= 4 && received >= chunk.readInt32BE(0) + 4) {
        socket.destroy();
        resolvePromise();
      }
    });
    socket.on('error', reject);
  });
}

/** A bare in-process server: listen on an ephemeral port, answer the probe with the canned bytes. */
async function bareInProcess(): Promise<number> {
  const started = performance.now();
  const server = createServer((socket) => socket.once('data', () => socket.write(answer)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  const answer = cannedMetadataAnswer(port);
  await ask(port);
  const ms = performance.now() - started;
  await new Promise((r) => server.close(r));
  return ms;
}

async function brookInProcess(): Promise<number> {
  const started = performance.now();
  const broker = await startBroker();
  await ask(broker.port);
  const ms = performance.now() - started;
  await broker.stop();
  return ms;
}

const bench: Benchmark = {
  name: 'startup',
  async run(): Promise<BenchLine[]> {
    const lines: BenchLine[] = [];
    const command = brookCommand();
    const fromSource = command.length > 1 ? ' (from source via tsx)' : '';
    let bestBare = Number.POSITIVE_INFINITY;
    let bestBrook = Number.POSITIVE_INFINITY;
    let bareRss = 0;
    let brookRss = 0;
    let coldBrook = 0;
    // A compile cache of this run's own: the first start finds it empty (as a first `npx brook serve`),
    // the later ones find what it left.
    const compileCache = mkdtempSync(join(tmpdir(), 'brook-startup-cache-'));
    for (let round = 0; round < ROUNDS; round++) {
      const last = round === ROUNDS - 1;
      const barePort = await freePort();
      const b = await bare(barePort);
      bestBare = Math.min(bestBare, b.ms);
      if (last) {
        await new Promise((r) => setTimeout(r, IDLE_MS));
        bareRss = rssMiB(b.child.pid!);
      }
      await stop(b.child);

      const dataDir = mkdtempSync(join(tmpdir(), 'brook-startup-'));
      try {
        const k = await brook(await freePort(), dataDir, compileCache);
        if (round === 0) coldBrook = k.ms;
        else bestBrook = Math.min(bestBrook, k.ms);
        if (last) {
          await new Promise((r) => setTimeout(r, IDLE_MS));
          brookRss = rssMiB(k.child.pid!);
        }
        await stop(k.child);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
    rmSync(compileCache, { recursive: true, force: true });
    lines.push({
      name: `brook serve, spawn to first Metadata answer${fromSource} (best of ${ROUNDS - 1}; first start, empty compile cache: ${coldBrook.toFixed(0)} ms)`,
      value: bestBrook,
      unit: 'ms',
      ratio: {
        value: bestBrook / bestBare,
        against: `bare node answering (${bestBare.toFixed(0)} ms)`,
        goal: 1.5,
        atMost: true,
      },
    });
    lines.push({
      name: `brook serve idle RSS, ${IDLE_MS / 1000} s after start-up`,
      value: brookRss,
      unit: 'MiB',
      ratio: { value: brookRss / bareRss, against: `bare node server (${bareRss.toFixed(0)} MiB); goal <= 60 MiB` },
    });

    // In process: one untimed call first loads whatever the first start needs, as a suite's first test does.
    const firstStart = performance.now();
    await brookInProcess();
    const firstMs = performance.now() - firstStart;
    const bareIn: number[] = [];
    const brookIn: number[] = [];
    for (let round = 0; round < IN_PROCESS_ROUNDS; round++) {
      bareIn.push(await bareInProcess());
      brookIn.push(await brookInProcess());
    }
    const bestBareIn = Math.min(...bareIn);
    const bestBrookIn = Math.min(...brookIn);
    const median = brookIn.sort((a, b) => a - b)[Math.floor(brookIn.length / 2)]!;
    lines.push({
      name: `in-process startBroker() to first Metadata answer (best of ${IN_PROCESS_ROUNDS}, median ${median.toFixed(1)} ms; first call ${firstMs.toFixed(0)} ms); goal < 10 ms`,
      value: bestBrookIn,
      unit: 'ms',
      ratio: {
        value: bestBrookIn / bestBareIn,
        against: `bare in-process listen to answer (${bestBareIn.toFixed(2)} ms)`,
      },
    });
    return lines;
  },
};

export default bench;
