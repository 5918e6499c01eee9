/**
 * Broker configuration keys with Kafka's names, types and defaults (KafkaConfig / ServerLogConfigs /
 * GroupCoordinatorConfig / TransactionLogConfig of Kafka 3.x-4.0). Brook reads the ones it implements; the
 * others are still accepted and described (DescribeConfigs) so that tools written for Kafka find them.
 *
 * Where Brook's embedded default differs from Kafka's it says so in `note` (a single-node broker on loopback).
 */
import { SECURITY_CONFIGS } from './security-configs';

export type ConfigType = 'boolean' | 'string' | 'int' | 'short' | 'long' | 'double' | 'list' | 'class' | 'password';

export interface ConfigDefinition {
  name: string;
  type: ConfigType;
  /** Kafka's default as Kafka prints it in DescribeConfigs; null = no default. */
  default: string | null;
  /** Inclusive lower bound for numbers. */
  min?: number;
  max?: number;
  /** Allowed values for enumerated strings (case-sensitive as in Kafka unless `ignoreCase`). */
  oneOf?: readonly string[];
  ignoreCase?: boolean;
  /**
   * Kafka's custom validators, for what min/max/oneOf cannot say: gets the normalised value, returns why it
   * is refused (Kafka's words) or undefined. `shown` is how Kafka prints the value in its message.
   */
  check?: (value: string) => { why: string; shown?: string } | undefined;
  /** Sensitive: never printed, never returned by DescribeConfigs (value null, isSensitive true). */
  sensitive?: boolean;
  /** Can be changed at run time with AlterConfigs on the broker resource ("cluster-wide" or "per-broker"). */
  dynamic?: boolean;
  doc: string;
}

export const LONG_MAX = '9223372036854775807';
export const INT_MAX = 2147483647;

const d = (
  name: string,
  type: ConfigType,
  def: string | null,
  doc: string,
  extra: Partial<ConfigDefinition> = {},
): ConfigDefinition => ({ name, type, default: def, doc, ...extra });

/** Kafka's GzipCompression.LevelValidator: 1-9, or -1 for zlib's default. */
export const gzipLevel = (value: string) => {
  const level = Number(value);
  return level === -1 || (level >= 1 && level <= 9)
    ? undefined
    : { why: 'Value must be between 1 and 9 or equal to -1' };
};
/** Kafka's max.decompressed.message.bytes bound: the largest array a JVM allocates. */
export const MAX_DECOMPRESSED = INT_MAX - 8;

const COMPRESSION_TYPES = ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'] as const;
const CLEANUP_POLICIES = ['delete', 'compact'] as const;

