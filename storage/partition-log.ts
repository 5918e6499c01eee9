import { renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RecordBatchHeader } from '../protocol/records/batch-header';
import type { BatchInfo } from './batch-scan';
import { CheckpointWriter, SerialIo } from './background-io';
import { offsetCheckpointText, type TopicPartition } from './checkpoint';
import type { CompactionResult } from './cleaner';
import { type LogConfig, logConfig } from './config';
import { KafkaStorageError, LogClosedError, OffsetOutOfRangeError } from './errors';
import {
  CLEAN_SHUTDOWN_FILE,
  fsyncDirAsync,
  LEADER_EPOCH_CHECKPOINT,
  LOG_START_OFFSET_CHECKPOINT,
  REPLICATION_OFFSET_CHECKPOINT,
  unlinkIfExists,
  writeFileAtomic,
  writeTempFileAsync,
} from './files';
import type { LeaderEpochCache } from './leader-epoch-cache';
import { type AppendableLog, appendAsFollower, appendAsLeader } from './log-append';
import { type CompactedLog, LogCompaction } from './log-compaction';
import { LogFlusher } from './log-flush';
import { openLog } from './log-loader';
import type { LogProducers } from './log-producers';
import { LogSegments } from './log-segments';
import { isolationBound, offsetForTimestamp, type ReadableLog, readLog, readLogAsync } from './log-read';
import type {
  AppendOptions,
  AppendResult,
  Isolation,
  PartitionLogOptions,
  ReadOptions,
  ReadResult,
  RetentionResult,
  TimestampOffset,
} from './log-types';
import { silentLogger, type StorageLogger } from './logger';
import { DEFAULT_PRODUCER_ID_EXPIRATION_MS, type ProducerStateManager } from './producer-state';
import { deleteSegments, logStartRule, type RetainedLog, runRetention } from './retention';
import type { LogSegment } from './segment';

export {
  type AppendOptions,
  type AppendResult,
  EARLIEST_LOCAL_TIMESTAMP,
  EARLIEST_TIMESTAMP,
  type Isolation,
  LATEST_TIMESTAMP,
  MAX_TIMESTAMP,
  type PartitionLogOptions,
  type ReadOptions,
  type ReadResult,
  type RetentionResult,
  type TimestampOffset,
} from './log-types';

/**
 * One partition's log on disk (Kafka's UnifiedLog + LocalLog): a directory of segments, the offsets that
 * bound what may be read (log start, high watermark, last stable offset), checkpoints, retention and
 * compaction. Every method changes the log's state within one tick, so callers never see a half-applied
 * append, truncation or segment swap. Appends and reads copy to and from the page cache synchronously; what
 * waits for the disk (fsyncs, checkpoint writes, readAsync's bytes) runs on libuv's pool in one queue per
 * partition, and rechecks the log's state (closed, truncation generation) before acting on its result.
 * A lazy handle (PartitionLog.lazy) opens its files on first use.
 *
 * This class owns the state (segment set, log start, HW, epochs, producers) and the public API; the concepts
 * Kafka splits out of UnifiedLog live beside it, each seeing the log through its own narrow interface (the
 * `internals` adapter): log-segments.ts (the segment set, roll, truncation, deletion), log-loader.ts (open and
 * recovery), log-append.ts (appends), log-read.ts (reads and ListOffsets), log-flush.ts (fsyncs and the
 * recovery point), retention.ts (which segments go), log-compaction.ts (the cleaner hand-off and swap) and
 * log-producers.ts (producer state). storage/README.md has the table.
 *
 * Offsets and timestamps are JavaScript numbers (exact to 2^53; see storage/README.md).
 */
