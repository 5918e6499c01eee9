import {
  type DescribeClusterRequest,
  type DescribeClusterResponse,
  DescribeClusterResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { AUTHORIZED_OPERATIONS_OMITTED, clusterAuthorizedOperations } from './metadata';
import type { ApiHandler } from './types';

const BROKERS_ENDPOINT = 1;
const CONTROLLERS_ENDPOINT = 2;

/**
 * DescribeCluster (60), v0-2: cluster id, controller (this node) and this broker's advertised endpoint; in a
 * KRaft cluster every live broker, and from v2 with IncludeFencedBrokers the fenced ones too, flagged IsFenced
 * (KIP-1073, as Kafka 4.4's KafkaApis.handleDescribeCluster).
 */
export const describeClusterHandler: ApiHandler<DescribeClusterRequest, DescribeClusterResponse> = {
  apiKey: 60,
  minVersion: 0,
  maxVersion: 2,
  handle(request, ctx) {
    const { broker, version } = ctx;
    const response = DescribeClusterResponseCodec.defaults();
    if (version >= 1 && request.endpointType === CONTROLLERS_ENDPOINT && broker.quorum) {
      // --bootstrap-controller (KIP-919): the voters, the active controller being the quorum's leader.
      response.endpointType = CONTROLLERS_ENDPOINT;
      response.clusterId = broker.clusterId;
      response.controllerId = broker.quorum.raft.leaderAndEpoch().leaderId;
      response.brokers = [...broker.quorum.voters.values()].map((v) => ({
        brokerId: v.id,
        host: v.host,
        port: v.port,
        rack: null,
        isFenced: false,
      }));
      response.clusterAuthorizedOperations = AUTHORIZED_OPERATIONS_OMITTED;
      return response;
    }
    // Kafka's AuthHelper.computeDescribeClusterResponse: an unknown type, then the controllers asked of a broker.
    if (version >= 1 && request.endpointType !== BROKERS_ENDPOINT && request.endpointType !== CONTROLLERS_ENDPOINT) {
      response.errorCode = ErrorCode.UnsupportedEndpointType;
      response.errorMessage = `Unsupported endpoint type ${request.endpointType}`;
      return response;
    }
    if (version >= 1 && request.endpointType === CONTROLLERS_ENDPOINT) {
      response.errorCode = ErrorCode.MismatchedEndpointType;
      response.errorMessage =
        'The request was sent to an endpoint of type BROKER, but we wanted an endpoint of type CONTROLLER';
      return response;
    }
    response.endpointType = BROKERS_ENDPOINT;
    response.clusterId = broker.clusterId;
    response.controllerId = broker.kraft ? broker.kraft.controllerId() : broker.nodeId;
    const endpoint = broker.advertisedEndpoint(ctx.connection.listenerName) ?? broker.advertisedEndpoints()[0];
    if (broker.kraft?.publisher) {
      // A KRaft cluster: every live (unfenced) broker the metadata log registered, or every registered one.
      const includeFenced = version >= 2 && request.includeFencedBrokers;
      response.brokers = broker.kraft
        .brokers(ctx.connection.listenerName, includeFenced)
        .map((b) => ({ brokerId: b.nodeId, host: b.host, port: b.port, rack: b.rack, isFenced: b.fenced }));
    } else if (endpoint) {
      response.brokers = [
        {
          brokerId: broker.nodeId,
          host: endpoint.host,
          port: endpoint.port,
          rack: broker.config.string('broker.rack'),
          isFenced: false,
        },
      ];
    }
    response.clusterAuthorizedOperations = request.includeClusterAuthorizedOperations
      ? clusterAuthorizedOperations(ctx)
      : AUTHORIZED_OPERATIONS_OMITTED;
    return response;
  },
};
