/**
 * The transaction coordinator of this broker (Kafka's TransactionCoordinator + TransactionStateManager +
 * TransactionMarkerChannelManager): producer ids, transactional ids and their state machine, persisted in
 * `__transaction_state` (txn-log.ts), markers handed to a TxnMarkerWriter (marker-writer.ts).
 *
 * Every operation runs synchronously to completion on the event loop once the store is ready: the state write
 * is a synchronous append, so no two operations interleave on one transactional id. The only asynchronous
 * phase is writing markers (PrepareCommit/PrepareAbort until every partition has its marker), during which the
 * id answers CONCURRENT_TRANSACTIONS, as Kafka does.
 *
 * A single node coordinates every `__transaction_state` partition at coordinator epoch 0 (the partition's
 * leader epoch; it moves when replication lands, issue 13).
 */
import { ErrorCode, KafkaError } from '../errors';
import { awaitCoordinatorReady, checkCoordinatorState } from '../topics/coordinator-readiness';
import { type CoordinatorPartitions, coordinatorWriteError } from '../topics/coordinator-partitions';
import { TRANSACTION_STATE_TOPIC } from '../topics/names';
import type { Scheduler, Timer } from '../groups/scheduler';
import type { TxnConfig } from './config';
import {
  type DescribedTransaction,
  describeError,
  describeTransaction,
  type ListedTransactions,
  listTransactions,
} from './admin-views';
import { decideEndTxnV1, decideEndTxnV2, type EndTxnDecision } from './end-txn-rules';
import { writeMarkersUntilDone } from './marker-channel';
import type { TxnMarkerWriter } from './marker-writer';
import {
  isExpirationAllowed,
  isEpochExhausted,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  TransactionMetadata,
  type TopicPartitionKey,
  type TxnState,
  type TxnTransit,
  TV2,
  tpKey,
} from './metadata';
import type { ProducerIdManager } from './producer-ids';
import { decodeTxnKey, decodeTxnValue, encodeTxnKey, encodeTxnValue, txnLogValueVersion } from './records';
import type { TransactionLog } from './txn-log';

export interface TxnLogger {
  info(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
  debug(msg: string, meta?: object): void;
}

export interface ProducerIdAndEpoch {
  producerId: bigint;
  producerEpoch: number;
}

export interface InitProducerIdResult extends ProducerIdAndEpoch {
  errorCode: number;
}

export interface TopicPartition {
  topic: string;
  partition: number;
}

/** The coordinator epoch stamped on markers: the `__transaction_state` leader epoch, 0 on one node. */
export const COORDINATOR_EPOCH = 0;

const fail = (errorCode: number): InitProducerIdResult => ({
  errorCode,
  producerId: NO_PRODUCER_ID,
  producerEpoch: NO_PRODUCER_EPOCH,
});

/**
 * A KRaft cluster's other transaction coordinators, for the partition leaders' KIP-890 questions (Kafka's
 * AddPartitionsToTxnManager sends AddPartitionsToTxn v4+ to the coordinator of the id).
 */
export interface RemoteTxnCoordinators {
  readonly nodeId: number;
  /** The leader of a `__transaction_state` partition (-1: none known). */
  leaderOf(topic: string, partition: number): number;
  addPartitionsToTxn(
    brokerId: number,
    txn: { transactionalId: string; producerId: bigint; producerEpoch: number; verifyOnly: boolean },
    partitions: TopicPartition[],
  ): Promise<{ topic: string; partition: number; errorCode: number }[]>;
}

export class TransactionCoordinator {
  /** Set in a KRaft cluster: where a partition leader's questions go when the id is coordinated elsewhere. */
  remote: RemoteTxnCoordinators | null = null;

  private readonly txns = new Map<string, TransactionMetadata>();
  /** Transactional ids whose markers are being written, and what settles when they are done. */
  private readonly completing = new Map<string, Promise<void>>();
  private timers: Timer[] = [];
  private loaded = false;
  private closed = false;

  /** Open and done replaying `__transaction_state` (the broker's /ready waits for it). */
  get isLoaded(): boolean {
    return this.loaded && !this.closed;
  }

