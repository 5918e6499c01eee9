import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { FileBatchReader, withFile } from './batch-scan';
import { readOffsetCheckpoint, type TopicPartition } from './checkpoint';
import type { LogConfig } from './config';
import {
  CLEAN_SHUTDOWN_FILE,
  CLEANED_SUFFIX,
  DELETED_SUFFIX,
  fsyncDir,
  fsyncDirAsync,
  INDEX_SUFFIX,
  LEADER_EPOCH_CHECKPOINT,
  LOG_START_OFFSET_CHECKPOINT,
  LOG_SUFFIX,
  parseSegmentFileName,
  RECOVERY_POINT_CHECKPOINT,
  REPLICATION_OFFSET_CHECKPOINT,
  SWAP_SUFFIX,
  segmentFile,
  TIME_INDEX_SUFFIX,
  TXN_INDEX_SUFFIX,
  unlinkIfExists,
} from './files';
import { LeaderEpochCache } from './leader-epoch-cache';
import { LogProducers } from './log-producers';
import type { StorageLogger } from './logger';
import { createActiveSegment, LogSegment, rollJitterFor, type SegmentOptions, segmentOptionsOf } from './segment';

export interface LoadContext {
  dir: string;
  tp: TopicPartition;
  logger: StorageLogger;
  segmentOptions: SegmentOptions;
  /** Offset below which everything was flushed (null: unknown, recover everything). */
  recoveryPoint: number | null;
  cleanShutdown: boolean;
  jitter(): number;
}

export interface LoadResult {
  segments: LogSegment[];
  /** Segments whose batches were scanned and indexes rebuilt. */
  recoveredSegments: number;
  droppedBytes: number;
}

export interface OpenContext {
  dir: string;
  tp: TopicPartition;
  cfg: LogConfig;
  logger: StorageLogger;
  clock: () => number;
  producerIdExpirationMs: number;
  /** Queues work on the log's background queue (fsyncs of the directory and of producer snapshots). */
  inBackground(job: () => Promise<void>): void;
  /** Writes leader-epoch-checkpoint (in the background) when the epochs change. */
  persistEpochs(content: string): void;
}

/** A partition's files opened and recovered, and the offsets its checkpoints give, clamped to the log. */
export interface OpenedLog extends LoadResult {
  /** Whether the clean-shutdown marker was there (the caller removes it once the log's state is loaded). */
  cleanShutdown: boolean;
  logStart: number;
  highWatermark: number;
  /** Everything below is on disk: the log end after a clean shutdown, else the checkpoint's value. */
  recoveryPoint: number;
  /** What recovery-point-offset-checkpoint said (null: no file). */
  recoveryPointOnDisk: number | null;
  /** The offset checkpoint files read and their values (null: missing or unreadable). */
  checkpointsOnDisk: Map<string, number | null>;
  /** Leader epochs, cut to [logStart, logEnd]. */
  epochs: LeaderEpochCache;
  /** Producer state rebuilt from the newest snapshot at or below the recovery point and the batches after it. */
  producers: LogProducers;
}

/**
 * Opens the log in `dir` (creating the directory and a first segment if there is none), as Kafka's LogLoader
 * does: reads the offset checkpoints, loads and recovers the segments (loadSegments), clamps the log start,
 * high watermark and recovery point to what the segments hold, then loads the leader epochs and rebuilds
 * producer state. The clean-shutdown marker is left for the caller to remove once it adopted all this.
 */
