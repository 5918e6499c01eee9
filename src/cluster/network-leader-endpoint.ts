/**
 * A follower's way to a partition leader in another process (Kafka's RemoteLeaderEndPoint): Fetch v12 with
 * its replica id (topic names, last fetched epoch, the diverging epoch in the answer), OffsetForLeaderEpoch
 * v4 and ListOffsets v7 with its replica id, over PeerClients to the leader's inter-broker listener as the
 * metadata log registered it.
 */
import { API_KEYS } from '../../protocol/generated';
import {
  type FetchRequest,
  type FetchResponse,
  defaultFetchRequestFetchPartition,
} from '../../protocol/generated/fetch';
import type { ListOffsetsResponse } from '../../protocol/generated/list-offsets';
import type { OffsetForLeaderEpochResponse } from '../../protocol/generated/offset-for-leader-epoch';
import {
  type EpochRequest,
  type FetchParams,
  type FetchPartitionData,
  type LeaderEndpoint,
  type OffsetAndEpoch,
  PartitionError,
} from '../../replication';
import { ErrorCode } from '../errors';
import type { PeerClients } from './peer-client';

const EARLIEST = -2n;
const LATEST = -1n;

export class NetworkLeaderEndpoint implements LeaderEndpoint {
  readonly isTruncationOnFetchSupported = true;
  /** Fetch answers whose records point into a response frame lent by the peers' frame buffers. */
  private readonly lentAnswers = new WeakMap<FetchPartitionData[], () => void>();
  constructor(
    readonly brokerId: number,
    private readonly localBrokerId: number,
    private readonly peers: PeerClients,
  ) {}

  async fetch(params: FetchParams): Promise<FetchPartitionData[]> {
    const byTopic = new Map<string, FetchRequest['topics'][number]>();
    for (const p of params.partitions) {
      let t = byTopic.get(p.topic);
      if (!t) {
        t = { topic: p.topic, topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [] };
        byTopic.set(p.topic, t);
      }
      t.partitions.push({
        // Fields left at their defaults: Fetch v18's HighWatermark (KIP-1166) is for KRaft's own log.
        ...defaultFetchRequestFetchPartition(),
        partition: p.partition,
        currentLeaderEpoch: p.currentLeaderEpoch,
        fetchOffset: BigInt(p.fetchOffset),
        lastFetchedEpoch: p.lastFetchedEpoch ?? -1,
        logStartOffset: -1n,
        partitionMaxBytes: p.partitionMaxBytes,
        replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
      });
    }
    const request: FetchRequest = {
      clusterId: null,
      replicaId: this.localBrokerId,
      replicaState: { replicaId: -1, replicaEpoch: -1n }, // v15+ only; v12 names the replica in replicaId
      maxWaitMs: params.maxWaitMs,
      minBytes: params.minBytes,
      maxBytes: params.maxBytes,
      isolationLevel: 0,
      sessionId: 0,
      sessionEpoch: -1, // no fetch session: every request names its partitions
      topics: [...byTopic.values()],
      forgottenTopicsData: [],
      rackId: '',
    };
    const lent = await this.peers.sendLending<FetchResponse>(this.brokerId, API_KEYS.Fetch, 12, request);
    const response = lent.body;
    if (response.errorCode !== ErrorCode.None) {
      lent.release();
      throw new PartitionError(response.errorCode);
    }
    const out: FetchPartitionData[] = [];
    this.lentAnswers.set(out, lent.release);
    for (const t of response.responses) {
      for (const p of t.partitions) {
        out.push({
          topic: t.topic,
          partition: p.partitionIndex,
          errorCode: p.errorCode,
          highWatermark: Number(p.highWatermark),
          lastStableOffset: Number(p.lastStableOffset),
          logStartOffset: Number(p.logStartOffset),
          records: p.records ?? Buffer.alloc(0),
          abortedTransactions: null,
          divergingEpoch:
            p.divergingEpoch.epoch >= 0
              ? { epoch: p.divergingEpoch.epoch, endOffset: Number(p.divergingEpoch.endOffset) }
              : null,
          currentLeader: p.currentLeader.leaderId >= 0 ? { ...p.currentLeader } : null,
        });
      }
    }
    return out;
  }

  releaseFetched(answers: FetchPartitionData[]): void {
    this.lentAnswers.get(answers)?.();
    this.lentAnswers.delete(answers);
  }

  async fetchOffsetsForLeaderEpoch(replicaId: number, partitions: EpochRequest[]) {
    const byTopic = new Map<string, { partition: number; currentLeaderEpoch: number; leaderEpoch: number }[]>();
    for (const p of partitions) {
      byTopic.set(p.topic, [
        ...(byTopic.get(p.topic) ?? []),
        { partition: p.partition, currentLeaderEpoch: p.currentLeaderEpoch, leaderEpoch: p.leaderEpoch },
      ]);
    }
    const response = await this.peers.send<OffsetForLeaderEpochResponse>(
      this.brokerId,
      API_KEYS.OffsetForLeaderEpoch,
      4,
      {
        replicaId,
        topics: [...byTopic].map(([topic, ps]) => ({ topic, partitions: ps })),
      },
    );
    return response.topics.flatMap((t) =>
      t.partitions.map((p) => ({
        topic: t.topic,
        partition: p.partition,
        errorCode: p.errorCode,
        leaderEpoch: p.leaderEpoch,
        endOffset: Number(p.endOffset),
      })),
    );
  }

  fetchEarliestOffset(topic: string, partition: number, currentLeaderEpoch: number): Promise<OffsetAndEpoch> {
    return this.listOffset(topic, partition, currentLeaderEpoch, EARLIEST);
  }

  fetchLatestOffset(topic: string, partition: number, currentLeaderEpoch: number): Promise<OffsetAndEpoch> {
    return this.listOffset(topic, partition, currentLeaderEpoch, LATEST);
  }

  private async listOffset(topic: string, partition: number, currentLeaderEpoch: number, timestamp: bigint) {
    const response = await this.peers.send<ListOffsetsResponse>(this.brokerId, API_KEYS.ListOffsets, 7, {
      replicaId: this.localBrokerId,
      isolationLevel: 0,
      topics: [
        { name: topic, partitions: [{ partitionIndex: partition, currentLeaderEpoch, timestamp, maxNumOffsets: 1 }] },
      ],
      timeoutMs: 0,
    });
    const p = response.topics[0]?.partitions[0];
    if (!p) throw new PartitionError(ErrorCode.UnknownServerError, 'empty ListOffsets answer');
    if (p.errorCode !== ErrorCode.None) throw new PartitionError(p.errorCode);
    return { offset: Number(p.offset), leaderEpoch: p.leaderEpoch };
  }
}
