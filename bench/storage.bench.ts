import {
  closeSync,
  fstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeRecordBatchSync } from '../protocol/records';
import { PartitionLog } from '../storage/partition-log';
import { type Benchmark, type BenchLine, MiB } from './harness';

/**
 * Storage figures, each against plain `fs` doing the same bytes in the same run:
 * - append of 1 MiB batches (page-cache durability, Kafka's default) vs writeSync of the same buffers;
 * - sequential read through PartitionLog.read (1 MiB per call) vs readSync of the same file in 1 MiB chunks;
 * - recovery of an unclean 1 GiB log (CRC and framing of every batch, indexes rebuilt) vs one sequential
 *   read of the same bytes.
 * The temp directory is on the same disk as the work tree (os.tmpdir(), or BROOK_BENCH_DIR).
 */
const READ_TOTAL = 512 * MiB;
const RECOVERY_TOTAL = 1024 * MiB;

/** A v2 batch of exactly `size` bytes made of records of about `recordSize` bytes (the log never looks inside). */
function batchOfSize(size: number, recordSize: number): Buffer {
  const records = Math.max(1, Math.round(size / recordSize));
  const valueSize = Math.floor((size - 61) / records) - 12;
  const now = Date.now();
  const make = (extra: number) =>
    encodeRecordBatchSync({
      records: Array.from({ length: records }, (_, i) => ({
        key: null,
        value: Buffer.alloc(valueSize + (i === 0 ? extra : 0), i % 251),
        timestamp: now,
      })),
    });
  let extra = 0;
  let b = make(extra);
  for (let i = 0; i < 4 && b.length !== size; i++) {
    extra += size - b.length;
    b = make(extra);
  }
  if (b.length !== size) throw new Error(`could not build a ${size}-byte batch (${b.length})`);
  return b;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Brook and plain fs run in adjacent short stretches, alternating which goes first, so each pair sees the
 * same background load (these machines are shared and noisy). The figures are the medians of the per-pair
 * rates and of the per-pair ratios.
 */
function paired(
  pairs: number,
  plain: () => number,
  ours: () => number,
): { plain: number; ours: number; ratio: number } {
  const plainRates: number[] = [];
  const ourRates: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    let p: number;
    let o: number;
    if (i % 2 === 0) {
      p = plain();
      o = ours();
    } else {
      o = ours();
      p = plain();
    }
    plainRates.push(p);
    ourRates.push(o);
    ratios.push(o / p);
  }
  return { plain: median(plainRates), ours: median(ourRates), ratio: median(ratios) };
}

/** Append of `batch` repeated over `stretch` bytes per sample: fs.writeSync vs PartitionLog.append. */
function appendRates(dir: string, batch: Buffer, pairs: number, stretch: number) {
  const plainPath = join(dir, 'plain.log');
  const fd = openSync(plainPath, 'w');
  const logDir = join(dir, 'append-0');
  const log = PartitionLog.open(logDir);
  const timed = (write: () => void) => {
    const start = performance.now();
    for (let written = 0; written < stretch; written += batch.length) write();
    return stretch / ((performance.now() - start) / 1000);
  };
  const result = paired(
    pairs,
    () => timed(() => writeSync(fd, batch)),
    () => timed(() => log.append(batch)),
  );
  closeSync(fd);
  unlinkSync(plainPath);
  log.closeWithoutFlush();
  rmSync(logDir, { recursive: true, force: true });
  return result;
}

/** Sequential reads over the same `stretch` of the log per sample: readSync 1 MiB chunks vs PartitionLog.read. */
function readRates(log: PartitionLog, path: string, chunk: number, stretch: number, passes: number) {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  let pos = 0;
  let offset = log.logStartOffset;
  let sink = 0;
  const plain = () => {
    const start = performance.now();
    for (let p = pos; p < pos + stretch; p += chunk) {
      const buf = Buffer.allocUnsafe(chunk);
      readSync(fd, buf, 0, chunk, p);
      sink += buf[0]!;
    }
    return stretch / ((performance.now() - start) / 1000);
  };
  const ours = () => {
    const start = performance.now();
    let bytes = 0;
    let next = offset;
    while (bytes < stretch) {
      const records = log.read(next, { maxBytes: chunk, isolation: 'log-end' }).records;
      bytes += records.length;
      // the next offset follows the last batch returned
      let at = 0;
      while (at < records.length) {
        next = Number(records.readBigInt64BE(at)) + records.readInt32BE(at + 23) + 1;
        at += records.readInt32BE(at + 8) + 12;
      }
    }
    return bytes / ((performance.now() - start) / 1000);
  };
  const stretches = Math.floor(size / stretch);
  const offsetsPerStretch = (log.logEndOffset - log.logStartOffset) / stretches;
  const results = [];
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < stretches; i++) {
      pos = i * stretch;
      offset = log.logStartOffset + Math.round(i * offsetsPerStretch);
      results.push(paired(1 + (i % 2), plain, ours));
    }
  }
  closeSync(fd);
  if (sink < 0) throw new Error('unreachable');
  return {
    plain: median(results.map((r) => r.plain)),
    ours: median(results.map((r) => r.ours)),
    ratio: median(results.map((r) => r.ratio)),
  };
}

