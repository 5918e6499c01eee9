import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';

/**
 * A segment's `.txnindex` (Kafka's TransactionIndex): the transactions aborted by a marker in this segment,
 * in marker order, each a 34-byte AbortedTxn entry, version 0: int16 version, int64 producerId, int64
 * firstOffset, int64 lastOffset (the marker), int64 lastStableOffset (the LSO once the marker was written).
 * read_committed fetches collect them to tell consumers which producers' records to skip. The file is created
 * on the first abort; entries are also held in memory once read (a segment has few).
 */
export const ABORTED_TXN_SIZE = 34;
export const ABORTED_TXN_VERSION = 0;

export interface AbortedTxn {
  producerId: bigint;
  firstOffset: number;
  lastOffset: number;
  lastStableOffset: number;
}

export function encodeAbortedTxn(txn: AbortedTxn): Buffer {
  const buf = Buffer.alloc(ABORTED_TXN_SIZE);
  buf.writeInt16BE(ABORTED_TXN_VERSION, 0);
  buf.writeBigInt64BE(txn.producerId, 2);
  buf.writeBigInt64BE(BigInt(txn.firstOffset), 10);
  buf.writeBigInt64BE(BigInt(txn.lastOffset), 18);
  buf.writeBigInt64BE(BigInt(txn.lastStableOffset), 26);
  return buf;
}

/** Entries of a `.txnindex` file's bytes; a torn last entry is ignored (it is rebuilt by recovery). */
export function decodeAbortedTxns(bytes: Buffer): AbortedTxn[] {
  const out: AbortedTxn[] = [];
  for (let at = 0; at + ABORTED_TXN_SIZE <= bytes.length; at += ABORTED_TXN_SIZE) {
    const version = bytes.readInt16BE(at);
    if (version > ABORTED_TXN_VERSION) {
      throw new Error(`Unexpected aborted transaction version ${version}, current version is ${ABORTED_TXN_VERSION}`);
    }
    out.push({
      producerId: bytes.readBigInt64BE(at + 2),
      firstOffset: Number(bytes.readBigInt64BE(at + 10)),
      lastOffset: Number(bytes.readBigInt64BE(at + 18)),
      lastStableOffset: Number(bytes.readBigInt64BE(at + 26)),
    });
  }
  return out;
}

export class TransactionIndex {
  private fd = -1;
  private cached: AbortedTxn[] | null = null;

  /** `path()` is the file's current name: it follows the segment's state suffix (.cleaned, .swap, .deleted). */
  constructor(private readonly path: () => string) {}

  /** Every entry, oldest first. */
  all(): readonly AbortedTxn[] {
    if (this.cached === null) {
      const path = this.path();
      this.cached = existsSync(path) ? decodeAbortedTxns(readFileSync(path)) : [];
    }
    return this.cached;
  }

  append(txn: AbortedTxn): void {
    const entries = this.all();
    const last = entries.at(-1);
    if (last && last.lastOffset >= txn.lastOffset) {
      throw new Error(
        `The last offset of appended transactions must increase sequentially, but ${txn.lastOffset} is not greater than current last offset ${last.lastOffset} of index ${this.path()}`,
      );
    }
    const bytes = encodeAbortedTxn(txn);
    const fd = this.open();
    writeSync(fd, bytes, 0, bytes.length, entries.length * ABORTED_TXN_SIZE);
    this.cached!.push(txn);
  }

  /**
   * Kafka's collectAbortedTxns: the entries whose transaction overlaps [fetchOffset, upperBound), and whether
   * the search is complete (an entry's LSO reached the bound: later segments cannot add any).
   */
  collect(fetchOffset: number, upperBound: number): { found: AbortedTxn[]; complete: boolean } {
    const found: AbortedTxn[] = [];
    for (const txn of this.all()) {
      if (txn.lastOffset >= fetchOffset && txn.firstOffset < upperBound) found.push(txn);
      if (txn.lastStableOffset >= upperBound) return { found, complete: true };
    }
    return { found, complete: false };
  }

  /** Drops the entries whose marker is at or after `offset` (the segment is truncated there). */
  truncateTo(offset: number): void {
    const entries = this.all();
    const keep = entries.findIndex((t) => t.lastOffset >= offset);
    if (keep < 0) return;
    this.cached = entries.slice(0, keep);
    if (keep === 0 && this.fd < 0 && !existsSync(this.path())) return;
    ftruncateSync(this.open(), keep * ABORTED_TXN_SIZE);
  }

  /** Descriptor for the segment's fsyncs (-1 while the file was never opened for writing). */
  get fileDescriptor(): number {
    return this.fd;
  }

  private open(): number {
    if (this.fd < 0) this.fd = openSync(this.path(), existsSync(this.path()) ? 'r+' : 'w+');
    return this.fd;
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    this.cached = null;
  }
}
