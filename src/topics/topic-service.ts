import { type BrokerConfig, ConfigError, normalizeValue, TOPIC_CONFIG_BY_NAME, TOPIC_CONFIGS } from '../config';
import { ErrorCode, KafkaError } from '../errors';
import type { Logger } from '../log';
import { type Partition, ReplicaManager, type ReplicaManagerOptions } from '../../replication';
import type { PartitionLogs } from './storage-adapter';
import { checkLogConfig } from './storage-adapter';
import { INTERNAL_TOPICS, validateTopicName } from './names';
import type { TopicInfo, TopicRegistry } from './registry';
import type { KRaftNode } from '../cluster/kraft-broker';
import type { MetadataImage, PartitionRegistration } from '../../replication/metadata';
import { ConfigResourceType } from '../../replication/metadata/image';

/** How long a CreateTopics / DeleteTopics sent to the controller waits for this broker to see the result. */
export const METADATA_PROPAGATION_MS = 10_000;

export interface CreateTopicOptions {
  /** -1 = num.partitions */
  partitions: number;
  /** -1 = default.replication.factor */
  replicationFactor: number;
  configs: Record<string, string>;
  validateOnly?: boolean;
  /** CreateTopics' manual assignment (KRaft cluster): the brokers of each partition, checked by the controller. */
  assignments?: { partitionIndex: number; brokerIds: number[] }[];
}

/**
 * Topics of this broker: their metadata (TopicRegistry, persisted) and their partitions: logs opened through
 * PartitionLogs (storage/), hosted by the replica manager (replication/), which every append and read goes
 * through.
 */
