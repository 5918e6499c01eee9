import assert from 'node:assert/strict';
import {
  type CreateTopicsResponse,
  type DeleteTopicsResponse,
  type DescribeClusterResponse,
  type DescribeLogDirsResponse,
  defaultFetchRequest,
  defaultMetadataRequest,
  type FetchRequest,
  type FetchResponse,
  type IncrementalAlterConfigsResponse,
  type ListOffsetsResponse,
  type MetadataResponse,
  type OffsetForLeaderEpochResponse,
  type ProduceResponse,
} from '../../protocol/generated';
import {
  CompressionCodec,
  decodeRecordSet as decodeAny,
  decodeMessageSet,
  encodeMessageSet,
  encodeRecordBatch,
} from '../../protocol/records';
import type { RecordBatch } from '../../protocol/records/types';
import { ErrorCode } from '../../src/errors';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from './wire-client';

const ZERO = 'AAAAAAAAAAAAAAAAAAAAAA';
/** Fetch v18's HighWatermark when the fetcher does not send one (the schema's default). */
const MAX_INT64 = 9223372036854775807n;

/** Decodes a Fetch `records` blob that must hold v2 batches only. */
async function decodeRecordSet(blob: Buffer): Promise<{ batches: RecordBatch[] }> {
  const decoded = await decodeAny(blob);
  assert.equal(decoded.error, null);
  const batches = decoded.batches.filter((b): b is RecordBatch => 'records' in b);
  assert.equal(batches.length, decoded.batches.length, 'only v2 batches');
  return { batches };
}

function fetchPartition(partition: number, fetchOffset: bigint, partitionMaxBytes = 1 << 20) {
  return {
    partition,
    currentLeaderEpoch: -1,
    fetchOffset,
    lastFetchedEpoch: -1,
    logStartOffset: -1n,
    partitionMaxBytes,
    replicaDirectoryId: ZERO,
    highWatermark: MAX_INT64,
  };
}

function fetchRequest(topics: FetchRequest['topics'], extra: Partial<FetchRequest> = {}): FetchRequest {
  return { ...defaultFetchRequest(), replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 24, topics, ...extra };
}

async function batchOf(values: string[], compression = CompressionCodec.None): Promise<Buffer> {
  const now = Date.now();
  return encodeRecordBatch({
    compression,
    records: values.map((v, i) => ({ timestamp: now + i, key: Buffer.from(`k${i}`), value: Buffer.from(v) })),
  });
}

