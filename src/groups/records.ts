/**
 * The records of the `__consumer_offsets` log, in Kafka's own formats (group-coordinator's OffsetCommitKey /
 * OffsetCommitValue / GroupMetadataKey / GroupMetadataValue), so Kafka's tools can read a Brook log:
 *   key   = int16 key version, then the key fields; value = int16 value version, then the value fields;
 *   a null value is a tombstone (compaction drops the key).
 * Brook writes OffsetCommitKey v1 + OffsetCommitValue v3 and GroupMetadataKey v2 + GroupMetadataValue v3, and
 * reads every non-flexible version. KIP-848, share and streams groups are stored under Brook-specific key versions
 * (the *_GROUP_SNAPSHOT_KEY_VERSION constants below) whose value is JSON: Kafka spreads that state over several
 * record types, Brook keeps one snapshot per group (documented in src/groups/README.md).
 */
import { Reader } from '../../protocol/primitives/reader';
import { Writer } from '../../protocol/primitives/writer';

export const OFFSET_COMMIT_KEY_VERSION = 1;
export const GROUP_METADATA_KEY_VERSION = 2;
export const CONSUMER_GROUP_SNAPSHOT_KEY_VERSION = 0x7b00;
/** A share group's membership (KIP-932), one JSON snapshot per group as for KIP-848 groups. */
export const SHARE_GROUP_SNAPSHOT_KEY_VERSION = 0x7b01;
/** A streams group's membership, topology and tasks (KIP-1071), one JSON snapshot per group. 0x7b02 is taken by
 * `__share_group_state`'s snapshots (src/share/share-state-store.ts). */
export const STREAMS_GROUP_SNAPSHOT_KEY_VERSION = 0x7b03;

export interface OffsetCommitValue {
  offset: bigint;
  leaderEpoch: number;
  metadata: string;
  commitTimestamp: number;
  /** Only stored by value v1 (OffsetCommit v2-4 retention), -1 otherwise. */
  expireTimestamp: number;
}

export interface StoredMember {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  subscription: Buffer;
  assignment: Buffer;
}

export interface GroupMetadataValue {
  protocolType: string;
  generation: number;
  protocol: string | null;
  leader: string | null;
  currentStateTimestamp: number;
  members: StoredMember[];
}

export type CoordinatorKey =
  | { type: 'offset'; group: string; topic: string; partition: number }
  | { type: 'group'; group: string }
  | { type: 'consumer-group'; group: string }
  | { type: 'share-group'; group: string }
  | { type: 'streams-group'; group: string };

export function encodeOffsetKey(group: string, topic: string, partition: number): Buffer {
  return Buffer.from(
    new Writer(64).int16(OFFSET_COMMIT_KEY_VERSION).string(group).string(topic).int32(partition).finish(),
  );
}

export function encodeGroupKey(group: string): Buffer {
  return Buffer.from(new Writer(32).int16(GROUP_METADATA_KEY_VERSION).string(group).finish());
}

export function encodeConsumerGroupKey(group: string): Buffer {
  return Buffer.from(new Writer(32).int16(CONSUMER_GROUP_SNAPSHOT_KEY_VERSION).string(group).finish());
}

export function encodeShareGroupKey(group: string): Buffer {
  return Buffer.from(new Writer(32).int16(SHARE_GROUP_SNAPSHOT_KEY_VERSION).string(group).finish());
}

export function encodeStreamsGroupKey(group: string): Buffer {
  return Buffer.from(new Writer(32).int16(STREAMS_GROUP_SNAPSHOT_KEY_VERSION).string(group).finish());
}

/** The key of a group's own record (its metadata or snapshot), by the group's kind. */
export function groupRecordKey(kind: 'classic' | 'consumer' | 'share' | 'streams', group: string): Buffer {
  switch (kind) {
    case 'classic':
      return encodeGroupKey(group);
    case 'consumer':
      return encodeConsumerGroupKey(group);
    case 'share':
      return encodeShareGroupKey(group);
    case 'streams':
      return encodeStreamsGroupKey(group);
  }
}

