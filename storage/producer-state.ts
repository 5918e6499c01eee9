import {
  InvalidProducerEpochError,
  InvalidTxnStateError,
  OutOfOrderSequenceError,
  TransactionCoordinatorFencedError,
} from './errors';

/**
 * Per-partition producer state for idempotent and transactional producers, as Kafka's ProducerStateManager,
 * ProducerStateEntry and ProducerAppendInfo keep it: per producer id its epoch, the metadata of its last five
 * batches (duplicate detection), the coordinator epoch of its last marker and the first offset of its open
 * transaction; per partition the open transactions by first offset (the first unstable offset) and the
 * transactions whose marker is still above the high watermark. In memory; `producer-snapshot.ts` persists it.
 */

/** Kafka's RecordBatch.NO_PRODUCER_EPOCH / NO_SEQUENCE. */
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;
/** Batches kept per producer for duplicate detection (Kafka's NUM_BATCHES_TO_RETAIN, the client's max in flight). */
export const NUM_BATCHES_TO_RETAIN = 5;
/** Kafka's producer.id.expiration.ms default. */
export const DEFAULT_PRODUCER_ID_EXPIRATION_MS = 86_400_000;

const INT32_MAX = 0x7fffffff;

/** Who is appending, which decides what is checked (Kafka's AppendOrigin). */
export type ProducerAppendOrigin = 'client' | 'coordinator' | 'replication';

/** One retained batch of a producer. */
export interface BatchMetadata {
  lastSeq: number;
  lastOffset: number;
  offsetDelta: number;
  /** The batch's max timestamp. */
  timestamp: number;
}

export const firstSeqOf = (b: BatchMetadata): number => decrementSequence(b.lastSeq, b.offsetDelta);
export const firstOffsetOf = (b: BatchMetadata): number => b.lastOffset - b.offsetDelta;

/** Sequences wrap from Int32 max to 0 (Kafka's DefaultRecordBatch.incrementSequence / decrementSequence). */
export function incrementSequence(sequence: number, increment: number): number {
  return sequence > INT32_MAX - increment ? increment - (INT32_MAX - sequence) - 1 : sequence + increment;
}
export function decrementSequence(sequence: number, decrement: number): number {
  return sequence < decrement ? INT32_MAX - (decrement - sequence) + 1 : sequence - decrement;
}

/** The header fields producer state reads from a batch (a RecordBatchHeader fits, offsets as numbers). */
export interface ProducerBatch {
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
  baseOffset: number;
  lastOffset: number;
  maxTimestamp: number;
  isTransactional: boolean;
  isControl: boolean;
}

/** The marker a control batch carries: what it ends and for which coordinator epoch. */
export interface EndTxnMarker {
  commit: boolean;
  coordinatorEpoch: number;
  timestamp: number;
}

/** A transaction ended by a marker (Kafka's CompletedTxn). */
export interface CompletedTxn {
  producerId: bigint;
  firstOffset: number;
  /** The marker's offset. */
  lastOffset: number;
  isAborted: boolean;
}

interface TxnMetadata {
  producerId: bigint;
  firstOffset: number;
  /** The marker's offset once completed. */
  lastOffset: number | null;
}

/** One producer's state (Kafka's ProducerStateEntry). */
export class ProducerStateEntry {
  readonly batches: BatchMetadata[] = [];
  constructor(
    readonly producerId: bigint,
    public producerEpoch: number = NO_PRODUCER_EPOCH,
    public coordinatorEpoch = -1,
    public lastTimestamp = -1,
    public currentTxnFirstOffset: number | null = null,
  ) {}

  get isEmpty(): boolean {
    return this.batches.length === 0;
  }
  get firstSeq(): number {
    return this.isEmpty ? NO_SEQUENCE : firstSeqOf(this.batches[0]!);
  }
  get lastSeq(): number {
    return this.isEmpty ? NO_SEQUENCE : this.batches.at(-1)!.lastSeq;
  }
  get lastDataOffset(): number {
    return this.isEmpty ? -1 : this.batches.at(-1)!.lastOffset;
  }
  get lastOffsetDelta(): number {
    return this.isEmpty ? 0 : this.batches.at(-1)!.offsetDelta;
  }

