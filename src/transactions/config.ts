import type { BrokerConfig } from '../config';

/** The broker settings the transaction coordinator reads (Kafka's names and defaults). */
export interface TxnConfig {
  /** transaction.max.timeout.ms */
  maxTimeoutMs: number;
  /** transactional.id.expiration.ms */
  transactionalIdExpirationMs: number;
  /** transaction.abort.timed.out.transaction.cleanup.interval.ms */
  abortTimedOutIntervalMs: number;
  /** transaction.remove.expired.transaction.cleanup.interval.ms */
  removeExpiredIntervalMs: number;
  /** transaction.state.log.num.partitions */
  logPartitions: number;
  /** transaction.state.log.segment.bytes */
  logSegmentBytes: number;
  /** Wait between retries of markers that could not be written (Kafka: the channel's retry.backoff.ms, 100). */
  markerRetryBackoffMs: number;
  /**
   * transaction.version: the finalized feature level (Kafka's txnManager.transactionVersionLevel). Decides the
   * __transaction_state value version and the version of the coordinator's own aborts (fencing, timeouts).
   */
  transactionVersion: number;
}

export const DEFAULT_TXN_CONFIG: TxnConfig = {
  maxTimeoutMs: 900000,
  transactionalIdExpirationMs: 604800000,
  abortTimedOutIntervalMs: 10000,
  removeExpiredIntervalMs: 3600000,
  logPartitions: 50,
  logSegmentBytes: 104857600,
  markerRetryBackoffMs: 100,
  transactionVersion: 2,
};

/**
 * The coordinator's settings from the broker config. `finalizedLevel`: a KRaft cluster's finalized feature levels
 * (KRaftNode.finalizedFeatureLevel), which transaction.version follows once the metadata log has them.
 */
export function txnConfigFrom(
  config: BrokerConfig,
  finalizedLevel?: (feature: string) => number | undefined,
): TxnConfig {
  return {
    maxTimeoutMs: config.number('transaction.max.timeout.ms'),
    transactionalIdExpirationMs: config.number('transactional.id.expiration.ms'),
    abortTimedOutIntervalMs: config.number('transaction.abort.timed.out.transaction.cleanup.interval.ms'),
    removeExpiredIntervalMs: config.number('transaction.remove.expired.transaction.cleanup.interval.ms'),
    logPartitions: config.number('transaction.state.log.num.partitions'),
    logSegmentBytes: config.number('transaction.state.log.segment.bytes'),
    markerRetryBackoffMs: DEFAULT_TXN_CONFIG.markerRetryBackoffMs,
    get transactionVersion() {
      return finalizedLevel?.('transaction.version') ?? config.number('transaction.version');
    },
  };
}
