/**
 * In-memory topics with synchronous delivery: `produce` appends and hands each record to every subscriber
 * before it returns, so a chain of queries processes an input depth-first, as Kafka Streams' test driver does.
 */
import { defaultPartition } from '../../../protocol/murmur2';
import type { InRecord, OutRecord, Subscription, SubscribeOptions, TopicDriver, TopicSpec } from './driver';

interface MemoryTopic {
  spec: TopicSpec;
  partitions: InRecord[][];
  roundRobin: number;
}

interface Subscriber {
  group: string;
  topics: Set<string>;
  handler: (records: InRecord[]) => void | Promise<void>;
  closed: boolean;
}

export class MemoryDriver implements TopicDriver {
  private readonly topics = new Map<string, MemoryTopic>();
  private readonly subscribers: Subscriber[] = [];
  /** Committed positions per consumer group: `topic/partition` -> next offset (auto-commit after delivery). */
  private readonly groups = new Map<string, Map<string, number>>();
  /** Auto-create topics on produce (like a broker with auto.create.topics.enable). */
  autoCreatePartitions = 1;
  now: () => number = () => Date.now();

  async createTopic(name: string, spec: TopicSpec): Promise<void> {
    this.createTopicSync(name, spec);
  }

  createTopicSync(name: string, spec: TopicSpec): void {
    if (this.topics.has(name)) return;
    this.topics.set(name, {
      spec,
      partitions: Array.from({ length: Math.max(1, spec.partitions) }, () => []),
      roundRobin: 0,
    });
  }

  async deleteTopic(name: string): Promise<void> {
    this.topics.delete(name);
  }

  async describeTopic(name: string): Promise<{ partitions: number } | undefined> {
    const t = this.topics.get(name);
    return t ? { partitions: t.partitions.length } : undefined;
  }

  topicNames(): string[] {
    return [...this.topics.keys()];
  }

  topicSpec(name: string): TopicSpec | undefined {
    return this.topics.get(name)?.spec;
  }

  /** All records of a topic in append order across partitions. */
  records(name: string): InRecord[] {
    const t = this.topics.get(name);
    if (!t) return [];
    return t.partitions.flat().sort((a, b) => (a as InRecordSeq).seq - (b as InRecordSeq).seq);
  }

  private seq = 0;

  async produce(topic: string, records: OutRecord[]): Promise<void> {
    this.produceSync(topic, records);
  }

  produceSync(topic: string, records: OutRecord[]): void {
    if (!this.topics.has(topic)) this.createTopicSync(topic, { partitions: this.autoCreatePartitions });
    const t = this.topics.get(topic)!;
    for (const r of records) {
      const n = t.partitions.length;
      const partition = r.partition ?? (r.key && r.key.length > 0 ? defaultPartition(r.key, n) : t.roundRobin++ % n);
      const log = t.partitions[partition];
      const rec: InRecordSeq = {
        topic,
        partition,
        offset: log.length,
        key: r.key,
        value: r.value,
        timestamp: r.timestamp ?? this.now(),
        headers: r.headers ?? [],
        seq: this.seq++,
      };
      log.push(rec);
      const subs = this.subscribers;
      for (let i = 0; i < subs.length; i++) {
        const s = subs[i];
        if (!s.closed && s.topics.has(topic)) this.deliver(s, rec);
      }
    }
  }

  private deliver(s: Subscriber, rec: InRecord): void {
    const committed = this.groups.get(s.group)!;
    void s.handler([rec]);
    committed.set(`${rec.topic}/${rec.partition}`, rec.offset + 1);
  }

  async subscribe(
    topics: string[],
    options: SubscribeOptions,
    handler: (records: InRecord[]) => void | Promise<void>,
  ): Promise<Subscription> {
    const sub: Subscriber = { group: options.groupId, topics: new Set(topics), handler, closed: false };
    const known = this.groups.has(options.groupId);
    if (!known) this.groups.set(options.groupId, new Map());
    const committed = this.groups.get(options.groupId)!;
    const existing = topics
      .flatMap((t) => this.records(t))
      .sort((a, b) => (a as InRecordSeq).seq - (b as InRecordSeq).seq);
    for (const r of existing) {
      const pos = committed.get(`${r.topic}/${r.partition}`);
      const start = pos ?? ((options.offsetReset ?? 'earliest') === 'earliest' ? 0 : Number.POSITIVE_INFINITY);
      if (r.offset >= start) {
        await handler([r]);
        committed.set(`${r.topic}/${r.partition}`, r.offset + 1);
      }
    }
    for (const t of topics) {
      const topic = this.topics.get(t);
      topic?.partitions.forEach((log, p) => {
        if (!committed.has(`${t}/${p}`)) committed.set(`${t}/${p}`, log.length);
      });
    }
    this.subscribers.push(sub);
    return {
      close: async () => {
        sub.closed = true;
        const i = this.subscribers.indexOf(sub);
        if (i >= 0) this.subscribers.splice(i, 1);
      },
    };
  }

  async readAll(topic: string): Promise<InRecord[]> {
    return this.records(topic);
  }

  async close(): Promise<void> {
    for (const s of this.subscribers) s.closed = true;
    this.subscribers.length = 0;
  }
}

interface InRecordSeq extends InRecord {
  seq: number;
}
