/**
 * Wire pieces shared by the broker benchmark's processes (bench/broker-load.ts, the load generator, and
 * bench/broker-sink.ts, its discarding baseline peer): a frame splitter for a socket, a connection that reads
 * frames straight into one buffer (the consumer's), the record batches the generator sends, and a walker over
 * the record batches a Fetch returns.
 */
import { randomBytes } from 'node:crypto';
import { connect, type OnReadOpts, type Socket } from 'node:net';
import { crc32c } from '../protocol/crc32c';
import { FrameSplitter } from '../protocol/frame-splitter';
import { encodeRecordBatchSync } from '../protocol/records';
import { BatchOffset, LOG_OVERHEAD } from '../protocol/records/layout';

export const RECORD_SIZE = 1024;

/** A connection to a local port (no Nagle); `onread` makes Node read into the memory it names (openFrameReader). */
export function open(port: number, onread?: OnReadOpts): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, ...(onread ? { onread } : {}) }, () => resolve(socket));
    socket.setNoDelay(true);
    socket.once('error', reject);
  });
}

/**
 * A connection whose frames are read the way the Java client's NetworkReceive reads them: the 4-byte size, then
 * the body straight into a buffer of that size (the splitter's direct reads through Node's `onread`), one buffer
 * reused for every frame, so the kernel's copy is the only one. Read through chunks instead, a consumer of
 * multi-MiB Fetch answers joined each answer into fresh memory after its last byte arrived, a pause (and page
 * faults) that one fetch in flight cannot hide, and that limited the bench's consume figures, not the brokers'.
 * onFrame gets each frame without its prefix, valid only until it returns (the next frame reuses the memory).
 */
export function openFrameReader(port: number, onFrame: (frame: Buffer) => void): Promise<Socket> {
  let room = Buffer.alloc(0);
  const splitter = new FrameSplitter({
    kind: 'response',
    copyInto: (length) => {
      if (length > room.length) room = Buffer.allocUnsafe(length);
      return room.subarray(0, length);
    },
  });
  return open(port, {
    buffer: () => splitter.readTarget(),
    callback: (bytes) => {
      splitter.advance(bytes, onFrame);
      return true;
    },
  });
}

/** Calls onFrame for each frame (without its size prefix): the project's one frame splitter, on a socket. */
export function onFrames(socket: Socket, onFrame: (frame: Buffer) => void): void {
  const splitter = new FrameSplitter();
  socket.on('data', (chunk: Buffer) => splitter.push(chunk, onFrame));
}

/**
 * `count` distinct uncompressed batches of `records` 1 KiB records with random values (so every batch has its
 * own CRC and nothing compresses by accident), built once: a producer builds each batch as records arrive, but
 * building them here would make the generator's CPU, not the broker's, the measured limit.
 */
export function batchPool(count: number, records: number): Buffer[] {
  const now = Date.now();
  return Array.from({ length: count }, () =>
    encodeRecordBatchSync({
      records: Array.from({ length: records }, (_, i) => ({
        timestamp: now + i,
        key: null,
        value: randomBytes(RECORD_SIZE),
      })),
    }),
  );
}

/** Records in one batch (its header's lastOffsetDelta + 1). */
export function batchRecords(batch: Buffer): number {
  return batch.readInt32BE(BatchOffset.LastOffsetDelta) + 1;
}

export interface BatchWalk {
  /** Offset after the last complete batch (the next fetch offset). */
  nextOffset: bigint;
  records: number;
  batches: number;
  /** Batches whose CRC was checked, and how many of those did not match. */
  crcChecked: number;
  crcFailed: number;
  /** A batch that did not start where the previous one ended (a gap or an overlap): its base offset. */
  discontinuity: bigint | null;
}

/**
 * Walks the complete v2 batches of a Fetch's records (a trailing partial batch, which Kafka may return when a
 * partition's byte limit cuts one, is left for the next fetch), checking that each starts where the last one
 * ended and the CRC-32C of every `crcEvery`-th batch (counted across calls through `ordinal`).
 */
export function walkBatches(records: Buffer, fetchOffset: bigint, ordinal: number, crcEvery: number): BatchWalk {
  const walk: BatchWalk = {
    nextOffset: fetchOffset,
    records: 0,
    batches: 0,
    crcChecked: 0,
    crcFailed: 0,
    discontinuity: null,
  };
  let pos = 0;
  while (pos + BatchOffset.Records <= records.length) {
    const size = LOG_OVERHEAD + records.readInt32BE(pos + BatchOffset.BatchLength);
    if (pos + size > records.length) break;
    const base = records.readBigInt64BE(pos);
    const last = base + BigInt(records.readInt32BE(pos + BatchOffset.LastOffsetDelta));
    if (last < walk.nextOffset) {
      pos += size; // a batch wholly before the fetch offset: Kafka may return it, a consumer skips it
      continue;
    }
    if (base !== walk.nextOffset && walk.discontinuity === null) walk.discontinuity = base;
    if ((ordinal + walk.batches) % crcEvery === 0) {
      walk.crcChecked++;
      const stored = records.readUInt32BE(pos + BatchOffset.Crc);
      if (crc32c(records.subarray(pos + BatchOffset.Attributes, pos + size)) >>> 0 !== stored) walk.crcFailed++;
    }
    walk.records += records.readInt32BE(pos + BatchOffset.RecordsCount);
    walk.batches++;
    walk.nextOffset = last + 1n;
    pos += size;
  }
  return walk;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
