import type {
  DescribeTopicPartitionsRequest,
  DescribeTopicPartitionsResponse,
  DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition as PartitionEntry,
  DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic as TopicEntry,
} from '../../protocol/generated';
import { topicNameProblem } from '../../protocol/topic-names';
import { ErrorCode, KafkaError } from '../errors';
import { AclOperation, ResourceType } from '../security/acl';
import { authorize, authorizedOperations } from './auth';
import { AUTHORIZED_OPERATIONS_OMITTED, topicMetadata } from './metadata';
import type { ApiHandler, HandlerContext } from './types';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
/** Kafka's max.request.partition.size.limit default: the most partitions one response holds. */
const MAX_REQUEST_PARTITION_SIZE_LIMIT = 2000;

/**
 * DescribeTopicPartitions (75, KIP-966), as Kafka's DescribeTopicPartitionsRequestHandler with
 * KRaftMetadataCache.getTopicMetadataForDescribeTopicResponse: the partitions of the named topics (every topic
 * for an empty list) in name order from the cursor on, at most `responsePartitionLimit` (capped at 2000) a
 * response with `nextCursor` where it stopped; each partition with its eligible leader replicas and last known
 * ELR (empty lists on a healthy partition: Kafka's registrations always carry them, so `kafka-topics
 * --describe` prints `Elr: \tLastKnownElr:`). Topics the client may not DESCRIBE are left out of the all-topics
 * list and answered TOPIC_AUTHORIZATION_FAILED when named; unknown names UNKNOWN_TOPIC_OR_PARTITION (or
 * INVALID_TOPIC_EXCEPTION). A cursor naming a topic not asked for, or a negative partition: INVALID_REQUEST.
 */
export const describeTopicPartitionsHandler: ApiHandler<
  DescribeTopicPartitionsRequest,
  DescribeTopicPartitionsResponse
> = {
  apiKey: 75,
  minVersion: 0,
  maxVersion: 0,
  handle(request, ctx) {
    const { cursor } = request;
    const from = cursor?.topicName ?? '';
    const all = request.topics.length === 0;
    const names = all ? ctx.broker.topics.all().map((t) => t.name) : request.topics.map((t) => t.name);
    const topics = [...new Set(names.filter((n) => n >= from))].sort();
    if (cursor !== null && !all && !topics.includes(cursor.topicName)) {
      throw new KafkaError(
        ErrorCode.InvalidRequest,
        `DescribeTopicPartitionsRequest topic list should contain the cursor topic: ${cursor.topicName}`,
      );
    }
    if (cursor !== null && cursor.partitionIndex < 0) {
      throw new KafkaError(ErrorCode.InvalidRequest, 'DescribeTopicPartitionsRequest cursor partition must be valid');
    }
    const refused: TopicEntry[] = [];
    const allowed = topics.filter((name) => {
      const ok = authorize(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, name);
      if (!ok && !all) refused.push(errorTopic(name, ErrorCode.TopicAuthorizationFailed));
      return ok;
    });
    const response: DescribeTopicPartitionsResponse = { throttleTimeMs: 0, topics: [], nextCursor: null };
    let remaining = Math.max(Math.min(MAX_REQUEST_PARTITION_SIZE_LIMIT, request.responsePartitionLimit), 1);
    for (const name of allowed) {
      if (remaining === 0) {
        // Every partition of the topics before fitted: the next response starts at this topic.
        response.nextCursor = { topicName: name, partitionIndex: 0 };
        break;
      }
      const partitions = partitionsOf(ctx, name);
      if (partitions === null) {
        if (!all) {
          const code =
            topicNameProblem(name) === null ? ErrorCode.UnknownTopicOrPartition : ErrorCode.InvalidTopicException;
          response.topics.push(errorTopic(name, code));
        }
        continue;
      }
      const start = name === from ? (cursor?.partitionIndex ?? 0) : 0;
      const end = Math.min(partitions.length, start + remaining);
      const topic = ctx.broker.topics.get(name)!;
      response.topics.push({
        errorCode: ErrorCode.None,
        name,
        topicId: topicIdOf(ctx, name) ?? topic.topicId,
        isInternal: topic.isInternal,
        partitions: partitions.slice(start, end),
        topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
      });
      if (end < partitions.length) {
        response.nextCursor = { topicName: name, partitionIndex: end };
        break;
      }
      remaining -= end - start;
    }
    for (const topic of response.topics) {
      topic.topicAuthorizedOperations = authorizedOperations(ctx, ResourceType.TOPIC, topic.name!);
    }
    response.topics.push(...refused);
    return response;
  },
  errorResponse(request, errorCode) {
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => errorTopic(t.name, errorCode)),
      nextCursor: null,
    };
  },
};

function errorTopic(name: string, errorCode: number): TopicEntry {
  return {
    errorCode,
    name,
    topicId: ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}

function topicIdOf(ctx: HandlerContext, name: string): string | undefined {
  return ctx.broker.topics.cluster?.image?.topic(name)?.id;
}

/** Every partition of a topic (Metadata's view of it, with the ELR from the metadata log), or null if unknown. */
function partitionsOf(ctx: HandlerContext, name: string): PartitionEntry[] | null {
  const { broker } = ctx;
  const topic = broker.topics.get(name);
  if (!topic) return null;
  const fromLog = broker.topics.cluster?.image?.topic(name);
  return topicMetadata(topic, broker.nodeId, broker.topics).partitions.map((p) => {
    const state = fromLog?.partitions.get(p.partitionIndex);
    return {
      errorCode: ErrorCode.None,
      partitionIndex: p.partitionIndex,
      leaderId: p.leaderId,
      leaderEpoch: p.leaderEpoch,
      replicaNodes: p.replicaNodes,
      isrNodes: p.isrNodes,
      // A single node keeps no ELR: its partitions have one replica, never below min.insync.replicas.
      eligibleLeaderReplicas: [...(state?.elr ?? [])],
      lastKnownElr: [...(state?.lastKnownElr ?? [])],
      offlineReplicas: p.offlineReplicas,
    };
  });
}
