/**
 * The group coordinator of this broker: classic groups (classic-group.ts), KIP-848 consumer groups
 * (consumer-group.ts), share groups (share-group.ts), streams groups (streams-group.ts) and committed offsets
 * (offset-manager.ts), persisted in `__consumer_offsets` (group-log.ts).
 *
 * Every operation on a group runs in that group's queue, one at a time, and runs to completion
 * synchronously: timers (session, rebalance, sync, revocation) enqueue their work in the same queue, so a
 * group never sees interleaved operations. Responses that must wait (JoinGroup until the rebalance completes,
 * a follower's SyncGroup until the leader's) are promises the state machine resolves later; the queue does not
 * wait for them.
 */
import { groupTimings } from '../config/group-configs';
import { ErrorCode, KafkaError } from '../errors';
import { type CoordinatorPartitions, coordinatorWriteError } from '../topics/coordinator-partitions';
import { awaitCoordinatorReady, checkCoordinatorState } from '../topics/coordinator-readiness';
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
import type { Assignment } from './assignors';
import type { GroupLog, LoadedRecord } from './group-log';
import {
  type FetchedOffset,
  type OffsetCommitInput,
  OffsetManager,
  subscriptionTopics,
  type TxnOffsetCommitInput,
} from './offset-manager';
import type { OffsetStore } from './offsets';
import {
  decodeGroupValue,
  decodeKey,
  decodeOffsetValue,
  encodeGroupKey,
  encodeGroupValue,
  groupRecordKey,
} from './records';
import type { Scheduler, Timer } from './scheduler';
import { ShareGroup, type ShareHeartbeatInput, type ShareHeartbeatResult } from './share-group';
import {
  StreamsGroup,
  type StreamsGroupSettings,
  type StreamsHeartbeatInput,
  type StreamsHeartbeatResult,
} from './streams-group';
import type { PendingTxnOffsets } from './txn-offsets';

export type Group = ClassicGroup | ConsumerGroup | ShareGroup | StreamsGroup;

/** The kind of group each snapshot key holds. */
const SNAPSHOT_KINDS = {
  'consumer-group': 'consumer',
  'share-group': 'share',
  'streams-group': 'streams',
} as const;

/**
 * The share-partitions' state, kept by the share coordinator side (src/share/): a share group's assigned partitions
 * are initialized there, and a deleted group's state goes with it.
 */
export interface ShareStateAccess {
  initialize(groupId: string, assignment: Assignment): void;
  /** Deletes a group's share-partition state; throws when it could not be stored. */
  deleteGroup(groupId: string): void;
}

// The offsets side lives in offset-manager.ts; its request shapes stay importable from here.
export type {
  FetchedOffset,
  OffsetCommitInput,
  OffsetCommitPartition,
  TxnOffsetCommitInput,
} from './offset-manager';
export { subscriptionTopics };

export interface CoordinatorLogger {
  info(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
  debug(msg: string, meta?: object): void;
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
  type: 'classic' | 'consumer' | 'share' | 'streams';
}

interface Box<T> {
  value: T;
}

export class GroupCoordinator {
  private readonly groups = new Map<string, Group>();
  /** Commits, fetches, transactional offsets, deletion and retention of offsets (offset-manager.ts). */
  private readonly offsetManager: OffsetManager;
  readonly offsets: OffsetStore;
  /** TxnOffsetCommit offsets waiting for their transaction's marker (txn-offsets.ts). */
  readonly pendingTxnOffsets: PendingTxnOffsets;
  private readonly queues = new Map<string, Promise<void>>();
  private retentionTimer: Timer | null = null;
  private loaded = false;
  private closed = false;

  /** Open and done replaying `__consumer_offsets` (the broker's /ready waits for it). */
  get isLoaded(): boolean {
    return this.loaded && !this.closed;
  }
  private readonly classicHost;
  private readonly consumerHost;
  private readonly shareHost;
  private readonly streamsHost;
  /** The share-partitions' state (src/share/); the broker sets it, none until then (tests of the group side). */
  shareState: ShareStateAccess = { initialize: () => {}, deleteGroup: () => {} };
  /**
   * A group's own configs (the GROUP config resource: a single node's file, a KRaft cluster's metadata log), read
   * at each heartbeat; the broker sets it, none until then.
   */
  groupConfigs: (groupId: string) => ReadonlyMap<string, string> = () => new Map();

