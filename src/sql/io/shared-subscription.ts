/**
 * A persistent query shared by every processor with the same service id, exactly once
 * (`processing.guarantee=exactly_once_v2`): the query's consumer group splits the input partitions among the
 * instances, and each batch's output, state changes and input position go out in one transaction, as Kafka
 * Streams' consume-transform-produce does (sendOffsetsToTransaction, then commit).
 *
 * - Tasks: partition N of every input topic is one task (Streams' task id), owned by one instance: the assignor
 *   below gives partition N of all topics to the same member, so a join's two sides meet on one instance.
 * - Fencing: each task writes through its own transactional id, `<group>-<task>` (as Streams' EOS-alpha did), so
 *   the instance that takes a task over fences the previous owner at once: InitProducerId aborts what a killed
 *   instance left open, instead of waiting for the transaction timeout.
 * - Restore: whenever the assignment changed, `onAssigned` runs as it arrives (after the fencing; batches wait), so
 *   the query reloads its stores from the changelogs, read_committed; the committed input positions are read
 *   again then too (a transaction that was committing when its owner died is complete once the fencing
 *   returned), and records below them are skipped.
 *
 * - Who owns what: each member's subscription carries its REST endpoint (`endpoint`, Streams' `application.server`
 *   in SubscriptionInfo), so after every rebalance any member reads the whole map, endpoint -> tasks, from the
 *   group (DescribeGroups: metadata and assignment of every member), as Streams' metadata API hands it to ksqlDB
 *   for pull-query routing (`owners`).
 *
 * Records the handler produces while it runs (the driver's capture) are what the transaction writes: the
 * handler must be synchronous.
 */
import {
  AssignerProtocol,
  type Admin,
  type Consumer,
  type Kafka,
  type PartitionAssigner,
  type Producer,
} from 'kafkajs';
import type { InRecord, OutRecord, TaskOwners } from './driver';

export interface Captured {
  topic: string;
  records: OutRecord[];
}

export interface SharedSubscriptionOptions {
  kafka: Kafka;
  admin: () => Promise<Admin>;
  groupId: string;
  topics: string[];
  offsetReset: 'earliest' | 'latest';
  sessionTimeoutMs: number;
  /** Runs `handler` on the records and returns what it produced meanwhile. */
  capture: (run: () => void) => Captured[];
  handler: (records: InRecord[]) => void;
  /** Runs before the first batch after the assignment changed, with this member's tasks. */
  onAssigned?: (tasks: number[]) => Promise<void>;
  /** This member's REST endpoint, told to the other members through the group (pull-query routing). */
  endpoint?: string;
  log?: { warn(message: string, meta?: object): void };
}

/**
 * Partition N of every topic to the same member: Streams' co-partitioned tasks. The member's metadata carries
 * its endpoint as user data.
 */
const taskAssigner =
  (endpoint: string): PartitionAssigner =>
  ({ cluster }) => ({
    name: 'BrookSqlTaskAssigner',
    version: 0,
    async assign({ members, topics }) {
      const sorted = members.map((m) => m.memberId).sort();
      const assignment = new Map<string, Record<string, number[]>>(sorted.map((m) => [m, {}]));
      for (const topic of topics) {
        for (const { partitionId } of cluster.findTopicPartitionMetadata(topic)) {
          const owner = assignment.get(sorted[partitionId % sorted.length])!;
          owner[topic] = [...(owner[topic] ?? []), partitionId];
        }
      }
      return sorted.map((memberId) => ({
        memberId,
        memberAssignment: AssignerProtocol.MemberAssignment.encode({
          version: 0,
          assignment: assignment.get(memberId)!,
          userData: Buffer.alloc(0),
        }),
      }));
    },
    protocol({ topics }) {
      return {
        name: 'BrookSqlTaskAssigner',
        metadata: AssignerProtocol.MemberMetadata.encode({ version: 0, topics, userData: Buffer.from(endpoint) }),
      };
    },
  });

export class SharedSubscription {
  private consumer?: Consumer;
  private readonly producers = new Map<number, Producer>();
  private assigned: Record<string, number[]> = {};
  /** Set when the tasks must be taken over again before the next batch (a failed commit or take-over). */
  private rebalanced = false;
  /** The take-over of the latest assignment, started when it arrived. */
  private takingOver: Promise<void> = Promise.resolve();
  /** Next offset to process per `topic/partition`, from the committed positions read at assignment. */
  private readonly positions = new Map<string, number>();
  /** The group's members and their tasks as of the last rebalance this member took part in. */
  private ownersView?: Promise<TaskOwners>;

  constructor(private readonly o: SharedSubscriptionOptions) {}

