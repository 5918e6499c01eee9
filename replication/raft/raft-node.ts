import { ErrorCode } from '../../protocol/error-codes';
import type { BeginQuorumEpochRequest, BeginQuorumEpochResponse } from '../../protocol/generated/begin-quorum-epoch';
import type { EndQuorumEpochRequest, EndQuorumEpochResponse } from '../../protocol/generated/end-quorum-epoch';
import type { FetchRequest, FetchResponse } from '../../protocol/generated/fetch';
import type { FetchSnapshotRequest, FetchSnapshotResponse } from '../../protocol/generated/fetch-snapshot';
import { LeaderChangeMessageCodec } from '../../protocol/generated/leader-change-message';
import type { UpdateRaftVoterRequest, UpdateRaftVoterResponse } from '../../protocol/generated/update-raft-voter';
import type { VoteRequest, VoteResponse } from '../../protocol/generated/vote';
import { Writer } from '../../protocol/primitives';
import { ControlRecordType } from '../../protocol/records';
import { type StorageLogger, silentLogger } from '../../storage';
import { type RaftClock, systemClock } from './clock';
import { CommitDelivery } from './commit-delivery';
import { Election } from './election';
import { leaderIdOf, type RaftState, votedIdOf } from './epoch-state';
import { discoverLeader, type FollowerContext, FollowerFetcher } from './follower-fetcher';
import { LeaderProgress } from './leader-progress';
import { type ElectionState, readQuorumState, writeQuorumState } from './quorum-state-file';
import { controlBatch, dataBatch, METADATA_PARTITION, METADATA_TOPIC, METADATA_TOPIC_ID, RaftLog } from './raft-log';
import * as msg from './raft-messages';
import type { SnapshotId } from './snapshot-store';
import { type VoterChangeResult, VoterChanges } from './voter-changes';
import {
  encodeVoters,
  NO_DIRECTORY_ID,
  SUPPORTED_KRAFT_VERSIONS,
  type VoterEndpoint,
  type VoterSet,
} from './voter-set';
import {
  DEFAULT_RAFT_CONFIG,
  type LeaderAndEpoch,
  type QuorumInfo,
  type RaftConfig,
  type RaftListener,
  type RaftTransport,
} from './types';

export type { RaftState } from './epoch-state';

export interface RaftNodeOptions {
  nodeId: number;
  /**
   * The static voter set (controller.quorum.voters' ids), or null for a KIP-853 quorum: the voter set is the
   * log's (the bootstrap checkpoint of `brook storage format`, then its VotersRecords).
   */
  voters: readonly number[] | null;
  /** KIP-853: this node's metadata directory id and the listeners it serves the quorum on. */
  local?: { directoryId: string; endpoints: VoterEndpoint[] };
  /**
   * KIP-853: transport ids of controller.quorum.bootstrap.servers (negative, as Kafka numbers them): a node
   * that is not a voter asks them who leads.
   */
  bootstrapIds?: readonly number[];
  /** Holds `__cluster_metadata-0/` and its `quorum-state` (Kafka's metadata.log.dir). */
  dataDir: string;
  transport: RaftTransport;
  clusterId?: string | null;
  config?: Partial<RaftConfig>;
  clock?: RaftClock;
  /** Random in [0, 1): election timeouts and backoffs are randomized (tests pass a seeded one). */
  random?: () => number;
  logger?: StorageLogger;
  listeners?: RaftListener[];
}

export class NotLeaderError extends Error {
  readonly errorCode = ErrorCode.NotLeaderOrFollower;
  constructor(readonly leader: LeaderAndEpoch) {
    super(`not the leader of ${METADATA_TOPIC} (leader ${leader.leaderId} in epoch ${leader.epoch})`);
  }
}

/**
 * One member of the KRaft quorum (Kafka's KafkaRaftClient with QuorumState): a serialized state machine on
 * the event loop. Every transition happens within one tick and is persisted (quorum-state) before it is acted
 * on; asynchronous work (a fetch in flight, a vote round) carries the generation it started in and stops when
 * a transition moved past it.
 */
