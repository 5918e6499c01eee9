import { fsyncSync } from 'node:fs';
import type { CheckpointWriter, SerialIo } from './background-io';
import { offsetCheckpointText, type TopicPartition } from './checkpoint';
import type { Durability } from './config';
import { type KafkaStorageError, LogClosedError } from './errors';
import { fsyncAsync, fsyncDirAsync, RECOVERY_POINT_CHECKPOINT } from './files';
import type { StorageLogger } from './logger';
import type { LogSegment } from './segment';

/** What the flusher needs to see of its partition log. */
export interface FlushedLog {
  readonly dir: string;
  readonly topicPartition: TopicPartition;
  /** The log's segments now (the array may be replaced between calls). */
  segments(): readonly LogSegment[];
  logEndOffset(): number;
  /** Bumped by every truncation: a flush started before one must not move the recovery point. */
  truncations(): number;
  /** 'open', or how the log was closed ('clean': close() flushed everything). */
  state(): 'open' | 'clean' | 'unclean';
  /** Takes the log offline after a failed fsync and returns the error to report. */
  takeOffline(what: string, error: unknown): KafkaStorageError;
}

interface FlushJob {
  upTo: number;
  advance: boolean;
  done: Promise<void>;
}

/**
 * A partition log's durability (Kafka's flush and recovery point): which offsets are fsynced, the fsyncs the
 * policy calls for, run in the background on the log's SerialIo (libuv's pool) and joined while waiting to
 * start (group commit), the recovery point they move and its checkpoint. Nothing here fsyncs on the caller's
 * thread except flushSync(), which close() uses.
 */
export class LogFlusher {
  /** Everything below is fsynced, log and indexes (Kafka's recovery point). */
  recoveryPoint = 0;
  /** Log data below this offset is fsynced (>= the recovery point; fsync-per-append moves only this). */
  private flushedTo = 0;
  /** Highest offset a flush was asked for (flush.messages counts from here, not from a flush in flight). */
  private requestedTo = 0;
  /** The flush queued and not started yet: later requests join it. */
  private next: FlushJob | null = null;
  /** The highest recovery point that may be on disk (a lowered value may still be on its way). */
  private onDiskCeiling = -1;
  private lastFlushTime = 0;

  constructor(
    private readonly log: FlushedLog,
    private readonly io: SerialIo,
    private readonly checkpoints: CheckpointWriter,
    private readonly logger: StorageLogger,
    private readonly clock: () => number,
  ) {}

  /** The log's files were (re)opened: `recoveryPoint` in memory, `onDisk` as its checkpoint said (-1: none). */
  reset(recoveryPoint: number, onDisk: number): void {
    this.recoveryPoint = recoveryPoint;
    this.flushedTo = recoveryPoint;
    this.requestedTo = recoveryPoint;
    this.onDiskCeiling = onDisk;
    this.next = null;
    this.lastFlushTime = this.clock();
  }

  /**
   * The policy after an append that ended at `end`: fsync-per-append fsyncs the log file of every append,
   * flush.messages fsyncs (and moves the recovery point) once that many offsets are unflushed. Returns the
   * promise the caller awaits before acknowledging, or null when the append stays in the page cache.
   */
  afterAppend(end: number, durability: Durability, flushMessages: number): Promise<void> | null {
    if (durability === 'fsync-per-append') return this.request(end, false);
    if (end - Math.max(this.recoveryPoint, this.requestedTo) >= flushMessages) return this.request(end, true);
    return null;
  }

  /**
   * A roll to `baseOffset`: the new file's directory entry is fsynced before any flush asked for from now on,
   * and (Kafka flushes a rolled segment in the background) the rolled data below `baseOffset` is fsynced and
   * the recovery point moved past it.
   */
  onRoll(baseOffset: number, rolledHadData: boolean): void {
    if (rolledHadData && this.onDiskCeiling >= baseOffset && this.flushedTo < baseOffset) {
      // Only after a truncation lowered the recovery point and its checkpoint is still on its way: an
      // unclean open would take the rolled, unflushed segment for flushed and not scan it. Rare: write it now.
      this.checkpoints.writeSync(RECOVERY_POINT_CHECKPOINT, this.recoveryPointText(this.recoveryPoint));
      this.onDiskCeiling = this.recoveryPoint;
    }
    this.queueDirFsync();
    if (rolledHadData) void this.request(baseOffset, true);
  }

  /** Queues an fsync of the partition directory (creations, renames, deletions become durable). */
  queueDirFsync(): void {
    this.next = null; // flushes asked for later must complete after this
    this.io
      .enqueue(() => fsyncDirAsync(this.log.dir))
      .catch((error) => {
        if (this.log.state() === 'open') {
          this.logger.error('directory fsync failed', { ...this.log.topicPartition, error: String(error) });
        }
      });
  }

