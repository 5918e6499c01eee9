import { AclOperation, CLUSTER_NAME, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { type ListGroupsRequest, type ListGroupsResponse, ListGroupsResponseCodec } from '../../protocol/generated';
import type { ApiHandler } from './types';

/** ListGroups (16), v0-5: every group, with its state (v4+, filterable) and type (v5+, filterable). */
export const listGroupsHandler: ApiHandler<ListGroupsRequest, ListGroupsResponse> = {
  apiKey: 16,
  minVersion: 0,
  maxVersion: 5,
  handle(request, ctx) {
    const response = ListGroupsResponseCodec.defaults();
    const states = ctx.version >= 4 ? request.statesFilter : [];
    const types = ctx.version >= 5 ? request.typesFilter : [];
    // KafkaApis: DESCRIBE on the cluster lists every group, else only the groups it may DESCRIBE.
    const all = authorize(ctx, AclOperation.DESCRIBE, ResourceType.CLUSTER, CLUSTER_NAME);
    const listed = ctx.broker.groups.listGroups(states, types);
    const visible = all
      ? listed
      : listed.filter((g) => authorize(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, g.groupId));
    response.groups = visible.map((g) => ({
      groupId: g.groupId,
      protocolType: g.protocolType,
      groupState: g.state,
      groupType: g.type,
    }));
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = ListGroupsResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
