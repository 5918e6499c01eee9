import { ErrorCode } from '../../protocol/error-codes';
import type { FetchResponse } from '../../protocol/generated/fetch';
import type { StorageLogger } from '../../storage';
import type { RaftLog } from './raft-log';
import * as msg from './raft-messages';
import type { SnapshotId } from './snapshot-store';
import type { RaftConfig, RaftTransport } from './types';

/** What the follower's fetch loop may see and do of its node (RaftNode.followerContext). */
export interface FollowerContext {
  id: number;
  /** This node's metadata directory id (KIP-853), sent in its fetches. */
  directoryId: string;
  clusterId: string | null;
  config: RaftConfig;
  log: RaftLog;
  transport: RaftTransport;
  logger: StorageLogger;
  /** False once the node moved past the epoch and role this loop was started in. */
  current(): boolean;
  sleep(ms: number): Promise<void>;
  /** The leader answered: the fetch timeout starts again. */
  leaderAnswered(): void;
  /** An answer named a later epoch (or a leader of ours): the node moves into it. */
  followNewerEpoch(epoch: number, leaderId: number): boolean;
  committed(highWatermark: number): void;
  /** The leader's high watermark as its answer gave it (the catching-up target, see CommitDelivery). */
  leaderHighWatermark(highWatermark: number): void;
  snapshotInstalled(id: SnapshotId): void;
}

/**
 * A follower's fetch loop (Kafka's KafkaRaftClient.pollFollower / handleFetchResponse): Fetch from the log end
 * with the last fetched epoch, then append the records and take the leader's high watermark, truncate to a
 * diverging epoch, or copy the snapshot the leader names (FetchSnapshot chunks) and restart the log at its end.
 * Runs while its node is a follower of `leaderId` in `epoch`; a transition ends it.
 */
export class FollowerFetcher {
  constructor(
    private readonly ctx: FollowerContext,
    private readonly leaderId: number,
    private readonly epoch: number,
  ) {}

  async run(): Promise<void> {
    while (this.ctx.current()) {
      const request = msg.fetchRequest(
        this.ctx.clusterId,
        this.ctx.id,
        this.epoch,
        this.ctx.log.endOffset,
        this.ctx.log.lastFetchedEpoch(),
        this.ctx.config.fetchMaxWaitMs,
        this.ctx.config.fetchMaxBytes,
        this.ctx.directoryId,
      );
      let response: FetchResponse;
      try {
        response = await this.ctx.transport.send(this.leaderId, 'Fetch', request);
      } catch (error) {
        this.ctx.logger.debug(`raft ${this.ctx.id}: fetch from ${this.leaderId} failed: ${(error as Error).message}`);
        await this.ctx.sleep(Math.min(100, this.ctx.config.electionTimeoutMs / 4));
        continue;
      }
      if (!this.ctx.current()) return;
      let applied: boolean;
      try {
        applied = await this.onFetchResponse(response);
      } catch (error) {
        // A response this log cannot take (records overlapping its end) must not end the node: say what was
        // asked and what came, and fetch again from the log end.
        const p = response.responses[0]?.partitions[0];
        this.ctx.logger.error(`raft ${this.ctx.id}: cannot apply the fetch answer from ${this.leaderId}`, {
          error: (error as Error).message,
          fetchOffset: Number(request.topics[0]?.partitions[0]?.fetchOffset),
          lastFetchedEpoch: request.topics[0]?.partitions[0]?.lastFetchedEpoch,
          logEndOffset: this.ctx.log.endOffset,
          batches: describeBatches(p?.records ?? null),
        });
        applied = false;
      }
      if (!applied) {
        await this.ctx.sleep(Math.min(100, this.ctx.config.electionTimeoutMs / 4));
      }
    }
  }

