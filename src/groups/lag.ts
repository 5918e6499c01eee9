/**
 * A consumer group's committed offsets against the partitions' ends: lag as kafka-consumer-groups.sh and
 * kafka_exporter count it (high watermark minus committed offset, never below 0). /metrics and the web
 * console both read it from here.
 */
import type { TopicService } from '../topics/topic-service';
import type { GroupCoordinator } from './coordinator';

export interface CommittedLag {
  group: string;
  topic: string;
  partition: number;
  committed: number;
  /** The partition's high watermark (the newest offset consumers can read). */
  end: number;
  lag: number;
}

/** One row per committed partition of `groupIds` (default: every group with offsets) on a hosted partition. */
export function committedLag(
  groups: GroupCoordinator,
  topics: TopicService,
  groupIds: Iterable<string> = groups.offsets.groupIds(),
): CommittedLag[] {
  const rows: CommittedLag[] = [];
  for (const group of groupIds) {
    for (const [topic, byPartition] of groups.offsets.of(group)) {
      for (const [partition, committed] of byPartition) {
        const p = topics.partition(topic, partition);
        if (!p) continue;
        const offset = Number(committed.offset);
        rows.push({
          group,
          topic,
          partition,
          committed: offset,
          end: p.highWatermark,
          lag: Math.max(0, p.highWatermark - offset),
        });
      }
    }
  }
  return rows;
}
