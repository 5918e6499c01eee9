import assert from 'node:assert/strict';
import { ErrorCode } from '../../src/errors';
import { decodeTxnKey, decodeTxnValue } from '../../src/transactions/records';
import { settle, type TxnHarness, txnHarness } from './helpers';

const TID = 'txn-1';

async function init(
  h: TxnHarness,
  tid = TID,
  timeoutMs = 60000,
  expected = null as null | { producerId: bigint; producerEpoch: number },
) {
  return h.coordinator.initProducerId(tid, timeoutMs, expected);
}

function lastValue(h: TxnHarness) {
  const record = h.log.records.at(-1)!;
  return { id: decodeTxnKey(record.key), value: record.value ? decodeTxnValue(record.value) : null };
}

describe('transactions: coordinator state machine', () => {
  it('gives an idempotent producer a fresh id at epoch 0, also when it asks with its current id (KIP-360)', async () => {
    const h = await txnHarness();
    const a = await h.coordinator.initProducerId(null, 0, null);
    const b = await h.coordinator.initProducerId(null, 0, { producerId: a.producerId, producerEpoch: 5 });
    assert.deepEqual([a.errorCode, a.producerEpoch, b.errorCode, b.producerEpoch], [0, 0, 0, 0]);
    assert.notEqual(a.producerId, b.producerId);
    assert.equal(h.log.records.length, 0, 'idempotent producers leave no transaction state');
  });

  it('rejects an empty transactional id and a timeout above transaction.max.timeout.ms', async () => {
    const h = await txnHarness({ maxTimeoutMs: 1000 });
    assert.equal((await init(h, '')).errorCode, ErrorCode.InvalidRequest);
    assert.equal((await init(h, TID, 1001)).errorCode, ErrorCode.InvalidTransactionTimeout);
    assert.equal((await init(h, TID, 1000)).errorCode, ErrorCode.None);
  });

  it('initializes a transactional id at epoch 0 and bumps the epoch on every InitProducerId', async () => {
    const h = await txnHarness();
    const first = await init(h);
    assert.deepEqual([first.errorCode, first.producerEpoch], [0, 0]);
    const again = await init(h);
    assert.deepEqual([again.errorCode, again.producerId, again.producerEpoch], [0, first.producerId, 1]);
    const { id, value } = lastValue(h);
    assert.equal(id, TID);
    assert.equal(value?.state, 'Empty');
    assert.equal(value?.producerEpoch, 1);
  });

  it('KIP-360: a retry with the epoch before a bump gets the same answer; an unknown epoch is fenced', async () => {
    const h = await txnHarness();
    const first = await init(h);
    const expected = { producerId: first.producerId, producerEpoch: 0 };
    const bumped = await init(h, TID, 60000, expected);
    assert.equal(bumped.producerEpoch, 1);
    const retry = await init(h, TID, 60000, expected);
    assert.deepEqual([retry.errorCode, retry.producerEpoch], [0, 1]);
    const stale = await init(h, TID, 60000, { producerId: first.producerId, producerEpoch: 7 });
    assert.equal(stale.errorCode, ErrorCode.ProducerFenced);
    const other = await init(h, TID, 60000, { producerId: 99999n, producerEpoch: 0 });
    assert.equal(other.errorCode, ErrorCode.ProducerFenced);
  });

  it('rotates the producer id when the epoch is exhausted', async () => {
    const h = await txnHarness();
    const first = await init(h);
    h.coordinator.transaction(TID)!.producerEpoch = 32766;
    const rotated = await init(h);
    assert.equal(rotated.errorCode, 0);
    assert.notEqual(rotated.producerId, first.producerId);
    assert.equal(rotated.producerEpoch, 0);
  });

  it('adds partitions (Ongoing), checks the producer, and commits: PrepareCommit, markers, CompleteCommit', async () => {
    const h = await txnHarness();
    const { producerId, producerEpoch } = await init(h);
    const tp = [
      { topic: 't', partition: 0 },
      { topic: 't', partition: 1 },
    ];
    assert.equal(await h.coordinator.addPartitions(TID, 123n, producerEpoch, tp), ErrorCode.InvalidProducerIdMapping);
    assert.equal(
      await h.coordinator.addPartitions('nobody', producerId, producerEpoch, tp),
      ErrorCode.InvalidProducerIdMapping,
    );
    assert.equal(await h.coordinator.addPartitions(TID, producerId, producerEpoch + 1, tp), ErrorCode.ProducerFenced);
    assert.equal(await h.coordinator.addPartitions(TID, producerId, producerEpoch, tp), ErrorCode.None);
    assert.equal(h.coordinator.stateOf(TID), 'Ongoing');
    assert.deepEqual([...lastValue(h).value!.partitions], [['t', [0, 1]]]);

    let release!: () => void;
    h.markers.gate = new Promise((r) => {
      release = r;
    });
    const end = await h.coordinator.endTxn(TID, producerId, producerEpoch, true);
    assert.equal(end.errorCode, ErrorCode.None);
    assert.equal(lastValue(h).value?.state, 'PrepareCommit', 'the answer follows a durable PrepareCommit');
    assert.equal(h.coordinator.stateOf(TID), 'PrepareCommit');
    // While markers are being written, the id is busy.
    assert.equal(
      await h.coordinator.addPartitions(TID, producerId, producerEpoch, tp),
      ErrorCode.ConcurrentTransactions,
    );
    assert.equal((await init(h)).errorCode, ErrorCode.ConcurrentTransactions);
    assert.equal(
      (await h.coordinator.endTxn(TID, producerId, producerEpoch, true)).errorCode,
      ErrorCode.ConcurrentTransactions,
    );
    assert.equal(
      (await h.coordinator.endTxn(TID, producerId, producerEpoch, false)).errorCode,
      ErrorCode.InvalidTxnState,
    );
    release();
    await h.coordinator.whenComplete(TID);
    assert.equal(h.coordinator.stateOf(TID), 'CompleteCommit');
    assert.equal(lastValue(h).value?.state, 'CompleteCommit');
    assert.deepEqual(
      h.markers.written.map((m) => [m.topic, m.partition, m.result, m.producerId, m.producerEpoch]),
      [
        ['t', 0, 'commit', producerId, producerEpoch],
        ['t', 1, 'commit', producerId, producerEpoch],
      ],
    );
    // A retried EndTxn after completion succeeds; the opposite result does not.
    assert.equal((await h.coordinator.endTxn(TID, producerId, producerEpoch, true)).errorCode, ErrorCode.None);
    assert.equal(
      (await h.coordinator.endTxn(TID, producerId, producerEpoch, false)).errorCode,
      ErrorCode.InvalidTxnState,
    );
    // EndTxn without a transaction.
    await init(h);
    assert.equal(
      (await h.coordinator.endTxn(TID, producerId, producerEpoch + 1, false)).errorCode,
      ErrorCode.InvalidTxnState,
    );
  });

  it('retries markers a partition could not take, and completes once all are written', async () => {
    const h = await txnHarness();
    const { producerId, producerEpoch } = await init(h);
    await h.coordinator.addPartitions(TID, producerId, producerEpoch, [{ topic: 't', partition: 0 }]);
    h.markers.failWith.set('t-0', ErrorCode.NotLeaderOrFollower);
    await h.coordinator.endTxn(TID, producerId, producerEpoch, false);
    await h.advance(500);
    assert.equal(h.coordinator.stateOf(TID), 'PrepareAbort');
    assert.ok(h.markers.calls >= 3, `retried (${h.markers.calls} calls)`);
    h.markers.failWith.delete('t-0');
    await h.advance(200);
    assert.equal(h.coordinator.stateOf(TID), 'CompleteAbort');
    assert.equal(h.markers.written.length, 1);
  });

  it('fences the previous producer: its Ongoing transaction is aborted at a bumped epoch, the retry gets the next', async () => {
    const h = await txnHarness();
    const old = await init(h);
    await h.coordinator.addPartitions(TID, old.producerId, old.producerEpoch, [{ topic: 't', partition: 0 }]);
    const first = await init(h);
    assert.equal(first.errorCode, ErrorCode.ConcurrentTransactions);
    await h.coordinator.whenComplete(TID);
    assert.equal(h.coordinator.stateOf(TID), 'CompleteAbort');
    assert.deepEqual(
      h.markers.written.map((m) => [m.result, m.producerEpoch]),
      [['abort', old.producerEpoch + 1]],
    );
    const retry = await init(h);
    assert.deepEqual(
      [retry.errorCode, retry.producerId, retry.producerEpoch],
      [0, old.producerId, old.producerEpoch + 2],
    );
    // The fenced producer cannot go on.
    assert.equal(
      await h.coordinator.addPartitions(TID, old.producerId, old.producerEpoch, [{ topic: 't', partition: 1 }]),
      ErrorCode.ProducerFenced,
    );
    assert.equal(
      (await h.coordinator.endTxn(TID, old.producerId, old.producerEpoch, true)).errorCode,
      ErrorCode.ProducerFenced,
    );
  });

  it('aborts a transaction past its timeout (transaction.abort.timed.out.transaction.cleanup.interval.ms)', async () => {
    const h = await txnHarness({ abortTimedOutIntervalMs: 1000 });
    const p = await init(h, TID, 3000);
    await h.coordinator.addPartitions(TID, p.producerId, p.producerEpoch, [{ topic: 't', partition: 0 }]);
    await h.advance(2500);
    assert.equal(h.coordinator.stateOf(TID), 'Ongoing');
    await h.advance(2000);
    assert.equal(h.coordinator.stateOf(TID), 'CompleteAbort');
    assert.deepEqual(
      h.markers.written.map((m) => [m.result, m.producerEpoch]),
      [['abort', p.producerEpoch + 1]],
    );
    // The timed-out producer is fenced: its commit is refused.
    assert.equal(
      (await h.coordinator.endTxn(TID, p.producerId, p.producerEpoch, true)).errorCode,
      ErrorCode.ProducerFenced,
    );
  });

  it('expires idle transactional ids with a tombstone (transactional.id.expiration.ms)', async () => {
    const h = await txnHarness({ transactionalIdExpirationMs: 5000, removeExpiredIntervalMs: 1000 });
    await init(h);
    await h.advance(7000);
    assert.equal(h.coordinator.stateOf(TID), undefined);
    assert.equal(h.log.records.at(-1)!.value, null);
    assert.equal(h.coordinator.describe(TID).errorCode, ErrorCode.TransactionalIdNotFound);
    const again = await init(h);
    assert.deepEqual([again.errorCode, again.producerEpoch], [0, 0]);
  });

  it('recovers from its log: settled ids keep their epoch, PrepareCommit resumes its markers', async () => {
    const h = await txnHarness();
    const a = await init(h, 'a');
    const b = await init(h, 'b');
    await h.coordinator.addPartitions('b', b.producerId, b.producerEpoch, [{ topic: 't', partition: 2 }]);
    h.markers.gate = new Promise(() => {}); // markers never finish before the "crash"
    await h.coordinator.endTxn('b', b.producerId, b.producerEpoch, true);
    const h2 = await h.restart();
    assert.equal(h2.coordinator.stateOf('a'), 'Empty');
    await h2.coordinator.whenComplete('b');
    assert.equal(h2.coordinator.stateOf('b'), 'CompleteCommit');
    assert.deepEqual(
      h2.markers.written.map((m) => [m.topic, m.partition, m.result]),
      [['t', 2, 'commit']],
    );
    const a2 = await init(h2, 'a');
    assert.deepEqual([a2.producerId, a2.producerEpoch], [a.producerId, a.producerEpoch + 1]);
    // No producer id is handed out twice across the restart.
    const fresh = await h2.coordinator.initProducerId(null, 0, null);
    assert.ok(fresh.producerId > b.producerId);
  });

  it('recovers an Ongoing transaction, which then times out normally', async () => {
    const h = await txnHarness({ abortTimedOutIntervalMs: 1000 });
    const p = await init(h, TID, 5000);
    await h.coordinator.addPartitions(TID, p.producerId, p.producerEpoch, [{ topic: 't', partition: 0 }]);
    const h2 = await h.restart();
    assert.equal(h2.coordinator.stateOf(TID), 'Ongoing');
    await h2.advance(7000);
    assert.equal(h2.coordinator.stateOf(TID), 'CompleteAbort');
  });

  it('answers a failed state write with COORDINATOR_NOT_AVAILABLE and keeps the previous state', async () => {
    const h = await txnHarness();
    const p = await init(h);
    h.log.failNext = new Error('disk full');
    assert.equal(
      await h.coordinator.addPartitions(TID, p.producerId, p.producerEpoch, [{ topic: 't', partition: 0 }]),
      ErrorCode.CoordinatorNotAvailable,
    );
    assert.equal(h.coordinator.stateOf(TID), 'Empty');
    assert.equal(
      await h.coordinator.addPartitions(TID, p.producerId, p.producerEpoch, [{ topic: 't', partition: 0 }]),
      ErrorCode.None,
    );
  });

  it('verifies partitions for brokers (AddPartitionsToTxn v4 verifyOnly)', async () => {
    const h = await txnHarness();
    const p = await init(h);
    await h.coordinator.addPartitions(TID, p.producerId, p.producerEpoch, [{ topic: 't', partition: 0 }]);
    const answer = await h.coordinator.verifyPartitions(TID, p.producerId, p.producerEpoch, [
      { topic: 't', partition: 0 },
      { topic: 't', partition: 1 },
    ]);
    assert.deepEqual(
      answer.map((a) => a.errorCode),
      [ErrorCode.None, ErrorCode.TransactionAbortable],
    );
  });

  it('describes and lists transactions with state, producer id and duration filters', async () => {
    const h = await txnHarness();
    const a = await init(h, 'a');
    const b = await init(h, 'b');
    await h.coordinator.addPartitions('b', b.producerId, b.producerEpoch, [{ topic: 't', partition: 3 }]);
    const described = h.coordinator.describe('b');
    assert.equal(described.transactionState, 'Ongoing');
    assert.deepEqual(described.topics, [{ topic: 't', partitions: [3] }]);
    assert.equal(described.transactionStartTimeMs, BigInt(h.scheduler.now()));
    assert.equal(h.coordinator.describe('nope').errorCode, ErrorCode.TransactionalIdNotFound);
    const ids = (l: { transactionStates: { transactionalId: string }[] }) =>
      l.transactionStates.map((t) => t.transactionalId).sort();
    assert.deepEqual(ids(h.coordinator.list([], [])), ['a', 'b']);
    assert.deepEqual(ids(h.coordinator.list(['Ongoing'], [])), ['b']);
    assert.deepEqual(ids(h.coordinator.list([], [a.producerId])), ['a']);
    assert.deepEqual(h.coordinator.list(['Bogus'], []).unknownStateFilters, ['Bogus']);
    assert.deepEqual(ids(h.coordinator.list([], [], 1000)), []);
    await h.advance(1500);
    assert.deepEqual(ids(h.coordinator.list([], [], 1000)), ['b']);
    await settle();
  });
});
