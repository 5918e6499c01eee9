/**
 * The TopicDriver over a real Kafka protocol client (kafkajs), so the SQL processor runs against Brook or any
 * Kafka cluster. Produces are batched per topic and flushed on the next tick (one request for the records a
 * query emits while processing one input batch). Consumption is group-less (see `subscribe`).
 */
import { type Admin, Kafka, type KafkaConfig, logLevel, type Producer } from 'kafkajs';
import type { Header, InRecord, OutRecord, Subscription, SubscribeOptions, TopicDriver, TopicSpec } from './driver';
import { type Captured, SharedSubscription } from './shared-subscription';
import { WireFetcher } from './wire-fetcher';
import { WireProducer } from './wire-producer';

export interface KafkaDriverOptions {
  brokers: string[];
  /**
   * Write path: 'kafkajs' or 'wire' (Brook's own Produce codecs). Chosen by measurement
   * (`npm run bench -- sql`, "produce path" lines); see DEFAULT_PRODUCER.
   */
  producer?: 'kafkajs' | 'wire';
  clientId?: string;
  /** Extra kafkajs settings (ssl, sasl, retry...). */
  kafka?: Partial<KafkaConfig>;
}

interface PendingBatch {
  records: OutRecord[];
  waiters: { resolve: () => void; reject: (e: unknown) => void }[];
}

function toHeaders(headers: Header[] | undefined): Record<string, Buffer | Buffer[]> | undefined {
  if (!headers || headers.length === 0) return undefined;
  const out: Record<string, Buffer[]> = {};
  for (const h of headers) {
    out[h.key] = out[h.key] ?? [];
    out[h.key].push(h.value ?? Buffer.alloc(0));
  }
  return out;
}

/** Records of several partitions in event-time order, each partition's own order kept. */
function mergeByTimestamp(records: InRecord[]): InRecord[] {
  // the common case, one partition's records: nothing to merge (and no key string per record to build)
  const first = records[0];
  if (first === undefined || records.every((r) => r.partition === first.partition && r.topic === first.topic)) {
    return records;
  }
  const queues = new Map<string, InRecord[]>();
  for (const r of records) {
    const k = `${r.topic}/${r.partition}`;
    const q = queues.get(k) ?? [];
    q.push(r);
    queues.set(k, q);
  }
  if (queues.size <= 1) return records;
  const lists = [...queues.values()];
  const out: InRecord[] = [];
  const idx = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      if (idx[i] >= lists[i].length) continue;
      if (best < 0 || lists[i][idx[i]].timestamp < lists[best][idx[best]].timestamp) best = i;
    }
    if (best < 0) return out;
    out.push(lists[best][idx[best]++]);
  }
}

/** The faster write path on the benchmark (bench/sql.bench.ts, "produce path": own codecs ~4.6x kafkajs). */
export const DEFAULT_PRODUCER: 'kafkajs' | 'wire' = 'wire';

export class KafkaDriver implements TopicDriver {
  private readonly kafka: Kafka;
  private producer?: Producer;
  private admin?: Admin;
  private readonly fetchers: WireFetcher[] = [];
  /** Metadata look-ups of the driver itself (topic leaders after a create). */
  private metadata?: WireFetcher;
  readonly brokers: string[];
  private readonly producerKind: 'kafkajs' | 'wire';
  private wireProducer?: WireProducer;
  private readonly pending = new Map<string, PendingBatch>();
  private flushScheduled = false;
  /** Writes not yet acknowledged (or refused): what `acknowledged()` waits for. */
  private readonly unsettled = new Set<Promise<void>>();
  /** While a shared subscription's handler runs: what it produces, written by that batch's transaction. */
  private capturing?: Captured[];

