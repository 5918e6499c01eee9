import assert from 'node:assert/strict';
import {
  type ApiVersionsResponse,
  type CreateTopicsResponse,
  defaultApiVersionsRequest,
  defaultListOffsetsRequest,
  defaultOffsetCommitRequest,
  defaultOffsetCommitRequestOffsetCommitRequestPartition,
  defaultOffsetFetchRequest,
  defaultOffsetFetchRequestOffsetFetchRequestGroup,
  defaultProduceRequest,
  defaultTxnOffsetCommitRequest,
  defaultTxnOffsetCommitRequestTxnOffsetCommitRequestPartition,
  type ListOffsetsResponse,
  type OffsetCommitResponse,
  type OffsetFetchResponse,
  type ProduceResponse,
  type TxnOffsetCommitResponse,
} from '../../protocol/generated';
import { encodeRecordBatch } from '../../protocol/records';
import { ErrorCode } from '../../src/errors';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from './wire-client';

/** An id no topic has. */
const UNKNOWN_ID = 'q2lTc2xHTSm9MR1hZ2NKYQ';

/**
 * Kafka 4.4's newest versions of the data path and the offsets APIs, over the raw protocol: the ones that name
 * topics by id instead of by name (Produce v13, OffsetCommit v10, OffsetFetch v10, TxnOffsetCommit v6), ApiVersions
 * v5 (KIP-1242) and ListOffsets v11 (KIP-1023). The Java client 4.4 uses them in the compat suites; the answers to
 * the same frames are compared with Kafka 4.4's in test/wire.
 */
