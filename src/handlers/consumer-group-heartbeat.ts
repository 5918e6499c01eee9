import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type ConsumerGroupHeartbeatRequest,
  type ConsumerGroupHeartbeatResponse,
  ConsumerGroupHeartbeatResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import { clientHostOf } from './group-context';
import type { ApiHandler } from './types';

/**
 * ConsumerGroupHeartbeat (68), v0-1: the KIP-848 protocol (src/groups/consumer-group.ts). Join with member
 * epoch 0, leave with -1 (-2: a static member leaving for a while); the server computes the assignment and
 * reconciles each member incrementally.
 */
export const consumerGroupHeartbeatHandler: ApiHandler<ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse> =
  {
    apiKey: 68,
    minVersion: 0,
    maxVersion: 1,
    async handle(request, ctx) {
      const response = ConsumerGroupHeartbeatResponseCodec.defaults();
      // KafkaApis: READ on the group.
      if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
        response.errorCode = ErrorCode.GroupAuthorizationFailed;
        return response;
      }
      try {
        const result = await ctx.broker.groups.consumerGroupHeartbeat(request.groupId, {
          memberId: request.memberId,
          memberEpoch: request.memberEpoch,
          instanceId: request.instanceId,
          rackId: request.rackId,
          rebalanceTimeoutMs: request.rebalanceTimeoutMs,
          subscribedTopicNames: request.subscribedTopicNames,
          subscribedTopicRegex: ctx.version >= 1 ? request.subscribedTopicRegex : null,
          serverAssignor: request.serverAssignor,
          ownedTopicPartitions: request.topicPartitions,
          clientId: ctx.header.clientId ?? '',
          clientHost: clientHostOf(ctx),
          apiVersion: ctx.version,
        });
        response.memberId = result.memberId;
        response.memberEpoch = result.memberEpoch;
        response.heartbeatIntervalMs = result.heartbeatIntervalMs;
        response.assignment = result.assignment ? { topicPartitions: result.assignment } : null;
      } catch (error) {
        response.errorCode = errorCodeOf(error);
        response.errorMessage = error instanceof KafkaError ? error.message : null;
        // Kafka answers an error with the schema's defaults elsewhere: no member id, epoch 0, interval 0.
        response.memberId = null;
      }
      return response;
    },
    errorResponse(_request, errorCode) {
      const response = ConsumerGroupHeartbeatResponseCodec.defaults();
      response.errorCode = errorCode;
      return response;
    },
  };
