import { compress, decompress } from '../protocol/compression';
import {
  BATCH_HEADER_SIZE,
  BatchAttribute,
  BatchOffset,
  CompressionCodec,
  RecordBatchHeader,
} from '../protocol/records/batch-header';
import { crc32c } from '../protocol/crc32c';
import type { BatchInfo } from './batch-scan';
import { readOffsetCheckpoint, type TopicPartition, writeOffsetCheckpoint } from './checkpoint';
import { isCompacted, type LogConfig } from './config';
import type { StorageLogger } from './logger';
import { encodeVarlong, type ScannedRecord, scanRecordBytes } from './record-scan';
import { LogSegment, type SegmentOptions } from './segment';

/**
 * Log compaction (Kafka's LogCleaner, one partition at a time): the latest record per key survives,
 * tombstones survive delete.retention.ms after the cleaning pass that first kept them (KIP-534's delete
 * horizon stored in the batch), control batches survive, records without a key are dropped. Batches are
 * rewritten with their surviving records, keeping their base/last offsets, producer fields, codec and
 * timestamps (offsets get gaps). Cleaned segments are written as `.cleaned`, flushed, and swapped in.
 */
export interface CompactionContext {
  dir: string;
  tp: TopicPartition;
  config: LogConfig;
  logger: StorageLogger;
  now: number;
  force: boolean;
  /** Earliest delete horizon of tombstones kept by an earlier pass (null: none known). */
  pendingDeleteHorizon: number | null;
  segments(): readonly LogSegment[];
  logStartOffset(): number;
  /** Active segment base, LSO: nothing at or after it is cleaned. */
  firstUncleanableOffset(): number;
  cleanerCheckpointPath: string;
  aborted(): boolean;
  swap(oldSegments: LogSegment[], cleaned: LogSegment): boolean;
  segmentOptions: SegmentOptions;
  /**
   * Memory budget of the key map (Kafka's log.cleaner.dedupe.buffer.size, 128 MiB): when the dirty range has
   * more distinct keys than fit, this pass cleans up to the end of the last segment mapped and the next pass
   * continues from there. Estimated as key bytes plus 64 per entry.
   */
  keyMapBytes?: number;
  /** Hook for transactions: batches of aborted transactions to drop (default: none). */
  isAbortedBatch?: (batch: BatchInfo, producerId: number) => boolean;
}

export interface CompactionResult {
  cleanedSegments: number;
  bytesBefore: number;
  bytesAfter: number;
  recordsRemoved: number;
  tombstonesRemoved: number;
  /** The cleaner checkpoint now points here: offsets below it are clean. */
  cleanedUpTo: number;
  /** Earliest delete horizon among tombstones still kept (a later pass removes them), or null. */
  nextDeleteHorizon: number | null;
}

/** Kafka's log.cleaner.dedupe.buffer.size default. */
export const DEFAULT_KEY_MAP_BYTES = 128 * 1024 * 1024;

interface Totals {
  recordsRemoved: number;
  tombstonesRemoved: number;
  nextDeleteHorizon: number | null;
}

