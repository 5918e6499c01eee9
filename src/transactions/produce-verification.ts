/**
 * KIP-890 part 1 (Kafka 3.6+, `transaction.partition.verification.enable`, on by default): before a
 * transactional batch opens a transaction on a partition, the leader asks the transaction coordinator whether
 * the producer added that partition to its ongoing transaction (Kafka's AddPartitionsToTxnManager sends an
 * AddPartitionsToTxn v4+ verifyOnly request; here to the coordinator in this process, or in a KRaft cluster
 * to the broker coordinating the id: TransactionCoordinator.forPartitionLeader). A batch that arrives after
 * its transaction ended (a hanging transaction) is refused instead of opening a transaction no one closes.
 *
 * KIP-890 part 2 (transaction version 2): a Produce v12+ or TxnOffsetCommit v5+ client never sends
 * AddPartitionsToTxn; at the same point the leader ADDS the partition to the transaction (Kafka's
 * AddPartitionsToTxnManager with the addPartition operation: no verifyOnly, whatever the verification setting).
 */
import { ErrorCode } from '../../protocol/error-codes';
import { PartitionError } from '../../replication';
import type { TransactionCoordinator } from './coordinator';

/**
 * The replica manager's `verifyTransaction` for one Produce request of `transactionalId`; errors are mapped as
 * Kafka's AddPartitionsToTxnManager maps them for the producer.
 */
export function produceVerifier(
  coordinator: TransactionCoordinator,
  transactionalId: string,
  produceVersion: number,
): (topic: string, partition: number, producerId: bigint, producerEpoch: number) => Promise<void> {
  return async (topic, partition, producerId, producerEpoch) => {
    const [result] = await coordinator.forPartitionLeader(
      transactionalId,
      producerId,
      producerEpoch,
      [{ topic, partition }],
      true,
    );
    const code = result?.errorCode ?? ErrorCode.UnknownServerError;
    if (code !== ErrorCode.None) throw new PartitionError(producerErrorFor(code, produceVersion));
  };
}

/**
 * The replica manager's `verifyTransaction` for a Produce v12+ request of `transactionalId`: the partition joins
 * the producer's transaction (TV2) before the batch opens a transaction on it.
 */
export function produceImplicitAdder(
  coordinator: TransactionCoordinator,
  transactionalId: string,
  produceVersion: number,
): (topic: string, partition: number, producerId: bigint, producerEpoch: number) => Promise<void> {
  return async (topic, partition, producerId, producerEpoch) => {
    const [result] = await coordinator.forPartitionLeader(
      transactionalId,
      producerId,
      producerEpoch,
      [{ topic, partition }],
      false,
    );
    const code = result?.errorCode ?? ErrorCode.UnknownServerError;
    if (code !== ErrorCode.None) throw new PartitionError(producerErrorFor(code, produceVersion));
  };
}

/**
 * TxnOffsetCommit v5+: the group's `__consumer_offsets` partition joins the transaction (TV2, in place of
 * AddOffsetsToTxn). Errors as Kafka's group coordinator answers them: the AddPartitionsToTxnManager's mapping,
 * then its NOT_ENOUGH_REPLICAS normalized to COORDINATOR_NOT_AVAILABLE (GroupCoordinatorService), retriable.
 */
export async function addOffsetsPartitionImplicitly(
  coordinator: TransactionCoordinator,
  transactionalId: string,
  producerId: bigint,
  producerEpoch: number,
  offsetsPartition: { topic: string; partition: number },
): Promise<ErrorCode> {
  const [result] = await coordinator.forPartitionLeader(
    transactionalId,
    producerId,
    producerEpoch,
    [offsetsPartition],
    false,
  );
  const code = result?.errorCode ?? ErrorCode.UnknownServerError;
  if (code === ErrorCode.None) return ErrorCode.None;
  const mapped = producerErrorFor(code, 12);
  return mapped === ErrorCode.NotEnoughReplicas ? ErrorCode.CoordinatorNotAvailable : mapped;
}

function producerErrorFor(code: number, produceVersion: number): ErrorCode {
  switch (code) {
    // Produce has no PRODUCER_FENCED; INVALID_PRODUCER_EPOCH fences the producer all the same.
    case ErrorCode.ProducerFenced:
      return ErrorCode.InvalidProducerEpoch;
    // Clients before Produce v11 do not know TRANSACTION_ABORTABLE (KIP-890's generic abortable error).
    case ErrorCode.TransactionAbortable:
      return produceVersion >= 11 ? ErrorCode.TransactionAbortable : ErrorCode.InvalidTxnState;
    // The coordinator is moving, loading or still completing the previous transaction: a retriable error makes
    // the producer send the batch again.
    case ErrorCode.CoordinatorNotAvailable:
    case ErrorCode.NotCoordinator:
    case ErrorCode.CoordinatorLoadInProgress:
    case ErrorCode.ConcurrentTransactions:
      return ErrorCode.NotEnoughReplicas;
    default:
      return code as ErrorCode;
  }
}
