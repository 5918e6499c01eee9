/**
 * A streams group's topology (KIP-1071) and how the coordinator configures it against the topics that exist, after
 * Kafka 4.4's InternalTopicManager.configureTopics (with RepartitionTopics, CopartitionedTopicsEnforcer and
 * ChangelogTopics): the partition count of every internal topic (a repartition topic takes the largest input of the
 * subtopologies writing to it unless the topology fixes it, copartitioned topics must match, a changelog has one
 * partition per task), the number of tasks of each subtopology (its largest source topic), and what stops the group
 * from being assigned: missing source topics, internal topics still to be created, topics partitioned differently
 * than they must be. A topology Kafka would refuse as invalid throws STREAMS_INVALID_TOPOLOGY with Kafka's words.
 */
import { ErrorCode, KafkaError } from '../errors';

export interface StreamsTopicInfo {
  name: string;
  /** 0: decided by the coordinator */
  partitions: number;
  /** 0: the broker's default */
  replicationFactor: number;
  topicConfigs: { key: string; value: string }[];
}

export interface StreamsSubtopology {
  subtopologyId: string;
  sourceTopics: string[];
  stateChangelogTopics: StreamsTopicInfo[];
  repartitionSinkTopics: string[];
  repartitionSourceTopics: StreamsTopicInfo[];
  /** Indexes into sourceTopics and repartitionSourceTopics. */
  copartitionGroups: { sourceTopics: number[]; repartitionSourceTopics: number[] }[];
}

export interface StreamsTopology {
  epoch: number;
  /** Sorted by subtopology id. */
  subtopologies: StreamsSubtopology[];
}

/** StreamsGroupHeartbeatResponse.Status codes. */
export const StreamsStatus = {
  STALE_TOPOLOGY: 0,
  MISSING_SOURCE_TOPICS: 1,
  INCORRECTLY_PARTITIONED_TOPICS: 2,
  MISSING_INTERNAL_TOPICS: 3,
  SHUTDOWN_APPLICATION: 4,
  ASSIGNMENT_DELAYED: 5,
  MISSING_CLIENT_TAGS: 6,
} as const;

export interface StreamsStatusEntry {
  statusCode: number;
  statusDetail: string;
}

export interface ConfiguredSubtopology {
  numberOfTasks: number;
  sourceTopics: string[];
  /** Repartition source topic -> partitions. */
  repartitionSourceTopics: Map<string, number>;
  /** Has state (changelog topics): gets standby replicas. */
  stateful: boolean;
}

/** An internal topic the broker creates for the group (Kafka's CreatableTopic of the heartbeat result). */
export interface InternalTopicToCreate {
  name: string;
  partitions: number;
  /** -1: the broker's default */
  replicationFactor: number;
  configs: Record<string, string>;
}

export interface ConfiguredTopology {
  epoch: number;
  /** null when the topic configuration failed (missing source topics, incorrectly partitioned topics). */
  subtopologies: Map<string, ConfiguredSubtopology> | null;
  internalTopicsToCreate: InternalTopicToCreate[];
  /** Why the topology is not ready; null when it is. */
  status: StreamsStatusEntry | null;
}

export function isReady(configured: ConfiguredTopology): boolean {
  return configured.status === null && configured.subtopologies !== null;
}

/**
 * Every topic a topology names, in Kafka's order (sources, repartition sinks and sources, changelogs): what a client
 * must be allowed to DESCRIBE to join or to see the group.
 */
export function namedTopics(
  subtopologies: readonly {
    sourceTopics: readonly string[];
    repartitionSinkTopics: readonly string[];
    repartitionSourceTopics: readonly { name: string }[];
    stateChangelogTopics: readonly { name: string }[];
  }[],
): string[] {
  const names = new Set<string>();
  for (const s of subtopologies) {
    for (const n of s.sourceTopics) names.add(n);
    for (const n of s.repartitionSinkTopics) names.add(n);
    for (const n of s.repartitionSourceTopics) names.add(n.name);
    for (const n of s.stateChangelogTopics) names.add(n.name);
  }
  return [...names];
}

/** Every topic the topology reads or writes and the coordinator watches: sources, repartition and changelog topics. */
export function requiredTopics(topology: StreamsTopology): Set<string> {
  const names = new Set<string>();
  for (const s of topology.subtopologies) {
    for (const t of s.sourceTopics) names.add(t);
    for (const t of s.repartitionSourceTopics) names.add(t.name);
    for (const t of s.stateChangelogTopics) names.add(t.name);
  }
  return names;
}

/** Source topic (external or repartition) -> the subtopology reading it (Kafka's StreamsTopology.sourceTopicMap). */
export function sourceTopicMap(topology: StreamsTopology): Map<string, StreamsSubtopology> {
  const map = new Map<string, StreamsSubtopology>();
  for (const s of topology.subtopologies) {
    for (const t of s.sourceTopics) map.set(t, s);
    for (const t of s.repartitionSourceTopics) map.set(t.name, s);
  }
  return map;
}