export class PartitionLog {
  // Set by load(): a handle made by PartitionLog.lazy() touches no file until its first use.
  private loaded = false;
  /** The segment files (log end, roll, truncation, deletion); the offsets bounding reads are kept here. */
  private readonly segmentSet: LogSegments;
  private logStart!: number;
  private hw!: number;
  private epochs!: LeaderEpochCache;
  /** Idempotent and transactional producers: their state, snapshots and the segments' aborted-txn indexes. */
  private producers!: LogProducers;
  private closed = false;
  private closedCleanly = false;
  /** Bumped by truncations: a background flush started before one must not move the recovery point. */
  private truncations = 0;
  private readonly io = new SerialIo();
  /** Counts reads, appends and truncations (not maintenance): unchanged for a while means idle. */
  private uses = 0;
  private readonly checkpoints: CheckpointWriter;
  private readonly flusher: LogFlusher;
  private readonly compaction: LogCompaction;
  /** This log as log-read.ts, log-append.ts, retention.ts and log-compaction.ts see it. */
  private readonly internals: ReadableLog & AppendableLog & RetainedLog & CompactedLog;

  private constructor(
    readonly dir: string,
    readonly topicPartition: TopicPartition,
    private cfg: LogConfig,
    private readonly logger: StorageLogger,
    private readonly clock: () => number,
    private readonly options: PartitionLogOptions,
  ) {
    this.segmentSet = new LogSegments(dir);
    this.checkpoints = new CheckpointWriter(dir, this.io, (error) =>
      logger.error('checkpoint write failed', { ...this.tpMeta, error: String(error) }),
    );
    this.flusher = new LogFlusher(
      {
        dir,
        topicPartition,
        segments: () => this.segments,
        logEndOffset: () => this.active.nextOffset,
        truncations: () => this.truncations,
        state: () => (!this.closed ? 'open' : this.closedCleanly ? 'clean' : 'unclean'),
        takeOffline: (what, error) => this.takeOffline(what, error),
      },
      this.io,
      this.checkpoints,
      logger,
      clock,
    );
    // One adapter over this log's state for its collaborators, each of which types it by its own narrow
    // interface (what reads, appends, retention and compaction may see and do); every member reads the
    // state at the time of the call.
    this.internals = {
      dir,
      topicPartition,
      logger,
      clock,
      segments: this.segmentSet,
      isAbortedBatch: options.isAbortedBatch,
      readAhead: options.readAhead,
      config: () => this.cfg,
      logStartOffset: () => this.logStart,
      highWatermark: () => this.hw,
      lastStableOffset: () => this.lastStableOffset,
      firstUncleanableOffset: () => Math.min(this.active.baseOffset, this.lastStableOffset),
      truncations: () => this.truncations,
      isClosed: () => this.closed,
      ensureOpen: () => this.ensureOpen(),
      epochs: () => this.leaderEpochs,
      producers: () => this.producers,
      collectAborted: (from, to) => this.producers.collectAborted(this.segments, from, to),
      roll: (baseOffset, now) => this.roll(baseOffset, now),
      afterAppend: (logEnd) => this.flusher.afterAppend(logEnd, this.cfg.durability, this.cfg.flushMessages),
      takeOffline: (what, error) => this.takeOffline(what, error),
      abortCompaction: () => this.abortCompaction(),
      segmentsDeleted: (firstBase) => this.segmentsDeleted(firstBase),
    };
    this.compaction = new LogCompaction(this.internals);
  }

  /** Opens (creating if needed) the log in `dir`, recovering it if it was not shut down cleanly. */
  static open(
    dir: string,
    config: Partial<LogConfig> = {},
    logger: StorageLogger = silentLogger,
    options: PartitionLogOptions = {},
  ): PartitionLog {
    const log = PartitionLog.lazy(dir, config, logger, options);
    log.openFiles();
    return log;
  }

  /**
   * A handle on the log in `dir` that opens its files (creating, or recovering after an unclean shutdown)
   * on first use: a broker with thousands of mostly idle partitions starts without touching them, and holds
   * file descriptors only for the partitions in use. Config errors throw here; I/O errors on first use.
   */
  static lazy(
    dir: string,
    config: Partial<LogConfig> = {},
    logger: StorageLogger = silentLogger,
    options: PartitionLogOptions = {},
  ): PartitionLog {
    const tp = options.topicPartition ?? parseTopicPartition(basename(dir));
    return new PartitionLog(dir, tp, logConfig(config), logger, options.clock ?? Date.now, options);
  }

