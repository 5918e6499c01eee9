import { ErrorCode } from '../protocol/error-codes';
import type { Isolation, PartitionLog, ReadBuffers, StorageLogger } from '../storage';
import { silentLogger } from '../storage';
import { DelayedFetch, type FetchPartitionStatus } from './delayed-fetch';
import { DelayedProduce, type ProducePartitionResult, type ProducePartitionStatus } from './delayed-produce';
import { errorCodeFrom, PartitionError, TransactionVerificationError } from './errors';
import {
  type LeaderAppendResult,
  Partition,
  type PartitionChange,
  type PartitionKey,
  partitionConfig,
  partitionKey,
  type TxnResult,
} from './partition';
import type { AlterPartitionSink } from './alter-partition';
import type { LeaderEndpoint } from './leader-endpoint';
import type { EpochEndOffset, LeaderIdAndEpoch, PartitionState } from './partition-types';
import { Purgatory } from './purgatory';
import { DEFAULT_REPLICA_FETCHER_CONFIG, type ReplicaFetcherConfig } from './replica-fetcher';
import { ReplicaFetcherManager } from './replica-fetcher-manager';
import { type ReplicaQuota, UNLIMITED_REPLICA_QUOTA } from './replica-quota';

export type { ProducePartitionResult } from './delayed-produce';

/** Who is appending: a client through Produce, or the broker's own coordinators (Kafka's AppendOrigin). */
export type AppendOrigin = 'client' | 'coordinator';

export interface AppendEntry {
  topic: string;
  partition: number;
  records: Buffer | null;
}

export interface AppendParams {
  entries: AppendEntry[];
  /** 0, 1 or -1 (all). */
  requiredAcks: number;
  /** How long an acks=all produce may wait for the high watermark (the request's timeoutMs). */
  timeoutMs: number;
  /** The Produce request's version (legacy message sets, zstd). */
  produceVersion: number;
  /** Default 'client': clients may not write internal topics. */
  origin?: AppendOrigin;
  /** KIP-890's transaction verification (see Partition's VerifyTransaction), asked per partition. */
  verifyTransaction?: (topic: string, partition: number, producerId: bigint, producerEpoch: number) => Promise<void>;
  /**
   * Called once every entry is appended (or refused), before the answer waits for the high watermark or the
   * disk: the Produce handler lets the connection's next request append from then on (src/handlers/produce.ts).
   */
  onAppended?: () => void;
}

/** One WriteTxnMarkers entry for one partition: end `producerId`'s transaction there. */
export interface TxnMarkerEntry {
  topic: string;
  partition: number;
  producerId: bigint;
  producerEpoch: number;
  coordinatorEpoch: number;
  result: TxnResult;
  /** WriteTxnMarkers' transaction version (default 0; 2: KIP-890's stricter marker epoch check). */
  transactionVersion?: number;
}

/** A marker written (and replicated as acks=all asks): what the group coordinator learns from it. */
/** This broker started or stopped leading a partition (the coordinators follow their internal topics'). */
export interface LeadershipChange {
  topic: string;
  partition: number;
  /** true: leader now (a new leader epoch); false: no longer the leader. */
  leader: boolean;
  leaderEpoch: number;
}

export interface TxnMarkerWritten {
  topic: string;
  partition: number;
  producerId: bigint;
  producerEpoch: number;
  result: TxnResult;
  /** The marker's offset. */
  offset: number;
}

export interface FetchPartitionRequest {
  topic: string;
  partition: number;
  fetchOffset: number;
  /** This partition's byte budget. */
  partitionMaxBytes: number;
  /** The client's view of the leader epoch (-1: none). */
  currentLeaderEpoch: number;
  /** A follower's Fetch v12+: the epoch of the last batch in its log, checked for divergence (-1: none). */
  lastFetchedEpoch?: number;
}

export interface FetchParams {
  /** -1 for consumers; a broker id for a follower (reads to the log end and reports its progress). */
  replicaId: number;
  maxWaitMs: number;
  minBytes: number;
  /** The response's byte budget across partitions (at least one batch for the first with data: KIP-74). */
  maxBytes: number;
  /** Consumers: 'high-watermark' (read_uncommitted) or 'committed' (read_committed). */
  isolation: Isolation;
  partitions: FetchPartitionRequest[];
  /** Aborted when the requester is gone (connection closed): a parked fetch completes at once. */
  signal?: AbortSignal;
  /**
   * Where the record bytes are read into (storage's ReadBuffers): the caller gives each answer's records back
   * once it has written them, and must then keep no reference to them. Default: fresh buffers.
   */
  readBuffers?: ReadBuffers;
}