/** Kafka's summarizeTopics: the first three names, then a count. */
function summarizeTopics(topics: Iterable<string>): string {
  const all = [...topics];
  if (all.length === 0) return '<none>';
  const shown = all.slice(0, 3).join(', ');
  return all.length > 3 ? `${shown} and ${all.length - 3} additional topics` : shown;
}

class TopicConfigurationError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

function invalidTopology(message: string): KafkaError {
  return new KafkaError(ErrorCode.StreamsInvalidTopology, message);
}

/**
 * Configures `topology` against the topics `partitionsOf` knows (undefined: the topic does not exist). Throws
 * KafkaError(STREAMS_INVALID_TOPOLOGY) for a topology whose internal topics cannot be sized.
 */
export function configureTopology(
  topology: StreamsTopology,
  partitionsOf: (topic: string) => number | undefined,
): ConfiguredTopology {
  try {
    const missing = new Set<string>();
    for (const s of topology.subtopologies)
      for (const t of s.sourceTopics) if (partitionsOf(t) === undefined) missing.add(t);
    if (missing.size > 0) {
      throw new TopicConfigurationError(
        StreamsStatus.MISSING_SOURCE_TOPICS,
        `Source topics ${summarizeTopics([...missing].sort())} are missing.`,
      );
    }
    const decided = decidePartitionCounts(topology, partitionsOf);
    const count = (topic: string) => partitionsOf(topic) ?? decided.get(topic);
    const subtopologies = new Map<string, ConfiguredSubtopology>();
    const toCreate = new Map<string, InternalTopicToCreate>();
    const internal = (info: StreamsTopicInfo): InternalTopicToCreate => {
      const partitions = info.partitions !== 0 ? info.partitions : decided.get(info.name);
      if (partitions === undefined) throw new Error(`Number of partitions must be set for topic ${info.name}`);
      return {
        name: info.name,
        partitions,
        replicationFactor: info.replicationFactor !== 0 ? info.replicationFactor : -1,
        configs: Object.fromEntries(info.topicConfigs.map((c) => [c.key, c.value])),
      };
    };
    for (const s of [...topology.subtopologies].sort((a, b) => (a.subtopologyId < b.subtopologyId ? -1 : 1))) {
      const inputs = [...s.sourceTopics, ...s.repartitionSourceTopics.map((t) => t.name)];
      let numberOfTasks = 0;
      for (const t of inputs) {
        const n = count(t);
        if (n === undefined) throw new Error(`Number of partitions must be set for topic ${t}`);
        numberOfTasks = Math.max(numberOfTasks, n);
      }
      const repartitionSourceTopics = new Map<string, number>();
      for (const t of s.repartitionSourceTopics) {
        const created = internal(t);
        repartitionSourceTopics.set(t.name, created.partitions);
        toCreate.set(t.name, created);
      }
      for (const t of s.stateChangelogTopics) toCreate.set(t.name, internal(t));
      subtopologies.set(s.subtopologyId, {
        numberOfTasks,
        sourceTopics: [...s.sourceTopics],
        repartitionSourceTopics,
        stateful: s.stateChangelogTopics.length > 0,
      });
    }
    // Internal topics that exist already must have the partitions decided; those that do not are to be created.
    for (const topic of requiredTopics(topology)) {
      const existing = partitionsOf(topic);
      if (existing === undefined) continue;
      const expected = toCreate.get(topic);
      toCreate.delete(topic);
      if (expected && existing !== expected.partitions) {
        throw new TopicConfigurationError(
          StreamsStatus.INCORRECTLY_PARTITIONED_TOPICS,
          `Existing topic ${topic} has different number of partitions: expected ${expected.partitions}, found ${existing}`,
        );
      }
    }
    const internalTopicsToCreate = [...toCreate.values()];
    return {
      epoch: topology.epoch,
      subtopologies,
      internalTopicsToCreate,
      status:
        internalTopicsToCreate.length > 0
          ? {
              statusCode: StreamsStatus.MISSING_INTERNAL_TOPICS,
              statusDetail: `Internal topics are missing: ${summarizeTopics(toCreate.keys())}`,
            }
          : null,
    };
  } catch (error) {
    if (!(error instanceof TopicConfigurationError)) throw error;
    return {
      epoch: topology.epoch,
      subtopologies: null,
      internalTopicsToCreate: [],
      status: { statusCode: error.statusCode, statusDetail: error.message },
    };
  }
}

