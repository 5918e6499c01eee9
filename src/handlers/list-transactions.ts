import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type ListTransactionsRequest,
  type ListTransactionsResponse,
  ListTransactionsResponseCodec,
} from '../../protocol/generated';
import type { ApiHandler } from './types';

/**
 * ListTransactions (66), v0-2: every transactional id this coordinator holds, filtered by state names and
 * producer ids when given, (v1) by running longer than `durationFilter` ms and (v2) by a regular expression the
 * whole id matches (KIP-1152; INVALID_REGULAR_EXPRESSION when it does not compile); unknown state names come
 * back in `unknownStateFilters`.
 */
export const listTransactionsHandler: ApiHandler<ListTransactionsRequest, ListTransactionsResponse> = {
  apiKey: 66,
  minVersion: 0,
  maxVersion: 2,
  handle(request, ctx) {
    const response = ListTransactionsResponseCodec.defaults();
    const listed = ctx.broker.transactions.list(
      request.stateFilters,
      request.producerIdFilters,
      ctx.version >= 1 ? Number(request.durationFilter) : -1,
      ctx.version >= 2 ? request.transactionalIdPattern : null,
    );
    response.errorCode = listed.errorCode;
    response.unknownStateFilters = listed.unknownStateFilters;
    // KafkaApis: only the transactional ids the client may DESCRIBE.
    response.transactionStates = listed.transactionStates.filter((t) =>
      authorize(ctx, AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, t.transactionalId),
    );
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = ListTransactionsResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
