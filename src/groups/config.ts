import type { BrokerConfig } from '../config';

/** The broker settings the group coordinator reads (Kafka's names and defaults). */
export interface GroupConfig {
  initialRebalanceDelayMs: number;
  minSessionTimeoutMs: number;
  maxSessionTimeoutMs: number;
  maxSize: number;
  offsetsTopicPartitions: number;
  offsetsTopicSegmentBytes: number;
  offsetsRetentionMs: number;
  offsetsRetentionCheckIntervalMs: number;
  offsetMetadataMaxBytes: number;
  /** KIP-848 (`group.consumer.*`). */
  consumerSessionTimeoutMs: number;
  consumerHeartbeatIntervalMs: number;
  consumerMaxSize: number;
  /** Server-side assignors, the first is the default. */
  consumerAssignors: string[];
  /** Share groups, KIP-932 (`group.share.*`). */
  shareSessionTimeoutMs: number;
  shareHeartbeatIntervalMs: number;
  shareMaxSize: number;
  /** Streams groups, KIP-1071 (`group.streams.*`). */
  streamsSessionTimeoutMs: number;
  streamsHeartbeatIntervalMs: number;
  streamsMaxSize: number;
  streamsNumStandbyReplicas: number;
  streamsInitialRebalanceDelayMs: number;
  streamsAssignmentIntervalMs: number;
  /** Client tags members must carry (`group.streams.rack.aware.assignment.tags`; MISSING_CLIENT_TAGS). */
  streamsRackAwareAssignmentTags: string[];
}

export const DEFAULT_GROUP_CONFIG: GroupConfig = {
  initialRebalanceDelayMs: 3000,
  minSessionTimeoutMs: 6000,
  maxSessionTimeoutMs: 1800000,
  maxSize: 2147483647,
  offsetsTopicPartitions: 50,
  offsetsTopicSegmentBytes: 104857600,
  offsetsRetentionMs: 10080 * 60000,
  offsetsRetentionCheckIntervalMs: 600000,
  offsetMetadataMaxBytes: 4096,
  consumerSessionTimeoutMs: 45000,
  consumerHeartbeatIntervalMs: 5000,
  consumerMaxSize: 2147483647,
  consumerAssignors: ['uniform', 'range'],
  shareSessionTimeoutMs: 45000,
  shareHeartbeatIntervalMs: 5000,
  shareMaxSize: 200,
  streamsSessionTimeoutMs: 45000,
  streamsHeartbeatIntervalMs: 5000,
  streamsMaxSize: 2147483647,
  streamsNumStandbyReplicas: 0,
  streamsInitialRebalanceDelayMs: 3000,
  streamsAssignmentIntervalMs: 1000,
  streamsRackAwareAssignmentTags: [],
};

/** A list setting's items (comma-separated, blanks dropped). */
function listOf(raw: string | null): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Reads the group settings from the broker config (defined with Kafka's defaults in src/config/definitions.ts). */
export function groupConfigFrom(config: BrokerConfig): GroupConfig {
  const num = (name: string, fallback: number): number => {
    const raw = config.raw(name);
    const value = raw === null ? Number.NaN : Number(raw);
    return Number.isFinite(value) ? value : fallback;
  };
  const d = DEFAULT_GROUP_CONFIG;
  const assignors = config.raw('group.consumer.assignors');
  return {
    initialRebalanceDelayMs: num('group.initial.rebalance.delay.ms', d.initialRebalanceDelayMs),
    minSessionTimeoutMs: num('group.min.session.timeout.ms', d.minSessionTimeoutMs),
    maxSessionTimeoutMs: num('group.max.session.timeout.ms', d.maxSessionTimeoutMs),
    maxSize: num('group.max.size', d.maxSize),
    offsetsTopicPartitions: num('offsets.topic.num.partitions', d.offsetsTopicPartitions),
    offsetsTopicSegmentBytes: num('offsets.topic.segment.bytes', d.offsetsTopicSegmentBytes),
    offsetsRetentionMs: num('offsets.retention.minutes', d.offsetsRetentionMs / 60000) * 60000,
    offsetsRetentionCheckIntervalMs: num('offsets.retention.check.interval.ms', d.offsetsRetentionCheckIntervalMs),
    offsetMetadataMaxBytes: num('offset.metadata.max.bytes', d.offsetMetadataMaxBytes),
    consumerSessionTimeoutMs: num('group.consumer.session.timeout.ms', d.consumerSessionTimeoutMs),
    consumerHeartbeatIntervalMs: num('group.consumer.heartbeat.interval.ms', d.consumerHeartbeatIntervalMs),
    consumerMaxSize: num('group.consumer.max.size', d.consumerMaxSize),
    shareSessionTimeoutMs: num('group.share.session.timeout.ms', d.shareSessionTimeoutMs),
    shareHeartbeatIntervalMs: num('group.share.heartbeat.interval.ms', d.shareHeartbeatIntervalMs),
    shareMaxSize: num('group.share.max.size', d.shareMaxSize),
    streamsSessionTimeoutMs: num('group.streams.session.timeout.ms', d.streamsSessionTimeoutMs),
    streamsHeartbeatIntervalMs: num('group.streams.heartbeat.interval.ms', d.streamsHeartbeatIntervalMs),
    streamsMaxSize: num('group.streams.max.size', d.streamsMaxSize),
    streamsNumStandbyReplicas: num('group.streams.num.standby.replicas', d.streamsNumStandbyReplicas),
    streamsInitialRebalanceDelayMs: num('group.streams.initial.rebalance.delay.ms', d.streamsInitialRebalanceDelayMs),
    streamsAssignmentIntervalMs: num('group.streams.assignment.interval.ms', d.streamsAssignmentIntervalMs),
    streamsRackAwareAssignmentTags: listOf(config.raw('group.streams.rack.aware.assignment.tags')),
    consumerAssignors: assignors
      ? assignors
          .split(',')
          .map((s) => s.trim())
          .map((s) =>
            s.includes('.')
              ? s
                  .slice(s.lastIndexOf('.') + 1)
                  .replace(/Assignor$/, '')
                  .toLowerCase()
              : s,
          )
          .filter(Boolean)
      : d.consumerAssignors,
  };
}