  /** Reads, appends and truncations so far (a LogManager compares it between passes to find idle logs). */
  get useCount(): number {
    return this.uses;
  }

  /**
   * Closes the files of a log nobody used for a while, as a clean close does (flushed, checkpoints, the
   * clean-shutdown marker), but keeps the handle: its next use opens the files again (the fast clean path).
   * The fsyncs and the marker's temp file are written on the pool; the files close in one tick that first
   * checks nothing used the log or queued work meanwhile (then nothing is closed and it returns false).
   */
  async unloadAsync(): Promise<boolean> {
    if (!this.isLoaded || this.compaction.running) return false;
    const uses = this.uses;
    await this.drainForClose();
    const marker = join(this.dir, CLEAN_SHUTDOWN_FILE);
    const tmp = await writeTempFileAsync(marker, '');
    const idle = this.isLoaded && !this.compaction.running && uses === this.uses && !this.io.busy;
    if (!idle || this.flusher.dirty) {
      unlinkIfExists(tmp);
      return false;
    }
    this.segmentSet.close();
    this.checkpoints.closeSync();
    this.checkpoints.reopen();
    renameSync(tmp, marker);
    this.loaded = false;
    void this.io.enqueue(() => fsyncDirAsync(this.dir)).catch(() => {});
    this.logger.debug('closed idle partition log', this.tpMeta);
    return true;
  }

  /** Whether the files are open (false for a lazy handle not used yet, after unloadAsync and after close). */
  get isLoaded(): boolean {
    return this.loaded && !this.closed;
  }

  /** Opens the files now if this is a lazy handle not used yet (a no-op once open). */
  openFiles(): void {
    if (this.loaded) return;
    if (this.closed) throw new LogClosedError(`log ${this.dir} is closed`);
    this.load();
  }

  private load(): void {
    const started = performance.now();
    const { dir, logger, clock, topicPartition: tp } = this;
    const inBackground = (job: () => Promise<void>) =>
      void this.io
        .enqueue(job)
        .catch((error) => logger.error('background fsync failed', { ...this.tpMeta, error: String(error) }));
    const opened = openLog({
      dir,
      tp,
      cfg: this.cfg,
      logger,
      clock,
      producerIdExpirationMs: this.options.producerIdExpirationMs ?? DEFAULT_PRODUCER_ID_EXPIRATION_MS,
      inBackground,
      persistEpochs: (content) => void this.checkpoints.write(LEADER_EPOCH_CHECKPOINT, content),
    });
    const { segments, cleanShutdown } = opened;
    const logEnd = segments.at(-1)!.nextOffset;
    this.segmentSet.all = segments;
    this.logStart = opened.logStart;
    this.hw = opened.highWatermark;
    this.epochs = opened.epochs;
    this.producers = opened.producers;
    this.flusher.reset(opened.recoveryPoint, opened.recoveryPointOnDisk ?? -1);
    // Checkpoints already on disk with the right values are not rewritten (opening many partitions stays cheap).
    for (const [name, value] of opened.checkpointsOnDisk) {
      if (value !== null) this.checkpoints.known(name, offsetCheckpointText(tp, value));
    }
    this.loaded = true;
    if (cleanShutdown) {
      unlinkIfExists(join(dir, CLEAN_SHUTDOWN_FILE));
      inBackground(() => fsyncDirAsync(dir));
    }
    void this.checkpoint();
    logger.info('opened partition log', {
      ...this.tpMeta,
      cleanShutdown,
      segments: segments.length,
      recoveredSegments: opened.recoveredSegments,
      droppedBytes: opened.droppedBytes,
      logStartOffset: this.logStart,
      logEndOffset: logEnd,
      ms: Math.round(performance.now() - started),
    });
    this.options.onLoad?.(this);
  }

  /** Leader epoch -> start offset (OffsetForLeaderEpoch, truncation on becoming a follower). */
  get leaderEpochs(): LeaderEpochCache {
    this.openFiles();
    return this.epochs;
  }

  get config(): Readonly<LogConfig> {
    return this.cfg;
  }