export async function runCompaction(ctx: CompactionContext): Promise<CompactionResult | null> {
  const { config, now } = ctx;
  if (!isCompacted(config)) return null;
  const all = ctx.segments();
  const lagBound = now - config.minCompactionLagMs;
  let uncleanable = ctx.firstUncleanableOffset();
  for (const s of all) {
    if (s.largestTimestamp > lagBound) {
      uncleanable = Math.min(uncleanable, s.baseOffset);
      break;
    }
  }
  const cleanable: LogSegment[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    if (all[i + 1]!.baseOffset <= uncleanable) cleanable.push(all[i]!);
  }
  if (cleanable.length === 0) return null;
  const logStart = ctx.logStartOffset();
  let endOfCleanable = all[cleanable.length]!.baseOffset;
  let firstDirty = readOffsetCheckpoint(ctx.cleanerCheckpointPath, ctx.tp, ctx.logger) ?? logStart;
  if (firstDirty < logStart || firstDirty > endOfCleanable) firstDirty = logStart;
  const dirty = cleanable.filter((s) => s.nextOffset > firstDirty);
  const dirtyBytes = dirty.reduce((n, s) => n + s.size, 0);
  const totalBytes = cleanable.reduce((n, s) => n + s.size, 0);
  const firstDirtyTime = dirty[0]?.rollingBasedTimestamp ?? null;
  const lagExceeded = firstDirtyTime !== null && now - firstDirtyTime > config.maxCompactionLagMs;
  // KIP-534: tombstones whose delete horizon passed make the log worth a pass even with nothing dirty.
  const horizonPassed = ctx.pendingDeleteHorizon !== null && now >= ctx.pendingDeleteHorizon;
  const ratioReached = dirtyBytes > 0 && dirtyBytes / totalBytes >= config.minCleanableDirtyRatio;
  if (!ctx.force && !lagExceeded && !horizonPassed && !ratioReached) return null;

  // Pass 1: latest offset per key over the dirty range, and the last batch of each producer in the log.
  const latest = new Map<string, number>();
  const lastBatchOfProducer = new Map<number, number>();
  for (const segment of all) {
    const reader = segment.batches(0, false);
    for (let b = reader.next(); b; b = reader.next()) {
      const pid = Number(b.header.producerId);
      if (pid >= 0) lastBatchOfProducer.set(pid, b.info.baseOffset);
    }
  }
  const mapBudget = ctx.keyMapBytes ?? DEFAULT_KEY_MAP_BYTES;
  let mapBytes = 0;
  for (const segment of dirty) {
    if (mapBytes >= mapBudget && segment !== dirty[0]) {
      // The map is full: clean up to this segment now, the rest on a later pass.
      endOfCleanable = segment.baseOffset;
      cleanable.splice(cleanable.indexOf(segment));
      ctx.logger.info('compaction key map full; cleaning part of the dirty range', {
        topic: ctx.tp.topic,
        partition: ctx.tp.partition,
        upTo: endOfCleanable,
      });
      break;
    }
    const reader = segment.batches(0, true, 8 << 20);
    for (let b = reader.next(); b; b = reader.next()) {
      if (b.header.isControl || b.info.lastOffset < firstDirty) continue;
      if (ctx.isAbortedBatch?.(b.info, Number(b.header.producerId))) continue;
      const records = await recordsOf(b.header);
      if (ctx.aborted()) return null;
      if (!records) continue;
      for (const r of records.list) {
        if (r.key === null) continue;
        const key = r.key.toString('latin1');
        if (!latest.has(key)) mapBytes += key.length + 64;
        latest.set(key, r.offset);
      }
    }
  }

  const bytesBeforeCleaning = cleanable.reduce((n, s) => n + s.size, 0);
  // Pass 2: rewrite every cleanable segment, grouped so a group still fits one segment.
  const totals: Totals = { recordsRemoved: 0, tombstonesRemoved: 0, nextDeleteHorizon: null };
  let bytesAfter = 0;
  let cleanedSegments = 0;
  for (const group of groupSegments(
    cleanable,
    config.segmentBytes,
    ctx.segmentOptions.maxIndexBytes,
    config.indexIntervalBytes,
  )) {
    const cleaned = LogSegment.create(ctx.dir, group[0]!.baseOffset, ctx.segmentOptions, now, 0, '.cleaned');
    try {
      for (const source of group) {
        const keepLastBatch = source === group.at(-1);
        await cleanSegmentInto(ctx, source, cleaned, latest, lastBatchOfProducer, totals, keepLastBatch);
        if (ctx.aborted()) {
          cleaned.deleteFiles();
          return null;
        }
      }
      cleaned.onBecomeInactive();
      cleaned.flush();
    } catch (error) {
      cleaned.deleteFiles();
      throw error;
    }
    if (ctx.aborted() || !ctx.swap(group, cleaned)) {
      cleaned.deleteFiles();
      return null;
    }
    bytesAfter += cleaned.size;
    cleanedSegments += group.length;
  }
  writeOffsetCheckpoint(ctx.cleanerCheckpointPath, ctx.tp, endOfCleanable);
  const result: CompactionResult = {
    cleanedSegments,
    bytesBefore: bytesBeforeCleaning,
    bytesAfter,
    recordsRemoved: totals.recordsRemoved,
    tombstonesRemoved: totals.tombstonesRemoved,
    cleanedUpTo: endOfCleanable,
    nextDeleteHorizon: totals.nextDeleteHorizon,
  };
  ctx.logger.info('compacted log', { topic: ctx.tp.topic, partition: ctx.tp.partition, ...result });
  return result;
}

