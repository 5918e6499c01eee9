import type { Isolation, PartitionLog, ReadBuffers, ReadResult } from '../storage';
import {
  NO_LEADER_EPOCH,
  type PartitionChange,
  type PartitionConfig,
  type PartitionKey,
  partitionKey,
} from './partition-types';
import { BytePositions } from './positions';
import { isThrottled } from './replica-quota';

/** What a PartitionCore is built from (the Partition's options, less what only the leader side uses). */
export interface PartitionCoreOptions {
  topic: string;
  partition: number;
  log: PartitionLog;
  localBrokerId: number;
  config: PartitionConfig;
  clock?: () => number;
}

/**
 * The state every hosted partition keeps whatever its role (the Partition class in partition.ts builds the
 * leader and follower sides on it): identity, the leadership the metadata log last gave it, the log loaded
 * on first use, its offsets, the byte positions of its bounds, and the one place it reads its log.
 */
export abstract class PartitionCore {
  readonly topic: string;
  readonly index: number;
  readonly key: PartitionKey;
  readonly localBrokerId: number;
  /** The log as handed in; read it through `log`, which finishes this partition's set-up on first use. */
  protected readonly storedLog: PartitionLog;
  protected loaded = false;
  protected cfg: PartitionConfig;
  protected leaderId = -1;
  protected epoch = NO_LEADER_EPOCH;
  protected partitionEpochValue = -1;
  protected assigned: readonly number[] = [];
  protected readonly clock: () => number;
  protected deleted = false;
  private bytePositions: BytePositions | null = null;

  constructor(
    options: PartitionCoreOptions,
    /** Tells the replica manager something a parked request may wait on changed. */
    protected readonly notify: (change: PartitionChange) => void,
  ) {
    this.topic = options.topic;
    this.index = options.partition;
    this.key = partitionKey(options.topic, options.partition);
    this.localBrokerId = options.localBrokerId;
    this.storedLog = options.log;
    this.cfg = options.config;
    this.clock = options.clock ?? Date.now;
    // Nothing here touches the log: storage opens a partition's files on first use, so a broker with
    // thousands of idle partitions starts (and restarts after a crash) without reading them.
  }

  /** What the first use of the log finishes (a leader: its epoch start and high watermark). */
  protected abstract onLoaded(): void;

  /**
   * The partition's log. The first use loads the log's files and finishes what needs them: the byte
   * positions of its bounds, and for a leader the high watermark, which for a lone replica is its whole log
   * (Kafka: the HW of a single-replica ISR is its log end).
   */
  protected get log(): PartitionLog {
    this.ensureLoaded();
    return this.storedLog;
  }

  protected get positions(): BytePositions {
    this.ensureLoaded();
    return this.bytePositions!;
  }

  private ensureLoaded(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.bytePositions = new BytePositions(this.storedLog.logEndOffset);
    this.onLoaded();
  }

  // ------------------------------------------------------------------ state

  get leaderEpoch(): number {
    return this.epoch;
  }
  /** The partition epoch of the state last applied (bumped by the controller on every change). */
  get partitionEpoch(): number {
    return this.partitionEpochValue;
  }
  /** The leader's broker id as the metadata log last said (-1: none). */
  get leader(): number {
    return this.leaderId;
  }
  get isLeader(): boolean {
    return this.leaderId === this.localBrokerId && !this.deleted;
  }
  get highWatermark(): number {
    return this.log.highWatermark;
  }
  get lastStableOffset(): number {
    return this.log.lastStableOffset;
  }
  get logStartOffset(): number {
    return this.log.logStartOffset;
  }
  get logEndOffset(): number {
    return this.log.logEndOffset;
  }
  /** Bytes on disk. */
  get size(): number {
    return this.log.size;
  }
  get config(): Readonly<PartitionConfig> {
    return this.cfg;
  }
  get replicas(): readonly number[] {
    return this.assigned;
  }
  get isDeleted(): boolean {
    return this.deleted;
  }
  /** Offsets below this are fsynced, log and indexes (Kafka's recovery point). */
  get recoveryPoint(): number {
    return this.log.recoveryPoint;
  }
  updateConfig(config: PartitionConfig): void {
    this.cfg = config;
  }

  /** Whether a follower out of sync fetching this partition here is held back by the leader's quota. */
  get throttledAsLeader(): boolean {
    return isThrottled(this.cfg.leaderThrottled, this.index);
  }

  /** Whether this broker, following this partition while out of sync, is held back by the follower quota. */
  get throttledAsFollower(): boolean {
    return isThrottled(this.cfg.followerThrottled, this.index);
  }

  /**
   * The last stable offset is min(HW, first unstable offset): the log's producer state knows the oldest
   * transaction still open (or whose marker the HW has not passed). read_committed fetches wait on it.
   */
  protected noteLastStable(before: number, highWatermarkBefore: number): void {
    // A moved high watermark was announced already (and wakes every waiter).
    if (this.log.lastStableOffset === before || this.log.highWatermark !== highWatermarkBefore) return;
    this.positions.prune(Math.min(this.log.highWatermark, this.log.lastStableOffset));
    this.notify('last-stable');
  }

  /**
   * The one place the partition reads its log: storage's readAsync, which reads older (possibly cold)
   * segments on libuv's pool so a consumer catching up never holds the event loop on a disk seek.
   */
  protected async readLog(
    offset: number,
    maxBytes: number,
    isolation: Isolation,
    minOneBatch: boolean,
    buffers?: ReadBuffers,
  ): Promise<ReadResult> {
    return this.log.readAsync(offset, { maxBytes, isolation, minOneBatch, buffers });
  }

  /** The offset a read under `isolation` stops at. */
  boundOffset(isolation: Isolation): number {
    if (isolation === 'log-end') return this.log.logEndOffset;
    if (isolation === 'committed') return this.log.lastStableOffset;
    return this.log.highWatermark;
  }

  /**
   * The byte position of that bound in this partition's appends since it was opened (a virtual position,
   * not a file position: segments rolling do not change it), or null when the bound is not at a known
   * append boundary. The difference of two positions is the bytes readable between them: DelayedFetch's
   * cheap check.
   */
  boundPosition(isolation: Isolation): number | null {
    return this.positions.positionOf(this.boundOffset(isolation));
  }

  /** Bumped when positions restart (truncation): positions from before it cannot be compared. */
  get positionGeneration(): number {
    return this.positions.generation;
  }
}
