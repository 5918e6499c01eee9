import {
  type MetadataRequest,
  type MetadataResponse,
  MetadataResponseCodec,
  type MetadataResponseMetadataResponseTopic,
} from '../../protocol/generated';
import { ErrorCode, KafkaError } from '../errors';
import { topicNameProblem } from '../../protocol/topic-names';
import type { TopicInfo } from '../topics/registry';
import type { TopicService } from '../topics/topic-service';
import type { ApiHandler, HandlerContext } from './types';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
/** Kafka's "authorized operations were not requested" marker. */
export const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;

const bits = (ops: number[]) => ops.reduce((acc, op) => acc | (1 << op), 0);
/**
 * Without an authorizer Kafka reports every operation a resource type supports (AclOperation codes):
 * topics READ 3, WRITE 4, CREATE 5, DELETE 6, ALTER 7, DESCRIBE 8, DESCRIBE_CONFIGS 10, ALTER_CONFIGS 11;
 * the cluster CREATE 5, ALTER 7, DESCRIBE 8, CLUSTER_ACTION 9, DESCRIBE_CONFIGS 10, ALTER_CONFIGS 11,
 * IDEMPOTENT_WRITE 12, CREATE_TOKENS 13, DESCRIBE_TOKENS 14.
 */
export const TOPIC_OPERATIONS = bits([3, 4, 5, 6, 7, 8, 10, 11]);
export const CLUSTER_OPERATIONS = bits([5, 7, 8, 9, 10, 11, 12, 13, 14]);

