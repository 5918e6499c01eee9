/**
 * One share-partition: the records of one topic partition as one share group (KIP-932) consumes them, after Kafka
 * 4.4's SharePartition. Members acquire records for a while (the acquisition lock), then acknowledge them: accepted
 * and rejected records are done with, released ones (or ones whose lock ran out) are delivered again, to any member,
 * until a record has been delivered `share.delivery.count.limit` times (then it is archived: never delivered again).
 *
 * Offsets below the share-partition start offset (SPSO) are done with; `nextNew` is the first offset never
 * acquired (Kafka's SPEO + 1). Each offset in between has a state of its own here (Kafka keeps ranges and splits
 * them when acknowledged record by record; the in-flight window is bounded by
 * `share.partition.max.record.locks`, 2000 by default, so one entry per offset stays small).
 *
 * What is stored (`ShareState`, written on every acknowledgement, release and lock expiry, not on acquisition, as
 * Kafka's persister is): the SPSO and every in-flight record's state and delivery count, an acquired record counted
 * as delivered one time fewer (its delivery is not known to have happened until it is acknowledged or expires; a
 * record never delivered before is left out, so it comes back as new), as Kafka's restart behaves.
 */
import type { Clock, Timer } from '../clock';
import { ErrorCode, KafkaError } from '../errors';

/** RecordState's wire and stored ids (ARCHIVING, 3, is the dead-letter queue's, which Brook does not serve). */
export const RecordState = { Available: 0, Acquired: 1, Acknowledged: 2, Archived: 4 } as const;
export type RecordState = (typeof RecordState)[keyof typeof RecordState];

/** AcknowledgeType's wire ids (RENEW, KIP-1222, comes with ShareFetch / ShareAcknowledge v2). */
export const AcknowledgeType = { Gap: 0, Accept: 1, Release: 2, Reject: 3, Renew: 4 } as const;

/** A stored range of records in one state (Kafka's PersisterStateBatch). */
export interface StateBatch {
  firstOffset: number;
  lastOffset: number;
  deliveryState: number;
  deliveryCount: number;
}

/** A share-partition's stored state (Kafka's ShareSnapshotValue, as ReadShareGroupState answers it). */
export interface ShareState {
  /** -1: not resolved yet (share.auto.offset.reset decides at the first fetch). */
  startOffset: number;
  stateBatches: StateBatch[];
}

/** A range of acquired records as ShareFetch answers it. */
export interface AcquiredRange {
  firstOffset: number;
  lastOffset: number;
  deliveryCount: number;
}

/** An acknowledgement batch: one type for the whole range, or one per offset. */
export interface AcknowledgementBatch {
  firstOffset: number;
  lastOffset: number;
  acknowledgeTypes: number[];
}

/** A log batch's offsets, as the share fetch read it. */
export interface LogBatchSpan {
  baseOffset: number;
  lastOffset: number;
}

/** The group's settings a share-partition applies, read at each use (the group's own configs may change). */
export interface SharePartitionSettings {
  recordLockDurationMs: number;
  deliveryCountLimit: number;
  maxInFlightRecords: number;
  /** share.renew.acknowledge.enable: whether RENEW may extend a lock. */
  renewEnabled: boolean;
}

export interface SharePartitionHost {
  readonly clock: Clock;
  settings(): SharePartitionSettings;
  /** Stores the state; throws when it cannot be stored (the change is then undone). */
  write(state: ShareState): void;
  /** Something became acquirable (a release, a lock expiry): wakes waiting fetches. */
  changed(): void;
}

interface InFlightRecord {
  state: RecordState;
  deliveryCount: number;
  /** Who holds it while acquired ('' otherwise). */
  memberId: string;
  /** The acquisition that took it: a lock that expires only releases records still held under it. */
  acquisition: number;
}

const TERMINAL = new Set<RecordState>([RecordState.Acknowledged, RecordState.Archived]);

function invalidRecordState(message: string): KafkaError {
  return new KafkaError(ErrorCode.InvalidRecordState, message);
}

export class SharePartition {
  /** SPSO: the first offset not yet done with. */
  startOffset: number;
  /** The first offset never acquired (SPEO + 1). */
  private nextNew: number;
  private readonly records = new Map<number, InFlightRecord>();
  private readonly locks = new Map<number, Timer>();
  private acquisitions = 0;
  private closed = false;

