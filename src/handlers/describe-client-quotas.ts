import { AclOperation } from '../security/acl';
import type { DescribeClientQuotasRequest, DescribeClientQuotasResponse } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { parseFilter } from '../quotas/quota-entity';
import type { ApiHandler } from './types';

/**
 * DescribeClientQuotas (48), v0-1: the entities of the broker's client quotas (src/quotas) the filter matches, as
 * Kafka's ClientQuotasImage.describe: exact names, `<default>` (null) and "any name" components, `strict` meaning no
 * other entity types; a bad filter is answered INVALID_REQUEST (or UNSUPPORTED_VERSION for an unknown entity type)
 * with Kafka's message and no entries. DESCRIBE_CONFIGS on the cluster (the dispatcher checks it).
 */
export const describeClientQuotasHandler: ApiHandler<DescribeClientQuotasRequest, DescribeClientQuotasResponse> = {
  apiKey: 48,
  minVersion: 0,
  maxVersion: 1,
  clusterOperation: AclOperation.DESCRIBE_CONFIGS,
  handle(request, ctx) {
    const parsed = parseFilter(request.components, request.strict);
    if (!parsed.ok)
      return { throttleTimeMs: 0, errorCode: parsed.errorCode, errorMessage: parsed.message, entries: null };
    const entries = ctx.broker.clientQuotas.describe(parsed.filter).map((e) => ({
      entity: Object.entries(e.entity).map(([entityType, entityName]) => ({ entityType, entityName })),
      values: Object.entries(e.values).map(([key, value]) => ({ key, value })),
    }));
    // Kafka's answer carries an empty message, not a null one, when nothing failed.
    return { throttleTimeMs: 0, errorCode: ErrorCode.None, errorMessage: '', entries };
  },
  errorResponse(_request, errorCode) {
    return { throttleTimeMs: 0, errorCode, errorMessage: null, entries: null };
  },
};
