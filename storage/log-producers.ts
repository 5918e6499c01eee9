import { BatchAttribute, RecordBatchHeader } from '../protocol/records/batch-header';
import { ControlRecordType } from '../protocol/records/control';
import { CorruptSnapshotError } from './errors';
import type { StorageLogger } from './logger';
import {
  deleteSnapshot,
  fsyncSnapshotAsync,
  listSnapshotOffsets,
  readSnapshot,
  snapshotPath,
  writeSnapshot,
} from './producer-snapshot';
import {
  type EndTxnMarker,
  type ProducerAppendAnalysis,
  type ProducerAppendOrigin,
  type ProducerBatch,
  ProducerStateManager,
} from './producer-state';
import { scanRecords } from './record-scan';
import type { LogSegment } from './segment';

/** What a read_committed consumer must skip: a transaction aborted within the fetched range. */
export interface FetchAbortedTxn {
  producerId: bigint;
  firstOffset: number;
}

/**
 * A partition log's producer state and the files that keep it (Kafka's UnifiedLog parts around its
 * ProducerStateManager): checks appends, applies them (the aborted ones into the segment's `.txnindex`),
 * takes snapshots at rolls and clean closes, and rebuilds everything on open or after a truncation from the
 * newest usable snapshot plus the batches after it. The log calls it in the same tick as the change it
 * makes, so no caller sees a log and a producer state that disagree.
 */
export class LogProducers {
  readonly state: ProducerStateManager;
  /** Offsets of the snapshot files on disk, ascending. */
  private snapshots: number[] = [];
  /** The offset the newest snapshot was taken at (Kafka's lastSnapOffset). */
  private lastSnapOffset = 0;

  constructor(
    private readonly dir: string,
    topicPartition: string,
    producerIdExpirationMs: number,
    private readonly logger: StorageLogger,
    private readonly inBackground: (job: () => Promise<void>) => void,
  ) {
    this.state = new ProducerStateManager(topicPartition, producerIdExpirationMs);
  }

  /**
   * On open: snapshots outside [logStart, logEnd] are deleted, then the newest one not past `upTo` (the
   * recovery point after an unclean shutdown: data below it is on disk; the log end after a clean one) is
   * loaded (a corrupt one is deleted and the next older tried), and the batches after it are replayed.
   */
  load(segments: readonly LogSegment[], logStart: number, logEnd: number, upTo: number, now: number): void {
    this.snapshots = listSnapshotOffsets(this.dir);
    for (const offset of [...this.snapshots]) {
      if (offset < logStart || offset > logEnd) this.removeSnapshot(offset);
    }
    this.rebuild(segments, logStart, logEnd, upTo, now);
  }

  /** After a truncation to `logEnd`: later snapshots go, the state is rebuilt from the newest left. */
  truncated(segments: readonly LogSegment[], logStart: number, logEnd: number, now: number): void {
    for (const offset of [...this.snapshots]) if (offset > logEnd) this.removeSnapshot(offset);
    this.rebuild(segments, logStart, logEnd, logEnd, now);
  }

  /** The log restarted empty at `offset`: no snapshot and no producer survives. */
  startAt(offset: number): void {
    for (const s of [...this.snapshots]) this.removeSnapshot(s);
    this.state.clear(offset);
    this.lastSnapOffset = offset;
  }

