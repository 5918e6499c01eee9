import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { ErrorCode } from '../errors';
import {
  type DescribeTransactionsRequest,
  type DescribeTransactionsResponse,
  DescribeTransactionsResponseCodec,
} from '../../protocol/generated';
import { describeError } from '../transactions/admin-views';
import type { ApiHandler } from './types';

/**
 * DescribeTransactions (65), v0: state, timeout, start time, producer id and epoch and partitions of each
 * transactional id; TRANSACTIONAL_ID_NOT_FOUND for an unknown (or expired) one.
 */
export const describeTransactionsHandler: ApiHandler<DescribeTransactionsRequest, DescribeTransactionsResponse> = {
  apiKey: 65,
  minVersion: 0,
  maxVersion: 0,
  handle(request, ctx) {
    const response = DescribeTransactionsResponseCodec.defaults();
    // KafkaApis: DESCRIBE on each transactional id, else TRANSACTIONAL_ID_AUTHORIZATION_FAILED for it.
    response.transactionStates = request.transactionalIds.map((id) =>
      authorize(ctx, AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, id)
        ? ctx.broker.transactions.describe(id)
        : describeError(id, ErrorCode.TransactionalIdAuthorizationFailed),
    );
    return response;
  },
  errorResponse(request, errorCode) {
    const response = DescribeTransactionsResponseCodec.defaults();
    response.transactionStates = request.transactionalIds.map((id) => describeError(id, errorCode));
    return response;
  },
};
