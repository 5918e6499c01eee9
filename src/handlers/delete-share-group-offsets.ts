import {
  type DeleteShareGroupOffsetsRequest,
  type DeleteShareGroupOffsetsResponse,
  DeleteShareGroupOffsetsResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import { AclOperation, ResourceType } from '../security/acl';
import type { SharePartitionKey } from '../share';
import { authorize } from './auth';
import { refusalMessage } from './group-context';
import { sharesOf } from './share-groups';
import type { ApiHandler } from './types';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

/**
 * DeleteShareGroupOffsets (92), v0: forgets a share group's state for whole topics (`kafka-share-groups
 * --delete-offsets`): its next member subscribing starts there where share.auto.offset.reset says. The group must
 * exist (GROUP_ID_NOT_FOUND) and have no members (NON_EMPTY_GROUP); a topic without state is
 * UNKNOWN_TOPIC_OR_PARTITION, as Kafka answers it.
 */
export const deleteShareGroupOffsetsHandler: ApiHandler<
  DeleteShareGroupOffsetsRequest,
  DeleteShareGroupOffsetsResponse
> = {
  apiKey: 92,
  minVersion: 0,
  maxVersion: 0,
  async handle(request, ctx) {
    const response = DeleteShareGroupOffsetsResponseCodec.defaults();
    try {
      const shares = sharesOf(ctx);
      if (request.groupId === '') throw new KafkaError(ErrorCode.InvalidGroupId);
      if (!authorize(ctx, AclOperation.DELETE, ResourceType.GROUP, request.groupId)) {
        throw new KafkaError(ErrorCode.GroupAuthorizationFailed);
      }
      await ctx.broker.groups.changeShareGroupOffsets(request.groupId, false, () => {
        const stateOf = new Set(shares.keysOf(request.groupId).map((k) => `${k.topicId}:${k.partition}`));
        response.responses = request.topics.map((t) => {
          const topic = ctx.broker.topics.get(t.topicName);
          const answer = (errorCode: ErrorCode, errorMessage: string | null = null) => ({
            topicName: t.topicName,
            topicId: topic?.topicId ?? ZERO_UUID,
            errorCode,
            errorMessage,
          });
          if (!topic) return answer(ErrorCode.UnknownTopicOrPartition);
          if (!authorize(ctx, AclOperation.READ, ResourceType.TOPIC, t.topicName)) {
            return answer(ErrorCode.TopicAuthorizationFailed);
          }
          const keys: SharePartitionKey[] = [];
          for (let p = 0; p < topic.partitionCount; p++) {
            if (stateOf.has(`${topic.topicId}:${p}`))
              keys.push({ groupId: request.groupId, topicId: topic.topicId, partition: p });
          }
          if (keys.length === 0) {
            return answer(ErrorCode.UnknownTopicOrPartition, 'There is no offset information to delete.');
          }
          shares.deleteState(keys);
          return answer(ErrorCode.None);
        });
      });
      return response;
    } catch (error) {
      const refused = deleteShareGroupOffsetsHandler.errorResponse!(request, errorCodeOf(error), ctx);
      refused.errorMessage = refusalMessage(error);
      return refused;
    }
  },
  errorResponse(_request, errorCode) {
    const response = DeleteShareGroupOffsetsResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