  constructor(
    readonly config: TxnConfig,
    private readonly store: TransactionLog,
    readonly producerIds: ProducerIdManager,
    private readonly markers: TxnMarkerWriter,
    readonly scheduler: Scheduler,
    private readonly log: TxnLogger,
    /**
     * A KRaft cluster's: the `__transaction_state` partitions this broker leads (loaded on election, unloaded on
     * resignation); null on a single node, which coordinates every transactional id from start-up.
     */
    private readonly owned: CoordinatorPartitions | null = null,
  ) {}

  // ---------------------------------------------------------------- lifecycle

  /**
   * Replays `__transaction_state` (start-up). Transactions in PrepareCommit/PrepareAbort resume their markers;
   * Ongoing ones keep their start time and are aborted when their timeout passes, as on Kafka.
   */
  async load(): Promise<void> {
    if (!this.owned) {
      const { resumed } = await this.replay();
      this.log.info('transaction coordinator loaded', { transactionalIds: this.txns.size, resumed });
    }
    // In a cluster partitions load as this broker is elected their leader (onElection).
    this.loaded = true;
    this.every(this.config.abortTimedOutIntervalMs, () => this.abortTimedOutTransactions());
    this.every(this.config.removeExpiredIntervalMs, () => this.removeExpiredTransactionalIds());
  }

  /**
   * This broker became the leader of `__transaction_state` partition `partition` (Kafka's
   * TransactionStateManager.loadTransactionsForTxnTopicPartition): its ids are loaded, transactions in
   * PrepareCommit/PrepareAbort resume their markers at the new coordinator epoch; meanwhile
   * COORDINATOR_LOAD_IN_PROGRESS.
   */
  onElection(partition: number, epoch: number): Promise<void> {
    if (!this.owned) return Promise.resolve();
    return this.owned.elect(partition, epoch, async () => {
      this.unload(partition);
      await this.replay(partition);
    });
  }

  /** This broker no longer leads `partition`: its ids are dropped (NOT_COORDINATOR), their marker loops stop. */
  onResignation(partition: number): Promise<void> {
    if (!this.owned) return Promise.resolve();
    return this.owned.resign(partition, () => this.unload(partition));
  }

  private unload(partition: number): void {
    for (const id of this.txns.keys()) if (this.store.partitionFor(id) === partition) this.txns.delete(id);
  }

  /** Replays the log (one partition, or all of it) and resumes the markers of PrepareX transactions. */
  private async replay(partition?: number): Promise<{ resumed: number }> {
    const records = await this.store.load(partition);
    const replayed = new Map<string, TransactionMetadata>();
    for (const record of records) {
      try {
        const id = decodeTxnKey(record.key);
        if (id === null) continue;
        if (record.value === null) {
          replayed.delete(id);
          continue;
        }
        const v = decodeTxnValue(record.value);
        const partitions = new Set<TopicPartitionKey>();
        for (const [topic, ids] of v.partitions) for (const p of ids) partitions.add(tpKey(topic, p));
        const md = new TransactionMetadata(
          id,
          v.producerId,
          v.previousProducerId,
          v.producerEpoch,
          NO_PRODUCER_EPOCH,
          v.txnTimeoutMs,
          v.state,
          partitions,
          v.startTimestamp,
          v.lastUpdateTimestamp,
        );
        // Recovery needs both to finish a TV2 transaction as its client expects (the epoch bump, the rotation).
        md.clientTransactionVersion = v.clientTransactionVersion;
        md.nextProducerId = v.nextProducerId;
        replayed.set(id, md);
      } catch (error) {
        this.log.warn('skipped an unreadable __transaction_state record', { error: (error as Error).message });
      }
    }
    let resumed = 0;
    if (this.closed) return { resumed };
    for (const [id, md] of replayed) this.txns.set(id, md);
    for (const md of replayed.values()) {
      if (md.state === 'PrepareCommit' || md.state === 'PrepareAbort') {
        resumed++;
        this.sendMarkers(md);
      }
    }
    return { resumed };
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) t.cancel();
    this.timers = [];
  }

  private every(intervalMs: number, task: () => void): void {
    const tick = () => {
      if (this.closed) return;
      try {
        task();
      } catch (error) {
        this.log.warn('transaction coordinator task failed', { error: (error as Error).message });
      }
      this.timers.push(this.scheduler.schedule(intervalMs, tick));
    };
    this.timers.push(this.scheduler.schedule(intervalMs, tick));
  }

