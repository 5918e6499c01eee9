import { ErrorCode } from '../protocol/error-codes';
import { encodeEndTxnMarker, RecordBatchHeader } from '../protocol/records';
import type { Isolation, TimestampOffset } from '../storage';
import { validateRecordsForLeader } from '../storage/log-validator';
import { errorCodeFrom, PartitionError, TransactionVerificationError } from './errors';
import { IsrState } from './isr-state';
import {
  type ActiveProducer,
  type EpochEndOffset,
  type LeaderAppendOptions,
  type LeaderAppendResult,
  NO_LEADER_EPOCH,
  type PartitionOptions,
  type PartitionReadResult,
  type PartitionState,
  type ReadParams,
  type TxnResult,
} from './partition-types';
import { divergingEpoch, lastOffsetForEpoch, legacyOffsetsBefore, offsetForTimestamp } from './partition-offsets';
import { PartitionCore } from './partition-core';

export {
  type ActiveProducer,
  type EpochEndOffset,
  type LeaderAppendOptions,
  type LeaderIdAndEpoch,
  type LeaderAppendResult,
  NO_LEADER_EPOCH,
  type PartitionChange,
  type PartitionConfig,
  type PartitionKey,
  type PartitionOptions,
  type PartitionReadResult,
  type PartitionState,
  partitionConfig,
  partitionKey,
  type ReadParams,
  type TxnResult,
  type VerifyTransaction,
} from './partition-types';

/** Kafka's replica.lag.time.max.ms default. */
export const DEFAULT_REPLICA_LAG_TIME_MAX_MS = 30_000;

/**
 * One partition hosted by this broker (Kafka's cluster.Partition), as its leader or as a follower. Leader:
 * the leader epoch and the fencing of requests against it, the ISR (followers' fetch state, expansion and
 * shrinking proposed to the controller through AlterPartition) and min.insync.replicas, the high watermark
 * (the smallest log end among the caught-up ISR), appends as leader through storage's log validator, reads
 * bounded by isolation, and the byte positions of its bounds so a parked fetch can tell cheaply how many
 * bytes became readable. Follower: appends of the leader's batches as they are, the leader's high watermark,
 * truncation (the replica fetcher drives those). The metadata log decides which (`makeLeader` /
 * `makeFollower`, called by the replica manager's applyPartitionState); until then the partition has no
 * leader and refuses everything with NOT_LEADER_OR_FOLLOWER.
 */
export class Partition extends PartitionCore {
  private readonly isrState: IsrState;
  /** The leader's log end when its current epoch began (Kafka's leaderEpochStartOffsetOpt); null: unknown yet. */
  private leaderEpochStartOffset: number | null = null;

  constructor(options: PartitionOptions) {
    const onChange = options.onChange ?? (() => {});
    super(options, (change) => onChange(this, change));
    this.isrState = new IsrState(
      options.localBrokerId,
      options.alterPartition ?? null,
      options.replicaLagTimeMaxMs ?? DEFAULT_REPLICA_LAG_TIME_MAX_MS,
      (result) => this.onIsrCommitted(result),
    );
  }

  protected onLoaded(): void {
    if (!this.isLeader) return;
    if (this.leaderEpochStartOffset === null) this.assignLeaderEpochStart();
    this.maybeIncrementLeaderHW();
  }

  /**
   * Kafka's makeLeader maybeAssignEpochStartOffset: the new epoch starts at the log end, recorded in the
   * leader epoch cache before anything is appended in it, so OffsetForLeaderEpoch and a follower's
   * diverging-epoch check answer for the epochs before it (the end of the previous epoch is this log end).
   */
  private assignLeaderEpochStart(): void {
    const end = this.storedLog.logEndOffset;
    this.storedLog.leaderEpochs.assign(this.epoch, end);
    this.leaderEpochStartOffset = end;
  }

  /**
   * The committed ISR is smaller than the effective min.insync.replicas: the topic's, never more than the
   * replicas assigned (Kafka's effectiveMinIsr), so a one-replica topic with min.insync.replicas=2 is not
   * frozen.
   */
  get isUnderMinIsr(): boolean {
    return this.isLeader && this.isrState.isr.size < this.effectiveMinIsr;
  }

  /**
   * Kafka's effectiveMinIsr: min.insync.replicas never asks for more replicas than are assigned, so acks=all to a
   * one-replica topic with min.insync.replicas=2 is taken (as Kafka 4.4 takes it), and neither refused nor frozen.
   */
  private get effectiveMinIsr(): number {
    return Math.min(this.cfg.minInsyncReplicas, this.isrState.followers.size + 1);
  }

