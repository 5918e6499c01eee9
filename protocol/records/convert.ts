import { CompressionCodec } from '../compression/types';
import { RecordsError, RecordsErrorCode } from './errors';
import { decodeMessageSet, encodeMessageSet, type LegacyMagic, NO_TIMESTAMP } from './message-set';
import { decodeRecordBatch, encodeRecordBatch } from './record-batch';
import { splitRecordSet } from './record-set';
import { type DecodeOptions, type RecordInput, TimestampType } from './types';
import { corruptRecords } from './errors';

/**
 * Conversion between legacy message sets (magic 0/1) and v2 batches, for a v2 log serving old clients:
 * Produce v0-2 bring message sets that are stored as one v2 batch (up-conversion, like Kafka's LogValidator),
 * Fetch v0-3 want message sets back (down-conversion, like Kafka's RecordsUtil.downConvert).
 */

export interface UpConvertOptions extends DecodeOptions {
  /** Codec of the resulting batch; defaults to the codec of the (first) wrapper message, else none. */
  compression?: CompressionCodec;
}

/**
 * Turns a Produce v0-2 message set into one v2 batch with offsets 0..n-1 (the leader assigns real ones),
 * timestamps kept (magic 0 has none: -1), CreateTime, no producer id. Rejects with RecordsError.
 */
export async function upConvertMessageSet(blob: Buffer, options: UpConvertOptions = {}): Promise<Buffer> {
  const decoded = await decodeMessageSet(blob, options);
  if (decoded.error) throw decoded.error;
  if (decoded.partialBytes > 0)
    throw corruptRecords('message set ends with a truncated message', blob.length - decoded.partialBytes);
  const split = splitRecordSet(blob);
  const firstCodec = split.entries.length > 0 ? blob.readInt8(split.entries[0]!.at + 17) & 0x07 : 0;
  const records: RecordInput[] = decoded.messages.map((m, i) => ({
    offsetDelta: i,
    timestamp: m.timestamp,
    key: m.key,
    value: m.value,
    headers: [],
  }));
  return encodeRecordBatch({
    compression: options.compression ?? firstCodec,
    timestampType: TimestampType.CreateTime,
    baseTimestamp: records.length > 0 ? undefined : NO_TIMESTAMP,
    records,
  });
}

export interface DownConvertOptions extends DecodeOptions {
  /** Drop records below this offset (Fetch returns whole batches; old clients expect no earlier offsets). */
  fromOffset?: bigint;
}

/**
 * Turns a `records` blob of v2 batches (legacy entries pass through when their magic is not above `magic`)
 * into a magic 0/1 message set for Fetch v0-3: headers and producer ids vanish, control batches are dropped,
 * each batch keeps its codec (zstd cannot be expressed: UNSUPPORTED_COMPRESSION_TYPE), offsets stay absolute.
 * A truncated tail is dropped. Rejects with RecordsError.
 */
export async function downConvertRecordSet(
  blob: Buffer,
  magic: LegacyMagic,
  options: DownConvertOptions = {},
): Promise<Buffer> {
  const split = splitRecordSet(blob);
  if (split.error) throw split.error;
  const parts: Buffer[] = [];
  for (const e of split.entries) {
    const bytes = blob.subarray(e.at, e.at + e.sizeInBytes);
    if (e.magic <= magic) {
      parts.push(bytes);
      continue;
    }
    if (e.magic === 1) {
      // magic 1 -> 0: re-encode the entry's messages without timestamps.
      const legacy = await decodeMessageSet(bytes, options);
      if (legacy.error) throw legacy.error;
      const codec = bytes.readInt8(17) & 0x07;
      parts.push(await encodeMessageSet({ magic: 0, compression: codec, messages: legacy.messages }));
      continue;
    }
    if (e.magic !== 2) throw corruptRecords(`unknown magic ${e.magic}`, e.at + 16);
    const batch = await decodeRecordBatch(bytes, options);
    if (batch.isControl) continue;
    if (batch.compression === CompressionCodec.Zstd) {
      throw new RecordsError(
        'zstd batches cannot be down-converted to message format 0/1',
        RecordsErrorCode.UnsupportedCompressionType,
        e.at,
      );
    }
    const records = batch.records.filter((r) => options.fromOffset === undefined || r.offset >= options.fromOffset);
    if (records.length === 0) continue;
    parts.push(
      await encodeMessageSet({
        magic,
        compression: batch.compression,
        timestampType: batch.timestampType,
        logAppendTime: batch.maxTimestamp,
        messages: records.map((r) => ({ offset: r.offset, timestamp: r.timestamp, key: r.key, value: r.value })),
      }),
    );
  }
  return Buffer.concat(parts);
}