/** One partition's fetch answer. Offsets are -1 when the partition could not be served. */
/** Append errors Kafka answers without a log start offset (ReplicaManager.appendToLocalLog's known exceptions). */
const UNKNOWN_APPEND_INFO_ERRORS: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.UnknownTopicOrPartition,
  ErrorCode.NotLeaderOrFollower,
  ErrorCode.MessageTooLarge,
  ErrorCode.RecordListTooLarge,
  ErrorCode.CorruptMessage,
  ErrorCode.KafkaStorageError,
]);

export interface FetchPartitionData {
  topic: string;
  partition: number;
  errorCode: ErrorCode;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  records: Buffer;
  /** read_committed: aborted transactions within `records` (null otherwise, and on errors). */
  abortedTransactions: { producerId: bigint; firstOffset: number }[] | null;
  /** A follower's log diverges (Fetch v12+ DivergingEpoch): truncate to this epoch's end. */
  divergingEpoch?: EpochEndOffset | null;
  /** NOT_LEADER_OR_FOLLOWER / FENCED_LEADER_EPOCH: the leader this broker knows (Fetch v12+ CurrentLeader). */
  currentLeader?: LeaderIdAndEpoch | null;
}

interface LocalRead {
  data: FetchPartitionData;
  /** The partition's bound before the read (for parking); null when the partition could not be served. */
  status: FetchPartitionStatus | null;
}

export interface ReplicaManagerOptions {
  localBrokerId: number;
  logger?: StorageLogger;
  clock?: () => number;
  /** Where leaders propose ISR changes (the controller). Absent: ISRs change only through the metadata log. */
  alterPartition?: AlterPartitionSink;
  /** replica.lag.time.max.ms (30000). */
  replicaLagTimeMaxMs?: number;
  /**
   * How often leaders look for followers to drop from the ISR (Kafka: replica.lag.time.max.ms / 2); 0: never
   * by a timer (tests call maybeShrinkIsr with their own clock).
   */
  isrExpirationIntervalMs?: number;
  /** How this broker's replica fetchers reach a leader (null: unknown broker); absent: followers do not fetch. */
  leaderEndpoint?: (brokerId: number) => LeaderEndpoint | null;
  /** replica.fetch.* (see ReplicaFetcherConfig). */
  replicaFetcher?: Partial<ReplicaFetcherConfig>;
  /** Replication throttles (replica-quota.ts): this broker as leader and as follower. Absent: none. */
  replicationQuotas?: { leader: ReplicaQuota; follower: ReplicaQuota };
}

/**
 * Kafka's ReplicaManager: the partitions this broker hosts, appends to many of them (appendRecords) and
 * reads from many (fetchMessages), parking what must wait in two purgatories: acks=all produces until the
 * high watermark passes their appends (and flush.messages until fsynced), fetches until min.bytes are
 * readable or max.wait.ms passed. Partitions tell it when an offset moves, and only the operations watching
 * that partition are checked: nothing re-reads a log to find out whether it grew.
 */
export class ReplicaManager {
  readonly localBrokerId: number;
  readonly producePurgatory = new Purgatory<DelayedProduce>('Produce');
  readonly fetchPurgatory = new Purgatory<DelayedFetch>('Fetch');
  /** Per partition key, how many appendEach calls (Produce requests) are appending to it right now. */
  private readonly appendingRequests = new Map<string, number>();
  private readonly partitions = new Map<PartitionKey, Partition>();
  private readonly internalTopics = new Set<string>();
  private readonly logger: StorageLogger;
  private readonly clock: () => number;
  private readonly markerListeners: ((written: TxnMarkerWritten) => void)[] = [];
  private readonly leadershipListeners: ((change: LeadershipChange) => void)[] = [];
  private readonly alterPartition: AlterPartitionSink | undefined;
  private readonly replicaLagTimeMaxMs: number | undefined;
  private readonly isrExpiration: NodeJS.Timeout | null = null;
  /** Kafka's ReplicaFetcherManager: the loops fetching for partitions this broker follows. */
  readonly fetchers: ReplicaFetcherManager;
  private readonly leaderQuota: ReplicaQuota;

