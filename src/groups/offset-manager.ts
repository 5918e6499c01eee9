/**
 * The offsets side of the group coordinator (as Kafka's OffsetMetadataManager beside its GroupMetadataManager):
 * OffsetCommit, TxnOffsetCommit and its markers, OffsetFetch, OffsetDelete and retention, over the in-memory
 * offsets (offsets.ts), the pending transactional offsets (txn-offsets.ts) and the `__consumer_offsets` store
 * (group-log.ts).
 *
 * The coordinator (coordinator.ts) calls every method from inside the group's queue, so they are synchronous
 * and see one group at a time; they reach groups through `GroupDirectory` only.
 */
import { decodeVersionPrefixed } from '../../protocol/generated';
import { ConsumerProtocolSubscriptionCodec } from '../../protocol/generated/consumer-protocol-subscription';
import { ErrorCode, errorCodeOf } from '../errors';
import { coordinatorWriteError } from '../topics/coordinator-partitions';
import { ClassicGroup } from './classic-group';
import type { GroupConfig } from './config';
import { ConsumerGroup } from './consumer-group';
import { StreamsGroup } from './streams-group';
import type { CoordinatorRecord, GroupLog } from './group-log';
import { type CommittedOffset, OffsetStore, offsetRecord } from './offsets';
import { groupRecordKey } from './records';
import type { Scheduler } from './scheduler';
import { PendingTxnOffsets } from './txn-offsets';

/**
 * The code an offset commit answers when its records could not be written (Kafka's GroupMetadataManager /
 * CoordinatorRuntime mapping): too large -> INVALID_COMMIT_OFFSET_SIZE, not the leader -> NOT_COORDINATOR,
 * replication or a failure without a Kafka code -> COORDINATOR_NOT_AVAILABLE (retriable); anything else as the
 * partition answered it (a fenced transactional producer gets INVALID_PRODUCER_EPOCH, as on Kafka).
 */
function commitFailureCode(error: unknown): ErrorCode {
  if ((error as Error).name === 'MessageTooLargeError') return ErrorCode.InvalidCommitOffsetSize;
  const code = errorCodeOf(error);
  switch (code) {
    case ErrorCode.MessageTooLarge:
    case ErrorCode.RecordListTooLarge:
    case ErrorCode.InvalidFetchSize:
      return ErrorCode.InvalidCommitOffsetSize;
    case ErrorCode.UnknownServerError:
      return ErrorCode.CoordinatorNotAvailable;
    default:
      return coordinatorWriteError(code);
  }
}

export interface OffsetCommitPartition {
  partition: number;
  offset: bigint;
  leaderEpoch: number;
  metadata: string | null;
  /** v1 only: -1 = now */
  commitTimestamp: number;
}

export interface OffsetCommitInput {
  memberId: string;
  groupInstanceId: string | null;
  generationIdOrMemberEpoch: number;
  /** OffsetCommit v2-4: -1 = broker default */
  retentionTimeMs: number;
  topics: { name: string; partitions: OffsetCommitPartition[] }[];
  /** The OffsetCommit version: from v9 a commit with a generation to a group that does not exist is GROUP_ID_NOT_FOUND. */
  apiVersion?: number;
}

export interface TxnOffsetCommitInput {
  producerId: bigint;
  producerEpoch: number;
  memberId: string;
  groupInstanceId: string | null;
  generationId: number;
  topics: { name: string; partitions: Omit<OffsetCommitPartition, 'commitTimestamp'>[] }[];
}

export interface FetchedOffset {
  partition: number;
  offset: bigint;
  leaderEpoch: number;
  metadata: string;
  errorCode: number;
}

/** What the offsets side needs of the coordinator's groups (share groups commit no offsets: never seen here). */
export interface GroupDirectory {
  get(groupId: string): ClassicGroup | ConsumerGroup | StreamsGroup | undefined;
  /** Registers a new, empty classic group (a commit with generation -1 to an unknown group creates one, as on Kafka). */
  createClassic(groupId: string): ClassicGroup;
  /** Forgets a group whose last offsets expired (the caller marked it dead). */
  remove(groupId: string): void;
}

export class OffsetManager {
  readonly offsets = new OffsetStore();
  /** TxnOffsetCommit offsets waiting for their transaction's marker (txn-offsets.ts). */
  readonly pendingTxnOffsets = new PendingTxnOffsets();

