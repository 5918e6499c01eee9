import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  read,
  readSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import type { RecordBatchHeader } from '../protocol/records/batch-header';
import { type BatchInfo, FileBatchReader } from './batch-scan';
import type { LogConfig } from './config';
import { INDEX_SUFFIX, LOG_SUFFIX, segmentFile, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX, unlinkIfExists } from './files';
import { OffsetIndex, TimeIndex } from './index-file';
import { scanRecordsSync } from './record-scan';
import { TransactionIndex } from './txn-index';
import type { ReadBuffers } from './read-buffers';

const HEADER_SCAN_BYTES = 8 * 1024;
const headerScratch = Buffer.allocUnsafe(HEADER_SCAN_BYTES);
/** How many of the newest batches a segment describes from memory (LogSegment.tail). */
const TAIL_BATCHES = 64;

export interface SegmentOptions {
  indexIntervalBytes: number;
  maxIndexBytes: number;
}

/** The segment options a topic's config gives (index.interval.bytes, segment.index.bytes). */
export function segmentOptionsOf(cfg: LogConfig): SegmentOptions {
  return { indexIntervalBytes: cfg.indexIntervalBytes, maxIndexBytes: cfg.segmentIndexBytes };
}

/** A random roll delay below segment.jitter.ms (Kafka's), so partitions created together do not roll together. */
export function rollJitterFor(cfg: LogConfig): number {
  return cfg.segmentJitterMs > 0 ? Math.floor(Math.random() * Math.min(cfg.segmentJitterMs, cfg.segmentMs)) : 0;
}

/** A new, empty active segment at `baseOffset` configured by the topic's config. */
export function createActiveSegment(dir: string, baseOffset: number, cfg: LogConfig, now: number): LogSegment {
  return LogSegment.create(dir, baseOffset, segmentOptionsOf(cfg), now, rollJitterFor(cfg));
}

/** Outcome of scanning a segment to rebuild its indexes. */
export interface SegmentRecovery {
  validBytes: number;
  truncatedBytes: number;
  /** Why scanning stopped early (torn write, bad CRC...), or null if the whole file was valid. */
  problem: string | null;
  /** First offset that was dropped, when bytes were dropped and a header was readable there. */
  firstDroppedOffset: number | null;
}

/**
 * One segment: `<base>.log` plus its `.index` and `.timeindex` (Kafka's LogSegment). Appends arrive as
 * already-validated batches with offsets assigned; the segment writes them, maintains the sparse indexes
 * every `index.interval.bytes`, and keeps the largest timestamp and the offset it was seen at.
 */
export class LogSegment {
  private fd: number;
  size: number;
  /** Offset after the last batch (the segment's base when empty). */
  nextOffset: number;
  maxTimestampSoFar = -1;
  /** Last offset of the batch holding maxTimestampSoFar (Kafka's shallow offset of the max timestamp). */
  offsetOfMaxTimestampSoFar = -1;
  private bytesSinceLastIndexEntry = 0;
  /**
   * The batches appended last while the segment is active (up to TAIL_BATCHES, oldest first, positions in the
   * file); emptied when it stops being active or its bytes change otherwise (truncation, recovery). Why: a
   * follower or a consumer at the log end asks for the batches written last on every fetch; finding them here
   * spares translateOffset the index lookup and the read of batch headers from the file (3 % of a partition
   * leader's main thread under replication load).
   */
  private readonly tail: BatchInfo[] = [];
  /** Max timestamp of the first append (what segment.ms measures against), null while empty. */
  rollingBasedTimestamp: number | null = null;
  private suffixState = '';
  /** Transactions aborted by markers in this segment (`.txnindex`, created on the first abort). */
  readonly txnIndex = new TransactionIndex(
    () => segmentFile(this.dir, this.baseOffset, TXN_INDEX_SUFFIX) + this.suffixState,
  );

  private constructor(
    readonly dir: string,
    readonly baseOffset: number,
    private readonly options: SegmentOptions,
    fd: number,
    size: number,
    readonly offsetIndex: OffsetIndex,
    readonly timeIndex: TimeIndex,
    /** Wall-clock creation time, for segment.ms when no timestamps are known. */
    readonly created: number,
    /** Random part of segment.jitter.ms drawn for this segment. */
    readonly rollJitterMs: number,
  ) {
    this.fd = fd;
    this.size = size;
    this.nextOffset = baseOffset;
  }

