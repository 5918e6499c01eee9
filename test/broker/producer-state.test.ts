import assert from 'node:assert/strict';
import { ErrorCode } from '../../protocol/error-codes';
import {
  type CreateTopicsResponse,
  defaultFetchRequest,
  type FetchResponse,
  type ProduceResponse,
} from '../../protocol/generated';
import { startBroker, type TestBroker } from '../../src/testing';
import { decodeAll, producerBatch } from '../storage/helpers';
import { WireClient } from './wire-client';

const PRODUCE = 0;
const FETCH = 1;
const CREATE_TOPICS = 19;

/**
 * Idempotent and transactional Produce over a real socket against an in-process broker, with explicit
 * producer ids (InitProducerId is the transaction coordinator's, built elsewhere). Markers are written
 * through the replica manager as the coordinator will (WriteTxnMarkers).
 */
describe('broker: producer state over the wire', function () {
  this.timeout(20000);
  let broker: TestBroker;
  let c: WireClient;
  before(async () => {
    // Producer ids are chosen here, not by a transaction coordinator, so the coordinator's check of transactional
    // batches (KIP-890, test/transactions/wire.test.ts) is off: these cases are about the partition's state.
    broker = await startBroker({ config: { 'transaction.partition.verification.enable': false } });
    c = await WireClient.connect(broker.port);
    c.send(CREATE_TOPICS, 7, {
      topics: [{ name: 'idem', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    assert.equal((await c.nextResponse<CreateTopicsResponse>(CREATE_TOPICS, 7)).body.topics[0]!.errorCode, 0);
  });
  after(async () => {
    c?.close();
    await broker?.stop();
  });

  async function produce(records: Buffer, transactionalId: string | null = null) {
    c.send(PRODUCE, 9, {
      transactionalId,
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: 'idem', partitionData: [{ index: 0, records }] }],
    });
    return (await c.nextResponse<ProduceResponse>(PRODUCE, 9)).body.responses[0]!.partitionResponses[0]!;
  }

  async function fetchCommitted(offset: bigint, isolationLevel = 1) {
    c.send(FETCH, 11, {
      ...defaultFetchRequest(),
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 1 << 20,
      isolationLevel,
      topics: [
        {
          topic: 'idem',
          topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
          partitions: [
            {
              partition: 0,
              currentLeaderEpoch: -1,
              fetchOffset: offset,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 1 << 20,
              replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
            },
          ],
        },
      ],
    });
    return (await c.nextResponse<FetchResponse>(FETCH, 11)).body.responses[0]!.partitions[0]!;
  }

  it('answers a retried batch with its original offset, a gap with OUT_OF_ORDER_SEQUENCE_NUMBER, an old epoch with INVALID_PRODUCER_EPOCH', async () => {
    const first = await produce(
      producerBatch({ producerId: 1000n, epoch: 1, sequence: 0, n: 3, timestamp: Date.now() }),
    );
    assert.equal(first.errorCode, ErrorCode.None);
    const second = await produce(
      producerBatch({ producerId: 1000n, epoch: 1, sequence: 3, n: 2, timestamp: Date.now() }),
    );
    assert.equal(second.baseOffset, 3n);
    const retry = await produce(
      producerBatch({ producerId: 1000n, epoch: 1, sequence: 0, n: 3, timestamp: Date.now() }),
    );
    assert.deepEqual([retry.errorCode, retry.baseOffset], [ErrorCode.None, first.baseOffset]);
    const gap = await produce(producerBatch({ producerId: 1000n, epoch: 1, sequence: 9, timestamp: Date.now() }));
    assert.deepEqual(
      [gap.errorCode, gap.baseOffset, gap.errorMessage],
      [ErrorCode.OutOfOrderSequenceNumber, -1n, null],
    );
    const fenced = await produce(producerBatch({ producerId: 1000n, epoch: 0, sequence: 5, timestamp: Date.now() }));
    assert.equal(fenced.errorCode, ErrorCode.InvalidProducerEpoch);
    const partition = broker.broker.topics.replicas.getPartitionOrError('idem', 0);
    assert.equal(partition.logEndOffset, 5);
    const [producer] = partition.activeProducers();
    assert.deepEqual(
      [producer!.producerId, producer!.producerEpoch, producer!.lastSequence, producer!.currentTxnStartOffset],
      [1000n, 1, 4, -1],
    );
  });

  it('serves read_committed up to the LSO with the aborted transactions, and null for read_uncommitted', async () => {
    const replicas = broker.broker.topics.replicas;
    const start = replicas.getPartitionOrError('idem', 0).logEndOffset;
    const txn = (pid: bigint) =>
      produce(producerBatch({ producerId: pid, sequence: 0, n: 2, transactional: true, timestamp: Date.now() }), 'tx');
    assert.equal((await txn(2000n)).errorCode, ErrorCode.None);
    assert.equal((await txn(2001n)).errorCode, ErrorCode.None);
    const open = await fetchCommitted(BigInt(start));
    assert.equal(open.lastStableOffset, BigInt(start));
    assert.deepEqual(open.abortedTransactions, []);
    assert.equal(open.records?.length ?? 0, 0);
    const written = await replicas.writeTxnMarkers([
      { topic: 'idem', partition: 0, producerId: 2000n, producerEpoch: 0, coordinatorEpoch: 1, result: 'abort' },
      { topic: 'idem', partition: 0, producerId: 2001n, producerEpoch: 0, coordinatorEpoch: 1, result: 'commit' },
      { topic: 'nope', partition: 0, producerId: 2001n, producerEpoch: 0, coordinatorEpoch: 1, result: 'commit' },
    ]);
    assert.deepEqual(
      written.map((w) => w.errorCode),
      [ErrorCode.None, ErrorCode.None, ErrorCode.UnknownTopicOrPartition],
    );
    const done = await fetchCommitted(BigInt(start));
    assert.equal(done.lastStableOffset, BigInt(start + 6));
    assert.deepEqual(done.abortedTransactions, [{ producerId: 2000n, firstOffset: BigInt(start) }]);
    const records = await decodeAll(done.records!);
    assert.equal(records.length, 6, 'both transactions and their two markers: the consumer skips the aborted one');
    const uncommitted = await fetchCommitted(BigInt(start), 0);
    assert.equal(uncommitted.abortedTransactions, null);
    const fenced = await replicas.writeTxnMarkers([
      { topic: 'idem', partition: 0, producerId: 2000n, producerEpoch: 0, coordinatorEpoch: 0, result: 'commit' },
    ]);
    assert.equal(fenced[0]!.errorCode, ErrorCode.TransactionCoordinatorFenced);
  });
});
