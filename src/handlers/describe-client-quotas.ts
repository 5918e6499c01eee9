import { AclOperation } from '../security/acl';
import type { DescribeClientQuotasRequest, DescribeClientQuotasResponse } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/**
 * DescribeClientQuotas (48), v0-1: Brook has no client quotas yet (issue 16's quota slice), so every filter
 * matches no entity and the answer is an empty list, which is what Kafka answers when none are set. Kafka's
 * `kafka-configs --describe --entity-type users` asks for quotas and SCRAM credentials together, so without
 * this API it fails before showing the credentials.
 */
export const describeClientQuotasHandler: ApiHandler<DescribeClientQuotasRequest, DescribeClientQuotasResponse> = {
  apiKey: 48,
  minVersion: 0,
  clusterOperation: AclOperation.DESCRIBE_CONFIGS,
  maxVersion: 1,
  handle() {
    return { throttleTimeMs: 0, errorCode: ErrorCode.None, errorMessage: null, entries: [] };
  },
};
