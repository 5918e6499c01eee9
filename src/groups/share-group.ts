/**
 * One share group (KIP-932, ShareGroupHeartbeat), after Kafka 4.4's GroupMetadataManager.shareGroupHeartbeat: a
 * group epoch bumped when a member joins, leaves or changes its subscription, or when a subscribed topic's
 * partitions change; a target assignment computed by the `simple` assignor (share-assignor.ts) at that epoch. There
 * is no reconciliation: partitions are shared, records are handed out one by one by the share-partitions
 * (src/share/), so a member moves straight to the target assignment at its next heartbeat.
 *
 * Kafka initializes a share-partition's state (its start offset, from share.auto.offset.reset) asynchronously and
 * assigns a partition only once that is done, so a member usually receives its partitions at its second heartbeat.
 * Brook's state store is local: the state is initialized at once and the first heartbeat carries the assignment.
 * Kafka also batches assignment computations (share.assignment.interval.ms); Brook computes at every epoch.
 */
import { ErrorCode, KafkaError } from '../errors';
import type { Assignment } from './assignors';
import type { GroupConfig } from './config';
import {
  assignmentEquals,
  cloneAssignment,
  invalid,
  type OwnedPartitions,
  subscriptionMetadataHash,
  type TopicLookup,
  toOwned,
} from './consumer-group';
import type { Scheduler, Timer } from './scheduler';
import { assignShared } from './share-assignor';

export const SHARE_LEAVE_GROUP_MEMBER_EPOCH = -1;
/** A member id is the client's (a Kafka Uuid, 22 characters); Kafka refuses longer than this. */
const MAX_MEMBER_ID_LENGTH = 36;

export type ShareGroupState = 'Empty' | 'Stable' | 'Dead';

export interface ShareHeartbeatInput {
  memberId: string;
  memberEpoch: number;
  rackId: string | null;
  subscribedTopicNames: string[] | null;
  clientId: string;
  clientHost: string;
}

export interface ShareHeartbeatResult {
  memberId: string;
  memberEpoch: number;
  heartbeatIntervalMs: number;
  /** null = unchanged since the last response */
  assignment: OwnedPartitions[] | null;
}

export interface ShareGroupHost {
  readonly scheduler: Scheduler;
  readonly config: GroupConfig;
  readonly topics: TopicLookup;
  /** The group's session timeout and heartbeat interval: its own configs (the GROUP resource), else the broker's. */
  timings(groupId: string): { sessionTimeoutMs: number; heartbeatIntervalMs: number };
  enqueue(groupId: string, task: () => void): void;
  /** Persists the group's snapshot; throws when it could not be stored. */
  persist(group: ShareGroup): void;
  /** Makes sure the share-partitions the group is assigned have state (Kafka's InitializeShareGroupState). */
  initializePartitions(groupId: string, assignment: Assignment): void;
  log: { info(msg: string, meta?: object): void; debug(msg: string, meta?: object): void };
}

export class ShareMember {
  memberEpoch = 0;
  previousMemberEpoch = -1;
  assigned: Assignment = new Map();
  subscribedTopicNames: string[] = [];
  rackId: string | null = null;
  sessionTimer: Timer | null = null;

  constructor(
    readonly memberId: string,
    public clientId: string,
    public clientHost: string,
  ) {}
}

export class ShareGroup {
  readonly kind = 'share';
  groupEpoch = 1;
  assignmentEpoch = 0;
  readonly members = new Map<string, ShareMember>();
  /** Target assignment at assignmentEpoch, per member. */
  readonly target = new Map<string, Assignment>();
  private metadataHash = '';
  dead = false;
  stateTimestamp: number;

  constructor(
    readonly groupId: string,
    private readonly host: ShareGroupHost,
  ) {
    this.stateTimestamp = host.scheduler.now();
  }

  get state(): ShareGroupState {
    if (this.dead) return 'Dead';
    return this.members.size === 0 ? 'Empty' : 'Stable';
  }

  get isEmpty(): boolean {
    return this.members.size === 0;
  }

  /**
   * Throws KafkaError for a malformed request, in the order of Kafka 4.4's KafkaApis.isMemberIdValid and
   * GroupCoordinatorService.throwIfShareGroupHeartbeatRequestIsInvalid.
   */
  static validate(groupId: string, input: ShareHeartbeatInput): void {
    // KafkaApis answers an invalid member id before the coordinator sees the request, without a message.
    if (input.memberId.length === 0 || input.memberId.length > MAX_MEMBER_ID_LENGTH) {
      throw new KafkaError(ErrorCode.InvalidRequest);
    }
    if (input.memberId.trim() === '') throw invalid("MemberId can't be empty.");
    if (groupId.trim() === '') throw invalid("GroupId can't be empty.");
    if (input.rackId !== null && input.rackId.trim() === '') throw invalid("RackId can't be empty.");
    if (input.memberEpoch === 0 && (input.subscribedTopicNames === null || input.subscribedTopicNames.length === 0)) {
      throw invalid('SubscribedTopicNames must be set in first request.');
    }
    if (input.memberEpoch < SHARE_LEAVE_GROUP_MEMBER_EPOCH) throw invalid('MemberEpoch is invalid.');
  }

