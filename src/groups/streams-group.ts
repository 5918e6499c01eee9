/**
 * One streams group (KIP-1071, StreamsGroupHeartbeat), after Kafka 4.4's GroupMetadataManager.streamsGroupHeartbeat
 * and the streams CurrentAssignmentBuilder. A Kafka Streams application with `group.protocol=streams` sends its
 * topology when a member joins; the coordinator configures it against the topics that exist
 * (streams-topology.ts: internal topics the broker must create, missing or wrongly partitioned topics as statuses),
 * and once it is ready assigns tasks (a subtopology's partition) with the `sticky` assignor (streams-assignor.ts):
 * active tasks, and standby replicas of stateful tasks with `streams.num.standby.replicas`. A group epoch is bumped
 * when a member joins, leaves or changes, when the topics the topology uses change, or when the topology becomes
 * valid; members reconcile incrementally as in KIP-848: an active task moves only once its previous owner revoked it.
 *
 * Like Kafka 4.4, no warm-up tasks are assigned (its AssignmentRefiner returns the assignment as it is), and
 * target assignments are at least `streams.assignment.interval.ms` apart. As in Kafka 4.4,
 * `streams.rack.aware.assignment.tags` only asks members for client tags (MISSING_CLIENT_TAGS): the assignor does not
 * place standbys by them. Source topic regular expressions are refused and a topology cannot change while the group
 * exists, as in Kafka 4.4.
 */
import { ErrorCode, KafkaError } from '../errors';
import type { Assignment } from './assignors';
import type { GroupConfig } from './config';
import {
  assignmentEquals,
  cloneAssignment as cloneTasks,
  invalid,
  subscriptionMetadataHash,
  type TopicLookup,
} from './consumer-group';
import type { Scheduler, Timer } from './scheduler';
import { assignTasks } from './streams-assignor';
import {
  type ActiveTasks,
  activeKeys,
  cloneActive,
  fromTaskIds,
  hasTask,
  type StreamsEndpoint,
  StreamsMember,
  type StreamsMemberState,
  type TaskIds,
  type TaskOffset,
  toTaskIds,
} from './streams-member';
import { reconcileStreamsMember } from './streams-reconciliation';
import {
  type ConfiguredTopology,
  configureTopology,
  type InternalTopicToCreate,
  isReady,
  requiredTopics,
  type StreamsStatusEntry,
  StreamsStatus,
  type StreamsTopology,
  sourceTopicMap,
} from './streams-topology';

export const STREAMS_LEAVE_GROUP_MEMBER_EPOCH = -1;
export const STREAMS_LEAVE_GROUP_STATIC_MEMBER_EPOCH = -2;

export type StreamsGroupState = 'Empty' | 'NotReady' | 'Assigning' | 'Reconciling' | 'Stable' | 'Dead';
export interface StreamsHeartbeatInput {
  memberId: string;
  memberEpoch: number;
  endpointInformationEpoch: number;
  instanceId: string | null;
  rackId: string | null;
  rebalanceTimeoutMs: number;
  topology: StreamsTopology | null;
  activeTasks: TaskIds[] | null;
  standbyTasks: TaskIds[] | null;
  warmupTasks: TaskIds[] | null;
  processId: string | null;
  userEndpoint: StreamsEndpoint | null;
  clientTags: { key: string; value: string }[] | null;
  /** null = unchanged since the last report (sent every `group.streams.task.offset.interval.ms`). */
  taskOffsets: TaskOffset[] | null;
  taskEndOffsets: TaskOffset[] | null;
  shutdownApplication: boolean;
  clientId: string;
  clientHost: string;
  /** The request's version (MISSING_CLIENT_TAGS is v1's); a caller that does not say is taken as the newest. */
  apiVersion?: number;
}

export interface EndpointPartitions {
  userEndpoint: StreamsEndpoint;
  activePartitions: { topic: string; partitions: number[] }[];
  standbyPartitions: { topic: string; partitions: number[] }[];
}

export interface StreamsHeartbeatResult {
  memberId: string;
  memberEpoch: number;
  heartbeatIntervalMs: number;
  status: StreamsStatusEntry[];
  /** null = unchanged since the last response (the three together). */
  activeTasks: TaskIds[] | null;
  standbyTasks: TaskIds[] | null;
  warmupTasks: TaskIds[] | null;
  endpointInformationEpoch: number;
  partitionsByUserEndpoint: EndpointPartitions[] | null;
  /** Internal topics the broker is to create (MISSING_INTERNAL_TOPICS). */
  internalTopicsToCreate: InternalTopicToCreate[];
}

/** The group settings in force for one group: its own configs (the GROUP resource), else the broker's. */
export interface StreamsGroupSettings {
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  numStandbyReplicas: number;
  initialRebalanceDelayMs: number;
  /** Shortest time between two target assignments (0: none). */
  assignmentIntervalMs: number;
  /** Client tags every member must carry (v1 heartbeats get MISSING_CLIENT_TAGS otherwise). */
  rackAwareAssignmentTags: string[];
}

