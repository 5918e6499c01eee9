/** Byte layout of a v2 record batch header (shared/kafka-protocol/RECORDS.md), shared by the record modules. */
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