  /** Loads the stored state; `startOffset` already resolved (share.auto.offset.reset) when it was -1. */
  constructor(
    private readonly host: SharePartitionHost,
    startOffset: number,
    stored: readonly StateBatch[] = [],
  ) {
    this.startOffset = startOffset;
    this.nextNew = startOffset;
    for (const batch of stored) {
      for (let offset = Math.max(batch.firstOffset, startOffset); offset <= batch.lastOffset; offset++) {
        const state = batch.deliveryState === RecordState.Acquired ? RecordState.Available : batch.deliveryState;
        this.records.set(offset, {
          state: state as RecordState,
          deliveryCount: batch.deliveryCount,
          memberId: '',
          acquisition: 0,
        });
      }
      this.nextNew = Math.max(this.nextNew, batch.lastOffset + 1);
    }
    // Offsets between the stored ranges were never delivered as far as the store knows (Kafka's gap window).
    for (let offset = startOffset; offset < this.nextNew; offset++) {
      if (!this.records.has(offset)) {
        this.records.set(offset, { state: RecordState.Available, deliveryCount: 0, memberId: '', acquisition: 0 });
      }
    }
    this.advanceStart();
  }

  /** The last offset acquired so far (SPEO), or SPSO - 1 before any. */
  get endOffset(): number {
    return this.nextNew - 1;
  }

  /** Records between the SPSO and the last one acquired, whatever their state. */
  get inFlightCount(): number {
    return this.nextNew - this.startOffset;
  }

  /** Where the next share fetch reads the log: the first record that can be delivered again, else the first new one. */
  nextFetchOffset(): number {
    for (let offset = this.startOffset; offset < this.nextNew; offset++) {
      if (this.records.get(offset)?.state === RecordState.Available) return offset;
    }
    return this.nextNew;
  }

  /** Whether a fetch could acquire anything now (records to deliver again, or room for new ones). */
  canAcquire(): boolean {
    if (this.nextFetchOffset() < this.nextNew) return true;
    return this.inFlightCount < this.host.settings().maxInFlightRecords;
  }

  /**
   * Acquires for `memberId` what the log batches read from nextFetchOffset() hold that is free: records to deliver
   * again, and new records while the in-flight window has room. Whole log batches, as Kafka's batch_optimized mode:
   * `maxRecords` stops the acquisition at the end of the batch that reaches it; in record_limit mode (ShareFetch v2's
   * ShareAcquireMode 1, `recordLimit`) at the record that reaches it. Archived `skipped` offsets (the
   * batches of aborted transactions, read_committed) are done with at once, not delivered. Returns the acquired
   * ranges (contiguous offsets of one delivery count each).
   */
  acquire(
    memberId: string,
    batches: readonly LogBatchSpan[],
    maxRecords: number,
    skipped: ReadonlySet<number> = new Set(),
    recordLimit = false,
  ): AcquiredRange[] {
    if (this.closed) return [];
    const { maxInFlightRecords, recordLockDurationMs } = this.host.settings();
    const acquisition = ++this.acquisitions;
    const acquired: number[] = [];
    let archivedAny = false;
    for (const batch of batches) {
      if (acquired.length >= maxRecords) break;
      const from = Math.max(batch.baseOffset, this.startOffset);
      // New records only while the in-flight window has room (a batch already started is taken whole).
      if (batch.lastOffset >= this.nextNew && this.inFlightCount >= maxInFlightRecords && from >= this.nextNew) break;
      for (let offset = from; offset <= batch.lastOffset; offset++) {
        if (recordLimit && acquired.length >= maxRecords) break;
        let record = this.records.get(offset);
        if (offset >= this.nextNew) {
          // Offsets the log skipped (compaction, a batch starting past the previous one's end) are gaps the member
          // acknowledges as such, as in Kafka where one in-flight batch spans them.
          for (let gap = this.nextNew; gap < offset; gap++) this.acquireNew(gap, memberId, acquisition, acquired);
          record = undefined;
          this.nextNew = offset + 1;
        }
        if (skipped.has(offset)) {
          if (record === undefined) {
            this.records.set(offset, { state: RecordState.Archived, deliveryCount: 0, memberId: '', acquisition });
            archivedAny = true;
          } else if (record.state === RecordState.Available) {
            record.state = RecordState.Archived;
            archivedAny = true;
          }
          continue;
        }
        if (record === undefined) {
          this.acquireNew(offset, memberId, acquisition, acquired);
        } else if (record.state === RecordState.Available) {
          record.state = RecordState.Acquired;
          record.deliveryCount++;
          record.memberId = memberId;
          record.acquisition = acquisition;
          acquired.push(offset);
        }
      }
    }
    if (archivedAny) {
      this.advanceStart();
      this.persist();
    }
    if (acquired.length === 0) return [];
    this.lock(acquisition, recordLockDurationMs);
    return this.ranges(acquired);
  }

