/** Share groups' records side (KIP-932): see README.md in this folder. */
import type { Clock } from '../clock';
import { type BrokerConfig, groupConfigValue } from '../config';
import type { Logger } from '../log';
import type { TopicService } from '../topics/topic-service';
import { type ShareGroupSettings, SharePartitionManager } from './share-partition-manager';
import { ShareStateTopic } from './share-state-store';

export { type ShareFetchPartition, type ShareFetchResult, SharePartitionManager } from './share-partition-manager';
export { AcknowledgeType, RecordState } from './share-partition';
export { nextEpoch, partitionId, type ShareSession } from './share-sessions';
export { MemoryShareStateStore, type SharePartitionKey } from './share-state-store';

/** A share group's settings in force: its own configs (the GROUP resource), else the broker's `group.share.*`. */
export function shareGroupSettings(config: BrokerConfig, overrides: ReadonlyMap<string, string>): ShareGroupSettings {
  const value = (name: string) => groupConfigValue(overrides, name, config);
  return {
    recordLockDurationMs: Number(value('share.record.lock.duration.ms')),
    deliveryCountLimit: Number(value('share.delivery.count.limit')),
    maxInFlightRecords: Number(value('share.partition.max.record.locks')),
    renewEnabled: value('share.renew.acknowledge.enable') === 'true',
    autoOffsetReset: value('share.auto.offset.reset'),
    readCommitted: value('share.isolation.level') === 'read_committed',
  };
}

/** Loads `__share_group_state` (a single node's start-up) and serves the share-partitions over it. */
export async function startSharePartitions(
  config: BrokerConfig,
  topics: TopicService,
  clock: Clock,
  groupConfigs: (groupId: string) => ReadonlyMap<string, string>,
  log: Logger,
): Promise<SharePartitionManager> {
  const store = new ShareStateTopic(
    topics,
    config.number('share.coordinator.state.topic.num.partitions'),
    config.number('share.coordinator.state.topic.segment.bytes'),
    log,
    clock,
  );
  const states = await store.loadStates();
  if (states > 0) log.info('share group state loaded', { sharePartitions: states });
  return new SharePartitionManager(
    topics,
    store,
    clock,
    (groupId) => shareGroupSettings(config, groupConfigs(groupId)),
    config.number('group.share.max.share.sessions'),
    log,
  );
}
