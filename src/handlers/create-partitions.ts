import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type CreatePartitionsRequest,
  type CreatePartitionsResponse,
  CreatePartitionsResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import type { ApiHandler } from './types';
import { controllerCreatePartitions, givenTwice } from './controller-admin';

/**
 * CreatePartitions (37), v0-3, validate-only too: INVALID_PARTITIONS when the count does not grow,
 * UNKNOWN_TOPIC_OR_PARTITION for unknown topics, INVALID_REPLICA_ASSIGNMENT for assignments naming other
 * brokers or of the wrong length, INVALID_REQUEST for a topic named twice (answered once, first).
 */
export const createPartitionsHandler: ApiHandler<CreatePartitionsRequest, CreatePartitionsResponse> = {
  apiKey: 37,
  minVersion: 0,
  maxVersion: 3,
  async handle(request, ctx) {
    const { broker } = ctx;
    if (broker.kraft?.controllerOnly) return controllerCreatePartitions(broker.kraft, request);
    const response = CreatePartitionsResponseCodec.defaults();
    // Kafka's ControllerApis answers the names given twice first, then the topics the client may not ALTER, then
    // the controller's results.
    const duplicates = givenTwice(request.topics.map((t) => t.name));
    for (const name of duplicates) {
      response.results.push({ name, errorCode: ErrorCode.InvalidRequest, errorMessage: 'Duplicate topic name.' });
    }
    const unique = request.topics.filter((t) => !duplicates.has(t.name));
    const permitted = unique.filter((t) => authorize(ctx, AclOperation.ALTER, ResourceType.TOPIC, t.name));
    for (const t of unique) {
      if (!permitted.includes(t)) {
        response.results.push({ name: t.name, errorCode: ErrorCode.TopicAuthorizationFailed, errorMessage: null });
      }
    }
    for (const t of permitted) {
      try {
        const topic = broker.topics.get(t.name);
        if (!topic) {
          response.results.push({ name: t.name, errorCode: ErrorCode.UnknownTopicOrPartition, errorMessage: null });
          continue;
        }
        if (t.assignments !== null) {
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