  async start(): Promise<void> {
    const { kafka, groupId, topics } = this.o;
    const consumer = kafka.consumer({
      groupId,
      partitionAssigners: [taskAssigner(this.o.endpoint ?? '')],
      sessionTimeout: this.o.sessionTimeoutMs,
      heartbeatInterval: Math.max(500, Math.floor(this.o.sessionTimeoutMs / 6)),
      maxWaitTimeInMs: 200,
      readUncommitted: false,
    });
    this.consumer = consumer;
    // emitted synchronously after SyncGroup, before the fetches of the new generation start
    consumer.on(consumer.events.GROUP_JOIN, (e) => {
      this.assigned = e.payload.memberAssignment as Record<string, number[]>;
      this.ownersView = this.describeOwners(e.payload.memberId);
      this.ownersView.catch(() => undefined);
      // taken over at once, not at the next batch: a quiet table's pull queries must find its rows too
      this.takingOver = this.takingOver.then(() =>
        this.takeOver().catch((error) => {
          this.rebalanced = true; // tried again before the next batch
          this.o.log?.warn('Taking the tasks over failed', { error: String(error) });
        }),
      );
    });
    await consumer.connect();
    for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: this.o.offsetReset === 'earliest' });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch, heartbeat }) => {
        await this.takingOver;
        if (this.rebalanced) {
          this.rebalanced = false;
          await this.takeOver();
          await heartbeat();
        }
        const key = `${batch.topic}/${batch.partition}`;
        const from = this.positions.get(key) ?? 0;
        const records: InRecord[] = [];
        for (const m of batch.messages) {
          const offset = Number(m.offset);
          if (offset < from) continue;
          records.push({
            topic: batch.topic,
            partition: batch.partition,
            offset,
            key: m.key,
            value: m.value,
            timestamp: Number(m.timestamp),
            headers: Object.entries(m.headers ?? {}).flatMap(([k, v]) =>
              (Array.isArray(v) ? v : [v]).map((x) => ({
                key: k,
                value: x === undefined ? null : Buffer.isBuffer(x) ? x : Buffer.from(String(x)),
              })),
            ),
          });
        }
        if (records.length === 0) return;
        const next = records[records.length - 1].offset + 1;
        await this.commitBatch(
          batch.partition,
          batch.topic,
          next,
          this.o.capture(() => this.o.handler(records)),
        );
        this.positions.set(key, next);
      },
    });
  }

  /** The task's transactional producer; creating it fences the task's previous owner. */
  private async producer(task: number): Promise<Producer> {
    let p = this.producers.get(task);
    if (!p) {
      p = this.o.kafka.producer({
        transactionalId: `${this.o.groupId}-${task}`,
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        transactionTimeout: 10_000,
      });
      await p.connect();
      // InitProducerId: the previous owner's open transaction is aborted (or its commit completed) before this returns
      await (await p.transaction()).abort();
      this.producers.set(task, p);
    }
    return p;
  }

  /** After a rebalance: fence the tasks' previous owners, reload state, re-read the committed positions. */
  private async takeOver(): Promise<void> {
    const tasks = new Set(Object.values(this.assigned).flat());
    for (const task of tasks) await this.producer(task);
    for (const [task, p] of this.producers) {
      if (tasks.has(task)) continue;
      this.producers.delete(task);
      await p.disconnect().catch(() => undefined);
    }
    await this.o.onAssigned?.([...tasks].sort((a, b) => a - b));
    this.positions.clear();
    const admin = await this.o.admin();
    for (const topic of Object.keys(this.assigned)) {
      for (const p of await admin.fetchOffsets({ groupId: this.o.groupId, topics: [topic] })) {
        for (const part of p.partitions) {
          if (Number(part.offset) >= 0) this.positions.set(`${p.topic}/${part.partition}`, Number(part.offset));
        }
      }
    }
  }

  /**
   * Every member's endpoint and tasks, from the group itself (read once per rebalance); undefined before this
   * member first joined.
   */
  async owners(): Promise<TaskOwners | undefined> {
    const view = this.ownersView;
    if (!view) return undefined;
    try {
      return await view;
    } catch {
      // the group could not be read (a coordinator moving): read it again on the next question
      const again = this.ownersView === view ? this.describeOwners(this.selfId) : this.ownersView;
      this.ownersView = again;
      return again?.catch(() => undefined);
    }
  }

  private selfId = '';

  private async describeOwners(memberId: string): Promise<TaskOwners> {
    this.selfId = memberId;
    const admin = await this.o.admin();
    const [group] = (await admin.describeGroups([this.o.groupId])).groups;
    const members = (group?.members ?? []).map((m) => {
      const meta = AssignerProtocol.MemberMetadata.decode(m.memberMetadata);
      const assignment = AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment ?? {};
      return {
        memberId: m.memberId,
        endpoint: meta?.userData?.toString() ?? '',
        tasks: [...new Set(Object.values(assignment).flat())].sort((a, b) => a - b),
        self: m.memberId === memberId,
      };
    });
    return { members: members.sort((a, b) => (a.memberId < b.memberId ? -1 : 1)) };
  }

  private async commitBatch(task: number, topic: string, next: number, out: Captured[]): Promise<void> {
    const producer = await this.producer(task);
    const txn = await producer.transaction();
    try {
      const topicMessages = out
        .filter((c) => c.records.length > 0)
        .map((c) => ({
          topic: c.topic,
          messages: c.records.map((r) => ({
            key: r.key,
            value: r.value,
            partition: r.partition,
            timestamp: r.timestamp === undefined ? undefined : String(r.timestamp),
            headers: r.headers?.length
              ? Object.fromEntries(r.headers.map((h) => [h.key, h.value ?? Buffer.alloc(0)]))
              : undefined,
          })),
        }));
      if (topicMessages.length) await txn.sendBatch({ topicMessages, acks: -1 });
      await txn.sendOffsets({
        consumerGroupId: this.o.groupId,
        topics: [{ topic, partitions: [{ partition: task, offset: String(next) }] }],
      });
      await txn.commit();
    } catch (error) {
      await txn.abort().catch(() => undefined);
      // the stores ran ahead of what was committed: reload them before the next batch
      this.rebalanced = true;
      this.o.log?.warn('Transaction failed; state reloads from the changelogs', { error: String(error) });
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.consumer?.disconnect();
    for (const p of this.producers.values()) await p.disconnect().catch(() => undefined);
    this.producers.clear();
  }
}
