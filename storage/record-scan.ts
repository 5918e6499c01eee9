import { decompressSync as decompressRecordsSync } from '../protocol/compression';
import { BatchOffset, CompressionCodec, type RecordBatchHeader } from '../protocol/records/batch-header';

/**
 * A minimal walker over the records of an UNCOMPRESSED v2 batch: where each record starts and ends, its
 * offset, timestamp, key, and whether its value is null. Compaction needs keys and tombstones, and
 * ListOffsets needs record timestamps; neither needs headers or values decoded. Compressed batches are
 * handed to the caller's decompressor (see `cleaner.ts`), which is the protocol layer's job.
 */
export interface ScannedRecord {
  /** Byte range of the whole record (length prefix included) inside the batch buffer. */
  start: number;
  end: number;
  offset: number;
  timestamp: number;
  /** Byte range of the timestampDelta varlong, for rewriting it (delete horizon). */
  timestampDeltaStart: number;
  timestampDeltaEnd: number;
  key: Buffer | null;
  valueIsNull: boolean;
}

/** Reads a zigzag varint (at most 5 bytes) or varlong (at most 10) from `buf` at `pos`. */
class VarReader {
  pos: number;
  failed = false;
  constructor(
    private readonly buf: Buffer,
    pos: number,
    private readonly end: number,
  ) {
    this.pos = pos;
  }

  varlong(maxBytes = 10): number {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < maxBytes; i++) {
      if (this.pos >= this.end) break;
      const byte = this.buf[this.pos++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return Number((result >> 1n) ^ -(result & 1n));
      shift += 7n;
    }
    this.failed = true;
    return 0;
  }

  varint(): number {
    // Fast path without BigInt for the common small values.
    let result = 0;
    let shift = 0;
    for (let i = 0; i < 5; i++) {
      if (this.pos >= this.end) break;
      const byte = this.buf[this.pos++]!;
      result |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return (result >>> 1) ^ -(result & 1);
      shift += 7;
    }
    this.failed = true;
    return 0;
  }
}

/**
 * Decompresses a records section synchronously; null for zstd (no synchronous codec on every Node) or bytes
 * that do not decompress. Used by the synchronous ListOffsets path; compaction uses the asynchronous codecs.
 */
export function decompressSync(codec: CompressionCodec, data: Buffer): Buffer | null {
  try {
    return decompressRecordsSync(codec, data);
  } catch {
    return null;
  }
}

/**
 * Walks the records of a batch held whole in `header.buf`, decompressing synchronously when it can (see
 * decompressSync). Null when the records cannot be walked.
 */
export function scanRecordsSync(header: RecordBatchHeader): ScannedRecord[] | null {
  if (header.compression === CompressionCodec.None) return scanRecords(header);
  const start = header.at + BatchOffset.Records;
  const bytes = decompressSync(header.compression, header.buf.subarray(start, header.at + header.sizeInBytes));
  if (bytes === null) return null;
  return scanRecordBytes(
    bytes,
    0,
    bytes.length,
    header.recordsCount,
    Number(header.baseOffset),
    Number(header.baseTimestamp),
  );
}

/**
 * Walks the records of an uncompressed batch held whole in `header.buf`. Returns null if the bytes are not
 * well-formed (the caller keeps the batch untouched rather than guessing).
 */
export function scanRecords(header: RecordBatchHeader): ScannedRecord[] | null {
  if (header.compression !== CompressionCodec.None) return null;
  return scanRecordBytes(
    header.buf,
    header.at + BatchOffset.Records,
    header.at + header.sizeInBytes,
    header.recordsCount,
    Number(header.baseOffset),
    Number(header.baseTimestamp),
  );
}

/** Walks `count` records encoded in buf[start, end) (also used on decompressed record bytes). */
export function scanRecordBytes(
  buf: Buffer,
  start: number,
  end: number,
  count: number,
  baseOffset: number,
  baseTimestamp: number,
): ScannedRecord[] | null {
  const out: ScannedRecord[] = [];
  let pos = start;
  for (let i = 0; i < count; i++) {
    const r = new VarReader(buf, pos, end);
    const length = r.varint();
    const bodyStart = r.pos;
    const recordEnd = bodyStart + length;
    if (r.failed || length < 0 || recordEnd > end) return null;
    const body = new VarReader(buf, bodyStart + 1, recordEnd); // skip attributes int8
    const timestampDeltaStart = body.pos;
    const timestampDelta = body.varlong();
    const timestampDeltaEnd = body.pos;
    const offsetDelta = body.varint();
    const keyLength = body.varint();
    if (body.failed || keyLength < -1 || body.pos + Math.max(0, keyLength) > recordEnd) return null;
    const key = keyLength < 0 ? null : buf.subarray(body.pos, body.pos + keyLength);
    body.pos += Math.max(0, keyLength);
    const valueLength = body.varint();
    if (body.failed || valueLength < -1 || body.pos + Math.max(0, valueLength) > recordEnd) return null;
    out.push({
      start: pos,
      end: recordEnd,
      offset: baseOffset + offsetDelta,
      timestamp: baseTimestamp + timestampDelta,
      timestampDeltaStart,
      timestampDeltaEnd,
      key,
      valueIsNull: valueLength < 0,
    });
    pos = recordEnd;
  }
  return pos === end ? out : null;
}

/** Zigzag-encodes `value` as a varint/varlong into a new Buffer. */
export function encodeVarlong(value: number): Buffer {
  let v = (BigInt(value) << 1n) ^ (BigInt(value) >> 63n);
  const bytes: number[] = [];
  while (v >= 0x80n) {
    bytes.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  bytes.push(Number(v));
  return Buffer.from(bytes);
}
