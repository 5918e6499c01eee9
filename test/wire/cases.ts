/**
 * The requests whose answers are deterministic, sent alike to Brook and to the official Kafka, in order: single
 * requests first (ApiVersions, Metadata shapes, error answers to invalid requests, config defaults, coordinators,
 * offsets), then flows whose requests carry what their side answered before (a KIP-848 member, a classic static
 * member, a transaction, a fetch session, a topic's configs, quotas, credentials, records). Bodies are functions
 * of the side's context (its topic id, cluster id, log dir and earlier answers differ per cluster) and the
 * version; `version: 'max'` is the highest version both brokers serve.
 */
import * as P from '../../protocol';

/** What one side knows when a body is built. */
export interface SideContext {
  /** The id the side gave TOPIC. */
  topicId: string;
  /** The side's cluster id and the node the cases talk to (ApiVersions v5 names them, KIP-1242). */
  clusterId: string | null;
  nodeId: number;
  /** The side's log dir, as DescribeLogDirs names it. */
  logDir: string;
  /** The side's decoded answers to the cases so far, by case name: flows take ids and epochs from them. */
  answers: Map<string, unknown>;
}

export interface WireCase {
  name: string;
  apiKey: number;
  /** A fixed version, or the highest both brokers serve (and the codec knows). */
  version: number | 'max';
  /** The request body (a promise of one where building it is asynchronous, such as compressing records). */
  body?: (ctx: SideContext, version: number) => unknown;
  /** A hand-built frame (header + body, no size prefix) for what the codecs refuse to encode. */
  raw?: (correlationId: number) => Buffer;
  /** The version to decode the response with when it differs from the request's (ApiVersions' fallback). */
  responseVersion?: number;
  /** Resend until this holds on each side (a coordinator still loading), then compare the last answer. */
  settled?: (body: never) => boolean;
  /**
   * Keep the case's connection open until the run ends (each frame goes on a fresh connection, closed after its
   * answer): a share session lives as long as its connection on both brokers, and the cases after its opening use it.
   */
  keepConnection?: boolean;
}

/** The empty topic both clusters hold (one partition, one replica), created before the cases run. */
export const TOPIC = 'wire-compare';
const UNKNOWN = 'wire-unknown-topic';
const RANDOM_UUID = 'q2lTc2xHTSm9MR1hZ2NKYQ';

/** What a well-behaved client sends (KIP-511 names). */
export const API_VERSIONS: P.ApiVersionsRequest = {
  ...P.ApiVersionsRequestCodec.defaults(),
  clientSoftwareName: 'wire-compare',
  clientSoftwareVersion: '1.0',
};

/**
 * A request header + empty body, for versions no codec encodes. Header v2 (an empty tagged-field section after
 * the client id): Kafka reads an unknown version of a flexible API with the flexible header.
 */
function headerOnly(apiKey: number, apiVersion: number, correlationId: number): Buffer {
  const client = Buffer.from('wire-compare');
  const b = Buffer.alloc(11 + client.length);
  b.writeInt16BE(apiKey, 0);
  b.writeInt16BE(apiVersion, 2);
  b.writeInt32BE(correlationId, 4);
  b.writeInt16BE(client.length, 8);
  client.copy(b, 10);
  return b;
}

const topic = (t: Partial<P.CreateTopicsRequestCreatableTopic>) => ({
  ...P.defaultCreateTopicsRequestCreatableTopic(),
  numPartitions: 1,
  replicationFactor: 1,
  ...t,
});
const createTopics =
  (t: Partial<P.CreateTopicsRequestCreatableTopic>, validateOnly = false) =>
  () => ({
    ...P.defaultCreateTopicsRequest(),
    timeoutMs: 30000,
    validateOnly,
    topics: [topic(t)],
  });

const oneRecord = (valueBytes: number) =>
  P.encodeRecordBatchSync({ records: [{ key: null, value: Buffer.alloc(valueBytes, 120), timestamp: 1700000000000 }] });
/** One timestamp for both brokers (their messages name it), two hours ahead when the run starts. */
const TWO_HOURS_AHEAD = Date.now() + 7_200_000;
/** A batch whose CRC no longer matches (one value byte flipped). */
function corrupt(batch: Buffer): Buffer {
  const copy = Buffer.from(batch);
  copy[copy.length - 3]! ^= 0xff;
  return copy;
}

/** The topic by name below `firstIdVersion`, by id from it on (an unknown name: an id no topic has). */
function topicKey(ctx: SideContext, version: number, firstIdVersion: number, name: string) {
  if (version < firstIdVersion) return { name, topicId: P.ZERO_UUID };
  return { name: '', topicId: name === TOPIC ? ctx.topicId : RANDOM_UUID };
}

const produce =
  (partial: { acks?: number; topic?: string; partition?: number; records?: Buffer }) =>
  (ctx: SideContext, version: number): P.ProduceRequest => ({
    ...P.defaultProduceRequest(),
    acks: partial.acks ?? 1,
    timeoutMs: 30000,
    topicData: [
      {
        // v13 names the topic by id (KIP-516).
        ...topicKey(ctx, version, 13, partial.topic ?? TOPIC),
        partitionData: [{ index: partial.partition ?? 0, records: partial.records ?? oneRecord(10) }],
      },
    ],
  });

/** A standalone commit (no member, generation -1) of `offset` for partition 0 of each topic; ids from v10. */
const offsetCommit =
  (groupId: string, topics: string[], offset: bigint) =>
  (ctx: SideContext, version: number): P.OffsetCommitRequest => ({
    ...P.defaultOffsetCommitRequest(),
    groupId,
    topics: topics.map((name) => ({
      ...topicKey(ctx, version, 10, name),
      partitions: [{ ...P.defaultOffsetCommitRequestOffsetCommitRequestPartition(), committedOffset: offset }],
    })),
  });

/** The committed offsets of partition 0 of each topic (null: all topics), v8+ batched; ids from v10. */
const offsetFetch =
  (groupId: string, topics: string[] | null) =>
  (ctx: SideContext, version: number): P.OffsetFetchRequest => ({
    ...P.defaultOffsetFetchRequest(),
    groups: [
      {
        ...P.defaultOffsetFetchRequestOffsetFetchRequestGroup(),
        groupId,
        topics: topics?.map((name) => ({ ...topicKey(ctx, version, 10, name), partitionIndexes: [0] })) ?? null,
      },
    ],
  });

const fetch =
  (partial: { offset?: bigint; partition?: number; unknownId?: boolean }) =>
  (ctx: SideContext): P.FetchRequest => ({
    ...P.defaultFetchRequest(),
    maxWaitMs: 0,
    topics: [
      {
        ...P.defaultFetchRequestFetchTopic(),
        topic: TOPIC,
        topicId: partial.unknownId ? RANDOM_UUID : ctx.topicId,
        partitions: [
          {
            ...P.defaultFetchRequestFetchPartition(),
            partition: partial.partition ?? 0,
            fetchOffset: partial.offset ?? 0n,
            partitionMaxBytes: 1048576,
          },
        ],
      },
    ],
  });

const listOffsets =
  (timestamp: bigint, partition = 0) =>
  () => ({
    ...P.defaultListOffsetsRequest(),
    replicaId: -1,
    topics: [
      {
        ...P.defaultListOffsetsRequestListOffsetsTopic(),
        name: TOPIC,
        partitions: [{ ...P.defaultListOffsetsRequestListOffsetsPartition(), partitionIndex: partition, timestamp }],
      },
    ],
  });

/** OffsetForLeaderEpoch of partition 0 of each topic, at `leaderEpoch` (and a current epoch where given). */
const offsetForLeaderEpoch =
  (asks: [topic: string, leaderEpoch: number, currentLeaderEpoch?: number][]) => (): P.OffsetForLeaderEpochRequest => ({
    ...P.defaultOffsetForLeaderEpochRequest(),
    replicaId: -1,
    topics: asks.map(([topic, leaderEpoch, currentLeaderEpoch = -1]) => ({
      topic,
      partitions: [
        { ...P.defaultOffsetForLeaderEpochRequestOffsetForLeaderPartition(), leaderEpoch, currentLeaderEpoch },
      ],
    })),
  });

/** DeleteRecords of partition 0 of `topic` up to `offset` (-1: the high watermark). */
const deleteRecords = (topic: string, offset: bigint) => () => ({
  ...P.defaultDeleteRecordsRequest(),
  timeoutMs: 30000,
  topics: [{ name: topic, partitions: [{ partitionIndex: 0, offset }] }],
});

const describeConfigs =
  (resourceType: number, resourceName: string, keys: string[] | null = null) =>
  () => ({
    ...P.defaultDescribeConfigsRequest(),
    includeSynonyms: true,
    resources: [{ resourceType, resourceName, configurationKeys: keys }],
  });

/** A DescribeConfigs answer settled: its first resource shows each expected value. */
const showsValues = (expected: Record<string, string>) => (d: P.DescribeConfigsResponse) =>
  Object.entries(expected).every(([key, value]) => d.results[0]?.configs.find((c) => c.name === key)?.value === value);

/** One config change: [key, operation (0 SET, 1 DELETE, 2 APPEND, 3 SUBTRACT), value]. */
type Change = [key: string, operation: number, value: string | null];

/** An IncrementalAlterConfigs of one resource (2 topic, 4 broker, 16 client metrics, 32 group). */
const incrementalAlterConfigs =
  (resourceType: number, resourceName: string, changes: Change[], validateOnly = false) =>
  (): P.IncrementalAlterConfigsRequest => ({
    ...P.defaultIncrementalAlterConfigsRequest(),
    validateOnly,
    resources: [
      {
        ...P.defaultIncrementalAlterConfigsRequestAlterConfigsResource(),
        resourceType,
        resourceName,
        configs: changes.map(([name, configOperation, value]) => ({ name, configOperation, value })),
      },
    ],
  });

/** A validate-only IncrementalAlterConfigs of one topic. */
const alterConfigs = (resourceName: string, changes: Change[]) =>
  incrementalAlterConfigs(2, resourceName, changes, true);
const alterConfig = (name: string, value: string) => alterConfigs(TOPIC, [[name, 0, value]]);

/** A validate-only AlterConfigs (33, the legacy whole-set form) of one topic. */
const legacyAlterConfigs = (resourceName: string, name: string, value: string) => () => ({
  validateOnly: true,
  resources: [{ resourceType: 2, resourceName, configs: [{ name, value }] }],
});

/**
 * Kafka 4.4 creates __consumer_offsets (50 partitions) on the first FindCoordinator and leads its partitions a
 * moment later: until then group requests answer COORDINATOR_LOAD_IN_PROGRESS (14), COORDINATOR_NOT_AVAILABLE
 * (15) or NOT_COORDINATOR (16) anywhere in the body. Those are retried, not compared.
 */
