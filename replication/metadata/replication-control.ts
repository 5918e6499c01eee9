/**
 * Topics and partitions on the controller (Kafka's ReplicationControlManager): the records CreateTopics,
 * CreatePartitions, DeleteTopics and AlterPartition write, and the leader and ISR changes a broker's fencing
 * or controlled shutdown causes. Pure: each function reads the controller's image and returns the records to
 * append with the answer; the controller appends them as one batch and answers once they are committed.
 */
import { ErrorCode } from '../../protocol/error-codes';
import type {
  CreatePartitionsRequest,
  CreatePartitionsResponseCreatePartitionsTopicResult,
} from '../../protocol/generated/create-partitions';
import type {
  CreateTopicsRequest,
  CreateTopicsResponseCreatableTopicResult,
} from '../../protocol/generated/create-topics';
import type { DeleteTopicsResponseDeletableTopicResult } from '../../protocol/generated/delete-topics';
import { defaultPartitionRecord } from '../../protocol/generated/metadata-records';
import type { MetadataRecord } from '../../protocol/metadata-record';
import { topicNameProblem } from '../../protocol/topic-names';
import type { AlterPartitionRequest, AlterPartitionResult } from '../alter-partition';
import { errorCodeFrom, PartitionError } from '../errors';
import { ConfigResourceType, type MetadataImage, NO_LEADER, type PartitionRegistration } from './image';
import { buildPartitionChange } from './partition-change';
import { placeReplicas } from './placement';
import { checkManualAssignment } from './reassignment-checks';

export interface ReplicationDefaults {
  /** num.partitions */
  numPartitions: number;
  /** default.replication.factor */
  defaultReplicationFactor: number;
  /** unclean.leader.election.enable (a topic's own config wins) */
  uncleanLeaderElection: boolean;
  newTopicId(): string;
  random?: () => number;
}

export interface Generated<T> {
  records: MetadataRecord[];
  response: T;
}

/** A broker that may lead or join an ISR: registered, unfenced and not shutting down. */
export function canLead(image: MetadataImage, brokerId: number): boolean {
  const b = image.brokers.get(brokerId);
  return b !== undefined && !b.fenced && !b.inControlledShutdown;
}

/** Kafka's default min.insync.replicas, when neither the topic nor the cluster config sets it. */
const DEFAULT_MIN_INSYNC_REPLICAS = 1;

/**
 * What a partition change needs for eligible leader replicas (KIP-966): whether the cluster keeps them and the
 * topic's effective min.insync.replicas (Kafka's getTopicEffectiveMinIsr: the topic's config, else the
 * cluster-level config the controller records, never more than the replication factor).
 */
export function elrTarget(image: MetadataImage, topic: string): { elrEnabled: boolean; minIsr: number } {
  const configured =
    image.topicConfig(topic).get('min.insync.replicas') ?? image.clusterConfig().get('min.insync.replicas');
  const parsed = configured === undefined ? Number.NaN : Number.parseInt(configured, 10);
  const minIsr = Number.isFinite(parsed) ? parsed : DEFAULT_MIN_INSYNC_REPLICAS;
  const replicationFactor = image.topic(topic)?.partitions.get(0)?.replicas.length ?? minIsr;
  return { elrEnabled: image.elrEnabled, minIsr: Math.min(minIsr, replicationFactor) };
}

function uncleanFor(image: MetadataImage, topic: string, defaults: ReplicationDefaults): boolean {
  const value = image.topicConfig(topic).get('unclean.leader.election.enable');
  return value === undefined ? defaults.uncleanLeaderElection : value === 'true';
}

function usableBrokers(image: MetadataImage) {
  return [...image.brokers.values()].filter((b) => canLead(image, b.id)).map((b) => ({ id: b.id, rack: b.rack }));
}

/** The first partition state of new replicas: the usable ones in sync, the first usable one leading. */
function newPartition(image: MetadataImage, replicas: number[], partition: number): PartitionRegistration {
  const isr = replicas.filter((r) => canLead(image, r));
  if (isr.length === 0) {
    throw new PartitionError(
      ErrorCode.InvalidReplicaAssignment,
      `All brokers specified in the manual partition assignment for partition ${partition} are fenced or in controlled shutdown.`,
    );
  }
  return {
    replicas,
    isr,
    leader: isr[0]!,
    leaderEpoch: 0,
    partitionEpoch: 0,
    leaderRecoveryState: 0,
    addingReplicas: [],
    removingReplicas: [],
    elr: [],
    lastKnownElr: [],
  };
}

