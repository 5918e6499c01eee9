import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type OffsetCommitRequest,
  type OffsetCommitResponse,
  OffsetCommitResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/**
 * OffsetCommit (8), v0-9, stored in `__consumer_offsets` (src/groups). Classic members commit with their
 * generation (generation -1 and no member id: a standalone commit, only for a group without members), KIP-848
 * members with their member epoch (FENCED_MEMBER_EPOCH / STALE_MEMBER_EPOCH). v1 carries a per-partition
 * commit timestamp, v2-4 a retention time, v6+ the leader epoch, v7+ group.instance.id. Partitions of topics
 * the broker does not have get UNKNOWN_TOPIC_OR_PARTITION, as Kafka's KafkaApis answers.
 */
export const offsetCommitHandler: ApiHandler<OffsetCommitRequest, OffsetCommitResponse> = {
  apiKey: 8,
  minVersion: 0,
  maxVersion: 9,
  async handle(request, ctx) {
    const { broker, version } = ctx;
    // KafkaApis: READ on the group (else every partition GROUP_AUTHORIZATION_FAILED), READ on each topic.
    if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
      return offsetCommitHandler.errorResponse!(request, ErrorCode.GroupAuthorizationFailed, ctx);
    }
    if (request.groupId === '') return offsetCommitHandler.errorResponse!(request, ErrorCode.InvalidGroupId, ctx);
    const refused = new Set<string>();
    if (broker.authorizer !== null) {
      for (const t of request.topics) {
        if (!authorize(ctx, AclOperation.READ, ResourceType.TOPIC, t.name)) refused.add(t.name);
      }
    }
    const known = request.topics.map((t) => {
      const topic = refused.has(t.name) ? undefined : broker.topics.get(t.name);
      return {
        name: t.name,
        partitions: t.partitions.filter(
          (p) => topic && p.partitionIndex >= 0 && p.partitionIndex < topic.partitionCount,
        ),
      };
    });
    // Kafka's KafkaApis answers a commit naming only unknown topics without reaching the coordinator, so no
    // simple group comes into being for it.
    const codes = !known.some((t) => t.partitions.length > 0)
      ? new Map<string, ErrorCode>()
      : await broker.groups.commitOffsets(request.groupId, {
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
        });
    const response = OffsetCommitResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partitionIndex,
        errorCode: refused.has(t.name)
          ? ErrorCode.TopicAuthorizationFailed
          : (codes.get(`${t.name}\0${p.partitionIndex}`) ?? ErrorCode.UnknownTopicOrPartition),
      })),
    }));
    return response;
  },
  errorResponse(request, errorCode) {
    const response = OffsetCommitResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode })),
    }));
    return response;
  },
};
