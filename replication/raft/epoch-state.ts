import type { LeaderProgress } from './leader-progress';

/** The votes of one round (Kafka's EpochElection): who granted, who refused; the node grants itself. */
export interface VoteTally {
  granted: Set<number>;
  rejected: Set<number>;
}

/**
 * The node's role in the current epoch (Kafka's EpochState subclasses). Unattached carries its vote; a
 * prospective (KIP-996) keeps the epoch, the leader it lost and its vote: it only asks whether it could win.
 */
export type RaftState =
  | { kind: 'unattached'; epoch: number; votedId: number }
  | ({ kind: 'prospective'; epoch: number; leaderId: number; votedId: number } & VoteTally)
  | ({ kind: 'candidate'; epoch: number; retries: number } & VoteTally)
  | { kind: 'leader'; epoch: number; progress: LeaderProgress }
  /** `fetched`: the leader answered a Fetch in this epoch (Kafka's FollowerState.hasFetchedFromLeader). */
  | { kind: 'follower'; epoch: number; leaderId: number; fetched: boolean }
  | { kind: 'resigned'; epoch: number };

/** The leader this state knows in its epoch, -1 for none (a prospective still names the leader it lost). */
export function leaderIdOf(s: RaftState, self: number): number {
  if (s.kind === 'leader') return self;
  if (s.kind === 'follower' || s.kind === 'prospective') return s.leaderId;
  return -1;
}

/** The vote this state holds in its epoch (quorum-state's votedId), -1 for none. */
export function votedIdOf(s: RaftState, self: number): number {
  if (s.kind === 'unattached' || s.kind === 'prospective') return s.votedId;
  if (s.kind === 'candidate') return self;
  return -1;
}

/**
 * Whether a voter in state `s` grants a Vote from `replicaId` at its own epoch (Kafka's canGrantVote of each
 * EpochState). A pre-vote changes nothing here and is granted to a log at least as up to date as ours, except
 * by a leader, a resigned leader, or a follower whose leader answered it in this epoch (the leader is alive:
 * KIP-996's point). A standard vote is one per epoch: only an unattached voter (or a prospective that has
 * neither a leader nor a vote) gives it, and only to an up-to-date log.
 */
export function canGrantVote(s: RaftState, replicaId: number, logUpToDate: boolean, preVote: boolean): boolean {
  if (preVote) {
    if (s.kind === 'leader' || s.kind === 'resigned') return false;
    if (s.kind === 'follower' && s.fetched) return false;
    return logUpToDate;
  }
  if (s.kind === 'unattached' || (s.kind === 'prospective' && s.leaderId < 0)) {
    if (s.votedId >= 0) return s.votedId === replicaId;
    return logUpToDate;
  }
  return false;
}