const coordinatorReady = (body: unknown): boolean => {
  const text = JSON.stringify(body, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
  return !/"errorCode":1[456]\b/.test(text);
};

/** A classic consumer-protocol JoinGroup of `groupId` (30 s timeouts, the range protocol with empty metadata). */
const joinGroup = (groupId: string, partial: Partial<P.JoinGroupRequest> = {}): P.JoinGroupRequest => ({
  ...P.defaultJoinGroupRequest(),
  groupId,
  sessionTimeoutMs: 30000,
  rebalanceTimeoutMs: 30000,
  protocolType: 'consumer',
  protocols: [{ name: 'range', metadata: Buffer.alloc(0) }],
  ...partial,
});

/** A request to a group or transaction coordinator at the highest common version, resent while it loads. */
const coordinated = (name: string, apiKey: number, body: NonNullable<WireCase['body']>): WireCase => ({
  name,
  settled: coordinatorReady,
  apiKey,
  version: 'max',
  body,
});

export const WIRE_CASES: WireCase[] = [
  { name: 'ApiVersions', apiKey: 18, version: 'max', body: () => API_VERSIONS },
  // KIP-511: from v3 the client names its software; an empty or malformed name is INVALID_REQUEST.
  {
    name: 'ApiVersions: no client software name',
    apiKey: 18,
    version: 'max',
    body: () => P.defaultApiVersionsRequest(),
  },
  {
    name: 'ApiVersions: malformed client software name',
    apiKey: 18,
    version: 'max',
    body: () => ({ ...API_VERSIONS, clientSoftwareName: '-bad name-' }),
  },
  { name: 'ApiVersions v0', apiKey: 18, version: 0, body: () => API_VERSIONS },
  // KIP-1242: v5 names the cluster and node the client means to reach.
  {
    name: 'ApiVersions: the cluster and node the client means',
    apiKey: 18,
    version: 'max',
    body: (ctx) => ({ ...API_VERSIONS, clusterId: ctx.clusterId, nodeId: ctx.nodeId }),
  },
  {
    name: 'ApiVersions: another cluster',
    apiKey: 18,
    version: 'max',
    body: (ctx) => ({ ...API_VERSIONS, clusterId: 'AnotherClusterIdAAAAAA', nodeId: ctx.nodeId }),
  },
  {
    name: 'ApiVersions: another node of the cluster',
    apiKey: 18,
    version: 'max',
    body: (ctx) => ({ ...API_VERSIONS, clusterId: ctx.clusterId, nodeId: ctx.nodeId + 1 }),
  },
  // KIP-511: an unknown ApiVersions version is answered in v0 with UNSUPPORTED_VERSION and the supported ranges.
  { name: 'ApiVersions v99', apiKey: 18, version: 99, raw: (c) => headerOnly(18, 99, c), responseVersion: 0 },
  // Any other API at a version the broker does not serve: Kafka closes the connection.
  { name: 'Metadata v99', apiKey: 3, version: 99, raw: (c) => headerOnly(3, 99, c) },
  {
    name: 'Metadata (the topic and an unknown one, no auto-create)',
    apiKey: 3,
    version: 'max',
    body: () => ({
      ...P.defaultMetadataRequest(),
      allowAutoTopicCreation: false,
      topics: [TOPIC, UNKNOWN].map((name) => ({ ...P.defaultMetadataRequestMetadataRequestTopic(), name })),
    }),
  },
  {
    name: 'Metadata (no topics: brokers and controller)',
    apiKey: 3,
    version: 'max',
    body: () => ({ ...P.defaultMetadataRequest(), topics: [] }),
  },
  {
    name: 'Metadata v0 (the topic)',
    apiKey: 3,
    version: 0,
    body: () => ({
      ...P.defaultMetadataRequest(),
      topics: [{ ...P.defaultMetadataRequestMetadataRequestTopic(), name: TOPIC }],
    }),
  },
  { name: 'DescribeCluster', apiKey: 60, version: 'max', body: () => P.defaultDescribeClusterRequest() },
  { name: 'CreateTopics: existing topic', apiKey: 19, version: 'max', body: createTopics({ name: TOPIC }) },
  {
    name: 'CreateTopics: 0 partitions',
    apiKey: 19,
    version: 'max',
    body: createTopics({ name: 'wire-p0', numPartitions: 0 }),
  },
  // Topic names Kafka refuses, and one that collides with another once '.' and '_' are alike.
  ...(
    [
      ['a name with a character Kafka refuses', 'wire/bad'],
      ["the name '..'", '..'],
      ['a name of 250 characters', 'w'.repeat(250)],
      ['a name with a dot', 'wire.dots'],
      ['a name that collides with it once . and _ are alike', 'wire_dots'],
    ] as const
  ).map(([what, name]) => ({
    name: `CreateTopics: ${what}`,
    apiKey: 19,
    version: 'max' as const,
    body: createTopics({ name }),
  })),
  {
    name: 'CreateTopics: the same topic twice in one request',
    apiKey: 19,
    version: 'max',
    body: () => ({
      ...P.defaultCreateTopicsRequest(),
      timeoutMs: 30000,
      validateOnly: true,
      topics: [topic({ name: 'wire-twice' }), topic({ name: 'wire-twice' })],
    }),
  },
  {
    name: 'CreateTopics: both a partition count and replica assignments',
    apiKey: 19,
    version: 'max',
    body: createTopics({
      name: 'wire-both',
      numPartitions: 2,
      replicationFactor: -1,
      assignments: [{ partitionIndex: 0, brokerIds: [1] }],
    }),
  },
  {
    name: 'CreateTopics: replication factor 3 on one broker',
    apiKey: 19,
    version: 'max',
    body: createTopics({ name: 'wire-rf3', replicationFactor: 3 }),
  },
  {
    name: 'CreateTopics: replication factor 0',
    apiKey: 19,
    version: 'max',
    body: createTopics({ name: 'wire-rf0', replicationFactor: 0 }),
  },
  { name: 'CreateTopics: invalid name', apiKey: 19, version: 'max', body: createTopics({ name: 'bad/name' }) },
  { name: 'CreateTopics: name too long', apiKey: 19, version: 'max', body: createTopics({ name: 'x'.repeat(250) }) },
  {
    name: 'CreateTopics: bad config value',
    apiKey: 19,
    version: 'max',
    body: createTopics({ name: 'wire-badcfg', configs: [{ name: 'cleanup.policy', value: 'sometimes' }] }),
  },
  {
    name: 'CreateTopics: unknown config',
    apiKey: 19,
    version: 'max',
    body: createTopics({ name: 'wire-unknowncfg', configs: [{ name: 'no.such.config', value: '1' }] }),
  },
  {
    name: 'CreateTopics: validateOnly, defaults (the configs a new topic gets)',
    apiKey: 19,
    version: 'max',
    body: createTopics({ name: 'wire-validate', numPartitions: -1, replicationFactor: -1 }, true),
  },
  {
    name: 'DeleteTopics: unknown topic',
    apiKey: 20,
    version: 'max',
    body: () => ({
      ...P.defaultDeleteTopicsRequest(),
      timeoutMs: 30000,
      topicNames: [UNKNOWN],
      topics: [{ ...P.defaultDeleteTopicsRequestDeleteTopicState(), name: UNKNOWN }],
    }),
  },
  {
    name: 'DeleteTopics: an unknown topic twice',
    apiKey: 20,
    version: 'max',
    body: () => ({
      ...P.defaultDeleteTopicsRequest(),
      timeoutMs: 30000,
      topics: [UNKNOWN, UNKNOWN].map((name) => ({ ...P.defaultDeleteTopicsRequestDeleteTopicState(), name })),
    }),
  },
  {
    name: 'DeleteTopics: a name and an id in one entry',
    apiKey: 20,
    version: 'max',
    body: () => ({
      ...P.defaultDeleteTopicsRequest(),
      timeoutMs: 30000,
      topics: [{ name: UNKNOWN, topicId: RANDOM_UUID }],
    }),
  },
  {
    name: 'DescribeCluster: an endpoint type no one has',
    apiKey: 60,
    version: 'max',
    body: () => ({ ...P.defaultDescribeClusterRequest(), endpointType: 3 }),
  },
  {
    name: 'DescribeProducers: the topic, an unknown partition and an unknown topic',
    apiKey: 61,
    version: 'max',
    body: () => ({
      ...P.defaultDescribeProducersRequest(),
      topics: [
        { name: TOPIC, partitionIndexes: [0, 7] },
        { name: UNKNOWN, partitionIndexes: [0] },
      ],
    }),
  },
  {
    name: 'CreatePartitions: fewer than now',
    apiKey: 37,
    version: 'max',
    body: () => ({
      ...P.defaultCreatePartitionsRequest(),
      timeoutMs: 30000,
      validateOnly: true,
      topics: [{ name: TOPIC, count: 1, assignments: null }],
    }),
  },
  { name: 'Produce: unknown topic (id)', apiKey: 0, version: 'max', body: produce({ topic: UNKNOWN }) },
  { name: 'Produce v12: unknown topic (name)', apiKey: 0, version: 12, body: produce({ topic: UNKNOWN }) },
  { name: 'Produce: unknown partition', apiKey: 0, version: 'max', body: produce({ partition: 7 }) },
  { name: 'Produce: acks=2', apiKey: 0, version: 'max', body: produce({ acks: 2 }) },
  {
    name: 'Produce: record over message.max.bytes',
    apiKey: 0,
    version: 'max',
    body: produce({ records: oneRecord(1100000) }),
  },
  { name: 'Fetch: empty topic at 0', apiKey: 1, version: 'max', body: fetch({}) },
  { name: 'Fetch: offset out of range', apiKey: 1, version: 'max', body: fetch({ offset: 100n }) },
  { name: 'Fetch: unknown topic id', apiKey: 1, version: 'max', body: fetch({ unknownId: true }) },
  { name: 'Fetch v4: unknown partition', apiKey: 1, version: 4, body: fetch({ partition: 7 }) },
  { name: 'ListOffsets: earliest of empty topic', apiKey: 2, version: 'max', body: listOffsets(-2n) },
  { name: 'ListOffsets: latest of empty topic', apiKey: 2, version: 'max', body: listOffsets(-1n) },
  { name: 'ListOffsets: max timestamp of empty topic', apiKey: 2, version: 'max', body: listOffsets(-3n) },
  { name: 'ListOffsets: by timestamp on empty topic', apiKey: 2, version: 'max', body: listOffsets(1700000000000n) },
  { name: 'ListOffsets: unknown partition', apiKey: 2, version: 'max', body: listOffsets(-1n, 7) },
  // KIP-1023 (v11): the earliest offset not yet uploaded to tiered storage; neither side tiers this topic.
  { name: 'ListOffsets: earliest pending upload', apiKey: 2, version: 'max', body: listOffsets(-6n) },
  { name: 'DescribeConfigs: topic defaults', apiKey: 32, version: 'max', body: describeConfigs(2, TOPIC) },
  { name: 'DescribeConfigs: unknown topic', apiKey: 32, version: 'max', body: describeConfigs(2, UNKNOWN) },
  {
    name: 'DescribeConfigs: broker defaults (common keys)',
    apiKey: 32,
    version: 'max',
    body: describeConfigs(4, '1', [
      'num.partitions',
      'default.replication.factor',
      'auto.create.topics.enable',
      'message.max.bytes',
      'log.segment.bytes',
      'log.retention.hours',
      'log.retention.ms',
      'log.cleanup.policy',
      'compression.type',
      'offsets.retention.minutes',
      'group.min.session.timeout.ms',
      'group.max.session.timeout.ms',
      'delete.topic.enable',
      'min.insync.replicas',
    ]),
  },
  {
    name: 'DescribeConfigs: other broker id',
    apiKey: 32,
    version: 'max',
    body: describeConfigs(4, '7', ['num.partitions']),
  },
  { name: 'IncrementalAlterConfigs: bad value', apiKey: 44, version: 'max', body: alterConfig('retention.ms', 'soon') },
  {
    name: 'IncrementalAlterConfigs: unknown key',
    apiKey: 44,
    version: 'max',
    body: alterConfig('no.such.config', '1'),
  },
  {
    name: 'DescribeConfigs: an unknown topic',
    apiKey: 32,
    version: 'max',
    body: describeConfigs(2, UNKNOWN, ['retention.ms']),
  },
  {
    name: 'DescribeConfigs: the topic, a key no topic has',
    apiKey: 32,
    version: 'max',
    body: describeConfigs(2, TOPIC, ['no.such.config']),
  },
  {
    name: 'DescribeConfigs: an unknown resource type',
    apiKey: 32,
    version: 'max',
    body: describeConfigs(99, 'x', null),
  },
  {
    name: 'IncrementalAlterConfigs: the same key twice',
    apiKey: 44,
    version: 'max',
    body: alterConfigs(TOPIC, [
      ['retention.ms', 0, '1000'],
      ['retention.ms', 0, '2000'],
    ]),
  },
  {
    name: 'IncrementalAlterConfigs: the same topic twice in one request',
    apiKey: 44,
    version: 'max',
    body: () => ({
      validateOnly: true,
      resources: [1000, 2000].map((ms) => ({
        resourceType: 2,
        resourceName: TOPIC,
        configs: [{ name: 'retention.ms', configOperation: 0, value: String(ms) }],
      })),
    }),
  },
  {
    name: 'IncrementalAlterConfigs: an unknown topic',
    apiKey: 44,
    version: 'max',
    body: alterConfigs(UNKNOWN, [['retention.ms', 0, '1000']]),
  },
  {
    name: 'IncrementalAlterConfigs: APPEND to a key that is not a list',
    apiKey: 44,
    version: 'max',
    body: alterConfigs(TOPIC, [['retention.ms', 2, '1000']]),
  },
  {
    name: 'FindCoordinator: group',
    apiKey: 10,
    version: 'max',
    // v4 moved the key into a batch (KIP-699).
    body: (_ctx, v) =>
      v >= 4
        ? { ...P.defaultFindCoordinatorRequest(), coordinatorKeys: ['wire-group'] }
        : { ...P.defaultFindCoordinatorRequest(), key: 'wire-group' },
    settled: coordinatorReady,
  },
  {
    name: 'FindCoordinator v3: group',
    settled: coordinatorReady,
    apiKey: 10,
    version: 3,
    body: () => ({ ...P.defaultFindCoordinatorRequest(), key: 'wire-group' }),
  },
  coordinated('FindCoordinator: the empty group id', 10, () => ({
    ...P.defaultFindCoordinatorRequest(),
    coordinatorKeys: [''],
  })),
  {
    name: 'FindCoordinator v3: the empty group id',
    settled: coordinatorReady,
    apiKey: 10,
    version: 3,
    body: () => ({ ...P.defaultFindCoordinatorRequest(), key: '' }),
  },
  coordinated('FindCoordinator: the empty transactional id', 10, () => ({
    ...P.defaultFindCoordinatorRequest(),
    keyType: 1,
    coordinatorKeys: [''],
  })),
  {
    name: 'OffsetFetch: unknown group, all topics',
    settled: coordinatorReady,
    apiKey: 9,
    version: 'max',
    // v8 batches groups (KIP-709).
    body: (_ctx, v) =>
      v >= 8
        ? {
            ...P.defaultOffsetFetchRequest(),
            groups: [{ ...P.defaultOffsetFetchRequestOffsetFetchRequestGroup(), groupId: 'wire-group', topics: null }],
          }
        : { ...P.defaultOffsetFetchRequest(), groupId: 'wire-group', topics: null },
  },
  // Committed offsets named by topic id (v10, KIP-848): the topic and an id no topic has.
  coordinated('OffsetCommit: the topic and an unknown topic', 8, offsetCommit('wire-offsets', [TOPIC, UNKNOWN], 0n)),
  {
    name: 'OffsetCommit v9: an unknown topic (name)',
    settled: coordinatorReady,
    apiKey: 8,
    version: 9,
    body: offsetCommit('wire-offsets', [UNKNOWN], 0n),
  },
  // The coordinator refuses an empty group id for the partitions KafkaApis passed it; unknown topics keep theirs.
  coordinated(
    'OffsetCommit: an empty group id, the topic and an unknown topic',
    8,
    offsetCommit('', [TOPIC, UNKNOWN], 0n),
  ),
  {
    name: 'OffsetCommit v9: an empty group id, an unknown topic only',
    settled: coordinatorReady,
    apiKey: 8,
    version: 9,
    body: offsetCommit('', [UNKNOWN], 0n),
  },
  coordinated('OffsetFetch: an empty group id, the topic', 9, offsetFetch('', [TOPIC])),
  coordinated('DescribeGroups: the empty group id, which holds offsets', 15, () => ({
    ...P.defaultDescribeGroupsRequest(),
    groups: [''],
  })),
  coordinated('DeleteGroups: the empty group id, which holds offsets', 42, () => ({
    ...P.defaultDeleteGroupsRequest(),
    groupsNames: [''],
  })),
  coordinated('OffsetFetch: the topic and an unknown topic', 9, offsetFetch('wire-offsets', [TOPIC, UNKNOWN])),
  coordinated('OffsetFetch: a group with offsets, all topics', 9, offsetFetch('wire-offsets', null)),
  // KIP-1152: ListTransactions v2 filters by a pattern the whole transactional id matches.
  coordinated('ListTransactions: a pattern no transactional id matches', 66, () => ({
    ...P.defaultListTransactionsRequest(),
    transactionalIdPattern: 'wire-none-.*',
  })),
  coordinated('ListTransactions: a pattern that does not compile', 66, () => ({
    ...P.defaultListTransactionsRequest(),
    transactionalIdPattern: 'wire-(',
  })),
  coordinated('DescribeGroups: unknown group', 15, () => ({
    ...P.defaultDescribeGroupsRequest(),
    groups: ['wire-group'],
  })),
  coordinated('JoinGroup: session timeout below group.min.session.timeout.ms', 11, () =>
    joinGroup('wire-join', { sessionTimeoutMs: 1 }),
  ),
  coordinated('JoinGroup: no member id yet (KIP-394)', 11, () => joinGroup('wire-join')),
  coordinated('JoinGroup: empty group id', 11, () => joinGroup('')),
  coordinated('Heartbeat: unknown member', 12, () => ({
    ...P.defaultHeartbeatRequest(),
    groupId: 'wire-hb',
    generationId: 1,
    memberId: 'nobody',
  })),
  coordinated('SyncGroup: unknown member', 14, () => ({
    ...P.defaultSyncGroupRequest(),
    groupId: 'wire-sync',
    generationId: 1,
    memberId: 'nobody',
    protocolType: 'consumer',
    protocolName: 'range',
  })),
  coordinated('LeaveGroup: unknown member', 13, (_ctx, v) =>
    v >= 3
      ? {
          ...P.defaultLeaveGroupRequest(),
          groupId: 'wire-leave',
          members: [{ ...P.defaultLeaveGroupRequestMemberIdentity(), memberId: 'nobody' }],
        }
      : { ...P.defaultLeaveGroupRequest(), groupId: 'wire-leave', memberId: 'nobody' },
  ),
  coordinated('OffsetCommit: unknown topic (simple group)', 8, () => ({
    ...P.defaultOffsetCommitRequest(),
    groupId: 'wire-commit',
    topics: [
      {
        ...P.defaultOffsetCommitRequestOffsetCommitRequestTopic(),
        name: UNKNOWN,
        partitions: [{ ...P.defaultOffsetCommitRequestOffsetCommitRequestPartition(), committedOffset: 1n }],
      },
    ],
  })),
  coordinated('OffsetCommit: unknown member of an empty group', 8, () => ({
    ...P.defaultOffsetCommitRequest(),
    groupId: 'wire-commit',
    generationIdOrMemberEpoch: 3,
    memberId: 'nobody',
    topics: [
      {
        ...P.defaultOffsetCommitRequestOffsetCommitRequestTopic(),
        name: TOPIC,
        partitions: [{ ...P.defaultOffsetCommitRequestOffsetCommitRequestPartition(), committedOffset: 0n }],
      },
    ],
  })),
  coordinated('ListGroups: none yet', 16, () => ({ ...P.defaultListGroupsRequest(), statesFilter: ['Stable'] })),
  {
    name: 'DeleteRecords: beyond the high watermark',
    apiKey: 21,
    version: 'max',
    body: deleteRecords(TOPIC, 5n),
  },
  {
    name: 'DeleteRecords: unknown topic',
    apiKey: 21,
    version: 'max',
    body: deleteRecords(UNKNOWN, 0n),
  },
  {
    name: 'OffsetForLeaderEpoch: epoch 0 of the empty topic',
    apiKey: 23,
    version: 'max',
    body: offsetForLeaderEpoch([[TOPIC, 0]]),
  },
  {
    name: 'CreatePartitions: validateOnly, to 3',
    apiKey: 37,
    version: 'max',
    body: () => ({
      ...P.defaultCreatePartitionsRequest(),
      timeoutMs: 30000,
      validateOnly: true,
      topics: [{ name: TOPIC, count: 3, assignments: null }],
    }),
  },
  { name: 'ListOffsets v0: latest of empty topic', apiKey: 2, version: 0, body: listOffsets(-1n) },
  {
    name: 'Fetch: read_committed on the empty topic',
    apiKey: 1,
    version: 'max',
    body: (ctx) => ({ ...(fetch({})(ctx) as P.FetchRequest), isolationLevel: 1 }),
  },
  {
    name: 'Produce: corrupt batch (bad CRC)',
    apiKey: 0,
    version: 'max',
    body: produce({ records: corrupt(oneRecord(10)) }),
  },
  {
    // Kafka 4.0 (KIP-1032): message.timestamp.after.max.ms defaults to one hour.
    name: 'Produce: record two hours in the future',
    apiKey: 0,
    version: 'max',
    body: (ctx, version) =>
      produce({
        records: P.encodeRecordBatchSync({
          records: [{ key: null, value: Buffer.from('later'), timestamp: TWO_HOURS_AHEAD }],
        }),
      })(ctx, version),
  },
  {
    name: 'Metadata: all topics',
    apiKey: 3,
    version: 'max',
    body: () => ({ ...P.defaultMetadataRequest(), topics: null, allowAutoTopicCreation: false }),
  },
  {
    name: 'Metadata v4: unknown topic, no auto-create',
    apiKey: 3,
    version: 4,
    body: () => ({
      ...P.defaultMetadataRequest(),
      allowAutoTopicCreation: false,
      topics: [{ ...P.defaultMetadataRequestMetadataRequestTopic(), name: UNKNOWN }],
    }),
  },
  { name: 'DescribeCluster v0', apiKey: 60, version: 0, body: () => P.defaultDescribeClusterRequest() },
  {
    name: 'DescribeCluster: the controllers asked of a broker',
    apiKey: 60,
    version: 'max',
    body: () => ({ ...P.defaultDescribeClusterRequest(), endpointType: 2 }),
  },
  {
    name: 'Metadata: a topic name Kafka refuses, auto-create on',
    apiKey: 3,
    version: 'max',
    body: () => ({
      ...P.defaultMetadataRequest(),
      allowAutoTopicCreation: true,
      topics: [{ ...P.defaultMetadataRequestMetadataRequestTopic(), name: 'wire/bad' }],
    }),
  },
  {
    name: 'DescribeTopicPartitions: the topic and an unknown one',
    apiKey: 75,
    version: 'max',
    body: () => ({
      ...P.defaultDescribeTopicPartitionsRequest(),
      topics: [TOPIC, UNKNOWN].map((name) => ({ name })),
    }),
  },
  {
    name: 'DescribeTopicPartitions: one partition at a time, from a cursor',
    apiKey: 75,
    version: 'max',
    body: () => ({
      ...P.defaultDescribeTopicPartitionsRequest(),
      topics: [{ name: TOPIC }],
      responsePartitionLimit: 1,
      cursor: { topicName: TOPIC, partitionIndex: 0 },
    }),
  },
  {
    name: 'CreatePartitions: the same topic twice, and an unknown topic',
    apiKey: 37,
    version: 'max',
    body: () => ({
      ...P.defaultCreatePartitionsRequest(),
      timeoutMs: 30000,
      validateOnly: true,
      topics: [
        { name: TOPIC, count: 3, assignments: null },
        { name: TOPIC, count: 4, assignments: null },
        { name: UNKNOWN, count: 3, assignments: null },
      ],
    }),
  },
  coordinated('ListGroups: consumer groups only', 16, () => ({
    ...P.defaultListGroupsRequest(),
    typesFilter: ['consumer'],
  })),
  coordinated('ConsumerGroupDescribe: an unknown group and the empty group id', 69, () => ({
    ...P.defaultConsumerGroupDescribeRequest(),
    groupIds: ['wire-nobody', ''],
  })),

  {
    name: 'CreateTopics v4: 0 partitions',
    apiKey: 19,
    version: 4,
    body: createTopics({ name: 'wire-p0-v4', numPartitions: 0 }),
  },
  { name: 'Produce v3: unknown topic', apiKey: 0, version: 3, body: produce({ topic: UNKNOWN }) },
  {
    name: 'InitProducerId: idempotent producer',
    apiKey: 22,
    version: 'max',
    body: () => ({ ...P.defaultInitProducerIdRequest(), transactionTimeoutMs: 60000 }),
  },
  // The delegation token APIs over PLAINTEXT: KafkaApis.allowTokenRequests refuses them before anything else.
  {
    name: 'CreateDelegationToken over PLAINTEXT',
    apiKey: 38,
    version: 'max',
    body: () => ({ ...P.defaultCreateDelegationTokenRequest(), ownerPrincipalType: null, ownerPrincipalName: null }),
  },
  {
    name: 'RenewDelegationToken over PLAINTEXT',
    apiKey: 39,
    version: 'max',
    body: () => ({ hmac: Buffer.alloc(64, 1), renewPeriodMs: -1n }),
  },
  {
    name: 'ExpireDelegationToken over PLAINTEXT',
    apiKey: 40,
    version: 'max',
    body: () => ({ hmac: Buffer.alloc(64, 1), expiryTimePeriodMs: -1n }),
  },
  {
    name: 'DescribeDelegationToken over PLAINTEXT',
    apiKey: 41,
    version: 'max',
    body: () => ({ owners: null }),
  },
  // Without an authorizer (neither side configures one) the ACL APIs answer SECURITY_DISABLED.
  {
    name: 'DescribeAcls: no authorizer',
    apiKey: 29,
    version: 'max',
    body: () => ({
      ...P.defaultDescribeAclsRequest(),
      resourceTypeFilter: 1,
      patternTypeFilter: 1,
      operation: 1,
      permissionType: 1,
    }),
  },
  {
    name: 'CreateAcls: no authorizer',
    apiKey: 30,
    version: 'max',
    body: () => ({
      creations: [
        {
          resourceType: 2,
          resourceName: TOPIC,
          resourcePatternType: 3,
          principal: 'User:alice',
          host: '*',
          operation: 3,
          permissionType: 3,
        },
      ],
    }),
  },
  {
    name: 'DeleteAcls: no authorizer',
    apiKey: 31,
    version: 'max',
    body: () => ({
      filters: [
        {
          ...P.defaultDeleteAclsRequestDeleteAclsFilter(),
          resourceTypeFilter: 1,
          patternTypeFilter: 1,
          operation: 1,
          permissionType: 1,
        },
      ],
    }),
  },
  { name: 'SaslHandshake on a PLAINTEXT listener', apiKey: 17, version: 'max', body: () => ({ mechanism: 'PLAIN' }) },
  {
    name: 'SaslAuthenticate on a PLAINTEXT listener',
    apiKey: 36,
    version: 'max',
    body: () => ({ authBytes: Buffer.from('\u0000alice\u0000secret') }),
  },
  {
    name: 'ElectLeaders: preferred, the topic and an unknown topic',
    apiKey: 43,
    version: 'max',
    body: () => ({
      ...P.defaultElectLeadersRequest(),
      electionType: 0,
      timeoutMs: 30000,
      topicPartitions: [
        { topic: TOPIC, partitions: [0, 7] },
        { topic: UNKNOWN, partitions: [0] },
      ],
    }),
  },
  {
    name: 'ElectLeaders: unclean, the topic',
    apiKey: 43,
    version: 'max',
    body: () => ({
      ...P.defaultElectLeadersRequest(),
      electionType: 1,
      timeoutMs: 30000,
      topicPartitions: [{ topic: TOPIC, partitions: [0] }],
    }),
  },
  {
    name: 'AlterPartitionReassignments: cancel none, empty, unknown broker, unknown topic',
    apiKey: 45,
    version: 'max',
    body: () => ({
      ...P.defaultAlterPartitionReassignmentsRequest(),
      timeoutMs: 30000,
      topics: [
        {
          name: TOPIC,
          partitions: [
            { partitionIndex: 0, replicas: null },
            { partitionIndex: 1, replicas: [] },
          ],
        },
        { name: UNKNOWN, partitions: [{ partitionIndex: 0, replicas: null }] },
      ],
    }),
  },
  {
    name: 'AlterPartitionReassignments: a broker that is not registered',
    apiKey: 45,
    version: 'max',
    body: () => ({
      ...P.defaultAlterPartitionReassignmentsRequest(),
      timeoutMs: 30000,
      topics: [{ name: TOPIC, partitions: [{ partitionIndex: 0, replicas: [999] }] }],
    }),
  },
  {
    name: 'ListPartitionReassignments: none, the topic',
    apiKey: 46,
    version: 'max',
    body: () => ({ timeoutMs: 30000, topics: [{ name: TOPIC, partitionIndexes: [0] }] }),
  },
  {
    name: 'ListPartitionReassignments: all',
    apiKey: 46,
    version: 'max',
    body: () => ({ timeoutMs: 30000, topics: null }),
  },
  coordinated('OffsetDelete: the topic and an unknown topic of a group with offsets', 47, () => ({
    groupId: 'wire-offsets',
    topics: [TOPIC, UNKNOWN].map((name) => ({ name, partitions: [{ partitionIndex: 0 }] })),
  })),
  coordinated('OffsetDelete: a group that does not exist', 47, () => ({
    groupId: 'wire-no-such-group',
    topics: [{ name: TOPIC, partitions: [{ partitionIndex: 0 }] }],
  })),
  coordinated('DescribeGroups: three groups, one with offsets, in the order asked', 15, () => ({
    ...P.defaultDescribeGroupsRequest(),
    groups: ['wire-zz-unknown', 'wire-offsets', 'wire-aa-unknown'],
  })),
  coordinated(
    'OffsetCommit: offsets of a group about to be deleted',
    8,
    offsetCommit('wire-deleted-offsets', [TOPIC], 0n),
  ),
  {
    name: 'Produce: an unknown topic, then the topic',
    apiKey: 0,
    version: 'max',
    body: (ctx, version) => {
      const request = produce({})(ctx, version);
      const known = request.topicData[0]!;
      request.topicData = [{ ...known, ...topicKey(ctx, version, 13, UNKNOWN) }, known];
      return request;
    },
  },
  coordinated('DeleteGroups: a group that does not exist and one with offsets', 42, () => ({
    ...P.defaultDeleteGroupsRequest(),
    groupsNames: ['wire-zz-unknown', 'wire-deleted-offsets'],
  })),
  coordinated('OffsetFetch: three groups at once, two unknown', 9, (ctx, version) => {
    const request = offsetFetch('wire-zz-unknown', [TOPIC])(ctx, version);
    const one = request.groups[0]!;
    request.groups = [one, { ...one, groupId: 'wire-offsets' }, { ...one, groupId: 'wire-aa-unknown' }];
    return request;
  }),
  {
    name: 'DescribeClientQuotas: all, none set',
    apiKey: 48,
    version: 'max',
    body: () => ({ components: [], strict: false }),
  },
  {
    name: 'DescribeClientQuotas: an unknown entity type',
    apiKey: 48,
    version: 'max',
    body: () => ({ components: [{ entityType: 'planet', matchType: 1, match: null }], strict: false }),
  },
  {
    name: 'AlterClientQuotas: validateOnly, an unknown key and a good one',
    apiKey: 49,
    version: 'max',
    body: () => ({
      validateOnly: true,
      entries: [
        {
          entity: [{ entityType: 'user', entityName: 'alice' }],
          ops: [{ key: 'no.such.quota', value: 1, remove: false }],
        },
        {
          entity: [{ entityType: 'client-id', entityName: null }],
          ops: [{ key: 'producer_byte_rate', value: 1024, remove: false }],
        },
        {
          entity: [
            { entityType: 'user', entityName: 'bob' },
            { entityType: 'ip', entityName: '127.0.0.1' },
          ],
          ops: [{ key: 'connection_creation_rate', value: 1, remove: false }],
        },
      ],
    }),
  },
  {
    name: 'DescribeUserScramCredentials: all, an unknown user, a user named twice',
    apiKey: 50,
    version: 'max',
    body: () => ({ users: ['nobody', 'twice', 'twice'].map((name) => ({ name })) }),
  },
  {
    name: 'DescribeUserScramCredentials: all users, none yet',
    apiKey: 50,
    version: 'max',
    body: () => ({ users: null }),
  },
  {
    name: 'AlterUserScramCredentials: invalid upsertions and deletions',
    apiKey: 51,
    version: 'max',
    body: () => {
      const upsert = (name: string, mechanism: number, iterations: number) => ({
        name,
        mechanism,
        iterations,
        salt: Buffer.alloc(16, 1),
        saltedPassword: Buffer.alloc(32, 2),
      });
      return {
        deletions: [
          { name: 'nobody', mechanism: 1 },
          { name: 'both', mechanism: 1 },
          { name: '', mechanism: 1 },
        ],
        upsertions: [
          upsert('few', 1, 10),
          upsert('many', 2, 20000),
          upsert('nomech', 0, 8192),
          upsert('both', 1, 8192),
        ],
      };
    },
  },
  coordinated('InitProducerId: transactional, timeout 0', 22, () => ({
    ...P.defaultInitProducerIdRequest(),
    transactionalId: 'wire-txn',
    transactionTimeoutMs: 0,
  })),
  coordinated('InitProducerId: transactional, timeout past transaction.max.timeout.ms', 22, () => ({
    ...P.defaultInitProducerIdRequest(),
    transactionalId: 'wire-txn',
    transactionTimeoutMs: 3_600_000,
  })),
  coordinated('InitProducerId: an empty transactional id', 22, () => ({
    ...P.defaultInitProducerIdRequest(),
    transactionalId: '',
    transactionTimeoutMs: 60000,
  })),
  coordinated('AddOffsetsToTxn: unknown transactional id', 25, () => ({
    transactionalId: 'wire-nobody',
    producerId: 1234n,
    producerEpoch: 0,
    groupId: 'wire-g',
  })),
  coordinated('EndTxn: unknown transactional id', 26, () => ({
    transactionalId: 'wire-nobody',
    producerId: 1234n,
    producerEpoch: 0,
    committed: true,
  })),
  {
    name: 'AddPartitionsToTxn v3: unknown transactional id',
    settled: coordinatorReady,
    apiKey: 24,
    version: 3,
    body: () => ({
      ...P.defaultAddPartitionsToTxnRequest(),
      v3AndBelowTransactionalId: 'wire-nobody',
      v3AndBelowProducerId: 1234n,
      v3AndBelowProducerEpoch: 0,
      v3AndBelowTopics: [{ name: TOPIC, partitions: [0] }],
    }),
  },
  coordinated('AddPartitionsToTxn: verify only, unknown transactional id', 24, () => ({
    ...P.defaultAddPartitionsToTxnRequest(),
    transactions: [
      {
        transactionalId: 'wire-nobody',
        producerId: 1234n,
        producerEpoch: 0,
        verifyOnly: true,
        topics: [{ name: TOPIC, partitions: [0] }],
      },
    ],
  })),
  coordinated('DescribeTransactions: unknown and empty transactional ids', 65, () => ({
    transactionalIds: ['wire-nobody', ''],
  })),
  ...consumerGroupHeartbeats(),
  {
    name: 'AlterConfigs: validateOnly, a bad value',
    apiKey: 33,
    version: 'max',
    body: legacyAlterConfigs(TOPIC, 'retention.ms', 'soon'),
  },
  {
    name: 'AlterConfigs: validateOnly, an unknown key',
    apiKey: 33,
    version: 'max',
    body: legacyAlterConfigs(TOPIC, 'no.such.config', '1'),
  },
  {
    name: 'AlterConfigs: validateOnly, an unknown topic',
    apiKey: 33,
    version: 'max',
    body: legacyAlterConfigs(UNKNOWN, 'retention.ms', '1000'),
  },
  {
    name: 'AlterConfigs: validateOnly, a broker config',
    apiKey: 33,
    version: 'max',
    body: (ctx) => ({
      validateOnly: true,
      resources: [
        { resourceType: 4, resourceName: String(ctx.nodeId), configs: [{ name: 'log.retention.ms', value: '1000' }] },
      ],
    }),
  },
  ...brokerConfigRefusals(),
  {
    name: 'Fetch: a leader epoch ahead of the leader',
    apiKey: 1,
    version: 'max',
    body: (ctx) => {
      const request = fetch({})(ctx);
      request.topics[0]!.partitions[0]!.currentLeaderEpoch = 99;
      return request;
    },
  },
  {
    name: 'ListOffsets: a leader epoch ahead of the leader',
    apiKey: 2,
    version: 'max',
    body: () => {
      const request = listOffsets(-1n)();
      request.topics[0]!.partitions[0]!.currentLeaderEpoch = 99;
      return request;
    },
  },
  {
    name: 'OffsetForLeaderEpoch: an epoch the log has not seen, an unknown topic, a current epoch ahead',
    apiKey: 23,
    version: 'max',
    body: offsetForLeaderEpoch([
      [TOPIC, 7],
      [UNKNOWN, 0],
    ]),
  },
  {
    name: 'OffsetForLeaderEpoch: a current leader epoch ahead of the leader',
    apiKey: 23,
    version: 'max',
    body: offsetForLeaderEpoch([[TOPIC, 0, 99]]),
  },
  {
    name: 'Produce: an idempotent batch of a producer id never handed out, sequence 5',
    apiKey: 0,
    version: 'max',
    body: produce({
      acks: -1,
      records: P.encodeRecordBatchSync({
        producerId: 987654n,
        producerEpoch: 0,
        baseSequence: 5,
        records: [{ key: null, value: Buffer.from('x'), timestamp: 1700000000000 }],
      }),
    }),
  },
  {
    name: 'Produce: a transactional batch outside any transaction',
    apiKey: 0,
    version: 'max',
    body: (ctx, version) => ({
      ...produce({
        acks: -1,
        records: P.encodeRecordBatchSync({
          producerId: 987655n,
          producerEpoch: 0,
          baseSequence: 0,
          isTransactional: true,
          records: [{ key: null, value: Buffer.from('x'), timestamp: 1700000000000 }],
        }),
      })(ctx, version),
      transactionalId: 'wire-no-txn',
    }),
  },
  coordinated('OffsetCommit: metadata past offset.metadata.max.bytes', 8, (ctx, version) => {
    const request = offsetCommit('wire-metadata', [TOPIC], 0n)(ctx, version);
    request.topics[0]!.partitions[0]!.committedMetadata = 'm'.repeat(5000);
    return request;
  }),
  {
    name: 'DeleteRecords: to the high watermark (-1) of the empty topic',
    apiKey: 21,
    version: 'max',
    body: deleteRecords(TOPIC, -1n),
  },
  coordinated('DeleteGroups: unknown groups', 42, () => ({ groupsNames: ['wire-gone-1', 'wire-gone-2'] })),
  {
    name: 'DescribeConfigs: broker defaults (groups, transactions, replication, limits)',
    apiKey: 32,
    version: 'max',
    body: (ctx) =>
      describeConfigs(4, String(ctx.nodeId), [
        'group.consumer.session.timeout.ms',
        'group.consumer.heartbeat.interval.ms',
        'group.consumer.min.session.timeout.ms',
        'group.consumer.max.session.timeout.ms',
        'group.consumer.assignors',
        'group.consumer.max.size',
        'group.max.size',
        'transaction.max.timeout.ms',
        'transactional.id.expiration.ms',
        'producer.id.expiration.ms',
        'replica.lag.time.max.ms',
        'unclean.leader.election.enable',
        'auto.leader.rebalance.enable',
        'socket.request.max.bytes',
        'queued.max.request.bytes',
        'connections.max.idle.ms',
        'max.connections',
        'log.message.timestamp.type',
        'log.message.timestamp.after.max.ms',
        'log.roll.hours',
        'log.index.size.max.bytes',
        'log.flush.interval.messages',
        'log.retention.check.interval.ms',
        'max.incremental.fetch.session.cache.slots',
        'fetch.max.bytes',
        'offsets.commit.timeout.ms',
        'offset.metadata.max.bytes',
        'log.cleaner.enable',
        'log.cleaner.min.cleanable.ratio',
        'log.cleaner.delete.retention.ms',
      ])(),
  },
  {
    name: 'DescribeConfigs: topic defaults with documentation',
    apiKey: 32,
    version: 'max',
    body: () => ({ ...describeConfigs(2, TOPIC, ['retention.ms', 'cleanup.policy'])(), includeDocumentation: true }),
  },
  ...classicGroupMember(),
  ...consumerGroupMember(),
  ...shareGroupMember(),
  ...streamsGroupMember(),
  ...twoMemberGroup(),
  ...logDirMoves(),
  ...transaction(),
  // The topic now holds an idempotent batch, a transactional one and its commit marker.
  { name: 'ListOffsets: latest after the transaction', apiKey: 2, version: 'max', body: listOffsets(-1n) },
  {
    name: 'ListOffsets: latest stable (read_committed) after the transaction',
    apiKey: 2,
    version: 'max',
    body: () => ({ ...listOffsets(-1n)(), isolationLevel: 1 }),
  },
  { name: 'ListOffsets: max timestamp after the transaction', apiKey: 2, version: 'max', body: listOffsets(-3n) },
  { name: 'ListOffsets: by a batch timestamp', apiKey: 2, version: 'max', body: listOffsets(1700000000000n) },
  {
    name: 'OffsetForLeaderEpoch: epoch 0 after the transaction',
    apiKey: 23,
    version: 'max',
    body: offsetForLeaderEpoch([[TOPIC, 0]]),
  },
  {
    name: 'DescribeProducers: after the transaction',
    apiKey: 61,
    version: 'max',
    body: () => ({ topics: [{ name: TOPIC, partitionIndexes: [0] }] }),
  },
  {
    name: 'DeleteRecords: up to offset 1 after the transaction',
    apiKey: 21,
    version: 'max',
    body: deleteRecords(TOPIC, 1n),
  },
  { name: 'ListOffsets: earliest after DeleteRecords', apiKey: 2, version: 'max', body: listOffsets(-2n) },
  { name: 'Fetch: below the log start offset', apiKey: 1, version: 'max', body: fetch({ offset: 0n }) },
  ...fetchSession(),
  ...topicLife(),
  ...groupConfigLife(),
  ...clientMetricsConfigLife(),
  ...quotaAndCredentialLife(),
  ...recordsRoundTrip(),
];

/**
 * Changes to the broker resource as Kafka's DynamicBrokerConfig checks them (validate-only, nothing changes): a
 * static key, thread-pool sizes within and past its half-to-double bound, values of the wrong type, an SSL key
 * without a listener prefix, a listener's SSL key for the cluster's defaults (all refused), and a listener's SSL
 * key for this broker (taken, for any listener name).
 */
function brokerConfigRefusals(): WireCase[] {
  const alter = (what: string, resourceName: (ctx: SideContext) => string, name: string, value: string): WireCase => ({
    name: `IncrementalAlterConfigs: validateOnly, ${what}`,
    apiKey: 44,
    version: 'max',
    body: (ctx) => incrementalAlterConfigs(4, resourceName(ctx), [[name, 0, value]], true)(),
  });
  const own = (ctx: SideContext) => String(ctx.nodeId);
  return [
    alter('a static broker key', own, 'log.dirs', '/tmp/elsewhere'),
    alter('a thread count halved', own, 'num.io.threads', '4'),
    alter('a thread count past double', own, 'num.io.threads', '100'),
    alter('a thread count of 0', own, 'background.threads', '0'),
    alter('the network threads', own, 'num.network.threads', '4'),
    alter('a dynamic key, not a number', own, 'log.retention.ms', 'soon'),
    alter('a dynamic key for the cluster, not a number', () => '', 'log.retention.ms', 'soon'),
    alter('an SSL key without a listener prefix', own, 'ssl.keystore.type', 'PKCS12'),
    alter(
      "a listener's SSL key for the cluster's defaults",
      () => '',
      'listener.name.plaintext.ssl.keystore.type',
      'PKCS12',
    ),
    alter("a listener's SSL key for this broker", own, 'listener.name.plaintext.ssl.keystore.type', 'PKCS12'),
    alter("an unknown listener's SSL key", own, 'listener.name.nowhere.ssl.keystore.type', 'PKCS12'),
  ];
}

/** AlterReplicaLogDirs of one partition, to the side's own log dir unless a path is given. */
function logDirMoves(): WireCase[] {
  const moves: [what: string, topic: string, partition: number, path: string | null][] = [
    ['the dir the replica is in', TOPIC, 0, null],
    ['a dir that is no log dir', TOPIC, 0, '/wire-no-such-dir'],
    ['an unknown partition', TOPIC, 7, null],
    ['an unknown topic', UNKNOWN, 0, null],
  ];
  return moves.map(([what, name, partition, path]) => ({
    name: `AlterReplicaLogDirs: ${what}`,
    apiKey: 34,
    version: 'max',
    body: (ctx) => ({ dirs: [{ path: path ?? ctx.logDir, topics: [{ name, partitions: [partition] }] }] }),
  }));
}

/**
 * Two KIP-848 members sharing the topic's one partition: the first joins and owns it, a second joins (an empty
 * assignment while the first holds the partition), the first heartbeats owning it, the second heartbeats, the group
 * is described, the first leaves and the second gets the partition. Each request carries the epoch its side
 * answered last. Kafka 4.4 computes a group's target assignment at most once per
 * `group.consumer.assignment.interval.ms` (1 s), Brook at every epoch bump: the requests that change the group
 * wait that second first, so both sides answer from a fresh assignment (within it Kafka's new member waits at the
 * previous epoch, "Assigning"; a timing, not an outcome, the comparison leaves out).
 */
function twoMemberGroup(): WireCase[] {
  const groupId = 'wire-two-members';
  const [first, second] = ['wire-first-0000000000000000000001', 'wire-second-000000000000000000002'];
  const answered = (ctx: SideContext, name: string) =>
    (ctx.answers.get(name) as P.ConsumerGroupHeartbeatResponse).memberEpoch;
  const FIRST_JOINS = 'ConsumerGroupHeartbeat (two members): the first joins';
  const SECOND_JOINS = 'ConsumerGroupHeartbeat (two members): the second joins';
  const FIRST_OWNS = 'ConsumerGroupHeartbeat (two members): the first heartbeats owning the partition';
  const heartbeat = (
    name: string,
    memberId: string,
    partial: (
      ctx: SideContext,
    ) => Partial<P.ConsumerGroupHeartbeatRequest> | Promise<Partial<P.ConsumerGroupHeartbeatRequest>>,
  ): WireCase =>
    coordinated(name, 68, async (ctx) => ({
      ...P.defaultConsumerGroupHeartbeatRequest(),
      groupId,
      memberId,
      ...(await partial(ctx)),
    }));
  const join = { memberEpoch: 0, rebalanceTimeoutMs: 30000, subscribedTopicNames: [TOPIC], topicPartitions: [] };
  const pastAssignmentInterval = () => new Promise((resolve) => setTimeout(resolve, 1100));
  const describe = (what: string): WireCase =>
    coordinated(`ConsumerGroupDescribe (two members): ${what}`, 69, () => ({
      groupIds: [groupId],
      includeAuthorizedOperations: false,
    }));
  return [
    heartbeat(FIRST_JOINS, first, () => join),
    heartbeat(SECOND_JOINS, second, async () => {
      await pastAssignmentInterval();
      return join;
    }),
    heartbeat(FIRST_OWNS, first, (ctx) => ({
      memberEpoch: answered(ctx, FIRST_JOINS),
      topicPartitions: [{ topicId: ctx.topicId, partitions: [0] }],
    })),
    heartbeat('ConsumerGroupHeartbeat (two members): the second heartbeats, owning nothing', second, (ctx) => ({
      memberEpoch: answered(ctx, SECOND_JOINS),
      topicPartitions: [],
    })),
    describe('both members'),
    heartbeat('ConsumerGroupHeartbeat (two members): the first leaves', first, () => ({ memberEpoch: -1 })),
    heartbeat(
      'ConsumerGroupHeartbeat (two members): the second heartbeats after the first left',
      second,
      async (ctx) => {
        await pastAssignmentInterval();
        return { memberEpoch: answered(ctx, SECOND_JOINS), topicPartitions: [] };
      },
    ),
    describe('after the first left'),
  ];
}

/**
 * One KIP-848 member's life in a group of its own: it joins subscribed to the topic, heartbeats owning what it was
 * given, commits and fetches an offset as a member (and at a stale epoch), is described, and leaves. The member
 * names itself (v1); each request after the join uses the epoch that side answered.
 */
function consumerGroupMember(): WireCase[] {
  const groupId = 'wire-member-group';
  const memberId = 'wire-member-00000000000000000001';
  const JOIN = 'ConsumerGroupHeartbeat: a member joins, subscribed to the topic';
  const epoch = (ctx: SideContext) => (ctx.answers.get(JOIN) as P.ConsumerGroupHeartbeatResponse).memberEpoch;
  const heartbeat = (name: string, partial: (ctx: SideContext) => Partial<P.ConsumerGroupHeartbeatRequest>): WireCase =>
    coordinated(name, 68, (ctx) => ({
      ...P.defaultConsumerGroupHeartbeatRequest(),
      groupId,
      memberId,
      ...partial(ctx),
    }));
  const commitAt = (name: string, memberEpoch: (ctx: SideContext) => number, member = memberId): WireCase =>
    coordinated(name, 8, (ctx, version) => ({
      ...offsetCommit(groupId, [TOPIC], 0n)(ctx, version),
      generationIdOrMemberEpoch: memberEpoch(ctx),
      memberId: member,
    }));
  const describe = (name: string): WireCase =>
    coordinated(name, 69, () => ({ groupIds: [groupId], includeAuthorizedOperations: false }));
  return [
    heartbeat(JOIN, () => ({
      memberEpoch: 0,
      rebalanceTimeoutMs: 30000,
      subscribedTopicNames: [TOPIC],
      topicPartitions: [],
    })),
    heartbeat('ConsumerGroupHeartbeat: the member heartbeats, owning its assignment', (ctx) => ({
      memberEpoch: epoch(ctx),
      topicPartitions: [{ topicId: ctx.topicId, partitions: [0] }],
    })),
    heartbeat('ConsumerGroupHeartbeat: the member heartbeats at an epoch ahead of the group', (ctx) => ({
      memberEpoch: epoch(ctx) + 5,
    })),
    commitAt('OffsetCommit: the member commits at its epoch', epoch),
    commitAt('OffsetCommit: the member commits at a stale epoch', (ctx) => epoch(ctx) - 1),
    commitAt('OffsetCommit: an unknown member of the group', epoch, 'wire-member-00000000000000000009'),
    coordinated('OffsetFetch: the member fetches at its epoch', 9, (ctx, version) => {
      const request = offsetFetch(groupId, [TOPIC])(ctx, version);
      request.groups[0] = { ...request.groups[0]!, memberId, memberEpoch: epoch(ctx) };
      return request;
    }),
    describe('ConsumerGroupDescribe: the group with its member'),
    coordinated('DescribeGroups: a KIP-848 group', 15, () => ({
      ...P.defaultDescribeGroupsRequest(),
      groups: [groupId],
    })),
    heartbeat('ConsumerGroupHeartbeat: the member leaves', () => ({ memberEpoch: -1 })),
    describe('ConsumerGroupDescribe: the group its member left'),
  ];
}

/**
 * A share group's one member (KIP-932; its id is its own, as the Java client makes up a Uuid): refused joins (no
 * topics, an empty or too long member id), the join, a heartbeat ahead of the group, ShareGroupDescribe, the other
 * group APIs on the share group's id, share sessions (ShareFetch opening one, a wrong epoch, acknowledgements on a
 * session's first request, ShareAcknowledge without a session or at epoch 0), DescribeShareGroupOffsets, the leave,
 * ListGroups of share groups, DeleteGroups.
 */
function shareGroupMember(): WireCase[] {
  const groupId = 'wire-share-group';
  const memberId = 'wireShareMember0000001';
  const JOIN = 'ShareGroupHeartbeat: a member joins, subscribed to the topic';
  const epoch = (ctx: SideContext) => (ctx.answers.get(JOIN) as P.ShareGroupHeartbeatResponse).memberEpoch;
  const heartbeat = (name: string, partial: (ctx: SideContext) => Partial<P.ShareGroupHeartbeatRequest>): WireCase =>
    coordinated(name, 76, (ctx) => ({ ...P.defaultShareGroupHeartbeatRequest(), groupId, memberId, ...partial(ctx) }));
  const shareFetch = (name: string, partial: (ctx: SideContext) => Partial<P.ShareFetchRequest>): WireCase => ({
    name,
    apiKey: 78,
    version: 'max',
    body: (ctx) => ({
      ...P.defaultShareFetchRequest(),
      groupId,
      memberId,
      maxWaitMs: 0,
      minBytes: 1,
      maxRecords: 500,
      batchSize: 500,
      topics: [{ topicId: ctx.topicId, partitions: [{ partitionIndex: 0, acknowledgementBatches: [] }] }],
      ...partial(ctx),
    }),
  });
  const acknowledge = (name: string, partial: Partial<P.ShareAcknowledgeRequest>): WireCase => ({
    name,
    apiKey: 79,
    version: 'max',
    body: () => ({ ...P.defaultShareAcknowledgeRequest(), groupId, memberId, topics: [], ...partial }),
  });
  return [
    heartbeat('ShareGroupHeartbeat: a join without topics', () => ({ memberEpoch: 0, subscribedTopicNames: [] })),
    heartbeat('ShareGroupHeartbeat: a join with an empty member id', () => ({
      memberId: '',
      memberEpoch: 0,
      subscribedTopicNames: [TOPIC],
    })),
    heartbeat('ShareGroupHeartbeat: a join with a member id over 36 characters', () => ({
      memberId: 'x'.repeat(37),
      memberEpoch: 0,
      subscribedTopicNames: [TOPIC],
    })),
    heartbeat('ShareGroupHeartbeat: an unknown member past epoch 0', () => ({ memberEpoch: 3 })),
    heartbeat(JOIN, () => ({ memberEpoch: 0, subscribedTopicNames: [TOPIC] })),
    heartbeat('ShareGroupHeartbeat: the member heartbeats at an epoch ahead of the group', (ctx) => ({
      memberEpoch: epoch(ctx) + 5,
    })),
    coordinated('ShareGroupDescribe: the group with its member', 77, () => ({
      groupIds: [groupId, 'wire-no-such-share-group', ''],
      includeAuthorizedOperations: false,
    })),
    coordinated('JoinGroup: a classic member at the share group', 11, () => joinGroup(groupId)),
    coordinated('ConsumerGroupHeartbeat: a consumer at the share group', 68, () => ({
      ...P.defaultConsumerGroupHeartbeatRequest(),
      groupId,
      memberId: 'wire-member-00000000000000000077',
      memberEpoch: 0,
      rebalanceTimeoutMs: 30000,
      subscribedTopicNames: [TOPIC],
      topicPartitions: [],
    })),
    coordinated('DescribeGroups: a share group', 15, () => ({
      ...P.defaultDescribeGroupsRequest(),
      groups: [groupId],
    })),
    shareFetch("ShareFetch: acknowledgements on a session's first request", (ctx) => ({
      shareSessionEpoch: 0,
      topics: [
        {
          topicId: ctx.topicId,
          partitions: [
            { partitionIndex: 0, acknowledgementBatches: [{ firstOffset: 0n, lastOffset: 0n, acknowledgeTypes: [1] }] },
          ],
        },
      ],
    })),
    shareFetch('ShareFetch: a session epoch without a session', () => ({ shareSessionEpoch: 4 })),
    shareFetch('ShareFetch: an empty member id', () => ({ memberId: '', shareSessionEpoch: 0 })),
    {
      ...shareFetch('ShareFetch: the member opens its session on the empty topic', () => ({ shareSessionEpoch: 0 })),
      keepConnection: true,
    },
    shareFetch('ShareFetch: the session at a wrong epoch', () => ({ shareSessionEpoch: 7 })),
    shareFetch('ShareFetch: an unknown topic id in the session', () => ({
      shareSessionEpoch: 1,
      topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: [{ partitionIndex: 0, acknowledgementBatches: [] }] }],
    })),
    acknowledge('ShareAcknowledge: at epoch 0', { shareSessionEpoch: 0 }),
    acknowledge('ShareAcknowledge: a member without a session', {
      memberId: 'wireShareMember0000009',
      shareSessionEpoch: 1,
    }),
    acknowledge('ShareAcknowledge: the member closes its session', { shareSessionEpoch: -1 }),
    {
      name: 'DescribeShareGroupOffsets: the share group, every partition and one named',
      apiKey: 90,
      version: 'max',
      body: () => ({
        groups: [
          { groupId, topics: null },
          {
            groupId,
            topics: [
              { topicName: TOPIC, partitions: [0] },
              { topicName: 'wire-no-such-topic', partitions: [0] },
            ],
          },
        ],
      }),
    },
    {
      name: 'AlterShareGroupOffsets: the group still has its member',
      apiKey: 91,
      version: 'max',
      body: () => ({ groupId, topics: [{ topicName: TOPIC, partitions: [{ partitionIndex: 0, startOffset: 0n }] }] }),
    },
    heartbeat('ShareGroupHeartbeat: the member leaves', () => ({ memberEpoch: -1 })),
    coordinated('ListGroups: share groups', 16, () => ({ statesFilter: [], typesFilter: ['share'] })),
    coordinated('DeleteGroups: the share group its member left', 42, () => ({ groupsNames: [groupId] })),
  ];
}

