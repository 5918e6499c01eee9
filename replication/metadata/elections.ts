/**
 * Leader elections asked for rather than forced by a broker leaving (Kafka's ReplicationControlManager
 * `electLeaders`, `electLeader` and `maybeBalancePartitionLeaders`): ElectLeaders (KIP-460) with its PREFERRED
 * and UNCLEAN types, and the automatic preferred-leader rebalance (`auto.leader.rebalance.enable`). Pure, like
 * replication-control.ts: the records to append and the answer.
 */
import { ErrorCode } from '../../protocol/error-codes';
import type { ElectLeadersRequest, ElectLeadersResponse } from '../../protocol/generated/elect-leaders';
import type { MetadataRecord } from '../../protocol/metadata-record';
import { PartitionError } from '../errors';
import { type MetadataImage, NO_LEADER, type PartitionRegistration } from './image';
import { buildPartitionChange } from './partition-change';
import { canLead, elrTarget, type Generated } from './replication-control';

/** ElectLeaders' ElectionType (Kafka's org.apache.kafka.common.ElectionType). */
export const ElectionType = { Preferred: 0, Unclean: 1 } as const;

/** Kafka's maxElectionsPerImbalance: at most this many preferred elections per rebalance pass. */
export const MAX_ELECTIONS_PER_IMBALANCE = 1000;

type PartitionResult = ElectLeadersResponse['replicaElectionResults'][number]['partitionResult'][number];

/** Whether the first replica leads (Kafka's PartitionRegistration.hasPreferredLeader). */
export function hasPreferredLeader(partition: PartitionRegistration): boolean {
  return partition.leader === partition.replicas[0];
}

/**
 * ElectLeaders on the controller. Named partitions each get an answer; with `topicPartitions` null every
 * partition is tried and those already led as asked (ELECTION_NOT_NEEDED) are left out of the answer, as
 * Kafka does. Each election is its own PartitionChangeRecord in the one batch the controller appends.
 */
export function electLeaders(
  image: MetadataImage,
  request: Pick<ElectLeadersRequest, 'electionType' | 'topicPartitions'>,
): Generated<ElectLeadersResponse['replicaElectionResults']> {
  const type = request.electionType;
  if (type !== ElectionType.Preferred && type !== ElectionType.Unclean) {
    throw new PartitionError(ErrorCode.InvalidRequest, `Unknown election type ${type}`);
  }
  const records: MetadataRecord[] = [];
  const response: ElectLeadersResponse['replicaElectionResults'] = [];
  if (request.topicPartitions === null) {
    for (const [name, id] of image.topicIdsByName) {
      const partitionResult: PartitionResult[] = [];
      for (const partitionId of image.topicsById.get(id)?.partitions.keys() ?? []) {
        const result = electLeader(image, name, partitionId, type, records);
        if (result.errorCode !== ErrorCode.ElectionNotNeeded) partitionResult.push(result);
      }
      response.push({ topic: name, partitionResult });
    }
  } else {
    for (const t of request.topicPartitions) {
      response.push({
        topic: t.topic,
        partitionResult: t.partitions.map((p) => electLeader(image, t.topic, p, type, records)),
      });
    }
  }
  return { records, response };
}

/** One partition's election (Kafka's ReplicationControlManager.electLeader), its record added to `records`. */
function electLeader(
  image: MetadataImage,
  topicName: string,
  partitionId: number,
  type: number,
  records: MetadataRecord[],
): PartitionResult {
  const answer = (errorCode: ErrorCode, errorMessage: string | null = null) => ({
    partitionId,
    errorCode,
    errorMessage,
  });
  const topic = image.topic(topicName);
  if (!topic) return answer(ErrorCode.UnknownTopicOrPartition, `No such topic as ${topicName}`);
  const partition = topic.partitions.get(partitionId);
  if (!partition) {
    return answer(ErrorCode.UnknownTopicOrPartition, `No such partition as ${topicName}-${partitionId}`);
  }
  const preferred = type === ElectionType.Preferred;
  if (preferred ? hasPreferredLeader(partition) : partition.leader !== NO_LEADER) {
    return answer(ErrorCode.ElectionNotNeeded, 'Leader election not needed for topic partition.');
  }
  const record = buildPartitionChange(topic.id, partitionId, partition, {
    canLead: (b) => canLead(image, b),
    uncleanLeaderElection: false,
    election: preferred ? 'preferred' : 'unclean',
    ...elrTarget(image, topicName),
  });
  if (!record) {
    return preferred
      ? answer(ErrorCode.PreferredLeaderNotAvailable, 'The preferred leader was not available.')
      : answer(ErrorCode.EligibleLeadersNotAvailable, 'Eligible topic partition leaders are not available.');
  }
  records.push({ type: 'PartitionChangeRecord', version: 2, value: record });
  return answer(ErrorCode.None);
}

/**
 * The automatic leader rebalance (Kafka's maybeBalancePartitionLeaders): a preferred election for each
 * partition whose first replica does not lead, where that replica is in the ISR and usable; at most `max`.
 */
export function balancePartitionLeaders(image: MetadataImage, max = MAX_ELECTIONS_PER_IMBALANCE): MetadataRecord[] {
  const records: MetadataRecord[] = [];
  for (const topic of image.topicsById.values()) {
    for (const [partitionId, partition] of topic.partitions) {
      if (records.length >= max) return records;
      if (hasPreferredLeader(partition)) continue;
      const record = buildPartitionChange(topic.id, partitionId, partition, {
        canLead: (b) => canLead(image, b),
        uncleanLeaderElection: false,
        election: 'preferred',
        ...elrTarget(image, topic.name),
      });
      if (record) records.push({ type: 'PartitionChangeRecord', version: 2, value: record });
    }
  }
  return records;
}
