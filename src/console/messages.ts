/**
 * The message browser: records of one partition read straight from its log through the partition layer (what
 * a consumer with read_uncommitted sees: up to the high watermark, control records left out), from an
 * offset, from the first record at or after a timestamp, or those whose key matches (a scan from the log
 * start, bounded so one search cannot read a whole disk).
 */
import { decodeRecordSet } from '../../protocol/records';
import type { Partition } from '../../replication';

export interface BrowsedRecord {
  partition: number;
  offset: number;
  timestamp: number;
  key: string | null;
  value: string | null;
  /** Bytes of the value (it is cut at VALUE_PREVIEW characters). */
  valueBytes: number;
  headers: Record<string, string | null>;
}

export interface BrowseQuery {
  partition: number;
  /** Start here (default: the log start); ignored when `timestamp` is given. */
  offset?: number;
  /** Start at the first record with a timestamp at or after this (epoch ms). */
  timestamp?: number;
  /** Only records whose key, as UTF-8, contains this. */
  key?: string;
  limit: number;
}

export interface BrowseResult {
  records: BrowsedRecord[];
  /** Where a next page starts (the offset after the last record read). */
  nextOffset: number;
  logStartOffset: number;
  highWatermark: number;
}

const READ_BYTES = 1024 * 1024;
/** A key search reads at most this much of the log per request; `nextOffset` says where to go on. */
const SEARCH_BYTES = 64 * 1024 * 1024;
const VALUE_PREVIEW = 2000;

export async function browse(partition: Partition, query: BrowseQuery): Promise<BrowseResult> {
  let offset = Math.max(query.offset ?? partition.logStartOffset, partition.logStartOffset);
  if (query.timestamp !== undefined) {
    const found = partition.fetchOffsetForTimestamp(query.timestamp, 'high-watermark', -1);
    offset = found ? Number(found.offset) : partition.highWatermark;
  }
  const records: BrowsedRecord[] = [];
  let budget = query.key === undefined ? READ_BYTES : SEARCH_BYTES;
  while (records.length < query.limit && offset < partition.highWatermark && budget > 0) {
    const read = await partition.readRecords({
      fetchOffset: offset,
      maxBytes: READ_BYTES,
      isolation: 'high-watermark',
      minOneBatch: true,
      currentLeaderEpoch: -1,
    });
    if (read.records.length === 0) break;
    budget -= read.records.length;
    const start = offset;
    for (const batch of (await decodeRecordSet(read.records)).batches) {
      if (!('records' in batch)) continue; // legacy (v0/v1) entries: not shown
      offset = Math.max(offset, Number(batch.lastOffset) + 1);
      if (batch.isControl) continue;
      for (const r of batch.records) {
        const at = Number(r.offset);
        if (at < start || records.length >= query.limit) continue;
        const key = r.key?.toString('utf8') ?? null;
        if (query.key !== undefined && !key?.includes(query.key)) continue;
        records.push({
          partition: query.partition,
          offset: at,
          timestamp: Number(r.timestamp),
          key,
          value: r.value === null ? null : r.value.toString('utf8', 0, VALUE_PREVIEW),
          valueBytes: r.value?.length ?? 0,
          headers: Object.fromEntries(r.headers.map((h) => [h.key, h.value?.toString('utf8') ?? null])),
        });
        if (records.length >= query.limit) offset = at + 1;
      }
    }
    if (offset === start) break; // nothing decodable: stop rather than spin
  }
  return {
    records,
    nextOffset: offset,
    logStartOffset: partition.logStartOffset,
    highWatermark: partition.highWatermark,
  };
}
