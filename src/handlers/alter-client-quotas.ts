import { AclOperation } from '../security/acl';
import type { AlterClientQuotasRequest, AlterClientQuotasResponse } from '../../protocol/generated';
import type { ApiHandler } from './types';

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
  handle(request, ctx) {
    const results = ctx.broker.clientQuotas.alter(request.entries, request.validateOnly);
    return {
      throttleTimeMs: 0,
      entries: results.map((r) => ({
        errorCode: r.errorCode,
        errorMessage: r.errorMessage,
        entity: Object.entries(r.entity).map(([entityType, entityName]) => ({ entityType, entityName })),
      })),
    };
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
