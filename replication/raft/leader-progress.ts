import type { ReplicaProgress } from './types';

/**
 * What a leader knows of its followers in its epoch (Kafka's LeaderState): each voter's log end as its last
 * fetch reported it, observers, who fetched since the last check-quorum, and the high watermark rule.
 */
export class LeaderProgress {
  readonly voters = new Map<number, ReplicaProgress>();
  readonly observers = new Map<number, ReplicaProgress>();
  /** Voters that fetched (or acknowledged BeginQuorumEpoch) in this epoch: the others are sent it again. */
  readonly acknowledged = new Set<number>();
  /** Voters heard from since the last check-quorum (Kafka's checkQuorumTimer, KIP-...: 1.5 x fetch timeout). */
  fetchedSinceCheck = new Set<number>();
  /**
   * The high watermark last sent to each replica in a Fetch answer. A replica that has not seen the current one
   * is answered at once, a parked fetch as soon as it moves: a committed record reaches every broker's metadata
   * within a round trip, not a fetch's max wait (500 ms) later. Kafka 4.4 does the same with the follower's own
   * figure (Fetch v18's HighWatermark, KAFKA-14145); Brook's codecs stop at v17, so the leader remembers it.
   */
  readonly highWatermarkSent = new Map<number, number>();

  constructor(
    readonly localId: number,
    voterIds: readonly number[],
    /** The offset of this epoch's LeaderChange record: nothing commits before it does. */
    readonly epochStartOffset: number,
    now: number,
  ) {
    for (const id of voterIds) {
      this.voters.set(id, { replicaId: id, logEndOffset: -1, lastFetchTimestamp: -1, lastCaughtUpTimestamp: -1 });
    }
    this.acknowledged.add(localId);
    this.updateLocal(epochStartOffset, now);
  }

  updateLocal(logEndOffset: number, now: number): void {
    const self = this.voters.get(this.localId);
    if (self) Object.assign(self, { logEndOffset, lastFetchTimestamp: now, lastCaughtUpTimestamp: now });
  }

  /**
   * KIP-853: the voter set changed (a VotersRecord was appended): an added voter keeps the progress it had as
   * an observer, a removed one becomes an observer. The high watermark and check-quorum count the new set.
   */
  syncVoters(ids: readonly number[]): void {
    for (const [id, progress] of this.voters) {
      if (ids.includes(id)) continue;
      this.voters.delete(id);
      if (id !== this.localId) this.observers.set(id, progress);
    }
    for (const id of ids) {
      if (this.voters.has(id)) continue;
      const progress = this.observers.get(id) ?? {
        replicaId: id,
        logEndOffset: -1,
        lastFetchTimestamp: -1,
        lastCaughtUpTimestamp: -1,
      };
      this.observers.delete(id);
      this.voters.set(id, progress);
    }
  }

  /** A replica fetched at `fetchOffset` (its log end) when the leader's log ended at `leaderEnd`. */
  updateReplica(replicaId: number, fetchOffset: number, leaderEnd: number, now: number, directoryId?: string): void {
    let progress = this.voters.get(replicaId);
    if (progress) {
      this.acknowledged.add(replicaId);
      this.fetchedSinceCheck.add(replicaId);
    } else if (replicaId >= 0) {
      progress = this.observers.get(replicaId);
      if (!progress) {
        progress = { replicaId, logEndOffset: -1, lastFetchTimestamp: -1, lastCaughtUpTimestamp: -1 };
        this.observers.set(replicaId, progress);
      }
    } else return;
    progress.logEndOffset = fetchOffset;
    progress.lastFetchTimestamp = now;
    if (directoryId !== undefined) progress.directoryId = directoryId;
    if (fetchOffset >= leaderEnd) progress.lastCaughtUpTimestamp = now;
  }

  /**
   * The offset a majority of voters hold (the leader included), or null while it does not yet cover this
   * epoch's first record: Raft commits entries of earlier epochs only through one of its own.
   */
  majorityOffset(): number | null {
    const ends = [...this.voters.values()].map((v) => v.logEndOffset).sort((a, b) => b - a);
    const offset = ends[Math.floor(ends.length / 2)]!;
    return offset > this.epochStartOffset ? offset : null;
  }

  /** Check-quorum: did a majority (the leader counts) fetch since the last check? Starts a new window. */
  checkQuorum(): boolean {
    const heard = new Set(this.fetchedSinceCheck);
    heard.add(this.localId);
    this.fetchedSinceCheck = new Set();
    let voters = 0;
    for (const id of heard) if (this.voters.has(id)) voters++;
    return voters * 2 > this.voters.size;
  }

  /** Voters other than the leader, most caught up first (EndQuorumEpoch's preferred successors). */
  successors(): number[] {
    return [...this.voters.values()]
      .filter((v) => v.replicaId !== this.localId)
      .sort((a, b) => b.logEndOffset - a.logEndOffset)
      .map((v) => v.replicaId);
  }
}