  constructor(options: ReplicaManagerOptions) {
    this.localBrokerId = options.localBrokerId;
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? Date.now;
    this.alterPartition = options.alterPartition;
    this.replicaLagTimeMaxMs = options.replicaLagTimeMaxMs;
    this.leaderQuota = options.replicationQuotas?.leader ?? UNLIMITED_REPLICA_QUOTA;
    this.fetchers = new ReplicaFetcherManager(
      this.localBrokerId,
      options.leaderEndpoint ?? null,
      { ...DEFAULT_REPLICA_FETCHER_CONFIG, ...options.replicaFetcher },
      this.logger,
      this.clock,
      options.replicationQuotas?.follower ?? UNLIMITED_REPLICA_QUOTA,
    );
    // Kafka's isr-expiration task. Only leaders with followers do any work in it.
    const interval = options.isrExpirationIntervalMs ?? (options.replicaLagTimeMaxMs ?? 30_000) / 2;
    if (interval > 0 && options.alterPartition) {
      this.isrExpiration = setInterval(() => this.maybeShrinkIsr(), interval);
      this.isrExpiration.unref();
    }
  }

  // ------------------------------------------------------------------ hosted partitions

  /**
   * Hosts a partition over its opened log (`configs`: the topic's, by Kafka name), then applies its
   * leadership through applyPartitionState: `state` as the metadata log says, or by default this broker
   * alone at leader epoch 0 (a single-node broker).
   */
  createPartition(
    topic: string,
    index: number,
    log: PartitionLog,
    configs: Readonly<Record<string, string | undefined>>,
    options: { isInternal?: boolean; state?: Omit<PartitionState, 'topic' | 'partition'> } = {},
  ): Partition {
    const key = partitionKey(topic, index);
    this.partitions.get(key)?.markDeleted();
    this.fetchers.removePartition(key);
    const partition = new Partition({
      topic,
      partition: index,
      log,
      localBrokerId: this.localBrokerId,
      config: partitionConfig(configs, this.localBrokerId),
      onChange: (p, change) => this.onPartitionChange(p, change),
      alterPartition: this.alterPartition,
      replicaLagTimeMaxMs: this.replicaLagTimeMaxMs,
      clock: this.clock,
    });
    this.partitions.set(key, partition);
    if (options.isInternal) this.internalTopics.add(topic);
    const alone = { leader: this.localBrokerId, leaderEpoch: 0, partitionEpoch: 0, replicas: [this.localBrokerId] };
    this.applyPartitionState({ topic, partition: index, ...(options.state ?? { ...alone, isr: alone.replicas }) });
    return partition;
  }

  /**
   * The one way leadership changes (Kafka's ReplicaManager.applyDelta for one partition): what the metadata
   * log says of a hosted partition makes this broker its leader (followers' fetches are served, the ISR is
   * maintained, the fetcher for it stops) or a follower (a replica fetcher starts from the log end against
   * the new leader, truncating first where the logs diverge). A state older than the partition epoch the
   * partition knows is ignored. UNKNOWN_TOPIC_OR_PARTITION when the partition is not hosted here.
   */
  applyPartitionState(state: PartitionState): void {
    const partition = this.getPartitionOrError(state.topic, state.partition);
    const now = this.clock();
    const wasLeader = partition.isLeader;
    if (state.leader === this.localBrokerId) {
      if (partition.makeLeader(state, now)) {
        this.fetchers.removePartition(partition.key);
        this.tellLeadership({
          topic: state.topic,
          partition: state.partition,
          leader: true,
          leaderEpoch: state.leaderEpoch,
        });
      }
      return;
    }
    if (!partition.makeFollower(state, now)) return;
    this.fetchers.removePartition(partition.key);
    if (state.leader >= 0) this.fetchers.addPartition(state.leader, partition);
    if (wasLeader) {
      this.tellLeadership({
        topic: state.topic,
        partition: state.partition,
        leader: false,
        leaderEpoch: state.leaderEpoch,
      });
    }
  }

  /**
   * Tells `listener` each time this broker becomes leader of a partition (or starts a new leader epoch of one
   * it leads) and each time it stops leading one (made follower, or no longer hosted): Kafka's
   * ReplicaManager.applyDelta calling the coordinators' onElection / onResignation for their internal
   * topics' partitions. Returns a function that removes the listener.
   */
  onLeadershipChange(listener: (change: LeadershipChange) => void): () => void {
    this.leadershipListeners.push(listener);
    return () => {
      const at = this.leadershipListeners.indexOf(listener);
      if (at >= 0) this.leadershipListeners.splice(at, 1);
    };
  }

  private tellLeadership(change: LeadershipChange): void {
    this.tellEach(this.leadershipListeners, change, 'leadership', change);
  }

  /** Calls each listener with `value`; one that throws is logged and does not stop the others. */
  private tellEach<T>(
    listeners: readonly ((value: T) => void)[],
    value: T,
    what: string,
    where: { topic: string; partition: number },
  ): void {
    for (const listener of listeners) {
      try {
        listener(value);
      } catch (error) {
        this.logger.error(`${what} listener failed`, {
          topic: where.topic,
          partition: where.partition,
          error: String(error),
        });
      }
    }
  }

