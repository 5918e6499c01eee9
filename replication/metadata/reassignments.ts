/**
 * Partition reassignment (KIP-455) on the controller, as Kafka's ReplicationControlManager
 * (`alterPartitionReassignments`, `changePartitionReassignment`, `cancelPartitionReassignment`,
 * `listPartitionReassignments`, with PartitionReassignmentReplicas and PartitionReassignmentRevert). A
 * reassignment is one PartitionChangeRecord setting the replica list to target + leaving replicas, with
 * `addingReplicas` / `removingReplicas`; the adding replicas' brokers host the partition and fetch as
 * followers, the leader proposes them into the ISR (AlterPartition) once caught up, and the change that
 * brings the last of them in completes the reassignment (partition-change.ts): the removing replicas leave
 * the replica list and the ISR, in a new leader epoch. A move that adds nobody completes at once.
 */
import { ErrorCode } from '../../protocol/error-codes';
import type {
  AlterPartitionReassignmentsRequest,
  AlterPartitionReassignmentsResponse,
} from '../../protocol/generated/alter-partition-reassignments';
import type {
  ListPartitionReassignmentsRequest,
  ListPartitionReassignmentsResponse,
} from '../../protocol/generated/list-partition-reassignments';
import type { MetadataRecord } from '../../protocol/metadata-record';
import { PartitionError } from '../errors';
import type { MetadataImage, PartitionRegistration } from './image';
import { buildPartitionChange } from './partition-change';
import { answer, checkManualAssignment, noReassignment, unknownPartition, unknownTopic } from './reassignment-checks';
import { canLead, elrTarget, type Generated } from './replication-control';

export function isReassigning(partition: PartitionRegistration): boolean {
  return partition.addingReplicas.length > 0 || partition.removingReplicas.length > 0;
}

/**
 * AlterPartitionReassignments: per partition a new target (`replicas`) or a cancellation (null). Errors per
 * partition: UNKNOWN_TOPIC_OR_PARTITION, INVALID_REPLICA_ASSIGNMENT (empty, duplicates, unregistered broker),
 * NO_REASSIGNMENT_IN_PROGRESS (cancelling nothing), INVALID_REPLICATION_FACTOR (a target of another size when
 * the request does not allow the replication factor to change, v1: KIP-860).
 */
export function alterPartitionReassignments(
  image: MetadataImage,
  request: Pick<AlterPartitionReassignmentsRequest, 'topics' | 'allowReplicationFactorChange'>,
): Generated<AlterPartitionReassignmentsResponse['responses']> {
  const records: MetadataRecord[] = [];
  const response = request.topics.map((t) => ({
    name: t.name,
    partitions: t.partitions.map((p) =>
      answer(p.partitionIndex, () => {
        const record = alterOne(image, t.name, p.partitionIndex, p.replicas, request.allowReplicationFactorChange);
        if (record) records.push(record);
      }),
    ),
  }));
  return { records, response };
}

function alterOne(
  image: MetadataImage,
  topicName: string,
  partitionId: number,
  target: number[] | null,
  allowReplicationFactorChange: boolean,
): MetadataRecord | null {
  const topic = image.topic(topicName);
  if (!topic) throw unknownTopic(topicName);
  const partition = topic.partitions.get(partitionId);
  if (!partition) throw unknownPartition(topicName, partitionId);
  const eligible = (b: number) => canLead(image, b);
  let record: ReturnType<typeof buildPartitionChange>;
  if (target === null) {
    if (!isReassigning(partition)) throw noReassignment();
    // Back to the replicas before the reassignment: the adding ones leave (PartitionReassignmentRevert).
    const replicas = partition.replicas.filter((r) => !partition.addingReplicas.includes(r));
    const isr = partition.isr.filter((r) => replicas.includes(r));
    if (isr.length === 0) {
      throw new PartitionError(
        ErrorCode.InvalidReplicaAssignment,
        `Unable to revert partition assignment for ${topicName}:${partitionId} because it would require an unclean leader election.`,
      );
    }
    record = buildPartitionChange(topic.id, partitionId, partition, {
      canLead: eligible,
      uncleanLeaderElection: false,
      ...elrTarget(image, topicName),
      isr,
      replicas,
      adding: [],
      removing: [],
    });
  } else {
    checkManualAssignment(image, target, partitionId);
    if (!allowReplicationFactorChange) {
      // The partition's replication factor: while a reassignment runs, its target's (the replicas not leaving),
      // as Kafka's ReplicationControlManager.validatePartitionReplicationFactorUnchanged counts it.
      const factor = partition.replicas.filter((r) => !partition.removingReplicas.includes(r)).length;
      if (target.length !== factor) {
        throw new PartitionError(
          ErrorCode.InvalidReplicationFactor,
          `The replication factor is changed from ${factor} to ${target.length}`,
        );
      }
    }
    // PartitionReassignmentReplicas: the target first, then the replicas leaving (sorted, as Kafka's TreeSet).
    const current = partition.replicas;
    const removing = current.filter((r) => !target.includes(r)).sort((a, b) => a - b);
    const adding = target.filter((r) => !current.includes(r)).sort((a, b) => a - b);
    record = buildPartitionChange(topic.id, partitionId, partition, {
      canLead: eligible,
      uncleanLeaderElection: false,
      ...elrTarget(image, topicName),
      replicas: [...target, ...removing],
      adding,
      removing,
    });
  }
  return record ? { type: 'PartitionChangeRecord', version: 2, value: record } : null;
}

/** ListPartitionReassignments: the reassigning partitions of the topics named (null: every topic). */
export function listPartitionReassignments(
  image: MetadataImage,
  topics: ListPartitionReassignmentsRequest['topics'],
): ListPartitionReassignmentsResponse['topics'] {
  const wanted =
    topics ?? [...image.topicIdsByName.keys()].map((name) => ({ name, partitionIndexes: null as number[] | null }));
  const out: ListPartitionReassignmentsResponse['topics'] = [];
  for (const t of wanted) {
    const topic = image.topic(t.name);
    if (!topic) continue;
    const indexes = t.partitionIndexes ?? [...topic.partitions.keys()];
    const partitions = indexes.flatMap((index) => {
      const p = topic.partitions.get(index);
      if (!p || !isReassigning(p)) return [];
      return [
        {
          partitionIndex: index,
          replicas: [...p.replicas],
          addingReplicas: [...p.addingReplicas],
          removingReplicas: [...p.removingReplicas],
        },
      ];
    });
    if (partitions.length > 0) out.push({ name: t.name, partitions });
  }
  return out;
}