export function openLog(ctx: OpenContext): OpenedLog {
  const { dir, tp, cfg, logger } = ctx;
  mkdirSync(dir, { recursive: true });
  const cleanShutdown = existsSync(join(dir, CLEAN_SHUTDOWN_FILE));
  const onDisk = new Map<string, number | null>();
  const checkpointed = (name: string) => {
    if (!onDisk.has(name)) onDisk.set(name, readOffsetCheckpoint(join(dir, name), tp, logger));
    return onDisk.get(name)!;
  };
  const recoveryPoint = checkpointed(RECOVERY_POINT_CHECKPOINT);
  const loaded = loadSegments({
    dir,
    tp,
    logger,
    segmentOptions: segmentOptionsOf(cfg),
    recoveryPoint,
    cleanShutdown,
    jitter: () => rollJitterFor(cfg),
  });
  const segments = loaded.segments;
  if (segments.length === 0) {
    segments.push(createActiveSegment(dir, checkpointed(LOG_START_OFFSET_CHECKPOINT) ?? 0, cfg, ctx.clock()));
    ctx.inBackground(() => fsyncDirAsync(dir));
  } else {
    segments.at(-1)!.onBecomeActive();
  }
  const logEnd = segments.at(-1)!.nextOffset;
  const firstBase = segments[0]!.baseOffset;
  const logStart = Math.min(Math.max(checkpointed(LOG_START_OFFSET_CHECKPOINT) ?? firstBase, firstBase), logEnd);
  const highWatermark = Math.min(Math.max(checkpointed(REPLICATION_OFFSET_CHECKPOINT) ?? logStart, logStart), logEnd);
  const rp = cleanShutdown ? logEnd : Math.min(recoveryPoint ?? 0, logEnd);
  const epochs = LeaderEpochCache.load(join(dir, LEADER_EPOCH_CHECKPOINT), logger, ctx.persistEpochs);
  epochs.truncateFromEnd(logEnd);
  epochs.truncateFromStart(logStart);
  const producers = new LogProducers(
    dir,
    `${tp.topic}-${tp.partition}`,
    ctx.producerIdExpirationMs,
    logger,
    ctx.inBackground,
  );
  // Snapshots at or below the recovery point describe data that is on disk; after a clean shutdown, all.
  producers.load(segments, logStart, logEnd, rp, ctx.clock());
  producers.state.onHighWatermarkUpdated(highWatermark);
  return {
    ...loaded,
    cleanShutdown,
    logStart,
    highWatermark,
    recoveryPoint: rp,
    recoveryPointOnDisk: recoveryPoint,
    checkpointsOnDisk: onDisk,
    epochs,
    producers,
  };
}

const SEGMENT_SUFFIXES = [LOG_SUFFIX, INDEX_SUFFIX, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX];

/**
 * Brings a partition directory to a consistent state and opens its segments (Kafka's LogLoader):
 * 1. removes leftovers: `.tmp` checkpoint files, `.deleted` segments, unfinished compaction output (`.cleaned`);
 * 2. completes committed compaction swaps (`<base>.log.swap` replaces the segments it covers);
 * 3. opens every segment; after an unclean shutdown the segments at or past the recovery point are scanned
 *    (CRC, length, offset order), their indexes rebuilt and a torn or corrupt tail truncated, and segments
 *    after a truncated one are deleted; segments with missing or damaged indexes are rebuilt in any case.
 */