  /** Creates empty segment files (replacing stale ones) with preallocated indexes, as an active segment. */
  static create(
    dir: string,
    baseOffset: number,
    options: SegmentOptions,
    now: number,
    jitterMs = 0,
    suffix = '',
  ): LogSegment {
    const logPath = segmentFile(dir, baseOffset, LOG_SUFFIX) + suffix;
    const fd = openSync(logPath, 'w+');
    const indexPath = segmentFile(dir, baseOffset, INDEX_SUFFIX) + suffix;
    const timePath = segmentFile(dir, baseOffset, TIME_INDEX_SUFFIX) + suffix;
    unlinkIfExists(indexPath);
    unlinkIfExists(timePath);
    unlinkIfExists(segmentFile(dir, baseOffset, TXN_INDEX_SUFFIX) + suffix);
    const { index } = OffsetIndex.open(indexPath, baseOffset, options.maxIndexBytes);
    const { index: timeIndex } = TimeIndex.open(timePath, baseOffset, options.maxIndexBytes);
    const segment = new LogSegment(dir, baseOffset, options, fd, 0, index, timeIndex, now, jitterMs);
    segment.suffixState = suffix;
    if (suffix === '') {
      index.preallocate();
      timeIndex.preallocate();
    }
    return segment;
  }

  /**
   * Opens an existing segment without validating its batches. `indexesIntact` is false when an index file
   * was missing, torn or inconsistent with the log: the caller must `recover()` the segment.
   */
  static open(
    dir: string,
    baseOffset: number,
    options: SegmentOptions,
    jitterMs = 0,
  ): { segment: LogSegment; indexesIntact: boolean } {
    const logPath = segmentFile(dir, baseOffset, LOG_SUFFIX);
    const fd = openSync(logPath, 'r+');
    const size = fstatSync(fd).size;
    const indexPath = segmentFile(dir, baseOffset, INDEX_SUFFIX);
    const timePath = segmentFile(dir, baseOffset, TIME_INDEX_SUFFIX);
    const indexExisted = existsSync(indexPath);
    const timeExisted = existsSync(timePath);
    const offsets = OffsetIndex.open(indexPath, baseOffset, options.maxIndexBytes, size);
    const times = TimeIndex.open(timePath, baseOffset, options.maxIndexBytes);
    const created = statSync(logPath).mtimeMs;
    const segment = new LogSegment(dir, baseOffset, options, fd, size, offsets.index, times.index, created, jitterMs);
    // A non-empty log needs index files; an empty index is fine only if the log is under one interval.
    const missing = size > 0 && (!indexExisted || !timeExisted);
    let intact = offsets.intact && times.intact && !missing;
    if (intact) intact = segment.loadTail();
    return { segment, indexesIntact: intact };
  }

  get logPath(): string {
    return segmentFile(this.dir, this.baseOffset, LOG_SUFFIX) + this.suffixState;
  }

  /** Largest timestamp in the segment; the file's mtime when it has none (Kafka's rule for retention). */
  get largestTimestamp(): number {
    if (this.maxTimestampSoFar >= 0) return this.maxTimestampSoFar;
    try {
      return statSync(this.logPath).mtimeMs;
    } catch {
      return Date.now();
    }
  }

  /** Finds the segment's end offset and max timestamp by scanning headers after the last index entry. */
  private loadTail(): boolean {
    const last = this.offsetIndex.entries > 0 ? this.offsetIndex.lookup(Number.MAX_SAFE_INTEGER) : null;
    const start = last ? last.position : 0;
    const lastTime = this.timeIndex.lastEntry();
    if (lastTime) {
      this.maxTimestampSoFar = lastTime.timestamp;
      this.offsetOfMaxTimestampSoFar = lastTime.offset;
    }
    if (this.size >= 61) {
      // segment.ms measures from the first batch's max timestamp.
      const first = this.readBytes(0, 61);
      if (first.length === 61) this.rollingBasedTimestamp = Number(first.readBigInt64BE(35));
    }
    const reader = new FileBatchReader(this.fd, start, this.size, false, 64 * 1024);
    let bytesSince = 0;
    this.tail.length = 0;
    for (let batch = reader.next(); batch; batch = reader.next()) {
      const info = batch.info;
      if (info.baseOffset < this.baseOffset || info.lastOffset < this.nextOffset) return false;
      this.noteBatch(info);
      if (this.rollingBasedTimestamp === null) this.rollingBasedTimestamp = info.maxTimestamp;
      bytesSince += info.size;
    }
    this.bytesSinceLastIndexEntry = bytesSince;
    if (this.size > 0 && this.rollingBasedTimestamp === null) this.rollingBasedTimestamp = this.maxTimestampSoFar;
    return reader.problem === null && reader.position === this.size;
  }

