/**
 * One KIP-848 consumer group (ConsumerGroupHeartbeat), after Kafka's GroupMetadataManager and
 * CurrentAssignmentBuilder: a group epoch bumped on every membership / subscription / topic metadata change,
 * a target assignment computed by a server-side assignor at that epoch, and per-member incremental
 * reconciliation: a member first revokes what it must give up (staying at its epoch, UNREVOKED_PARTITIONS),
 * then moves to the target epoch and receives partitions no other member still holds
 * (UNRELEASED_PARTITIONS until they are free). A partition is therefore never owned by two members.
 */
import { randomUUID } from 'node:crypto';
import { ErrorCode, KafkaError } from '../errors';
import { RegexSyntaxError, wholeNameRegex } from '../kafka-regex';
import { ASSIGNORS, type Assignment, type AssignorTopic } from './assignors';
import type { GroupConfig } from './config';
import type { Scheduler, Timer } from './scheduler';

export type MemberState = 'STABLE' | 'UNREVOKED_PARTITIONS' | 'UNRELEASED_PARTITIONS';
export type ConsumerGroupState = 'Empty' | 'Assigning' | 'Reconciling' | 'Stable' | 'Dead';

export const LEAVE_GROUP_MEMBER_EPOCH = -1;
export const LEAVE_GROUP_STATIC_MEMBER_EPOCH = -2;

export interface OwnedPartitions {
  topicId: string;
  partitions: number[];
}

export interface HeartbeatInput {
  memberId: string;
  memberEpoch: number;
  instanceId: string | null;
  rackId: string | null;
  rebalanceTimeoutMs: number;
  subscribedTopicNames: string[] | null;
  subscribedTopicRegex: string | null;
  serverAssignor: string | null;
  ownedTopicPartitions: OwnedPartitions[] | null;
  clientId: string;
  clientHost: string;
  /**
   * The request's version: from v1 the client makes up its member id (KIP-1082) and an empty one is refused; a
   * caller that does not say (tests, in-process) is a v0 client, whose first heartbeat gets an id from the group.
   */
  apiVersion?: number;
}

export interface HeartbeatResult {
  memberId: string;
  memberEpoch: number;
  heartbeatIntervalMs: number;
  /** null = unchanged since the last response */
  assignment: OwnedPartitions[] | null;
}

/** The topics a group can see: name -> id and partition count (from the broker's topic registry). */
export interface TopicLookup {
  byName(name: string): AssignorTopic | undefined;
  byId(topicId: string): AssignorTopic | undefined;
  all(): AssignorTopic[];
}

export interface ConsumerGroupHost {
  readonly scheduler: Scheduler;
  readonly config: GroupConfig;
  readonly topics: TopicLookup;
  /** The group's session timeout and heartbeat interval: its own configs (the GROUP resource), else the broker's. */
  timings(groupId: string): { sessionTimeoutMs: number; heartbeatIntervalMs: number };
  enqueue(groupId: string, task: () => void): void;
  /** Persists the group's snapshot; throws when it could not be stored. */
  persist(group: ConsumerGroup): void;
  log: { info(msg: string, meta?: object): void; debug(msg: string, meta?: object): void };
}

export class ConsumerMember {
  memberEpoch = 0;
  previousMemberEpoch = -1;
  state: MemberState = 'STABLE';
  assigned: Assignment = new Map();
  pendingRevocation: Assignment = new Map();
  subscribedTopicNames: string[] = [];
  subscribedTopicRegex: string | null = null;
  serverAssignor: string | null = null;
  rackId: string | null = null;
  rebalanceTimeoutMs = 300000;
  sessionTimer: Timer | null = null;
  revocationTimer: Timer | null = null;

  constructor(
    public memberId: string,
    readonly instanceId: string | null,
    public clientId: string,
    public clientHost: string,
  ) {}
}

export function cloneAssignment(a: Assignment): Assignment {
  return new Map([...a].map(([t, s]) => [t, new Set(s)]));
}

