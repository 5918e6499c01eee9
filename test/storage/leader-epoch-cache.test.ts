import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeaderEpochCache } from '../../storage/leader-epoch-cache';
import { RecordingLogger, tempDir } from './helpers';

describe('LeaderEpochCache', () => {
  let tmp: ReturnType<typeof tempDir>;
  let path: string;
  beforeEach(() => {
    tmp = tempDir();
    path = join(tmp.dir, 'leader-epoch-checkpoint');
  });
  afterEach(() => tmp.cleanup());

  it('assigns epochs, persists them in Kafka text format and reloads them', () => {
    const cache = LeaderEpochCache.load(path, new RecordingLogger());
    cache.assign(0, 0);
    cache.assign(0, 5); // same epoch: no-op
    cache.assign(2, 10);
    cache.assign(4, 25);
    assert.equal(readFileSync(path, 'utf8'), '0\n3\n0 0\n2 10\n4 25\n');
    assert.deepEqual(LeaderEpochCache.load(path, new RecordingLogger()).all, cache.all);
  });

  it("answers OffsetForLeaderEpoch with Kafka's rules", () => {
    const cache = LeaderEpochCache.load(path, new RecordingLogger());
    cache.assign(1, 0);
    cache.assign(3, 10);
    cache.assign(5, 20);
    assert.deepEqual(cache.endOffsetFor(5, 30), { epoch: 5, endOffset: 30 });
    assert.deepEqual(cache.endOffsetFor(3, 30), { epoch: 3, endOffset: 20 });
    assert.deepEqual(cache.endOffsetFor(4, 30), { epoch: 3, endOffset: 20 });
    assert.deepEqual(cache.endOffsetFor(0, 30), { epoch: 0, endOffset: 0 });
    assert.deepEqual(cache.endOffsetFor(6, 30), { epoch: -1, endOffset: -1 });
    assert.deepEqual(cache.endOffsetFor(-1, 30), { epoch: -1, endOffset: -1 });
  });

  it('truncates from the end and from the start', () => {
    const cache = LeaderEpochCache.load(path, new RecordingLogger());
    cache.assign(1, 0);
    cache.assign(3, 10);
    cache.assign(5, 20);
    cache.truncateFromEnd(15);
    assert.deepEqual(cache.all, [
      { epoch: 1, startOffset: 0 },
      { epoch: 3, startOffset: 10 },
    ]);
    cache.truncateFromStart(12);
    assert.deepEqual(cache.all, [{ epoch: 3, startOffset: 12 }]);
  });

  it('ignores a malformed file with a warning', () => {
    writeFileSync(path, '0\n2\n1 0\n');
    const logger = new RecordingLogger();
    assert.deepEqual(LeaderEpochCache.load(path, logger).all, []);
    assert.ok(logger.find(/malformed leader-epoch-checkpoint/));
  });
});
