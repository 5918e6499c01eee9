import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { type LeaveGroupRequest, type LeaveGroupResponse, LeaveGroupResponseCodec } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/**
 * LeaveGroup (13), v0-5: v0-2 name one member (its error is the top-level one), v3+ a batch of members,
 * by member id or group.instance.id, each answered on its own.
 */
export const leaveGroupHandler: ApiHandler<LeaveGroupRequest, LeaveGroupResponse> = {
  apiKey: 13,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    // KafkaApis: READ on the group, before anything else.
    if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
      return leaveGroupHandler.errorResponse!(request, ErrorCode.GroupAuthorizationFailed, ctx);
    }
    const response = LeaveGroupResponseCodec.defaults();
    if (request.groupId === '') return leaveGroupHandler.errorResponse!(request, ErrorCode.InvalidGroupId, ctx);
    const identities =
      ctx.version >= 3
        ? request.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId }))
        : [{ memberId: request.memberId, groupInstanceId: null }];
    const result = await ctx.broker.groups.leaveGroup(request.groupId, identities);
    if (ctx.version >= 3) {
      response.errorCode = result.errorCode;
      response.members = identities.map((m, i) => ({ ...m, errorCode: result.members[i]! }));
    } else {
      response.errorCode = result.errorCode !== ErrorCode.None ? result.errorCode : result.members[0]!;
    }
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = LeaveGroupResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