/**
 * A streams group's member (KIP-1071): malformed joins, a join whose topology reads the topic and keeps a store (the
 * coordinator answers the store's changelog missing and the initial rebalance delay; the broker creates the changelog
 * behind it), a fenced epoch, the group seen by the other group APIs, a commit at a wrong epoch, the leave.
 */
function streamsGroupMember(): WireCase[] {
  const groupId = 'wire-streams-app';
  const memberId = 'wireStreamsMember00001';
  const JOIN = 'StreamsGroupHeartbeat: a member joins with a topology reading the topic, with a store';
  const epoch = (ctx: SideContext) => (ctx.answers.get(JOIN) as P.StreamsGroupHeartbeatResponse).memberEpoch;
  const subtopology = (partial: Partial<P.StreamsGroupHeartbeatRequestSubtopology> = {}) => ({
    ...P.defaultStreamsGroupHeartbeatRequestSubtopology(),
    subtopologyId: '0',
    sourceTopics: [TOPIC],
    stateChangelogTopics: [
      {
        name: `${groupId}-store-changelog`,
        partitions: 0,
        replicationFactor: 0,
        topicConfigs: [{ key: 'cleanup.policy', value: 'compact' }],
      },
    ],
    ...partial,
  });
  const join = (partial: Partial<P.StreamsGroupHeartbeatRequest> = {}): Partial<P.StreamsGroupHeartbeatRequest> => ({
    memberEpoch: 0,
    rebalanceTimeoutMs: 30000,
    processId: 'wire-process-1',
    activeTasks: [],
    standbyTasks: [],
    warmupTasks: [],
    topology: { epoch: 0, subtopologies: [subtopology()] },
    ...partial,
  });
  const heartbeat = (name: string, partial: (ctx: SideContext) => Partial<P.StreamsGroupHeartbeatRequest>): WireCase =>
    coordinated(name, 88, (ctx) => ({
      ...P.defaultStreamsGroupHeartbeatRequest(),
      groupId,
      memberId,
      ...partial(ctx),
    }));
  return [
    heartbeat('StreamsGroupHeartbeat: a join with an empty member id', () => join({ memberId: '' })),
    heartbeat('StreamsGroupHeartbeat: a join without a topology', () => join({ topology: null })),
    heartbeat('StreamsGroupHeartbeat: a join with owned tasks', () =>
      join({ activeTasks: [{ subtopologyId: '0', partitions: [0] }] }),
    ),
    heartbeat('StreamsGroupHeartbeat: a changelog with a partition count', () =>
      join({
        topology: {
          epoch: 0,
          subtopologies: [
            subtopology({
              stateChangelogTopics: [{ name: 'wire-cl', partitions: 3, replicationFactor: 0, topicConfigs: [] }],
            }),
          ],
        },
      }),
    ),
    heartbeat('StreamsGroupHeartbeat: a source topic regular expression', () =>
      join({ topology: { epoch: 0, subtopologies: [subtopology({ sourceTopicRegex: ['wire-.*'] })] } }),
    ),
    heartbeat('StreamsGroupHeartbeat: a topology reading __consumer_offsets', () =>
      join({ topology: { epoch: 0, subtopologies: [subtopology({ sourceTopics: ['__consumer_offsets'] })] } }),
    ),
    heartbeat('StreamsGroupHeartbeat: a member epoch below -2', () => ({ memberEpoch: -3 })),
    heartbeat('StreamsGroupHeartbeat: an unknown member past epoch 0', () => ({ memberEpoch: 2 })),
    heartbeat(JOIN, () => join()),
    heartbeat('StreamsGroupHeartbeat: the member heartbeats at an epoch ahead of the group', (ctx) => ({
      memberEpoch: epoch(ctx) + 5,
    })),
    heartbeat('StreamsGroupHeartbeat: a topology outside a join', (ctx) => ({
      memberEpoch: epoch(ctx),
      topology: { epoch: 0, subtopologies: [subtopology()] },
    })),
    coordinated('StreamsGroupDescribe: the group with its member', 89, () => ({
      ...P.defaultStreamsGroupDescribeRequest(),
      groupIds: [groupId, 'wire-no-such-streams-group', ''],
    })),
    coordinated('JoinGroup: a classic member at the streams group', 11, () => joinGroup(groupId)),
    coordinated('ConsumerGroupHeartbeat: a consumer at the streams group', 68, () => ({
      ...P.defaultConsumerGroupHeartbeatRequest(),
      groupId,
      memberId: 'wire-member-00000000000000000088',
      memberEpoch: 0,
      rebalanceTimeoutMs: 30000,
      subscribedTopicNames: [TOPIC],
      topicPartitions: [],
    })),
    coordinated('DescribeGroups: a streams group', 15, () => ({
      ...P.defaultDescribeGroupsRequest(),
      groups: [groupId],
    })),
    coordinated('OffsetCommit: the streams member at an epoch ahead of its own', 8, (ctx, version) => ({
      ...offsetCommit(groupId, [TOPIC], 0n)(ctx, version),
      generationIdOrMemberEpoch: epoch(ctx) + 3,
      memberId,
    })),
    coordinated('ListGroups: streams groups', 16, () => ({ statesFilter: [], typesFilter: ['streams'] })),
    heartbeat('StreamsGroupHeartbeat: the member leaves', () => ({ memberEpoch: -1 })),
    coordinated('DeleteGroups: the streams group its member left', 42, () => ({ groupsNames: [groupId] })),
  ];
}