export class RaftNode {
  readonly id: number;
  readonly log: RaftLog;
  /** controller.quorum.voters' ids; null: the voters are the log's (KIP-853). */
  private readonly staticVoters: readonly number[] | null;
  private readonly local: { directoryId: string; endpoints: VoterEndpoint[] };
  private readonly bootstrapIds: readonly number[];
  /** AddRaftVoter, RemoveRaftVoter, UpdateRaftVoter on the leader (voter-changes.ts). */
  private readonly voterChanges: VoterChanges;
  /** The epoch this follower sent UpdateRaftVoter in (-1: none pending or it must be sent again). */
  private updateVoterEpoch = -1;
  private readonly cfg: RaftConfig;
  private readonly clock: RaftClock;
  private readonly random: () => number;
  private readonly transport: RaftTransport;
  private readonly logger: StorageLogger;
  private readonly clusterId: string | null;
  private readonly delivery: CommitDelivery;
  private st: RaftState = { kind: 'unattached', epoch: 0, votedId: -1 };
  /** Bumped by every transition: async work of an older generation stops. */
  private gen = 0;
  private timers: unknown[] = [];
  private parkedFetches: (() => void)[] = [];
  private closed = false;
  private lastLeader: LeaderAndEpoch = { leaderId: -1, epoch: -1 };
  /** Pre-votes, votes and the prospective and candidate states (election.ts). */
  private readonly election: Election;

  constructor(options: RaftNodeOptions) {
    this.id = options.nodeId;
    this.staticVoters = options.voters ? [...new Set(options.voters)].sort((a, b) => a - b) : null;
    this.local = options.local ?? { directoryId: NO_DIRECTORY_ID, endpoints: [] };
    this.bootstrapIds = options.bootstrapIds ?? [];
    this.cfg = { ...DEFAULT_RAFT_CONFIG, ...options.config };
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.transport = options.transport;
    this.logger = options.logger ?? silentLogger;
    this.clusterId = options.clusterId ?? null;
    this.dataDir = options.dataDir;
    this.log = new RaftLog(options.dataDir, this.logger, { dynamicVoters: this.staticVoters === null });
    this.delivery = new CommitDelivery(this.log, options.listeners ?? [], this.logger);
    const node = this;
    this.election = new Election({
      id: this.id,
      get voters() {
        return node.voters;
      },
      log: this.log,
      clusterId: this.clusterId,
      transport: this.transport,
      logger: this.logger,
      cfg: this.cfg,
      random: this.random,
      get closed() {
        return node.closed;
      },
      state: () => this.st,
      generation: () => this.gen,
      transition: (next, persist) => this.transition(next, persist),
      schedule: (ms, fn) => this.schedule(ms, fn),
      randomElectionTimeout: () => this.randomElectionTimeout(),
      followNewerEpoch: (epoch, leaderId) => this.maybeFollowNewerEpoch(epoch, leaderId),
      becomeLeader: (granted) => this.becomeLeader(granted),
      becomeFollower: (epoch, leaderId) => this.becomeFollower(epoch, leaderId),
      becomeUnattached: (epoch, votedId) => this.becomeUnattached(epoch, votedId),
      leaderInfo: () => this.leaderInfo(),
      checkRequest: (clusterId, topic, partition) => this.checkRequest(clusterId, topic, partition),
    });
    this.voterChanges = new VoterChanges({
      id: this.id,
      log: this.log,
      cfg: this.cfg,
      transport: this.transport,
      logger: this.logger,
      now: () => this.clock.now(),
      progress: () => (this.st.kind === 'leader' ? this.st.progress : null),
      listenerName: () => this.local.endpoints[0]?.name ?? null,
      appendVoters: (voters) => this.appendVoters(voters),
      resign: () => {
        const s = this.st;
        if (s.kind !== 'leader') return;
        this.sendEndQuorumEpoch(s.epoch, s.progress.successors());
        this.becomeResigned(s.epoch);
      },
    });
  }

  private readonly dataDir: string;

  /** The voters' ids: the static set, or the latest voter set of the log (KIP-853). */
  get voters(): readonly number[] {
    return this.staticVoters ?? this.log.control?.latestVoters()?.ids ?? [];
  }

  /** KIP-853: the latest voter set of the log with the voters' directory ids and endpoints; null when static. */
  voterSet(): VoterSet | null {
    return this.log.control?.latestVoters() ?? null;
  }

  /** The finalized kraft.version: 1 once the log says so (KIP-853), else 0. */
  get kraftVersion(): number {
    return this.log.control?.kraftVersion() ?? 0;
  }

  get state(): Readonly<RaftState> {
    return this.st;
  }

  get epoch(): number {
    return this.st.epoch;
  }

  get isVoter(): boolean {
    return this.voters.includes(this.id);
  }

  leaderAndEpoch(): LeaderAndEpoch {
    return { leaderId: leaderIdOf(this.st, this.id), epoch: this.st.epoch };
  }

  get highWatermark(): number {
    return this.log.highWatermark;
  }