  /**
   * Kafka's isr-expiration task: every leader drops followers not caught up within replica.lag.time.max.ms
   * from its ISR (proposed through AlterPartition). Runs on a timer; tests call it with their own clock.
   */
  maybeShrinkIsr(now = this.clock()): void {
    for (const partition of this.partitions.values()) if (partition.isLeader) partition.maybeShrinkIsr(now);
  }

  getPartition(topic: string, index: number): Partition | undefined {
    return this.partitions.get(partitionKey(topic, index));
  }

  /** The partition, or UNKNOWN_TOPIC_OR_PARTITION as Kafka's getPartitionOrException answers. */
  getPartitionOrError(topic: string, index: number): Partition {
    const partition = this.partitions.get(partitionKey(topic, index));
    if (!partition) {
      throw new PartitionError(
        ErrorCode.UnknownTopicOrPartition,
        `This server does not host this topic-partition: ${topic}-${index}`,
      );
    }
    return partition;
  }

  /** Stops hosting a partition (topic deleted): parked produces and fetches on it complete now. */
  removePartition(topic: string, index: number): void {
    const key = partitionKey(topic, index);
    const partition = this.partitions.get(key);
    if (!partition) return;
    const wasLeader = partition.isLeader;
    this.partitions.delete(key);
    this.fetchers.removePartition(key);
    partition.markDeleted();
    if (wasLeader) this.tellLeadership({ topic, partition: index, leader: false, leaderEpoch: partition.leaderEpoch });
  }

  /** Applies a topic's changed configs (min.insync.replicas, compression.type, timestamps...). */
  updateConfig(topic: string, configs: Readonly<Record<string, string | undefined>>): void {
    const config = partitionConfig(configs, this.localBrokerId);
    for (const partition of this.partitions.values()) if (partition.topic === topic) partition.updateConfig(config);
  }

  /**
   * Completes every parked operation (broker shutdown): fetches answer with what they have. The replica
   * fetchers stop; the promise resolves once their loops exited (nothing is appended after it).
   */
  shutdown(): Promise<void> {
    if (this.isrExpiration) clearInterval(this.isrExpiration);
    const stopped = this.fetchers.shutdown();
    this.fetchPurgatory.completeAll();
    this.producePurgatory.completeAll();
    return stopped;
  }

  private onPartitionChange(partition: Partition, change: PartitionChange): void {
    // Fetches wait on any bound (followers on the log end, consumers on the HW or LSO); produces on the HW,
    // on durability (checked when the flush resolves) and on the partition going away. A log end moved by a
    // request still appending wakes fetches when that request is done (appendEach).
    if (change !== 'log-end' || !this.appendingRequests.has(partition.key)) {
      this.fetchPurgatory.checkAndComplete(partition.key);
    }
    if (change !== 'log-end') this.producePurgatory.checkAndComplete(partition.key);
  }

  // ------------------------------------------------------------------ produce

  /**
   * Appends each entry to its partition as leader, then answers at once (acks=0/1, or errors) or once the
   * delayed produce completes (acks=all, flush.messages). Results come in the order of `entries`.
   */
  async appendRecords(params: AppendParams): Promise<ProducePartitionResult[]> {
    const clientOrigin = (params.origin ?? 'client') === 'client';
    const verify = params.verifyTransaction;
    const appendOne = (partition: Partition, entry: AppendEntry, now: number) => {
      if (this.internalTopics.has(entry.topic) && clientOrigin) {
        throw new PartitionError(ErrorCode.InvalidTopicException, `Cannot append to internal topic ${entry.topic}`);
      }
      return partition.appendRecordsToLeader(entry.records, {
        requiredAcks: params.requiredAcks,
        produceVersion: params.produceVersion,
        now,
        verifyTransaction:
          verify && ((producerId, producerEpoch) => verify(entry.topic, entry.partition, producerId, producerEpoch)),
      });
    };
    return this.appendEach(params.entries, params.requiredAcks, params.timeoutMs, appendOne, params.onAppended);
  }