/**
 * A classic group's one static member: it joins (a static member is given its id at once, no MEMBER_ID_REQUIRED
 * round), syncs as leader with its assignment, heartbeats, commits at its generation and at a stale one, is
 * described and listed, rejoins with its id unchanged (no rebalance for a static member that changed nothing),
 * and leaves by instance id. Each request after the join uses the member id and generation its side answered.
 */
function classicGroupMember(): WireCase[] {
  const groupId = 'wire-classic-group';
  const instanceId = 'wire-static-1';
  const JOIN = 'JoinGroup: a static member joins';
  const joined = (ctx: SideContext) => ctx.answers.get(JOIN) as P.JoinGroupResponse;
  const protocols = [{ name: 'range', metadata: Buffer.from([0, 1, 2, 3]) }];
  const join = (name: string, memberId: (ctx: SideContext) => string): WireCase =>
    coordinated(name, 11, (ctx) =>
      joinGroup(groupId, { memberId: memberId(ctx), groupInstanceId: instanceId, protocols }),
    );
  const commitAt = (name: string, generation: (ctx: SideContext) => number): WireCase =>
    coordinated(name, 8, (ctx, version) => ({
      ...offsetCommit(groupId, [TOPIC], 0n)(ctx, version),
      generationIdOrMemberEpoch: generation(ctx),
      memberId: joined(ctx).memberId,
      groupInstanceId: instanceId,
    }));
  return [
    join(JOIN, () => ''),
    coordinated('SyncGroup: the leader syncs its assignment', 14, (ctx) => ({
      ...P.defaultSyncGroupRequest(),
      groupId,
      generationId: joined(ctx).generationId,
      memberId: joined(ctx).memberId,
      groupInstanceId: instanceId,
      protocolType: 'consumer',
      protocolName: 'range',
      assignments: [{ memberId: joined(ctx).memberId, assignment: Buffer.from([9, 8, 7]) }],
    })),
    coordinated('Heartbeat: the member, at its generation', 12, (ctx) => ({
      ...P.defaultHeartbeatRequest(),
      groupId,
      generationId: joined(ctx).generationId,
      memberId: joined(ctx).memberId,
      groupInstanceId: instanceId,
    })),
    coordinated('Heartbeat: another member id with the same instance id', 12, (ctx) => ({
      ...P.defaultHeartbeatRequest(),
      groupId,
      generationId: joined(ctx).generationId,
      memberId: 'wire-someone-else',
      groupInstanceId: instanceId,
    })),
    commitAt('OffsetCommit: the classic member commits at its generation', (ctx) => joined(ctx).generationId),
    commitAt('OffsetCommit: the classic member commits at a later generation', (ctx) => joined(ctx).generationId + 1),
    coordinated('DescribeGroups: the stable classic group', 15, () => ({
      ...P.defaultDescribeGroupsRequest(),
      groups: [groupId],
    })),
    join('JoinGroup: the static member rejoins with its id', (ctx) => joined(ctx).memberId),
    coordinated('LeaveGroup: the static member leaves by instance id', 13, () => ({
      ...P.defaultLeaveGroupRequest(),
      groupId,
      members: [{ ...P.defaultLeaveGroupRequestMemberIdentity(), memberId: '', groupInstanceId: instanceId }],
    })),
    coordinated('DescribeGroups: the classic group its member left', 15, () => ({
      ...P.defaultDescribeGroupsRequest(),
      groups: [groupId],
    })),
  ];
}

