/**
 * The share-partitions this broker leads, for all share groups (Kafka's SharePartitionManager): loaded on first
 * use from the state store (share-state-store.ts; a partition without state starts where the group's
 * share.auto.offset.reset says), reading the log through the replica manager and acquiring what it read for the
 * fetching member, applying acknowledgements, and parking a fetch that found nothing until records arrive, records
 * are released, or its wait is over. Handlers (src/handlers/share-fetch.ts, share-acknowledge.ts) decode and encode
 * around it; share sessions are kept here too (share-sessions.ts).
 */
import { BatchAttribute, BatchOffset } from '../../protocol/records/batch-header';
import type { Isolation } from '../../storage';
import type { Clock } from '../clock';
import { parseIsoDurationMs } from '../config';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import type { Logger } from '../log';
import type { TopicService } from '../topics/topic-service';
import {
  type AcknowledgementBatch,
  type AcquiredRange,
  type LogBatchSpan,
  RecordState,
  SharePartition,
  type SharePartitionSettings,
} from './share-partition';
import { ShareSessions } from './share-sessions';
import type { SharePartitionKey, ShareStateStore } from './share-state-store';

/** A group's settings for its share-partitions: its own configs, else the broker's. */
export interface ShareGroupSettings extends SharePartitionSettings {
  /** share.auto.offset.reset: earliest, latest or by_duration:<ISO-8601>. */
  autoOffsetReset: string;
  /** share.isolation.level */
  readCommitted: boolean;
}

/** One partition a share fetch reads (resolved by the handler: known topic, existing partition, authorized). */
export interface ShareFetchPartition {
  topic: string;
  topicId: string;
  partition: number;
}

/** What a share fetch got for one partition. */
export interface ShareFetchResult {
  errorCode: ErrorCode;
  /** The whole log batches holding the acquired records. */
  records: Buffer;
  acquired: AcquiredRange[];
}

export interface ShareFetchParams {
  groupId: string;
  memberId: string;
  partitions: ShareFetchPartition[];
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  maxRecords: number;
  /** ShareAcquireMode record_limit (v2): stop at maxRecords records, not at the end of the batch reaching it. */
  recordLimit?: boolean;
  /** Aborted when the connection closes: a parked fetch answers at once. */
  signal?: AbortSignal;
}

const keyOf = (groupId: string, topicId: string, partition: number) => `${groupId}\0${topicId}\0${partition}`;

export class SharePartitionManager {
  private readonly loaded = new Map<string, { key: SharePartitionKey; partition: SharePartition }>();
  /** Parked fetches by group, woken when records of the group's share-partitions are released or their locks expire. */
  private readonly waiting = new Map<string, Set<() => void>>();
  readonly sessions: ShareSessions;

  constructor(
    private readonly topics: TopicService,
    private readonly store: ShareStateStore,
    private readonly clock: Clock,
    private readonly settingsOf: (groupId: string) => ShareGroupSettings,
    maxSessions: number,
    private readonly log: Logger,
  ) {
    this.sessions = new ShareSessions(maxSessions);
  }

  /** Creates `__share_group_state` if it does not exist yet (the first share group's first heartbeat). */
  prepare(): Promise<void> {
    return this.store.prepare();
  }

  /** A group's assigned share-partitions get state if they have none (start offset -1: resolved at the first fetch). */
  initialize(groupId: string, topicId: string, partitions: Iterable<number>): void {
    for (const partition of partitions) {
      const key = { groupId, topicId, partition };
      if (this.store.read(key) === undefined) this.store.write(key, { startOffset: -1, stateBatches: [] });
    }
  }

  /** The share-partition, loaded (and its start offset resolved) on first use; throws KafkaError. */
  private sharePartition(groupId: string, topic: string, topicId: string, partition: number): SharePartition {
    const id = keyOf(groupId, topicId, partition);
    const found = this.loaded.get(id);
    if (found) return found.partition;
    const key = { groupId, topicId, partition };
    const stored = this.store.read(key);
    const startOffset =
      stored === undefined || stored.startOffset < 0 ? this.resetOffset(groupId, topic, partition) : stored.startOffset;
    const sharePartition = new SharePartition(
      {
        clock: this.clock,
        settings: () => this.settingsOf(groupId),
        write: (state) => this.store.write(key, state),
        changed: () => this.wake(groupId),
      },
      startOffset,
      stored?.stateBatches ?? [],
    );
    this.loaded.set(id, { key, partition: sharePartition });
    return sharePartition;
  }

