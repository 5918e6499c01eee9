import type { TopicPartition } from './checkpoint';
import { isDeleteRetained, type LogConfig } from './config';
import { DELETED_SUFFIX, unlinkIfExists } from './files';
import type { LogSegments } from './log-segments';
import type { RetentionResult } from './log-types';
import type { StorageLogger } from './logger';
import type { LogSegment } from './segment';

/**
 * Retention (Kafka's UnifiedLog.deleteOldSegments): which segments go, by retention.ms, retention.bytes and
 * the log start offset, their removal, and the queue of `.deleted` files waiting for file.delete.delay.ms.
 * The partition log moves its offsets once segments went (RetainedLog.segmentsDeleted).
 */

/** What retention needs of its partition log (each call reads the state now). */
export interface RetainedLog {
  readonly topicPartition: TopicPartition;
  readonly logger: StorageLogger;
  readonly segments: LogSegments;
  config(): LogConfig;
  logStartOffset(): number;
  highWatermark(): number;
  /** Segments are about to go: a compaction running over them stops. */
  abortCompaction(): void;
  /** Starts a new active segment at `baseOffset`. */
  roll(baseOffset: number, now: number): LogSegment;
  /**
   * Segments below `firstBase` (the new first segment's base) went: the log start moves up to it, leader
   * epochs, producer snapshots, HW and checkpoints follow, the directory is fsynced.
   */
  segmentsDeleted(firstBase: number): void;
}

/**
 * Time and size retention (cleanup.policy containing delete) and removal of segments below the log start,
 * then reaps `.deleted` files whose file.delete.delay.ms has passed.
 */
export function runRetention(log: RetainedLog, now: number): RetentionResult {
  let deletedSegments = 0;
  let deletedBytes = 0;
  for (const rule of retentionRules(log.config(), now, log.segments.size, () => log.logStartOffset())) {
    const result = deleteSegments(log, rule, now);
    deletedSegments += result.segments;
    deletedBytes += result.bytes;
  }
  log.segments.deletes.reap(now);
  return { deletedSegments, deletedBytes, logStartOffset: log.logStartOffset() };
}

/**
 * Deletes the oldest segments the rule selects. If every segment goes, a new empty active segment is
 * rolled first so the log keeps its end offset. The log start moves up to the first remaining segment.
 */
export function deleteSegments(
  log: RetainedLog,
  rule: RetentionRule,
  now: number,
): { segments: number; bytes: number } {
  const { segments } = log;
  const doomed = selectDeletable(segments.all, log.highWatermark(), segments.logEndOffset, rule.predicate);
  if (doomed.length === 0) return { segments: 0, bytes: 0 };
  log.abortCompaction();
  if (doomed.length === segments.all.length) log.roll(segments.logEndOffset, now);
  const bytes = segments.remove(doomed, now, log.config().fileDeleteDelayMs);
  log.segmentsDeleted(segments.all[0]!.baseOffset);
  const { topic, partition } = log.topicPartition;
  log.logger.info(`deleted ${doomed.length} segment(s) by ${rule.reason}`, {
    topic,
    partition,
    baseOffsets: doomed.map((s) => s.baseOffset),
    bytes,
    logStartOffset: log.logStartOffset(),
  });
  return { segments: doomed.length, bytes };
}

export type SegmentPredicate = (segment: LogSegment, next: LogSegment | undefined) => boolean;

export interface RetentionRule {
  reason: string;
  predicate: SegmentPredicate;
}

/**
 * The rules applied in order: retention.ms and retention.bytes when cleanup.policy includes delete, then
 * segments wholly below the log start offset (DeleteRecords) under any policy. `size` is the log's total.
 */
export function retentionRules(config: LogConfig, now: number, size: number, logStart: () => number): RetentionRule[] {
  const rules: RetentionRule[] = [];
  if (isDeleteRetained(config)) {
    const { retentionMs, retentionBytes } = config;
    if (retentionMs >= 0) {
      rules.push({ reason: `retention.ms ${retentionMs}`, predicate: (s) => now - s.largestTimestamp > retentionMs });
    }
    if (retentionBytes >= 0) {
      let excess = size - retentionBytes;
      rules.push({
        reason: `retention.bytes ${retentionBytes}`,
        predicate: (s) => {
          if (excess - s.size < 0) return false;
          excess -= s.size;
          return true;
        },
      });
    }
  }
  rules.push(logStartRule(logStart));
  return rules;
}

/** Segments whose successor starts at or below the log start hold nothing readable. */
export function logStartRule(logStart: () => number): RetentionRule {
  return { reason: 'log start offset', predicate: (_s, next) => next !== undefined && next.baseOffset <= logStart() };
}

/**
 * The oldest segments for which `predicate` holds, stopping at the first that does not, at data above the
 * high watermark, and at an empty active segment.
 */
export function selectDeletable(
  segments: readonly LogSegment[],
  highWatermark: number,
  logEnd: number,
  predicate: SegmentPredicate,
): LogSegment[] {
  const doomed: LogSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const next = segments[i + 1];
    if (highWatermark < (next ? next.baseOffset : logEnd)) break;
    if (!next && segment.size === 0) break;
    if (!predicate(segment, next)) break;
    doomed.push(segment);
  }
  return doomed;
}

/** Segment files renamed `.deleted` and removed once file.delete.delay.ms has passed. */
export class DelayedDeletes {
  private readonly pending: { files: string[]; due: number }[] = [];

  /** Closes the segment, renames its files to `.deleted` and queues them (or removes them now if delay is 0). */
  schedule(segment: LogSegment, now: number, delayMs: number): void {
    segment.closeHandles();
    segment.renameTo(DELETED_SUFFIX);
    const files = segment.files();
    if (delayMs <= 0) for (const f of files) unlinkIfExists(f);
    else this.pending.push({ files, due: now + delayMs });
  }

  /** Removes the files that are due; returns how many segments' files went. */
  reap(now: number): number {
    let reaped = 0;
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const entry = this.pending[i]!;
      if (entry.due > now) continue;
      for (const f of entry.files) unlinkIfExists(f);
      this.pending.splice(i, 1);
      reaped++;
    }
    return reaped;
  }

  /** Removes everything now (close: the next open would delete `.deleted` files anyway). */
  reapAll(): void {
    this.reap(Number.POSITIVE_INFINITY);
  }
}
