import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CompressionCodec, decodeRecordBatch, encodeEndTxnMarker, encodeRecordBatch } from '../../protocol/records';
import { PartitionLog } from '../../storage/partition-log';
import { batch, type DecodedRecord, decodeAll, RecordingLogger, tempDir, type TestRecord } from './helpers';

/** One appended record as the test model sees it. */
interface ModelRecord extends DecodedRecord {
  control?: boolean;
}

const DAY = 86_400_000;

describe('compaction', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dir: string;
  beforeEach(() => {
    tmp = tempDir();
    dir = join(tmp.dir, 'changelog-0');
  });
  afterEach(() => tmp.cleanup());

  const config = { cleanupPolicy: 'compact' as const, segmentBytes: 500, fileDeleteDelayMs: 0, indexIntervalBytes: 64 };

  /** Appends `records` as one batch and mirrors them in `model`. */
  function appendTo(log: PartitionLog, model: ModelRecord[], records: TestRecord[], ts = 1_000): void {
    const withTs = records.map((r, i) => ({ ...r, timestamp: r.timestamp ?? ts + i }));
    const result = log.append(batch(withTs));
    withTs.forEach((r, i) => {
      model.push({ offset: result.firstOffset + i, key: r.key, value: r.value, timestamp: r.timestamp! });
    });
  }

  /** The cleaner never goes past the last stable offset: with one replica the HW follows the log end. */
  function compactNow(log: PartitionLog, options: { now?: number; force?: boolean; keyMapBytes?: number } = {}) {
    log.setHighWatermark(log.logEndOffset);
    return log.compact(options);
  }

  async function readAll(log: PartitionLog): Promise<DecodedRecord[]> {
    log.setHighWatermark(log.logEndOffset);
    const out: DecodedRecord[] = [];
    let offset = log.logStartOffset;
    while (offset < log.logEndOffset) {
      const bytes = log.read(offset, { maxBytes: 1 << 20 }).records;
      if (bytes.length === 0) break;
      let at = 0;
      while (at < bytes.length) {
        const size = bytes.readInt32BE(at + 8) + 12;
        const b = await decodeRecordBatch(bytes.subarray(at, at + size));
        for (const r of b.records) {
          if (Number(r.offset) < offset) continue;
          out.push({
            offset: Number(r.offset),
            key: b.isControl ? `control:${r.key?.readInt16BE(2)}` : r.key === null ? null : r.key.toString(),
            value: b.isControl ? null : r.value === null ? null : r.value.toString(),
            timestamp: Number(r.timestamp),
          });
        }
        offset = Number(b.lastOffset) + 1;
        at += size;
      }
    }
    return out;
  }

  /** What compaction must leave: per key the latest record below `cleanableEnd`, tombstones per `dropTombstones`. */
  function expected(model: ModelRecord[], cleanableEnd: number, dropTombstones: boolean): ModelRecord[] {
    const latest = new Map<string, number>();
    for (const r of model) if (r.key !== null && !r.control && r.offset < cleanableEnd) latest.set(r.key, r.offset);
    return model.filter((r) => {
      if (r.offset >= cleanableEnd || r.control) return true;
      if (r.key === null) return false;
      if (latest.get(r.key) !== r.offset) return false;
      if (r.value === null && dropTombstones) return false;
      return true;
    });
  }

  it('keeps the latest value per key with original offsets, then drops tombstones after delete.retention.ms', async () => {
    const logger = new RecordingLogger();
    const log = PartitionLog.open(dir, config, logger);
    const model: ModelRecord[] = [];
    for (let round = 0; round < 8; round++) {
      appendTo(log, model, [
        { key: `k${round % 3}`, value: `r${round}-a` },
        { key: 'hot', value: `hot-${round}` },
        { key: null, value: 'no-key' },
        { key: `k${(round + 1) % 3}`, value: round === 5 ? null : `r${round}-b` },
      ]);
    }
    appendTo(log, model, [{ key: 'gone', value: 'soon deleted' }]);
    appendTo(log, model, [{ key: 'gone', value: null }]);
    appendTo(log, model, [{ key: 'tail', value: 'in the active segment' }]);
    const marker = log.append(
      encodeEndTxnMarker({ commit: true, producerId: 7n, producerEpoch: 0, coordinatorEpoch: 1, timestamp: 2000 }),
    );
    model.push({ offset: marker.firstOffset, key: 'control:1', value: null, timestamp: 0, control: true });
    for (let i = 0; i < 4; i++) appendTo(log, model, [{ key: 'hot', value: `late-${i}` }]);
    const activeBase = log.segmentBaseOffsets.at(-1)!;
    assert.ok(log.segmentCount >= 4, `segments ${log.segmentBaseOffsets}`);
    const now = 10 * DAY;
    const first = await compactNow(log, { now, force: true });
    assert.ok(first && first.recordsRemoved > 0);
    assert.ok(logger.find(/compacted log/));
    const afterFirst = await readAll(log);
    const want1 = expected(model, activeBase, false);
    assert.deepEqual(
      afterFirst.map((r) => [r.offset, r.key, r.value]),
      want1.map((r) => [r.offset, r.key, r.value]),
    );
    // Timestamps survive the delete-horizon rewrite of record deltas.
    for (const r of afterFirst.filter((x) => !x.key?.startsWith('control'))) {
      assert.equal(r.timestamp, model.find((m) => m.offset === r.offset)!.timestamp, `timestamp of ${r.offset}`);
    }
    assert.ok(
      afterFirst.some((r) => r.key === 'gone' && r.value === null),
      'tombstone kept within delete.retention.ms',
    );

    // Still within delete.retention.ms: tombstones stay.
    await compactNow(log, { now: now + DAY - 1, force: true });
    assert.ok((await readAll(log)).some((r) => r.key === 'gone' && r.value === null));
    // Past the horizon: tombstones go, everything else stays.
    const third = await compactNow(log, { now: now + DAY, force: true });
    assert.ok(third && third.tombstonesRemoved === 1, JSON.stringify(third));
    const afterThird = await readAll(log);
    assert.deepEqual(
      afterThird.map((r) => [r.offset, r.key, r.value]),
      expected(model, activeBase, true).map((r) => [r.offset, r.key, r.value]),
    );
    // The log reopens to the same content, and appends continue after the old log end.
    const end = log.logEndOffset;
    log.close();
    const reopened = PartitionLog.open(dir, config);
    assert.deepEqual(await readAll(reopened), afterThird);
    assert.equal(reopened.append(batch([{ key: 'x', value: 'y' }])).firstOffset, end);
    reopened.close();
  });

  it('keeps batch-level fields: base offset, last offset delta, producer fields, codec', async () => {
    const log = PartitionLog.open(dir, config);
    const gz = await encodeRecordBatch({
      compression: CompressionCodec.Gzip,
      producerId: 42n,
      producerEpoch: 3,
      baseSequence: 0,
      records: ['a', 'b', 'a', 'c'].map((k, i) => ({
        key: Buffer.from(k),
        value: Buffer.from(`${k}${i}`),
        timestamp: 5000 + i,
      })),
    });
    log.append(gz);
    for (let i = 0; i < 12; i++) log.append(batch([{ key: 'c', value: `c-later-${i}` }]));
    await compactNow(log, { now: 2e12, force: true });
    log.setHighWatermark(log.logEndOffset);
    const bytes = log.read(0, { maxBytes: 1 }).records;
    const b = await decodeRecordBatch(bytes);
    assert.equal(b.baseOffset, 0n);
    assert.equal(b.lastOffset, 3n, 'lastOffsetDelta preserved');
    assert.equal(b.compression, CompressionCodec.Gzip);
    assert.equal(b.producerId, 42n);
    assert.equal(b.producerEpoch, 3);
    assert.equal(b.baseSequence, 0);
    assert.deepEqual(
      b.records.map((r) => [Number(r.offset), r.key!.toString(), r.value!.toString(), Number(r.timestamp)]),
      [
        [1, 'b', 'b1', 5001],
        [2, 'a', 'a2', 5002],
      ],
    );
    log.close();
  });

  it("keeps an emptied idempotent batch when it is its producer's last (producer state)", async () => {
    const log = PartitionLog.open(dir, { ...config, segmentBytes: 300 });
    log.append(batch([{ key: 'p', value: 'v1' }], { producerId: 9n }));
    log.append(batch([{ key: 'p', value: 'v2' }], { producerId: 9n }));
    for (let i = 0; i < 6; i++) log.append(batch([{ key: 'p', value: `other-${i}` }]));
    await compactNow(log, { now: 2e12, force: true });
    log.setHighWatermark(log.logEndOffset);
    const first = log.read(0, { maxBytes: 1 }).records;
    const b = await decodeRecordBatch(first);
    // offset 0's batch vanished (not the producer's last); offset 1's is kept empty
    assert.equal(b.baseOffset, 1n);
    assert.equal(b.records.length, 0);
    assert.equal(b.producerId, 9n);
    log.close();
  });

  it('respects min.cleanable.dirty.ratio and never touches the active segment', async () => {
    const log = PartitionLog.open(dir, { ...config, minCleanableDirtyRatio: 0.99 });
    for (let i = 0; i < 3; i++) log.append(batch([{ key: 'k', value: `v${i}` }]));
    assert.equal(log.segmentCount, 1);
    assert.equal(await compactNow(log, { force: true }), null, 'only the active segment: nothing to clean');
    for (let i = 0; i < 30; i++) log.append(batch([{ key: 'k', value: `v${i}` }]));
    assert.ok(await compactNow(log, { now: 2e12 }), 'all dirty: ratio 1 >= 0.99');
    assert.equal(await compactNow(log, { now: 2e12 }), null, 'clean now: ratio 0');
    log.close();
  });

  it('a crash mid-compaction loses nothing: .cleaned files are dropped, .swap files are completed', async () => {
    const log = PartitionLog.open(dir, config);
    const model: ModelRecord[] = [];
    for (let i = 0; i < 20; i++) appendTo(log, model, [{ key: `k${i % 4}`, value: `v${i}` }]);
    log.flush();
    const before = await readAll(log);
    const original = join(tmp.dir, 'original');
    cpSync(dir, original, { recursive: true });
    await compactNow(log, { now: 2e12, force: true });
    const after = await readAll(log);
    const cleanedBase = log.segmentBaseOffsets[0]!;
    const secondBase = log.segmentBaseOffsets[1]!;
    log.close();
    const stem = String(cleanedBase).padStart(20, '0');

    // Crash before the swap committed: the cleaned output is still `.cleaned`.
    const crashedEarly = join(tmp.dir, 'early-0');
    cpSync(original, crashedEarly, { recursive: true });
    copyFileSync(join(dir, `${stem}.log`), join(crashedEarly, `${stem}.log.cleaned`));
    const early = PartitionLog.open(crashedEarly, config);
    assert.deepEqual(await readAll(early), before);
    assert.ok(!readdirSync(crashedEarly).some((f) => f.includes('.cleaned')));
    early.close();

    // Crash after the commit point: `.swap` files exist next to the old segments.
    const crashedLate = join(tmp.dir, 'late-0');
    cpSync(original, crashedLate, { recursive: true });
    copyFileSync(join(dir, `${stem}.log`), join(crashedLate, `${stem}.log.swap`));
    copyFileSync(join(dir, `${stem}.index`), join(crashedLate, `${stem}.index.swap`));
    const late = PartitionLog.open(crashedLate, config);
    // The first group's swap committed; the later segments are still the originals.
    const expectedLate = [
      ...after.filter((r) => r.offset < secondBase),
      ...before.filter((r) => r.offset >= secondBase),
    ];
    assert.ok(expectedLate.length < before.length);
    assert.deepEqual(await readAll(late), expectedLate);
    assert.ok(!readdirSync(crashedLate).some((f) => f.includes('.swap')));
    assert.ok(existsSync(join(crashedLate, `${stem}.timeindex`)), 'missing index rebuilt');
    late.close();
  });

  it('compact,delete applies both compaction and time retention', async () => {
    const log = PartitionLog.open(dir, { ...config, cleanupPolicy: 'compact,delete', retentionMs: 1000 });
    for (let i = 0; i < 20; i++) log.append(batch([{ key: `k${i % 2}`, value: `v${i}`, timestamp: 100 }]));
    assert.ok(await compactNow(log, { now: 500, force: true }));
    log.setHighWatermark(log.logEndOffset);
    assert.ok(log.runRetention(10_000).deletedSegments > 0);
    log.close();
  });

  it('a read at an offset removed by compaction starts at the next surviving batch', async () => {
    const log = PartitionLog.open(dir, config);
    for (let i = 0; i < 20; i++) log.append(batch([{ key: i % 2 === 0 ? 'even' : `odd${i}`, value: `v${i}` }]));
    await compactNow(log, { now: 2e12, force: true });
    const records = await decodeAll(log.read(2, { maxBytes: 1 }).records);
    assert.equal(records[0]!.offset, 3, 'offset 2 (an old "even") is gone; the next batch holds 3');
    log.close();
  });

  it('max.compaction.lag.ms forces a pass below min.cleanable.dirty.ratio', async () => {
    const log = PartitionLog.open(dir, { ...config, minCleanableDirtyRatio: 1, maxCompactionLagMs: 60_000 });
    for (let i = 0; i < 20; i++) log.append(batch([{ key: 'k', value: `v${i}`, timestamp: 1000 }]));
    assert.ok(await compactNow(log, { now: 2000 }), 'ratio 1 reached: everything is dirty');
    for (let i = 0; i < 20; i++) log.append(batch([{ key: 'k', value: `w${i}`, timestamp: 10_000 }]));
    assert.equal(await compactNow(log, { now: 20_000 }), null, 'dirty ratio below 1 and lag not exceeded');
    assert.ok(await compactNow(log, { now: 10_000 + 60_001 }), 'the oldest dirty batch is older than the lag');
    log.close();
  });

  it('drops the records of batches the transactions hook reports as aborted', async () => {
    const log = PartitionLog.open(dir, config, undefined, {
      isAbortedBatch: (_batch, producerId) => producerId === 77,
    });
    log.append(batch([{ key: 'a', value: 'aborted-1' }], { producerId: 77n }));
    log.append(batch([{ key: 'b', value: 'kept' }], { producerId: 5n }));
    for (let i = 0; i < 8; i++) log.append(batch([{ key: `other${i}`, value: 'x' }]));
    await compactNow(log, { now: 2e12, force: true });
    const records = await readAll(log);
    assert.ok(!records.some((r) => r.value === 'aborted-1'));
    assert.ok(records.some((r) => r.value === 'kept'));
    log.close();
  });

  it('a key map smaller than the dirty range cleans it over several passes to the same result', async () => {
    const log = PartitionLog.open(dir, config);
    const model: ModelRecord[] = [];
    for (let i = 0; i < 40; i++) appendTo(log, model, [{ key: `k${i % 7}`, value: `v${i}` }]);
    const activeBase = log.segmentBaseOffsets.at(-1)!;
    const passes: number[] = [];
    for (let pass = 0; pass < 20; pass++) {
      const result = await compactNow(log, { now: 2e12, force: true, keyMapBytes: 1 });
      if (!result) break;
      passes.push(result.cleanedUpTo);
      if (result.cleanedUpTo >= activeBase) break;
    }
    assert.ok(passes.length > 1, `several passes: ${passes}`);
    assert.equal(passes.at(-1), activeBase);
    // One more pass with room for every key removes what the partial maps could not see.
    await compactNow(log, { now: 2e12, force: true });
    assert.deepEqual(
      (await readAll(log)).map((r) => [r.offset, r.key, r.value]),
      expected(model, activeBase, false).map((r) => [r.offset, r.key, r.value]),
    );
    log.close();
  });

  it('decodes helper output consistently (sanity of the model helpers)', async () => {
    const records = await decodeAll(batch([{ key: 'a', value: null }]));
    assert.deepEqual(records, [{ offset: 0, key: 'a', value: null, timestamp: 1_700_000_000_000 }]);
  });
});