/** The PartitionRecord of a partition's whole registration (a new partition, or one in a snapshot). */
export function partitionRecord(topicId: string, partition: number, state: PartitionRegistration): MetadataRecord {
  const value = defaultPartitionRecord();
  value.partitionId = partition;
  value.topicId = topicId;
  value.replicas = state.replicas;
  value.isr = state.isr;
  value.leader = state.leader;
  value.leaderEpoch = state.leaderEpoch;
  value.partitionEpoch = state.partitionEpoch;
  value.leaderRecoveryState = state.leaderRecoveryState;
  value.directories = state.replicas.map(() => 'AAAAAAAAAAAAAAAAAAAAAA'); // Kafka's DirectoryId.UNASSIGNED
  value.eligibleLeaderReplicas = [...state.elr];
  value.lastKnownElr = [...state.lastKnownElr];
  return { type: 'PartitionRecord', version: 2, value };
}

/** CreateTopics (Kafka's ReplicationControlManager.createTopics): per topic records or an error. */
export function createTopics(
  image: MetadataImage,
  request: CreateTopicsRequest,
  defaults: ReplicationDefaults,
): Generated<CreateTopicsResponseCreatableTopicResult[]> {
  const records: MetadataRecord[] = [];
  const seen = new Set<string>();
  const response = request.topics.map((t): CreateTopicsResponseCreatableTopicResult => {
    const result: CreateTopicsResponseCreatableTopicResult = {
      name: t.name,
      topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
      errorCode: ErrorCode.None,
      errorMessage: null,
      topicConfigErrorCode: ErrorCode.None,
      numPartitions: -1,
      replicationFactor: -1,
      configs: null,
    };
    try {
      if (seen.has(t.name)) throw new PartitionError(ErrorCode.InvalidRequest, 'Duplicate topic name.');
      seen.add(t.name);
      const problem = topicNameProblem(t.name);
      if (problem) throw new PartitionError(ErrorCode.InvalidTopicException, problem);
      if (image.topicIdsByName.has(t.name)) {
        throw new PartitionError(ErrorCode.TopicAlreadyExists, `Topic '${t.name}' already exists.`);
      }
      let assignments: number[][];
      if (t.assignments.length > 0) {
        if (t.numPartitions !== -1) {
          throw new PartitionError(
            ErrorCode.InvalidRequest,
            'A manual partition assignment was specified, but numPartitions was not set to -1.',
          );
        }
        if (t.replicationFactor !== -1) {
          throw new PartitionError(
            ErrorCode.InvalidRequest,
            'A manual partition assignment was specified, but replication factor was not set to -1.',
          );
        }
        const sorted = [...t.assignments].sort((a, b) => a.partitionIndex - b.partitionIndex);
        sorted.forEach((a, i) => {
          if (a.partitionIndex !== i) {
            throw new PartitionError(
              ErrorCode.InvalidReplicaAssignment,
              `Partitions should be numbered 0 to ${sorted.length - 1}.`,
            );
          }
          checkManualAssignment(image, a.brokerIds, i);
        });
        assignments = sorted.map((a) => [...a.brokerIds]);
      } else {
        const count = t.numPartitions === -1 ? defaults.numPartitions : t.numPartitions;
        const factor = t.replicationFactor === -1 ? defaults.defaultReplicationFactor : t.replicationFactor;
        if (count <= 0)
          throw new PartitionError(
            ErrorCode.InvalidPartitions,
            'Number of partitions was set to an invalid non-positive value.',
          );
        assignments = placeReplicas(usableBrokers(image), count, factor, defaults.random);
      }
      const states = assignments.map((replicas, p) => newPartition(image, replicas, p));
      result.numPartitions = assignments.length;
      result.replicationFactor = assignments[0]!.length;
      if (request.validateOnly) return result;
      const topicId = defaults.newTopicId();
      result.topicId = topicId;
      records.push({ type: 'TopicRecord', version: 0, value: { name: t.name, topicId } });
      for (const c of t.configs) {
        if (c.value === null) continue;
        records.push({
          type: 'ConfigRecord',
          version: 0,
          value: { resourceType: ConfigResourceType.Topic, resourceName: t.name, name: c.name, value: c.value },
        });
      }
      for (const [p, s] of states.entries()) records.push(partitionRecord(topicId, p, s));
    } catch (error) {
      result.errorCode = errorCodeFrom(error);
      result.errorMessage = (error as Error).message;
    }
    return result;
  });
  return { records, response };
}

