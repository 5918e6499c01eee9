import { ErrorCode, errorName } from '../error-codes';

/**
 * The Kafka error codes a records problem maps to (Errors.java), so a broker can answer with the right one.
 */
export const RecordsErrorCode = {
  /** CorruptRecordException: CRC mismatch, sizes that do not add up, undecodable records. */
  CorruptMessage: ErrorCode.CorruptMessage,
  /** RecordTooLargeException: a batch larger than `message.max.bytes` (the log's analyzeAndValidateRecords). */
  MessageTooLarge: ErrorCode.MessageTooLarge,
  /** RecordBatchTooLargeException (code RECORD_LIST_TOO_LARGE): a batch larger than the log segment. */
  RecordBatchTooLarge: ErrorCode.RecordListTooLarge,
  /** InvalidTimestampException. */
  InvalidTimestamp: ErrorCode.InvalidTimestamp,
  /** UnsupportedForMessageFormatException. */
  UnsupportedForMessageFormat: ErrorCode.UnsupportedForMessageFormat,
  /** UnsupportedCompressionTypeException: zstd below Produce v7 / Fetch v10. */
  UnsupportedCompressionType: ErrorCode.UnsupportedCompressionType,
  /** InvalidRecordException: well-formed bytes that break a rule (batch count, magic, offsets, sequence). */
  InvalidRecord: ErrorCode.InvalidRecord,
} as const;

export type RecordsErrorCode = (typeof RecordsErrorCode)[keyof typeof RecordsErrorCode];

/** A batch or message set that cannot be decoded or accepted, with the Kafka error code to answer. */
export class RecordsError extends Error {
  override readonly name = 'RecordsError';
  readonly errorName: string;
  constructor(
    message: string,
    readonly errorCode: RecordsErrorCode,
    /** Byte position in the input where the problem was found. */
    readonly position = 0,
  ) {
    super(message);
    this.errorName = errorName(errorCode);
  }
}

export function corruptRecords(message: string, position = 0): RecordsError {
  return new RecordsError(message, RecordsErrorCode.CorruptMessage, position);
}
