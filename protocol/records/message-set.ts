import { compress, decompress } from '../compression';
import { CompressionCodec, CompressionError, isKnownCodec } from '../compression/types';
import { LOG_OVERHEAD } from './layout';
import { corruptRecords, RecordsError, RecordsErrorCode } from './errors';
import { splitRecordSet } from './record-set';
import { type DecodeOptions, TimestampType } from './types';

/**
 * Legacy MessageSet, magic 0 and 1 (RECORDS.md "Legacy MessageSet"): encode, decode, and compressed wrapper
 * messages holding a nested message set. Only Produce v0-2 and Fetch v0-3 carry these; conversion to and from
 * v2 batches lives in convert.ts.
 */
/** The legacy messages' CRC-32 (not CRC-32C), loaded on first use: most brokers never see a magic 0/1 message. */
let crc32Module: { buf(data: Uint8Array, seed?: number): number } | null = null;
function crc32(data: Uint8Array): number {
  crc32Module ??= require('crc-32') as { buf(data: Uint8Array, seed?: number): number };
  return crc32Module.buf(data);
}

const CODEC_MASK = 0x07;
const TIMESTAMP_TYPE_BIT = 0x08;
/** Offsets in the message body (after the 12-byte offset/size prefix). */
const CRC_AT = 0;
const MAGIC_AT = 4;
const ATTRIBUTES_AT = 5;
const TIMESTAMP_AT = 6;
export const NO_TIMESTAMP = -1n;

export type LegacyMagic = 0 | 1;

export interface LegacyMessage {
  offset: bigint;
  magic: LegacyMagic;
  attributes: number;
  timestampType: TimestampType;
  /** -1 for magic 0 (no timestamps). Inner messages of a LogAppendTime wrapper carry the wrapper's. */
  timestamp: bigint;
  key: Buffer | null;
  value: Buffer | null;
}

export interface LegacyMessageInput {
  /** Absolute offset; defaults to baseOffset + index. */
  offset?: bigint;
  timestamp?: bigint | number;
  key: Buffer | null;
  value: Buffer | null;
}

export interface MessageSetInput {
  magic: LegacyMagic;
  compression?: CompressionCodec;
  baseOffset?: bigint;
  /** magic 1 only. With LogAppendTime the wrapper (or each message) carries `logAppendTime`. */
  timestampType?: TimestampType;
  logAppendTime?: bigint | number;
  messages: LegacyMessageInput[];
}

/** One message body (crc .. value), without the offset/size prefix. */
export function encodeMessage(
  magic: LegacyMagic,
  attributes: number,
  timestamp: bigint,
  key: Buffer | null,
  value: Buffer | null,
): Buffer {
  const headerSize = magic === 0 ? 6 : 14;
  const size = headerSize + 4 + (key?.length ?? 0) + 4 + (value?.length ?? 0);
  const out = Buffer.allocUnsafe(size);
  out.writeInt8(magic, MAGIC_AT);
  out.writeInt8((attributes << 24) >> 24, ATTRIBUTES_AT);
  if (magic === 1) out.writeBigInt64BE(timestamp, TIMESTAMP_AT);
  let p = headerSize;
  for (const bytes of [key, value]) {
    if (bytes === null) p = out.writeInt32BE(-1, p);
    else {
      p = out.writeInt32BE(bytes.length, p);
      p += bytes.copy(out, p);
    }
  }
  out.writeUInt32BE(crc32(out.subarray(MAGIC_AT)) >>> 0, CRC_AT);
  return out;
}

function entry(offset: bigint, message: Buffer): Buffer[] {
  const prefix = Buffer.allocUnsafe(LOG_OVERHEAD);
  prefix.writeBigInt64BE(offset, 0);
  prefix.writeInt32BE(message.length, 8);
  return [prefix, message];
}