/** The Metadata topic entry of an existing topic: every partition led by this node, at its leader epoch. */
export function topicMetadata(
  topic: TopicInfo,
  nodeId: number,
  topics: TopicService,
): MetadataResponseMetadataResponseTopic {
  const fromLog = topics.cluster?.image?.topic(topic.name);
  if (fromLog) {
    // A KRaft cluster: leaders, replicas and ISR as the metadata log says (LEADER_NOT_AVAILABLE without one).
    const live = new Set(topics.cluster!.image!.liveBrokers().map((b) => b.id));
    return {
      errorCode: ErrorCode.None,
      name: topic.name,
      topicId: fromLog.id,
      isInternal: topic.isInternal,
      partitions: [...fromLog.partitions]
        .sort(([a], [b]) => a - b)
        .map(([p, s]) => ({
          errorCode: s.leader < 0 ? ErrorCode.LeaderNotAvailable : ErrorCode.None,
          partitionIndex: p,
          leaderId: s.leader,
          leaderEpoch: s.leaderEpoch,
          replicaNodes: [...s.replicas],
          isrNodes: [...s.isr],
          offlineReplicas: s.replicas.filter((r) => !live.has(r)),
        })),
      topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
    };
  }
  return {
    errorCode: ErrorCode.None,
    name: topic.name,
    topicId: topic.topicId,
    isInternal: topic.isInternal,
    partitions: Array.from({ length: topic.partitionCount }, (_, p) => ({
      errorCode: ErrorCode.None,
      partitionIndex: p,
      leaderId: nodeId,
      leaderEpoch: topics.replicas.getPartition(topic.name, p)?.leaderEpoch ?? 0,
      replicaNodes: [nodeId],
      isrNodes: [nodeId],
      offlineReplicas: [],
    })),
    topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}

function errorTopic(name: string | null, topicId: string, errorCode: number): MetadataResponseMetadataResponseTopic {
  return {
    errorCode,
    name,
    topicId,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}

/**
 * Metadata (3), all versions: brokers (the advertised endpoint of the listener the request came in on),
 * cluster id, controller, and topics. v0 asks for all topics with an empty list, v1+ with null. Unknown topics
 * are created when auto.create.topics.enable and the request allows it (v4+ `allowAutoTopicCreation`; always
 * before v4) and answered at once (Kafka answers LEADER_NOT_AVAILABLE for one round while leaders are
 * elected); otherwise UNKNOWN_TOPIC_OR_PARTITION. Illegal names get INVALID_TOPIC_EXCEPTION, v10+ lookups by
 * id UNKNOWN_TOPIC_ID. Authorized operations (v8+), when asked, are all of them: Brook has no authorizer yet.
 */
export const metadataHandler: ApiHandler<MetadataRequest, MetadataResponse> = {
  apiKey: 3,
  minVersion: 0,
  maxVersion: 12,
  async handle(request, ctx) {
    const response = await answer(request, ctx);
    const { version } = ctx;
    if (version >= 8 && version <= 10 && request.includeClusterAuthorizedOperations) {
      response.clusterAuthorizedOperations = CLUSTER_OPERATIONS;
    }
    if (version >= 8 && request.includeTopicAuthorizedOperations) {
      for (const topic of response.topics)
        if (topic.errorCode === ErrorCode.None) topic.topicAuthorizedOperations = TOPIC_OPERATIONS;
    }
    return response;
  },
  errorResponse(request, errorCode, ctx) {
    const response = MetadataResponseCodec.defaults();
    response.brokers = brokersFor(ctx);
    response.clusterId = ctx.broker.clusterId;
    response.controllerId = ctx.broker.nodeId;
    response.clusterAuthorizedOperations = AUTHORIZED_OPERATIONS_OMITTED;
    response.topics = (request.topics ?? []).map((t) => errorTopic(t.name, t.topicId, errorCode));
    return response;
  },
};

/** The Metadata answer before authorized operations are filled in. */
async function answer(request: MetadataRequest, ctx: HandlerContext): Promise<MetadataResponse> {
  const { broker, version } = ctx;
  const response = MetadataResponseCodec.defaults();
  response.brokers = brokersFor(ctx);
  response.clusterId = broker.clusterId;
  response.controllerId = broker.kraft ? broker.kraft.controllerId() : broker.nodeId;
  response.clusterAuthorizedOperations = AUTHORIZED_OPERATIONS_OMITTED;
  const all = request.topics === null || (version === 0 && request.topics.length === 0);
  if (all) {
    response.topics = broker.topics
      .all()
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((t) => topicMetadata(t, broker.nodeId, broker.topics));
    return response;
  }
  const autoCreate = broker.config.bool('auto.create.topics.enable') && (version < 4 || request.allowAutoTopicCreation);
  for (const requested of request.topics ?? []) {
    if (requested.name === null || requested.name === '') {
      if (requested.topicId && requested.topicId !== ZERO_UUID) {
        const byId = broker.topics.getById(requested.topicId);
        response.topics.push(
          byId
            ? topicMetadata(byId, broker.nodeId, broker.topics)
            : errorTopic(null, requested.topicId, ErrorCode.UnknownTopicId),
        );
      } else {
        response.topics.push(errorTopic(requested.name, ZERO_UUID, ErrorCode.InvalidTopicException));
      }
      continue;
    }
    const name = requested.name;
    const existing = broker.topics.get(name);
    if (existing) {
      response.topics.push(topicMetadata(existing, broker.nodeId, broker.topics));
      continue;
    }
    if (topicNameProblem(name) !== null) {
      response.topics.push(errorTopic(name, ZERO_UUID, ErrorCode.InvalidTopicException));
      continue;
    }
    if (!autoCreate) {
      response.topics.push(errorTopic(name, ZERO_UUID, ErrorCode.UnknownTopicOrPartition));
      continue;
    }
    try {
      const created = await broker.topics.autoCreate(name);
      // Kafka answers LEADER_NOT_AVAILABLE while the new topic's leaders are elected; Brook's are ready at
      // once, so the topic is returned whole (clients accept both).
      response.topics.push(topicMetadata(created, broker.nodeId, broker.topics));
    } catch (error) {
      const code = error instanceof KafkaError ? error.code : ErrorCode.UnknownServerError;
      response.topics.push(errorTopic(name, ZERO_UUID, code));
    }
  }
  return response;
}

/** This broker as Metadata lists it, on the listener the client connected through. */
export function brokersFor(ctx: HandlerContext): MetadataResponse['brokers'] {
  // A KRaft cluster: every live (unfenced) broker, on the listener the client came in through.
  const kraft = ctx.broker.kraft;
  if (kraft?.publisher) return kraft.liveBrokers(ctx.connection.listenerName);
  const endpoint = ctx.broker.advertisedEndpoint(ctx.connection.listenerName) ?? ctx.broker.advertisedEndpoints()[0];
  if (!endpoint) return [];
  return [
    {
      nodeId: ctx.broker.nodeId,
      host: endpoint.host,
      port: endpoint.port,
      rack: ctx.broker.config.string('broker.rack'),
    },
  ];
}
