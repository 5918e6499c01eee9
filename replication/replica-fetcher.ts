import { ErrorCode, errorName } from '../protocol/error-codes';
import type { StorageLogger } from '../storage';
import { errorCodeFrom } from './errors';
import type { EpochRequest, LeaderEndpoint } from './leader-endpoint';
import type { EpochEndOffset, Partition, PartitionKey } from './partition';
import type { FetchPartitionData } from './replica-manager';
import { type ReplicaQuota, UNLIMITED_REPLICA_QUOTA } from './replica-quota';

/** The replica.fetch.* configs (Kafka's names and defaults in the comments). */
export interface ReplicaFetcherConfig {
  /** replica.fetch.wait.max.ms (500): the leader's long poll. */
  maxWaitMs: number;
  /** replica.fetch.min.bytes (1). */
  minBytes: number;
  /** replica.fetch.response.max.bytes (10 MiB). */
  maxBytes: number;
  /** replica.fetch.max.bytes (1 MiB): per partition. */
  partitionMaxBytes: number;
  /** replica.fetch.backoff.ms (1000): after an error, a partition (or the whole fetcher) waits this long. */
  backoffMs: number;
}

export const DEFAULT_REPLICA_FETCHER_CONFIG: ReplicaFetcherConfig = {
  maxWaitMs: 500,
  minBytes: 1,
  maxBytes: 10 * 1024 * 1024,
  partitionMaxBytes: 1024 * 1024,
  backoffMs: 1000,
};

/** One partition being replicated (Kafka's PartitionFetchState). */
interface FetchState {
  partition: Partition;
  fetchOffset: number;
  /** The leader epoch this broker follows: every request names it, the leader fences an older one. */
  currentLeaderEpoch: number;
  /** Must agree with the leader where its log ends before fetching (OffsetForLeaderEpoch). */
  truncating: boolean;
  /** Backing off after an error until then. */
  delayedUntil: number;
  /**
   * The leader's high watermark less our fetch offset after the last answer (null: none yet). At 0 this
   * replica counts as in sync, and the follower quota no longer holds it back (Kafka's isReplicaInSync).
   */
  lag: number | null;
}

/** Where a follower truncates to, and whether it must ask the leader again (Kafka's OffsetTruncationState). */
export interface OffsetTruncation {
  offset: number;
  completed: boolean;
}

/**
 * Kafka's getOffsetTruncationState: given where the leader's log ends an epoch (from OffsetForLeaderEpoch or
 * a Fetch's diverging epoch), where the follower's log must be cut. If the follower does not have the
 * leader's epoch, it cuts at the end of its own largest epoch below it and asks again.
 */
export function truncationFor(partition: Partition, fetchOffset: number, leader: EpochEndOffset): OffsetTruncation {
  const end = partition.logEndOffset;
  if (leader.endOffset < 0) return { offset: fetchOffset, completed: true }; // the leader knows nothing: keep
  if (leader.epoch < 0) return { offset: Math.min(leader.endOffset, end), completed: true };
  const ours = partition.endOffsetForEpoch(leader.epoch);
  if (!ours) return { offset: Math.min(leader.endOffset, end), completed: true };
  if (ours.epoch !== leader.epoch) return { offset: Math.min(ours.endOffset, end), completed: false };
  return { offset: Math.min(ours.endOffset, leader.endOffset, end), completed: true };
}

/**
 * Kafka's ReplicaFetcherThread as a serialized async loop, one per source broker: for the partitions this
 * broker follows on that leader, first agree where the logs diverge (OffsetForLeaderEpoch, or the
 * diverging epoch a v12+ Fetch answers) and truncate, then fetch from the log end and append the leader's
 * batches as they are, taking the leader's high watermark and log start. Errors back off per partition
 * (replica.fetch.backoff.ms); a fenced epoch drops the partition until the metadata log says more.
 */
export class ReplicaFetcher {
  private readonly states = new Map<PartitionKey, FetchState>();
  private loop: Promise<void> | null = null;
  private stopped = false;
  private wakeUp: (() => void) | null = null;
  private inFlight: AbortController | null = null;

