/**
 * The SQL wing's only door to Kafka: create/delete topics, produce records, consume records. Two
 * implementations: `MemoryDriver` (in process, synchronous delivery, for tests and the QTT runner) and
 * `KafkaDriver` (kafkajs, against Brook or any Kafka cluster).
 */

export interface Header {
  key: string;
  value: Buffer | null;
}

export interface OutRecord {
  key: Buffer | null;
  value: Buffer | null;
  /** Epoch ms; the driver uses "now" when absent. */
  timestamp?: number;
  headers?: Header[];
  /** Explicit partition; otherwise Kafka's default partitioner (murmur2 of the key, round robin for null). */
  partition?: number;
}

export interface InRecord {
  topic: string;
  partition: number;
  offset: number;
  key: Buffer | null;
  value: Buffer | null;
  timestamp: number;
  headers: Header[];
}

export interface TopicSpec {
  partitions: number;
  /** cleanup.policy=compact (changelog topics). */
  compacted?: boolean;
  /** retention.ms=-1: records kept forever (the command topic). */
  keepForever?: boolean;
}

export interface SubscribeOptions {
  /** Consumer group id (one per query, so a restarted query resumes from its committed offsets). */
  groupId: string;
  /** Where a group without committed offsets starts: 'earliest' (default) or 'latest'. */
  offsetReset?: 'earliest' | 'latest';
  /**
   * Share the topics with every subscriber of the same group (a consumer group splits the partitions) and write
   * what the handler produces, with the input positions, in one transaction per batch (exactly once). The
   * handler must then be synchronous. Drivers of one process (in memory) may ignore it.
   */
  exactlyOnce?: boolean;
  /** Group session timeout (ms) of a shared subscription: how soon a dead member's partitions move. */
  sessionTimeoutMs?: number;
  /**
   * Shared subscriptions: runs before the first batch after this subscriber's partitions changed, with its
   * tasks (partition N of every input topic is task N).
   */
  onAssigned?: (tasks: number[]) => Promise<void>;
  /** Shared subscriptions: this subscriber's REST endpoint, made known to the others (pull-query routing). */
  endpoint?: string;
}

/** Who runs which tasks of a shared subscription: each member's endpoint and tasks, sorted by member id. */
export interface TaskOwners {
  members: { memberId: string; endpoint: string; tasks: number[]; self: boolean }[];
}

export interface Subscription {
  close(): Promise<void>;
  /** Shared subscriptions: the group's members and their tasks (undefined until this one joined). */
  owners?(): Promise<TaskOwners | undefined>;
}

export interface TopicDriver {
  createTopic(name: string, spec: TopicSpec): Promise<void>;
  deleteTopic(name: string): Promise<void>;
  /** Partition count, or undefined when the topic does not exist. */
  describeTopic(name: string): Promise<{ partitions: number } | undefined>;
  /** Appends records in order; resolves once they are durable per the driver's acks. */
  produce(topic: string, records: OutRecord[]): Promise<void>;
  /**
   * Delivers records of `topics` to `handler` in per-partition order. The handler may be synchronous; a
   * returned promise is awaited before the next delivery.
   */
  subscribe(
    topics: string[],
    options: SubscribeOptions,
    handler: (records: InRecord[]) => void | Promise<void>,
  ): Promise<Subscription>;
  /**
   * Reads a whole topic from the beginning up to its current end (state store restoration); `committed`: only
   * committed records (read_committed), waiting for a transaction open at the end to finish; `positions`
   * (partition -> offset): read from there instead, and left where the read stopped (a reader that catches up).
   */
  readAll(topic: string, options?: { committed?: boolean; positions?: Map<number, number> }): Promise<InRecord[]>;
  close(): Promise<void>;
}
