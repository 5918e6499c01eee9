import { topicNameProblem } from '../../protocol/topic-names';
import {
  type StreamsGroupHeartbeatRequest,
  type StreamsGroupHeartbeatResponse,
  StreamsGroupHeartbeatResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import { namedTopics, type StreamsTopology } from '../groups/streams-topology';
import { AclOperation, ResourceType } from '../security/acl';
import { INTERNAL_TOPICS } from '../topics/names';
import { authorize } from './auth';
import { clientHostOf } from './group-context';
import { refusalMessage } from './group-context';
import { checkStreamsEnabled, createInternalTopics } from './streams-groups';
import type { ApiHandler } from './types';

type RequestTopology = NonNullable<StreamsGroupHeartbeatRequest['topology']>;

/** The topology as the coordinator keeps it: subtopologies sorted by id (the request's order is the client's). */
function toTopology(t: RequestTopology): StreamsTopology {
  return {
    epoch: t.epoch,
    subtopologies: [...t.subtopologies]
      .sort((a, b) => (a.subtopologyId < b.subtopologyId ? -1 : a.subtopologyId > b.subtopologyId ? 1 : 0))
      .map((s) => ({
        subtopologyId: s.subtopologyId,
        sourceTopics: s.sourceTopics,
        stateChangelogTopics: s.stateChangelogTopics,
        repartitionSinkTopics: s.repartitionSinkTopics,
        repartitionSourceTopics: s.repartitionSourceTopics,
        copartitionGroups: s.copartitionGroups.map((g) => ({
          sourceTopics: g.sourceTopics,
          repartitionSourceTopics: g.repartitionSourceTopics,
        })),
      })),
  };
}

/**
 * StreamsGroupHeartbeat (88), v0-1: a Kafka Streams member (`group.protocol=streams`, KIP-1071) joins with its
 * topology (epoch 0), heartbeats with the tasks it owns, and leaves (-1, or -2 for a static member); the coordinator
 * answers its epoch, its tasks when they changed, the statuses that stop the group (src/groups/streams-group.ts),
 * and the partitions of every member's endpoint for Interactive Queries. Internal topics the topology needs are
 * created here, in the background (streams-groups.ts). As Kafka 4.4 with no topology-description plugin, v1's
 * TopologyDescriptionRequired stays false.
 */
export const streamsGroupHeartbeatHandler: ApiHandler<StreamsGroupHeartbeatRequest, StreamsGroupHeartbeatResponse> = {
  apiKey: 88,
  minVersion: 0,
  maxVersion: 1,
  async handle(request, ctx) {
    const response = StreamsGroupHeartbeatResponseCodec.defaults();
    const fail = (error: unknown) => {
      response.errorCode = errorCodeOf(error);
      // Kafka's answer to a request it refused before its coordinator saw it carries no message.
      response.errorMessage = refusalMessage(error);
      response.memberId = '';
      return response;
    };
    try {
      checkStreamsEnabled(ctx);
      // KafkaApis: READ on the group; a joining member's topology may not use internal or invalid topic names, and
      // its topics must be DESCRIBE-able.
      if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
        return fail(new KafkaError(ErrorCode.GroupAuthorizationFailed));
      }
      if (request.topology !== null) {
        const topics = namedTopics(request.topology.subtopologies);
        const internal = topics.filter((t) => INTERNAL_TOPICS.has(t));
        if (internal.length > 0) {
          return fail(
            new KafkaError(
              ErrorCode.StreamsInvalidTopology,
              `Use of Kafka internal topics ${internal.join(',')} in a Kafka Streams topology is prohibited.`,
            ),
          );
        }
        const invalidNames = topics.filter((t) => topicNameProblem(t) !== null);
        if (invalidNames.length > 0) {
          return fail(
            new KafkaError(
              ErrorCode.StreamsInvalidTopology,
              `Topic names ${invalidNames.join(',')} are not valid topic names.`,
            ),
          );
        }
        if (topics.some((t) => !authorize(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, t))) {
          return fail(new KafkaError(ErrorCode.TopicAuthorizationFailed));
        }
      }
      const regexes = request.topology?.subtopologies.some((s) => s.sourceTopicRegex.length > 0) ?? false;
      const result = await ctx.broker.groups.streamsGroupHeartbeat(
        request.groupId,
        {
          memberId: request.memberId,
          memberEpoch: request.memberEpoch,
          endpointInformationEpoch: request.endpointInformationEpoch,
          instanceId: request.instanceId,
          rackId: request.rackId,
          rebalanceTimeoutMs: request.rebalanceTimeoutMs,
          topology: request.topology ? toTopology(request.topology) : null,
          activeTasks: request.activeTasks,
          standbyTasks: request.standbyTasks,
          warmupTasks: request.warmupTasks,
          processId: request.processId,
          userEndpoint: request.userEndpoint,
          clientTags: request.clientTags,
          taskOffsets: request.taskOffsets,
          taskEndOffsets: request.taskEndOffsets,
          shutdownApplication: request.shutdownApplication,
          clientId: ctx.header.clientId ?? '',
          clientHost: clientHostOf(ctx),
          apiVersion: ctx.version,
        },
        regexes,
      );
      createInternalTopics(ctx, result.internalTopicsToCreate, result.status, result.heartbeatIntervalMs);
      response.memberId = result.memberId;
      response.memberEpoch = result.memberEpoch;
      response.heartbeatIntervalMs = result.heartbeatIntervalMs;
      if (result.memberEpoch >= 0) {
        // Not on a leave's answer, as Kafka. v0 carries the lag as an int32, v1 as an int64.
        response.taskOffsetIntervalMs = ctx.broker.config.number('group.streams.task.offset.interval.ms');
        const recoveryLag = ctx.broker.config.number('group.streams.acceptable.recovery.lag');
        if (ctx.version === 0) response.acceptableRecoveryLagLegacy = Math.min(2147483647, recoveryLag);
        else response.acceptableRecoveryLag = BigInt(recoveryLag);
      }
      response.status = result.status;
      response.activeTasks = result.activeTasks;
      response.standbyTasks = result.standbyTasks;
      response.warmupTasks = result.warmupTasks;
      response.endpointInformationEpoch = result.endpointInformationEpoch;
      response.partitionsByUserEndpoint =
        result.partitionsByUserEndpoint?.map((e) => ({
          userEndpoint: e.userEndpoint,
          activePartitions: e.activePartitions.map((p) => ({ topic: p.topic, partitions: p.partitions })),
          standbyPartitions: e.standbyPartitions.map((p) => ({ topic: p.topic, partitions: p.partitions })),
        })) ?? null;
      return response;
    } catch (error) {
      return fail(error);
    }
  },
  errorResponse(_request, errorCode) {
    const response = StreamsGroupHeartbeatResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
