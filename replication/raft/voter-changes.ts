import { ErrorCode } from '../../protocol/error-codes';
import type { StorageLogger } from '../../storage';
import type { LeaderProgress } from './leader-progress';
import type { RaftLog } from './raft-log';
import type { RaftConfig, RaftTransport } from './types';
import type { VoterEndpoint, VoterNode, VoterSet } from './voter-set';

/** The answer of a voter change (AddRaftVoter, RemoveRaftVoter, UpdateRaftVoter): Kafka's error code and message. */
export interface VoterChangeResult {
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** What the voter changes may see and do of their node (RaftNode): it leads while `progress()` is not null. */
export interface VoterChangeHost {
  readonly id: number;
  readonly log: RaftLog;
  readonly cfg: RaftConfig;
  readonly transport: RaftTransport;
  readonly logger: StorageLogger;
  now(): number;
  /** The leader's progress while this node leads, else null. */
  progress(): LeaderProgress | null;
  /** The listener name this node reaches the other voters on (its first controller listener). */
  listenerName(): string | null;
  /** Appends a VotersRecord as the leader; returns its offset. */
  appendVoters(voters: VoterSet): number;
  /** The removal of this leader committed: it resigns (Kafka's requestResign). */
  resign(): void;
}

interface Pending {
  /** The VotersRecord's offset once appended (null while an AddRaftVoter waits for the new voter's ApiVersions). */
  offset: number | null;
  resolve(result: VoterChangeResult): void;
}

const ok: VoterChangeResult = { errorCode: ErrorCode.None, errorMessage: null };

function fail(errorCode: ErrorCode, errorMessage: string | null): VoterChangeResult {
  return { errorCode, errorMessage };
}

/**
 * KIP-853's voter changes on the leader, one at a time, as Kafka's AddVoterHandler, RemoveVoterHandler and
 * UpdateVoterHandler run them: each is refused while another is pending, before the leader's high watermark
 * covers its epoch, while the latest voter set is not committed, or without kraft.version 1; then the leader
 * appends a VotersRecord with the new set (which counts at once for the high watermark) and answers once it
 * commits. A leader that removed itself resigns when the removal commits.
 */
export class VoterChanges {
  private pending: Pending | null = null;

  constructor(private readonly host: VoterChangeHost) {}

  /** AddRaftVoter: the new voter must answer ApiVersions with kraft.version support and follow the log caught up. */
  async add(voter: { id: number; directoryId: string; endpoints: VoterEndpoint[] }): Promise<VoterChangeResult> {
    const h = this.host;
    const checked = this.precheck('adding');
    if ('errorCode' in checked) return checked;
    if (checked.voters.has(voter.id)) {
      return fail(
        ErrorCode.DuplicateVoter,
        `The voter id for ReplicaKey(id=${voter.id}, directoryId=${voter.directoryId}) is already part of the set of voters ${checked.voters}.`,
      );
    }
    const name = h.listenerName();
    const endpoint = voter.endpoints.find((e) => e.name === name) ?? null;
    if (!endpoint) {
      return fail(ErrorCode.InvalidRequest, `Provided listeners do not contain a listener for ${name ?? 'the quorum'}`);
    }
    const { promise, pending } = this.begin();
    const kraftVersion = h.log.control!.kraftVersion();
    let range: { min: number; max: number } | null;
    try {
      range = h.transport.kraftVersionRange ? await h.transport.kraftVersionRange(voter.id, endpoint) : null;
    } catch (error) {
      this.finish(
        pending,
        fail(
          ErrorCode.RequestTimedOut,
          `Aborted add voter operation since API_VERSIONS failed: ${(error as Error).message}`,
        ),
      );
      return promise;
    }
    if (this.pending !== pending) return promise;
    const progress = h.progress();
    if (!progress) return promise;
    range ??= { min: 0, max: kraftVersion };
    if (range.min > kraftVersion || range.max < kraftVersion) {
      this.finish(
        pending,
        fail(
          ErrorCode.InvalidRequest,
          `Aborted add voter operation for ${voter.id} since the kraft.version range (min: ${range.min}, max: ${range.max}) doesn't support the finalized version ${kraftVersion}`,
        ),
      );
      return promise;
    }
    // The new voter must already follow the log as an observer, caught up (Kafka's isReplicaCaughtUp).
    const observer = progress.observers.get(voter.id);
    if (!observer || observer.lastCaughtUpTimestamp < h.now() - h.cfg.fetchTimeoutMs) {
      this.finish(
        pending,
        fail(ErrorCode.RequestTimedOut, `Aborted add voter operation for ${voter.id} since it is lagging behind`),
      );
      return promise;
    }
    const node: VoterNode = { ...voter, kraftVersion: { min: range.min, max: range.max } };
    const next = h.log.control!.latestVoters()!.add(node)!;
    pending.offset = h.appendVoters(next);
    h.logger.info(`raft ${h.id}: adding voter ${voter.id} (${voter.directoryId}) at offset ${pending.offset}`);
    return promise;
  }

