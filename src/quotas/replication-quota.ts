import type { ReplicaQuota } from '../../replication';
import { type RateWindow, SampledRate } from './sampled-rate';

/**
 * Kafka's ReplicationQuotaManager: one per side (leader, follower), the bytes of throttled partitions this broker
 * replicates measured as a SimpleRate over `replication.quota.window.num` samples of
 * `replication.quota.window.size.seconds`, against the bound the broker's config says now
 * (`leader.replication.throttled.rate` / `follower.replication.throttled.rate`, dynamic: kafka-reassign-partitions
 * --throttle sets them on each broker and --verify removes them). The replica manager decides what is held back
 * (replication/replica-quota.ts); this only measures.
 */
export class ReplicationQuotaManager implements ReplicaQuota {
  private readonly rate: SampledRate;

  constructor(
    window: RateWindow,
    /** The bound in bytes per second, read at each check (Long.MAX_VALUE by default: no throttle). */
    private readonly bound: () => number,
  ) {
    this.rate = new SampledRate(window, 'simple');
  }

  isQuotaExceeded(nowMs: number): boolean {
    return this.rate.measure(nowMs) > this.bound();
  }

  record(bytes: number, nowMs: number): void {
    this.rate.record(bytes, nowMs);
  }

  /** The measured rate, bytes per second (Kafka's LeaderReplication / FollowerReplication byte-rate). */
  byteRate(nowMs: number): number {
    return this.rate.measure(nowMs);
  }
}

/** The broker's two replication quotas, bounded by its (dynamic) config. */
export function replicationQuotas(config: { number(name: string): number }): {
  leader: ReplicationQuotaManager;
  follower: ReplicationQuotaManager;
} {
  const window: RateWindow = {
    samples: config.number('replication.quota.window.num'),
    windowMs: config.number('replication.quota.window.size.seconds') * 1000,
  };
  return {
    leader: new ReplicationQuotaManager(window, () => config.number('leader.replication.throttled.rate')),
    follower: new ReplicationQuotaManager(window, () => config.number('follower.replication.throttled.rate')),
  };
}