export interface StreamsGroupHost {
  readonly scheduler: Scheduler;
  readonly config: GroupConfig;
  readonly topics: TopicLookup;
  settings(groupId: string): StreamsGroupSettings;
  enqueue(groupId: string, task: () => void): void;
  /** Persists the group's snapshot; throws when it could not be stored. */
  persist(group: StreamsGroup): void;
  log: { info(msg: string, meta?: object): void; debug(msg: string, meta?: object): void };
}

function sameMetadata(a: StreamsMember, b: StreamsMemberFields): boolean {
  return (
    a.instanceId === b.instanceId &&
    a.rackId === b.rackId &&
    a.rebalanceTimeoutMs === b.rebalanceTimeoutMs &&
    a.topologyEpoch === b.topologyEpoch &&
    a.processId === b.processId &&
    a.clientId === b.clientId &&
    a.clientHost === b.clientHost &&
    JSON.stringify(a.userEndpoint) === JSON.stringify(b.userEndpoint) &&
    JSON.stringify(a.clientTags) === JSON.stringify(b.clientTags)
  );
}

type StreamsMemberFields = Pick<
  StreamsMember,
  | 'instanceId'
  | 'rackId'
  | 'rebalanceTimeoutMs'
  | 'topologyEpoch'
  | 'processId'
  | 'clientId'
  | 'clientHost'
  | 'userEndpoint'
  | 'clientTags'
>;

export class StreamsGroup {
  readonly kind = 'streams';
  /** A new group is at epoch 1 with an (empty) assignment at 1, as Kafka 4.4's: epoch 0 is a joining member's. */
  groupEpoch = 1;
  assignmentEpoch = 1;
  topology: StreamsTopology | null = null;
  /** The topology configured against the topics (recomputed when they change); null until the first heartbeat. */
  configured: ConfiguredTopology | null = null;
  /** The topology epoch that configured without problems (-1: none), part of what the group epoch reflects. */
  validatedTopologyEpoch = -1;
  /** streams.num.standby.replicas at the last epoch. */
  lastNumStandbyReplicas = -1;
  /** The assignment configs at the last epoch (Kafka's lastAssignmentConfigs: a change recomputes the assignment). */
  lastAssignmentConfigs = '';
  readonly members = new Map<string, StreamsMember>();
  readonly target = new Map<string, { active: Assignment; standby: Assignment }>();
  /** instance id -> member id */
  readonly staticMembers = new Map<string, string>();
  /** Bumped when a member's endpoint or the tasks of a member with an endpoint change (Interactive Queries). */
  endpointInformationEpoch = 0;
  shutdownRequestMemberId: string | null = null;
  /** When the target assignment was last computed (0: never, or since the group emptied). */
  assignmentTimestamp = 0;
  private metadataHash = '';
  private initialDelayTimer: Timer | null = null;
  dead = false;
  stateTimestamp: number;

  constructor(
    readonly groupId: string,
    private readonly host: StreamsGroupHost,
  ) {
    this.stateTimestamp = host.scheduler.now();
  }

  get state(): StreamsGroupState {
    if (this.dead) return 'Dead';
    if (this.members.size === 0) return 'Empty';
    if (this.topology === null || this.topology.epoch !== this.validatedTopologyEpoch) return 'NotReady';
    if (this.groupEpoch > this.assignmentEpoch) return 'Assigning';
    for (const m of this.members.values()) {
      if (m.state !== 'STABLE' || m.memberEpoch !== this.assignmentEpoch) return 'Reconciling';
    }
    return 'Stable';
  }

  get isEmpty(): boolean {
    return this.members.size === 0;
  }

  /** The topics the group reads (OffsetDelete refuses them while members run; Kafka's isSubscribedToTopic). */
  subscribedTopicNames(): Set<string> {
    if (this.members.size === 0 || this.topology === null) return new Set();
    return new Set(sourceTopicMap(this.topology).keys());
  }

  /**
   * Throws KafkaError for a malformed request, in the order of Kafka 4.4's GroupCoordinatorService
   * (throwIfStreamsGroupHeartbeatRequestIsUsingUnsupportedFeatures, throwIfStreamsGroupHeartbeatRequestIsInvalid).
   */
  static validate(groupId: string, input: StreamsHeartbeatInput, sourceTopicRegexes: boolean): void {
    if (sourceTopicRegexes) throw invalid('Regular expressions for source topics are not supported yet.');
    const blank = (s: string | null) => s !== null && s.trim() === '';
    if (blank(input.memberId)) throw invalid("MemberId can't be empty.");
    if (blank(groupId)) throw invalid("GroupId can't be empty.");
    if (blank(input.instanceId)) throw invalid("InstanceId can't be empty.");
    if (blank(input.rackId)) throw invalid("RackId can't be empty.");
    const epoch = input.memberEpoch;
    if (epoch === 0) {
      if (input.rebalanceTimeoutMs === -1) throw invalid('RebalanceTimeoutMs must be provided in first request.');
      for (const [name, tasks] of [
        ['ActiveTasks', input.activeTasks],
        ['StandbyTasks', input.standbyTasks],
        ['WarmupTasks', input.warmupTasks],
      ] as const) {
        if (tasks === null || tasks.length > 0) throw invalid(`${name} must be empty when (re-)joining.`);
      }
      if (input.topology === null) throw invalid('Topology must be non-null when (re-)joining.');
      for (const s of input.topology.subtopologies) {
        for (const t of s.stateChangelogTopics) {
          if (t.partitions !== 0) {
            throw new KafkaError(
              ErrorCode.StreamsInvalidTopology,
              `Changelog topic ${t.name} must have an undefined partition count, but it is set to ${t.partitions}.`,
            );
          }
        }
      }
    } else if (epoch === STREAMS_LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
      if (input.instanceId === null) throw invalid("InstanceId can't be null.");
    } else if (epoch < STREAMS_LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
      throw invalid(`MemberEpoch is ${epoch}, but must be greater than or equal to -2.`);
    }
    const lists = [input.activeTasks, input.standbyTasks, input.warmupTasks];
    if (lists.some((l) => l !== null) && lists.some((l) => l === null)) {
      throw invalid('If one task-type is non-null, all must be non-null.');
    }
    if (epoch !== 0 && input.topology !== null) throw invalid('Topology can only be provided when (re-)joining.');
    for (const offsets of [input.taskOffsets, input.taskEndOffsets]) {
      const seen = new Set<string>();
      for (const t of offsets ?? []) {
        const key = `${t.subtopologyId}\0${t.partition}`;
        if (seen.has(key)) {
          throw invalid(
            `Task offsets contain a duplicate entry for subtopology ${t.subtopologyId} and partition ${t.partition}.`,
          );
        }
        seen.add(key);
      }
    }
  }