  /**
   * WriteTxnMarkers (Kafka's handleWriteTxnMarkersRequest): each marker is appended as a coordinator append
   * (internal topics included: `__consumer_offsets` gets markers for TxnOffsetCommit) and acknowledged as
   * acks=all is, once the high watermark passed it (`timeoutMs`, Kafka's request.timeout.ms). Answers per
   * entry: NONE, UNKNOWN_TOPIC_OR_PARTITION, INVALID_PRODUCER_EPOCH, TRANSACTION_COORDINATOR_FENCED,
   * NOT_ENOUGH_REPLICAS..., in entry order. Listeners of `onTxnMarkerWritten` hear of each written marker.
   */
  async writeTxnMarkers(
    entries: TxnMarkerEntry[],
    timeoutMs = 30000,
  ): Promise<{ topic: string; partition: number; errorCode: ErrorCode }[]> {
    const written: (TxnMarkerWritten | null)[] = entries.map(() => null);
    const results = await this.appendEach(
      entries.map((e, i) => ({ ...e, index: i })),
      -1,
      timeoutMs,
      async (partition, entry, now) => {
        const appended = partition.appendTxnMarker(
          entry.producerId,
          entry.producerEpoch,
          entry.coordinatorEpoch,
          entry.result,
          now,
          entry.transactionVersion ?? 0,
        );
        written[entry.index] = {
          topic: entry.topic,
          partition: entry.partition,
          producerId: entry.producerId,
          producerEpoch: entry.producerEpoch,
          result: entry.result,
          offset: appended.firstOffset,
        };
        return appended;
      },
    );
    results.forEach((r, i) => {
      const marker = written[i];
      if (!marker || r.errorCode !== ErrorCode.None) return;
      this.tellEach(this.markerListeners, marker, 'txn marker', r);
    });
    return results.map((r) => ({ topic: r.topic, partition: r.partition, errorCode: r.errorCode }));
  }

  /**
   * Tells `listener` of every transaction marker written and acknowledged by writeTxnMarkers (Kafka calls
   * its group coordinator's onTransactionCompleted for `__consumer_offsets` partitions: pending transactional
   * offset commits of that producer become visible on commit, or are dropped on abort). Returns a function
   * that removes the listener.
   */
  onTxnMarkerWritten(listener: (written: TxnMarkerWritten) => void): () => void {
    this.markerListeners.push(listener);
    return () => {
      const at = this.markerListeners.indexOf(listener);
      if (at >= 0) this.markerListeners.splice(at, 1);
    };
  }

  /**
   * Appends one entry per partition through `appendOne`, tells `onAppended`, then answers at once (acks=0/1,
   * or errors) or once the delayed produce completes (acks=all, flush.messages). Results come in the order
   * of `entries`.
   */
  private async appendEach<E extends { topic: string; partition: number }>(
    entries: E[],
    requiredAcks: number,
    timeoutMs: number,
    appendOne: (partition: Partition, entry: E, now: number) => Promise<LeaderAppendResult>,
    onAppended?: () => void,
  ): Promise<ProducePartitionResult[]> {
    const results: ProducePartitionResult[] = [];
    const statuses: ProducePartitionStatus[] = [];
    const now = this.clock();
    // Kafka completes delayed fetches once a whole request is appended (ReplicaManager's action queue). A
    // parked follower fetch woken by the first partition's append would answer with that partition alone
    // (the next partition's append comes after awaits), and the follower would need one more round trip
    // for the rest of the request: twice the acks=all latency. So log-end wakeups of the partitions being
    // appended wait for the end of this loop, where this request checks its partitions (whichever request
    // moved a log end checks it when it ends: no wakeup is lost or postponed past its own request).
    const keys = [...new Set(entries.map((e) => partitionKey(e.topic, e.partition)))];
    for (const key of keys) this.appendingRequests.set(key, (this.appendingRequests.get(key) ?? 0) + 1);
    try {
      await this.appendEntries(entries, appendOne, now, requiredAcks, results, statuses);
    } finally {
      for (const key of keys) {
        const left = (this.appendingRequests.get(key) ?? 1) - 1;
        if (left > 0) this.appendingRequests.set(key, left);
        else this.appendingRequests.delete(key);
      }
      for (const key of keys) this.fetchPurgatory.checkAndComplete(key);
    }
    onAppended?.();
    const mustWait = statuses.some((s) => s.requiredOffset !== null || s.awaitingDisk);
    if (requiredAcks === 0 || !mustWait) return results;
    return new Promise((resolve) => {
      const op = new DelayedProduce(timeoutMs, statuses, () => resolve(results));
      this.producePurgatory.tryCompleteElseWatch(op, op.keys);
    });
  }