export function assignmentEquals(a: Assignment, b: Assignment): boolean {
  const nonEmpty = (m: Assignment) => [...m].filter(([, s]) => s.size > 0);
  const x = nonEmpty(a);
  const y = nonEmpty(b);
  if (x.length !== y.length) return false;
  for (const [t, s] of x) {
    const other = b.get(t);
    if (!other || other.size !== s.size) return false;
    for (const p of s) if (!other.has(p)) return false;
  }
  return true;
}

export function toOwned(a: Assignment): OwnedPartitions[] {
  return [...a]
    .filter(([, s]) => s.size > 0)
    .map(([topicId, s]) => ({ topicId, partitions: [...s].sort((x, y) => x - y) }));
}

function fromOwned(owned: OwnedPartitions[]): Assignment {
  return new Map(owned.map((t) => [t.topicId, new Set(t.partitions)]));
}

/** INVALID_REQUEST with Kafka's words (the heartbeat checks of KIP-848 and share groups). */
export function invalid(message: string): KafkaError {
  return new KafkaError(ErrorCode.InvalidRequest, message);
}

/**
 * What a modern group's assignment depends on in the metadata: each subscribed topic's id and partition count (a
 * change bumps the group epoch, as Kafka's subscription metadata hash does).
 */
export function subscriptionMetadataHash(names: Iterable<string>, topics: TopicLookup): string {
  return [...names]
    .sort()
    .map((n) => {
      const t = topics.byName(n);
      return t ? `${n}:${t.topicId}:${t.partitions}` : `${n}:-`;
    })
    .join(',');
}

export class ConsumerGroup {
  readonly kind = 'consumer';
  /**
   * A new group starts at epoch 1 with no target assignment yet (epoch 0), as Kafka 4.4's ModernGroup: its first
   * member subscribing to topics bumps it to 2, one with no subscription takes epoch 1.
   */
  groupEpoch = 1;
  assignmentEpoch = 0;
  readonly members = new Map<string, ConsumerMember>();
  /** Target assignment at assignmentEpoch, per member. */
  readonly target = new Map<string, Assignment>();
  /** instance id -> member id */
  readonly staticMembers = new Map<string, string>();
  private metadataHash = '';
  dead = false;
  stateTimestamp: number;

  constructor(
    readonly groupId: string,
    private readonly host: ConsumerGroupHost,
  ) {
    this.stateTimestamp = host.scheduler.now();
  }

  get state(): ConsumerGroupState {
    if (this.dead) return 'Dead';
    if (this.members.size === 0) return 'Empty';
    if (this.groupEpoch > this.assignmentEpoch) return 'Assigning';
    for (const m of this.members.values()) {
      if (m.memberEpoch !== this.assignmentEpoch || m.state !== 'STABLE') return 'Reconciling';
    }
    return 'Stable';
  }

  get isEmpty(): boolean {
    return this.members.size === 0;
  }

  /** The assignor the group uses: the one most members ask for, else the configured default. */
  get assignorName(): string {
    const votes = new Map<string, number>();
    for (const m of this.members.values()) {
      if (m.serverAssignor) votes.set(m.serverAssignor, (votes.get(m.serverAssignor) ?? 0) + 1);
    }
    let best = this.host.config.consumerAssignors[0] ?? 'uniform';
    let bestVotes = 0;
    for (const [name, n] of votes) {
      if (n > bestVotes) {
        best = name;
        bestVotes = n;
      }
    }
    return best;
  }

  subscribedTopicNames(): Set<string> {
    const names = new Set<string>();
    for (const m of this.members.values()) {
      for (const t of m.subscribedTopicNames) names.add(t);
      if (m.subscribedTopicRegex) for (const t of this.regexTopics(m.subscribedTopicRegex)) names.add(t);
    }
    return names;
  }

  private regexTopics(regex: string): string[] {
    let re: RegExp;
    try {
      re = wholeNameRegex(regex);
    } catch {
      return [];
    }
    return this.host.topics
      .all()
      .map((t) => t.name)
      .filter((n) => !n.startsWith('__') && re.test(n));
  }

