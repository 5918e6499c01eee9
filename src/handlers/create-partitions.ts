import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type CreatePartitionsRequest,
  type CreatePartitionsResponse,
  CreatePartitionsResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import type { ApiHandler } from './types';
import { controllerCreatePartitions } from './controller-admin';

/**
 * CreatePartitions (37), v0-3, validate-only too: INVALID_PARTITIONS when the count does not grow,
 * UNKNOWN_TOPIC_OR_PARTITION for unknown topics, INVALID_REPLICA_ASSIGNMENT for assignments naming other
 * brokers or of the wrong length, INVALID_REQUEST for a topic named twice.
 */
export const createPartitionsHandler: ApiHandler<CreatePartitionsRequest, CreatePartitionsResponse> = {
  apiKey: 37,
  minVersion: 0,
  maxVersion: 3,
  async handle(request, ctx) {
    const { broker } = ctx;
    if (broker.kraft?.controllerOnly) return controllerCreatePartitions(broker.kraft, request);
    const response = CreatePartitionsResponseCodec.defaults();
    const counts = new Map<string, number>();
    for (const t of request.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    for (const t of request.topics) {
      try {
        if ((counts.get(t.name) ?? 0) > 1)
          throw new KafkaError(ErrorCode.InvalidRequest, 'Duplicate topic in request.');
        // KafkaApis: ALTER on the topic.
        if (!authorize(ctx, AclOperation.ALTER, ResourceType.TOPIC, t.name)) {
          throw new KafkaError(ErrorCode.TopicAuthorizationFailed, 'The topic authorization is failed.');
        }
        const topic = broker.topics.get(t.name);
        if (topic && t.assignments !== null) {
          if (t.assignments.length !== t.count - topic.partitionCount) {
            throw new KafkaError(
              ErrorCode.InvalidReplicaAssignment,
              `Attempted to add ${t.count - topic.partitionCount} additional partition(s), but only ${t.assignments.length} assignment(s) were specified.`,
            );
          }
          if (t.assignments.some((a) => a.brokerIds.some((id) => id !== broker.nodeId))) {
            throw new KafkaError(ErrorCode.InvalidReplicaAssignment, 'Unknown broker id in the replica assignment.');
          }
        }
        await broker.topics.createPartitions(t.name, t.count, request.validateOnly);
        response.results.push({ name: t.name, errorCode: ErrorCode.None, errorMessage: null });
      } catch (error) {
        response.results.push({ name: t.name, errorCode: errorCodeOf(error), errorMessage: (error as Error).message });
      }
    }
    return response;
  },
  errorResponse(request, errorCode) {
    const response = CreatePartitionsResponseCodec.defaults();
    response.results = request.topics.map((t) => ({ name: t.name, errorCode, errorMessage: null }));
    return response;
  },
};
