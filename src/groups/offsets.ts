/** Committed offsets of every group, as loaded from and written to `__consumer_offsets`. */
import type { CoordinatorRecord } from './group-log';
import { encodeOffsetKey, encodeOffsetValue, type OffsetCommitValue } from './records';

export type CommittedOffset = OffsetCommitValue;

export class OffsetStore {
  /** group -> topic -> partition -> offset */
  private readonly groups = new Map<string, Map<string, Map<number, CommittedOffset>>>();

  get(group: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.groups.get(group)?.get(topic)?.get(partition);
  }

  set(group: string, topic: string, partition: number, value: CommittedOffset): void {
    let topics = this.groups.get(group);
    if (!topics) {
      topics = new Map();
      this.groups.set(group, topics);
    }
    let partitions = topics.get(topic);
    if (!partitions) {
      partitions = new Map();
      topics.set(topic, partitions);
    }
    partitions.set(partition, value);
  }

  delete(group: string, topic: string, partition: number): boolean {
    const topics = this.groups.get(group);
    const partitions = topics?.get(topic);
    if (!partitions?.delete(partition)) return false;
    if (partitions.size === 0) topics!.delete(topic);
    if (topics!.size === 0) this.groups.delete(group);
    return true;
  }

  /** topic -> partition -> offset of one group (live view; do not mutate). */
  of(group: string): ReadonlyMap<string, ReadonlyMap<number, CommittedOffset>> {
    return this.groups.get(group) ?? new Map();
  }

  has(group: string): boolean {
    return this.groups.has(group);
  }

  groupIds(): string[] {
    return [...this.groups.keys()];
  }

  /** Tombstones for every offset of a group (DeleteGroups); the caller appends them, then calls dropGroup. */
  tombstones(group: string): CoordinatorRecord[] {
    const out: CoordinatorRecord[] = [];
    for (const [topic, partitions] of this.of(group)) {
      for (const partition of partitions.keys())
        out.push({ key: encodeOffsetKey(group, topic, partition), value: null });
    }
    return out;
  }

  dropGroup(group: string): void {
    this.groups.delete(group);
  }
}

export function offsetRecord(
  group: string,
  topic: string,
  partition: number,
  value: CommittedOffset,
): CoordinatorRecord {
  return { key: encodeOffsetKey(group, topic, partition), value: encodeOffsetValue(value) };
}
