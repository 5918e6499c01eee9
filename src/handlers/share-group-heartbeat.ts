import {
  type ShareGroupHeartbeatRequest,
  type ShareGroupHeartbeatResponse,
  ShareGroupHeartbeatResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { clientHostOf } from './group-context';
import { refusalMessage } from './group-context';
import { sharesOf } from './share-groups';
import type { ApiHandler } from './types';

/**
 * ShareGroupHeartbeat (76), v1: a share group member joins (epoch 0, with the topics it subscribes to), heartbeats,
 * and leaves (-1); the coordinator answers its epoch and, when it changed, its partitions (src/groups/share-group.ts).
 * The member id is the client's own (a Kafka Uuid): echoed back, never made up here.
 */
export const shareGroupHeartbeatHandler: ApiHandler<ShareGroupHeartbeatRequest, ShareGroupHeartbeatResponse> = {
  apiKey: 76,
  minVersion: 1,
  maxVersion: 1,
  async handle(request, ctx) {
    const response = ShareGroupHeartbeatResponseCodec.defaults();
    const fail = (error: unknown) => {
      const code = errorCodeOf(error);
      response.errorCode = code;
      // Kafka's answer to a request it refused before its coordinator saw it carries no message.
      response.errorMessage = refusalMessage(error);
      response.memberId = null;
      return response;
    };
    try {
      const shares = sharesOf(ctx);
      // KafkaApis: READ on the group, then DESCRIBE on each subscribed topic.
      if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
        return fail(new KafkaError(ErrorCode.GroupAuthorizationFailed));
      }
      const topics = request.subscribedTopicNames ?? [];
      if (topics.some((t) => !authorize(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, t))) {
        return fail(new KafkaError(ErrorCode.TopicAuthorizationFailed));
      }
      await shares.prepare();
      const result = await ctx.broker.groups.shareGroupHeartbeat(request.groupId, {
        memberId: request.memberId,
        memberEpoch: request.memberEpoch,
        rackId: request.rackId,
        subscribedTopicNames: request.subscribedTopicNames,
        clientId: ctx.header.clientId ?? '',
        clientHost: clientHostOf(ctx),
      });
      response.memberId = result.memberId;
      response.memberEpoch = result.memberEpoch;
      response.heartbeatIntervalMs = result.heartbeatIntervalMs;
      response.assignment = result.assignment ? { topicPartitions: result.assignment } : null;
      return response;
    } catch (error) {
      return fail(error);
    }
  },
  errorResponse(_request, errorCode) {
    const response = ShareGroupHeartbeatResponseCodec.defaults();
    response.errorCode = errorCode;
    response.memberId = null;
    return response;
  },
};