  private memberTopics(m: ConsumerMember): Set<string> {
    const names = new Set(m.subscribedTopicNames);
    if (m.subscribedTopicRegex) for (const t of this.regexTopics(m.subscribedTopicRegex)) names.add(t);
    return names;
  }

  private computeMetadataHash(): string {
    return subscriptionMetadataHash(this.subscribedTopicNames(), this.host.topics);
  }

  private bumpGroupEpoch(reason: string): void {
    this.groupEpoch++;
    this.stateTimestamp = this.host.scheduler.now();
    this.host.log.debug('group epoch bumped', { group: this.groupId, epoch: this.groupEpoch, reason });
  }

  /**
   * Throws KafkaError with Kafka's code for a malformed request, checking in the order of Kafka 4.4's
   * GroupCoordinatorService.throwIfConsumerGroupHeartbeatRequestIsInvalid (the first problem is the one named).
   */
  static validate(groupId: string, input: HeartbeatInput, assignors: readonly string[]): void {
    const { memberEpoch } = input;
    const namesItself = (input.apiVersion ?? 0) >= 1 || memberEpoch > 0 || memberEpoch === LEAVE_GROUP_MEMBER_EPOCH;
    if (namesItself && input.memberId === '') throw invalid("MemberId can't be empty.");
    if (groupId === '') throw invalid("GroupId can't be empty.");
    if (input.instanceId === '') throw invalid("InstanceId can't be empty.");
    if (input.rackId === '') throw invalid("RackId can't be empty.");
    if (memberEpoch === 0) {
      if (input.rebalanceTimeoutMs === -1) throw invalid('RebalanceTimeoutMs must be provided in first request.');
      if (input.ownedTopicPartitions === null || input.ownedTopicPartitions.length > 0) {
        throw invalid('TopicPartitions must be empty when (re-)joining.');
      }
      if (input.subscribedTopicNames === null && input.subscribedTopicRegex === null) {
        throw invalid('Either SubscribedTopicNames or SubscribedTopicRegex must be non-null when (re-)joining.');
      }
    } else if (memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
      if (input.instanceId === null) throw invalid("InstanceId can't be null.");
    } else if (memberEpoch < LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
      throw invalid('MemberEpoch is invalid.');
    }
    if (input.serverAssignor !== null && !assignors.includes(input.serverAssignor)) {
      throw new KafkaError(
        ErrorCode.UnsupportedAssignor,
        `ServerAssignor ${input.serverAssignor} is not supported. Supported assignors: ${assignors.join(', ')}.`,
      );
    }
    if (input.subscribedTopicRegex !== null) {
      try {
        wholeNameRegex(input.subscribedTopicRegex);
      } catch (error) {
        if (!(error instanceof RegexSyntaxError)) throw error;
        throw new KafkaError(
          ErrorCode.InvalidRegularExpression,
          `SubscribedTopicRegex \`${input.subscribedTopicRegex}\` is not a valid regular expression: ${error.description}.`,
        );
      }
    }
  }

