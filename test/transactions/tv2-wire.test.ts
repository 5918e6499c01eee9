import assert from 'node:assert/strict';
import * as P from '../../protocol/generated';
import { encodeRecordBatchSync } from '../../protocol/records';
import { ErrorCode } from '../../src/errors';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';

/**
 * KIP-890 part 2 on the wire, the way the Java client 4.x drives it when transaction.version 2 is finalized:
 * InitProducerId, Produce v12 (no AddPartitionsToTxn), TxnOffsetCommit v5 (no AddOffsetsToTxn), EndTxn v5.
 */
describe('transactions: transaction version 2 over the wire (Produce v12, TxnOffsetCommit v5, EndTxn v5)', function () {
  this.timeout(60000);
  let broker: TestBroker;
  let client: WireClient;

  const apiVersions = async (c: WireClient, version: number) =>
    c.send<P.ApiVersionsResponse>(18, version, {
      ...P.defaultApiVersionsRequest(),
      clientSoftwareName: 'test',
      clientSoftwareVersion: '1',
    });
  const init = (tid: string) =>
    client.send<P.InitProducerIdResponse>(22, 5, {
      ...P.defaultInitProducerIdRequest(),
      transactionalId: tid,
      transactionTimeoutMs: 60000,
    });
  const produce = (tid: string, pid: bigint, epoch: number, sequence: number, value: string, version = 12) =>
    client.send<P.ProduceResponse>(0, version, {
      ...P.defaultProduceRequest(),
      transactionalId: tid,
      acks: -1,
      timeoutMs: 5000,
      topicData: [
        {
          ...P.defaultProduceRequestTopicProduceData(),
          name: 'v2',
          partitionData: [
            {
              index: 0,
              records: encodeRecordBatchSync({
                producerId: pid,
                producerEpoch: epoch,
                baseSequence: sequence,
                isTransactional: true,
                baseTimestamp: Date.now(),
                records: [{ key: null, value: Buffer.from(value) }],
              }),
            },
          ],
        },
      ],
    });
  const endTxn = (tid: string, pid: bigint, epoch: number, committed: boolean, version = 5) =>
    client.send<P.EndTxnResponse>(26, version, {
      ...P.defaultEndTxnRequest(),
      transactionalId: tid,
      producerId: pid,
      producerEpoch: epoch,
      committed,
    });
  const codeOf = (r: P.ProduceResponse) => r.responses[0]!.partitionResponses[0]!.errorCode;
  /** read_committed: the values below the last stable offset of v2-0. */
  const committedValues = async () => {
    const r = await client.send<P.FetchResponse>(1, 12, {
      ...P.defaultFetchRequest(),
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 1,
      maxBytes: 1 << 20,
      isolationLevel: 1,
      topics: [
        {
          ...P.defaultFetchRequestFetchTopic(),
          topic: 'v2',
          partitions: [
            { ...P.defaultFetchRequestFetchPartition(), partition: 0, fetchOffset: 0n, partitionMaxBytes: 1 << 20 },
          ],
        },
      ],
    });
    const partition = r.responses[0]!.partitions[0]!;
    return { lastStableOffset: partition.lastStableOffset, aborted: partition.abortedTransactions?.length ?? 0 };
  };

  before(async () => {
    broker = await startBroker();
    client = await WireClient.connect(broker.bootstrap, 'tv2-wire');
    await client.send(19, 4, {
      ...P.defaultCreateTopicsRequest(),
      topics: [{ ...P.defaultCreateTopicsRequestCreatableTopic(), name: 'v2', numPartitions: 1, replicationFactor: 1 }],
      timeoutMs: 5000,
    });
  });
  after(async () => {
    client?.close();
    await broker?.stop();
  });

  it('advertises transaction.version as Kafka 4.4 does: finalized 2, supported 0-2 from ApiVersions v4, an epoch', async () => {
    // metadata.version and group.version at Kafka 4.4's levels, the only ones Brook runs (no UpdateFeatures)
    const fixed = [
      ['metadata.version', 33, 33],
      ['group.version', 1, 1],
    ];
    // share.version 2 and streams.version 1: a single node serves share groups (KIP-932) and streams groups
    // (KIP-1071) as a new Kafka 4.4 cluster does
    const share = ['share.version', 2, 2];
    const streams = ['streams.version', 1, 1];
    const v3 = await apiVersions(client, 3);
    assert.deepEqual(
      v3.finalizedFeatures.map((f) => [f.name, f.minVersionLevel, f.maxVersionLevel]),
      [...fixed, ['transaction.version', 2, 2], streams, share],
    );
    assert.deepEqual(
      v3.supportedFeatures.map((f) => [f.name, f.minVersion, f.maxVersion]),
      fixed,
      'v3 lists no supported feature whose minimum is 0',
    );
    assert.ok(v3.finalizedFeaturesEpoch >= 0n);
    const v4 = await apiVersions(client, 4);
    assert.deepEqual(
      v4.supportedFeatures.map((f) => [f.name, f.minVersion, f.maxVersion]),
      [
        ...fixed,
        ['transaction.version', 0, 2],
        ['eligible.leader.replicas.version', 0, 1], // KIP-966; finalized only by a KRaft cluster's metadata log
        ['streams.version', 0, 1],
        ['share.version', 0, 2],
      ],
    );
  });

  it('transaction.version is configurable down to 1 and 0 (then not finalized), the APIs stay the same', async () => {
    const fixed = [
      ['metadata.version', 33, 33],
      ['group.version', 1, 1],
    ];
    const share = ['share.version', 2, 2] as const;
    const streams = ['streams.version', 1, 1] as const;
    for (const [level, finalized] of [
      [1, [...fixed, ['transaction.version', 1, 1], streams, share]],
      [0, [...fixed, streams, share]],
    ] as const) {
      const other = await startBroker({ config: { 'transaction.version': level } });
      const c = await WireClient.connect(other.bootstrap, 'tv-level');
      try {
        const r = await apiVersions(c, 4);
        assert.deepEqual(
          r.finalizedFeatures.map((f) => [f.name, f.minVersionLevel, f.maxVersionLevel]),
          finalized,
        );
        assert.deepEqual(
          r.apiKeys.find((k) => k.apiKey === 26),
          { apiKey: 26, minVersion: 0, maxVersion: 5 },
        );
      } finally {
        c.close();
        await other.stop();
      }
    }
  });

  it('Produce v12 adds the partition itself; EndTxn v5 commits at a bumped epoch the next transaction runs at', async () => {
    const p = await init('tv2-a');
    assert.equal(p.errorCode, 0);
    assert.equal(codeOf(await produce('tv2-a', p.producerId, p.producerEpoch, 0, 'one')), 0);
    assert.equal(broker.broker.transactions.stateOf('tv2-a'), 'Ongoing');
    assert.equal(broker.broker.transactions.transaction('tv2-a')!.clientTransactionVersion, 2);
    const end = await endTxn('tv2-a', p.producerId, p.producerEpoch, true);
    assert.deepEqual([end.errorCode, end.producerId, end.producerEpoch], [0, p.producerId, p.producerEpoch + 1]);
    await broker.broker.transactions.whenComplete('tv2-a');
    // The marker (at the bumped epoch) made the record stable.
    const after = await committedValues();
    assert.equal(after.lastStableOffset, 2n);
    // The next transaction: the new epoch, sequences from 0; then an abort, answered with the epoch after it.
    assert.equal(codeOf(await produce('tv2-a', p.producerId, end.producerEpoch, 0, 'two')), 0);
    const abort = await endTxn('tv2-a', p.producerId, end.producerEpoch, false);
    assert.deepEqual([abort.errorCode, abort.producerEpoch], [0, end.producerEpoch + 1]);
    await broker.broker.transactions.whenComplete('tv2-a');
    const aborted = await committedValues();
    assert.deepEqual([aborted.lastStableOffset, aborted.aborted], [4n, 1]);
    // A batch at the epoch before the bump is a zombie's.
    assert.equal(
      codeOf(await produce('tv2-a', p.producerId, p.producerEpoch, 1, 'zombie')),
      ErrorCode.InvalidProducerEpoch,
    );
  });

  it('TxnOffsetCommit v5 adds the offsets partition itself; the offsets show once EndTxn v5 commits', async () => {
    const p = await init('tv2-offsets');
    const commit = await client.send<P.TxnOffsetCommitResponse>(28, 5, {
      ...P.defaultTxnOffsetCommitRequest(),
      transactionalId: 'tv2-offsets',
      groupId: 'tv2-group',
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      topics: [
        {
          name: 'v2',
          partitions: [{ partitionIndex: 0, committedOffset: 7n, committedLeaderEpoch: -1, committedMetadata: null }],
        },
      ],
    });
    assert.equal(commit.topics[0]!.partitions[0]!.errorCode, 0);
    assert.equal(broker.broker.transactions.stateOf('tv2-offsets'), 'Ongoing');
    const fetch = async () => {
      const r = await client.send<P.OffsetFetchResponse>(9, 7, {
        ...P.defaultOffsetFetchRequest(),
        groupId: 'tv2-group',
        topics: [{ name: 'v2', partitionIndexes: [0] }],
        requireStable: true,
      });
      const x = r.topics[0]!.partitions[0]!;
      return [x.committedOffset, x.errorCode];
    };
    assert.deepEqual(await fetch(), [-1n, ErrorCode.UnstableOffsetCommit]);
    assert.equal((await endTxn('tv2-offsets', p.producerId, p.producerEpoch, true)).errorCode, 0);
    await broker.broker.transactions.whenComplete('tv2-offsets');
    assert.deepEqual(await fetch(), [7n, 0]);
    // A fenced epoch cannot add the offsets partition: every partition answers the error.
    const stale = await client.send<P.TxnOffsetCommitResponse>(28, 5, {
      ...P.defaultTxnOffsetCommitRequest(),
      transactionalId: 'tv2-offsets',
      groupId: 'tv2-group',
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      topics: [
        {
          name: 'v2',
          partitions: [{ partitionIndex: 0, committedOffset: 8n, committedLeaderEpoch: -1, committedMetadata: null }],
        },
      ],
    });
    assert.equal(stale.topics[0]!.partitions[0]!.errorCode, ErrorCode.InvalidProducerEpoch);
  });

  it('EndTxn v4 on the same broker keeps classic transactions (no epoch bump, no producer id in the answer)', async () => {
    const p = await init('tv1-on-tv2');
    await client.send<P.AddPartitionsToTxnResponse>(24, 3, {
      ...P.defaultAddPartitionsToTxnRequest(),
      v3AndBelowTransactionalId: 'tv1-on-tv2',
      v3AndBelowProducerId: p.producerId,
      v3AndBelowProducerEpoch: p.producerEpoch,
      v3AndBelowTopics: [{ name: 'v2', partitions: [0] }],
    });
    assert.equal(codeOf(await produce('tv1-on-tv2', p.producerId, p.producerEpoch, 0, 'classic', 11)), 0);
    const end = await endTxn('tv1-on-tv2', p.producerId, p.producerEpoch, true, 4);
    assert.equal(end.errorCode, 0);
    await broker.broker.transactions.whenComplete('tv1-on-tv2');
    assert.equal(broker.broker.transactions.transaction('tv1-on-tv2')!.producerEpoch, p.producerEpoch);
  });
});
