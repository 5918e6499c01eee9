import assert from 'node:assert/strict';
import { ErrorCode } from '../../protocol/error-codes';
import { CompressionCodec, encodeMessageSet, encodeRecordBatch, RecordBatchHeader } from '../../protocol/records';
import {
  DEFAULT_VALIDATION_CONFIG,
  type RecordValidationError,
  type ValidationConfig,
  validateRecordsForLeader,
  validationConfig,
} from '../../storage/log-validator';
import { batch, decodeAll, valuesBatch } from './helpers';

const NOW = 1_700_000_000_000;
const options = { produceVersion: 9, topicPartition: 'orders-0', now: NOW };

function config(overrides: Partial<ValidationConfig> = {}): ValidationConfig {
  return { ...DEFAULT_VALIDATION_CONFIG, ...overrides };
}

async function rejected(records: Buffer | null, cfg = config(), opts = options): Promise<RecordValidationError> {
  const result = await validateRecordsForLeader(records, cfg, opts);
  assert.equal(result.ok, false, 'expected a rejection');
  return (result as { ok: false; error: RecordValidationError }).error;
}

describe('storage: log validator (leader append checks)', () => {
  it('passes a valid batch through untouched, as the same bytes', async () => {
    const input = valuesBatch('v', 3, NOW);
    const result = await validateRecordsForLeader(input, config(), options);
    assert.ok(result.ok);
    assert.equal(result.batch.buffer, input.buffer, 'no copy on the common path');
    assert.deepEqual(
      (await decodeAll(result.batch)).map((r) => r.value),
      ['v-0', 'v-1', 'v-2'],
    );
  });

  it('refuses a flipped bit (CORRUPT_MESSAGE), a missing batch and two batches (INVALID_RECORD with a record error)', async () => {
    const corrupt = valuesBatch('v', 2, NOW);
    corrupt[corrupt.length - 1]! ^= 0x01;
    const crc = await rejected(corrupt);
    assert.equal(crc.errorCode, ErrorCode.CorruptMessage);
    assert.match(crc.message, /CRC/);
    assert.equal(crc.kafkaError, 'CORRUPT_MESSAGE');

    const empty = await rejected(Buffer.alloc(0));
    assert.equal(empty.errorCode, ErrorCode.InvalidRecord);
    assert.equal(empty.recordErrors.length, 1);

    const two = await rejected(Buffer.concat([valuesBatch('a', 1, NOW), valuesBatch('b', 1, NOW)]));
    assert.equal(two.errorCode, ErrorCode.InvalidRecord);
  });

  it('refuses zstd below Produce v7 (UNSUPPORTED_COMPRESSION_TYPE)', async () => {
    const zstd = await encodeRecordBatch({
      compression: CompressionCodec.Zstd,
      records: [{ key: null, value: Buffer.from('z'), timestamp: NOW }],
    });
    const error = await rejected(zstd, config(), { ...options, produceVersion: 6 });
    assert.equal(error.errorCode, ErrorCode.UnsupportedCompressionType);
    assert.ok((await validateRecordsForLeader(zstd, config(), options)).ok);
  });

  it('refuses a batch above max.message.bytes with the message Kafka sends', async () => {
    const input = valuesBatch('x'.repeat(100), 10, NOW);
    const error = await rejected(input, config({ maxMessageBytes: 200 }));
    assert.equal(error.errorCode, ErrorCode.MessageTooLarge);
    assert.equal(
      error.message,
      `The record batch size in the append to orders-0 is ${input.length} bytes which exceeds the maximum configured value of 200.`,
    );
  });

  it('up-converts a legacy message set (Produce v0-2) to one v2 batch', async () => {
    const legacy = await encodeMessageSet({
      magic: 1,
      messages: [
        { key: Buffer.from('k'), value: Buffer.from('one'), timestamp: BigInt(NOW) },
        { key: null, value: Buffer.from('two'), timestamp: BigInt(NOW) },
      ],
    });
    const result = await validateRecordsForLeader(legacy, config(), { ...options, produceVersion: 2 });
    assert.ok(result.ok);
    assert.equal(new RecordBatchHeader(result.batch, 0).magic, 2);
    assert.deepEqual(
      (await decodeAll(result.batch)).map((r) => r.value),
      ['one', 'two'],
    );
  });

  it('re-encodes to the topic compression.type and keeps the producer codec under `producer`', async () => {
    const input = valuesBatch('c', 5, NOW);
    const gz = await validateRecordsForLeader(input, config({ compressionType: 'gzip' }), options);
    assert.ok(gz.ok);
    assert.equal(new RecordBatchHeader(gz.batch, 0).compression, CompressionCodec.Gzip);
    assert.deepEqual(
      (await decodeAll(gz.batch)).map((r) => r.value),
      ['c-0', 'c-1', 'c-2', 'c-3', 'c-4'],
    );
    const kept = await validateRecordsForLeader(valuesBatch('c', 5, NOW), config(), options);
    assert.ok(kept.ok);
    assert.equal(new RecordBatchHeader(kept.batch, 0).compression, CompressionCodec.None);
  });

  it("repairs a batch header without max timestamp (sarama 1.22's -1) from its records", async () => {
    const input = batch([
      { key: null, value: 'a', timestamp: NOW + 5 },
      { key: null, value: 'b', timestamp: NOW + 9 },
    ]);
    new RecordBatchHeader(input, 0).setMaxTimestamp(-1n);
    const result = await validateRecordsForLeader(input, config(), options);
    assert.ok(result.ok);
    assert.equal(new RecordBatchHeader(result.batch, 0).maxTimestamp, BigInt(NOW + 9));
  });

  it('checks message.timestamp.before/after.max.ms per record, with one record error each, in Kafka words', async () => {
    const input = batch([
      { key: null, value: 'old', timestamp: NOW - 10_000 },
      { key: null, value: 'ok', timestamp: NOW },
      { key: null, value: 'future', timestamp: NOW + 10_000 },
    ]);
    const cfg = config({ timestampBeforeMaxMs: 1000, timestampAfterMaxMs: 2000 });
    const error = await rejected(input, cfg);
    assert.equal(error.errorCode, ErrorCode.InvalidTimestamp);
    assert.equal(error.message, 'One or more records have been rejected due to invalid timestamp');
    assert.deepEqual(
      error.recordErrors.map((e) => e.batchIndex),
      [0, 2],
    );
    assert.equal(
      error.recordErrors[0]!.message,
      `Timestamp ${NOW - 10_000} of message with offset 0 is out of range. The timestamp should be within [${NOW - 1000}, ${NOW + 2000}]`,
    );
    // LogAppendTime topics stamp their own time: producer timestamps are not checked.
    assert.ok((await validateRecordsForLeader(input, { ...cfg, timestampType: 'LogAppendTime' }, options)).ok);
  });

  it('refuses records without a key on a compacted topic (INVALID_RECORD, Kafka message, first three shown)', async () => {
    const input = batch([
      { key: 'k', value: 'keyed' },
      { key: null, value: 'a' },
      { key: null, value: 'b' },
      { key: null, value: 'c' },
      { key: null, value: 'd' },
    ]);
    const error = await rejected(input, config({ compacted: true }));
    assert.equal(error.errorCode, ErrorCode.InvalidRecord);
    assert.deepEqual(
      error.recordErrors.map((e) => e.batchIndex),
      [1, 2, 3, 4],
    );
    const one = "message='Compacted topic cannot accept message without key in topic partition orders-0')";
    assert.equal(
      error.message,
      `One or more records have been rejected due to 4 record errors in total, and only showing the first three errors at most: [RecordError(batchIndex=1, ${one}, RecordError(batchIndex=2, ${one}, RecordError(batchIndex=3, ${one}]`,
    );
    assert.ok(
      (await validateRecordsForLeader(batch([{ key: 'k', value: 'v' }]), config({ compacted: true }), options)).ok,
    );
  });

  it("refuses by default a record more than an hour ahead of the broker's clock (Kafka 4.0, KIP-1032)", async () => {
    const ahead = (ms: number) => batch([{ key: null, value: 'x', timestamp: NOW + ms }]);
    assert.ok((await validateRecordsForLeader(ahead(3_600_000), config(), options)).ok);
    const error = await rejected(ahead(3_600_001));
    assert.equal(error.errorCode, ErrorCode.InvalidTimestamp);
    assert.equal(
      error.recordErrors[0]!.message,
      `Timestamp ${NOW + 3_600_001} of message with offset 0 is out of range. The timestamp should be within [${BigInt(NOW) - 9223372036854775807n}, ${NOW + 3_600_000}]`,
    );
  });

  it('reads its settings from Kafka property names', () => {
    assert.deepEqual(
      validationConfig({
        'max.message.bytes': '500',
        'compression.type': 'lz4',
        'message.timestamp.type': 'LogAppendTime',
        'message.timestamp.before.max.ms': '60000',
        'cleanup.policy': 'compact,delete',
      }),
      {
        maxMessageBytes: 500,
        compressionType: 'lz4',
        timestampType: 'LogAppendTime',
        timestampBeforeMaxMs: 60000,
        timestampAfterMaxMs: DEFAULT_VALIDATION_CONFIG.timestampAfterMaxMs,
        compacted: true,
      },
    );
  });
});