/** Consecutive segments whose combined size and offset span fit in one segment and one index (Kafka's rule). */
function groupSegments(
  segments: LogSegment[],
  maxBytes: number,
  maxIndexBytes: number,
  interval: number,
): LogSegment[][] {
  const groups: LogSegment[][] = [];
  let current: LogSegment[] = [];
  let bytes = 0;
  const maxIndexEntries = Math.floor(maxIndexBytes / 12);
  for (const s of segments) {
    const first = current[0];
    const fits =
      first !== undefined &&
      bytes + s.size <= maxBytes &&
      s.nextOffset - first.baseOffset - 1 <= 0x7fffffff &&
      (bytes + s.size) / Math.max(1, interval) < maxIndexEntries - 1;
    if (!fits && current.length > 0) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(s);
    bytes += s.size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The records of a batch (decompressed if needed), or null when they cannot be walked. */
async function recordsOf(header: RecordBatchHeader): Promise<{ list: ScannedRecord[]; bytes: Buffer } | null> {
  const base = Number(header.baseOffset);
  const baseTs = Number(header.baseTimestamp);
  const start = header.at + BATCH_HEADER_SIZE;
  const end = header.at + header.sizeInBytes;
  if (header.compression === CompressionCodec.None) {
    const list = scanRecordBytes(header.buf, start, end, header.recordsCount, base, baseTs);
    return list ? { list, bytes: header.buf } : null;
  }
  try {
    const bytes = await decompress(header.compression, header.buf.subarray(start, end));
    const list = scanRecordBytes(bytes, 0, bytes.length, header.recordsCount, base, baseTs);
    return list ? { list, bytes } : null;
  } catch {
    return null;
  }
}

async function cleanSegmentInto(
  ctx: CompactionContext,
  source: LogSegment,
  cleaned: LogSegment,
  latest: Map<string, number>,
  lastBatchOfProducer: Map<number, number>,
  totals: Totals,
  keepLastBatch: boolean,
): Promise<void> {
  const { now } = ctx;
  const chunks: Buffer[] = [];
  const infos: BatchInfo[] = [];
  let pending = 0;
  const flushOut = () => {
    if (chunks.length === 0) return;
    cleaned.append(Buffer.concat(chunks), infos.splice(0));
    chunks.length = 0;
    pending = 0;
  };
  const emit = (batch: Buffer, info: BatchInfo) => {
    infos.push({ ...info, position: pending });
    chunks.push(batch);
    pending += batch.length;
    if (pending >= 1 << 20) flushOut();
  };
  const reader = source.batches(0, true, 8 << 20);
  for (let b = reader.next(); b; b = reader.next()) {
    const { header, info } = b;
    const original = () => Buffer.from(header.buf.subarray(header.at, header.at + info.size));
    if (header.isControl) {
      emit(original(), info);
      continue;
    }
    const pid = Number(header.producerId);
    const aborted = ctx.isAbortedBatch?.(info, pid) ?? false;
    const copy = original(); // the reader's buffer is reused by the next read; keep our own bytes
    const records = aborted
      ? { list: [] as ScannedRecord[], bytes: copy }
      : await recordsOf(new RecordBatchHeader(copy, 0));
    if (ctx.aborted()) return;
    if (records === null) {
      // Records we cannot walk are kept as they are rather than guessed at.
      ctx.logger.warn('kept a batch whose records could not be read', { baseOffset: info.baseOffset });
      emit(copy, info);
      continue;
    }
    const deleteHorizon =
      (header.attributes & BatchAttribute.DeleteHorizon) !== 0 ? Number(header.baseTimestamp) : null;
    const kept: ScannedRecord[] = [];
    let keptTombstone = false;
    for (const r of records.list) {
      if (r.key === null) {
        totals.recordsRemoved++;
        continue;
      }
      const newest = latest.get(r.key.toString('latin1'));
      if (newest !== undefined && newest > r.offset) {
        totals.recordsRemoved++;
        continue;
      }
      if (r.valueIsNull) {
        if (deleteHorizon !== null && now >= deleteHorizon) {
          totals.recordsRemoved++;
          totals.tombstonesRemoved++;
          continue;
        }
        keptTombstone = true;
      }
      kept.push(r);
    }
    const setHorizon = keptTombstone && deleteHorizon === null;
    if (keptTombstone) {
      const horizon = deleteHorizon ?? now + ctx.config.deleteRetentionMs;
      totals.nextDeleteHorizon = Math.min(totals.nextDeleteHorizon ?? horizon, horizon);
    }
    if (aborted) totals.recordsRemoved += header.recordsCount;
    if (kept.length === header.recordsCount && !setHorizon) {
      emit(copy, info);
      continue;
    }
    // An emptied batch is kept as a bare header when it is its producer's last (producer state, as Kafka) or
    // the last batch of the cleaned group: the swap's last offset then names exactly the segments it replaces.
    const lastOfGroup = keepLastBatch && info.lastOffset === source.nextOffset - 1;
    if (kept.length === 0 && !lastOfGroup && !(pid >= 0 && lastBatchOfProducer.get(pid) === info.baseOffset)) continue;
    const rebuilt = await rebuildBatch(
      copy,
      records.bytes,
      kept,
      setHorizon ? now + ctx.config.deleteRetentionMs : null,
    );
    emit(rebuilt, { ...info, size: rebuilt.length, recordsCount: kept.length });
  }
  flushOut();
  if (reader.problem)
    throw new Error(`segment ${source.baseOffset} is corrupt at ${reader.position}: ${reader.problem}`);
}

/**
 * A batch with only `kept` records: same header fields (offsets, producer, timestamps, codec), new count,
 * length and CRC. With `horizon`, the delete-horizon attribute is set and baseTimestamp carries it, so each
 * record's timestampDelta is re-encoded against it (its absolute timestamp does not change).
 */
async function rebuildBatch(
  original: Buffer,
  recordBytes: Buffer,
  kept: ScannedRecord[],
  horizon: number | null,
): Promise<Buffer> {
  const header = Buffer.from(original.subarray(0, BATCH_HEADER_SIZE));
  const parts: Buffer[] = [];
  for (const r of kept) {
    if (horizon === null) {
      parts.push(recordBytes.subarray(r.start, r.end));
      continue;
    }
    const lengthEnd = r.timestampDeltaStart - 1; // the attributes byte sits between the length and the delta
    const attributes = recordBytes.subarray(lengthEnd, r.timestampDeltaStart);
    const rest = recordBytes.subarray(r.timestampDeltaEnd, r.end);
    const delta = encodeVarlong(r.timestamp - horizon);
    const bodyLength = attributes.length + delta.length + rest.length;
    parts.push(encodeVarlong(bodyLength), attributes, delta, rest);
  }
  let body: Buffer = Buffer.concat(parts);
  const codec = header.readInt16BE(BatchOffset.Attributes) & BatchAttribute.CompressionMask;
  if (codec !== CompressionCodec.None && kept.length > 0) body = await compress(codec, body);
  if (kept.length === 0) {
    // An empty batch kept for producer state has no records section and, as Kafka writes it, no codec.
    header.writeInt16BE(
      header.readInt16BE(BatchOffset.Attributes) & ~BatchAttribute.CompressionMask,
      BatchOffset.Attributes,
    );
  }
  if (horizon !== null) {
    header.writeInt16BE(
      header.readInt16BE(BatchOffset.Attributes) | BatchAttribute.DeleteHorizon,
      BatchOffset.Attributes,
    );
    header.writeBigInt64BE(BigInt(horizon), BatchOffset.BaseTimestamp);
  }
  header.writeInt32BE(kept.length, BatchOffset.RecordsCount);
  const batch = Buffer.concat([header, body]);
  batch.writeInt32BE(batch.length - 12, BatchOffset.BatchLength);
  batch.writeUInt32BE(crc32c(batch.subarray(BatchOffset.Attributes)), BatchOffset.Crc);
  return batch;
}