  /** A copy with the same epochs and transaction but no batches (what an append builds on). */
  withoutBatches(): ProducerStateEntry {
    return new ProducerStateEntry(
      this.producerId,
      this.producerEpoch,
      this.coordinatorEpoch,
      this.lastTimestamp,
      this.currentTxnFirstOffset,
    );
  }

  addBatch(epoch: number, lastSeq: number, lastOffset: number, offsetDelta: number, timestamp: number): void {
    this.maybeUpdateProducerEpoch(epoch);
    this.addBatchMetadata({ lastSeq, lastOffset, offsetDelta, timestamp });
    this.lastTimestamp = timestamp;
  }

  /** A new epoch forgets the old epoch's batches. */
  maybeUpdateProducerEpoch(epoch: number): boolean {
    if (this.producerEpoch === epoch) return false;
    this.batches.length = 0;
    this.producerEpoch = epoch;
    return true;
  }

  private addBatchMetadata(batch: BatchMetadata): void {
    if (this.batches.length === NUM_BATCHES_TO_RETAIN) this.batches.shift();
    this.batches.push(batch);
  }

  /** Takes over what an append built (`next`): its epoch, its batches after ours, its transaction state. */
  update(next: ProducerStateEntry): void {
    this.maybeUpdateProducerEpoch(next.producerEpoch);
    for (const b of next.batches) this.addBatchMetadata(b);
    this.coordinatorEpoch = next.coordinatorEpoch;
    this.currentTxnFirstOffset = next.currentTxnFirstOffset;
    this.lastTimestamp = next.lastTimestamp;
  }

  /** A marker: the new epoch and coordinator epoch, the transaction closed. */
  endTxn(epoch: number, coordinatorEpoch: number, timestamp: number): void {
    this.maybeUpdateProducerEpoch(epoch);
    this.coordinatorEpoch = coordinatorEpoch;
    this.currentTxnFirstOffset = null;
    this.lastTimestamp = timestamp;
  }

  /** The retained batch a retried batch repeats (same epoch, same sequence range), if any. */
  findDuplicateBatch(batch: ProducerBatch, lastSeq: number): BatchMetadata | null {
    if (batch.producerEpoch !== this.producerEpoch) return null;
    return this.batches.find((b) => firstSeqOf(b) === batch.baseSequence && b.lastSeq === lastSeq) ?? null;
  }
}

/**
 * The changes one append makes to one producer, validated against its current state before anything is
 * written (Kafka's ProducerAppendInfo): applied with `ProducerStateManager.update` once the batches are in
 * the log, dropped if the append fails.
 */
export class ProducerAppendInfo {
  readonly updated: ProducerStateEntry;
  readonly startedTxns: TxnMetadata[] = [];

  constructor(
    private readonly topicPartition: string,
    readonly producerId: bigint,
    private readonly current: ProducerStateEntry,
    private readonly origin: ProducerAppendOrigin,
  ) {
    this.updated = current.withoutBatches();
  }

  appendDataBatch(batch: ProducerBatch, lastSeq: number): void {
    const firstOffset = batch.baseOffset;
    this.checkProducerEpoch(batch.producerEpoch, firstOffset);
    if (this.origin === 'client') this.checkSequence(batch.producerEpoch, batch.baseSequence, firstOffset);
    this.updated.addBatch(
      batch.producerEpoch,
      lastSeq,
      batch.lastOffset,
      batch.lastOffset - firstOffset,
      batch.maxTimestamp,
    );
    const open = this.updated.currentTxnFirstOffset;
    if (open !== null && !batch.isTransactional) {
      throw new InvalidTxnStateError(
        `Expected transactional write from producer ${this.producerId} at offset ${firstOffset} in partition ${this.topicPartition}`,
      );
    }
    if (open === null && batch.isTransactional) {
      this.updated.currentTxnFirstOffset = firstOffset;
      this.startedTxns.push({ producerId: this.producerId, firstOffset, lastOffset: null });
    }
  }

