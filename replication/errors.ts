import { ErrorCode, errorCodeByName, errorName } from '../protocol/error-codes';

/**
 * A partition-level refusal with Kafka's error code (NOT_ENOUGH_REPLICAS, FENCED_LEADER_EPOCH, ...) and the
 * message Kafka sends with it. The broker maps it like any error carrying `errorCode`.
 */
export class PartitionError extends Error {
  override readonly name = 'PartitionError';
  readonly kafkaError: string;
  constructor(
    readonly errorCode: ErrorCode,
    message?: string,
    /** NOT_LEADER_OR_FOLLOWER, FENCED_LEADER_EPOCH: who leads now, as this broker knows it (Produce v10+, Fetch v12+). */
    readonly currentLeader: { leaderId: number; leaderEpoch: number } | null = null,
  ) {
    super(message ?? errorName(errorCode));
    this.kafkaError = errorName(errorCode);
  }
}

/**
 * A transactional batch the transaction coordinator's verification refused before it reached the log (KIP-890):
 * Kafka answers it with UNKNOWN_LOG_APPEND_INFO, so its log start offset is -1, not the partition's.
 */
export class TransactionVerificationError extends PartitionError {}

/**
 * The Kafka error code of anything the partition layer caught: errors naming a code (PartitionError,
 * storage's StorageError, protocol's RecordsError), else UNKNOWN_SERVER_ERROR.
 */
export function errorCodeFrom(error: unknown): ErrorCode {
  const named = error as { errorCode?: unknown; kafkaError?: unknown } | null;
  if (typeof named?.errorCode === 'number') return named.errorCode as ErrorCode;
  if (typeof named?.kafkaError === 'string') return errorCodeByName(named.kafkaError);
  return ErrorCode.UnknownServerError;
}
