/**
 * Kafka error codes a records problem maps to (Errors.java), so a broker can answer with the right one.
 */
export const RecordsErrorCode = {
  /** CorruptRecordException: CRC mismatch, sizes that do not add up, undecodable records. */
  CorruptMessage: 2,
  /** RecordTooLargeException: a batch larger than `message.max.bytes` (the log's analyzeAndValidateRecords). */
  MessageTooLarge: 10,
  /** RecordBatchTooLargeException: a batch larger than the log segment (`segment.bytes`). */
  RecordBatchTooLarge: 18,
  /** InvalidTimestampException. */
  InvalidTimestamp: 32,
  /** UnsupportedForMessageFormatException. */
  UnsupportedForMessageFormat: 43,
  /** UnsupportedCompressionTypeException: zstd below Produce v7 / Fetch v10. */
  UnsupportedCompressionType: 76,
  /** InvalidRecordException: well-formed bytes that break a rule (batch count, magic, offsets, sequence). */
  InvalidRecord: 87,
} as const;

export type RecordsErrorCode = (typeof RecordsErrorCode)[keyof typeof RecordsErrorCode];

export const RECORDS_ERROR_NAMES: Record<RecordsErrorCode, string> = {
  2: 'CORRUPT_MESSAGE',
  10: 'MESSAGE_TOO_LARGE',
  18: 'RECORD_BATCH_TOO_LARGE',
  32: 'INVALID_TIMESTAMP',
  43: 'UNSUPPORTED_FOR_MESSAGE_FORMAT',
  76: 'UNSUPPORTED_COMPRESSION_TYPE',
  87: 'INVALID_RECORD',
};

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
    this.errorName = RECORDS_ERROR_NAMES[errorCode];
  }
}

export function corruptRecords(message: string, position = 0): RecordsError {
  return new RecordsError(message, RecordsErrorCode.CorruptMessage, position);
}
