import { CompressionCodec, isKnownCodec } from '../compression/types';
import { crc32c } from '../crc32c';
import { errorName } from '../error-codes';
import { RecordsErrorCode } from './errors';
import { BATCH_HEADER_SIZE, BatchAttribute, BatchOffset, LOG_OVERHEAD } from './layout';
import { checkLegacyEntry } from './message-set';
import { type RecordSetEntry, splitRecordSet } from './record-set';

export { CompressionCodec } from '../compression/types';
export { BATCH_HEADER_SIZE, BatchAttribute, BatchOffset, LOG_OVERHEAD } from './layout';

/**
 * Header-only view of a v2 record batch (layout in shared/kafka-protocol/RECORDS.md). The produce path uses
 * it to validate a batch and assign offsets without decoding records: records stay opaque bytes.
 * Reads the fields of the batch that starts at `at` in `buf`; the caller checked the batch fits.
 */
export class RecordBatchHeader {
  constructor(
    readonly buf: Buffer,
    readonly at = 0,
  ) {}

  get baseOffset(): bigint {
    return this.buf.readBigInt64BE(this.at + BatchOffset.BaseOffset);
  }
  get batchLength(): number {
    return this.buf.readInt32BE(this.at + BatchOffset.BatchLength);
  }
  /** Whole batch size in bytes, including the 12-byte offset/length prefix. */
  get sizeInBytes(): number {
    return this.batchLength + LOG_OVERHEAD;
  }
  get partitionLeaderEpoch(): number {
    return this.buf.readInt32BE(this.at + BatchOffset.PartitionLeaderEpoch);
  }
  get magic(): number {
    return this.buf.readInt8(this.at + BatchOffset.Magic);
  }
  get crc(): number {
    return this.buf.readUInt32BE(this.at + BatchOffset.Crc);
  }
  get attributes(): number {
    return this.buf.readInt16BE(this.at + BatchOffset.Attributes);
  }
  get compression(): CompressionCodec {
    return this.attributes & BatchAttribute.CompressionMask;
  }
  get isTransactional(): boolean {
    return (this.attributes & BatchAttribute.Transactional) !== 0;
  }
  get isControl(): boolean {
    return (this.attributes & BatchAttribute.Control) !== 0;
  }
  get hasLogAppendTime(): boolean {
    return (this.attributes & BatchAttribute.TimestampTypeLogAppend) !== 0;
  }
  get lastOffsetDelta(): number {
    return this.buf.readInt32BE(this.at + BatchOffset.LastOffsetDelta);
  }
  get lastOffset(): bigint {
    return this.baseOffset + BigInt(this.lastOffsetDelta);
  }
  get baseTimestamp(): bigint {
    return this.buf.readBigInt64BE(this.at + BatchOffset.BaseTimestamp);
  }
  get maxTimestamp(): bigint {
    return this.buf.readBigInt64BE(this.at + BatchOffset.MaxTimestamp);
  }
  get producerId(): bigint {
    return this.buf.readBigInt64BE(this.at + BatchOffset.ProducerId);
  }
  get producerEpoch(): number {
    return this.buf.readInt16BE(this.at + BatchOffset.ProducerEpoch);
  }
  get baseSequence(): number {
    return this.buf.readInt32BE(this.at + BatchOffset.BaseSequence);
  }
  get recordsCount(): number {
    return this.buf.readInt32BE(this.at + BatchOffset.RecordsCount);
  }

  /** CRC-32C over attributes..end, as stored in the crc field when the batch is intact. */
  computeCrc(): number {
    return crc32c(this.buf.subarray(this.at + BatchOffset.Attributes, this.at + this.sizeInBytes));
  }

  isCrcValid(): boolean {
    return this.computeCrc() === this.crc;
  }

  /** Rewrites baseOffset. The CRC does not cover it, so no checksum work is needed. */
  setBaseOffset(offset: bigint): void {
    this.buf.writeBigInt64BE(offset, this.at + BatchOffset.BaseOffset);
  }