  /** Starts an acquisition's lock: when it runs out, what the acquisition still holds is released. */
  private lock(acquisition: number, durationMs: number): void {
    this.locks.set(
      acquisition,
      this.host.clock.schedule(durationMs, () => this.expire(acquisition)),
    );
  }

  private acquireNew(offset: number, memberId: string, acquisition: number, acquired: number[]): void {
    this.records.set(offset, { state: RecordState.Acquired, deliveryCount: 1, memberId, acquisition });
    acquired.push(offset);
  }

  /** Contiguous acquired offsets of one delivery count each (Kafka's accumulateAcquiredRecords). */
  private ranges(offsets: number[]): AcquiredRange[] {
    const out: AcquiredRange[] = [];
    for (const offset of offsets) {
      const count = this.records.get(offset)!.deliveryCount;
      const last = out[out.length - 1];
      if (last && last.lastOffset === offset - 1 && last.deliveryCount === count) last.lastOffset = offset;
      else out.push({ firstOffset: offset, lastOffset: offset, deliveryCount: count });
    }
    return out;
  }

  /**
   * Applies a member's acknowledgements, all or none (Kafka's SharePartition.acknowledge): each offset must be
   * acquired by that member (INVALID_RECORD_STATE otherwise), offsets below the SPSO are already done with and
   * skipped, offsets never acquired are refused (INVALID_REQUEST). RENEW keeps a record acquired under a new lock
   * (KIP-1222; not stored, as acquisition is not). Throws KafkaError.
   */
  acknowledge(memberId: string, batches: readonly AcknowledgementBatch[]): void {
    if (this.closed) throw new KafkaError(ErrorCode.UnknownTopicOrPartition);
    const changes: [offset: number, type: number][] = [];
    for (const batch of batches) {
      if (batch.lastOffset < this.startOffset) continue;
      if (batch.firstOffset >= this.nextNew || batch.lastOffset >= this.nextNew) {
        throw new KafkaError(
          ErrorCode.InvalidRequest,
          'Batch record not found. The first/last offset in request is past acquired records.',
        );
      }
      for (let offset = batch.firstOffset; offset <= batch.lastOffset; offset++) {
        if (offset < this.startOffset) continue;
        const record = this.records.get(offset)!;
        if (record.state !== RecordState.Acquired) {
          throw invalidRecordState('The offset cannot be acknowledged. The offset is not acquired.');
        }
        if (record.memberId !== memberId) throw invalidRecordState('Member is not the owner of offset');
        const type =
          batch.acknowledgeTypes.length === 1
            ? batch.acknowledgeTypes[0]!
            : batch.acknowledgeTypes[offset - batch.firstOffset]!;
        if (type === AcknowledgeType.Renew && !this.host.settings().renewEnabled) {
          throw invalidRecordState('Renewing acquisition locks is not enabled for the group.');
        }
        changes.push([offset, type]);
      }
    }
    if (changes.length === 0) return;
    const renewed = changes.filter(([, type]) => type === AcknowledgeType.Renew).map(([offset]) => offset);
    if (renewed.length < changes.length) this.applyAcknowledgements(changes);
    if (renewed.length > 0) {
      const acquisition = ++this.acquisitions;
      for (const offset of renewed) this.records.get(offset)!.acquisition = acquisition;
      this.lock(acquisition, this.host.settings().recordLockDurationMs);
    }
  }

  /** The changes of acknowledgements other than RENEW, stored (undone when they cannot be). */
  private applyAcknowledgements(changes: readonly [offset: number, type: number][]): void {
    const undo = changes.map(([offset]) => [offset, { ...this.records.get(offset)! }] as const);
    const { deliveryCountLimit } = this.host.settings();
    let released = false;
    for (const [offset, type] of changes) {
      if (type === AcknowledgeType.Renew) continue;
      const record = this.records.get(offset)!;
      record.memberId = '';
      if (type === AcknowledgeType.Accept) record.state = RecordState.Acknowledged;
      else if (type === AcknowledgeType.Release) {
        record.state = record.deliveryCount >= deliveryCountLimit ? RecordState.Archived : RecordState.Available;
        released ||= record.state === RecordState.Available;
      } else record.state = RecordState.Archived; // REJECT, GAP
    }
    const startBefore = this.startOffset;
    const passed = this.advanceStart();
    try {
      this.persist();
    } catch (error) {
      // Not stored: nothing happened (Kafka rolls the transition back when its write fails).
      for (const [offset, record] of passed) this.records.set(offset, record);
      for (const [offset, record] of undo) this.records.set(offset, record);
      this.startOffset = startBefore;
      throw error;
    }
    if (released) this.host.changed();
  }

