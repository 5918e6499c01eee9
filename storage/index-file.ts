import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * A sparse, append-only index file with fixed-size entries, laid out as Kafka's: the file is preallocated to
 * `segment.index.bytes` (rounded down to whole entries) while its segment is active and trimmed to its
 * entries on roll and close. Kafka maps the file into memory; Node has no mmap, so the entries live in a
 * Buffer and appended entries reach the file in runs of PENDING_WRITE_BYTES (one pwrite per run, not one per
 * entry: an 8-byte pwrite per appended batch was a third of a produce's syscalls), and whenever the file
 * itself matters: flush, fsync targets, trim, close. Entries still in memory when the process dies are lost
 * from the file only; the sparse index stays correct without them (a lookup lands earlier and scans
 * forward), and recovery of the segments past the recovery point rebuilds them.
 */
const PENDING_WRITE_BYTES = 1024;

export abstract class IndexFile {
  protected buf: Buffer;
  protected count = 0;
  /** Entries written to the file so far (the rest are in `buf` only). */
  private written = 0;
  private fd: number;
  readonly maxEntries: number;

  protected constructor(
    readonly path: string,
    readonly baseOffset: number,
    maxIndexBytes: number,
    readonly entrySize: number,
    fd: number,
    initial: Buffer,
    count: number,
  ) {
    this.fd = fd;
    this.maxEntries = Math.max(1, Math.floor(maxIndexBytes / entrySize));
    this.buf = initial;
    this.count = count;
    this.written = count;
  }

  /**
   * Opens (creating if absent) an index file and reads its longest valid prefix of entries, `isValid(bytes,
   * at)` judging each entry in order. Reads in growing chunks and stops at the first invalid entry: the
   * active segment's index is preallocated to segment.index.bytes (10 MiB by default) of zeros, and after an
   * unclean shutdown reading all of it (per index, per partition) was most of a restart's time.
   */
  protected static openFile(
    path: string,
    entrySize: number,
    isValid: (bytes: Buffer, at: number) => boolean,
  ): { fd: number; bytes: Buffer; count: number; intact: boolean } {
    const fd = openSync(path, 'a+');
    closeSync(fd);
    const rw = openSync(path, 'r+');
    const size = fstatSync(rw).size;
    const total = Math.floor(size / entrySize);
    let bytes = Buffer.allocUnsafe(entrySize * 16);
    let count = 0;
    let readable = 0; // whole entries read so far
    let chunk = 64 * 1024;
    while (count < total) {
      if (count === readable) {
        const want = Math.min(total - readable, Math.floor(chunk / entrySize)) * entrySize;
        if (readable * entrySize + want > bytes.length) {
          const grown = Buffer.allocUnsafe(Math.max(bytes.length * 2, readable * entrySize + want));
          bytes.copy(grown, 0, 0, readable * entrySize);
          bytes = grown;
        }
        let got = 0;
        while (got < want) {
          const n = readSync(rw, bytes, readable * entrySize + got, want - got, readable * entrySize + got);
          if (n === 0) break;
          got += n;
        }
        if (got < entrySize) break;
        readable += Math.floor(got / entrySize);
        chunk = Math.min(chunk * 2, 8 << 20);
      }
      if (!isValid(bytes, count * entrySize)) break;
      count++;
    }
    return { fd: rw, bytes, count, intact: size % entrySize === 0 && count === total };
  }

  get entries(): number {
    return this.count;
  }

  get isFull(): boolean {
    return this.count >= this.maxEntries;
  }

  get sizeInBytes(): number {
    return this.count * this.entrySize;
  }

  /** Preallocates the file to its maximum size (a sparse file: costs no disk until written). */
  preallocate(): void {
    ftruncateSync(this.fd, this.maxEntries * this.entrySize);
  }

  /** Shrinks the file to exactly its entries (done when the segment stops being active). */
  trimToValidSize(): void {
    this.writePending();
    ftruncateSync(this.fd, this.count * this.entrySize);
  }

  /** The descriptor, its file holding every entry (an fsync of it on the pool then covers them all). */
  get fileDescriptor(): number {
    this.writePending();
    return this.fd;
  }

  flush(): void {
    this.writePending();
    fsyncSync(this.fd);
  }

  /** Writes the entries appended since the last write, in one pwrite. */
  writePending(): void {
    if (this.fd < 0 || this.deferred || this.written >= this.count) return;
    const from = this.written * this.entrySize;
    const to = this.count * this.entrySize;
    let done = from;
    while (done < to) done += writeSync(this.fd, this.buf, done, to - done, done);
    this.written = this.count;
  }

  close(): void {
    if (this.fd < 0) return;
    this.trimToValidSize();
    closeSync(this.fd);
    this.fd = -1;
  }

  /** Closes without trimming (the file is about to be renamed or deleted). */
  closeHandle(): void {
    if (this.fd < 0) return;
    this.writePending();
    closeSync(this.fd);
    this.fd = -1;
  }

  /** Drops every entry (the index is rebuilt from the log). */
  reset(): void {
    this.count = 0;
    this.written = 0;
    ftruncateSync(this.fd, 0);
  }

  /** Keeps only the first `n` entries. */
  protected truncateEntries(n: number): void {
    if (n >= this.count) return;
    this.count = n;
    this.written = Math.min(this.written, n);
    ftruncateSync(this.fd, n * this.entrySize);
  }

  private deferred = false;

  /**
   * Keeps appended entries in memory only until `endDeferredWrites()` writes them in one call (index
   * rebuilds append thousands of entries; one pwrite each would dominate recovery time).
   */
  beginDeferredWrites(): void {
    this.deferred = true;
  }

  endDeferredWrites(): void {
    if (!this.deferred) return;
    this.deferred = false;
    const bytes = this.count * this.entrySize;
    let written = 0;
    while (written < bytes) written += writeSync(this.fd, this.buf, written, bytes - written, written);
    this.written = this.count;
  }

  protected appendEntry(entry: Buffer): void {
    if (this.isFull) throw new Error(`index ${this.path} is full (${this.maxEntries} entries)`);
    const at = this.count * this.entrySize;
    if (at + this.entrySize > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.min(this.maxEntries * this.entrySize, Math.max(64, this.buf.length * 2)));
      this.buf.copy(grown, 0, 0, at);
      this.buf = grown;
    }
    entry.copy(this.buf, at);
    this.count++;
    if ((this.count - this.written) * this.entrySize >= PENDING_WRITE_BYTES) this.writePending();
  }

  /** Largest slot whose key is <= target, or -1. `keyAt` reads the key of slot i. */
  protected floorSlot(target: number, keyAt: (i: number) => number): number {
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (keyAt(mid) <= target) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

/** Drops the unused tail of a buffer read from a preallocated file so it does not pin megabytes. */
function compact(bytes: Buffer, used: number): Buffer {
  if (bytes.length <= Math.max(4096, used * 2)) return bytes;
  const copy = Buffer.allocUnsafe(Math.max(used * 2, 64));
  bytes.copy(copy, 0, 0, used);
  return copy;
}

/** `.index`: relative offset (int32) -> file position (int32), 8 bytes per entry. */
export class OffsetIndex extends IndexFile {
  static readonly ENTRY_SIZE = 8;
  private readonly scratch = Buffer.alloc(8);

  /**
   * Opens the index and keeps its longest valid prefix (strictly increasing offsets, non-decreasing
   * positions below `logSize`). `intact` is false when anything had to be dropped: the caller rebuilds.
   */
  static open(
    path: string,
    baseOffset: number,
    maxIndexBytes: number,
    logSize = Infinity,
  ): { index: OffsetIndex; intact: boolean } {
    let prevRel = -1;
    let prevPos = -1;
    const {
      fd,
      bytes,
      count: n,
      intact,
    } = IndexFile.openFile(path, OffsetIndex.ENTRY_SIZE, (b, at) => {
      const rel = b.readInt32BE(at);
      const pos = b.readInt32BE(at + 4);
      if (rel <= prevRel || pos < prevPos || rel < 0 || pos < 0 || pos >= logSize) return false;
      prevRel = rel;
      prevPos = pos;
      return true;
    });
    const index = new OffsetIndex(path, baseOffset, maxIndexBytes, 8, fd, compact(bytes, n * 8), n);
    return { index, intact };
  }

  offsetAt(i: number): number {
    return this.baseOffset + this.buf.readInt32BE(i * 8);
  }

  positionAt(i: number): number {
    return this.buf.readInt32BE(i * 8 + 4);
  }

  lastOffset(): number {
    return this.count === 0 ? this.baseOffset : this.offsetAt(this.count - 1);
  }

  append(offset: number, position: number): void {
    if (this.count > 0 && offset <= this.lastOffset()) return;
    this.scratch.writeInt32BE(offset - this.baseOffset, 0);
    this.scratch.writeInt32BE(position, 4);
    this.appendEntry(this.scratch);
  }

  /** The entry with the largest offset <= target (or the segment start). */
  lookup(offset: number): { offset: number; position: number } {
    const slot = this.floorSlot(offset - this.baseOffset, (i) => this.buf.readInt32BE(i * 8));
    return slot < 0
      ? { offset: this.baseOffset, position: 0 }
      : { offset: this.offsetAt(slot), position: this.positionAt(slot) };
  }

  /** Removes entries for offsets >= `offset`. */
  truncateTo(offset: number): void {
    const slot = this.floorSlot(offset - this.baseOffset - 1, (i) => this.buf.readInt32BE(i * 8));
    this.truncateEntries(slot + 1);
  }

  /** Removes entries pointing at or beyond `position` in the log file. */
  truncateToPosition(position: number): void {
    let n = this.count;
    while (n > 0 && this.positionAt(n - 1) >= position) n--;
    this.truncateEntries(n);
  }
}

/** `.timeindex`: timestamp (int64) -> relative offset (int32), 12 bytes per entry, timestamps increasing. */
export class TimeIndex extends IndexFile {
  static readonly ENTRY_SIZE = 12;
  private readonly scratch = Buffer.alloc(12);

  static open(path: string, baseOffset: number, maxIndexBytes: number): { index: TimeIndex; intact: boolean } {
    let prevTs = Number.NEGATIVE_INFINITY;
    let prevRel = -1;
    const {
      fd,
      bytes,
      count: n,
      intact,
    } = IndexFile.openFile(path, TimeIndex.ENTRY_SIZE, (b, at) => {
      const ts = Number(b.readBigInt64BE(at));
      const rel = b.readInt32BE(at + 8);
      // Kafka's time index may repeat an offset (final entry on roll) but timestamps strictly increase.
      // An all-zero slot is preallocated padding, never an entry (a timestamp of exactly 0 is not plausible).
      if (ts <= prevTs || rel < prevRel || rel < 0 || (ts === 0 && rel === 0)) return false;
      prevTs = ts;
      prevRel = rel;
      return true;
    });
    const index = new TimeIndex(path, baseOffset, maxIndexBytes, 12, fd, compact(bytes, n * 12), n);
    return { index, intact };
  }

  timestampAt(i: number): number {
    return Number(this.buf.readBigInt64BE(i * 12));
  }

  offsetAt(i: number): number {
    return this.baseOffset + this.buf.readInt32BE(i * 12 + 8);
  }

  lastEntry(): { timestamp: number; offset: number } | null {
    return this.count === 0
      ? null
      : { timestamp: this.timestampAt(this.count - 1), offset: this.offsetAt(this.count - 1) };
  }

  /** Appends when `timestamp` is larger than the last entry's (Kafka's maybeAppend). */
  maybeAppend(timestamp: number, offset: number, skipFullCheck = false): void {
    const last = this.lastEntry();
    if (last && timestamp <= last.timestamp) return;
    if (this.isFull && skipFullCheck) return;
    this.scratch.writeBigInt64BE(BigInt(timestamp), 0);
    this.scratch.writeInt32BE(offset - this.baseOffset, 8);
    this.appendEntry(this.scratch);
  }

  /** The entry with the largest timestamp <= target; null when all entries are later. */
  lookup(timestamp: number): { timestamp: number; offset: number } | null {
    const slot = this.floorSlot(timestamp, (i) => this.timestampAt(i));
    return slot < 0 ? null : { timestamp: this.timestampAt(slot), offset: this.offsetAt(slot) };
  }

  /** Removes entries whose offset is >= `offset`. */
  truncateTo(offset: number): void {
    let n = this.count;
    while (n > 0 && this.offsetAt(n - 1) >= offset) n--;
    this.truncateEntries(n);
  }
}
