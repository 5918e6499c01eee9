import type { CompressionCodec } from '../compression/types';
import { crc32c } from '../crc32c';

export { CompressionCodec } from '../compression/types';

/**
 * Header-only view of a v2 record batch (layout in shared/kafka-protocol/RECORDS.md). The produce path uses
 * it to validate a batch and assign offsets without decoding records: records stay opaque bytes.
 */
export const BATCH_HEADER_SIZE = 61;
/** Bytes before batchLength's coverage begins: baseOffset (8) + batchLength (4). */
export const LOG_OVERHEAD = 12;

export enum BatchOffset {
  BaseOffset = 0,
  BatchLength = 8,
  PartitionLeaderEpoch = 12,
  Magic = 16,
  Crc = 17,
  Attributes = 21,
  LastOffsetDelta = 23,
  BaseTimestamp = 27,
  MaxTimestamp = 35,
  ProducerId = 43,
  ProducerEpoch = 51,
  BaseSequence = 53,
  RecordsCount = 57,
  Records = 61,
}

export enum BatchAttribute {
  CompressionMask = 0x07,
  TimestampTypeLogAppend = 0x08,
  Transactional = 0x10,
  Control = 0x20,
  DeleteHorizon = 0x40,
}

/** Reads the fields of the batch that starts at `at` in `buf`; the caller checked the batch fits. */
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
}