  /** Stamps the leader epoch. Not covered by the CRC either. */
  setPartitionLeaderEpoch(epoch: number): void {
    this.buf.writeInt32BE(epoch, this.at + BatchOffset.PartitionLeaderEpoch);
  }

  /** Sets LogAppendTime (attribute bit and maxTimestamp) and recomputes the CRC, which covers both. */
  setLogAppendTime(timestamp: bigint): void {
    const attributes = this.attributes | BatchAttribute.TimestampTypeLogAppend;
    this.buf.writeInt16BE(attributes, this.at + BatchOffset.Attributes);
    this.buf.writeBigInt64BE(timestamp, this.at + BatchOffset.MaxTimestamp);
    this.buf.writeUInt32BE(this.computeCrc(), this.at + BatchOffset.Crc);
  }

  /** Replaces a CreateTime batch's maxTimestamp and recomputes the CRC, which covers it. */
  setMaxTimestamp(timestamp: bigint): void {
    this.buf.writeBigInt64BE(timestamp, this.at + BatchOffset.MaxTimestamp);
    this.buf.writeUInt32BE(this.computeCrc(), this.at + BatchOffset.Crc);
  }
}

/** What the broker should do with a Produce partition's `records` (see validateProduceRecords). */
export type ProduceRecordsCheck =
  | {
      ok: true;
      format: 'v2';
      /** View of the single batch, ready for setBaseOffset / setPartitionLeaderEpoch / setLogAppendTime. */
      header: RecordBatchHeader;
      /** Bytes after the batch that do not hold a whole batch; Kafka trims them silently. */
      trailingBytes: number;
    }
  | {
      ok: true;
      format: 'legacy';
      /** Shallow message entries (wrappers count once); up-convert with upConvertMessageSet. */
      entries: number;
      trailingBytes: number;
    }
  | { ok: false; errorCode: RecordsErrorCode; errorName: string; message: string };

export interface ProduceValidationOptions {
  /**
   * Default true: apply LogValidator's client rules (count vs offsets, no control batches, sequence needed with a
   * producer id). False for the broker's own writes (transaction markers, replication).
   */
  fromClient?: boolean;
  /** `message.max.bytes` / `max.message.bytes`: a larger batch (or legacy entry) gets MESSAGE_TOO_LARGE. */
  maxBatchBytes?: number;
}

function reject(errorCode: RecordsErrorCode, message: string): ProduceRecordsCheck {
  return { ok: false, errorCode, errorName: errorName(errorCode), message };
}

/**
 * Checks a Produce partition's `records` without decoding records, following Kafka's ProduceRequest
 * .validateRecords and the log layer's shallow checks (LogValidator.validateBatch, DefaultRecordBatch
 * .ensureValid): Produce v3+ needs exactly one magic-2 batch (INVALID_RECORD), zstd needs v7+
 * (UNSUPPORTED_COMPRESSION_TYPE), sizes and CRC-32C must hold (CORRUPT_MESSAGE), the record count must be
 * positive and match lastOffsetDelta + 1 (INVALID_RECORD), idempotent batches need a sequence, clients may not
 * write control batches. Produce v0-2 carry legacy message sets: each entry's CRC-32 and lengths are checked.
 */
