import type { CompressionCodec } from '../compression/types';

export enum TimestampType {
  CreateTime = 0,
  LogAppendTime = 1,
}

export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

/** A record to encode. Give either an absolute `timestamp` or a `timestampDelta` against the batch's base. */
export interface RecordInput {
  /** Defaults to the record's index in the batch. */
  offsetDelta?: number;
  timestamp?: bigint | number;
  timestampDelta?: bigint | number;
  key: Buffer | null;
  value: Buffer | null;
  headers?: RecordHeader[];
}

/** A v2 record batch to encode. Defaults are what a non-idempotent producer sends. */
export interface RecordBatchInput {
  baseOffset?: bigint;
  /** -1 from producers; the leader stamps its epoch. */
  partitionLeaderEpoch?: number;
  compression?: CompressionCodec;
  timestampType?: TimestampType;
  isTransactional?: boolean;
  /** Transaction markers are control AND transactional; KRaft control records are control only. */
  isControl?: boolean;
  producerId?: bigint;
  producerEpoch?: number;
  baseSequence?: number;
  /** Defaults to the first record's timestamp (-1 for an empty batch). Required if records give only deltas. */
  baseTimestamp?: bigint | number;
  /** LogAppendTime: the broker's append time (default now). CreateTime: computed from the records. */
  maxTimestamp?: bigint | number;
  /**
   * Defaults to the last record's offsetDelta. Compaction passes the original batch's value: Kafka keeps it (and
   * the batch's last sequence) even when the last records were removed.
   */
  lastOffsetDelta?: number;
  records: RecordInput[];
}

/** A decoded record with absolute offset and timestamp. key/value/header values are slices of the input. */
export interface KafkaRecord {
  offset: bigint;
  offsetDelta: number;
  /** With LogAppendTime this is the batch's maxTimestamp, as Kafka presents it. */
  timestamp: bigint;
  timestampDelta: bigint;
  attributes: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
}

/** A decoded v2 record batch. */
export interface RecordBatch {
  magic: 2;
  baseOffset: bigint;
  /** Offset of the last record the batch covered when written (kept even if compaction removed records). */
  lastOffset: bigint;
  /** Whole batch size including the 12-byte offset/length prefix. */
  sizeInBytes: number;
  partitionLeaderEpoch: number;
  crc: number;
  attributes: number;
  compression: CompressionCodec;
  timestampType: TimestampType;
  isTransactional: boolean;
  isControl: boolean;
  hasDeleteHorizon: boolean;
  lastOffsetDelta: number;
  baseTimestamp: bigint;
  maxTimestamp: bigint;
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
  records: KafkaRecord[];
}

export interface DecodeOptions {
  /** Check CRC-32C / CRC-32 before decoding (default true). */
  verifyCrc?: boolean;
  /** Ceiling on the decompressed size of one batch or wrapper message (default 256 MiB). */
  maxDecompressedBytes?: number;
}