const CORE_CONFIGS: readonly ConfigDefinition[] = [
  // Server and listeners
  d('node.id', 'int', '1', 'Id of this node (Kafka has no default; Brook is a single node with id 1).', { min: 0 }),
  d('broker.id', 'int', '-1', 'Legacy name of node.id; when set (>= 0) and node.id is not, node.id takes it.', {
    min: -1,
  }),
  d('process.roles', 'list', 'broker,controller', 'Roles of this node; Brook runs both in one process.'),
  d('listeners', 'list', 'PLAINTEXT://127.0.0.1:9092', 'Listeners as NAME://host:port (Kafka: PLAINTEXT://:9092).'),
  d('advertised.listeners', 'list', null, 'Addresses handed to clients in Metadata; defaults to listeners.'),
  d(
    'sql.listeners',
    'string',
    'http://127.0.0.1:8088',
    "The SQL processor's REST listener (ksqlDB's API) run beside the broker (http:// or https://); empty: none (--no-sql).",
  ),
  d(
    'sql.authentication.method',
    'string',
    'NONE',
    "The SQL REST listener's authentication (ksqlDB's authentication.method): NONE, BASIC against the broker's users, BEARER (a signed JWT checked with the sasl.oauthbearer.* keys), or BASIC,BEARER.",
    { oneOf: ['NONE', 'BASIC', 'BEARER', 'BASIC,BEARER', 'BEARER,BASIC'], ignoreCase: true },
  ),
  d('sql.authentication.realm', 'string', 'brook', 'The realm the SQL REST listener names in its 401 challenge.'),
  d('sql.authentication.skip.paths', 'list', '', 'SQL REST paths served without credentials (e.g. /healthcheck).'),
  d(
    'http.authentication.method',
    'string',
    'NONE',
    'Ops HTTP listener authentication: NONE, BASIC (HTTP basic auth against the SASL PLAIN and SCRAM users), BEARER (a signed JWT checked with the sasl.oauthbearer.* keys), or BASIC,BEARER.',
    { oneOf: ['NONE', 'BASIC', 'BEARER', 'BASIC,BEARER', 'BEARER,BASIC'], ignoreCase: true },
  ),
  d('http.authentication.realm', 'string', 'brook', 'The realm the ops HTTP listener names in its 401 challenge.'),
  d(
    'http.authentication.skip.paths',
    'list',
    '',
    'Ops HTTP paths served without credentials (e.g. /health,/ready for probes).',
  ),
  d(
    'http.listeners',
    'string',
    'http://127.0.0.1:9644',
    'The ops HTTP listener run by brook serve: Prometheus /metrics, /health, /ready, /trace, the web console; empty: none (--no-http).',
  ),
  d(
    'http.console.enable',
    'boolean',
    'true',
    'Serve the web console (/ and /api/) on the ops listener; it can create topics and change their configs, as User:ANONYMOUS under an authorizer.',
  ),
  d(
    'http.admin.faults.enable',
    'boolean',
    'false',
    'Brook only, for tests: the ops HTTP listener also serves /admin/faults (fail, delay, drop or close requests by API key).',
  ),
  d(
    'ksql.advertised.listener',
    'string',
    null,
    "How the SQL processor's other instances (same ksql.service.id) reach this one to forward pull queries; default: sql.listeners as bound.",
  ),
  d(
    'ksql.queries.file',
    'string',
    null,
    "Headless SQL: the processor runs this file's statements at start and serves no REST API (ksqlDB's --queries-file).",
  ),
  d(
    'listener.security.protocol.map',
    'string',
    'PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL',
    'Security protocol of each listener name.',
  ),
  d('inter.broker.listener.name', 'string', null, 'Listener used between brokers.'),
  d('controller.listener.names', 'list', null, 'Listeners of the controller role.'),
  d(
    'controller.quorum.voters',
    'list',
    '',
    'The KRaft voters as id@host:port; with a controller role, this node joins the metadata quorum (replication/raft).',
  ),
  d(
    'controller.quorum.bootstrap.servers',
    'list',
    '',
    "Controller addresses host:port of a KIP-853 dynamic quorum: without controller.quorum.voters the voters are the formatted metadata log's (brook storage format) and these find the leader; ignored beside the voters.",
  ),
  d('controller.quorum.election.timeout.ms', 'int', '1000', 'KRaft: time without a leader before standing.', {
    min: 1,
  }),
  d(
    'controller.quorum.fetch.timeout.ms',
    'int',
    '2000',
    'KRaft: time without the leader answering a fetch before standing.',
    {
      min: 1,
    },
  ),
  d('controller.quorum.election.backoff.max.ms', 'int', '1000', 'KRaft: largest backoff between two elections.', {
    min: 0,
  }),
  d('controller.quorum.request.timeout.ms', 'int', '2000', 'KRaft: time to wait for an answer from another voter.', {
    min: 1,
  }),
  d('broker.session.timeout.ms', 'int', '9000', 'KRaft: a broker not heard from for this long is fenced.', {
    min: 1,
  }),
  d('broker.heartbeat.interval.ms', 'int', '2000', "KRaft: time between a broker's heartbeats to the controller.", {
    min: 1,
  }),
  d(
    'metadata.log.max.record.bytes.between.snapshots',
    'long',
    '20971520',
    'KRaft: bytes of committed metadata records after which a node snapshots its metadata image (the log below is released).',
    { min: 1 },
  ),
  d(
    'metadata.log.dir',
    'string',
    null,
    'Directory of the metadata log (__cluster_metadata-0); defaults to the first log dir.',
  ),
  d('log.dirs', 'list', null, 'Directories holding the log data (Brook default ./brook-data).'),
  d('log.dir', 'list', './brook-data', 'Used when log.dirs is not set (Kafka: /tmp/kafka-logs).'),
  d('socket.request.max.bytes', 'int', '104857600', 'Largest request frame accepted; larger closes the connection.', {
    min: 1,
  }),
  d('socket.send.buffer.bytes', 'int', '102400', 'Accepted for compatibility (Node sockets keep the OS default).', {
    min: -1,
  }),
  d('socket.receive.buffer.bytes', 'int', '102400', 'Accepted for compatibility (Node sockets keep the OS default).', {
    min: -1,
  }),
  d('socket.listen.backlog.size', 'int', '50', 'Pending connection queue size.', { min: 1 }),
  d('connections.max.idle.ms', 'long', '600000', 'Idle connections are closed after this many milliseconds.', {
    min: 1,
  }),
  d(
    'connection.failed.authentication.delay.ms',
    'int',
    '100',
    'A failed SASL authentication is answered, and its connection closed, after this many milliseconds (slows password guessing).',
    { min: 0 },
  ),
  d('max.connections', 'int', String(INT_MAX), 'Connections accepted at once across listeners.', {
    min: 0,
    dynamic: true,
  }),
  d('max.connections.per.ip', 'int', String(INT_MAX), 'Connections accepted from one address.', {
    min: 0,
    dynamic: true,
  }),
  d('queued.max.requests', 'int', '500', 'Requests in flight per connection before Brook stops reading it.', {
    min: 1,
  }),
  d('queued.max.request.bytes', 'long', '-1', 'Bytes of queued requests before reading stops (-1: unlimited).'),
  // Kafka's thread pools, resizable at run time (DynamicThreadPool): Brook has none, and takes them (static or
  // dynamic, within Kafka's bounds) so configs and tools written for Kafka apply unchanged.
  d('num.network.threads', 'int', '3', 'Accepted for compatibility; Brook serves the network on its event loop.', {
    min: 1,
    dynamic: true,
  }),
  d('num.io.threads', 'int', '8', 'Accepted for compatibility; Brook runs handlers on its event loop.', {
    min: 1,
    dynamic: true,
  }),
  d('background.threads', 'int', '10', 'Accepted for compatibility; Brook runs background work on its event loop.', {
    min: 1,
    dynamic: true,
  }),
  d(
    'num.replica.fetchers',
    'int',
    '1',
    'Accepted for compatibility; a follower fetches from each leader on one connection.',
    {
      min: 1,
      dynamic: true,
    },
  ),
  d('request.timeout.ms', 'int', '30000', 'Longest time a produce with acks=-1 waits for replication.', { min: 0 }),
  d('delete.topic.enable', 'boolean', 'true', 'Whether DeleteTopics is allowed.'),
  d('auto.create.topics.enable', 'boolean', 'true', 'Create a topic on first Metadata/Produce for it.'),
  d('num.partitions', 'int', '1', 'Partitions of an auto-created topic or one created with -1.', { min: 1 }),
  d('default.replication.factor', 'int', '1', 'Replication factor of auto-created topics.', { min: 1 }),
  d('min.insync.replicas', 'int', '1', 'Replicas that must acknowledge an acks=-1 produce.', {
    min: 1,
    dynamic: true,
  }),
  d('unclean.leader.election.enable', 'boolean', 'false', 'Allow an out-of-sync replica to become leader.', {
    dynamic: true,
  }),
  // Replication quotas (KIP-73): kafka-reassign-partitions --throttle sets the rates on each broker and the
  // topics' *.replication.throttled.replicas, --verify clears them (src/quotas/replication-quota.ts).
  d(
    'leader.replication.throttled.rate',
    'long',
    LONG_MAX,
    "Bytes/s a leader sends to out-of-sync followers of the partitions in a topic's leader.replication.throttled.replicas.",
    { min: 0, dynamic: true },
  ),
  d(
    'follower.replication.throttled.rate',
    'long',
    LONG_MAX,
    "Bytes/s this broker fetches while out of sync for the partitions in a topic's follower.replication.throttled.replicas.",
    { min: 0, dynamic: true },
  ),
  d('replication.quota.window.num', 'int', '11', 'Samples kept to measure a replication quota rate.', { min: 1 }),
  d('replication.quota.window.size.seconds', 'int', '1', 'Length of one replication quota sample, in seconds.', {
    min: 1,
  }),
  d('replica.alter.log.dirs.io.max.bytes.per.second', 'long', LONG_MAX, 'Accepted; one log dir per broker.', {
    min: 0,
    dynamic: true,
  }),
  d(
    'auto.leader.rebalance.enable',
    'boolean',
    'true',
    'KRaft: the controller moves leadership back to preferred replicas.',
  ),
  d(
    'leader.imbalance.check.interval.seconds',
    'long',
    '300',
    'KRaft: how often the controller checks leader balance.',
    {
      min: 1,
    },
  ),
  d(
    'leader.imbalance.per.broker.percentage',
    'int',
    '10',
    'Accepted for compatibility; KRaft rebalances any imbalance.',
    {
      min: 0,
    },
  ),
  d('message.max.bytes', 'int', '1048588', 'Largest record batch accepted (after compression).', {
    min: 0,
    dynamic: true,
  }),
  d('compression.type', 'string', 'producer', 'Final compression of topic data.', {
    oneOf: COMPRESSION_TYPES,
    dynamic: true,
  }),
  d('compression.gzip.level', 'int', '-1', "The compression level to use if compression.type is set to 'gzip'.", {
    check: gzipLevel,
    dynamic: true,
  }),
  d('compression.lz4.level', 'int', '9', "The compression level to use if compression.type is set to 'lz4'.", {
    min: 1,
    max: 17,
    dynamic: true,
  }),
  d('compression.zstd.level', 'int', '3', "The compression level to use if compression.type is set to 'zstd'.", {
    min: -131072,
    max: 22,
    dynamic: true,
  }),
  d('max.decompressed.message.bytes', 'int', String(MAX_DECOMPRESSED), 'Largest decompressed record accepted.', {
    min: 1,
    max: MAX_DECOMPRESSED,
    dynamic: true,
  }),
  d('fetch.max.bytes', 'int', '57671680', 'Largest Fetch response, whatever the request asks.', { min: 1024 }),
  d('quota.window.num', 'int', '11', 'Samples kept to measure a client quota rate (src/quotas).', { min: 1 }),
  d('quota.window.size.seconds', 'int', '1', 'Length of one client quota sample, in seconds.', { min: 1 }),
  d('max.incremental.fetch.session.cache.slots', 'int', '1000', 'Fetch sessions (KIP-227) kept at once.', {
    min: 0,
  }),
  d('fetch.purgatory.purge.interval.requests', 'int', '1000', 'Accepted for compatibility.'),
  d('replica.lag.time.max.ms', 'long', '30000', 'Follower lag before it drops out of the ISR.'),
  d('replica.fetch.max.bytes', 'int', '1048576', 'Bytes a follower fetches per partition.', { min: 0 }),
  d('broker.rack', 'string', null, 'Rack of this broker (Metadata rack field).'),
  d('cluster.id', 'string', null, 'Cluster id; Brook generates one on first start and keeps it in meta.properties.'),
  d('unstable.api.versions.enable', 'boolean', 'false', 'Advertise API versions still in development.'),
  // Log (topic defaults; topic-level names in topic-configs.ts)
  d('log.segment.bytes', 'int', '1073741824', 'Segment size before a roll.', { min: 14, dynamic: true }),
  d('log.roll.ms', 'long', null, 'Segment age before a roll; when unset log.roll.hours applies.', { dynamic: true }),
  d('log.roll.hours', 'int', '168', 'Segment age before a roll, in hours.', { min: 1 }),
  d('log.roll.jitter.ms', 'long', null, 'Random jitter subtracted from the roll time.', { dynamic: true }),
  d('log.roll.jitter.hours', 'int', '0', 'Roll jitter in hours.', { min: 0 }),
  d('log.retention.ms', 'long', null, 'Retention time; -1 = unlimited. Unset: minutes, then hours apply.', {
    dynamic: true,
  }),
  d('log.retention.minutes', 'int', null, 'Retention in minutes when log.retention.ms is unset.'),
  d('log.retention.hours', 'int', '168', 'Retention in hours when ms and minutes are unset.'),
  d('log.retention.bytes', 'long', '-1', 'Retention by partition size; -1 = unlimited.', { dynamic: true }),
  d('log.retention.check.interval.ms', 'long', '300000', 'How often retention runs.', { min: 1 }),
  d('log.cleanup.policy', 'list', 'delete', 'delete and/or compact.', { oneOf: CLEANUP_POLICIES, dynamic: true }),
  d('log.cleaner.enable', 'boolean', 'true', 'Run the log cleaner (compaction).'),
  d('log.cleaner.delete.retention.ms', 'long', '86400000', 'Tombstone retention of compacted topics.', {
    min: 0,
    dynamic: true,
  }),
  d('log.cleaner.min.compaction.lag.ms', 'long', '0', 'Minimum age before a record may be compacted.', {
    min: 0,
    dynamic: true,
  }),
  d('log.cleaner.max.compaction.lag.ms', 'long', LONG_MAX, 'Maximum age before a record must be compacted.', {
    min: 1,
    dynamic: true,
  }),
  d('log.cleaner.min.cleanable.ratio', 'double', '0.5', 'Dirty ratio that triggers compaction.', {
    min: 0,
    max: 1,
    dynamic: true,
  }),
  d('log.index.interval.bytes', 'int', '4096', 'Bytes between offset index entries.', { min: 0, dynamic: true }),
  d('log.index.size.max.bytes', 'int', '10485760', 'Maximum offset index size.', { min: 4, dynamic: true }),
  d('log.flush.interval.messages', 'long', LONG_MAX, 'Messages between forced fsyncs.', { min: 1, dynamic: true }),
  d('log.flush.interval.ms', 'long', null, 'Milliseconds between forced fsyncs.', { dynamic: true }),
  d('log.flush.scheduler.interval.ms', 'long', LONG_MAX, 'How often the flusher checks.'),
  d('log.segment.delete.delay.ms', 'long', '60000', 'Delay before a deleted segment file is removed.', {
    min: 0,
    dynamic: true,
  }),
  d('log.preallocate', 'boolean', 'false', 'Preallocate segment files.', { dynamic: true }),
  d('log.message.timestamp.type', 'string', 'CreateTime', 'CreateTime or LogAppendTime.', {
    oneOf: ['CreateTime', 'LogAppendTime'],
    dynamic: true,
  }),
  d('log.message.timestamp.before.max.ms', 'long', LONG_MAX, 'Oldest record timestamp accepted, relative to now.', {
    min: 0,
    dynamic: true,
  }),
  // Kafka 4.0 (KIP-1032) bounds future timestamps by default: one hour ahead of the broker's clock.
  d('log.message.timestamp.after.max.ms', 'long', '3600000', 'Newest record timestamp accepted, relative to now.', {
    min: 0,
    dynamic: true,
  }),
  // Tiered storage (not supported by Brook): described so that the topic keys find their synonyms.
  d('log.local.retention.bytes', 'long', '-2', 'Local log size kept with tiered storage; -2: log.retention.bytes.', {
    min: -2,
    dynamic: true,
  }),
  d('log.local.retention.ms', 'long', '-2', 'Local log age kept with tiered storage; -2: log.retention.ms.', {
    min: -2,
    dynamic: true,
  }),
  d('log.remote.copy.lag.bytes', 'long', '-1', 'Newer local bytes before a segment is copied to remote storage.', {
    min: -1,
    dynamic: true,
  }),
  d('log.remote.copy.lag.ms', 'long', '0', 'Age before a segment is copied to remote storage.', {
    min: -1,
    dynamic: true,
  }),
  d('num.recovery.threads.per.data.dir', 'int', '2', 'Accepted for compatibility.', { min: 1, dynamic: true }),
  // Groups, offsets, transactions
  d('group.initial.rebalance.delay.ms', 'int', '3000', 'Wait before the first rebalance of an empty group.', {
    min: 0,
  }),
  d('group.min.session.timeout.ms', 'int', '6000', 'Smallest session timeout a member may ask.'),
  d('group.max.session.timeout.ms', 'int', '1800000', 'Largest session timeout a member may ask.'),
  d('group.max.size', 'int', String(INT_MAX), 'Members per group.', { min: 1 }),
  d('offsets.topic.num.partitions', 'int', '50', 'Partitions of __consumer_offsets.', { min: 1 }),
  d(
    'offsets.topic.replication.factor',
    'short',
    '3',
    'Replication factor of __consumer_offsets (capped to the brokers alive).',
    {
      min: 1,
    },
  ),
  d('offsets.topic.segment.bytes', 'int', '104857600', 'Segment size of __consumer_offsets.', { min: 1 }),
  d('offsets.retention.minutes', 'int', '10080', 'Committed offsets of empty groups are kept this long.', {
    min: 1,
  }),
  d('offsets.retention.check.interval.ms', 'long', '600000', 'How often expired offsets are removed.', { min: 1 }),
  d('offset.metadata.max.bytes', 'int', '4096', 'Largest metadata string of an offset commit.'),
  d('group.consumer.session.timeout.ms', 'int', '45000', 'Session timeout of KIP-848 consumer group members.', {
    min: 1,
  }),
  d('group.consumer.heartbeat.interval.ms', 'int', '5000', 'Heartbeat interval given to KIP-848 members.', {
    min: 1,
  }),
  d('group.consumer.min.session.timeout.ms', 'int', '45000', 'Smallest session timeout of KIP-848 members.', {
    min: 1,
  }),
  d('group.consumer.max.session.timeout.ms', 'int', '60000', 'Largest session timeout of KIP-848 members.', {
    min: 1,
  }),
  d('group.consumer.min.heartbeat.interval.ms', 'int', '5000', 'Smallest heartbeat interval of KIP-848 members.', {
    min: 1,
  }),
  d('group.consumer.max.heartbeat.interval.ms', 'int', '15000', 'Largest heartbeat interval of KIP-848 members.', {
    min: 1,
  }),
  d('group.consumer.max.size', 'int', String(INT_MAX), 'Members per KIP-848 consumer group.', { min: 1 }),
  d('group.share.session.timeout.ms', 'int', '45000', 'Session timeout of share group members (KIP-932).', {
    min: 1,
  }),
  d('group.share.min.session.timeout.ms', 'int', '45000', 'Smallest session timeout of share group members.', {
    min: 1,
  }),
  d('group.share.max.session.timeout.ms', 'int', '60000', 'Largest session timeout of share group members.', {
    min: 1,
  }),
  d('group.share.heartbeat.interval.ms', 'int', '5000', 'Heartbeat interval given to share group members.', {
    min: 1,
  }),
  d('group.share.min.heartbeat.interval.ms', 'int', '5000', 'Smallest heartbeat interval of share group members.', {
    min: 1,
  }),
  d('group.share.max.heartbeat.interval.ms', 'int', '15000', 'Largest heartbeat interval of share group members.', {
    min: 1,
  }),
  d('group.share.max.size', 'int', '200', 'Members per share group.', { min: 1, max: 1000 }),
  d(
    'group.share.record.lock.duration.ms',
    'int',
    '30000',
    'How long a share group member holds the records it acquired before they can be delivered again.',
    { min: 1000, max: 3600000 },
  ),
  d('group.share.min.record.lock.duration.ms', 'int', '15000', 'Smallest lock duration a share group may set.', {
    min: 1000,
    max: 30000,
  }),
  d('group.share.max.record.lock.duration.ms', 'int', '60000', 'Largest lock duration a share group may set.', {
    min: 30000,
    max: 3600000,
  }),
  d(
    'group.share.delivery.count.limit',
    'int',
    '5',
    'Deliveries of a record to share group members before it is archived (no longer delivered).',
    { min: 2, max: 10 },
  ),
  d('group.share.min.delivery.count.limit', 'int', '2', 'Smallest delivery count limit a share group may set.', {
    min: 2,
    max: 5,
  }),
  d('group.share.max.delivery.count.limit', 'int', '10', 'Largest delivery count limit a share group may set.', {
    min: 5,
    max: 25,
  }),
  d(
    'group.share.partition.max.record.locks',
    'int',
    '2000',
    'Records of one partition a share group may have in flight (acquired, or delivered and not yet acknowledged).',
    { min: 100, max: 10000 },
  ),
  d(
    'group.share.min.partition.max.record.locks',
    'int',
    '100',
    'Smallest in-flight record limit a share group may set.',
    { min: 100, max: 2000 },
  ),
  d(
    'group.share.max.partition.max.record.locks',
    'int',
    '4000',
    'Largest in-flight record limit a share group may set.',
    { min: 2000, max: 10000 },
  ),
  d('group.streams.session.timeout.ms', 'int', '45000', 'Session timeout of streams group members (KIP-1071).', {
    min: 1,
  }),
  d('group.streams.min.session.timeout.ms', 'int', '45000', 'Smallest session timeout of streams group members.', {
    min: 1,
  }),
  d('group.streams.max.session.timeout.ms', 'int', '60000', 'Largest session timeout of streams group members.', {
    min: 1,
  }),
  d('group.streams.heartbeat.interval.ms', 'int', '5000', 'Heartbeat interval given to streams group members.', {
    min: 1,
  }),
  d('group.streams.min.heartbeat.interval.ms', 'int', '5000', 'Smallest heartbeat interval of streams group members.', {
    min: 1,
  }),
  d('group.streams.max.heartbeat.interval.ms', 'int', '15000', 'Largest heartbeat interval of streams group members.', {
    min: 1,
  }),
  d('group.streams.max.size', 'int', String(INT_MAX), 'Members per streams group.', { min: 1 }),
  d('group.streams.num.standby.replicas', 'int', '0', 'Standby replicas of each stateful task of a streams group.', {
    min: 0,
  }),
  d('group.streams.max.standby.replicas', 'int', '2', 'Most standby replicas a streams group may set.', { min: 0 }),
  d(
    'group.streams.initial.rebalance.delay.ms',
    'int',
    '3000',
    'How long a new (or emptied) streams group waits for more members before its first assignment.',
    { min: 0 },
  ),
  d(
    'group.streams.assignment.interval.ms',
    'int',
    '1000',
    'Shortest time between two target assignments of a streams group (changes in between wait: ASSIGNMENT_DELAYED).',
    { min: 0 },
  ),
  d('group.streams.min.assignment.interval.ms', 'int', '0', 'Smallest assignment interval a streams group may set.', {
    min: 0,
  }),
  d(
    'group.streams.max.assignment.interval.ms',
    'int',
    '15000',
    'Largest assignment interval a streams group may set.',
    {
      min: 0,
    },
  ),
  d(
    'group.streams.task.offset.interval.ms',
    'int',
    '60000',
    "How often streams group members report their tasks' changelog offsets.",
    { min: 1 },
  ),
  d(
    'group.streams.acceptable.recovery.lag',
    'long',
    '10000',
    'Changelog records a member may lag and still count as caught up on a task.',
    { min: 0 },
  ),
  d(
    'share.coordinator.state.topic.num.partitions',
    'int',
    '50',
    "Partitions of __share_group_state, where share groups keep their partitions' state.",
    { min: 1 },
  ),
  d('share.coordinator.state.topic.segment.bytes', 'int', '104857600', 'Segment size of __share_group_state.', {
    min: 1,
  }),
  d('group.share.max.share.sessions', 'int', '2000', 'Share sessions (one per member and broker) a broker keeps.', {
    min: 1,
  }),
  d('group.streams.assignors', 'list', 'sticky', 'Task assignors of streams groups; the first is the default.'),
  d(
    'group.streams.rack.aware.assignment.tags',
    'list',
    '',
    "Client tags a streams group's members must carry for rack-aware standby replicas.",
  ),
  d(
    'group.consumer.assignors',
    'list',
    'uniform,range',
    'Server-side assignors of KIP-848 groups; the first is the default.',
  ),
  d('offsets.commit.timeout.ms', 'int', '5000', 'Longest wait for an offset commit to be replicated.', { min: 1 }),
  d('transaction.state.log.num.partitions', 'int', '50', 'Partitions of __transaction_state.', { min: 1 }),
  d('transaction.state.log.replication.factor', 'short', '3', 'Replication factor of __transaction_state.', {
    min: 1,
  }),
  d('transaction.state.log.min.isr', 'int', '2', 'min.insync.replicas of __transaction_state.', { min: 1 }),
  d('transaction.max.timeout.ms', 'int', '900000', 'Largest transaction timeout a producer may ask.', { min: 1 }),
  d('transactional.id.expiration.ms', 'int', '604800000', 'Idle transactional ids expire after this.', { min: 1 }),
  d('transaction.state.log.segment.bytes', 'int', '104857600', 'Segment size of __transaction_state.', { min: 1 }),
  d(
    'transaction.abort.timed.out.transaction.cleanup.interval.ms',
    'int',
    '10000',
    'How often transactions past their timeout are aborted.',
    { min: 1 },
  ),
  d(
    'transaction.remove.expired.transaction.cleanup.interval.ms',
    'int',
    '3600000',
    'How often expired transactional ids are removed.',
    { min: 1 },
  ),
  d(
    'transaction.version',
    'short',
    '2',
    'The finalized transaction.version feature advertised in ApiVersions (Kafka sets it with kafka-storage format ' +
      '--feature or kafka-features upgrade; Brook has no metadata quorum yet): 2 = KIP-890 part 2 (clients that ' +
      'know it use Produce v12, TxnOffsetCommit v5, EndTxn v5), 1 and 0 = classic transactions.',
    { min: 0, max: 2 },
  ),
  d(
    'transaction.partition.verification.enable',
    'boolean',
    'true',
    'Whether a transactional batch must belong to a transaction its coordinator knows (KIP-890).',
    { dynamic: true },
  ),
  d('producer.id.expiration.ms', 'int', '86400000', 'Idle producer ids expire after this.', {
    min: 1,
    dynamic: true,
  }),
];