  constructor(
    readonly config: GroupConfig,
    private readonly store: GroupLog,
    readonly scheduler: Scheduler,
    private readonly log: CoordinatorLogger,
    topics: TopicLookup,
    /**
     * A KRaft cluster's: the `__consumer_offsets` partitions this broker leads (loaded on election, unloaded
     * on resignation); null on a single node, which coordinates every group from start-up.
     */
    private readonly owned: CoordinatorPartitions | null = null,
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
      timings: (groupId: string) =>
        groupTimings(this.groupConfigs(groupId), {
          sessionTimeoutMs: config.consumerSessionTimeoutMs,
          heartbeatIntervalMs: config.consumerHeartbeatIntervalMs,
        }),
      enqueue,
      persist: (g: ConsumerGroup) => this.persistSnapshot(g),
      log,
    };
    this.shareHost = {
      scheduler,
      config,
      topics,
      timings: (groupId: string) =>
        groupTimings(
          this.groupConfigs(groupId),
          { sessionTimeoutMs: config.shareSessionTimeoutMs, heartbeatIntervalMs: config.shareHeartbeatIntervalMs },
          'share',
        ),
      enqueue,
      persist: (g: ShareGroup) => this.persistSnapshot(g),
      initializePartitions: (groupId: string, assignment: Assignment) =>
        this.shareState.initialize(groupId, assignment),
      log,
    };
    this.streamsHost = {
      scheduler,
      config,
      topics,
      settings: (groupId: string) => this.streamsSettings(groupId),
      enqueue,
      persist: (g: StreamsGroup) => this.persistSnapshot(g),
      log,
    };
    this.offsetManager = new OffsetManager(
      config,
      store,
      scheduler,
      {
        get: (groupId) => {
          const group = this.groups.get(groupId);
          return group instanceof ShareGroup ? undefined : group;
        },
        createClassic: (groupId) => {
          const group = new ClassicGroup(groupId, this.classicHost);
          this.groups.set(groupId, group);
          return group;
        },
        remove: (groupId) => this.groups.delete(groupId),
      },
      log,
    );
    this.offsets = this.offsetManager.offsets;
    this.pendingTxnOffsets = this.offsetManager.pendingTxnOffsets;
  }

  // ---------------------------------------------------------------- lifecycle

  /** Replays `__consumer_offsets` (start-up); until it finishes, requests get COORDINATOR_LOAD_IN_PROGRESS. */
  async load(): Promise<void> {
    // In a cluster partitions load as this broker is elected their leader (loadPartition).
    if (this.owned) {
      this.loaded = true;
      this.scheduleRetention();
      return;
    }
    const { records, offsets } = await this.replay();
    this.loaded = true;
    this.scheduleRetention();
    this.log.info('group coordinator loaded', { groups: this.groups.size, records, offsets });
  }

  /** Replays the log (one partition, or all of it) into memory and starts the loaded groups' timers. */
  private async replay(partition?: number): Promise<{ records: number; offsets: number }> {
    const records = await this.store.load(partition);
    if (this.closed) return { records: 0, offsets: 0 };
    const mine = (groupId: string) => partition === undefined || this.store.partitionFor(groupId) === partition;
    let offsets = 0;
    for (const record of records) {
      try {
        if (this.apply(record)) offsets++;
      } catch (error) {
        this.log.warn('skipped an unreadable __consumer_offsets record', { error: (error as Error).message });
      }
    }
    for (const groupId of this.offsets.groupIds()) {
      if (mine(groupId) && !this.groups.has(groupId)) {
        this.groups.set(groupId, new ClassicGroup(groupId, this.classicHost));
      }
    }
    for (const [groupId, group] of this.groups) if (mine(groupId)) group.startTimers();
    return { records: records.length, offsets };
  }

  /**
   * This broker became the leader of `__consumer_offsets` partition `partition` (Kafka's onElection): its
   * groups and offsets are loaded from the log; meanwhile their requests get COORDINATOR_LOAD_IN_PROGRESS.
   */
  onElection(partition: number, epoch: number): Promise<void> {
    if (!this.owned) return Promise.resolve();
    return this.owned.elect(partition, epoch, async () => {
      this.unload(partition); // anything left from an earlier term is stale
      await this.replay(partition);
    });
  }

  /** This broker no longer leads `partition` (Kafka's onResignation): its groups go, NOT_COORDINATOR after. */
  onResignation(partition: number): Promise<void> {
    if (!this.owned) return Promise.resolve();
    return this.owned.resign(partition, () => this.unload(partition));
  }

