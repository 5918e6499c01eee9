import { AclOperation } from '../security/acl';
import type { BrokerHeartbeatRequest, BrokerHeartbeatResponse } from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import type { ApiHandler } from './types';

const refused = (errorCode: number): BrokerHeartbeatResponse => ({
  throttleTimeMs: 0,
  errorCode,
  isCaughtUp: false,
  isFenced: true,
  shouldShutDown: false,
});

/**
 * BrokerHeartbeat (63), v0-1, on a controller listener: the active controller keeps the broker's session,
 * unfences it once caught up, runs its controlled shutdown; other nodes answer NOT_CONTROLLER.
 */
export const brokerHeartbeatHandler: ApiHandler<BrokerHeartbeatRequest, BrokerHeartbeatResponse> = {
  apiKey: 63,
  minVersion: 0,
  // Kafka: CLUSTER_ACTION on the cluster (brokers and controllers only).
  clusterOperation: AclOperation.CLUSTER_ACTION,
  maxVersion: 1,
  async handle(request, ctx) {
    const controller = ctx.broker.kraft?.controller;
    if (!controller?.isActive) return refused(ErrorCode.NotController);
    try {
      return { throttleTimeMs: 0, ...(await controller.heartbeat(request)) };
    } catch (error) {
      return refused(errorCodeOf(error));
    }
  },
  errorResponse: (_request, errorCode) => refused(errorCode),
};
