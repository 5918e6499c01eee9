import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { type OffsetFetchRequest, type OffsetFetchResponse, OffsetFetchResponseCodec } from '../../protocol/generated';
import { ZERO_UUID } from '../../protocol/primitives';
import { ErrorCode, errorCodeOf } from '../errors';
import type { FetchedOffset } from '../groups/coordinator';
import { answerTopicKey, isUnknownTopicId, nameTopicsById } from './topic-ids';
import type { ApiHandler, HandlerContext } from './types';

/** OffsetFetch names topics by id from v10 on (KIP-848). */
const FIRST_TOPIC_ID_VERSION = 10;

type Topics = { name: string; partitions: number[] }[] | null;

interface GroupAnswer {
  errorCode: number;
  topics: { name: string; partitions: FetchedOffset[] }[];
}

async function fetchGroup(
  ctx: HandlerContext,
  groupId: string,
  topics: Topics,
  member?: { memberId: string | null; memberEpoch: number },
  requireStable = false,
): Promise<GroupAnswer> {
  // KafkaApis: DESCRIBE on the group, then DESCRIBE on each topic.
  if (!authorize(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, groupId)) {
    return { errorCode: ErrorCode.GroupAuthorizationFailed, topics: [] };
  }
  let answer: GroupAnswer;
  try {
    answer = await ctx.broker.groups.fetchOffsets(groupId, topics, member, requireStable);
  } catch (error) {
    return { errorCode: errorCodeOf(error), topics: [] };
  }
  return ctx.broker.authorizer === null ? answer : withTopicAuthorization(ctx, answer, topics === null);
}

/**
 * Topics the client may not DESCRIBE: left out of an all-topics answer, else their partitions answered
 * TOPIC_AUTHORIZATION_FAILED without offsets (KafkaApis.handleOffsetFetchRequest).
 */
function withTopicAuthorization(ctx: HandlerContext, answer: GroupAnswer, allTopics: boolean): GroupAnswer {
  const topics: GroupAnswer['topics'] = [];
  for (const t of answer.topics) {
    if (authorize(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, t.name)) topics.push(t);
    else if (!allTopics) {
      topics.push({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          ...p,
          offset: -1n,
          leaderEpoch: -1,
          metadata: '',
          errorCode: ErrorCode.TopicAuthorizationFailed,
        })),
      });
    }
  }
  return { ...answer, topics };
}

function partitionsOf(answer: GroupAnswer, asked: Topics) {
  // Before v2 there is no top-level error: a group-level failure is reported on every partition asked for.
  const failed = answer.errorCode !== ErrorCode.None;
  const topics = failed && asked ? asked.map((t) => ({ name: t.name, partitions: t.partitions })) : null;
  if (topics) {
    return topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p,
        committedOffset: -1n,
        committedLeaderEpoch: -1,
        metadata: '',
        errorCode: answer.errorCode,
      })),
    }));
  }
  return answer.topics.map((t) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({
      partitionIndex: p.partition,
      committedOffset: p.offset,
      committedLeaderEpoch: p.leaderEpoch,
      metadata: p.metadata,
      errorCode: p.errorCode,
    })),
  }));
}

/**
 * A group's answer in the v8+ shape. From v10 topics are named by id: those asked by an id the broker does not
 * know follow the coordinator's answer with UNKNOWN_TOPIC_ID, and an all-topics answer leaves out topics
 * without an id (deleted since their offsets were committed), as KafkaApis.fetchOffsetsForGroup and
 * fetchAllOffsetsForGroup answer.
 */
function groupTopics(
  ctx: HandlerContext,
  answer: GroupAnswer,
  asked: Topics,
  unknownIds: { topicId: string; partitionIndexes: number[] }[],
) {
  const topics = partitionsOf(answer, asked).map((t) => ({
    ...answerTopicKey(ctx, FIRST_TOPIC_ID_VERSION, t),
    partitions: t.partitions,
  }));
  if (ctx.version < FIRST_TOPIC_ID_VERSION) return topics;
  const unknown = unknownIds.map((t) => ({
    ...answerTopicKey(ctx, FIRST_TOPIC_ID_VERSION, { name: '', topicId: t.topicId }),
    partitions: t.partitionIndexes.map((partitionIndex) => ({
      partitionIndex,
      committedOffset: -1n,
      committedLeaderEpoch: -1,
      metadata: '',
      errorCode: ErrorCode.UnknownTopicId,
    })),
  }));
  return [...(asked === null ? topics.filter((t) => t.topicId !== ZERO_UUID) : topics), ...unknown];
}

/**
 * OffsetFetch (9), v0-10: committed offsets (-1 where none), leader epochs (v5+), metadata as committed.
 * `topics` null (v2+) asks for every committed partition; v8+ batches groups; v9 carries the KIP-848 member
 * id and epoch, checked like a commit's; v10 names topics by id (groupTopics). v7+ requireStable (read_committed
 * consumers): a partition with a TxnOffsetCommit still pending in an open transaction answers
 * UNSTABLE_OFFSET_COMMIT (the client retries).
 */
export const offsetFetchHandler: ApiHandler<OffsetFetchRequest, OffsetFetchResponse> = {
  apiKey: 9,
  minVersion: 0,
  maxVersion: 10,
  async handle(request, ctx) {
    const response = OffsetFetchResponseCodec.defaults();
    if (ctx.version >= 8) {
      response.groups = await Promise.all(
        request.groups.map(async (g) => {
          nameTopicsById(ctx, FIRST_TOPIC_ID_VERSION, g.topics ?? []);
          const unknownIds = (g.topics ?? []).filter((t) => isUnknownTopicId(ctx, FIRST_TOPIC_ID_VERSION, t));
          const asked =
            g.topics
              ?.filter((t) => !isUnknownTopicId(ctx, FIRST_TOPIC_ID_VERSION, t))
              .map((t) => ({ name: t.name, partitions: t.partitionIndexes })) ?? null;
          const answer = await fetchGroup(
            ctx,
            g.groupId,
            asked,
            ctx.version >= 9 ? { memberId: g.memberId, memberEpoch: g.memberEpoch } : undefined,
            request.requireStable,
          );
          return {
            groupId: g.groupId,
            errorCode: answer.errorCode,
            topics: answer.errorCode === ErrorCode.None ? groupTopics(ctx, answer, asked, unknownIds) : [],
          };
        }),
      );
      return response;
    }
    const asked = request.topics?.map((t) => ({ name: t.name, partitions: t.partitionIndexes })) ?? null;
    const answer = await fetchGroup(
      ctx,
      request.groupId,
      ctx.version >= 2 ? asked : (asked ?? []),
      undefined,
      ctx.version >= 7 && request.requireStable,
    );
    if (ctx.version >= 2) {
      response.errorCode = answer.errorCode;
      response.topics = answer.errorCode === ErrorCode.None ? partitionsOf(answer, asked) : [];
    } else {
      response.topics = partitionsOf(answer, asked ?? []);
    }
    return response;
  },
  errorResponse(request, errorCode, ctx) {
    const response = OffsetFetchResponseCodec.defaults();
    if (ctx.version >= 8) {
      response.groups = request.groups.map((g) => ({ groupId: g.groupId, errorCode, topics: [] }));
    } else {
      response.errorCode = errorCode;
      response.topics = (request.topics ?? []).map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((p) => ({
          partitionIndex: p,
          committedOffset: -1n,
          committedLeaderEpoch: -1,
          metadata: '',
          errorCode: ctx.version >= 2 ? ErrorCode.None : errorCode,
        })),
      }));
    }
    return response;
  },
};