export function loadSegments(ctx: LoadContext): LoadResult {
  const { dir, logger } = ctx;
  const meta = { topic: ctx.tp.topic, partition: ctx.tp.partition };
  const logSwaps: number[] = [];
  const indexSwaps: { base: number; name: string }[] = [];
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.tmp')) {
      unlinkIfExists(join(dir, name));
      continue;
    }
    const parsed = parseSegmentFileName(name);
    if (!parsed) continue;
    if (parsed.state === DELETED_SUFFIX || parsed.state === CLEANED_SUFFIX) {
      unlinkIfExists(join(dir, name));
    } else if (parsed.state === SWAP_SUFFIX) {
      if (parsed.suffix === LOG_SUFFIX) logSwaps.push(parsed.baseOffset);
      else indexSwaps.push({ base: parsed.baseOffset, name });
    }
  }
  // Index swap files without their log swap belong to a swap that never committed.
  for (const { base, name } of indexSwaps) if (!logSwaps.includes(base)) unlinkIfExists(join(dir, name));
  for (const base of logSwaps.sort((a, b) => a - b)) completeSwap(dir, base, logger, meta);

  const bases: number[] = [];
  const others: { base: number; name: string }[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseSegmentFileName(name);
    if (parsed?.state !== '') continue;
    if (parsed.suffix === LOG_SUFFIX) bases.push(parsed.baseOffset);
    else if (SEGMENT_SUFFIXES.includes(parsed.suffix)) others.push({ base: parsed.baseOffset, name });
  }
  bases.sort((a, b) => a - b);
  for (const { base, name } of others) {
    if (!bases.includes(base)) {
      logger.info('removing index file without a log segment', { ...meta, file: name });
      unlinkIfExists(join(dir, name));
    }
  }

  const segments: LogSegment[] = [];
  let recoveredSegments = 0;
  let droppedBytes = 0;
  const recoverFrom = ctx.cleanShutdown ? Number.POSITIVE_INFINITY : (ctx.recoveryPoint ?? 0);
  for (let i = 0; i < bases.length; i++) {
    const base = bases[i]!;
    const nextBase = bases[i + 1] ?? Number.POSITIVE_INFINITY;
    const { segment, indexesIntact } = LogSegment.open(dir, base, ctx.segmentOptions, ctx.jitter());
    segments.push(segment);
    const unflushed = nextBase > recoverFrom;
    if (indexesIntact && !unflushed) continue;
    const previous = segments.at(-2);
    const result = segment.recover(previous ? previous.nextOffset : base);
    recoveredSegments++;
    if (!indexesIntact) logger.info('rebuilt indexes of segment', { ...meta, baseOffset: base, bytes: segment.size });
    if (result.truncatedBytes === 0) continue;
    droppedBytes += result.truncatedBytes;
    const firstDropped = result.firstDroppedOffset ?? segment.nextOffset;
    logger.warn(
      `dropped ${result.truncatedBytes} bytes (offsets from ${firstDropped}) at position ${result.validBytes} of segment ${base}: ${result.problem}`,
      {
        ...meta,
        baseOffset: base,
        position: result.validBytes,
        droppedBytes: result.truncatedBytes,
        firstDroppedOffset: firstDropped,
        reason: result.problem,
      },
    );
    if (!unflushed) {
      logger.error('corruption found below the recovery point (flushed data); later segments are kept', {
        ...meta,
        baseOffset: base,
      });
      continue;
    }
    // Everything after a torn or corrupt batch in unflushed data is unreliable: drop the later segments.
    for (const later of bases.slice(i + 1)) {
      const { segment: doomed } = LogSegment.open(dir, later, ctx.segmentOptions);
      const bytes = doomed.size;
      doomed.deleteFiles();
      droppedBytes += bytes;
      logger.warn(`deleted segment ${later} (${bytes} bytes) following the truncated segment ${base}`, {
        ...meta,
        baseOffset: later,
        droppedBytes: bytes,
        firstDroppedOffset: later,
      });
    }
    break;
  }
  if (droppedBytes > 0 || logSwaps.length > 0) fsyncDir(dir);
  return { segments, recoveredSegments, droppedBytes };
}

/** A committed compaction swap: delete the segments it replaces, rename its files into place. */
function completeSwap(dir: string, base: number, logger: StorageLogger, meta: object): void {
  const swapLog = segmentFile(dir, base, LOG_SUFFIX) + SWAP_SUFFIX;
  const nextOffset = withFile(swapLog, (fd, size) => {
    const reader = new FileBatchReader(fd, 0, size, false, 64 * 1024);
    let next = base;
    for (let b = reader.next(); b; b = reader.next()) next = b.info.lastOffset + 1;
    return next;
  });
  for (const name of readdirSync(dir)) {
    const parsed = parseSegmentFileName(name);
    if (parsed?.state !== '' || !SEGMENT_SUFFIXES.includes(parsed.suffix)) continue;
    if (parsed.baseOffset >= base && parsed.baseOffset < Math.max(nextOffset, base + 1))
      unlinkIfExists(join(dir, name));
  }
  for (const suffix of [INDEX_SUFFIX, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX, LOG_SUFFIX]) {
    const from = segmentFile(dir, base, suffix) + SWAP_SUFFIX;
    try {
      renameSync(from, segmentFile(dir, base, suffix));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // Its indexes may be missing (crash between renames); LogSegment.open reports that and they are rebuilt.
  logger.info('completed an interrupted compaction swap', { ...meta, baseOffset: base, nextOffset });
}
