import assert from 'node:assert/strict';
import {
  ApiVersionsRequestCodec,
  ApiVersionsResponseCodec,
  defaultFetchResponsePartitionData,
  FetchRequestCodec,
  FetchResponseCodec,
  ConsumerGroupHeartbeatRequestCodec,
  CreateTopicsRequestCodec,
  FindCoordinatorRequestCodec,
  JoinGroupRequestCodec,
  type MessageCodec,
  MetadataRequestCodec,
  MetadataResponseCodec,
  ProduceRequestCodec,
  ProduceResponseCodec,
  Reader,
  Writer,
} from '../../../protocol';
import { encodeRecordBatchSync } from '../../../protocol/records';

/**
 * Cross-check of the flexible encodings (compact strings/arrays/records, tagged-field sections) against an
 * independent implementation: @platformatic/kafka's hand-written request writers and response parsers.
 * Its requests must decode with our codecs, and its parsers must read our responses.
 */
// biome-ignore lint/suspicious/noExplicitAny: the ESM package is loaded dynamically and untyped here
type Any = any;
let plt: Any;

function decodeAll<T>(codec: MessageCodec<T>, version: number, bytes: Buffer): T {
  const r = new Reader(bytes);
  const value = codec.decode(r, version);
  r.expectEnd();
  r.check(`${codec.name} v${version}`);
  return value;
}

function encode<T>(codec: MessageCodec<T>, version: number, value: T): Buffer {
  const w = new Writer();
  codec.encode(w, version, value);
  return Buffer.from(w.finish());
}

/** Our UUID (base64url) in the dashed hex form @platformatic/kafka reads and writes. */
const dashed = (uuid: string) =>
  Buffer.from(uuid, 'base64url')
    .toString('hex')
    .replace(/(.{8})(.{4})(.{4})(.{4})(.{12})/, '$1-$2-$3-$4-$5');

