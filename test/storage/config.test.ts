import assert from 'node:assert/strict';
import { DEFAULT_LOG_CONFIG, InvalidConfigError, LONG_MAX, logConfig, toKafkaProperties } from '../../storage/config';

describe('storage config', () => {
  it("has Kafka's topic-level defaults", () => {
    const c = DEFAULT_LOG_CONFIG;
    assert.equal(c.segmentBytes, 1073741824);
    assert.equal(c.segmentMs, 604800000);
    assert.equal(c.segmentIndexBytes, 10485760);
    assert.equal(c.indexIntervalBytes, 4096);
    assert.equal(c.retentionMs, 604800000);
    assert.equal(c.retentionBytes, -1);
    assert.equal(c.cleanupPolicy, 'delete');
    assert.equal(c.deleteRetentionMs, 86400000);
    assert.equal(c.minCompactionLagMs, 0);
    assert.equal(c.maxCompactionLagMs, LONG_MAX);
    assert.equal(c.minCleanableDirtyRatio, 0.5);
    assert.equal(c.messageTimestampType, 'CreateTime');
    assert.equal(c.flushMessages, LONG_MAX);
    assert.equal(c.flushMs, LONG_MAX);
    assert.equal(c.fileDeleteDelayMs, 60000);
    assert.equal(c.segmentJitterMs, 0);
    assert.equal(c.maxMessageBytes, 1048588);
    assert.equal(c.durability, 'page-cache');
  });

  it('parses Kafka property names and string values', () => {
    const c = logConfig({
      'segment.bytes': '2048',
      'cleanup.policy': 'delete, compact',
      'message.timestamp.type': 'LogAppendTime',
      'flush.messages': '9223372036854775807',
      'min.cleanable.dirty.ratio': '0.1',
      'unknown.broker.key': 'ignored',
    });
    assert.equal(c.segmentBytes, 2048);
    assert.equal(c.cleanupPolicy, 'compact,delete');
    assert.equal(c.messageTimestampType, 'LogAppendTime');
    assert.equal(c.flushMessages, LONG_MAX);
    assert.equal(c.minCleanableDirtyRatio, 0.1);
    assert.equal(toKafkaProperties(c)['flush.messages'], '9223372036854775807');
    assert.equal(toKafkaProperties(c)['cleanup.policy'], 'compact,delete');
  });

  it('accepts typed fields and layers over a base', () => {
    const base = logConfig({ retentionMs: 1000 });
    const c = logConfig({ segmentBytes: 4096 }, base);
    assert.equal(c.retentionMs, 1000);
    assert.equal(c.segmentBytes, 4096);
  });

  it('rejects bad values naming the Kafka property', () => {
    assert.throws(
      () => logConfig({ 'segment.bytes': 'big' }),
      (e: unknown) => e instanceof InvalidConfigError && e.property === 'segment.bytes',
    );
    assert.throws(() => logConfig({ 'cleanup.policy': 'forever' }), InvalidConfigError);
    assert.throws(() => logConfig({ 'retention.ms': '-5' }), InvalidConfigError);
    assert.throws(() => logConfig({ 'min.cleanable.dirty.ratio': '1.5' }), InvalidConfigError);
    assert.throws(() => logConfig({ 'brook.durability': 'sometimes' }), InvalidConfigError);
    assert.throws(() => logConfig({ 'segment.ms': '1.5' }), InvalidConfigError);
  });
});