  /**
   * A marker: returns the transaction it completes, or null when the producer had none open (still written).
   * Transaction version 2 (KIP-890) markers carry an epoch bumped past the data's: one not above the current
   * epoch is stale, except the retry of a marker already written (same epoch, no transaction open).
   */
  appendEndTxnMarker(
    marker: EndTxnMarker,
    producerEpoch: number,
    offset: number,
    transactionVersion = 0,
  ): CompletedTxn | null {
    const current = this.updated.producerEpoch;
    const retryOfWritten =
      transactionVersion >= 2 && producerEpoch === current && this.updated.currentTxnFirstOffset === null;
    if (transactionVersion >= 2 && producerEpoch <= current && !retryOfWritten && this.origin !== 'replication') {
      throw new InvalidProducerEpochError(
        `Epoch of producer ${this.producerId} at offset ${offset} in ${this.topicPartition} is ${producerEpoch}, which is <= the last seen epoch ${current} (TV${transactionVersion})`,
      );
    }
    this.checkProducerEpoch(producerEpoch, offset);
    if (this.updated.coordinatorEpoch > marker.coordinatorEpoch && this.origin !== 'replication') {
      throw new TransactionCoordinatorFencedError(
        `Invalid coordinator epoch for producerId ${this.producerId} at offset ${offset} in partition ${this.topicPartition}: ${marker.coordinatorEpoch} (zombie), ${this.updated.coordinatorEpoch} (current)`,
      );
    }
    const open = this.updated.currentTxnFirstOffset;
    const completed =
      open === null
        ? null
        : { producerId: this.producerId, firstOffset: open, lastOffset: offset, isAborted: !marker.commit };
    this.updated.endTxn(producerEpoch, marker.coordinatorEpoch, marker.timestamp);
    return completed;
  }

  private checkProducerEpoch(epoch: number, offset: number): void {
    // Replicated batches were checked by their leader (Kafka only warns).
    if (epoch >= this.updated.producerEpoch || this.origin === 'replication') return;
    throw new InvalidProducerEpochError(
      `Epoch of producer ${this.producerId} at offset ${offset} in ${this.topicPartition} is ${epoch}, which is smaller than the last seen epoch ${this.updated.producerEpoch}`,
    );
  }

  private checkSequence(epoch: number, firstSeq: number, offset: number): void {
    if (epoch !== this.updated.producerEpoch) {
      // A new epoch starts at sequence 0; an unknown producer (no epoch yet: its state expired or was
      // truncated away) may start anywhere, as Kafka accepts it since KIP-360.
      if (firstSeq !== 0 && this.updated.producerEpoch !== NO_PRODUCER_EPOCH) {
        throw new OutOfOrderSequenceError(
          `Invalid sequence number for new epoch of producer ${this.producerId}at offset ${offset} in partition ${this.topicPartition}: ${epoch} (request epoch), ${firstSeq} (seq. number), ${this.updated.producerEpoch} (current producer epoch)`,
        );
      }
      return;
    }
    const lastSeq = !this.updated.isEmpty
      ? this.updated.lastSeq
      : epoch === this.current.producerEpoch
        ? this.current.lastSeq
        : NO_SEQUENCE;
    const inSequence = firstSeq === lastSeq + 1 || (firstSeq === 0 && lastSeq === INT32_MAX);
    if (this.current.producerEpoch !== NO_PRODUCER_EPOCH && !inSequence) {
      throw new OutOfOrderSequenceError(
        `Out of order sequence number for producer ${this.producerId} at offset ${offset} in partition ${this.topicPartition}: ${firstSeq} (incoming seq. number), ${lastSeq} (current end sequence number)`,
      );
    }
  }
}

