import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ControlRecordType, encodeControlKey, encodeRecordBatchSync } from '../../protocol/records';
import { PartitionLog, type StorageLogger, silentLogger } from '../../storage';
import { KRaftControlState } from './kraft-control';
import { type SnapshotControlRecord, type SnapshotId, SnapshotStore } from './snapshot-store';
import { encodeKRaftVersion, encodeVoters } from './voter-set';

import { METADATA_PARTITION, METADATA_TOPIC } from './constants';

export { METADATA_PARTITION, METADATA_TOPIC, METADATA_TOPIC_ID } from './constants';

export interface OffsetAndEpoch {
  offset: number;
  epoch: number;
}

/**
 * Validation of a follower's fetch position against this log (Kafka's ValidOffsetAndEpoch): fine, the
 * follower's log diverges (truncate to `diverging`), or the position is below the log start (fetch `snapshot`).
 */
export type FetchPositionCheck =
  | { kind: 'valid' }
  | { kind: 'diverging'; diverging: OffsetAndEpoch }
  | { kind: 'snapshot'; snapshot: SnapshotId };

/**
 * The Raft replicated log (Kafka's KafkaMetadataLog): the `__cluster_metadata-0` PartitionLog plus the
 * snapshots beside it. Records are opaque batches here; offsets, epochs, truncation and snapshots are not.
 */
export class RaftLog {
  readonly log: PartitionLog;
  readonly snapshots: SnapshotStore;
  /**
   * kraft.version and the voter set the log's control records say (KIP-853), or null for a static quorum
   * (controller.quorum.voters): then nothing reads the control records.
   */
  readonly control: KRaftControlState | null;

  constructor(dataDir: string, logger: StorageLogger = silentLogger, options: { dynamicVoters?: boolean } = {}) {
    const dir = join(dataDir, `${METADATA_TOPIC}-${METADATA_PARTITION}`);
    mkdirSync(dir, { recursive: true });
    this.log = PartitionLog.open(dir, {}, logger, {
      topicPartition: { topic: METADATA_TOPIC, partition: METADATA_PARTITION },
    });
    this.snapshots = new SnapshotStore(dir);
    // A log that starts above 0 must start exactly at a snapshot (a crash between snapshot install and restart).
    const latest = this.snapshots.latest();
    if (latest && this.log.logEndOffset < latest.endOffset) this.log.truncateFullyAndStartAt(latest.endOffset);
    this.control = options.dynamicVoters ? new KRaftControlState() : null;
    if (this.control) {
      if (latest) this.control.loadSnapshot(latest.endOffset, this.snapshots.readAll(latest));
      for (let offset = this.startOffset; offset < this.endOffset; ) {
        const bytes = this.read(offset, 1 << 20, 'log-end');
        if (bytes.length === 0) break;
        this.control.appended(bytes);
        offset = nextOffsetAfter(bytes);
      }
    }
  }

  get endOffset(): number {
    return this.log.logEndOffset;
  }

  get startOffset(): number {
    return this.log.logStartOffset;
  }

  get highWatermark(): number {
    return this.log.highWatermark;
  }

  setHighWatermark(offset: number): void {
    this.log.setHighWatermark(offset);
  }

  /** The epoch of the last record, or of the snapshot the log starts at when it holds none after it. */
  lastFetchedEpoch(): number {
    const epoch = this.log.leaderEpochs.latestEpoch();
    if (epoch >= 0) return epoch;
    return this.snapshots.latest()?.epoch ?? 0;
  }

  /** Kafka's endOffsetForEpoch: the end of `epoch` in this log (or of the largest epoch below it). */
  endOffsetForEpoch(epoch: number): OffsetAndEpoch {
    const r = this.log.leaderEpochs.endOffsetFor(epoch, this.endOffset);
    if (r.epoch >= 0 && r.endOffset >= 0) return { offset: r.endOffset, epoch: r.epoch };
    const snapshot = this.snapshots.latest();
    if (snapshot && epoch >= snapshot.epoch) return { offset: snapshot.endOffset, epoch: snapshot.epoch };
    return { offset: this.startOffset, epoch: 0 };
  }

  /** The epoch of the record at `offset` (which must be in the log or end the latest snapshot). */
  epochAt(offset: number): number {
    let epoch = -1;
    for (const e of this.log.leaderEpochs.all) if (e.startOffset <= offset) epoch = e.epoch;
    if (epoch >= 0) return epoch;
    return this.snapshots.latest()?.epoch ?? 0;
  }

  /** The leader's check of a follower's fetch position (Kafka's validateOffsetAndEpoch). */
  validateFetchPosition(fetchOffset: number, lastFetchedEpoch: number): FetchPositionCheck {
    const snapshot = this.snapshots.latest();
    if (snapshot && this.startOffset > 0) {
      const atStart = fetchOffset === this.startOffset && lastFetchedEpoch === snapshot.epoch;
      if (fetchOffset < this.startOffset || (fetchOffset === this.startOffset && !atStart)) {
        return { kind: 'snapshot', snapshot };
      }
      if (atStart) return { kind: 'valid' };
    }
    if (fetchOffset === 0) return { kind: 'valid' };
    const end = this.endOffsetForEpoch(lastFetchedEpoch);
    if (end.epoch !== lastFetchedEpoch || end.offset < fetchOffset) return { kind: 'diverging', diverging: end };
    return { kind: 'valid' };
  }

