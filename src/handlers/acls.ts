import type {
  CreateAclsRequest,
  CreateAclsResponse,
  DeleteAclsRequest,
  DeleteAclsResponse,
  DescribeAclsRequest,
  DescribeAclsResponse,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import {
  type AclBinding,
  AclOperation,
  bindingKey,
  CLUSTER_NAME,
  invalidBindingReason,
  invalidFilterReason,
  ResourceType,
} from '../security/acl';
import { authorize } from './auth';
import { METADATA_PROPAGATION_MS } from '../topics/topic-service';
import { controllerForwarder, forwardToController } from './forward';
import type { ApiHandler, HandlerContext } from './types';

/**
 * Kafka's answer when the client may not manage ACLs, or when there is no authorizer (SECURITY_DISABLED, with
 * AclApis' messages: DescribeAcls names the broker, CreateAcls and DeleteAcls do not).
 */
function refusal(ctx: HandlerContext, operation: number): { errorCode: number; errorMessage: string } | null {
  if (ctx.broker.authorizer === null) {
    const errorMessage =
      operation === AclOperation.DESCRIBE
        ? 'No Authorizer is configured on the broker'
        : 'No Authorizer is configured.';
    return { errorCode: ErrorCode.SecurityDisabled, errorMessage };
  }
  if (!authorize(ctx, operation, ResourceType.CLUSTER, CLUSTER_NAME)) {
    return { errorCode: ErrorCode.ClusterAuthorizationFailed, errorMessage: 'Cluster authorization failed.' };
  }
  return null;
}

/** CreateAcls (30), v1-3 (Kafka 4 removed v0): ALTER on the cluster; each binding checked, valid ones stored. */
export const createAclsHandler: ApiHandler<CreateAclsRequest, CreateAclsResponse> = {
  apiKey: 30,
  minVersion: 1,
  maxVersion: 3,
  // The controller not reached in time (a KRaft cluster electing one): every creation answered with the error.
  errorResponse: (request, errorCode) => ({
    throttleTimeMs: 0,
    results: request.creations.map(() => ({ errorCode, errorMessage: null })),
  }),
  async handle(request, ctx) {
    const refused = refusal(ctx, AclOperation.ALTER);
    if (refused) return { throttleTimeMs: 0, results: request.creations.map(() => refused) };
    const kraft = controllerForwarder(ctx);
    if (kraft) {
      // A KRaft cluster: the active controller commits them; answered once this node's metadata has them.
      const response = await forwardToController<CreateAclsResponse>(kraft, ctx, 'CreateAcls', request);
      const created = request.creations.filter((_, i) => response.results[i]?.errorCode === ErrorCode.None);
      await aclsCaughtUp(ctx, created.map(creationBinding), []);
      return response;
    }
    const valid: AclBinding[] = [];
    const results = request.creations.map((c) => {
      const binding = creationBinding(c);
      const reason = invalidBindingReason(binding);
      if (reason !== null) return { errorCode: ErrorCode.InvalidRequest, errorMessage: reason };
      valid.push(binding);
      return { errorCode: ErrorCode.None, errorMessage: null };
    });
    await ctx.broker.authorizer!.create(valid);
    if (valid.length > 0) ctx.log.info('ACLs created', { count: valid.length, principal: ctx.connection.principal });
    if (kraft) await aclsCaughtUp(ctx, valid, []);
    return { throttleTimeMs: 0, results };
  },
};

function creationBinding(c: CreateAclsRequest['creations'][number]): AclBinding {
  return {
    resourceType: c.resourceType,
    resourceName: c.resourceName,
    patternType: c.resourcePatternType,
    principal: c.principal,
    host: c.host,
    operation: c.operation,
    permissionType: c.permissionType,
  };
}

/**
 * A KRaft cluster: waits until this node's bindings (its metadata image) hold `added` and none of `removed`, so a
 * client authorized right after the answer is judged by them here.
 */
async function aclsCaughtUp(ctx: HandlerContext, added: AclBinding[], removed: AclBinding[]): Promise<void> {
  const store = ctx.broker.authorizer?.store;
  if (!store || !ctx.broker.kraft) return;
  const applied = () => {
    const held = new Set(store.all().map(bindingKey));
    return added.every((b) => held.has(bindingKey(b))) && removed.every((b) => !held.has(bindingKey(b)));
  };
  await ctx.broker.kraft.waitFor(applied, METADATA_PROPAGATION_MS, "the ACLs in this node's metadata");
}

/** DescribeAcls (29), v1-3: DESCRIBE on the cluster; the matching bindings grouped by resource pattern. */
export const describeAclsHandler: ApiHandler<DescribeAclsRequest, DescribeAclsResponse> = {
  apiKey: 29,
  minVersion: 1,
  maxVersion: 3,
  handle(request, ctx) {
    const refused = refusal(ctx, AclOperation.DESCRIBE);
    if (refused) return { throttleTimeMs: 0, ...refused, resources: [] };
    const filter = {
      resourceType: request.resourceTypeFilter,
      resourceName: request.resourceNameFilter,
      patternType: request.patternTypeFilter,
      principal: request.principalFilter,
      host: request.hostFilter,
      operation: request.operation,
      permissionType: request.permissionType,
    };
    const invalid = invalidFilterReason(filter);
    if (invalid)
      return { throttleTimeMs: 0, errorCode: ErrorCode.InvalidRequest, errorMessage: invalid, resources: [] };
    const byPattern = new Map<string, DescribeAclsResponse['resources'][number]>();
    for (const b of ctx.broker.authorizer!.describe(filter)) {
      const key = JSON.stringify([b.resourceType, b.resourceName, b.patternType]);
      let resource = byPattern.get(key);
      if (!resource) {
        resource = { resourceType: b.resourceType, resourceName: b.resourceName, patternType: b.patternType, acls: [] };
        byPattern.set(key, resource);
      }
      resource.acls.push({
        principal: b.principal,
        host: b.host,
        operation: b.operation,
        permissionType: b.permissionType,
      });
    }
    return { throttleTimeMs: 0, errorCode: ErrorCode.None, errorMessage: null, resources: [...byPattern.values()] };
  },
};

/** DeleteAcls (31), v1-3: ALTER on the cluster; every binding each filter matches is removed and listed. */
export const deleteAclsHandler: ApiHandler<DeleteAclsRequest, DeleteAclsResponse> = {
  apiKey: 31,
  minVersion: 1,
  maxVersion: 3,
  errorResponse: (request, errorCode) => ({
    throttleTimeMs: 0,
    filterResults: request.filters.map(() => ({ errorCode, errorMessage: null, matchingAcls: [] })),
  }),
  async handle(request, ctx) {
    const refused = refusal(ctx, AclOperation.ALTER);
    if (refused)
      return { throttleTimeMs: 0, filterResults: request.filters.map(() => ({ ...refused, matchingAcls: [] })) };
    const kraft = controllerForwarder(ctx);
    if (kraft) {
      const response = await forwardToController<DeleteAclsResponse>(kraft, ctx, 'DeleteAcls', request);
      const removed = response.filterResults.flatMap((r) =>
        r.matchingAcls.map((m) => ({
          resourceType: m.resourceType,
          resourceName: m.resourceName,
          patternType: m.patternType,
          principal: m.principal,
          host: m.host,
          operation: m.operation,
          permissionType: m.permissionType,
        })),
      );
      await aclsCaughtUp(ctx, [], removed);
      return response;
    }
    const filters = request.filters.map((f) => ({
      resourceType: f.resourceTypeFilter,
      resourceName: f.resourceNameFilter,
      patternType: f.patternTypeFilter,
      principal: f.principalFilter,
      host: f.hostFilter,
      operation: f.operation,
      permissionType: f.permissionType,
    }));
    const invalid = filters.map(invalidFilterReason);
    const matches = await ctx.broker.authorizer!.delete(filters.filter((_, i) => invalid[i] === null));
    if (kraft) await aclsCaughtUp(ctx, [], matches.flat());
    let next = 0;
    const filterResults = filters.map((_, i) => {
      const reason = invalid[i];
      if (reason) return { errorCode: ErrorCode.InvalidRequest, errorMessage: reason, matchingAcls: [] };
      const matched = matches[next++]!;
      return {
        errorCode: ErrorCode.None,
        errorMessage: null,
        matchingAcls: matched.map((b) => ({
          errorCode: ErrorCode.None,
          errorMessage: null,
          resourceType: b.resourceType,
          resourceName: b.resourceName,
          patternType: b.patternType,
          principal: b.principal,
          host: b.host,
          operation: b.operation,
          permissionType: b.permissionType,
        })),
      };
    });
    if (matches.flat().length > 0) {
      ctx.log.info('ACLs deleted', { count: matches.flat().length, principal: ctx.connection.principal });
    }
    return { throttleTimeMs: 0, filterResults };
  },
};
