import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type AddOffsetsToTxnRequest,
  type AddOffsetsToTxnResponse,
  AddOffsetsToTxnResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { CONSUMER_OFFSETS_TOPIC } from '../topics/names';
import type { ApiHandler } from './types';

/**
 * AddOffsetsToTxn (25), v0-4: adds the group's `__consumer_offsets` partition to the transaction (the group
 * coordinator's partitionFor, as Kafka), so EndTxn writes a marker there and the group's
 * TxnOffsetCommit offsets become visible (or are dropped) with it. Below v2 PRODUCER_FENCED is answered as
 * INVALID_PRODUCER_EPOCH.
 */
export const addOffsetsToTxnHandler: ApiHandler<AddOffsetsToTxnRequest, AddOffsetsToTxnResponse> = {
  apiKey: 25,
  minVersion: 0,
  maxVersion: 4,
  async handle(request, ctx) {
    const response = AddOffsetsToTxnResponseCodec.defaults();
    // KafkaApis: WRITE on the transactional id, then READ on the group.
    if (!authorize(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, request.transactionalId)) {
      response.errorCode = ErrorCode.TransactionalIdAuthorizationFailed;
      return response;
    }
    if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
      response.errorCode = ErrorCode.GroupAuthorizationFailed;
      return response;
    }
    const code = await ctx.broker.transactions.addPartitions(
      request.transactionalId,
      request.producerId,
      request.producerEpoch,
      [{ topic: CONSUMER_OFFSETS_TOPIC, partition: ctx.broker.groups.partitionFor(request.groupId) }],
    );
    response.errorCode = code === ErrorCode.ProducerFenced && ctx.version < 2 ? ErrorCode.InvalidProducerEpoch : code;
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = AddOffsetsToTxnResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
