/**
 * One classic-protocol group (JoinGroup / SyncGroup / Heartbeat / LeaveGroup), after Kafka's ClassicGroup and
 * GroupCoordinator: Empty -> PreparingRebalance -> CompletingRebalance -> Stable, generations, protocol vote,
 * MEMBER_ID_REQUIRED pending members, the initial rebalance delay, session / rebalance / pending-sync
 * timeouts and static membership. Every method runs synchronously inside the group's queue (coordinator.ts);
 * responses that must wait (joins until the rebalance completes, followers' syncs until the leader's) are
 * promises resolved later by the same state machine.
 */
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../errors';
import type { GroupConfig } from './config';
import { JoinPhaseTimer } from './join-phase-timer';
import {
  ClassicMember,
  EMPTY,
  type JoinInput,
  type JoinResult,
  joinError,
  type MemberIdentity,
  memberFromStored,
  type Protocol,
  type SyncInput,
  type SyncResult,
  selectProtocol,
  supportsProtocols,
  syncError,
  toStoredMember,
} from './classic-member';
import type { StoredMember } from './records';
import type { Scheduler, Timer } from './scheduler';

// The member and the request shapes live in classic-member.ts; they stay importable from here.
export { ClassicMember };
export type { JoinInput, JoinResult, MemberIdentity, Protocol, SyncInput, SyncResult };

export type ClassicState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

/** What a group needs from its coordinator. */
export interface ClassicGroupHost {
  readonly scheduler: Scheduler;
  readonly config: GroupConfig;
  /** Runs a timer task inside the group's queue. */
  enqueue(groupId: string, task: () => void): void;
  /** Persists the group's metadata (GroupMetadataValue); throws when it could not be stored. */
  persist(group: ClassicGroup): void;
  log: { info(msg: string, meta?: object): void; debug(msg: string, meta?: object): void };
}

export class ClassicGroup {
  readonly kind = 'classic';
  state: ClassicState = 'Empty';
  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  stateTimestamp: number;
  readonly members = new Map<string, ClassicMember>();
  /** group.instance.id -> member id */
  readonly staticMembers = new Map<string, string>();
  /** Member ids handed out with MEMBER_ID_REQUIRED, waiting for the member's second JoinGroup. */
  readonly pendingMembers = new Map<string, Timer>();
  /** Members of the current generation that have not sent SyncGroup yet. */
  readonly pendingSync = new Set<string>();
  /** The join phase's timeout and initial delay (Kafka's DelayedJoin / InitialDelayedJoin). */
  private readonly joinPhase: JoinPhaseTimer;
  private syncTimer: Timer | null = null;

  constructor(
    readonly groupId: string,
    private readonly host: ClassicGroupHost,
  ) {
    this.stateTimestamp = host.scheduler.now();
    this.joinPhase = new JoinPhaseTimer(
      host.scheduler,
      host.config,
      (task) => host.enqueue(groupId, task),
      () => this.onJoinTimer(),
    );
  }

  private transition(state: ClassicState): void {
    this.state = state;
    this.stateTimestamp = this.host.scheduler.now();
  }

  get isEmpty(): boolean {
    return this.members.size === 0 && this.pendingMembers.size === 0;
  }