describe('generated codecs against @platformatic/kafka (independent flexible-version implementation)', () => {
  before(async function () {
    this.timeout(20_000);
    plt = await import('@platformatic/kafka');
  });

  it('ApiVersions v3: its request decodes; it parses our response', () => {
    const request = decodeAll(
      ApiVersionsRequestCodec,
      3,
      plt.apiVersionsV3.createRequest('brook-test', '1.2.3').buffer,
    );
    assert.deepEqual(request, {
      ...ApiVersionsRequestCodec.defaults(),
      clientSoftwareName: 'brook-test',
      clientSoftwareVersion: '1.2.3',
    });
    const response = {
      ...ApiVersionsResponseCodec.defaults(),
      apiKeys: [
        { apiKey: 0, minVersion: 0, maxVersion: 11 },
        { apiKey: 18, minVersion: 0, maxVersion: 4 },
      ],
      throttleTimeMs: 12,
      finalizedFeaturesEpoch: 3n,
      supportedFeatures: [{ name: 'metadata.version', minVersion: 1, maxVersion: 20 }],
    };
    const parsed = plt.apiVersionsV3.parseResponse(
      1,
      18,
      3,
      plt.Reader.from(encode(ApiVersionsResponseCodec, 3, response)),
    );
    assert.deepEqual(
      parsed.apiKeys.map((k: Any) => [k.apiKey, k.minVersion, k.maxVersion]),
      [
        [0, 0, 11],
        [18, 0, 4],
      ],
    );
    assert.equal(parsed.throttleTimeMs, 12);
  });

  it('Metadata v12: its request decodes; it parses our response', () => {
    const request = decodeAll(MetadataRequestCodec, 12, plt.metadataV12.createRequest(['a', 'bé'], true, false).buffer);
    assert.deepEqual(
      request.topics?.map((t) => t.name),
      ['a', 'bé'],
    );
    assert.equal(request.allowAutoTopicCreation, true);
    const topicId = Buffer.from('00112233445566778899aabbccddeeff', 'hex').toString('base64url');
    const response = {
      ...MetadataResponseCodec.defaults(),
      throttleTimeMs: 0,
      brokers: [{ nodeId: 1, host: '127.0.0.1', port: 9092, rack: null }],
      clusterId: 'brook-cluster',
      controllerId: 1,
      topics: [
        {
          errorCode: 0,
          name: 'orders',
          topicId,
          isInternal: false,
          partitions: [
            {
              errorCode: 0,
              partitionIndex: 0,
              leaderId: 1,
              leaderEpoch: 5,
              replicaNodes: [1],
              isrNodes: [1],
              offlineReplicas: [],
            },
          ],
          topicAuthorizedOperations: -2147483648,
        },
      ],
    };
    const parsed = plt.metadataV12.parseResponse(
      1,
      3,
      12,
      plt.Reader.from(encode(MetadataResponseCodec, 12, response)),
    );
    assert.deepEqual(parsed.brokers, [{ nodeId: 1, host: '127.0.0.1', port: 9092, rack: null }]);
    assert.equal(parsed.clusterId, 'brook-cluster');
    assert.equal(parsed.topics[0].name, 'orders');
    assert.equal(parsed.topics[0].topicId, dashed(topicId));
    assert.equal(parsed.topics[0].partitions[0].leaderEpoch, 5);
  });

  it('Produce v9: its request (with a real record batch) decodes; it parses our response', () => {
    const messages = [
      { topic: 'orders', partition: 2, key: Buffer.from('k'), value: Buffer.from('v1'), timestamp: 1000n },
      { topic: 'orders', partition: 2, key: null, value: Buffer.from('v2'), timestamp: 1001n },
    ];
    const bytes = plt.produceV9.createRequest(-1, 5000, messages, {}).buffer;
    const request = decodeAll(ProduceRequestCodec, 9, bytes);
    assert.equal(request.acks, -1);
    assert.equal(request.timeoutMs, 5000);
    const records = request.topicData[0]!.partitionData[0]!.records!;
    assert.equal(request.topicData[0]!.partitionData[0]!.index, 2);
    assert.equal(records[16], 2, 'magic 2');
    assert.equal(records.readInt32BE(57), 2, 'two records');
    const response = {
      ...ProduceResponseCodec.defaults(),
      responses: [
        {
          name: 'orders',
          topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
          partitionResponses: [
            {
              index: 2,
              errorCode: 0,
              baseOffset: 41n,
              logAppendTimeMs: -1n,
              logStartOffset: 0n,
              recordErrors: [],
              errorMessage: null,
              currentLeader: { leaderId: -1, leaderEpoch: -1 },
            },
          ],
        },
      ],
    };
    const parsed = plt.produceV9.parseResponse(1, 0, 9, plt.Reader.from(encode(ProduceResponseCodec, 9, response)));
    assert.equal(parsed.responses[0].partitionResponses[0].baseOffset, 41n);
  });

  it('Fetch v12: its request decodes; it parses our response with a record batch', () => {
    const bytes = plt.fetchV12.createRequest(
      500,
      1,
      1 << 20,
      0,
      0,
      -1,
      [
        {
          topicId: 'orders',
          partitions: [
            { partition: 0, currentLeaderEpoch: -1, fetchOffset: 7n, lastFetchedEpoch: -1, partitionMaxBytes: 65536 },
          ],
        },
      ],
      [],
      '',
    ).buffer;
    const request = decodeAll(FetchRequestCodec, 12, bytes);
    assert.equal(request.maxWaitMs, 500);
    assert.equal(request.topics[0]!.topic, 'orders');
    assert.equal(request.topics[0]!.partitions[0]!.fetchOffset, 7n);
    const batch = encodeRecordBatchSync({
      baseOffset: 7n,
      records: [{ key: Buffer.from('k'), value: Buffer.from('hello'), timestamp: 5000 }],
    });
    const response = FetchResponseCodec.defaults();
    response.responses.push({
      topic: 'orders',
      topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
      partitions: [
        {
          ...defaultFetchResponsePartitionData(),
          highWatermark: 8n,
          lastStableOffset: 8n,
          logStartOffset: 0n,
          abortedTransactions: null,
          records: batch,
        },
      ],
    });
    const parsed = plt.fetchV12.parseResponse(1, 1, 12, plt.Reader.from(encode(FetchResponseCodec, 12, response)));
    const partition = parsed.responses[0].partitions[0];
    assert.equal(parsed.responses[0].topicId, 'orders');
    assert.equal(partition.highWatermark, 8n);
    assert.equal(partition.records[0].records[0].value.toString(), 'hello');
  });

  it('more flexible requests decode and re-encode byte for byte: FindCoordinator v6, JoinGroup v9, ConsumerGroupHeartbeat v0, CreateTopics v7', () => {
    const check = <T>(codec: MessageCodec<T>, version: number, bytes: Buffer): T => {
      const value = decodeAll(codec, version, bytes);
      assert.equal(encode(codec, version, value).toString('hex'), bytes.toString('hex'), `${codec.name} v${version}`);
      return value;
    };
    const find = check(FindCoordinatorRequestCodec, 6, plt.findCoordinatorV6.createRequest(0, ['g1', 'g2']).buffer);
    assert.deepEqual(find.coordinatorKeys, ['g1', 'g2']);

    const metadata = Buffer.from([0, 3, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    const join = check(
      JoinGroupRequestCodec,
      9,
      plt.joinGroupV9.createRequest(
        'group',
        45000,
        300000,
        '',
        null,
        'consumer',
        [{ name: 'range', metadata }],
        'joining',
      ).buffer,
    );
    assert.equal(join.groupInstanceId, null);
    assert.deepEqual(join.protocols, [{ name: 'range', metadata }]);
    assert.equal(join.reason, 'joining');

    const topicId = Buffer.from('0123456789abcdef0123456789abcdef', 'hex').toString('base64url');
    const heartbeat = check(
      ConsumerGroupHeartbeatRequestCodec,
      0,
      plt.consumerGroupHeartbeatV0.createRequest('group', 'm-1', 3, null, null, 300000, ['orders'], null, 'uniform', [
        { topicId: dashed(topicId), partitions: [0, 2] },
      ]).buffer,
    );
    assert.deepEqual(heartbeat.topicPartitions, [{ topicId, partitions: [0, 2] }]);
    assert.equal(heartbeat.instanceId, null);

    const create = check(
      CreateTopicsRequestCodec,
      7,
      plt.createTopicsV7.createRequest(
        [
          {
            name: 'orders',
            numPartitions: 3,
            replicationFactor: 1,
            assignments: [],
            configs: [{ name: 'cleanup.policy', value: 'compact' }],
          },
        ],
        30000,
        false,
      ).buffer,
    );
    assert.deepEqual(create.topics[0]!.configs, [{ name: 'cleanup.policy', value: 'compact' }]);
  });
});