  /** Applies a Fetch answer; false when it carried an error (the loop backs off before the next fetch). */
  private async onFetchResponse(response: FetchResponse): Promise<boolean> {
    const p = response.responses[0]?.partitions[0];
    if (response.errorCode !== ErrorCode.None || !p) return false;
    if (p.errorCode !== ErrorCode.None) {
      this.ctx.followNewerEpoch(p.currentLeader.leaderEpoch, p.currentLeader.leaderId);
      return false;
    }
    this.ctx.leaderAnswered();
    if (p.divergingEpoch.epoch >= 0) {
      const to = this.ctx.log.truncateToEndOffset({
        epoch: p.divergingEpoch.epoch,
        offset: Number(p.divergingEpoch.endOffset),
      });
      this.ctx.logger.info(`raft ${this.ctx.id}: log diverged from leader ${this.leaderId}: truncated to ${to}`);
      return true;
    }
    if (p.snapshotId.epoch >= 0 && p.snapshotId.endOffset >= 0n) {
      await this.fetchSnapshot({
        endOffset: Number(p.snapshotId.endOffset),
        epoch: p.snapshotId.epoch,
      });
      return true;
    }
    if (p.records && p.records.length > 0) this.ctx.log.appendAsFollower(p.records);
    const hw = Math.min(Number(p.highWatermark), this.ctx.log.endOffset);
    if (hw > this.ctx.log.highWatermark) {
      this.ctx.log.setHighWatermark(hw);
      this.ctx.committed(this.ctx.log.highWatermark);
    }
    if (p.highWatermark >= 0n) this.ctx.leaderHighWatermark(Number(p.highWatermark));
    return true;
  }

  /** The leader's log starts above this one's end: copy its snapshot, then restart the log at its end. */
  private async fetchSnapshot(id: SnapshotId): Promise<void> {
    let position = 0;
    for (;;) {
      const request = msg.fetchSnapshotRequest(
        this.ctx.clusterId,
        this.ctx.id,
        this.epoch,
        id,
        position,
        this.ctx.config.fetchMaxBytes,
      );
      const response = await this.ctx.transport.send(this.leaderId, 'FetchSnapshot', request).catch(() => null);
      if (!this.ctx.current() || !response) return;
      const p = response.topics[0]?.partitions[0];
      if (response.errorCode !== ErrorCode.None || !p || p.errorCode !== ErrorCode.None) return;
      this.ctx.leaderAnswered();
      position = this.ctx.log.snapshots.appendPart(id, position, p.unalignedRecords ?? Buffer.alloc(0));
      if (position >= Number(p.size)) break;
    }
    this.ctx.log.snapshots.completePart(id);
    this.ctx.log.installSnapshot(id);
    this.ctx.logger.info(
      `raft ${this.ctx.id}: installed snapshot ${id.endOffset}-${id.epoch} from leader ${this.leaderId}`,
    );
    this.ctx.snapshotInstalled(id);
  }
}

/** `base-last@epoch` for each batch of a record set (diagnostics). */
function describeBatches(records: Buffer | null): string {
  const out: string[] = [];
  for (let at = 0; records && at + 61 <= records.length; ) {
    const size = records.readInt32BE(at + 8);
    const base = Number(records.readBigInt64BE(at));
    out.push(`${base}-${base + records.readInt32BE(at + 23)}@${records.readInt32BE(at + 12)}`);
    at += 12 + size;
  }
  return out.join(' ');
}

/**
 * An observer that knows no leader (Kafka's pollUnattached / pollFollowerAsObserver: a Fetch to any voter):
 * asks the voters in turn with a Fetch that does not wait; every answer names the leader its sender knows,
 * and the node follows the first one in our epoch or a later one. Ends with the node's state.
 */
export async function discoverLeader(ctx: FollowerContext, voters: readonly number[], epoch: number): Promise<void> {
  for (let i = 0; ctx.current(); i++) {
    const voter = voters[i % voters.length]!;
    const request = msg.fetchRequest(
      ctx.clusterId,
      ctx.id,
      epoch,
      ctx.log.endOffset,
      ctx.log.lastFetchedEpoch(),
      0,
      ctx.config.fetchMaxBytes,
      ctx.directoryId,
    );
    const response = await ctx.transport.send(voter, 'Fetch', request).catch(() => null);
    if (!ctx.current()) return;
    const leader = response?.responses[0]?.partitions[0]?.currentLeader;
    if (leader && leader.leaderId >= 0 && ctx.followNewerEpoch(leader.leaderEpoch, leader.leaderId)) return;
    await ctx.sleep(Math.min(100, ctx.config.electionTimeoutMs / 4));
  }
}
