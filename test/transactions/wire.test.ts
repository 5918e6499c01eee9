import assert from 'node:assert/strict';
import * as P from '../../protocol/generated';
import { encodeRecordBatchSync } from '../../protocol/records';
import { ErrorCode } from '../../src/errors';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';

/** The transaction APIs over a socket with Brook's codecs, version by version, and across a broker restart. */
describe('transactions: wire protocol against startBroker()', function () {
  this.timeout(60000);
  let broker: TestBroker;
  let client: WireClient;

  const init = (version: number, transactionalId: string | null, over: Partial<P.InitProducerIdRequest> = {}) =>
    client.send<P.InitProducerIdResponse>(22, version, {
      ...P.defaultInitProducerIdRequest(),
      transactionalId,
      transactionTimeoutMs: 60000,
      ...over,
    });
  const addPartitions = (
    version: number,
    tid: string,
    pid: bigint,
    epoch: number,
    topics: { name: string; partitions: number[] }[],
  ) =>
    client.send<P.AddPartitionsToTxnResponse>(24, version, {
      ...P.defaultAddPartitionsToTxnRequest(),
      v3AndBelowTransactionalId: tid,
      v3AndBelowProducerId: pid,
      v3AndBelowProducerEpoch: epoch,
      v3AndBelowTopics: topics,
    });
  const endTxn = (version: number, tid: string, pid: bigint, epoch: number, committed: boolean) =>
    client.send<P.EndTxnResponse>(26, version, {
      ...P.defaultEndTxnRequest(),
      transactionalId: tid,
      producerId: pid,
      producerEpoch: epoch,
      committed,
    });

  before(async () => {
    broker = await startBroker();
    client = await WireClient.connect(broker.bootstrap, 'txn-wire');
    await client.send(19, 4, {
      ...P.defaultCreateTopicsRequest(),
      topics: [{ ...P.defaultCreateTopicsRequestCreatableTopic(), name: 'w', numPartitions: 2, replicationFactor: 1 }],
      timeoutMs: 5000,
    });
  });
  after(async () => {
    client?.close();
    await broker?.stop();
  });

  it('advertises the transaction APIs (InitProducerId from v0 for librdkafka 2.0.2) and transaction.version 2', async () => {
    const answer = await client.send<P.ApiVersionsResponse>(18, 3, {
      ...P.defaultApiVersionsRequest(),
      clientSoftwareName: 'test',
      clientSoftwareVersion: '1',
    });
    const range = (key: number) => {
      const k = answer.apiKeys.find((a) => a.apiKey === key);
      return k ? [k.minVersion, k.maxVersion] : null;
    };
    assert.deepEqual([0, 22, 24, 25, 26, 28, 65, 66].map(range), [
      [0, 13],
      [0, 5],
      [0, 5],
      [0, 4],
      [0, 5],
      [0, 6],
      [0, 0],
      [0, 2],
    ]);
    // The level and its details are checked in tv2-wire.test.ts.
    assert.ok(answer.finalizedFeatures.some((f) => f.name === 'transaction.version' && f.maxVersionLevel === 2));
  });

  it('InitProducerId: ids for idempotent producers at every version; INVALID_REQUEST for an id without an epoch', async () => {
    const ids = new Set<bigint>();
    for (let v = 0; v <= 5; v++) {
      const r = await init(v, null);
      assert.deepEqual([r.errorCode, r.producerEpoch], [0, 0], `v${v}`);
      ids.add(r.producerId);
    }
    assert.equal(ids.size, 6);
    const bad = await init(3, null, { producerId: 5n, producerEpoch: -1 });
    assert.deepEqual([bad.errorCode, bad.producerId, bad.producerEpoch], [ErrorCode.InvalidRequest, -1n, -1]);
    const timeout = await init(4, 'too-long', { transactionTimeoutMs: 900001 });
    assert.equal(timeout.errorCode, ErrorCode.InvalidTransactionTimeout);
  });

  it('PRODUCER_FENCED becomes INVALID_PRODUCER_EPOCH for old versions (InitProducerId < 4, AddPartitionsToTxn/EndTxn < 2)', async () => {
    const first = await init(4, 'w-fence');
    await init(4, 'w-fence');
    const stale = { producerId: first.producerId, producerEpoch: 9 };
    assert.equal((await init(4, 'w-fence', stale)).errorCode, ErrorCode.ProducerFenced);
    assert.equal((await init(3, 'w-fence', stale)).errorCode, ErrorCode.InvalidProducerEpoch);
    const add = (v: number) => addPartitions(v, 'w-fence', first.producerId, 0, [{ name: 'w', partitions: [0] }]);
    assert.equal(
      (await add(1)).resultsByTopicV3AndBelow[0]!.resultsByPartition[0]!.partitionErrorCode,
      ErrorCode.InvalidProducerEpoch,
    );
    assert.equal(
      (await add(2)).resultsByTopicV3AndBelow[0]!.resultsByPartition[0]!.partitionErrorCode,
      ErrorCode.ProducerFenced,
    );
    assert.equal((await endTxn(1, 'w-fence', first.producerId, 0, true)).errorCode, ErrorCode.InvalidProducerEpoch);
    assert.equal((await endTxn(2, 'w-fence', first.producerId, 0, true)).errorCode, ErrorCode.ProducerFenced);
  });

  it('AddPartitionsToTxn: an unknown partition fails the request (UNKNOWN_TOPIC_OR_PARTITION, OPERATION_NOT_ATTEMPTED)', async () => {
    const p = await init(4, 'w-unknown');
    const r = await addPartitions(3, 'w-unknown', p.producerId, p.producerEpoch, [
      { name: 'w', partitions: [0, 7] },
      { name: 'nope', partitions: [0] },
    ]);
    const codes = r.resultsByTopicV3AndBelow.flatMap((t) =>
      t.resultsByPartition.map((x) => [t.name, x.partitionIndex, x.partitionErrorCode]),
    );
    assert.deepEqual(codes, [
      ['w', 0, ErrorCode.OperationNotAttempted],
      ['w', 7, ErrorCode.UnknownTopicOrPartition],
      ['nope', 0, ErrorCode.UnknownTopicOrPartition],
    ]);
    assert.equal(broker.broker.transactions.stateOf('w-unknown'), 'Empty');
  });

  it('AddPartitionsToTxn v4: batched transactions, verifyOnly answers per partition', async () => {
    const p = await init(4, 'w-batch');
    await addPartitions(3, 'w-batch', p.producerId, p.producerEpoch, [{ name: 'w', partitions: [0] }]);
    const r = await client.send<P.AddPartitionsToTxnResponse>(24, 4, {
      ...P.defaultAddPartitionsToTxnRequest(),
      transactions: [
        {
          transactionalId: 'w-batch',
          producerId: p.producerId,
          producerEpoch: p.producerEpoch,
          verifyOnly: true,
          topics: [{ name: 'w', partitions: [0, 1] }],
        },
        {
          transactionalId: 'w-none',
          producerId: 1n,
          producerEpoch: 0,
          verifyOnly: true,
          topics: [{ name: 'w', partitions: [0] }],
        },
      ],
    });
    const flat = r.resultsByTransaction.map((t) => [
      t.transactionalId,
      t.topicResults.flatMap((x) => x.resultsByPartition.map((y) => y.partitionErrorCode)),
    ]);
    assert.deepEqual(flat, [
      ['w-batch', [ErrorCode.None, ErrorCode.TransactionAbortable]],
      ['w-none', [ErrorCode.InvalidProducerIdMapping]],
    ]);
  });

  it('TxnOffsetCommit + requireStable OffsetFetch (v7): UNSTABLE_OFFSET_COMMIT until EndTxn commits', async () => {
    const p = await init(4, 'w-offsets');
    const addOffsets = await client.send<P.AddOffsetsToTxnResponse>(25, 3, {
      ...P.defaultAddOffsetsToTxnRequest(),
      transactionalId: 'w-offsets',
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      groupId: 'w-group',
    });
    assert.equal(addOffsets.errorCode, 0);
    const commit = await client.send<P.TxnOffsetCommitResponse>(28, 3, {
      ...P.defaultTxnOffsetCommitRequest(),
      transactionalId: 'w-offsets',
      groupId: 'w-group',
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      generationId: -1,
      memberId: '',
      topics: [
        {
          name: 'w',
          partitions: [{ partitionIndex: 1, committedOffset: 42n, committedLeaderEpoch: -1, committedMetadata: 'm' }],
        },
        {
          name: 'nope',
          partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: null }],
        },
      ],
    });
    // Kafka's order: the partitions the broker refuses itself first, then what the coordinator stored.
    assert.deepEqual(
      commit.topics.map((t) => [t.name, t.partitions[0]!.errorCode]),
      [
        ['nope', ErrorCode.UnknownTopicOrPartition],
        ['w', 0],
      ],
    );
    const fetch = async () => {
      const r = await client.send<P.OffsetFetchResponse>(9, 7, {
        ...P.defaultOffsetFetchRequest(),
        groupId: 'w-group',
        topics: [{ name: 'w', partitionIndexes: [1] }],
        requireStable: true,
      });
      const x = r.topics[0]!.partitions[0]!;
      return [x.committedOffset, x.errorCode];
    };
    assert.deepEqual(await fetch(), [-1n, ErrorCode.UnstableOffsetCommit]);
    assert.equal((await endTxn(3, 'w-offsets', p.producerId, p.producerEpoch, true)).errorCode, 0);
    await broker.broker.transactions.whenComplete('w-offsets');
    assert.deepEqual(await fetch(), [42n, 0]);
  });

  it("a fenced producer's TxnOffsetCommit gets INVALID_PRODUCER_EPOCH", async () => {
    const zombie = await init(4, 'w-zombie');
    await client.send<P.AddOffsetsToTxnResponse>(25, 3, {
      transactionalId: 'w-zombie',
      producerId: zombie.producerId,
      producerEpoch: zombie.producerEpoch,
      groupId: 'w-zombie-group',
    });
    const commit = (epoch: number) =>
      client.send<P.TxnOffsetCommitResponse>(28, 3, {
        ...P.defaultTxnOffsetCommitRequest(),
        transactionalId: 'w-zombie',
        groupId: 'w-zombie-group',
        producerId: zombie.producerId,
        producerEpoch: epoch,
        generationId: -1,
        memberId: '',
        topics: [
          {
            name: 'w',
            partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: null }],
          },
        ],
      });
    assert.equal((await commit(zombie.producerEpoch)).topics[0]!.partitions[0]!.errorCode, 0);
    // A new producer with the same id fences it: its transaction is aborted at a bumped epoch.
    assert.equal((await init(4, 'w-zombie')).errorCode, ErrorCode.ConcurrentTransactions);
    await broker.broker.transactions.whenComplete('w-zombie');
    assert.equal(
      (await commit(zombie.producerEpoch)).topics[0]!.partitions[0]!.errorCode,
      ErrorCode.InvalidProducerEpoch,
    );
  });

  it("the coordinator's refusals answer the partitions that reached it; unknown topics keep their code", async () => {
    // Kafka's GroupCoordinatorService answers a refused commit for the partitions KafkaApis passed it, and KafkaApis
    // merges that with its own answers (an unknown topic first, as its response builder orders them).
    const p = await init(4, 'w-refusals');
    const commit = (version: number, groupId: string, topics: string[], producerId = p.producerId) =>
      client.send<P.TxnOffsetCommitResponse>(28, version, {
        ...P.defaultTxnOffsetCommitRequest(),
        transactionalId: 'w-refusals',
        groupId,
        producerId,
        producerEpoch: p.producerEpoch,
        topics: topics.map((name) => ({
          name,
          partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: null }],
        })),
      });
    const codes = (r: P.TxnOffsetCommitResponse) => r.topics.map((t) => [t.name, t.partitions[0]!.errorCode]);
    assert.deepEqual(codes(await commit(3, '', ['w', 'w-missing'])), [
      ['w-missing', ErrorCode.UnknownTopicOrPartition],
      ['w', ErrorCode.InvalidGroupId],
    ]);
    // Nothing storable: the coordinator is not asked, so the empty group id is not looked at.
    assert.deepEqual(codes(await commit(3, '', ['w-missing'])), [['w-missing', ErrorCode.UnknownTopicOrPartition]]);
    // v5 (transaction version 2) makes the offsets partition part of the transaction first; for a producer id the
    // transactional id does not have, that fails, for the partitions that reached the coordinator only.
    assert.deepEqual(codes(await commit(5, 'w-refusals-group', ['w-missing', 'w'], p.producerId + 1000n)), [
      ['w-missing', ErrorCode.UnknownTopicOrPartition],
      ['w', ErrorCode.InvalidProducerIdMapping],
    ]);
  });

  it('DescribeTransactions and ListTransactions', async () => {
    const p = await init(4, 'w-describe');
    await addPartitions(3, 'w-describe', p.producerId, p.producerEpoch, [{ name: 'w', partitions: [1, 0] }]);
    const d = await client.send<P.DescribeTransactionsResponse>(65, 0, {
      transactionalIds: ['w-describe', 'w-missing'],
    });
    assert.deepEqual(
      d.transactionStates.map((s) => [s.transactionalId, s.errorCode, s.transactionState, s.producerId, s.topics]),
      [
        ['w-describe', 0, 'Ongoing', p.producerId, [{ topic: 'w', partitions: [0, 1] }]],
        ['w-missing', ErrorCode.TransactionalIdNotFound, '', 0n, []],
      ],
    );
    const l = await client.send<P.ListTransactionsResponse>(66, 1, {
      ...P.defaultListTransactionsRequest(),
      stateFilters: ['Ongoing', 'Nonsense'],
    });
    assert.equal(l.errorCode, 0);
    assert.deepEqual(l.unknownStateFilters, ['Nonsense']);
    assert.ok(l.transactionStates.some((t) => t.transactionalId === 'w-describe' && t.transactionState === 'Ongoing'));
    assert.ok(l.transactionStates.every((t) => t.transactionState === 'Ongoing'));
    // v2 (KIP-1152): a pattern the whole id must match (RE2's Matcher.matches in Kafka); one that does not
    // compile is INVALID_REGULAR_EXPRESSION.
    const byPattern = async (transactionalIdPattern: string | null) =>
      client.send<P.ListTransactionsResponse>(66, 2, { ...P.defaultListTransactionsRequest(), transactionalIdPattern });
    const ids = async (pattern: string | null) =>
      (await byPattern(pattern)).transactionStates.map((t) => t.transactionalId).filter((id) => id.startsWith('w-'));
    assert.ok((await ids('w-desc.*')).includes('w-describe'));
    assert.deepEqual(await ids('w-desc'), [], 'a prefix alone does not match the whole id');
    assert.ok((await ids(null)).includes('w-describe'));
    assert.ok((await ids('')).includes('w-describe'), 'an empty pattern lists everything');
    const invalid = await byPattern('w-(');
    assert.deepEqual([invalid.errorCode, invalid.transactionStates], [ErrorCode.InvalidRegularExpression, []]);
  });

  it('DescribeProducers: UNKNOWN_TOPIC_OR_PARTITION for a partition not hosted here', async () => {
    const r = await client.send<P.DescribeProducersResponse>(61, 0, {
      topics: [{ name: 'nope', partitionIndexes: [0] }],
    });
    assert.deepEqual(
      r.topics.map((t) => [t.name, t.partitions[0]!.errorCode]),
      [['nope', ErrorCode.UnknownTopicOrPartition]],
    );
  });

  it('DescribeProducers: the producers a partition keeps state for', async () => {
    const idempotent = await init(4, null);
    const records = encodeRecordBatchSync({
      producerId: idempotent.producerId,
      producerEpoch: idempotent.producerEpoch,
      baseSequence: 0,
      baseTimestamp: Date.now(),
      records: [
        { key: null, value: Buffer.from('a') },
        { key: null, value: Buffer.from('b') },
      ],
    });
    const produced = await client.send<P.ProduceResponse>(0, 9, {
      ...P.defaultProduceRequest(),
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ ...P.defaultProduceRequestTopicProduceData(), name: 'w', partitionData: [{ index: 1, records }] }],
    });
    assert.equal(produced.responses[0]!.partitionResponses[0]!.errorCode, 0);
    const r = await client.send<P.DescribeProducersResponse>(61, 0, { topics: [{ name: 'w', partitionIndexes: [1] }] });
    const partition = r.topics[0]!.partitions[0]!;
    assert.equal(partition.errorCode, 0);
    const mine = partition.activeProducers.find((a) => a.producerId === idempotent.producerId);
    assert.ok(
      mine,
      `producer ${idempotent.producerId} listed: ${JSON.stringify(partition.activeProducers, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}`,
    );
    assert.deepEqual([mine.producerEpoch, mine.lastSequence, mine.currentTxnStartOffset], [0, 1, -1n]);
  });

  it('KIP-890: a transactional batch for a partition not in the transaction is refused, and nothing is appended', async () => {
    const p = await init(4, 'w-verify');
    const batch = (sequence: number) =>
      encodeRecordBatchSync({
        producerId: p.producerId,
        producerEpoch: p.producerEpoch,
        baseSequence: sequence,
        isTransactional: true,
        baseTimestamp: Date.now(),
        records: [{ key: null, value: Buffer.from('late') }],
      });
    const produce = (version: number, sequence: number) =>
      client.send<P.ProduceResponse>(0, version, {
        ...P.defaultProduceRequest(),
        transactionalId: 'w-verify',
        acks: -1,
        timeoutMs: 5000,
        topicData: [
          {
            ...P.defaultProduceRequestTopicProduceData(),
            name: 'w',
            partitionData: [{ index: 0, records: batch(sequence) }],
          },
        ],
      });
    const end = broker.broker.topics.replicas.getPartitionOrError('w', 0).logEndOffset;
    const codeOf = (r: P.ProduceResponse) => r.responses[0]!.partitionResponses[0]!.errorCode;
    // Clients before Produce v11 do not know TRANSACTION_ABORTABLE: they get INVALID_TXN_STATE, as from Kafka.
    assert.equal(codeOf(await produce(9, 0)), ErrorCode.InvalidTxnState);
    assert.equal(codeOf(await produce(11, 0)), ErrorCode.TransactionAbortable);
    assert.equal(broker.broker.topics.replicas.getPartitionOrError('w', 0).logEndOffset, end, 'nothing appended');
    // Once the partition is added, the same batch opens the transaction there.
    assert.equal(
      (await addPartitions(3, 'w-verify', p.producerId, p.producerEpoch, [{ name: 'w', partitions: [0] }]))
        .resultsByTopicV3AndBelow[0]!.resultsByPartition[0]!.partitionErrorCode,
      0,
    );
    assert.equal(codeOf(await produce(9, 0)), 0);
    assert.equal((await endTxn(3, 'w-verify', p.producerId, p.producerEpoch, false)).errorCode, 0);
  });

  it('survives a restart: __transaction_state is replayed and producer ids keep growing', async () => {
    const before = await init(4, null);
    const ongoing = await init(4, 'w-restart');
    await addPartitions(3, 'w-restart', ongoing.producerId, ongoing.producerEpoch, [{ name: 'w', partitions: [0] }]);
    const settled = await init(4, 'w-settled');
    client.close();
    await broker.restart();
    client = await WireClient.connect(broker.bootstrap, 'txn-wire');
    assert.equal(broker.broker.transactions.stateOf('w-restart'), 'Ongoing');
    const after = await init(4, null);
    assert.ok(after.producerId > before.producerId, `${after.producerId} > ${before.producerId}`);
    assert.ok(after.producerId >= 1000n, 'a restart starts a new block');
    const again = await init(4, 'w-settled');
    assert.deepEqual([again.producerId, again.producerEpoch], [settled.producerId, settled.producerEpoch + 1]);
    // The Ongoing transaction's producer can still commit it after the restart.
    assert.equal((await endTxn(3, 'w-restart', ongoing.producerId, ongoing.producerEpoch, true)).errorCode, 0);
    await broker.broker.transactions.whenComplete('w-restart');
    assert.equal(broker.broker.transactions.stateOf('w-restart'), 'CompleteCommit');
  });
});
