import type { StorageLogger } from '../storage';
import type { LeaderEndpoint } from './leader-endpoint';
import type { Partition, PartitionKey } from './partition';
import { ReplicaFetcher, type ReplicaFetcherConfig } from './replica-fetcher';
import type { ReplicaQuota } from './replica-quota';

/**
 * Kafka's ReplicaFetcherManager: one replica fetcher per source broker (Kafka may run several per broker,
 * num.replica.fetchers; one serialized loop each is enough here), partitions moved between them as their
 * leader changes. Endpoints come from the caller: in-process for tests, the network client in src/.
 */
export class ReplicaFetcherManager {
  private readonly fetchers = new Map<number, ReplicaFetcher>();
  private readonly leaderOf = new Map<PartitionKey, number>();

  constructor(
    private readonly localBrokerId: number,
    private readonly endpointFor: ((brokerId: number) => LeaderEndpoint | null) | null,
    private readonly config: ReplicaFetcherConfig,
    private readonly logger: StorageLogger,
    private readonly clock: () => number,
    /** follower.replication.throttled.rate, shared by every fetcher of this broker (Kafka's quota.follower). */
    private readonly quota: ReplicaQuota,
  ) {}

  /** Starts fetching `partition` from `leaderId` at its log end (and stops fetching it from anyone else). */
  addPartition(leaderId: number, partition: Partition): void {
    this.removePartition(partition.key);
    const endpoint = this.fetchers.get(leaderId)?.leader ?? this.endpointFor?.(leaderId) ?? null;
    if (!endpoint) {
      this.logger.warn('no way to reach the leader: partition not replicated', {
        topic: partition.topic,
        partition: partition.index,
        leader: leaderId,
      });
      return;
    }
    let fetcher = this.fetchers.get(leaderId);
    if (!fetcher) {
      fetcher = new ReplicaFetcher(endpoint, this.localBrokerId, this.config, this.logger, this.clock, this.quota);
      this.fetchers.set(leaderId, fetcher);
    }
    fetcher.addPartition(partition);
    this.leaderOf.set(partition.key, leaderId);
  }

  removePartition(key: PartitionKey): void {
    const leaderId = this.leaderOf.get(key);
    if (leaderId === undefined) return;
    this.leaderOf.delete(key);
    const fetcher = this.fetchers.get(leaderId);
    fetcher?.removePartition(key);
    // An idle fetcher is shut down (Kafka's shutdownIdleFetcherThreads).
    if (fetcher && fetcher.partitionCount === 0) {
      this.fetchers.delete(leaderId);
      void fetcher.stop();
    }
  }

  /** The fetcher following `key`, if any (tests, metrics). */
  fetcherOf(key: PartitionKey): ReplicaFetcher | null {
    const leaderId = this.leaderOf.get(key);
    return leaderId === undefined ? null : (this.fetchers.get(leaderId) ?? null);
  }

  async shutdown(): Promise<void> {
    const all = [...this.fetchers.values()];
    this.fetchers.clear();
    this.leaderOf.clear();
    await Promise.all(all.map((f) => f.stop()));
  }
}
