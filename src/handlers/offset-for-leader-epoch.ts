import { AclOperation, CLUSTER_NAME, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type OffsetForLeaderEpochRequest,
  type OffsetForLeaderEpochResponse,
  OffsetForLeaderEpochResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import type { ApiHandler } from './types';

/**
 * OffsetForLeaderEpoch (23), v0-4: for each partition, the largest leader epoch <= the one asked and the end
 * offset of that epoch (the log end for the current epoch); consumers use it to detect truncation.
 * currentLeaderEpoch (v2+) is fenced like Fetch's.
 */
export const offsetForLeaderEpochHandler: ApiHandler<OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse> = {
  apiKey: 23,
  minVersion: 0,
  maxVersion: 4,
  handle(request, ctx) {
    const { broker, version } = ctx;
    const response = OffsetForLeaderEpochResponseCodec.defaults();
    // KafkaApis: a follower (replica id >= 0, v3+) needs CLUSTER_ACTION on the cluster, a client DESCRIBE on the topic.
    const follower = version >= 3 && request.replicaId >= 0;
    const clusterAction = follower && authorize(ctx, AclOperation.CLUSTER_ACTION, ResourceType.CLUSTER, CLUSTER_NAME);
    for (const t of request.topics) {
      const permitted = follower ? clusterAction : authorize(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, t.topic);
      const partitions = t.partitions.map((p) => {
        const base = { partition: p.partition, errorCode: ErrorCode.None, leaderEpoch: -1, endOffset: -1n };
        if (!permitted) return { ...base, errorCode: ErrorCode.TopicAuthorizationFailed };
        try {
          const partition = broker.topics.replicas.getPartitionOrError(t.topic, p.partition);
          const currentLeaderEpoch = version >= 2 ? p.currentLeaderEpoch : -1;
          const found = partition.lastOffsetForLeaderEpoch(currentLeaderEpoch, p.leaderEpoch);
          return { ...base, leaderEpoch: found.leaderEpoch, endOffset: BigInt(found.endOffset) };
        } catch (error) {
          return { ...base, errorCode: errorCodeOf(error) };
        }
      });
      response.topics.push({ topic: t.topic, partitions });
    }
    return response;
  },
  errorResponse(request, errorCode) {
    const response = OffsetForLeaderEpochResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      topic: t.topic,
      partitions: t.partitions.map((p) => ({ partition: p.partition, errorCode, leaderEpoch: -1, endOffset: -1n })),
    }));
    return response;
  },
};