  /** Applies new topic config (AlterConfigs). Takes effect for later appends, rolls and cleanups. */
  updateConfig(config: Partial<LogConfig>): void {
    this.cfg = logConfig(config);
  }

  get logStartOffset(): number {
    this.openFiles();
    return this.logStart;
  }

  get logEndOffset(): number {
    this.openFiles();
    return this.segmentSet.logEndOffset;
  }

  get highWatermark(): number {
    this.openFiles();
    return this.hw;
  }

  /**
   * Last stable offset: the HW, or the first offset of a transaction still open (or whose marker the HW has
   * not passed yet) if that is lower.
   */
  get lastStableOffset(): number {
    this.openFiles();
    const firstUnstable = this.producers.state.firstUnstableOffset();
    return firstUnstable === null ? this.hw : Math.min(this.hw, Math.max(firstUnstable, this.logStart));
  }

  /** The producers of this partition (idempotence, transactions): read-only views for the partition layer. */
  get producerState(): ProducerStateManager {
    this.openFiles();
    return this.producers.state;
  }

  /** Offsets of the producer-state snapshot files, ascending. */
  get producerSnapshotOffsets(): readonly number[] {
    this.openFiles();
    return this.producers.snapshotOffsets;
  }

  /**
   * Forgets producers idle for producer.id.expiration.ms without an open transaction (periodic); `expirationMs`
   * is the setting's current value when it may have changed since the log opened.
   */
  removeExpiredProducers(now = this.clock(), expirationMs?: number): number {
    if (!this.isLoaded) return 0;
    if (expirationMs !== undefined) this.producers.state.producerIdExpirationMs = expirationMs;
    return this.producers.state.removeExpiredProducers(now);
  }

  get recoveryPoint(): number {
    this.openFiles();
    return this.flusher.recoveryPoint;
  }

  /** Total bytes of all segments. */
  get size(): number {
    this.openFiles();
    return this.segmentSet.size;
  }

  get segmentCount(): number {
    this.openFiles();
    return this.segments.length;
  }

  /** Base offsets of the segments, oldest first. */
  get segmentBaseOffsets(): number[] {
    this.openFiles();
    return this.segments.map((s) => s.baseOffset);
  }

  /** Per-segment facts, oldest first (DescribeLogDirs, tools, tests). */
  segmentsInfo(): { baseOffset: number; nextOffset: number; size: number; largestTimestamp: number }[] {
    this.openFiles();
    return this.segmentSet.info();
  }

  private get active(): LogSegment {
    return this.segmentSet.active;
  }

  /** The segments, oldest first (the array a full truncation replaces: read it anew each time). */
  private get segments(): LogSegment[] {
    return this.segmentSet.all;
  }

  /** Replication advances the HW; with a single replica the broker sets it to the log end after appends. */
  setHighWatermark(offset: number): void {
    this.openFiles();
    this.hw = Math.min(Math.max(offset, this.logStart), this.logEndOffset);
    this.producers.state.onHighWatermarkUpdated(this.hw);
  }

  private ensureOpen(): void {
    if (this.closed) throw new LogClosedError(`log ${this.dir} is closed`);
    this.openFiles();
  }

  /**
   * Appends producer batches as the leader: offsets from the log end, patched into `records` in place, with
   * the leader epoch and, under LogAppendTime, the append time; producer state checked first (log-append.ts).
   */
  append(records: Buffer, options: AppendOptions = {}): AppendResult {
    this.uses++;
    this.ensureOpen();
    return appendAsLeader(this.internals, records, options, options.now ?? this.clock());
  }

  /**
   * Appends batches replicated from the leader: offsets, epochs and timestamps are kept as they are. The
   * first batch must start at or after the log end (gaps are allowed: the leader may have compacted).
   */
  appendAsFollower(records: Buffer, options: { now?: number } = {}): AppendResult {
    this.uses++;
    this.ensureOpen();
    return appendAsFollower(this.internals, records, options.now ?? this.clock());
  }