  private async appendEntries<E extends { topic: string; partition: number }>(
    entries: E[],
    appendOne: (partition: Partition, entry: E, now: number) => Promise<LeaderAppendResult>,
    now: number,
    requiredAcks: number,
    results: ProducePartitionResult[],
    statuses: ProducePartitionStatus[],
  ): Promise<void> {
    for (const entry of entries) {
      const result: ProducePartitionResult = {
        topic: entry.topic,
        partition: entry.partition,
        errorCode: ErrorCode.None,
        errorMessage: null,
        baseOffset: -1,
        recordCount: 0,
        logAppendTime: -1,
        logStartOffset: -1,
        recordErrors: [],
      };
      results.push(result);
      const partition = this.partitions.get(partitionKey(entry.topic, entry.partition));
      if (!partition) {
        result.errorCode = ErrorCode.UnknownTopicOrPartition;
      } else {
        try {
          const appended = await appendOne(partition, entry, now);
          result.baseOffset = appended.firstOffset;
          result.recordCount = appended.recordCount;
          result.logAppendTime = appended.logAppendTime;
          result.logStartOffset = appended.logStartOffset;
          const status: ProducePartitionStatus = {
            key: partition.key,
            partition,
            result,
            requiredOffset: requiredAcks === -1 ? appended.lastOffset + 1 : null,
            awaitingDisk: appended.durable !== null,
            pending: true,
          };
          statuses.push(status);
          if (appended.durable) this.whenOnDisk(status, appended.durable);
        } catch (error) {
          this.describeFailure(result, error);
          // Kafka's processFailedRecord: a refused append still reports the partition's log start offset,
          // except for the errors its ReplicaManager answers with UNKNOWN_LOG_APPEND_INFO (and a transactional
          // batch its verification refused before the append).
          const unknownAppendInfo =
            UNKNOWN_APPEND_INFO_ERRORS.has(result.errorCode) ||
            result.errorCode === ErrorCode.InvalidTopicException ||
            error instanceof TransactionVerificationError;
          if (!unknownAppendInfo) result.logStartOffset = partition.logStartOffset;
        }
      }
    }
  }

  /**
   * The fsync an append waits for runs in the background: once it is done (or failed: KAFKA_STORAGE_ERROR,
   * the log went offline), the parked produce is checked again. It may finish before the produce is parked;
   * the flag is then already clear when the purgatory first checks it.
   */
  private whenOnDisk(status: ProducePartitionStatus, durable: Promise<void>): void {
    durable.then(
      () => {
        status.awaitingDisk = false;
        this.producePurgatory.checkAndComplete(status.key);
      },
      (error: unknown) => {
        status.awaitingDisk = false;
        if (status.pending) {
          status.pending = false;
          this.describeFailure(status.result, error);
        }
        this.producePurgatory.checkAndComplete(status.key);
      },
    );
  }

  /**
   * Appends a batch a coordinator built (group or transaction records) to a partition it leads, synchronously
   * (throws, with Kafka's code, when it cannot: not the leader, too few in-sync replicas...), as a
   * 'coordinator' append. Returns the offset after the batch: `awaitReplicated` acknowledges it (acks=all).
   */
  appendCoordinatorBatch(topic: string, index: number, batch: Buffer, now = this.clock()): number {
    return this.getPartitionOrError(topic, index).appendAsCoordinator(batch, now).lastOffset + 1;
  }

  /**
   * Resolves with NONE once the partition's high watermark reached `requiredOffset` (the acks=all wait of a
   * coordinator's append, Kafka's CoordinatorRuntime waiting for the HW before answering), else with the
   * error that ended the wait: NOT_LEADER_OR_FOLLOWER (leadership moved), NOT_ENOUGH_REPLICAS_AFTER_APPEND,
   * REQUEST_TIMED_OUT after `timeoutMs`. With one replica it resolves at once.
   */
  awaitReplicated(topic: string, index: number, requiredOffset: number, timeoutMs: number): Promise<ErrorCode> {
    const partition = this.partitions.get(partitionKey(topic, index));
    if (!partition) return Promise.resolve(ErrorCode.NotLeaderOrFollower);
    const now = partition.checkEnoughReplicasReachOffset(requiredOffset);
    if (now.done) return Promise.resolve(now.errorCode);
    const result: ProducePartitionResult = {
      topic,
      partition: index,
      errorCode: ErrorCode.None,
      errorMessage: null,
      baseOffset: -1,
      recordCount: 0,
      logAppendTime: -1,
      logStartOffset: -1,
      recordErrors: [],
    };
    const status: ProducePartitionStatus = {
      key: partition.key,
      partition,
      result,
      requiredOffset,
      awaitingDisk: false,
      pending: true,
    };
    return new Promise((resolve) => {
      const op = new DelayedProduce(timeoutMs, [status], () => resolve(result.errorCode));
      this.producePurgatory.tryCompleteElseWatch(op, op.keys);
    });
  }

