import { RecordBatchHeader } from '../protocol/records/batch-header';
import { type BatchInfo, batchInfo, framingProblem } from './batch-scan';
import type { LogConfig } from './config';
import { InvalidRecordBatchError, MessageTooLargeError, RecordBatchTooLargeError } from './errors';
import type { LeaderEpochCache } from './leader-epoch-cache';
import type { AppendResult } from './log-types';
import type { BatchMetadata } from './producer-state';
import type { LogSegment } from './segment';

/**
 * The write side's decisions, as functions over the batches and the active segment (the partition log
 * applies them in one tick): the framing check, offset assignment for a leader, the follower's offset order,
 * what an append reports and when the active segment rolls. Nothing here writes a file.
 */

const INT32_MAX = 0x7fffffff;

/** Splits `records` into whole v2 batches (header views over `records`), or throws InvalidRecordBatchError. */
export function splitBatches(records: Buffer): RecordBatchHeader[] {
  const headers: RecordBatchHeader[] = [];
  let at = 0;
  while (at < records.length) {
    const problem = framingProblem(records, at, records.length - at);
    if (problem !== null) throw new InvalidRecordBatchError(`batch at byte ${at}: ${problem}`);
    const header = new RecordBatchHeader(records, at);
    headers.push(header);
    at += header.sizeInBytes;
  }
  if (headers.length === 0) throw new InvalidRecordBatchError('no record batch to append');
  return headers;
}

/**
 * Leader append: checks max.message.bytes, then patches each batch in place (base offset from `logEnd`,
 * leader epoch, LogAppendTime when `logAppendTime >= 0`, which recomputes the CRC).
 */
export function assignLeaderOffsets(
  headers: readonly RecordBatchHeader[],
  cfg: LogConfig,
  logEnd: number,
  leaderEpoch: number | undefined,
  logAppendTime: number,
): BatchInfo[] {
  for (const h of headers) {
    if (h.sizeInBytes > cfg.maxMessageBytes) {
      throw new MessageTooLargeError(
        `batch of ${h.sizeInBytes} bytes exceeds max.message.bytes ${cfg.maxMessageBytes}`,
      );
    }
  }
  let next = logEnd;
  const batches: BatchInfo[] = [];
  for (const h of headers) {
    h.setBaseOffset(BigInt(next));
    if (leaderEpoch !== undefined) h.setPartitionLeaderEpoch(leaderEpoch);
    if (logAppendTime >= 0) h.setLogAppendTime(BigInt(logAppendTime));
    const info = batchInfo(h, h.at);
    batches.push(info);
    next = info.lastOffset + 1;
  }
  if (!Number.isSafeInteger(next)) throw new RecordBatchTooLargeError('offsets would exceed 2^53');
  return batches;
}

/**
 * Follower append: batches keep their offsets and epochs; each must start at or after the end of the one
 * before it (gaps are fine: the leader may have compacted). A new leader epoch is recorded at its first batch.
 */
export function checkFollowerBatches(
  headers: readonly RecordBatchHeader[],
  logEnd: number,
  epochs: LeaderEpochCache,
): BatchInfo[] {
  let expected = logEnd;
  const batches: BatchInfo[] = [];
  for (const h of headers) {
    const info = batchInfo(h, h.at);
    if (info.baseOffset < expected) {
      throw new InvalidRecordBatchError(
        `replicated batch at offset ${info.baseOffset} is below the expected ${expected}`,
      );
    }
    if (info.partitionLeaderEpoch > epochs.latestEpoch()) epochs.assign(info.partitionLeaderEpoch, info.baseOffset);
    batches.push(info);
    expected = info.lastOffset + 1;
  }
  return batches;
}

/** A whole append must fit one segment (Kafka's RecordBatchTooLargeException). */
export function checkFitsSegment(bytes: number, cfg: LogConfig): void {
  if (bytes > cfg.segmentBytes) {
    throw new RecordBatchTooLargeError(`${bytes} bytes cannot fit in a segment of segment.bytes ${cfg.segmentBytes}`);
  }
}

/** What an append reports about its batches: the largest timestamp, the offset carrying it, the records. */
export interface AppendStats {
  maxTimestamp: number;
  offsetOfMaxTimestamp: number;
  recordCount: number;
}

export function appendStats(batches: readonly BatchInfo[]): AppendStats {
  let maxTimestamp = -1;
  let offsetOfMaxTimestamp = -1;
  let recordCount = 0;
  for (const b of batches) {
    if (b.maxTimestamp > maxTimestamp) {
      maxTimestamp = b.maxTimestamp;
      offsetOfMaxTimestamp = b.lastOffset;
    }
    recordCount += b.recordsCount;
  }
  return { maxTimestamp, offsetOfMaxTimestamp, recordCount };
}

/** What an append of `batches` (`bytes` long) reports; `durable` is the fsync the policy called for, if any. */
export function appendResult(
  batches: readonly BatchInfo[],
  stats: AppendStats,
  bytes: number,
  logAppendTime: number,
  logStartOffset: number,
  durable: Promise<void> | null,
): AppendResult {
  return {
    durable,
    duplicate: false,
    firstOffset: batches[0]!.baseOffset,
    lastOffset: batches.at(-1)!.lastOffset,
    logAppendTime,
    logStartOffset,
    ...stats,
    bytes,
  };
}

/** The answer to a client's retry of one of its producer's last five batches: that batch, nothing appended. */
export function duplicateResult(d: BatchMetadata, logStartOffset: number): AppendResult {
  return {
    durable: null,
    duplicate: true,
    firstOffset: d.lastOffset - d.offsetDelta,
    lastOffset: d.lastOffset,
    logAppendTime: d.timestamp, // Kafka answers a duplicate with its batch's timestamp here
    logStartOffset,
    maxTimestamp: d.timestamp,
    offsetOfMaxTimestamp: d.lastOffset,
    recordCount: 0,
    bytes: 0,
  };
}

/**
 * Why the active segment must roll before `size` more bytes holding offsets `firstOffset..lastOffset` go in
 * (Kafka's LocalLog.shouldRoll), or null. An empty segment rolls only when the offsets do not fit it (its
 * relative offsets are int32, and it cannot hold offsets below its base); otherwise segment.bytes,
 * segment.ms (from the first batch's timestamp, minus the segment's jitter), a full index, or int32 overflow.
 */
export function rollReason(
  segment: LogSegment,
  cfg: LogConfig,
  size: number,
  firstOffset: number,
  lastOffset: number,
  maxTimestamp: number,
  now: number,
): string | null {
  if (segment.size === 0) {
    if (lastOffset - segment.baseOffset <= INT32_MAX && firstOffset >= segment.baseOffset) return null;
    return 'offsets outside an empty segment';
  }
  const waited =
    segment.rollingBasedTimestamp !== null ? maxTimestamp - segment.rollingBasedTimestamp : now - segment.created;
  if (size > cfg.segmentBytes - segment.size) return 'segment.bytes';
  if (waited > cfg.segmentMs - segment.rollJitterMs) return 'segment.ms';
  if (segment.indexesFull) return 'index full';
  if (lastOffset - segment.baseOffset > INT32_MAX) return 'offset overflow';
  return null;
}