  /** One ConsumerGroupHeartbeat; throws KafkaError for rejected requests. */
  heartbeat(input: HeartbeatInput): HeartbeatResult {
    if (input.memberEpoch === LEAVE_GROUP_MEMBER_EPOCH || input.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
      return this.leave(input);
    }
    let member: ConsumerMember;
    let changed = false;
    const before = new Map<string, Assignment>();
    if (input.memberEpoch === 0) {
      // Joining alone changes nothing the assignment depends on: its subscription below does (Kafka's
      // hasMemberSubscriptionChanged), a member with none gets the current target assignment.
      member = this.joinMember(input);
    } else {
      const found = this.members.get(input.memberId);
      if (!found)
        throw new KafkaError(
          ErrorCode.UnknownMemberId,
          `Member ${input.memberId} is not a member of group ${this.groupId}.`,
        );
      if (input.instanceId !== null && this.staticMembers.get(input.instanceId) !== found.memberId) {
        throw new KafkaError(ErrorCode.FencedInstanceId);
      }
      member = found;
      this.checkEpoch(member, input);
    }
    before.set(member.memberId, cloneAssignment(member.assigned));
    const previousEpoch = member.memberEpoch;
    // Subscription updates (null = unchanged).
    if (input.rebalanceTimeoutMs !== -1) member.rebalanceTimeoutMs = input.rebalanceTimeoutMs;
    if (input.rackId !== null) member.rackId = input.rackId;
    member.clientId = input.clientId;
    member.clientHost = input.clientHost;
    if (input.subscribedTopicNames !== null) {
      const next = [...new Set(input.subscribedTopicNames)].sort();
      if (next.join('\0') !== member.subscribedTopicNames.join('\0')) {
        member.subscribedTopicNames = next;
        changed = true;
      }
    }
    if (input.subscribedTopicRegex !== null) {
      const next = input.subscribedTopicRegex === '' ? null : input.subscribedTopicRegex;
      if (next !== member.subscribedTopicRegex) {
        member.subscribedTopicRegex = next;
        changed = true;
      }
    }
    if (input.serverAssignor !== null && input.serverAssignor !== member.serverAssignor) {
      member.serverAssignor = input.serverAssignor;
      changed = true;
    }
    const hash = this.computeMetadataHash();
    if (changed || hash !== this.metadataHash) {
      this.metadataHash = hash;
      this.bumpGroupEpoch(`member ${member.memberId} joined or changed its subscription`);
    }
    if (this.groupEpoch > this.assignmentEpoch) this.computeTargetAssignment();
    this.reconcile(member, input.ownedTopicPartitions);
    this.scheduleSession(member);
    const assignmentChanged = !assignmentEquals(before.get(member.memberId)!, member.assigned);
    if (changed || assignmentChanged || member.memberEpoch !== previousEpoch) this.tryPersist();
    const full =
      input.rebalanceTimeoutMs !== -1 &&
      (input.subscribedTopicNames !== null || input.subscribedTopicRegex !== null) &&
      input.ownedTopicPartitions !== null;
    return {
      memberId: member.memberId,
      memberEpoch: member.memberEpoch,
      heartbeatIntervalMs: this.host.timings(this.groupId).heartbeatIntervalMs,
      assignment: input.memberEpoch === 0 || full || assignmentChanged ? toOwned(member.assigned) : null,
    };
  }

  private joinMember(input: HeartbeatInput): ConsumerMember {
    if (input.instanceId !== null) {
      const existingId = this.staticMembers.get(input.instanceId);
      const existing = existingId !== undefined ? this.members.get(existingId) : undefined;
      if (existing) {
        if (existing.memberEpoch !== LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
          throw new KafkaError(
            ErrorCode.UnreleasedInstanceId,
            `Static member ${existing.memberId} with instance id ${input.instanceId} is not released.`,
          );
        }
        // A static member coming back takes over its previous incarnation's assignment and epoch.
        const memberId = input.memberId !== '' ? input.memberId : randomUUID();
        this.members.delete(existing.memberId);
        existing.sessionTimer?.cancel();
        const target = this.target.get(existing.memberId);
        this.target.delete(existing.memberId);
        existing.memberId = memberId;
        existing.memberEpoch = existing.previousMemberEpoch;
        this.members.set(memberId, existing);
        if (target) this.target.set(memberId, target);
        this.staticMembers.set(input.instanceId, memberId);
        return existing;
      }
    }
    if (this.members.size >= this.host.config.consumerMaxSize) {
      throw new KafkaError(ErrorCode.GroupMaxSizeReached, `The consumer group has reached its maximum capacity.`);
    }
    const memberId = input.memberId !== '' ? input.memberId : randomUUID();
    const existing = this.members.get(memberId);
    if (existing) {
      // A member rejoining with epoch 0 (after being fenced client-side) starts from nothing.
      this.removeMember(existing);
    }
    const member = new ConsumerMember(memberId, input.instanceId, input.clientId, input.clientHost);
    this.members.set(memberId, member);
    if (input.instanceId !== null) this.staticMembers.set(input.instanceId, memberId);
    this.host.log.info('member joined', { group: this.groupId, member: memberId });
    return member;
  }