  /** The leader's append: offsets from the log end, the batch stamped with `epoch`. */
  appendAsLeader(batch: Buffer, epoch: number): { baseOffset: number; lastOffset: number } {
    const r = this.log.append(batch, { leaderEpoch: epoch, origin: 'coordinator' });
    this.control?.appended(batch, r.firstOffset);
    return { baseOffset: r.firstOffset, lastOffset: r.lastOffset };
  }

  /** Records from the leader, offsets and epochs kept. */
  appendAsFollower(records: Buffer): void {
    if (records.length === 0) return;
    this.log.appendAsFollower(records);
    this.control?.appended(records);
  }

  /**
   * The leader says this log diverges at `diverging` (Kafka's truncateToEndOffset): keep what both logs
   * hold for that epoch, drop the rest. Never below the log start: committed data cannot diverge.
   */
  truncateToEndOffset(diverging: OffsetAndEpoch): number {
    let offset: number;
    if (diverging.epoch === 0) offset = Math.min(diverging.offset, this.endOffset);
    else {
      const local = this.endOffsetForEpoch(diverging.epoch);
      offset = local.epoch === diverging.epoch ? Math.min(local.offset, diverging.offset) : local.offset;
    }
    offset = Math.max(this.startOffset, Math.min(offset, this.endOffset));
    if (offset < this.endOffset) {
      this.log.truncateTo(offset);
      this.control?.truncateTo(offset);
    }
    return offset;
  }

  /** Whole batches from `offset` (any offset in [start, end]), up to the log end. */
  read(offset: number, maxBytes: number, isolation: 'log-end' | 'high-watermark'): Buffer {
    if (offset >= this.endOffset) return Buffer.alloc(0);
    return this.log.read(offset, { maxBytes, isolation, minOneBatch: true }).records;
  }

  /** A snapshot fetched from the leader replaces the whole log: it restarts empty at the snapshot's end. */
  installSnapshot(id: SnapshotId): void {
    this.log.truncateFullyAndStartAt(id.endOffset);
    this.log.setHighWatermark(id.endOffset);
    this.snapshots.deleteBefore(id);
    this.control?.loadSnapshot(id.endOffset, this.snapshots.readAll(id));
  }

  /** A snapshot at `endOffset` (<= HW) of the state machine's `records`; the log before it is released. */
  createSnapshot(endOffset: number, records: readonly Buffer[], lastContainedLogTimestamp: number): SnapshotId {
    if (endOffset > this.highWatermark) {
      throw new Error(`snapshot end offset ${endOffset} is above the high watermark ${this.highWatermark}`);
    }
    if (endOffset <= this.startOffset)
      throw new Error(`snapshot end offset ${endOffset} is not above the log start ${this.startOffset}`);
    const id = { endOffset, epoch: this.epochAt(endOffset - 1) };
    this.snapshots.write(id, records, lastContainedLogTimestamp, this.snapshotControlRecords());
    this.log.deleteRecordsBefore(endOffset);
    this.snapshots.deleteBefore(id);
    return id;
  }

  /** With kraft.version 1 a snapshot carries the voter set after its header, as Kafka's RecordsSnapshotWriter. */
  private snapshotControlRecords(): SnapshotControlRecord[] {
    const voters = this.control?.latestVoters();
    if (!this.control || !voters || this.control.kraftVersion() < 1) return [];
    return [
      { type: ControlRecordType.KRaftVersion, value: encodeKRaftVersion(this.control.kraftVersion()) },
      { type: ControlRecordType.KRaftVoters, value: encodeVoters(voters) },
    ];
  }

  close(): void {
    this.log.close();
  }
}

/** The offset after the last batch of a record set. */
function nextOffsetAfter(bytes: Buffer): number {
  let next = 0;
  for (let pos = 0; pos + 61 <= bytes.length; pos += 12 + bytes.readInt32BE(pos + 8)) {
    next = Number(bytes.readBigInt64BE(pos)) + bytes.readInt32BE(pos + 23) + 1;
  }
  return next;
}

/** One uncompressed batch of opaque records (the values), producer id -1, epoch stamped at the append. */
export function dataBatch(records: readonly Buffer[], now: number): Buffer {
  return encodeRecordBatchSync({
    baseTimestamp: now,
    records: records.map((value) => ({ key: null, value, timestamp: now })),
  });
}

/** A control batch of KRaft control records (LeaderChange, KRaftVersion, Voters...), in this order. */
export function controlBatch(
  type: ControlRecordType,
  value: Buffer,
  now: number,
  more: SnapshotControlRecord[] = [],
): Buffer {
  return encodeRecordBatchSync({
    isControl: true,
    baseTimestamp: now,
    records: [{ type, value }, ...more].map((r) => ({ key: encodeControlKey(r.type), value: r.value, timestamp: now })),
  });
}