/** CreatePartitions: new partitions placed like a new topic's (or as assigned). */
export function createPartitions(
  image: MetadataImage,
  request: CreatePartitionsRequest,
  defaults: ReplicationDefaults,
): Generated<CreatePartitionsResponseCreatePartitionsTopicResult[]> {
  const records: MetadataRecord[] = [];
  const response = request.topics.map((t) => {
    try {
      const topic = image.topic(t.name);
      if (!topic) throw new PartitionError(ErrorCode.UnknownTopicOrPartition, `Topic ${t.name} does not exist.`);
      const current = topic.partitions.size;
      if (t.count < current) {
        throw new PartitionError(
          ErrorCode.InvalidPartitions,
          `The topic ${t.name} currently has ${current} partition(s); ${t.count} would not be an increase.`,
        );
      }
      if (t.count === current) {
        throw new PartitionError(ErrorCode.InvalidPartitions, `Topic already has ${current} partition(s).`);
      }
      const added = t.count - current;
      let assignments: number[][];
      if (t.assignments) {
        if (t.assignments.length !== added) {
          throw new PartitionError(
            ErrorCode.InvalidReplicaAssignment,
            `Attempted to add ${added} additional partition(s), but only ${t.assignments.length} assignment(s) were specified.`,
          );
        }
        assignments = t.assignments.map((a, i) => {
          checkManualAssignment(image, a.brokerIds, current + i);
          return [...a.brokerIds];
        });
      } else {
        const factor = topic.partitions.get(0)?.replicas.length ?? defaults.defaultReplicationFactor;
        assignments = placeReplicas(usableBrokers(image), added, factor, defaults.random);
      }
      const states = assignments.map((replicas, i) => newPartition(image, replicas, current + i));
      if (!request.validateOnly) {
        for (const [i, s] of states.entries()) records.push(partitionRecord(topic.id, current + i, s));
      }
      return { name: t.name, errorCode: ErrorCode.None, errorMessage: null };
    } catch (error) {
      return { name: t.name, errorCode: errorCodeFrom(error), errorMessage: (error as Error).message };
    }
  });
  return { records, response };
}

/** DeleteTopics by name (v0-5) or by id (v6+): one RemoveTopicRecord each. */
export function deleteTopics(
  image: MetadataImage,
  topics: { name: string | null; topicId: string }[],
): Generated<DeleteTopicsResponseDeletableTopicResult[]> {
  const records: MetadataRecord[] = [];
  const removed = new Set<string>();
  const response = topics.map((t) => {
    const byName = t.name !== null;
    const id = byName ? image.topicIdsByName.get(t.name!) : t.topicId;
    const topic = id === undefined ? undefined : image.topicsById.get(id);
    if (!topic) {
      return {
        name: t.name,
        topicId: t.topicId,
        errorCode: byName ? ErrorCode.UnknownTopicOrPartition : ErrorCode.UnknownTopicId,
        errorMessage: byName
          ? 'This server does not host this topic-partition.'
          : 'This server does not host this topic ID.',
      };
    }
    if (!removed.has(topic.id)) records.push({ type: 'RemoveTopicRecord', version: 0, value: { topicId: topic.id } });
    removed.add(topic.id);
    return { name: topic.name, topicId: topic.id, errorCode: ErrorCode.None, errorMessage: null };
  });
  return { records, response };
}

/**
 * A resource's dynamic configs replaced by `configs` (Kafka's ConfigurationControlManager after a broker forwarded
 * AlterConfigs / IncrementalAlterConfigs): a topic's overrides, or the cluster's dynamic broker defaults (the
 * BROKER resource named ''). A ConfigRecord per value set or changed, one with a null value per value removed.
 * The values were checked by the broker that took the request.
 */
export function alterConfigs(
  image: MetadataImage,
  resourceType: (typeof ConfigResourceType)[keyof typeof ConfigResourceType],
  resourceName: string,
  configs: Readonly<Record<string, string>>,
): Generated<{ errorCode: ErrorCode; errorMessage: string | null }> {
  const records: MetadataRecord[] = [];
  if (resourceType === ConfigResourceType.Topic && !image.topic(resourceName)) {
    const errorMessage = `Topic ${resourceName} does not exist.`;
    return { records, response: { errorCode: ErrorCode.UnknownTopicOrPartition, errorMessage } };
  }
  const current = image.configs.get(`${resourceType}:${resourceName}`) ?? new Map<string, string>();
  const record = (name: string, value: string | null): MetadataRecord => ({
    type: 'ConfigRecord',
    version: 0,
    value: { resourceType, resourceName, name, value },
  });
  for (const [name, value] of Object.entries(configs)) {
    if (current.get(name) !== value) records.push(record(name, value));
  }
  for (const name of current.keys()) if (!(name in configs)) records.push(record(name, null));
  return { records, response: { errorCode: ErrorCode.None, errorMessage: null } };
}

