/**
 * The checks of a partition reassignment and of a manual replica assignment that need no metadata log, with the
 * answers Kafka's ReplicationControlManager gives: shared by the controller (reassignments.ts,
 * replication-control.ts) and by a single node, which has no controller (`alterOnSingleNode`). Kept apart from
 * those modules so a single node's handlers do not load the metadata log's record codecs at start-up.
 */
import { ErrorCode } from '../../protocol/error-codes';
import type {
  AlterPartitionReassignmentsRequest,
  AlterPartitionReassignmentsResponse,
} from '../../protocol/generated/alter-partition-reassignments';
import { errorCodeFrom, PartitionError } from '../errors';
import type { MetadataImage } from './image';

type PartitionAnswer = AlterPartitionReassignmentsResponse['responses'][number]['partitions'][number];

/**
 * AlterPartitionReassignments on a single node (no controller): its broker holds every partition's only
 * replica, so the one target there is that broker, a move that adds nobody and completes at once (as on a
 * controller); everything else is refused with the controller's checks and messages. `partitionCount` is
 * undefined for an unknown topic.
 */
export function alterOnSingleNode(
  nodeId: number,
  partitionCount: (topic: string) => number | undefined,
  request: Pick<AlterPartitionReassignmentsRequest, 'topics'>,
): AlterPartitionReassignmentsResponse['responses'] {
  const brokers = new Set([nodeId]);
  return request.topics.map((t) => ({
    name: t.name,
    partitions: t.partitions.map((p) =>
      answer(p.partitionIndex, () => {
        const count = partitionCount(t.name);
        if (count === undefined) throw unknownTopic(t.name);
        if (p.partitionIndex < 0 || p.partitionIndex >= count) throw unknownPartition(t.name, p.partitionIndex);
        if (p.replicas === null) throw noReassignment();
        // One registered broker: a valid target is [nodeId], the replication factor every partition has here.
        checkManualAssignment({ brokers }, p.replicas, p.partitionIndex);
      }),
    ),
  }));
}

/** One partition's answer: success, or the code and message of what `alter` threw. */
export function answer(partitionIndex: number, alter: () => void): PartitionAnswer {
  try {
    alter();
    return { partitionIndex, errorCode: ErrorCode.None, errorMessage: null };
  } catch (error) {
    return { partitionIndex, errorCode: errorCodeFrom(error), errorMessage: (error as Error).message || null };
  }
}

export const unknownTopic = (name: string) =>
  new PartitionError(ErrorCode.UnknownTopicOrPartition, `Unable to find a topic named ${name}.`);
export const unknownPartition = (name: string, partition: number) =>
  new PartitionError(ErrorCode.UnknownTopicOrPartition, `Unable to find partition ${name}:${partition}.`);
/** Kafka 4.4 answers this one without a message. */
export const noReassignment = () => new PartitionError(ErrorCode.NoReassignmentInProgress, '');

/** A manual assignment's checks (CreateTopics, reassignments); `cluster` needs only its registered brokers. */
export function checkManualAssignment(
  cluster: Pick<MetadataImage, 'brokers'> | { brokers: ReadonlySet<number> },
  replicas: number[],
  partition: number,
): void {
  if (replicas.length === 0) {
    throw new PartitionError(
      ErrorCode.InvalidReplicaAssignment,
      `The manual partition assignment includes an empty replica list.`,
    );
  }
  if (new Set(replicas).size !== replicas.length) {
    throw new PartitionError(
      ErrorCode.InvalidReplicaAssignment,
      `The manual partition assignment includes the partition ${partition} with duplicate replicas.`,
    );
  }
  for (const r of replicas) {
    if (!cluster.brokers.has(r)) {
      throw new PartitionError(
        ErrorCode.InvalidReplicaAssignment,
        `The manual partition assignment includes broker ${r}, but no such broker is registered.`,
      );
    }
  }
}
