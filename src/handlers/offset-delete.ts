import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type OffsetDeleteRequest,
  type OffsetDeleteResponse,
  OffsetDeleteResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/**
 * OffsetDelete (47), v0: removes committed offsets of topics the group no longer consumes;
 * GROUP_SUBSCRIBED_TO_TOPIC for a topic its members subscribe to, NON_EMPTY_GROUP for an active group that
 * does not use the consumer protocol.
 */
export const offsetDeleteHandler: ApiHandler<OffsetDeleteRequest, OffsetDeleteResponse> = {
  apiKey: 47,
  minVersion: 0,
  maxVersion: 0,
  async handle(request, ctx) {
    // KafkaApis: DELETE on the group, READ on each topic (else TOPIC_AUTHORIZATION_FAILED, offsets kept).
    if (!authorize(ctx, AclOperation.DELETE, ResourceType.GROUP, request.groupId)) {
      return offsetDeleteHandler.errorResponse!(request, ErrorCode.GroupAuthorizationFailed, ctx);
    }
    if (request.groupId === '') return offsetDeleteHandler.errorResponse!(request, ErrorCode.InvalidGroupId, ctx);
    const readable = (topic: string) => authorize(ctx, AclOperation.READ, ResourceType.TOPIC, topic);
    const result = await ctx.broker.groups.deleteOffsets(
      request.groupId,
      request.topics
        .filter((t) => readable(t.name))
        .map((t) => ({ name: t.name, partitions: t.partitions.map((p) => p.partitionIndex) })),
    );
    const response = OffsetDeleteResponseCodec.defaults();
    response.errorCode = result.errorCode;
    if (result.errorCode !== ErrorCode.None) return response;
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => {
        const known = ctx.broker.topics.get(t.name);
        const exists = known && p.partitionIndex >= 0 && p.partitionIndex < known.partitionCount;
        if (!readable(t.name))
          return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.TopicAuthorizationFailed };
        return {
          partitionIndex: p.partitionIndex,
          errorCode: exists
            ? (result.codes.get(`${t.name}\0${p.partitionIndex}`) ?? ErrorCode.None)
            : ErrorCode.UnknownTopicOrPartition,
        };
      }),
    }));
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = OffsetDeleteResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
