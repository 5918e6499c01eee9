import { ErrorCode } from '../protocol/error-codes';
import type { Isolation } from '../storage';
import type { Partition, PartitionKey } from './partition';
import { DelayedOperation } from './purgatory';

/** One partition of a parked fetch and what was known when it was parked. */
export interface FetchPartitionStatus {
  key: PartitionKey;
  fetchOffset: number;
  partitionMaxBytes: number;
  currentLeaderEpoch: number;
  /** Bytes the first read returned for this partition. */
  bytesRead: number;
  /** The partition's bound (offset and byte position) when parked; position null when not known. */
  boundOffset: number;
  boundPosition: number | null;
  positionGeneration: number;
}

/**
 * Kafka's DelayedFetch: a fetch that found fewer than `minBytes` waits, and each check is cheap. It
 * completes when
 * - a partition is gone, deleted or fenced by a new leader epoch (Kafka's cases A to E),
 * - a bound moved below the fetch offset (a truncated leader) or bytes arrived that cannot be counted from
 *   known positions (case F: Kafka completes when the fetch is on an older segment),
 * - the bytes readable, counted from byte positions of the bounds without reading the log (case G: the
 *   first read's bytes plus what the bound advanced since, each partition capped at its max bytes; nothing for
 *   a partition a replication throttle holds back), reach `minBytes`,
 * - `maxWaitMs` passed, or the caller gave up (connection closed: `forceComplete`).
 * On completion the replica manager reads every partition again, as Kafka's onComplete does.
 */
export class DelayedFetch extends DelayedOperation {
  constructor(
    maxWaitMs: number,
    private readonly minBytes: number,
    private readonly isolation: Isolation,
    readonly statuses: FetchPartitionStatus[],
    private readonly lookup: (key: PartitionKey) => Partition | undefined,
    /** A follower's fetch: partitions held back by the leader's replication quota count no bytes. */
    private readonly isThrottled: (partition: Partition) => boolean,
    private readonly complete: () => void,
  ) {
    super(maxWaitMs);
  }

  tryComplete(): boolean {
    let accumulated = 0;
    for (const status of this.statuses) {
      const partition = this.lookup(status.key);
      // Case A: gone, or this broker no longer leads it.
      if (!partition || partition.isDeleted || !partition.isLeader) return this.forceComplete();
      if (partition.leaderEpochError(status.currentLeaderEpoch) !== ErrorCode.None) return this.forceComplete();
      const bound = partition.boundOffset(this.isolation);
      if (status.fetchOffset > bound) return this.forceComplete();
      let available = status.bytesRead;
      if (bound !== status.boundOffset) {
        const position = partition.boundPosition(this.isolation);
        if (
          position === null ||
          status.boundPosition === null ||
          partition.positionGeneration !== status.positionGeneration ||
          position < status.boundPosition
        ) {
          return this.forceComplete();
        }
        available += position - status.boundPosition;
      }
      if (this.isThrottled(partition)) continue;
      accumulated += Math.min(available, status.partitionMaxBytes);
    }
    if (accumulated >= this.minBytes) return this.forceComplete();
    return false;
  }

  protected onComplete(): void {
    this.complete();
  }
}