/**
 * Kafka writes a transaction's markers after answering EndTxn: until they are written the transaction is in
 * PrepareCommit / PrepareAbort and its next requests are answered CONCURRENT_TRANSACTIONS (51), which clients
 * retry. Those are retried here too, so both sides are compared once the markers are written.
 */
function transactionSettled(body: unknown): boolean {
  const text = JSON.stringify(body, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
  return coordinatorReady(body) && !/"errorCode":51\b/.test(text) && !/"transactionState":"Prepare/.test(text);
}

/**
 * One transaction of a TV2 producer (KIP-890: the produce adds the partition, EndTxn bumps the epoch): it starts,
 * writes a transactional batch, adds a group and commits an offset in it, commits, is described and listed, ends
 * again at its old epoch, and starts over. Kept last: it writes a record to the topic. Each request after
 * InitProducerId uses the producer id and epoch its side answered.
 */
function transaction(): WireCase[] {
  const transactionalId = 'wire-txn-flow';
  const groupId = 'wire-txn-group';
  const INIT = 'InitProducerId: a transactional producer';
  const END = 'EndTxn: the producer commits';
  const producer = (ctx: SideContext) => ctx.answers.get(INIT) as P.InitProducerIdResponse;
  const ids = (ctx: SideContext) => ({
    producerId: producer(ctx).producerId,
    producerEpoch: producer(ctx).producerEpoch,
  });
  const coordinated = (name: string, apiKey: number, body: NonNullable<WireCase['body']>): WireCase => ({
    name,
    settled: transactionSettled,
    apiKey,
    version: 'max',
    body,
  });
  const describe = (name: string) => coordinated(name, 65, () => ({ transactionalIds: [transactionalId] }));
  return [
    coordinated(INIT, 22, () => ({
      ...P.defaultInitProducerIdRequest(),
      transactionalId,
      transactionTimeoutMs: 60000,
    })),
    {
      name: 'Produce: a transactional batch of the producer (TV2 adds the partition)',
      apiKey: 0,
      version: 'max',
      body: (ctx, version) => ({
        ...produce({
          acks: -1,
          records: P.encodeRecordBatchSync({
            ...ids(ctx),
            baseSequence: 0,
            isTransactional: true,
            records: [{ key: null, value: Buffer.from('in a transaction'), timestamp: 1700000000000 }],
          }),
        })(ctx, version),
        transactionalId,
      }),
    },
    describe('DescribeTransactions: the ongoing transaction'),
    coordinated('AddOffsetsToTxn: the producer adds a group', 25, (ctx) => ({ transactionalId, ...ids(ctx), groupId })),
    coordinated('TxnOffsetCommit: the producer commits an offset in the transaction', 28, (ctx, version) => ({
      ...P.defaultTxnOffsetCommitRequest(),
      transactionalId,
      groupId,
      ...ids(ctx),
      topics: [
        {
          // v6 names the topic by id (KIP-516).
          ...topicKey(ctx, version, 6, TOPIC),
          partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: '' }],
        },
      ],
    })),
    coordinated(END, 26, (ctx) => ({ transactionalId, ...ids(ctx), committed: true })),
    describe('DescribeTransactions: the committed transaction'),
    coordinated('EndTxn: a commit again at the old epoch', 26, (ctx) => ({
      transactionalId,
      ...ids(ctx),
      committed: true,
    })),
    coordinated('EndTxn: an abort at the epoch the commit gave', 26, (ctx) => ({
      transactionalId,
      producerId: producer(ctx).producerId,
      producerEpoch: (ctx.answers.get(END) as P.EndTxnResponse).producerEpoch,
      committed: false,
    })),
    coordinated("ListTransactions: the flow's id", 66, () => ({
      ...P.defaultListTransactionsRequest(),
      transactionalIdPattern: 'wire-txn-.*',
    })),
    coordinated('OffsetFetch: the offset the transaction committed', 9, offsetFetch(groupId, [TOPIC])),
    coordinated('InitProducerId: the transactional producer starts over', 22, () => ({
      ...P.defaultInitProducerIdRequest(),
      transactionalId,
      transactionTimeoutMs: 60000,
    })),
  ];
}