  /** Releases every record `memberId` holds (its share session closed, or its connection): delivered again later. */
  releaseMember(memberId: string): void {
    this.releaseWhere((record) => record.memberId === memberId);
  }

  /** An acquisition's lock ran out: what it still holds can be delivered again (or is archived at the limit). */
  private expire(acquisition: number): void {
    this.locks.delete(acquisition);
    if (!this.closed) this.releaseWhere((record) => record.acquisition === acquisition);
  }

  /** Releases the acquired records `which` picks; stored (quietly), and waiting fetches told. */
  private releaseWhere(which: (record: InFlightRecord) => boolean): void {
    let any = false;
    for (const record of this.records.values()) {
      if (record.state === RecordState.Acquired && which(record)) {
        this.release(record);
        any = true;
      }
    }
    if (!any) return;
    this.advanceStart();
    this.persistQuietly();
    this.host.changed();
  }

  private release(record: InFlightRecord): void {
    record.state =
      record.deliveryCount >= this.host.settings().deliveryCountLimit ? RecordState.Archived : RecordState.Available;
    record.memberId = '';
  }

  /**
   * The log's start moved past the SPSO (retention, DeleteRecords): records below it can no longer be delivered
   * (Kafka archives them), so the SPSO follows it.
   */
  moveStartTo(logStartOffset: number): void {
    if (logStartOffset <= this.startOffset) return;
    for (let offset = this.startOffset; offset < Math.min(logStartOffset, this.nextNew); offset++) {
      this.records.delete(offset);
    }
    this.startOffset = logStartOffset;
    this.nextNew = Math.max(this.nextNew, logStartOffset);
    this.advanceStart();
    this.persistQuietly();
  }

  /** Moves the SPSO past the records done with at its head; returns them (to undo a move that was not stored). */
  private advanceStart(): Map<number, InFlightRecord> {
    const passed = new Map<number, InFlightRecord>();
    while (this.startOffset < this.nextNew) {
      const record = this.records.get(this.startOffset);
      if (record && !TERMINAL.has(record.state)) break;
      if (record) passed.set(this.startOffset, record);
      this.records.delete(this.startOffset);
      this.startOffset++;
    }
    return passed;
  }

  /** The state as stored: acquired records one delivery fewer, those never delivered before left out. */
  snapshot(): ShareState {
    const batches: StateBatch[] = [];
    for (let offset = this.startOffset; offset < this.nextNew; offset++) {
      const record = this.records.get(offset)!;
      let deliveryState: number = record.state;
      let deliveryCount = record.deliveryCount;
      if (record.state === RecordState.Acquired) {
        deliveryState = RecordState.Available;
        deliveryCount--;
      }
      if (deliveryState === RecordState.Available && deliveryCount === 0) continue;
      const last = batches[batches.length - 1];
      if (
        last &&
        last.lastOffset === offset - 1 &&
        last.deliveryState === deliveryState &&
        last.deliveryCount === deliveryCount
      ) {
        last.lastOffset = offset;
      } else batches.push({ firstOffset: offset, lastOffset: offset, deliveryState, deliveryCount });
    }
    return { startOffset: this.startOffset, stateBatches: batches };
  }

  /** The in-flight records by state, for describing (tests, admin views). */
  stateOf(offset: number): { state: RecordState; deliveryCount: number; memberId: string } | undefined {
    const record = this.records.get(offset);
    return record && { state: record.state, deliveryCount: record.deliveryCount, memberId: record.memberId };
  }

  private persist(): void {
    this.host.write(this.snapshot());
  }

  /** A release or an expiry that cannot be stored still happens: at worst a restart delivers those records again. */
  private persistQuietly(): void {
    try {
      this.persist();
    } catch {
      // logged by the store
    }
  }

  /** Stops the locks' timers (the partition is dropped: its group deleted, its offsets altered, the broker stopping). */
  close(): void {
    this.closed = true;
    for (const timer of this.locks.values()) timer.cancel();
    this.locks.clear();
  }
}
