import { ErrorCode, errorName } from '../protocol/error-codes';
import {
  CompressionCodec,
  decodeRecordBatch,
  encodeRecordBatch,
  RecordBatchHeader,
  upConvertMessageSet,
  validateProduceRecords,
} from '../protocol/records';
import { LONG_MAX, type TimestampType } from './config';
import { StorageError } from './errors';

/**
 * The checks a leader makes on a producer's records before appending them, as Kafka's LogValidator (and the
 * shallow part of UnifiedLog.analyzeAndValidateRecords) makes them: framing and CRC (protocol/records
 * validateProduceRecords), legacy message sets up-converted to one v2 batch, max.message.bytes, re-encoding
 * to the topic's compression.type, sarama's missing max timestamp, message.timestamp.before/after.max.ms, and
 * a key on every record of a compacted topic.
 *
 * Records stay opaque bytes unless a rule needs them decoded: up-conversion, recompression, a batch without a
 * max timestamp, timestamp bounds configured on the topic (Kafka checks every record's timestamp; Brook
 * decodes only when a bound is set, since with the default bounds no timestamp can fail), or a compacted topic.
 */

/** compression.type of a topic: `producer` keeps the producer's codec. */
export type CompressionType = 'producer' | 'uncompressed' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

/** The topic configs the validator reads (Kafka names in comments). */
export interface ValidationConfig {
  /** max.message.bytes */
  maxMessageBytes: number;
  /** compression.type */
  compressionType: CompressionType;
  /** message.timestamp.type */
  timestampType: TimestampType;
  /** message.timestamp.before.max.ms (LONG_MAX = unbounded) */
  timestampBeforeMaxMs: number;
  /** message.timestamp.after.max.ms (LONG_MAX = unbounded) */
  timestampAfterMaxMs: number;
  /** cleanup.policy includes compact: every record needs a key. */
  compacted: boolean;
}

/** The validator's settings from a topic's effective configs by Kafka name (missing keys take Kafka's defaults). */
export function validationConfig(props: Readonly<Record<string, string | undefined>>): ValidationConfig {
  const d = DEFAULT_VALIDATION_CONFIG;
  const num = (name: string, fallback: number) => (props[name] === undefined ? fallback : Number(props[name]));
  const compression = props['compression.type'] ?? d.compressionType;
  return {
    maxMessageBytes: num('max.message.bytes', d.maxMessageBytes),
    compressionType: compression in TARGET_CODECS ? (compression as CompressionType) : d.compressionType,
    timestampType: props['message.timestamp.type'] === 'LogAppendTime' ? 'LogAppendTime' : 'CreateTime',
    timestampBeforeMaxMs: num('message.timestamp.before.max.ms', d.timestampBeforeMaxMs),
    timestampAfterMaxMs: num('message.timestamp.after.max.ms', d.timestampAfterMaxMs),
    compacted: (props['cleanup.policy'] ?? '').split(',').some((p) => p.trim() === 'compact'),
  };
}

export const DEFAULT_VALIDATION_CONFIG: Readonly<ValidationConfig> = Object.freeze({
  maxMessageBytes: 1048588,
  compressionType: 'producer',
  timestampType: 'CreateTime',
  timestampBeforeMaxMs: LONG_MAX,
  // Kafka 4.0 (KIP-1032): at most one hour ahead of the broker's clock.
  timestampAfterMaxMs: 3_600_000,
  compacted: false,
});

/** One rejected record (Kafka's RecordError: its index in the batch and why). */
export interface RecordError {
  batchIndex: number;
  message: string;
}

/** A produce rejected by validation, with Kafka's error code, message and per-record errors (Produce v8+). */
export class RecordValidationError extends StorageError {
  constructor(
    readonly errorCode: ErrorCode,
    message: string,
    readonly recordErrors: RecordError[] = [],
  ) {
    super(message, errorName(errorCode));
  }
}

export type ValidationResult = { ok: true; batch: Buffer } | { ok: false; error: RecordValidationError };