/**
 * A KIP-227 fetch session on the topic: a full fetch opens it, an incremental one with nothing new, one at a
 * wrong epoch and one of an unknown session are answered, and epoch -1 closes it. The fetches read at the log end
 * (from the ListOffsets answer before), so no records (and no broker timestamps) are in the answers.
 */
function fetchSession(): WireCase[] {
  const OPEN = 'Fetch: a new fetch session (epoch 0)';
  const logEnd = (ctx: SideContext) =>
    (ctx.answers.get('ListOffsets: latest after the transaction') as P.ListOffsetsResponse).topics[0]!.partitions[0]!
      .offset;
  const session = (ctx: SideContext) => (ctx.answers.get(OPEN) as P.FetchResponse).sessionId;
  const at = (
    name: string,
    sessionId: (ctx: SideContext) => number,
    sessionEpoch: number,
    full: boolean,
  ): WireCase => ({
    name,
    apiKey: 1,
    version: 'max',
    body: (ctx) => {
      const request = fetch({ offset: logEnd(ctx) })(ctx);
      return { ...request, sessionId: sessionId(ctx), sessionEpoch, topics: full ? request.topics : [] };
    },
  });
  return [
    at(OPEN, () => 0, 0, true),
    at('Fetch: the session, nothing new (epoch 1)', session, 1, false),
    at('Fetch: the session at a wrong epoch', session, 5, false),
    at('Fetch: an unknown fetch session', () => 123456789, 1, false),
    at('Fetch: the session closed (epoch -1)', session, -1, true),
  ];
}

