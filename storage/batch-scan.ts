import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { BATCH_HEADER_SIZE, BatchOffset, LOG_OVERHEAD, RecordBatchHeader } from '../protocol/records/batch-header';

/**
 * Walking record batches without decoding records: over a Buffer (the produce path) or over a segment file
 * through a chunked reader (recovery, offset translation, compaction). Only v2 batches are stored; the broker
 * up-converts legacy message sets before they reach the log.
 */
export const MAGIC_V2 = 2;

/** What the log keeps about each batch it appends or scans. Offsets and timestamps as numbers (see README). */
export interface BatchInfo {
  /** Byte position of the batch in its buffer or file. */
  position: number;
  size: number;
  baseOffset: number;
  lastOffset: number;
  maxTimestamp: number;
  recordsCount: number;
  partitionLeaderEpoch: number;
}

/**
 * Why the batch at `at` cannot be a well-formed v2 batch, or null. `remaining` is how many bytes follow `at`.
 * Checks framing only (the CRC is checked separately where it is affordable).
 */
export function framingProblem(buf: Buffer, at: number, remaining: number): string | null {
  if (remaining < LOG_OVERHEAD) return `incomplete batch prefix (${remaining} bytes)`;
  const batchLength = buf.readInt32BE(at + BatchOffset.BatchLength);
  if (batchLength < BATCH_HEADER_SIZE - LOG_OVERHEAD) return `batch length ${batchLength} is smaller than a header`;
  if (batchLength + LOG_OVERHEAD > remaining) {
    return `incomplete batch: ${batchLength + LOG_OVERHEAD} bytes announced, ${remaining} present`;
  }
  const magic = buf.readInt8(at + BatchOffset.Magic);
  if (magic !== MAGIC_V2) return `unsupported magic ${magic}`;
  if (buf.readInt32BE(at + BatchOffset.LastOffsetDelta) < 0) return 'negative last offset delta';
  if (buf.readInt32BE(at + BatchOffset.RecordsCount) < 0) return 'negative record count';
  return null;
}

export function batchInfo(header: RecordBatchHeader, position: number): BatchInfo {
  const baseOffset = Number(header.baseOffset);
  return {
    position,
    size: header.sizeInBytes,
    baseOffset,
    lastOffset: baseOffset + header.lastOffsetDelta,
    maxTimestamp: Number(header.maxTimestamp),
    recordsCount: header.recordsCount,
    partitionLeaderEpoch: header.partitionLeaderEpoch,
  };
}

/** A batch met while scanning a file: its header view (over the reader's buffer, valid until the next call). */
export interface ScannedBatch {
  info: BatchInfo;
  header: RecordBatchHeader;
}

/**
 * Reads batches from a file region sequentially with large positional reads. With `withBody` each returned
 * header's buffer holds the whole batch (for CRC checks and record scans); without it only the header is
 * guaranteed. `problem` is set (and iteration stops) at the first byte that is not a well-formed batch.
 */
export class FileBatchReader {
  private buf: Buffer;
  private bufStart = 0; // file position of buf[0]
  private bufLen = 0;
  private pos: number;
  problem: string | null = null;
  /** Position where iteration stopped: end of the last good batch. */
  get position(): number {
    return this.pos;
  }

  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number,
    private readonly withBody: boolean,
    chunkSize = 1 << 20,
    /** A caller-owned scratch buffer to read into instead of allocating (header-only scans). */
    scratch?: Buffer,
  ) {
    this.pos = start;
    this.buf = scratch ?? Buffer.allocUnsafe(chunkSize);
  }

  /** Makes file bytes [pos, pos+n) available in buf; returns false at end of region. */
  private ensure(n: number): boolean {
    if (this.pos >= this.bufStart && this.pos + n <= this.bufStart + this.bufLen) return true;
    const avail = this.end - this.pos;
    if (avail < n) n = avail;
    if (n <= 0) return false;
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(n, this.buf.length * 2));
    const want = Math.min(this.buf.length, avail);
    let read = 0;
    while (read < want) {
      const got = readSync(this.fd, this.buf, read, want - read, this.pos + read);
      if (got === 0) break;
      read += got;
    }
    this.bufStart = this.pos;
    this.bufLen = read;
    return read >= n;
  }

  next(): ScannedBatch | null {
    if (this.problem !== null || this.pos >= this.end) return null;
    const remaining = this.end - this.pos;
    if (!this.ensure(Math.min(remaining, BATCH_HEADER_SIZE))) {
      this.problem = 'file shorter than expected';
      return null;
    }
    let at = this.pos - this.bufStart;
    // Only the header is loaded, but framingProblem reads no further than the header and compares the
    // announced length against the bytes left in the file region.
    const problem = framingProblem(this.buf, at, remaining);
    if (problem !== null) {
      this.problem = problem;
      return null;
    }
    const size = this.buf.readInt32BE(at + BatchOffset.BatchLength) + LOG_OVERHEAD;
    if (this.withBody) {
      if (!this.ensure(size)) {
        this.problem = 'file shorter than expected';
        return null;
      }
      at = this.pos - this.bufStart;
    }
    const header = new RecordBatchHeader(this.buf, at);
    const info = batchInfo(header, this.pos);
    this.pos += size;
    return { info, header };
  }
}

/** Opens `path` read-only, runs `fn` with the fd, closes it. */
export function withFile<T>(path: string, fn: (fd: number, size: number) => T): T {
  const fd = openSync(path, 'r');
  try {
    return fn(fd, fstatSync(fd).size);
  } finally {
    closeSync(fd);
  }
}