describe('Kafka 4.4 versions: topics by id, ApiVersions v5, ListOffsets v11 (raw protocol)', function () {
  this.timeout(20000);
  let broker: TestBroker;
  let c: WireClient;
  let topicId: string;

  before(async () => {
    broker = await startBroker();
    c = await WireClient.connect(broker.port);
    c.send(19, 7, {
      topics: [{ name: 'by-id', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    topicId = (await c.nextResponse<CreateTopicsResponse>(19, 7)).body.topics[0]!.topicId;
  });
  after(async () => {
    c?.close();
    await broker?.stop();
  });

  async function produceV13(topics: { topicId: string; partition: number }[]) {
    const records = await encodeRecordBatch({
      records: [{ timestamp: Date.now(), key: null, value: Buffer.from('v') }],
    });
    c.send(0, 13, {
      ...defaultProduceRequest(),
      acks: -1,
      timeoutMs: 5000,
      topicData: topics.map((t) => ({
        name: '',
        topicId: t.topicId,
        partitionData: [{ index: t.partition, records }],
      })),
    });
    return (await c.nextResponse<ProduceResponse>(0, 13)).body.responses;
  }

  it('Produce v13 appends to the topic its id names and answers by id; an unknown id is UNKNOWN_TOPIC_ID', async () => {
    const [known, unknown] = await produceV13([
      { topicId, partition: 1 },
      { topicId: UNKNOWN_ID, partition: 0 },
    ]);
    assert.deepEqual([known!.topicId, known!.name], [topicId, '']);
    assert.deepEqual(
      [known!.partitionResponses[0]!.index, known!.partitionResponses[0]!.errorCode],
      [1, ErrorCode.None],
    );
    assert.equal(known!.partitionResponses[0]!.baseOffset, 0n);
    assert.equal(unknown!.topicId, UNKNOWN_ID);
    assert.equal(unknown!.partitionResponses[0]!.errorCode, ErrorCode.UnknownTopicId);
    // The record is where the name says it is.
    const [again] = await produceV13([{ topicId, partition: 1 }]);
    assert.equal(again!.partitionResponses[0]!.baseOffset, 1n);
  });

  it('OffsetCommit v10 and OffsetFetch v10 store and return offsets by topic id; unknown ids are UNKNOWN_TOPIC_ID', async () => {
    c.send(8, 10, {
      ...defaultOffsetCommitRequest(),
      groupId: 'by-id-group',
      topics: [UNKNOWN_ID, topicId].map((id) => ({
        name: '',
        topicId: id,
        partitions: [
          { ...defaultOffsetCommitRequestOffsetCommitRequestPartition(), partitionIndex: 1, committedOffset: 7n },
        ],
      })),
    });
    const committed = (await c.nextResponse<OffsetCommitResponse>(8, 10)).body.topics;
    // Kafka's order: what the broker refuses itself first, then what the coordinator stored.
    assert.deepEqual(
      committed.map((t) => [t.topicId, t.name, t.partitions[0]!.errorCode]),
      [
        [UNKNOWN_ID, '', ErrorCode.UnknownTopicId],
        [topicId, '', ErrorCode.None],
      ],
    );

    const fetchOffsets = async (topics: { topicId: string; partitionIndexes: number[] }[] | null) => {
      c.send(9, 10, {
        ...defaultOffsetFetchRequest(),
        groups: [
          {
            ...defaultOffsetFetchRequestOffsetFetchRequestGroup(),
            groupId: 'by-id-group',
            topics: topics?.map((t) => ({ name: '', ...t })) ?? null,
          },
        ],
      });
      const group = (await c.nextResponse<OffsetFetchResponse>(9, 10)).body.groups[0]!;
      assert.equal(group.errorCode, ErrorCode.None);
      return group.topics.map((t) => [
        t.topicId,
        t.name,
        t.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.errorCode]),
      ]);
    };
    // Asked by id: the coordinator's answer, then the ids the broker does not know.
    assert.deepEqual(
      await fetchOffsets([
        { topicId: UNKNOWN_ID, partitionIndexes: [0] },
        { topicId, partitionIndexes: [0, 1] },
      ]),
      [
        [
          topicId,
          '',
          [
            [0, -1n, ErrorCode.None],
            [1, 7n, ErrorCode.None],
          ],
        ],
        [UNKNOWN_ID, '', [[0, -1n, ErrorCode.UnknownTopicId]]],
      ],
    );
    // All topics: named by id.
    assert.deepEqual(await fetchOffsets(null), [[topicId, '', [[1, 7n, ErrorCode.None]]]]);
  });

  it('TxnOffsetCommit v6: an unknown topic id is UNKNOWN_TOPIC_ID before the transaction is looked at', async () => {
    c.send(28, 6, {
      ...defaultTxnOffsetCommitRequest(),
      transactionalId: 'by-id-txn',
      groupId: 'by-id-group',
      producerId: 4242n,
      producerEpoch: 0,
      topics: [
        {
          name: '',
          topicId: UNKNOWN_ID,
          partitions: [{ ...defaultTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(), committedOffset: 1n }],
        },
      ],
    });
    const topics = (await c.nextResponse<TxnOffsetCommitResponse>(28, 6)).body.topics;
    assert.deepEqual(
      topics.map((t) => [t.topicId, t.partitions[0]!.errorCode]),
      [[UNKNOWN_ID, ErrorCode.UnknownTopicId]],
    );
  });

  it('ApiVersions v5: the cluster and node the client means get the key list; another is REBOOTSTRAP_REQUIRED', async () => {
    const ask = async (clusterId: string | null, nodeId: number) => {
      c.send(18, 5, {
        ...defaultApiVersionsRequest(),
        clientSoftwareName: 'test',
        clientSoftwareVersion: '1',
        clusterId,
        nodeId,
      });
      const body = (await c.nextResponse<ApiVersionsResponse>(18, 5)).body;
      return [body.errorCode, body.apiKeys.length > 0];
    };
    assert.deepEqual(await ask(null, -1), [ErrorCode.None, true]);
    assert.deepEqual(await ask(broker.clusterId, broker.nodeId), [ErrorCode.None, true]);
    assert.deepEqual(await ask('AnotherClusterIdAAAAAA', broker.nodeId), [ErrorCode.RebootstrapRequired, false]);
    assert.deepEqual(await ask(broker.clusterId, broker.nodeId + 1), [ErrorCode.RebootstrapRequired, false]);
  });

  it('ListOffsets v11: the earliest offset pending upload (-6) is -1 without tiered storage', async () => {
    c.send(2, 11, {
      ...defaultListOffsetsRequest(),
      replicaId: -1,
      topics: [
        {
          name: 'by-id',
          partitions: [{ partitionIndex: 1, currentLeaderEpoch: -1, timestamp: -6n, maxNumOffsets: 1 }],
        },
      ],
    });
    const p = (await c.nextResponse<ListOffsetsResponse>(2, 11)).body.topics[0]!.partitions[0]!;
    assert.deepEqual([p.errorCode, p.offset, p.timestamp, p.leaderEpoch], [ErrorCode.None, -1n, -1n, -1]);
  });
});