  /** The committed ISR (a proposed change counts once the controller answered it). */
  get isr(): ReadonlySet<number> {
    return this.isrState.isr;
  }
  /** The ISR change proposed to the controller and not answered yet, if any. */
  get pendingIsr(): ReadonlySet<number> | null {
    return this.isrState.pending?.proposed ?? null;
  }
  /**
   * This broker leads the partition (Kafka's Partition.makeLeader, from the metadata log or the single-node
   * default): a state older than the partition epoch we know is ignored (an AlterPartition answer may have
   * told us a newer one first). A new leader epoch starts at our log end and forgets what followers said;
   * followers in the ISR get a full lag time to fetch. Parked requests wake up (fenced fetches complete).
   * Returns whether this broker became leader or its leader epoch changed.
   */
  makeLeader(state: Omit<PartitionState, 'topic' | 'partition'>, now = this.clock()): boolean {
    if (state.partitionEpoch < this.partitionEpochValue) return false;
    const wasLeader = this.isLeader;
    const isNewLeaderEpoch = state.leaderEpoch > this.epoch;
    const isNewLeader = !wasLeader || isNewLeaderEpoch;
    this.leaderId = this.localBrokerId;
    this.epoch = state.leaderEpoch;
    this.partitionEpochValue = state.partitionEpoch;
    this.assigned = [...state.replicas];
    const leaderEnd = this.loaded ? this.storedLog.logEndOffset : 0;
    this.isrState.reset(state.replicas, state.isr, now, leaderEnd, { isNew: isNewLeaderEpoch, wasLeader });
    if (isNewLeader) {
      this.leaderEpochStartOffset = null;
      // The log loads on first use: the epoch start is recorded then (ensureLoaded).
      if (this.loaded) this.assignLeaderEpochStart();
    }
    this.notify('leadership');
    if (this.loaded) this.maybeIncrementLeaderHW();
    return isNewLeader;
  }

  /**
   * Another broker leads (Kafka's Partition.makeFollower): the leader and epochs are installed, followers'
   * state forgotten. The log is not touched: the replica fetcher truncates a divergent tail once it asked
   * the leader (diverging epoch or OffsetForLeaderEpoch). Returns whether the leader or its epoch changed
   * (the fetcher must restart), false for an older partition epoch.
   */
  makeFollower(state: Omit<PartitionState, 'topic' | 'partition'>, now = this.clock()): boolean {
    if (state.partitionEpoch < this.partitionEpochValue) return false;
    const changed = this.leaderId !== state.leader || state.leaderEpoch > this.epoch;
    this.leaderId = state.leader;
    this.epoch = state.leaderEpoch;
    this.partitionEpochValue = state.partitionEpoch;
    this.assigned = [...state.replicas];
    this.leaderEpochStartOffset = null;
    this.isrState.reset([], state.isr, now, 0, { isNew: true, wasLeader: false });
    this.notify('leadership');
    return changed;
  }