  /** One StreamsGroupHeartbeat; throws KafkaError for rejected requests (the group is then unchanged). */
  heartbeat(input: StreamsHeartbeatInput): StreamsHeartbeatResult {
    if (
      input.memberEpoch === STREAMS_LEAVE_GROUP_MEMBER_EPOCH ||
      input.memberEpoch === STREAMS_LEAVE_GROUP_STATIC_MEMBER_EPOCH
    ) {
      return this.leave(input);
    }
    const joining = input.memberEpoch === 0;
    const wasEmpty = this.members.size === 0;
    const { member, replaced } = this.findMember(input, joining);
    // Everything that can refuse the request is checked before the group changes.
    const topology = this.topologyFor(input.topology);
    const settings = this.host.settings(this.groupId);
    const updated: StreamsMemberFields = {
      instanceId: input.instanceId ?? member.instanceId,
      rackId: input.rackId ?? member.rackId,
      rebalanceTimeoutMs: input.rebalanceTimeoutMs !== -1 ? input.rebalanceTimeoutMs : member.rebalanceTimeoutMs,
      topologyEpoch: input.topology !== null ? input.topology.epoch : member.topologyEpoch,
      processId: input.processId ?? member.processId,
      clientId: input.clientId,
      clientHost: input.clientHost,
      userEndpoint: joining ? input.userEndpoint : (input.userEndpoint ?? member.userEndpoint),
      clientTags: input.clientTags
        ? Object.fromEntries(input.clientTags.map((t) => [t.key, t.value]))
        : member.clientTags,
    };
    let recompute = !this.members.has(member.memberId) || !sameMetadata(member, updated);
    const hash = subscriptionMetadataHash(requiredTopics(topology), this.host.topics);
    let configured = this.configured;
    if (configured === null || this.topology === null || hash !== this.metadataHash) {
      if (hash !== this.metadataHash) recompute = true;
      configured = configureTopology(topology, (name) => this.host.topics.byName(name)?.partitions);
    }
    const validatedEpoch = isReady(configured) ? topology.epoch : -1;
    if (isReady(configured)) {
      for (const tasks of [input.activeTasks, input.standbyTasks, input.warmupTasks]) checkTasks(configured, tasks);
    }
    if (validatedEpoch !== this.validatedTopologyEpoch) recompute = true;
    const assignmentConfigs = assignmentConfigsOf(settings);
    if (assignmentConfigs !== this.lastAssignmentConfigs) recompute = true;

    // The request is accepted: apply it.
    if (replaced) this.replaceStaticMember(replaced, member);
    if (!this.members.has(member.memberId)) {
      this.members.set(member.memberId, member);
      if (member.instanceId !== null) this.staticMembers.set(member.instanceId, member.memberId);
      this.host.log.info('streams group member joined', { group: this.groupId, member: member.memberId });
    }
    const before = {
      active: activeKeys(member.active),
      standby: cloneTasks(member.standby),
      endpoint: member.userEndpoint,
      epoch: member.memberEpoch,
    };
    Object.assign(member, updated);
    if (input.taskOffsets !== null) member.taskOffsets = input.taskOffsets;
    if (input.taskEndOffsets !== null) member.taskEndOffsets = input.taskEndOffsets;
    if (updated.instanceId !== null) this.staticMembers.set(updated.instanceId, member.memberId);
    if (this.topology === null) {
      this.host.log.info('streams group topology initialized', { group: this.groupId, epoch: topology.epoch });
    }
    this.topology = topology;
    this.configured = configured;
    this.metadataHash = hash;
    const status: StreamsStatusEntry[] = [];
    if (member.topologyEpoch < topology.epoch) {
      status.push({
        statusCode: StreamsStatus.STALE_TOPOLOGY,
        statusDetail: `The member's topology epoch ${member.topologyEpoch} is behind the group's topology epoch ${topology.epoch}.`,
      });
    }
    if (recompute) {
      this.validatedTopologyEpoch = validatedEpoch;
      this.lastNumStandbyReplicas = settings.numStandbyReplicas;
      this.lastAssignmentConfigs = assignmentConfigs;
      this.bumpGroupEpoch(`member ${member.memberId} joined or changed, or the topology or its topics changed`);
    }
    if (wasEmpty && settings.initialRebalanceDelayMs > 0 && this.initialDelayTimer === null) {
      this.initialDelayTimer = this.host.scheduler.schedule(settings.initialRebalanceDelayMs, () =>
        this.host.enqueue(this.groupId, () => this.endInitialDelay()),
      );
    }
    if (this.initialDelayTimer !== null) {
      status.push({
        statusCode: StreamsStatus.ASSIGNMENT_DELAYED,
        statusDetail: 'Assignment delayed due to the configured initial rebalance delay.',
      });
      // Kafka reconciles the member towards an empty target while the delay runs.
      this.reconcile(member, this.assignmentEpoch, { active: new Map(), standby: new Map() }, input);
    } else {
      if (this.groupEpoch > this.assignmentEpoch) {
        if (this.mayAssign(settings.assignmentIntervalMs)) this.computeTargetAssignment();
        else {
          status.push({
            statusCode: StreamsStatus.ASSIGNMENT_DELAYED,
            statusDetail: 'Assignment delayed due to the configured assignment interval.',
          });
        }
      }
      this.reconcile(member, this.assignmentEpoch, this.targetOf(member.memberId), input);
    }
    this.scheduleSession(member);
    if (input.shutdownApplication) this.shutdownRequestMemberId = member.memberId;

    const tasksChanged =
      !assignmentEquals(before.active, activeKeys(member.active)) || !assignmentEquals(before.standby, member.standby);
    const endpointChanged = JSON.stringify(before.endpoint) !== JSON.stringify(member.userEndpoint);
    if (endpointChanged || (tasksChanged && member.userEndpoint !== null)) this.endpointInformationEpoch++;
    if (configured.status) status.push({ ...configured.status });
    const missingTags = settings.rackAwareAssignmentTags.filter((t) => !(t in member.clientTags));
    if ((input.apiVersion ?? 1) >= 1 && missingTags.length > 0) {
      status.push({
        statusCode: StreamsStatus.MISSING_CLIENT_TAGS,
        statusDetail: `Missing required client tags for rack-aware standby assignment: [${missingTags.join(', ')}]. Configure them via 'client.tag.<tagKey>' in your Streams config.`,
      });
    }
    if (this.shutdownRequestMemberId !== null) {
      status.push({
        statusCode: StreamsStatus.SHUTDOWN_APPLICATION,
        statusDetail: `Streams group member ${this.shutdownRequestMemberId} encountered a fatal error and requested a shutdown for the entire application.`,
      });
    }
    if (recompute || tasksChanged || before.epoch !== member.memberEpoch || joining) this.tryPersist();
    const full = joining || tasksChanged;
    return {
      memberId: member.memberId,
      memberEpoch: member.memberEpoch,
      heartbeatIntervalMs: settings.heartbeatIntervalMs,
      status,
      activeTasks: full ? toTaskIds(member.active) : null,
      standbyTasks: full ? toTaskIds(member.standby) : null,
      warmupTasks: full ? [] : null,
      endpointInformationEpoch: this.endpointInformationEpoch,
      partitionsByUserEndpoint:
        this.endpointInformationEpoch !== input.endpointInformationEpoch ? this.endpointToPartitions() : null,
      internalTopicsToCreate: configured.internalTopicsToCreate,
    };
  }

