import { BatchOffset, LOG_OVERHEAD, RecordBatchHeader } from '../protocol/records/batch-header';
import { KafkaStorageError, OffsetOutOfRangeError } from './errors';
import type { EpochEntry } from './leader-epoch-cache';
import type { FetchAbortedTxn } from './log-producers';
import {
  EARLIEST_LOCAL_TIMESTAMP,
  EARLIEST_TIMESTAMP,
  type Isolation,
  LATEST_TIMESTAMP,
  MAX_TIMESTAMP,
  type ReadOptions,
  type ReadResult,
  type TimestampOffset,
} from './log-types';
import type { LogSegments } from './log-segments';
import type { ReadAhead } from './read-ahead';
import type { LogSegment } from './segment';

/**
 * The read side of a partition log (Fetch and ListOffsets), kept apart from the write side: readLog and
 * readLogAsync answer a fetch against the log's state seen through ReadableLog; the functions below them
 * only look things up in the segments, given the offset range checked and the isolation bound chosen.
 */

/** What a read needs to see of its partition log (each call reads the state now). */
export interface ReadableLog {
  readonly dir: string;
  readonly segments: LogSegments;
  logStartOffset(): number;
  highWatermark(): number;
  lastStableOffset(): number;
  /** Bumped by every truncation: bytes read on the pool across one are stale. */
  truncations(): number;
  isClosed(): boolean;
  /** Throws LogClosedError once closed; opens a lazy handle's files. */
  ensureOpen(): void;
  /** The transactions aborted within [from, to), from the segments' `.txnindex` files. */
  collectAborted(from: number, to: number): FetchAbortedTxn[];
  /** Reads started before a catching-up reader asks for them (read-ahead.ts); none for a lone log. */
  readonly readAhead?: ReadAhead;
}

/** The highest offset a read under `isolation` may return (exclusive): log end, HW or LSO. */
export function isolationBound(log: ReadableLog, isolation: Isolation): number {
  if (isolation === 'log-end') return log.segments.logEndOffset;
  if (isolation === 'committed') return log.lastStableOffset();
  return log.highWatermark();
}

/**
 * Reads whole batches from the batch containing `offset`, within `maxBytes` (at least one batch when
 * minOneBatch), never past the isolation bound: a batch is served only if all of it lies below the bound.
 * Throws OffsetOutOfRangeError when `offset` is below the log start or above the log end.
 */
export function readLog(log: ReadableLog, offset: number, options: ReadOptions): ReadResult {
  log.ensureOpen();
  const logEnd = checkReadable(log, offset);
  const isolation = options.isolation ?? 'high-watermark';
  const bound = isolationBound(log, isolation);
  const found = readBatches(log.segments.all, offset, bound, options.maxBytes, options.minOneBatch ?? true);
  const records = found?.records ?? Buffer.alloc(0);
  return {
    records,
    slice: found?.slice ?? null,
    highWatermark: log.highWatermark(),
    lastStableOffset: log.lastStableOffset(),
    logStartOffset: log.logStartOffset(),
    logEndOffset: logEnd,
    abortedTransactions: abortedWithin(log, isolation, offset, records),
  };
}

/**
 * The same answer as readLog(), with the record bytes of older segments read by asynchronous I/O on libuv's
 * pool, so a read from a cold segment (not in the page cache) does not hold the event loop while the disk
 * seeks; the active segment is read at once. Offsets are looked up first (index and a batch header or two);
 * if the log is truncated while the bytes are on their way, the read starts over (after three tries, it is
 * done synchronously). A long read that leaves a whole budget after it in its segment starts reading that
 * too (read-ahead.ts), and a read that finds its bytes read ahead takes them.
 */
