import {
  type DescribeShareGroupOffsetsRequest,
  type DescribeShareGroupOffsetsResponse,
  DescribeShareGroupOffsetsResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import { AclOperation, ResourceType } from '../security/acl';
import type { SharePartitionManager } from '../share';
import { authorize } from './auth';
import { sharesOf } from './share-groups';
import type { ApiHandler, HandlerContext } from './types';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

type GroupAnswer = DescribeShareGroupOffsetsResponse['groups'][number];
type TopicAnswer = GroupAnswer['topics'][number];

/**
 * DescribeShareGroupOffsets (90), v0-1: each share-partition's stored start offset (-1 until its first
 * acknowledgement is stored) and, v1, its lag: the records up to the partition's end that are neither before the start
 * offset nor done with (Kafka: latest offset - start offset - delivery complete count). `topics` null asks for
 * every partition the group has state for. As Kafka, the group's existence is not checked: a group without state
 * has no partitions, a partition without state offset -1.
 */
export const describeShareGroupOffsetsHandler: ApiHandler<
  DescribeShareGroupOffsetsRequest,
  DescribeShareGroupOffsetsResponse
> = {
  apiKey: 90,
  minVersion: 0,
  maxVersion: 1,
  async handle(request, ctx) {
    const response = DescribeShareGroupOffsetsResponseCodec.defaults();
    let shares: SharePartitionManager;
    try {
      shares = sharesOf(ctx);
    } catch (error) {
      response.groups = request.groups.map((g) => failed(g.groupId, errorCodeOf(error)));
      return response;
    }
    response.groups = request.groups.map((g) => {
      if (!authorize(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, g.groupId)) {
        return failed(g.groupId, ErrorCode.GroupAuthorizationFailed);
      }
      const wanted =
        g.topics ??
        groupTopics(ctx, shares, g.groupId).filter((t) =>
          authorize(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, t.topicName),
        );
      return {
        groupId: g.groupId,
        errorCode: ErrorCode.None,
        errorMessage: null,
        topics: wanted.map((t) => describeTopic(ctx, shares, g.groupId, t.topicName, t.partitions)),
      };
    });
    return response;
  },
  errorResponse(request, errorCode) {
    const response = DescribeShareGroupOffsetsResponseCodec.defaults();
    response.groups = request.groups.map((g) => failed(g.groupId, errorCode));
    return response;
  },
};

function failed(groupId: string, errorCode: ErrorCode): GroupAnswer {
  return { groupId, topics: [], errorCode, errorMessage: null };
}

/** The topics and partitions a group has share-partition state for, by name. */
function groupTopics(
  ctx: HandlerContext,
  shares: SharePartitionManager,
  groupId: string,
): { topicName: string; partitions: number[] }[] {
  const byTopic = new Map<string, number[]>();
  for (const key of shares.keysOf(groupId)) {
    const name = ctx.broker.topics.getById(key.topicId)?.name;
    if (name === undefined) continue;
    byTopic.set(name, [...(byTopic.get(name) ?? []), key.partition]);
  }
  return [...byTopic].map(([topicName, partitions]) => ({ topicName, partitions: partitions.sort((a, b) => a - b) }));
}

function describeTopic(
  ctx: HandlerContext,
  shares: SharePartitionManager,
  groupId: string,
  topicName: string,
  partitions: number[],
): TopicAnswer {
  const topic = ctx.broker.topics.get(topicName);
  const denied = topic !== undefined && !authorize(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, topicName);
  // Kafka answers a partition it has no state for with the schema's default leader epoch, 0.
  const unknown = (partitionIndex: number, errorCode: ErrorCode = ErrorCode.None) => ({
    partitionIndex,
    startOffset: -1n,
    leaderEpoch: 0,
    lag: -1n,
    errorCode,
    errorMessage: null,
  });
  if (!topic || denied) {
    return {
      topicName,
      topicId: ZERO_UUID,
      partitions: partitions.map((p) => unknown(p, denied ? ErrorCode.TopicAuthorizationFailed : ErrorCode.None)),
    };
  }
  return {
    topicName,
    topicId: topic.topicId,
    partitions: partitions.map((partitionIndex) => {
      const progress = shares.progress({ groupId, topicId: topic.topicId, partition: partitionIndex });
      const partition = ctx.broker.topics.partition(topicName, partitionIndex);
      if (!progress || !partition) return unknown(partitionIndex);
      const lag =
        progress.startOffset < 0
          ? -1n
          : BigInt(Math.max(0, partition.highWatermark - progress.startOffset - progress.completed));
      return {
        partitionIndex,
        startOffset: BigInt(progress.startOffset),
        leaderEpoch: partition.currentLeader().leaderEpoch,
        lag,
        errorCode: ErrorCode.None,
        errorMessage: null,
      };
    }),
  };
}