  /** Kafka's throwIfMemberEpochIsInvalid: a lost response (previous epoch, owning a subset) is tolerated. */
  private checkEpoch(member: ConsumerMember, input: HeartbeatInput): void {
    if (input.memberEpoch > member.memberEpoch) {
      throw new KafkaError(
        ErrorCode.FencedMemberEpoch,
        `The consumer group member has a greater member epoch (${input.memberEpoch}) than the one known by the group coordinator (${member.memberEpoch}). The member must abandon all its partitions and rejoin.`,
      );
    }
    if (input.memberEpoch < member.memberEpoch) {
      const subset = input.ownedTopicPartitions?.every((t) =>
        t.partitions.every((p) => member.assigned.get(t.topicId)?.has(p)),
      );
      if (input.memberEpoch !== member.previousMemberEpoch || !subset) {
        throw new KafkaError(
          ErrorCode.FencedMemberEpoch,
          `The consumer group member has a smaller member epoch (${input.memberEpoch}) than the one known by the group coordinator (${member.memberEpoch}). The member must abandon all its partitions and rejoin.`,
        );
      }
    }
  }

  private leave(input: HeartbeatInput): HeartbeatResult {
    const member = this.members.get(input.memberId);
    if (!member)
      throw new KafkaError(
        ErrorCode.UnknownMemberId,
        `Member ${input.memberId} is not a member of group ${this.groupId}.`,
      );
    if (input.instanceId !== null && this.staticMembers.get(input.instanceId) !== member.memberId) {
      throw new KafkaError(ErrorCode.FencedInstanceId);
    }
    if (input.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
      // A static member leaving temporarily keeps its partitions until its session times out.
      member.previousMemberEpoch = member.memberEpoch;
      member.memberEpoch = LEAVE_GROUP_STATIC_MEMBER_EPOCH;
      this.scheduleSession(member);
      this.tryPersist();
    } else {
      this.host.log.info('member left', { group: this.groupId, member: member.memberId });
      this.dropMember(member, `member ${member.memberId} left`);
    }
    return { memberId: member.memberId, memberEpoch: input.memberEpoch, heartbeatIntervalMs: 0, assignment: null };
  }

  /**
   * A member left or was fenced: a new group epoch, and when nobody is left, a target assignment (empty) at that
   * epoch, as Kafka's consumerGroupFenceMembers writes it.
   */
  private dropMember(member: ConsumerMember, reason: string): void {
    this.removeMember(member);
    this.bumpGroupEpoch(reason);
    if (this.members.size === 0) this.assignmentEpoch = this.groupEpoch;
    this.tryPersist();
  }

  private removeMember(member: ConsumerMember): void {
    member.sessionTimer?.cancel();
    member.revocationTimer?.cancel();
    this.members.delete(member.memberId);
    this.target.delete(member.memberId);
    if (member.instanceId !== null && this.staticMembers.get(member.instanceId) === member.memberId) {
      this.staticMembers.delete(member.instanceId);
    }
  }

  private fence(member: ConsumerMember, why: string): void {
    if (this.members.get(member.memberId) !== member) return;
    this.host.log.info('member fenced', { group: this.groupId, member: member.memberId, why });
    this.dropMember(member, `member ${member.memberId} fenced: ${why}`);
  }

  private scheduleSession(member: ConsumerMember): void {
    member.sessionTimer?.cancel();
    member.sessionTimer = this.host.scheduler.schedule(this.host.timings(this.groupId).sessionTimeoutMs, () =>
      this.host.enqueue(this.groupId, () => this.fence(member, 'session timeout')),
    );
  }