  private rebuild(segments: readonly LogSegment[], logStart: number, logEnd: number, upTo: number, now: number): void {
    this.state.clear(logStart);
    let from = logStart;
    for (let i = this.snapshots.length - 1; i >= 0; i--) {
      const offset = this.snapshots[i]!;
      if (offset > upTo) continue;
      try {
        for (const entry of readSnapshot(snapshotPath(this.dir, offset))) {
          if (!this.state.isExpired(entry, now)) this.state.loadEntry(entry);
        }
        from = offset;
        break;
      } catch (error) {
        if (!(error instanceof CorruptSnapshotError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        this.logger.warn('removing unreadable producer snapshot', { dir: this.dir, offset, error: String(error) });
        this.state.clear(logStart);
        this.removeSnapshot(offset);
      }
    }
    this.lastSnapOffset = from;
    this.state.mapEndOffset = from;
    if (from < logEnd) this.replay(segments, from);
    this.state.mapEndOffset = Math.max(logEnd, from);
  }

  /**
   * Replays every batch from `from` into the state, without checks (Kafka loads with origin REPLICATION), and
   * rewrites the transaction index entries of the markers met (the indexes are truncated to `from` first,
   * so entries of a torn tail or written before a crash are never doubled).
   */
  private replay(segments: readonly LogSegment[], from: number): void {
    const started = performance.now();
    let batches = 0;
    for (const segment of segments) {
      if (segment.nextOffset <= from) continue;
      segment.txnIndex.truncateTo(from);
      const start = from > segment.baseOffset ? segment.translateOffset(from) : null;
      const reader = segment.batches(start?.position ?? 0, false, 64 * 1024);
      for (let b = reader.next(); b; b = reader.next()) {
        batches++;
        if (b.header.producerId < 0n) continue;
        let marker: EndTxnMarker | null = null;
        if (b.header.isControl) marker = markerAt(segment, b.info.position, b.info.size);
        const analysis = this.state.analyze([producerBatchOf(b.header)], 'replication', () => marker);
        this.apply(analysis, segment, b.info.lastOffset + 1);
      }
    }
    this.logger.info('rebuilt producer state', {
      dir: this.dir,
      from,
      batches,
      producers: this.state.activeProducers.size,
      ms: Math.round(performance.now() - started),
    });
  }

  /** Checks batches about to be appended (their offsets assigned). Throws Kafka's producer errors. */
  analyze(
    headers: readonly RecordBatchHeader[],
    origin: ProducerAppendOrigin,
    transactionVersion = 0,
  ): ProducerAppendAnalysis | null {
    if (!headers.some((h) => h.producerId >= 0n)) return null;
    return this.state.analyze(
      headers.map(producerBatchOf),
      origin,
      (i) => (headers[i]!.isControl ? markerOf(headers[i]!) : null),
      transactionVersion,
    );
  }

  /**
   * The batches are in `segment`: the producers' changes take effect, each aborted transaction gets its
   * index entry (with the LSO it leaves), completed ones stop holding the first unstable offset.
   */
  apply(analysis: ProducerAppendAnalysis | null, segment: LogSegment, endOffset: number): void {
    if (analysis) {
      for (const info of analysis.updates.values()) this.state.update(info);
      for (const completed of analysis.completedTxns) {
        if (completed.isAborted) {
          segment.txnIndex.append({
            producerId: completed.producerId,
            firstOffset: completed.firstOffset,
            lastOffset: completed.lastOffset,
            lastStableOffset: this.state.lastStableOffset(completed),
          });
        }
        this.state.completeTxn(completed);
      }
    }
    this.state.mapEndOffset = endOffset;
  }

  /**
   * Kafka's collectAbortedTransactions: from the segment holding `fetchOffset` on, the aborted transactions
   * overlapping [fetchOffset, upperBound), until an entry's LSO shows later segments cannot add one.
   */
  collectAborted(segments: readonly LogSegment[], fetchOffset: number, upperBound: number): FetchAbortedTxn[] {
    const out: FetchAbortedTxn[] = [];
    for (const segment of segments) {
      if (segment.nextOffset <= fetchOffset && segment !== segments.at(-1)) continue;
      const { found, complete } = segment.txnIndex.collect(fetchOffset, upperBound);
      for (const txn of found) out.push({ producerId: txn.producerId, firstOffset: txn.firstOffset });
      if (complete) break;
    }
    return out;
  }

  /**
   * Writes a snapshot at the state's end offset if it moved since the last one (Kafka's takeSnapshot): at a
   * roll (its fsync queued in the background, before the recovery point can move past it) and at a clean close
   * (`sync`: fsynced now).
   */
  takeSnapshot(sync: boolean): void {
    const offset = this.state.mapEndOffset;
    if (offset <= this.lastSnapOffset && this.snapshots.includes(offset)) return;
    const path = writeSnapshot(this.dir, offset, this.state.activeProducers.values(), sync);
    if (!this.snapshots.includes(offset)) {
      this.snapshots.push(offset);
      this.snapshots.sort((a, b) => a - b);
    }
    this.lastSnapOffset = offset;
    if (!sync) this.inBackground(() => fsyncSnapshotAsync(path));
  }

  /** Segments below `offset` were deleted (retention, DeleteRecords): their snapshots go with them. */
  deleteSnapshotsBefore(offset: number): void {
    for (const s of [...this.snapshots]) if (s < offset) this.removeSnapshot(s);
    this.state.onLogStartOffsetIncremented(offset);
  }

  get snapshotOffsets(): readonly number[] {
    return this.snapshots;
  }

  private removeSnapshot(offset: number): void {
    deleteSnapshot(this.dir, offset);
    this.snapshots = this.snapshots.filter((s) => s !== offset);
  }
}

export function producerBatchOf(h: RecordBatchHeader): ProducerBatch {
  const baseOffset = Number(h.baseOffset);
  const attributes = h.attributes;
  return {
    producerId: h.producerId,
    producerEpoch: h.producerEpoch,
    baseSequence: h.baseSequence,
    baseOffset,
    lastOffset: baseOffset + h.lastOffsetDelta,
    maxTimestamp: Number(h.maxTimestamp),
    isTransactional: (attributes & BatchAttribute.Transactional) !== 0,
    isControl: (attributes & BatchAttribute.Control) !== 0,
  };
}

/** The COMMIT/ABORT marker of a whole control batch held in `header.buf`; null for other control records. */
export function markerOf(header: RecordBatchHeader): EndTxnMarker | null {
  const records = scanRecords(header);
  const record = records?.[0];
  if (!record?.key || record.key.length < 4) return null;
  const type = record.key.readInt16BE(2);
  if (type !== ControlRecordType.Abort && type !== ControlRecordType.Commit) return null;
  // The value follows the key: a zigzag varint length, then int16 version and int32 coordinator epoch.
  const buf = header.buf;
  let at = record.key.byteOffset - buf.byteOffset + record.key.length;
  let raw = 0;
  for (let shift = 0; shift < 35 && at < record.end; shift += 7) {
    const byte = buf[at++]!;
    raw |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) break;
  }
  const length = (raw >>> 1) ^ -(raw & 1);
  if (length < 6 || at + 6 > record.end) return null;
  return {
    commit: type === ControlRecordType.Commit,
    coordinatorEpoch: buf.readInt32BE(at + 2),
    timestamp: record.timestamp,
  };
}

/** A control batch met by a header-only scan: its body is read for the marker. */
function markerAt(segment: LogSegment, position: number, size: number): EndTxnMarker | null {
  return markerOf(new RecordBatchHeader(segment.readBytes(position, size), 0));
}