  /** The member the request is from (a new one when joining), without adding it to the group yet. */
  private findMember(
    input: StreamsHeartbeatInput,
    joining: boolean,
  ): { member: StreamsMember; replaced: StreamsMember | null } {
    const unknown = () =>
      new KafkaError(ErrorCode.UnknownMemberId, `Member ${input.memberId} is not a member of group ${this.groupId}.`);
    if (joining && !this.members.has(input.memberId)) {
      const isStatic = input.instanceId !== null && this.staticMembers.has(input.instanceId);
      if (!isStatic && this.members.size >= this.host.config.streamsMaxSize) {
        throw new KafkaError(
          ErrorCode.GroupMaxSizeReached,
          `The streams group has reached its maximum capacity of ${this.host.config.streamsMaxSize} members.`,
        );
      }
    }
    if (input.instanceId === null) {
      const existing = this.members.get(input.memberId);
      if (joining) return { member: existing ?? this.newMember(input), replaced: null };
      if (!existing) throw unknown();
      this.checkEpoch(existing, input);
      return { member: existing, replaced: null };
    }
    const staticId = this.staticMembers.get(input.instanceId);
    const current = staticId !== undefined ? this.members.get(staticId) : undefined;
    if (joining) {
      if (!current) return { member: this.newMember(input), replaced: null };
      if (current.memberId === input.memberId) return { member: current, replaced: null };
      if (current.memberEpoch !== STREAMS_LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
        throw new KafkaError(
          ErrorCode.UnreleasedInstanceId,
          `Static member ${input.memberId} with instance id ${input.instanceId} cannot join the group because the instance id is owned by ${current.memberId} member.`,
        );
      }
      // A static member coming back takes over its previous incarnation's tasks, as a new member id at epoch 0.
      const member = this.newMember(input);
      member.processId = current.processId;
      member.active = cloneActive(current.active);
      member.standby = cloneTasks(current.standby);
      member.memberEpoch = 0;
      member.previousMemberEpoch = 0;
      return { member, replaced: current };
    }
    if (!current) throw new KafkaError(ErrorCode.UnknownMemberId, `Instance id ${input.instanceId} is unknown.`);
    if (current.memberId !== input.memberId) {
      throw new KafkaError(
        ErrorCode.FencedInstanceId,
        `Static member ${input.memberId} with instance id ${input.instanceId} was fenced by member ${current.memberId}.`,
      );
    }
    this.checkEpoch(current, input);
    return { member: current, replaced: null };
  }

