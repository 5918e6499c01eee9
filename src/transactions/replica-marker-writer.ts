/**
 * The broker's TxnMarkerWriter: every partition is local, so markers go to the replica manager's
 * `writeTxnMarkers` (the partition layer's work on issue 12: control batch, producer state, last stable
 * offset, aborted-transaction index). Markers that reach `__consumer_offsets` partitions also settle the
 * group coordinator's pending transactional offsets (`onOffsetsMarker`).
 *
 * Until the replica manager has `writeTxnMarkers` (branch wip/prodstate), no marker is written: the
 * coordinator still completes its state machine, and one warning says so. Wiring the real call is this file
 * only.
 */
import type { Logger } from '../log';
import { CONSUMER_OFFSETS_TOPIC } from '../topics/names';
import type { TopicService } from '../topics/topic-service';
import type { TxnMarkerEntry, TxnMarkerResult, TxnMarkerWriter } from './marker-writer';

interface MarkerCapableReplicaManager {
  writeTxnMarkers?(entries: TxnMarkerEntry[]): Promise<TxnMarkerResult[]>;
}

export type OffsetsMarkerListener = (partition: number, producerId: bigint, result: 'commit' | 'abort') => void;

export class ReplicaMarkerWriter implements TxnMarkerWriter {
  private warned = false;

  constructor(
    private readonly topics: TopicService,
    private readonly log: Logger,
    private readonly onOffsetsMarker: OffsetsMarkerListener,
  ) {}

  async writeTxnMarkers(entries: TxnMarkerEntry[]): Promise<TxnMarkerResult[]> {
    const replicas = this.topics.replicas as unknown as MarkerCapableReplicaManager;
    let results: TxnMarkerResult[];
    if (typeof replicas.writeTxnMarkers === 'function') {
      results = await replicas.writeTxnMarkers(entries);
    } else {
      if (!this.warned) {
        this.warned = true;
        this.log.warn('the partition layer cannot write transaction markers yet; transactions complete without them');
      }
      results = entries.map((e) => ({ topic: e.topic, partition: e.partition, errorCode: 0 }));
    }
    for (const r of results) {
      if (r.errorCode !== 0 || r.topic !== CONSUMER_OFFSETS_TOPIC) continue;
      const entry = entries.find((e) => e.topic === r.topic && e.partition === r.partition);
      if (entry) this.onOffsetsMarker(entry.partition, entry.producerId, entry.result);
    }
    return results;
  }
}
