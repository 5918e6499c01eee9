import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readFileSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PartitionLog } from '../../storage/partition-log';
import { batchOffsets, decodeAll, RecordingLogger, tempDir, valuesBatch } from './helpers';

const stem = (offset: number) => String(offset).padStart(20, '0');

describe('recovery and corruption', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dir: string;
  beforeEach(() => {
    tmp = tempDir();
    dir = join(tmp.dir, 'events-0');
  });
  afterEach(() => tmp.cleanup());

  /** Appends `n` batches of 3 records; returns each batch's [start position, size] in the log file. */
  function fill(config: object, n: number): { log: PartitionLog; sizes: number[] } {
    const log = PartitionLog.open(dir, config);
    const sizes: number[] = [];
    for (let i = 0; i < n; i++) sizes.push(log.append(valuesBatch(`b${i}`, 3, 1000 + i)).bytes);
    return { log, sizes };
  }

  async function values(log: PartitionLog): Promise<string[]> {
    log.setHighWatermark(log.logEndOffset);
    const out: string[] = [];
    let offset = log.logStartOffset;
    while (offset < log.logEndOffset) {
      const records = await decodeAll(log.read(offset, { maxBytes: 1 << 20 }).records);
      if (records.length === 0) break;
      out.push(...records.map((r) => `${r.offset}:${r.value}`));
      offset = records.at(-1)!.offset + 1;
    }
    return out;
  }

  const expectedValues = (batches: number) =>
    Array.from({ length: batches * 3 }, (_, i) => `${i}:b${Math.floor(i / 3)}-${i % 3}`);

  function openedLine(logger: RecordingLogger): {
    recoveredSegments: number;
    cleanShutdown: boolean;
    droppedBytes: number;
  } {
    return logger.find(/opened partition log/)!.meta as never;
  }

  it('a clean shutdown marker makes the next open skip recovery; an unclean one scans', () => {
    const { log } = fill({}, 10);
    log.close();
    const clean = new RecordingLogger();
    PartitionLog.open(dir, {}, clean).closeWithoutFlush();
    assert.equal(openedLine(clean).cleanShutdown, true);
    assert.equal(openedLine(clean).recoveredSegments, 0);
    const unclean = new RecordingLogger();
    const reopened = PartitionLog.open(dir, {}, unclean);
    assert.equal(openedLine(unclean).cleanShutdown, false);
    assert.ok(openedLine(unclean).recoveredSegments >= 1);
    assert.equal(reopened.logEndOffset, 30);
    reopened.close();
  });

  it('truncated log file: drops the torn batch, serves everything before, says what it dropped', async () => {
    const { log, sizes } = fill({}, 10);
    log.closeWithoutFlush();
    const file = join(dir, `${stem(0)}.log`);
    const size = statSync(file).size;
    truncateSync(file, size - 5);
    const logger = new RecordingLogger();
    const reopened = PartitionLog.open(dir, {}, logger);
    assert.equal(reopened.logEndOffset, 27);
    assert.deepEqual(await values(reopened), expectedValues(9));
    const line = logger.find(/dropped \d+ bytes/);
    assert.ok(line, JSON.stringify(logger.lines));
    assert.equal(line.level, 'warn');
    assert.equal((line.meta as { droppedBytes: number }).droppedBytes, sizes[9]! - 5);
    assert.equal((line.meta as { firstDroppedOffset: number }).firstDroppedOffset, 27);
    // The log continues where the valid data ends.
    assert.equal(reopened.append(valuesBatch('after', 1)).firstOffset, 27);
    reopened.close();
  });

  it('flipped bit: truncates at the corrupt batch (CRC) and later segments go too', async () => {
    const { log, sizes } = fill({ segmentBytes: 600 }, 20);
    const bases = log.segmentBaseOffsets;
    assert.ok(bases.length >= 4);
    log.closeWithoutFlush();
    // Corrupt the second batch of the second segment (unflushed: the recovery point is still 0).
    const file = join(dir, `${stem(bases[1]!)}.log`);
    const bytes = readFileSync(file);
    bytes[sizes[0]! + 70]! ^= 0x10;
    writeFileSync(file, bytes);
    const logger = new RecordingLogger();
    const reopened = PartitionLog.open(dir, {}, logger);
    const firstBad = bases[1]! + 3;
    assert.equal(reopened.logEndOffset, firstBad);
    assert.deepEqual(await values(reopened), expectedValues(firstBad / 3));
    const line = logger.find(/dropped \d+ bytes/)!;
    assert.match(line.msg, /CRC mismatch/);
    assert.equal((line.meta as { firstDroppedOffset: number }).firstDroppedOffset, firstBad);
    assert.ok(logger.find(new RegExp(`deleted segment ${bases[2]} `)), 'later segments reported');
    assert.deepEqual(reopened.segmentBaseOffsets, bases.slice(0, 2));
    assert.ok(!existsSync(join(dir, `${stem(bases[3]!)}.log`)));
    reopened.close();
  });

  it('zero-filled tail (preallocation or lost writes) is cut off', async () => {
    const { log } = fill({}, 4);
    log.closeWithoutFlush();
    appendFileSync(join(dir, `${stem(0)}.log`), Buffer.alloc(4096));
    const logger = new RecordingLogger();
    const reopened = PartitionLog.open(dir, {}, logger);
    assert.deepEqual(await values(reopened), expectedValues(4));
    assert.ok(logger.find(/dropped 4096 bytes/));
    reopened.close();
  });

  it('missing index files are rebuilt, even after a clean shutdown', async () => {
    const { log } = fill({ segmentBytes: 600, indexIntervalBytes: 100 }, 20);
    const bases = log.segmentBaseOffsets;
    log.close();
    const index = join(dir, `${stem(bases[1]!)}.index`);
    const sizeBefore = statSync(index).size;
    assert.ok(sizeBefore > 0);
    unlinkSync(index);
    unlinkSync(join(dir, `${stem(bases[1]!)}.timeindex`));
    const logger = new RecordingLogger();
    const reopened = PartitionLog.open(dir, { segmentBytes: 600, indexIntervalBytes: 100 }, logger);
    assert.ok(logger.find(/rebuilt indexes/));
    assert.equal(statSync(index).size >= sizeBefore, true);
    assert.deepEqual(await values(reopened), expectedValues(20));
    assert.equal(reopened.offsetForTimestamp(1000 + bases[1]! / 3 + 1)!.offset, bases[1]! + 3);
    reopened.close();
  });

  it('damaged index files (garbage, odd size, entries past the log) are rebuilt', async () => {
    const { log } = fill({ segmentBytes: 600, indexIntervalBytes: 100 }, 20);
    const bases = log.segmentBaseOffsets;
    log.close();
    writeFileSync(join(dir, `${stem(bases[0]!)}.index`), Buffer.from([1, 2, 3, 4, 5]));
    const garbage = Buffer.alloc(16);
    garbage.writeInt32BE(1, 0);
    garbage.writeInt32BE(999_999, 4); // position beyond the log
    writeFileSync(join(dir, `${stem(bases[1]!)}.index`), garbage);
    writeFileSync(join(dir, `${stem(bases[2]!)}.timeindex`), Buffer.alloc(7));
    const logger = new RecordingLogger();
    const reopened = PartitionLog.open(dir, {}, logger);
    assert.equal(logger.lines.filter((l) => /rebuilt indexes/.test(l.msg)).length, 3);
    assert.deepEqual(await values(reopened), expectedValues(20));
    reopened.close();
  });

  it('a malformed checkpoint is reported and ignored (full recovery instead)', () => {
    const { log } = fill({}, 3);
    log.closeWithoutFlush();
    writeFileSync(join(dir, 'recovery-point-offset-checkpoint'), 'garbage');
    const logger = new RecordingLogger();
    const reopened = PartitionLog.open(dir, {}, logger);
    assert.ok(logger.find(/malformed checkpoint/));
    assert.equal(reopened.logEndOffset, 9);
    reopened.close();
  });

  it('only segments at or past the recovery point are scanned after an unclean shutdown', async () => {
    const { log } = fill({ segmentBytes: 600 }, 20);
    await log.whenFlushed();
    const bases = log.segmentBaseOffsets;
    assert.equal(log.recoveryPoint, bases.at(-1));
    await log.checkpoint();
    log.closeWithoutFlush();
    const logger = new RecordingLogger();
    const reopened = PartitionLog.open(dir, {}, logger);
    assert.equal(openedLine(logger).recoveredSegments, 1);
    assert.equal(batchOffsets(reopened.read(0, { maxBytes: 1, isolation: 'log-end' }).records)[0], 0);
    reopened.close();
  });
});