  constructor(
    readonly leader: LeaderEndpoint,
    private readonly localBrokerId: number,
    private readonly config: ReplicaFetcherConfig,
    private readonly logger: StorageLogger,
    private readonly clock: () => number = Date.now,
    private readonly quota: ReplicaQuota = UNLIMITED_REPLICA_QUOTA,
  ) {}

  get partitionCount(): number {
    return this.states.size;
  }

  /** Follows `partition` from its log end at its current leader epoch (Kafka's addPartitions / InitialFetchState). */
  addPartition(partition: Partition): void {
    const lastFetchedEpoch = partition.latestEpochInLog;
    this.states.set(partition.key, {
      partition,
      fetchOffset: partition.logEndOffset,
      currentLeaderEpoch: partition.leaderEpoch,
      truncating: !this.leader.isTruncationOnFetchSupported || lastFetchedEpoch < 0,
      delayedUntil: 0,
      lag: null,
    });
    this.start();
    this.wake();
  }

  removePartition(key: PartitionKey): boolean {
    return this.states.delete(key);
  }

  /** Where `key` is being fetched from (tests and metrics: the follower's view of its lag). */
  fetchOffsetOf(key: PartitionKey): number | null {
    return this.states.get(key)?.fetchOffset ?? null;
  }

  private start(): void {
    if (this.loop || this.stopped) return;
    this.loop = this.run();
  }