/** Encodes a magic 0/1 message set; with a codec, one wrapper message holding the compressed inner set. */
export async function encodeMessageSet(input: MessageSetInput): Promise<Buffer> {
  const { magic, messages } = input;
  const codec = input.compression ?? CompressionCodec.None;
  if (codec === CompressionCodec.Zstd || !isKnownCodec(codec)) {
    throw new RangeError(`compression codec ${codec} does not exist for message format ${magic}`);
  }
  const base = input.baseOffset ?? 0n;
  const logAppend = magic === 1 && input.timestampType === TimestampType.LogAppendTime;
  const logAppendTime = BigInt(input.logAppendTime ?? Date.now());
  const typeBit = logAppend ? TIMESTAMP_TYPE_BIT : 0;
  const timestampOf = (m: LegacyMessageInput) =>
    magic === 0 ? NO_TIMESTAMP : logAppend ? logAppendTime : BigInt(m.timestamp ?? NO_TIMESTAMP);
  const parts: Buffer[] = [];
  if (codec === CompressionCodec.None) {
    messages.forEach((m, i) => {
      parts.push(...entry(m.offset ?? base + BigInt(i), encodeMessage(magic, typeBit, timestampOf(m), m.key, m.value)));
    });
    return Buffer.concat(parts);
  }
  if (messages.length === 0) return Buffer.alloc(0);
  // Inner offsets: absolute for magic 0, relative (0..n-1 against the first) for magic 1.
  const absolute = messages.map((m, i) => m.offset ?? base + BigInt(i));
  const first = absolute[0]!;
  let maxTimestamp = NO_TIMESTAMP;
  messages.forEach((m, i) => {
    const ts = timestampOf(m);
    if (ts > maxTimestamp) maxTimestamp = ts;
    const innerOffset = magic === 0 ? absolute[i]! : absolute[i]! - first;
    parts.push(...entry(innerOffset, encodeMessage(magic, typeBit, ts, m.key, m.value)));
  });
  const compressed = await compress(codec, Buffer.concat(parts), { lz4BrokenChecksum: magic === 0 });
  const wrapperTimestamp = logAppend ? logAppendTime : maxTimestamp;
  const wrapper = encodeMessage(magic, codec | typeBit, wrapperTimestamp, null, compressed);
  return Buffer.concat(entry(absolute[absolute.length - 1]!, wrapper));
}

/** Kafka answers these structural rules of compressed wrappers with INVALID_RECORD (AbstractLegacyRecordBatch). */
function invalid(message: string, position: number): RecordsError {
  return new RecordsError(message, RecordsErrorCode.InvalidRecord, position);
}

interface ShallowMessage extends LegacyMessage {
  crc: number;
  codec: number;
}

/** Parses the message of the entry at `at` (the caller checked it fits); null if it is malformed. */
function readShallow(blob: Buffer, at: number, size: number, verifyCrc: boolean): ShallowMessage | string {
  const body = at + LOG_OVERHEAD;
  const end = body + size - LOG_OVERHEAD;
  const magic = blob.readInt8(body + MAGIC_AT);
  if (magic !== 0 && magic !== 1) return `message magic ${magic}`;
  const crc = blob.readUInt32BE(body + CRC_AT);
  if (verifyCrc && crc32(blob.subarray(body + MAGIC_AT, end)) >>> 0 !== crc) return 'message CRC-32 mismatch';
  const attributes = blob.readInt8(body + ATTRIBUTES_AT) & 0xff;
  let p = body + (magic === 0 ? 6 : 14);
  if (p > end) return 'message shorter than its header';
  const timestamp = magic === 1 ? blob.readBigInt64BE(body + TIMESTAMP_AT) : NO_TIMESTAMP;
  const fields: (Buffer | null)[] = [];
  for (let i = 0; i < 2; i++) {
    if (p + 4 > end) return 'message truncated inside key/value';
    const length = blob.readInt32BE(p);
    p += 4;
    if (length === -1) fields.push(null);
    else if (length < 0 || p + length > end) return `bad key/value length ${length}`;
    else {
      fields.push(blob.subarray(p, p + length));
      p += length;
    }
  }
  if (p !== end) return `${end - p} bytes after the message value`;
  return {
    offset: blob.readBigInt64BE(at),
    magic,
    attributes,
    codec: attributes & CODEC_MASK,
    timestampType:
      magic === 1 && attributes & TIMESTAMP_TYPE_BIT ? TimestampType.LogAppendTime : TimestampType.CreateTime,
    timestamp,
    key: fields[0]!,
    value: fields[1]!,
    crc,
  };
}

export interface DecodedMessageSet {
  /** Flattened messages (wrappers expanded) with absolute offsets. */
  messages: LegacyMessage[];
  partialBytes: number;
  error: RecordsError | null;
}

