import { decodeRecordSet, type RecordBatch } from '../../protocol/records';
import type { StorageLogger } from '../../storage';
import type { RaftLog } from './raft-log';
import type { SnapshotId } from './snapshot-store';
import type { CommittedBatch, LeaderAndEpoch, RaftListener } from './types';

/**
 * Hands the listeners what became committed, one call at a time and in log order (Kafka's listener contexts):
 * a snapshot load, then the batches from its end up to the high watermark, leader changes in between. One
 * promise chain serializes them, so a slow listener delays deliveries but never sees them out of order.
 */
export class CommitDelivery {
  private chain: Promise<void> = Promise.resolve();
  /** The next offset to deliver. */
  private next = 0;
  private highWatermark = 0;
  /** The first leader high watermark heard of in this run (null: none yet), and whether it was reached. */
  private catchingUpTo: number | null = null;
  private caughtUp = false;
  private waiters: { offset: number; resolve: () => void }[] = [];

  constructor(
    private readonly log: RaftLog,
    private readonly listeners: readonly RaftListener[],
    private readonly logger: StorageLogger,
  ) {}

  /** The offset up to which every listener has seen the log. */
  get deliveredOffset(): number {
    return this.next;
  }

  startAt(offset: number): void {
    this.next = offset;
  }

  loadSnapshot(id: SnapshotId): void {
    this.enqueue(async () => {
      const records = await snapshotRecords(this.log.snapshots.readAll(id));
      for (const l of this.listeners) await l.onSnapshotLoad?.(id, records);
      this.next = Math.max(this.next, id.endOffset);
      this.highWatermark = Math.max(this.highWatermark, id.endOffset);
      this.wakeWaiters();
    });
  }

  leaderChanged(leader: LeaderAndEpoch): void {
    this.enqueue(async () => {
      for (const l of this.listeners) await l.onLeaderChange?.({ ...leader });
    });
  }

  committed(highWatermark: number): void {
    if (highWatermark <= this.highWatermark) return;
    this.highWatermark = highWatermark;
    this.enqueue(() => this.deliverUpTo(highWatermark));
  }

  /**
   * A leader's high watermark, from a Fetch answer (or this node's own, as leader): once everything below the
   * first one is delivered, the listeners hear that they caught up (onCaughtUp, once).
   */
  leaderHighWatermark(highWatermark: number): void {
    if (this.caughtUp || this.catchingUpTo !== null) return;
    this.catchingUpTo = highWatermark;
    this.checkCaughtUp();
  }

  private checkCaughtUp(): void {
    const target = this.catchingUpTo;
    if (this.caughtUp || target === null) return;
    this.enqueue(async () => {
      if (this.caughtUp || this.next < target) return;
      this.caughtUp = true;
      for (const l of this.listeners) await l.onCaughtUp?.(target);
    });
  }

  waitFor(offset: number): Promise<void> {
    if (this.next >= offset) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ offset, resolve }));
  }

  idle(): Promise<void> {
    return this.chain;
  }

  private enqueue(work: () => Promise<void>): void {
    this.chain = this.chain.then(work).catch((error: unknown) => {
      this.logger.error(`raft listener failed: ${(error as Error).stack ?? error}`);
    });
  }

  private async deliverUpTo(hw: number): Promise<void> {
    while (this.next < hw && !this.log.log.isClosed) {
      if (this.next < this.log.startOffset) return; // below a snapshot: its load moves `next`
      const bytes = this.log.read(this.next, 1 << 20, 'high-watermark');
      if (bytes.length === 0) return;
      const set = await decodeRecordSet(bytes);
      const out: CommittedBatch[] = [];
      let next = this.next;
      for (const b of set.batches as RecordBatch[]) {
        const last = Number(b.lastOffset);
        if (last >= hw) break;
        next = last + 1;
        if (b.isControl) continue;
        out.push({
          baseOffset: Number(b.baseOffset),
          lastOffset: last,
          epoch: b.partitionLeaderEpoch,
          appendTimestamp: Number(b.maxTimestamp),
          records: b.records.map((r) => r.value ?? Buffer.alloc(0)),
        });
      }
      if (next === this.next) return;
      if (out.length > 0) for (const l of this.listeners) await l.onCommit?.(out);
      this.next = next;
      this.wakeWaiters();
    }
    if (!this.caughtUp && this.catchingUpTo !== null && this.next >= this.catchingUpTo) this.checkCaughtUp();
  }

  private wakeWaiters(): void {
    const due = this.waiters.filter((w) => w.offset <= this.next);
    this.waiters = this.waiters.filter((w) => w.offset > this.next);
    for (const w of due) w.resolve();
  }
}

/** The state machine's records of a snapshot file (its header and footer control batches left out). */
export async function snapshotRecords(bytes: Buffer): Promise<Buffer[]> {
  const set = await decodeRecordSet(bytes);
  const records: Buffer[] = [];
  for (const b of set.batches as RecordBatch[]) {
    if (b.isControl) continue;
    for (const r of b.records) records.push(r.value ?? Buffer.alloc(0));
  }
  return records;
}
