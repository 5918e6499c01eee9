import { BatchOffset, LOG_OVERHEAD } from '../protocol/records/batch-header';
import type { EpochEntry } from './leader-epoch-cache';
import {
  EARLIEST_LOCAL_TIMESTAMP,
  EARLIEST_TIMESTAMP,
  LATEST_TIMESTAMP,
  MAX_TIMESTAMP,
  type ReadResult,
  type TimestampOffset,
} from './log-types';
import type { LogSegment } from './segment';

/**
 * The read side of a partition log over its segments (fetch and ListOffsets), kept apart from the write
 * side. Callers check the offset range and pick the isolation bound; these functions only look things up.
 */

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
