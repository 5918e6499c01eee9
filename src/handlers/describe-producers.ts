import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type DescribeProducersRequest,
  type DescribeProducersResponse,
  DescribeProducersResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import type { ApiHandler, HandlerContext } from './types';

type PartitionAnswer = DescribeProducersResponse['topics'][number]['partitions'][number];

/** What the partition layer keeps per producer (replication/partition.ts `activeProducers()`). */
interface ActiveProducer {
  producerId: bigint;
  producerEpoch: number;
  lastSequence: number;
  lastTimestamp: number;
  coordinatorEpoch: number;
  currentTxnStartOffset: number;
}

interface ProducerStatePartition {
  activeProducers?(): ActiveProducer[];
}

function describePartition(ctx: HandlerContext, topic: string, index: number): PartitionAnswer {
  const answer: PartitionAnswer = { partitionIndex: index, errorCode: 0, errorMessage: null, activeProducers: [] };
  // As Kafka 4.4 answers: an unknown topic with the error's own message, an unknown partition of a topic without.
  const known = ctx.broker.topics.get(topic);
  if (!known) {
    const errorMessage = 'This server does not host this topic-partition.';
    return { ...answer, errorCode: ErrorCode.UnknownTopicOrPartition, errorMessage };
  }
  if (index < 0 || index >= known.partitionCount) return { ...answer, errorCode: ErrorCode.UnknownTopicOrPartition };
  try {
    const partition = ctx.broker.topics.replicas.getPartitionOrError(topic, index) as unknown as ProducerStatePartition;
    if (typeof partition.activeProducers !== 'function') {
      // A build whose partition layer keeps no producer state (before the producer-state work of issue 12).
      return { ...answer, errorCode: ErrorCode.UnknownServerError, errorMessage: 'producer state is not tracked' };
    }
    answer.activeProducers = partition.activeProducers().map((p) => ({
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      lastSequence: p.lastSequence,
      lastTimestamp: BigInt(p.lastTimestamp),
      coordinatorEpoch: p.coordinatorEpoch,
      currentTxnStartOffset: BigInt(p.currentTxnStartOffset),
    }));
    return answer;
  } catch (error) {
    return { ...answer, errorCode: errorCodeOf(error), errorMessage: (error as Error).message ?? null };
  }
}

/**
 * DescribeProducers (61), v0: the producers each partition's leader keeps state for (Kafka's
 * ReplicaManager.activeProducerState: id, epoch, last sequence and timestamp, coordinator epoch, the first
 * offset of an open transaction), for kafka-transactions.sh describe-producers and Admin.describeProducers.
 * UNKNOWN_TOPIC_OR_PARTITION for a partition this broker does not host, NOT_LEADER_OR_FOLLOWER off the leader.
 */
export const describeProducersHandler: ApiHandler<DescribeProducersRequest, DescribeProducersResponse> = {
  apiKey: 61,
  minVersion: 0,
  maxVersion: 0,
  handle(request, ctx) {
    const response = DescribeProducersResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      name: t.name,
      // KafkaApis: READ on the topic.
      partitions: authorize(ctx, AclOperation.READ, ResourceType.TOPIC, t.name)
        ? t.partitionIndexes.map((p) => describePartition(ctx, t.name, p))
        : t.partitionIndexes.map((p) => ({
            partitionIndex: p,
            errorCode: ErrorCode.TopicAuthorizationFailed,
            errorMessage: null,
            activeProducers: [],
          })),
    }));
    return response;
  },
  errorResponse(request, errorCode) {
    const response = DescribeProducersResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitionIndexes.map((p) => ({
        partitionIndex: p,
        errorCode,
        errorMessage: null,
        activeProducers: [],
      })),
    }));
    return response;
  },
};
