import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrokerMetrics } from '../src/metrics/broker-metrics';
import { brookCommand, firstAnswer, freePort } from './brook-process';
import type { Benchmark, BenchLine } from './harness';
import { opsPerSecond } from './harness';

/**
 * What the ops HTTP listener and the metrics cost (src/metrics, src/http/ops-server.ts), each a ratio in this run:
 * - `brook serve --no-sql` from spawn to its first Metadata answer with the ops listener (on an ephemeral port)
 *   against `--no-http`, alternating rounds, best of each (interference only slows a round): goal <= 1.1;
 * - the per-request accounting the dispatcher and the produce handler do (two clock reads, a request counter and
 *   histogram bucket, a topic's records and bytes) against the two clock reads alone.
 */
const ROUNDS = 9;

async function spawnToAnswer(extra: string[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'brook-ops-bench-'));
  const port = await freePort();
  const since = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...brookCommand(), 'serve', '--port', String(port), '--data-dir', dir, '--no-sql', ...extra],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    return await firstAnswer(port, since);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

const bench: Benchmark = {
  name: 'ops',
  async run(): Promise<BenchLine[]> {
    let withOps = Number.POSITIVE_INFINITY;
    let without = Number.POSITIVE_INFINITY;
    for (let round = 0; round < ROUNDS; round++) {
      withOps = Math.min(withOps, await spawnToAnswer(['--http-listeners', 'http://127.0.0.1:0']));
      without = Math.min(without, await spawnToAnswer(['--no-http']));
    }
    const metrics = new BrokerMetrics();
    let sink = 0;
    const clockOnly = opsPerSecond(() => {
      const started = performance.now();
      sink += performance.now() - started;
    });
    const accounted = opsPerSecond(() => {
      const started = performance.now();
      metrics.recordRequest(0, performance.now() - started);
      metrics.recordAppended('bench-topic', 64, 65536);
    });
    if (sink < 0) throw new Error('unreachable');
    return [
      {
        name: `brook serve spawn to first answer with the ops HTTP listener (best of ${ROUNDS})`,
        value: withOps,
        unit: 'ms',
        ratio: { value: withOps / without, against: `--no-http (${without.toFixed(1)} ms)`, goal: 1.1, atMost: true },
      },
      {
        name: 'per-request metrics accounting (2 clock reads, request counter and histogram, topic counters)',
        value: 1e9 / accounted,
        unit: 'ns',
        ratio: {
          value: clockOnly / accounted,
          against: `the 2 clock reads alone (${(1e9 / clockOnly).toFixed(0)} ns)`,
        },
      },
    ];
  },
};

export default bench;