  private computeTargetAssignment(): void {
    const assignor = ASSIGNORS.get(this.assignorName) ?? ASSIGNORS.get('uniform')!;
    const topics = new Map<string, AssignorTopic>();
    for (const name of this.subscribedTopicNames()) {
      const t = this.host.topics.byName(name);
      if (t) topics.set(t.topicId, t);
    }
    const result = assignor.assign(
      [...this.members.values()].map((m) => ({
        memberId: m.memberId,
        subscribed: this.memberTopics(m),
        current: this.target.get(m.memberId) ?? m.assigned,
      })),
      topics,
    );
    this.target.clear();
    for (const [memberId, a] of result) this.target.set(memberId, a);
    this.assignmentEpoch = this.groupEpoch;
  }

  /** Is the partition held (assigned or pending revocation) by a member other than `except`? */
  private heldByOther(topicId: string, partition: number, except: ConsumerMember): boolean {
    for (const m of this.members.values()) {
      if (m === except) continue;
      if (m.assigned.get(topicId)?.has(partition) || m.pendingRevocation.get(topicId)?.has(partition)) return true;
    }
    return false;
  }

  private ownsAny(owned: OwnedPartitions[] | null, partitions: Assignment): boolean {
    if (owned === null) return true;
    return owned.some((t) => t.partitions.some((p) => partitions.get(t.topicId)?.has(p)));
  }

  /** CurrentAssignmentBuilder: moves the member one step towards its target assignment. */
  reconcile(member: ConsumerMember, owned: OwnedPartitions[] | null): void {
    if (member.state === 'UNREVOKED_PARTITIONS' && this.ownsAny(owned, member.pendingRevocation)) return;
    if (member.state === 'STABLE' && member.memberEpoch === this.assignmentEpoch) return;
    const target = this.target.get(member.memberId) ?? new Map<string, Set<number>>();
    const subscribed = new Set(
      [...this.memberTopics(member)].map((n) => this.host.topics.byName(n)?.topicId).filter((id): id is string => !!id),
    );
    const assigned: Assignment = new Map();
    const revoke: Assignment = new Map();
    const pendingAssign: Assignment = new Map();
    let unreleased = false;
    for (const topicId of new Set([...target.keys(), ...member.assigned.keys()])) {
      const want = subscribed.has(topicId) ? (target.get(topicId) ?? new Set<number>()) : new Set<number>();
      const current = member.assigned.get(topicId) ?? new Set<number>();
      const keep = new Set([...current].filter((p) => want.has(p)));
      const gone = new Set([...current].filter((p) => !keep.has(p)));
      const toAssign = new Set<number>();
      for (const p of want) {
        if (keep.has(p)) continue;
        if (this.heldByOther(topicId, p, member) && !member.pendingRevocation.get(topicId)?.has(p)) unreleased = true;
        else toAssign.add(p);
      }
      if (keep.size) assigned.set(topicId, keep);
      if (gone.size) revoke.set(topicId, gone);
      if (toAssign.size) pendingAssign.set(topicId, toAssign);
    }
    member.revocationTimer?.cancel();
    member.revocationTimer = null;
    if (revoke.size > 0 && this.ownsAny(owned, revoke)) {
      // Revoke first: same epoch, the response lists only what is kept.
      member.state = 'UNREVOKED_PARTITIONS';
      member.assigned = assigned;
      member.pendingRevocation = revoke;
      member.revocationTimer = this.host.scheduler.schedule(member.rebalanceTimeoutMs, () =>
        this.host.enqueue(this.groupId, () => {
          if (member.state === 'UNREVOKED_PARTITIONS') this.fence(member, 'rebalance timeout while revoking');
        }),
      );
      return;
    }
    for (const [topicId, ps] of pendingAssign) {
      const set = assigned.get(topicId) ?? new Set<number>();
      for (const p of ps) set.add(p);
      assigned.set(topicId, set);
    }
    member.state = unreleased ? 'UNRELEASED_PARTITIONS' : 'STABLE';
    if (member.memberEpoch !== this.assignmentEpoch) {
      member.previousMemberEpoch = member.memberEpoch;
      member.memberEpoch = this.assignmentEpoch;
    }
    member.assigned = assigned;
    member.pendingRevocation = new Map();
  }