export class TopicService {
  /** The partition layer: appends, reads, delayed produces and fetches. */
  readonly replicas: ReplicaManager;
  private readonly partitions = new Map<string, Partition[]>();
  /** Effective configs per topic, recomputed when a topic or broker config changes. */
  private readonly effectiveCache = new Map<string, Record<string, string>>();
  /**
   * In a KRaft cluster (process.roles with controller.quorum.voters): topics are the metadata log's, created
   * and deleted by the controller and hosted here as the log says (the internal `__consumer_offsets` and
   * `__transaction_state` too: replicated, their coordinators follow their partitions' leaders).
   */
  cluster: KRaftNode | null = null;
  /** Serializes topic mutations (create/delete/partitions/configs): one at a time, no interleaving. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly registry: TopicRegistry,
    private readonly logs: PartitionLogs,
    private readonly config: BrokerConfig,
    private readonly log: Logger,
    /** Brokers alive (replication factors above it are refused). */
    private readonly brokerCount: () => number = () => 1,
    /** A KRaft cluster's replication: the controller as AlterPartition sink, the leaders' endpoints. */
    replication: Omit<ReplicaManagerOptions, 'localBrokerId' | 'logger'> = {},
  ) {
    this.replicas = new ReplicaManager({ localBrokerId: config.nodeId, logger: log, ...replication });
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => {});
    return next;
  }

  /** Opens the logs of every known topic (start-up). */
  async load(): Promise<void> {
    if (this.cluster) {
      // The metadata log is the truth for data topics: they come back as it is replayed, with their leaders.
      for (const topic of this.registry.all()) this.registry.remove(topic.name);
    }
    // Partition folders of topics the registry does not know (a delete interrupted by a crash) go away.
    for (const { topic, partition } of this.cluster ? [] : this.logs.onDisk()) {
      const known = this.registry.get(topic);
      if (!known || partition >= known.partitionCount) {
        this.log.warn('removing partition of an unknown topic', { topic, partition });
        this.logs.remove(topic, partition);
      }
    }
    for (const topic of this.registry.all()) {
      const effective = this.effectiveConfigs(topic);
      const hosted: Partition[] = [];
      for (let p = 0; p < topic.partitionCount; p++) hosted.push(this.openPartition(topic.name, p, effective));
      this.partitions.set(topic.name, hosted);
    }
  }

  /** Opens a partition's log and hosts it in the replica manager. */
  private openPartition(topic: string, index: number, configs: Record<string, string>): Partition {
    const log = this.logs.open(topic, index, configs);
    return this.replicas.createPartition(topic, index, log, configs, { isInternal: INTERNAL_TOPICS.has(topic) });
  }

  get(name: string): TopicInfo | undefined {
    return this.registry.get(name);
  }

  getById(topicId: string): TopicInfo | undefined {
    return this.registry.getById(topicId);
  }

  all(): TopicInfo[] {
    return this.registry.all();
  }

  partition(topic: string, partition: number): Partition | undefined {
    return this.partitions.get(topic)?.[partition];
  }

  /** Cached effectiveConfigs of a topic (the produce path reads it per request). */
  configsOf(topic: TopicInfo): Record<string, string> {
    let configs = this.effectiveCache.get(topic.name);
    if (!configs) {
      configs = this.effectiveConfigs(topic);
      this.effectiveCache.set(topic.name, configs);
    }
    return configs;
  }

  /** Topic configs in force: the topic's overrides, else the broker's value for the key, else Kafka's default. */
  effectiveConfigs(topic: TopicInfo): Record<string, string> {
    const out: Record<string, string> = {};
    for (const def of TOPIC_CONFIGS) {
      const value = topic.configs[def.name] ?? this.config.topicDefault(def).value;
      if (value !== null) out[def.name] = value;
    }
    return out;
  }

  /** Validates topic-level config overrides; throws INVALID_CONFIG naming the first problem. */
  normalizeConfigs(configs: Record<string, string | null>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(configs)) {
      const def = TOPIC_CONFIG_BY_NAME.get(name);
      if (!def) throw new KafkaError(ErrorCode.InvalidConfig, `Unknown topic config name: ${name}`);
      if (value === null)
        throw new KafkaError(ErrorCode.InvalidConfig, `Null value not supported for topic configs: ${name}`);
      try {
        out[name] = normalizeValue(def, value);
      } catch (error) {
        if (error instanceof ConfigError) throw new KafkaError(ErrorCode.InvalidConfig, error.message);
        throw error;
      }
    }
    try {
      checkLogConfig(out);
    } catch (error) {
      throw new KafkaError(ErrorCode.InvalidConfig, (error as Error).message);
    }
    return out;
  }

  create(name: string, options: CreateTopicOptions): Promise<TopicInfo> {
    return this.serialize(async () => {
      // Kafka's order: the name, then existence, then counts and configs.
      validateTopicName(name);
      if (this.registry.get(name))
        throw new KafkaError(ErrorCode.TopicAlreadyExists, `Topic '${name}' already exists.`);
      const partitions = options.partitions === -1 ? this.config.number('num.partitions') : options.partitions;
      const replicationFactor =
        options.replicationFactor === -1 ? this.config.number('default.replication.factor') : options.replicationFactor;
      if (partitions === 0 || partitions < -1) {
        throw new KafkaError(
          ErrorCode.InvalidPartitions,
          'Number of partitions was set to an invalid non-positive value.',
        );
      }
      if (replicationFactor === 0 || replicationFactor < -1) {
        throw new KafkaError(
          ErrorCode.InvalidReplicationFactor,
          'Replication factor must be larger than 0, or -1 to use the default value.',
        );
      }
      const configs = this.normalizeConfigs(options.configs);
      if (this.cluster) {
        return this.createThroughController(
          name,
          partitions,
          replicationFactor,
          configs,
          options.validateOnly ?? false,
          options.assignments,
        );
      }
      const topic = this.registry.plan(name, partitions, replicationFactor, configs);
      if (replicationFactor > this.brokerCount()) {
        throw new KafkaError(
          ErrorCode.InvalidReplicationFactor,
          `Unable to replicate the partition ${replicationFactor} time(s): The target replication factor of ${replicationFactor} cannot be reached because only ${this.brokerCount()} broker(s) are registered or some brokers have all their log directories cordoned.`,
        );
      }
      if (options.validateOnly) return topic;
      const hosted: Partition[] = [];
      const effective = this.effectiveConfigs(topic);
      for (let p = 0; p < partitions; p++) hosted.push(this.openPartition(name, p, effective));
      this.partitions.set(name, hosted);
      this.registry.add(topic);
      this.log.info('created topic', { topic: name, partitions, topicId: topic.topicId });
      return topic;
    });
  }

  /** Auto-creation on Metadata/Produce (auto.create.topics.enable), with num.partitions partitions. */
  async autoCreate(name: string): Promise<TopicInfo> {
    const existing = this.registry.get(name);
    if (existing) return existing;
    try {
      return await this.create(name, { partitions: -1, replicationFactor: -1, configs: {} });
    } catch (error) {
      if (error instanceof KafkaError && error.code === ErrorCode.TopicAlreadyExists) return this.registry.get(name)!;
      throw error;
    }
  }

  delete(name: string): Promise<TopicInfo> {
    return this.serialize(async () => {
      const topic = this.registry.get(name);
      if (!topic) throw new KafkaError(ErrorCode.UnknownTopicOrPartition);
      const cluster = this.cluster;
      if (cluster && !topic.isInternal) {
        const [answer] = await cluster.deleteTopics([name]);
        if (answer && answer.errorCode !== ErrorCode.None)
          throw new KafkaError(answer.errorCode, answer.errorMessage ?? undefined);
        await cluster.waitFor(() => !this.registry.get(name), METADATA_PROPAGATION_MS, `topic ${name} deleted`);
        return topic;
      }
      this.registry.remove(name);
      this.partitions.delete(name);
      this.effectiveCache.delete(name);
      for (let p = 0; p < topic.partitionCount; p++) {
        // Parked produces and fetches on the partition complete before its log goes.
        this.replicas.removePartition(name, p);
        this.logs.remove(name, p);
      }
      this.log.info('deleted topic', { topic: name });
      return topic;
    });
  }

  createPartitions(name: string, total: number, validateOnly: boolean): Promise<TopicInfo> {
    return this.serialize(async () => {
      const topic = this.registry.get(name);
      if (!topic) throw new KafkaError(ErrorCode.UnknownTopicOrPartition, `The topic '${name}' does not exist.`);
      if (total < topic.partitionCount) {
        throw new KafkaError(
          ErrorCode.InvalidPartitions,
          `The topic ${name} currently has ${topic.partitionCount} partition(s); ${total} would not be an increase.`,
        );
      }
      if (total === topic.partitionCount) {
        throw new KafkaError(ErrorCode.InvalidPartitions, `Topic already has ${topic.partitionCount} partition(s).`);
      }
      const cluster = this.cluster;
      if (cluster && !topic.isInternal) {
        const [answer] = await cluster.createPartitions(name, total, validateOnly);
        if (answer && answer.errorCode !== ErrorCode.None) {
          throw new KafkaError(answer.errorCode, answer.errorMessage ?? undefined);
        }
        if (!validateOnly) {
          await cluster.waitFor(
            () => (this.registry.get(name)?.partitionCount ?? 0) >= total,
            METADATA_PROPAGATION_MS,
            `${total} partitions of ${name} in this broker's metadata`,
          );
        }
        return this.registry.get(name) ?? topic;
      }
      if (validateOnly) return topic;
      const hosted = this.partitions.get(name) ?? [];
      const effective = this.effectiveConfigs(topic);
      for (let p = topic.partitionCount; p < total; p++) hosted.push(this.openPartition(name, p, effective));
      this.partitions.set(name, hosted);
      this.registry.setPartitionCount(name, total);
      return topic;
    });
  }

  /** CreateTopics sent to the active controller; answers once this broker's metadata has the topic. */
  private async createThroughController(
    name: string,
    partitions: number,
    replicationFactor: number,
    configs: Record<string, string>,
    validateOnly: boolean,
    assignments: CreateTopicOptions['assignments'],
  ): Promise<TopicInfo> {
    const cluster = this.cluster!;
    const [result] = await cluster.createTopics({
      topics: [
        {
          name,
          // A manual assignment names neither count (Kafka: both -1).
          numPartitions: assignments ? -1 : partitions,
          replicationFactor: assignments ? -1 : replicationFactor,
          assignments: assignments ?? [],
          configs: Object.entries(configs).map(([n, value]) => ({ name: n, value })),
        },
      ],
      timeoutMs: METADATA_PROPAGATION_MS,
      validateOnly,
    });
    if (!result || result.errorCode !== ErrorCode.None) {
      throw new KafkaError(result?.errorCode ?? ErrorCode.UnknownServerError, result?.errorMessage ?? undefined);
    }
    if (validateOnly) {
      return {
        name,
        topicId: result.topicId,
        partitionCount: result.numPartitions,
        replicationFactor: result.replicationFactor,
        configs,
        isInternal: false,
      };
    }
    await cluster.waitFor(
      () => this.registry.get(name)?.partitionCount === result.numPartitions,
      METADATA_PROPAGATION_MS,
      `topic ${name} in this broker's metadata`,
    );
    return this.registry.get(name)!;
  }

  /** The metadata log named a topic or changed its partitions: the registry follows (KRaft cluster). */
  registerFromMetadata(name: string, image: MetadataImage): void {
    const topic = image.topic(name);
    if (!topic) return;
    const existing = this.registry.get(name);
    const partitionCount = topic.partitions.size;
    const replicationFactor = topic.partitions.get(0)?.replicas.length ?? 1;
    if (existing && existing.topicId === topic.id) {
      if (existing.partitionCount !== partitionCount) this.registry.setPartitionCount(name, partitionCount);
      return;
    }
    const configs = Object.fromEntries(image.topicConfig(name));
    this.registry.add({
      name,
      topicId: topic.id,
      partitionCount,
      replicationFactor,
      configs,
      isInternal: INTERNAL_TOPICS.has(name),
    });
  }

  /** A partition this broker is a replica of: its log opened here and hosted with the log's leadership. */
  hostFromMetadata(
    name: string,
    _topicId: string,
    index: number,
    state: PartitionRegistration,
    image: MetadataImage,
  ): void {
    this.registerFromMetadata(name, image);
    const topic = this.registry.get(name)!;
    const effective = this.effectiveConfigs(topic);
    const log = this.logs.open(name, index, effective);
    const partition = this.replicas.createPartition(name, index, log, effective, {
      isInternal: INTERNAL_TOPICS.has(name),
      state: {
        leader: state.leader,
        leaderEpoch: state.leaderEpoch,
        partitionEpoch: state.partitionEpoch,
        replicas: state.replicas,
        isr: state.isr,
      },
    });
    const hosted = this.partitions.get(name) ?? [];
    hosted[index] = partition;
    this.partitions.set(name, hosted);
  }

  /** A partition moved away from this broker or its topic was deleted: no longer hosted, its log removed. */
  removeFromMetadata(name: string, index: number): void {
    this.replicas.removePartition(name, index);
    this.logs.remove(name, index);
    const hosted = this.partitions.get(name);
    if (hosted) delete hosted[index];
  }

  /** A topic the metadata log removed. */
  forgetFromMetadata(name: string): void {
    this.registry.remove(name);
    this.partitions.delete(name);
    this.effectiveCache.delete(name);
  }

  /** A topic's config records changed. */
  configsFromMetadata(name: string, image: MetadataImage): void {
    const topic = this.registry.get(name);
    if (!topic) return;
    this.registry.setConfigs(name, Object.fromEntries(image.topicConfig(name)));
    this.effectiveCache.delete(name);
    this.applyConfigs(topic);
  }

  /** Replaces a topic's overrides (AlterConfigs semantics) or applies them (validateOnly: check only). */
  setConfigs(name: string, configs: Record<string, string>, validateOnly: boolean): Promise<void> {
    return this.serialize(async () => {
      const topic = this.registry.get(name);
      if (!topic) throw new KafkaError(ErrorCode.UnknownTopicOrPartition, `Topic ${name} does not exist.`);
      const normalized = this.normalizeConfigs(configs);
      if (validateOnly) return;
      const cluster = this.cluster;
      if (cluster && !topic.isInternal) {
        // Through the controller: every broker applies the overrides as the metadata log brings them.
        const answer = await cluster.alterConfigs(ConfigResourceType.Topic, name, normalized);
        if (answer.errorCode !== ErrorCode.None) {
          throw new KafkaError(answer.errorCode, answer.errorMessage ?? undefined);
        }
        await cluster.waitFor(
          () => sameConfigs(this.registry.get(name)?.configs ?? {}, normalized),
          METADATA_PROPAGATION_MS,
          `the configs of ${name} in this broker's metadata`,
        );
        return;
      }
      this.registry.setConfigs(name, normalized);
      this.effectiveCache.delete(name);
      this.applyConfigs(topic);
    });
  }

  /** Re-applies broker-level defaults to every log (after a dynamic broker config change). */
  refreshConfigs(): void {
    this.effectiveCache.clear();
    for (const topic of this.registry.all()) this.applyConfigs(topic);
  }

  /** A topic's effective configs to its logs (storage) and partitions (replication). */
  private applyConfigs(topic: TopicInfo): void {
    const effective = this.effectiveConfigs(topic);
    this.logs.updateConfig(topic.name, effective);
    this.replicas.updateConfig(topic.name, effective);
  }

  async close(): Promise<void> {
    // Parked fetches answer now (with what they have) and parked produces with what they waited for.
    this.replicas.shutdown();
    await this.queue.catch(() => {});
    await this.logs.close();
  }
}

function sameConfigs(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
