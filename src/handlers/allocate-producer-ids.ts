import { AclOperation } from '../security/acl';
import type { AllocateProducerIdsRequest, AllocateProducerIdsResponse } from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import type { ApiHandler } from './types';

const refused = (errorCode: number): AllocateProducerIdsResponse => ({
  throttleTimeMs: 0,
  errorCode,
  producerIdStart: -1n,
  producerIdLen: 0,
});

/**
 * AllocateProducerIds (67), v0, on a controller listener (KIP-730): the active controller hands a broker the
 * next block of producer ids and records it (ProducerIdsRecord); other nodes answer NOT_CONTROLLER.
 */
export const allocateProducerIdsHandler: ApiHandler<AllocateProducerIdsRequest, AllocateProducerIdsResponse> = {
  apiKey: 67,
  minVersion: 0,
  // Kafka: CLUSTER_ACTION on the cluster (brokers and controllers only).
  clusterOperation: AclOperation.CLUSTER_ACTION,
  maxVersion: 0,
  async handle(request, ctx) {
    const controller = ctx.broker.kraft?.controller;
    if (!controller?.isActive) return refused(ErrorCode.NotController);
    try {
      return { throttleTimeMs: 0, ...(await controller.allocateProducerIds(request.brokerId, request.brokerEpoch)) };
    } catch (error) {
      return refused(errorCodeOf(error));
    }
  },
  errorResponse: (_request, errorCode) => refused(errorCode),
};
