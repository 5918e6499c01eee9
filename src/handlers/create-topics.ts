import { AclOperation, CLUSTER_NAME, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type CreateTopicsRequest,
  type CreateTopicsResponse,
  CreateTopicsResponseCodec,
} from '../../protocol/generated';
import { TOPIC_CONFIG_BY_NAME } from '../config';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import { randomKafkaUuid } from '../topics/uuid';
import { describeTopicConfig } from './describe-configs';
import type { ApiHandler } from './types';
import { controllerCreateTopics, givenTwice, topicResult } from './controller-admin';

/**
 * CreateTopics (19), v0-7, validate-only too. Kafka's refusals: TOPIC_ALREADY_EXISTS, INVALID_TOPIC_EXCEPTION
 * (illegal or colliding names), INVALID_PARTITIONS, INVALID_REPLICATION_FACTOR (more replicas than brokers),
 * INVALID_CONFIG (unknown key or bad value), INVALID_REQUEST (both a partition count and an assignment, or a
 * topic named twice: answered once, after the others), INVALID_REPLICA_ASSIGNMENT (unknown broker ids). v5+
 * answers the topic id, partition count, replication factor and the configs in force.
 */
export const createTopicsHandler: ApiHandler<CreateTopicsRequest, CreateTopicsResponse> = {
  apiKey: 19,
  minVersion: 0,
  maxVersion: 7,
  async handle(request, ctx) {
    const { broker, version } = ctx;
    if (broker.kraft?.controllerOnly) return controllerCreateTopics(broker.kraft, request);
    const response = CreateTopicsResponseCodec.defaults();
    const duplicates = givenTwice(request.topics.map((t) => t.name));
    // KafkaApis: CREATE on the cluster, or on each topic (else TOPIC_AUTHORIZATION_FAILED for it).
    const clusterCreate = authorize(ctx, AclOperation.CREATE, ResourceType.CLUSTER, CLUSTER_NAME);
    for (const t of request.topics) {
      if (duplicates.has(t.name)) continue;
      if (!clusterCreate && !authorize(ctx, AclOperation.CREATE, ResourceType.TOPIC, t.name)) {
        response.topics.push(topicResult(t.name, ErrorCode.TopicAuthorizationFailed, 'Authorization failed.'));
        continue;
      }
      try {
        let partitions = t.numPartitions;
        let replicationFactor = t.replicationFactor;
        if (t.assignments.length > 0) {
          // Kafka's ReplicationControlManager, in this order.
          if (t.numPartitions !== -1) {
            throw new KafkaError(
              ErrorCode.InvalidRequest,
              'A manual partition assignment was specified, but numPartitions was not set to -1.',
            );
          }
          if (t.replicationFactor !== -1) {
            throw new KafkaError(
              ErrorCode.InvalidRequest,
              'A manual partition assignment was specified, but replication factor was not set to -1.',
            );
          }
          // A cluster's controller checks the brokers (registered, no duplicates); a single node is the only one.
          for (const a of broker.kraft ? [] : t.assignments) {
            if (a.brokerIds.some((id) => id !== broker.nodeId)) {
              throw new KafkaError(
                ErrorCode.InvalidReplicaAssignment,
                `Unknown broker id in replica assignment of partition ${a.partitionIndex}`,
              );
            }
          }
          partitions = t.assignments.length;
          replicationFactor = t.assignments[0]?.brokerIds.length ?? 1;
        }
        const configs: Record<string, string> = {};
        for (const c of t.configs) {
          if (c.value === null)
            throw new KafkaError(ErrorCode.InvalidConfig, `Null value not supported for topic configs: ${c.name}`);
          configs[c.name] = c.value;
        }
        const topic = await broker.topics.create(t.name, {
          partitions,
          replicationFactor,
          configs,
          validateOnly: request.validateOnly,
          assignments: broker.kraft && t.assignments.length > 0 ? t.assignments : undefined,
        });
        const result = topicResult(t.name, ErrorCode.None, null);
        if (version >= 5) {
          // Kafka's controller draws an id for a validate-only topic too (and then forgets it).
          result.topicId = request.validateOnly ? randomKafkaUuid() : topic.topicId;
          result.numPartitions = topic.partitionCount;
          result.replicationFactor = topic.replicationFactor;
          result.configs = [...TOPIC_CONFIG_BY_NAME.values()].map((def) => {
            const described = describeTopicConfig(def, topic.configs, broker.config, false);
            return {
              name: def.name,
              value: described.value,
              readOnly: false,
              configSource: described.configSource,
              isSensitive: false,
            };
          });
        }
        response.topics.push(result);
      } catch (error) {
        const code = errorCodeOf(error);
        if (!(error instanceof KafkaError))
          ctx.log.error('create topic failed', { topic: t.name, error: (error as Error).message });
        response.topics.push(topicResult(t.name, code, (error as Error).message));
      }
    }
    for (const name of duplicates)
      response.topics.push(topicResult(name, ErrorCode.InvalidRequest, 'Duplicate topic name.'));
    return response;
  },
  errorResponse(request, errorCode) {
    const response = CreateTopicsResponseCodec.defaults();
    response.topics = request.topics.map((t) => topicResult(t.name, errorCode, null));
    return response;
  },
};
