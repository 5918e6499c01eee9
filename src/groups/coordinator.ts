/**
 * The group coordinator of this broker: classic groups (classic-group.ts), KIP-848 consumer groups
 * (consumer-group.ts) and committed offsets (offsets.ts), persisted in `__consumer_offsets` (group-log.ts).
 *
 * Every operation on a group runs in that group's queue, one at a time, and runs to completion
 * synchronously: timers (session, rebalance, sync, revocation) enqueue their work in the same queue, so a
 * group never sees interleaved operations. Responses that must wait (JoinGroup until the rebalance completes,
 * a follower's SyncGroup until the leader's) are promises the state machine resolves later; the queue does not
 * wait for them.
 */
import { decodeVersionPrefixed } from '../../protocol/generated';
import { ConsumerProtocolSubscriptionCodec } from '../../protocol/generated/consumer-protocol-subscription';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import type { AssignorTopic } from './assignors';
import {
  ClassicGroup,
  type JoinInput,
  type JoinResult,
  type MemberIdentity,
  type SyncInput,
  type SyncResult,
} from './classic-group';
import type { GroupConfig } from './config';
import { ConsumerGroup, type HeartbeatInput, type HeartbeatResult, type TopicLookup } from './consumer-group';
import type { CoordinatorRecord, GroupLog, LoadedRecord } from './group-log';
import { type CommittedOffset, OffsetStore, offsetRecord } from './offsets';
import {
  decodeGroupValue,
  decodeKey,
  decodeOffsetValue,
  encodeConsumerGroupKey,
  encodeGroupKey,
  encodeGroupValue,
} from './records';
import type { Scheduler, Timer } from './scheduler';
import { PendingTxnOffsets } from './txn-offsets';

export type Group = ClassicGroup | ConsumerGroup;

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
    case ErrorCode.NotLeaderOrFollower:
    case ErrorCode.KafkaStorageError:
      return ErrorCode.NotCoordinator;
    case ErrorCode.UnknownTopicOrPartition:
    case ErrorCode.NotEnoughReplicas:
    case ErrorCode.NotEnoughReplicasAfterAppend:
    case ErrorCode.RequestTimedOut:
    case ErrorCode.UnknownServerError:
      return ErrorCode.CoordinatorNotAvailable;
    default:
      return code;
  }
}

