import { isDeleteRetained, type LogConfig } from './config';
import { DELETED_SUFFIX, unlinkIfExists } from './files';
import type { LogSegment } from './segment';

/**
 * Which segments retention deletes (Kafka's UnifiedLog.deleteOldSegments), as pure selection, and the queue
 * of `.deleted` files waiting for file.delete.delay.ms. The partition log applies the selection.
 */

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
