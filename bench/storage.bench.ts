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
const APPEND_TOTAL = 256 * MiB;
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

/**
 * Append throughput, Brook vs plain fs, interleaved in short stretches of `stretch` bytes so both see the
 * same background load; the best stretch of each is kept.
 */
function appendRates(dir: string, batch: Buffer, total: number, stretch: number): { plain: number; ours: number } {
  const plainPath = join(dir, 'plain.log');
  const fd = openSync(plainPath, 'w');
  const logDir = join(dir, 'append-0');
  const log = PartitionLog.open(logDir);
  let plain = 0;
  let ours = 0;
  for (let done = 0; done < total; done += stretch) {
    let start = performance.now();
    for (let written = 0; written < stretch; written += batch.length) writeSync(fd, batch);
    plain = Math.max(plain, stretch / ((performance.now() - start) / 1000));
    start = performance.now();
    for (let written = 0; written < stretch; written += batch.length) log.append(batch);
    ours = Math.max(ours, stretch / ((performance.now() - start) / 1000));
  }
  closeSync(fd);
  unlinkSync(plainPath);
  log.closeWithoutFlush();
  rmSync(logDir, { recursive: true, force: true });
  return { plain, ours };
}

/** Sequential read throughput, interleaved the same way: readSync of 1 MiB chunks vs PartitionLog.read. */
function readRates(log: PartitionLog, path: string, chunk: number, stretch: number): { plain: number; ours: number } {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  let plain = 0;
  let ours = 0;
  let offset = log.logStartOffset;
  let sink = 0;
  for (let pos = 0; pos + stretch <= size; pos += stretch) {
    let start = performance.now();
    for (let p = pos; p < pos + stretch; p += chunk) {
      const buf = Buffer.allocUnsafe(chunk);
      readSync(fd, buf, 0, chunk, p);
      sink += buf[0]!;
    }
    plain = Math.max(plain, stretch / ((performance.now() - start) / 1000));
    start = performance.now();
    let bytes = 0;
    while (bytes < stretch && offset < log.logEndOffset) {
      const records = log.read(offset, { maxBytes: chunk, isolation: 'log-end' }).records;
      bytes += records.length;
      // the next offset follows the last batch returned
      let at = 0;
      while (at < records.length) {
        offset = Number(records.readBigInt64BE(at)) + records.readInt32BE(at + 23) + 1;
        at += records.readInt32BE(at + 8) + 12;
      }
    }
    ours = Math.max(ours, bytes / ((performance.now() - start) / 1000));
  }
  closeSync(fd);
  return sink >= 0 ? { plain, ours } : { plain: 0, ours: 0 };
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

      // Append: plain and log interleaved in 32 MiB stretches.
      const append = appendRates(root, mib, APPEND_TOTAL, 32 * MiB);
      lines.push({
        name: 'storage append, 1 MiB batches (page cache)',
        value: append.ours / GB,
        unit: 'GB/s',
        ratio: {
          value: append.ours / append.plain,
          against: `fs.writeSync same bytes (${(append.plain / GB).toFixed(2)} GB/s)`,
          goal: 0.8,
        },
      });

      // Sequential read of a 256 MiB log, twice over, interleaved with plain reads of its segment file.
      const readDir = join(root, 'read-0');
      const writer = PartitionLog.open(readDir);
      for (let written = 0; written < APPEND_TOTAL; written += mib.length) writer.append(mib);
      writer.close();
      const reader = PartitionLog.open(readDir);
      const segmentFile = join(readDir, readdirSync(readDir).find((f) => f.endsWith('.log'))!);
      const first = readRates(reader, segmentFile, MiB, 32 * MiB);
      const second = readRates(reader, segmentFile, MiB, 32 * MiB);
      reader.close();
      rmSync(readDir, { recursive: true, force: true });
      const read = { plain: Math.max(first.plain, second.plain), ours: Math.max(first.ours, second.ours) };
      lines.push({
        name: 'storage sequential read, 1 MiB per read',
        value: read.ours / GB,
        unit: 'GB/s',
        ratio: {
          value: read.ours / read.plain,
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
      unlinkSync(join(recDir, 'recovery-point-offset-checkpoint'));
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
      lines.push({
        name: `storage recovery of an unclean ${(totalBytes / MiB).toFixed(0)} MiB log (64 KiB batches): ${recoverySeconds.toFixed(2)} s`,
        value: totalBytes / recoverySeconds / GB,
        unit: 'GB/s',
        ratio: {
          value: plainSeconds / recoverySeconds,
          against: `plain sequential read of the same file (${(totalBytes / plainSeconds / GB).toFixed(2)} GB/s, ${plainSeconds.toFixed(2)} s)`,
        },
      });
      return lines;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};

export default bench;