  /** Restores the election state and the latest snapshot, then joins the quorum. */
  start(): void {
    const stored = readQuorumState(this.dataDir);
    const snapshot = this.log.snapshots.latest();
    // The bootstrap checkpoint (0-0) holds control records only: there is no state to load from it.
    if (snapshot && snapshot.endOffset > 0) this.delivery.loadSnapshot(snapshot);
    else this.delivery.startAt(this.log.startOffset);
    // The checkpointed high watermark was committed before the restart (Raft never removes committed
    // entries): the listeners get that prefix now, not only once the leader's HW moves past it.
    this.delivery.committed(this.log.highWatermark);
    const epoch = stored?.epoch ?? 0;
    if (stored && stored.leaderId === this.id) this.becomeResigned(epoch);
    else if (stored && stored.leaderId >= 0) this.becomeFollower(epoch, stored.leaderId);
    else this.becomeUnattached(epoch, stored?.votedId ?? -1);
  }

  /** Appends the state machine's records as the leader; returns their offsets (committed once the HW passes). */
  append(records: readonly Buffer[]): { baseOffset: number; lastOffset: number; epoch: number } {
    const s = this.st;
    if (s.kind !== 'leader') throw new NotLeaderError(this.leaderAndEpoch());
    const r = this.log.appendAsLeader(dataBatch(records, this.clock.now()), s.epoch);
    this.afterLeaderAppend(s.progress);
    return { ...r, epoch: s.epoch };
  }

  /** Resolves once everything below `offset + 1` is committed and delivered to the listeners. */
  waitForCommit(offset: number): Promise<void> {
    return this.delivery.waitFor(offset + 1);
  }

  /** A snapshot of the state machine at `endOffset` (<= HW); the log below it is released. */
  createSnapshot(endOffset: number, records: readonly Buffer[]): SnapshotId {
    return this.log.createSnapshot(endOffset, records, this.clock.now());
  }

  /** DescribeQuorum: the leader's view of every voter's progress, or null on a node that does not lead. */
  describeQuorum(): QuorumInfo | null {
    const s = this.st;
    if (s.kind !== 'leader') return null;
    s.progress.updateLocal(this.log.endOffset, this.clock.now());
    return {
      leaderId: this.id,
      leaderEpoch: s.epoch,
      highWatermark: this.log.highWatermark,
      voters: [...s.progress.voters.values()].map((v) => ({ ...v, directoryId: this.directoryIdOf(v.replicaId, v) })),
      observers: [...s.progress.observers.values()].map((v) => ({ ...v })),
    };
  }

  /** AddRaftVoter (KIP-853) on the leader: answered once the VotersRecord naming the new voter commits. */
  addVoter(voter: { id: number; directoryId: string; endpoints: VoterEndpoint[] }): Promise<VoterChangeResult> {
    return this.voterChanges.add(voter);
  }

  /** RemoveRaftVoter (KIP-853) on the leader. */
  removeVoter(id: number, directoryId: string): Promise<VoterChangeResult> {
    return this.voterChanges.remove(id, directoryId);
  }