/** Partition counts of the internal topics: repartition topics, then copartitioning, then changelogs. */
function decidePartitionCounts(
  topology: StreamsTopology,
  partitionsOf: (topic: string) => number | undefined,
): Map<string, number> {
  const decided = new Map<string, number>();
  const count = (topic: string) => partitionsOf(topic) ?? decided.get(topic);
  for (const [name, n] of repartitionPartitionCounts(topology, count)) decided.set(name, n);
  const fixed = new Set<string>();
  const flexible = new Set<string>();
  for (const s of topology.subtopologies) {
    for (const t of s.repartitionSourceTopics) (t.partitions !== 0 ? fixed : flexible).add(t.name);
  }
  for (const s of topology.subtopologies) {
    for (const group of s.copartitionGroups) {
      const topics = new Set([
        ...group.sourceTopics.map((i) => s.sourceTopics[i]!),
        ...group.repartitionSourceTopics.map((i) => s.repartitionSourceTopics[i]!.name),
      ]);
      for (const [name, n] of enforceCopartitioning(topics, fixed, flexible, count)) decided.set(name, n);
    }
  }
  // ChangelogTopics: one partition per task of the subtopology.
  for (const s of topology.subtopologies) {
    const inputs = [...s.sourceTopics, ...s.repartitionSourceTopics.map((t) => t.name)];
    if (inputs.length === 0) throw invalidTopology(`No source topics found for subtopology ${s.subtopologyId}`);
    let max = 0;
    for (const t of inputs) {
      const n = count(t);
      if (n === undefined) throw new Error(`No partition count for source topic ${t}`);
      max = Math.max(max, n);
    }
    for (const t of s.stateChangelogTopics) decided.set(t.name, max);
  }
  return decided;
}

/** RepartitionTopics.setup: a repartition topic without a fixed count takes the largest input of its writer. */
function repartitionPartitionCounts(
  topology: StreamsTopology,
  count: (topic: string) => number | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of topology.subtopologies) {
    for (const t of s.repartitionSourceTopics) if (t.partitions !== 0) counts.set(t.name, t.partitions);
  }
  for (;;) {
    let needed = false;
    let progress = false;
    for (const s of topology.subtopologies) {
      for (const sink of s.repartitionSinkTopics) {
        if (counts.has(sink)) continue;
        let n: number | undefined;
        for (const t of s.repartitionSourceTopics) {
          const c = counts.get(t.name);
          if (c !== undefined && (n === undefined || c > n)) n = c;
        }
        for (const t of s.sourceTopics) {
          const c = count(t);
          if (c !== undefined && (n === undefined || c > n)) n = c;
        }
        if (n === undefined) needed = true;
        else {
          counts.set(sink, n);
          progress = true;
        }
      }
    }
    if (!needed) break;
    if (!progress) {
      throw invalidTopology(
        'Failed to compute number of partitions for all repartition topics. There may be loops in the topology that cannot be resolved.',
      );
    }
  }
  for (const s of topology.subtopologies) {
    if (s.repartitionSourceTopics.some((t) => !counts.has(t.name))) {
      throw invalidTopology(
        'Failed to compute number of partitions for all repartition topics, because a repartition source topic is never used as a sink topic.',
      );
    }
  }
  return counts;
}

/** CopartitionedTopicsEnforcer.enforce: the partition count the repartition topics of a copartition group take. */
function enforceCopartitioning(
  topics: Set<string>,
  fixed: Set<string>,
  flexible: Set<string>,
  count: (topic: string) => number | undefined,
): Map<string, number> {
  const out = new Map<string, number>();
  if (topics.size === 0) return out;
  const countOf = (topic: string) => {
    const n = count(topic);
    if (n === undefined) throw new Error(`Number of partitions is not set for topic: ${topic}`);
    return n;
  };
  const repartition = new Map<string, number>();
  const others = new Map<string, number>();
  for (const t of topics) (fixed.has(t) || flexible.has(t) ? repartition : others).set(t, countOf(t));
  const sorted = (m: Map<string, number>) =>
    `{${[...m]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}}`;
  let target: number;
  if (repartition.size === topics.size) {
    if (fixed.size > 0) {
      const [first] = fixed;
      target = countOf(first!);
      for (const t of fixed) {
        if (countOf(t) !== target) {
          throw new TopicConfigurationError(
            StreamsStatus.INCORRECTLY_PARTITIONED_TOPICS,
            `Following topics do not have the same number of partitions: [${sorted(repartition)}]`,
          );
        }
      }
    } else {
      target = Math.max(0, ...repartition.values());
      if (target === 0) {
        throw invalidTopology(
          `All topics in the copartition group had undefined partition number: [${[...repartition.keys()].join(', ')}]`,
        );
      }
    }
  } else {
    target = others.values().next().value!;
    for (const n of others.values()) {
      if (n !== target) {
        throw new TopicConfigurationError(
          StreamsStatus.INCORRECTLY_PARTITIONED_TOPICS,
          `Following topics do not have the same number of partitions: [${sorted(others)}]`,
        );
      }
    }
  }
  for (const [name, n] of repartition) {
    out.set(name, target);
    if (fixed.has(name) && n !== target) {
      throw new TopicConfigurationError(
        StreamsStatus.INCORRECTLY_PARTITIONED_TOPICS,
        `Number of partitions [${n}] of repartition topic [${name}] doesn't match number of partitions [${target}] of the source topic.`,
      );
    }
  }
  return out;
}
