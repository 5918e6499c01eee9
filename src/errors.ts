/**
 * The broker's view of Kafka errors: the codes and names live in protocol/error-codes.ts (re-exported here so
 * handlers import one module), KafkaError is what handlers throw to reject a request or a part of one.
 */
import { ErrorCode, errorCodeByName, errorName } from '../protocol/error-codes';

export { ErrorCode, errorCodeByName, errorName, RETRIABLE_ERRORS } from '../protocol/error-codes';

/** An error that maps to one Kafka error code; handlers throw it to reject a request or a part of one. */
export class KafkaError extends Error {
  override readonly name = 'KafkaError';
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? errorName(code));
  }
}

/** The Kafka error code for anything a handler caught: KafkaError, storage/records errors naming one, else -1. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (error instanceof KafkaError) return error.code;
  const named = error as { kafkaError?: unknown; errorCode?: unknown };
  if (typeof named?.kafkaError === 'string') return errorCodeByName(named.kafkaError);
  if (typeof named?.errorCode === 'number') return named.errorCode as ErrorCode;
  return ErrorCode.UnknownServerError;
}