  /** Stops the loop: an in-flight long poll is abandoned; resolves once the loop has exited. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.inFlight?.abort();
    this.wake();
    await this.loop;
  }

  private wake(): void {
    const wake = this.wakeUp;
    this.wakeUp = null;
    wake?.();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let worked = false;
      try {
        worked = await this.doWork();
      } catch (error) {
        // Nothing here should throw (errors are per partition); if it did, back off rather than spin.
        this.logger.error('replica fetcher failed', { leader: this.leader.brokerId, error: String(error) });
        this.delayAll(this.config.backoffMs);
      }
      if (!worked) await this.idle();
    }
  }

  /** Waits for a new partition, the end of the nearest backoff, or stop. */
  private idle(): Promise<void> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const now = this.clock();
      let nearest = Number.POSITIVE_INFINITY;
      for (const s of this.states.values()) nearest = Math.min(nearest, s.delayedUntil);
      if (Number.isFinite(nearest)) timer = setTimeout(() => this.wake(), Math.max(1, nearest - now));
      this.wakeUp = () => {
        if (timer) clearTimeout(timer);
        resolve();
      };
      if (this.stopped) this.wake();
    });
  }

  /** Kafka's doWork: maybeTruncate, then maybeFetch. Returns false when no partition was ready. */
  private async doWork(): Promise<boolean> {
    const now = this.clock();
    const ready = [...this.states.values()].filter((s) => s.delayedUntil <= now);
    if (ready.length === 0) return false;
    const truncating = ready.filter((s) => s.truncating);
    if (truncating.length > 0) await this.truncateToEpochEndOffsets(truncating);
    const fetching = ready.filter((s) => !s.truncating && this.isCurrent(s));
    const sent = fetching.filter((s) => !this.shouldFollowerThrottle(s));
    if (sent.length > 0) await this.fetch(sent);
    // Every partition held back by the quota: no request, wait as Kafka's fetcher does (replica.fetch.backoff.ms).
    else for (const s of fetching) this.delay(s);
    return true;
  }

  /** Kafka's shouldFollowerThrottle: out of sync, throttled here, and the follower quota is exceeded. */
  private shouldFollowerThrottle(s: FetchState): boolean {
    const inSync = s.lag !== null && s.lag <= 0;
    return !inSync && s.partition.throttledAsFollower && this.quota.isQuotaExceeded(this.clock());
  }

  /** Whether `s` is still the state of its partition (removed or re-added while a request was out: not). */
  private isCurrent(s: FetchState): boolean {
    return this.states.get(s.partition.key) === s && !this.stopped;
  }

  // ------------------------------------------------------------------ truncation (OffsetForLeaderEpoch)

  private async truncateToEpochEndOffsets(states: FetchState[]): Promise<void> {
    const asking: FetchState[] = [];
    const requests: EpochRequest[] = [];
    for (const s of states) {
      const epoch = s.partition.latestEpochInLog;
      if (epoch < 0) {
        // No epochs in our log (empty, or written before epochs): Kafka truncates to the high watermark.
        this.truncate(s, { offset: Math.min(s.partition.highWatermark, s.partition.logEndOffset), completed: true });
        continue;
      }
      asking.push(s);
      requests.push({
        topic: s.partition.topic,
        partition: s.partition.index,
        currentLeaderEpoch: s.currentLeaderEpoch,
        leaderEpoch: epoch,
      });
    }
    if (asking.length === 0) return;
    let answers: Awaited<ReturnType<LeaderEndpoint['fetchOffsetsForLeaderEpoch']>>;
    try {
      answers = await this.leader.fetchOffsetsForLeaderEpoch(this.localBrokerId, requests);
    } catch (error) {
      this.backOff(asking, 'OffsetForLeaderEpoch failed', error);
      return;
    }
    asking.forEach((s, i) => {
      const answer = answers[i];
      if (!answer || !this.isCurrent(s)) return;
      if (answer.errorCode !== ErrorCode.None) {
        this.onPartitionError(s, answer.errorCode);
        return;
      }
      this.truncate(
        s,
        truncationFor(s.partition, s.fetchOffset, { epoch: answer.leaderEpoch, endOffset: answer.endOffset }),
      );
    });
  }

  /** Cuts the follower's log; `completed` false keeps it truncating (it asks again with its new latest epoch). */
  private truncate(s: FetchState, truncation: OffsetTruncation): void {
    try {
      if (truncation.offset < s.partition.logEndOffset) {
        this.logger.info('truncating follower log', {
          topic: s.partition.topic,
          partition: s.partition.index,
          leader: this.leader.brokerId,
          from: s.partition.logEndOffset,
          to: truncation.offset,
        });
      }
      // Also at the log end: the epoch cache may hold an epoch past it (see PartitionLog.truncateTo).
      s.partition.truncateTo(truncation.offset);
      s.fetchOffset = s.partition.logEndOffset;
      s.truncating = !truncation.completed;
    } catch (error) {
      this.backOff([s], 'truncation failed', error);
    }
  }

  // ------------------------------------------------------------------ fetch

  private async fetch(states: FetchState[]): Promise<void> {
    const truncateOnFetch = this.leader.isTruncationOnFetchSupported;
    const sent = states.map((s) => ({
      topic: s.partition.topic,
      partition: s.partition.index,
      fetchOffset: s.fetchOffset,
      partitionMaxBytes: this.config.partitionMaxBytes,
      currentLeaderEpoch: s.currentLeaderEpoch,
      lastFetchedEpoch: truncateOnFetch ? s.partition.latestEpochInLog : -1,
    }));
    const controller = new AbortController();
    this.inFlight = controller;
    let answers: FetchPartitionData[];
    try {
      answers = await this.leader.fetch({
        replicaId: this.localBrokerId,
        maxWaitMs: this.config.maxWaitMs,
        minBytes: this.config.minBytes,
        maxBytes: this.config.maxBytes,
        isolation: 'log-end',
        partitions: sent,
        signal: controller.signal,
      });
    } catch (error) {
      if (!this.stopped) this.backOff(states, 'fetch failed', error);
      return;
    } finally {
      this.inFlight = null;
    }
    try {
      for (let i = 0; i < states.length; i++) {
        const s = states[i]!;
        const data = answers[i];
        // Answers for a partition that moved on meanwhile (new epoch, truncated, removed) are dropped.
        if (!data || !this.isCurrent(s) || s.fetchOffset !== sent[i]!.fetchOffset) continue;
        if (s.currentLeaderEpoch !== sent[i]!.currentLeaderEpoch) continue;
        await this.processPartitionData(s, data);
      }
    } finally {
      this.leader.releaseFetched?.(answers);
    }
  }

  /** Kafka's processPartitionData and its error cases. */
  private async processPartitionData(s: FetchState, data: FetchPartitionData): Promise<void> {
    const p = s.partition;
    if (data.errorCode === ErrorCode.OffsetOutOfRange) return this.handleOutOfRange(s);
    if (data.errorCode !== ErrorCode.None) return this.onPartitionError(s, data.errorCode);
    try {
      if (data.divergingEpoch) {
        this.truncate(s, truncationFor(p, s.fetchOffset, data.divergingEpoch));
        return;
      }
      if (data.records.length > 0) {
        s.fetchOffset = p.appendRecordsAsFollower(data.records, this.clock());
        // In sync or not, a throttled partition's bytes count against the quota.
        if (p.throttledAsFollower) this.quota.record(data.records.length, this.clock());
      }
      s.lag = Math.max(0, data.highWatermark - s.fetchOffset);
      p.updateFollowerHighWatermark(data.highWatermark);
      p.maybeIncrementLogStartOffset(data.logStartOffset);
    } catch (error) {
      this.backOff([s], 'follower append failed', error);
    }
  }

  /**
   * Kafka's fetchOffsetAndTruncate after OFFSET_OUT_OF_RANGE. If the leader's log ends below ours (an unclean
   * election made a lagging replica leader), ours is cut to its end: Kafka 4.x does this whatever
   * unclean.leader.election.enable says, the config is the controller's (which replica may be elected).
   * Else we are below its log start (retention ran while we were away): start over there.
   */
  private async handleOutOfRange(s: FetchState): Promise<void> {
    const p = s.partition;
    try {
      const latest = await this.leader.fetchLatestOffset(p.topic, p.index, s.currentLeaderEpoch);
      if (!this.isCurrent(s)) return;
      if (latest.offset < p.logEndOffset) {
        this.logger.warn('leader log ends below ours: truncating', {
          topic: p.topic,
          partition: p.index,
          leaderEnd: latest.offset,
          ours: p.logEndOffset,
        });
        this.truncate(s, { offset: latest.offset, completed: true });
        return;
      }
      const earliest = await this.leader.fetchEarliestOffset(p.topic, p.index, s.currentLeaderEpoch);
      if (!this.isCurrent(s)) return;
      if (earliest.offset > p.logEndOffset) p.truncateFullyAndStartAt(earliest.offset);
      s.fetchOffset = Math.max(earliest.offset, p.logEndOffset);
    } catch (error) {
      this.backOff([s], 'out-of-range recovery failed', error);
    }
  }

  /**
   * FENCED_LEADER_EPOCH: the leader moved past the epoch we follow, the metadata log will tell us more: the
   * partition leaves this fetcher (Kafka's onPartitionFenced). Other errors (NOT_LEADER_OR_FOLLOWER,
   * UNKNOWN_LEADER_EPOCH: the leader has not caught up with the metadata yet...) back off and retry.
   */
  private onPartitionError(s: FetchState, errorCode: ErrorCode): void {
    if (errorCode === ErrorCode.FencedLeaderEpoch) {
      this.logger.info('follower fenced: waiting for new leadership', {
        topic: s.partition.topic,
        partition: s.partition.index,
        epoch: s.currentLeaderEpoch,
      });
      this.states.delete(s.partition.key);
      return;
    }
    this.delay(s);
    this.logger.debug('replica fetch error', {
      topic: s.partition.topic,
      partition: s.partition.index,
      error: errorName(errorCode),
    });
  }

  private backOff(states: FetchState[], what: string, error: unknown): void {
    this.logger.warn(what, { leader: this.leader.brokerId, error: String(error), code: errorCodeFrom(error) });
    for (const s of states) this.delay(s);
  }

  private delay(s: FetchState): void {
    s.delayedUntil = this.clock() + this.config.backoffMs;
  }

  private delayAll(ms: number): void {
    for (const s of this.states.values()) s.delayedUntil = this.clock() + ms;
  }
}
