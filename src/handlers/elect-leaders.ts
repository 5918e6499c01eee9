import type { ElectLeadersRequest, ElectLeadersResponse } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { AclOperation } from '../security/acl';
import type { ApiHandler } from './types';

/**
 * ElectLeaders (43), v0-2 (KIP-183, KIP-460; v0 is PREFERRED only): in a KRaft cluster forwarded to the active
 * controller, which elects per partition and answers ELECTION_NOT_NEEDED, PREFERRED_LEADER_NOT_AVAILABLE,
 * ELIGIBLE_LEADERS_NOT_AVAILABLE or UNKNOWN_TOPIC_OR_PARTITION (replication/metadata/elections.ts). A single
 * node leads every partition it has: nothing to elect. A failure reaching the controller answers its error at
 * the top and on every partition named, as Kafka's getErrorResponse does.
 */
export const electLeadersHandler: ApiHandler<ElectLeadersRequest, ElectLeadersResponse> = {
  apiKey: 43,
  minVersion: 0,
  maxVersion: 2,
  // Kafka: ALTER on the cluster.
  clusterOperation: AclOperation.ALTER,
  async handle(request, ctx) {
    const kraft = ctx.broker.kraft;
    if (kraft) {
      const results = await kraft.electLeaders(request);
      return { throttleTimeMs: 0, errorCode: ErrorCode.None, replicaElectionResults: results };
    }
    const topics = ctx.broker.topics;
    const named = request.topicPartitions ?? topics.all().map((t) => ({ topic: t.name, partitions: [] as number[] }));
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.None,
      replicaElectionResults: named.map((t) => {
        const topic = topics.get(t.topic);
        return {
          topic: t.topic,
          partitionResult: t.partitions.map((partitionId) =>
            !topic
              ? {
                  partitionId,
                  errorCode: ErrorCode.UnknownTopicOrPartition,
                  errorMessage: `No such topic as ${t.topic}`,
                }
              : partitionId < 0 || partitionId >= topic.partitionCount
                ? {
                    partitionId,
                    errorCode: ErrorCode.UnknownTopicOrPartition,
                    errorMessage: `No such partition as ${t.topic}-${partitionId}`,
                  }
                : {
                    partitionId,
                    errorCode: ErrorCode.ElectionNotNeeded,
                    errorMessage: 'Leader election not needed for topic partition.',
                  },
          ),
        };
      }),
    };
  },
  errorResponse: (request, errorCode) => ({
    throttleTimeMs: 0,
    errorCode,
    replicaElectionResults: (request.topicPartitions ?? []).map((t) => ({
      topic: t.topic,
      partitionResult: t.partitions.map((partitionId) => ({ partitionId, errorCode, errorMessage: null })),
    })),
  }),
};