/** What a producer-state check of an append found (Kafka's analyzeAndValidateProducerState). */
export interface ProducerAppendAnalysis {
  updates: Map<bigint, ProducerAppendInfo>;
  completedTxns: CompletedTxn[];
  /** The retained batch a client's retry repeats: answered with its offsets, nothing appended. */
  duplicate: BatchMetadata | null;
}

/**
 * A partition's producers (Kafka's ProducerStateManager, without the files: see log-producers.ts). Producer
 * ids are bigints (int64 on the wire), offsets numbers as everywhere in storage.
 */
export class ProducerStateManager {
  private readonly producers = new Map<bigint, ProducerStateEntry>();
  /** Open transactions by first offset (Kafka's TreeMap: kept sorted, it is small). */
  private ongoing: TxnMetadata[] = [];
  /** Completed transactions whose marker is not yet below the high watermark: they still bound the LSO. */
  private unreplicated: TxnMetadata[] = [];
  /** The offset up to which this state reflects the log (Kafka's mapEndOffset). */
  mapEndOffset = 0;

  constructor(
    readonly topicPartition: string,
    public producerIdExpirationMs = DEFAULT_PRODUCER_ID_EXPIRATION_MS,
  ) {}

  get activeProducers(): ReadonlyMap<bigint, ProducerStateEntry> {
    return this.producers;
  }

  lastEntry(producerId: bigint): ProducerStateEntry | undefined {
    return this.producers.get(producerId);
  }

  get isEmpty(): boolean {
    return this.producers.size === 0 && this.unreplicated.length === 0;
  }

  /**
   * Checks `batches` against the state (and each other) without changing it. A client's batch that repeats
   * one of its producer's last five stops the analysis: the duplicate is answered, nothing is appended.
   */
  analyze(
    batches: readonly ProducerBatch[],
    origin: ProducerAppendOrigin,
    markerOf: (index: number) => EndTxnMarker | null,
    transactionVersion = 0,
  ): ProducerAppendAnalysis {
    const updates = new Map<bigint, ProducerAppendInfo>();
    const completedTxns: CompletedTxn[] = [];
    for (let i = 0; i < batches.length; i++) {
      const batch = batches[i]!;
      if (batch.producerId < 0n) continue;
      const lastSeq = lastSequenceOf(batch);
      if (origin === 'client') {
        const duplicate = this.producers.get(batch.producerId)?.findDuplicateBatch(batch, lastSeq) ?? null;
        if (duplicate) return { updates, completedTxns, duplicate };
      }
      let info = updates.get(batch.producerId);
      if (!info) {
        const current = this.producers.get(batch.producerId) ?? new ProducerStateEntry(batch.producerId);
        info = new ProducerAppendInfo(this.topicPartition, batch.producerId, current, origin);
        updates.set(batch.producerId, info);
      }
      if (batch.isControl) {
        // An empty control batch (its transaction compacted away) changes nothing.
        const marker = markerOf(i);
        if (marker) {
          const completed = info.appendEndTxnMarker(marker, batch.producerEpoch, batch.baseOffset, transactionVersion);
          if (completed) completedTxns.push(completed);
        }
      } else {
        info.appendDataBatch(batch, lastSeq);
      }
    }
    return { updates, completedTxns, duplicate: null };
  }

  /** Applies one producer's validated append (after the batches are in the log). */
  update(info: ProducerAppendInfo): void {
    const current = this.producers.get(info.producerId);
    if (current) current.update(info.updated);
    else this.producers.set(info.producerId, info.updated);
    for (const txn of info.startedTxns) insertByFirstOffset(this.ongoing, txn);
  }

  /**
   * The LSO an aborted transaction's index entry records: the first offset of the next transaction still
   * open by another producer, else just past the marker (Kafka's lastStableOffset(completedTxn)).
   */
  lastStableOffset(completed: CompletedTxn): number {
    const next = this.ongoing.find((t) => t.producerId !== completed.producerId);
    return next ? next.firstOffset : completed.lastOffset + 1;
  }

