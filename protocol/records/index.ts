export {
  BATCH_HEADER_SIZE,
  BatchAttribute,
  BatchOffset,
  CompressionCodec,
  LOG_OVERHEAD,
  type ProduceRecordsCheck,
  type ProduceValidationOptions,
  RecordBatchHeader,
  validateProduceRecords,
} from './batch-header';
export {
  type ControlRecord,
  ControlRecordType,
  decodeControlRecord,
  type EndTxnMarkerInput,
  encodeControlKey,
  encodeEndTxnMarker,
  encodeEndTxnMarkerValue,
} from './control';
export { type DownConvertOptions, downConvertRecordSet, type UpConvertOptions, upConvertMessageSet } from './convert';
export { RecordsError, RecordsErrorCode } from './errors';
export {
  checkLegacyEntry,
  type DecodedMessageSet,
  decodeLegacyEntry,
  decodeMessageSet,
  encodeMessage,
  encodeMessageSet,
  type LegacyMagic,
  type LegacyMessage,
  type LegacyMessageInput,
  type MessageSetInput,
  NO_TIMESTAMP,
} from './message-set';
export {
  decodeRecordBatch,
  decodeUncompressedBatchSync,
  encodeRecordBatch,
  encodeRecordBatchSync,
} from './record-batch';
export { MIN_ENTRY_BODY, type RecordSetEntry, type SplitRecordSet, splitRecordSet } from './record-set';
export { type DecodedRecordSet, decodeRecordSet, type LegacyEntry } from './record-set-decode';
export {
  type DecodeOptions,
  type KafkaRecord,
  type RecordBatch,
  type RecordBatchInput,
  type RecordHeader,
  type RecordInput,
  TimestampType,
} from './types';