export async function readLogAsync(log: ReadableLog, offset: number, options: ReadOptions): Promise<ReadResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    log.ensureOpen();
    const logEnd = checkReadable(log, offset);
    const isolation = options.isolation ?? 'high-watermark';
    const bound = isolationBound(log, isolation);
    // The offsets as they are when the read is planned: the answer describes the log it read.
    const state = {
      highWatermark: log.highWatermark(),
      lastStableOffset: log.lastStableOffset(),
      logStartOffset: log.logStartOffset(),
      logEndOffset: logEnd,
    };
    const segments = log.segments.all;
    const plan = planRead(segments, offset, bound, options.maxBytes, options.minOneBatch ?? true);
    const answer = (found: { records: Buffer; slice: ReadResult['slice'] } | null): ReadResult => {
      const records = found?.records ?? Buffer.alloc(0);
      const aborted = abortedWithin(log, isolation, offset, records);
      return { records, slice: found?.slice ?? null, ...state, abortedTransactions: aborted };
    };
    if (plan === null) return answer(null);
    const generation = log.truncations();
    const readAhead = log.readAhead?.take(plan.segment, plan.position, plan.length, generation) ?? null;
    if (readAhead === null && plan.segment === segments.at(-1) && plan.length < POOL_READS_FROM) {
      // The active segment holds what was just appended (a consumer at the tail): it is in the page cache,
      // and copying a little of it now costs less than a round trip to the pool. Older segments may be cold,
      // and a long read (a consumer catching up) is a copy the pool does while the event loop serves others.
      return answer(wholeBatchesOf(plan, plan.segment.readBytes(plan.position, plan.length, options.buffers)));
    }
    let bytes: Buffer;
    try {
      bytes = (await readAhead) ?? (await plan.segment.readBytesAsync(plan.position, plan.length, options.buffers));
    } catch (error) {
      if (log.isClosed() || plan.segment.isClosed) continue; // deleted or swapped meanwhile: look again
      throw new KafkaStorageError(`read of ${log.dir} failed: ${(error as Error).message}`, error);
    }
    if (generation !== log.truncations() || log.isClosed()) continue;
    const found = wholeBatchesOf(plan, bytes);
    // A reader this far behind asks for the bytes after these next: read them while this answer is sent.
    if (found) {
      const next = plan.position + found.slice.length;
      log.readAhead?.readAfter(plan.segment, next, options.maxBytes, generation, options.buffers);
    }
    return answer(found);
  }
  return readLog(log, offset, options);
}

/** Reads of the active segment from this many bytes go to libuv's pool too (shorter ones are copied at once). */
const POOL_READS_FROM = 256 * 1024;

/** Throws OffsetOutOfRangeError unless logStart <= offset <= logEnd; returns the log end. */
function checkReadable(log: ReadableLog, offset: number): number {
  const logStart = log.logStartOffset();
  const logEnd = log.segments.logEndOffset;
  if (offset < logStart || offset > logEnd) {
    throw new OffsetOutOfRangeError(`offset ${offset} is outside [${logStart}, ${logEnd}] of ${log.dir}`);
  }
  return logEnd;
}

/**
 * read_committed: the transactions aborted within what a read returned (from `offset` to just past its last
 * batch), from the segments' transaction indexes; null under other isolations (Kafka answers null there).
 */
function abortedWithin(
  log: ReadableLog,
  isolation: Isolation,
  offset: number,
  records: Buffer,
): FetchAbortedTxn[] | null {
  if (isolation !== 'committed') return null;
  if (records.length === 0) return [];
  let end = offset;
  for (let at = 0; at + 61 <= records.length; ) {
    const header = new RecordBatchHeader(records, at);
    end = Number(header.baseOffset) + header.lastOffsetDelta + 1;
    at += header.sizeInBytes;
  }
  return log.collectAborted(offset, end);
}

