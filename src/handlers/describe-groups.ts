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
 * DescribeGroups (15), v0-6: classic groups with state, protocol and members; member metadata and assignment
 * only once the group is Stable (Kafka's summary rules). A group that is unknown, or not a classic group (KIP-848
 * groups are described by ConsumerGroupDescribe), is "Dead": with no error before v6, with GROUP_ID_NOT_FOUND and
 * the reason from v6 (KIP-1043), as Kafka 4.4's GroupMetadataManager.describeGroups answers.
 */
export const describeGroupsHandler: ApiHandler<DescribeGroupsRequest, DescribeGroupsResponse> = {
  apiKey: 15,
  minVersion: 0,
  maxVersion: 6,
  async handle(request, ctx) {
    const response = DescribeGroupsResponseCodec.defaults();
    // KafkaApis: DESCRIBE on each group, else GROUP_AUTHORIZATION_FAILED for it.
    // The empty group id is described like any other (Kafka 4.4's coordinator refuses only a null one).
    const described = await ctx.broker.groups.describeGroups(request.groups);
    response.groups = request.groups.map((groupId, i) => {
      const d = described[i]!;
      const ops =
        ctx.version >= 3 && request.includeAuthorizedOperations
          ? authorizedOperations(ctx, ResourceType.GROUP, groupId)
          : OPS_NOT_REQUESTED;
      if (!authorize(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, groupId)) {
        return {
          errorCode: ErrorCode.GroupAuthorizationFailed,
          errorMessage: null,
          groupId,
          groupState: '',
          protocolType: '',
          protocolData: '',
          members: [],
          authorizedOperations: OPS_NOT_REQUESTED,
        };
      }
      const notClassic = d.errorCode === ErrorCode.GroupIdNotFound;
      if (notClassic || (d.errorCode === ErrorCode.None && d.state === 'Dead')) {
        const v6 = ctx.version >= 6;
        return {
          errorCode: v6 ? ErrorCode.GroupIdNotFound : ErrorCode.None,
          errorMessage: v6 ? `Group ${groupId} ${notClassic ? 'is not a classic group' : 'not found'}.` : null,
          groupId,
          groupState: 'Dead',
          protocolType: '',
          protocolData: '',
          members: [],
          // KafkaApis fills authorized operations in only for groups answered without error.
          authorizedOperations: v6 ? OPS_NOT_REQUESTED : ops,
        };
      }
      return {
        errorCode: d.errorCode,
        errorMessage: null,
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
      errorMessage: null,
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
