import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type TxnOffsetCommitRequest,
  type TxnOffsetCommitResponse,
  TxnOffsetCommitResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import { CONSUMER_OFFSETS_TOPIC } from '../topics/names';
import { addOffsetsPartitionImplicitly } from '../transactions/produce-verification';
import type { ApiHandler } from './types';

/**
 * TxnOffsetCommit (28), v0-5: a transactional producer commits a group's offsets inside its transaction
 * (kafkajs sendOffsets, Java sendOffsetsToTransaction). The group coordinator stores them at once as the
 * producer's transactional batch and shows them only after the COMMIT marker (src/groups/txn-offsets.ts).
 * v3+ carries the consumer's generation, member id and instance id, checked as Kafka does. Unknown topics get
 * UNKNOWN_TOPIC_OR_PARTITION (KafkaApis); below v2 COORDINATOR_LOAD_IN_PROGRESS is answered as
 * COORDINATOR_NOT_AVAILABLE (clients before 2.0 did not expect it, KAFKA-7296). v5 is KIP-890 transaction
 * version 2: the group's `__consumer_offsets` partition joins the transaction first (the client sends no
 * AddOffsetsToTxn); a failure there answers every partition with its error.
 */
export const txnOffsetCommitHandler: ApiHandler<TxnOffsetCommitRequest, TxnOffsetCommitResponse> = {
  apiKey: 28,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    const { broker, version } = ctx;
    // KafkaApis: WRITE on the transactional id, READ on the group, then READ on each topic.
    if (!authorize(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, request.transactionalId)) {
      return txnOffsetCommitHandler.errorResponse!(request, ErrorCode.TransactionalIdAuthorizationFailed, ctx);
    }
    if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, request.groupId)) {
      return txnOffsetCommitHandler.errorResponse!(request, ErrorCode.GroupAuthorizationFailed, ctx);
    }
    if (ctx.broker.authorizer !== null) {
      const refused = request.topics.filter((t) => !authorize(ctx, AclOperation.READ, ResourceType.TOPIC, t.name));
      if (refused.length > 0) {
        const response = txnOffsetCommitHandler.errorResponse!(request, ErrorCode.TopicAuthorizationFailed, ctx);
        return response;
      }
    }
    if (request.groupId === '') return txnOffsetCommitHandler.errorResponse!(request, ErrorCode.InvalidGroupId, ctx);
    if (version >= 5) {
      const added = await addOffsetsPartitionImplicitly(
        broker.transactions,
        request.transactionalId,
        request.producerId,
        request.producerEpoch,
        { topic: CONSUMER_OFFSETS_TOPIC, partition: broker.groups.partitionFor(request.groupId) },
      );
      if (added !== ErrorCode.None) return txnOffsetCommitHandler.errorResponse!(request, added, ctx);
    }
    const known = request.topics
      .map((t) => {
        const topic = broker.topics.get(t.name);
        return {
          name: t.name,
          partitions: t.partitions.filter(
            (p) => topic && p.partitionIndex >= 0 && p.partitionIndex < topic.partitionCount,
          ),
        };
      })
      .filter((t) => t.partitions.length > 0);
    let codes = new Map<string, ErrorCode>();
    if (known.length > 0) {
      try {
        codes = await broker.groups.commitTxnOffsets(request.groupId, {
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
      } catch (error) {
        return txnOffsetCommitHandler.errorResponse!(request, errorCodeOf(error), ctx);
      }
    }
    const response = TxnOffsetCommitResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partitionIndex,
        errorCode: codes.get(`${t.name}\0${p.partitionIndex}`) ?? ErrorCode.UnknownTopicOrPartition,
      })),
    }));
    return response;
  },
  errorResponse(request, errorCode, ctx) {
    const code =
      errorCode === ErrorCode.CoordinatorLoadInProgress && ctx.version < 2
        ? ErrorCode.CoordinatorNotAvailable
        : errorCode;
    const response = TxnOffsetCommitResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })),
    }));
    return response;
  },
};