  /** Leaves the quorum: a leader first tells the voters (EndQuorumEpoch) so they elect without waiting. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.st.kind === 'leader') this.sendEndQuorumEpoch(this.st.epoch, this.st.progress.successors());
    this.closed = true;
    this.gen++;
    this.clearTimers();
    this.wakeFetches();
    await this.delivery.idle();
    this.log.close();
  }

  // ---- transitions -------------------------------------------------------------------------------------

  private transition(next: RaftState, persist: ElectionState): void {
    if (this.closed) return;
    if (
      persist.epoch !== this.st.epoch ||
      persist.leaderId !== this.leaderAndEpoch().leaderId ||
      persist.votedId !== votedIdOf(this.st, this.id) ||
      next.kind === 'leader'
    ) {
      writeQuorumState(this.dataDir, persist, this.voters);
    }
    const from = this.st;
    if (from.kind === 'leader') this.voterChanges.leaderEnded();
    this.st = next;
    this.gen++;
    this.clearTimers();
    this.wakeFetches();
    this.logger.info(`raft ${this.id}: ${from.kind} (epoch ${from.epoch}) -> ${next.kind} (epoch ${next.epoch})`);
    const leader = this.leaderAndEpoch();
    if (leader.leaderId !== this.lastLeader.leaderId || leader.epoch !== this.lastLeader.epoch) {
      this.lastLeader = leader;
      this.delivery.leaderChanged(leader);
    }
  }

  private becomeUnattached(epoch: number, votedId: number, timeoutMs = this.randomElectionTimeout()): void {
    this.transition({ kind: 'unattached', epoch, votedId }, { epoch, leaderId: -1, votedId });
    if (this.isVoter) this.schedule(timeoutMs, () => this.election.standProspective());
    // An observer (a broker-only node) never stands: it asks the voters who leads (Kafka's fetch to any voter),
    // or with KIP-853 the bootstrap servers.
    else void discoverLeader(this.followerContext(this.gen), this.discoveryTargets(), epoch);
  }

  private becomeFollower(epoch: number, leaderId: number): void {
    this.transition({ kind: 'follower', epoch, leaderId, fetched: false }, { epoch, leaderId, votedId: -1 });
    this.resetFetchTimer();
    const gen = this.gen;
    void new FollowerFetcher(this.followerContext(gen), leaderId, epoch).run();
  }

  private becomeResigned(epoch: number): void {
    this.transition({ kind: 'resigned', epoch }, { epoch, leaderId: this.id, votedId: -1 });
    // A leader that removed itself (KIP-853) is no voter any more: it waits for the next leader as an observer.
    this.schedule(this.randomElectionTimeout(), () =>
      this.isVoter ? this.election.standProspective() : this.becomeUnattached(epoch, -1, 0),
    );
  }

  private becomeLeader(granted: ReadonlySet<number>): void {
    const s = this.st;
    if (s.kind !== 'candidate') return;
    const epoch = s.epoch;
    const progress = new LeaderProgress(this.id, this.voters, this.log.endOffset, this.clock.now());
    this.transition({ kind: 'leader', epoch, progress }, { epoch, leaderId: this.id, votedId: -1 });
    // The epoch's first record names the leader and who voted for it (Kafka's LeaderChangeMessage).
    const w = new Writer();
    LeaderChangeMessageCodec.encode(w, 0, {
      version: 0,
      leaderId: this.id,
      // Version 0 names ids only, as Kafka's (LEADER_CHANGE_CURRENT_VERSION), with KIP-853 too.
      voters: this.voters.map((voterId) => ({ voterId, voterDirectoryId: NO_DIRECTORY_ID })),
      grantingVoters: [...granted].map((voterId) => ({ voterId, voterDirectoryId: NO_DIRECTORY_ID })),
    });
    const now = this.clock.now();
    this.log.appendAsLeader(
      controlBatch(
        ControlRecordType.LeaderChange,
        w.finish(),
        now,
        this.log.control?.startOfEpochRecords(this.id, this.local.endpoints),
      ),
      epoch,
    );
    this.afterLeaderAppend(progress);
    this.sendBeginQuorumEpoch(progress);
    this.scheduleCheckQuorum(this.gen, progress);
  }

  // ---- leader ------------------------------------------------------------------------------------------

  private afterLeaderAppend(progress: LeaderProgress): void {
    if (this.staticVoters === null) progress.syncVoters(this.voters);
    progress.updateLocal(this.log.endOffset, this.clock.now());
    this.maybeAdvanceHighWatermark(progress);
    this.wakeFetches();
  }

  /** The HW is the offset a majority holds, once that covers this epoch's LeaderChange record. */
  private maybeAdvanceHighWatermark(progress: LeaderProgress): boolean {
    const offset = progress.majorityOffset();
    if (offset === null || offset <= this.log.highWatermark) return false;
    this.log.setHighWatermark(offset);
    this.delivery.committed(this.log.highWatermark);
    // A leader knows the quorum's high watermark once it moved in its epoch.
    this.delivery.leaderHighWatermark(this.log.highWatermark);
    this.wakeFetches();
    this.voterChanges.highWatermarkUpdated(this.log.highWatermark);
    return true;
  }

  /** Until a voter fetched in this epoch, it is told again (half the fetch timeout, as Kafka's leader does). */
  private sendBeginQuorumEpoch(progress: LeaderProgress): void {
    const gen = this.gen;
    const leader = { leaderId: this.id, leaderEpoch: this.st.epoch };
    for (const voter of this.voters) {
      if (progress.acknowledged.has(voter)) continue;
      this.transport.send(voter, 'BeginQuorumEpoch', msg.beginQuorumEpochRequest(this.clusterId, voter, leader)).then(
        (r) => {
          if (gen !== this.gen) return;
          const p = r.topics[0]?.partitions[0];
          if (p && p.errorCode === ErrorCode.None) progress.acknowledged.add(voter);
          else if (p) this.maybeFollowNewerEpoch(p.leaderEpoch, p.leaderId);
        },
        () => {},
      );
    }
    this.schedule(this.cfg.fetchTimeoutMs / 2, () => {
      if (gen === this.gen) this.sendBeginQuorumEpoch(progress);
    });
  }