  /** Open, loaded, and (in a cluster) the id's partition led and loaded here. */
  private check(transactionalId: string): void {
    checkCoordinatorState({ closed: this.closed, loaded: this.loaded });
    this.owned?.check(this.store.partitionFor(transactionalId));
  }

  /** check(), and the store writable (the first transactional request creates `__transaction_state`). */
  private ready(transactionalId: string): Promise<void> {
    return awaitCoordinatorReady(() => this.check(transactionalId), this.store, '__transaction_state', this.log);
  }

  /**
   * NONE once the id's state written so far is replicated (acks=all: Kafka's TransactionStateManager answers
   * after the high watermark passed its append), else the retriable code Kafka answers a failed write with.
   */
  private async replicated(transactionalId: string): Promise<number> {
    if (!this.store.replicated) return ErrorCode.None;
    return coordinatorWriteError(await this.store.replicated(transactionalId));
  }

  /** The coordinator epoch markers carry: the `__transaction_state` partition's leader epoch (0 on one node). */
  private coordinatorEpoch(transactionalId: string): number {
    return this.owned ? this.owned.epochOf(this.store.partitionFor(transactionalId)) : COORDINATOR_EPOCH;
  }

  /** Writes a prepared transition and applies it; on a failed write the metadata is left as it was. */
  private persist(md: TransactionMetadata, transit: TxnTransit): number {
    try {
      this.store.append(
        md.transactionalId,
        {
          key: encodeTxnKey(md.transactionalId),
          value: encodeTxnValue(
            {
              producerId: transit.producerId,
              producerEpoch: transit.producerEpoch,
              previousProducerId: transit.previousProducerId,
              nextProducerId: transit.nextProducerId,
              txnTimeoutMs: transit.txnTimeoutMs,
              state: transit.state,
              partitions: md.partitionsByTopic(transit.partitions),
              lastUpdateTimestamp: transit.lastUpdateTimestamp,
              startTimestamp: transit.startTimestamp,
              clientTransactionVersion: transit.clientTransactionVersion,
            },
            txnLogValueVersion(this.config.transactionVersion),
          ),
        },
        this.scheduler.now(),
      );
    } catch (error) {
      md.pendingState = null;
      this.log.warn('could not write __transaction_state', {
        transactionalId: md.transactionalId,
        state: transit.state,
        error: (error as Error).message,
      });
      // Kafka maps a failed coordinator append to NOT_COORDINATOR / COORDINATOR_NOT_AVAILABLE (retriable).
      return ErrorCode.CoordinatorNotAvailable;
    }
    md.completeTransitionTo(transit);
    return ErrorCode.None;
  }

  // ---------------------------------------------------------------- InitProducerId

  /**
   * InitProducerId. Without a transactional id: a fresh producer id at epoch 0 (also for an idempotent
   * producer asking with its current id and epoch, KIP-360: Kafka's coordinator allocates a new id). With one:
   * Kafka's handleInitProducerId / prepareInitProducerIdTransit.
   */
  async initProducerId(
    transactionalId: string | null,
    transactionTimeoutMs: number,
    expected: ProducerIdAndEpoch | null,
  ): Promise<InitProducerIdResult> {
    if (transactionalId === null) {
      try {
        return { errorCode: ErrorCode.None, producerId: this.producerIds.generateProducerId(), producerEpoch: 0 };
      } catch (error) {
        return fail(error instanceof KafkaError ? error.code : ErrorCode.UnknownServerError);
      }
    }
    if (transactionalId === '') return fail(ErrorCode.InvalidRequest);
    if (transactionTimeoutMs <= 0 || transactionTimeoutMs > this.config.maxTimeoutMs) {
      return fail(ErrorCode.InvalidTransactionTimeout);
    }
    try {
      await this.ready(transactionalId);
    } catch (error) {
      return fail((error as KafkaError).code);
    }
    let result: InitProducerIdResult;
    try {
      result = this.initTransactional(transactionalId, transactionTimeoutMs, expected);
    } catch (error) {
      if (error instanceof KafkaError) return fail(error.code);
      throw error;
    }
    const code = await this.replicated(transactionalId);
    return code === ErrorCode.None ? result : fail(code);
  }

