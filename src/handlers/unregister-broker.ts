import type { UnregisterBrokerRequest, UnregisterBrokerResponse } from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import { AclOperation } from '../security/acl';
import type { ApiHandler } from './types';

/**
 * UnregisterBroker (64), v0, in a KRaft cluster (`kafka-cluster unregister --id N`): a decommissioned broker's
 * registration removed by the active controller (forwarded to it from any node, as Kafka's brokers forward it),
 * after it left every ISR and ELR (replication/metadata/quorum-controller.ts). BROKER_ID_NOT_REGISTERED for an id
 * the metadata does not hold.
 */
export const unregisterBrokerHandler: ApiHandler<UnregisterBrokerRequest, UnregisterBrokerResponse> = {
  apiKey: 64,
  minVersion: 0,
  maxVersion: 0,
  // Kafka: ALTER on the cluster.
  clusterOperation: AclOperation.ALTER,
  async handle(request, ctx) {
    let errorCode: number;
    try {
      // Registered on KRaft nodes only (createHandlerRegistry's `kraft`).
      errorCode = await ctx.broker.kraft!.unregisterBroker(request.brokerId);
    } catch (error) {
      errorCode = errorCodeOf(error);
    }
    // The message of Kafka's ReplicationControlManager.unregisterBroker.
    const errorMessage =
      errorCode === ErrorCode.BrokerIdNotRegistered
        ? `Broker ID ${request.brokerId} is not currently registered`
        : null;
    return { throttleTimeMs: 0, errorCode, errorMessage };
  },
  errorResponse: (_request, errorCode) => ({ throttleTimeMs: 0, errorCode, errorMessage: null }),
};