/** Every broker key Brook knows: the core ones above and the security ones (security-configs.ts). */
export const BROKER_CONFIGS: readonly ConfigDefinition[] = [...CORE_CONFIGS, ...SECURITY_CONFIGS];

export const BROKER_CONFIG_BY_NAME: ReadonlyMap<string, ConfigDefinition> = new Map(
  BROKER_CONFIGS.map((def) => [def.name, def]),
);

/**
 * Kafka's DynamicThreadPool keys: a pool resized at run time by at most double or half at once (its network threads,
 * `num.network.threads`, are resized without that bound).
 */
export const THREAD_POOL_KEYS: ReadonlySet<string> = new Set([
  'num.io.threads',
  'background.threads',
  'num.replica.fetchers',
  'num.recovery.threads.per.data.dir',
]);

/**
 * Kafka's SslConfigs.RECONFIGURABLE_CONFIGS: a listener's keystore and truststore, which a broker reloads while it
 * runs (certificate rotation) when they are changed for it with the listener prefix
 * (`listener.name.<listener>.ssl.keystore.location`), as Kafka's DynamicBrokerConfig takes them: per broker,
 * never for the cluster's defaults, never without the prefix.
 */
export const RECONFIGURABLE_SSL_KEYS: ReadonlySet<string> = new Set([
  'ssl.keystore.type',
  'ssl.keystore.location',
  'ssl.keystore.password',
  'ssl.key.password',
  'ssl.keystore.certificate.chain',
  'ssl.keystore.key',
  'ssl.truststore.type',
  'ssl.truststore.location',
  'ssl.truststore.password',
  'ssl.truststore.certificates',
]);

const LISTENER_PREFIXED = /^listener\.name\.[^.]+\.(.+)$/;

/** The key a listener-prefixed name stands for (`listener.name.ssl.ssl.keystore.location` -> `ssl.keystore.location`). */
export function unprefixedKey(name: string): string | null {
  return LISTENER_PREFIXED.exec(name)?.[1] ?? null;
}

/**
 * A broker key's definition, a listener-prefixed one included: it takes the definition of the key it stands for,
 * dynamic when that key is one a listener reloads (RECONFIGURABLE_SSL_KEYS). Undefined for a name Brook does not
 * know.
 */
export function brokerConfigDefinition(name: string): ConfigDefinition | undefined {
  const def = BROKER_CONFIG_BY_NAME.get(name);
  if (def) return def;
  const key = unprefixedKey(name);
  const base = key === null ? undefined : BROKER_CONFIG_BY_NAME.get(key);
  return base && { ...base, name, dynamic: RECONFIGURABLE_SSL_KEYS.has(base.name) };
}
