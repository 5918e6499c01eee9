import assert from 'node:assert/strict';
import { Writer } from '../../protocol/primitives/writer';
import { decodeTxnKey, decodeTxnValue, encodeTxnKey, encodeTxnValue } from '../../src/transactions/records';

/**
 * `__transaction_state` records in Kafka's TransactionLogKey / TransactionLogValue layouts (Kafka 4.4's
 * DumpLogSegments --transaction-log-decoder reads a Brook segment: checked by hand, see src/transactions/README.md).
 */
describe('transactions: __transaction_state records', () => {
  it('key: int16 version 0 + string transactional id', () => {
    const key = encodeTxnKey('tx');
    assert.deepEqual([...key], [0, 0, 0, 2, 0x74, 0x78]);
    assert.equal(decodeTxnKey(key), 'tx');
    assert.equal(decodeTxnKey(Buffer.from([0, 9, 0, 0])), null, 'unknown key versions are skipped');
  });

  it('value v0 round-trips; Empty is written with null partitions', () => {
    const ongoing = {
      producerId: 4001n,
      producerEpoch: 3,
      previousProducerId: -1n,
      nextProducerId: -1n,
      txnTimeoutMs: 60000,
      state: 'Ongoing' as const,
      partitions: new Map([
        ['a', [0, 2]],
        ['b', [1]],
      ]),
      lastUpdateTimestamp: 1700000000123,
      startTimestamp: 1700000000100,
      clientTransactionVersion: 0,
    };
    const bytes = encodeTxnValue(ongoing);
    // version 0, producerId, epoch, timeout, status 1 (Ongoing), 2 topics...
    assert.deepEqual([...bytes.subarray(0, 2)], [0, 0]);
    assert.equal(bytes.readBigInt64BE(2), 4001n);
    assert.equal(bytes.readInt8(16), 1);
    assert.deepEqual(decodeTxnValue(bytes), ongoing);
    const empty = encodeTxnValue({ ...ongoing, state: 'Empty', partitions: new Map(), startTimestamp: -1 });
    assert.equal(empty.readInt32BE(17), -1, 'null TransactionPartitions');
    assert.equal(decodeTxnValue(empty).state, 'Empty');
  });

  it('value v1 (flexible, Kafka 4 with transaction.version >= 1) is read with its tagged fields', () => {
    const w = new Writer(128).int16(1).int64(7n).int16(2).int32(30000).int8(4); // CompleteCommit
    w.uvarint(2).compactString('t').uvarint(2).int32(5).uvarint(0); // one topic, one partition, no tags
    w.int64(111n).int64(100n);
    // tagged fields: PreviousProducerId (0), NextProducerId (1), ClientTransactionVersion (2)
    w.uvarint(3);
    w.uvarint(0).uvarint(8).int64(6n);
    w.uvarint(1).uvarint(8).int64(-1n);
    w.uvarint(2).uvarint(2).int16(2);
    const v = decodeTxnValue(Buffer.from(w.finish()));
    assert.deepEqual(
      [v.producerId, v.producerEpoch, v.state, [...v.partitions], v.previousProducerId, v.clientTransactionVersion],
      [7n, 2, 'CompleteCommit', [['t', [5]]], 6n, 2],
    );
  });

  it('refuses an unknown value version', () => {
    assert.throws(() => decodeTxnValue(Buffer.from([0, 5, 0, 0])), /value version 5/);
  });

  it('value v1 (written from transaction.version 1): compact, null partitions in Empty, tags 0-2 when set', () => {
    const prepared = {
      producerId: 4001n,
      producerEpoch: 32767,
      previousProducerId: 4001n,
      nextProducerId: 5000n,
      txnTimeoutMs: 60000,
      state: 'PrepareCommit' as const,
      partitions: new Map([
        ['a', [0, 2]],
        ['b', [1]],
      ]),
      lastUpdateTimestamp: 1700000000123,
      startTimestamp: 1700000000100,
      clientTransactionVersion: 2,
    };
    const bytes = encodeTxnValue(prepared, 1);
    assert.equal(bytes.readInt16BE(0), 1);
    assert.deepEqual(decodeTxnValue(bytes), prepared);
    const empty = {
      ...prepared,
      state: 'Empty' as const,
      partitions: new Map(),
      previousProducerId: -1n,
      nextProducerId: -1n,
      clientTransactionVersion: 0,
    };
    const emptyBytes = encodeTxnValue(empty, 1);
    assert.deepEqual(decodeTxnValue(emptyBytes), empty);
    // int16 version, int64 id, int16 epoch, int32 timeout, int8 state, uvarint 0 (null partitions), two int64
    // timestamps, then an empty tag section.
    assert.equal(emptyBytes.length, 2 + 8 + 2 + 4 + 1 + 1 + 8 + 8 + 1);
  });
});