  /** The marker is in the log: the transaction stops being open, and bounds the LSO until the HW passes it. */
  completeTxn(completed: CompletedTxn): void {
    const at = this.ongoing.findIndex((t) => t.firstOffset === completed.firstOffset);
    if (at < 0) {
      throw new Error(
        `Attempted to complete transaction ${JSON.stringify({ ...completed, producerId: String(completed.producerId) })} on partition ${this.topicPartition} which was not started`,
      );
    }
    const [txn] = this.ongoing.splice(at, 1);
    txn!.lastOffset = completed.lastOffset;
    insertByFirstOffset(this.unreplicated, txn!);
  }

  onHighWatermarkUpdated(highWatermark: number): void {
    this.removeUnreplicatedBelow(highWatermark);
  }

  onLogStartOffsetIncremented(logStartOffset: number): void {
    this.removeUnreplicatedBelow(logStartOffset);
    if (this.mapEndOffset < logStartOffset) this.mapEndOffset = logStartOffset;
  }

  private removeUnreplicatedBelow(offset: number): void {
    if (this.unreplicated.length === 0) return;
    this.unreplicated = this.unreplicated.filter((t) => t.lastOffset === null || t.lastOffset >= offset);
  }

  /** The smallest first offset of a transaction not yet decided or not yet replicated; null when none. */
  firstUnstableOffset(): number | null {
    const undecided = this.ongoing[0]?.firstOffset;
    const unreplicated = this.unreplicated[0]?.firstOffset;
    if (undecided === undefined) return unreplicated ?? null;
    if (unreplicated === undefined) return undecided;
    return Math.min(undecided, unreplicated);
  }

  /** The first offset of the oldest open transaction (null: none open). */
  firstUndecidedOffset(): number | null {
    return this.ongoing[0]?.firstOffset ?? null;
  }

  hasOngoingTransaction(producerId: bigint): boolean {
    return (this.producers.get(producerId)?.currentTxnFirstOffset ?? null) !== null;
  }

  isExpired(entry: ProducerStateEntry, now: number): boolean {
    return entry.currentTxnFirstOffset === null && now - entry.lastTimestamp >= this.producerIdExpirationMs;
  }

  /** Forgets producers idle for producer.id.expiration.ms with no open transaction. Returns how many. */
  removeExpiredProducers(now: number): number {
    let removed = 0;
    for (const [id, entry] of this.producers) {
      if (this.isExpired(entry, now)) {
        this.producers.delete(id);
        removed++;
      }
    }
    return removed;
  }

  /** Loads a producer from a snapshot (its open transaction with it). */
  loadEntry(entry: ProducerStateEntry): void {
    this.producers.set(entry.producerId, entry);
    if (entry.currentTxnFirstOffset !== null) {
      insertByFirstOffset(this.ongoing, {
        producerId: entry.producerId,
        firstOffset: entry.currentTxnFirstOffset,
        lastOffset: null,
      });
    }
  }

  /** Forgets everything (before reloading from a snapshot, or a log restarted empty at `offset`). */
  clear(offset: number): void {
    this.producers.clear();
    this.ongoing = [];
    this.unreplicated = [];
    this.mapEndOffset = offset;
  }
}

/** The batch's last sequence (NO_SEQUENCE stays), wrapping at Int32 max. */
function lastSequenceOf(batch: ProducerBatch): number {
  if (batch.baseSequence === NO_SEQUENCE) return NO_SEQUENCE;
  return incrementSequence(batch.baseSequence, batch.lastOffset - batch.baseOffset);
}

function insertByFirstOffset(list: TxnMetadata[], txn: TxnMetadata): void {
  let at = list.length;
  while (at > 0 && list[at - 1]!.firstOffset > txn.firstOffset) at--;
  if (list[at - 1]?.firstOffset === txn.firstOffset) list[at - 1] = txn;
  else list.splice(at, 0, txn);
}