  constructor(
    private readonly config: GroupConfig,
    private readonly store: GroupLog,
    private readonly scheduler: Scheduler,
    private readonly groups: GroupDirectory,
    private readonly logger: { info(msg: string, meta?: object): void },
  ) {}

  /** OffsetCommit: checks the member and generation (or member epoch), stores, answers per partition. */
  commit(groupId: string, input: OffsetCommitInput): Map<string, ErrorCode> {
    const codes = new Map<string, ErrorCode>();
    const all = (code: ErrorCode) => {
      for (const t of input.topics) for (const p of t.partitions) codes.set(`${t.name}\0${p.partition}`, code);
      return codes;
    };
    let group = this.groups.get(groupId);
    if (!group || (group instanceof ClassicGroup && group.state === 'Dead')) {
      // As Kafka's OffsetMetadataManager.validateOffsetCommit: v9+ (KIP-848) says the group is unknown.
      if (input.generationIdOrMemberEpoch >= 0) {
        return all((input.apiVersion ?? 0) >= 9 ? ErrorCode.GroupIdNotFound : ErrorCode.IllegalGeneration);
      }
      group = this.groups.createClassic(groupId);
    }
    const partitionsOf = () =>
      input.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => p.partition) }));
    const code =
      group instanceof ClassicGroup
        ? group.validateCommit(
            { memberId: input.memberId, groupInstanceId: input.groupInstanceId },
            input.generationIdOrMemberEpoch,
          )
        : group instanceof StreamsGroup
          ? group.validateCommit(
              input.memberId,
              input.generationIdOrMemberEpoch,
              'commit',
              partitionsOf(),
              input.apiVersion,
            )
          : group.validateCommit(input.memberId, input.generationIdOrMemberEpoch, true);
    if (code !== ErrorCode.None) return all(code);
    const accepted = this.storeOffsets(groupId, input.topics, codes, input.retentionTimeMs, null);
    for (const [topic, partition, value] of accepted) this.offsets.set(groupId, topic, partition, value);
    return codes;
  }

  /**
   * Writes offset commit records for the partitions whose metadata fits (OFFSET_METADATA_TOO_LARGE for the
   * others) in one batch, transactional for TxnOffsetCommit; sets each partition's code and returns what was
   * stored (nothing if the write failed).
   */
  private storeOffsets(
    groupId: string,
    topics: {
      name: string;
      partitions: (Omit<OffsetCommitPartition, 'commitTimestamp'> & { commitTimestamp?: number })[];
    }[],
    codes: Map<string, ErrorCode>,
    retentionTimeMs: number,
    txn: { producerId: bigint; producerEpoch: number } | null,
  ): [string, number, CommittedOffset][] {
    const now = this.scheduler.now();
    const records: CoordinatorRecord[] = [];
    const accepted: [string, number, CommittedOffset][] = [];
    for (const t of topics) {
      for (const p of t.partitions) {
        const metadata = p.metadata ?? '';
        if (Buffer.byteLength(metadata) > this.config.offsetMetadataMaxBytes) {
          codes.set(`${t.name}\0${p.partition}`, ErrorCode.OffsetMetadataTooLarge);
          continue;
        }
        const value: CommittedOffset = {
          offset: p.offset,
          leaderEpoch: p.leaderEpoch,
          metadata,
          commitTimestamp: p.commitTimestamp !== undefined && p.commitTimestamp >= 0 ? p.commitTimestamp : now,
          expireTimestamp: retentionTimeMs >= 0 ? now + retentionTimeMs : -1,
        };
        records.push(offsetRecord(groupId, t.name, p.partition, value));
        accepted.push([t.name, p.partition, value]);
        codes.set(`${t.name}\0${p.partition}`, ErrorCode.None);
      }
    }
    try {
      this.store.append(groupId, records, now, txn ?? undefined);
    } catch (error) {
      const failure = commitFailureCode(error);
      for (const [topic, partition] of accepted) codes.set(`${topic}\0${partition}`, failure);
      return [];
    }
    return accepted;
  }

  /**
   * Committed offsets of a group: the partitions asked for (-1 when none is committed), or every committed one
   * (`topics` null). With a member epoch (OffsetFetch v9+), a KIP-848 member is fenced like a commit.
   */
  fetch(
    groupId: string,
    topics: { name: string; partitions: number[] }[] | null,
    member?: { memberId: string | null; memberEpoch: number },
    requireStable = false,
  ): { errorCode: ErrorCode; topics: { name: string; partitions: FetchedOffset[] }[] } {
    const group = this.groups.get(groupId);
    if (member && member.memberId !== null && member.memberEpoch >= 0) {
      const code =
        group instanceof ConsumerGroup
          ? group.validateCommit(member.memberId, member.memberEpoch, false)
          : group instanceof StreamsGroup
            ? group.validateCommit(member.memberId, member.memberEpoch, 'fetch')
            : ErrorCode.None;
      if (code !== ErrorCode.None) return { errorCode: code, topics: [] };
    }
    const committed = this.offsets.of(groupId);
    const unstable = (topic: string, partition: number): FetchedOffset | null =>
      requireStable && this.pendingTxnOffsets.isPending(groupId, topic, partition)
        ? { partition, offset: -1n, leaderEpoch: -1, metadata: '', errorCode: ErrorCode.UnstableOffsetCommit }
        : null;
    const present = (o: CommittedOffset, partition: number, topic: string): FetchedOffset =>
      unstable(topic, partition) ?? {
        partition,
        offset: o.offset,
        leaderEpoch: o.leaderEpoch,
        metadata: o.metadata,
        errorCode: ErrorCode.None,
      };
    if (topics === null) {
      return {
        errorCode: ErrorCode.None,
        topics: [...committed].map(([name, partitions]) => ({
          name,
          partitions: [...partitions].sort((a, b) => a[0] - b[0]).map(([p, o]) => present(o, p, name)),
        })),
      };
    }
    return {
      errorCode: ErrorCode.None,
      topics: topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => {
          const o = committed.get(t.name)?.get(p);
          if (o) return present(o, p, t.name);
          return (
            unstable(t.name, p) ?? {
              partition: p,
              offset: -1n,
              leaderEpoch: -1,
              metadata: '',
              errorCode: ErrorCode.None,
            }
          );
        }),
      })),
    };
  }

  /**
   * TxnOffsetCommit: the offsets are written now, as the producer's transactional batch, and kept pending
   * until the transaction's marker (`endTransaction`). Group checks as Kafka's doTxnCommitOffsets: a member id,
   * instance id or generation, when given, must match; generation -1 without a member is accepted (a
   * producer committing for a group it is not a member of).
   */
  commitTxn(groupId: string, input: TxnOffsetCommitInput): Map<string, ErrorCode> {
    const codes = new Map<string, ErrorCode>();
    const all = (code: ErrorCode) => {
      for (const t of input.topics) for (const p of t.partitions) codes.set(`${t.name}\0${p.partition}`, code);
      return codes;
    };
    let group = this.groups.get(groupId);
    if (!group) {
      if (input.generationId >= 0) return all(ErrorCode.IllegalGeneration);
      group = this.groups.createClassic(groupId);
    }
    const code =
      group instanceof ClassicGroup
        ? group.validateTxnCommit(
            { memberId: input.memberId, groupInstanceId: input.groupInstanceId },
            input.generationId,
          )
        : input.generationId < 0 && input.memberId === ''
          ? ErrorCode.None
          : group instanceof StreamsGroup
            ? group.validateCommit(
                input.memberId,
                input.generationId,
                'txn-commit',
                input.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => p.partition) })),
              )
            : group.validateCommit(input.memberId, input.generationId, true);
    if (code !== ErrorCode.None) return all(code === ErrorCode.StaleMemberEpoch ? ErrorCode.IllegalGeneration : code);
    const accepted = this.storeOffsets(groupId, input.topics, codes, -1, {
      producerId: input.producerId,
      producerEpoch: input.producerEpoch,
    });
    for (const [topic, partition, value] of accepted) {
      this.pendingTxnOffsets.add(input.producerId, groupId, topic, partition, value);
    }
    return codes;
  }

  /**
   * A transaction marker on `__consumer_offsets` partition `partition` (written now, or replayed at start-up):
   * the producer's pending offsets for groups of that partition commit or go. Returns the groups that got
   * committed offsets.
   */
  endTransaction(partition: number, producerId: bigint, commit: boolean): string[] {
    const ended = this.pendingTxnOffsets.complete(producerId, (g) => this.store.partitionFor(g) === partition, commit);
    for (const { group, topic, partition: p, value } of ended) this.offsets.set(group, topic, p, value);
    return [...new Set(ended.map((e) => e.group))];
  }

  /** OffsetDelete: partitions of topics the group does not subscribe to; a classic group of another protocol only when empty. */
  delete(
    groupId: string,
    topics: { name: string; partitions: number[] }[],
  ): { errorCode: ErrorCode; codes: Map<string, ErrorCode> } {
    const codes = new Map<string, ErrorCode>();
    const group = this.groups.get(groupId);
    if (
      !group ||
      (group instanceof ClassicGroup && group.state === 'Dead') ||
      (!(group instanceof ClassicGroup) && group.dead)
    ) {
      return { errorCode: ErrorCode.GroupIdNotFound, codes };
    }
    let subscribed: Set<string> | null = new Set();
    if (group instanceof ClassicGroup) {
      if (!group.isEmpty && group.protocolType !== 'consumer') return { errorCode: ErrorCode.NonEmptyGroup, codes };
      subscribed = group.isEmpty ? new Set() : group.subscribedTopics(subscriptionTopics);
    } else {
      subscribed = group.subscribedTopicNames();
    }
    const records: CoordinatorRecord[] = [];
    const deleted: [string, number][] = [];
    for (const t of topics) {
      for (const p of t.partitions) {
        const key = `${t.name}\0${p}`;
        if (subscribed === null || subscribed.has(t.name)) {
          codes.set(key, ErrorCode.GroupSubscribedToTopic);
          continue;
        }
        codes.set(key, ErrorCode.None);
        if (this.offsets.get(groupId, t.name, p)) {
          records.push({ ...offsetRecord(groupId, t.name, p, this.offsets.get(groupId, t.name, p)!), value: null });
          deleted.push([t.name, p]);
        }
      }
    }
    try {
      this.store.append(groupId, records, this.scheduler.now());
    } catch {
      return { errorCode: ErrorCode.CoordinatorNotAvailable, codes: new Map() };
    }
    for (const [topic, partition] of deleted) this.offsets.delete(groupId, topic, partition);
    return { errorCode: ErrorCode.None, codes };
  }

  /**
   * offsets.retention.minutes (KIP-211): offsets of a group without members expire that long after the group
   * became empty (or after the commit, if later); an explicit expiry (OffsetCommit v2-4) wins. An empty group
   * left without offsets is deleted. Returns how many offsets expired.
   */
  expire(groupId: string): number {
    const group = this.groups.get(groupId);
    if (group && !group.isEmpty) return 0;
    if (group instanceof ClassicGroup && group.state !== 'Empty') return 0;
    const now = this.scheduler.now();
    const since = group?.stateTimestamp ?? 0;
    const records: CoordinatorRecord[] = [];
    const gone: [string, number][] = [];
    for (const [topic, partitions] of this.offsets.of(groupId)) {
      for (const [partition, o] of partitions) {
        const due =
          o.expireTimestamp >= 0
            ? now >= o.expireTimestamp
            : now - Math.max(o.commitTimestamp, since) >= this.config.offsetsRetentionMs;
        if (due) {
          records.push({ ...offsetRecord(groupId, topic, partition, o), value: null });
          gone.push([topic, partition]);
        }
      }
    }
    const dropGroup = group !== undefined && gone.length === this.countOffsets(groupId);
    if (dropGroup) {
      records.push({
        key: groupRecordKey(group.kind, groupId),
        value: null,
      });
    }
    if (records.length === 0) return 0;
    try {
      this.store.append(groupId, records, now);
    } catch {
      return 0;
    }
    for (const [topic, partition] of gone) this.offsets.delete(groupId, topic, partition);
    if (dropGroup) {
      group.markDead();
      this.groups.remove(groupId);
    }
    if (gone.length > 0) this.logger.info('expired offsets', { group: groupId, partitions: gone.length });
    return gone.length;
  }

  private countOffsets(groupId: string): number {
    let n = 0;
    for (const partitions of this.offsets.of(groupId).values()) n += partitions.size;
    return n;
  }
}

/** Topic names of a consumer-protocol subscription, or null if it cannot be read. */
export function subscriptionTopics(metadata: Buffer): string[] | null {
  try {
    return decodeVersionPrefixed(ConsumerProtocolSubscriptionCodec, metadata).value.topics;
  } catch {
    return null;
  }
}