  private rememberTail(info: BatchInfo): void {
    this.tail.push(info);
    if (this.tail.length >= 2 * TAIL_BATCHES) this.tail.splice(0, this.tail.length - TAIL_BATCHES);
  }

  private noteBatch(info: BatchInfo): void {
    if (info.maxTimestamp > this.maxTimestampSoFar) {
      this.maxTimestampSoFar = info.maxTimestamp;
      this.offsetOfMaxTimestampSoFar = info.lastOffset;
    }
    this.nextOffset = info.lastOffset + 1;
  }

  /**
   * Appends `records` (whole batches, offsets assigned, described by `batches` with positions relative to
   * `records`) at the end of the file and indexes them.
   */
  append(records: Buffer, batches: readonly BatchInfo[]): void {
    const start = this.size;
    let written = 0;
    while (written < records.length) {
      written += writeSync(this.fd, records, written, records.length - written, start + written);
    }
    for (const batch of batches) {
      this.noteBatch(batch);
      this.rememberTail({ ...batch, position: start + batch.position });
      if (this.bytesSinceLastIndexEntry > this.options.indexIntervalBytes) {
        this.offsetIndex.append(batch.lastOffset, start + batch.position);
        this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar);
        this.bytesSinceLastIndexEntry = 0;
      }
      this.bytesSinceLastIndexEntry += batch.size;
    }
    if (this.rollingBasedTimestamp === null && batches.length > 0) {
      this.rollingBasedTimestamp = Math.max(...batches.map((b) => b.maxTimestamp));
    }
    this.size += records.length;
  }

  /** True when one more index entry could not be stored. */
  get indexesFull(): boolean {
    return this.offsetIndex.isFull || this.timeIndex.isFull;
  }

  /** Reads bytes synchronously, into a buffer from `buffers` when given (see read-buffers.ts). */
  readBytes(position: number, length: number, buffers?: ReadBuffers): Buffer {
    const out = buffers ? buffers.take(length) : Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, out, read, length - read, position + read);
      if (n === 0) break;
      read += n;
    }
    return read === length ? out : out.subarray(0, read);
  }

  /** Reader over this segment's batches from `position`. */
  batches(position = 0, withBody = false, chunkSize?: number): FileBatchReader {
    return new FileBatchReader(this.fd, position, this.size, withBody, chunkSize);
  }

  /**
   * Header-only reader sharing one small module-level buffer: offset translation runs on every fetch, and
   * the index puts the target within about index.interval.bytes of the entry, so 8 KiB reads suffice.
   * Safe because it is used synchronously and never nested.
   */
  private headerScan(position: number): FileBatchReader {
    return new FileBatchReader(this.fd, position, this.size, false, HEADER_SCAN_BYTES, headerScratch);
  }

  /**
   * The first batch whose last offset is >= `offset` (Kafka's translateOffset): from the tail when it holds it,
   * else searching from the index.
   */
  translateOffset(offset: number): BatchInfo | null {
    const tail = this.tail;
    if (tail.length > 0 && offset >= tail[0]!.baseOffset) {
      // Every batch that ends at or after `offset` is in the tail (batches are in offset order).
      let i = tail.length;
      while (i > 0 && tail[i - 1]!.lastOffset >= offset) i--;
      return i < tail.length ? { ...tail[i]! } : null;
    }
    const { position } = this.offsetIndex.lookup(offset);
    const reader = this.headerScan(position);
    for (let batch = reader.next(); batch; batch = reader.next()) {
      if (batch.info.lastOffset >= offset) return batch.info;
    }
    return null;
  }

  /**
   * ListOffsets by timestamp within this segment: the first record at or after `startingOffset` whose
   * timestamp is >= `timestamp`. Record-level for uncompressed batches; for compressed batches (whose records
   * are not decompressed here) the batch's first offset and max timestamp.
   */
  findOffsetByTimestamp(
    timestamp: number,
    startingOffset: number,
  ): { offset: number; timestamp: number; leaderEpoch: number } | null {
    const entry = this.timeIndex.lookup(timestamp);
    const fromOffset = Math.max(entry ? entry.offset : this.baseOffset, startingOffset);
    const { position } = this.offsetIndex.lookup(fromOffset);
    const reader = this.batches(position, true);
    for (let batch = reader.next(); batch; batch = reader.next()) {
      const info = batch.info;
      if (info.maxTimestamp < timestamp || info.lastOffset < startingOffset) continue;
      const hit = firstRecordAtOrAfter(batch.header, timestamp, startingOffset);
      if (hit) return { ...hit, leaderEpoch: info.partitionLeaderEpoch };
    }
    return null;
  }

  /**
   * Removes everything from the batch containing `offset` onwards. Returns the bytes removed. Offsets of the
   * removed batch below `offset` go too (callers truncate at batch boundaries, as Kafka's replicas do).
   */
  truncateTo(offset: number): number {
    const batch =
      offset <= this.baseOffset ? { position: 0, baseOffset: this.baseOffset } : this.translateOffset(offset);
    if (batch === null) return 0;
    this.txnIndex.truncateTo(batch.baseOffset);
    return this.truncateToPosition(batch.position);
  }

  private truncateToPosition(position: number): number {
    const removed = this.size - position;
    this.offsetIndex.truncateToPosition(position);
    const lastKept = this.offsetIndex.entries > 0 ? this.offsetIndex.offsetAt(this.offsetIndex.entries - 1) : -1;
    this.timeIndex.truncateTo(lastKept + 1);
    ftruncateSync(this.fd, position);
    this.size = position;
    this.nextOffset = this.baseOffset;
    this.maxTimestampSoFar = -1;
    this.offsetOfMaxTimestampSoFar = -1;
    this.rollingBasedTimestamp = null;
    this.bytesSinceLastIndexEntry = 0;
    this.loadTail();
    return removed;
  }

  /**
   * Scans the whole segment, checking each batch's framing, CRC and offset order, rebuilds both indexes and
   * truncates the file at the first bad byte (Kafka's LogSegment.recover).
   */
  recover(expectedFirstOffset = this.baseOffset): SegmentRecovery {
    this.offsetIndex.reset();
    this.timeIndex.reset();
    this.maxTimestampSoFar = -1;
    this.offsetOfMaxTimestampSoFar = -1;
    this.bytesSinceLastIndexEntry = 0;
    this.rollingBasedTimestamp = null;
    this.nextOffset = this.baseOffset;
    this.tail.length = 0;
    let nextExpected = Math.max(expectedFirstOffset, this.baseOffset);
    this.offsetIndex.beginDeferredWrites();
    this.timeIndex.beginDeferredWrites();
    const reader = this.batches(0, true, 1 << 20);
    let problem: string | null = null;
    let firstDroppedOffset: number | null = null;
    let validBytes = 0;
    for (let batch = reader.next(); batch; batch = reader.next()) {
      const { info, header } = batch;
      if (info.baseOffset < nextExpected) {
        problem = `batch at position ${info.position} has offset ${info.baseOffset}, expected >= ${nextExpected}`;
        firstDroppedOffset = info.baseOffset;
      } else if (info.lastOffset - this.baseOffset > 0x7fffffff) {
        problem = `batch at position ${info.position} has offset ${info.lastOffset} beyond the segment's range`;
        firstDroppedOffset = info.baseOffset;
      } else if (!header.isCrcValid()) {
        problem = `CRC mismatch in batch at position ${info.position} (offsets ${info.baseOffset}..${info.lastOffset})`;
        firstDroppedOffset = info.baseOffset;
      }
      if (problem !== null) break;
      if (this.bytesSinceLastIndexEntry > this.options.indexIntervalBytes && !this.indexesFull) {
        this.offsetIndex.append(info.lastOffset, info.position);
        this.noteBatch(info);
        this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar);
        this.bytesSinceLastIndexEntry = 0;
      } else {
        this.noteBatch(info);
      }
      if (this.rollingBasedTimestamp === null) this.rollingBasedTimestamp = info.maxTimestamp;
      this.bytesSinceLastIndexEntry += info.size;
      nextExpected = info.lastOffset + 1;
      validBytes = info.position + info.size;
    }
    problem ??= reader.problem;
    this.offsetIndex.endDeferredWrites();
    this.timeIndex.endDeferredWrites();
    const truncatedBytes = this.size - validBytes;
    if (truncatedBytes > 0) {
      ftruncateSync(this.fd, validBytes);
      this.size = validBytes;
    }
    return { validBytes, truncatedBytes, problem: truncatedBytes > 0 ? problem : null, firstDroppedOffset };
  }

  /** Kafka's onBecomeInactiveSegment: final time index entry, indexes trimmed to their entries. */
  onBecomeInactive(): void {
    this.tail.length = 0; // readers at the log end read the next segment now
    this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
    this.offsetIndex.trimToValidSize();
    this.timeIndex.trimToValidSize();
  }

  /** Preallocates the indexes again (the segment became active after a truncation). */
  onBecomeActive(): void {
    this.offsetIndex.preallocate();
    this.timeIndex.preallocate();
  }

  flush(): void {
    fsyncSync(this.fd);
    this.offsetIndex.flush();
    this.timeIndex.flush();
    if (this.txnIndex.fileDescriptor >= 0) fsyncSync(this.txnIndex.fileDescriptor);
  }

  /** Open descriptors to fsync for this segment's data: the log file, and its indexes when asked. */
  syncTargets(withIndexes: boolean): number[] {
    const fds = withIndexes
      ? [this.fd, this.offsetIndex.fileDescriptor, this.timeIndex.fileDescriptor, this.txnIndex.fileDescriptor]
      : [this.fd];
    return fds.filter((fd) => fd >= 0);
  }

  /**
   * Reads bytes with asynchronous I/O on libuv's pool (a cold segment's read does not hold the event loop).
   * The descriptor stays open until the read ends even if the segment is closed meanwhile, so it can never
   * be reused by another file under the read. May return fewer bytes if the file was truncated meanwhile.
   */
  async readBytesAsync(position: number, length: number, buffers?: ReadBuffers): Promise<Buffer> {
    if (this.fd < 0) throw new Error(`segment ${this.baseOffset} is closed`);
    const fd = this.fd;
    this.readsInFlight++;
    try {
      const out = buffers ? buffers.take(length) : Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const n = await new Promise<number>((resolve, reject) =>
          read(fd, out, done, length - done, position + done, (error, bytes) =>
            error ? reject(error) : resolve(bytes),
          ),
        );
        if (n === 0) break;
        done += n;
      }
      return done === length ? out : out.subarray(0, done);
    } finally {
      this.readsInFlight--;
      if (this.readsInFlight === 0 && this.fdClosedUnderRead >= 0) {
        closeSync(this.fdClosedUnderRead);
        this.fdClosedUnderRead = -1;
      }
    }
  }

  private readsInFlight = 0;
  /** A log descriptor whose close waits for the asynchronous reads still using it. */
  private fdClosedUnderRead = -1;

  /** Closes the log descriptor now, or when the last asynchronous read using it ends. */
  private closeLogFd(): void {
    if (this.readsInFlight > 0) this.fdClosedUnderRead = this.fd;
    else closeSync(this.fd);
    this.fd = -1;
  }

  get fileDescriptor(): number {
    return this.fd;
  }

  close(): void {
    if (this.fd < 0) return;
    this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
    this.offsetIndex.close();
    this.timeIndex.close();
    this.txnIndex.close();
    this.closeLogFd();
  }

  /** Closes file handles without touching the files (before rename or delete). */
  closeHandles(): void {
    if (this.fd < 0) return;
    this.offsetIndex.closeHandle();
    this.timeIndex.closeHandle();
    this.txnIndex.close();
    this.closeLogFd();
  }

  get isClosed(): boolean {
    return this.fd < 0;
  }

  /** Every file this segment owns, with its current state suffix. */
  files(): string[] {
    return [LOG_SUFFIX, INDEX_SUFFIX, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX].map(
      (s) => segmentFile(this.dir, this.baseOffset, s) + this.suffixState,
    );
  }

  /** Renames the segment's files from the current state suffix to `suffix` ('' for live). Handles stay open. */
  renameTo(suffix: string): void {
    for (const s of [INDEX_SUFFIX, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX, LOG_SUFFIX]) {
      const from = segmentFile(this.dir, this.baseOffset, s) + this.suffixState;
      if (existsSync(from)) renameSync(from, segmentFile(this.dir, this.baseOffset, s) + suffix);
    }
    this.suffixState = suffix;
  }

  /** Closes and removes the files. */
  deleteFiles(): void {
    this.closeHandles();
    for (const file of this.files()) unlinkIfExists(file);
  }
}

function firstRecordAtOrAfter(
  header: RecordBatchHeader,
  timestamp: number,
  startingOffset: number,
): { offset: number; timestamp: number } | null {
  const base = Number(header.baseOffset);
  if (header.hasLogAppendTime) {
    // Every record of a LogAppendTime batch carries the batch's max timestamp.
    return { offset: Math.max(base, startingOffset), timestamp: Number(header.maxTimestamp) };
  }
  // Compressed batches are decompressed when a synchronous codec exists; otherwise (zstd) the answer is the
  // batch's first offset and max timestamp.
  const records = scanRecordsSync(header);
  if (records === null) return { offset: Math.max(base, startingOffset), timestamp: Number(header.maxTimestamp) };
  for (const record of records) {
    if (record.timestamp >= timestamp && record.offset >= startingOffset) {
      return { offset: record.offset, timestamp: record.timestamp };
    }
  }
  return null;
}
