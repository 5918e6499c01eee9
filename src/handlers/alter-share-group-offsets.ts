import {
  type AlterShareGroupOffsetsRequest,
  type AlterShareGroupOffsetsResponse,
  AlterShareGroupOffsetsResponseCodec,
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
 * AlterShareGroupOffsets (91), v0: sets share-partitions' start offsets (`kafka-share-groups --reset-offsets
 * --execute`), discarding their in-flight state, for a share group without members (NON_EMPTY_GROUP otherwise; an
 * unknown group is created, as Kafka does). Partitions of unknown topics, or past a topic's partitions, are
 * UNKNOWN_TOPIC_OR_PARTITION; each topic needs READ.
 */
export const alterShareGroupOffsetsHandler: ApiHandler<AlterShareGroupOffsetsRequest, AlterShareGroupOffsetsResponse> =
  {
    apiKey: 91,
    minVersion: 0,
    maxVersion: 0,
    async handle(request, ctx) {
      const refuse = (error: unknown) => {
        const response = alterShareGroupOffsetsHandler.errorResponse!(request, errorCodeOf(error), ctx);
        response.errorMessage = refusalMessage(error);
        return response;
      };
      const response = AlterShareGroupOffsetsResponseCodec.defaults();
      try {
        const shares = sharesOf(ctx);
        if (request.groupId === '') throw new KafkaError(ErrorCode.InvalidGroupId);
        if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
          throw new KafkaError(ErrorCode.GroupAuthorizationFailed);
        }
        const changes: { key: SharePartitionKey; startOffset: number }[] = [];
        response.responses = request.topics.map((t) => {
          const topic = ctx.broker.topics.get(t.topicName);
          const allowed = topic !== undefined && authorize(ctx, AclOperation.READ, ResourceType.TOPIC, t.topicName);
          return {
            topicName: t.topicName,
            topicId: topic?.topicId ?? ZERO_UUID,
            partitions: t.partitions.map((p) => {
              let errorCode: ErrorCode = ErrorCode.None;
              if (topic && !allowed) errorCode = ErrorCode.TopicAuthorizationFailed;
              else if (!topic || p.partitionIndex < 0 || p.partitionIndex >= topic.partitionCount) {
                errorCode = ErrorCode.UnknownTopicOrPartition;
              } else {
                changes.push({
                  key: { groupId: request.groupId, topicId: topic.topicId, partition: p.partitionIndex },
                  startOffset: Number(p.startOffset),
                });
              }
              return { partitionIndex: p.partitionIndex, errorCode, errorMessage: null };
            }),
          };
        });
        await shares.prepare();
        await ctx.broker.groups.changeShareGroupOffsets(request.groupId, true, () => shares.alterStartOffsets(changes));
        return response;
      } catch (error) {
        return refuse(error);
      }
    },
    errorResponse(_request, errorCode) {
      const response = AlterShareGroupOffsetsResponseCodec.defaults();
      response.errorCode = errorCode;
      return response;
    },
  };