/** Index of the last segment whose base offset is <= `offset` (0 if none). */
export function floorSegmentIndex(segments: readonly LogSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.baseOffset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Where a read's bytes lie: a byte range of one segment, starting at a batch boundary. */
export interface ReadPlan {
  segment: LogSegment;
  position: number;
  length: number;
}

/**
 * Plans the read of whole batches from the batch containing `offset`, within `maxBytes` (at least the first
 * batch when `minOne`), each wholly below `bound`. Reads from one segment, as Kafka does; null when nothing
 * qualifies. Only the index and batch headers near the start and the bound are looked at.
 */
export function planRead(
  segments: readonly LogSegment[],
  offset: number,
  bound: number,
  maxBytes: number,
  minOne: boolean,
): ReadPlan | null {
  if (offset >= bound) return null;
  for (let i = floorSegmentIndex(segments, offset); i < segments.length; i++) {
    const segment = segments[i]!;
    const start = segment.translateOffset(offset);
    if (start === null) continue; // offset lies past this segment's last batch (a compaction gap)
    if (start.lastOffset >= bound) return null;
    // Bytes up to the first batch that is not wholly below the bound.
    let limit = segment.size;
    if (bound < segment.nextOffset) limit = segment.translateOffset(bound)?.position ?? segment.size;
    const budget = minOne ? Math.max(maxBytes, start.size) : maxBytes;
    const length = Math.min(limit - start.position, budget);
    if (length < start.size) return null;
    return { segment, position: start.position, length };
  }
  return null;
}

/** The whole batches at the front of `bytes`, read for `plan`; null when there are none. */
export function wholeBatchesOf(
  plan: ReadPlan,
  bytes: Buffer,
): { records: Buffer; slice: NonNullable<ReadResult['slice']> } | null {
  const whole = wholeBatchesLength(bytes);
  if (whole === 0) return null;
  const records = whole === bytes.length ? bytes : bytes.subarray(0, whole);
  return { records, slice: { path: plan.segment.logPath, position: plan.position, length: whole } };
}

/** planRead, then the bytes read synchronously (from the page cache, usually). */
export function readBatches(
  segments: readonly LogSegment[],
  offset: number,
  bound: number,
  maxBytes: number,
  minOne: boolean,
): { records: Buffer; slice: NonNullable<ReadResult['slice']> } | null {
  const plan = planRead(segments, offset, bound, maxBytes, minOne);
  return plan && wholeBatchesOf(plan, plan.segment.readBytes(plan.position, plan.length));
}

/** Length of the longest prefix of `bytes` made of whole batches. */
export function wholeBatchesLength(bytes: Buffer): number {
  let at = 0;
  while (at + LOG_OVERHEAD <= bytes.length) {
    const size = bytes.readInt32BE(at + BatchOffset.BatchLength) + LOG_OVERHEAD;
    if (at + size > bytes.length) break;
    at += size;
  }
  return at;
}

/**
 * ListOffsets: EARLIEST_TIMESTAMP (-2) and EARLIEST_LOCAL_TIMESTAMP (-4) give the log start,
 * LATEST_TIMESTAMP (-1) the isolation bound, MAX_TIMESTAMP (-3) the record with the largest timestamp,
 * and t >= 0 the first record whose timestamp is >= t. Null when there is none (answered as offset -1).
 */
export function offsetForTimestamp(
  segments: readonly LogSegment[],
  timestamp: number,
  logStart: number,
  bound: number,
  epochs: readonly EpochEntry[],
): TimestampOffset | null {
  const epochAt = (offset: number) => {
    let epoch = -1;
    for (const e of epochs) if (e.startOffset <= offset) epoch = e.epoch;
    return epoch;
  };
  if (timestamp === EARLIEST_TIMESTAMP || timestamp === EARLIEST_LOCAL_TIMESTAMP) {
    return { offset: logStart, timestamp: -1, leaderEpoch: epochAt(logStart) };
  }
  if (timestamp === LATEST_TIMESTAMP) return { offset: bound, timestamp: -1, leaderEpoch: epochAt(bound) };
  if (timestamp === MAX_TIMESTAMP) return maxTimestampOffset(segments, logStart, bound);
  if (timestamp < 0) return null;
  for (const segment of segments) {
    if (segment.nextOffset <= logStart || segment.largestTimestamp < timestamp) continue;
    const found = segment.findOffsetByTimestamp(timestamp, logStart);
    if (found) return found.offset < bound ? found : null;
  }
  return null;
}

function maxTimestampOffset(segments: readonly LogSegment[], logStart: number, bound: number): TimestampOffset | null {
  let best: LogSegment | null = null;
  for (const s of segments) {
    if (s.nextOffset <= logStart) continue;
    if (s.maxTimestampSoFar >= 0 && (best === null || s.maxTimestampSoFar > best.maxTimestampSoFar)) best = s;
  }
  if (best === null) return null;
  const found = best.findOffsetByTimestamp(best.maxTimestampSoFar, logStart);
  if (!found || found.offset >= bound) return null;
  return found;
}