/**
 * A topic's life: created with a config, its configs changed incrementally (SET, APPEND, SUBTRACT, DELETE) and
 * described after each, given more partitions, described in Metadata, deleted by id, and gone.
 */
function topicLife(): WireCase[] {
  const name = 'wire-life';
  const CREATE = 'CreateTopics: a topic with a config';
  const topicId = (ctx: SideContext) => (ctx.answers.get(CREATE) as P.CreateTopicsResponse).topics[0]!.topicId;
  // Kafka's brokers describe a topic's configs from their metadata, a moment behind the controller: settled once
  // the values show what the step set.
  const configs = (what: string, expected: Record<string, string>): WireCase => ({
    name: `DescribeConfigs: the topic's overrides ${what}`,
    settled: showsValues(expected),
    apiKey: 32,
    version: 'max',
    body: () => ({
      ...P.defaultDescribeConfigsRequest(),
      includeSynonyms: true,
      resources: [
        { resourceType: 2, resourceName: name, configurationKeys: ['cleanup.policy', 'retention.ms', 'segment.ms'] },
      ],
    }),
  });
  const alter = (what: string, changes: Change[]): WireCase => ({
    name: `IncrementalAlterConfigs: ${what}`,
    apiKey: 44,
    version: 'max',
    body: incrementalAlterConfigs(2, name, changes),
  });
  const metadata = (what: string): WireCase => ({
    name: `Metadata: the topic ${what}`,
    apiKey: 3,
    version: 'max',
    body: () => ({
      ...P.defaultMetadataRequest(),
      allowAutoTopicCreation: false,
      topics: [{ ...P.defaultMetadataRequestMetadataRequestTopic(), name }],
    }),
    // Kafka elects the new partitions' leader a moment after answering.
    settled: (m: P.MetadataResponse) =>
      m.topics.every((t) => t.partitions.length === 3 && t.partitions.every((p) => p.leaderId !== -1)),
  });
  return [
    {
      name: CREATE,
      apiKey: 19,
      version: 'max',
      body: createTopics({ name, configs: [{ name: 'retention.ms', value: '3600000' }] }),
    },
    configs('after creation', { 'retention.ms': '3600000' }),
    alter('SET two keys, APPEND to a list', [
      ['segment.ms', 0, '600000'],
      ['retention.ms', 0, '7200000'],
      ['cleanup.policy', 2, 'compact'],
    ]),
    configs('after SET and APPEND', { 'segment.ms': '600000', 'cleanup.policy': 'delete,compact' }),
    alter('SUBTRACT from a list, DELETE a key', [
      ['cleanup.policy', 3, 'delete'],
      ['segment.ms', 1, null],
    ]),
    configs('after SUBTRACT and DELETE', { 'segment.ms': '604800000', 'cleanup.policy': 'compact' }),
    {
      name: 'CreatePartitions: the topic to 3',
      apiKey: 37,
      version: 'max',
      body: () => ({
        ...P.defaultCreatePartitionsRequest(),
        timeoutMs: 30000,
        validateOnly: false,
        topics: [{ name, count: 3, assignments: null }],
      }),
    },
    metadata('with 3 partitions'),
    {
      name: 'DeleteTopics: the topic, by id',
      apiKey: 20,
      version: 'max',
      body: (ctx) => ({
        ...P.defaultDeleteTopicsRequest(),
        timeoutMs: 30000,
        topics: [{ name: null, topicId: topicId(ctx) }],
      }),
    },
    {
      ...metadata('once deleted'),
      // Gone once every broker's metadata says so.
      settled: (m: P.MetadataResponse) => m.topics[0]?.errorCode === 3,
    },
  ];
}

/**
 * ListConfigResources (KIP-1142; v1 unless given) asking `resourceTypes`; `listing` a resource [type, name]: Kafka's
 * brokers list it once the controller's record reached their metadata, a moment after the alter was answered.
 */
function listConfigResources(
  what: string,
  resourceTypes: number[],
  listing?: [resourceType: number, resourceName: string],
  version = 1,
): WireCase {
  return {
    name: `ListConfigResources${version === 1 ? '' : ` v${version}`}: ${what}`,
    apiKey: 74,
    version,
    body: () => ({ resourceTypes }),
    settled: (r: P.ListConfigResourcesResponse) =>
      listing === undefined ||
      r.configResources.some((c) => c.resourceType === listing[0] && c.resourceName === listing[1]),
  };
}

/**
 * A consumer group's own configs (ConfigResource GROUP, KIP-848's per-group session timeout and heartbeat
 * interval): described before any is set, set, refused (unknown key, out of the broker's range, not a number, no
 * group name), described with a key filter, one deleted, described again.
 * The group need not exist.
 */