  /** A leader no majority fetched from for 1.5 fetch timeouts resigns (Kafka's check quorum). */
  private scheduleCheckQuorum(gen: number, progress: LeaderProgress): void {
    this.schedule(this.cfg.fetchTimeoutMs * 1.5, () => {
      if (gen !== this.gen) return;
      if (progress.checkQuorum()) {
        this.scheduleCheckQuorum(gen, progress);
        return;
      }
      this.logger.warn(`raft ${this.id}: no majority fetched in epoch ${this.st.epoch}: resigning`);
      this.sendEndQuorumEpoch(this.st.epoch, progress.successors());
      this.becomeResigned(this.st.epoch);
    });
  }

  private sendEndQuorumEpoch(epoch: number, successors: number[]): void {
    const request = msg.endQuorumEpochRequest(this.clusterId, { leaderId: this.id, leaderEpoch: epoch }, successors);
    for (const voter of successors) this.transport.send(voter, 'EndQuorumEpoch', request).catch(() => {});
  }

  // ---- follower ----------------------------------------------------------------------------------------

  private resetFetchTimer(): void {
    const gen = this.gen;
    this.clearTimers();
    this.schedule(this.cfg.fetchTimeoutMs, () => {
      if (gen !== this.gen) return;
      this.logger.info(`raft ${this.id}: no answer from leader within the fetch timeout`);
      if (this.isVoter) this.election.standProspective();
      else this.becomeUnattached(this.st.epoch, -1);
    });
  }

  /** What a follower's fetch loop may see and do of this node, valid while `gen` is current. */
  private followerContext(gen: number): FollowerContext {
    return {
      id: this.id,
      directoryId: this.local.directoryId,
      clusterId: this.clusterId,
      config: this.cfg,
      log: this.log,
      transport: this.transport,
      logger: this.logger,
      current: () => gen === this.gen && !this.closed,
      sleep: (ms) => this.sleep(ms),
      leaderAnswered: () => {
        if (this.st.kind === 'follower') this.st.fetched = true;
        this.resetFetchTimer();
        this.maybeUpdateVoter(gen);
      },
      followNewerEpoch: (epoch, leaderId) => this.maybeFollowNewerEpoch(epoch, leaderId),
      committed: (hw) => this.delivery.committed(hw),
      leaderHighWatermark: (hw) => this.delivery.leaderHighWatermark(hw),
      snapshotInstalled: (id) => this.delivery.loadSnapshot(id),
    };
  }

  /** Any message naming a later epoch moves this node into it (as follower when it names a leader). */
  private maybeFollowNewerEpoch(epoch: number, leaderId: number): boolean {
    if (epoch < this.st.epoch) return false;
    if (epoch === this.st.epoch) {
      const known = this.leaderAndEpoch().leaderId;
      if (leaderId < 0 || known >= 0 || leaderId === this.id) return false;
      this.becomeFollower(epoch, leaderId);
      return true;
    }
    if (leaderId >= 0 && leaderId !== this.id) this.becomeFollower(epoch, leaderId);
    else this.becomeUnattached(epoch, -1);
    return true;
  }

  // ---- requests from other voters ------------------------------------------------------------------------

  /** Vote (52): a candidate's vote or a prospective's pre-vote (election.ts). */
  handleVote(request: VoteRequest): VoteResponse {
    return this.election.handleVote(request);
  }

  handleBeginQuorumEpoch(request: BeginQuorumEpochRequest): BeginQuorumEpochResponse {
    const bad = this.checkRequest(
      request.clusterId,
      request.topics[0]?.topicName,
      request.topics[0]?.partitions[0]?.partitionIndex,
    );
    if (bad !== ErrorCode.None) return msg.topLevelError(bad);
    const p = request.topics[0]!.partitions[0]!;
    if (p.leaderEpoch < this.st.epoch)
      return msg.beginQuorumEpochResponse(ErrorCode.FencedLeaderEpoch, this.leaderInfo());
    if (!this.voters.includes(p.leaderId))
      return msg.beginQuorumEpochResponse(ErrorCode.InconsistentVoterSet, this.leaderInfo());
    const s = this.st;
    if (p.leaderEpoch > s.epoch || (s.kind !== 'follower' && s.kind !== 'leader')) {
      if (p.leaderId !== this.id) this.becomeFollower(p.leaderEpoch, p.leaderId);
    }
    return msg.beginQuorumEpochResponse(ErrorCode.None, this.leaderInfo());
  }