  private newMember(input: StreamsHeartbeatInput): StreamsMember {
    return new StreamsMember(input.memberId, input.instanceId, input.clientId, input.clientHost);
  }

  private replaceStaticMember(old: StreamsMember, member: StreamsMember): void {
    old.sessionTimer?.cancel();
    old.revocationTimer?.cancel();
    this.members.delete(old.memberId);
    const target = this.target.get(old.memberId);
    this.target.delete(old.memberId);
    if (target) this.target.set(member.memberId, target);
  }

  /** Kafka's throwIfStreamsGroupMemberEpochIsInvalid: a lost response (previous epoch, owning a subset) is tolerated. */
  private checkEpoch(member: StreamsMember, input: StreamsHeartbeatInput): void {
    const epoch = input.memberEpoch;
    if (epoch > member.memberEpoch) {
      throw new KafkaError(
        ErrorCode.FencedMemberEpoch,
        `The streams group member has a greater member epoch (${epoch}) than the one known by the group coordinator (${member.memberEpoch}). The member must abandon all its partitions and rejoin.`,
      );
    }
    if (epoch < member.memberEpoch) {
      const contained = (owned: TaskIds[] | null, held: Assignment | ActiveTasks) =>
        owned === null || owned.every((t) => t.partitions.every((p) => hasTask(held, t.subtopologyId, p)));
      if (
        epoch !== member.previousMemberEpoch ||
        !contained(input.activeTasks, member.active) ||
        !contained(input.standbyTasks, member.standby) ||
        !contained(input.warmupTasks, new Map())
      ) {
        throw new KafkaError(
          ErrorCode.FencedMemberEpoch,
          `The streams group member has a smaller member epoch (${epoch}) than the one known by the group coordinator (${member.memberEpoch}). The member must abandon all its partitions and rejoin.`,
        );
      }
    }
  }

  /** The topology the heartbeat runs with: the group's, or the joining member's when the group has none. */
  private topologyFor(requested: StreamsTopology | null): StreamsTopology {
    if (requested === null) {
      if (this.topology === null) throw new KafkaError(ErrorCode.UnknownServerError, 'The group has no topology.');
      return this.topology;
    }
    if (this.topology === null) return requested;
    if (this.topology.epoch > requested.epoch) return this.topology; // a stale member: STALE_TOPOLOGY below
    if (JSON.stringify(this.topology) !== JSON.stringify(requested)) {
      throw invalid('Topology updates are not supported yet.');
    }
    return this.topology;
  }

  private leave(input: StreamsHeartbeatInput): StreamsHeartbeatResult {
    if (input.shutdownApplication) this.shutdownRequestMemberId = input.memberId;
    let member: StreamsMember | undefined;
    if (input.instanceId === null) {
      member = this.members.get(input.memberId);
      if (!member) {
        throw new KafkaError(
          ErrorCode.UnknownMemberId,
          `Member ${input.memberId} is not a member of group ${this.groupId}.`,
        );
      }
    } else {
      const id = this.staticMembers.get(input.instanceId);
      member = id !== undefined ? this.members.get(id) : undefined;
      if (!member) throw new KafkaError(ErrorCode.UnknownMemberId, `Instance id ${input.instanceId} is unknown.`);
      if (member.memberId !== input.memberId) {
        throw new KafkaError(
          ErrorCode.FencedInstanceId,
          `Static member ${input.memberId} with instance id ${input.instanceId} was fenced by member ${member.memberId}.`,
        );
      }
    }
    if (input.memberEpoch === STREAMS_LEAVE_GROUP_STATIC_MEMBER_EPOCH && input.instanceId !== null) {
      // A static member leaving for a while keeps its tasks until its session times out.
      member.previousMemberEpoch = member.memberEpoch;
      member.memberEpoch = STREAMS_LEAVE_GROUP_STATIC_MEMBER_EPOCH;
      member.pendingActive = new Map();
      member.pendingStandby = new Map();
      this.scheduleSession(member);
      this.tryPersist();
    } else {
      this.host.log.info('streams group member left', { group: this.groupId, member: member.memberId });
      this.dropMember(member, `member ${member.memberId} left`);
    }
    return {
      memberId: input.memberId,
      memberEpoch: input.memberEpoch,
      heartbeatIntervalMs: 0,
      status: [],
      activeTasks: null,
      standbyTasks: null,
      warmupTasks: null,
      endpointInformationEpoch: 0,
      partitionsByUserEndpoint: null,
      internalTopicsToCreate: [],
    };
  }

