import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type OffsetCommitRequest,
  type OffsetCommitResponse,
  OffsetCommitResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, KafkaError } from '../errors';
import { answerTopicKey, isUnknownTopicId, nameTopicsById } from './topic-ids';
import type { ApiHandler, HandlerContext } from './types';

/** OffsetCommit names topics by id from v10 on (KIP-848). */
const FIRST_TOPIC_ID_VERSION = 10;

/**
 * The answer's order, as Kafka's (OffsetCommitResponse.Builder, and TxnOffsetCommit's): the partitions KafkaApis
 * refuses itself (unknown, refused by ACLs) come first, each topic where its first refused partition puts it,
 * then what the coordinator stored. Clients match by name or id; it shows once topics are named by id.
 */
export function refusedFirst<T extends { partitions: unknown[] }>(
  topics: T[],
  stored: (topic: T, partition: T['partitions'][number]) => boolean,
): T[] {
  const ordered = topics.map((t) => ({
    ...t,
    partitions: [...t.partitions.filter((p) => !stored(t, p)), ...t.partitions.filter((p) => stored(t, p))],
  }));
  const anyRefused = (t: T) => t.partitions.some((p) => !stored(t, p));
  return [...ordered.filter(anyRefused), ...ordered.filter((t) => !anyRefused(t))];
}

/** How the offset commits key a partition's answer (topic name, partition). */
export const offsetKey = (name: string, partition: number) => `${name}\0${partition}`;

/**
 * The group coordinator's answer for the partitions KafkaApis passes it (`storable`: known topics the client may
 * READ). Kafka's GroupCoordinatorService refuses a whole commit (not the coordinator, still loading, a transaction
 * it cannot verify, TxnOffsetCommit's empty group id) with an answer for those partitions only (getErrorResponse
 * of the request KafkaApis filtered), which KafkaApis merges with its own refusals: those keep their codes. A
 * commit of nothing storable does not reach the coordinator at all. `commit` throws a KafkaError to refuse;
 * anything else is a bug and goes to the dispatcher.
 */
export async function coordinatorCodes(
  storable: { name: string; partitions: { partitionIndex: number }[] }[],
  commit: () => Promise<Map<string, ErrorCode>>,
): Promise<Map<string, ErrorCode>> {
  if (!storable.some((t) => t.partitions.length > 0)) return new Map();
  try {
    return await commit();
  } catch (error) {
    if (!(error instanceof KafkaError)) throw error;
    const { code } = error;
    return new Map(storable.flatMap((t) => t.partitions.map((p) => [offsetKey(t.name, p.partitionIndex), code])));
  }
}

/**
 * The topics of an offset commit the client may not READ (KafkaApis' filterByAuthorized), by name; a topic whose id
 * the broker does not know is not asked about (it answers UNKNOWN_TOPIC_ID). None without an authorizer.
 */
export function unreadableTopics(
  ctx: HandlerContext,
  firstIdVersion: number,
  topics: { name: string; topicId: string }[],
): Set<string> {
  const refused = new Set<string>();
  if (ctx.broker.authorizer === null) return refused;
  for (const t of topics) {
    if (isUnknownTopicId(ctx, firstIdVersion, t)) continue;
    if (!authorize(ctx, AclOperation.READ, ResourceType.TOPIC, t.name)) refused.add(t.name);
  }
  return refused;
}

/**
 * OffsetCommit (8), v0-10, stored in `__consumer_offsets` (src/groups). Classic members commit with their
 * generation (generation -1 and no member id: a standalone commit, only for a group without members), KIP-848
 * members with their member epoch (FENCED_MEMBER_EPOCH / STALE_MEMBER_EPOCH). v1 carries a per-partition
 * commit timestamp, v2-4 a retention time, v6+ the leader epoch, v7+ group.instance.id, v10 topic ids (an
 * unknown id: UNKNOWN_TOPIC_ID, topic-ids.ts). Partitions of topics the broker does not have get
 * UNKNOWN_TOPIC_OR_PARTITION, as Kafka's KafkaApis answers. The empty group id is a group like any other here
 * and in OffsetFetch (Kafka 4.4's GroupCoordinatorService refuses only a null one; test/wire compares it).
 */
export const offsetCommitHandler: ApiHandler<OffsetCommitRequest, OffsetCommitResponse> = {
  apiKey: 8,
  minVersion: 0,
  maxVersion: 10,
  async handle(request, ctx) {
    const { broker, version } = ctx;
    nameTopicsById(ctx, FIRST_TOPIC_ID_VERSION, request.topics);
    // KafkaApis: READ on the group (else every partition GROUP_AUTHORIZATION_FAILED), READ on each topic.
    if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
      return offsetCommitHandler.errorResponse!(request, ErrorCode.GroupAuthorizationFailed, ctx);
    }
    const refused = unreadableTopics(ctx, FIRST_TOPIC_ID_VERSION, request.topics);
    const known = request.topics.map((t) => {
      const topic = refused.has(t.name) ? undefined : broker.topics.get(t.name);
      return {
        name: t.name,
        partitions: t.partitions.filter(
          (p) => topic && p.partitionIndex >= 0 && p.partitionIndex < topic.partitionCount,
        ),
      };
    });
    // A commit naming only unknown topics does not reach the coordinator, so no simple group comes into being for it.
    const codes = await coordinatorCodes(known, () =>
      broker.groups.commitOffsets(request.groupId, {
        memberId: version >= 1 ? request.memberId : '',
        groupInstanceId: version >= 7 ? request.groupInstanceId : null,
        generationIdOrMemberEpoch: version >= 1 ? request.generationIdOrMemberEpoch : -1,
        retentionTimeMs: version >= 2 && version <= 4 ? Number(request.retentionTimeMs) : -1,
        topics: known
          .filter((t) => t.partitions.length > 0)
          .map((t) => ({
            name: t.name,
            partitions: t.partitions.map((p) => ({
              partition: p.partitionIndex,
              offset: p.committedOffset,
              leaderEpoch: version >= 6 ? p.committedLeaderEpoch : -1,
              metadata: p.committedMetadata,
              commitTimestamp: version === 1 ? Number(p.commitTimestamp) : -1,
            })),
          })),
        apiVersion: version,
      }),
    );
    const response = OffsetCommitResponseCodec.defaults();
    const ordered = refusedFirst(request.topics, (t, p) => codes.has(offsetKey(t.name, p.partitionIndex)));
    response.topics = ordered.map((t) => ({
      ...answerTopicKey(ctx, FIRST_TOPIC_ID_VERSION, t),
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partitionIndex,
        errorCode: isUnknownTopicId(ctx, FIRST_TOPIC_ID_VERSION, t)
          ? ErrorCode.UnknownTopicId
          : refused.has(t.name)
            ? ErrorCode.TopicAuthorizationFailed
            : (codes.get(offsetKey(t.name, p.partitionIndex)) ?? ErrorCode.UnknownTopicOrPartition),
      })),
    }));
    return response;
  },
  errorResponse(request, errorCode, ctx) {
    const response = OffsetCommitResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      ...answerTopicKey(ctx, FIRST_TOPIC_ID_VERSION, t),
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode })),
    }));
    return response;
  },
};
