import { type ConfigDefinition, LONG_MAX } from './definitions';

/**
 * Topic-level configuration (Kafka's TopicConfig / LogConfig). Each topic key falls back to a broker key
 * (its "synonyms", in Kafka's order) and then to Kafka's default. DescribeConfigs reports the source of the
 * value in force: DYNAMIC_TOPIC_CONFIG when the topic overrides it, STATIC_BROKER_CONFIG when the broker's
 * server.properties / --set gave the broker key, DEFAULT_CONFIG otherwise.
 */
export interface BrokerSynonym {
  name: string;
  /** Converts the broker value to the topic unit (e.g. log.retention.hours -> retention.ms). */
  toTopicValue?: (value: string) => string;
}

export interface TopicConfigDefinition extends ConfigDefinition {
  synonyms: readonly BrokerSynonym[];
}

const hoursToMs = (v: string) => String(BigInt(v) * 3_600_000n);
const minutesToMs = (v: string) => String(BigInt(v) * 60_000n);

const t = (
  name: string,
  type: ConfigDefinition['type'],
  def: string,
  synonyms: (string | BrokerSynonym)[],
  doc: string,
  extra: Partial<ConfigDefinition> = {},
): TopicConfigDefinition => ({
  name,
  type,
  default: def,
  doc,
  synonyms: synonyms.map((s) => (typeof s === 'string' ? { name: s } : s)),
  ...extra,
});

export const TOPIC_CONFIGS: readonly TopicConfigDefinition[] = [
  t('cleanup.policy', 'list', 'delete', ['log.cleanup.policy'], 'delete and/or compact', {
    oneOf: ['compact', 'delete'], // Kafka's order, which its INVALID_CONFIG message lists
  }),
  t('compression.type', 'string', 'producer', ['compression.type'], 'final compression of the topic', {
    oneOf: ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'],
  }),
  t('delete.retention.ms', 'long', '86400000', ['log.cleaner.delete.retention.ms'], 'tombstone retention', { min: 0 }),
  t('file.delete.delay.ms', 'long', '60000', ['log.segment.delete.delay.ms'], 'delay before deleting a file', {
    min: 0,
  }),
  t('flush.messages', 'long', LONG_MAX, ['log.flush.interval.messages'], 'messages between fsyncs', { min: 1 }),
  t('flush.ms', 'long', LONG_MAX, ['log.flush.interval.ms'], 'milliseconds between fsyncs', { min: 0 }),
  t('index.interval.bytes', 'int', '4096', ['log.index.interval.bytes'], 'bytes between index entries', { min: 0 }),
  t('local.retention.bytes', 'long', '-2', ['log.local.retention.bytes'], 'local retention with tiered storage', {
    min: -2,
  }),
  t('local.retention.ms', 'long', '-2', ['log.local.retention.ms'], 'local retention with tiered storage', {
    min: -2,
  }),
  t('max.compaction.lag.ms', 'long', LONG_MAX, ['log.cleaner.max.compaction.lag.ms'], 'max compaction lag', {
    min: 1,
  }),
  t('max.message.bytes', 'int', '1048588', ['message.max.bytes'], 'largest record batch accepted', { min: 0 }),
  t(
    'message.downconversion.enable',
    'boolean',
    'true',
    ['log.message.downconversion.enable'],
    'down-convert for old fetchers',
  ),
  t(
    'message.timestamp.after.max.ms',
    'long',
    LONG_MAX,
    ['log.message.timestamp.after.max.ms'],
    'newest timestamp accepted',
    { min: 0 },
  ),
  t(
    'message.timestamp.before.max.ms',
    'long',
    LONG_MAX,
    ['log.message.timestamp.before.max.ms'],
    'oldest timestamp accepted',
    { min: 0 },
  ),
  t('message.timestamp.type', 'string', 'CreateTime', ['log.message.timestamp.type'], 'CreateTime or LogAppendTime', {
    oneOf: ['CreateTime', 'LogAppendTime'],
  }),
  t('min.cleanable.dirty.ratio', 'double', '0.5', ['log.cleaner.min.cleanable.ratio'], 'dirty ratio to compact', {
    min: 0,
    max: 1,
  }),
  t('min.compaction.lag.ms', 'long', '0', ['log.cleaner.min.compaction.lag.ms'], 'min compaction lag', { min: 0 }),
  t('min.insync.replicas', 'int', '1', ['min.insync.replicas'], 'replicas for acks=-1', { min: 1 }),
  t('preallocate', 'boolean', 'false', ['log.preallocate'], 'preallocate segment files'),
  t('remote.storage.enable', 'boolean', 'false', [], 'tiered storage (not supported by Brook)'),
  t('retention.bytes', 'long', '-1', ['log.retention.bytes'], 'retention by size, -1 unlimited'),
  t(
    'retention.ms',
    'long',
    '604800000',
    [
      'log.retention.ms',
      { name: 'log.retention.minutes', toTopicValue: minutesToMs },
      { name: 'log.retention.hours', toTopicValue: hoursToMs },
    ],
    'retention by time, -1 unlimited',
    { min: -1 },
  ),
  t('segment.bytes', 'int', '1073741824', ['log.segment.bytes'], 'segment size', { min: 14 }),
  t('segment.index.bytes', 'int', '10485760', ['log.index.size.max.bytes'], 'offset index size', { min: 4 }),
  t(
    'segment.jitter.ms',
    'long',
    '0',
    ['log.roll.jitter.ms', { name: 'log.roll.jitter.hours', toTopicValue: hoursToMs }],
    'roll jitter',
    { min: 0 },
  ),
  t(
    'segment.ms',
    'long',
    '604800000',
    ['log.roll.ms', { name: 'log.roll.hours', toTopicValue: hoursToMs }],
    'segment age before roll',
    { min: 1 },
  ),
  t('unclean.leader.election.enable', 'boolean', 'false', ['unclean.leader.election.enable'], 'unclean election'),
];

export const TOPIC_CONFIG_BY_NAME: ReadonlyMap<string, TopicConfigDefinition> = new Map(
  TOPIC_CONFIGS.map((def) => [def.name, def]),
);
