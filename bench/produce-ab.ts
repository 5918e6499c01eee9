/**
 * Produce only, A/B, optionally under a CPU profile: a quicker loop than `npm run bench -- broker` for work on the
 * produce path. Starts each build (under `node --cpu-prof` with PROF, one profile directory per build), then
 * produces 1 KiB records to 4 partitions (bench/broker-load.ts: 64-record batches, 5 requests in flight) for
 * PRODUCE_MS, the builds taking turns, ROUNDS times, each run on a fresh topic. ACKS (default 1) sets acks.
 * A BINS entry may start with node options ("--trace-gc bin/brook.js"). Prints each build's MiB/s per round and, per round, its ratio to the first build. On a shared machine only the
 * builds' figures within one run compare.
 *   BINS=/work/main/bin/brook.js,bin/brook.js ROUNDS=6 PROF=/tmp/prof npx tsx bench/produce-ab.ts
 *   npx tsx bench/cpu-profile-summary.ts /tmp/prof/1/CPU.*.cpuprofile 25
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServe } from './brook-process';
import { runLoad, stopChild } from './load-processes';

interface Produced {
  bytes: number;
  ms: number;
  errors: number;
  firstError: string;
}

const BINS = (process.env.BINS ?? 'bin/brook.js').split(',');
const PROF = process.env.PROF;
const ROUNDS = Number(process.env.ROUNDS ?? 6);
const PRODUCE_MS = Number(process.env.PRODUCE_MS ?? 2000);
const ACKS = Number(process.env.ACKS ?? 1);

/** CPU seconds (user + system) the process used so far, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

interface Target {
  bin: string;
  port: number;
  dir: string;
  child: ChildProcess;
  rates: number[];
  /** MiB produced per CPU second of the broker: less sensitive to other load on the machine than MiB/s. */
  perCpu: number[];
}

async function main(): Promise<void> {
  const targets: Target[] = [];
  try {
    for (const [i, bin] of BINS.entries()) {
      const dir = mkdtempSync(join(tmpdir(), 'brook-produce-ab-'));
      const port = await freePort();
      const child = await startServe(bin, port, dir, PROF ? join(PROF, String(i)) : null);
      targets.push({ bin, port, dir, child, rates: [], perCpu: [] });
    }
    for (let round = -1; round < ROUNDS; round++) {
      for (const t of targets) {
        const options = { port: t.port, ms: PRODUCE_MS, acks: ACKS, partitions: 4, batchRecords: 64, inFlight: 5 };
        const cpuBefore = cpuSeconds(t.child.pid!);
        const result = await runLoad<Produced>({ mode: 'produce', topic: `t${round + 1}`, ...options });
        const cpu = cpuSeconds(t.child.pid!) - cpuBefore; // includes the topic's creation: small against the run
        if (result.errors > 0) throw new Error(`${t.bin}: ${result.errors} errors, first: ${result.firstError}`);
        if (round < 0) continue; // round -1 warms up
        t.rates.push(result.bytes / 1024 / 1024 / (result.ms / 1000));
        t.perCpu.push(result.bytes / 1024 / 1024 / cpu);
      }
    }
  } finally {
    for (const t of targets) {
      await stopChild(t.child);
      rmSync(t.dir, { recursive: true, force: true });
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const t of targets) {
    const rounds = t.rates.map((r) => r.toFixed(0)).join(' ');
    const ratios = t.rates.map((r, i) => r / targets[0]!.rates[i]!);
    const ratioText = ratios.map((r) => r.toFixed(2)).join(' ');
    const perCpu = t.perCpu.map((r) => r.toFixed(0)).join(' ');
    // Paired by round: the machine's load drifts over a run, so each round's ratio compares like with like.
    const cpuRatio = median(t.perCpu.map((r, i) => r / targets[0]!.perCpu[i]!));
    process.stdout.write(
      `${t.bin}: produce acks=${ACKS} MiB/s ${rounds} (median ${median(t.rates).toFixed(0)}); ` +
        `ratio to ${targets[0]!.bin} ${ratioText} (median ${median(ratios).toFixed(2)}); ` +
        `MiB per broker CPU second ${perCpu} (median ${median(t.perCpu).toFixed(0)}, median ratio per round ${cpuRatio.toFixed(2)})\n`,
    );
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
