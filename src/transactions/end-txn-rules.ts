/**
 * What an EndTxn (or the coordinator's own abort) does to one transactional id, decided from its metadata alone
 * (Kafka 4.4's TransactionCoordinator.endTransaction and endTransactionWithTV1): an answer at once (an error, or
 * NONE for a retry of a finished transaction), or a PrepareCommit/PrepareAbort to write. The coordinator
 * (coordinator.ts) writes it, allocates the next producer id and starts the markers.
 */
import { ErrorCode } from '../errors';
import { SHORT_MAX, type TransactionMetadata } from './metadata';

export interface EndTxnAsk {
  producerId: bigint;
  producerEpoch: number;
  commit: boolean;
  /** A client's EndTxn (strict epoch), not the coordinator's fence or timeout abort. */
  fromClient: boolean;
  /** The abort of a PrepareEpochFence (InitProducerId fencing an Ongoing transaction, or a timeout). */
  isEpochFence: boolean;
}

export type EndTxnDecision =
  | { kind: 'answer'; errorCode: number }
  | { kind: 'prepare'; state: 'PrepareCommit' | 'PrepareAbort'; noPartitionAdded: boolean };

const answer = (errorCode: number): EndTxnDecision => ({ kind: 'answer', errorCode });
const prepare = (commit: boolean, noPartitionAdded = false): EndTxnDecision => ({
  kind: 'prepare',
  state: commit ? 'PrepareCommit' : 'PrepareAbort',
  noPartitionAdded,
});

/** Transaction versions 0 and 1: the epoch never moves here, a client's epoch must be the current one. */
export function decideEndTxnV1(md: TransactionMetadata, ask: EndTxnAsk): EndTxnDecision {
  if (md.producerId !== ask.producerId) return answer(ErrorCode.InvalidProducerIdMapping);
  const validEpoch =
    (!ask.fromClient || ask.producerEpoch === md.producerEpoch) && ask.producerEpoch >= md.producerEpoch;
  if (!validEpoch) return answer(ErrorCode.ProducerFenced);
  if (md.pendingTransitionInProgress && md.pendingState !== 'PrepareEpochFence') {
    return answer(ErrorCode.ConcurrentTransactions);
  }
  switch (md.state) {
    case 'Ongoing':
      return prepare(ask.commit);
    case 'CompleteCommit':
      return answer(ask.commit ? ErrorCode.None : ErrorCode.InvalidTxnState);
    case 'CompleteAbort':
      return answer(ask.commit ? ErrorCode.InvalidTxnState : ErrorCode.None);
    case 'PrepareCommit':
      return answer(ask.commit ? ErrorCode.ConcurrentTransactions : ErrorCode.InvalidTxnState);
    case 'PrepareAbort':
      return answer(ask.commit ? ErrorCode.InvalidTxnState : ErrorCode.ConcurrentTransactions);
    case 'Empty':
      return answer(ErrorCode.InvalidTxnState);
    default:
      throw new Error(`${md.transactionalId} is in state ${md.state}, which EndTxn never meets`);
  }
}

/**
 * Transaction version 2: every PrepareX bumps the epoch, so a retry carries the epoch before the bump (or, after a
 * rotation, the previous producer id at the last epoch); an abort with no partition added (Empty, CompleteX) is
 * written too, with no marker.
 */
export function decideEndTxnV2(md: TransactionMetadata, ask: EndTxnAsk): EndTxnDecision {
  const { producerId, producerEpoch, commit, isEpochFence } = ask;
  const retryOnOverflow =
    !isEpochFence && md.previousProducerId === producerId && producerEpoch === SHORT_MAX - 1 && md.producerEpoch === 0;
  const retryOnEpochBump = !isEpochFence && md.producerEpoch === producerEpoch + 1;
  let validEpoch: boolean;
  if (isEpochFence) {
    validEpoch = (!ask.fromClient || producerEpoch === md.producerEpoch) && producerEpoch >= md.producerEpoch;
  } else if (md.state === 'PrepareCommit' || md.state === 'PrepareAbort') {
    validEpoch = retryOnEpochBump;
  } else if (md.state === 'CompleteCommit' || md.state === 'CompleteAbort') {
    validEpoch = retryOnEpochBump || retryOnOverflow || producerEpoch === md.producerEpoch;
  } else {
    validEpoch = producerEpoch === md.producerEpoch;
  }
  const isRetry = retryOnEpochBump || retryOnOverflow;
  if (md.pendingTransitionInProgress && md.pendingState !== 'PrepareEpochFence') {
    return answer(ErrorCode.ConcurrentTransactions);
  }
  if (md.producerId !== producerId && !retryOnOverflow) return answer(ErrorCode.InvalidProducerIdMapping);
  if (!validEpoch) return answer(ErrorCode.ProducerFenced);
  switch (md.state) {
    case 'Ongoing':
      return prepare(commit);
    case 'CompleteCommit':
      if (commit) return answer(isRetry ? ErrorCode.None : ErrorCode.InvalidTxnState);
      return isRetry ? answer(ErrorCode.InvalidTxnState) : prepare(false, true);
    case 'CompleteAbort':
      if (commit) return answer(ErrorCode.InvalidTxnState);
      return isRetry ? answer(ErrorCode.None) : prepare(false, true);
    case 'PrepareCommit':
      return answer(commit ? ErrorCode.ConcurrentTransactions : ErrorCode.InvalidTxnState);
    case 'PrepareAbort':
      return answer(commit ? ErrorCode.InvalidTxnState : ErrorCode.ConcurrentTransactions);
    case 'Empty':
      return commit ? answer(ErrorCode.InvalidTxnState) : prepare(false, true);
    default:
      throw new Error(`${md.transactionalId} is in state ${md.state}, which EndTxn never meets`);
  }
}
