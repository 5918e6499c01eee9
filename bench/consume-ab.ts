/**
 * Consume only, A/B, optionally under a CPU profile: a quicker loop than `npm run bench -- broker` for work on the
 * fetch path (its consume figure is one line among many). For each build: start it, produce 1 KiB records to 4
 * partitions (bench/broker-load.ts) until MIB MiB are written, restart it (under `node --cpu-prof` with PROF, so
 * the profile holds the consume runs only), then consume from the beginning, the builds taking turns, ROUNDS
 * times, each run CONSUME_MS long. Prints each build's MiB/s per round. On a shared machine only the builds'
 * figures within one run compare.
 *   BINS=/work/main/bin/brook.js,bin/brook.js ROUNDS=5 PROF=/tmp/prof npx tsx bench/consume-ab.ts
 *   npx tsx bench/cpu-profile-summary.ts /tmp/prof/1/CPU.*.cpuprofile 15
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServe } from './brook-process';
import { runLoad, stopChild } from './load-processes';

interface Produced {
  bytes: number;
  endOffsets: string[];
}

interface Consumed {
  bytes: number;
  ms: number;
  crcFailed: number;
  problems: string[];
}

const BINS = (process.env.BINS ?? 'bin/brook.js').split(',');
const PROF = process.env.PROF;
const ROUNDS = Number(process.env.ROUNDS ?? 4);
const MIB = Number(process.env.MIB ?? 1200);
const CONSUME_MS = Number(process.env.CONSUME_MS ?? 1500);

async function main(): Promise<void> {
  const targets: { bin: string; port: number; dir: string; child: ChildProcess; end: string[]; rates: number[] }[] = [];
  try {
    for (const [i, bin] of BINS.entries()) {
      const dir = mkdtempSync(join(tmpdir(), 'brook-consume-ab-'));
      const port = await freePort();
      const target = { bin, port, dir, child: await startServe(bin, port, dir, null), end: [] as string[], rates: [] };
      targets.push(target);
      let total = 0;
      while (total < MIB * 1024 * 1024) {
        const options = { port, ms: 2000, acks: 1, topic: 't', partitions: 4, batchRecords: 64, inFlight: 5 };
        const produced = await runLoad<Produced>({ mode: 'produce', ...options });
        total += produced.bytes;
        target.end = produced.endOffsets;
      }
      await stopChild(target.child);
      target.child = await startServe(bin, port, dir, PROF ? join(PROF, String(i)) : null);
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of targets) {
        const options = { port: t.port, ms: CONSUME_MS, topic: 't', endOffsets: t.end };
        const result = await runLoad<Consumed>({ mode: 'consume', ...options });
        if (result.problems.length > 0 || result.crcFailed > 0) {
          throw new Error(`${t.bin}: ${result.problems.join('; ')} (${result.crcFailed} CRCs wrong)`);
        }
        t.rates.push(result.bytes / 1024 / 1024 / (result.ms / 1000));
      }
    }
  } finally {
    for (const t of targets) {
      await stopChild(t.child);
      rmSync(t.dir, { recursive: true, force: true });
    }
  }
  for (const t of targets) {
    const sorted = [...t.rates].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const rounds = t.rates.map((r) => r.toFixed(0)).join(' ');
    process.stdout.write(`${t.bin}: consume MiB/s ${rounds} (median ${median.toFixed(0)})\n`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