export interface ValidateOptions {
  /** The Produce request's version: v0-2 carry legacy message sets, zstd needs v7+. */
  produceVersion: number;
  /** `<topic>-<partition>`, named in messages as Kafka names it. */
  topicPartition: string;
  /** Epoch ms (timestamp bounds). */
  now: number;
}

const TARGET_CODECS: Record<CompressionType, CompressionCodec | undefined> = {
  producer: undefined,
  uncompressed: CompressionCodec.None,
  gzip: CompressionCodec.Gzip,
  snappy: CompressionCodec.Snappy,
  lz4: CompressionCodec.Lz4,
  zstd: CompressionCodec.Zstd,
};

function fail(errorCode: ErrorCode, message: string, recordErrors: RecordError[] = []): ValidationResult {
  return { ok: false, error: new RecordValidationError(errorCode, message, recordErrors) };
}

/**
 * Validates one partition's `records` from a Produce request for a leader append. The returned batch is one
 * v2 batch, possibly a new buffer (up-converted or recompressed), possibly the request's own bytes patched in
 * place (the max timestamp repair); it is ready for PartitionLog.append.
 */
export async function validateRecordsForLeader(
  records: Buffer | null,
  config: Readonly<ValidationConfig>,
  options: ValidateOptions,
): Promise<ValidationResult> {
  const check = validateProduceRecords(records, options.produceVersion);
  if (!check.ok) {
    const recordErrors = check.errorCode === ErrorCode.InvalidRecord ? [{ batchIndex: 0, message: check.message }] : [];
    return fail(check.errorCode, check.message, recordErrors);
  }
  let batch: Buffer;
  try {
    batch =
      check.format === 'legacy' ? await upConvertMessageSet(records!) : records!.subarray(0, check.header.sizeInBytes);
  } catch (error) {
    return failFrom(error);
  }
  // UnifiedLog.analyzeAndValidateRecords: the batch as received, before any recompression.
  if (batch.length > config.maxMessageBytes) {
    return fail(
      ErrorCode.MessageTooLarge,
      `The record batch size in the append to ${options.topicPartition} is ${batch.length} bytes which exceeds the maximum configured value of ${config.maxMessageBytes}.`,
    );
  }
  try {
    batch = await recompressIfNeeded(batch, config.compressionType);
    await repairMissingMaxTimestamp(batch);
  } catch (error) {
    return failFrom(error);
  }
  const problems = await checkRecords(batch, config, options);
  if (problems.timestamps.length > 0) {
    // Kafka's processRecordErrors: any timestamp error makes the whole answer INVALID_TIMESTAMP.
    const all = [...problems.timestamps, ...problems.others].sort((a, b) => a.batchIndex - b.batchIndex);
    return fail(ErrorCode.InvalidTimestamp, 'One or more records have been rejected due to invalid timestamp', all);
  }
  if (problems.others.length > 0) {
    const shown = problems.others
      .slice(0, 3)
      .map((e) => `RecordError(batchIndex=${e.batchIndex}, message='${e.message}')`)
      .join(', ');
    return fail(
      ErrorCode.InvalidRecord,
      `One or more records have been rejected due to ${problems.others.length} record errors in total, and only showing the first three errors at most: [${shown}]`,
      problems.others,
    );
  }
  return { ok: true, batch };
}

/** Errors thrown by protocol/records carry their Kafka code; anything else is a corrupt input. */
function failFrom(error: unknown): ValidationResult {
  const code = (error as { errorCode?: unknown }).errorCode;
  return fail(typeof code === 'number' ? (code as ErrorCode) : ErrorCode.CorruptMessage, (error as Error).message);
}

/**
 * A topic whose compression.type is not `producer` stores batches in that codec: a batch in another codec is
 * decoded and re-encoded (LogValidator's validateMessagesAndAssignOffsetsCompressed), the only time the
 * produce path decodes records for storage.
 */