  private initTransactional(
    transactionalId: string,
    timeoutMs: number,
    expected: ProducerIdAndEpoch | null,
  ): InitProducerIdResult {
    const now = this.scheduler.now();
    let md = this.txns.get(transactionalId);
    if (!md) {
      md = new TransactionMetadata(
        transactionalId,
        this.producerIds.generateProducerId(),
        NO_PRODUCER_ID,
        NO_PRODUCER_EPOCH,
        NO_PRODUCER_EPOCH,
        timeoutMs,
        'Empty',
        new Set(),
        -1,
        now,
      );
      this.txns.set(transactionalId, md);
    }
    const current = md;
    // KIP-360: a known producer may re-initialize: its id must be the current one, or the previous one with
    // an exhausted epoch (a retry after an id rotation whose answer was lost).
    const validProducerId =
      !expected ||
      current.producerEpoch === NO_PRODUCER_EPOCH ||
      expected.producerId === current.producerId ||
      (expected.producerId === current.previousProducerId && isEpochExhausted(expected.producerEpoch));
    if (current.pendingTransitionInProgress) return fail(ErrorCode.ConcurrentTransactions);
    if (!validProducerId) return fail(ErrorCode.ProducerFenced);
    switch (current.state) {
      case 'PrepareAbort':
      case 'PrepareCommit':
        return fail(ErrorCode.ConcurrentTransactions);
      case 'Ongoing': {
        // Fence the producer: abort its transaction at a bumped epoch (never returned), answer
        // CONCURRENT_TRANSACTIONS; the retry bumps the epoch once more (or rotates the id if exhausted).
        const fence = current.prepareFenceProducerEpoch();
        const code = this.endTransaction(current, fence.producerId, fence.producerEpoch, false, false, fence);
        return fail(code === ErrorCode.None ? ErrorCode.ConcurrentTransactions : code);
      }
      case 'Empty':
      case 'CompleteAbort':
      case 'CompleteCommit': {
        let transit: TxnTransit | null;
        if (current.isProducerEpochExhausted && (!expected || expected.producerEpoch === current.producerEpoch)) {
          transit = current.prepareProducerIdRotation(
            this.producerIds.generateProducerId(),
            timeoutMs,
            now,
            !!expected,
          );
        } else {
          transit = current.prepareIncrementProducerEpoch(timeoutMs, expected?.producerEpoch ?? null, now);
        }
        if (!transit) return fail(ErrorCode.ProducerFenced);
        const code = this.persist(current, transit);
        if (code !== ErrorCode.None) return fail(code);
        this.log.info('initialized transactional id', {
          transactionalId,
          producerId: String(current.producerId),
          producerEpoch: current.producerEpoch,
          partition: this.store.partitionFor(transactionalId),
        });
        return { errorCode: ErrorCode.None, producerId: current.producerId, producerEpoch: current.producerEpoch };
      }
      default:
        throw new Error(`${transactionalId} is in state ${current.state}, which InitProducerId never meets`);
    }
  }

  // ---------------------------------------------------------------- AddPartitionsToTxn / AddOffsetsToTxn

  /**
   * Adds partitions to the producer's transaction; an error code. `clientTransactionVersion` 0 for
   * AddPartitionsToTxn v0-3 and AddOffsetsToTxn, TV2 for the implicit adds of Produce v12 / TxnOffsetCommit v5
   * (recorded: it decides how EndTxn treats the epoch).
   */
  async addPartitions(
    transactionalId: string,
    producerId: bigint,
    producerEpoch: number,
    partitions: TopicPartition[],
    clientTransactionVersion = 0,
  ): Promise<number> {
    if (!transactionalId) return ErrorCode.InvalidRequest;
    try {
      await this.ready(transactionalId);
    } catch (error) {
      return (error as KafkaError).code;
    }
    const md = this.txns.get(transactionalId);
    if (!md || md.producerId !== producerId) return ErrorCode.InvalidProducerIdMapping;
    if (md.producerEpoch !== producerEpoch) return ErrorCode.ProducerFenced;
    if (md.pendingTransitionInProgress) return ErrorCode.ConcurrentTransactions;
    if (md.state === 'PrepareCommit' || md.state === 'PrepareAbort') return ErrorCode.ConcurrentTransactions;
    const keys = partitions.map((p) => tpKey(p.topic, p.partition));
    if (md.state === 'Ongoing' && keys.every((k) => md.partitions.has(k))) return ErrorCode.None;
    const code = this.persist(md, md.prepareAddPartitions(keys, this.scheduler.now(), clientTransactionVersion));
    return code === ErrorCode.None ? this.replicated(transactionalId) : code;
  }