/** Decodes a key; null for versions Brook does not keep (Kafka's KIP-848 / share records). */
export function decodeKey(bytes: Buffer): CoordinatorKey | null {
  const r = new Reader(bytes);
  const version = r.int16();
  let key: CoordinatorKey | null = null;
  if (version === 0 || version === 1) {
    key = { type: 'offset', group: r.string(), topic: r.string(), partition: r.int32() };
  } else if (version === 2) {
    key = { type: 'group', group: r.string() };
  } else if (version === CONSUMER_GROUP_SNAPSHOT_KEY_VERSION) {
    key = { type: 'consumer-group', group: r.string() };
  } else if (version === SHARE_GROUP_SNAPSHOT_KEY_VERSION) {
    key = { type: 'share-group', group: r.string() };
  } else if (version === STREAMS_GROUP_SNAPSHOT_KEY_VERSION) {
    key = { type: 'streams-group', group: r.string() };
  }
  r.check('__consumer_offsets key');
  return key;
}

export function encodeOffsetValue(v: OffsetCommitValue): Buffer {
  const w = new Writer(64);
  if (v.expireTimestamp >= 0) {
    // v1 is the only version carrying an explicit expiry (retentionTimeMs of OffsetCommit v2-4).
    w.int16(1).int64(v.offset).string(v.metadata).int64(BigInt(v.commitTimestamp)).int64(BigInt(v.expireTimestamp));
  } else {
    w.int16(3).int64(v.offset).int32(v.leaderEpoch).string(v.metadata).int64(BigInt(v.commitTimestamp));
  }
  return Buffer.from(w.finish());
}

export function decodeOffsetValue(bytes: Buffer): OffsetCommitValue {
  const r = new Reader(bytes);
  const version = r.int16();
  const offset = r.int64();
  const leaderEpoch = version >= 3 ? r.int32() : -1;
  const metadata = r.string();
  const commitTimestamp = Number(r.int64());
  const expireTimestamp = version === 1 ? Number(r.int64()) : -1;
  r.check('OffsetCommitValue');
  return { offset, leaderEpoch, metadata, commitTimestamp, expireTimestamp };
}

export function encodeGroupValue(v: GroupMetadataValue): Buffer {
  const w = new Writer(256);
  w.int16(3).string(v.protocolType).int32(v.generation).nullableString(v.protocol).nullableString(v.leader);
  w.int64(BigInt(v.currentStateTimestamp));
  w.int32(v.members.length);
  for (const m of v.members) {
    w.string(m.memberId).nullableString(m.groupInstanceId).string(m.clientId).string(m.clientHost);
    w.int32(m.rebalanceTimeoutMs).int32(m.sessionTimeoutMs).bytes(m.subscription).bytes(m.assignment);
  }
  return Buffer.from(w.finish());
}

export function decodeGroupValue(bytes: Buffer): GroupMetadataValue {
  const r = new Reader(bytes);
  const version = r.int16();
  if (version > 3) r.fail(`GroupMetadataValue v${version} (flexible) is not read by Brook`);
  const protocolType = r.string();
  const generation = r.int32();
  const protocol = r.nullableString();
  const leader = r.nullableString();
  const currentStateTimestamp = version >= 2 ? Number(r.int64()) : -1;
  const n = r.arrayLength(4);
  const members: StoredMember[] = [];
  for (let i = 0; i < n && !r.failed; i++) {
    const memberId = r.string();
    const groupInstanceId = version >= 3 ? r.nullableString() : null;
    const clientId = r.string();
    const clientHost = r.string();
    const rebalanceTimeoutMs = version >= 1 ? r.int32() : -1;
    const sessionTimeoutMs = r.int32();
    const subscription = Buffer.from(r.bytes());
    const assignment = Buffer.from(r.bytes());
    members.push({
      memberId,
      groupInstanceId,
      clientId,
      clientHost,
      rebalanceTimeoutMs: rebalanceTimeoutMs < 0 ? sessionTimeoutMs : rebalanceTimeoutMs,
      sessionTimeoutMs,
      subscription,
      assignment,
    });
  }
  r.check('GroupMetadataValue');
  return { protocolType, generation, protocol, leader, currentStateTimestamp, members };
}