  /** share.auto.offset.reset for a partition without a start offset (Kafka's startOffsetDuringInitialization). */
  private resetOffset(groupId: string, topic: string, index: number): number {
    const partition = this.topics.partition(topic, index);
    if (!partition) throw new KafkaError(ErrorCode.UnknownTopicOrPartition);
    const reset = this.settingsOf(groupId).autoOffsetReset.toLowerCase();
    if (reset === 'earliest') return partition.logStartOffset;
    if (reset.startsWith('by_duration:')) {
      const ms = parseIsoDurationMs(reset.slice('by_duration:'.length)) ?? 0;
      const found = partition.fetchOffsetForTimestamp(this.clock.now() - ms, 'high-watermark', -1);
      return found && found.offset >= 0 ? found.offset : partition.highWatermark;
    }
    return partition.highWatermark;
  }

  /**
   * One share fetch: acquires records of `partitions` for the member. When nothing could be acquired it waits
   * (up to maxWaitMs) for new records, or for records released by others, and tries once more.
   */
  async fetch(params: ShareFetchParams): Promise<Map<string, ShareFetchResult>> {
    const first = await this.tryFetch(params);
    if (params.maxWaitMs <= 0 || params.signal?.aborted || hasRecords(first)) return first;
    await this.waitForRecords(params);
    return this.tryFetch({ ...params, maxWaitMs: 0 });
  }

  private async tryFetch(params: ShareFetchParams): Promise<Map<string, ShareFetchResult>> {
    const results = new Map<string, ShareFetchResult>();
    const readable: { p: ShareFetchPartition; sp: SharePartition; fetchOffset: number }[] = [];
    for (const p of params.partitions) {
      const id = keyOf(params.groupId, p.topicId, p.partition);
      try {
        const sp = this.sharePartition(params.groupId, p.topic, p.topicId, p.partition);
        if (sp.canAcquire()) readable.push({ p, sp, fetchOffset: sp.nextFetchOffset() });
        else results.set(id, { errorCode: ErrorCode.None, records: Buffer.alloc(0), acquired: [] });
      } catch (error) {
        results.set(id, { errorCode: errorCodeOf(error), records: Buffer.alloc(0), acquired: [] });
      }
    }
    if (readable.length === 0) return results;
    const { readCommitted } = this.settingsOf(params.groupId);
    const isolation: Isolation = readCommitted ? 'committed' : 'high-watermark';
    const read = await this.topics.replicas.fetchMessages({
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: params.maxBytes,
      isolation,
      partitions: readable.map(({ p, fetchOffset }) => ({
        topic: p.topic,
        partition: p.partition,
        fetchOffset,
        // Kafka splits the response's bytes evenly over the partitions it reads (PartitionMaxBytesStrategy).
        partitionMaxBytes: Math.max(1, Math.floor(params.maxBytes / readable.length)),
        currentLeaderEpoch: -1,
      })),
    });
    let budget = params.maxRecords;
    readable.forEach(({ p, sp }, i) => {
      const id = keyOf(params.groupId, p.topicId, p.partition);
      const r = read[i]!;
      if (r.errorCode === ErrorCode.OffsetOutOfRange) {
        // The log's start passed the share-partition's: what is gone cannot be delivered (Kafka archives it).
        sp.moveStartTo(r.logStartOffset);
        results.set(id, { errorCode: ErrorCode.None, records: Buffer.alloc(0), acquired: [] });
        return;
      }
      if (r.errorCode !== ErrorCode.None || budget <= 0) {
        results.set(id, { errorCode: r.errorCode, records: Buffer.alloc(0), acquired: [] });
        return;
      }
      const batches = logBatches(r.records);
      const skipped = readCommitted ? abortedOffsets(batches, r.abortedTransactions ?? []) : new Set<number>();
      const acquired = sp.acquire(params.memberId, batches, budget, skipped, params.recordLimit);
      for (const range of acquired) budget -= range.lastOffset - range.firstOffset + 1;
      results.set(id, { errorCode: ErrorCode.None, records: batchesHolding(r.records, batches, acquired), acquired });
    });
    return results;
  }