async function recompressIfNeeded(batch: Buffer, compressionType: CompressionType): Promise<Buffer> {
  const target = TARGET_CODECS[compressionType];
  if (target === undefined || new RecordBatchHeader(batch, 0).compression === target) return batch;
  const decoded = await decodeRecordBatch(batch);
  return encodeRecordBatch({
    compression: target,
    timestampType: decoded.timestampType,
    isTransactional: decoded.isTransactional,
    producerId: decoded.producerId,
    producerEpoch: decoded.producerEpoch,
    baseSequence: decoded.baseSequence,
    baseTimestamp: decoded.baseTimestamp,
    maxTimestamp: decoded.maxTimestamp,
    records: decoded.records.map((r) => ({
      offsetDelta: r.offsetDelta,
      timestampDelta: r.timestampDelta,
      key: r.key,
      value: r.value,
      headers: r.headers,
    })),
  });
}

/** `now + delta` as Kafka's Java long prints it: LONG_MAX (2^63 here) is Long.MAX_VALUE, sums wrap at 64 bits. */
function javaLong(now: number, delta: number): bigint {
  const exact = Math.abs(delta) >= LONG_MAX ? 9223372036854775807n : BigInt(Math.abs(delta));
  return BigInt.asIntN(64, BigInt(now) + (delta < 0 ? -exact : exact));
}

/**
 * Kafka's LogValidator recomputes a CreateTime batch's maxTimestamp from its records; Brook trusts the header
 * except when it cannot be right: records present but no max timestamp (-1). sarama 1.22 sends exactly that,
 * and ListOffsets by time would then never find its records.
 */
async function repairMissingMaxTimestamp(batch: Buffer): Promise<void> {
  const header = new RecordBatchHeader(batch, 0);
  if (header.hasLogAppendTime || header.maxTimestamp >= 0n || header.recordsCount === 0) return;
  const { records } = await decodeRecordBatch(batch);
  const max = records.reduce((m, r) => (r.timestamp > m ? r.timestamp : m), -1n);
  if (max >= 0n) header.setMaxTimestamp(max);
}

/**
 * LogValidator.validateRecord's per-record rules, worded as Kafka words them: on a CreateTime topic each
 * record's timestamp within [now - before, now + after] (records without a timestamp, -1, pass), and on a
 * compacted topic a key on every record. The batch is decoded only when a rule can fail: a bound is set
 * (records need not be in timestamp order, so the header's base and max timestamps cannot vouch for every
 * record) or the topic is compacted.
 */
async function checkRecords(
  batch: Buffer,
  config: Readonly<ValidationConfig>,
  options: ValidateOptions,
): Promise<{ timestamps: RecordError[]; others: RecordError[] }> {
  const timestamps: RecordError[] = [];
  const others: RecordError[] = [];
  const before = config.timestampBeforeMaxMs;
  const after = config.timestampAfterMaxMs;
  // With only the future bound (Kafka 4's default), the header's max timestamp vouches for every record: a
  // batch within it is not decoded (Brook trusts the header's max timestamp, as its time index does).
  const headerVouches =
    before >= LONG_MAX && Number(new RecordBatchHeader(batch, 0).maxTimestamp) - options.now <= after;
  const checkTime = config.timestampType === 'CreateTime' && (before < LONG_MAX || after < LONG_MAX) && !headerVouches;
  if (!checkTime && !config.compacted) return { timestamps, others };
  const { records } = await decodeRecordBatch(batch);
  const now = options.now;
  records.forEach((record, index) => {
    if (config.compacted && record.key === null) {
      others.push({
        batchIndex: index,
        message: `Compacted topic cannot accept message without key in topic partition ${options.topicPartition}`,
      });
    }
    const timestamp = Number(record.timestamp);
    if (checkTime && timestamp >= 0 && (now - timestamp > before || timestamp - now > after)) {
      timestamps.push({
        batchIndex: index,
        message: `Timestamp ${timestamp} of message with offset ${record.offsetDelta} is out of range. The timestamp should be within [${javaLong(now, -before)}, ${javaLong(now, after)}]`,
      });
    }
  });
  return { timestamps, others };
}