  private describeFailure(result: ProducePartitionResult, error: unknown): void {
    result.errorCode = errorCodeFrom(error);
    result.errorMessage = (error as Error).message ?? null;
    if (error instanceof PartitionError && error.currentLeader) result.currentLeader = error.currentLeader;
    const recordErrors = (error as { recordErrors?: { batchIndex: number; message: string }[] }).recordErrors;
    if (recordErrors) result.recordErrors = recordErrors;
    if (result.errorCode === ErrorCode.UnknownServerError || result.errorCode === ErrorCode.KafkaStorageError) {
      this.logger.error('append failed', {
        topic: result.topic,
        partition: result.partition,
        error: result.errorMessage,
      });
    }
  }

  // ------------------------------------------------------------------ fetch

  /**
   * Reads every partition; answers at once if there is an error, enough bytes (`minBytes`), no wait asked or
   * nothing to wait on, else parks a DelayedFetch and answers when it completes, with a fresh read.
   */
  async fetchMessages(params: FetchParams): Promise<FetchPartitionData[]> {
    const answers = await this.readOrPark(params);
    if (params.replicaId >= 0) this.recordLeaderReplication(answers);
    return answers;
  }

  /**
   * Kafka's shouldLeaderThrottle: a follower out of the ISR is answered no records for a partition throttled
   * here while the leader's replication quota is exceeded (it fetches again after its long poll).
   */
  private shouldLeaderThrottle(partition: Partition, replicaId: number): boolean {
    return (
      replicaId >= 0 &&
      partition.throttledAsLeader &&
      !partition.isr.has(replicaId) &&
      this.leaderQuota.isQuotaExceeded(this.clock())
    );
  }

  /** What a follower's fetch carried of throttled partitions counts against the leader's quota, in sync or not. */
  private recordLeaderReplication(answers: readonly FetchPartitionData[]): void {
    let bytes = 0;
    for (const answer of answers) {
      if (answer.records.length === 0) continue;
      if (this.partitions.get(partitionKey(answer.topic, answer.partition))?.throttledAsLeader) {
        bytes += answer.records.length;
      }
    }
    if (bytes > 0) this.leaderQuota.record(bytes, this.clock());
  }

  private async readOrPark(params: FetchParams): Promise<FetchPartitionData[]> {
    const isolation: Isolation = params.replicaId >= 0 ? 'log-end' : params.isolation;
    const first = await this.readFromLocalLog(params, isolation);
    let bytes = 0;
    let failed = false;
    for (const r of first) {
      bytes += r.data.records.length;
      // A diverging follower is answered at once, as an error is (Kafka's DelayedFetch completes on it).
      if (r.data.errorCode !== ErrorCode.None || r.data.divergingEpoch) failed = true;
    }
    if (params.maxWaitMs <= 0 || first.length === 0 || bytes >= params.minBytes || failed || params.signal?.aborted) {
      return first.map((r) => r.data);
    }
    return new Promise((resolve, reject) => {
      const statuses = first.map((r) => r.status!);
      const op = new DelayedFetch(
        params.maxWaitMs,
        params.minBytes,
        isolation,
        statuses,
        (key) => this.partitions.get(key),
        (partition) => this.shouldLeaderThrottle(partition, params.replicaId),
        () => {
          if (params.signal?.aborted) {
            resolve(first.map((r) => r.data));
            return;
          }
          // Deferred: completion may be triggered from inside an append; the read runs after it returns.
          queueMicrotask(() =>
            this.readFromLocalLog(params, isolation).then((r) => resolve(r.map((x) => x.data)), reject),
          );
        },
      );
      params.signal?.addEventListener('abort', () => op.forceComplete(), { once: true });
      this.fetchPurgatory.tryCompleteElseWatch(
        op,
        statuses.map((s) => s.key),
      );
    });
  }

