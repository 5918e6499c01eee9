import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { type HeartbeatRequest, type HeartbeatResponse, HeartbeatResponseCodec } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/** Heartbeat (12), v0-4: keeps a classic member alive; REBALANCE_IN_PROGRESS tells it to rejoin. */
export const heartbeatHandler: ApiHandler<HeartbeatRequest, HeartbeatResponse> = {
  apiKey: 12,
  minVersion: 0,
  maxVersion: 4,
  async handle(request, ctx) {
    // KafkaApis: READ on the group, before anything else.
    if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
      return heartbeatHandler.errorResponse!(request, ErrorCode.GroupAuthorizationFailed, ctx);
    }
    const response = HeartbeatResponseCodec.defaults();
    response.errorCode =
      request.groupId === ''
        ? ErrorCode.InvalidGroupId
        : await ctx.broker.groups.heartbeat(
            request.groupId,
            { memberId: request.memberId, groupInstanceId: ctx.version >= 3 ? request.groupInstanceId : null },
            request.generationId,
          );
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = HeartbeatResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
