import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { type SyncGroupRequest, type SyncGroupResponse, SyncGroupResponseCodec } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/**
 * SyncGroup (14), v0-5: the leader hands in the assignments, followers wait for them; members the leader left
 * out get an empty assignment (src/groups/classic-group.ts).
 */
export const syncGroupHandler: ApiHandler<SyncGroupRequest, SyncGroupResponse> = {
  apiKey: 14,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    // KafkaApis: READ on the group, before anything else.
    if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
      return syncGroupHandler.errorResponse!(request, ErrorCode.GroupAuthorizationFailed, ctx);
    }
    if (request.groupId === '') return syncGroupHandler.errorResponse!(request, ErrorCode.InvalidGroupId, ctx);
    const result = await ctx.broker.groups.syncGroup(request.groupId, {
      memberId: request.memberId,
      groupInstanceId: ctx.version >= 3 ? request.groupInstanceId : null,
      generationId: request.generationId,
      protocolType: ctx.version >= 5 ? request.protocolType : null,
      protocolName: ctx.version >= 5 ? request.protocolName : null,
      assignments: request.assignments.map((a) => ({ memberId: a.memberId, assignment: Buffer.from(a.assignment) })),
    });
    const response = SyncGroupResponseCodec.defaults();
    response.errorCode = result.errorCode;
    response.protocolType = ctx.version >= 5 ? result.protocolType : null;
    response.protocolName = ctx.version >= 5 ? result.protocolName : null;
    response.assignment = result.assignment;
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = SyncGroupResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
