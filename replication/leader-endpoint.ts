import { ErrorCode } from '../protocol/error-codes';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP } from '../storage';
import { errorCodeFrom, PartitionError } from './errors';
import type { FetchParams, FetchPartitionData, ReplicaManager } from './replica-manager';

/**
 * How a follower's replica fetcher reaches a partition leader (Kafka's LeaderEndPoint): Fetch with its
 * replica id, OffsetForLeaderEpoch, and ListOffsets for the earliest and latest offsets. The network one
 * (Fetch v12+, OffsetForLeaderEpoch v4, ListOffsets over the inter-broker listener) belongs in src/, next to
 * the peer client; `LocalLeaderEndpoint` below calls a ReplicaManager in the same process (Kafka has one too,
 * for moving a log between directories), which is what the in-process replication tests use.
 */
export interface LeaderEndpoint {
  /** The leader's broker id. */
  readonly brokerId: number;
  /**
   * Fetch v12+ answers a follower's divergence in the fetch itself (`divergingEpoch`); without it the
   * fetcher asks OffsetForLeaderEpoch before fetching (Kafka's isTruncationOnFetchSupported).
   */
  readonly isTruncationOnFetchSupported: boolean;
  /** A Fetch from a follower (`replicaId` >= 0): per partition answers in request order. */
  fetch(request: FetchParams): Promise<FetchPartitionData[]>;
  /**
   * The fetcher is done with the records of `answers` (appended: storage copied them), so the endpoint may
   * use their memory again (the network one assembles responses in lent buffers). Optional: without it,
   * the GC takes them.
   */
  releaseFetched?(answers: FetchPartitionData[]): void;
  /** OffsetForLeaderEpoch: where the leader's log ends each requested epoch. */
  fetchOffsetsForLeaderEpoch(
    replicaId: number,
    partitions: EpochRequest[],
  ): Promise<{ topic: string; partition: number; errorCode: ErrorCode; leaderEpoch: number; endOffset: number }[]>;
  /** ListOffsets -2 / -1 as a follower asks them: throws a PartitionError with Kafka's code on refusal. */
  fetchEarliestOffset(topic: string, partition: number, currentLeaderEpoch: number): Promise<OffsetAndEpoch>;
  fetchLatestOffset(topic: string, partition: number, currentLeaderEpoch: number): Promise<OffsetAndEpoch>;
}

export interface EpochRequest {
  topic: string;
  partition: number;
  currentLeaderEpoch: number;
  leaderEpoch: number;
}

export interface OffsetAndEpoch {
  offset: number;
  leaderEpoch: number;
}

/** A leader in this process: the follower's requests go straight to its ReplicaManager. */
export class LocalLeaderEndpoint implements LeaderEndpoint {
  readonly brokerId: number;
  constructor(
    private readonly leader: ReplicaManager,
    readonly isTruncationOnFetchSupported = true,
  ) {
    this.brokerId = leader.localBrokerId;
  }

  fetch(request: FetchParams): Promise<FetchPartitionData[]> {
    return this.leader.fetchMessages(request);
  }

  async fetchOffsetsForLeaderEpoch(_replicaId: number, partitions: EpochRequest[]) {
    return partitions.map((p) => {
      try {
        const partition = this.leader.getPartitionOrError(p.topic, p.partition);
        const found = partition.lastOffsetForLeaderEpoch(p.currentLeaderEpoch, p.leaderEpoch);
        return { topic: p.topic, partition: p.partition, errorCode: ErrorCode.None, ...found };
      } catch (error) {
        return {
          topic: p.topic,
          partition: p.partition,
          errorCode: errorCodeFrom(error),
          leaderEpoch: -1,
          endOffset: -1,
        };
      }
    });
  }

  fetchEarliestOffset(topic: string, partition: number, currentLeaderEpoch: number): Promise<OffsetAndEpoch> {
    return this.listOffset(topic, partition, currentLeaderEpoch, EARLIEST_TIMESTAMP);
  }

  fetchLatestOffset(topic: string, partition: number, currentLeaderEpoch: number): Promise<OffsetAndEpoch> {
    return this.listOffset(topic, partition, currentLeaderEpoch, LATEST_TIMESTAMP);
  }

  private async listOffset(topic: string, index: number, currentLeaderEpoch: number, timestamp: number) {
    const partition = this.leader.getPartitionOrError(topic, index);
    // A follower reads to the log end (ListOffsets from a replica id uses no isolation bound).
    const found = partition.fetchOffsetForTimestamp(timestamp, 'log-end', currentLeaderEpoch);
    if (!found)
      throw new PartitionError(ErrorCode.OffsetNotAvailable, `No offset for ${timestamp} on ${topic}-${index}`);
    return { offset: found.offset, leaderEpoch: found.leaderEpoch };
  }
}
