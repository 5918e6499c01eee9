/**
 * Errors raised while turning bytes into values. Decoding never throws for bad input in the hot loop
 * (see Reader's sticky error); callers convert a failed Reader into one of these once, at the end.
 */
export class ProtocolDecodeError extends Error {
  override readonly name = 'ProtocolDecodeError';
  constructor(
    message: string,
    /** What was being decoded, e.g. "ProduceRequest v9" or "RecordBatch". */
    readonly subject: string,
    /** Field path where decoding failed, e.g. "Topics.Partitions.Records", or "" when unknown. */
    readonly field: string,
    /** Byte position in the input at which the failure was detected. */
    readonly position: number,
  ) {
    super(message);
  }
}

/** Raised when a value cannot be written in the requested version (Kafka's UnsupportedVersionException). */
export class ProtocolEncodeError extends Error {
  override readonly name = 'ProtocolEncodeError';
  constructor(
    message: string,
    readonly subject: string,
    readonly field: string,
  ) {
    super(message);
  }
}
