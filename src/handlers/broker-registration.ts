import { AclOperation } from '../security/acl';
import type { BrokerRegistrationRequest, BrokerRegistrationResponse } from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import type { ApiHandler } from './types';

/**
 * BrokerRegistration (62), v0-4, on a controller listener: the active controller records the broker
 * (replication/metadata's QuorumController); any other node answers NOT_CONTROLLER.
 */
export const brokerRegistrationHandler: ApiHandler<BrokerRegistrationRequest, BrokerRegistrationResponse> = {
  apiKey: 62,
  minVersion: 0,
  // Kafka: CLUSTER_ACTION on the cluster (brokers and controllers only).
  clusterOperation: AclOperation.CLUSTER_ACTION,
  maxVersion: 4,
  async handle(request, ctx) {
    const controller = ctx.broker.kraft?.controller;
    if (!controller?.isActive) return { throttleTimeMs: 0, errorCode: ErrorCode.NotController, brokerEpoch: -1n };
    try {
      const answer = await controller.registerBroker(request);
      return { throttleTimeMs: 0, ...answer };
    } catch (error) {
      return { throttleTimeMs: 0, errorCode: errorCodeOf(error), brokerEpoch: -1n };
    }
  },
  errorResponse: (_request, errorCode) => ({ throttleTimeMs: 0, errorCode, brokerEpoch: -1n }),
};
