import { RecordBatchHeader } from '../protocol/records/batch-header';
import { type BatchInfo, batchInfo, framingProblem } from './batch-scan';
import type { TopicPartition } from './checkpoint';
import type { LogConfig } from './config';
import {
  InvalidRecordBatchError,
  type KafkaStorageError,
  MessageTooLargeError,
  RecordBatchTooLargeError,
} from './errors';
import type { LeaderEpochCache } from './leader-epoch-cache';
import type { LogProducers } from './log-producers';
import type { LogSegments } from './log-segments';
import type { AppendOptions, AppendResult } from './log-types';
import type { StorageLogger } from './logger';
import type { BatchMetadata, ProducerAppendAnalysis } from './producer-state';
import type { LogSegment } from './segment';

/**
 * The write side of a partition log (Kafka's UnifiedLog.append and LocalLog.shouldRoll): the framing check,
 * offset assignment for a leader, the follower's offset order, producer-state validation before a byte is
 * written, when the active segment rolls, and what an append reports. Each append runs within one tick of
 * the caller, so no reader sees it half applied.
 */

/** What an append needs of its partition log (each call reads the state now). */
export interface AppendableLog {
  readonly topicPartition: TopicPartition;
  readonly logger: StorageLogger;
  readonly segments: LogSegments;
  config(): LogConfig;
  logStartOffset(): number;
  epochs(): LeaderEpochCache;
  producers(): LogProducers;
  /** Starts a new active segment at `baseOffset` (producer snapshot and the old segment's fsync included). */
  roll(baseOffset: number, now: number): LogSegment;
  /** The fsync the durability policy calls for after appending up to `logEnd` (null: none). */
  afterAppend(logEnd: number): Promise<void> | null;
  /** A failed write: the log goes offline; returns the error to throw. */
  takeOffline(what: string, error: unknown): KafkaStorageError;
}

/**
 * Appends producer batches as the leader: assigns offsets from the log end (rewriting each baseOffset in
 * place: `records` is modified), stamps the leader epoch and, under LogAppendTime, the append time (which
 * recomputes the CRC). Records are never decoded. The broker validated the batches (CRC, sizes, producer
 * state); this checks their framing again because a bad length here would corrupt the log.
 */
export function appendAsLeader(log: AppendableLog, records: Buffer, options: AppendOptions, now: number): AppendResult {
  const cfg = log.config();
  const headers = splitBatches(records);
  const logAppendTime = cfg.messageTimestampType === 'LogAppendTime' ? now : -1;
  const batches = assignLeaderOffsets(headers, cfg, log.segments.logEndOffset, options.leaderEpoch, logAppendTime);
  // Kafka's analyzeAndValidateProducerState, with offsets assigned and before anything is written: a
  // producer error throws, a client's retry of one of its last five batches is answered with that batch.
  const producers = log.producers().analyze(headers, options.origin ?? 'client', options.transactionVersion);
  if (producers?.duplicate) return duplicateResult(producers.duplicate, log.logStartOffset());
  const epochs = log.epochs();
  if (options.leaderEpoch !== undefined && options.leaderEpoch > epochs.latestEpoch()) {
    epochs.assign(options.leaderEpoch, batches[0]!.baseOffset);
  }
  return appendBatches(log, records, batches, now, logAppendTime, producers);
}

/**
 * Appends batches replicated from the leader: offsets, epochs and timestamps are kept as they are. The
 * first batch must start at or after the log end (gaps are allowed: the leader may have compacted).
 */
export function appendAsFollower(log: AppendableLog, records: Buffer, now: number): AppendResult {
  const headers = splitBatches(records);
  const batches = checkFollowerBatches(headers, log.segments.logEndOffset, log.epochs());
  const producers = log.producers().analyze(headers, 'replication');
  return appendBatches(log, records, batches, now, -1, producers);
}

/** Writes checked batches to the active segment (rolling first if needed) and applies their producer state. */
function appendBatches(
  log: AppendableLog,
  records: Buffer,
  batches: BatchInfo[],
  now: number,
  logAppendTime: number,
  producers: ProducerAppendAnalysis | null,
): AppendResult {
  checkFitsSegment(records.length, log.config());
  const last = batches.at(-1)!;
  const stats = appendStats(batches);
  const segment = maybeRoll(log, records.length, batches[0]!.baseOffset, last.lastOffset, stats.maxTimestamp, now);
  try {
    segment.append(records, batches);
    log.producers().apply(producers, segment, last.lastOffset + 1);
  } catch (error) {
    throw log.takeOffline('append', error);
  }
  // The fsync the policy calls for runs in the background; the caller awaits `durable` before acknowledging.
  const durable = log.afterAppend(log.segments.logEndOffset);
  return appendResult(batches, stats, records.length, logAppendTime, log.logStartOffset(), durable);
}

/** Rolls when the active segment is full, too old, its indexes are full or offsets would overflow int32. */
function maybeRoll(
  log: AppendableLog,
  size: number,
  firstOffset: number,
  lastOffset: number,
  maxTimestamp: number,
  now: number,
): LogSegment {
  const segment = log.segments.active;
  const reason = rollReason(segment, log.config(), size, firstOffset, lastOffset, maxTimestamp, now);
  if (reason === null) return segment;
  // An empty active segment that cannot take these offsets is replaced silently; a real roll is logged.
  if (segment.size > 0) {
    const { topic, partition } = log.topicPartition;
    log.logger.debug('rolling segment', { topic, partition, reason, newBaseOffset: firstOffset });
  }
  return log.roll(firstOffset, now);
}

const INT32_MAX = 0x7fffffff;

/** Splits `records` into whole v2 batches (header views over `records`), or throws InvalidRecordBatchError. */
function splitBatches(records: Buffer): RecordBatchHeader[] {
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
function assignLeaderOffsets(
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
function checkFollowerBatches(
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
    batches.push(info);
    expected = info.lastOffset + 1;
  }
  // Epochs are taken only once every batch passed: a refused response must leave no epoch without its records
  // (the next fetch would claim that epoch as its last fetched one and pass the leader's divergence check).
  for (const info of batches) {
    if (info.partitionLeaderEpoch > epochs.latestEpoch()) epochs.assign(info.partitionLeaderEpoch, info.baseOffset);
  }
  return batches;
}

/** A whole append must fit one segment (Kafka's RecordBatchTooLargeException). */
function checkFitsSegment(bytes: number, cfg: LogConfig): void {
  if (bytes > cfg.segmentBytes) {
    throw new RecordBatchTooLargeError(`${bytes} bytes cannot fit in a segment of segment.bytes ${cfg.segmentBytes}`);
  }
}

/** What an append reports about its batches: the largest timestamp, the offset carrying it, the records. */
interface AppendStats {
  maxTimestamp: number;
  offsetOfMaxTimestamp: number;
  recordCount: number;
}

function appendStats(batches: readonly BatchInfo[]): AppendStats {
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
function appendResult(
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
    maxTimestamp: stats.maxTimestamp,
    offsetOfMaxTimestamp: stats.offsetOfMaxTimestamp,
    recordCount: stats.recordCount,
    bytes,
  };
}

/** The answer to a client's retry of one of its producer's last five batches: that batch, nothing appended. */
function duplicateResult(d: BatchMetadata, logStartOffset: number): AppendResult {
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
function rollReason(
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