  handleEndQuorumEpoch(request: EndQuorumEpochRequest): EndQuorumEpochResponse {
    const bad = this.checkRequest(
      request.clusterId,
      request.topics[0]?.topicName,
      request.topics[0]?.partitions[0]?.partitionIndex,
    );
    if (bad !== ErrorCode.None) return msg.topLevelError(bad);
    const p = request.topics[0]!.partitions[0]!;
    if (p.leaderEpoch < this.st.epoch)
      return msg.endQuorumEpochResponse(ErrorCode.FencedLeaderEpoch, this.leaderInfo());
    if (p.leaderEpoch > this.st.epoch) this.becomeUnattached(p.leaderEpoch, -1);
    const s = this.st;
    if (
      this.isVoter &&
      (s.kind === 'follower' || s.kind === 'unattached') &&
      (s.kind === 'unattached' || s.leaderId === p.leaderId)
    ) {
      // The first preferred successor stands at once; the others wait longer the further down they are. The
      // leader is leaving: this voter stops following it, so it grants the successor's pre-vote.
      // v0 names the successors in PreferredSuccessors, v1 (KIP-853) in PreferredCandidates.
      const successors =
        p.preferredSuccessors.length > 0 ? p.preferredSuccessors : p.preferredCandidates.map((c) => c.candidateId);
      const position = successors.indexOf(this.id);
      const delay =
        position === 0
          ? 0
          : position > 0
            ? Math.min(this.cfg.electionBackoffMaxMs, 50 * 2 ** position)
            : this.randomElectionTimeout();
      this.becomeUnattached(s.epoch, s.kind === 'unattached' ? s.votedId : -1, delay);
    }
    return msg.endQuorumEpochResponse(ErrorCode.None, this.leaderInfo());
  }

  /**
   * A Fetch on the metadata partition: answered at once with records, a divergence or a snapshot id, else
   * parked. With KIP-853 the answer names the leader's endpoint (Fetch v16+ NodeEndpoints, as Kafka's): a node
   * that found the leader through a bootstrap server and knows no voter set yet reaches it there.
   */
  async handleFetch(request: FetchRequest): Promise<FetchResponse> {
    const response = await this.fetchAnswer(request);
    if (this.staticVoters === null) {
      const leaderId = this.leaderAndEpoch().leaderId;
      const e =
        leaderId === this.id
          ? this.local.endpoints[0]
          : this.voterSet()?.endpoint(leaderId, this.local.endpoints[0]?.name);
      if (leaderId >= 0 && e) response.nodeEndpoints = [{ nodeId: leaderId, host: e.host, port: e.port, rack: null }];
    }
    return response;
  }

  private async fetchAnswer(request: FetchRequest): Promise<FetchResponse> {
    const topic = request.topics[0];
    const p = topic?.partitions[0];
    const named = topic && (topic.topic === METADATA_TOPIC || topic.topicId === METADATA_TOPIC_ID);
    if (request.clusterId !== null && this.clusterId !== null && request.clusterId !== this.clusterId) {
      return msg.fetchResponse(this.leaderInfo(), {}, ErrorCode.InconsistentClusterId);
    }
    if (!named || !p || p.partition !== METADATA_PARTITION)
      return msg.fetchResponse(this.leaderInfo(), {}, ErrorCode.InvalidRequest);
    const replicaId = request.replicaState.replicaId >= 0 ? request.replicaState.replicaId : request.replicaId;
    const fetchOffset = Number(p.fetchOffset);
    const deadline = this.clock.now() + Math.min(request.maxWaitMs, this.cfg.fetchMaxWaitMs);
    let first = true;
    for (;;) {
      const s = this.st;
      const error = this.leaderOnlyError(p.currentLeaderEpoch);
      if (error !== ErrorCode.None || s.kind !== 'leader') {
        return msg.fetchResponse(this.leaderInfo(), { errorCode: error || ErrorCode.NotLeaderOrFollower });
      }
      const check = this.log.validateFetchPosition(fetchOffset, p.lastFetchedEpoch);
      if (check.kind === 'diverging') {
        const { epoch, offset } = check.diverging;
        return msg.fetchResponse(this.leaderInfo(), {
          divergingEpoch: { epoch, endOffset: BigInt(offset) },
          ...this.bounds(),
        });
      }
      if (check.kind === 'snapshot') {
        const { endOffset, epoch } = check.snapshot;
        return msg.fetchResponse(this.leaderInfo(), {
          snapshotId: { endOffset: BigInt(endOffset), epoch },
          ...this.bounds(),
        });
      }
      let moved = false;
      if (first) {
        s.progress.updateReplica(replicaId, fetchOffset, this.log.endOffset, this.clock.now(), p.replicaDirectoryId);
        moved = this.maybeAdvanceHighWatermark(s.progress);
        first = false;
      }
      const records = this.log.read(
        fetchOffset,
        Math.min(request.maxBytes, p.partitionMaxBytes || request.maxBytes),
        'log-end',
      );
      const wait = deadline - this.clock.now();
      const hwUnseen = replicaId >= 0 && (s.progress.highWatermarkSent.get(replicaId) ?? -1) < this.log.highWatermark;
      if (records.length > 0 || moved || hwUnseen || wait <= 0 || this.closed) {
        if (replicaId >= 0) s.progress.highWatermarkSent.set(replicaId, this.log.highWatermark);
        return msg.fetchResponse(this.leaderInfo(), { records, ...this.bounds() });
      }
      await this.park(wait);
    }
  }