  private dropMember(member: StreamsMember, reason: string): void {
    member.sessionTimer?.cancel();
    member.revocationTimer?.cancel();
    this.members.delete(member.memberId);
    this.target.delete(member.memberId);
    if (member.instanceId !== null && this.staticMembers.get(member.instanceId) === member.memberId) {
      this.staticMembers.delete(member.instanceId);
    }
    if (member.userEndpoint !== null) this.endpointInformationEpoch++;
    this.bumpGroupEpoch(reason);
    if (this.members.size === 0) {
      this.assignmentEpoch = this.groupEpoch;
      this.assignmentTimestamp = 0;
      this.shutdownRequestMemberId = null;
      this.initialDelayTimer?.cancel();
      this.initialDelayTimer = null;
    }
    this.tryPersist();
  }

  private fence(member: StreamsMember, reason: string): void {
    if (this.members.get(member.memberId) !== member) return;
    this.host.log.info('streams group member fenced', { group: this.groupId, member: member.memberId, reason });
    this.dropMember(member, `member ${member.memberId} fenced: ${reason}`);
  }

  private bumpGroupEpoch(reason: string): void {
    this.groupEpoch++;
    this.stateTimestamp = this.host.scheduler.now();
    this.host.log.debug('streams group epoch bumped', { group: this.groupId, epoch: this.groupEpoch, reason });
  }

  /** The initial rebalance delay ended: the first target assignment (members take it at their next heartbeat). */
  private endInitialDelay(): void {
    this.initialDelayTimer = null;
    if (this.dead || this.members.size === 0 || this.groupEpoch <= this.assignmentEpoch) return;
    if (!this.mayAssign(this.host.settings(this.groupId).assignmentIntervalMs)) return;
    this.computeTargetAssignment();
    this.tryPersist();
  }

  /**
   * Kafka's canComputeNextTargetAssignment: not within `streams.assignment.interval.ms` of the last target
   * assignment. No timer waits for the interval: the first heartbeat after it computes the assignment.
   */
  private mayAssign(intervalMs: number): boolean {
    return (
      this.assignmentTimestamp === 0 ||
      intervalMs === 0 ||
      this.host.scheduler.now() >= this.assignmentTimestamp + intervalMs
    );
  }

  private targetOf(memberId: string): { active: Assignment; standby: Assignment } {
    return this.target.get(memberId) ?? { active: new Map(), standby: new Map() };
  }

  private computeTargetAssignment(): void {
    const configured = this.configured;
    const subtopologies =
      configured && isReady(configured)
        ? [...configured.subtopologies!].map(([subtopologyId, s]) => ({
            subtopologyId,
            numberOfTasks: s.numberOfTasks,
            stateful: s.stateful,
          }))
        : [];
    const members = [...this.members.values()].map((m) => {
      // The assignor sees each member's current target (Kafka's TargetAssignmentBuilder), its tasks when it has none.
      const target = this.target.get(m.memberId);
      return {
        memberId: m.memberId,
        processId: m.processId,
        active: target?.active ?? activeKeys(m.active),
        standby: target?.standby ?? m.standby,
        taskOffsets: m.taskOffsets,
      };
    });
    const result = assignTasks(members, subtopologies, Math.max(0, this.lastNumStandbyReplicas));
    this.target.clear();
    for (const [memberId, a] of result) this.target.set(memberId, a);
    this.assignmentEpoch = this.groupEpoch;
    this.assignmentTimestamp = this.host.scheduler.now();
    this.host.log.debug('streams group target assignment computed', {
      group: this.groupId,
      epoch: this.assignmentEpoch,
    });
  }

  /** The other member running a task now, or revoking it (Kafka's currentActiveTaskProcessId). */
  private activeHolder(subtopologyId: string, partition: number, except: StreamsMember): StreamsMember | undefined {
    for (const m of this.members.values()) {
      if (m === except) continue;
      if (hasTask(m.active, subtopologyId, partition) || hasTask(m.pendingActive, subtopologyId, partition)) return m;
    }
    return undefined;
  }

