import { ErrorCode } from '../../protocol/error-codes';
import type { VoteRequest, VoteResponse } from '../../protocol/generated/vote';
import type { StorageLogger } from '../../storage';
import { canGrantVote, type RaftState } from './epoch-state';
import type { ElectionState } from './quorum-state-file';
import type { RaftLog } from './raft-log';
import * as msg from './raft-messages';
import type { RaftConfig, RaftTransport } from './types';

/** What the election may see and do of its node (RaftNode.electionHost): transitions are the node's. */
export interface ElectionHost {
  readonly id: number;
  readonly voters: readonly number[];
  readonly log: RaftLog;
  readonly clusterId: string | null;
  readonly transport: RaftTransport;
  readonly logger: StorageLogger;
  readonly cfg: RaftConfig;
  readonly random: () => number;
  readonly closed: boolean;
  state(): RaftState;
  /** Bumped by every transition: a round's answers count only while it is unchanged. */
  generation(): number;
  /** Persists `persist` (when it changed) and enters `next`; clears the timers. */
  transition(next: RaftState, persist: ElectionState): void;
  schedule(ms: number, fn: () => void): void;
  randomElectionTimeout(): number;
  /** Any message naming a later epoch (or a leader this node does not know) moves the node into it. */
  followNewerEpoch(epoch: number, leaderId: number): boolean;
  becomeLeader(granted: ReadonlySet<number>): void;
  becomeFollower(epoch: number, leaderId: number): void;
  becomeUnattached(epoch: number, votedId: number): void;
  leaderInfo(): msg.LeaderInfo;
  /** The request's cluster id and partition (INCONSISTENT_CLUSTER_ID, INVALID_REQUEST, BROKER_NOT_AVAILABLE). */
  checkRequest(clusterId: string | null, topic: string | undefined, partition: number | undefined): ErrorCode;
}

/**
 * Elections with KIP-996's pre-vote, as Kafka's KafkaRaftClient runs them (ProspectiveState, CandidateState,
 * handleVoteRequest / handleVoteResponse). A voter whose fetch or election timer expires becomes Prospective:
 * same epoch, nothing persisted but what it had, and it asks the others whether they would vote for it (a
 * pre-vote). Only a majority of granted pre-votes makes it a Candidate, which bumps the epoch and asks for real
 * votes; a majority of refusals or the election timeout sends it back to following the leader it lost (or to
 * Unattached). A node cut off from the leader, or whose log is behind, so never moves anyone's epoch.
 */
export class Election {
  constructor(private readonly host: ElectionHost) {}

  /** The fetch or election timer expired: ask for pre-votes in the current epoch. */
  standProspective(): void {
    const h = this.host;
    if (!h.voters.includes(h.id) || h.closed) return;
    const s = h.state();
    const epoch = s.epoch;
    const leaderId = s.kind === 'follower' || s.kind === 'prospective' ? s.leaderId : -1;
    const votedId = s.kind === 'unattached' || s.kind === 'prospective' ? s.votedId : -1;
    const granted = new Set([h.id]);
    h.transition(
      { kind: 'prospective', epoch, leaderId, votedId, granted, rejected: new Set() },
      { epoch, leaderId, votedId },
    );
    if (this.hasMajority(granted)) {
      this.standCandidate();
      return;
    }
    const gen = h.generation();
    h.schedule(h.randomElectionTimeout(), () => {
      if (gen === h.generation()) this.prospectiveLost('the election timed out');
    });
    this.requestVotes(gen, epoch, true);
  }

  /** A majority granted the pre-vote (or the leader resigned in our favour): bump the epoch, vote for ourselves. */
  standCandidate(retries = 0): void {
    const h = this.host;
    if (!h.voters.includes(h.id) || h.closed) return;
    const epoch = h.state().epoch + 1;
    const granted = new Set([h.id]);
    h.transition(
      { kind: 'candidate', epoch, granted, rejected: new Set(), retries },
      { epoch, leaderId: -1, votedId: h.id },
    );
    if (this.hasMajority(granted)) {
      h.becomeLeader(granted);
      return;
    }
    const gen = h.generation();
    // Election timeout, then a randomized backoff before the next epoch (Kafka's binary exponential backoff).
    h.schedule(h.randomElectionTimeout(), () => this.retryCandidate(gen, retries));
    this.requestVotes(gen, epoch, false);
  }

