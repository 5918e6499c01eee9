/**
 * Typed errors of the storage layer. Each names the Kafka error code the broker should answer with, so the
 * mapping lives next to the cause and handlers do not guess.
 */
export class StorageError extends Error {
  constructor(
    message: string,
    /** Kafka error name (see shared/kafka-protocol/FACTS.md), e.g. OFFSET_OUT_OF_RANGE. */
    readonly kafkaError: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A read or a DeleteRecords/truncate target outside [logStartOffset, logEndOffset]. */
export class OffsetOutOfRangeError extends StorageError {
  constructor(message: string) {
    super(message, 'OFFSET_OUT_OF_RANGE');
  }
}

/** Bytes handed to append are not a sequence of whole, valid v2 record batches. */
export class InvalidRecordBatchError extends StorageError {
  constructor(message: string) {
    super(message, 'CORRUPT_MESSAGE');
  }
}

/** A batch larger than the segment can ever hold (segment.bytes) or than the offset space allows. */
export class RecordBatchTooLargeError extends StorageError {
  constructor(message: string) {
    super(message, 'RECORD_LIST_TOO_LARGE');
  }
}

/** The log was closed (or deleted) and cannot serve the call. */
export class LogClosedError extends StorageError {
  constructor(message: string) {
    super(message, 'KAFKA_STORAGE_ERROR');
  }
}

/** A disk operation failed underneath the log (ENOSPC, EIO...). The partition goes offline. */
export class KafkaStorageError extends StorageError {
  constructor(message: string, cause?: unknown) {
    super(message, 'KAFKA_STORAGE_ERROR');
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/** One batch is larger than max.message.bytes. */
export class MessageTooLargeError extends StorageError {
  constructor(message: string) {
    super(message, 'MESSAGE_TOO_LARGE');
  }
}

/** A topic name Kafka would refuse (empty, '.', '..', too long, characters outside [a-zA-Z0-9._-]). */
export class InvalidTopicError extends StorageError {
  constructor(message: string) {
    super(message, 'INVALID_TOPIC_EXCEPTION');
  }
}

/** An idempotent producer's batch whose sequence does not follow the last one written (a gap, or a new epoch not at 0). */
export class OutOfOrderSequenceError extends StorageError {
  constructor(message: string) {
    super(message, 'OUT_OF_ORDER_SEQUENCE_NUMBER');
  }
}

/**
 * A producer epoch older than the last one seen (Kafka answers INVALID_PRODUCER_EPOCH since 2.7, not
 * PRODUCER_FENCED, so the client may abort its transaction and go on).
 */
export class InvalidProducerEpochError extends StorageError {
  constructor(message: string) {
    super(message, 'INVALID_PRODUCER_EPOCH');
  }
}

/** A non-transactional batch from a producer with a transaction open on the partition. */
export class InvalidTxnStateError extends StorageError {
  constructor(message: string) {
    super(message, 'INVALID_TXN_STATE');
  }
}

/** A transaction marker from a coordinator epoch older than the last one that wrote a marker for the producer. */
export class TransactionCoordinatorFencedError extends StorageError {
  constructor(message: string) {
    super(message, 'TRANSACTION_COORDINATOR_FENCED');
  }
}

/** A producer-state snapshot file that cannot be read (bad version, short, CRC mismatch): it is deleted. */
export class CorruptSnapshotError extends StorageError {
  constructor(message: string) {
    super(message, 'KAFKA_STORAGE_ERROR');
  }
}