  /** FetchSnapshot on the leader: a chunk of the named snapshot file from `position`. */
  handleFetchSnapshot(request: FetchSnapshotRequest): FetchSnapshotResponse {
    if (request.clusterId !== null && this.clusterId !== null && request.clusterId !== this.clusterId) {
      return msg.fetchSnapshotResponse(this.leaderInfo(), {}, ErrorCode.InconsistentClusterId);
    }
    const p = request.topics[0]?.partitions[0];
    if (request.topics[0]?.name !== METADATA_TOPIC || !p || p.partition !== METADATA_PARTITION) {
      return msg.fetchSnapshotResponse(this.leaderInfo(), {}, ErrorCode.InvalidRequest);
    }
    const error = this.leaderOnlyError(p.currentLeaderEpoch);
    if (error !== ErrorCode.None) return msg.fetchSnapshotResponse(this.leaderInfo(), { errorCode: error });
    const id = { endOffset: Number(p.snapshotId.endOffset), epoch: p.snapshotId.epoch };
    const exists = this.log.snapshots.list().some((s) => s.endOffset === id.endOffset && s.epoch === id.epoch);
    if (!exists) return msg.fetchSnapshotResponse(this.leaderInfo(), { errorCode: ErrorCode.SnapshotNotFound });
    const size = this.log.snapshots.size(id);
    const position = Number(p.position);
    if (position < 0 || position > size)
      return msg.fetchSnapshotResponse(this.leaderInfo(), { errorCode: ErrorCode.PositionOutOfRange });
    const chunk = this.log.snapshots.readChunk(id, position, Math.max(1, request.maxBytes));
    return msg.fetchSnapshotResponse(this.leaderInfo(), {
      snapshotId: { endOffset: BigInt(id.endOffset), epoch: id.epoch },
      size: BigInt(size),
      position: BigInt(position),
      unalignedRecords: chunk,
    });
  }

  // ---- KIP-853 -----------------------------------------------------------------------------------------

  /** Whom a node that is no voter asks for the leader: the bootstrap servers (KIP-853), else the voters. */
  private discoveryTargets(): readonly number[] {
    if (this.bootstrapIds.length > 0) return this.bootstrapIds;
    return this.voters.filter((id) => id !== this.id);
  }

  /** A voter's directory id as the voter set names it (the zero uuid in a static quorum). */
  private directoryIdOf(id: number, progress?: { directoryId?: string }): string {
    return this.voterSet()?.nodes.get(id)?.directoryId ?? progress?.directoryId ?? NO_DIRECTORY_ID;
  }

  /**
   * Kafka's follower (pollFollowerAsVoter): a voter whose entry in the voter set names other listeners than it
   * serves (it moved) sends UpdateRaftVoter to its leader, once per epoch while the answer is not NONE.
   */
  private maybeUpdateVoter(gen: number): void {
    const s = this.st;
    const voters = this.voterSet();
    const self = voters?.nodes.get(this.id);
    if (s.kind !== 'follower' || !self || this.local.endpoints.length === 0 || this.updateVoterEpoch === s.epoch)
      return;
    const node = { ...self, endpoints: [...this.local.endpoints], kraftVersion: { ...SUPPORTED_KRAFT_VERSIONS } };
    if (self.directoryId !== this.local.directoryId || !voters!.needsUpdate(node)) return;
    this.updateVoterEpoch = s.epoch;
    const request = msg.updateRaftVoterRequest(this.clusterId, s.epoch, node);
    this.transport.send(s.leaderId, 'UpdateRaftVoter', request).then(
      (r) => {
        if (r.errorCode !== ErrorCode.None && gen === this.gen) this.updateVoterEpoch = -1;
      },
      () => {
        if (gen === this.gen) this.updateVoterEpoch = -1;
      },
    );
  }