/** Per-API behaviour over the raw protocol, for versions and cases no installed client exercises. */
describe('broker APIs (raw protocol)', function () {
  this.timeout(20000);
  let broker: TestBroker;
  let c: WireClient;

  before(async () => {
    broker = await startBroker({ config: { 'num.partitions': 2 } });
  });
  beforeEach(async () => {
    c = await WireClient.connect(broker.port);
  });
  afterEach(() => c.close());
  after(async () => {
    await broker?.stop();
  });

  async function createTopic(name: string, partitions: number, configs: { name: string; value: string }[] = []) {
    c.send(19, 7, {
      topics: [{ name, numPartitions: partitions, replicationFactor: 1, assignments: [], configs }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    return (await c.nextResponse<CreateTopicsResponse>(19, 7)).body.topics[0]!;
  }

  async function produce(version: number, topic: string, partition: number, records: Buffer) {
    c.send(0, version, {
      transactionalId: null,
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: topic, partitionData: [{ index: partition, records }] }],
    });
    return (await c.nextResponse<ProduceResponse>(0, version)).body.responses[0]!.partitionResponses[0]!;
  }

  it('Metadata: all topics (v0 empty list, v1+ null), auto-creation with num.partitions, unknown and invalid names, topic ids', async () => {
    await createTopic('meta-a', 3);
    c.send(3, 0, { ...defaultMetadataRequest(), topics: [] });
    const v0 = (await c.nextResponse<MetadataResponse>(3, 0)).body;
    assert.ok(v0.topics.some((t) => t.name === 'meta-a' && t.partitions.length === 3));
    assert.equal(v0.brokers[0]!.port, broker.port);
    c.send(3, 12, {
      ...defaultMetadataRequest(),
      topics: [
        { topicId: ZERO, name: 'auto-made' },
        { topicId: ZERO, name: 'bad/name' },
      ],
      allowAutoTopicCreation: true,
    });
    const v12 = (await c.nextResponse<MetadataResponse>(3, 12)).body;
    assert.equal(v12.clusterId, broker.clusterId);
    assert.equal(v12.topics[0]!.errorCode, ErrorCode.None);
    assert.equal(v12.topics[0]!.partitions.length, 2);
    assert.notEqual(v12.topics[0]!.topicId, ZERO);
    assert.equal(v12.topics[1]!.errorCode, ErrorCode.InvalidTopicException);
    assert.equal(v12.topics[0]!.topicAuthorizedOperations, -2147483648); // not asked for
    c.send(3, 10, {
      ...defaultMetadataRequest(),
      topics: [{ topicId: ZERO, name: 'meta-a' }],
      includeClusterAuthorizedOperations: true,
      includeTopicAuthorizedOperations: true,
    });
    const withOps = (await c.nextResponse<MetadataResponse>(3, 10)).body;
    assert.equal(withOps.topics[0]!.topicAuthorizedOperations, 0b110111111000); // READ..DESCRIBE, DESCRIBE/ALTER_CONFIGS
    assert.ok(withOps.clusterAuthorizedOperations > 0);
    c.send(3, 12, {
      ...defaultMetadataRequest(),
      topics: [{ topicId: ZERO, name: 'not-auto' }],
      allowAutoTopicCreation: false,
    });
    assert.equal(
      (await c.nextResponse<MetadataResponse>(3, 12)).body.topics[0]!.errorCode,
      ErrorCode.UnknownTopicOrPartition,
    );
    c.send(3, 12, { ...defaultMetadataRequest(), topics: [{ topicId: v12.topics[0]!.topicId, name: null }] });
    assert.equal((await c.nextResponse<MetadataResponse>(3, 12)).body.topics[0]!.name, 'auto-made');
    c.send(3, 12, { ...defaultMetadataRequest(), topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', name: null }] });
    assert.equal((await c.nextResponse<MetadataResponse>(3, 12)).body.topics[0]!.errorCode, ErrorCode.UnknownTopicId);
  });

  it('CreateTopics: validate-only, Kafka error codes, configs in the v5+ answer', async () => {
    c.send(19, 7, {
      topics: [
        {
          name: 'ct-valid',
          numPartitions: 2,
          replicationFactor: 1,
          assignments: [],
          configs: [{ name: 'cleanup.policy', value: 'compact' }],
        },
        { name: 'ct-rf', numPartitions: 1, replicationFactor: 3, assignments: [], configs: [] },
        { name: 'ct-parts', numPartitions: 0, replicationFactor: 1, assignments: [], configs: [] },
        {
          name: 'ct-config',
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [{ name: 'retention.ms', value: 'soon' }],
        },
        {
          name: 'ct-unknown-config',
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [{ name: 'nope', value: '1' }],
        },
        { name: 'a'.repeat(250), numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
      ],
      timeoutMs: 5000,
      validateOnly: true,
    });
    const topics = (await c.nextResponse<CreateTopicsResponse>(19, 7)).body.topics;
    assert.deepEqual(
      topics.map((t) => t.errorCode),
      [
        ErrorCode.None,
        ErrorCode.InvalidReplicationFactor,
        ErrorCode.InvalidPartitions,
        ErrorCode.InvalidConfig,
        ErrorCode.InvalidConfig,
        ErrorCode.InvalidTopicException,
      ],
    );
    assert.equal(topics[0]!.numPartitions, 2);
    assert.equal(topics[0]!.configs!.find((x) => x.name === 'cleanup.policy')!.value, 'compact');
    // validate-only created nothing
    assert.equal((await createTopic('ct-valid', 1)).errorCode, ErrorCode.None);
    assert.equal((await createTopic('ct-valid', 1)).errorCode, ErrorCode.TopicAlreadyExists);
    assert.equal((await createTopic('ct_dot', 1)).errorCode, ErrorCode.None);
    assert.equal((await createTopic('ct.dot', 1)).errorCode, ErrorCode.InvalidTopicException); // '.' and '_' collide
  });

  it('Produce v0-2 message sets are up-converted; Fetch v0-3 gets message sets back; v4+ gets v2 batches', async () => {
    await createTopic('legacy', 1);
    const v0set = await encodeMessageSet({
      magic: 0,
      messages: [{ key: Buffer.from('a'), value: Buffer.from('zero') }],
    });
    assert.equal((await produce(0, 'legacy', 0, v0set)).errorCode, ErrorCode.None);
    const v1set = await encodeMessageSet({
      magic: 1,
      compression: CompressionCodec.Gzip,
      messages: [
        { key: null, value: Buffer.from('one'), timestamp: 1000 },
        { key: Buffer.from('b'), value: null, timestamp: 2000 },
      ],
    });
    assert.equal((await produce(2, 'legacy', 0, v1set)).baseOffset, 1n);
    for (const [version, magic] of [
      [0, 0],
      [2, 1],
    ] as const) {
      c.send(1, version, fetchRequest([{ topic: 'legacy', topicId: ZERO, partitions: [fetchPartition(0, 0n)] }]));
      const records = (await c.nextResponse<FetchResponse>(1, version)).body.responses[0]!.partitions[0]!.records!;
      const decoded = await decodeMessageSet(records);
      assert.equal(decoded.error, null);
      assert.deepEqual(
        decoded.messages.map((m) => [m.offset, m.magic, m.value?.toString() ?? null]),
        [
          [0n, magic, 'zero'],
          [1n, magic, 'one'],
          [2n, magic, null],
        ],
      );
    }
    c.send(1, 4, fetchRequest([{ topic: 'legacy', topicId: ZERO, partitions: [fetchPartition(0, 1n)] }]));
    const v2 = await decodeRecordSet(
      (await c.nextResponse<FetchResponse>(1, 4)).body.responses[0]!.partitions[0]!.records!,
    );
    assert.ok(v2.batches.length >= 1);
  });

  it('Fetch: zstd is served from v4 (as Kafka 4 does) but not down-converted, byte limits return at least one batch, a batch before the offset is returned whole', async () => {
    await createTopic('limits', 1);
    await produce(7, 'limits', 0, await batchOf(['a', 'b', 'c', 'd']));
    await produce(7, 'limits', 0, await batchOf(['e'.repeat(5000)]));
    await produce(7, 'limits', 0, await batchOf(['z1', 'z2'], CompressionCodec.Zstd));
    // Offset 2 lies inside the first batch: the batch comes back from its start (offset 0).
    c.send(1, 11, fetchRequest([{ topic: 'limits', topicId: ZERO, partitions: [fetchPartition(0, 2n, 10)] }]));
    const small = (await c.nextResponse<FetchResponse>(1, 11)).body.responses[0]!.partitions[0]!;
    const smallSet = await decodeRecordSet(small.records!);
    assert.equal(smallSet.batches.length, 1, 'one whole batch despite a 10-byte limit (KIP-74)');
    assert.equal(smallSet.batches[0]!.baseOffset, 0n);
    // Response maxBytes caps the total across partitions but the first batch always comes.
    c.send(
      1,
      11,
      fetchRequest([{ topic: 'limits', topicId: ZERO, partitions: [fetchPartition(0, 4n)] }], { maxBytes: 100 }),
    );
    const capped = (await c.nextResponse<FetchResponse>(1, 11)).body.responses[0]!.partitions[0]!;
    assert.equal((await decodeRecordSet(capped.records!)).batches.length, 1);
    // Fetch v0-3 gets message sets, which have no zstd: Kafka 3's answer (Kafka 4 no longer serves v0-3).
    c.send(1, 3, fetchRequest([{ topic: 'limits', topicId: ZERO, partitions: [fetchPartition(0, 5n)] }]));
    assert.equal(
      (await c.nextResponse<FetchResponse>(1, 3)).body.responses[0]!.partitions[0]!.errorCode,
      ErrorCode.UnsupportedCompressionType,
    );
    // Fetch v4-9 gets the stored zstd batch, as from Kafka 4.4 (kafka-python 2.0 fetches with v4).
    c.send(1, 4, fetchRequest([{ topic: 'limits', topicId: ZERO, partitions: [fetchPartition(0, 5n)] }]));
    const zstdV4 = (await c.nextResponse<FetchResponse>(1, 4)).body.responses[0]!.partitions[0]!;
    assert.equal(zstdV4.errorCode, ErrorCode.None);
    assert.equal((await decodeRecordSet(zstdV4.records!)).batches[0]!.compression, CompressionCodec.Zstd);
    c.send(1, 12, fetchRequest([{ topic: 'limits', topicId: ZERO, partitions: [fetchPartition(0, 5n)] }]));
    const zstd = (await c.nextResponse<FetchResponse>(1, 12)).body.responses[0]!.partitions[0]!;
    assert.equal(zstd.errorCode, ErrorCode.None);
    assert.deepEqual(
      (await decodeRecordSet(zstd.records!)).batches[0]!.records.map((r) => r.value!.toString()),
      ['z1', 'z2'],
    );
    // Out of range offsets: a failed read knows no offsets (-1) and no aborted list (null), as Kafka's
    // ReplicaManager answers.
    c.send(1, 12, fetchRequest([{ topic: 'limits', topicId: ZERO, partitions: [fetchPartition(0, 99n)] }]));
    const outOfRange = (await c.nextResponse<FetchResponse>(1, 12)).body.responses[0]!.partitions[0]!;
    assert.deepEqual(
      [
        outOfRange.errorCode,
        outOfRange.highWatermark,
        outOfRange.lastStableOffset,
        outOfRange.logStartOffset,
        outOfRange.abortedTransactions,
      ],
      [ErrorCode.OffsetOutOfRange, -1n, -1n, -1n, null],
    );
    assert.equal(
      (await produce(3, 'limits', 0, await batchOf(['zz'], CompressionCodec.Zstd))).errorCode,
      ErrorCode.UnsupportedCompressionType,
    );
  });

  it('Fetch sessions (KIP-227): full then incremental fetches carry only partitions with news; bad ids and epochs are refused', async () => {
    await createTopic('sess', 2);
    await produce(7, 'sess', 0, await batchOf(['p0']));
    c.send(
      1,
      12,
      fetchRequest([{ topic: 'sess', topicId: ZERO, partitions: [fetchPartition(0, 0n), fetchPartition(1, 0n)] }], {
        sessionId: 0,
        sessionEpoch: 0,
      }),
    );
    const full = (await c.nextResponse<FetchResponse>(1, 12)).body;
    assert.ok(full.sessionId > 0);
    assert.equal(full.responses[0]!.partitions.length, 2);
    // The client consumed p0's record, so it sends p0's new position; nothing else changed: no partitions come back.
    c.send(
      1,
      12,
      fetchRequest([{ topic: 'sess', topicId: ZERO, partitions: [fetchPartition(0, 1n)] }], {
        sessionId: full.sessionId,
        sessionEpoch: 1,
      }),
    );
    const quiet = (await c.nextResponse<FetchResponse>(1, 12)).body;
    assert.equal(quiet.errorCode, ErrorCode.None);
    assert.equal(quiet.responses.length, 0);
    // New data on partition 1 only; the client sends only partition 0's new position.
    await produce(7, 'sess', 1, await batchOf(['p1']));
    c.send(
      1,
      12,
      fetchRequest([{ topic: 'sess', topicId: ZERO, partitions: [fetchPartition(0, 1n)] }], {
        sessionId: full.sessionId,
        sessionEpoch: 2,
      }),
    );
    const news = (await c.nextResponse<FetchResponse>(1, 12)).body;
    assert.deepEqual(
      news.responses.flatMap((t) => t.partitions.map((p) => p.partitionIndex)),
      [1],
    );
    c.send(1, 12, fetchRequest([], { sessionId: full.sessionId, sessionEpoch: 7 }));
    assert.equal((await c.nextResponse<FetchResponse>(1, 12)).body.errorCode, ErrorCode.InvalidFetchSessionEpoch);
    c.send(1, 12, fetchRequest([], { sessionId: 12345, sessionEpoch: 1 }));
    assert.equal((await c.nextResponse<FetchResponse>(1, 12)).body.errorCode, ErrorCode.FetchSessionIdNotFound);
  });

  it('Fetch v13+ addresses topics by id', async () => {
    const created = await createTopic('by-id', 1);
    await produce(9, 'by-id', 0, await batchOf(['x']));
    c.send(1, 13, fetchRequest([{ topic: '', topicId: created.topicId, partitions: [fetchPartition(0, 0n)] }]));
    const body = (await c.nextResponse<FetchResponse>(1, 13)).body;
    assert.equal(body.responses[0]!.topicId, created.topicId);
    assert.ok(body.responses[0]!.partitions[0]!.records!.length > 0);
    // read_committed: served up to the last stable offset, with the (empty) aborted transaction list.
    c.send(
      1,
      13,
      fetchRequest([{ topic: '', topicId: created.topicId, partitions: [fetchPartition(0, 0n)] }], {
        isolationLevel: 1,
      }),
    );
    const committed = (await c.nextResponse<FetchResponse>(1, 13)).body.responses[0]!.partitions[0]!;
    assert.deepEqual([committed.lastStableOffset, committed.abortedTransactions], [1n, []]);
    assert.ok(committed.records!.length > 0);
    c.send(
      1,
      13,
      fetchRequest([{ topic: '', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: [fetchPartition(0, 0n)] }]),
    );
    // Decided before any read (Kafka's FetchResponse.partitionResponse): offsets -1, aborted list empty.
    const unknown = (await c.nextResponse<FetchResponse>(1, 13)).body.responses[0]!.partitions[0]!;
    assert.deepEqual(
      [unknown.errorCode, unknown.highWatermark, unknown.logStartOffset, unknown.abortedTransactions],
      [ErrorCode.UnknownTopicId, -1n, -1n, []],
    );
  });

  it('ListOffsets v0, v1 and max timestamp (v7+); OffsetForLeaderEpoch; DescribeLogDirs; DescribeCluster', async () => {
    await createTopic('lo', 1);
    const now = Date.now();
    await produce(
      7,
      'lo',
      0,
      await encodeRecordBatch({
        records: [5, 9, 7].map((d, i) => ({ timestamp: now + d * 1000, key: null, value: Buffer.from(`${i}`) })),
      }),
    );
    const list = async (version: number, timestamp: bigint) => {
      c.send(2, version, {
        replicaId: -1,
        isolationLevel: 0,
        timeoutMs: 0,
        topics: [
          { name: 'lo', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp, maxNumOffsets: 1 }] },
        ],
      });
      return (await c.nextResponse<ListOffsetsResponse>(2, version)).body.topics[0]!.partitions[0]!;
    };
    assert.deepEqual((await list(0, -1n)).oldStyleOffsets, [3n]);
    assert.equal((await list(1, -2n)).offset, 0n);
    const max = await list(7, -3n);
    assert.equal(max.offset, 1n);
    assert.equal(max.timestamp, BigInt(now + 9000));
    assert.equal((await list(7, BigInt(now + 6000))).offset, 1n);
    assert.equal((await list(7, BigInt(now + 60000))).offset, -1n);
    c.send(23, 4, {
      replicaId: -1,
      topics: [{ topic: 'lo', partitions: [{ partition: 0, currentLeaderEpoch: 0, leaderEpoch: 0 }] }],
    });
    const epoch = (await c.nextResponse<OffsetForLeaderEpochResponse>(23, 4)).body.topics[0]!.partitions[0]!;
    assert.deepEqual([epoch.errorCode, epoch.leaderEpoch, epoch.endOffset], [0, 0, 3n]);
    c.send(35, 4, { topics: [{ topic: 'lo', partitions: [0] }] });
    const dirs = (await c.nextResponse<DescribeLogDirsResponse>(35, 4)).body.results[0]!;
    assert.ok(dirs.topics[0]!.partitions[0]!.partitionSize > 0n);
    assert.ok(dirs.totalBytes > 0n);
    c.send(60, 1, { includeClusterAuthorizedOperations: false, endpointType: 1, includeFencedBrokers: false });
    const cluster = (await c.nextResponse<DescribeClusterResponse>(60, 1)).body;
    assert.deepEqual(
      [cluster.clusterId, cluster.controllerId, cluster.brokers[0]!.port],
      [broker.clusterId, broker.nodeId, broker.port],
    );
  });

  it('fills in a missing batch max timestamp (sarama 1.22 sends -1) and answers v0 with segment offsets', async () => {
    await createTopic('no-max-ts', 1);
    const now = Date.now() - 60_000; // a minute old, so that v0 can tell the last write from the present
    const batch = await encodeRecordBatch({
      maxTimestamp: -1n,
      records: [3, 8, 5].map((d, i) => ({ timestamp: now + d, key: null, value: Buffer.from(`${i}`) })),
    });
    await produce(7, 'no-max-ts', 0, batch);
    const list = async (version: number, timestamp: bigint, maxNumOffsets = 1) => {
      c.send(2, version, {
        replicaId: -1,
        isolationLevel: 0,
        timeoutMs: 0,
        topics: [
          { name: 'no-max-ts', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp, maxNumOffsets }] },
        ],
      });
      return (await c.nextResponse<ListOffsetsResponse>(2, version)).body.topics[0]!.partitions[0]!;
    };
    const max = await list(7, -3n);
    assert.deepEqual([max.offset, max.timestamp], [1n, BigInt(now + 8)]);
    assert.equal((await list(7, BigInt(now + 4))).offset, 1n);
    // v0: a time after the last append lists the segment start, a time in the future the log end too.
    assert.deepEqual((await list(0, BigInt(now + 30_000), 5)).oldStyleOffsets, [0n]);
    assert.deepEqual((await list(0, BigInt(now + 3_600_000), 5)).oldStyleOffsets, [3n, 0n]);
    assert.deepEqual((await list(0, BigInt(now - 3_600_000), 5)).oldStyleOffsets, []);
  });

  it('IncrementalAlterConfigs: SET, DELETE, APPEND on list keys; refused for non-dynamic broker keys', async () => {
    await createTopic('inc', 1, [{ name: 'retention.ms', value: '1000' }]);
    c.send(44, 1, {
      resources: [
        {
          resourceType: 2,
          resourceName: 'inc',
          configs: [
            { name: 'retention.ms', configOperation: 1, value: null },
            { name: 'segment.bytes', configOperation: 0, value: '1048576' },
            { name: 'cleanup.policy', configOperation: 2, value: 'compact' },
          ],
        },
        {
          resourceType: 4,
          resourceName: String(broker.nodeId),
          configs: [{ name: 'num.partitions', configOperation: 0, value: '3' }],
        },
      ],
      validateOnly: false,
    });
    const results = (await c.nextResponse<IncrementalAlterConfigsResponse>(44, 1)).body.responses;
    assert.deepEqual(
      results.map((r) => r.errorCode),
      [ErrorCode.None, ErrorCode.InvalidRequest],
    );
    // The broker again in a request of its own: a request naming a resource twice is refused whole for it.
    c.send(44, 1, {
      resources: [
        {
          resourceType: 4,
          resourceName: String(broker.nodeId),
          configs: [{ name: 'message.max.bytes', configOperation: 0, value: '2000000' }],
        },
      ],
      validateOnly: false,
    });
    const dynamic = (await c.nextResponse<IncrementalAlterConfigsResponse>(44, 1)).body.responses;
    assert.deepEqual(
      dynamic.map((r) => r.errorCode),
      [ErrorCode.None],
    );
    const topic = broker.broker.topics.get('inc')!;
    assert.deepEqual(topic.configs, { 'segment.bytes': '1048576', 'cleanup.policy': 'delete,compact' });
    assert.equal(broker.broker.topics.configsOf(topic)['max.message.bytes'], '2000000');
    // Dynamic broker configs and topic overrides survive a restart.
    await broker.restart();
    assert.equal(broker.broker.config.raw('message.max.bytes'), '2000000');
    assert.deepEqual(broker.broker.topics.get('inc')!.configs, {
      'segment.bytes': '1048576',
      'cleanup.policy': 'delete,compact',
    });
  });

  it('DeleteTopics by name (v0-5) and by id (v6)', async () => {
    await createTopic('del-a', 1);
    const b = await createTopic('del-b', 1);
    c.send(20, 5, { topics: [], topicNames: ['del-a', 'del-missing'], timeoutMs: 5000 });
    assert.deepEqual(
      (await c.nextResponse<DeleteTopicsResponse>(20, 5)).body.responses.map((r) => r.errorCode),
      [ErrorCode.None, ErrorCode.UnknownTopicOrPartition],
    );
    c.send(20, 6, { topics: [{ name: null, topicId: b.topicId }], topicNames: [], timeoutMs: 5000 });
    const byId = (await c.nextResponse<DeleteTopicsResponse>(20, 6)).body.responses[0]!;
    assert.deepEqual([byId.errorCode, byId.name], [ErrorCode.None, 'del-b']);
    assert.equal(broker.broker.topics.get('del-b'), undefined);
  });

  it('recompresses into the topic compression.type; acks=-1 to one replica passes min.insync.replicas=2 as on Kafka 4.4', async () => {
    await createTopic('zipped', 1, [{ name: 'compression.type', value: 'gzip' }]);
    await produce(7, 'zipped', 0, await batchOf(['plain one', 'plain two'], CompressionCodec.Lz4));
    c.send(1, 11, fetchRequest([{ topic: 'zipped', topicId: ZERO, partitions: [fetchPartition(0, 0n)] }]));
    const { batches } = await decodeRecordSet(
      (await c.nextResponse<FetchResponse>(1, 11)).body.responses[0]!.partitions[0]!.records!,
    );
    assert.equal(batches[0]!.compression, CompressionCodec.Gzip);
    assert.deepEqual(
      batches[0]!.records.map((r) => [r.offset, r.key!.toString(), r.value!.toString()]),
      [
        [0n, 'k0', 'plain one'],
        [1n, 'k1', 'plain two'],
      ],
    );
    // Kafka's effectiveMinIsr: min.insync.replicas never counts more replicas than the partition has.
    await createTopic('isr', 1, [{ name: 'min.insync.replicas', value: '2' }]);
    assert.equal((await produce(7, 'isr', 0, await batchOf(['x']))).errorCode, ErrorCode.None);
    c.send(0, 7, {
      transactionalId: null,
      acks: 1,
      timeoutMs: 5000,
      topicData: [{ name: 'isr', partitionData: [{ index: 0, records: await batchOf(['y']) }] }],
    });
    assert.equal(
      (await c.nextResponse<ProduceResponse>(0, 7)).body.responses[0]!.partitionResponses[0]!.errorCode,
      ErrorCode.None,
    );
  });

  it('Fetch: the response budget is shared across partitions, and only the first may exceed its limit', async () => {
    await createTopic('multi', 3);
    for (const p of [0, 1, 2]) await produce(7, 'multi', p, await batchOf(['m'.repeat(5000)]));
    const all = [0, 1, 2].map((p) => fetchPartition(p, 0n));
    c.send(1, 11, fetchRequest([{ topic: 'multi', topicId: ZERO, partitions: all }], { maxBytes: 12000 }));
    const budget = (await c.nextResponse<FetchResponse>(1, 11)).body.responses[0]!.partitions;
    assert.deepEqual(
      budget.map((p) => p.records!.length > 0),
      [true, true, false],
    );
    const tiny = [0, 1, 2].map((p) => fetchPartition(p, 0n, 100));
    c.send(1, 11, fetchRequest([{ topic: 'multi', topicId: ZERO, partitions: tiny }]));
    const limited = (await c.nextResponse<FetchResponse>(1, 11)).body.responses[0]!.partitions;
    assert.deepEqual(
      limited.map((p) => p.records!.length > 0),
      [true, false, false],
    );
  });

  it('Produce errors carry a message only when they name records (Kafka: RecordValidationException); a record an hour ahead is refused', async () => {
    await createTopic('refusals', 1, [{ name: 'max.message.bytes', value: '200' }]);
    const tooLarge = await produce(9, 'refusals', 0, await batchOf(['x'.repeat(500)]));
    assert.deepEqual([tooLarge.errorCode, tooLarge.errorMessage], [ErrorCode.MessageTooLarge, null]);
    const corrupt = Buffer.from(await batchOf(['y']));
    corrupt[corrupt.length - 1]! ^= 0xff;
    const refused = await produce(9, 'refusals', 0, corrupt);
    assert.deepEqual([refused.errorCode, refused.errorMessage], [ErrorCode.CorruptMessage, null]);
    assert.equal(refused.logStartOffset, -1n, 'Kafka: no append info for a corrupt batch');
    // message.timestamp.after.max.ms is one hour by default (Kafka 4.0): a record two hours ahead is refused,
    // naming its records, with the partition's log start offset (Kafka's processFailedRecord).
    const later = await encodeRecordBatch({
      records: [{ timestamp: Date.now() + 7_200_000, key: null, value: Buffer.from('later') }],
    });
    const future = await produce(9, 'refusals', 0, later);
    assert.deepEqual(
      [future.errorCode, future.errorMessage, future.logStartOffset, future.recordErrors.length],
      [ErrorCode.InvalidTimestamp, 'One or more records have been rejected due to invalid timestamp', 0n, 1],
    );
  });

  it('stamps LogAppendTime when the topic asks for it', async () => {
    await createTopic('stamped', 1, [{ name: 'message.timestamp.type', value: 'LogAppendTime' }]);
    const before = Date.now();
    const appended = await produce(9, 'stamped', 0, await batchOf(['t']));
    assert.ok(appended.logAppendTimeMs >= BigInt(before), `logAppendTimeMs ${appended.logAppendTimeMs}`);
    c.send(1, 12, fetchRequest([{ topic: 'stamped', topicId: ZERO, partitions: [fetchPartition(0, 0n)] }]));
    const { batches } = await decodeRecordSet(
      (await c.nextResponse<FetchResponse>(1, 12)).body.responses[0]!.partitions[0]!.records!,
    );
    assert.equal(batches[0]!.timestampType, 1);
    assert.equal(batches[0]!.maxTimestamp, appended.logAppendTimeMs);
  });

  it('appends pipelined produce requests of one connection in arrival order, even when the first needs more work', async () => {
    await createTopic('ordered', 1);
    const legacy = await encodeMessageSet({
      magic: 1,
      compression: CompressionCodec.Gzip,
      messages: Array.from({ length: 50 }, (_, i) => ({
        key: null,
        value: Buffer.from(`legacy-${i}`),
        timestamp: Date.now(),
      })),
    });
    const modern = await batchOf(['modern']);
    const body = (records: Buffer) => ({
      transactionalId: null,
      acks: 1,
      timeoutMs: 5000,
      topicData: [{ name: 'ordered', partitionData: [{ index: 0, records }] }],
    });
    // Both frames in one write: the first is up-converted (asynchronous gzip work), the second is not.
    c.write(Buffer.concat([c.frame(0, 2, body(legacy), 801), c.frame(0, 7, body(modern), 802)]));
    const first = await c.nextResponse<ProduceResponse>(0, 2);
    const second = await c.nextResponse<ProduceResponse>(0, 7);
    assert.equal(first.correlationId, 801);
    assert.equal(first.body.responses[0]!.partitionResponses[0]!.baseOffset, 0n);
    assert.equal(second.body.responses[0]!.partitionResponses[0]!.baseOffset, 50n);
  });
});
