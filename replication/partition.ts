import { ErrorCode } from '../protocol/error-codes';
import { encodeEndTxnMarker, RecordBatchHeader } from '../protocol/records';
import {
  EARLIEST_TIMESTAMP,
  type Isolation,
  LATEST_TIMESTAMP,
  type PartitionLog,
  type ReadResult,
  type TimestampOffset,
} from '../storage';
import { validateRecordsForLeader } from '../storage/log-validator';
import { PartitionError } from './errors';
import {
  type ActiveProducer,
  type LeaderAppendOptions,
  type LeaderAppendResult,
  NO_LEADER_EPOCH,
  type PartitionChange,
  type PartitionConfig,
  type PartitionKey,
  type PartitionOptions,
  type PartitionReadResult,
  partitionKey,
  type ReadParams,
  type TxnResult,
} from './partition-types';
import { BytePositions } from './positions';

export {
  type ActiveProducer,
  type LeaderAppendOptions,
  type LeaderAppendResult,
  NO_LEADER_EPOCH,
  type PartitionChange,
  type PartitionConfig,
  type PartitionKey,
  type PartitionOptions,
  type PartitionReadResult,
  partitionConfig,
  partitionKey,
  type ReadParams,
  type TxnResult,
  type VerifyTransaction,
} from './partition-types';

/** What a remote replica (a follower) last told the leader through its fetches. */
interface ReplicaState {
  logEndOffset: number;
  lastCaughtUpTimeMs: number;
}

/**
 * One partition as its leader sees it (Kafka's cluster.Partition): the leader epoch and the fencing of
 * requests against it, the ISR and min.insync.replicas, the high watermark (the smallest log end among the
 * ISR), appends as leader through storage's log validator, reads bounded by isolation, and the byte
 * positions of its bounds so a parked fetch can tell cheaply how many bytes became readable.
 *
 * Today every partition is led by this broker with a one-member ISR, so the high watermark follows the log
 * end. The ISR is still a set and the high watermark still the minimum over it: followers (issue 13) report
 * their log end through `updateFollowerFetchState`, and `makeLeader` installs a new epoch and ISR.
 */
export class Partition {
  readonly topic: string;
  readonly index: number;
  readonly key: PartitionKey;
  readonly localBrokerId: number;
  /** The log as handed in; read it through `log`, which finishes this partition's set-up on first use. */
  private readonly storedLog: PartitionLog;
  private loaded = false;
  private cfg: PartitionConfig;
  private epoch: number;
  private assigned: number[];
  private inSync: Set<number>;
  private readonly remotes = new Map<number, ReplicaState>();
  private deleted = false;
  private readonly onChange: (partition: Partition, change: PartitionChange) => void;
  private bytePositions: BytePositions | null = null;

  constructor(options: PartitionOptions) {
    this.topic = options.topic;
    this.index = options.partition;
    this.key = partitionKey(options.topic, options.partition);
    this.localBrokerId = options.localBrokerId;
    this.storedLog = options.log;
    this.cfg = options.config;
    this.epoch = options.leaderEpoch ?? 0;
    this.assigned = options.replicas ?? [options.localBrokerId];
    this.inSync = new Set(options.isr ?? this.assigned);
    for (const id of this.assigned)
      if (id !== this.localBrokerId) this.remotes.set(id, { logEndOffset: -1, lastCaughtUpTimeMs: 0 });
    this.onChange = options.onChange ?? (() => {});
    // Nothing here touches the log: storage opens a partition's files on first use, so a broker with
    // thousands of idle partitions starts (and restarts after a crash) without reading them.
  }

  /**
   * The partition's log. The first use loads the log's files and finishes what needs them: the byte
   * positions of its bounds, and the high watermark, which for a lone replica is its whole log (Kafka: the
   * HW of a single-replica ISR is its log end).
   */
  private get log(): PartitionLog {
    this.ensureLoaded();
    return this.storedLog;
  }

  private get positions(): BytePositions {
    this.ensureLoaded();
    return this.bytePositions!;
  }

  private ensureLoaded(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.bytePositions = new BytePositions(this.storedLog.logEndOffset);
    this.maybeIncrementLeaderHW();
  }

  // ------------------------------------------------------------------ state