  /** The topics some member subscribes to. */
  subscribedTopicNames(): Set<string> {
    const names = new Set<string>();
    for (const m of this.members.values()) for (const t of m.subscribedTopicNames) names.add(t);
    return names;
  }

  /** One ShareGroupHeartbeat; throws KafkaError for rejected requests. */
  heartbeat(input: ShareHeartbeatInput): ShareHeartbeatResult {
    if (input.memberEpoch === SHARE_LEAVE_GROUP_MEMBER_EPOCH) return this.leave(input);
    let member = this.members.get(input.memberId);
    if (!member && this.members.size >= this.host.config.shareMaxSize) {
      throw new KafkaError(
        ErrorCode.GroupMaxSizeReached,
        `The share group has reached its maximum capacity of ${this.host.config.shareMaxSize} members.`,
      );
    }
    let changed = false;
    if (!member) {
      if (input.memberEpoch !== 0) {
        throw new KafkaError(
          ErrorCode.UnknownMemberId,
          `Member ${input.memberId} is not a member of group ${this.groupId}.`,
        );
      }
      member = new ShareMember(input.memberId, input.clientId, input.clientHost);
      this.members.set(member.memberId, member);
      changed = true;
      this.host.log.info('share group member joined', { group: this.groupId, member: member.memberId });
    } else if (input.memberEpoch !== 0) {
      this.checkEpoch(member, input.memberEpoch);
    }
    const before = cloneAssignment(member.assigned);
    const previousEpoch = member.memberEpoch;
    if (input.rackId !== null && input.rackId !== member.rackId) {
      member.rackId = input.rackId;
      changed = true;
    }
    member.clientId = input.clientId;
    member.clientHost = input.clientHost;
    let bump = false;
    if (input.subscribedTopicNames !== null) {
      const next = [...new Set(input.subscribedTopicNames)].sort();
      if (next.join('\0') !== member.subscribedTopicNames.join('\0')) {
        member.subscribedTopicNames = next;
        changed = true;
        bump = true;
      }
    }
    const hash = this.computeMetadataHash();
    if (bump || hash !== this.metadataHash) {
      this.metadataHash = hash;
      this.bumpGroupEpoch(`member ${member.memberId} joined or changed its subscription`);
    }
    if (this.groupEpoch > this.assignmentEpoch) this.computeTargetAssignment();
    this.moveToTarget(member);
    this.scheduleSession(member);
    const assignmentChanged = !assignmentEquals(before, member.assigned);
    if (changed || assignmentChanged || member.memberEpoch !== previousEpoch) this.tryPersist();
    return {
      memberId: member.memberId,
      memberEpoch: member.memberEpoch,
      heartbeatIntervalMs: this.host.timings(this.groupId).heartbeatIntervalMs,
      assignment:
        input.memberEpoch === 0 || input.subscribedTopicNames !== null || assignmentChanged
          ? toOwned(member.assigned)
          : null,
    };
  }

  /** Kafka's throwIfShareGroupMemberEpochIsInvalid: the previous epoch is tolerated (a lost response). */
  private checkEpoch(member: ShareMember, epoch: number): void {
    if (epoch > member.memberEpoch) {
      throw new KafkaError(
        ErrorCode.FencedMemberEpoch,
        `The share group member has a greater member epoch (${epoch}) than the one known by the group coordinator (${member.memberEpoch}). The member must abandon all its partitions and rejoin.`,
      );
    }
    if (epoch < member.memberEpoch && epoch !== member.previousMemberEpoch) {
      throw new KafkaError(
        ErrorCode.FencedMemberEpoch,
        `The share group member has a smaller member epoch (${epoch}) than the one known by the group coordinator (${member.memberEpoch}) and it does not match the previous member epoch (${member.previousMemberEpoch}). The member must abandon all its partitions and rejoin.`,
      );
    }
  }

  private leave(input: ShareHeartbeatInput): ShareHeartbeatResult {
    const member = this.members.get(input.memberId);
    if (!member) {
      throw new KafkaError(
        ErrorCode.UnknownMemberId,
        `Member ${input.memberId} is not a member of group ${this.groupId}.`,
      );
    }
    this.host.log.info('share group member left', { group: this.groupId, member: member.memberId });
    this.dropMember(member, `member ${member.memberId} left`);
    return {
      memberId: input.memberId,
      memberEpoch: SHARE_LEAVE_GROUP_MEMBER_EPOCH,
      heartbeatIntervalMs: 0,
      assignment: null,
    };
  }

  /** A member whose session expired is removed as if it had left (its acquired records expire with their locks). */
  private fence(member: ShareMember, reason: string): void {
    if (this.members.get(member.memberId) !== member) return;
    this.host.log.info('share group member fenced', { group: this.groupId, member: member.memberId, reason });
    this.dropMember(member, reason);
  }

