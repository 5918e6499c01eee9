import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeRecordBatch } from '../../protocol/records';
import { PartitionLog } from '../../storage/partition-log';
import { CRASH_APPENDS_IN_FLIGHT, CRASH_LOG_CONFIG, crashBatchRecords, crashValue } from './crash-shared';
import { RecordingLogger, tempDir } from './helpers';

const CYCLES = Number(process.env.BROOK_CRASH_CYCLES ?? 200);
const root = resolve(__dirname, '..', '..');
const LANES = [0, 1];

/**
 * Bundles the child with esbuild (a dependency of tsx) so each spawn is a plain `node` start (~0.2 s here)
 * instead of tsx's ~1 s; falls back to `node --import tsx` if esbuild is unavailable.
 */
async function childCommand(outDir: string): Promise<string[]> {
  try {
    const esbuild = require('esbuild') as typeof import('esbuild');
    const outfile = join(outDir, 'crash-child.js');
    await esbuild.build({
      entryPoints: [join(__dirname, 'crash-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      outfile,
      logLevel: 'silent',
    });
    return [outfile];
  } catch {
    return ['--import', 'tsx', join(__dirname, 'crash-child.ts')];
  }
}

interface Ack {
  first: number;
  last: number;
  seq: number;
  cycle: number;
}

/** A spawned child waiting for "go"; its stdout parsed into acks. */
class Child {
  readonly proc: ChildProcess;
  readonly acks: Ack[] = [];
  ready: number | null = null;
  private buffered = '';
  private readonly exited: Promise<void>;
  constructor(
    args: string[],
    dir: string,
    readonly cycle: number,
  ) {
    this.proc = spawn(process.execPath, [...args, dir, String(cycle)], {
      cwd: root,
      env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    // Done when the process is gone AND its stdout is drained: 'exit' alone can come before the last acks.
    const exit = new Promise<void>((done) => this.proc.once('exit', () => done()));
    const drained = new Promise<void>((done) => this.proc.stdout!.once('close', () => done()));
    this.exited = Promise.all([exit, drained]).then(() => undefined);
    this.proc.stdout!.on('data', (chunk: Buffer) => {
      this.buffered += chunk.toString();
      let nl = this.buffered.indexOf('\n');
      while (nl >= 0) {
        const [kind, ...rest] = this.buffered
          .slice(0, nl)
          .split(' ')
          .map((x, i) => (i === 0 ? x : Number(x)));
        this.buffered = this.buffered.slice(nl + 1);
        if (kind === 'ready') this.ready = rest[0] as number;
        else if (kind === 'ack')
          this.acks.push({ first: rest[0] as number, last: rest[1] as number, seq: rest[2] as number, cycle });
        nl = this.buffered.indexOf('\n');
      }
    });
  }
  go(): void {
    this.proc.stdin!.write('go\n');
  }
  async kill(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
    await this.exited;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash safety (SIGKILL during fsync-per-append appends)', function () {
  this.timeout(180_000);
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir('brook-crash-');
  });
  afterEach(() => tmp.cleanup());

  it(`keeps every acknowledged record over ${CYCLES} kill cycles and serves nothing torn`, async () => {
    const buildDir = mkdtempSync(join(tmp.dir, 'build-'));
    const args = await childCommand(buildDir);
    const started = performance.now();
    // Partitions killed independently: while one lane waits on a child or an fsync, the others work.
    const lanes = await Promise.all(
      LANES.map((lane) => runLane(args, join(tmp.dir, `crash-${lane}`), Math.ceil(CYCLES / LANES.length))),
    );
    const seconds = (performance.now() - started) / 1000;
    const sum = (k: keyof LaneStats) => lanes.reduce((n, l) => n + l[k], 0);
    console.log(
      `      ${sum('cycles')} kill cycles in ${seconds.toFixed(1)} s: ${sum('acks')} acknowledged appends, ` +
        `${sum('records')} records, ${sum('tornTails')} torn tails truncated on reopen, ` +
        `${sum('killedBeforeReady')} kills during open/recovery`,
    );
    assert.ok(sum('cycles') >= CYCLES);
    assert.ok(sum('acks') > CYCLES, 'children appended');
    rmSync(buildDir, { recursive: true, force: true });
  });
});

interface LaneStats {
  cycles: number;
  acks: number;
  records: number;
  tornTails: number;
  killedBeforeReady: number;
}

/** Kill cycles on one partition directory: start a child, let it append, SIGKILL it, reopen and check. */
async function runLane(args: string[], dir: string, cycles: number): Promise<LaneStats> {
  /** offset -> expected value, for every acknowledged record. */
  const acked = new Map<number, string>();
  const stats: LaneStats = { cycles: 0, acks: 0, records: 0, tornTails: 0, killedBeforeReady: 0 };
  let verifiedUpTo = 0;
  let next = new Child(args, dir, 0);
  try {
    for (let cycle = 0; cycle < cycles; cycle++) {
      const child = next;
      const t0 = performance.now();
      child.go();
      // Pre-spawn the next child so its start overlaps this cycle (it waits for "go" before touching the log).
      if (cycle + 1 < cycles) next = new Child(args, dir, cycle + 1);
      if (cycle % 10 === 3) {
        await sleep(Math.random() * 40); // often lands inside open/recovery
      } else {
        const deadline = Date.now() + 30_000;
        while (child.ready === null && child.proc.exitCode === null) {
          if (Date.now() > deadline) {
            await child.kill(); // `finally` below kills only the pre-spawned one
            throw new Error(`cycle ${cycle}: the child printed no ready line within 30 s`);
          }
          await sleep(1);
        }
        await sleep(Math.random() * 30);
      }
      const t1 = performance.now();
      await child.kill();
      const t2 = performance.now();
      stats.cycles++;
      if (child.ready === null) stats.killedBeforeReady++;
      assert.equal(child.proc.signalCode, 'SIGKILL', `child of cycle ${cycle} died on its own`);
      for (const ack of child.acks) {
        for (let o = ack.first; o <= ack.last; o++) acked.set(o, crashValue(ack.cycle, ack.seq, o - ack.first));
      }
      stats.acks += child.acks.length;

      // A third of the time, tear whatever follows the acknowledged data, as a power loss could.
      const tornAt = cycle % 3 === 1 ? tearTail(dir, acked.size - 1) : null;

      // Reopen in this process and check the log against the acknowledgements.
      const logger = new RecordingLogger();
      const log = PartitionLog.open(dir, CRASH_LOG_CONFIG, logger);
      if (logger.find(/dropped \d+ bytes/)) stats.tornTails++;
      if (tornAt !== null) {
        assert.ok(logger.find(/dropped \d+ bytes/), `cycle ${cycle}: torn tail not reported`);
        assert.equal(log.logEndOffset, tornAt, `cycle ${cycle}: torn bytes served`);
      }
      const lastAck = child.acks.at(-1);
      const end = log.logEndOffset;
      assert.ok(end >= acked.size, `cycle ${cycle}: log end ${end} lost acknowledged records (${acked.size})`);
      // At most the appends in flight (up to 4 records each) may be there unacknowledged.
      const inFlightMax = 4 * CRASH_APPENDS_IN_FLIGHT;
      if (lastAck)
        assert.ok(end <= lastAck.last + 1 + inFlightMax, `cycle ${cycle}: ${end} past the appends in flight`);
      const full = cycle % 25 === 24 || cycle === cycles - 1;
      await verify(log, full ? 0 : verifiedUpTo, acked, child, cycle);
      verifiedUpTo = end;
      // Alternate clean and unclean closes so children open through both paths.
      if (cycle % 2 === 0) log.close();
      else log.closeWithoutFlush();
      if (process.env.BROOK_CRASH_TIMING) {
        console.log(
          `run ${(t1 - t0).toFixed(0)} kill ${(t2 - t1).toFixed(0)} check ${(performance.now() - t2).toFixed(0)} ms`,
        );
      }
    }
  } finally {
    await next.kill(); // a pre-spawned child left over by a failure
  }
  stats.records = acked.size;
  assert.ok(existsSync(dir));
  return stats;
}

/**
 * Cuts the newest segment file at a random byte inside the batch after the one holding `lastAcked` (or
 * appends garbage when nothing follows it): the torn write of an unacknowledged append. Returns the log end
 * recovery must come back with: the first offset of the torn batch. Whole unacknowledged batches before it
 * (at the end of the previous segment when the log rolled with appends in flight) may stay.
 */
function tearTail(dir: string, lastAcked: number): number {
  const logs = readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .sort();
  const file = join(dir, logs.at(-1)!);
  const bytes = readFileSync(file);
  let end = Number(logs.at(-1)!.slice(0, 20));
  let cut = 0;
  while (cut + 61 <= bytes.length) {
    const size = bytes.readInt32BE(cut + 8) + 12;
    const last = Number(bytes.readBigInt64BE(cut)) + bytes.readInt32BE(cut + 23);
    if (last > lastAcked || cut + size > bytes.length) break;
    cut += size;
    end = last + 1;
  }
  // Cut inside the first unacknowledged batch of the file (several may be in flight): nothing after it survives.
  const nextEnd =
    cut + 12 <= bytes.length ? Math.min(bytes.length, cut + bytes.readInt32BE(cut + 8) + 12) : bytes.length;
  if (nextEnd - cut > 1) truncateSync(file, cut + 1 + Math.floor(Math.random() * (nextEnd - cut - 1)));
  else appendFileSync(file, randomBytes(1 + Math.floor(Math.random() * 100)));
  return end;
}

/** Reads [from, log end): contiguous offsets, valid CRCs, every acknowledged value, appends in flight in order. */
async function verify(
  log: PartitionLog,
  from: number,
  acked: Map<number, string>,
  child: Child,
  cycle: number,
): Promise<void> {
  log.setHighWatermark(log.logEndOffset);
  // Unacknowledged records follow the last ack: the child's next appends, in order, each complete.
  let pendingSeq = (child.acks.at(-1)?.seq ?? -1) + 1;
  let pendingFirst: number | null = child.acks.at(-1) ? child.acks.at(-1)!.last + 1 : child.ready;
  let expected = from;
  let offset = from;
  while (offset < log.logEndOffset) {
    const bytes = log.read(offset, { maxBytes: 4 << 20, isolation: 'log-end' }).records;
    assert.ok(bytes.length > 0, `cycle ${cycle}: nothing readable at ${offset} below ${log.logEndOffset}`);
    let at = 0;
    while (at < bytes.length) {
      const size = bytes.readInt32BE(at + 8) + 12;
      const batch = await decodeRecordBatch(bytes.subarray(at, at + size)); // verifies the CRC
      for (const record of batch.records) {
        const o = Number(record.offset);
        if (o < from) continue;
        assert.equal(o, expected, `cycle ${cycle}: offsets not contiguous`);
        const value = record.value!.toString();
        const want = acked.get(o);
        if (want !== undefined) assert.equal(value, want, `cycle ${cycle}: offset ${o}`);
        else {
          // Not acknowledged: must be one of the appends in flight of the child just killed, in order.
          pendingFirst ??= o;
          while (o - pendingFirst >= crashBatchRecords(pendingSeq)) pendingFirst += crashBatchRecords(pendingSeq++);
          const want = crashValue(child.cycle, pendingSeq, o - pendingFirst);
          assert.equal(value, want, `cycle ${cycle}: unexpected record at ${o}`);
          acked.set(o, value);
        }
        expected++;
      }
      offset = Number(batch.lastOffset) + 1;
      at += size;
    }
  }
  assert.equal(expected, log.logEndOffset, `cycle ${cycle}: log end does not follow the last record`);
}