  private standbyOnProcess(subtopologyId: string, partition: number, member: StreamsMember): boolean {
    for (const m of this.members.values()) {
      if (m === member || m.processId !== member.processId) continue;
      if (hasTask(m.standby, subtopologyId, partition) || hasTask(m.pendingStandby, subtopologyId, partition)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One reconciliation step of `member` (streams-reconciliation.ts); a member left revoking tasks is fenced if it has
   * not revoked them within its rebalance timeout.
   */
  private reconcile(
    member: StreamsMember,
    targetEpoch: number,
    target: { active: Assignment; standby: Assignment },
    input: StreamsHeartbeatInput,
  ): void {
    const owned =
      input.activeTasks !== null && input.standbyTasks !== null && input.warmupTasks !== null
        ? { active: fromTaskIds(input.activeTasks), standby: fromTaskIds(input.standbyTasks) }
        : null;
    const step = reconcileStreamsMember(member, targetEpoch, target, owned, {
      activeHolder: (s, p) => this.activeHolder(s, p, member),
      standbyOnProcess: (s, p) => this.standbyOnProcess(s, p, member),
    });
    if (step === 'unchanged') return;
    member.revocationTimer?.cancel();
    member.revocationTimer = null;
    if (step !== 'revoking') return;
    member.revocationTimer = this.host.scheduler.schedule(Math.max(0, member.rebalanceTimeoutMs), () =>
      this.host.enqueue(this.groupId, () => {
        if (member.state === 'UNREVOKED_TASKS') this.fence(member, 'rebalance timeout while revoking tasks');
      }),
    );
  }

  /** Interactive Queries: each member with an endpoint and the source partitions of its tasks. */
  private endpointToPartitions(): EndpointPartitions[] {
    const configured = this.configured?.subtopologies;
    if (!configured) return [];
    const partitionsOf = (tasks: Assignment) => {
      const out: { topic: string; partitions: number[] }[] = [];
      for (const [s, set] of tasks) {
        const sub = configured.get(s);
        if (!sub) continue;
        for (const topic of [...sub.sourceTopics, ...sub.repartitionSourceTopics.keys()]) {
          const count = this.host.topics.byName(topic)?.partitions ?? 0;
          const partitions = [...set].filter((p) => p < count).sort((a, b) => a - b);
          if (partitions.length > 0) out.push({ topic, partitions });
        }
      }
      return out;
    };
    const out: EndpointPartitions[] = [];
    for (const m of this.members.values()) {
      if (m.userEndpoint === null) continue;
      out.push({
        userEndpoint: m.userEndpoint,
        activePartitions: partitionsOf(activeKeys(m.active)),
        standbyPartitions: partitionsOf(m.standby),
      });
    }
    return out;
  }

  private scheduleSession(member: StreamsMember): void {
    member.sessionTimer?.cancel();
    member.sessionTimer = this.host.scheduler.schedule(this.host.settings(this.groupId).sessionTimeoutMs, () =>
      this.host.enqueue(this.groupId, () => this.fence(member, 'the member session expired')),
    );
  }

  private tryPersist(): void {
    try {
      this.host.persist(this);
    } catch (error) {
      this.host.log.info('streams group snapshot could not be stored', {
        group: this.groupId,
        error: (error as Error).message,
      });
    }
  }

  // ------------------------------------------------------------------ offsets

  /**
   * Offset fencing (Kafka's StreamsGroup.validateOffsetCommit / validateOffsetFetch). A commit: the member's current
   * epoch, or an older one for partitions of tasks it was assigned at that epoch or before (a commit racing a
   * rebalance); a plain OffsetCommit below v9 is refused; a group without members takes commits without a member
   * (an admin's reset), a transactional commit without a member is always taken. A fetch: the member's epoch exactly.
   */
  validateCommit(
    memberId: string,
    memberEpoch: number,
    kind: 'commit' | 'txn-commit' | 'fetch',
    topics: readonly { name: string; partitions: readonly number[] }[] = [],
    apiVersion = 9,
  ): ErrorCode {
    if (this.dead) return ErrorCode.CoordinatorNotAvailable;
    if (kind !== 'fetch') {
      if (memberEpoch < 0 && this.members.size === 0) return ErrorCode.None;
      if (kind === 'txn-commit' && memberEpoch === -1 && memberId === '') return ErrorCode.None;
    }
    const member = this.members.get(memberId);
    if (!member) return ErrorCode.UnknownMemberId;
    if (kind === 'fetch') return memberEpoch === member.memberEpoch ? ErrorCode.None : ErrorCode.StaleMemberEpoch;
    if (kind === 'commit' && apiVersion < 9) return ErrorCode.UnsupportedVersion;
    if (memberEpoch === member.memberEpoch) return ErrorCode.None;
    if (memberEpoch > member.memberEpoch) return ErrorCode.StaleMemberEpoch;
    const sources = this.topology ? sourceTopicMap(this.topology) : new Map<string, { subtopologyId: string }>();
    for (const t of topics) {
      const sub = sources.get(t.name);
      if (!sub) return ErrorCode.StaleMemberEpoch;
      for (const p of t.partitions) {
        const assignedAt =
          member.active.get(sub.subtopologyId)?.get(p) ?? member.pendingActive.get(sub.subtopologyId)?.get(p);
        if (assignedAt === undefined || memberEpoch < assignedAt) return ErrorCode.StaleMemberEpoch;
      }
    }
    return ErrorCode.None;
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
    this.initialDelayTimer?.cancel();
    this.initialDelayTimer = null;
  }

  startTimers(): void {
    for (const m of this.members.values()) this.scheduleSession(m);
  }

  // ------------------------------------------------------------------ snapshot (persistence)

  toSnapshot(): StreamsGroupSnapshot {
    const activeOut = (a: ActiveTasks) =>
      [...a].map(([subtopologyId, m]) => ({ subtopologyId, partitions: [...m.keys()], epochs: [...m.values()] }));
    return {
      groupEpoch: this.groupEpoch,
      assignmentEpoch: this.assignmentEpoch,
      assignmentTimestamp: this.assignmentTimestamp,
      topology: this.topology,
      validatedTopologyEpoch: this.validatedTopologyEpoch,
      lastNumStandbyReplicas: this.lastNumStandbyReplicas,
      lastAssignmentConfigs: this.lastAssignmentConfigs,
      members: [...this.members.values()].map((m) => ({
        memberId: m.memberId,
        instanceId: m.instanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rackId: m.rackId,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        topologyEpoch: m.topologyEpoch,
        processId: m.processId,
        userEndpoint: m.userEndpoint,
        clientTags: m.clientTags,
        memberEpoch: m.memberEpoch,
        previousMemberEpoch: m.previousMemberEpoch,
        state: m.state,
        active: activeOut(m.active),
        standby: toTaskIds(m.standby),
        pendingActive: activeOut(m.pendingActive),
        pendingStandby: toTaskIds(m.pendingStandby),
        targetActive: toTaskIds(this.targetOf(m.memberId).active),
        targetStandby: toTaskIds(this.targetOf(m.memberId).standby),
      })),
    };
  }

  restore(snapshot: StreamsGroupSnapshot): void {
    const activeIn = (list: { subtopologyId: string; partitions: number[]; epochs: number[] }[]): ActiveTasks =>
      new Map(list.map((t) => [t.subtopologyId, new Map(t.partitions.map((p, i) => [p, t.epochs[i]!]))]));
    this.shutdown();
    this.members.clear();
    this.target.clear();
    this.staticMembers.clear();
    this.groupEpoch = snapshot.groupEpoch;
    this.assignmentEpoch = snapshot.assignmentEpoch;
    this.assignmentTimestamp = snapshot.assignmentTimestamp;
    this.topology = snapshot.topology;
    this.validatedTopologyEpoch = snapshot.validatedTopologyEpoch;
    this.lastNumStandbyReplicas = snapshot.lastNumStandbyReplicas;
    this.lastAssignmentConfigs = snapshot.lastAssignmentConfigs;
    this.configured = null; // configured again against the topics at the next heartbeat
    for (const s of snapshot.members) {
      const m = new StreamsMember(s.memberId, s.instanceId, s.clientId, s.clientHost);
      Object.assign(m, {
        rackId: s.rackId,
        rebalanceTimeoutMs: s.rebalanceTimeoutMs,
        topologyEpoch: s.topologyEpoch,
        processId: s.processId,
        userEndpoint: s.userEndpoint,
        clientTags: s.clientTags,
        memberEpoch: s.memberEpoch,
        previousMemberEpoch: s.previousMemberEpoch,
        state: s.state,
      });
      m.active = activeIn(s.active);
      m.standby = fromTaskIds(s.standby);
      m.pendingActive = activeIn(s.pendingActive);
      m.pendingStandby = fromTaskIds(s.pendingStandby);
      this.members.set(m.memberId, m);
      if (m.instanceId !== null) this.staticMembers.set(m.instanceId, m.memberId);
      this.target.set(m.memberId, { active: fromTaskIds(s.targetActive), standby: fromTaskIds(s.targetStandby) });
    }
    this.metadataHash = this.topology ? subscriptionMetadataHash(requiredTopics(this.topology), this.host.topics) : '';
  }
}

/** Kafka's streamsGroupAssignmentConfigs: what the assignor is configured with, as one comparable string. */
function assignmentConfigsOf(settings: StreamsGroupSettings): string {
  const tags = settings.rackAwareAssignmentTags.join(',');
  return `num.standby.replicas=${settings.numStandbyReplicas}${tags ? `;rack.aware.assignment.tags=${tags}` : ''}`;
}

/** Kafka's throwIfRequestContainsInvalidTasks: owned tasks must exist in the configured topology. */
function checkTasks(configured: ConfiguredTopology, tasks: TaskIds[] | null): void {
  for (const t of tasks ?? []) {
    const sub = configured.subtopologies?.get(t.subtopologyId);
    if (!sub) throw invalid(`Subtopology ${t.subtopologyId} does not exist in the topology.`);
    for (const p of t.partitions) {
      if (p < 0 || p >= sub.numberOfTasks) {
        throw invalid(
          `Task ${p} for subtopology ${t.subtopologyId} is invalid. Number of tasks for this subtopology: ${sub.numberOfTasks}`,
        );
      }
    }
  }
}

export interface StreamsGroupSnapshot {
  groupEpoch: number;
  assignmentEpoch: number;
  assignmentTimestamp: number;
  topology: StreamsTopology | null;
  validatedTopologyEpoch: number;
  lastNumStandbyReplicas: number;
  lastAssignmentConfigs: string;
  members: {
    memberId: string;
    instanceId: string | null;
    clientId: string;
    clientHost: string;
    rackId: string | null;
    rebalanceTimeoutMs: number;
    topologyEpoch: number;
    processId: string;
    userEndpoint: StreamsEndpoint | null;
    clientTags: Record<string, string>;
    memberEpoch: number;
    previousMemberEpoch: number;
    state: StreamsMemberState;
    active: { subtopologyId: string; partitions: number[]; epochs: number[] }[];
    standby: TaskIds[];
    pendingActive: { subtopologyId: string; partitions: number[]; epochs: number[] }[];
    pendingStandby: TaskIds[];
    targetActive: TaskIds[];
    targetStandby: TaskIds[];
  }[];
}