  private dropMember(member: ShareMember, reason: string): void {
    member.sessionTimer?.cancel();
    this.members.delete(member.memberId);
    this.target.delete(member.memberId);
    this.bumpGroupEpoch(reason);
    if (this.members.size > 0) this.computeTargetAssignment();
    else this.assignmentEpoch = this.groupEpoch;
    this.tryPersist();
  }

  private computeMetadataHash(): string {
    return subscriptionMetadataHash(this.subscribedTopicNames(), this.host.topics);
  }

  private bumpGroupEpoch(reason: string): void {
    this.groupEpoch++;
    this.stateTimestamp = this.host.scheduler.now();
    this.host.log.debug('share group epoch bumped', { group: this.groupId, epoch: this.groupEpoch, reason });
  }

  private computeTargetAssignment(): void {
    const topics = new Map<string, number>();
    const members = [...this.members.values()].map((m) => {
      const topicIds = new Set<string>();
      for (const name of m.subscribedTopicNames) {
        const t = this.host.topics.byName(name);
        if (!t) continue;
        topics.set(t.topicId, t.partitions);
        topicIds.add(t.topicId);
      }
      return { memberId: m.memberId, topicIds, previous: this.target.get(m.memberId) ?? new Map() };
    });
    const result = assignShared(members, topics);
    const all: Assignment = new Map();
    for (const [memberId, assignment] of result) {
      this.target.set(memberId, assignment);
      for (const [topicId, partitions] of assignment) {
        const set = all.get(topicId) ?? new Set<number>();
        all.set(topicId, set);
        for (const p of partitions) set.add(p);
      }
    }
    this.host.initializePartitions(this.groupId, all);
    this.assignmentEpoch = this.groupEpoch;
  }

  /** Kafka's ShareGroupAssignmentBuilder: no revocation phase, the member takes the target at once. */
  private moveToTarget(member: ShareMember): void {
    if (member.memberEpoch === this.assignmentEpoch) return;
    member.previousMemberEpoch = member.memberEpoch;
    member.memberEpoch = this.assignmentEpoch;
    member.assigned = cloneAssignment(this.target.get(member.memberId) ?? new Map());
  }

  private scheduleSession(member: ShareMember): void {
    member.sessionTimer?.cancel();
    member.sessionTimer = this.host.scheduler.schedule(this.host.timings(this.groupId).sessionTimeoutMs, () =>
      this.host.enqueue(this.groupId, () => this.fence(member, 'session timeout')),
    );
  }

  private tryPersist(): void {
    try {
      this.host.persist(this);
    } catch (error) {
      this.host.log.info('share group snapshot could not be stored', {
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
    for (const m of this.members.values()) m.sessionTimer?.cancel();
  }

  startTimers(): void {
    for (const m of this.members.values()) this.scheduleSession(m);
  }

  // ------------------------------------------------------------------ snapshot (persistence)

  toSnapshot(): ShareGroupSnapshot {
    return {
      groupEpoch: this.groupEpoch,
      assignmentEpoch: this.assignmentEpoch,
      members: [...this.members.values()].map((m) => ({
        memberId: m.memberId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rackId: m.rackId,
        memberEpoch: m.memberEpoch,
        previousMemberEpoch: m.previousMemberEpoch,
        subscribedTopicNames: m.subscribedTopicNames,
        assigned: toOwned(m.assigned),
        target: toOwned(this.target.get(m.memberId) ?? new Map()),
      })),
    };
  }

  restore(snapshot: ShareGroupSnapshot): void {
    const fromOwned = (owned: OwnedPartitions[]): Assignment =>
      new Map(owned.map((t) => [t.topicId, new Set(t.partitions)]));
    this.shutdown();
    this.members.clear();
    this.target.clear();
    this.groupEpoch = snapshot.groupEpoch;
    this.assignmentEpoch = snapshot.assignmentEpoch;
    for (const s of snapshot.members) {
      const member = new ShareMember(s.memberId, s.clientId, s.clientHost);
      member.rackId = s.rackId;
      member.memberEpoch = s.memberEpoch;
      member.previousMemberEpoch = s.previousMemberEpoch;
      member.subscribedTopicNames = s.subscribedTopicNames;
      member.assigned = fromOwned(s.assigned);
      this.members.set(member.memberId, member);
      this.target.set(member.memberId, fromOwned(s.target));
    }
    this.metadataHash = this.computeMetadataHash();
  }
}

export interface ShareGroupSnapshot {
  groupEpoch: number;
  assignmentEpoch: number;
  members: {
    memberId: string;
    clientId: string;
    clientHost: string;
    rackId: string | null;
    memberEpoch: number;
    previousMemberEpoch: number;
    subscribedTopicNames: string[];
    assigned: OwnedPartitions[];
    target: OwnedPartitions[];
  }[];
}