/** One sequential read of a whole file in `chunk`-byte reads; bytes per second. */
function plainRead(path: string, chunk: number): number {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const start = performance.now();
  let sink = 0;
  for (let pos = 0; pos < size; pos += chunk) {
    const buf = Buffer.allocUnsafe(Math.min(chunk, size - pos));
    readSync(fd, buf, 0, buf.length, pos);
    sink += buf[0]!;
  }
  const seconds = (performance.now() - start) / 1000;
  closeSync(fd);
  return sink >= 0 ? size / seconds : 0;
}

const GB = 1e9;

const bench: Benchmark = {
  name: 'storage',
  async run(): Promise<BenchLine[]> {
    const root = mkdtempSync(join(process.env.BROOK_BENCH_DIR ?? tmpdir(), 'brook-bench-storage-'));
    try {
      const lines: BenchLine[] = [];
      const mib = batchOfSize(MiB, 16 * 1024);

      // Append: plain and log in adjacent 16 MiB stretches, 32 pairs (512 MiB each).
      const append = appendRates(root, mib, 32, 16 * MiB);
      lines.push({
        name: 'storage append, 1 MiB batches (page cache)',
        value: append.ours / GB,
        unit: 'GB/s',
        ratio: {
          value: append.ratio,
          against: `fs.writeSync same bytes (${(append.plain / GB).toFixed(2)} GB/s)`,
          goal: 0.8,
        },
      });

      // Sequential read of a 512 MiB log, twice over, each 16 MiB stretch read by both.
      const readDir = join(root, 'read-0');
      const writer = PartitionLog.open(readDir);
      for (let written = 0; written < READ_TOTAL; written += mib.length) writer.append(mib);
      writer.close();
      const reader = PartitionLog.open(readDir);
      const segmentFile = join(readDir, readdirSync(readDir).find((f) => f.endsWith('.log'))!);
      const read = readRates(reader, segmentFile, MiB, 16 * MiB, 2);
      reader.close();
      rmSync(readDir, { recursive: true, force: true });
      lines.push({
        name: 'storage sequential read, 1 MiB per read',
        value: read.ours / GB,
        unit: 'GB/s',
        ratio: {
          value: read.ratio,
          against: `fs.readSync 1 MiB chunks (${(read.plain / GB).toFixed(2)} GB/s)`,
          goal: 0.8,
        },
      });

      // Recovery of an unclean 1 GiB log of 64 KiB batches.
      const recDir = join(root, 'recover-0');
      const small = batchOfSize(64 * 1024, 1024);
      const big = PartitionLog.open(recDir, { segmentBytes: 1024 * MiB });
      for (let written = 0; written + small.length <= RECOVERY_TOTAL; written += small.length) big.append(small);
      big.closeWithoutFlush();
      rmSync(join(recDir, 'recovery-point-offset-checkpoint'), { force: true }); // written in the background: may not be there
      const logFiles = readdirSync(recDir).filter((f) => f.endsWith('.log'));
      let plainSeconds = Number.POSITIVE_INFINITY;
      let recoverySeconds = Number.POSITIVE_INFINITY;
      let totalBytes = 0;
      for (let round = 0; round < 3; round++) {
        let seconds = 0;
        totalBytes = 0;
        for (const f of logFiles) {
          const path = join(recDir, f);
          const fd = openSync(path, 'r');
          const size = fstatSync(fd).size;
          closeSync(fd);
          seconds += size / plainRead(path, 8 * MiB);
          totalBytes += size;
        }
        plainSeconds = Math.min(plainSeconds, seconds);
        const start = performance.now();
        const recovered = PartitionLog.open(recDir, { segmentBytes: 1024 * MiB });
        recoverySeconds = Math.min(recoverySeconds, (performance.now() - start) / 1000);
        const end = recovered.logEndOffset;
        // Leave it unclean again (no marker, recovery point still 0) for the next round.
        recovered.closeWithoutFlush();
        if (end === 0) throw new Error('recovery lost the log');
      }
      // The same log after a clean shutdown: no scan.
      PartitionLog.open(recDir, { segmentBytes: 1024 * MiB }).close();
      const cleanStart = performance.now();
      PartitionLog.open(recDir, { segmentBytes: 1024 * MiB }).close();
      const cleanOpenMs = performance.now() - cleanStart;
      lines.push({
        name: `storage recovery of an unclean ${(totalBytes / MiB).toFixed(0)} MiB log (64 KiB batches): ${recoverySeconds.toFixed(2)} s`,
        value: totalBytes / recoverySeconds / GB,
        unit: 'GB/s',
        ratio: {
          value: plainSeconds / recoverySeconds,
          against: `plain sequential read of the same file (${(totalBytes / plainSeconds / GB).toFixed(2)} GB/s, ${plainSeconds.toFixed(2)} s)`,
        },
      });
      lines.push({
        name: `storage open of the same ${(totalBytes / MiB).toFixed(0)} MiB log after a clean shutdown (open + close)`,
        value: cleanOpenMs,
        unit: 'ms',
      });
      return lines;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};

export default bench;
