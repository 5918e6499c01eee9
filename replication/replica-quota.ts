/**
 * Replication throttles (KIP-73) as the partition layer applies them. Kafka's ReplicaQuota: a byte rate with a
 * bound (`leader.replication.throttled.rate` on the leader's side, `follower.replication.throttled.rate` on the
 * follower's), measured by the broker (src/quotas/replication-quota.ts). Which partitions it holds back is the
 * topic's `leader.replication.throttled.replicas` / `follower.replication.throttled.replicas` (PartitionConfig).
 * Only a replica out of sync is ever held back, so a reassignment's copy is throttled and the ISR's is not; both
 * count against the rate.
 */
export interface ReplicaQuota {
  /** Whether the bytes recorded run above the bound now (Kafka's isQuotaExceeded). */
  isQuotaExceeded(nowMs: number): boolean;
  /** Counts replicated bytes of a throttled partition, in sync or not. */
  record(bytes: number, nowMs: number): void;
}

/** No throttle: a broker without replication quotas (and the partition layer's tests). */
export const UNLIMITED_REPLICA_QUOTA: ReplicaQuota = {
  isQuotaExceeded: () => false,
  record: () => {},
};

/** The partitions of a topic throttled on this broker: all of them (`*`), or these indexes. */
export type ThrottledPartitions = 'all' | ReadonlySet<number>;

const NONE: ThrottledPartitions = new Set<number>();

/**
 * Kafka's parseThrottledPartitions: `*` throttles every replica of the topic; else `partition:broker` pairs, of
 * which those naming this broker count. The value is checked when it is set (topic-configs.ts).
 */
export function throttledPartitions(value: string | undefined, localBrokerId: number): ThrottledPartitions {
  const text = value?.trim() ?? '';
  if (text === '') return NONE;
  if (text === '*') return 'all';
  const partitions = new Set<number>();
  for (const item of text.split(',')) {
    const [partition, broker] = item.trim().split(':');
    if (Number(broker) === localBrokerId) partitions.add(Number(partition));
  }
  return partitions;
}

export function isThrottled(throttled: ThrottledPartitions, partition: number): boolean {
  return throttled === 'all' || throttled.has(partition);
}
