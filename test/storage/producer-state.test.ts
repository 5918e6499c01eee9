import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32c } from '../../protocol/crc32c';
import { PartitionLog } from '../../storage';
import { decodeSnapshot, encodeSnapshot, snapshotPath } from '../../storage/producer-snapshot';
import { ProducerStateEntry } from '../../storage/producer-state';
import { ABORTED_TXN_SIZE, decodeAbortedTxns } from '../../storage/txn-index';
import { encodeRecordBatchSync } from '../../protocol/records';
import { batch, batchOffsets, decodeAll, markerBatch, producerBatch, tempDir, valuesBatch } from './helpers';

const INT32_MAX = 0x7fffffff;

/** The error name a refused append carries (Kafka's code name). */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as { kafkaError: string }).kafkaError;
  }
  assert.fail('expected a refusal');
}

describe('storage: producer state (idempotence and transactions)', () => {
  let dir: string;
  let cleanup: () => void;
  let log: PartitionLog;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    log = PartitionLog.open(dir);
  });
  afterEach(async () => {
    if (!log.isClosed) log.closeWithoutFlush();
    await log.whenFlushed().catch(() => {});
    cleanup();
  });

  const append = (b: Buffer, origin?: 'client' | 'coordinator') => {
    const r = log.append(b, { origin });
    log.setHighWatermark(log.logEndOffset);
    return r;
  };

  describe('idempotence', () => {
    it('answers a retry of any of the last five batches with its original offsets, appending nothing', () => {
      append(valuesBatch('other', 2));
      for (let seq = 0; seq < 12; seq += 2) append(producerBatch({ producerId: 1n, sequence: seq, n: 2 }));
      const end = log.logEndOffset;
      // sequences 2..11 are the last five batches (2-3 .. 10-11); 0-1 fell out of the window
      const retry = log.append(producerBatch({ producerId: 1n, sequence: 4, n: 2 }));
      assert.equal(retry.duplicate, true);
      assert.deepEqual([retry.firstOffset, retry.lastOffset], [6, 7]);
      assert.equal(log.logEndOffset, end);
      assert.equal(
        refusal(() => log.append(producerBatch({ producerId: 1n, sequence: 0, n: 2 }))),
        'OUT_OF_ORDER_SEQUENCE_NUMBER',
      );
      const next = log.append(producerBatch({ producerId: 1n, sequence: 12 }));
      assert.equal(next.duplicate, false);
      assert.equal(next.firstOffset, end);
    });

    it('refuses a sequence gap, an older epoch, and a new epoch not starting at 0', () => {
      append(producerBatch({ producerId: 2n, epoch: 3, sequence: 0, n: 3 }));
      assert.equal(
        refusal(() => log.append(producerBatch({ producerId: 2n, epoch: 3, sequence: 4 }))),
        'OUT_OF_ORDER_SEQUENCE_NUMBER',
      );
      assert.equal(
        refusal(() => log.append(producerBatch({ producerId: 2n, epoch: 2, sequence: 3 }))),
        'INVALID_PRODUCER_EPOCH',
      );
      assert.equal(
        refusal(() => log.append(producerBatch({ producerId: 2n, epoch: 4, sequence: 3 }))),
        'OUT_OF_ORDER_SEQUENCE_NUMBER',
      );
      assert.equal(log.append(producerBatch({ producerId: 2n, epoch: 4, sequence: 0 })).duplicate, false);
      // the old epoch's batches are forgotten: its retry is now an old epoch, not a duplicate
      assert.equal(
        refusal(() => log.append(producerBatch({ producerId: 2n, epoch: 3, sequence: 0, n: 3 }))),
        'INVALID_PRODUCER_EPOCH',
      );
      assert.equal(log.logEndOffset, 4);
    });

    it('accepts an unknown producer at any sequence (Kafka since KIP-360) and wraps sequences at Int32 max', () => {
      append(producerBatch({ producerId: 3n, sequence: 500 }));
      append(producerBatch({ producerId: 4n, sequence: INT32_MAX - 1, n: 2 }));
      append(producerBatch({ producerId: 4n, sequence: 0, n: 2 }));
      const retry = log.append(producerBatch({ producerId: 4n, sequence: INT32_MAX - 1, n: 2 }));
      assert.equal(retry.duplicate, true);
      assert.equal(retry.firstOffset, 1);
      const entry = log.producerState.lastEntry(4n)!;
      assert.equal(entry.lastSeq, 1);
    });

    it('checks several batches of one append against each other, and refuses the whole append on an error', () => {
      const two = Buffer.concat([
        producerBatch({ producerId: 5n, sequence: 0, n: 2 }),
        producerBatch({ producerId: 5n, sequence: 2, n: 2 }),
      ]);
      assert.deepEqual(batchOffsets(Buffer.from(two)), [0, 0]);
      append(two);
      assert.equal(log.producerState.lastEntry(5n)!.lastSeq, 3);
      const gap = Buffer.concat([
        producerBatch({ producerId: 5n, sequence: 4 }),
        producerBatch({ producerId: 5n, sequence: 6 }),
      ]);
      assert.equal(
        refusal(() => log.append(gap)),
        'OUT_OF_ORDER_SEQUENCE_NUMBER',
      );
      assert.equal(log.logEndOffset, 4);
      assert.equal(log.producerState.lastEntry(5n)!.lastSeq, 3, 'a refused append changes no state');
    });

    it('expires producers idle for producer.id.expiration.ms, except those with an open transaction', async () => {
      log.closeWithoutFlush();
      log = PartitionLog.open(dir, {}, undefined, { producerIdExpirationMs: 1000 });
      append(producerBatch({ producerId: 6n, sequence: 0, timestamp: 10_000 }));
      append(producerBatch({ producerId: 7n, sequence: 0, transactional: true, timestamp: 10_000 }));
      assert.equal(log.removeExpiredProducers(10_999), 0);
      assert.equal(log.removeExpiredProducers(11_000), 1);
      assert.deepEqual([...log.producerState.activeProducers.keys()], [7n]);
      // forgotten: any sequence is accepted again
      assert.equal(log.append(producerBatch({ producerId: 6n, sequence: 77 })).duplicate, false);
    });
  });

  describe('transactions', () => {
    it('bounds the LSO by the oldest open transaction and moves it with the markers', () => {
      append(valuesBatch('a', 2)); // 0-1
      append(producerBatch({ producerId: 10n, sequence: 0, n: 2, transactional: true })); // 2-3
      append(producerBatch({ producerId: 11n, sequence: 0, transactional: true })); // 4
      append(valuesBatch('b', 1)); // 5
      assert.equal(log.lastStableOffset, 2);
      assert.equal(log.producerState.hasOngoingTransaction(10n), true);
      append(markerBatch({ producerId: 10n, commit: true }), 'coordinator'); // 6
      assert.equal(log.lastStableOffset, 4);
      assert.equal(log.producerState.hasOngoingTransaction(10n), false);
      append(markerBatch({ producerId: 11n, commit: false }), 'coordinator'); // 7
      assert.equal(log.lastStableOffset, 8);
      const entries = log.segmentBaseOffsets.flatMap(() =>
        decodeAbortedTxns(readFileSync(join(dir, '00000000000000000000.txnindex'))),
      );
      assert.deepEqual(entries, [{ producerId: 11n, firstOffset: 4, lastOffset: 7, lastStableOffset: 8 }]);
      const read = log.read(0, { maxBytes: 1 << 20, isolation: 'committed' });
      assert.deepEqual(read.abortedTransactions, [{ producerId: 11n, firstOffset: 4 }]);
      assert.equal(log.read(0, { maxBytes: 1 << 20 }).abortedTransactions, null);
    });

    it('keeps the LSO below a marker the high watermark has not passed (unreplicated)', () => {
      append(producerBatch({ producerId: 12n, sequence: 0, transactional: true }));
      log.append(markerBatch({ producerId: 12n, commit: true }), { origin: 'coordinator' });
      assert.equal(log.lastStableOffset, 0, 'HW still 1: the commit is not replicated');
      log.setHighWatermark(2);
      assert.equal(log.lastStableOffset, 2);
    });

    it('fences markers from an older producer or coordinator epoch, refuses non-transactional data in a txn, writes markers without a txn', () => {
      append(producerBatch({ producerId: 13n, epoch: 2, sequence: 0, transactional: true }));
      assert.equal(
        refusal(() => log.append(producerBatch({ producerId: 13n, epoch: 2, sequence: 1 }))),
        'INVALID_TXN_STATE',
      );
      append(markerBatch({ producerId: 13n, epoch: 2, commit: false, coordinatorEpoch: 5 }), 'coordinator');
      assert.equal(
        refusal(() =>
          log.append(markerBatch({ producerId: 13n, epoch: 2, commit: true, coordinatorEpoch: 4 }), {
            origin: 'coordinator',
          }),
        ),
        'TRANSACTION_COORDINATOR_FENCED',
      );
      assert.equal(
        refusal(() =>
          log.append(markerBatch({ producerId: 13n, epoch: 1, commit: true, coordinatorEpoch: 6 }), {
            origin: 'coordinator',
          }),
        ),
        'INVALID_PRODUCER_EPOCH',
      );
      // no open transaction: the marker is still written, and only moves the epochs
      const end = log.logEndOffset;
      append(markerBatch({ producerId: 13n, epoch: 3, commit: true, coordinatorEpoch: 6 }), 'coordinator');
      assert.equal(log.logEndOffset, end + 1);
      const e = log.producerState.lastEntry(13n)!;
      assert.deepEqual([e.producerEpoch, e.coordinatorEpoch, e.currentTxnFirstOffset], [3, 6, null]);
    });

    it('compaction drops the records of aborted transactions and keeps the committed ones and the markers', async () => {
      log.closeWithoutFlush();
      log = PartitionLog.open(dir, { segmentBytes: 300, cleanupPolicy: 'compact' });
      const keyed = (pid: bigint, key: string) =>
        encodeRecordBatchSync({
          producerId: pid,
          producerEpoch: 0,
          baseSequence: 0,
          isTransactional: true,
          records: [{ key: Buffer.from(key), value: Buffer.from(`${pid}`), timestamp: 1_700_000_000_000 }],
        });
      append(keyed(60n, 'a'));
      append(markerBatch({ producerId: 60n, commit: true }), 'coordinator');
      append(keyed(61n, 'b'));
      append(markerBatch({ producerId: 61n, commit: false }), 'coordinator');
      for (let i = 0; i < 6; i++) append(batch([{ key: `k${i}`, value: 'v' }]));
      assert.ok(log.segmentCount > 2);
      await log.compact({ force: true });
      const keys: (string | null)[] = [];
      for (const segment of log.segmentsInfo()) {
        if (segment.size === 0) continue;
        const from = Math.max(segment.baseOffset, log.logStartOffset);
        const read = log.read(from, { maxBytes: 1 << 20, isolation: 'log-end' });
        for (const r of await decodeAll(read.records)) if (r.offset < segment.nextOffset) keys.push(r.key);
      }
      assert.ok(keys.includes('k5'), `every segment was read: ${keys}`);
      assert.ok(keys.includes('a'), `${keys}`);
      assert.ok(!keys.includes('b'), `the aborted record is gone: ${keys}`);
    });

    it('checks transaction-version-2 markers strictly: epoch bumped past the data, a written marker retried is accepted', () => {
      append(producerBatch({ producerId: 14n, epoch: 4, sequence: 0, transactional: true }));
      const marker = (epoch: number) =>
        log.append(markerBatch({ producerId: 14n, epoch, commit: true, coordinatorEpoch: 1 }), {
          origin: 'coordinator',
          transactionVersion: 2,
        });
      assert.equal(
        refusal(() => marker(4)),
        'INVALID_PRODUCER_EPOCH',
      );
      marker(5);
      assert.equal(log.producerState.hasOngoingTransaction(14n), false);
      const end = log.logEndOffset;
      marker(5); // the coordinator's retry of a marker already written
      assert.equal(log.logEndOffset, end + 1);
      assert.equal(
        refusal(() => marker(4)),
        'INVALID_PRODUCER_EPOCH',
      );
    });

    it('collects aborted transactions across segment boundaries up to the end of the read', () => {
      log.closeWithoutFlush();
      log = PartitionLog.open(dir, { segmentBytes: 400 });
      append(producerBatch({ producerId: 20n, sequence: 0, transactional: true })); // 0, segment 0
      for (let i = 0; i < 6; i++) append(valuesBatch(`fill${i}`, 1)); // 1-6, rolls
      append(markerBatch({ producerId: 20n, commit: false }), 'coordinator'); // 7
      append(producerBatch({ producerId: 21n, sequence: 0, transactional: true })); // 8
      append(markerBatch({ producerId: 21n, commit: false }), 'coordinator'); // 9
      assert.ok(log.segmentCount > 1, `${log.segmentBaseOffsets}`);
      const fromStart = log.read(0, { maxBytes: 1, isolation: 'committed' });
      assert.deepEqual(batchOffsets(fromStart.records), [0]);
      assert.deepEqual(
        fromStart.abortedTransactions,
        [{ producerId: 20n, firstOffset: 0 }],
        'its marker is in a later segment',
      );
      const txnFiles = readdirSync(dir).filter((f) => f.endsWith('.txnindex'));
      assert.equal(txnFiles.length >= 1, true);
      const all = txnFiles.flatMap((f) => decodeAbortedTxns(readFileSync(join(dir, f))));
      assert.deepEqual(
        all.map((t) => [t.producerId, t.firstOffset, t.lastOffset]),
        [
          [20n, 0, 7],
          [21n, 8, 9],
        ],
      );
      const late = log.read(8, { maxBytes: 1 << 20, isolation: 'committed' });
      assert.deepEqual(late.abortedTransactions, [{ producerId: 21n, firstOffset: 8 }]);
    });
  });

  describe('snapshots and recovery', () => {
    it("writes snapshots in Kafka's layout: version 1, CRC-32C, 46-byte entries", () => {
      const entry = new ProducerStateEntry(0x0102030405060708n, 7, 9, 1234, 55);
      entry.batches.push({ lastSeq: 41, lastOffset: 60, offsetDelta: 3, timestamp: 1234 });
      const bytes = encodeSnapshot([entry]);
      assert.equal(bytes.length, 2 + 4 + 4 + 46);
      assert.equal(bytes.readInt16BE(0), 1);
      assert.equal(bytes.readUInt32BE(2), crc32c(bytes.subarray(6)));
      assert.equal(bytes.readInt32BE(6), 1);
      assert.equal(
        bytes.subarray(10).toString('hex'),
        [
          '0102030405060708',
          '0007',
          '00000029',
          '000000000000003c',
          '00000003',
          '00000000000004d2',
          '00000009',
          '0000000000000037',
        ].join(''),
      );
      const [back] = decodeSnapshot(bytes);
      assert.deepEqual(
        [
          back!.producerId,
          back!.producerEpoch,
          back!.lastSeq,
          back!.lastDataOffset,
          back!.coordinatorEpoch,
          back!.currentTxnFirstOffset,
        ],
        [0x0102030405060708n, 7, 41, 60, 9, 55],
      );
      bytes[20] ^= 1;
      assert.throws(() => decodeSnapshot(bytes), /CRC/);
    });

    // Producers are loaded from a snapshot unless expired (producer.id.expiration.ms against the clock): these
    // tests write current timestamps.
    it('snapshots at rolls and clean close; a reopened log keeps dedupe, open transactions and aborted lists', async () => {
      log.closeWithoutFlush();
      await log.whenFlushed().catch(() => {});
      log = PartitionLog.open(dir, { segmentBytes: 300 });
      append(producerBatch({ producerId: 30n, sequence: 0, n: 2, timestamp: Date.now() }));
      for (let i = 0; i < 4; i++) append(valuesBatch(`f${i}`, 1));
      append(producerBatch({ producerId: 31n, sequence: 0, transactional: true }));
      append(markerBatch({ producerId: 31n, commit: false }), 'coordinator');
      append(producerBatch({ producerId: 32n, sequence: 0, transactional: true }));
      assert.ok(log.producerSnapshotOffsets.length > 0, 'a roll took a snapshot');
      const lso = log.lastStableOffset;
      const end = log.logEndOffset;
      log.close();
      assert.ok(existsSync(snapshotPath(dir, end)), 'clean close snapshots at the log end');
      // Writes still on libuv's pool (the rolls' checkpoints) end before the log is opened again.
      await log.whenFlushed();
      log = PartitionLog.open(dir, { segmentBytes: 300 });
      log.setHighWatermark(log.logEndOffset);
      assert.equal(log.lastStableOffset, lso);
      assert.equal(
        log.append(producerBatch({ producerId: 30n, sequence: 0, n: 2, timestamp: Date.now() })).firstOffset,
        0,
        'dedupe survives',
      );
      assert.deepEqual(log.read(6, { maxBytes: 1 << 20, isolation: 'committed' }).abortedTransactions, [
        { producerId: 31n, firstOffset: 6 },
      ]);
    });

    it('after a crash replays from the newest snapshot at or below the recovery point and rebuilds .txnindex', () => {
      append(producerBatch({ producerId: 40n, sequence: 0, transactional: true })); // 0
      append(markerBatch({ producerId: 40n, commit: false }), 'coordinator'); // 1
      append(producerBatch({ producerId: 41n, sequence: 0, n: 3 })); // 2-4
      append(producerBatch({ producerId: 42n, sequence: 0, transactional: true })); // 5
      log.closeWithoutFlush(); // no snapshot, no clean-shutdown marker
      writeFileSync(join(dir, '00000000000000000000.txnindex'), Buffer.alloc(0)); // lost with the crash
      // a torn snapshot beyond what was flushed must not be used
      writeFileSync(snapshotPath(dir, 6), Buffer.from([0, 1, 2]));
      log = PartitionLog.open(dir);
      log.setHighWatermark(log.logEndOffset);
      assert.equal(log.lastStableOffset, 5);
      assert.equal(log.append(producerBatch({ producerId: 41n, sequence: 0, n: 3 })).firstOffset, 2);
      const entries = decodeAbortedTxns(readFileSync(join(dir, '00000000000000000000.txnindex')));
      assert.deepEqual(entries, [{ producerId: 40n, firstOffset: 0, lastOffset: 1, lastStableOffset: 2 }]);
      assert.equal(readFileSync(join(dir, '00000000000000000000.txnindex')).length, ABORTED_TXN_SIZE);
    });

    it('truncation drops state, snapshots and index entries above the truncation point', () => {
      log.closeWithoutFlush();
      log = PartitionLog.open(dir, { segmentBytes: 300 });
      append(producerBatch({ producerId: 50n, sequence: 0, timestamp: Date.now() })); // 0
      for (let i = 0; i < 4; i++) append(valuesBatch(`g${i}`, 1)); // 1-4
      append(producerBatch({ producerId: 51n, sequence: 0, transactional: true })); // 5
      append(markerBatch({ producerId: 51n, commit: false }), 'coordinator'); // 6
      append(producerBatch({ producerId: 50n, sequence: 1 })); // 7
      const snaps = log.producerSnapshotOffsets.length;
      assert.ok(snaps > 0);
      log.truncateTo(6);
      assert.ok(log.producerSnapshotOffsets.every((o) => o <= 6));
      assert.equal(log.producerState.hasOngoingTransaction(51n), true, 'the abort marker is gone');
      assert.equal(log.producerState.lastEntry(50n)!.lastSeq, 0);
      assert.deepEqual(log.read(0, { maxBytes: 1 << 20, isolation: 'log-end' }).abortedTransactions, null);
      log.setHighWatermark(6);
      assert.deepEqual(log.read(0, { maxBytes: 1 << 20, isolation: 'committed' }).abortedTransactions, []);
      assert.equal(log.lastStableOffset, 5);
    });
  });
});
