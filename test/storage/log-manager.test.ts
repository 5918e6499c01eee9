import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidTopicError } from '../../storage/errors';
import { LogManager, parsePartitionDir } from '../../storage/log-manager';
import { tempDir, valuesBatch } from './helpers';

describe('LogManager', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('creates <topic>-<partition> folders and reopens them all on start', () => {
    const manager = LogManager.open({ dataDir: tmp.dir });
    manager.getOrCreate('orders', 0).append(valuesBatch('a', 2));
    manager.getOrCreate('orders', 1).append(valuesBatch('b', 3));
    manager.getOrCreate('my.topic-with-dash', 7).append(valuesBatch('c', 1));
    manager.close();
    assert.deepEqual(readdirSync(tmp.dir).sort(), ['my.topic-with-dash-7', 'orders-0', 'orders-1']);
    const reopened = LogManager.open({ dataDir: tmp.dir });
    assert.equal(reopened.get('orders', 0)!.logEndOffset, 2);
    assert.equal(reopened.get('orders', 1)!.logEndOffset, 3);
    assert.equal(reopened.get('my.topic-with-dash', 7)!.logEndOffset, 1);
    assert.equal(reopened.all().length, 3);
    reopened.close();
  });

  it('applies per-topic overrides over broker defaults, with Kafka property names', () => {
    const manager = LogManager.open({
      dataDir: tmp.dir,
      defaults: { 'retention.ms': '1000' },
      topicConfigs: { compacted: { 'cleanup.policy': 'compact' } },
    });
    assert.equal(manager.getOrCreate('plain', 0).config.retentionMs, 1000);
    const compacted = manager.getOrCreate('compacted', 0);
    assert.equal(compacted.config.cleanupPolicy, 'compact');
    assert.equal(compacted.config.retentionMs, 1000);
    manager.setTopicConfig('compacted', { 'segment.bytes': '4096' });
    assert.equal(compacted.config.segmentBytes, 4096);
    assert.equal(compacted.config.cleanupPolicy, 'delete', 'overrides are replaced, not merged');
    manager.close();
  });

  it('deletes a partition folder (and leftovers of an interrupted delete on open)', () => {
    const manager = LogManager.open({ dataDir: tmp.dir });
    manager.getOrCreate('gone', 0).append(valuesBatch('a', 1));
    assert.equal(manager.delete('gone', 0), true);
    assert.equal(manager.get('gone', 0), undefined);
    assert.ok(!existsSync(join(tmp.dir, 'gone-0')));
    assert.equal(manager.delete('gone', 0), false);
    manager.close();
    mkdirSync(join(tmp.dir, 'old-0.abc-delete'));
    LogManager.open({ dataDir: tmp.dir }).close();
    assert.ok(!existsSync(join(tmp.dir, 'old-0.abc-delete')));
  });

  it('refuses topic names Kafka refuses', () => {
    const manager = LogManager.open({ dataDir: tmp.dir });
    for (const bad of ['', '.', '..', 'a/b', 'sp ace', 'x'.repeat(250)]) {
      assert.throws(() => manager.getOrCreate(bad, 0), InvalidTopicError, bad);
    }
    manager.close();
    assert.deepEqual(parsePartitionDir('a-b-12'), { topic: 'a-b', partition: 12 });
    assert.equal(parsePartitionDir('notapartition'), null);
  });

  it('runs maintenance (retention) across partitions and compaction for compacted topics', async () => {
    const manager = LogManager.open({
      dataDir: tmp.dir,
      defaults: { segmentBytes: 300, retentionMs: 1000, fileDeleteDelayMs: 0 },
      topicConfigs: { kv: { cleanupPolicy: 'compact' } },
    });
    const events = manager.getOrCreate('events', 0);
    for (let i = 0; i < 10; i++) events.append(valuesBatch(`e${i}`, 2, 10));
    events.setHighWatermark(events.logEndOffset);
    const kv = manager.getOrCreate('kv', 0);
    for (let i = 0; i < 10; i++) kv.append(valuesBatch(`k${i}`, 2, 10));
    kv.setHighWatermark(kv.logEndOffset);
    const { deletedSegments } = manager.runMaintenance(1_000_000);
    assert.ok(deletedSegments > 0);
    assert.ok(events.logStartOffset > 0);
    assert.equal(kv.logStartOffset, 0, 'compact policy: no time retention');
    const results = await manager.compact(1_000_000);
    assert.equal(results.length, 1, 'only the compacted topic is cleaned');
    manager.close();
  });
});
