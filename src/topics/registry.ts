import { existsSync, readFileSync, renameSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, KafkaError } from '../errors';
import { collisionKey, INTERNAL_TOPICS, validateTopicName } from './names';
import { randomKafkaUuid } from './uuid';

/** What Brook keeps about a topic besides its partitions' logs. */
export interface TopicInfo {
  name: string;
  /** Kafka topic id, 22-character base64url. */
  topicId: string;
  partitionCount: number;
  replicationFactor: number;
  /** Topic-level overrides only (DescribeConfigs source DYNAMIC_TOPIC_CONFIG), by Kafka name. */
  configs: Record<string, string>;
  isInternal: boolean;
}

interface FileShape {
  version: 1;
  topics: TopicInfo[];
}

export const TOPICS_FILE = 'brook-topics.json';

/**
 * Topic metadata (names, ids, partition counts, config overrides), persisted as one JSON file in the first
 * data directory, replaced atomically (write, fsync, rename) on every change so a crash leaves either the old
 * or the new state. The partition logs themselves belong to storage/.
 */
export class TopicRegistry {
  private readonly byName = new Map<string, TopicInfo>();
  private readonly byId = new Map<string, TopicInfo>();
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, TOPICS_FILE);
    if (existsSync(this.path)) {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as FileShape;
      for (const topic of parsed.topics) this.index(topic);
    }
  }

  private index(topic: TopicInfo): void {
    this.byName.set(topic.name, topic);
    this.byId.set(topic.topicId, topic);
  }

  private save(): void {
    const data: FileShape = { version: 1, topics: [...this.byName.values()] };
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(data, null, 1)}\n`);
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
  }

  get(name: string): TopicInfo | undefined {
    return this.byName.get(name);
  }

  getById(topicId: string): TopicInfo | undefined {
    return this.byId.get(topicId);
  }

  all(): TopicInfo[] {
    return [...this.byName.values()];
  }

  /**
   * Checks a creation the way Kafka's controller does and returns the topic it would create; throws a
   * KafkaError with Kafka's code for each refusal. Nothing is stored (validate-only calls stop here).
   */
  plan(name: string, partitionCount: number, replicationFactor: number, configs: Record<string, string>): TopicInfo {
    validateTopicName(name);
    if (this.byName.has(name)) throw new KafkaError(ErrorCode.TopicAlreadyExists, `Topic '${name}' already exists.`);
    const key = collisionKey(name);
    for (const existing of this.byName.keys()) {
      if (collisionKey(existing) === key) {
        throw new KafkaError(
          ErrorCode.InvalidTopicException,
          `Topic '${name}' collides with existing topic: ${existing}`,
        );
      }
    }
    if (partitionCount < 1) {
      throw new KafkaError(
        ErrorCode.InvalidPartitions,
        'Number of partitions was set to an invalid non-positive value.',
      );
    }
    if (replicationFactor < 1) {
      throw new KafkaError(
        ErrorCode.InvalidReplicationFactor,
        'Replication factor must be larger than 0, or -1 to use the default value.',
      );
    }
    return {
      name,
      topicId: randomKafkaUuid(),
      partitionCount,
      replicationFactor,
      configs: { ...configs },
      isInternal: INTERNAL_TOPICS.has(name),
    };
  }

  add(topic: TopicInfo): void {
    this.index(topic);
    this.save();
  }

  remove(name: string): TopicInfo | undefined {
    const topic = this.byName.get(name);
    if (!topic) return undefined;
    this.byName.delete(name);
    this.byId.delete(topic.topicId);
    this.save();
    return topic;
  }

  setPartitionCount(name: string, count: number): void {
    const topic = this.byName.get(name);
    if (!topic) throw new KafkaError(ErrorCode.UnknownTopicOrPartition);
    topic.partitionCount = count;
    this.save();
  }

  setConfigs(name: string, configs: Record<string, string>): void {
    const topic = this.byName.get(name);
    if (!topic) throw new KafkaError(ErrorCode.UnknownTopicOrPartition);
    topic.configs = { ...configs };
    this.save();
  }
}
