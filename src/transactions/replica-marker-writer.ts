/**
 * The broker's TxnMarkerWriter: every partition is local, so markers go to the replica manager's
 * `writeTxnMarkers` (the partition layer's work on issue 12: control batch, producer state, last stable
 * offset, aborted-transaction index). Markers that reach `__consumer_offsets` partitions also settle the
 * group coordinator's pending transactional offsets (`onOffsetsMarker`).
 */
import { CONSUMER_OFFSETS_TOPIC } from '../topics/names';
import type { TopicService } from '../topics/topic-service';
import type { TxnMarkerEntry, TxnMarkerResult, TxnMarkerWriter } from './marker-writer';

export type OffsetsMarkerListener = (partition: number, producerId: bigint, result: 'commit' | 'abort') => void;

export class ReplicaMarkerWriter implements TxnMarkerWriter {
  constructor(
    private readonly topics: TopicService,
    private readonly onOffsetsMarker: OffsetsMarkerListener,
  ) {}

  async writeTxnMarkers(entries: TxnMarkerEntry[]): Promise<TxnMarkerResult[]> {
    const results: TxnMarkerResult[] = await this.topics.replicas.writeTxnMarkers(entries);
    for (const r of results) {
      if (r.errorCode !== 0 || r.topic !== CONSUMER_OFFSETS_TOPIC) continue;
      const entry = entries.find((e) => e.topic === r.topic && e.partition === r.partition);
      if (entry) this.onOffsetsMarker(entry.partition, entry.producerId, entry.result);
    }
    return results;
  }
}