  /** Vote (52): a candidate's vote or a prospective's pre-vote (Kafka's handleVoteRequest). */
  handleVote(request: VoteRequest): VoteResponse {
    const h = this.host;
    const bad = h.checkRequest(
      request.clusterId,
      request.topics[0]?.topicName,
      request.topics[0]?.partitions[0]?.partitionIndex,
    );
    if (bad !== ErrorCode.None) return msg.topLevelError(bad);
    const p = request.topics[0]!.partitions[0]!;
    const theirs = { epoch: p.lastOffsetEpoch, offset: Number(p.lastOffset) };
    // A candidate bumped its epoch past its log's; a prospective did not, so its log may end in its epoch.
    const illegalEpoch = p.preVote ? theirs.epoch > p.replicaEpoch : theirs.epoch >= p.replicaEpoch;
    if (theirs.offset < 0 || theirs.epoch < 0 || illegalEpoch || p.replicaId < 0)
      return msg.voteResponse(ErrorCode.InvalidRequest, h.leaderInfo(), false);
    if (!h.voters.includes(p.replicaId)) return msg.voteResponse(ErrorCode.InconsistentVoterSet, h.leaderInfo(), false);
    if (p.replicaEpoch < h.state().epoch) return msg.voteResponse(ErrorCode.FencedLeaderEpoch, h.leaderInfo(), false);
    if (p.replicaEpoch > h.state().epoch) h.becomeUnattached(p.replicaEpoch, -1);
    const s = h.state();
    const ours = { epoch: h.log.lastFetchedEpoch(), offset: h.log.endOffset };
    const upToDate = theirs.epoch > ours.epoch || (theirs.epoch === ours.epoch && theirs.offset >= ours.offset);
    const granted = canGrantVote(s, p.replicaId, upToDate, p.preVote);
    // A real vote is persisted before it is answered; a pre-vote leaves no trace.
    if (granted && !p.preVote && (s.kind !== 'unattached' || s.votedId < 0)) h.becomeUnattached(s.epoch, p.replicaId);
    h.logger.debug(
      `raft ${h.id}: ${p.preVote ? 'pre-vote' : 'vote'} of ${p.replicaId} in epoch ${p.replicaEpoch} ${granted ? 'granted' : 'refused'}`,
    );
    return msg.voteResponse(ErrorCode.None, h.leaderInfo(), granted);
  }

  private requestVotes(gen: number, epoch: number, preVote: boolean): void {
    const h = this.host;
    const last = { offset: h.log.endOffset, epoch: h.log.lastFetchedEpoch() };
    for (const voter of h.voters) {
      if (voter === h.id) continue;
      const request = msg.voteRequest(h.clusterId, voter, h.id, epoch, last, preVote);
      h.transport.send(voter, 'Vote', request).then(
        (response) => this.onVoteResponse(gen, voter, response),
        () => {},
      );
    }
  }

  private onVoteResponse(gen: number, voter: number, response: VoteResponse): void {
    const h = this.host;
    if (gen !== h.generation()) return;
    const p = response.topics[0]?.partitions[0];
    if (response.errorCode !== ErrorCode.None || !p) return;
    if (h.followNewerEpoch(p.leaderEpoch, p.leaderId)) return;
    const s = h.state();
    if ((s.kind !== 'candidate' && s.kind !== 'prospective') || p.errorCode !== ErrorCode.None) return;
    if (p.voteGranted) s.granted.add(voter);
    else s.rejected.add(voter);
    if (this.hasMajority(s.granted)) {
      if (s.kind === 'prospective') this.standCandidate();
      else h.becomeLeader(s.granted);
    } else if (this.hasMajority(s.rejected)) {
      if (s.kind === 'prospective') this.prospectiveLost(`pre-vote refused by ${[...s.rejected]}`);
      else this.retryCandidate(gen, s.retries);
    }
  }

  /** Kafka: a prospective that cannot win follows again the leader it had, else waits unattached. */
  private prospectiveLost(why: string): void {
    const h = this.host;
    const s = h.state();
    if (s.kind !== 'prospective') return;
    h.logger.info(`raft ${h.id}: no election in epoch ${s.epoch} (${why})`);
    if (s.leaderId >= 0) h.becomeFollower(s.epoch, s.leaderId);
    else h.becomeUnattached(s.epoch, s.votedId);
  }

  private retryCandidate(gen: number, retries: number): void {
    const h = this.host;
    if (gen !== h.generation()) return;
    const backoff = Math.min(h.cfg.electionBackoffMaxMs, 50 * 2 ** retries) * h.random();
    h.schedule(backoff, () => {
      if (gen === h.generation()) this.standCandidate(retries + 1);
    });
  }

  hasMajority(ids: ReadonlySet<number>): boolean {
    let n = 0;
    for (const id of ids) if (this.host.voters.includes(id)) n++;
    return n * 2 > this.host.voters.length;
  }
}