  /** The partition left this broker (topic deleted): every later call fails, parked requests complete. */
  markDeleted(): void {
    if (this.deleted) return;
    this.deleted = true;
    this.notify('deleted');
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

  /**
   * Throws when this broker cannot serve the partition for a client at `currentLeaderEpoch` (Kafka's
   * localLogWithEpochOrThrow): the epoch first (FENCED_LEADER_EPOCH, UNKNOWN_LEADER_EPOCH), then, when a
   * leader is required, NOT_LEADER_OR_FOLLOWER naming the current leader.
   */
  checkLeader(currentLeaderEpoch = NO_LEADER_EPOCH, requireLeader = true): void {
    if (this.deleted) throw new PartitionError(ErrorCode.UnknownTopicOrPartition, `Partition ${this.key} was deleted`);
    const code = this.leaderEpochError(currentLeaderEpoch);
    if (code === ErrorCode.FencedLeaderEpoch) {
      throw new PartitionError(
        code,
        `The leader epoch ${currentLeaderEpoch} is older than the current leader epoch ${this.epoch} of ${this.key}`,
        this.currentLeader(),
      );
    }
    if (code === ErrorCode.UnknownLeaderEpoch) {
      throw new PartitionError(
        code,
        `The leader epoch ${currentLeaderEpoch} is newer than the current leader epoch ${this.epoch} of ${this.key}`,
      );
    }
    if (requireLeader && !this.isLeader) {
      throw new PartitionError(
        ErrorCode.NotLeaderOrFollower,
        `Broker ${this.localBrokerId} is not the leader of ${this.key} (leader ${this.leaderId}, epoch ${this.epoch})`,
        this.currentLeader(),
      );
    }
  }

  /** Who leads as this broker knows it (-1 / -1 when nobody), for the current-leader fields. */
  currentLeader(): { leaderId: number; leaderEpoch: number } {
    return { leaderId: this.leaderId, leaderEpoch: this.leaderId < 0 ? NO_LEADER_EPOCH : this.epoch };
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
        try {
          await options.verifyTransaction(header.producerId, header.producerEpoch);
        } catch (error) {
          throw new TransactionVerificationError(errorCodeFrom(error), (error as Error).message);
        }
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
    this.notify('log-end');
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

  /**
   * acks=all: the committed ISR must hold the effective min.insync.replicas before appending (Kafka counts `isr`,
   * not maximalIsr). The message is Kafka's, which prints the ISR as its Scala set (`Set(1)`).
   */
  private checkMinIsr(requiredAcks: number): void {
    const minIsr = this.effectiveMinIsr;
    if (requiredAcks !== -1 || this.isrState.isr.size >= minIsr) return;
    throw new PartitionError(
      ErrorCode.NotEnoughReplicas,
      `The size of the current ISR Set(${[...this.isrState.isr].join(', ')}) is insufficient to satisfy the min.isr requirement of ${minIsr} for partition ${this.key}`,
    );
  }

  /**
   * Kafka's checkEnoughReplicasReachOffset, for a parked acks=all produce: done once the high watermark
   * passed `requiredOffset`; NOT_ENOUGH_REPLICAS_AFTER_APPEND if the ISR shrank below min.insync.replicas
   * meanwhile (counted over the maximal ISR, as Kafka does); NOT_LEADER_OR_FOLLOWER as soon as the partition is
   * gone or led elsewhere.
   */
  checkEnoughReplicasReachOffset(requiredOffset: number): { done: boolean; errorCode: ErrorCode } {
    if (!this.isLeader) return { done: true, errorCode: ErrorCode.NotLeaderOrFollower };
    if (this.log.highWatermark < requiredOffset) return { done: false, errorCode: ErrorCode.None };
    if (this.isrState.maximalIsr.size < this.effectiveMinIsr) {
      return { done: true, errorCode: ErrorCode.NotEnoughReplicasAfterAppend };
    }
    return { done: true, errorCode: ErrorCode.None };
  }

  // ------------------------------------------------------------------ high watermark and followers

  /**
   * A follower's fetch at `fetchOffset` says its log ends there (Kafka's updateFollowerFetchState), while
   * ours ended at `leaderEndOffset` when it was read: the follower's lag clock, ISR expansion, then the high
   * watermark. Returns false when `replicaId` is not a follower of this leader.
   */
  updateFollowerFetchState(
    replicaId: number,
    fetchOffset: number,
    now = this.clock(),
    leaderEndOffset = this.log.logEndOffset,
  ): boolean {
    if (!this.isLeader) return false;
    const state = this.isrState.updateFollower(replicaId, fetchOffset, leaderEndOffset, now);
    if (!state) return false;
    const hw = this.log.highWatermark;
    // An expansion counts the new member at once (maximal ISR): waiters are told, the HW may move.
    if (this.isrState.maybeExpand(replicaId, hw, this.leaderEpochStartOffset, this.isrProposalBase())) {
      this.notify('leadership');
    }
    this.maybeIncrementLeaderHW();
    return true;
  }

  /**
   * The high watermark is the smallest log end among the (maximal) ISR; it only moves forward, and not at all
   * while the committed ISR is smaller than min.insync.replicas (Kafka's isUnderMinIsr, KAFKA-15583, part of
   * KIP-966): a record is committed only once min.insync.replicas replicas hold it, so a member that left an
   * ISR below that minimum (an eligible leader replica, which the controller may elect) holds every one.
   */
  private maybeIncrementLeaderHW(): boolean {
    if (!this.isLeader || this.isUnderMinIsr) return false;
    const candidate = this.isrState.highWatermarkCandidate(this.log.logEndOffset);
    if (candidate <= this.log.highWatermark) return false;
    this.log.setHighWatermark(candidate);
    this.positions.prune(Math.min(this.log.highWatermark, this.log.lastStableOffset));
    this.notify('high-watermark');
    return true;
  }

  /**
   * Kafka's maybeShrinkIsr (the replica manager runs it every replica.lag.time.max.ms / 2): ISR followers not
   * caught up for longer than the lag time are proposed out of the ISR (isr-state.ts). The high watermark
   * moves when the controller commits it (a lagging member holds it back until then, as in Kafka). Returns
   * whether a shrink was proposed.
   */
  maybeShrinkIsr(now = this.clock()): boolean {
    if (!this.isLeader || this.isrState.isr.size <= 1) return false;
    return this.isrState.maybeShrink(this.log.logEndOffset, now, this.isrProposalBase());
  }

  private isrProposalBase() {
    return {
      topic: this.topic,
      partition: this.index,
      leaderId: this.localBrokerId,
      leaderEpoch: this.epoch,
      partitionEpoch: this.partitionEpochValue,
    };
  }

  /** The controller committed our ISR change: installed unless leadership moved on meanwhile. */
  private onIsrCommitted(result: { leaderEpoch: number; partitionEpoch: number; isr: number[] }): void {
    if (!this.isLeader || result.leaderEpoch !== this.epoch || result.partitionEpoch < this.partitionEpochValue) return;
    this.isrState.isr = new Set(result.isr);
    this.partitionEpochValue = result.partitionEpoch;
    this.notify('leadership');
    this.maybeIncrementLeaderHW();
  }

  // ------------------------------------------------------------------ producers

  /** DescribeProducers: the producers this partition keeps state for, by producer id (as Kafka lists them). */
  activeProducers(): ActiveProducer[] {
    this.checkLeader();
    const entries = [...this.log.producerState.activeProducers.values()];
    entries.sort((a, b) => (a.producerId < b.producerId ? -1 : a.producerId > b.producerId ? 1 : 0));
    return entries.map((e) => ({
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
   * Reads for a fetch (Kafka's fetchRecords): the epoch is checked, the offsets are captured, then whole
   * batches from `fetchOffset` up to the isolation bound (OFFSET_OUT_OF_RANGE outside the log). A follower's
   * fetch (replicaId >= 0) names the epoch of its last batch (v12+): if our log diverges from it there, the
   * answer is that epoch's end on our side and no records; else its fetch offset is its log end.
   */
  async readRecords(params: ReadParams): Promise<PartitionReadResult> {
    this.checkLeader(params.currentLeaderEpoch);
    const replicaId = params.replicaId ?? -1;
    if (replicaId >= 0 && !this.isrState.followers.has(replicaId)) {
      throw new PartitionError(ErrorCode.NotLeaderOrFollower, `Replica ${replicaId} is not a replica of ${this.key}`);
    }
    const lastFetchedEpoch = params.lastFetchedEpoch ?? NO_LEADER_EPOCH;
    if (replicaId >= 0 && lastFetchedEpoch !== NO_LEADER_EPOCH) {
      const diverging = divergingEpoch(this.log, this.key, params.fetchOffset, lastFetchedEpoch);
      if (diverging) {
        return {
          records: Buffer.alloc(0),
          highWatermark: this.log.highWatermark,
          lastStableOffset: this.log.lastStableOffset,
          logStartOffset: this.log.logStartOffset,
          logEndOffset: this.log.logEndOffset,
          abortedTransactions: null,
          divergingEpoch: diverging,
        };
      }
    }
    const read = await this.readLog(
      params.fetchOffset,
      params.maxBytes,
      params.isolation,
      params.minOneBatch,
      params.buffers,
    );
    if (replicaId >= 0) this.updateFollowerFetchState(replicaId, params.fetchOffset, this.clock(), read.logEndOffset);
    return {
      records: read.records,
      highWatermark: read.highWatermark,
      lastStableOffset: read.lastStableOffset,
      logStartOffset: read.logStartOffset,
      logEndOffset: read.logEndOffset,
      abortedTransactions: read.abortedTransactions,
      divergingEpoch: null,
    };
  }

  /** ListOffsets: the first offset with timestamp >= `timestamp`, or the special values (-1, -2, -3, -4). */
  fetchOffsetForTimestamp(timestamp: number, isolation: Isolation, currentLeaderEpoch: number): TimestampOffset | null {
    this.checkLeader(currentLeaderEpoch);
    return offsetForTimestamp(this.log, this.epoch, timestamp, isolation);
  }

  /** ListOffsets v0 (Kafka's legacyFetchOffsetsBefore), see partition-offsets.ts. */
  legacyFetchOffsetsBefore(timestamp: number, maxNumOffsets: number, now: number): number[] {
    this.checkLeader();
    return legacyOffsetsBefore(this.log, timestamp, maxNumOffsets, now);
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
    return lastOffsetForEpoch(this.log, this.epoch, leaderEpoch);
  }

  /** DeleteRecords on the leader: moves the log start (-1 = the high watermark); returns the new low watermark. */
  deleteRecordsOnLeader(offset: number): number {
    this.checkLeader();
    const before = this.log.logStartOffset;
    const low = this.log.deleteRecordsBefore(offset);
    if (low !== before) this.notify('log-start');
    return low;
  }

  // ------------------------------------------------------------------ follower side (the replica fetcher's)

  /**
   * Appends the leader's batches as they are (Kafka's appendRecordsToFollowerOrFutureReplica): offsets,
   * epochs, timestamps and CRCs kept, producer state, transaction index and leader epoch cache rebuilt from
   * them by storage. Returns the new log end.
   */
  appendRecordsAsFollower(records: Buffer, now = this.clock()): number {
    this.checkFollower();
    const stableBefore = this.log.lastStableOffset;
    const hwBefore = this.log.highWatermark;
    const appended = this.log.appendAsFollower(records, { now });
    this.positions.appended(appended.lastOffset + 1, appended.bytes);
    this.notify('log-end');
    this.noteLastStable(stableBefore, hwBefore);
    return this.log.logEndOffset;
  }

  /** The leader's high watermark, bounded by our log end (Kafka's follower updateHighWatermark). */
  updateFollowerHighWatermark(leaderHighWatermark: number): void {
    this.checkFollower();
    const before = this.log.highWatermark;
    const stableBefore = this.log.lastStableOffset;
    this.log.setHighWatermark(Math.min(leaderHighWatermark, this.log.logEndOffset));
    if (this.log.highWatermark === before) {
      this.noteLastStable(stableBefore, before);
      return;
    }
    this.positions.prune(Math.min(this.log.highWatermark, this.log.lastStableOffset));
    this.notify('high-watermark');
  }

  /** The leader's log start moved (retention, DeleteRecords): ours follows, up to our high watermark. */
  maybeIncrementLogStartOffset(leaderLogStartOffset: number): void {
    this.checkFollower();
    if (leaderLogStartOffset <= this.log.logStartOffset) return;
    if (leaderLogStartOffset > this.log.highWatermark) return; // we have not replicated that far yet
    this.log.deleteRecordsBefore(leaderLogStartOffset);
    this.notify('log-start');
  }

  /** The newest epoch in our log's leader epoch cache (a follower's lastFetchedEpoch), -1 when none. */
  get latestEpochInLog(): number {
    return this.log.leaderEpochs.latestEpoch();
  }

  /** Where our log ends `epoch`: the largest epoch <= it and its end offset, null when we know none. */
  endOffsetForEpoch(epoch: number): EpochEndOffset | null {
    const found = this.log.leaderEpochs.endOffsetFor(epoch, this.log.logEndOffset);
    return found.epoch === NO_LEADER_EPOCH || found.endOffset < 0
      ? null
      : { epoch: found.epoch, endOffset: found.endOffset };
  }

  /**
   * A follower truncating its divergent tail: byte positions restart, and parked fetches complete on their
   * next check.
   */
  truncateTo(offset: number): void {
    const stableBefore = this.log.lastStableOffset;
    const hwBefore = this.log.highWatermark;
    this.log.truncateTo(offset);
    this.positions.reset(this.log.logEndOffset);
    this.notify('log-end');
    this.noteLastStable(stableBefore, hwBefore);
  }

  /** A follower whose log end is below the leader's log start: everything goes, the log restarts there. */
  truncateFullyAndStartAt(offset: number): void {
    this.log.truncateFullyAndStartAt(offset);
    this.positions.reset(this.log.logEndOffset);
    this.notify('log-start');
  }

  private checkFollower(): void {
    if (this.deleted) throw new PartitionError(ErrorCode.UnknownTopicOrPartition, `Partition ${this.key} was deleted`);
    if (this.isLeader) {
      throw new PartitionError(ErrorCode.NotLeaderOrFollower, `Broker ${this.localBrokerId} leads ${this.key}`);
    }
  }
}