  /**
   * Kafka's readFromLocalLog: partition by partition within the response budget, each read's budget being what
   * the earlier ones left, and only the first partition with data allowed past its limit (KIP-74). When the
   * partitions' limits fit in the response budget (a consumer's usual fetch), every read gets its own limit
   * whatever the others return, so the reads run at once (their bytes come from libuv's pool in parallel);
   * then they are checked in order against the budget as Kafka computes it, and a read whose answer could
   * differ (after an oversized first batch) is done again in turn.
   */
  private async readFromLocalLog(params: FetchParams, isolation: Isolation): Promise<LocalRead[]> {
    const requests = params.partitions;
    let limits = 0;
    for (const r of requests) limits += Math.max(0, r.partitionMaxBytes);
    const atOnce =
      requests.length > 1 && limits <= params.maxBytes
        ? requests.map((r) => this.readPartition(params, r, isolation, Math.max(0, r.partitionMaxBytes), true))
        : null;
    // Answers are awaited in order: one failing must not leave the later ones' failures unhandled.
    if (atOnce) for (const read of atOnce) read.catch(() => {});
    const out: LocalRead[] = [];
    let budget = params.maxBytes;
    let minOneBatch = true;
    for (let i = 0; i < requests.length; i++) {
      const request = requests[i]!;
      const maxBytes = Math.max(0, Math.min(request.partitionMaxBytes, budget));
      let read = atOnce ? await atOnce[i]! : null;
      // Read with minOneBatch and this limit: the same answer as Kafka's order gives unless the limit is now
      // lower, or minOneBatch no longer holds and the answer is one batch over the limit.
      const same =
        read !== null &&
        (read.status === null ||
          read.data.errorCode !== ErrorCode.None ||
          (maxBytes === Math.max(0, request.partitionMaxBytes) &&
            (minOneBatch || read.data.records.length <= maxBytes)));
      if (!same) read = await this.readPartition(params, request, isolation, maxBytes, minOneBatch);
      const bytes = read!.data.records.length;
      if (bytes > 0) {
        minOneBatch = false;
        budget -= bytes;
      }
      out.push(read!);
    }
    return out;
  }

  /** One partition's read for a fetch: its answer, or its error with what the client needs to know. */
  private async readPartition(
    params: FetchParams,
    request: FetchPartitionRequest,
    isolation: Isolation,
    maxBytes: number,
    minOneBatch: boolean,
  ): Promise<LocalRead> {
    const data: FetchPartitionData = {
      topic: request.topic,
      partition: request.partition,
      errorCode: ErrorCode.None,
      highWatermark: -1,
      lastStableOffset: -1,
      logStartOffset: -1,
      records: EMPTY,
      abortedTransactions: null,
    };
    const partition = this.partitions.get(partitionKey(request.topic, request.partition));
    if (!partition) {
      data.errorCode = ErrorCode.UnknownTopicOrPartition;
      return { data, status: null };
    }
    // The bound before reading: bytes appended after it are counted by a parked fetch, none missed.
    const status: FetchPartitionStatus = {
      key: partition.key,
      fetchOffset: request.fetchOffset,
      partitionMaxBytes: request.partitionMaxBytes,
      currentLeaderEpoch: request.currentLeaderEpoch,
      bytesRead: 0,
      boundOffset: partition.boundOffset(isolation),
      boundPosition: partition.boundPosition(isolation),
      positionGeneration: partition.positionGeneration,
    };
    // Throttled: read nothing, but still as a fetch (offsets checked, the follower's progress noted).
    const throttled = this.shouldLeaderThrottle(partition, params.replicaId);
    try {
      const read = await partition.readRecords({
        fetchOffset: request.fetchOffset,
        maxBytes: throttled ? 0 : maxBytes,
        isolation,
        minOneBatch: minOneBatch && !throttled,
        currentLeaderEpoch: request.currentLeaderEpoch,
        // A follower's fetch is served by the leader only, reports its log end, and may diverge.
        replicaId: params.replicaId,
        lastFetchedEpoch: request.lastFetchedEpoch,
        buffers: params.readBuffers,
      });
      if (read.divergingEpoch) data.divergingEpoch = read.divergingEpoch;
      data.highWatermark = read.highWatermark;
      data.lastStableOffset = read.lastStableOffset;
      data.logStartOffset = read.logStartOffset;
      data.records = read.records;
      data.abortedTransactions = read.abortedTransactions;
      status.bytesRead = read.records.length;
    } catch (error) {
      data.errorCode = errorCodeFrom(error);
      if (error instanceof PartitionError && error.currentLeader) data.currentLeader = error.currentLeader;
      if (!(error instanceof PartitionError)) {
        // A storage refusal (OFFSET_OUT_OF_RANGE): the client learns where the log is.
        data.highWatermark = partition.highWatermark;
        data.lastStableOffset = partition.lastStableOffset;
        data.logStartOffset = partition.logStartOffset;
      }
      if (data.errorCode === ErrorCode.UnknownServerError || data.errorCode === ErrorCode.KafkaStorageError) {
        this.logger.error('read failed', {
          topic: request.topic,
          partition: request.partition,
          error: String(error),
        });
      }
    }
    return { data, status };
  }
}

const EMPTY = Buffer.alloc(0);