  /** Starts a new active segment at `baseOffset` (default: the log end). */
  roll(baseOffset = this.logEndOffset, now = this.clock()): LogSegment {
    this.ensureOpen();
    const hadData = this.active.size > 0;
    if (hadData) {
      // Kafka snapshots producer state at every roll: a recovery replays from the newest one on disk.
      this.producers.state.mapEndOffset = Math.max(this.producers.state.mapEndOffset, baseOffset);
      this.producers.takeSnapshot(false);
    }
    const segment = this.segmentSet.roll(baseOffset, this.cfg, now);
    this.flusher.onRoll(baseOffset, hadData);
    return segment;
  }

  /**
   * A failed write or fsync leaves the log's tail in doubt. As Kafka takes the log dir offline, the log
   * closes (every later call fails with KAFKA_STORAGE_ERROR); reopening recovers it from disk.
   */
  private takeOffline(what: string, error: unknown): KafkaStorageError {
    this.logger.error(`${what} failed; partition log taken offline`, { ...this.tpMeta, error: String(error) });
    this.closeWithoutFlush();
    return new KafkaStorageError(`${what} of ${this.dir} failed: ${(error as Error).message}`, error);
  }

  /** Resolves when the background work queued so far (fsyncs, checkpoint writes) has finished. */
  async whenFlushed(): Promise<void> {
    await this.io.idle();
  }

  /**
   * fsyncs every segment holding offsets from the recovery point up to the log end, now, on the caller's
   * thread, and moves the recovery point (close() uses it; the append path flushes in the background).
   */
  flush(): void {
    this.ensureOpen();
    this.flusher.flushSync();
    void this.checkpoint();
  }

  /**
   * flush.ms: when that much time passed since the last flush and there is unflushed data, starts a flush in
   * the background (whenFlushed() resolves after it) and returns true.
   */
  maybeFlush(now = this.clock()): boolean {
    if (this.closed || !this.loaded) return false;
    return this.flusher.maybeFlush(now, this.cfg.flushMs);
  }

  /**
   * Writes the recovery point, log start offset and high watermark checkpoints that changed, in the
   * background; resolves once they are on disk.
   */
  checkpoint(): Promise<void> {
    if (!this.isLoaded) return Promise.resolve();
    this.flusher.writeRecoveryPoint();
    void this.checkpoints.write(LOG_START_OFFSET_CHECKPOINT, offsetCheckpointText(this.topicPartition, this.logStart));
    return this.checkpoints.write(REPLICATION_OFFSET_CHECKPOINT, offsetCheckpointText(this.topicPartition, this.hw));
  }

  private get tpMeta(): { topic: string; partition: number } {
    return { topic: this.topicPartition.topic, partition: this.topicPartition.partition };
  }

  /**
   * Reads whole batches from the batch containing `offset`, within `maxBytes` (at least one batch when
   * minOneBatch), never past the isolation bound: a batch is served only if all of it lies below the bound.
   * Throws OffsetOutOfRangeError when `offset` is below the log start or above the log end (log-read.ts).
   */
  read(offset: number, options: ReadOptions): ReadResult {
    this.uses++;
    return readLog(this.internals, offset, options);
  }

  /**
   * The same answer as read(), with the record bytes of older segments read on libuv's pool (a cold segment
   * does not hold the event loop); a truncation while the bytes are on their way restarts the read.
   */
  readAsync(offset: number, options: ReadOptions): Promise<ReadResult> {
    this.uses++;
    return readLogAsync(this.internals, offset, options);
  }

  /** ListOffsets by timestamp or special value (-1 latest, -2 earliest, -3 max timestamp, -4 earliest local). */
  offsetForTimestamp(timestamp: number, isolation: Isolation = 'high-watermark'): TimestampOffset | null {
    this.uses++;
    this.ensureOpen();
    return offsetForTimestamp(
      this.segments,
      timestamp,
      this.logStart,
      isolationBound(this.internals, isolation),
      this.leaderEpochs.all,
    );
  }

