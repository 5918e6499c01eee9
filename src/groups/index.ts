/** The group coordinator (issue 5): see README.md in this folder. */
import { type Clock, systemClock } from '../clock';
import type { BrokerConfig } from '../config';
import type { Logger } from '../log';
import { CoordinatorPartitions, followLeadership } from '../topics/coordinator-partitions';
import { CONSUMER_OFFSETS_TOPIC } from '../topics/names';
import type { TopicService } from '../topics/topic-service';
import { groupConfigFrom } from './config';
import { GroupCoordinator, topicLookup } from './coordinator';
import { OffsetsTopicLog } from './group-log';

export { type GroupConfig, groupConfigFrom } from './config';
export { GroupCoordinator, subscriptionTopics, topicLookup } from './coordinator';
export { MemoryGroupLog, OffsetsTopicLog, offsetsPartitionFor } from './group-log';
export { ManualScheduler, realScheduler, type Scheduler } from './scheduler';

/** Creates the coordinator over `__consumer_offsets` and loads it (broker start-up). */
export async function startGroupCoordinator(
  config: BrokerConfig,
  topics: TopicService,
  log: Logger,
  /** Session, rebalance and offsets-retention time (a test may move it by hand). */
  clock: Clock = systemClock,
  /** A group's own configs (the GROUP config resource), read at each heartbeat. */
  groupConfigs?: (groupId: string) => ReadonlyMap<string, string>,
): Promise<GroupCoordinator> {
  const groupConfig = groupConfigFrom(config);
  const store = new OffsetsTopicLog(
    topics,
    groupConfig.offsetsTopicPartitions,
    groupConfig.offsetsTopicSegmentBytes,
    log,
    config.number('offsets.topic.replication.factor'),
  );
  // In a KRaft cluster the coordinator serves the `__consumer_offsets` partitions this broker leads.
  const owned = topics.cluster ? new CoordinatorPartitions(CONSUMER_OFFSETS_TOPIC, log) : null;
  const coordinator = new GroupCoordinator(groupConfig, store, clock, log, topicLookup(topics), owned);
  if (groupConfigs) coordinator.groupConfigs = groupConfigs;
  if (owned) followLeadership(topics, CONSUMER_OFFSETS_TOPIC, coordinator);
  await coordinator.load();
  return coordinator;
}
