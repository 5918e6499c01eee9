import { AclOperation } from '../security/acl';
import type { AlterClientQuotasRequest, AlterClientQuotasResponse } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { entityKey } from '../quotas/quota-entity';
import { METADATA_PROPAGATION_MS } from '../topics/topic-service';
import { controllerForwarder, forwardToController } from './forward';
import type { ApiHandler, HandlerContext } from './types';

/**
 * AlterClientQuotas (49), v0-1: sets and removes quotas of user / client-id / ip entities (src/quotas), checked as
 * Kafka's ClientQuotaControlManager (INVALID_REQUEST with its messages: unknown entity type or key, empty name, ip
 * combined with user or client-id, a value <= 0 or fractional for a byte rate, a key or entity twice), applied
 * durably unless `validateOnly`; new quotas apply to the next request. ALTER_CONFIGS on the cluster, else every
 * entity CLUSTER_AUTHORIZATION_FAILED (the dispatcher checks it).
 */
export const alterClientQuotasHandler: ApiHandler<AlterClientQuotasRequest, AlterClientQuotasResponse> = {
  apiKey: 49,
  minVersion: 0,
  maxVersion: 1,
  clusterOperation: AclOperation.ALTER_CONFIGS,
  async handle(request, ctx) {
    const kraft = ctx.broker.kraft;
    const forwarder = controllerForwarder(ctx);
    if (forwarder && !request.validateOnly) {
      // A KRaft cluster: the active controller checks and commits them; answered once this node has them.
      const response = await forwardToController<AlterClientQuotasResponse>(
        forwarder,
        ctx,
        'AlterClientQuotas',
        request,
      );
      await quotasCaughtUp(ctx, request, response);
      return response;
    }
    const results = await ctx.broker.clientQuotas.alter(request.entries, request.validateOnly);
    const response = {
      throttleTimeMs: 0,
      entries: results.map((r) => ({
        errorCode: r.errorCode,
        errorMessage: r.errorMessage,
        entity: Object.entries(r.entity).map(([entityType, entityName]) => ({ entityType, entityName })),
      })),
    };
    if (kraft && !request.validateOnly) await quotasCaughtUp(ctx, request, response);
    return response;
  },
  errorResponse(request, errorCode) {
    return {
      throttleTimeMs: 0,
      entries: request.entries.map((e) => ({
        errorCode,
        errorMessage: null,
        entity: e.entity.map((x) => ({ entityType: x.entityType, entityName: x.entityName })),
      })),
    };
  },
};

/** Waits until this node's quotas show every entity the controller accepted with the values asked for. */
async function quotasCaughtUp(
  ctx: HandlerContext,
  request: AlterClientQuotasRequest,
  response: AlterClientQuotasResponse,
): Promise<void> {
  const accepted = request.entries.filter((_, i) => response.entries[i]?.errorCode === ErrorCode.None);
  const applied = () => {
    const held = new Map(ctx.broker.clientQuotas.entries().map((e) => [entityKey(e.entity), e.values]));
    return accepted.every((a) => {
      const values = held.get(entityKey(Object.fromEntries(a.entity.map((e) => [e.entityType, e.entityName]))));
      return a.ops.every((op) => (op.remove ? values?.[op.key] === undefined : values?.[op.key] === op.value));
    });
  };
  await ctx.broker.kraft?.waitFor(applied, METADATA_PROPAGATION_MS, "the client quotas in this node's metadata");
}
