import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { type EndTxnRequest, type EndTxnResponse, EndTxnResponseCodec } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { TV2 } from '../transactions/metadata';
import type { ApiHandler } from './types';

/**
 * EndTxn (26), v0-5: commits or aborts the producer's transaction; answered once PrepareCommit/PrepareAbort
 * is durable in `__transaction_state` (markers follow). v5 is KIP-890 transaction version 2 (Kafka's
 * TransactionVersion.transactionVersionForEndTxn: v5+ is TV2, whatever the finalized level): the epoch is bumped
 * by every EndTxn and the answer carries the producer id and epoch of the next transaction.
 * Below v2 PRODUCER_FENCED is answered as INVALID_PRODUCER_EPOCH (KafkaApis).
 */
export const endTxnHandler: ApiHandler<EndTxnRequest, EndTxnResponse> = {
  apiKey: 26,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    // KafkaApis: WRITE on the transactional id.
    if (!authorize(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, request.transactionalId)) {
      return endTxnHandler.errorResponse!(request, ErrorCode.TransactionalIdAuthorizationFailed, ctx);
    }
    const response = EndTxnResponseCodec.defaults();
    const result = await ctx.broker.transactions.endTxn(
      request.transactionalId,
      request.producerId,
      request.producerEpoch,
      request.committed,
      ctx.version >= 5 ? TV2 : 0,
    );
    response.errorCode =
      result.errorCode === ErrorCode.ProducerFenced && ctx.version < 2
        ? ErrorCode.InvalidProducerEpoch
        : result.errorCode;
    if (ctx.version >= 5) {
      response.producerId = result.producerId;
      response.producerEpoch = result.producerEpoch;
    }
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = EndTxnResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
