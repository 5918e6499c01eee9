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

  it('opens no partition at start: each opens (and recovers) on first use, descriptors follow use', async () => {
    const fds = () => readdirSync('/proc/self/fd').length;
    const manager = LogManager.open({ dataDir: tmp.dir });
    for (let p = 0; p < 100; p++) manager.getOrCreate('many', p).append(valuesBatch(`m${p}`, 1 + (p % 3)));
    for (const { log } of manager.all()) log.closeWithoutFlush(); // as SIGKILL leaves them: unclean
    const before = fds();
    const reopened = LogManager.open({ dataDir: tmp.dir });
    assert.equal(reopened.all().length, 100);
    assert.ok(reopened.all().every(({ log }) => !log.isLoaded));
    assert.ok(fds() - before < 5, `descriptors held by unopened partitions: ${fds() - before}`);
    for (let p = 0; p < 10; p++) assert.equal(reopened.get('many', p)!.logEndOffset, 1 + (p % 3));
    assert.equal(reopened.all().filter(({ log }) => log.isLoaded).length, 10);
    const opened = fds() - before;
    assert.ok(opened >= 10 && opened < 60, `10 open partitions hold ${opened} descriptors`);
    reopened.runMaintenance(); // nothing to retain: the other 90 stay closed
    assert.equal(reopened.all().filter(({ log }) => log.isLoaded).length, 10);
    await reopened.closeAsync();
    const again = LogManager.open({ dataDir: tmp.dir });
    for (let p = 0; p < 100; p++) assert.equal(again.get('many', p)!.logEndOffset, 1 + (p % 3), `many-${p}`);
    again.close();
  });

  it('closes the files of partitions idle for idleCloseMs; their next use reopens them where they were', async () => {
    let now = 1_000_000;
    const manager = LogManager.open({ dataDir: tmp.dir, idleCloseMs: 60_000, clock: () => now });
    const idle = manager.getOrCreate('idle', 0);
    const busy = manager.getOrCreate('busy', 0);
    idle.append(valuesBatch('i', 3));
    assert.equal(await manager.closeIdle(), 0); // first sight
    now += 30_000;
    busy.append(valuesBatch('b', 1));
    assert.equal(await manager.closeIdle(), 0);
    now += 40_000;
    busy.append(valuesBatch('b', 1));
    assert.equal(await manager.closeIdle(), 1);
    assert.equal(idle.isLoaded, false);
    assert.equal(busy.isLoaded, true);
    assert.ok(existsSync(join(tmp.dir, 'idle-0', '.kafka_cleanshutdown')), 'closed cleanly');
    assert.equal(idle.append(valuesBatch('j', 2)).firstOffset, 3);
    assert.equal(idle.isLoaded, true);
    assert.ok(!existsSync(join(tmp.dir, 'idle-0', '.kafka_cleanshutdown')), 'marker consumed on reopen');
    assert.equal(idle.read(0, { maxBytes: 1 << 20, isolation: 'log-end' }).records.length > 0, true);
    await manager.closeAsync();
  });

  it('maintenance opens an unopened partition when its files show retention applies', () => {
    const manager = LogManager.open({ dataDir: tmp.dir, defaults: { segmentBytes: 300, fileDeleteDelayMs: 0 } });
    const log = manager.getOrCreate('old', 0);
    for (let i = 0; i < 10; i++) log.append(valuesBatch(`o${i}`, 2, 10));
    log.setHighWatermark(log.logEndOffset);
    manager.close();
    const reopened = LogManager.open({
      dataDir: tmp.dir,
      defaults: { segmentBytes: 300, retentionMs: 1000, fileDeleteDelayMs: 0 },
    });
    const { deletedSegments } = reopened.runMaintenance(Date.now() + 10_000);
    assert.ok(deletedSegments > 0);
    assert.ok(reopened.get('old', 0)!.logStartOffset > 0);
    reopened.close();
  });
});
