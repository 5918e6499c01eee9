import type { RecordBatchHeader } from '../protocol/records/batch-header';
import type { BatchInfo } from './batch-scan';
import type { LogConfig } from './config';
import { floorSegmentIndex } from './log-read';
import { DelayedDeletes } from './retention';
import { createActiveSegment, type LogSegment } from './segment';

/**
 * The segment files of one partition log, oldest first, the last one active (Kafka's LogSegments and the
 * segment half of LocalLog): the log end, lookups, and every change to the set (roll, truncation, deletion
 * with its delayed `.deleted` files), each applied within one tick. The offsets that bound reads (log start,
 * HW, LSO), producer state and leader epochs are the partition log's, which calls these in order.
 */
export class LogSegments {
  /** Oldest first, never empty once the log is open. A full truncation replaces the array (see startAt). */
  all: LogSegment[] = [];
  /** Segment files renamed `.deleted`, removed once file.delete.delay.ms has passed. */
  readonly deletes = new DelayedDeletes();

  constructor(readonly dir: string) {}

  get active(): LogSegment {
    return this.all.at(-1)!;
  }

  /** The offset the next appended record gets. */
  get logEndOffset(): number {
    return this.active.nextOffset;
  }

  /** Total bytes of all segments. */
  get size(): number {
    return this.all.reduce((sum, s) => sum + s.size, 0);
  }

  /** Per-segment facts, oldest first. */
  info(): { baseOffset: number; nextOffset: number; size: number; largestTimestamp: number }[] {
    return this.all.map((s) => ({
      baseOffset: s.baseOffset,
      nextOffset: s.nextOffset,
      size: s.size,
      largestTimestamp: s.largestTimestamp,
    }));
  }

  /** Visits every batch from the one containing `fromOffset` to the log end (header only unless `withBody`). */
  scan(fromOffset: number, visit: (header: RecordBatchHeader, info: BatchInfo) => void, withBody: boolean): void {
    for (let i = floorSegmentIndex(this.all, fromOffset); i < this.all.length; i++) {
      const segment = this.all[i]!;
      const start = fromOffset > segment.baseOffset ? segment.translateOffset(fromOffset) : { position: 0 };
      if (start === null) continue;
      const reader = segment.batches(start.position, withBody);
      for (let b = reader.next(); b; b = reader.next()) visit(b.header, b.info);
    }
  }

  /**
   * Starts a new active segment at `baseOffset`. An empty active segment is replaced rather than left behind
   * (its files deleted); one holding data becomes inactive (its indexes trimmed to their entries).
   */
  roll(baseOffset: number, cfg: LogConfig, now: number): LogSegment {
    const old = this.active;
    if (old.size === 0) {
      this.all.pop();
      old.deleteFiles();
    } else {
      old.onBecomeInactive();
    }
    const segment = createActiveSegment(this.dir, baseOffset, cfg, now);
    this.all.push(segment);
    return segment;
  }

  /**
   * Removes everything at and after `offset` (a batch boundary at or above the first segment's base): later
   * segments' files are deleted at once, the last remaining segment is cut and becomes active again.
   * Returns the bytes removed.
   */
  truncateTo(offset: number): number {
    let removed = 0;
    while (this.all.length > 1 && this.active.baseOffset >= offset) {
      const doomed = this.all.pop()!;
      removed += doomed.size;
      doomed.deleteFiles();
    }
    removed += this.active.truncateTo(offset);
    this.active.onBecomeActive();
    return removed;
  }

  /**
   * Deletes every segment's files and starts over with one empty segment at `offset`. The array is replaced,
   * not emptied: a compaction holding the old one sees its segments gone and swaps nothing.
   */
  startAt(offset: number, cfg: LogConfig, now: number): void {
    for (const segment of this.all) segment.deleteFiles();
    this.all = [createActiveSegment(this.dir, offset, cfg, now)];
  }

  /**
   * Takes `doomed` out of the set and renames their files `.deleted`, removed after `delayMs` (Kafka's
   * file.delete.delay.ms: a read that found a segment just before can still finish). Returns their bytes.
   */
  remove(doomed: readonly LogSegment[], now: number, delayMs: number): number {
    let bytes = 0;
    for (const segment of doomed) {
      bytes += segment.size;
      this.all.splice(this.all.indexOf(segment), 1);
      this.deletes.schedule(segment, now, delayMs);
    }
    return bytes;
  }

  /** Closes every segment's files (flushed or not: the caller decides) and removes pending `.deleted` files. */
  close(): void {
    for (const segment of this.all) segment.close();
    this.deletes.reapAll();
  }

  /** Closes the file descriptors only, writing nothing (a simulated crash, or a log taken offline). */
  closeHandles(): void {
    for (const segment of this.all) segment.closeHandles();
  }
}
