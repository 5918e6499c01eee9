import { AclOperation, CLUSTER_NAME, ResourceType } from '../security/acl';
import { authorize, authorizeByResourceType } from './auth';
import {
  type InitProducerIdRequest,
  type InitProducerIdResponse,
  InitProducerIdResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/**
 * InitProducerId (22), v0-5. No transactional id: a new producer id at epoch 0 (idempotent producers); with
 * one: the transaction coordinator (src/transactions) bumps the epoch, fences the previous producer, rotates
 * an exhausted id. v3+ carries the producer's current id and epoch (KIP-360): both -1 or neither, else
 * INVALID_REQUEST. Clients below v4 do not know PRODUCER_FENCED and get INVALID_PRODUCER_EPOCH (KafkaApis).
 * Registered from v0: librdkafka 2.0.2 turns idempotence off unless InitProducerId[0,0] overlaps.
 */
export const initProducerIdHandler: ApiHandler<InitProducerIdRequest, InitProducerIdResponse> = {
  apiKey: 22,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    const response = InitProducerIdResponseCodec.defaults();
    const noId = request.producerId === -1n;
    const noEpoch = request.producerEpoch === -1;
    if (noId !== noEpoch) return initProducerIdHandler.errorResponse!(request, ErrorCode.InvalidRequest, ctx);
    // KafkaApis: WRITE on the transactional id; without one, IDEMPOTENT_WRITE on the cluster or (Kafka 3+)
    // WRITE on any topic.
    if (request.transactionalId !== null) {
      if (!authorize(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, request.transactionalId)) {
        return initProducerIdHandler.errorResponse!(request, ErrorCode.TransactionalIdAuthorizationFailed, ctx);
      }
    } else if (
      !authorize(ctx, AclOperation.IDEMPOTENT_WRITE, ResourceType.CLUSTER, CLUSTER_NAME) &&
      !authorizeByResourceType(ctx, AclOperation.WRITE, ResourceType.TOPIC)
    ) {
      return initProducerIdHandler.errorResponse!(request, ErrorCode.ClusterAuthorizationFailed, ctx);
    }
    const expected = noId ? null : { producerId: request.producerId, producerEpoch: request.producerEpoch };
    const result = await ctx.broker.transactions.initProducerId(
      request.transactionalId,
      request.transactionTimeoutMs,
      expected,
    );
    response.errorCode =
      result.errorCode === ErrorCode.ProducerFenced && ctx.version < 4
        ? ErrorCode.InvalidProducerEpoch
        : result.errorCode;
    response.producerId = result.producerId;
    response.producerEpoch = result.producerEpoch;
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = InitProducerIdResponseCodec.defaults();
    response.errorCode = errorCode;
    response.producerId = -1n;
    response.producerEpoch = -1;
    return response;
  },
};
