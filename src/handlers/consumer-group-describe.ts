import { AclOperation, ResourceType } from '../security/acl';
import { authorize, authorizedOperations } from './auth';
import {
  type ConsumerGroupDescribeRequest,
  type ConsumerGroupDescribeResponse,
  ConsumerGroupDescribeResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { type ConsumerGroup, toOwned } from '../groups/consumer-group';
import type { ApiHandler, HandlerContext } from './types';

const OPS_NOT_REQUESTED = -2147483648;
/**
 * v1's MemberType (KIP-1099): -1 unknown, 0 a classic-protocol member of a consumer group, 1 a consumer-protocol
 * member. Brook's KIP-848 groups take consumer-protocol members only (no classic members joining them).
 */
const CONSUMER_MEMBER = 1;

type Described = ConsumerGroupDescribeResponse['groups'][number];

function describe(group: ConsumerGroup, ctx: HandlerContext, ops: number): Described {
  const view = (a: Map<string, Set<number>>) => ({
    topicPartitions: toOwned(a).map((t) => ({
      topicId: t.topicId,
      topicName: ctx.broker.topics.getById(t.topicId)?.name ?? '',
      partitions: t.partitions,
    })),
  });
  return {
    errorCode: ErrorCode.None,
    errorMessage: null,
    groupId: group.groupId,
    groupState: group.state,
    groupEpoch: group.groupEpoch,
    assignmentEpoch: group.assignmentEpoch,
    assignorName: group.assignorName,
    members: [...group.members.values()].map((m) => ({
      memberId: m.memberId,
      instanceId: m.instanceId,
      rackId: m.rackId,
      memberEpoch: m.memberEpoch,
      clientId: m.clientId,
      clientHost: m.clientHost,
      subscribedTopicNames: m.subscribedTopicNames,
      // Kafka's member holds "" when it subscribes by names.
      subscribedTopicRegex: m.subscribedTopicRegex ?? '',
      assignment: view(m.assigned),
      targetAssignment: view(group.target.get(m.memberId) ?? new Map()),
      memberType: CONSUMER_MEMBER,
    })),
    authorizedOperations: ops,
  };
}

/** ConsumerGroupDescribe (69), v0-1: the admin view of KIP-848 groups (epochs, assignments, targets, v1 member types). */
export const consumerGroupDescribeHandler: ApiHandler<ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse> = {
  apiKey: 69,
  minVersion: 0,
  maxVersion: 1,
  async handle(request, ctx) {
    const response = ConsumerGroupDescribeResponseCodec.defaults();
    const found = await ctx.broker.groups.consumerGroupDescribe(request.groupIds);
    response.groups = request.groupIds.map((groupId, i) => {
      // KafkaApis: DESCRIBE on each group.
      const g = authorize(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, groupId)
        ? found[i]!
        : ErrorCode.GroupAuthorizationFailed;
      const ops = request.includeAuthorizedOperations
        ? authorizedOperations(ctx, ResourceType.GROUP, groupId)
        : OPS_NOT_REQUESTED;
      if (typeof g === 'number') {
        return {
          ...consumerGroupDescribeHandler.errorResponse!(
            { groupIds: [groupId], includeAuthorizedOperations: false },
            g,
            ctx,
          ).groups[0]!,
          errorMessage: g === ErrorCode.GroupIdNotFound ? `Group ${groupId} not found.` : null,
        };
      }
      return describe(g, ctx, ops);
    });
    return response;
  },
  errorResponse(request, errorCode) {
    const response = ConsumerGroupDescribeResponseCodec.defaults();
    response.groups = request.groupIds.map((groupId) => ({
      errorCode,
      errorMessage: null,
      groupId,
      groupState: '',
      // The schema's defaults, as Kafka answers a group it does not describe.
      groupEpoch: 0,
      assignmentEpoch: 0,
      assignorName: '',
      members: [],
      authorizedOperations: OPS_NOT_REQUESTED,
    }));
    return response;
  },
};