  /**
   * Asks for the log data below `upTo` to be fsynced in the background (and the indexes, and the recovery
   * point moved to `upTo`, when `advance`). Requests made while one waits to start join it: one fsync covers
   * every append made meanwhile. Resolves once the data is on disk; rejects with KafkaStorageError if the
   * fsync failed (the log is then offline) or LogClosedError if the log was closed without flushing.
   */
  request(upTo: number, advance: boolean): Promise<void> {
    this.requestedTo = Math.max(this.requestedTo, upTo);
    if (advance) this.lastFlushTime = this.clock();
    const waiting = this.next;
    if (waiting) {
      waiting.upTo = Math.max(waiting.upTo, upTo);
      waiting.advance ||= advance;
      return waiting.done;
    }
    const job: FlushJob = { upTo, advance, done: Promise.resolve() };
    job.done = this.io.enqueue(() => this.run(job));
    job.done.catch(() => {}); // callers that do not await it must not see an unhandled rejection
    this.next = job;
    return job.done;
  }

  private async run(job: FlushJob): Promise<void> {
    if (this.next === job) this.next = null;
    const state = this.log.state();
    if (state === 'clean') return; // close() flushed everything
    if (state === 'unclean') throw new LogClosedError(`log ${this.log.dir} was closed before its data was flushed`);
    const end = Math.min(job.upTo, this.log.logEndOffset());
    const generation = this.log.truncations();
    const from = job.advance ? this.recoveryPoint : this.flushedTo;
    const targets = this.log.segments().filter((s) => s.baseOffset < end && s.nextOffset > from);
    try {
      await Promise.all(targets.flatMap((s) => s.syncTargets(job.advance)).map(fsyncAsync));
    } catch (error) {
      // A segment deleted or truncated meanwhile closed its descriptor: its data is gone anyway.
      if (this.log.state() !== 'open' || generation !== this.log.truncations() || targets.some((s) => s.isClosed)) {
        return;
      }
      throw this.log.takeOffline('fsync', error);
    }
    if (this.log.state() !== 'open' || generation !== this.log.truncations()) return;
    this.flushedTo = Math.max(this.flushedTo, end);
    if (job.advance && end > this.recoveryPoint) {
      this.recoveryPoint = end;
      this.writeRecoveryPoint();
    }
  }

  /**
   * fsyncs every segment holding offsets from the recovery point up to the log end, now, on the caller's
   * thread, and moves the recovery point there (close(); the caller writes the checkpoints).
   */
  flushSync(): void {
    const end = this.log.logEndOffset();
    const segments = this.log.segments();
    for (const segment of segments) {
      if (segment.nextOffset > this.recoveryPoint || segment === segments.at(-1)) {
        for (const fd of segment.syncTargets(true)) fsyncSync(fd);
      }
    }
    this.recoveryPoint = end;
    this.flushedTo = end;
    this.requestedTo = Math.max(this.requestedTo, end);
    this.lastFlushTime = this.clock();
  }

  /** flush.ms: starts a background flush when `flushMs` passed since the last one and data is unflushed. */
  maybeFlush(now: number, flushMs: number): boolean {
    const end = this.log.logEndOffset();
    if (end <= Math.max(this.recoveryPoint, this.requestedTo)) return false;
    if (now - this.lastFlushTime < flushMs) return false;
    void this.request(end, true);
    return true;
  }

  /** Whether data past the recovery point is not flushed yet. */
  get dirty(): boolean {
    return this.log.logEndOffset() > this.recoveryPoint;
  }

  /** Queues the recovery-point checkpoint (written in the background; see onRoll for the one exception). */
  writeRecoveryPoint(): void {
    const value = this.recoveryPoint;
    this.onDiskCeiling = Math.max(this.onDiskCeiling, value);
    void this.checkpoints.write(RECOVERY_POINT_CHECKPOINT, this.recoveryPointText(value)).then(() => {
      if (this.recoveryPoint === value) this.onDiskCeiling = value;
    });
  }

  /** After a truncation to `end`: nothing at or past it is flushed any more. */
  lowerTo(end: number): void {
    this.recoveryPoint = Math.min(this.recoveryPoint, end);
    this.flushedTo = Math.min(this.flushedTo, end);
    this.requestedTo = Math.min(this.requestedTo, end);
  }

  /** The log restarted empty at `offset` (nothing below it exists, so nothing below it needs flushing). */
  startAt(offset: number): void {
    this.recoveryPoint = offset;
    this.flushedTo = offset;
    this.requestedTo = offset;
  }

  private recoveryPointText(offset: number): string {
    return offsetCheckpointText(this.log.topicPartition, offset);
  }
}
