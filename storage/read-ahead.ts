import type { ReadBuffers } from './read-buffers';
import type { LogSegment } from './segment';

/**
 * The next read of a reader that is catching up, started before it asks (shared by all partition logs of a
 * LogManager, within a byte budget).
 *
 * Why: a consumer far behind the log end fetches one response at a time (the Java consumer, librdkafka and
 * kafkajs all keep one fetch in flight per broker), each a partition's full budget read from an older segment.
 * Kafka answers from the page cache with sendfile, so the bytes are copied only while they are sent; Node has
 * no sendfile, so Brook copies them into memory first (readLogAsync, on libuv's pool), and on a quiet machine
 * that copy was about half of each fetch's round trip (bench/consume-ab.ts: 0.8-1.0 ms before the first
 * byte of a 4 MiB answer, against 0.2 ms for a source that holds its answer ready). So when a long read ends
 * with at least another full budget left in its segment, the bytes that follow are read at once, while the
 * answer is being written and the reader looks at it; its next fetch finds them ready.
 *
 * Safety: an entry is served only for the same segment object (a compaction swap or a reopened log makes new
 * ones), the same starting byte, no truncation of the log since it was started (the log's truncation
 * generation), and only if it holds all the bytes the new read planned; anything else is a miss, and the read
 * goes to the file as before. The bytes appended before a read ahead starts never change without a truncation.
 * Unclaimed entries are dropped after MAX_AGE_MS or when the budget needs their room, their buffers given back.
 */
export class ReadAhead {
  private readonly entries: ReadAheadEntry[] = [];
  private bytes = 0;
  private servedCount = 0;
  private sweep: NodeJS.Timeout | null = null;

  /**
   * @param budgetBytes bytes read ahead and not yet claimed, across all logs (a catching-up consumer of four
   *   partitions with the Java consumer's max.partition.fetch.bytes holds 4 MiB)
   * @param maxAgeMs unclaimed entries older than this are dropped (a consumer in its fetch loop comes back in ms)
   */
  constructor(
    private readonly budgetBytes = 32 * 1024 * 1024,
    private readonly maxAgeMs = 2000,
  ) {}

  /**
   * The bytes read ahead for [position, position + length) of `segment`, if an entry matches (see the class
   * comment); null at once when none does. The promise resolves null if the read ahead failed or came short.
   */
  take(segment: LogSegment, position: number, length: number, generation: number): Promise<Buffer | null> | null {
    const index = this.entries.findIndex((e) => e.segment === segment && e.position === position);
    if (index < 0) return null;
    const [entry] = this.entries.splice(index, 1);
    this.bytes -= entry!.length;
    if (entry!.generation !== generation || entry!.length < length) {
      this.discard(entry!);
      return null;
    }
    return entry!.read.then((bytes) => {
      if (bytes === null || bytes.length < length) {
        if (bytes) entry!.buffers?.release(bytes);
        return null;
      }
      this.servedCount++;
      return bytes.length === length ? bytes : bytes.subarray(0, length);
    });
  }

  /**
   * After a long read of `segment` that ended at byte `next`: reads [next, next + length) now, if the segment
   * holds all of it already (a reader that far behind will ask for it next) and the budget has room.
   */
  readAfter(segment: LogSegment, next: number, length: number, generation: number, buffers?: ReadBuffers): void {
    if (length <= 0 || length > this.budgetBytes || next + length > segment.size || segment.isClosed) return;
    if (this.entries.some((e) => e.segment === segment && e.position === next)) return;
    const now = performance.now();
    while (
      this.entries.length > 0 &&
      (this.bytes + length > this.budgetBytes || now - this.entries[0]!.startedAt > this.maxAgeMs)
    ) {
      this.drop(0);
    }
    // Started after this turn of the event loop: the answer that asked for it is written out first.
    const read = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => segment.readBytesAsync(next, length, buffers))
      .catch(() => null);
    this.entries.push({ segment, position: next, length, generation, buffers, read, startedAt: now });
    this.bytes += length;
    this.sweepLater();
  }

  /** Bytes read ahead and not yet claimed. */
  get pendingBytes(): number {
    return this.bytes;
  }

  /** Reads answered with bytes read ahead, so far. */
  get served(): number {
    return this.servedCount;
  }

  /** Drops every entry (the log manager is closing). */
  clear(): void {
    while (this.entries.length > 0) this.drop(0);
    if (this.sweep) clearTimeout(this.sweep);
    this.sweep = null;
  }

  private drop(index: number): void {
    const [entry] = this.entries.splice(index, 1);
    this.bytes -= entry!.length;
    this.discard(entry!);
  }

  /** Gives an unclaimed entry's buffer back to its pool once its read is done. */
  private discard(entry: ReadAheadEntry): void {
    void entry.read.then((bytes) => {
      if (bytes) entry.buffers?.release(bytes);
    });
  }

  /** Drops expired entries later even if no read comes (an idle broker keeps no read-ahead memory). */
  private sweepLater(): void {
    if (this.sweep) return;
    this.sweep = setTimeout(() => {
      this.sweep = null;
      const now = performance.now();
      while (this.entries.length > 0 && now - this.entries[0]!.startedAt > this.maxAgeMs) this.drop(0);
      if (this.entries.length > 0) this.sweepLater();
    }, this.maxAgeMs);
    this.sweep.unref();
  }
}

interface ReadAheadEntry {
  segment: LogSegment;
  position: number;
  length: number;
  /** The log's truncation generation when the read started. */
  generation: number;
  buffers: ReadBuffers | undefined;
  read: Promise<Buffer | null>;
  startedAt: number;
}