  /**
   * Visits every batch from the one containing `fromOffset` to the log end, header only (or whole with
   * `withBody`), oldest first. For rebuilding state kept outside the log (producer state from the last
   * snapshot, transaction indexes). The header view is only valid during the call.
   */
  scanBatches(fromOffset: number, visit: (header: RecordBatchHeader, info: BatchInfo) => void, withBody = false): void {
    this.uses++;
    this.ensureOpen();
    this.segmentSet.scan(fromOffset, visit, withBody);
  }

  /**
   * Replication: removes everything at and after `offset` (a batch boundary), moving the log end back.
   * The HW, recovery point and leader epochs follow.
   */
  truncateTo(offset: number): number {
    this.uses++;
    this.ensureOpen();
    if (offset >= this.logEndOffset) {
      // Nothing to cut, but an epoch may start at the log end with no record in it: this broker led, recorded
      // its epoch's start and was replaced before appending. Left there, it would be this log's last fetched
      // epoch, which the new leader does not know: every fetch would be told to truncate again, forever
      // (Kafka's UnifiedLog.truncateTo always trims the epoch cache for this reason).
      this.leaderEpochs.truncateFromEnd(this.logEndOffset);
      return 0;
    }
    this.abortCompaction();
    this.truncations++;
    if (offset < this.segments[0]!.baseOffset) {
      this.truncateFullyAndStartAt(offset);
      return 0;
    }
    const removed = this.segmentSet.truncateTo(offset);
    const end = this.logEndOffset;
    this.logStart = Math.min(this.logStart, end);
    this.hw = Math.min(this.hw, end);
    this.flusher.lowerTo(end);
    this.leaderEpochs.truncateFromEnd(end);
    this.producers.truncated(this.segments, this.logStart, end, this.clock());
    this.producers.state.onHighWatermarkUpdated(this.hw);
    this.flusher.queueDirFsync();
    void this.checkpoint();
    this.logger.info('truncated log', { ...this.tpMeta, to: offset, logEndOffset: end, removedBytes: removed });
    return removed;
  }

  /** Deletes every segment and starts an empty log at `offset` (a follower out of range of its leader). */
  truncateFullyAndStartAt(offset: number): void {
    this.uses++;
    this.ensureOpen();
    this.abortCompaction();
    this.truncations++;
    this.segmentSet.startAt(offset, this.cfg, this.clock());
    this.logStart = offset;
    this.hw = offset;
    this.flusher.startAt(offset);
    this.leaderEpochs.truncateFromEnd(offset);
    this.leaderEpochs.truncateFromStart(offset);
    this.producers.startAt(offset);
    this.flusher.queueDirFsync();
    void this.checkpoint();
  }

  /**
   * DeleteRecords: advances the log start offset to `offset` (-1 means the high watermark) and deletes the
   * segments wholly below it. Offsets above the HW are out of range. Returns the new log start offset.
   */
  deleteRecordsBefore(offset: number, now = this.clock()): number {
    this.uses++;
    this.ensureOpen();
    const target = offset === -1 ? this.hw : offset;
    if (target < 0 || target > this.hw) {
      throw new OffsetOutOfRangeError(`cannot delete records before ${offset}: high watermark is ${this.hw}`);
    }
    if (target > this.logStart) {
      this.logStart = target;
      this.leaderEpochs.truncateFromStart(target);
      this.producers.state.onLogStartOffsetIncremented(target);
      void this.checkpoint();
      deleteSegments(
        this.internals,
        logStartRule(() => this.logStart),
        now,
      );
    }
    return this.logStart;
  }

  /**
   * Time and size retention (cleanup.policy containing delete) and removal of segments below the log start,
   * then reaps `.deleted` files whose file.delete.delay.ms has passed. The broker calls this periodically.
   */
  runRetention(now = this.clock()): RetentionResult {
    this.ensureOpen();
    return runRetention(this.internals, now);
  }

  /** Segments below `firstBase` went (retention.ts): the offsets and what follows them move up. */
  private segmentsDeleted(firstBase: number): void {
    this.flusher.queueDirFsync();
    if (firstBase > this.logStart) {
      this.logStart = firstBase;
      this.leaderEpochs.truncateFromStart(firstBase);
    }
    this.producers.deleteSnapshotsBefore(firstBase);
    this.hw = Math.max(this.hw, this.logStart);
    void this.checkpoint();
  }