  /** Resolves when records may be acquirable: new records readable, records released, the wait over, or aborted. */
  private waitForRecords(params: ShareFetchParams): Promise<void> {
    return new Promise<void>((resolve) => {
      const controller = new AbortController();
      const waiters = this.waiting.get(params.groupId) ?? new Set<() => void>();
      this.waiting.set(params.groupId, waiters);
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        waiters.delete(finish);
        if (waiters.size === 0 && this.waiting.get(params.groupId) === waiters) this.waiting.delete(params.groupId);
        params.signal?.removeEventListener('abort', finish);
        controller.abort();
        resolve();
      };
      const timer = setTimeout(finish, params.maxWaitMs);
      waiters.add(finish);
      params.signal?.addEventListener('abort', finish);
      // New records: a fetch parked in the replica manager's purgatory, from where each share-partition reads next.
      const parked: { topic: string; partition: number; fetchOffset: number }[] = [];
      for (const p of params.partitions) {
        const found = this.loaded.get(keyOf(params.groupId, p.topicId, p.partition));
        if (found?.partition.canAcquire()) {
          parked.push({ topic: p.topic, partition: p.partition, fetchOffset: found.partition.nextFetchOffset() });
        }
      }
      if (parked.length === 0) return;
      const { readCommitted } = this.settingsOf(params.groupId);
      this.topics.replicas
        .fetchMessages({
          replicaId: -1,
          maxWaitMs: params.maxWaitMs,
          minBytes: Math.max(1, params.minBytes),
          maxBytes: params.maxBytes,
          isolation: readCommitted ? 'committed' : 'high-watermark',
          partitions: parked.map((p) => ({ ...p, partitionMaxBytes: params.maxBytes, currentLeaderEpoch: -1 })),
          signal: controller.signal,
        })
        .then(finish, finish);
    });
  }

  private wake(groupId: string): void {
    for (const waiter of [...(this.waiting.get(groupId) ?? [])]) waiter();
  }

  /** Applies a member's acknowledgements to one share-partition; throws KafkaError (the partition's ack error). */
  acknowledge(
    groupId: string,
    memberId: string,
    target: ShareFetchPartition,
    batches: readonly AcknowledgementBatch[],
  ): void {
    const found = this.loaded.get(keyOf(groupId, target.topicId, target.partition));
    // Acknowledgements for a share-partition this broker has not loaded cannot name acquired records.
    if (!found) throw new KafkaError(ErrorCode.UnknownTopicOrPartition);
    found.partition.acknowledge(memberId, batches);
  }

  /** A member's share session ended (closed, or its connection): the records it holds there are released. */
  releaseMember(groupId: string, memberId: string, partitions: Iterable<{ topicId: string; partition: number }>): void {
    for (const p of partitions) {
      this.loaded.get(keyOf(groupId, p.topicId, p.partition))?.partition.releaseMember(memberId);
    }
  }

  /** The group's lock duration, as ShareFetch / ShareAcknowledge answer it (AcquisitionLockTimeoutMs). */
  lockDurationMs(groupId: string): number {
    return this.settingsOf(groupId).recordLockDurationMs;
  }

  /** The share-partitions of a group that have state. */
  keysOf(groupId: string): SharePartitionKey[] {
    return this.store.keysOf(groupId);
  }

  /**
   * A share-partition's stored start offset and how many records past it are done with, for
   * DescribeShareGroupOffsets (Kafka's ReadShareGroupStateSummary: what was stored, so -1 until the first
   * acknowledgement, release or lock expiry is written, even once a fetch has placed it); undefined without state.
   */
  progress(key: SharePartitionKey): { startOffset: number; completed: number } | undefined {
    const stored = this.store.read(key);
    if (!stored) return undefined;
    let completed = 0;
    for (const b of stored.stateBatches) {
      if (b.deliveryState === RecordState.Acknowledged || b.deliveryState === RecordState.Archived) {
        completed += b.lastOffset - b.firstOffset + 1;
      }
    }
    return { startOffset: stored.startOffset, completed };
  }

  /** Sets share-partitions' start offsets, discarding their in-flight state (AlterShareGroupOffsets). */
  alterStartOffsets(entries: { key: SharePartitionKey; startOffset: number }[]): void {
    for (const { key, startOffset } of entries) {
      this.unload(key);
      this.store.write(key, { startOffset, stateBatches: [] });
    }
  }

  /** Forgets share-partitions' state (DeleteShareGroupOffsets, a deleted group). */
  deleteState(keys: readonly SharePartitionKey[]): void {
    for (const key of keys) this.unload(key);
    this.store.delete(keys);
  }

  /** A deleted share group: its sessions and its share-partitions' state go. */
  deleteGroup(groupId: string): void {
    for (const session of this.sessions.ofGroup(groupId)) this.sessions.remove(session);
    this.deleteState(this.store.keysOf(groupId));
    this.log.info('share group state deleted', { group: groupId });
  }

  private unload(key: SharePartitionKey): void {
    const id = keyOf(key.groupId, key.topicId, key.partition);
    this.loaded.get(id)?.partition.close();
    this.loaded.delete(id);
  }

  close(): void {
    for (const { partition } of this.loaded.values()) partition.close();
    this.loaded.clear();
    this.sessions.clear();
    for (const groupId of [...this.waiting.keys()]) this.wake(groupId);
  }
}