  private unload(partition: number): void {
    const mine = (groupId: string) => this.store.partitionFor(groupId) === partition;
    for (const [groupId, group] of this.groups) {
      if (!mine(groupId)) continue;
      group.shutdown();
      this.groups.delete(groupId);
    }
    for (const groupId of this.offsets.groupIds()) if (mine(groupId)) this.offsets.dropGroup(groupId);
    this.pendingTxnOffsets.dropWhere(mine);
  }

  /** Applies one stored record; true for an offset. */
  private apply(record: LoadedRecord): boolean {
    if (record.marker) {
      this.offsetManager.endTransaction(record.partition, record.producerId, record.marker === 'commit');
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
    // A KIP-848, share or streams group: one JSON snapshot per group (records.ts), a tombstone when deleted.
    const kind = SNAPSHOT_KINDS[key.type];
    const existing = this.groups.get(key.group);
    if (record.value === null) {
      if (existing?.kind === kind) this.groups.delete(key.group);
      return false;
    }
    const group = existing?.kind === kind ? existing : this.createModernGroup(kind, key.group);
    (group as { restore(snapshot: unknown): void }).restore(JSON.parse(record.value.toString('utf8')));
    this.groups.set(key.group, group);
    return false;
  }

  private createModernGroup(kind: 'consumer' | 'share' | 'streams', groupId: string): Group {
    switch (kind) {
      case 'consumer':
        return new ConsumerGroup(groupId, this.consumerHost);
      case 'share':
        return new ShareGroup(groupId, this.shareHost);
      case 'streams':
        return new StreamsGroup(groupId, this.streamsHost);
    }
  }

  close(): void {
    this.closed = true;
    this.retentionTimer?.cancel();
    for (const g of this.groups.values()) g.shutdown();
  }

  /** Open, loaded, and (in a cluster) the group's partition led and loaded here. */
  private check(groupId?: string): void {
    checkCoordinatorState({ closed: this.closed, loaded: this.loaded });
    if (this.owned && groupId !== undefined) this.owned.check(this.store.partitionFor(groupId));
  }

  /** check(), and the store writable (the first group request creates `__consumer_offsets`). */
  private ready(groupId: string): Promise<void> {
    return awaitCoordinatorReady(() => this.check(groupId), this.store, '__consumer_offsets', this.log);
  }

  /**
   * NONE once the group's records written so far are replicated (acks=all: Kafka's coordinators answer after
   * the high watermark passed their write), else the code Kafka's coordinators answer a failed write with.
   */
  private async replicated(groupId: string): Promise<ErrorCode> {
    if (!this.store.replicated) return ErrorCode.None;
    return coordinatorWriteError(await this.store.replicated(groupId));
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

  /** A KIP-848, share or streams group's snapshot, under its kind's key (records.ts). */
  private persistSnapshot(group: ConsumerGroup | ShareGroup | StreamsGroup): void {
    this.store.append(
      group.groupId,
      [{ key: groupRecordKey(group.kind, group.groupId), value: Buffer.from(JSON.stringify(group.toSnapshot())) }],
      this.scheduler.now(),
    );
  }

  /** A streams group's settings in force: its own configs (the GROUP resource), else the broker's. */
  private streamsSettings(groupId: string): StreamsGroupSettings {
    const overrides = this.groupConfigs(groupId);
    const timings = groupTimings(
      overrides,
      {
        sessionTimeoutMs: this.config.streamsSessionTimeoutMs,
        heartbeatIntervalMs: this.config.streamsHeartbeatIntervalMs,
      },
      'streams',
    );
    const own = (name: string, broker: number) => {
      const value = overrides.get(name);
      return value === undefined ? broker : Number(value);
    };
    return {
      ...timings,
      numStandbyReplicas: own('streams.num.standby.replicas', this.config.streamsNumStandbyReplicas),
      initialRebalanceDelayMs: own('streams.initial.rebalance.delay.ms', this.config.streamsInitialRebalanceDelayMs),
      assignmentIntervalMs: own('streams.assignment.interval.ms', this.config.streamsAssignmentIntervalMs),
      rackAwareAssignmentTags:
        overrides.get('streams.rack.aware.assignment.tags')?.split(',').filter(Boolean) ??
        this.config.streamsRackAwareAssignmentTags,
    };
  }

  /** A share group's id is refused by the APIs of the other group types (Kafka's "is not a consumer group"). */
  private refuseShareGroup(groupId: string): void {
    if (this.groups.get(groupId) instanceof ShareGroup) {
      throw new KafkaError(ErrorCode.GroupIdNotFound, `Group ${groupId} is not a consumer group.`);
    }
  }

  // ---------------------------------------------------------------- classic protocol

  async joinGroup(groupId: string, input: JoinInput): Promise<JoinResult> {
    await this.ready(groupId);
    return this.runDeferred(groupId, async () => {
      let group = this.groups.get(groupId);
      if (group instanceof ShareGroup) return failJoin(ErrorCode.InconsistentGroupProtocol, input.memberId);
      if (group instanceof ConsumerGroup || group instanceof StreamsGroup) {
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
    await this.ready(groupId);
    const result = await this.syncInQueue(groupId, input);
    // The leader's SyncGroup wrote the generation's assignment: answered once it is replicated.
    const code = result.errorCode === ErrorCode.None ? await this.replicated(groupId) : ErrorCode.None;
    return code === ErrorCode.None ? result : { ...result, errorCode: code, assignment: Buffer.alloc(0) };
  }

  private syncInQueue(groupId: string, input: SyncInput): Promise<SyncResult> {
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
    await this.ready(groupId);
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
    await this.ready(groupId);
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
    await this.ready(groupId);
    ConsumerGroup.validate(groupId, input, this.consumerHost.config.consumerAssignors);
    const result = await this.run(groupId, () => {
      let group = this.groups.get(groupId);
      this.refuseShareGroup(groupId);
      if (group instanceof StreamsGroup) {
        throw new KafkaError(ErrorCode.GroupIdNotFound, `Group ${groupId} is not a consumer group.`);
      }
      if (group instanceof ClassicGroup) {
        if (!group.isEmpty || group.state === 'PreparingRebalance' || group.state === 'CompletingRebalance') {
          throw new KafkaError(ErrorCode.GroupIdNotFound, `Group ${groupId} is not a consumer group.`);
        }
        group = undefined;
      }
      if (!group || group.dead) {
        // Kafka 4.4's GroupMetadataManager: a leave looks the group up (consumerGroup), a heartbeat past epoch 0
        // would have created it (getOrMaybeCreateConsumerGroup); each names a missing group its own way.
        if (input.memberEpoch < 0) throw new KafkaError(ErrorCode.GroupIdNotFound, `Group ${groupId} not found.`);
        if (input.memberEpoch !== 0) {
          throw new KafkaError(ErrorCode.GroupIdNotFound, `Consumer group ${groupId} not found.`);
        }
        group = new ConsumerGroup(groupId, this.consumerHost);
        this.groups.set(groupId, group);
      }
      return group.heartbeat(input);
    });
    const code = await this.replicated(groupId);
    if (code !== ErrorCode.None) throw new KafkaError(code);
    return result;
  }

  // ---------------------------------------------------------------- share groups (KIP-932)

  async shareGroupHeartbeat(groupId: string, input: ShareHeartbeatInput): Promise<ShareHeartbeatResult> {
    await this.ready(groupId);
    ShareGroup.validate(groupId, input);
    const result = await this.run(groupId, () => {
      let group = this.groups.get(groupId);
      if (group !== undefined && !(group instanceof ShareGroup)) {
        throw new KafkaError(ErrorCode.GroupIdNotFound, `Group ${groupId} is not a share group.`);
      }
      if (!group || group.dead) {
        if (input.memberEpoch !== 0) {
          throw new KafkaError(
            ErrorCode.GroupIdNotFound,
            input.memberEpoch < 0 ? `Group ${groupId} not found.` : `Share group ${groupId} not found.`,
          );
        }
        group = new ShareGroup(groupId, this.shareHost);
        this.groups.set(groupId, group);
      }
      return group.heartbeat(input);
    });
    const code = await this.replicated(groupId);
    if (code !== ErrorCode.None) throw new KafkaError(code);
    return result;
  }

  // ---------------------------------------------------------------- streams groups (KIP-1071)

  async streamsGroupHeartbeat(
    groupId: string,
    input: StreamsHeartbeatInput,
    sourceTopicRegexes: boolean,
  ): Promise<StreamsHeartbeatResult> {
    await this.ready(groupId);
    StreamsGroup.validate(groupId, input, sourceTopicRegexes);
    const result = await this.run(groupId, () => {
      let group = this.groups.get(groupId);
      const joining = input.memberEpoch === 0;
      // Joining turns an empty classic group into a streams group (Kafka converts it); any other kind is refused.
      if (group instanceof ClassicGroup && joining && group.isEmpty && group.state !== 'PreparingRebalance') {
        group = undefined;
      }
      if (group !== undefined && !(group instanceof StreamsGroup)) {
        throw new KafkaError(ErrorCode.GroupIdNotFound, `Group ${groupId} is not a streams group.`);
      }
      if (!group || group.dead) {
        if (!joining) {
          throw new KafkaError(
            ErrorCode.GroupIdNotFound,
            input.memberEpoch < 0 ? `Group ${groupId} not found.` : `Streams group ${groupId} not found.`,
          );
        }
        group = new StreamsGroup(groupId, this.streamsHost);
        this.groups.set(groupId, group);
      }
      return group.heartbeat(input);
    });
    const code = await this.replicated(groupId);
    if (code !== ErrorCode.None) throw new KafkaError(code);
    return result;
  }

  /** Each group id's streams group, or the error StreamsGroupDescribe answers with its message. */
  streamsGroupDescribe(groupIds: string[]): Promise<(StreamsGroup | KafkaError)[]> {
    return this.describeOfKind(groupIds, StreamsGroup, 'streams');
  }

  /** Each group id's share group, or the error ShareGroupDescribe answers with its message. */
  shareGroupDescribe(groupIds: string[]): Promise<(ShareGroup | KafkaError)[]> {
    return this.describeOfKind(groupIds, ShareGroup, 'share');
  }

  /** ShareGroupDescribe's and StreamsGroupDescribe's lookup: each id's group of that kind, or Kafka's refusal. */
  private async describeOfKind<G extends ShareGroup | StreamsGroup>(
    groupIds: string[],
    kind: new (...args: never[]) => G,
    name: string,
  ): Promise<(G | KafkaError)[]> {
    this.check();
    return Promise.all(
      groupIds.map((id) =>
        this.run(id, () => {
          if (id === '') return new KafkaError(ErrorCode.InvalidGroupId);
          const group = this.groups.get(id);
          if (group instanceof kind && !group.dead) return group;
          if (group === undefined || (group instanceof ClassicGroup && group.state === 'Dead')) {
            return new KafkaError(ErrorCode.GroupIdNotFound, `Group ${id} not found.`);
          }
          return new KafkaError(ErrorCode.GroupIdNotFound, `Group ${id} is not a ${name} group.`);
        }),
      ),
    );
  }

  /**
   * Runs `change` (to the group's share-partition state) in the share group's queue once the group is known to be
   * a share group without members, as Kafka's AlterShareGroupOffsets (`create`: an unknown group is created) and
   * DeleteShareGroupOffsets check it. Throws KafkaError with Kafka's words.
   */
  async changeShareGroupOffsets<T>(groupId: string, create: boolean, change: () => T): Promise<T> {
    await this.ready(groupId);
    return this.run(groupId, () => {
      let group = this.groups.get(groupId);
      if (group !== undefined && !(group instanceof ShareGroup)) {
        throw new KafkaError(ErrorCode.GroupIdNotFound, `Group ${groupId} is not a share group.`);
      }
      if (!group || group.dead) {
        if (!create) throw new KafkaError(ErrorCode.GroupIdNotFound, `Group ${groupId} not found.`);
        group = new ShareGroup(groupId, this.shareHost);
        this.groups.set(groupId, group);
        this.persistSnapshot(group);
      }
      if (!group.isEmpty) throw new KafkaError(ErrorCode.NonEmptyGroup, 'The group is not empty.');
      return change();
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
    await this.ready(groupId);
    return this.acknowledged(
      groupId,
      await this.run(groupId, () => {
        this.refuseShareGroup(groupId);
        return this.offsetManager.commit(groupId, input);
      }),
    );
  }

  /** Per-partition answers of a commit, turned into the write's error when it was not replicated. */
  private async acknowledged(groupId: string, codes: Map<string, ErrorCode>): Promise<Map<string, ErrorCode>> {
    const code = await this.replicated(groupId);
    if (code !== ErrorCode.None) for (const [key, c] of codes) if (c === ErrorCode.None) codes.set(key, code);
    return codes;
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
    this.check(groupId);
    return this.run(groupId, () => {
      this.refuseShareGroup(groupId);
      return this.offsetManager.fetch(groupId, topics, member, requireStable);
    });
  }

  /** TxnOffsetCommit: written now as the producer's transactional batch, pending until its marker. */
  async commitTxnOffsets(groupId: string, input: TxnOffsetCommitInput): Promise<Map<string, ErrorCode>> {
    await this.ready(groupId);
    return this.acknowledged(
      groupId,
      await this.run(groupId, () => {
        this.refuseShareGroup(groupId);
        return this.offsetManager.commitTxn(groupId, input);
      }),
    );
  }

  /** Creates `__consumer_offsets` if it does not exist yet (FindCoordinator in a cluster asks for it). */
  prepareStore(): Promise<void> {
    return this.store.prepare();
  }

  /** The `__consumer_offsets` partition of a group (AddOffsetsToTxn adds it to the transaction). */
  partitionFor(groupId: string): number {
    return this.store.partitionFor(groupId);
  }

  /** A transaction marker reached `__consumer_offsets` partition `partition`: pending offsets commit or go. */
  onTxnMarker(partition: number, producerId: bigint, result: 'commit' | 'abort'): void {
    for (const group of this.offsetManager.endTransaction(partition, producerId, result === 'commit')) {
      if (this.loaded && !this.groups.has(group)) this.groups.set(group, new ClassicGroup(group, this.classicHost));
    }
  }

  async deleteOffsets(
    groupId: string,
    topics: { name: string; partitions: number[] }[],
  ): Promise<{ errorCode: ErrorCode; codes: Map<string, ErrorCode> }> {
    this.check(groupId);
    return this.run(groupId, () => {
      this.refuseShareGroup(groupId);
      return this.offsetManager.delete(groupId, topics);
    });
  }

  // ---------------------------------------------------------------- admin

  async describeGroups(groupIds: string[]): Promise<DescribedClassicGroup[]> {
    this.check();
    return Promise.all(groupIds.map((id) => this.run(id, () => this.describeOne(id))));
  }

  private describeOne(groupId: string): DescribedClassicGroup {
    if (this.owned) {
      try {
        this.owned.check(this.store.partitionFor(groupId));
      } catch (error) {
        return {
          errorCode: (error as KafkaError).code,
          groupId,
          state: '',
          protocolType: '',
          protocolData: '',
          members: [],
        };
      }
    }
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
    if (!(group instanceof ClassicGroup)) {
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
          : { groupId, protocolType: group.kind, state: group.state, type: group.kind };
      if (listed.state === 'Dead') continue;
      // Kafka compares a filter lower-cased with each state's lower-case name, which for NotReady is not_ready.
      const stateName = listed.state === 'NotReady' ? 'not_ready' : listed.state.toLowerCase();
      if (wantStates.size > 0 && !wantStates.has(stateName)) continue;
      if (wantTypes.size > 0 && !wantTypes.has(listed.type)) continue;
      out.push(listed);
    }
    return out;
  }

  async deleteGroups(groupIds: string[]): Promise<ErrorCode[]> {
    checkCoordinatorState({ closed: this.closed, loaded: this.loaded });
    return Promise.all(
      groupIds.map(async (id) => {
        try {
          await this.ready(id);
        } catch (error) {
          if (error instanceof KafkaError) return error.code;
          throw error;
        }
        const code = await this.run(id, () => this.deleteOne(id));
        return code === ErrorCode.None ? this.replicated(id) : code;
      }),
    );
  }

  private deleteOne(groupId: string): ErrorCode {
    const group = this.groups.get(groupId);
    if (!group || (group instanceof ClassicGroup && group.state === 'Dead')) return ErrorCode.GroupIdNotFound;
    if (!group.isEmpty || (group instanceof ClassicGroup && group.state !== 'Empty')) return ErrorCode.NonEmptyGroup;
    const records = [...this.offsets.tombstones(groupId), { key: groupRecordKey(group.kind, groupId), value: null }];
    try {
      // A share group's share-partition state goes first (Kafka's deleteShareGroups before the group's tombstones).
      if (group instanceof ShareGroup) this.shareState.deleteGroup(groupId);
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

  /** offsets.retention.minutes (KIP-211), group by group in each group's queue (OffsetManager.expire). */
  async expireOffsets(): Promise<number> {
    let expired = 0;
    for (const groupId of [...new Set([...this.groups.keys(), ...this.offsets.groupIds()])]) {
      // Share groups commit no offsets and never expire (Kafka's ShareGroup.shouldExpire).
      if (this.groups.get(groupId) instanceof ShareGroup) continue;
      expired += await this.run(groupId, () => this.offsetManager.expire(groupId));
    }
    return expired;
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
