import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CompressionCodec, encodeRecordBatch, RecordBatchHeader } from '../../protocol/records';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, MAX_TIMESTAMP, PartitionLog } from '../../storage/partition-log';
import type { LogSegment } from '../../storage/segment';
import {
  InvalidRecordBatchError,
  KafkaStorageError,
  LogClosedError,
  MessageTooLargeError,
  OffsetOutOfRangeError,
} from '../../storage/errors';
import { batch, batchOffsets, decodeAll, producerBatch, RecordingLogger, tempDir, valuesBatch } from './helpers';

describe('PartitionLog', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dir: string;
  beforeEach(() => {
    tmp = tempDir();
    dir = join(tmp.dir, 'orders-3');
  });
  afterEach(() => tmp.cleanup());

  describe('append', () => {
    it('assigns contiguous offsets by patching baseOffset and returns the append info', () => {
      const log = PartitionLog.open(dir);
      const first = log.append(valuesBatch('a', 3));
      const second = log.append(Buffer.concat([valuesBatch('b', 2), valuesBatch('c', 4)]));
      assert.deepEqual([first.firstOffset, first.lastOffset], [0, 2]);
      assert.deepEqual([second.firstOffset, second.lastOffset], [3, 8]);
      assert.equal(second.recordCount, 6);
      assert.equal(first.logAppendTime, -1);
      assert.equal(first.logStartOffset, 0);
      assert.equal(log.logEndOffset, 9);
      log.close();
    });

    it('names files by the 20-digit base offset', () => {
      const log = PartitionLog.open(dir);
      log.append(valuesBatch('a', 1));
      log.close();
      const files = readdirSync(dir).sort();
      for (const f of ['00000000000000000000.log', '00000000000000000000.index', '00000000000000000000.timeindex']) {
        assert.ok(files.includes(f), `${f} in ${files}`);
      }
    });

    it('stamps the leader epoch and records it in leader-epoch-checkpoint', async () => {
      const log = PartitionLog.open(dir);
      log.append(valuesBatch('a', 2), { leaderEpoch: 0 });
      log.append(valuesBatch('b', 2), { leaderEpoch: 5 });
      log.setHighWatermark(log.logEndOffset);
      const bytes = log.read(2, { maxBytes: 1 << 20 }).records;
      assert.equal(new RecordBatchHeader(bytes, 0).partitionLeaderEpoch, 5);
      await log.whenFlushed(); // checkpoint files are written in the background
      assert.equal(readFileSync(join(dir, 'leader-epoch-checkpoint'), 'utf8'), '0\n2\n0 0\n5 2\n');
      assert.deepEqual(log.leaderEpochs.endOffsetFor(0, log.logEndOffset), { epoch: 0, endOffset: 2 });
      log.close();
    });

    it('stamps LogAppendTime (attribute, max timestamp, valid CRC) when configured', () => {
      const log = PartitionLog.open(dir, { messageTimestampType: 'LogAppendTime' });
      const result = log.append(valuesBatch('a', 2, 1000), { now: 123456 });
      assert.equal(result.logAppendTime, 123456);
      log.setHighWatermark(log.logEndOffset);
      const header = new RecordBatchHeader(log.read(0, { maxBytes: 1000 }).records, 0);
      assert.ok(header.hasLogAppendTime);
      assert.equal(header.maxTimestamp, 123456n);
      assert.ok(header.isCrcValid());
      log.close();
    });

    it('refuses bytes that are not whole v2 batches and batches over max.message.bytes', () => {
      const log = PartitionLog.open(dir, { maxMessageBytes: 200 });
      const good = valuesBatch('a', 1);
      assert.throws(() => log.append(good.subarray(0, good.length - 1)), InvalidRecordBatchError);
      const bad = Buffer.from(good);
      bad.writeInt8(1, 16);
      assert.throws(() => log.append(bad), InvalidRecordBatchError);
      assert.throws(() => log.append(Buffer.alloc(0)), InvalidRecordBatchError);
      assert.throws(() => log.append(valuesBatch('x'.repeat(300), 1)), MessageTooLargeError);
      assert.equal(log.logEndOffset, 0);
      log.close();
    });

    it('a failed write takes the log offline (KAFKA_STORAGE_ERROR); reopening recovers it', () => {
      const log = PartitionLog.open(dir);
      log.append(valuesBatch('a', 2));
      // Pull the file handle from under the log: the next write fails with EBADF.
      (log as unknown as { segments: { closeHandles(): void }[] }).segments[0]!.closeHandles();
      assert.throws(
        () => log.append(valuesBatch('b', 2)),
        (e: unknown) => e instanceof KafkaStorageError && e.kafkaError === 'KAFKA_STORAGE_ERROR',
      );
      assert.ok(log.isClosed);
      assert.throws(() => log.read(0, { maxBytes: 100 }), LogClosedError);
      const reopened = PartitionLog.open(dir);
      assert.equal(reopened.logEndOffset, 2);
      reopened.close();
    });

    it('appends replicated batches with their offsets as a follower', () => {
      const leader = PartitionLog.open(join(tmp.dir, 'l-0'));
      leader.append(valuesBatch('a', 3), { leaderEpoch: 2 });
      leader.append(valuesBatch('b', 3), { leaderEpoch: 3 });
      leader.setHighWatermark(leader.logEndOffset);
      const follower = PartitionLog.open(join(tmp.dir, 'f-0'));
      follower.appendAsFollower(leader.read(0, { maxBytes: 1 << 20, isolation: 'log-end' }).records);
      assert.equal(follower.logEndOffset, 6);
      assert.deepEqual(follower.leaderEpochs.all, [
        { epoch: 2, startOffset: 0 },
        { epoch: 3, startOffset: 3 },
      ]);
      assert.throws(
        () => follower.appendAsFollower(leader.read(3, { maxBytes: 1 << 20 }).records),
        InvalidRecordBatchError,
      );
      leader.close();
      follower.close();
    });
  });

  describe('segments and indexes', () => {
    it('rolls by segment.bytes and keeps a sparse index every index.interval.bytes', async () => {
      const log = PartitionLog.open(dir, { segmentBytes: 1000, indexIntervalBytes: 200 });
      const sizes: number[] = [];
      for (let i = 0; i < 40; i++) sizes.push(log.append(valuesBatch(`v${i}`, 2)).bytes);
      assert.ok(log.segmentCount > 3);
      const bases = log.segmentBaseOffsets;
      for (let i = 1; i < bases.length; i++) assert.ok(bases[i]! > bases[i - 1]!);
      // Rolled segments have trimmed indexes; the active one is preallocated to segment.index.bytes.
      const indexSize = (base: number) => statSync(join(dir, `${String(base).padStart(20, '0')}.index`)).size;
      assert.equal(indexSize(bases.at(-1)!), 10485760);
      const perSegment = Math.floor(1000 / sizes[0]!);
      const expectedEntries = Math.floor(((perSegment - 1) * sizes[0]!) / 200 + 0.001);
      assert.ok(
        indexSize(bases[0]!) > 0 && indexSize(bases[0]!) <= 8 * (expectedEntries + 1),
        `index ${indexSize(bases[0]!)}`,
      );
      log.setHighWatermark(log.logEndOffset);
      // Every offset reads back from its batch.
      for (let offset = 0; offset < log.logEndOffset; offset += 7) {
        const records = await decodeAll(log.read(offset, { maxBytes: 1 }).records);
        assert.ok(records[0]!.offset <= offset && records.at(-1)!.offset >= offset, `offset ${offset}`);
      }
      log.close();
      const trimmed = statSync(join(dir, `${String(bases.at(-1)).padStart(20, '0')}.index`)).size;
      assert.ok(trimmed < 10485760 && trimmed % 8 === 0);
    });

    it('rolls by segment.ms measured from the first batch timestamp', () => {
      const log = PartitionLog.open(dir, { segmentMs: 1000 });
      log.append(valuesBatch('a', 1, 10_000));
      log.append(valuesBatch('b', 1, 10_900));
      assert.equal(log.segmentCount, 1);
      log.append(valuesBatch('c', 1, 11_001));
      assert.equal(log.segmentCount, 2);
      assert.deepEqual(log.segmentBaseOffsets, [0, 2]);
      log.close();
    });

    it('the active segment finds its newest batches from memory, as a scan of the file finds them', () => {
      const config = { indexIntervalBytes: 512 };
      const activeOf = (l: PartitionLog) => (l as unknown as { segmentSet: { active: LogSegment } }).segmentSet.active;
      const log = PartitionLog.open(dir, config);
      for (let i = 0; i < 100; i++) log.append(valuesBatch(`v${i}`, 1 + (i % 4)), { leaderEpoch: i < 50 ? 1 : 2 });
      log.truncateTo(log.logEndOffset - 30); // cuts the batches it remembered: none of them may answer again
      for (let i = 0; i < 20; i++) log.append(valuesBatch(`w${i}`, 3), { leaderEpoch: 3 });
      const end = log.logEndOffset;
      const offsets = Array.from({ length: end + 2 }, (_, i) => i);
      // The newest offsets (and the log end) are looked up without reading the file.
      const fs = require('node:fs') as typeof import('node:fs');
      const readSync = fs.readSync;
      let reads = 0;
      fs.readSync = ((...args: Parameters<typeof readSync>) => {
        reads++;
        return readSync(...args);
      }) as typeof readSync;
      let newest: unknown[];
      try {
        newest = offsets.slice(end - 40).map((o) => activeOf(log).translateOffset(o));
      } finally {
        fs.readSync = readSync;
      }
      assert.equal(reads, 0);
      const answers = offsets.map((o) => activeOf(log).translateOffset(o));
      assert.deepEqual(newest, answers.slice(end - 40));
      log.close();
      // Reopened, the segment remembers nothing and scans the file: the same answers, field for field.
      const reopened = PartitionLog.open(dir, config);
      assert.deepEqual(
        offsets.map((o) => activeOf(reopened).translateOffset(o)),
        answers,
      );
      reopened.close();
    });

    it('rolls when the offset index is full', () => {
      const log = PartitionLog.open(dir, { segmentIndexBytes: 8 * 4 + 4, indexIntervalBytes: 0 });
      for (let i = 0; i < 12; i++) log.append(valuesBatch('a', 1));
      assert.ok(log.segmentCount >= 2, `segments ${log.segmentBaseOffsets}`);
      log.close();
    });
  });

  describe('read', () => {
    let log: PartitionLog;
    beforeEach(() => {
      log = PartitionLog.open(dir, { segmentBytes: 700, indexIntervalBytes: 100 });
      for (let i = 0; i < 20; i++) log.append(valuesBatch(`b${i}`, 5));
    });
    afterEach(() => log.close());

    it('returns whole batches starting with the batch that contains the offset', async () => {
      log.setHighWatermark(100);
      const result = log.read(42, { maxBytes: 10_000 });
      assert.equal(batchOffsets(result.records)[0], 40);
      const records = await decodeAll(result.records);
      assert.equal(records[0]!.value, 'b8-0');
      assert.deepEqual(
        records.map((r) => r.offset),
        Array.from({ length: records.length }, (_, i) => 40 + i),
      );
      assert.equal(result.highWatermark, 100);
      assert.equal(result.logEndOffset, 100);
      assert.ok(result.slice && result.slice.length === result.records.length);
    });

    it('bounds the bytes by maxBytes but returns one whole batch even if larger (KIP-74), unless disabled', () => {
      log.setHighWatermark(100);
      const one = log.read(0, { maxBytes: 10 });
      assert.deepEqual(batchOffsets(one.records), [0]);
      const none = log.read(0, { maxBytes: 10, minOneBatch: false });
      assert.equal(none.records.length, 0);
      const size = one.records.length;
      const two = log.read(0, { maxBytes: size * 2 + size - 1 });
      assert.deepEqual(batchOffsets(two.records), [0, 5]);
    });

    it('never serves data at or above the high watermark, or the LSO for committed reads', () => {
      log.setHighWatermark(23);
      const result = log.read(10, { maxBytes: 1 << 20 });
      const offsets = batchOffsets(result.records);
      assert.ok(offsets.length > 0);
      // the batch 20..24 straddles the HW and is not served
      assert.ok(
        offsets.every((o) => o + 4 < 23),
        `${offsets}`,
      );
      assert.equal(log.read(20, { maxBytes: 1 << 20 }).records.length, 0);
      assert.deepEqual(
        batchOffsets(log.read(20, { maxBytes: 1 << 20, isolation: 'log-end' }).records).slice(0, 1),
        [20],
      );
      // A transaction opened at the log end (100) bounds the LSO there while the HW moves past it.
      log.append(producerBatch({ producerId: 7n, sequence: 0, n: 2, transactional: true }));
      log.append(valuesBatch('after', 3));
      log.setHighWatermark(105);
      assert.equal(log.lastStableOffset, 100);
      const committed = batchOffsets(log.read(90, { maxBytes: 1 << 20, isolation: 'committed' }).records);
      assert.ok(committed.length > 0 && committed.every((o) => o < 100));
      assert.equal(log.read(100, { maxBytes: 1 << 20, isolation: 'committed' }).records.length, 0);
    });

    it('reads an empty result at the log end and throws OffsetOutOfRange outside the log', () => {
      log.setHighWatermark(100);
      assert.equal(log.read(100, { maxBytes: 100 }).records.length, 0);
      assert.throws(() => log.read(101, { maxBytes: 100 }), OffsetOutOfRangeError);
      assert.throws(() => log.read(-1, { maxBytes: 100 }), OffsetOutOfRangeError);
    });
  });

  describe('readAsync', () => {
    it('answers exactly what read() answers, across segments, budgets and isolation bounds', async () => {
      const log = PartitionLog.open(dir, { segmentBytes: 700 });
      for (let i = 0; i < 30; i++) log.append(valuesBatch(`r${i}`, 1 + (i % 3)));
      log.setHighWatermark(40);
      const { highWatermark, logEndOffset } = log;
      for (const isolation of ['log-end', 'high-watermark'] as const) {
        for (const offset of [0, 1, 7, 25, 39, highWatermark, logEndOffset]) {
          for (const maxBytes of [1, 150, 1000, 1 << 20]) {
            const options = { maxBytes, isolation };
            const sync = log.read(offset, options);
            const async = await log.readAsync(offset, options);
            assert.deepEqual(async, sync, `offset ${offset} maxBytes ${maxBytes} ${isolation}`);
          }
        }
      }
      await assert.rejects(log.readAsync(logEndOffset + 1, { maxBytes: 100 }), OffsetOutOfRangeError);
      log.close();
      await assert.rejects(log.readAsync(0, { maxBytes: 100 }), LogClosedError);
    });

    it('a truncation while the bytes are on their way restarts the read: nothing truncated is served', async () => {
      const log = PartitionLog.open(dir, { segmentBytes: 700 });
      for (let i = 0; i < 30; i++) log.append(valuesBatch(`r${i}`, 2));
      const reading = log.readAsync(20, { maxBytes: 1 << 20, isolation: 'log-end' });
      log.truncateTo(24);
      log.append(valuesBatch('new', 2));
      const result = await reading;
      assert.deepEqual(result, log.read(20, { maxBytes: 1 << 20, isolation: 'log-end' }));
      assert.ok((await decodeAll(result.records)).some((r) => r.value === 'new-0'));
      log.close();
    });

    it('a segment deleted by retention under a read keeps its descriptor until the read ends', async () => {
      const log = PartitionLog.open(dir, { segmentBytes: 700, fileDeleteDelayMs: 0 });
      for (let i = 0; i < 30; i++) log.append(valuesBatch(`r${i}`, 2));
      log.setHighWatermark(log.logEndOffset);
      const reading = log.readAsync(0, { maxBytes: 1 << 20 });
      log.deleteRecordsBefore(30);
      // Either the bytes read before the delete or, looked up again, out of range: never another file's bytes.
      const outcome = await reading.then(
        async (r) => (await decodeAll(r.records))[0]?.value,
        (e: Error) => e.name,
      );
      assert.ok(outcome === 'r0-0' || outcome === 'OffsetOutOfRangeError', String(outcome));
      log.close();
    });
  });

  describe('scanBatches', () => {
    it('visits batch headers from the batch containing an offset to the end, across segments', () => {
      const log = PartitionLog.open(dir, { segmentBytes: 400 });
      for (let i = 0; i < 12; i++) log.append(valuesBatch(`b${i}`, 3), { leaderEpoch: 1 });
      const seen: number[] = [];
      log.scanBatches(16, (header, info) => {
        assert.equal(header.partitionLeaderEpoch, 1);
        seen.push(info.baseOffset);
      });
      assert.deepEqual(seen, [15, 18, 21, 24, 27, 30, 33]);
      log.close();
    });
  });

  describe('offsets by timestamp (ListOffsets)', () => {
    it('finds the first record at or after a time, earliest, latest and max timestamp', () => {
      const log = PartitionLog.open(dir, { segmentBytes: 400, indexIntervalBytes: 50 });
      // batch i holds records at 1000*i + 0, +10, +20
      for (let i = 0; i < 12; i++) {
        const ts = 1000 * (i + 1);
        log.append(batch([0, 10, 20].map((d) => ({ key: null, value: `v${i}-${d}`, timestamp: ts + d }))));
      }
      log.append(batch([{ key: null, value: 'old', timestamp: 500 }]));
      log.setHighWatermark(log.logEndOffset);
      assert.ok(log.segmentCount > 2);
      assert.deepEqual(log.offsetForTimestamp(5010), { offset: 13, timestamp: 5010, leaderEpoch: -1 });
      assert.deepEqual(log.offsetForTimestamp(5011), { offset: 14, timestamp: 5020, leaderEpoch: -1 });
      assert.equal(log.offsetForTimestamp(0)!.offset, 0);
      assert.equal(log.offsetForTimestamp(99_999), null);
      assert.equal(log.offsetForTimestamp(EARLIEST_TIMESTAMP)!.offset, 0);
      assert.equal(log.offsetForTimestamp(LATEST_TIMESTAMP)!.offset, 37);
      assert.deepEqual(log.offsetForTimestamp(MAX_TIMESTAMP), { offset: 35, timestamp: 12020, leaderEpoch: -1 });
      log.setHighWatermark(30);
      assert.equal(log.offsetForTimestamp(LATEST_TIMESTAMP)!.offset, 30);
      assert.equal(log.offsetForTimestamp(12_000), null, 'offsets above the HW are not answered');
      log.close();
    });
  });

  describe('offsets by timestamp in compressed batches', () => {
    for (const [name, codec, exact] of [
      ['gzip', CompressionCodec.Gzip, true],
      ['snappy', CompressionCodec.Snappy, true],
      ['lz4', CompressionCodec.Lz4, true],
      ['zstd', CompressionCodec.Zstd, false],
    ] as const) {
      it(`${name}: ${exact ? 'record-level answer' : 'first offset of the batch (no synchronous zstd)'}`, async () => {
        const log = PartitionLog.open(join(tmp.dir, `${name}-0`));
        log.append(
          await encodeRecordBatch({
            compression: codec,
            records: [100, 200, 300].map((timestamp) => ({ key: null, value: Buffer.from('v'), timestamp })),
          }),
        );
        log.setHighWatermark(log.logEndOffset);
        const found = log.offsetForTimestamp(150);
        assert.deepEqual(
          found,
          exact ? { offset: 1, timestamp: 200, leaderEpoch: -1 } : { offset: 0, timestamp: 300, leaderEpoch: -1 },
        );
        log.close();
      });
    }
  });

  describe('truncation and deletion', () => {
    it('truncateTo removes later batches and segments, and the log keeps appending from there', async () => {
      const log = PartitionLog.open(dir, { segmentBytes: 500 });
      for (let i = 0; i < 20; i++) log.append(valuesBatch(`b${i}`, 2), { leaderEpoch: i < 10 ? 1 : 2 });
      log.setHighWatermark(40);
      const segmentsBefore = log.segmentCount;
      log.truncateTo(14);
      assert.equal(log.logEndOffset, 14);
      assert.equal(log.highWatermark, 14);
      assert.ok(log.segmentCount < segmentsBefore);
      assert.deepEqual(log.leaderEpochs.all, [{ epoch: 1, startOffset: 0 }]);
      const appended = log.append(valuesBatch('new', 1));
      assert.equal(appended.firstOffset, 14);
      log.setHighWatermark(15);
      const records = await decodeAll(log.read(12, { maxBytes: 1 << 20 }).records);
      assert.deepEqual(
        records.map((r) => `${r.offset}:${r.value}`),
        ['12:b6-0', '13:b6-1', '14:new-0'],
      );
      log.close();
      const reopened = PartitionLog.open(dir, { segmentBytes: 500 });
      assert.equal(reopened.logEndOffset, 15);
      reopened.close();
    });

    it('truncateTo at the log end keeps the records but drops an epoch that starts there with none (a leader replaced before it appended)', () => {
      const log = PartitionLog.open(dir);
      log.append(valuesBatch('a', 2), { leaderEpoch: 1 });
      log.leaderEpochs.assign(2, log.logEndOffset);
      assert.equal(log.leaderEpochs.latestEpoch(), 2);
      assert.equal(log.truncateTo(log.logEndOffset), 0);
      assert.equal(log.logEndOffset, 2);
      assert.deepEqual(log.leaderEpochs.all, [{ epoch: 1, startOffset: 0 }]);
      log.close();
    });

    it('truncateTo inside a batch removes the whole batch (batch boundaries only)', () => {
      const log = PartitionLog.open(dir);
      log.append(valuesBatch('a', 5));
      log.append(valuesBatch('b', 5));
      log.truncateTo(7);
      assert.equal(log.logEndOffset, 5);
      log.close();
    });

    it('truncateFullyAndStartAt empties the log at a new offset', () => {
      const log = PartitionLog.open(dir);
      log.append(valuesBatch('a', 5));
      log.truncateFullyAndStartAt(100);
      assert.equal(log.logStartOffset, 100);
      assert.equal(log.logEndOffset, 100);
      assert.equal(log.append(valuesBatch('b', 1)).firstOffset, 100);
      log.close();
    });

    it('deleteRecordsBefore advances the log start and deletes whole segments below it', async () => {
      const log = PartitionLog.open(dir, { segmentBytes: 500, fileDeleteDelayMs: 0 });
      for (let i = 0; i < 20; i++) log.append(valuesBatch(`b${i}`, 2));
      log.setHighWatermark(30);
      assert.throws(() => log.deleteRecordsBefore(31), OffsetOutOfRangeError);
      const bases = log.segmentBaseOffsets;
      const target = bases[2]! + 1;
      assert.equal(log.deleteRecordsBefore(target), target);
      assert.equal(log.segmentBaseOffsets[0], bases[2]);
      assert.throws(() => log.read(target - 1, { maxBytes: 100 }), OffsetOutOfRangeError);
      assert.equal(batchOffsets(log.read(target, { maxBytes: 1 }).records)[0], target - 1);
      await log.whenFlushed(); // checkpoint files are written in the background
      assert.equal(readFileSync(join(dir, 'log-start-offset-checkpoint'), 'utf8'), `0\n1\norders 3 ${target}\n`);
      assert.equal(log.deleteRecordsBefore(-1), 30);
      log.close();
      const reopened = PartitionLog.open(dir);
      assert.equal(reopened.logStartOffset, 30);
      reopened.close();
    });
  });

  describe('retention', () => {
    it('deletes segments whose largest timestamp is older than retention.ms, never above the HW', () => {
      const logger = new RecordingLogger();
      const log = PartitionLog.open(dir, { segmentBytes: 300, retentionMs: 10_000, fileDeleteDelayMs: 5_000 }, logger);
      for (let i = 0; i < 9; i++) log.append(valuesBatch(`b${i}`, 2, 1_000 * i));
      const bases = log.segmentBaseOffsets;
      assert.ok(bases.length >= 3, `${bases}`);
      log.setHighWatermark(0);
      assert.equal(log.runRetention(100_000).deletedSegments, 0, 'nothing below the HW');
      log.setHighWatermark(bases[2]!);
      const result = log.runRetention(100_000);
      assert.equal(result.deletedSegments, 2);
      assert.equal(log.logStartOffset, bases[2]);
      assert.ok(logger.find(/deleted 2 segment\(s\) by retention.ms/));
      const deleted = readdirSync(dir).filter((f) => f.endsWith('.deleted'));
      assert.ok(deleted.includes('00000000000000000000.log.deleted'), `${deleted}`);
      log.runRetention(100_000 + 4_999);
      assert.ok(readdirSync(dir).some((f) => f.endsWith('.deleted')));
      log.runRetention(100_000 + 5_000);
      assert.ok(!readdirSync(dir).some((f) => f.endsWith('.deleted')));
      log.close();
    });

    it('keeps the log end offset when every segment expires (rolls an empty active segment)', () => {
      const log = PartitionLog.open(dir, { retentionMs: 1000, fileDeleteDelayMs: 0 });
      log.append(valuesBatch('a', 4, 1));
      log.setHighWatermark(4);
      assert.equal(log.runRetention(10_000).deletedSegments, 1);
      assert.deepEqual(log.segmentBaseOffsets, [4]);
      assert.equal(log.logStartOffset, 4);
      assert.equal(log.logEndOffset, 4);
      assert.equal(log.append(valuesBatch('b', 1)).firstOffset, 4);
      log.close();
    });

    it('deletes the oldest segments beyond retention.bytes', () => {
      const log = PartitionLog.open(dir, {
        segmentBytes: 300,
        retentionBytes: 600,
        retentionMs: -1,
        fileDeleteDelayMs: 0,
      });
      for (let i = 0; i < 12; i++) log.append(valuesBatch(`b${i}`, 2, Date.now()));
      log.setHighWatermark(log.logEndOffset);
      const before = log.segmentsInfo();
      const result = log.runRetention();
      // Kafka's rule: drop the oldest segment while the log stays at or above retention.bytes without it.
      let excess = before.reduce((n, s) => n + s.size, 0) - 600;
      let expected = 0;
      while (excess - before[expected]!.size >= 0) excess -= before[expected++]!.size;
      assert.ok(expected > 0);
      assert.equal(result.deletedSegments, expected);
      assert.equal(log.segmentBaseOffsets[0], before[expected]!.baseOffset);
      assert.ok(log.size >= 600 && log.size - 600 < log.segmentsInfo()[0]!.size);
      log.close();
    });

    it('applies no time or size retention under cleanup.policy=compact', () => {
      const log = PartitionLog.open(dir, { segmentBytes: 300, retentionMs: 1, cleanupPolicy: 'compact' });
      for (let i = 0; i < 6; i++) log.append(valuesBatch(`b${i}`, 2, 1));
      log.setHighWatermark(log.logEndOffset);
      assert.equal(log.runRetention(1_000_000).deletedSegments, 0);
      log.close();
    });
  });

  describe('durability and checkpoints', () => {
    it('writes checkpoints in Kafka text format and a clean shutdown marker on close', () => {
      const log = PartitionLog.open(dir);
      log.append(valuesBatch('a', 3));
      log.setHighWatermark(2);
      log.close();
      assert.equal(readFileSync(join(dir, 'recovery-point-offset-checkpoint'), 'utf8'), '0\n1\norders 3 3\n');
      assert.equal(readFileSync(join(dir, 'replication-offset-checkpoint'), 'utf8'), '0\n1\norders 3 2\n');
      assert.equal(readFileSync(join(dir, 'log-start-offset-checkpoint'), 'utf8'), '0\n1\norders 3 0\n');
      assert.ok(existsSync(join(dir, '.kafka_cleanshutdown')));
      const reopened = PartitionLog.open(dir);
      assert.ok(!existsSync(join(dir, '.kafka_cleanshutdown')), 'marker consumed on open');
      assert.equal(reopened.highWatermark, 2);
      reopened.close();
    });

    it('flushes every flush.messages in the background: append returns a durable promise to await', async () => {
      const log = PartitionLog.open(dir, { flushMessages: 5 });
      assert.equal(log.append(valuesBatch('a', 3)).durable, null);
      assert.equal(log.recoveryPoint, 0);
      const { durable } = log.append(valuesBatch('b', 3));
      assert.ok(durable);
      await durable;
      await log.whenFlushed();
      assert.equal(log.recoveryPoint, 6);
      assert.equal(readFileSync(join(dir, 'recovery-point-offset-checkpoint'), 'utf8'), '0\n1\norders 3 6\n');
      log.close();
    });

    it('flush.messages=1: every append is durable when its promise resolves; appends meanwhile share an fsync', async () => {
      const log = PartitionLog.open(dir, { flushMessages: 1 });
      const results = Array.from({ length: 5 }, (_, i) => log.append(valuesBatch(`v${i}`, 1)));
      assert.ok(results.every((r) => r.durable !== null));
      await Promise.all(results.map((r) => r.durable));
      assert.equal(log.recoveryPoint, 5);
      log.close();
    });

    it('fsync-per-append: durable resolves after the fsync; a closed log rejects what it could not flush', async () => {
      const log = PartitionLog.open(dir, { durability: 'fsync-per-append' });
      await log.append(valuesBatch('a', 2)).durable;
      const pending = log.append(valuesBatch('b', 2)).durable!;
      log.closeWithoutFlush();
      await assert.rejects(pending, /closed before its data was flushed/);
    });

    it('page-cache mode: rolls, flushes, truncation, retention and checkpoints never fsync on the event loop', async () => {
      // Count fsyncSync calls through the module object every storage file calls into.
      const fs = createRequire(__filename)('node:fs') as typeof import('node:fs');
      const original = fs.fsyncSync;
      let blocking = 0;
      fs.fsyncSync = (fd) => {
        blocking++;
        original(fd);
      };
      try {
        const log = PartitionLog.open(dir, { segmentBytes: 400, flushMessages: 7, flushMs: 0, retentionMs: 1000 });
        for (let i = 0; i < 40; i++) log.append(valuesBatch(`v${i}`, 2), { leaderEpoch: i >> 3 });
        log.setHighWatermark(60);
        log.truncateTo(70);
        log.deleteRecordsBefore(10);
        log.runRetention(Date.now() + 10_000);
        log.append(valuesBatch('tail', 1));
        assert.ok(log.maybeFlush());
        await log.checkpoint();
        await log.whenFlushed();
        assert.equal(blocking, 0, 'fsyncSync calls on the event loop');
        assert.equal(log.recoveryPoint, log.logEndOffset);
        log.close(); // close() is the one place that fsyncs synchronously (shutdown; brokers use closeAsync)
      } finally {
        fs.fsyncSync = original;
      }
    });

    it('flushes after flush.ms when maybeFlush is called', async () => {
      let now = 1_000_000;
      const log = PartitionLog.open(dir, { flushMs: 1000 }, undefined, { clock: () => now });
      log.append(valuesBatch('a', 3));
      assert.equal(log.maybeFlush(now + 999), false);
      now += 1000;
      assert.equal(log.maybeFlush(now), true);
      assert.equal(log.maybeFlush(now), false, 'a flush is already on its way');
      await log.whenFlushed();
      assert.equal(log.recoveryPoint, 3);
      log.close();
    });

    it('moves the recovery point past a rolled segment once its background flush completes', async () => {
      const log = PartitionLog.open(dir, { segmentBytes: 300 });
      for (let i = 0; i < 6; i++) log.append(valuesBatch(`b${i}`, 2));
      await log.whenFlushed();
      assert.equal(log.recoveryPoint, log.segmentBaseOffsets.at(-1));
      log.close();
    });
  });
});
