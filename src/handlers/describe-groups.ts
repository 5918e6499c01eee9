import { AclOperation, ResourceType } from '../security/acl';
import { authorize, authorizedOperations } from './auth';
import {
  type DescribeGroupsRequest,
  type DescribeGroupsResponse,
  DescribeGroupsResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/** Kafka's "authorized operations not requested" marker. */
const OPS_NOT_REQUESTED = -2147483648;

/**
 * DescribeGroups (15), v0-5: classic groups with state, protocol and members; member metadata and assignment
 * only once the group is Stable (Kafka's summary rules). An unknown group is "Dead" with no error (v6+ would
 * say GROUP_ID_NOT_FOUND); a KIP-848 group answers GROUP_ID_NOT_FOUND (ConsumerGroupDescribe describes it).
 */
export const describeGroupsHandler: ApiHandler<DescribeGroupsRequest, DescribeGroupsResponse> = {
  apiKey: 15,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    const response = DescribeGroupsResponseCodec.defaults();
    // KafkaApis: DESCRIBE on each group, else GROUP_AUTHORIZATION_FAILED for it.
    const described = await ctx.broker.groups.describeGroups(request.groups.filter((g) => g !== ''));
    const byId = new Map(described.map((d) => [d.groupId, d]));
    response.groups = request.groups.map((groupId) => {
      const d = byId.get(groupId);
      const ops =
        ctx.version >= 3 && request.includeAuthorizedOperations
          ? authorizedOperations(ctx, ResourceType.GROUP, groupId)
          : OPS_NOT_REQUESTED;
      if (!d || !authorize(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, groupId)) {
        return {
          errorCode: d ? ErrorCode.GroupAuthorizationFailed : ErrorCode.InvalidGroupId,
          groupId,
          groupState: '',
          protocolType: '',
          protocolData: '',
          members: [],
          authorizedOperations: d ? OPS_NOT_REQUESTED : ops,
        };
      }
      return {
        errorCode: d.errorCode,
        groupId,
        groupState: d.state,
        protocolType: d.protocolType,
        protocolData: d.protocolData,
        members: d.members.map((m) => ({
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          memberMetadata: m.metadata,
          memberAssignment: m.assignment,
        })),
        authorizedOperations: ops,
      };
    });
    return response;
  },
  errorResponse(request, errorCode) {
    const response = DescribeGroupsResponseCodec.defaults();
    response.groups = request.groups.map((groupId) => ({
      errorCode,
      groupId,
      groupState: '',
      protocolType: '',
      protocolData: '',
      members: [],
      authorizedOperations: OPS_NOT_REQUESTED,
    }));
    return response;
  },
};