  /** OffsetCommit / OffsetFetch fencing by member epoch (KIP-848). */
  validateCommit(memberId: string, memberEpoch: number, isCommit: boolean): ErrorCode {
    if (this.dead) return ErrorCode.CoordinatorNotAvailable;
    if (memberEpoch < 0 && memberId === '' && this.members.size === 0) return ErrorCode.None;
    const member = this.members.get(memberId);
    if (!member) return ErrorCode.UnknownMemberId;
    if (memberEpoch !== member.memberEpoch) {
      if (isCommit && memberEpoch > member.memberEpoch) return ErrorCode.FencedMemberEpoch;
      return ErrorCode.StaleMemberEpoch;
    }
    return ErrorCode.None;
  }

  private tryPersist(): void {
    try {
      this.host.persist(this);
    } catch (error) {
      this.host.log.info('consumer group snapshot could not be stored', {
        group: this.groupId,
        error: (error as Error).message,
      });
    }
  }

  markDead(): void {
    this.shutdown();
    this.members.clear();
    this.dead = true;
  }

  shutdown(): void {
    for (const m of this.members.values()) {
      m.sessionTimer?.cancel();
      m.revocationTimer?.cancel();
    }
  }

  // ------------------------------------------------------------------ snapshot (persistence)

  toSnapshot(): object {
    const enc = (a: Assignment) => toOwned(a);
    return {
      groupEpoch: this.groupEpoch,
      assignmentEpoch: this.assignmentEpoch,
      members: [...this.members.values()].map((m) => ({
        memberId: m.memberId,
        instanceId: m.instanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rackId: m.rackId,
        memberEpoch: m.memberEpoch,
        previousMemberEpoch: m.previousMemberEpoch,
        state: m.state,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        subscribedTopicNames: m.subscribedTopicNames,
        subscribedTopicRegex: m.subscribedTopicRegex,
        serverAssignor: m.serverAssignor,
        assigned: enc(m.assigned),
        pendingRevocation: enc(m.pendingRevocation),
        target: enc(this.target.get(m.memberId) ?? new Map()),
      })),
    };
  }

  restore(snapshot: ReturnType<ConsumerGroup['toSnapshot']>): void {
    const s = snapshot as {
      groupEpoch: number;
      assignmentEpoch: number;
      members: {
        memberId: string;
        instanceId: string | null;
        clientId: string;
        clientHost: string;
        rackId: string | null;
        memberEpoch: number;
        previousMemberEpoch: number;
        state: MemberState;
        rebalanceTimeoutMs: number;
        subscribedTopicNames: string[];
        subscribedTopicRegex: string | null;
        serverAssignor: string | null;
        assigned: OwnedPartitions[];
        pendingRevocation: OwnedPartitions[];
        target: OwnedPartitions[];
      }[];
    };
    this.groupEpoch = s.groupEpoch;
    this.assignmentEpoch = s.assignmentEpoch;
    this.members.clear();
    this.target.clear();
    this.staticMembers.clear();
    for (const x of s.members) {
      const m = new ConsumerMember(x.memberId, x.instanceId, x.clientId, x.clientHost);
      Object.assign(m, {
        rackId: x.rackId,
        memberEpoch: x.memberEpoch,
        previousMemberEpoch: x.previousMemberEpoch,
        state: x.state,
        rebalanceTimeoutMs: x.rebalanceTimeoutMs,
        subscribedTopicNames: x.subscribedTopicNames,
        subscribedTopicRegex: x.subscribedTopicRegex,
        serverAssignor: x.serverAssignor,
        assigned: fromOwned(x.assigned),
        pendingRevocation: fromOwned(x.pendingRevocation),
      });
      this.members.set(m.memberId, m);
      this.target.set(m.memberId, fromOwned(x.target));
      if (m.instanceId !== null) this.staticMembers.set(m.instanceId, m.memberId);
    }
    this.metadataHash = this.computeMetadataHash();
  }

  startTimers(): void {
    for (const m of this.members.values()) this.scheduleSession(m);
  }
}
