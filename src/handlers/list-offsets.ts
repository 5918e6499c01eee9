import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { type ListOffsetsRequest, type ListOffsetsResponse, ListOffsetsResponseCodec } from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import type { ApiHandler } from './types';

type PartitionResponse = ListOffsetsResponse['topics'][number]['partitions'][number];

const LATEST = -1n;
const EARLIEST = -2n;
const LATEST_TIERED = -5n;
const EARLIEST_PENDING_UPLOAD = -6n;
const READ_COMMITTED = 1;

function partitionError(partitionIndex: number, errorCode: number): PartitionResponse {
  return { partitionIndex, errorCode, oldStyleOffsets: [], timestamp: -1n, offset: -1n, leaderEpoch: -1 };
}

/**
 * ListOffsets (2), v0-11: earliest (-2, and -4 earliest local), latest (-1: the high watermark, or the last stable
 * offset under read_committed), max timestamp (-3, v7+), latest tiered (-5) and earliest pending upload (-6, v11,
 * KIP-1023): Brook has no tiered storage, so -1 as Kafka answers without it, and the first offset whose timestamp
 * is >= t. v0 answers in `oldStyleOffsets` with Kafka's segment-granular legacy lookup. A timestamp with no later
 * record gives offset -1 / timestamp -1.
 */
export const listOffsetsHandler: ApiHandler<ListOffsetsRequest, ListOffsetsResponse> = {
  apiKey: 2,
  minVersion: 0,
  maxVersion: 11,
  handle(request, ctx) {
    const { broker, version } = ctx;
    const response = ListOffsetsResponseCodec.defaults();
    const isolation = version >= 2 && request.isolationLevel === READ_COMMITTED ? 'committed' : 'high-watermark';
    for (const t of request.topics) {
      const partitions: PartitionResponse[] = [];
      // KafkaApis: DESCRIBE on the topic.
      const describable = authorize(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, t.name);
      for (const p of t.partitions) {
        if (!describable) {
          partitions.push(partitionError(p.partitionIndex, ErrorCode.TopicAuthorizationFailed));
          continue;
        }
        try {
          const partition = broker.topics.replicas.getPartitionOrError(t.name, p.partitionIndex);
          const currentLeaderEpoch = version >= 4 ? p.currentLeaderEpoch : -1;
          const result = partitionError(p.partitionIndex, ErrorCode.None);
          if (version === 0) {
            result.oldStyleOffsets = partition
              .legacyFetchOffsetsBefore(Number(p.timestamp), p.maxNumOffsets, broker.now())
              .map((o) => BigInt(o));
            partitions.push(result);
            continue;
          }
          // No tiered storage: the tiered lookups find nothing, once the epoch is checked as for any lookup.
          partition.checkLeader(currentLeaderEpoch);
          const found =
            p.timestamp === LATEST_TIERED || p.timestamp === EARLIEST_PENDING_UPLOAD
              ? null
              : partition.fetchOffsetForTimestamp(Number(p.timestamp), isolation, currentLeaderEpoch);
          if (found) {
            result.offset = BigInt(found.offset);
            result.timestamp = p.timestamp === LATEST || p.timestamp === EARLIEST ? -1n : BigInt(found.timestamp);
            if (version >= 4) result.leaderEpoch = found.leaderEpoch;
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