  /** RemoveRaftVoter: the voter with that id and directory id leaves the set. */
  remove(id: number, directoryId: string): Promise<VoterChangeResult> {
    const h = this.host;
    const checked = this.precheck('removing');
    if ('errorCode' in checked) return Promise.resolve(checked);
    const next = checked.voters.remove(id, directoryId);
    if (!next) {
      return Promise.resolve(
        fail(
          ErrorCode.VoterNotFound,
          `Cannot remove voter ReplicaKey(id=${id}, directoryId=${directoryId}) from the set of voters ${checked.voters}`,
        ),
      );
    }
    if (next.nodes.size === 0) return Promise.resolve(fail(ErrorCode.InvalidRequest, 'Cannot remove the last voter'));
    const { promise, pending } = this.begin();
    pending.offset = h.appendVoters(next);
    h.logger.info(`raft ${h.id}: removing voter ${id} (${directoryId}) at offset ${pending.offset}`);
    return promise;
  }

  /** UpdateRaftVoter: a voter's listeners or kraft.version range changed (it asks itself, after it fetched). */
  update(node: VoterNode): Promise<VoterChangeResult> {
    const h = this.host;
    const checked = this.precheck('updating');
    if ('errorCode' in checked) return Promise.resolve(checked);
    const next = checked.voters.update(node);
    if (!next) {
      return Promise.resolve(
        fail(
          ErrorCode.VoterNotFound,
          `Voter ReplicaKey(id=${node.id}, directoryId=${node.directoryId}) is not a voter`,
        ),
      );
    }
    if (!checked.voters.needsUpdate(node)) return Promise.resolve(ok);
    const { promise, pending } = this.begin();
    pending.offset = h.appendVoters(next);
    return promise;
  }

  /** The high watermark moved: a pending change whose record it passed is done. */
  highWatermarkUpdated(highWatermark: number): void {
    const pending = this.pending;
    if (!pending || pending.offset === null || highWatermark <= pending.offset) return;
    this.finish(pending, ok);
    const voters = this.host.log.control?.latestVoters();
    if (voters && !voters.has(this.host.id)) {
      this.host.logger.info(`raft ${this.host.id}: not in the committed voter set ${voters}: resigning`);
      this.host.resign();
    }
  }

  /** Leadership ended: a pending change is answered NOT_LEADER_OR_FOLLOWER (Kafka's LeaderState.close). */
  leaderEnded(): void {
    if (this.pending) this.finish(this.pending, fail(ErrorCode.NotLeaderOrFollower, null));
  }

  /** Kafka's common checks of the three handlers, in their order; the latest (committed) voter set if they pass. */
  private precheck(what: string): VoterChangeResult | { voters: VoterSet } {
    const h = this.host;
    const progress = h.progress();
    const control = h.log.control;
    if (!progress) return fail(ErrorCode.NotLeaderOrFollower, null);
    if (this.pending) {
      return fail(
        ErrorCode.RequestTimedOut,
        'Request timed out waiting for leader to handle previous voter change request',
      );
    }
    const hw = h.log.highWatermark;
    if (hw <= progress.epochStartOffset) {
      return fail(
        ErrorCode.RequestTimedOut,
        'Request timed out waiting for leader to establish HWM and fence previous voter changes',
      );
    }
    const kraftVersion = control?.kraftVersion() ?? 0;
    if (!control || kraftVersion < 1) {
      return fail(
        ErrorCode.UnsupportedVersion,
        `Cluster doesn't support ${what} voter because the kraft.version feature is ${kraftVersion}`,
      );
    }
    const voters = control.latestVoters();
    if (!voters || control.latestVotersOffset() >= hw) {
      return fail(
        ErrorCode.RequestTimedOut,
        `Request timed out waiting for voters to commit the latest voter change at ${control.latestVotersOffset()} with HWM ${hw}`,
      );
    }
    return { voters };
  }

  private begin(): { promise: Promise<VoterChangeResult>; pending: Pending } {
    let resolve!: (r: VoterChangeResult) => void;
    const promise = new Promise<VoterChangeResult>((r) => {
      resolve = r;
    });
    const pending: Pending = { offset: null, resolve };
    this.pending = pending;
    return { promise, pending };
  }

  private finish(pending: Pending, result: VoterChangeResult): void {
    if (this.pending === pending) this.pending = null;
    pending.resolve(result);
  }
}
