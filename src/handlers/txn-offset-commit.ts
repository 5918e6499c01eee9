import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type TxnOffsetCommitRequest,
  type TxnOffsetCommitResponse,
  TxnOffsetCommitResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, KafkaError } from '../errors';
import { CONSUMER_OFFSETS_TOPIC } from '../topics/names';
import { addOffsetsPartitionImplicitly } from '../transactions/produce-verification';
import { coordinatorCodes, offsetKey, refusedFirst, unreadableTopics } from './offset-commit';
import { answerTopicKey, isUnknownTopicId, nameTopicsById } from './topic-ids';
import type { ApiHandler } from './types';

/** TxnOffsetCommit names topics by id from v6 on (KIP-1319). */
const FIRST_TOPIC_ID_VERSION = 6;

/** Below v2 COORDINATOR_LOAD_IN_PROGRESS is answered as COORDINATOR_NOT_AVAILABLE (KAFKA-7296). */
function forOldClients(code: ErrorCode, version: number): ErrorCode {
  return code === ErrorCode.CoordinatorLoadInProgress && version < 2 ? ErrorCode.CoordinatorNotAvailable : code;
}

/**
 * TxnOffsetCommit (28), v0-6: a transactional producer commits a group's offsets inside its transaction
 * (kafkajs sendOffsets, Java sendOffsetsToTransaction). The group coordinator stores them at once as the
 * producer's transactional batch and shows them only after the COMMIT marker (src/groups/txn-offsets.ts).
 * v3+ carries the consumer's generation, member id and instance id, checked as Kafka does. Unknown topics get
 * UNKNOWN_TOPIC_OR_PARTITION (KafkaApis); below v2 COORDINATOR_LOAD_IN_PROGRESS is answered as
 * COORDINATOR_NOT_AVAILABLE (clients before 2.0 did not expect it, KAFKA-7296). v5 is KIP-890 transaction
 * version 2: the group's `__consumer_offsets` partition joins the transaction first (the client sends no
 * AddOffsetsToTxn); a failure there, like any refusal of the coordinator's (an empty group id, NOT_COORDINATOR),
 * answers the partitions that reached it, the unknown and refused ones keeping their own codes (coordinatorCodes).
 * v6 names topics by id (an unknown id: UNKNOWN_TOPIC_ID, topic-ids.ts). A topic the client may not READ answers
 * TOPIC_AUTHORIZATION_FAILED while the others are committed (KafkaApis.handleTxnOffsetCommitRequest).
 */
export const txnOffsetCommitHandler: ApiHandler<TxnOffsetCommitRequest, TxnOffsetCommitResponse> = {
  apiKey: 28,
  minVersion: 0,
  maxVersion: 6,
  async handle(request, ctx) {
    const { broker, version } = ctx;
    nameTopicsById(ctx, FIRST_TOPIC_ID_VERSION, request.topics);
    // KafkaApis: WRITE on the transactional id, READ on the group, then READ on each topic.
    if (!authorize(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, request.transactionalId)) {
      return txnOffsetCommitHandler.errorResponse!(request, ErrorCode.TransactionalIdAuthorizationFailed, ctx);
    }
    if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
      return txnOffsetCommitHandler.errorResponse!(request, ErrorCode.GroupAuthorizationFailed, ctx);
    }
    const refused = unreadableTopics(ctx, FIRST_TOPIC_ID_VERSION, request.topics);
    const known = request.topics
      .map((t) => {
        const topic = refused.has(t.name) ? undefined : broker.topics.get(t.name);
        return {
          name: t.name,
          partitions: t.partitions.filter(
            (p) => topic && p.partitionIndex >= 0 && p.partitionIndex < topic.partitionCount,
          ),
        };
      })
      .filter((t) => t.partitions.length > 0);
    // The coordinator first makes the offsets partition part of the transaction (v5+), then stores the offsets.
    const codes = await coordinatorCodes(known, async () => {
      // GroupCoordinatorService refuses an empty group id here (OffsetCommit takes one: only null is refused there).
      if (request.groupId === '') throw new KafkaError(ErrorCode.InvalidGroupId, 'The group id must not be empty.');
      if (version >= 5) {
        const added = await addOffsetsPartitionImplicitly(
          broker.transactions,
          request.transactionalId,
          request.producerId,
          request.producerEpoch,
          { topic: CONSUMER_OFFSETS_TOPIC, partition: broker.groups.partitionFor(request.groupId) },
        );
        if (added !== ErrorCode.None) throw new KafkaError(added);
      }
      return broker.groups.commitTxnOffsets(request.groupId, {
        producerId: request.producerId,
        producerEpoch: request.producerEpoch,
        memberId: version >= 3 ? request.memberId : '',
        groupInstanceId: version >= 3 ? request.groupInstanceId : null,
        generationId: version >= 3 ? request.generationIdOrMemberEpoch : -1,
        topics: known.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((p) => ({
            partition: p.partitionIndex,
            offset: p.committedOffset,
            leaderEpoch: version >= 2 ? p.committedLeaderEpoch : -1,
            metadata: p.committedMetadata,
          })),
        })),
      });
    });
    const response = TxnOffsetCommitResponseCodec.defaults();
    const ordered = refusedFirst(request.topics, (t, p) => codes.has(offsetKey(t.name, p.partitionIndex)));
    response.topics = ordered.map((t) => ({
      ...answerTopicKey(ctx, FIRST_TOPIC_ID_VERSION, t),
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partitionIndex,
        errorCode: isUnknownTopicId(ctx, FIRST_TOPIC_ID_VERSION, t)
          ? ErrorCode.UnknownTopicId
          : refused.has(t.name)
            ? ErrorCode.TopicAuthorizationFailed
            : forOldClients(
                codes.get(offsetKey(t.name, p.partitionIndex)) ?? ErrorCode.UnknownTopicOrPartition,
                version,
              ),
      })),
    }));
    return response;
  },
  errorResponse(request, errorCode, ctx) {
    const code = forOldClients(errorCode, ctx.version);
    const response = TxnOffsetCommitResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      ...answerTopicKey(ctx, FIRST_TOPIC_ID_VERSION, t),
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })),
    }));
    return response;
  },
};