  /**
   * A partition leader's KIP-890 question (verifyOnly: is the partition in the transaction; else TV2's implicit
   * add): answered here when this broker coordinates the id (always on a single node), else asked of the
   * broker that does over AddPartitionsToTxn v5, as Kafka's AddPartitionsToTxnManager does. Per-partition codes.
   */
  async forPartitionLeader(
    transactionalId: string,
    producerId: bigint,
    producerEpoch: number,
    partitions: TopicPartition[],
    verifyOnly: boolean,
  ): Promise<{ topic: string; partition: number; errorCode: number }[]> {
    const remote = this.remote;
    const coordinator =
      remote && this.owned ? remote.leaderOf(TRANSACTION_STATE_TOPIC, this.partitionFor(transactionalId)) : -1;
    if (!remote || coordinator === remote.nodeId || !this.owned) {
      if (verifyOnly) return this.verifyPartitions(transactionalId, producerId, producerEpoch, partitions);
      const code = await this.addPartitions(transactionalId, producerId, producerEpoch, partitions, TV2);
      return partitions.map((p) => ({ ...p, errorCode: code }));
    }
    if (coordinator < 0) return partitions.map((p) => ({ ...p, errorCode: ErrorCode.CoordinatorNotAvailable }));
    try {
      return await remote.addPartitionsToTxn(
        coordinator,
        { transactionalId, producerId, producerEpoch, verifyOnly },
        partitions,
      );
    } catch {
      return partitions.map((p) => ({ ...p, errorCode: ErrorCode.CoordinatorNotAvailable }));
    }
  }

  /**
   * AddPartitionsToTxn v4+ with verifyOnly (KIP-890, brokers asking before a transactional produce): per
   * partition NONE if it is in the transaction, TRANSACTION_ABORTABLE if not; one code for all on a bad id.
   */
  async verifyPartitions(
    transactionalId: string,
    producerId: bigint,
    producerEpoch: number,
    partitions: TopicPartition[],
  ): Promise<{ topic: string; partition: number; errorCode: number }[]> {
    const all = (errorCode: number) => partitions.map((p) => ({ ...p, errorCode }));
    if (!transactionalId) return all(ErrorCode.InvalidRequest);
    try {
      this.check(transactionalId);
    } catch (error) {
      return all((error as KafkaError).code);
    }
    const md = this.txns.get(transactionalId);
    if (!md || md.producerId !== producerId) return all(ErrorCode.InvalidProducerIdMapping);
    if (md.producerEpoch !== producerEpoch) return all(ErrorCode.ProducerFenced);
    if (md.state === 'PrepareCommit' || md.state === 'PrepareAbort') return all(ErrorCode.ConcurrentTransactions);
    return partitions.map((p) => ({
      ...p,
      errorCode: md.partitions.has(tpKey(p.topic, p.partition)) ? ErrorCode.None : ErrorCode.TransactionAbortable,
    }));
  }

  // ---------------------------------------------------------------- EndTxn

  /**
   * EndTxn: answers once PrepareCommit/PrepareAbort is durable; markers and CompleteX follow. EndTxn v5
   * (`clientTransactionVersion` TV2) answers the producer id and epoch of the next transaction.
   */
  async endTxn(
    transactionalId: string,
    producerId: bigint,
    producerEpoch: number,
    commit: boolean,
    clientTransactionVersion = 0,
  ): Promise<InitProducerIdResult> {
    if (!transactionalId) return fail(ErrorCode.InvalidRequest);
    try {
      await this.ready(transactionalId);
    } catch (error) {
      return fail((error as KafkaError).code);
    }
    const md = this.txns.get(transactionalId);
    if (!md) return fail(ErrorCode.InvalidProducerIdMapping);
    const code = this.endTransaction(md, producerId, producerEpoch, commit, true, null, clientTransactionVersion);
    if (code !== ErrorCode.None) return fail(code);
    const answer = { errorCode: code, ...md.idAndEpochAfterCompletion() };
    // Answered once PrepareCommit/PrepareAbort is replicated: a new coordinator then finishes the transaction.
    const written = await this.replicated(transactionalId);
    return written === ErrorCode.None ? answer : fail(written);
  }

