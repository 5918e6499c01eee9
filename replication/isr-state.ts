import { ErrorCode } from '../protocol/error-codes';
import type { AlterPartitionRequest, AlterPartitionResult, AlterPartitionSink } from './alter-partition';

/**
 * The leader's view of its followers and of the ISR (Kafka's Replica.ReplicaState and the ISR half of
 * Partition): what each follower's fetches said, the committed ISR, and the one ISR change proposed to the
 * controller through AlterPartition and not answered yet. The Partition calls it with its offsets; the
 * controller commits.
 */

/** What a follower last told the leader through its fetches (Kafka's ReplicaState). */
export interface FollowerState {
  /** Its log end: the offset it last fetched from (-1: unknown since this broker became leader). */
  logEndOffset: number;
  /** The leader's log end at the follower's previous fetch, and when that fetch came. */
  lastFetchLeaderLogEndOffset: number;
  lastFetchTimeMs: number;
  /** The last time the follower had everything the leader had (the ISR lag clock). */
  lastCaughtUpTimeMs: number;
}

/** An ISR change sent to the controller and not answered yet (Kafka's PendingExpandIsr / PendingShrinkIsr). */
export interface PendingIsrChange {
  kind: 'expand' | 'shrink';
  proposed: ReadonlySet<number>;
}

/** The partition an ISR change is proposed for, as the leader sees it when proposing. */
export type IsrProposalBase = Omit<AlterPartitionRequest, 'newIsr'>;

export class IsrState {
  /** The committed ISR, as the metadata log last said (or an AlterPartition answer). */
  isr = new Set<number>();
  pending: PendingIsrChange | null = null;
  readonly followers = new Map<number, FollowerState>();

  constructor(
    readonly localBrokerId: number,
    private readonly sink: AlterPartitionSink | null,
    readonly lagTimeMaxMs: number,
    /** A committed change the controller answered, for the partition to install (it checks its epochs). */
    private readonly onCommitted: (result: { leaderEpoch: number; partitionEpoch: number; isr: number[] }) => void,
  ) {}

  /**
   * The ISR the high watermark and min.insync.replicas count while a change is pending: an expansion counts
   * the new member at once, a shrink still counts the leaving one (Kafka's maximalIsr), so the HW never
   * advances on an ISR the controller has not committed.
   */
  get maximalIsr(): ReadonlySet<number> {
    if (this.pending?.kind !== 'expand') return this.isr;
    return this.pending.proposed;
  }

  /**
   * Installs assigned replicas and a committed ISR (from the metadata log); a change in flight is moot.
   * Followers' fetch state is reset only with a new leader epoch (Kafka's makeLeader resetReplicaState):
   * an in-sync follower's lag clock starts now, so it is not dropped before it had a chance to fetch, an
   * out-of-sync one's at 0; a broker that was not leading forgets what followers said (their log ends are
   * unknown until they fetch again).
   */
  reset(
    replicas: readonly number[],
    isr: readonly number[],
    now: number,
    leaderEndOffset: number,
    leaderEpoch: { isNew: boolean; wasLeader: boolean },
  ): void {
    this.isr = new Set(isr);
    this.pending = null;
    for (const id of this.followers.keys()) if (!replicas.includes(id)) this.followers.delete(id);
    for (const id of replicas) {
      if (id === this.localBrokerId) continue;
      const known = this.followers.get(id);
      const lastCaughtUpTimeMs = this.isr.has(id) ? now : 0;
      if (!known || (leaderEpoch.isNew && !leaderEpoch.wasLeader)) {
        const unknown = { logEndOffset: -1, lastFetchLeaderLogEndOffset: -1, lastFetchTimeMs: 0, lastCaughtUpTimeMs };
        this.followers.set(id, unknown);
      } else if (leaderEpoch.isNew) {
        known.lastFetchLeaderLogEndOffset = leaderEndOffset;
        known.lastFetchTimeMs = now;
        known.lastCaughtUpTimeMs = lastCaughtUpTimeMs;
      }
    }
  }

  /**
   * A follower fetched at `fetchOffset` while the leader's log ended at `leaderEndOffset` (Kafka's
   * updateFetchStateOrThrow): caught up now if it asked for the log end, or as of its previous fetch if it
   * now asks for at least what the leader had then.
   */
  updateFollower(id: number, fetchOffset: number, leaderEndOffset: number, now: number): FollowerState | null {
    const state = this.followers.get(id);
    if (!state) return null;
    if (fetchOffset >= leaderEndOffset) {
      state.lastCaughtUpTimeMs = Math.max(state.lastCaughtUpTimeMs, now);
    } else if (fetchOffset >= state.lastFetchLeaderLogEndOffset) {
      state.lastCaughtUpTimeMs = Math.max(state.lastCaughtUpTimeMs, state.lastFetchTimeMs);
    }
    state.logEndOffset = fetchOffset;
    state.lastFetchLeaderLogEndOffset = Math.max(state.lastFetchLeaderLogEndOffset, leaderEndOffset);
    state.lastFetchTimeMs = now;
    return state;
  }

