/** What DescribeTransactions and ListTransactions show of the coordinator's transactional ids (Kafka's views). */
import { ErrorCode } from '../errors';
import { wholeNameRegex } from '../kafka-regex';
import { type TransactionMetadata, TXN_STATES } from './metadata';

export interface DescribedTransaction {
  errorCode: number;
  transactionalId: string;
  transactionState: string;
  transactionTimeoutMs: number;
  transactionStartTimeMs: bigint;
  producerId: bigint;
  producerEpoch: number;
  topics: { topic: string; partitions: number[] }[];
}

export interface ListedTransaction {
  transactionalId: string;
  producerId: bigint;
  transactionState: string;
}

export interface ListedTransactions {
  errorCode: number;
  unknownStateFilters: string[];
  transactionStates: ListedTransaction[];
}

export function describeError(transactionalId: string, errorCode: number): DescribedTransaction {
  // Kafka sets only the id and the code: every other field keeps the schema's default (0, "").
  return {
    errorCode,
    transactionalId,
    transactionState: '',
    transactionTimeoutMs: 0,
    transactionStartTimeMs: 0n,
    producerId: 0n,
    producerEpoch: 0,
    topics: [],
  };
}

/** One id: INVALID_REQUEST for "", TRANSACTIONAL_ID_NOT_FOUND for an unknown or expiring one. */
export function describeTransaction(
  transactionalId: string,
  md: TransactionMetadata | undefined,
): DescribedTransaction {
  if (transactionalId === '') return describeError(transactionalId, ErrorCode.InvalidRequest);
  if (!md || md.state === 'Dead') return describeError(transactionalId, ErrorCode.TransactionalIdNotFound);
  return {
    errorCode: ErrorCode.None,
    transactionalId,
    transactionState: md.state,
    transactionTimeoutMs: md.txnTimeoutMs,
    transactionStartTimeMs: BigInt(md.startTimestamp),
    producerId: md.producerId,
    producerEpoch: md.producerEpoch,
    topics: [...md.partitionsByTopic()].map(([topic, partitions]) => ({ topic, partitions })),
  };
}

/**
 * States and producer ids filter when non-empty; `durationMs` >= 0 keeps transactions running longer than that
 * (v1); unknown state names are echoed back (Kafka's unknownStateFilters) and match nothing.
 */
export function listTransactions(
  all: Iterable<TransactionMetadata>,
  states: string[],
  producerIds: bigint[],
  durationMs: number,
  now: number,
  idPattern: string | null = null,
): ListedTransactions {
  const known = new Set<string>(TXN_STATES);
  const unknownStateFilters = states.filter((s) => !known.has(s));
  const wanted = new Set(states.filter((s) => known.has(s)));
  if (states.length > 0 && wanted.size === 0) {
    return { errorCode: ErrorCode.None, unknownStateFilters, transactionStates: [] };
  }
  // KIP-1152: null or empty lists every id; an invalid pattern is refused (Kafka's TransactionStateManager).
  let pattern: RegExp | null = null;
  try {
    if (idPattern) pattern = wholeNameRegex(idPattern);
  } catch {
    return { errorCode: ErrorCode.InvalidRegularExpression, unknownStateFilters: [], transactionStates: [] };
  }
  const ids = new Set(producerIds);
  const transactionStates: ListedTransaction[] = [];
  for (const md of all) {
    if (md.state === 'Dead') continue;
    if (wanted.size > 0 && !wanted.has(md.state)) continue;
    if (ids.size > 0 && !ids.has(md.producerId)) continue;
    if (durationMs >= 0 && (md.startTimestamp < 0 || now - md.startTimestamp <= durationMs)) continue;
    if (pattern && !pattern.test(md.transactionalId)) continue;
    transactionStates.push({
      transactionalId: md.transactionalId,
      producerId: md.producerId,
      transactionState: md.state,
    });
  }
  return { errorCode: ErrorCode.None, unknownStateFilters, transactionStates };
}