  /** UpdateRaftVoter (82) on the leader: the sender's epoch must be ours (Kafka's handleUpdateVoterRequest). */
  async handleUpdateVoter(request: UpdateRaftVoterRequest): Promise<UpdateRaftVoterResponse> {
    const leader = () => {
      const l = this.leaderAndEpoch();
      const e = this.voterSet()?.endpoint(l.leaderId, this.local.endpoints[0]?.name);
      return { leaderId: l.leaderId, leaderEpoch: l.epoch, host: e?.host ?? '', port: e?.port ?? 0 };
    };
    if (request.clusterId !== null && this.clusterId !== null && request.clusterId !== this.clusterId) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.InconsistentClusterId, currentLeader: leader() };
    }
    const error = this.leaderOnlyError(request.currentLeaderEpoch);
    if (error !== ErrorCode.None) return { throttleTimeMs: 0, errorCode: error, currentLeader: leader() };
    const r = await this.voterChanges.update({
      id: request.voterId,
      directoryId: request.voterDirectoryId,
      endpoints: request.listeners.map((l) => ({ name: l.name, host: l.host, port: l.port })),
      kraftVersion: {
        min: request.kRaftVersionFeature.minSupportedVersion,
        max: request.kRaftVersionFeature.maxSupportedVersion,
      },
    });
    return { throttleTimeMs: 0, errorCode: r.errorCode, currentLeader: leader() };
  }

  /** Appends a VotersRecord as the leader (a voter change); returns its offset. */
  private appendVoters(voters: VoterSet): number {
    const s = this.st;
    if (s.kind !== 'leader') throw new NotLeaderError(this.leaderAndEpoch());
    const batch = controlBatch(ControlRecordType.KRaftVoters, encodeVoters(voters), this.clock.now());
    const { baseOffset } = this.log.appendAsLeader(batch, s.epoch);
    this.afterLeaderAppend(s.progress);
    return baseOffset;
  }

  // ---- helpers -----------------------------------------------------------------------------------------

  private bounds(): { highWatermark: bigint; logStartOffset: bigint } {
    return { highWatermark: BigInt(this.log.highWatermark), logStartOffset: BigInt(this.log.startOffset) };
  }

  private leaderInfo(): msg.LeaderInfo {
    const l = this.leaderAndEpoch();
    return { leaderId: l.leaderId, leaderEpoch: l.epoch };
  }

  /** Kafka's validateLeaderOnlyRequest: the sender's epoch against ours, then whether this node leads. */
  private leaderOnlyError(requestEpoch: number): ErrorCode {
    if (requestEpoch >= 0 && requestEpoch < this.st.epoch) return ErrorCode.FencedLeaderEpoch;
    if (requestEpoch > this.st.epoch) return ErrorCode.UnknownLeaderEpoch;
    if (this.st.kind !== 'leader') return ErrorCode.NotLeaderOrFollower;
    return ErrorCode.None;
  }

  private checkRequest(clusterId: string | null, topic: string | undefined, partition: number | undefined): ErrorCode {
    if (clusterId !== null && this.clusterId !== null && clusterId !== this.clusterId)
      return ErrorCode.InconsistentClusterId;
    if (topic !== METADATA_TOPIC || partition !== METADATA_PARTITION) return ErrorCode.InvalidRequest;
    if (this.closed) return ErrorCode.BrokerNotAvailable;
    return ErrorCode.None;
  }

  private randomElectionTimeout(): number {
    return this.cfg.electionTimeoutMs + Math.floor(this.random() * this.cfg.electionTimeoutMs);
  }

  private schedule(ms: number, fn: () => void): void {
    this.timers.push(this.clock.setTimeout(fn, ms));
  }

  private clearTimers(): void {
    for (const t of this.timers) this.clock.clearTimeout(t);
    this.timers = [];
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.clock.setTimeout(resolve, ms));
  }

  /** Parks a fetch until an append, a HW move or a transition wakes it, or `ms` pass. */
  private park(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = this.clock.setTimeout(() => done(), ms);
      const done = () => {
        this.clock.clearTimeout(timer);
        const i = this.parkedFetches.indexOf(done);
        if (i >= 0) this.parkedFetches.splice(i, 1);
        resolve();
      };
      this.parkedFetches.push(done);
    });
  }

  private wakeFetches(): void {
    const parked = this.parkedFetches;
    this.parkedFetches = [];
    for (const wake of parked) wake();
  }
}
