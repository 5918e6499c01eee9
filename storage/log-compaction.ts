import { join } from 'node:path';
import type { BatchInfo } from './batch-scan';
import type { TopicPartition } from './checkpoint';
import { type CompactionResult, runCompaction } from './cleaner';
import type { LogConfig } from './config';
import { CLEANER_OFFSET_CHECKPOINT, fsyncDir } from './files';
import type { StorageLogger } from './logger';
import type { LogSegments } from './log-segments';
import { type LogSegment, segmentOptionsOf } from './segment';

/** What the compaction hand-off needs to see of its partition log. */
export interface CompactedLog {
  readonly dir: string;
  readonly topicPartition: TopicPartition;
  readonly logger: StorageLogger;
  readonly clock: () => number;
  /** Overrides the aborted-transaction test (tests); by default the segments' `.txnindex` entries decide. */
  readonly isAbortedBatch?: (batch: BatchInfo, producerId: number) => boolean;
  config(): LogConfig;
  /** The segment set (a swap splices its array; a full truncation replaces the array between calls). */
  readonly segments: LogSegments;
  logStartOffset(): number;
  /** Active segment base, LSO: nothing at or after it is cleaned. */
  firstUncleanableOffset(): number;
  isClosed(): boolean;
}

/**
 * The partition log's side of compaction (Kafka's hand-off between UnifiedLog and the LogCleaner): one pass
 * at a time, aborted by anything that changes the segments under it (truncation, retention, close), and the
 * swap that puts the cleaned segment in place. The cleaning itself is cleaner.ts.
 */
export class LogCompaction {
  private current: { aborted: boolean } | null = null;
  /** Earliest delete horizon of tombstones kept by the last pass (in memory; a restart re-learns it). */
  private pendingDeleteHorizon: number | null = null;

  constructor(private readonly log: CompactedLog) {}

  /** Whether a pass is in progress (an idle unload waits for the next round). */
  get running(): boolean {
    return this.current !== null;
  }

  /**
   * Runs a pass when the dirty ratio reaches min.cleanable.dirty.ratio, a dirty record is older than
   * max.compaction.lag.ms, or `force` is set; null when nothing was cleaned or a pass is already running.
   */
  async run(options: { now?: number; force?: boolean; keyMapBytes?: number }): Promise<CompactionResult | null> {
    if (this.current) return null;
    const { log } = this;
    const state = { aborted: false };
    this.current = state;
    try {
      const config = log.config();
      const result = await runCompaction({
        dir: log.dir,
        tp: log.topicPartition,
        config,
        logger: log.logger,
        now: options.now ?? log.clock(),
        force: options.force ?? false,
        segments: () => log.segments.all,
        logStartOffset: () => log.logStartOffset(),
        firstUncleanableOffset: () => log.firstUncleanableOffset(),
        cleanerCheckpointPath: join(log.dir, CLEANER_OFFSET_CHECKPOINT),
        aborted: () => state.aborted || log.isClosed(),
        swap: (oldSegments, cleaned) => this.swap(oldSegments, cleaned),
        segmentOptions: segmentOptionsOf(config),
        pendingDeleteHorizon: this.pendingDeleteHorizon,
        isAbortedBatch: log.isAbortedBatch ?? abortedBatchTest(log.segments.all),
        keyMapBytes: options.keyMapBytes,
      });
      if (result) this.pendingDeleteHorizon = result.nextDeleteHorizon;
      return result;
    } finally {
      if (this.current === state) this.current = null;
    }
  }

  /** The segments are changing under the pass: it stops at its next check and swaps nothing. */
  abort(): void {
    if (this.current) this.current.aborted = true;
  }

  /**
   * Atomically replaces `oldSegments` (consecutive) by `cleaned`, whose files carry the `.cleaned` suffix
   * and were flushed: rename to `.swap` (commit point: recovery completes a swap it finds), move the old
   * files to `.deleted`, rename the `.swap` files into place. False when the segments changed meanwhile.
   */
  private swap(oldSegments: LogSegment[], cleaned: LogSegment): boolean {
    const segments = this.log.segments.all;
    const at = segments.indexOf(oldSegments[0]!);
    if (at < 0 || oldSegments.some((s, i) => segments[at + i] !== s) || segments.at(-1) === oldSegments.at(-1)) {
      return false;
    }
    const now = this.log.clock();
    // The aborted transactions of the replaced segments stay known (read_committed fetches need them).
    for (const old of oldSegments) for (const txn of old.txnIndex.all()) cleaned.txnIndex.append(txn);
    cleaned.txnIndex.close();
    cleaned.renameTo('.swap');
    fsyncDir(this.log.dir);
    const delayMs = this.log.config().fileDeleteDelayMs;
    for (const old of oldSegments) this.log.segments.deletes.schedule(old, now, delayMs);
    cleaned.renameTo('');
    fsyncDir(this.log.dir);
    segments.splice(at, oldSegments.length, cleaned);
    return true;
  }
}

/**
 * Kafka's cleaner drops the data of aborted transactions: a batch is aborted when an AbortedTxn of its
 * producer (from the `.txnindex` files) spans its offset. Compaction only cleans below the LSO, where every
 * transaction is decided.
 */
function abortedBatchTest(segments: readonly LogSegment[]): (batch: BatchInfo, producerId: number) => boolean {
  const aborted = segments.flatMap((s) => s.txnIndex.all());
  return (batch, producerId) =>
    producerId >= 0 &&
    aborted.some(
      (t) =>
        Number(t.producerId) === producerId && t.firstOffset <= batch.baseOffset && batch.baseOffset <= t.lastOffset,
    );
}
