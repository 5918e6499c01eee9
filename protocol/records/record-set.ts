import { BatchOffset, LOG_OVERHEAD } from './layout';
import { corruptRecords, type RecordsError } from './errors';

/**
 * Splits a `records` blob (a log segment slice, a Fetch response's records) into its shallow entries without
 * decoding them. v2 batches and legacy messages share the framing: int64 offset, int32 size, then `size` bytes
 * whose byte 4 (absolute byte 16) is the magic.
 */

/** Smallest legal entry body: a magic-0 message (crc 4, magic 1, attributes 1, key length 4, value length 4). */
export const MIN_ENTRY_BODY = 14;

export interface RecordSetEntry {
  /** Byte position of the entry's int64 offset field in the blob. */
  at: number;
  /** Whole size including the 12-byte offset/size prefix. */
  sizeInBytes: number;
  magic: number;
}

export interface SplitRecordSet {
  entries: RecordSetEntry[];
  /** Bytes at the end that start an entry but do not hold all of it (a Fetch may end like this). */
  partialBytes: number;
  /** Set when the blob stops making sense before its end (then `entries` holds what came before). */
  error: RecordsError | null;
}

export function splitRecordSet(blob: Buffer, start = 0, end = blob.length): SplitRecordSet {
  const entries: RecordSetEntry[] = [];
  let at = start;
  while (at < end) {
    const remaining = end - at;
    if (remaining < LOG_OVERHEAD + 5) return { entries, partialBytes: remaining, error: null };
    const size = blob.readInt32BE(at + BatchOffset.BatchLength);
    if (size < MIN_ENTRY_BODY) {
      return { entries, partialBytes: 0, error: corruptRecords(`entry size ${size} below the minimum`, at + 8) };
    }
    if (size + LOG_OVERHEAD > remaining) return { entries, partialBytes: remaining, error: null };
    entries.push({ at, sizeInBytes: size + LOG_OVERHEAD, magic: blob.readInt8(at + BatchOffset.Magic) });
    at += size + LOG_OVERHEAD;
  }
  return { entries, partialBytes: 0, error: null };
}
