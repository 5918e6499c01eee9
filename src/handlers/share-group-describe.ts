import {
  type ShareGroupDescribeRequest,
  type ShareGroupDescribeResponse,
  ShareGroupDescribeResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import { toOwned } from '../groups/consumer-group';
import type { ShareGroup } from '../groups/share-group';
import { AclOperation, ResourceType } from '../security/acl';
import { authorize, authorizedOperations } from './auth';
import { sharesOf } from './share-groups';
import type { ApiHandler, HandlerContext } from './types';

const OPS_NOT_REQUESTED = -2147483648;
/** The one share group assignor Kafka 4.4 has (group.share.assignors). */
const SHARE_ASSIGNOR = 'simple';

type Described = ShareGroupDescribeResponse['groups'][number];

function failed(groupId: string, error: KafkaError): Described {
  return {
    errorCode: error.code,
    errorMessage: error.code === ErrorCode.GroupIdNotFound ? error.message : null,
    groupId,
    groupState: '',
    groupEpoch: 0,
    assignmentEpoch: 0,
    assignorName: '',
    members: [],
    authorizedOperations: OPS_NOT_REQUESTED,
  };
}

function describe(group: ShareGroup, ctx: HandlerContext, ops: number): Described {
  return {
    errorCode: ErrorCode.None,
    errorMessage: null,
    groupId: group.groupId,
    groupState: group.state,
    groupEpoch: group.groupEpoch,
    assignmentEpoch: group.assignmentEpoch,
    assignorName: SHARE_ASSIGNOR,
    members: [...group.members.values()].map((m) => ({
      memberId: m.memberId,
      rackId: m.rackId,
      memberEpoch: m.memberEpoch,
      clientId: m.clientId,
      clientHost: m.clientHost,
      subscribedTopicNames: m.subscribedTopicNames,
      assignment: {
        // Topics the metadata no longer knows are left out, as Kafka does.
        topicPartitions: toOwned(m.assigned).flatMap((t) => {
          const topic = ctx.broker.topics.getById(t.topicId);
          return topic ? [{ topicId: t.topicId, topicName: topic.name, partitions: t.partitions }] : [];
        }),
      },
    })),
    authorizedOperations: ops,
  };
}

/** ShareGroupDescribe (77), v1: share groups' epochs, members and their assignments. */
export const shareGroupDescribeHandler: ApiHandler<ShareGroupDescribeRequest, ShareGroupDescribeResponse> = {
  apiKey: 77,
  minVersion: 1,
  maxVersion: 1,
  async handle(request, ctx) {
    const response = ShareGroupDescribeResponseCodec.defaults();
    try {
      sharesOf(ctx);
    } catch (error) {
      response.groups = request.groupIds.map((id) => failed(id, new KafkaError(errorCodeOf(error))));
      return response;
    }
    const found = await ctx.broker.groups.shareGroupDescribe(request.groupIds);
    response.groups = request.groupIds.map((groupId, i) => {
      // KafkaApis: DESCRIBE on each group.
      if (!authorize(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, groupId)) {
        return failed(groupId, new KafkaError(ErrorCode.GroupAuthorizationFailed));
      }
      const g = found[i]!;
      if (g instanceof KafkaError) return failed(groupId, g);
      const ops = request.includeAuthorizedOperations
        ? authorizedOperations(ctx, ResourceType.GROUP, groupId)
        : OPS_NOT_REQUESTED;
      return describe(g, ctx, ops);
    });
    return response;
  },
  errorResponse(request, errorCode) {
    const response = ShareGroupDescribeResponseCodec.defaults();
    response.groups = request.groupIds.map((id) => failed(id, new KafkaError(errorCode)));
    return response;
  },
};