export function validateProduceRecords(
  records: Buffer | null,
  produceVersion: number,
  options: ProduceValidationOptions = {},
): ProduceRecordsCheck {
  const buf = records ?? Buffer.alloc(0);
  const split = splitRecordSet(buf);
  if (split.error) return reject(split.error.errorCode, split.error.message);
  if (produceVersion < 3) return validateLegacy(buf, split.entries, split.partialBytes, options);
  const first = split.entries[0];
  if (first === undefined) {
    return reject(RecordsErrorCode.InvalidRecord, `Produce v${produceVersion} needs one record batch per partition`);
  }
  if (first.magic !== 2) {
    return reject(RecordsErrorCode.InvalidRecord, `Produce v${produceVersion} only allows record batches with magic 2`);
  }
  const header = new RecordBatchHeader(buf, 0);
  const codec = header.compression;
  if (codec === CompressionCodec.Zstd && produceVersion < 7) {
    return reject(RecordsErrorCode.UnsupportedCompressionType, `Produce v${produceVersion} may not use zstd`);
  }
  if (split.entries.length > 1) {
    return reject(
      RecordsErrorCode.InvalidRecord,
      `Produce v${produceVersion} allows exactly one record batch per partition`,
    );
  }
  if (options.maxBatchBytes !== undefined && header.sizeInBytes > options.maxBatchBytes) {
    return reject(
      RecordsErrorCode.MessageTooLarge,
      `record batch of ${header.sizeInBytes} bytes exceeds the maximum of ${options.maxBatchBytes}`,
    );
  }
  if (header.sizeInBytes < BATCH_HEADER_SIZE) {
    return reject(
      RecordsErrorCode.CorruptMessage,
      `record batch of ${header.sizeInBytes} bytes is shorter than its header`,
    );
  }
  if (!header.isCrcValid()) return reject(RecordsErrorCode.CorruptMessage, 'record batch CRC-32C mismatch');
  if (!isKnownCodec(codec)) return reject(RecordsErrorCode.CorruptMessage, `unknown compression codec id ${codec}`);
  // An uncompressed record takes at least 7 bytes (length, attributes, timestamp and offset deltas, key and
  // value lengths, header count), which bounds a count cheaply without decoding.
  const count = header.recordsCount;
  if (codec === CompressionCodec.None && count * 7 > header.sizeInBytes - BATCH_HEADER_SIZE) {
    return reject(RecordsErrorCode.CorruptMessage, `record count ${count} cannot fit in the batch`);
  }
  if (options.fromClient === false) {
    if (count < 0) return reject(RecordsErrorCode.CorruptMessage, `negative record count ${count}`);
    return { ok: true, format: 'v2', header, trailingBytes: split.partialBytes };
  }
  // LogValidator.validateBatch, in its order, for batches written by clients.
  const lastOffsetDelta = header.lastOffsetDelta;
  if (lastOffsetDelta + 1 <= 0) {
    return reject(
      RecordsErrorCode.InvalidRecord,
      `batch has an invalid offset range (lastOffsetDelta ${lastOffsetDelta})`,
    );
  }
  if (count <= 0) return reject(RecordsErrorCode.InvalidRecord, `invalid reported count for record batch: ${count}`);
  if (lastOffsetDelta + 1 !== count) {
    return reject(
      RecordsErrorCode.InvalidRecord,
      `inconsistent batch offset range (lastOffsetDelta ${lastOffsetDelta}) and count of records ${count}`,
    );
  }
  if (header.isControl)
    return reject(RecordsErrorCode.InvalidRecord, 'clients are not allowed to write control records');
  const producerId = header.producerId;
  if (producerId >= 0n && header.baseSequence < 0) {
    return reject(
      RecordsErrorCode.InvalidRecord,
      `invalid sequence number ${header.baseSequence} with producerId ${producerId}`,
    );
  }
  return { ok: true, format: 'v2', header, trailingBytes: split.partialBytes };
}

function validateLegacy(
  buf: Buffer,
  entries: RecordSetEntry[],
  trailingBytes: number,
  options: ProduceValidationOptions,
): ProduceRecordsCheck {
  for (const e of entries) {
    if (options.maxBatchBytes !== undefined && e.sizeInBytes > options.maxBatchBytes) {
      return reject(RecordsErrorCode.MessageTooLarge, `message of ${e.sizeInBytes} bytes exceeds the maximum`);
    }
    if (e.magic !== 0 && e.magic !== 1) {
      return reject(RecordsErrorCode.InvalidRecord, `Produce v0-2 carry message format 0 or 1, not magic ${e.magic}`);
    }
    const problem = checkLegacyEntry(buf, e.at, e.sizeInBytes);
    if (problem !== null) return reject(RecordsErrorCode.CorruptMessage, problem);
  }
  return { ok: true, format: 'legacy', entries: entries.length, trailingBytes };
}
