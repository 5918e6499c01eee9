import { existsSync, readFileSync } from 'node:fs';
import type { StorageLogger } from './logger';
import { writeFileAtomic } from './files';

/**
 * Leader epoch -> first offset written in that epoch (Kafka's LeaderEpochFileCache), persisted as the
 * `leader-epoch-checkpoint` text file `0\n<count>\n<epoch> <startOffset>\n...`. Followers use it to find
 * where their log diverges from the leader's (OffsetForLeaderEpoch) before truncating.
 */
export interface EpochEntry {
  epoch: number;
  startOffset: number;
}

export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

export class LeaderEpochCache {
  private entries: EpochEntry[];

  private constructor(
    private readonly path: string,
    entries: EpochEntry[],
    private readonly persist: ((content: string) => void) | undefined,
  ) {
    this.entries = entries;
  }

  /**
   * Loads the checkpoint at `path`. Changes are written there with `persist` when given (a partition log
   * queues them in the background, see background-io.ts), else atomically and synchronously.
   */
  static load(path: string, logger: StorageLogger, persist?: (content: string) => void): LeaderEpochCache {
    const entries: EpochEntry[] = [];
    if (existsSync(path)) {
      const lines = readFileSync(path, 'utf8').split('\n');
      const count = Number(lines[1]);
      let ok = lines[0] === '0' && Number.isInteger(count) && count >= 0 && lines.length >= count + 2;
      for (let i = 0; ok && i < count; i++) {
        const [epoch, start] = lines[2 + i]!.split(' ').map(Number);
        if (!Number.isInteger(epoch) || !Number.isSafeInteger(start)) ok = false;
        else entries.push({ epoch: epoch!, startOffset: start! });
      }
      if (!ok) {
        logger.warn('ignoring malformed leader-epoch-checkpoint', { path });
        entries.length = 0;
      }
    }
    return new LeaderEpochCache(path, entries, persist);
  }

  get all(): readonly EpochEntry[] {
    return this.entries;
  }

  latestEpoch(): number {
    return this.entries.at(-1)?.epoch ?? UNDEFINED_EPOCH;
  }

  /** Records that `epoch` starts at `startOffset`; entries it supersedes are dropped. No-op if already known. */
  assign(epoch: number, startOffset: number): void {
    if (epoch < 0) return;
    const last = this.entries.at(-1);
    if (last && last.epoch === epoch) return;
    if (last && last.epoch > epoch && last.startOffset <= startOffset) return; // stale epoch: ignore
    this.entries = this.entries.filter((e) => e.epoch < epoch && e.startOffset < startOffset);
    this.entries.push({ epoch, startOffset });
    this.flush();
  }

  /** Drops epochs starting at or after `endOffset` (the log was truncated to it). */
  truncateFromEnd(endOffset: number): void {
    const kept = this.entries.filter((e) => e.startOffset < endOffset);
    if (kept.length === this.entries.length) return;
    this.entries = kept;
    this.flush();
  }

  /** The log start moved to `startOffset`: the epoch covering it now starts there. */
  truncateFromStart(startOffset: number): void {
    let floor = -1;
    for (let i = 0; i < this.entries.length && this.entries[i]!.startOffset <= startOffset; i++) floor = i;
    if (floor < 0 || (floor === 0 && this.entries[0]!.startOffset === startOffset)) return;
    const kept = this.entries.slice(floor);
    kept[0] = { epoch: kept[0]!.epoch, startOffset };
    this.entries = kept;
    this.flush();
  }

  /** OffsetForLeaderEpoch: the end offset of `requested` epoch and the largest epoch <= it (Kafka's rules). */
  endOffsetFor(requested: number, logEndOffset: number): { epoch: number; endOffset: number } {
    const undefinedResult = { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET };
    if (requested === UNDEFINED_EPOCH) return undefinedResult;
    if (requested === this.latestEpoch()) return { epoch: requested, endOffset: logEndOffset };
    const higher = this.entries.find((e) => e.epoch > requested);
    if (!higher) return undefinedResult;
    let floor: EpochEntry | undefined;
    for (const e of this.entries) if (e.epoch <= requested) floor = e;
    return { epoch: floor ? floor.epoch : requested, endOffset: higher.startOffset };
  }

  clear(): void {
    this.entries = [];
    this.flush();
  }

  private flush(): void {
    const lines = this.entries.map((e) => `${e.epoch} ${e.startOffset}\n`).join('');
    const content = `0\n${this.entries.length}\n${lines}`;
    if (this.persist) this.persist(content);
    else writeFileAtomic(this.path, content);
  }
}