  /**
   * Kafka's endTransaction: from a client, from a fence (`fence` is the prepared PrepareEpochFence transit) or
   * from the timeout sweep. The coordinator's own aborts take the finalized transaction.version, as Kafka's. The
   * rules are end-txn-rules.ts; this writes what they decide.
   */
  private endTransaction(
    md: TransactionMetadata,
    producerId: bigint,
    producerEpoch: number,
    commit: boolean,
    fromClient: boolean,
    fence: TxnTransit | null,
    clientTransactionVersion = fromClient ? 0 : this.config.transactionVersion,
  ): number {
    const tv2 = clientTransactionVersion >= TV2;
    const ask = { producerId, producerEpoch, commit, fromClient, isEpochFence: fence !== null };
    const decision = tv2 ? decideEndTxnV2(md, ask) : decideEndTxnV1(md, ask);
    const code = decision.kind === 'answer' ? decision.errorCode : this.prepareEnd(md, decision, tv2, fence);
    // A fence that did not get as far as its abort leaves nothing pending.
    if (fence && md.pendingState === 'PrepareEpochFence') md.pendingState = null;
    return code;
  }

  /** Writes PrepareCommit/PrepareAbort (TV2: the epoch bump, the next producer id at exhaustion), then markers. */
  private prepareEnd(
    md: TransactionMetadata,
    decision: Extract<EndTxnDecision, { kind: 'prepare' }>,
    tv2: boolean,
    fence: TxnTransit | null,
  ): number {
    let nextProducerId = NO_PRODUCER_ID;
    if (tv2 && md.isProducerEpochExhausted) {
      try {
        nextProducerId = this.producerIds.generateProducerId();
      } catch (error) {
        return error instanceof KafkaError ? error.code : ErrorCode.UnknownServerError;
      }
    }
    if (fence) {
      md.pendingState = null;
      // TV1 writes the abort at the fence's bumped epoch; TV2's PrepareAbort bumps the epoch itself.
      if (!tv2) {
        md.producerEpoch = fence.producerEpoch;
        md.lastProducerEpoch = NO_PRODUCER_EPOCH;
      }
    }
    const now = this.scheduler.now();
    const transit = tv2
      ? md.prepareAbortOrCommit(decision.state, now, TV2, nextProducerId, decision.noPartitionAdded)
      : md.prepareAbortOrCommit(decision.state, now);
    const code = this.persist(md, transit);
    if (code !== ErrorCode.None) {
      if (fence) md.hasFailedEpochFence = true;
      return code;
    }
    this.sendMarkers(md);
    return ErrorCode.None;
  }

  // ---------------------------------------------------------------- markers

  /** Resolves when the transaction of `transactionalId` has written all its markers (tests, shutdown). */
  whenComplete(transactionalId: string): Promise<void> {
    return this.completing.get(transactionalId) ?? Promise.resolve();
  }

