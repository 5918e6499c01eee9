import { type ListOffsetsRequest, type ListOffsetsResponse, ListOffsetsResponseCodec } from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import { LEADER_EPOCH } from '../topics/storage-adapter';
import type { ApiHandler } from './types';

type PartitionResponse = ListOffsetsResponse['topics'][number]['partitions'][number];

const LATEST = -1n;
const MAX_TIMESTAMP = -3n;
const LATEST_TIERED = -5n;
const READ_COMMITTED = 1;

function partitionError(partitionIndex: number, errorCode: number): PartitionResponse {
  return { partitionIndex, errorCode, oldStyleOffsets: [], timestamp: -1n, offset: -1n, leaderEpoch: -1 };
}

/**
 * ListOffsets (2), v0-10: earliest (-2, and -4 earliest local), latest (-1: the high watermark, or the last
 * stable offset under read_committed), max timestamp (-3, v7+), latest tiered (-5: Brook has no tiered
 * storage, so -1 as Kafka answers without it), and the first offset whose timestamp is >= t. v0 answers in
 * `oldStyleOffsets`. A timestamp with no later record gives offset -1 / timestamp -1.
 */
export const listOffsetsHandler: ApiHandler<ListOffsetsRequest, ListOffsetsResponse> = {
  apiKey: 2,
  minVersion: 0,
  maxVersion: 10,
  handle(request, ctx) {
    const { broker, version } = ctx;
    const response = ListOffsetsResponseCodec.defaults();
    const isolation = version >= 2 && request.isolationLevel === READ_COMMITTED ? 'committed' : 'high-watermark';
    for (const t of request.topics) {
      const partitions: PartitionResponse[] = [];
      for (const p of t.partitions) {
        const log = broker.topics.partition(t.name, p.partitionIndex);
        if (!log) {
          partitions.push(partitionError(p.partitionIndex, ErrorCode.UnknownTopicOrPartition));
          continue;
        }
        if (version >= 4 && p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch !== LEADER_EPOCH) {
          const code = p.currentLeaderEpoch > LEADER_EPOCH ? ErrorCode.UnknownLeaderEpoch : ErrorCode.FencedLeaderEpoch;
          partitions.push(partitionError(p.partitionIndex, code));
          continue;
        }
        try {
          const ts = p.timestamp === LATEST_TIERED ? null : log.offsetForTimestamp(Number(p.timestamp), isolation);
          const found = p.timestamp === LATEST_TIERED ? null : ts;
          const result: PartitionResponse = {
            partitionIndex: p.partitionIndex,
            errorCode: ErrorCode.None,
            oldStyleOffsets: [],
            timestamp: found ? BigInt(found.timestamp) : -1n,
            offset: found ? BigInt(found.offset) : -1n,
            leaderEpoch: found ? found.leaderEpoch : -1,
          };
          if (p.timestamp === LATEST || p.timestamp === -2n) result.timestamp = -1n;
          if (p.timestamp === MAX_TIMESTAMP && !found) result.offset = -1n;
          if (version === 0) {
            result.oldStyleOffsets = found && p.maxNumOffsets > 0 ? [BigInt(found.offset)] : [];
          }
          partitions.push(result);
        } catch (error) {
          partitions.push(partitionError(p.partitionIndex, errorCodeOf(error)));
        }
      }
      response.topics.push({ name: t.name, partitions });
    }
    return response;
  },
  errorResponse(request, errorCode) {
    const response = ListOffsetsResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => partitionError(p.partitionIndex, errorCode)),
    }));
    return response;
  },
};
