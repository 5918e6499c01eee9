import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type DeleteGroupsRequest,
  type DeleteGroupsResponse,
  DeleteGroupsResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/**
 * DeleteGroups (42), v0-3: an empty group is deleted with its committed offsets (tombstones in
 * `__consumer_offsets`); NON_EMPTY_GROUP while it has members, GROUP_ID_NOT_FOUND if unknown. v3's per-group
 * ErrorMessage stays null: Kafka 4.4's coordinator fills it only for streams-group topology errors and for a
 * coordinator partition that failed as a whole (the exception's text), neither of which Brook has.
 */
export const deleteGroupsHandler: ApiHandler<DeleteGroupsRequest, DeleteGroupsResponse> = {
  apiKey: 42,
  minVersion: 0,
  maxVersion: 3,
  async handle(request, ctx) {
    const response = DeleteGroupsResponseCodec.defaults();
    // KafkaApis: DELETE on each group, else GROUP_AUTHORIZATION_FAILED for it.
    const permitted = (g: string) => authorize(ctx, AclOperation.DELETE, ResourceType.GROUP, g);
    // The empty group id is a group like any other here (Kafka 4.4's coordinator refuses only a null one).
    const ids = request.groupsNames.filter(permitted);
    const codes = await ctx.broker.groups.deleteGroups(ids);
    const byId = new Map(ids.map((id, i) => [id, codes[i]!]));
    response.results = request.groupsNames.map((groupId) => ({
      groupId,
      errorCode: byId.get(groupId) ?? ErrorCode.GroupAuthorizationFailed,
      errorMessage: null,
    }));
    return response;
  },
  errorResponse(request, errorCode) {
    const response = DeleteGroupsResponseCodec.defaults();
    response.results = request.groupsNames.map((groupId) => ({ groupId, errorCode, errorMessage: null }));
    return response;
  },
};