function hasRecords(results: Map<string, ShareFetchResult>): boolean {
  for (const r of results.values()) if (r.acquired.length > 0 || r.errorCode !== ErrorCode.None) return true;
  return false;
}

interface ReadBatch extends LogBatchSpan {
  start: number;
  end: number;
  producerId: bigint;
  isTransactional: boolean;
  isControl: boolean;
}

/** The batches of a read, in order (a partial batch at the end, cut by the byte budget, is left out). */
function logBatches(records: Buffer): ReadBatch[] {
  const out: ReadBatch[] = [];
  for (let at = 0; at + BatchOffset.Records <= records.length; ) {
    const end = at + 12 + records.readInt32BE(at + BatchOffset.BatchLength);
    if (end > records.length) break;
    const baseOffset = Number(records.readBigInt64BE(at + BatchOffset.BaseOffset));
    const attributes = records.readInt16BE(at + BatchOffset.Attributes);
    out.push({
      baseOffset,
      lastOffset: baseOffset + records.readInt32BE(at + BatchOffset.LastOffsetDelta),
      start: at,
      end,
      producerId: records.readBigInt64BE(at + BatchOffset.ProducerId),
      isTransactional: (attributes & BatchAttribute.Transactional) !== 0,
      isControl: (attributes & BatchAttribute.Control) !== 0,
    });
    at = end;
  }
  return out;
}

/**
 * read_committed: the offsets of batches of aborted transactions, which a share group never delivers (Kafka's
 * maybeFilterAbortedTransactionalAcquiredRecords), found as a consumer finds them: a producer's batches from its
 * aborted transaction's first offset until its next control batch (the abort marker).
 */
function abortedOffsets(
  batches: readonly ReadBatch[],
  aborted: readonly { producerId: bigint; firstOffset: number }[],
): Set<number> {
  const pending = [...aborted].sort((a, b) => a.firstOffset - b.firstOffset);
  const aborting = new Set<bigint>();
  const skipped = new Set<number>();
  for (const batch of batches) {
    while (pending.length > 0 && pending[0]!.firstOffset <= batch.lastOffset) aborting.add(pending.shift()!.producerId);
    if (!batch.isTransactional || !aborting.has(batch.producerId)) continue;
    if (batch.isControl) {
      aborting.delete(batch.producerId);
      continue;
    }
    for (let offset = batch.baseOffset; offset <= batch.lastOffset; offset++) skipped.add(offset);
  }
  return skipped;
}

/** The log batches holding acquired records, whole (the client delivers only the acquired offsets of them). */
function batchesHolding(records: Buffer, batches: readonly ReadBatch[], acquired: readonly AcquiredRange[]): Buffer {
  if (acquired.length === 0) return Buffer.alloc(0);
  const parts = batches
    .filter((b) => acquired.some((r) => r.firstOffset <= b.lastOffset && r.lastOffset >= b.baseOffset))
    .map((b) => records.subarray(b.start, b.end));
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}
