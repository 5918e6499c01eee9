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
import { AclOperation, CLUSTER_NAME, ResourceType } from '../security/acl';
import { authorize, authorizedOperations } from './auth';
import type { ApiHandler, HandlerContext } from './types';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
/** Kafka's "authorized operations were not requested" marker. */
export const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;

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
 * id UNKNOWN_TOPIC_ID.
 *
 * With an authorizer (KafkaApis.handleTopicMetadataRequest): a topic needs DESCRIBE; the all-topics list leaves
 * out the others, a list of names answers them TOPIC_AUTHORIZATION_FAILED (without saying whether they exist);
 * auto-creating needs CREATE on the cluster or the topic, else TOPIC_AUTHORIZATION_FAILED. Authorized
 * operations (v8+), when asked: the cluster's (v8-10) if it may DESCRIBE the cluster, else 0; each topic's.
 * v13 adds a top-level error code: 0, or the request's error in an error answer.
 */
export const metadataHandler: ApiHandler<MetadataRequest, MetadataResponse> = {
  apiKey: 3,
  minVersion: 0,
  maxVersion: 13,
  async handle(request, ctx) {
    const response = await answer(request, ctx);
    const { version } = ctx;
    if (version >= 8 && version <= 10 && request.includeClusterAuthorizedOperations) {
      response.clusterAuthorizedOperations = clusterAuthorizedOperations(ctx);
    }
    if (version >= 8 && request.includeTopicAuthorizedOperations) {
      for (const topic of response.topics) {
        if (topic.errorCode === ErrorCode.None && topic.name !== null) {
          topic.topicAuthorizedOperations = authorizedOperations(ctx, ResourceType.TOPIC, topic.name);
        }
      }
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
    // v13's top-level error (ignorable: older versions leave it out), as Kafka's MetadataRequest.getErrorResponse.
    response.errorCode = errorCode;
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
      .filter((t) => describable(ctx, t.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((t) => topicMetadata(t, broker.nodeId, broker.topics));
    return response;
  }
  const autoCreate = broker.config.bool('auto.create.topics.enable') && (version < 4 || request.allowAutoTopicCreation);
  for (const requested of request.topics ?? []) {
    if (requested.name === null || requested.name === '') {
      if (requested.topicId && requested.topicId !== ZERO_UUID) {
        const byId = broker.topics.getById(requested.topicId);
        // Kafka: topic ids are not secret, so a known id the client may not DESCRIBE is TOPIC_AUTHORIZATION_FAILED.
        response.topics.push(
          !byId
            ? errorTopic(null, requested.topicId, ErrorCode.UnknownTopicId)
            : describable(ctx, byId.name)
              ? topicMetadata(byId, broker.nodeId, broker.topics)
              : errorTopic(null, requested.topicId, ErrorCode.TopicAuthorizationFailed),
        );
      } else {
        response.topics.push(errorTopic(requested.name, ZERO_UUID, ErrorCode.InvalidTopicException));
      }
      continue;
    }
    const name = requested.name;
    if (!describable(ctx, name)) {
      response.topics.push(errorTopic(name, ZERO_UUID, ErrorCode.TopicAuthorizationFailed));
      continue;
    }
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
    if (!mayCreateTopic(ctx, name)) {
      response.topics.push(errorTopic(name, ZERO_UUID, ErrorCode.TopicAuthorizationFailed));
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

const describable = (ctx: HandlerContext, topic: string) =>
  authorize(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, topic);

/** CREATE on the cluster, or on the topic (KafkaApis' rule for auto-creation and CreateTopics). */
export function mayCreateTopic(ctx: HandlerContext, topic: string): boolean {
  return (
    authorize(ctx, AclOperation.CREATE, ResourceType.CLUSTER, CLUSTER_NAME) ||
    authorize(ctx, AclOperation.CREATE, ResourceType.TOPIC, topic)
  );
}

/** The cluster's authorized operations when asked (Metadata v8-10, DescribeCluster): 0 unless it may DESCRIBE it. */
export function clusterAuthorizedOperations(ctx: HandlerContext): number {
  if (!authorize(ctx, AclOperation.DESCRIBE, ResourceType.CLUSTER, CLUSTER_NAME)) return 0;
  return authorizedOperations(ctx, ResourceType.CLUSTER, CLUSTER_NAME);
}

/** This broker as Metadata lists it, on the listener the client connected through. */
export function brokersFor(ctx: HandlerContext): MetadataResponse['brokers'] {
  // A KRaft cluster: every live (unfenced) broker, on the listener the client came in through.
  const kraft = ctx.broker.kraft;
  if (kraft?.publisher) {
    return kraft
      .liveBrokers(ctx.connection.listenerName)
      .map(({ nodeId, host, port, rack }) => ({ nodeId, host, port, rack }));
  }
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