function strip(m: ShallowMessage): LegacyMessage {
  return {
    offset: m.offset,
    magic: m.magic,
    attributes: m.attributes,
    timestampType: m.timestampType,
    timestamp: m.timestamp,
    key: m.key,
    value: m.value,
  };
}

/** Expands one shallow entry (a plain message, or a wrapper into its inner messages). Throws RecordsError. */
export async function decodeLegacyEntry(
  blob: Buffer,
  at: number,
  sizeInBytes: number,
  options: DecodeOptions = {},
): Promise<LegacyMessage[]> {
  const verifyCrc = options.verifyCrc !== false;
  const shallow = readShallow(blob, at, sizeInBytes, verifyCrc);
  if (typeof shallow === 'string') throw corruptRecords(shallow, at);
  if (shallow.codec === CompressionCodec.None) return [strip(shallow)];
  if (shallow.codec === CompressionCodec.Zstd || !isKnownCodec(shallow.codec)) {
    throw new RecordsError(
      `compression codec ${shallow.codec} is not valid for message format ${shallow.magic}`,
      RecordsErrorCode.UnsupportedCompressionType,
      at,
    );
  }
  if (shallow.value === null) throw invalid('compressed wrapper message with a null value', at);
  let inner: Buffer;
  try {
    inner = await decompress(shallow.codec, shallow.value, { maxOutputBytes: options.maxDecompressedBytes });
  } catch (error) {
    if (error instanceof CompressionError) throw corruptRecords(`wrapper message: ${error.message}`, at);
    throw error;
  }
  const split = splitRecordSet(inner);
  if (split.error || split.partialBytes > 0)
    throw corruptRecords('wrapper message holds a truncated inner message set', at);
  const messages: ShallowMessage[] = [];
  for (const e of split.entries) {
    const m = readShallow(inner, e.at, e.sizeInBytes, verifyCrc);
    if (typeof m === 'string') throw corruptRecords(`inner message: ${m}`, at);
    if (m.codec !== CompressionCodec.None) throw invalid('inner messages must not be compressed', at);
    messages.push(m);
  }
  if (messages.length === 0) throw invalid('compressed wrapper message with no inner messages', at);
  if (shallow.magic === 1) {
    // Relative inner offsets; the wrapper holds the absolute offset of the last one. A wrapper offset of 0
    // (sent by some librdkafka versions) means the producer did not assign offsets: take base 0.
    const lastInner = messages[messages.length - 1]!.offset;
    if (shallow.offset !== 0n && shallow.offset < lastInner) {
      throw invalid(`wrapper offset ${shallow.offset} is below the last inner offset ${lastInner}`, at);
    }
    const base = shallow.offset === 0n ? 0n : shallow.offset - lastInner;
    for (const m of messages) m.offset += base;
  }
  if (shallow.timestampType === TimestampType.LogAppendTime) {
    for (const m of messages) {
      m.timestamp = shallow.timestamp;
      m.timestampType = TimestampType.LogAppendTime;
    }
  }
  return messages.map(strip);
}

/** Decodes a whole legacy message set; never rejects (problems land in `error`, partial tails in `partialBytes`). */
export async function decodeMessageSet(blob: Buffer, options: DecodeOptions = {}): Promise<DecodedMessageSet> {
  const split = splitRecordSet(blob);
  const messages: LegacyMessage[] = [];
  for (const e of split.entries) {
    if (e.magic !== 0 && e.magic !== 1) {
      return { messages, partialBytes: 0, error: corruptRecords(`magic ${e.magic} inside a legacy message set`, e.at) };
    }
    try {
      messages.push(...(await decodeLegacyEntry(blob, e.at, e.sizeInBytes, options)));
    } catch (error) {
      if (error instanceof RecordsError) return { messages, partialBytes: 0, error };
      throw error;
    }
  }
  return { messages, partialBytes: split.partialBytes, error: split.error };
}

/** Shallow check of one legacy entry (magic, CRC-32, key/value lengths); returns a reason, or null if sound. */
export function checkLegacyEntry(blob: Buffer, at: number, sizeInBytes: number): string | null {
  const shallow = readShallow(blob, at, sizeInBytes, true);
  if (typeof shallow === 'string') return shallow;
  if (shallow.codec === CompressionCodec.Zstd || !isKnownCodec(shallow.codec)) return `codec ${shallow.codec}`;
  return null;
}