  /** Kafka's ReplicaState.isCaughtUp: at the leader's log end, or caught up within the lag time. */
  private isCaughtUp(state: FollowerState, leaderEndOffset: number, now: number): boolean {
    return state.logEndOffset === leaderEndOffset || now - state.lastCaughtUpTimeMs <= this.lagTimeMaxMs;
  }

  /**
   * Where the high watermark may go: the smallest log end among the maximal ISR's followers (Kafka's
   * maybeIncrementLeaderHW), however long ago they fetched. A member past replica.lag.time.max.ms still holds
   * it back until the controller commits its removal: a leader cut off from its followers and from the
   * controller (which may have elected another leader meanwhile) must never move the HW, hence acknowledge
   * acks=all writes, on its own.
   */
  highWatermarkCandidate(leaderEndOffset: number): number {
    let candidate = leaderEndOffset;
    const isr = this.maximalIsr;
    for (const [id, state] of this.followers) {
      if (isr.has(id)) candidate = Math.min(candidate, Math.max(state.logEndOffset, 0));
    }
    return candidate;
  }

  /**
   * Kafka's maybeExpandIsr: a follower outside the ISR whose log reached the high watermark and the start of
   * the current leader epoch joins, proposed to the controller (one change in flight at a time). Returns
   * whether it was proposed (the maximal ISR grew: the high watermark may move).
   */
  maybeExpand(
    id: number,
    highWatermark: number,
    leaderEpochStartOffset: number | null,
    base: IsrProposalBase,
  ): boolean {
    const followerEnd = this.followers.get(id)?.logEndOffset ?? -1;
    if (!this.sink || this.pending || this.isr.has(id) || leaderEpochStartOffset === null) return false;
    if (followerEnd < leaderEpochStartOffset || followerEnd < highWatermark) return false;
    this.propose('expand', [...this.isr, id], base);
    return true;
  }

  /**
   * Kafka's maybeShrinkIsr: ISR followers not caught up for longer than the lag time (getOutOfSyncReplicas)
   * leave, proposed to the controller. Returns whether a shrink was proposed.
   */
  maybeShrink(leaderEndOffset: number, now: number, base: IsrProposalBase): boolean {
    if (!this.sink || this.pending || this.isr.size <= 1) return false;
    const out: number[] = [];
    for (const id of this.isr) {
      if (id === this.localBrokerId) continue;
      const state = this.followers.get(id);
      if (!state || !this.isCaughtUp(state, leaderEndOffset, now)) out.push(id);
    }
    if (out.length === 0) return false;
    this.propose(
      'shrink',
      [...this.isr].filter((id) => !out.includes(id)),
      base,
    );
    return true;
  }

  private propose(kind: 'expand' | 'shrink', newIsr: number[], base: IsrProposalBase): void {
    const pending: PendingIsrChange = { kind, proposed: new Set(newIsr) };
    this.pending = pending;
    const request: AlterPartitionRequest = { ...base, newIsr: [...pending.proposed].sort((a, b) => a - b) };
    this.sink!.alterPartition(request).then(
      (result) => this.onAnswer(pending, result),
      () => {
        // The controller was unreachable: the next fetch (expand) or expiration check (shrink) proposes again.
        if (this.pending === pending) this.pending = null;
      },
    );
  }

  /**
   * The controller's answer to the change still pending (a reset since then made it moot): a committed ISR
   * goes to the partition; a refusal clears the proposal, except FENCED_LEADER_EPOCH / INVALID_UPDATE_VERSION,
   * which mean the metadata log has news this broker has not applied yet (applying it clears it).
   */
  private onAnswer(pending: PendingIsrChange, result: AlterPartitionResult): void {
    if (this.pending !== pending) return;
    if (result.errorCode === ErrorCode.None) {
      this.pending = null;
      this.onCommitted(result);
    } else if (
      result.errorCode !== ErrorCode.FencedLeaderEpoch &&
      result.errorCode !== ErrorCode.InvalidUpdateVersion
    ) {
      this.pending = null;
    }
  }
}