  get leaderEpoch(): number {
    return this.epoch;
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
  get isr(): ReadonlySet<number> {
    return this.inSync;
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

  /**
   * Installs leadership: a new epoch, assigned replicas and ISR (issue 13's controller drives this). Parked
   * requests wake up: fetches fenced by the new epoch complete.
   */
  makeLeader(leaderEpoch: number, replicas: number[], isr: number[]): void {
    this.epoch = leaderEpoch;
    this.assigned = [...replicas];
    this.inSync = new Set(isr);
    for (const id of this.remotes.keys()) if (!replicas.includes(id)) this.remotes.delete(id);
    for (const id of replicas) {
      if (id !== this.localBrokerId && !this.remotes.has(id))
        this.remotes.set(id, { logEndOffset: -1, lastCaughtUpTimeMs: 0 });
    }
    this.onChange(this, 'leadership');
    this.maybeIncrementLeaderHW();
  }

  /** The partition left this broker (topic deleted): every later call fails, parked requests complete. */
  markDeleted(): void {
    if (this.deleted) return;
    this.deleted = true;
    this.onChange(this, 'deleted');
  }

  // ------------------------------------------------------------------ fencing

  /**
   * Leader epoch fencing, for every request that carries the client's view of the epoch (Fetch,
   * ListOffsets, OffsetForLeaderEpoch): newer than ours -> UNKNOWN_LEADER_EPOCH (we are behind), older ->
   * FENCED_LEADER_EPOCH (the client is), -1 -> not checked.
   */
  leaderEpochError(currentLeaderEpoch: number): ErrorCode {
    if (currentLeaderEpoch === NO_LEADER_EPOCH || currentLeaderEpoch === this.epoch) return ErrorCode.None;
    return currentLeaderEpoch > this.epoch ? ErrorCode.UnknownLeaderEpoch : ErrorCode.FencedLeaderEpoch;
  }

  /** Throws when this broker cannot serve the partition as leader for a client at `currentLeaderEpoch`. */
  checkLeader(currentLeaderEpoch = NO_LEADER_EPOCH): void {
    if (this.deleted) throw new PartitionError(ErrorCode.UnknownTopicOrPartition, `Partition ${this.key} was deleted`);
    const code = this.leaderEpochError(currentLeaderEpoch);
    if (code === ErrorCode.FencedLeaderEpoch) {
      throw new PartitionError(
        code,
        `The leader epoch ${currentLeaderEpoch} is older than the current leader epoch ${this.epoch} of ${this.key}`,
      );
    }
    if (code === ErrorCode.UnknownLeaderEpoch) {
      throw new PartitionError(
        code,
        `The leader epoch ${currentLeaderEpoch} is newer than the current leader epoch ${this.epoch} of ${this.key}`,
      );
    }
  }

  // ------------------------------------------------------------------ appends

  /**
   * Kafka's Partition.appendRecordsToLeader: min.insync.replicas for acks=all, storage's log validator,
   * producer state, the append stamped with the leader epoch, then the high watermark.
   */
  async appendRecordsToLeader(records: Buffer | null, options: LeaderAppendOptions): Promise<LeaderAppendResult> {
    this.checkLeader();
    this.checkMinIsr(options.requiredAcks);
    const epoch = this.epoch;
    const validated = await validateRecordsForLeader(records, this.cfg, {
      produceVersion: options.produceVersion,
      topicPartition: this.key,
      now: options.now,
    });
    if (!validated.ok) throw validated.error;
    // Validation may have waited (up-conversion, recompression): leadership may have moved meanwhile.
    this.checkLeader();
    if (this.epoch !== epoch) {
      throw new PartitionError(ErrorCode.NotLeaderOrFollower, `Leadership of ${this.key} changed during the append`);
    }
    this.checkMinIsr(options.requiredAcks);
    if (options.verifyTransaction) {
      const header = new RecordBatchHeader(validated.batch, 0);
      if (header.isTransactional && !this.log.producerState.hasOngoingTransaction(header.producerId)) {
        await options.verifyTransaction(header.producerId, header.producerEpoch);
        this.checkLeader();
        if (this.epoch !== epoch) {
          throw new PartitionError(
            ErrorCode.NotLeaderOrFollower,
            `Leadership of ${this.key} changed during the append`,
          );
        }
      }
    }
    // The log checks the producers' epochs and sequences (storage's producer state, as Kafka's UnifiedLog
    // does) and answers a retried batch with the original's offsets without appending it.
    return this.appendLocally(validated.batch, options.now, 'client');
  }

  /**
   * Appends a batch the broker built itself (the group coordinator's records): framing was right by
   * construction, so only the log's own checks apply (Kafka's AppendOrigin.COORDINATOR: producer epochs,
   * no sequences). Synchronous: the coordinator's state machine appends and acknowledges in one step.
   */
  appendAsCoordinator(batch: Buffer, now: number): LeaderAppendResult {
    this.checkLeader();
    return this.appendLocally(batch, now, 'coordinator');
  }

  /**
   * WriteTxnMarkers on the leader: a control batch (COMMIT or ABORT, with the coordinator epoch) ending
   * `producerId`'s transaction here, appended as a coordinator append. Written even when the producer has
   * no transaction open on this partition (Kafka writes it: it then changes only the epochs). An older
   * producer epoch -> INVALID_PRODUCER_EPOCH, an older coordinator epoch -> TRANSACTION_COORDINATOR_FENCED.
   */
  appendTxnMarker(
    producerId: bigint,
    producerEpoch: number,
    coordinatorEpoch: number,
    result: TxnResult,
    now: number,
    transactionVersion = 0,
  ): LeaderAppendResult {
    const marker = encodeEndTxnMarker({
      commit: result === 'commit',
      producerId,
      producerEpoch,
      coordinatorEpoch,
      timestamp: now,
    });
    this.checkLeader();
    this.checkMinIsr(-1); // markers are written with acks=all (Kafka's WriteTxnMarkers)
    return this.appendLocally(marker, now, 'coordinator', transactionVersion);
  }

  private appendLocally(
    batch: Buffer,
    now: number,
    origin: 'client' | 'coordinator',
    transactionVersion?: number,
  ): LeaderAppendResult {
    const stableBefore = this.log.lastStableOffset;
    const hwBefore = this.log.highWatermark;
    const appended = this.log.append(batch, { leaderEpoch: this.epoch, now, origin, transactionVersion });
    if (appended.duplicate) {
      return {
        firstOffset: appended.firstOffset,
        lastOffset: appended.lastOffset,
        logAppendTime: appended.logAppendTime,
        logStartOffset: appended.logStartOffset,
        recordCount: 0,
        bytes: 0,
        durable: null,
      };
    }
    const end = appended.lastOffset + 1;
    this.positions.appended(end, appended.bytes);
    this.onChange(this, 'log-end');
    this.maybeIncrementLeaderHW();
    // A transactional batch or a marker may move the LSO even when the high watermark did not.
    this.noteLastStable(stableBefore, hwBefore);
    return {
      firstOffset: appended.firstOffset,
      lastOffset: appended.lastOffset,
      logAppendTime: appended.logAppendTime,
      logStartOffset: this.log.logStartOffset,
      recordCount: appended.recordCount,
      bytes: appended.bytes,
      // Kafka flushes inside the append once flush.messages accumulate; storage runs that fsync in the
      // background and an acknowledgement waits for it.
      durable: appended.durable,
    };
  }

  private checkMinIsr(requiredAcks: number): void {
    if (requiredAcks !== -1 || this.inSync.size >= this.cfg.minInsyncReplicas) return;
    throw new PartitionError(
      ErrorCode.NotEnoughReplicas,
      `The size of the current ISR ${this.inSync.size} is insufficient to satisfy the min.isr requirement of ${this.cfg.minInsyncReplicas} for partition ${this.key}`,
    );
  }

  /**
   * Kafka's checkEnoughReplicasReachOffset, for a parked acks=all produce: done once the high watermark
   * passed `requiredOffset`; NOT_ENOUGH_REPLICAS_AFTER_APPEND if the ISR shrank below min.insync.replicas
   * meanwhile; an error as soon as the partition is gone.
   */
  checkEnoughReplicasReachOffset(requiredOffset: number): { done: boolean; errorCode: ErrorCode } {
    if (this.deleted) return { done: true, errorCode: ErrorCode.NotLeaderOrFollower };
    if (this.log.highWatermark < requiredOffset) return { done: false, errorCode: ErrorCode.None };
    if (this.inSync.size < this.cfg.minInsyncReplicas) {
      return { done: true, errorCode: ErrorCode.NotEnoughReplicasAfterAppend };
    }
    return { done: true, errorCode: ErrorCode.None };
  }

  // ------------------------------------------------------------------ high watermark and followers

  /**
   * A follower's fetch at `fetchOffset` says its log ends there (Kafka's updateFollowerFetchState). The high
   * watermark may move. Returns false when `replicaId` is not a replica of this partition.
   */
  updateFollowerFetchState(replicaId: number, fetchOffset: number, now: number): boolean {
    const state = this.remotes.get(replicaId);
    if (!state) return false;
    state.logEndOffset = fetchOffset;
    if (fetchOffset >= this.log.logEndOffset) state.lastCaughtUpTimeMs = now;
    this.maybeIncrementLeaderHW();
    return true;
  }

  /** The high watermark is the smallest log end among the ISR; it only moves forward. */
  private maybeIncrementLeaderHW(): boolean {
    let candidate = this.log.logEndOffset;
    for (const id of this.inSync) {
      if (id === this.localBrokerId) continue;
      const remote = this.remotes.get(id);
      candidate = Math.min(candidate, remote ? Math.max(remote.logEndOffset, 0) : 0);
    }
    if (candidate <= this.log.highWatermark) return false;
    this.log.setHighWatermark(candidate);
    this.positions.prune(Math.min(this.log.highWatermark, this.log.lastStableOffset));
    this.onChange(this, 'high-watermark');
    return true;
  }

  /**
   * The last stable offset is min(HW, first unstable offset): the log's producer state knows the oldest
   * transaction still open (or whose marker the HW has not passed). read_committed fetches wait on it.
   */
  private noteLastStable(before: number, highWatermarkBefore: number): void {
    // A moved high watermark was announced already (and wakes every waiter).
    if (this.log.lastStableOffset === before || this.log.highWatermark !== highWatermarkBefore) return;
    this.positions.prune(Math.min(this.log.highWatermark, this.log.lastStableOffset));
    this.onChange(this, 'last-stable');
  }

  // ------------------------------------------------------------------ producers

  /** DescribeProducers: the producers this partition keeps state for. */
  activeProducers(): ActiveProducer[] {
    this.checkLeader();
    return [...this.log.producerState.activeProducers.values()].map((e) => ({
      producerId: e.producerId,
      producerEpoch: e.producerEpoch,
      lastSequence: e.lastSeq,
      lastTimestamp: e.lastTimestamp,
      coordinatorEpoch: e.coordinatorEpoch,
      currentTxnStartOffset: e.currentTxnFirstOffset ?? -1,
    }));
  }

  /** Whether `producerId` has a transaction open on this partition (written data, no marker yet). */
  hasOngoingTransaction(producerId: bigint): boolean {
    return this.log.producerState.hasOngoingTransaction(producerId);
  }

  // ------------------------------------------------------------------ reads

  /**
   * Reads for a fetch: the epoch is checked, the offsets are captured, then whole batches from `fetchOffset`
   * up to the isolation bound (OFFSET_OUT_OF_RANGE outside the log).
   */
  async readRecords(params: ReadParams): Promise<PartitionReadResult> {
    this.checkLeader(params.currentLeaderEpoch);
    const read = await this.readLog(params.fetchOffset, params.maxBytes, params.isolation, params.minOneBatch);
    return {
      records: read.records,
      highWatermark: read.highWatermark,
      lastStableOffset: read.lastStableOffset,
      logStartOffset: read.logStartOffset,
      logEndOffset: read.logEndOffset,
      abortedTransactions: read.abortedTransactions,
    };
  }

  /**
   * The one place the partition reads its log: storage's readAsync, which reads older (possibly cold)
   * segments on libuv's pool so a consumer catching up never holds the event loop on a disk seek.
   */
  private async readLog(
    offset: number,
    maxBytes: number,
    isolation: Isolation,
    minOneBatch: boolean,
  ): Promise<ReadResult> {
    return this.log.readAsync(offset, { maxBytes, isolation, minOneBatch });
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

  /** ListOffsets: the first offset with timestamp >= `timestamp`, or the special values (-1, -2, -3, -4). */
  fetchOffsetForTimestamp(timestamp: number, isolation: Isolation, currentLeaderEpoch: number): TimestampOffset | null {
    this.checkLeader(currentLeaderEpoch);
    const found = this.log.offsetForTimestamp(timestamp, isolation);
    if (!found) return found;
    // Kafka (Partition.fetchOffsetForTimestamp) answers the latest offset with the current leader epoch. The
    // earliest takes the first epoch entry, which Kafka's makeLeader writes at the log end
    // (maybeAssignEpochStartOffset) while Brook's cache gets it with the first append: an empty log that
    // has no entry yet is at the current epoch, as in Kafka.
    if (timestamp === LATEST_TIMESTAMP) return { ...found, leaderEpoch: this.epoch };
    const emptyLog = this.log.logStartOffset === this.log.logEndOffset;
    if (timestamp === EARLIEST_TIMESTAMP && found.leaderEpoch === -1 && emptyLog) {
      return { ...found, leaderEpoch: this.epoch };
    }
    return found;
  }

  /**
   * ListOffsets v0 (Kafka's legacyFetchOffsetsBefore): not a record lookup but a list of segment start
   * offsets. Each segment stands for (its base offset, the time it was last written) and, if the active
   * segment holds data, the high watermark for (HW, now); the answer is the `maxNumOffsets` offsets at or
   * before the newest entry written no later than `timestamp` (-1 latest, -2 earliest), newest first. Kafka
   * dates a segment by its file's mtime; Brook by the segment's largest record timestamp, which is the same
   * moment for records stamped as they are written.
   */
  legacyFetchOffsetsBefore(timestamp: number, maxNumOffsets: number, now: number): number[] {
    this.checkLeader();
    const segments = this.log.segmentsInfo();
    const entries = segments.map((s) => ({
      offset: Math.max(s.baseOffset, this.log.logStartOffset),
      time: s.largestTimestamp,
    }));
    if ((segments.at(-1)?.size ?? 0) > 0) entries.push({ offset: this.log.highWatermark, time: now });
    let start = entries.length - 1;
    if (timestamp === EARLIEST_TIMESTAMP) start = 0;
    else if (timestamp !== LATEST_TIMESTAMP) while (start >= 0 && entries[start]!.time > timestamp) start--;
    const offsets: number[] = [];
    for (let i = start; i >= 0 && offsets.length < maxNumOffsets; i--) offsets.push(entries[i]!.offset);
    return offsets;
  }

  /**
   * OffsetForLeaderEpoch: the largest epoch <= `leaderEpoch` and where it ends (the log end for the current
   * epoch, even on an empty log that has no epoch entry yet).
   */
  lastOffsetForLeaderEpoch(
    currentLeaderEpoch: number,
    leaderEpoch: number,
  ): { leaderEpoch: number; endOffset: number } {
    this.checkLeader(currentLeaderEpoch);
    const found = this.log.leaderEpochs.endOffsetFor(leaderEpoch, this.log.logEndOffset);
    if (found.epoch === -1 && leaderEpoch === this.epoch)
      return { leaderEpoch: this.epoch, endOffset: this.log.logEndOffset };
    return { leaderEpoch: found.epoch, endOffset: found.endOffset };
  }

  /** DeleteRecords on the leader: moves the log start (-1 = the high watermark); returns the new low watermark. */
  deleteRecordsOnLeader(offset: number): number {
    this.checkLeader();
    const before = this.log.logStartOffset;
    const low = this.log.deleteRecordsBefore(offset);
    if (low !== before) this.onChange(this, 'log-start');
    return low;
  }

  /**
   * A follower truncating its divergent tail (issue 13): byte positions restart, and parked fetches
   * complete on their next check.
   */
  truncateTo(offset: number): void {
    const stableBefore = this.log.lastStableOffset;
    const hwBefore = this.log.highWatermark;
    this.log.truncateTo(offset);
    this.positions.reset(this.log.logEndOffset);
    this.onChange(this, 'log-end');
    this.noteLastStable(stableBefore, hwBefore);
  }
}
