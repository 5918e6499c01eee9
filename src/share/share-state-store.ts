/**
 * Where share-partitions keep their state (Kafka's share coordinator and its persister): the compacted internal
 * topic `__share_group_state`, one key per share-partition (group, topic id, partition: Kafka's
 * `groupId:topicId:partition`, placed as Kafka places it), created on the first share group's first use, replayed
 * at start-up into memory, written synchronously before an acknowledgement is answered (so an acknowledged record
 * is never delivered again after a crash).
 *
 * Kafka writes ShareSnapshot / ShareUpdate records in its own binary layout; no Kafka tool reads them, so Brook
 * stores one JSON snapshot per write under its own key version (0x7b02), as it stores KIP-848 groups
 * (src/groups/records.ts). A tombstone deletes a share-partition's state (a deleted group, deleted offsets).
 */
import { Reader, Writer } from '../../protocol/primitives';
import type { Logger } from '../log';
import { InternalTopicLog } from '../topics/internal-topic-log';
import { SHARE_GROUP_STATE_TOPIC } from '../topics/names';
import type { TopicService } from '../topics/topic-service';
import type { ShareState } from './share-partition';

/** A share-partition's key in the store. */
export interface SharePartitionKey {
  groupId: string;
  topicId: string;
  partition: number;
}

const SNAPSHOT_KEY_VERSION = 0x7b02;

/** Kafka's SharePartitionKey.asCoordinatorKey: what places the state in a partition of `__share_group_state`. */
export function coordinatorKey(key: SharePartitionKey): string {
  return `${key.groupId}:${key.topicId}:${key.partition}`;
}

/** The stored state of share-partitions; `read` answers undefined for one never initialized. */
export interface ShareStateStore {
  read(key: SharePartitionKey): ShareState | undefined;
  /** Stores a share-partition's whole state; throws when it could not be stored. */
  write(key: SharePartitionKey, state: ShareState): void;
  /** Forgets share-partitions' state (their group deleted, or its offsets of a topic deleted). */
  delete(keys: readonly SharePartitionKey[]): void;
  /** The share-partitions of a group that have state. */
  keysOf(groupId: string): SharePartitionKey[];
  /** Makes the store writable (creates its topic on first use). */
  prepare(): Promise<void>;
}

/** States kept in memory only (unit tests). */
export class MemoryShareStateStore implements ShareStateStore {
  readonly states = new Map<string, { key: SharePartitionKey; state: ShareState }>();

  read(key: SharePartitionKey): ShareState | undefined {
    return this.states.get(coordinatorKey(key))?.state;
  }

  write(key: SharePartitionKey, state: ShareState): void {
    this.states.set(coordinatorKey(key), { key, state: structuredClone(state) });
  }

  delete(keys: readonly SharePartitionKey[]): void {
    for (const key of keys) this.states.delete(coordinatorKey(key));
  }

  keysOf(groupId: string): SharePartitionKey[] {
    return [...this.states.values()].filter((s) => s.key.groupId === groupId).map((s) => s.key);
  }

  async prepare(): Promise<void> {}
}

function encodeKey(key: SharePartitionKey): Buffer {
  return Buffer.from(
    new Writer(64).int16(SNAPSHOT_KEY_VERSION).string(key.groupId).string(key.topicId).int32(key.partition).finish(),
  );
}

function decodeKey(bytes: Buffer): SharePartitionKey | null {
  const r = new Reader(bytes);
  if (r.int16() !== SNAPSHOT_KEY_VERSION) return null;
  const key = { groupId: r.string(), topicId: r.string(), partition: r.int32() };
  r.check('__share_group_state key');
  return key;
}

/** `__share_group_state` (Kafka's share.coordinator.state.topic.* settings size it). */
export class ShareStateTopic extends InternalTopicLog implements ShareStateStore {
  private readonly states = new Map<string, { key: SharePartitionKey; state: ShareState }>();

  constructor(
    topics: TopicService,
    partitions: number,
    segmentBytes: number,
    log: Logger,
    private readonly clock: { now(): number },
  ) {
    super(
      topics,
      {
        topic: SHARE_GROUP_STATE_TOPIC,
        partitions,
        configs: { 'segment.bytes': String(segmentBytes), 'compression.type': 'producer' },
      },
      log,
    );
  }

  /** Replays the topic (start-up of a single node). */
  async loadStates(): Promise<number> {
    if (!this.topics.get(SHARE_GROUP_STATE_TOPIC)) return 0;
    for (const record of await this.load()) {
      try {
        const key = decodeKey(record.key);
        if (!key) continue;
        if (record.value === null) this.states.delete(coordinatorKey(key));
        else this.states.set(coordinatorKey(key), { key, state: JSON.parse(record.value.toString('utf8')) });
      } catch (error) {
        this.log.warn('skipped an unreadable __share_group_state record', { error: (error as Error).message });
      }
    }
    return this.states.size;
  }

  read(key: SharePartitionKey): ShareState | undefined {
    return this.states.get(coordinatorKey(key))?.state;
  }

  write(key: SharePartitionKey, state: ShareState): void {
    const id = coordinatorKey(key);
    this.append(id, [{ key: encodeKey(key), value: Buffer.from(JSON.stringify(state)) }], this.clock.now());
    this.states.set(id, { key, state });
  }

  delete(keys: readonly SharePartitionKey[]): void {
    for (const key of keys) {
      const id = coordinatorKey(key);
      if (!this.states.has(id)) continue;
      this.append(id, [{ key: encodeKey(key), value: null }], this.clock.now());
      this.states.delete(id);
    }
  }

  keysOf(groupId: string): SharePartitionKey[] {
    return [...this.states.values()].filter((s) => s.key.groupId === groupId).map((s) => s.key);
  }
}
