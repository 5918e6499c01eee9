import assert from 'node:assert/strict';
import { ErrorCode } from '../../src/errors';
import { decodeTxnValue } from '../../src/transactions/records';
import { type TxnHarness, txnHarness } from './helpers';

const TID = 'tv2';
const TP = [{ topic: 't', partition: 0 }];

/** A transactional id initialized and holding an Ongoing TV2 transaction (a Produce v12 added its partition). */
async function ongoing(h: TxnHarness, epoch?: number) {
  const init = await h.coordinator.initProducerId(TID, 60000, null);
  if (epoch !== undefined) h.coordinator.transaction(TID)!.producerEpoch = epoch;
  const producerEpoch = epoch ?? init.producerEpoch;
  assert.equal(await h.coordinator.addPartitions(TID, init.producerId, producerEpoch, TP, 2), ErrorCode.None);
  return { producerId: init.producerId, producerEpoch };
}

function lastValueBytes(h: TxnHarness) {
  return h.log.records.at(-1)!.value!;
}

describe('transactions: coordinator, transaction version 2 (KIP-890 part 2)', () => {
  it('EndTxn v5 bumps the epoch, answers it, writes the markers with it (TV2) and records the version', async () => {
    const h = await txnHarness();
    const p = await ongoing(h);
    assert.equal(h.coordinator.transaction(TID)!.clientTransactionVersion, 2);
    const end = await h.coordinator.endTxn(TID, p.producerId, p.producerEpoch, true, 2);
    assert.deepEqual([end.errorCode, end.producerId, end.producerEpoch], [0, p.producerId, p.producerEpoch + 1]);
    await h.coordinator.whenComplete(TID);
    assert.deepEqual(
      h.markers.written.map((m) => [m.result, m.producerEpoch, m.transactionVersion]),
      [['commit', p.producerEpoch + 1, 2]],
    );
    const md = h.coordinator.transaction(TID)!;
    assert.deepEqual([md.state, md.producerEpoch, md.lastProducerEpoch], ['CompleteCommit', 1, 0]);
    // transaction.version 2 is finalized: the log value is v1, carrying ClientTransactionVersion.
    assert.equal(lastValueBytes(h).readInt16BE(0), 1);
    assert.equal(decodeTxnValue(lastValueBytes(h)).clientTransactionVersion, 2);
  });

  it('a retried EndTxn (the epoch before the bump) gets the same answer; the old epoch is fenced after', async () => {
    const h = await txnHarness();
    const p = await ongoing(h);
    await h.coordinator.endTxn(TID, p.producerId, p.producerEpoch, true, 2);
    await h.coordinator.whenComplete(TID);
    const retry = await h.coordinator.endTxn(TID, p.producerId, p.producerEpoch, true, 2);
    assert.deepEqual([retry.errorCode, retry.producerEpoch], [0, p.producerEpoch + 1]);
    assert.equal(
      (await h.coordinator.endTxn(TID, p.producerId, p.producerEpoch, false, 2)).errorCode,
      ErrorCode.InvalidTxnState,
    );
    assert.equal(
      await h.coordinator.addPartitions(TID, p.producerId, p.producerEpoch, TP, 2),
      ErrorCode.ProducerFenced,
    );
    // The next transaction runs at the epoch EndTxn answered.
    assert.equal(await h.coordinator.addPartitions(TID, p.producerId, p.producerEpoch + 1, TP, 2), ErrorCode.None);
    assert.equal(
      (await h.coordinator.endTxn(TID, p.producerId, p.producerEpoch + 5, true, 2)).errorCode,
      ErrorCode.ProducerFenced,
    );
  });

  it('aborts a transaction no partition joined (Empty, CompleteAbort): epoch bumped, no marker; a commit there is refused', async () => {
    const h = await txnHarness();
    const init = await h.coordinator.initProducerId(TID, 60000, null);
    assert.equal(
      (await h.coordinator.endTxn(TID, init.producerId, init.producerEpoch, true, 2)).errorCode,
      ErrorCode.InvalidTxnState,
    );
    const abort = await h.coordinator.endTxn(TID, init.producerId, init.producerEpoch, false, 2);
    assert.deepEqual([abort.errorCode, abort.producerEpoch], [0, init.producerEpoch + 1]);
    await h.coordinator.whenComplete(TID);
    assert.equal(h.coordinator.stateOf(TID), 'CompleteAbort');
    assert.deepEqual(h.markers.written, []);
    // From CompleteAbort at the current epoch, a new empty abort bumps again (not a retry).
    const again = await h.coordinator.endTxn(TID, init.producerId, init.producerEpoch + 1, false, 2);
    assert.deepEqual([again.errorCode, again.producerEpoch], [0, init.producerEpoch + 2]);
  });

  it('rotates to a new producer id when the epoch is exhausted: markers at the old id, the answer at the new id', async () => {
    const h = await txnHarness();
    const p = await ongoing(h, 32766);
    const end = await h.coordinator.endTxn(TID, p.producerId, 32766, true, 2);
    assert.equal(end.errorCode, 0);
    assert.notEqual(end.producerId, p.producerId);
    assert.equal(end.producerEpoch, 0);
    await h.coordinator.whenComplete(TID);
    assert.deepEqual(
      h.markers.written.map((m) => [m.producerId, m.producerEpoch]),
      [[p.producerId, 32767]],
    );
    const md = h.coordinator.transaction(TID)!;
    assert.deepEqual([md.producerId, md.producerEpoch, md.previousProducerId], [end.producerId, 0, p.producerId]);
    // The retry (previous id, last epoch) is recognized.
    const retry = await h.coordinator.endTxn(TID, p.producerId, 32766, true, 2);
    assert.deepEqual([retry.errorCode, retry.producerId, retry.producerEpoch], [0, end.producerId, 0]);
  });

  it('recovers a TV2 PrepareCommit from the log: the version and the next producer id survive the restart', async () => {
    const h = await txnHarness();
    const p = await ongoing(h, 32766);
    h.markers.gate = new Promise(() => {}); // markers never finish before the "crash"
    const end = await h.coordinator.endTxn(TID, p.producerId, 32766, true, 2);
    const prepared = decodeTxnValue(lastValueBytes(h));
    assert.deepEqual(
      [prepared.state, prepared.clientTransactionVersion, prepared.nextProducerId, prepared.producerEpoch],
      ['PrepareCommit', 2, end.producerId, 32767],
    );
    const h2 = await h.restart();
    await h2.coordinator.whenComplete(TID);
    assert.deepEqual(
      h2.markers.written.map((m) => [m.producerId, m.producerEpoch, m.transactionVersion]),
      [[p.producerId, 32767, 2]],
    );
    const md = h2.coordinator.transaction(TID)!;
    assert.deepEqual([md.state, md.producerId, md.producerEpoch], ['CompleteCommit', end.producerId, 0]);
  });

  it('transaction.version 0: the log value stays v0 and the coordinator fences with TV1 markers', async () => {
    const h = await txnHarness({ transactionVersion: 0 });
    const p = await h.coordinator.initProducerId(TID, 60000, null);
    await h.coordinator.addPartitions(TID, p.producerId, p.producerEpoch, TP);
    assert.equal(lastValueBytes(h).readInt16BE(0), 0);
    assert.equal((await h.coordinator.initProducerId(TID, 60000, null)).errorCode, ErrorCode.ConcurrentTransactions);
    await h.coordinator.whenComplete(TID);
    assert.deepEqual(
      h.markers.written.map((m) => [m.result, m.producerEpoch, m.transactionVersion]),
      [['abort', p.producerEpoch + 1, 0]],
    );
  });

  it('transaction.version 2: a fence or a timeout aborts with a TV2 marker at the bumped epoch', async () => {
    const h = await txnHarness({ abortTimedOutIntervalMs: 1000 });
    const p = await h.coordinator.initProducerId(TID, 3000, null);
    await h.coordinator.addPartitions(TID, p.producerId, p.producerEpoch, TP);
    await h.advance(4500);
    assert.equal(h.coordinator.stateOf(TID), 'CompleteAbort');
    assert.deepEqual(
      h.markers.written.map((m) => [m.result, m.producerEpoch, m.transactionVersion]),
      [['abort', p.producerEpoch + 1, 2]],
    );
    // The timed-out (classic) producer is fenced.
    assert.equal(
      (await h.coordinator.endTxn(TID, p.producerId, p.producerEpoch, true)).errorCode,
      ErrorCode.ProducerFenced,
    );
  });
});
