/**
 * The broker's TxnMarkerWriter: markers for partitions this broker hosts as leader (every partition on a single
 * node) go to the replica manager's `writeTxnMarkers` (control batch, producer state, last stable offset,
 * aborted-transaction index); markers that reach `__consumer_offsets` partitions also settle the group
 * coordinator's pending transactional offsets (`onOffsetsMarker`). In a KRaft cluster partitions led by
 * other brokers get theirs through WriteTxnMarkers (`RemoteMarkers`, Kafka's TransactionMarkerChannelManager).
 */
import { ErrorCode } from '../errors';
import { CONSUMER_OFFSETS_TOPIC } from '../topics/names';
import type { TopicService } from '../topics/topic-service';
import type { TxnMarkerEntry, TxnMarkerResult, TxnMarkerWriter } from './marker-writer';

export type OffsetsMarkerListener = (partition: number, producerId: bigint, result: 'commit' | 'abort') => void;

/** A KRaft cluster's other brokers: who leads a partition, and WriteTxnMarkers to them. */
export interface RemoteMarkers {
  readonly nodeId: number;
  /** -1: no leader known. */
  leaderOf(topic: string, partition: number): number;
  sendTxnMarkers(brokerId: number, entries: TxnMarkerEntry[]): Promise<TxnMarkerResult[]>;
}

export class ReplicaMarkerWriter implements TxnMarkerWriter {
  constructor(
    private readonly topics: TopicService,
    private readonly onOffsetsMarker: OffsetsMarkerListener,
    private readonly remote: RemoteMarkers | null = null,
  ) {}

  async writeTxnMarkers(entries: TxnMarkerEntry[]): Promise<TxnMarkerResult[]> {
    const remote = this.remote;
    if (!remote) return this.writeLocally(entries);
    const byLeader = new Map<number, TxnMarkerEntry[]>();
    for (const e of entries) {
      const leader = remote.leaderOf(e.topic, e.partition);
      const list = byLeader.get(leader) ?? [];
      list.push(e);
      byLeader.set(leader, list);
    }
    const answers = await Promise.all(
      [...byLeader].map(async ([leader, list]): Promise<TxnMarkerResult[]> => {
        // No leader known: the marker channel retries after its backoff, as Kafka's does.
        if (leader < 0)
          return list.map((e) => ({
            topic: e.topic,
            partition: e.partition,
            errorCode: ErrorCode.NotLeaderOrFollower,
          }));
        if (leader === remote.nodeId) return this.writeLocally(list);
        try {
          return await remote.sendTxnMarkers(leader, list);
        } catch {
          return list.map((e) => ({
            topic: e.topic,
            partition: e.partition,
            errorCode: ErrorCode.NotLeaderOrFollower,
          }));
        }
      }),
    );
    const all = answers.flat();
    return entries.map(
      (e) =>
        all.find((r) => r.topic === e.topic && r.partition === e.partition) ?? {
          topic: e.topic,
          partition: e.partition,
          errorCode: ErrorCode.NotLeaderOrFollower,
        },
    );
  }

  private async writeLocally(entries: TxnMarkerEntry[]): Promise<TxnMarkerResult[]> {
    const results: TxnMarkerResult[] = await this.topics.replicas.writeTxnMarkers(entries);
    for (const r of results) {
      if (r.errorCode !== 0 || r.topic !== CONSUMER_OFFSETS_TOPIC) continue;
      const entry = entries.find((e) => e.topic === r.topic && e.partition === r.partition);
      if (entry) this.onOffsetsMarker(entry.partition, entry.producerId, entry.result);
    }
    return results;
  }
}