  /** Removes `.deleted` files whose file.delete.delay.ms has passed (runRetention does it too). */
  reapDeletedFiles(now = this.clock()): number {
    return this.segmentSet.deletes.reap(now);
  }

  /**
   * Log compaction for cleanup.policy compact / compact,delete (Kafka's LogCleaner for this partition):
   * runs when the dirty ratio reaches min.cleanable.dirty.ratio, a dirty record is older than
   * max.compaction.lag.ms, or `force` is set. Returns null when nothing was cleaned.
   */
  async compact(
    options: { now?: number; force?: boolean; keyMapBytes?: number } = {},
  ): Promise<CompactionResult | null> {
    this.ensureOpen();
    return this.compaction.run(options);
  }

  /** Truncation, retention and close change the segments under a running compaction: it stops and swaps nothing. */
  private abortCompaction(): void {
    this.compaction.abort();
  }

  /** Flushes, writes checkpoints and the clean-shutdown marker, closes every file. */
  close(): void {
    if (this.closed) return;
    if (!this.loaded) {
      this.closed = true; // never opened: its files are as they were (a clean or unclean shutdown alike)
      return;
    }
    this.abortCompaction();
    this.flush();
    this.producers.takeSnapshot(true);
    this.segmentSet.close();
    this.closed = true;
    this.closedCleanly = true;
    this.checkpoints.closeSync();
    writeFileAtomic(join(this.dir, CLEAN_SHUTDOWN_FILE), '');
    this.logger.debug('closed partition log', { ...this.tpMeta, logEndOffset: this.segmentSet.logEndOffset });
  }

  /**
   * close() with the waiting done on libuv's pool: the data is fsynced and the checkpoints written in the
   * background, then the files are closed and the clean-shutdown marker written (temp file fsynced on the
   * pool). A broker closes its partitions this way, all at once, so a shutdown with thousands of partitions
   * takes a few pool round trips rather than thousands of fsyncs one after another on the event loop.
   * Callers stop appending first.
   */
  async closeAsync(): Promise<void> {
    if (this.closed || !this.loaded) {
      this.close();
      return;
    }
    this.abortCompaction();
    await this.drainForClose();
    if (this.closed) return;
    if (this.flusher.dirty) this.flush(); // appended meanwhile
    this.segmentSet.close();
    this.closed = true;
    this.closedCleanly = true;
    this.checkpoints.closeSync(); // nothing left to write unless appended meanwhile
    const marker = join(this.dir, CLEAN_SHUTDOWN_FILE);
    renameSync(await writeTempFileAsync(marker, ''), marker);
    await fsyncDirAsync(this.dir);
    this.logger.debug('closed partition log', { ...this.tpMeta, logEndOffset: this.segmentSet.logEndOffset });
  }

  /** A clean close's waiting, done on the pool: data fsynced, a producer snapshot written, queued work done. */
  private async drainForClose(): Promise<void> {
    if (this.flusher.dirty) await this.flusher.request(this.logEndOffset, true);
    this.producers.takeSnapshot(false); // fsynced on the pool, waited for just below
    await this.io.idle();
  }

  /** Closes file handles without flushing or marking a clean shutdown (a simulated crash, or before delete). */
  closeWithoutFlush(): void {
    if (this.closed) return;
    if (!this.loaded) {
      this.closed = true;
      return;
    }
    this.abortCompaction();
    this.checkpoints.abandon();
    this.segmentSet.closeHandles();
    this.closed = true;
  }

  get isClosed(): boolean {
    return this.closed;
  }
}

/** `orders-3` -> { topic: 'orders', partition: 3 }; topics may contain '-'. */
export function parseTopicPartition(name: string): TopicPartition {
  const dash = name.lastIndexOf('-');
  const partition = Number(name.slice(dash + 1));
  if (dash <= 0 || !Number.isInteger(partition) || partition < 0) return { topic: name, partition: 0 };
  return { topic: name.slice(0, dash), partition };
}