function groupConfigLife(): WireCase[] {
  const GROUP = 32;
  const group = 'wire-configured-group';
  const describe = (what: string, expected: Record<string, string>, resourceName = group): WireCase => ({
    name: `DescribeConfigs: a group's configs ${what}`,
    // Kafka's brokers describe from their metadata, a moment behind the controller.
    settled: showsValues(expected),
    apiKey: 32,
    version: 'max',
    body: describeConfigs(GROUP, resourceName, what.includes('filter') ? ['consumer.session.timeout.ms'] : null),
  });
  const alter = (what: string, changes: Change[], resourceName = group): WireCase => ({
    name: `IncrementalAlterConfigs: a group's ${what}`,
    apiKey: 44,
    version: 'max',
    body: incrementalAlterConfigs(GROUP, resourceName, changes),
  });
  return [
    describe('before any is set', {}),
    alter('session timeout and heartbeat interval set', [
      ['consumer.session.timeout.ms', 0, '50000'],
      ['consumer.heartbeat.interval.ms', 0, '6000'],
    ]),
    describe('once set', { 'consumer.session.timeout.ms': '50000' }),
    describe('once set, with a key filter', { 'consumer.session.timeout.ms': '50000' }),
    listConfigResources('groups, brokers and broker loggers', [GROUP, 4, 8], [GROUP, group]),
    listConfigResources('a type it does not list', [GROUP, 99]),
    alter('unknown key', [['consumer.no.such.key', 0, '1']]),
    alter('session timeout below the broker minimum', [['consumer.session.timeout.ms', 0, '1000']]),
    alter('heartbeat interval above the broker maximum', [['consumer.heartbeat.interval.ms', 0, '60000']]),
    alter('session timeout not a number', [['consumer.session.timeout.ms', 0, 'soon']]),
    alter('APPEND to a number', [['consumer.session.timeout.ms', 2, '1']]),
    alter('configs without a group name', [['consumer.session.timeout.ms', 0, '50000']], ''),
    describe('without a group name', {}, ''),
    alter('heartbeat interval deleted', [['consumer.heartbeat.interval.ms', 1, null]]),
    describe('after the delete', { 'consumer.heartbeat.interval.ms': '5000' }),
    {
      name: "AlterConfigs: a group's whole set (legacy)",
      apiKey: 33,
      version: 'max',
      body: () => ({
        validateOnly: true,
        resources: [
          {
            resourceType: GROUP,
            resourceName: group,
            configs: [{ name: 'consumer.session.timeout.ms', value: '55000' }],
          },
        ],
      }),
    },
  ];
}

/**
 * A client metrics subscription (ConfigResource CLIENT_METRICS, KIP-714; the subscription need not exist):
 * described before any is set, set, listed (ListConfigResources v0 and v1, every type), refused (unknown key,
 * interval out of range or not a number, a match on an unknown property or with a pattern that does not compile,
 * APPEND to a number or to a list, no name), set with a value twice, one key deleted, described again.
 */
function clientMetricsConfigLife(): WireCase[] {
  const CLIENT_METRICS = 16;
  const subscription = 'wire-subscription';
  const describe = (what: string, expected: Record<string, string>, resourceName = subscription): WireCase => ({
    name: `DescribeConfigs: a client metrics subscription ${what}`,
    settled: showsValues(expected),
    apiKey: 32,
    version: 'max',
    body: describeConfigs(CLIENT_METRICS, resourceName, null),
  });
  const alter = (what: string, changes: Change[], resourceName = subscription): WireCase => ({
    name: `IncrementalAlterConfigs: a client metrics subscription's ${what}`,
    apiKey: 44,
    version: 'max',
    body: incrementalAlterConfigs(CLIENT_METRICS, resourceName, changes),
  });
  const listed: [number, string] = [CLIENT_METRICS, subscription];
  return [
    describe('before any is set', {}),
    alter('metrics, interval and match set', [
      ['metrics', 0, 'org.apache.kafka.producer.'],
      ['interval.ms', 0, '1000'],
      ['match', 0, 'client_id=wire-.*,client_software_name=apache-kafka-java'],
    ]),
    describe('once set', { 'interval.ms': '1000' }),
    listConfigResources('client metrics subscriptions', [], listed, 0),
    listConfigResources('groups, client metrics, brokers and broker loggers', [32, CLIENT_METRICS, 4, 8], listed),
    listConfigResources('every type (none named)', [], listed),
    alter('unknown key', [['no.such.key', 0, '1']]),
    alter('interval below 100 ms', [['interval.ms', 0, '50']]),
    alter('interval not a number', [['interval.ms', 0, 'soon']]),
    alter('match on an unknown property', [['match', 0, 'client_color=blue']]),
    alter('match without a pattern', [['match', 0, 'client_id']]),
    alter('match with a pattern that does not compile', [['match', 0, 'client_id=wire-[']]),
    alter('APPEND to the interval', [['interval.ms', 2, '1']]),
    alter('configs without a name', [['interval.ms', 0, '1000']], ''),
    describe('without a name', {}, ''),
    alter('APPEND to the metrics', [['metrics', 2, 'org.apache.kafka.consumer.']]),
    alter('metrics with a prefix twice', [['metrics', 0, 'org.apache.kafka.,org.apache.kafka.']]),
    describe('with a prefix given twice', { metrics: 'org.apache.kafka.' }),
    alter('match deleted', [['match', 1, null]]),
    describe('after the delete', { match: '' }),
    {
      name: "AlterConfigs: a client metrics subscription's whole set (legacy)",
      apiKey: 33,
      version: 'max',
      body: () => ({
        validateOnly: true,
        resources: [
          {
            resourceType: CLIENT_METRICS,
            resourceName: subscription,
            configs: [{ name: 'interval.ms', value: '2000' }],
          },
        ],
      }),
    },
  ];
}

/** A client quota and a SCRAM credential set, described, removed and described again. */
function quotaAndCredentialLife(): WireCase[] {
  const entity = [{ entityType: 'user', entityName: 'wire-user' }];
  const quota = (what: string, value: number, remove: boolean): WireCase => ({
    name: `AlterClientQuotas: ${what}`,
    apiKey: 49,
    version: 'max',
    body: () => ({ validateOnly: false, entries: [{ entity, ops: [{ key: 'producer_byte_rate', value, remove }] }] }),
  });
  // Kafka's brokers see a quota once the controller's record reaches their metadata, a moment after answering.
  const quotas = (what: string, present: boolean): WireCase => ({
    name: `DescribeClientQuotas: the user's quota ${what}`,
    settled: (d: P.DescribeClientQuotasResponse) => (d.entries?.length ?? 0) > 0 === present,
    apiKey: 48,
    version: 'max',
    body: () => ({ components: [{ entityType: 'user', matchType: 0, match: 'wire-user' }], strict: false }),
  });
  // As quotas: Kafka's brokers describe credentials from their metadata, a moment behind the controller.
  const credentials = (what: string, mechanisms: number): WireCase => ({
    name: `DescribeUserScramCredentials: the user ${what}`,
    settled: (d: P.DescribeUserScramCredentialsResponse) => (d.results[0]?.credentialInfos.length ?? 0) === mechanisms,
    apiKey: 50,
    version: 'max',
    body: () => ({ users: [{ name: 'wire-user' }] }),
  });
  const scram = (what: string, body: () => unknown): WireCase => ({
    name: `AlterUserScramCredentials: ${what}`,
    apiKey: 51,
    version: 'max',
    body,
  });
  const upsert = (mechanism: number, iterations: number) => ({
    name: 'wire-user',
    mechanism,
    iterations,
    salt: Buffer.alloc(16, 3),
    saltedPassword: Buffer.alloc(mechanism === 1 ? 32 : 64, 4),
  });
  return [
    quota('set a user quota', 1024, false),
    quotas('once set', true),
    quota('remove it', 0, true),
    quotas('once removed', false),
    // One user twice in a request is refused, even for two mechanisms: one request each.
    scram('two mechanisms for a user in one request', () => ({
      deletions: [],
      upsertions: [upsert(1, 8192), upsert(2, 4096)],
    })),
    scram('SCRAM-SHA-256 for a user', () => ({ deletions: [], upsertions: [upsert(1, 8192)] })),
    credentials('with one mechanism', 1),
    // Not described with both: Kafka lists a user's mechanisms in the order of a HashMap keyed by an enum, which
    // follows the JVM's identity hash codes and changes from run to run.
    scram('SCRAM-SHA-512 for the same user', () => ({ deletions: [], upsertions: [upsert(2, 4096)] })),
    scram('delete one', () => ({ deletions: [{ name: 'wire-user', mechanism: 2 }], upsertions: [] })),
    credentials('with the other one left', 1),
    scram('delete the other', () => ({ deletions: [{ name: 'wire-user', mechanism: 1 }], upsertions: [] })),
    credentials('with none left', 0),
  ];
}

/**
 * Records as each broker stores and serves them: a batch of three keyed records with headers (and a gzip one)
 * produced to a topic of their own, fetched from its first offset and from the middle of a batch, and found by
 * timestamp. The stored batches carry the leader's epoch and fixed timestamps, so the bytes compare as they are.
 */
function recordsRoundTrip(): WireCase[] {
  const name = 'wire-records';
  const CREATE = 'CreateTopics: a topic for records';
  const batch = (compression: P.CompressionCodec) =>
    P.encodeRecordBatch({
      compression,
      records: [0, 1, 2].map((i) => ({
        key: Buffer.from(`key-${i}`),
        value: Buffer.from(`value-${i}`.repeat(20)),
        timestamp: 1700000000000 + i,
        headers: [{ key: 'h', value: Buffer.from(String(i)) }],
      })),
    });
  const topic = (ctx: SideContext) => (ctx.answers.get(CREATE) as P.CreateTopicsResponse).topics[0]!.topicId;
  const produceBatch = (what: string, compression: P.CompressionCodec): WireCase => ({
    name: `Produce: ${what}`,
    apiKey: 0,
    version: 'max',
    body: async (ctx) => ({
      ...P.defaultProduceRequest(),
      acks: -1,
      timeoutMs: 30000,
      topicData: [{ name: '', topicId: topic(ctx), partitionData: [{ index: 0, records: await batch(compression) }] }],
    }),
  });
  const fetchAt = (what: string, offset: bigint): WireCase => ({
    name: `Fetch: the records topic ${what}`,
    apiKey: 1,
    version: 'max',
    body: (ctx) => {
      const request = fetch({ offset })(ctx);
      request.topics[0] = { ...request.topics[0]!, topic: name, topicId: topic(ctx) };
      return request;
    },
  });
  return [
    { name: CREATE, apiKey: 19, version: 'max', body: createTopics({ name }) },
    produceBatch('three keyed records with headers', P.CompressionCodec.None),
    produceBatch('the same records, gzip', P.CompressionCodec.Gzip),
    fetchAt('from its first offset', 0n),
    fetchAt('from the middle of the first batch', 1n),
    fetchAt('from the gzip batch', 3n),
    {
      name: 'ListOffsets: the records topic by a record timestamp',
      apiKey: 2,
      version: 'max',
      body: () => {
        const request = listOffsets(1700000000001n)();
        request.topics[0] = { ...request.topics[0]!, name };
        return request;
      },
    },
  ];
}

/** KIP-848 heartbeats a first join would be refused for, each on its own (the messages name the first problem). */
function consumerGroupHeartbeats(): WireCase[] {
  const join = (partial: Partial<P.ConsumerGroupHeartbeatRequest>) => () => ({
    ...P.defaultConsumerGroupHeartbeatRequest(),
    groupId: 'wire-cgh',
    memberId: 'wire-member-0000000001',
    memberEpoch: 0,
    rebalanceTimeoutMs: 30000,
    subscribedTopicNames: [TOPIC],
    topicPartitions: [],
    ...partial,
  });
  const heartbeat = (name: string, partial: Partial<P.ConsumerGroupHeartbeatRequest>): WireCase =>
    coordinated(`ConsumerGroupHeartbeat: ${name}`, 68, join(partial));
  return [
    heartbeat('an empty member id', { memberId: '' }),
    heartbeat('an empty group id', { groupId: '' }),
    heartbeat('no rebalance timeout in the first request', { rebalanceTimeoutMs: -1 }),
    heartbeat('no subscription in the first request', { subscribedTopicNames: null }),
    heartbeat('no owned partitions in the first request', { topicPartitions: null }),
    heartbeat('an unknown server assignor', { serverAssignor: 'wire-assignor' }),
    heartbeat('a regex that does not compile', { subscribedTopicNames: null, subscribedTopicRegex: 'wire-(' }),
    heartbeat('an unknown member past epoch 0', { memberEpoch: 5, memberId: 'wire-nobody-000000000001' }),
    heartbeat('a negative epoch other than -1 and -2', { memberEpoch: -3 }),
    heartbeat('an unknown member leaving', { memberEpoch: -1, memberId: 'wire-nobody-000000000001' }),
  ];
}