/** AlterPartition from a partition leader (KIP-497), Kafka's checks in its order. */
export function alterPartition(
  image: MetadataImage,
  request: AlterPartitionRequest,
  defaults: ReplicationDefaults,
): Generated<AlterPartitionResult> {
  const topic = image.topic(request.topic);
  const partition = topic?.partitions.get(request.partition);
  const refuse = (errorCode: Exclude<ErrorCode, ErrorCode.None>) => ({ records: [], response: { errorCode } });
  if (!topic || !partition) return refuse(ErrorCode.UnknownTopicOrPartition);
  if (request.leaderId !== partition.leader) return refuse(ErrorCode.InvalidRequest);
  if (request.leaderEpoch !== partition.leaderEpoch) return refuse(ErrorCode.FencedLeaderEpoch);
  if (request.partitionEpoch !== partition.partitionEpoch) return refuse(ErrorCode.InvalidUpdateVersion);
  if (!request.newIsr.includes(partition.leader) || request.newIsr.some((r) => !partition.replicas.includes(r))) {
    return refuse(ErrorCode.InvalidRequest);
  }
  // Only a broker that may serve can join the ISR (Kafka: INELIGIBLE_REPLICA for fenced / shutting down ones).
  if (request.newIsr.some((r) => !partition.isr.includes(r) && !canLead(image, r))) {
    return refuse(ErrorCode.IneligibleReplica);
  }
  const record = buildPartitionChange(topic.id, request.partition, partition, {
    isr: request.newIsr,
    canLead: (b) => canLead(image, b) || b === partition.leader,
    uncleanLeaderElection: uncleanFor(image, topic.name, defaults),
    ...elrTarget(image, topic.name),
  });
  if (!record) {
    const { leaderEpoch, partitionEpoch, isr } = partition;
    return { records: [], response: { errorCode: ErrorCode.None, leaderEpoch, partitionEpoch, isr } };
  }
  return {
    records: [{ type: 'PartitionChangeRecord', version: 2, value: record }],
    // What replaying the record gives (the ISR moves, the leader stays): the partition epoch one more.
    response: {
      errorCode: ErrorCode.None,
      leaderEpoch: partition.leaderEpoch,
      partitionEpoch: partition.partitionEpoch + 1,
      isr: record.isr ?? partition.isr,
    },
  };
}

/**
 * Leader and ISR changes after brokers' states changed: `leaving` brokers (fenced, shutting down) leave every
 * ISR and give up leadership; leaderless partitions elect one of `canLead` (a broker just unfenced). A broker
 * in `uncleanShutdown` (it registered again without having shut down cleanly, Kafka's
 * handleBrokerUncleanShutdown) also leaves every ELR: its log may lack records it had acknowledged.
 */
export function electAfterBrokerChange(
  image: MetadataImage,
  leaving: ReadonlySet<number>,
  defaults: ReplicationDefaults,
  uncleanShutdown: ReadonlySet<number> = new Set(),
): MetadataRecord[] {
  const records: MetadataRecord[] = [];
  const gone = (b: number) => leaving.has(b) || uncleanShutdown.has(b);
  const eligible = (b: number) => !gone(b) && canLead(image, b);
  for (const topic of image.topicsById.values()) {
    for (const [index, partition] of topic.partitions) {
      const touched =
        partition.isr.some(gone) || partition.elr.some((r) => uncleanShutdown.has(r)) || partition.leader === NO_LEADER;
      if (!touched) continue;
      const record = buildPartitionChange(topic.id, index, partition, {
        isr: partition.isr.filter((r) => !gone(r)),
        canLead: eligible,
        uncleanLeaderElection: uncleanFor(image, topic.name, defaults),
        uncleanShutdown: [...uncleanShutdown],
        ...elrTarget(image, topic.name),
      });
      if (record) records.push({ type: 'PartitionChangeRecord', version: 2, value: record });
    }
  }
  return records;
}