  /** Writes the markers of a PrepareX transaction until every partition has one, then CompleteX. */
  private sendMarkers(md: TransactionMetadata): void {
    if (this.completing.has(md.transactionalId)) return;
    const coordinatorEpoch = this.coordinatorEpoch(md.transactionalId);
    const partition = this.store.partitionFor(md.transactionalId);
    // Leadership of the id's partition moved: the new coordinator finishes the transaction.
    const resigned = () => this.owned !== null && this.owned.epochOf(partition) < 0;
    const done = writeMarkersUntilDone(
      {
        transactionalId: md.transactionalId,
        producerId: md.producerId,
        producerEpoch: md.producerEpoch,
        coordinatorEpoch,
        result: md.state === 'PrepareCommit' ? 'commit' : 'abort',
        partitions: md.partitions,
        transactionVersion: md.clientTransactionVersion >= TV2 ? TV2 : 0,
      },
      {
        writer: this.markers,
        scheduler: this.scheduler,
        retryBackoffMs: this.config.markerRetryBackoffMs,
        log: this.log,
        isClosed: () => this.closed || resigned(),
        complete: () => {
          // Someone else moved the transaction on (cannot happen while PrepareX blocks every request).
          if (md.pendingTransitionInProgress || (md.state !== 'PrepareCommit' && md.state !== 'PrepareAbort')) {
            return true;
          }
          if (this.persist(md, md.prepareComplete(this.scheduler.now())) !== ErrorCode.None) return false;
          this.log.debug('completed transaction', { transactionalId: md.transactionalId, state: md.state });
          return true;
        },
      },
    ).finally(() => this.completing.delete(md.transactionalId));
    this.completing.set(md.transactionalId, done);
  }

  // ---------------------------------------------------------------- timers

  /** Aborts Ongoing transactions older than their timeout (Kafka's abortTimedOutTransactions). */
  abortTimedOutTransactions(): void {
    if (!this.loaded || this.closed) return;
    const now = this.scheduler.now();
    for (const md of this.txns.values()) {
      if (md.state !== 'Ongoing' || md.pendingTransitionInProgress) continue;
      if (md.startTimestamp + md.txnTimeoutMs >= now) continue;
      const fence = md.prepareFenceProducerEpoch();
      const code = this.endTransaction(md, md.producerId, fence.producerEpoch, false, false, fence);
      if (code === ErrorCode.None) {
        this.log.info('aborting a transaction past its timeout', {
          transactionalId: md.transactionalId,
          producerId: String(md.producerId),
          timeoutMs: md.txnTimeoutMs,
        });
      }
    }
  }

  /** Removes transactional ids idle for transactional.id.expiration.ms (a tombstone in the log). */
  removeExpiredTransactionalIds(): void {
    if (!this.loaded || this.closed) return;
    const now = this.scheduler.now();
    for (const [id, md] of this.txns) {
      if (!isExpirationAllowed(md.state) || md.pendingTransitionInProgress) continue;
      if (md.lastUpdateTimestamp + this.config.transactionalIdExpirationMs > now) continue;
      md.prepareDead();
      try {
        this.store.append(id, { key: encodeTxnKey(id), value: null }, now);
      } catch (error) {
        md.pendingState = null;
        this.log.warn('could not expire a transactional id', { transactionalId: id, error: (error as Error).message });
        continue;
      }
      md.state = 'Dead';
      md.pendingState = null;
      this.txns.delete(id);
      this.log.info('expired transactional id', { transactionalId: id });
    }
  }

  // ---------------------------------------------------------------- admin views

  /** DescribeTransactions, one id. */
  describe(transactionalId: string): DescribedTransaction {
    if (this.closed || !this.loaded) return describeError(transactionalId, ErrorCode.CoordinatorNotAvailable);
    return describeTransaction(transactionalId, this.txns.get(transactionalId));
  }

  /** ListTransactions (admin-views.ts). */
  list(states: string[], producerIds: bigint[], durationMs = -1, idPattern: string | null = null): ListedTransactions {
    if (this.closed || !this.loaded) {
      return { errorCode: ErrorCode.CoordinatorNotAvailable, unknownStateFilters: [], transactionStates: [] };
    }
    return listTransactions(this.txns.values(), states, producerIds, durationMs, this.scheduler.now(), idPattern);
  }

  /** The `__transaction_state` partition of a transactional id (FindCoordinator in a cluster). */
  partitionFor(transactionalId: string): number {
    return this.store.partitionFor(transactionalId);
  }

  /** Creates `__transaction_state` if it does not exist yet (FindCoordinator in a cluster asks for it). */
  prepareStore(): Promise<void> {
    return this.store.prepare();
  }

  /** The metadata of one id (tests, CLI). */
  transaction(transactionalId: string): TransactionMetadata | undefined {
    return this.txns.get(transactionalId);
  }

  /** The state of one id, or undefined. */
  stateOf(transactionalId: string): TxnState | undefined {
    return this.txns.get(transactionalId)?.state;
  }
}
