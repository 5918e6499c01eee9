import { AclOperation } from '../security/acl';
import type { AlterPartitionRequest, AlterPartitionResponse } from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import type { ApiHandler } from './types';

/**
 * AlterPartition (56), v0-3, on a controller listener: a partition leader's ISR change, committed by the
 * active controller (replication/metadata); other nodes answer NOT_CONTROLLER. Topics by name (v0-1) or id.
 */
export const alterPartitionHandler: ApiHandler<AlterPartitionRequest, AlterPartitionResponse> = {
  apiKey: 56,
  minVersion: 0,
  // Kafka: CLUSTER_ACTION on the cluster (brokers and controllers only).
  clusterOperation: AclOperation.CLUSTER_ACTION,
  maxVersion: 3,
  async handle(request, ctx) {
    const controller = ctx.broker.kraft?.controller;
    if (!controller?.isActive) return { throttleTimeMs: 0, errorCode: ErrorCode.NotController, topics: [] };
    const image = controller.committed;
    const topics: AlterPartitionResponse['topics'] = [];
    for (const t of request.topics) {
      const name = ctx.version >= 2 ? image.topicsById.get(t.topicId)?.name : t.topicName;
      const partitions: AlterPartitionResponse['topics'][number]['partitions'] = [];
      for (const p of t.partitions) {
        const newIsr = ctx.version >= 3 ? p.newIsrWithEpochs.map((b) => b.brokerId) : p.newIsr;
        const base = {
          partitionIndex: p.partitionIndex,
          leaderId: -1,
          leaderEpoch: -1,
          isr: [],
          leaderRecoveryState: 0,
          partitionEpoch: -1,
        };
        if (name === undefined) {
          partitions.push({
            ...base,
            errorCode: ctx.version >= 2 ? ErrorCode.UnknownTopicId : ErrorCode.UnknownTopicOrPartition,
          });
          continue;
        }
        try {
          const answer = await controller.alterPartition({
            topic: name,
            partition: p.partitionIndex,
            leaderId: request.brokerId,
            leaderEpoch: p.leaderEpoch,
            partitionEpoch: p.partitionEpoch,
            newIsr,
          });
          if (answer.errorCode !== ErrorCode.None) {
            partitions.push({ ...base, errorCode: answer.errorCode });
          } else {
            partitions.push({
              ...base,
              errorCode: ErrorCode.None,
              leaderId: request.brokerId,
              leaderEpoch: answer.leaderEpoch,
              isr: answer.isr,
              partitionEpoch: answer.partitionEpoch,
            });
          }
        } catch (error) {
          partitions.push({ ...base, errorCode: errorCodeOf(error) });
        }
      }
      topics.push({ topicName: t.topicName, topicId: t.topicId, partitions });
    }
    return { throttleTimeMs: 0, errorCode: ErrorCode.None, topics };
  },
  errorResponse: (_request, errorCode) => ({ throttleTimeMs: 0, errorCode, topics: [] }),
};
