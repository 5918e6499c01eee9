/**
 * Transactional offset commits (TxnOffsetCommit) waiting for their transaction's end, as Kafka's
 * OffsetMetadataManager keeps `pendingTransactionalOffsets`: per producer id, per group, the offsets it
 * committed inside its open transaction. They are stored in `__consumer_offsets` at once (a transactional
 * batch carrying the producer id, so a restart before the marker finds them pending again) but are only
 * visible to OffsetFetch when the COMMIT marker reaches the group's `__consumer_offsets` partition; an ABORT
 * marker drops them. OffsetFetch with requireStable answers UNSTABLE_OFFSET_COMMIT while any are pending for
 * the partition asked.
 */
import type { CommittedOffset } from './offsets';

type Offsets = Map<string, Map<number, CommittedOffset>>;

export class PendingTxnOffsets {
  /** producerId -> group -> topic -> partition -> offset */
  private readonly byProducer = new Map<bigint, Map<string, Offsets>>();

  add(producerId: bigint, group: string, topic: string, partition: number, value: CommittedOffset): void {
    let groups = this.byProducer.get(producerId);
    if (!groups) {
      groups = new Map();
      this.byProducer.set(producerId, groups);
    }
    let topics = groups.get(group);
    if (!topics) {
      topics = new Map();
      groups.set(group, topics);
    }
    let partitions = topics.get(topic);
    if (!partitions) {
      partitions = new Map();
      topics.set(topic, partitions);
    }
    partitions.set(partition, value);
  }

  /**
   * Ends the producer's transaction for the groups `inPartition` accepts (a marker is per `__consumer_offsets`
   * partition): returns the offsets to make visible on commit, or nothing on abort. Both drop them here.
   */
  complete(
    producerId: bigint,
    inPartition: (group: string) => boolean,
    commit: boolean,
  ): { group: string; topic: string; partition: number; value: CommittedOffset }[] {
    const groups = this.byProducer.get(producerId);
    if (!groups) return [];
    const out: { group: string; topic: string; partition: number; value: CommittedOffset }[] = [];
    for (const [group, topics] of groups) {
      if (!inPartition(group)) continue;
      groups.delete(group);
      if (!commit) continue;
      for (const [topic, partitions] of topics) {
        for (const [partition, value] of partitions) out.push({ group, topic, partition, value });
      }
    }
    if (groups.size === 0) this.byProducer.delete(producerId);
    return out;
  }

  /** Whether an open transaction holds an offset of the group's partition (requireStable). */
  isPending(group: string, topic: string, partition: number): boolean {
    for (const groups of this.byProducer.values()) {
      if (groups.get(group)?.get(topic)?.has(partition)) return true;
    }
    return false;
  }

  /** Drops every pending offset of a group (DeleteGroups). */
  dropGroup(group: string): void {
    for (const [producerId, groups] of this.byProducer) {
      groups.delete(group);
      if (groups.size === 0) this.byProducer.delete(producerId);
    }
  }

  /** Drops the pending offsets of every group `inPartition` accepts (a `__consumer_offsets` partition unloaded). */
  dropWhere(inPartition: (group: string) => boolean): void {
    for (const [producerId, groups] of this.byProducer) {
      for (const group of groups.keys()) if (inPartition(group)) groups.delete(group);
      if (groups.size === 0) this.byProducer.delete(producerId);
    }
  }

  /** Producer ids with pending offsets in a group (admin views, tests). */
  producersOf(group: string): bigint[] {
    return [...this.byProducer].filter(([, groups]) => groups.has(group)).map(([id]) => id);
  }
}