  constructor(options: KafkaDriverOptions) {
    this.brokers = options.brokers;
    this.producerKind = options.producer ?? DEFAULT_PRODUCER;
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'brook-sql',
      brokers: options.brokers,
      logLevel: logLevel.NOTHING,
      ...options.kafka,
    });
  }

  private async getAdmin(): Promise<Admin> {
    if (!this.admin) {
      this.admin = this.kafka.admin();
      await this.admin.connect();
    }
    return this.admin;
  }

  private async getProducer(): Promise<Producer> {
    if (!this.producer) {
      this.producer = this.kafka.producer({ allowAutoTopicCreation: false, idempotent: false });
      await this.producer.connect();
    }
    return this.producer;
  }

  async createTopic(name: string, spec: TopicSpec): Promise<void> {
    const admin = await this.getAdmin();
    // kafkajs' waitForLeaders sleeps 100 ms before its first look at the metadata (and between looks): every
    // query start paid it once per topic it creates. The leaders are awaited here instead (untilLeaders).
    await admin.createTopics({
      waitForLeaders: false,
      topics: [
        {
          topic: name,
          numPartitions: spec.partitions,
          configEntries: [
            ...(spec.compacted ? [{ name: 'cleanup.policy', value: 'compact' }] : []),
            ...(spec.keepForever ? [{ name: 'retention.ms', value: '-1' }] : []),
          ],
        },
      ],
    });
    await this.untilLeaders(name);
  }

  /** Polls Metadata until every partition of `topic` has a leader (a produce or fetch could fail before). */
  private async untilLeaders(topic: string, timeoutMs = 10_000): Promise<void> {
    this.metadata ??= new WireFetcher(this.brokers);
    const deadline = Date.now() + timeoutMs;
    for (let delay = 2; ; delay = Math.min(delay * 2, 100)) {
      const parts = await this.metadata.partitions(topic);
      if (parts.length > 0 && parts.every((p) => p.leader >= 0)) return;
      if (Date.now() > deadline) throw new Error(`Timed out while waiting for the leaders of topic ${topic}`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  async deleteTopic(name: string): Promise<void> {
    const admin = await this.getAdmin();
    await admin.deleteTopics({ topics: [name] });
  }

  /** The cluster's topic names, internal ones (leading `_`) left out as ksqlDB's SHOW TOPICS does. */
  async listTopics(): Promise<string[]> {
    const admin = await this.getAdmin();
    return (await admin.listTopics()).filter((t) => !t.startsWith('_')).sort();
  }

  async describeTopic(name: string): Promise<{ partitions: number } | undefined> {
    const admin = await this.getAdmin();
    const topics = await admin.listTopics();
    if (!topics.includes(name)) return undefined;
    const md = await admin.fetchTopicMetadata({ topics: [name] });
    return { partitions: md.topics[0]?.partitions.length ?? 0 };
  }

  /** Queues records; they go out in one request per topic at the end of the current tick. */
  produce(topic: string, records: OutRecord[]): Promise<void> {
    if (this.capturing) {
      this.capturing.push({ topic, records });
      return Promise.resolve();
    }
    let batch = this.pending.get(topic);
    if (!batch) {
      batch = { records: [], waiters: [] };
      this.pending.set(topic, batch);
    }
    // a loop, not push(...records): a large batch's output passes the engine's argument-count limit
    for (const r of records) batch.records.push(r);
    const done = new Promise<void>((resolve, reject) => batch!.waiters.push({ resolve, reject }));
    this.unsettled.add(done);
    const settle = () => this.unsettled.delete(done);
    done.then(settle, settle);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => void this.flush());
    }
    return done;
  }

  /**
   * Resolves once every write handed to `produce` so far is acknowledged; rejects if one of them was refused.
   * At-least-once queries store their input positions only after it (Kafka Streams commits offsets only after
   * its producer's flush): a position written beside output that then failed would skip that output on restart.
   */
  private acknowledged(): Promise<unknown> {
    return Promise.all(this.unsettled);
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    const batches = [...this.pending.entries()];
    this.pending.clear();
    if (batches.length === 0) return;
    try {
      if (this.producerKind === 'wire') {
        this.wireProducer ??= new WireProducer(this.brokers);
        const wire = this.wireProducer;
        await Promise.all(batches.map(([topic, b]) => wire.send(topic, b.records)));
        for (const [, b] of batches) for (const w of b.waiters) w.resolve();
        return;
      }
      const producer = await this.getProducer();
      await producer.sendBatch({
        topicMessages: batches.map(([topic, b]) => ({
          topic,
          messages: b.records.map((r) => ({
            key: r.key,
            value: r.value,
            timestamp: r.timestamp === undefined ? undefined : String(r.timestamp),
            headers: toHeaders(r.headers),
            partition: r.partition,
          })),
        })),
      });
      for (const [, b] of batches) for (const w of b.waiters) w.resolve();
    } catch (err) {
      for (const [, b] of batches) for (const w of b.waiters) w.reject(err);
    }
  }

  /**
   * Group-less subscription: partitions are read with Brook's own Fetch codecs from the positions stored in
   * the compacted topic `<groupId>-offsets` (written after each processed batch), or from the earliest /
   * latest offset. No group coordinator is needed, so the processor runs on any cluster.
   */
  async subscribe(
    topics: string[],
    options: SubscribeOptions,
    handler: (records: InRecord[]) => void | Promise<void>,
  ): Promise<Subscription> {
    if (options.exactlyOnce) {
      const shared = new SharedSubscription({
        kafka: this.kafka,
        admin: () => this.getAdmin(),
        groupId: options.groupId,
        topics,
        offsetReset: options.offsetReset ?? 'earliest',
        sessionTimeoutMs: options.sessionTimeoutMs ?? 45_000,
        capture: (run) => this.capture(run),
        handler: (records) => void handler(mergeByTimestamp(records)),
        onAssigned: options.onAssigned,
        endpoint: options.endpoint,
      });
      await shared.start();
      return shared;
    }
    const fetcher = new WireFetcher(this.brokers);
    this.fetchers.push(fetcher);
    const positionsTopic = `${options.groupId}-offsets`;
    const committed = new Map<string, number>();
    if (await this.describeTopic(positionsTopic)) {
      for (const r of await this.readAll(positionsTopic)) {
        if (r.key && r.value) committed.set(r.key.toString(), Number(r.value.toString()));
      }
    } else await this.createTopic(positionsTopic, { partitions: 1, compacted: true });
    const parts: { topic: string; partition: number; leader: number; offset: number }[] = [];
    for (const topic of topics) {
      for (const p of await fetcher.partitions(topic)) {
        const pos = committed.get(`${topic}/${p.partition}`);
        const offset =
          pos ?? (await fetcher.offset(topic, p, (options.offsetReset ?? 'earliest') === 'earliest' ? -2 : -1));
        parts.push({ topic, partition: p.partition, leader: p.leader, offset });
      }
    }
    let running = true;
    let lastWrite: Promise<void> = Promise.resolve();
    // the positions last stored: where a failed batch is read again from
    const stored = new Map(parts.map((p) => [`${p.topic}/${p.partition}`, p.offset]));
    type Fetched = Awaited<ReturnType<WireFetcher['fetch']>>;
    let prefetched: Promise<Fetched> | undefined;
    // a refused write of the last batch, seen at the top of the loop even when no more records come
    let refused: unknown;
    const loop = async () => {
      while (running) {
        try {
          if (refused !== undefined) throw refused;
          const { records } = await (prefetched ?? fetcher.fetch(parts, 200));
          prefetched = undefined;
          if (!running || records.length === 0) continue;
          // each partition's position after this batch: one pass over the records (they are in offset order
          // per partition), not a filtered copy of the batch per partition
          const after = parts.map((p) => ({ ...p }));
          let at: (typeof after)[number] | undefined = after[0];
          for (const r of records) {
            if (at?.partition !== r.partition || at.topic !== r.topic) {
              at = after.find((x) => x.partition === r.partition && x.topic === r.topic);
            }
            if (at && r.offset >= at.offset) at.offset = r.offset + 1;
          }
          // the next fetch goes out now, from after this batch (copies: the fetch reads its positions again
          // when the answer comes), and is under way while this batch is processed and written
          prefetched = fetcher.fetch(after, 200);
          prefetched.catch(() => undefined);
          await handler(mergeByTimestamp(records));
          const moved: OutRecord[] = [];
          for (const [i, p] of parts.entries()) {
            if (after[i].offset === p.offset) continue;
            p.offset = after[i].offset;
            moved.push({ key: Buffer.from(`${p.topic}/${p.partition}`), value: Buffer.from(String(p.offset)) });
          }
          // The positions go out once this batch's output is acknowledged, while the next fetch is under way
          // (a write's round trip does not stall the reads). The previous batch's positions are awaited first; a
          // refused write (output or positions) lands in the catch below, at the latest on the next turn.
          await lastWrite;
          if (moved.length) {
            const positions = moved.map((m) => [m.key!.toString(), Number(m.value!.toString())] as const);
            lastWrite = this.acknowledged()
              .then(() => this.produce(positionsTopic, moved))
              .then(() => {
                for (const [key, offset] of positions) stored.set(key, offset);
              });
            lastWrite.catch((error) => {
              refused = error ?? new Error('write refused');
            });
          }
        } catch {
          prefetched = undefined;
          refused = undefined;
          lastWrite = Promise.resolve();
          if (!running) break;
          // at least once: every record past the stored positions is processed again (its output may repeat)
          for (const p of parts) p.offset = stored.get(`${p.topic}/${p.partition}`) ?? p.offset;
          await new Promise((r) => setTimeout(r, 200));
          for (const p of parts) {
            const fresh = (await fetcher.partitions(p.topic).catch(() => [])).find((x) => x.partition === p.partition);
            if (fresh) p.leader = fresh.leader;
          }
        }
      }
    };
    const done = loop();
    return {
      close: async () => {
        running = false;
        await done;
        await lastWrite.catch(() => undefined);
        fetcher.close();
        const i = this.fetchers.indexOf(fetcher);
        if (i >= 0) this.fetchers.splice(i, 1);
      },
    };
  }

  /** Runs `run` and returns what it produced meanwhile, per topic, instead of sending it. */
  private capture(run: () => void): Captured[] {
    const out: Captured[] = [];
    this.capturing = out;
    try {
      run();
    } finally {
      this.capturing = undefined;
    }
    const byTopic = new Map<string, OutRecord[]>();
    for (const c of out) {
      const list = byTopic.get(c.topic) ?? [];
      list.push(...c.records);
      byTopic.set(c.topic, list);
    }
    return [...byTopic].map(([topic, records]) => ({ topic, records }));
  }

  /**
   * Reads every partition from its start up to the high watermark seen first. With `committed`, reads
   * read_committed: aborted transactions are left out, and a partition whose end is behind an open transaction
   * is read once that transaction ended (committed, aborted, or aborted by the coordinator's timeout), as Kafka
   * Streams' restore consumer does before a task runs.
   */
  async readAll(
    topic: string,
    options: { committed?: boolean; positions?: Map<number, number> } = {},
  ): Promise<InRecord[]> {
    const fetcher = new WireFetcher(this.brokers, options.committed ? 'read_committed' : 'read_uncommitted');
    try {
      const out: InRecord[] = [];
      for (const p of await fetcher.partitions(topic)) {
        const earliest = await fetcher.offset(topic, p, -2);
        let offset = Math.max(earliest, options.positions?.get(p.partition) ?? earliest);
        const end = await fetcher.offset(topic, p, -1);
        while (offset < end) {
          const position = { topic, partition: p.partition, leader: p.leader, offset };
          const { records, next } = await fetcher.fetch([position], options.committed ? 500 : 100);
          for (const r of records) if (r.offset < end) out.push(r);
          const moved = next.get(`${topic}/${p.partition}`);
          // read_uncommitted gets everything up to the high watermark at once: nothing back means nothing left
          if (moved === undefined && !options.committed) break;
          if (moved !== undefined) offset = moved;
        }
        options.positions?.set(p.partition, offset);
      }
      return out;
    } finally {
      fetcher.close();
    }
  }

  async close(): Promise<void> {
    await this.flush();
    for (const f of this.fetchers) f.close();
    this.fetchers.length = 0;
    await this.producer?.disconnect();
    this.wireProducer?.close();
    this.metadata?.close();
    await this.admin?.disconnect();
  }
}