  private maxRebalanceTimeout(): number {
    let max = 0;
    for (const m of this.members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
    return max;
  }

  private supports(protocolType: string, protocols: Protocol[]): boolean {
    return supportsProtocols(this.members.values(), this.protocolType, protocolType, protocols);
  }

  /** The protocol the members' vote chooses (classic-member.ts). */
  selectProtocol(): string {
    return selectProtocol(this.members.values());
  }

  // ---------------------------------------------------------------- JoinGroup

  join(input: JoinInput): Promise<JoinResult> {
    return new Promise((resolve) => this.doJoin(input, resolve));
  }

  private doJoin(input: JoinInput, respond: (r: JoinResult) => void): void {
    const { config } = this.host;
    if (input.sessionTimeoutMs < config.minSessionTimeoutMs || input.sessionTimeoutMs > config.maxSessionTimeoutMs) {
      respond(joinError(ErrorCode.InvalidSessionTimeout, input.memberId));
      return;
    }
    if (this.state === 'Dead') {
      respond(joinError(ErrorCode.CoordinatorNotAvailable, input.memberId));
      return;
    }
    if (input.memberId === '') {
      this.joinUnknownMember(input, respond);
    } else {
      this.joinKnownMember(input, respond);
    }
  }

  private joinUnknownMember(input: JoinInput, respond: (r: JoinResult) => void): void {
    const { config } = this.host;
    if (!this.supports(input.protocolType, input.protocols)) {
      respond(joinError(ErrorCode.InconsistentGroupProtocol));
      return;
    }
    // Kafka's ClassicGroup.generateMemberId: a static member's id starts with its instance id, others' with the
    // client id.
    const newMemberId = `${input.groupInstanceId ?? input.clientId}-${randomUUID()}`;
    if (input.groupInstanceId !== null) {
      const old = this.staticMembers.get(input.groupInstanceId);
      if (old !== undefined && this.members.has(old)) {
        this.replaceStaticMember(this.members.get(old)!, newMemberId, input, respond);
        return;
      }
      if (this.members.size >= config.maxSize) {
        respond(joinError(ErrorCode.GroupMaxSizeReached));
        return;
      }
      this.addMemberAndRebalance(newMemberId, input, respond);
      return;
    }
    if (this.members.size + this.pendingMembers.size >= config.maxSize) {
      respond(joinError(ErrorCode.GroupMaxSizeReached));
      return;
    }
    if (input.requireKnownMemberId) {
      // KIP-394: the member must come back with this id; forget it if it does not within its session timeout.
      const timer = this.host.scheduler.schedule(input.sessionTimeoutMs, () =>
        this.host.enqueue(this.groupId, () => this.expirePending(newMemberId)),
      );
      this.pendingMembers.set(newMemberId, timer);
      respond(joinError(ErrorCode.MemberIdRequired, newMemberId));
      return;
    }
    this.addMemberAndRebalance(newMemberId, input, respond);
  }

  private expirePending(memberId: string): void {
    if (!this.pendingMembers.delete(memberId)) return;
    if (this.state === 'PreparingRebalance') this.checkJoinComplete();
  }

  private joinKnownMember(input: JoinInput, respond: (r: JoinResult) => void): void {
    const pending = this.pendingMembers.get(input.memberId);
    if (pending) {
      pending.cancel();
      this.pendingMembers.delete(input.memberId);
      if (!this.supports(input.protocolType, input.protocols)) {
        respond(joinError(ErrorCode.InconsistentGroupProtocol, input.memberId));
        return;
      }
      this.addMemberAndRebalance(input.memberId, input, respond);
      return;
    }
    const fenced = this.staticCheck(input);
    if (fenced !== ErrorCode.None) {
      respond(joinError(fenced, input.memberId));
      return;
    }
    const member = this.members.get(input.memberId);
    if (!member || this.state === 'Empty') {
      respond(joinError(ErrorCode.UnknownMemberId, input.memberId));
      return;
    }
    if (!this.supports(input.protocolType, input.protocols)) {
      respond(joinError(ErrorCode.InconsistentGroupProtocol, input.memberId));
      return;
    }
    switch (this.state) {
      case 'PreparingRebalance':
        this.updateMemberAndRebalance(member, input, respond);
        return;
      case 'CompletingRebalance':
        if (member.matches(input.protocols)) {
          // A retried JoinGroup while waiting for the leader's SyncGroup: same generation again.
          respond(this.joinResponse(member));
        } else {
          this.updateMemberAndRebalance(member, input, respond);
        }
        return;
      case 'Stable':
        if (member.memberId === this.leaderId || !member.matches(input.protocols)) {
          // The leader rejoining (or changed metadata) asks for a new assignment.
          this.updateMemberAndRebalance(member, input, respond);
        } else {
          this.heartbeatReceived(member);
          respond(this.joinResponse(member));
        }
        return;
      default:
        respond(joinError(ErrorCode.UnknownMemberId, input.memberId));
    }
  }

  /** FENCED_INSTANCE_ID when the instance id belongs to another member id, UNKNOWN_MEMBER_ID if unknown. */
  private staticCheck(identity: MemberIdentity): ErrorCode {
    if (identity.groupInstanceId === null) return ErrorCode.None;
    const current = this.staticMembers.get(identity.groupInstanceId);
    if (current === undefined) return this.members.has(identity.memberId) ? ErrorCode.None : ErrorCode.UnknownMemberId;
    return current === identity.memberId ? ErrorCode.None : ErrorCode.FencedInstanceId;
  }

  private replaceStaticMember(
    old: ClassicMember,
    newMemberId: string,
    input: JoinInput,
    respond: (r: JoinResult) => void,
  ): void {
    // The previous incarnation of this instance is fenced: its waiting requests fail with FENCED_INSTANCE_ID.
    old.awaitingJoin?.(joinError(ErrorCode.FencedInstanceId, old.memberId));
    old.awaitingJoin = null;
    old.awaitingSync?.(syncError(ErrorCode.FencedInstanceId));
    old.awaitingSync = null;
    old.sessionTimer?.cancel();
    const oldId = old.memberId;
    const protocolsChanged = !old.matches(input.protocols);
    this.members.delete(oldId);
    this.pendingSync.delete(oldId);
    old.memberId = newMemberId;
    old.clientId = input.clientId;
    old.clientHost = input.clientHost;
    old.sessionTimeoutMs = input.sessionTimeoutMs;
    old.rebalanceTimeoutMs = input.rebalanceTimeoutMs < 0 ? input.sessionTimeoutMs : input.rebalanceTimeoutMs;
    this.members.set(newMemberId, old);
    this.staticMembers.set(input.groupInstanceId!, newMemberId);
    if (this.leaderId === oldId) this.leaderId = newMemberId;
    this.host.log.info('static member replaced', {
      group: this.groupId,
      instance: input.groupInstanceId,
      oldId,
      newMemberId,
    });
    if (this.state === 'Stable' && !protocolsChanged && this.leaderId !== newMemberId) {
      // Same subscription, not the leader: keep the assignment, no rebalance (KIP-345).
      try {
        this.host.persist(this);
      } catch {
        respond(joinError(ErrorCode.CoordinatorNotAvailable, newMemberId));
        return;
      }
      this.heartbeatReceived(old);
      respond(this.joinResponse(old));
      return;
    }
    this.updateMemberAndRebalance(old, input, respond);
  }

  private addMemberAndRebalance(memberId: string, input: JoinInput, respond: (r: JoinResult) => void): void {
    const member = new ClassicMember(
      memberId,
      input.groupInstanceId,
      input.clientId,
      input.clientHost,
      input.rebalanceTimeoutMs < 0 ? input.sessionTimeoutMs : input.rebalanceTimeoutMs,
      input.sessionTimeoutMs,
      input.protocolType,
      input.protocols,
    );
    member.isNew = true;
    member.awaitingJoin = respond;
    if (this.members.size === 0) this.protocolType = input.protocolType;
    this.members.set(memberId, member);
    if (input.groupInstanceId !== null) this.staticMembers.set(input.groupInstanceId, memberId);
    if (this.leaderId === null) this.leaderId = memberId;
    if (this.state === 'PreparingRebalance') this.joinPhase.memberAdded();
    this.heartbeatReceived(member);
    this.maybePrepareRebalance(`member ${memberId} joined`);
  }

  private updateMemberAndRebalance(member: ClassicMember, input: JoinInput, respond: (r: JoinResult) => void): void {
    member.protocols = input.protocols;
    member.protocolType = input.protocolType;
    member.sessionTimeoutMs = input.sessionTimeoutMs;
    member.rebalanceTimeoutMs = input.rebalanceTimeoutMs < 0 ? input.sessionTimeoutMs : input.rebalanceTimeoutMs;
    member.clientId = input.clientId;
    member.clientHost = input.clientHost;
    if (member.awaitingJoin) member.awaitingJoin(joinError(ErrorCode.RebalanceInProgress, member.memberId));
    member.awaitingJoin = respond;
    this.heartbeatReceived(member);
    this.maybePrepareRebalance(`member ${member.memberId} rejoined`);
  }

  private maybePrepareRebalance(reason: string): void {
    if (this.state === 'PreparingRebalance') {
      this.checkJoinComplete();
      return;
    }
    if (this.state === 'Dead') return;
    this.prepareRebalance(reason);
  }

  private prepareRebalance(reason: string): void {
    if (this.state === 'CompletingRebalance') {
      for (const m of this.members.values()) {
        m.assignment = EMPTY;
        if (m.awaitingSync) {
          m.awaitingSync(syncError(ErrorCode.RebalanceInProgress));
          m.awaitingSync = null;
        }
      }
    }
    this.syncTimer?.cancel();
    this.syncTimer = null;
    this.pendingSync.clear();
    const wasEmpty = this.state === 'Empty';
    this.transition('PreparingRebalance');
    this.host.log.debug('preparing rebalance', { group: this.groupId, generation: this.generationId, reason });
    this.joinPhase.start(this.maxRebalanceTimeout(), wasEmpty);
    if (!this.joinPhase.delaying) this.checkJoinComplete();
  }

  private onJoinTimer(): void {
    if (this.state !== 'PreparingRebalance') return;
    if (this.joinPhase.extendInitialDelay()) return;
    this.completeJoin();
  }

  private get allMembersJoined(): boolean {
    for (const m of this.members.values()) if (!m.awaitingJoin) return false;
    return this.pendingMembers.size === 0;
  }

  private checkJoinComplete(): void {
    if (this.state !== 'PreparingRebalance' || this.joinPhase.delaying) return;
    if (this.allMembersJoined) this.completeJoin();
  }

  private completeJoin(): void {
    this.joinPhase.stop();
    // Dynamic members that did not rejoin within the rebalance timeout leave the group; static ones stay.
    for (const m of [...this.members.values()]) {
      if (!m.awaitingJoin && m.groupInstanceId === null) this.removeMember(m, ErrorCode.UnknownMemberId, false);
    }
    if (this.leaderId !== null && !this.members.get(this.leaderId)?.awaitingJoin) {
      const joined = [...this.members.values()].find((m) => m.awaitingJoin);
      if (joined) this.leaderId = joined.memberId;
    }
    this.generationId++;
    if (this.members.size === 0) {
      this.protocolName = null;
      this.leaderId = null;
      this.transition('Empty');
      this.tryPersist();
      this.host.log.info('group is empty', { group: this.groupId, generation: this.generationId });
      return;
    }
    this.protocolName = this.selectProtocol();
    this.transition('CompletingRebalance');
    this.host.log.info('rebalance completed joining', {
      group: this.groupId,
      generation: this.generationId,
      protocol: this.protocolName,
      members: this.members.size,
    });
    for (const m of this.members.values()) {
      const respond = m.awaitingJoin;
      if (!respond) continue;
      m.awaitingJoin = null;
      m.isNew = false;
      this.pendingSync.add(m.memberId);
      this.heartbeatReceived(m);
      respond(this.joinResponse(m));
    }
    const timeout = this.maxRebalanceTimeout();
    this.syncTimer = this.host.scheduler.schedule(timeout, () =>
      this.host.enqueue(this.groupId, () => this.onSyncTimeout()),
    );
  }

  private joinResponse(member: ClassicMember): JoinResult {
    const isLeader = member.memberId === this.leaderId;
    return {
      errorCode: ErrorCode.None,
      generationId: this.generationId,
      protocolType: this.protocolType,
      protocolName: this.protocolName,
      leader: this.leaderId ?? '',
      memberId: member.memberId,
      skipAssignment: false,
      members: isLeader
        ? [...this.members.values()].map((m) => ({
            memberId: m.memberId,
            groupInstanceId: m.groupInstanceId,
            metadata: m.metadataFor(this.protocolName),
          }))
        : [],
    };
  }

  /** Members that never sent SyncGroup in time are removed and the group rebalances (Kafka's pending sync). */
  private onSyncTimeout(): void {
    this.syncTimer = null;
    if ((this.state !== 'CompletingRebalance' && this.state !== 'Stable') || this.pendingSync.size === 0) return;
    const missing = [...this.pendingSync];
    this.pendingSync.clear();
    this.host.log.info('members did not sync in time', { group: this.groupId, members: missing });
    for (const id of missing) {
      const m = this.members.get(id);
      if (m) this.removeMember(m, ErrorCode.UnknownMemberId, false);
    }
    this.maybePrepareRebalance('pending sync expired');
  }

  // ---------------------------------------------------------------- SyncGroup

  sync(input: SyncInput): Promise<SyncResult> {
    return new Promise((resolve) => {
      const immediate = this.doSync(input, resolve);
      if (immediate) resolve(immediate);
    });
  }

  private doSync(input: SyncInput, respond: (r: SyncResult) => void): SyncResult | null {
    if (this.state === 'Dead') return syncError(ErrorCode.CoordinatorNotAvailable);
    const fenced = this.staticCheck(input);
    if (fenced !== ErrorCode.None) return syncError(fenced);
    const member = this.members.get(input.memberId);
    if (!member) return syncError(ErrorCode.UnknownMemberId);
    if (input.generationId !== this.generationId) return syncError(ErrorCode.IllegalGeneration);
    if (
      (input.protocolType !== null && input.protocolType !== this.protocolType) ||
      (input.protocolName !== null && input.protocolName !== this.protocolName)
    ) {
      return syncError(ErrorCode.InconsistentGroupProtocol);
    }
    switch (this.state) {
      case 'Empty':
        return syncError(ErrorCode.UnknownMemberId);
      case 'PreparingRebalance':
        return syncError(ErrorCode.RebalanceInProgress);
      case 'CompletingRebalance': {
        this.pendingSync.delete(member.memberId);
        this.heartbeatReceived(member);
        member.awaitingSync?.(syncError(ErrorCode.RebalanceInProgress));
        member.awaitingSync = respond;
        if (member.memberId === this.leaderId) this.applyLeaderAssignment(input.assignments);
        return null;
      }
      case 'Stable':
        this.pendingSync.delete(member.memberId);
        this.heartbeatReceived(member);
        return this.syncResponse(member);
      default:
        return syncError(ErrorCode.UnknownMemberId);
    }
  }

  private applyLeaderAssignment(assignments: { memberId: string; assignment: Buffer }[]): void {
    const given = new Map(assignments.map((a) => [a.memberId, a.assignment]));
    // Members the leader left out get an empty assignment.
    for (const m of this.members.values()) m.assignment = given.get(m.memberId) ?? EMPTY;
    try {
      this.host.persist(this);
    } catch {
      for (const m of this.members.values()) {
        m.assignment = EMPTY;
        m.awaitingSync?.(syncError(ErrorCode.CoordinatorNotAvailable));
        m.awaitingSync = null;
      }
      this.prepareRebalance('group metadata could not be stored');
      return;
    }
    this.transition('Stable');
    for (const m of this.members.values()) {
      if (m.awaitingSync) {
        m.awaitingSync(this.syncResponse(m));
        m.awaitingSync = null;
      }
    }
  }

  private syncResponse(member: ClassicMember): SyncResult {
    return {
      errorCode: ErrorCode.None,
      protocolType: this.protocolType,
      protocolName: this.protocolName,
      assignment: member.assignment,
    };
  }

  // ---------------------------------------------------------------- Heartbeat / LeaveGroup / expiry

  heartbeat(identity: MemberIdentity, generationId: number): ErrorCode {
    if (this.state === 'Dead') return ErrorCode.CoordinatorNotAvailable;
    const fenced = this.staticCheck(identity);
    if (fenced !== ErrorCode.None) return fenced;
    const member = this.members.get(identity.memberId);
    if (!member || this.state === 'Empty') return ErrorCode.UnknownMemberId;
    if (generationId !== this.generationId) return ErrorCode.IllegalGeneration;
    this.heartbeatReceived(member);
    return this.state === 'PreparingRebalance' ? ErrorCode.RebalanceInProgress : ErrorCode.None;
  }

  /** Restarts the member's session timer. */
  heartbeatReceived(member: ClassicMember): void {
    member.lastHeartbeat = this.host.scheduler.now();
    member.sessionTimer?.cancel();
    member.sessionTimer = this.host.scheduler.schedule(member.sessionTimeoutMs, () =>
      this.host.enqueue(this.groupId, () => this.onSessionTimeout(member)),
    );
  }

  private onSessionTimeout(member: ClassicMember): void {
    if (this.members.get(member.memberId) !== member) return;
    // A member waiting in a rebalance is bounded by the rebalance / sync timeouts instead.
    if ((member.awaitingJoin && !member.isNew) || member.awaitingSync) {
      this.heartbeatReceived(member);
      return;
    }
    this.host.log.info('member session expired', { group: this.groupId, member: member.memberId });
    this.removeMember(member, ErrorCode.UnknownMemberId, true);
  }

  leave(identity: MemberIdentity): ErrorCode {
    if (this.state === 'Dead') return ErrorCode.CoordinatorNotAvailable;
    let memberId = identity.memberId;
    if (identity.groupInstanceId !== null) {
      const current = this.staticMembers.get(identity.groupInstanceId);
      if (current === undefined) return ErrorCode.UnknownMemberId;
      if (memberId !== '' && memberId !== current) return ErrorCode.FencedInstanceId;
      memberId = current;
    }
    const pending = this.pendingMembers.get(memberId);
    if (pending) {
      pending.cancel();
      this.pendingMembers.delete(memberId);
      if (this.state === 'PreparingRebalance') this.checkJoinComplete();
      return ErrorCode.None;
    }
    const member = this.members.get(memberId);
    if (!member) return ErrorCode.UnknownMemberId;
    this.host.log.info('member left', { group: this.groupId, member: memberId });
    this.removeMember(member, ErrorCode.UnknownMemberId, true);
    return ErrorCode.None;
  }

  /** Removes a member; with `rebalance`, the group reacts (Kafka's removeMemberAndUpdateGroup). */
  private removeMember(member: ClassicMember, errorCode: ErrorCode, rebalance: boolean): void {
    member.sessionTimer?.cancel();
    member.sessionTimer = null;
    if (member.awaitingJoin) {
      member.awaitingJoin(joinError(errorCode, member.memberId));
      member.awaitingJoin = null;
    }
    if (member.awaitingSync) {
      member.awaitingSync(syncError(errorCode));
      member.awaitingSync = null;
    }
    this.members.delete(member.memberId);
    this.pendingSync.delete(member.memberId);
    if (member.groupInstanceId !== null && this.staticMembers.get(member.groupInstanceId) === member.memberId) {
      this.staticMembers.delete(member.groupInstanceId);
    }
    if (this.leaderId === member.memberId) this.leaderId = this.members.keys().next().value ?? null;
    if (!rebalance) return;
    if (this.state === 'Stable' || this.state === 'CompletingRebalance')
      this.prepareRebalance(`member ${member.memberId} left`);
    else if (this.state === 'PreparingRebalance') this.checkJoinComplete();
  }

  private tryPersist(): void {
    try {
      this.host.persist(this);
    } catch (error) {
      this.host.log.info('group metadata could not be stored', {
        group: this.groupId,
        error: (error as Error).message,
      });
    }
  }

  /** Deletes the group (DeleteGroups, offsets expiry): fails every waiting request. */
  markDead(): void {
    for (const m of [...this.members.values()]) this.removeMember(m, ErrorCode.CoordinatorNotAvailable, false);
    for (const t of this.pendingMembers.values()) t.cancel();
    this.pendingMembers.clear();
    this.joinPhase.cancel();
    this.syncTimer?.cancel();
    this.transition('Dead');
  }

  /** Stops every timer (broker shutdown). */
  shutdown(): void {
    for (const m of this.members.values()) m.sessionTimer?.cancel();
    for (const t of this.pendingMembers.values()) t.cancel();
    this.joinPhase.cancel();
    this.syncTimer?.cancel();
  }

  // ---------------------------------------------------------------- offsets, persistence, admin views

  /** Kafka's validateOffsetCommit for classic groups. */
  validateCommit(identity: MemberIdentity, generationId: number): ErrorCode {
    if (this.state === 'Dead') return ErrorCode.CoordinatorNotAvailable;
    if (generationId < 0 && this.state === 'Empty') return ErrorCode.None;
    const fenced = this.staticCheck(identity);
    if (fenced !== ErrorCode.None) return fenced;
    const member = this.members.get(identity.memberId);
    if (!member) return ErrorCode.UnknownMemberId;
    if (generationId !== this.generationId) return ErrorCode.IllegalGeneration;
    if (this.state === 'CompletingRebalance') return ErrorCode.RebalanceInProgress;
    this.heartbeatReceived(member);
    return ErrorCode.None;
  }

  /**
   * TxnOffsetCommit's checks (Kafka's doTxnCommitOffsets): no REBALANCE_IN_PROGRESS, and a producer that is
   * not a member (no member id, generation -1) may commit for the group.
   */
  validateTxnCommit(identity: MemberIdentity, generationId: number): ErrorCode {
    if (this.state === 'Dead') return ErrorCode.CoordinatorNotAvailable;
    if (generationId < 0 && this.state === 'Empty') return ErrorCode.None;
    if (generationId >= 0 || identity.memberId !== '' || identity.groupInstanceId !== null) {
      const fenced = this.staticCheck(identity);
      if (fenced !== ErrorCode.None) return fenced;
      if (!this.members.has(identity.memberId)) return ErrorCode.UnknownMemberId;
      if (generationId !== this.generationId) return ErrorCode.IllegalGeneration;
    }
    return ErrorCode.None;
  }

  /** Topics the members subscribe to (consumer protocol only), for OffsetDelete. */
  subscribedTopics(decode: (metadata: Buffer) => string[] | null): Set<string> | null {
    if (this.protocolType !== 'consumer' || this.protocolName === null) return null;
    const topics = new Set<string>();
    for (const m of this.members.values()) {
      const names = decode(m.metadataFor(this.protocolName));
      if (names === null) return null;
      for (const t of names) topics.add(t);
    }
    return topics;
  }

  toStored(): { protocolType: string; members: StoredMember[] } {
    return {
      protocolType: this.protocolType ?? '',
      members: [...this.members.values()].map((m) => toStoredMember(m, this.protocolName)),
    };
  }

  /** Rebuilds the group from its stored metadata (start-up): Stable with its members, or Empty. */
  restore(value: {
    protocolType: string;
    generation: number;
    protocol: string | null;
    leader: string | null;
    currentStateTimestamp: number;
    members: StoredMember[];
  }): void {
    this.generationId = value.generation;
    this.protocolType = value.protocolType === '' ? null : value.protocolType;
    this.protocolName = value.protocol;
    this.leaderId = value.leader;
    this.members.clear();
    this.staticMembers.clear();
    for (const s of value.members) {
      const m = memberFromStored(s, value.protocolType, value.protocol);
      this.members.set(m.memberId, m);
      if (m.groupInstanceId !== null) this.staticMembers.set(m.groupInstanceId, m.memberId);
    }
    this.state = this.members.size > 0 ? 'Stable' : 'Empty';
    this.stateTimestamp = value.currentStateTimestamp > 0 ? value.currentStateTimestamp : this.host.scheduler.now();
  }

  /** Starts session timers of restored members (they must heartbeat again within their session timeout). */
  startTimers(): void {
    for (const m of this.members.values()) this.heartbeatReceived(m);
  }
}
