import { compress, decompress } from '../compression';
import { CompressionCodec, CompressionError, type CompressOptions, isKnownCodec } from '../compression/types';
import { crc32c } from '../crc32c';
import { BATCH_HEADER_SIZE, BatchAttribute, BatchOffset, LOG_OVERHEAD } from './layout';
import { corruptRecords, RecordsError, RecordsErrorCode } from './errors';
import {
  type DecodeOptions,
  type KafkaRecord,
  type RecordBatch,
  type RecordBatchInput,
  type RecordHeader,
  type RecordInput,
  TimestampType,
} from './types';
import { VarCursor, varintSize, varlongSize, writeVarint, writeVarlong } from './varint';

/**
 * RecordBatch v2 encode/decode (layout: shared/kafka-protocol/RECORDS.md). The produce path does not use this
 * (it keeps batches opaque, see batch-header.ts); conversion, compaction, tests and the SQL processor do.
 */

const NO_TIMESTAMP = -1n;

interface Prepared {
  offsetDelta: number;
  /** A number when it fits an int32 (always, in practice), else a bigint. */
  timestampDelta: number | bigint;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
  bodySize: number;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

function deltaOf(record: RecordInput, baseTimestamp: bigint, baseNumber: number): number | bigint {
  const { timestamp, timestampDelta } = record;
  let delta: number | bigint;
  if (timestamp === undefined) delta = timestampDelta ?? 0;
  else if (typeof timestamp === 'number' && Number.isSafeInteger(baseNumber)) delta = timestamp - baseNumber;
  else delta = BigInt(timestamp) - baseTimestamp;
  if (typeof delta === 'number')
    return Number.isInteger(delta) && delta >= INT32_MIN && delta <= INT32_MAX ? delta : BigInt(delta);
  return delta >= INT32_MIN && delta <= INT32_MAX ? Number(delta) : delta;
}

function bytesSize(bytes: Buffer | null): number {
  return bytes === null ? 1 : varintSize(bytes.length) + bytes.length;
}

function prepare(record: RecordInput, index: number, baseTimestamp: bigint, baseNumber: number): Prepared {
  const offsetDelta = record.offsetDelta ?? index;
  const timestampDelta = deltaOf(record, baseTimestamp, baseNumber);
  const headers = record.headers ?? [];
  let bodySize = 1 + varlongSize(timestampDelta) + varintSize(offsetDelta);
  bodySize += bytesSize(record.key) + bytesSize(record.value) + varintSize(headers.length);
  for (const h of headers) {
    const keyLength = Buffer.byteLength(h.key, 'utf8');
    bodySize += varintSize(keyLength) + keyLength + bytesSize(h.value);
  }
  return { offsetDelta, timestampDelta, key: record.key, value: record.value, headers, bodySize };
}

function writeBytes(out: Buffer, at: number, bytes: Buffer | null): number {
  if (bytes === null) return writeVarint(out, at, -1);
  const next = writeVarint(out, at, bytes.length);
  bytes.copy(out, next);
  return next + bytes.length;
}

/** Encodes records (length-prefixed, as inside a batch) into `out` at `at`; returns the end position. */
function writeRecords(out: Buffer, at: number, records: Prepared[]): number {
  let p = at;
  for (const r of records) {
    p = writeVarint(out, p, r.bodySize);
    out[p++] = 0;
    p = writeVarlong(out, p, r.timestampDelta);
    p = writeVarint(out, p, r.offsetDelta);
    p = writeBytes(out, p, r.key);
    p = writeBytes(out, p, r.value);
    p = writeVarint(out, p, r.headers.length);
    for (const h of r.headers) {
      const keyLength = Buffer.byteLength(h.key, 'utf8');
      p = writeVarint(out, p, keyLength);
      p += out.write(h.key, p, keyLength, 'utf8');
      p = writeBytes(out, p, h.value);
    }
  }
  return p;
}

function toBig(v: bigint | number): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Builds the batch header fields and the uncompressed records section. */
function layout(input: RecordBatchInput): { attributes: number; header: Buffer; body: Buffer; count: number } {
  const records = input.records;
  const compression = input.compression ?? CompressionCodec.None;
  if (!isKnownCodec(compression)) throw new RangeError(`unknown compression codec ${compression}`);
  const first = records[0];
  let baseTimestamp: bigint;
  if (input.baseTimestamp !== undefined) baseTimestamp = toBig(input.baseTimestamp);
  else if (first === undefined) baseTimestamp = NO_TIMESTAMP;
  else if (first.timestamp !== undefined) baseTimestamp = toBig(first.timestamp);
  else throw new RangeError('records given with timestampDelta need an explicit baseTimestamp');

  const baseNumber = Number(baseTimestamp);
  const prepared = new Array<Prepared>(records.length);
  let maxDelta: number | bigint | null = null;
  for (let i = 0; i < records.length; i++) {
    const r = prepare(records[i]!, i, baseTimestamp, baseNumber);
    prepared[i] = r;
    if (maxDelta === null || r.timestampDelta > maxDelta) maxDelta = r.timestampDelta;
  }
  let maxTimestamp = maxDelta === null ? NO_TIMESTAMP : baseTimestamp + BigInt(maxDelta);
  const logAppend = input.timestampType === TimestampType.LogAppendTime;
  if (logAppend) maxTimestamp = toBig(input.maxTimestamp ?? Date.now());
  else if (input.maxTimestamp !== undefined) maxTimestamp = toBig(input.maxTimestamp);

  let attributes = compression;
  if (logAppend) attributes |= BatchAttribute.TimestampTypeLogAppend;
  if (input.isTransactional) attributes |= BatchAttribute.Transactional;
  if (input.isControl) attributes |= BatchAttribute.Control;

  let size = 0;
  for (const r of prepared) size += varintSize(r.bodySize) + r.bodySize;
  const body = Buffer.allocUnsafe(size);
  writeRecords(body, 0, prepared);

  const last = prepared[prepared.length - 1];
  const header = Buffer.alloc(BATCH_HEADER_SIZE);
  header.writeBigInt64BE(input.baseOffset ?? 0n, BatchOffset.BaseOffset);
  header.writeInt32BE(input.partitionLeaderEpoch ?? -1, BatchOffset.PartitionLeaderEpoch);
  header.writeInt8(2, BatchOffset.Magic);
  header.writeInt16BE(attributes, BatchOffset.Attributes);
  header.writeInt32BE(input.lastOffsetDelta ?? (last ? last.offsetDelta : -1), BatchOffset.LastOffsetDelta);
  header.writeBigInt64BE(baseTimestamp, BatchOffset.BaseTimestamp);
  header.writeBigInt64BE(maxTimestamp, BatchOffset.MaxTimestamp);
  header.writeBigInt64BE(input.producerId ?? -1n, BatchOffset.ProducerId);
  header.writeInt16BE(input.producerEpoch ?? -1, BatchOffset.ProducerEpoch);
  header.writeInt32BE(input.baseSequence ?? -1, BatchOffset.BaseSequence);
  header.writeInt32BE(records.length, BatchOffset.RecordsCount);
  return { attributes, header, body, count: records.length };
}

/** Joins header and (possibly compressed) records, fills batchLength and the CRC-32C over [21, end). */
function seal(header: Buffer, records: Buffer): Buffer {
  const batch = Buffer.allocUnsafe(header.length + records.length);
  header.copy(batch, 0);
  records.copy(batch, header.length);
  batch.writeInt32BE(batch.length - LOG_OVERHEAD, BatchOffset.BatchLength);
  batch.writeUInt32BE(crc32c(batch.subarray(BatchOffset.Attributes)), BatchOffset.Crc);
  return batch;
}

/** Encodes an uncompressed v2 batch synchronously (throws RangeError if a codec is asked for). */
export function encodeRecordBatchSync(input: RecordBatchInput): Buffer {
  if ((input.compression ?? CompressionCodec.None) !== CompressionCodec.None) {
    throw new RangeError('encodeRecordBatchSync cannot compress; use encodeRecordBatch');
  }
  const { header, body } = layout(input);
  return seal(header, body);
}

/** Encodes a v2 record batch, compressing the records section with the batch's codec. */
export async function encodeRecordBatch(input: RecordBatchInput, options: CompressOptions = {}): Promise<Buffer> {
  const { header, body } = layout(input);
  const codec = input.compression ?? CompressionCodec.None;
  const records = codec === CompressionCodec.None ? body : await compress(codec, body, options);
  return seal(header, records);
}

function decodeRecordsSection(
  buf: Buffer,
  start: number,
  end: number,
  count: number,
  batch: RecordBatch,
  exact: boolean,
): KafkaRecord[] | string {
  const cursor = new VarCursor(buf, start, end);
  const records: KafkaRecord[] = new Array(count);
  const logAppend = batch.timestampType === TimestampType.LogAppendTime;
  for (let i = 0; i < count; i++) {
    const length = cursor.varint();
    if (cursor.failed || length < 0 || cursor.pos + length > end) return `record ${i}: bad length ${length}`;
    const recordEnd = cursor.pos + length;
    const rc = new VarCursor(buf, cursor.pos, recordEnd);
    const attributes = rc.int8();
    const timestampDelta = rc.varlong();
    const offsetDelta = rc.varint();
    const key = rc.bytes(rc.varint());
    const value = rc.bytes(rc.varint());
    const headerCount = rc.varint();
    if (rc.failed || headerCount < 0 || headerCount > recordEnd - rc.pos) return `record ${i}: malformed`;
    const headers: RecordHeader[] = new Array(headerCount);
    for (let h = 0; h < headerCount; h++) {
      const keyLength = rc.varint();
      if (keyLength < 0) return `record ${i}: null header key`;
      const headerKey = rc.bytes(keyLength);
      const headerValue = rc.bytes(rc.varint());
      if (rc.failed || headerKey === null) return `record ${i}: malformed header ${h}`;
      headers[h] = { key: headerKey.toString('utf8'), value: headerValue };
    }
    if (rc.pos !== recordEnd) return `record ${i}: ${recordEnd - rc.pos} bytes left inside the record`;
    records[i] = {
      offset: batch.baseOffset + BigInt(offsetDelta),
      offsetDelta,
      timestamp: logAppend ? batch.maxTimestamp : batch.baseTimestamp + timestampDelta,
      timestampDelta,
      attributes,
      key,
      value,
      headers,
    };
    cursor.pos = recordEnd;
  }
  if (exact && cursor.pos !== end) return `${end - cursor.pos} bytes after the last record`;
  return records;
}

/** Header fields of the v2 batch at `at`, without records. The caller checked that 61 bytes are there. */
function readBatchHeader(buf: Buffer, at: number): RecordBatch {
  const attributes = buf.readInt16BE(at + BatchOffset.Attributes);
  const baseOffset = buf.readBigInt64BE(at + BatchOffset.BaseOffset);
  const lastOffsetDelta = buf.readInt32BE(at + BatchOffset.LastOffsetDelta);
  return {
    magic: 2,
    baseOffset,
    lastOffset: baseOffset + BigInt(lastOffsetDelta),
    sizeInBytes: buf.readInt32BE(at + BatchOffset.BatchLength) + LOG_OVERHEAD,
    partitionLeaderEpoch: buf.readInt32BE(at + BatchOffset.PartitionLeaderEpoch),
    crc: buf.readUInt32BE(at + BatchOffset.Crc),
    attributes,
    compression: attributes & BatchAttribute.CompressionMask,
    timestampType:
      attributes & BatchAttribute.TimestampTypeLogAppend ? TimestampType.LogAppendTime : TimestampType.CreateTime,
    isTransactional: (attributes & BatchAttribute.Transactional) !== 0,
    isControl: (attributes & BatchAttribute.Control) !== 0,
    hasDeleteHorizon: (attributes & BatchAttribute.DeleteHorizon) !== 0,
    lastOffsetDelta,
    baseTimestamp: buf.readBigInt64BE(at + BatchOffset.BaseTimestamp),
    maxTimestamp: buf.readBigInt64BE(at + BatchOffset.MaxTimestamp),
    producerId: buf.readBigInt64BE(at + BatchOffset.ProducerId),
    producerEpoch: buf.readInt16BE(at + BatchOffset.ProducerEpoch),
    baseSequence: buf.readInt32BE(at + BatchOffset.BaseSequence),
    records: [],
  };
}

/**
 * The records of an uncompressed v2 batch spanning all of `buf`, decoded synchronously (KRaft's control batches,
 * which Kafka never compresses, read while a log opens). Throws a RecordsError on bad bytes or a compressed batch.
 */
export function decodeUncompressedBatchSync(buf: Buffer): RecordBatch {
  if (buf.length < BATCH_HEADER_SIZE || buf.readInt8(BatchOffset.Magic) !== 2) {
    throw corruptRecords('not a v2 record batch');
  }
  const batch = readBatchHeader(buf, 0);
  if (batch.compression !== CompressionCodec.None)
    throw corruptRecords('compressed batch: decode it with decodeRecordBatch');
  const count = buf.readInt32BE(BatchOffset.RecordsCount);
  if (count < 0 || count > (buf.length - BATCH_HEADER_SIZE) / 7 + 1) throw corruptRecords(`bad record count ${count}`);
  const records = decodeRecordsSection(buf, BATCH_HEADER_SIZE, buf.length, count, batch, true);
  if (typeof records === 'string') throw corruptRecords(`record batch: ${records}`, BATCH_HEADER_SIZE);
  batch.records = records;
  return batch;
}

/**
 * Decodes the single v2 batch that spans all of `buf` (use decodeRecordSet for a sequence). Rejects with a
 * RecordsError (CORRUPT_MESSAGE for bad bytes, UNSUPPORTED_COMPRESSION_TYPE for an unknown codec id).
 */
export async function decodeRecordBatch(buf: Buffer, options: DecodeOptions = {}): Promise<RecordBatch> {
  if (buf.length < BATCH_HEADER_SIZE)
    throw corruptRecords(`record batch of ${buf.length} bytes is shorter than its header`);
  const magic = buf.readInt8(BatchOffset.Magic);
  if (magic !== 2) throw corruptRecords(`record batch magic ${magic}, expected 2`, BatchOffset.Magic);
  const batch = readBatchHeader(buf, 0);
  if (batch.sizeInBytes !== buf.length) {
    throw corruptRecords(
      `batchLength says ${batch.sizeInBytes} bytes, the batch has ${buf.length}`,
      BatchOffset.BatchLength,
    );
  }
  if (options.verifyCrc !== false && crc32c(buf.subarray(BatchOffset.Attributes)) !== batch.crc) {
    throw corruptRecords('record batch CRC-32C mismatch', BatchOffset.Crc);
  }
  const count = buf.readInt32BE(BatchOffset.RecordsCount);
  if (count < 0) throw corruptRecords(`negative record count ${count}`, BatchOffset.RecordsCount);
  const codec = batch.compression;
  let section = buf;
  let start = BATCH_HEADER_SIZE;
  // An empty batch (kept by compaction to preserve producer state) may carry a codec but no payload.
  if (count === 0 && buf.length === BATCH_HEADER_SIZE) return batch;
  if (codec !== CompressionCodec.None) {
    if (!isKnownCodec(codec)) {
      throw new RecordsError(`unknown compression codec id ${codec}`, RecordsErrorCode.UnsupportedCompressionType, 21);
    }
    try {
      section = await decompress(codec, buf.subarray(BATCH_HEADER_SIZE), {
        maxOutputBytes: options.maxDecompressedBytes,
      });
    } catch (error) {
      if (error instanceof CompressionError) throw corruptRecords(`record batch: ${error.message}`, BATCH_HEADER_SIZE);
      throw error;
    }
    start = 0;
  }
  // Each record takes at least 7 bytes, which bounds the array allocated for a hostile count.
  if (count > (section.length - start) / 7 + 1) throw corruptRecords(`record count ${count} cannot fit in the batch`);
  const records = decodeRecordsSection(section, start, section.length, count, batch, true);
  if (typeof records === 'string') throw corruptRecords(`record batch: ${records}`, BATCH_HEADER_SIZE);
  batch.records = records;
  return batch;
}