export interface CoordinatorLogger {
  info(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
  debug(msg: string, meta?: object): void;
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

export interface DescribedClassicGroup {
  errorCode: number;
  groupId: string;
  state: string;
  protocolType: string;
  protocolData: string;
  members: {
    memberId: string;
    groupInstanceId: string | null;
    clientId: string;
    clientHost: string;
    metadata: Buffer;
    assignment: Buffer;
  }[];
}

export interface ListedGroup {
  groupId: string;
  protocolType: string;
  state: string;
  type: 'classic' | 'consumer';
}

interface Box<T> {
  value: T;
}

export class GroupCoordinator {
  private readonly groups = new Map<string, Group>();
  readonly offsets = new OffsetStore();
  /** TxnOffsetCommit offsets waiting for their transaction's marker (txn-offsets.ts). */
  readonly pendingTxnOffsets = new PendingTxnOffsets();
  private readonly queues = new Map<string, Promise<void>>();
  private retentionTimer: Timer | null = null;
  private loaded = false;
  private closed = false;
  private readonly classicHost;
  private readonly consumerHost;

  constructor(
    readonly config: GroupConfig,
    private readonly store: GroupLog,
    readonly scheduler: Scheduler,
    private readonly log: CoordinatorLogger,
    topics: TopicLookup,
  ) {
    const enqueue = (groupId: string, task: () => void) => void this.run(groupId, task).catch(() => {});
    this.classicHost = {
      scheduler,
      config,
      enqueue,
      persist: (g: ClassicGroup) => this.persistClassic(g),
      log,
    };
    this.consumerHost = {
      scheduler,
      config,
      topics,
      enqueue,
      persist: (g: ConsumerGroup) => this.persistConsumer(g),
      log,
    };
  }

  // ---------------------------------------------------------------- lifecycle

  /** Replays `__consumer_offsets` (start-up); until it finishes, requests get COORDINATOR_LOAD_IN_PROGRESS. */
  async load(): Promise<void> {
    const records = await this.store.load();
    let offsets = 0;
    for (const record of records) {
      try {
        if (this.apply(record)) offsets++;
      } catch (error) {
        this.log.warn('skipped an unreadable __consumer_offsets record', { error: (error as Error).message });
      }
    }
    for (const groupId of this.offsets.groupIds()) {
      if (!this.groups.has(groupId)) this.groups.set(groupId, new ClassicGroup(groupId, this.classicHost));
    }
    for (const group of this.groups.values()) group.startTimers();
    this.loaded = true;
    this.scheduleRetention();
    this.log.info('group coordinator loaded', { groups: this.groups.size, records: records.length, offsets });
  }

  /** Applies one stored record; true for an offset. */
  private apply(record: LoadedRecord): boolean {
    if (record.marker) {
      this.endTransaction(record.partition, record.producerId, record.marker === 'commit');
      return false;
    }
    const key = decodeKey(record.key);
    if (!key) return false;
    if (key.type === 'offset') {
      if (record.isTransactional && record.value !== null) {
        const value = decodeOffsetValue(record.value);
        this.pendingTxnOffsets.add(record.producerId, key.group, key.topic, key.partition, value);
      } else if (record.value === null) this.offsets.delete(key.group, key.topic, key.partition);
      else this.offsets.set(key.group, key.topic, key.partition, decodeOffsetValue(record.value));
      return true;
    }
    if (key.type === 'group') {
      const existing = this.groups.get(key.group);
      if (record.value === null) {
        if (existing instanceof ClassicGroup) this.groups.delete(key.group);
        return false;
      }
      const group = existing instanceof ClassicGroup ? existing : new ClassicGroup(key.group, this.classicHost);
      group.restore(decodeGroupValue(record.value));
      this.groups.set(key.group, group);
      return false;
    }
    const existing = this.groups.get(key.group);
    if (record.value === null) {
      if (existing instanceof ConsumerGroup) this.groups.delete(key.group);
      return false;
    }
    const group = existing instanceof ConsumerGroup ? existing : new ConsumerGroup(key.group, this.consumerHost);
    group.restore(JSON.parse(record.value.toString('utf8')));
    this.groups.set(key.group, group);
    return false;
  }

  close(): void {
    this.closed = true;
    this.retentionTimer?.cancel();
    for (const g of this.groups.values()) g.shutdown();
  }

  private check(): void {
    if (this.closed) throw new KafkaError(ErrorCode.CoordinatorNotAvailable);
    if (!this.loaded) throw new KafkaError(ErrorCode.CoordinatorLoadInProgress);
  }

  /** check(), and the store writable (the first group request creates `__consumer_offsets`). */
  private async ready(): Promise<void> {
    this.check();
    try {
      await this.store.prepare();
    } catch (error) {
      this.log.warn('__consumer_offsets is not available', { error: (error as Error).message });
      throw new KafkaError(ErrorCode.CoordinatorNotAvailable);
    }
    this.check();
  }

  /** Runs `op` in the group's queue (after everything queued before it for that group). */
  private run<T>(groupId: string, op: () => T): Promise<T> {
    const previous = this.queues.get(groupId) ?? Promise.resolve();
    const next = previous.then(op);
    const tail = next.then(
      () => {},
      () => {},
    );
    this.queues.set(groupId, tail);
    void tail.then(() => {
      if (this.queues.get(groupId) === tail) this.queues.delete(groupId);
    });
    return next;
  }

  /** Runs an operation whose answer may come later (boxed so the queue does not wait for it). */
  private async runDeferred<T>(groupId: string, op: () => Promise<T>): Promise<T> {
    const box: Box<Promise<T>> = await this.run(groupId, () => ({ value: op() }));
    return box.value;
  }

  // ---------------------------------------------------------------- persistence

  private persistClassic(group: ClassicGroup): void {
    const stored = group.toStored();
    this.store.append(
      group.groupId,
      [
        {
          key: encodeGroupKey(group.groupId),
          value: encodeGroupValue({
            protocolType: stored.protocolType,
            generation: group.generationId,
            protocol: group.protocolName,
            leader: group.leaderId,
            currentStateTimestamp: group.stateTimestamp,
            members: stored.members,
          }),
        },
      ],
      this.scheduler.now(),
    );
  }

  private persistConsumer(group: ConsumerGroup): void {
    this.store.append(
      group.groupId,
      [{ key: encodeConsumerGroupKey(group.groupId), value: Buffer.from(JSON.stringify(group.toSnapshot())) }],
      this.scheduler.now(),
    );
  }

  // ---------------------------------------------------------------- classic protocol

  async joinGroup(groupId: string, input: JoinInput): Promise<JoinResult> {
    await this.ready();
    return this.runDeferred(groupId, async () => {
      let group = this.groups.get(groupId);
      if (group instanceof ConsumerGroup) {
        if (!group.isEmpty) return failJoin(ErrorCode.InconsistentGroupProtocol, input.memberId);
        group = undefined;
      }
      if (!group || group.state === 'Dead') {
        if (input.memberId !== '') return failJoin(ErrorCode.UnknownMemberId, input.memberId);
        group = new ClassicGroup(groupId, this.classicHost);
        this.groups.set(groupId, group);
      }
      return group.join(input);
    });
  }

  async syncGroup(groupId: string, input: SyncInput): Promise<SyncResult> {
    await this.ready();
    return this.runDeferred(groupId, async () => {
      const group = this.groups.get(groupId);
      if (!(group instanceof ClassicGroup)) {
        return {
          errorCode: ErrorCode.UnknownMemberId,
          protocolType: null,
          protocolName: null,
          assignment: Buffer.alloc(0),
        };
      }
      return group.sync(input);
    });
  }

  async heartbeat(groupId: string, identity: MemberIdentity, generationId: number): Promise<ErrorCode> {
    await this.ready();
    return this.run(groupId, () => {
      const group = this.groups.get(groupId);
      if (!(group instanceof ClassicGroup)) return ErrorCode.UnknownMemberId;
      return group.heartbeat(identity, generationId);
    });
  }

  async leaveGroup(
    groupId: string,
    members: MemberIdentity[],
  ): Promise<{ errorCode: ErrorCode; members: ErrorCode[] }> {
    await this.ready();
    return this.run(groupId, () => {
      const group = this.groups.get(groupId);
      if (!(group instanceof ClassicGroup)) {
        // Kafka (GroupCoordinatorService.leaveGroup) answers an unknown group with NONE at the top and
        // UNKNOWN_MEMBER_ID per member; v0-2 carry the member's error at the top.
        return { errorCode: ErrorCode.None, members: members.map(() => ErrorCode.UnknownMemberId) };
      }
      return { errorCode: ErrorCode.None, members: members.map((m) => group.leave(m)) };
    });
  }

  // ---------------------------------------------------------------- KIP-848

  async consumerGroupHeartbeat(groupId: string, input: HeartbeatInput): Promise<HeartbeatResult> {
    await this.ready();
    if (groupId === '') throw new KafkaError(ErrorCode.InvalidRequest, "GroupId can't be empty.");
    ConsumerGroup.validate(input);
    return this.run(groupId, () => {
      let group = this.groups.get(groupId);
      if (group instanceof ClassicGroup) {
        if (!group.isEmpty || group.state === 'PreparingRebalance' || group.state === 'CompletingRebalance') {
          throw new KafkaError(ErrorCode.GroupIdNotFound, `Group ${groupId} is not a consumer group.`);
        }
        group = undefined;
      }
      if (!group || group.dead) {
        if (input.memberEpoch !== 0) {
          throw new KafkaError(ErrorCode.UnknownMemberId, `Group ${groupId} has no member ${input.memberId}.`);
        }
        group = new ConsumerGroup(groupId, this.consumerHost);
        this.groups.set(groupId, group);
      }
      return group.heartbeat(input);
    });
  }

  async consumerGroupDescribe(groupIds: string[]): Promise<(ConsumerGroup | ErrorCode)[]> {
    this.check();
    return Promise.all(
      groupIds.map((id) =>
        this.run(id, () => {
          if (id === '') return ErrorCode.InvalidGroupId;
          const group = this.groups.get(id);
          if (group instanceof ConsumerGroup && !group.dead) return group;
          return ErrorCode.GroupIdNotFound;
        }),
      ),
    );
  }

  // ---------------------------------------------------------------- offsets

  async commitOffsets(groupId: string, input: OffsetCommitInput): Promise<Map<string, ErrorCode>> {
    await this.ready();
    return this.run(groupId, () => {
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
        group = new ClassicGroup(groupId, this.classicHost);
        this.groups.set(groupId, group);
      }
      const code =
        group instanceof ClassicGroup
          ? group.validateCommit(
              { memberId: input.memberId, groupInstanceId: input.groupInstanceId },
              input.generationIdOrMemberEpoch,
            )
          : group.validateCommit(input.memberId, input.generationIdOrMemberEpoch, true);
      if (code !== ErrorCode.None) return all(code);
      const accepted = this.storeOffsets(groupId, input.topics, codes, input.retentionTimeMs, null);
      for (const [topic, partition, value] of accepted) this.offsets.set(groupId, topic, partition, value);
      return codes;
    });
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
  async fetchOffsets(
    groupId: string,
    topics: { name: string; partitions: number[] }[] | null,
    member?: { memberId: string | null; memberEpoch: number },
    requireStable = false,
  ): Promise<{ errorCode: ErrorCode; topics: { name: string; partitions: FetchedOffset[] }[] }> {
    this.check();
    return this.run(groupId, () => {
      const group = this.groups.get(groupId);
      if (member && member.memberId !== null && member.memberEpoch >= 0 && group instanceof ConsumerGroup) {
        const code = group.validateCommit(member.memberId, member.memberEpoch, false);
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
    });
  }

  /**
   * TxnOffsetCommit: the offsets are written now, as the producer's transactional batch, and kept pending
   * until the transaction's marker (`onTxnMarker`). Group checks as Kafka's doTxnCommitOffsets: a member id,
   * instance id or generation, when given, must match; generation -1 without a member is accepted (a
   * producer committing for a group it is not a member of).
   */
  async commitTxnOffsets(groupId: string, input: TxnOffsetCommitInput): Promise<Map<string, ErrorCode>> {
    await this.ready();
    return this.run(groupId, () => {
      const codes = new Map<string, ErrorCode>();
      const all = (code: ErrorCode) => {
        for (const t of input.topics) for (const p of t.partitions) codes.set(`${t.name}\0${p.partition}`, code);
        return codes;
      };
      let group = this.groups.get(groupId);
      if (!group) {
        if (input.generationId >= 0) return all(ErrorCode.IllegalGeneration);
        group = new ClassicGroup(groupId, this.classicHost);
        this.groups.set(groupId, group);
      }
      const code =
        group instanceof ClassicGroup
          ? group.validateTxnCommit(
              { memberId: input.memberId, groupInstanceId: input.groupInstanceId },
              input.generationId,
            )
          : input.generationId < 0 && input.memberId === ''
            ? ErrorCode.None
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
    });
  }

  /** The `__consumer_offsets` partition of a group (AddOffsetsToTxn adds it to the transaction). */
  partitionFor(groupId: string): number {
    return this.store.partitionFor(groupId);
  }

  /** A transaction marker reached `__consumer_offsets` partition `partition`: pending offsets commit or go. */
  onTxnMarker(partition: number, producerId: bigint, result: 'commit' | 'abort'): void {
    this.endTransaction(partition, producerId, result === 'commit');
  }

  private endTransaction(partition: number, producerId: bigint, commit: boolean): void {
    const ended = this.pendingTxnOffsets.complete(producerId, (g) => this.store.partitionFor(g) === partition, commit);
    for (const { group, topic, partition: p, value } of ended) {
      this.offsets.set(group, topic, p, value);
      if (this.loaded && !this.groups.has(group)) this.groups.set(group, new ClassicGroup(group, this.classicHost));
    }
  }

  async deleteOffsets(
    groupId: string,
    topics: { name: string; partitions: number[] }[],
  ): Promise<{ errorCode: ErrorCode; codes: Map<string, ErrorCode> }> {
    this.check();
    return this.run(groupId, () => {
      const codes = new Map<string, ErrorCode>();
      const group = this.groups.get(groupId);
      if (
        !group ||
        (group instanceof ClassicGroup && group.state === 'Dead') ||
        (group instanceof ConsumerGroup && group.dead)
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
    });
  }

  // ---------------------------------------------------------------- admin

  async describeGroups(groupIds: string[]): Promise<DescribedClassicGroup[]> {
    this.check();
    return Promise.all(groupIds.map((id) => this.run(id, () => this.describeOne(id))));
  }

  private describeOne(groupId: string): DescribedClassicGroup {
    const none: DescribedClassicGroup = {
      errorCode: ErrorCode.None,
      groupId,
      state: 'Dead',
      protocolType: '',
      protocolData: '',
      members: [],
    };
    const group = this.groups.get(groupId);
    if (!group) return none;
    if (group instanceof ConsumerGroup) {
      return { ...none, errorCode: ErrorCode.GroupIdNotFound };
    }
    const stable = group.state === 'Stable';
    return {
      errorCode: ErrorCode.None,
      groupId,
      state: group.state,
      protocolType: group.protocolType ?? '',
      protocolData: stable ? (group.protocolName ?? '') : '',
      members: [...group.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        metadata: stable ? m.metadataFor(group.protocolName) : Buffer.alloc(0),
        assignment: stable ? m.assignment : Buffer.alloc(0),
      })),
    };
  }

  listGroups(states: string[], types: string[]): ListedGroup[] {
    this.check();
    const wantStates = new Set(states.map((s) => s.toLowerCase()));
    const wantTypes = new Set(types.map((s) => s.toLowerCase()));
    const out: ListedGroup[] = [];
    for (const [groupId, group] of this.groups) {
      const listed: ListedGroup =
        group instanceof ClassicGroup
          ? { groupId, protocolType: group.protocolType ?? '', state: group.state, type: 'classic' }
          : { groupId, protocolType: 'consumer', state: group.state, type: 'consumer' };
      if (listed.state === 'Dead') continue;
      if (wantStates.size > 0 && !wantStates.has(listed.state.toLowerCase())) continue;
      if (wantTypes.size > 0 && !wantTypes.has(listed.type)) continue;
      out.push(listed);
    }
    return out;
  }

  async deleteGroups(groupIds: string[]): Promise<ErrorCode[]> {
    await this.ready();
    return Promise.all(groupIds.map((id) => this.run(id, () => this.deleteOne(id))));
  }

  private deleteOne(groupId: string): ErrorCode {
    const group = this.groups.get(groupId);
    if (!group || (group instanceof ClassicGroup && group.state === 'Dead')) return ErrorCode.GroupIdNotFound;
    if (!group.isEmpty || (group instanceof ClassicGroup && group.state !== 'Empty')) return ErrorCode.NonEmptyGroup;
    const records = [
      ...this.offsets.tombstones(groupId),
      { key: group instanceof ClassicGroup ? encodeGroupKey(groupId) : encodeConsumerGroupKey(groupId), value: null },
    ];
    try {
      this.store.append(groupId, records, this.scheduler.now());
    } catch {
      return ErrorCode.CoordinatorNotAvailable;
    }
    this.offsets.dropGroup(groupId);
    this.pendingTxnOffsets.dropGroup(groupId);
    group.markDead();
    this.groups.delete(groupId);
    this.log.info('group deleted', { group: groupId });
    return ErrorCode.None;
  }

  /** The group object (tests and admin views; not a stable API). */
  group(groupId: string): Group | undefined {
    return this.groups.get(groupId);
  }

  // ---------------------------------------------------------------- retention

  private scheduleRetention(): void {
    if (this.closed) return;
    this.retentionTimer = this.scheduler.schedule(this.config.offsetsRetentionCheckIntervalMs, () => {
      void this.expireOffsets().finally(() => this.scheduleRetention());
    });
  }

  /**
   * offsets.retention.minutes (KIP-211): offsets of a group without members expire that long after the group
   * became empty (or after the commit, if later); an explicit expiry (OffsetCommit v2-4) wins. An empty group
   * left without offsets is deleted.
   */
  async expireOffsets(): Promise<number> {
    let expired = 0;
    for (const groupId of [...new Set([...this.groups.keys(), ...this.offsets.groupIds()])]) {
      expired += await this.run(groupId, () => {
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
            key: group instanceof ClassicGroup ? encodeGroupKey(groupId) : encodeConsumerGroupKey(groupId),
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
          this.groups.delete(groupId);
        }
        if (gone.length > 0) this.log.info('expired offsets', { group: groupId, partitions: gone.length });
        return gone.length;
      });
    }
    return expired;
  }

  private countOffsets(groupId: string): number {
    let n = 0;
    for (const partitions of this.offsets.of(groupId).values()) n += partitions.size;
    return n;
  }
}

function failJoin(errorCode: ErrorCode, memberId: string): JoinResult {
  return {
    errorCode,
    generationId: -1,
    protocolType: null,
    protocolName: null,
    leader: '',
    memberId,
    skipAssignment: false,
    members: [],
  };
}

/** Topic names of a consumer-protocol subscription, or null if it cannot be read. */
export function subscriptionTopics(metadata: Buffer): string[] | null {
  try {
    return decodeVersionPrefixed(ConsumerProtocolSubscriptionCodec, metadata).value.topics;
  } catch {
    return null;
  }
}

/** A TopicLookup over any source of (name, id, partition count). */
export function topicLookup(source: {
  get(name: string): { name: string; topicId: string; partitionCount: number } | undefined;
  getById(id: string): { name: string; topicId: string; partitionCount: number } | undefined;
  all(): { name: string; topicId: string; partitionCount: number }[];
}): TopicLookup {
  const view = (t: { name: string; topicId: string; partitionCount: number } | undefined): AssignorTopic | undefined =>
    t ? { name: t.name, topicId: t.topicId, partitions: t.partitionCount } : undefined;
  return {
    byName: (name) => view(source.get(name)),
    byId: (id) => view(source.getById(id)),
    all: () => source.all().map((t) => view(t)!),
  };
}
