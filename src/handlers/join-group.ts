import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { type JoinGroupRequest, type JoinGroupResponse, JoinGroupResponseCodec } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { clientHostOf } from './group-context';
import type { ApiHandler } from './types';

/**
 * JoinGroup (11), v0-9: the classic protocol's join phase (src/groups/classic-group.ts). v4+ new members get
 * MEMBER_ID_REQUIRED with their id first; the answer waits until the rebalance completes; only the leader
 * receives the members' metadata.
 */
export const joinGroupHandler: ApiHandler<JoinGroupRequest, JoinGroupResponse> = {
  apiKey: 11,
  minVersion: 0,
  maxVersion: 9,
  async handle(request, ctx) {
    // KafkaApis: READ on the group, before anything else.
    if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
      return joinGroupHandler.errorResponse!(request, ErrorCode.GroupAuthorizationFailed, ctx);
    }
    const response = JoinGroupResponseCodec.defaults();
    if (request.groupId === '') return joinGroupHandler.errorResponse!(request, ErrorCode.InvalidGroupId, ctx);
    const result = await ctx.broker.groups.joinGroup(request.groupId, {
      memberId: request.memberId,
      groupInstanceId: ctx.version >= 5 ? request.groupInstanceId : null,
      sessionTimeoutMs: request.sessionTimeoutMs,
      rebalanceTimeoutMs: ctx.version >= 1 ? request.rebalanceTimeoutMs : -1,
      protocolType: request.protocolType,
      protocols: request.protocols.map((p) => ({ name: p.name, metadata: Buffer.from(p.metadata) })),
      clientId: ctx.header.clientId ?? '',
      clientHost: clientHostOf(ctx),
      requireKnownMemberId: ctx.version >= 4,
      reason: ctx.version >= 8 ? request.reason : null,
    });
    response.errorCode = result.errorCode;
    response.generationId = result.generationId;
    response.protocolType = ctx.version >= 7 ? result.protocolType : null;
    response.protocolName = result.protocolName ?? (ctx.version >= 7 ? null : '');
    response.leader = result.leader;
    response.skipAssignment = result.skipAssignment;
    response.memberId = result.memberId;
    response.members = result.members.map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      metadata: m.metadata,
    }));
    return response;
  },
  errorResponse(request, errorCode, ctx) {
    const response = JoinGroupResponseCodec.defaults();
    response.errorCode = errorCode;
    response.generationId = -1;
    response.protocolName = ctx.version >= 7 ? null : '';
    response.memberId = request.memberId;
    return response;
  },
};
