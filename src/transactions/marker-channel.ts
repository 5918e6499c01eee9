/**
 * Writing one transaction's markers until every partition has its own (Kafka's TransactionMarkerChannelManager
 * and TransactionMarkerRequestCompletionHandler, for a broker whose partitions are all local): the writer is
 * asked for the partitions still missing a marker, again every `retryBackoffMs` until none is missing; then
 * `complete()` writes CompleteCommit/CompleteAbort (retried the same way if that write fails).
 */
import { ErrorCode } from '../errors';
import type { Scheduler } from '../groups/scheduler';
import type { TxnMarkerEntry, TxnMarkerWriter } from './marker-writer';
import { type TopicPartitionKey, tpKey, tpOf } from './metadata';

export interface MarkerJob {
  transactionalId: string;
  producerId: bigint;
  producerEpoch: number;
  coordinatorEpoch: number;
  result: 'commit' | 'abort';
  partitions: Iterable<TopicPartitionKey>;
  /** 2 for a TV2 transaction: its markers carry an epoch bumped past the data's (WriteTxnMarkers v2). */
  transactionVersion: number;
}

export interface MarkerChannelHost {
  writer: TxnMarkerWriter;
  scheduler: Scheduler;
  retryBackoffMs: number;
  log: { warn(msg: string, meta?: object): void };
  /** The coordinator stopped: give up quietly. */
  isClosed(): boolean;
  /** Every marker is written: write the completion; false to try again later. */
  complete(): boolean;
}

/** Resolves once the markers and the completion are written, or the job is abandoned (fenced, closed). */
export function writeMarkersUntilDone(job: MarkerJob, host: MarkerChannelHost): Promise<void> {
  const remaining = new Set(job.partitions);
  return new Promise<void>((resolve) => {
    const attempt = async (): Promise<void> => {
      if (host.isClosed()) return resolve();
      if (remaining.size > 0) {
        const entries: TxnMarkerEntry[] = [...remaining].map((k) => ({
          ...tpOf(k),
          producerId: job.producerId,
          producerEpoch: job.producerEpoch,
          coordinatorEpoch: job.coordinatorEpoch,
          result: job.result,
          transactionVersion: job.transactionVersion,
        }));
        let fenced = false;
        try {
          for (const r of await host.writer.writeTxnMarkers(entries)) {
            const key = tpKey(r.topic, r.partition);
            // Written, or the topic is gone (Kafka drops partitions of deleted topics from the transaction).
            if (r.errorCode === ErrorCode.None || r.errorCode === ErrorCode.UnknownTopicOrPartition)
              remaining.delete(key);
            // A newer producer epoch or coordinator took over: this completion is moot (Kafka's abortSending).
            else if (
              r.errorCode === ErrorCode.InvalidProducerEpoch ||
              r.errorCode === ErrorCode.TransactionCoordinatorFenced
            )
              fenced = true;
            // Anything else (NOT_ENOUGH_REPLICAS, NOT_LEADER_OR_FOLLOWER, a storage error...) is retried.
          }
        } catch (error) {
          host.log.warn('writing transaction markers failed; retrying', {
            transactionalId: job.transactionalId,
            error: (error as Error).message,
          });
        }
        if (fenced) {
          host.log.warn('transaction markers fenced; giving up this completion', {
            transactionalId: job.transactionalId,
          });
          return resolve();
        }
      }
      if (remaining.size === 0 && !host.isClosed() && host.complete()) return resolve();
      host.scheduler.schedule(host.retryBackoffMs, () => void attempt());
    };
    void attempt();
  });
}
