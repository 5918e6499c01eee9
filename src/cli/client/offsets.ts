/**
 * Partition metadata and offsets for the client commands: which partitions a topic has and who leads them
 * (Metadata), and the earliest, latest or by-timestamp offset of each (ListOffsets, sent to each leader).
 */
import type { ListOffsetsResponse } from '../../../protocol/generated/list-offsets';
import type { MetadataResponse } from '../../../protocol/generated/metadata';
import { errorName } from '../../errors';
import { CliError } from './options';
import { API, type Session } from './session';

export interface PartitionInfo {
  topic: string;
  partition: number;
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  offline: number[];
}

export interface TopicInfo {
  name: string;
  topicId: string;
  internal: boolean;
  partitions: PartitionInfo[];
}

/** Metadata for the named topics; a topic that does not exist is a CliError (exit 1). */
export async function topicsInfo(session: Session, names: string[] | null): Promise<TopicInfo[]> {
  const md = await session.metadata(names);
  return describeTopics(md, names !== null);
}

export function describeTopics(md: MetadataResponse, strict: boolean): TopicInfo[] {
  const topics: TopicInfo[] = [];
  for (const t of md.topics) {
    if (t.errorCode !== 0) {
      if (!strict) continue;
      if (t.errorCode === 3) throw new CliError(`Topic '${t.name}' does not exist.`);
      throw new CliError(`topic '${t.name}': ${errorName(t.errorCode)}`);
    }
    topics.push({
      name: t.name ?? '',
      topicId: t.topicId,
      internal: t.isInternal,
      partitions: t.partitions
        .map((p) => ({
          topic: t.name ?? '',
          partition: p.partitionIndex,
          leader: p.leaderId,
          leaderEpoch: p.leaderEpoch,
          replicas: p.replicaNodes,
          isr: p.isrNodes,
          offline: p.offlineReplicas,
        }))
        .sort((a, b) => a.partition - b.partition),
    });
  }
  return topics.sort((a, b) => a.name.localeCompare(b.name));
}

/** ListOffsets' special timestamps. */
export const LATEST = -1n;
export const EARLIEST = -2n;

/**
 * The offset at `timestamp` (LATEST, EARLIEST or a time in ms: the first offset whose timestamp is at or after
 * it, or the log end when none is) of each partition, keyed `topic\0partition`. Sent to each partition's leader.
 * LATEST with isolation level 1 (read_committed) is the last stable offset.
 */
export async function listOffsets(
  session: Session,
  partitions: PartitionInfo[],
  timestamp: bigint | ((p: PartitionInfo) => bigint),
  isolationLevel = 0,
): Promise<Map<string, bigint>> {
  const byLeader = new Map<number, PartitionInfo[]>();
  for (const p of partitions) byLeader.set(p.leader, [...(byLeader.get(p.leader) ?? []), p]);
  const result = new Map<string, bigint>();
  const noOffset: PartitionInfo[] = [];
  await Promise.all(
    [...byLeader].map(async ([leader, list]) => {
      const conn = await session.leader(leader);
      const byTopic = new Map<string, PartitionInfo[]>();
      for (const p of list) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p]);
      const res = await conn.send<ListOffsetsResponse>(API.ListOffsets, {
        replicaId: -1,
        isolationLevel,
        timeoutMs: 30000,
        topics: [...byTopic].map(([name, ps]) => ({
          name,
          partitions: ps.map((p) => ({
            partitionIndex: p.partition,
            currentLeaderEpoch: -1,
            timestamp: typeof timestamp === 'function' ? timestamp(p) : timestamp,
            maxNumOffsets: 1,
          })),
        })),
      });
      for (const t of res.topics) {
        for (const p of t.partitions) {
          if (p.errorCode !== 0)
            throw new CliError(`ListOffsets ${t.name}-${p.partitionIndex}: ${errorName(p.errorCode)}`);
          const offset = p.offset >= 0n ? p.offset : (p.oldStyleOffsets[0] ?? -1n);
          if (offset < 0n) noOffset.push(list.find((x) => x.topic === t.name && x.partition === p.partitionIndex)!);
          else result.set(key(t.name, p.partitionIndex), offset);
        }
      }
    }),
  );
  // A timestamp after the last record: Kafka answers -1, a reader starts at the log end.
  if (noOffset.length > 0)
    for (const [k, v] of await listOffsets(session, noOffset, LATEST, isolationLevel)) result.set(k, v);
  return result;
}

export function key(topic: string, partition: number): string {
  return `${topic}\0${partition}`;
}

/** A time given as epoch milliseconds or an ISO-8601 date (kafka-consumer-groups --to-datetime's form). */
export function parseTime(value: string): bigint | null {
  if (/^\d+$/.test(value)) return BigInt(value);
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : BigInt(ms);
}
