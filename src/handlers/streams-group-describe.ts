import {
  type StreamsGroupDescribeRequest,
  type StreamsGroupDescribeResponse,
  StreamsGroupDescribeResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import type { Assignment } from '../groups/assignors';
import type { StreamsGroup } from '../groups/streams-group';
import { type ActiveTasks, type TaskOffset, toTaskIds } from '../groups/streams-member';
import { isReady, namedTopics } from '../groups/streams-topology';
import { AclOperation, ResourceType } from '../security/acl';
import { authorize, authorizedOperations } from './auth';
import { refusalMessage } from './group-context';
import { checkStreamsEnabled } from './streams-groups';
import type { ApiHandler, HandlerContext } from './types';

const OPS_NOT_REQUESTED = -2147483648;
/** v1's TopologyDescriptionStatus: NOT_REQUESTED, or NOT_STORED (Brook, as Kafka without the plugin, keeps none). */
const DESCRIPTION_NOT_REQUESTED = 0;
const DESCRIPTION_NOT_STORED = 1;

type Described = StreamsGroupDescribeResponse['groups'][number];

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The group's topology as Kafka's asDescribedGroup shows it: once configured against the topics, internal topics
 * with the partitions the coordinator decided; before, as the member sent them.
 */
function describeTopology(group: StreamsGroup): Described['topology'] {
  const topology = group.topology!;
  const configured = group.configured && isReady(group.configured) ? group.configured : null;
  const configuredOf = (subtopologyId: string) => configured?.subtopologies?.get(subtopologyId);
  // A changelog has one partition per task; a repartition topic the partitions decided for it.
  const repartitionPartitions = (subtopologyId: string, name: string, sent: number) =>
    configuredOf(subtopologyId)?.repartitionSourceTopics.get(name) ?? sent;
  const changelogPartitions = (subtopologyId: string, sent: number) =>
    configuredOf(subtopologyId)?.numberOfTasks ?? sent;
  return {
    epoch: topology.epoch,
    subtopologies: topology.subtopologies.map((s) => ({
      subtopologyId: s.subtopologyId,
      sourceTopics: [...s.sourceTopics].sort(),
      repartitionSinkTopics: [...s.repartitionSinkTopics].sort(),
      stateChangelogTopics: s.stateChangelogTopics
        .map((t) => ({
          name: t.name,
          partitions: changelogPartitions(s.subtopologyId, t.partitions),
          replicationFactor: t.replicationFactor,
          topicConfigs: t.topicConfigs,
        }))
        .sort(byName),
      repartitionSourceTopics: s.repartitionSourceTopics
        .map((t) => ({
          name: t.name,
          partitions: repartitionPartitions(s.subtopologyId, t.name, t.partitions),
          replicationFactor: t.replicationFactor,
          topicConfigs: t.topicConfigs,
        }))
        .sort(byName),
    })),
  };
}

/** A member's reported task offsets, by subtopology then partition (as Kafka's describe lists them). */
function sortedOffsets(offsets: readonly TaskOffset[]): TaskOffset[] {
  return [...offsets].sort(
    (a, b) =>
      (a.subtopologyId < b.subtopologyId ? -1 : a.subtopologyId > b.subtopologyId ? 1 : 0) || a.partition - b.partition,
  );
}

function describe(group: StreamsGroup, includeDescription: boolean, ops: number): Described {
  const assignment = (active: Assignment | ActiveTasks, standby: Assignment) => ({
    activeTasks: toTaskIds(active),
    standbyTasks: toTaskIds(standby),
    warmupTasks: [],
  });
  return {
    errorCode: ErrorCode.None,
    errorMessage: null,
    groupId: group.groupId,
    groupState: group.state,
    groupEpoch: group.groupEpoch,
    assignmentEpoch: group.assignmentEpoch,
    topology: describeTopology(group),
    members: [...group.members.values()].map((m) => {
      const target = group.target.get(m.memberId);
      return {
        memberId: m.memberId,
        memberEpoch: m.memberEpoch,
        instanceId: m.instanceId,
        rackId: m.rackId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        topologyEpoch: m.topologyEpoch,
        processId: m.processId,
        userEndpoint: m.userEndpoint,
        clientTags: Object.entries(m.clientTags).map(([key, value]) => ({ key, value })),
        taskOffsets: sortedOffsets(m.taskOffsets),
        taskEndOffsets: sortedOffsets(m.taskEndOffsets),
        assignment: assignment(m.active, m.standby),
        targetAssignment: assignment(target?.active ?? new Map(), target?.standby ?? new Map()),
        isClassic: false,
      };
    }),
    authorizedOperations: ops,
    topologyDescription: null,
    topologyDescriptionStatus: includeDescription ? DESCRIPTION_NOT_STORED : DESCRIPTION_NOT_REQUESTED,
    assignorName: 'sticky',
  };
}

function failed(groupId: string, error: unknown): Described {
  return {
    errorCode: errorCodeOf(error),
    errorMessage: refusalMessage(error),
    groupId,
    groupState: '',
    groupEpoch: 0,
    assignmentEpoch: 0,
    topology: null,
    members: [],
    authorizedOperations: OPS_NOT_REQUESTED,
    topologyDescription: null,
    topologyDescriptionStatus: DESCRIPTION_NOT_REQUESTED,
    assignorName: null,
  };
}

/**
 * StreamsGroupDescribe (89), v0-1: the admin view of streams groups (`kafka-streams-groups --describe`): state,
 * epochs, the topology with its internal topics' partitions, each member's tasks and target tasks. Refusals in
 * Kafka 4.4's order: groups the client may not DESCRIBE first, then the coordinator's answers; a group whose topics
 * the client may not describe is refused whole.
 */
export const streamsGroupDescribeHandler: ApiHandler<StreamsGroupDescribeRequest, StreamsGroupDescribeResponse> = {
  apiKey: 89,
  minVersion: 0,
  maxVersion: 1,
  async handle(request, ctx: HandlerContext) {
    const response = StreamsGroupDescribeResponseCodec.defaults();
    try {
      checkStreamsEnabled(ctx);
    } catch (error) {
      response.groups = request.groupIds.map((id) => failed(id, error));
      return response;
    }
    const allowed = request.groupIds.filter((id) => authorize(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, id));
    const refused = request.groupIds
      .filter((id) => !allowed.includes(id))
      .map((id) => failed(id, new KafkaError(ErrorCode.GroupAuthorizationFailed)));
    const found = await ctx.broker.groups.streamsGroupDescribe(allowed);
    const includeDescription = ctx.version >= 1 && request.includeTopologyDescription;
    response.groups = [
      ...refused,
      ...allowed.map((id, i) => {
        const g = found[i]!;
        if (g instanceof KafkaError) return failed(id, g);
        if (
          namedTopics(g.topology?.subtopologies ?? []).some(
            (t) => !authorize(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, t),
          )
        ) {
          return failed(
            id,
            new KafkaError(
              ErrorCode.TopicAuthorizationFailed,
              'The described group uses topics that the client is not authorized to describe.',
            ),
          );
        }
        const ops = request.includeAuthorizedOperations
          ? authorizedOperations(ctx, ResourceType.GROUP, id)
          : OPS_NOT_REQUESTED;
        return describe(g, includeDescription, ops);
      }),
    ];
    return response;
  },
  errorResponse(request, errorCode) {
    const response = StreamsGroupDescribeResponseCodec.defaults();
    response.groups = request.groupIds.map((id) => failed(id, new KafkaError(errorCode)));
    return response;
  },
};
