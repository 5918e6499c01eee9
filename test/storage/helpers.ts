import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeRecordBatch, encodeEndTxnMarker, encodeRecordBatchSync } from '../../protocol/records';
import type { StorageLogger } from '../../storage/logger';

/**
 * A fresh directory for one test; `cleanup()` removes it. A log closed without flushing (a simulated crash), or
 * closed while a compaction's checkpoint write was still on libuv's pool, may finish that write (a temporary file,
 * fsynced) while the folder is removed (ENOTEMPTY). rmSync retries only the folder's own removal, not the listing
 * of its files, so a file created after it listed them fails every retry: the whole removal starts again then,
 * for up to about 17 s in all (on a loaded machine that fsync took longer than a second).
 */
export function tempDir(prefix = 'brook-storage-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const cleanup = () => {
    for (let attempt = 1; ; attempt++) {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 15, retryDelay: 20 });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOTEMPTY' || attempt === 7) throw error;
      }
    }
  };
  return { dir, cleanup };
}

/** Records every log line so tests can assert on what the log said. */
export class RecordingLogger implements StorageLogger {
  readonly lines: { level: string; msg: string; meta?: object }[] = [];
  info(msg: string, meta?: object): void {
    this.lines.push({ level: 'info', msg, meta });
  }
  warn(msg: string, meta?: object): void {
    this.lines.push({ level: 'warn', msg, meta });
  }
  error(msg: string, meta?: object): void {
    this.lines.push({ level: 'error', msg, meta });
  }
  debug(msg: string, meta?: object): void {
    this.lines.push({ level: 'debug', msg, meta });
  }
  find(pattern: RegExp): { level: string; msg: string; meta?: object } | undefined {
    return this.lines.find((l) => pattern.test(l.msg));
  }
}

export interface TestRecord {
  key: string | null;
  value: string | null;
  timestamp?: number;
}

/** A producer-style v2 batch (baseOffset 0) of string records. */
export function batch(records: TestRecord[], options: { timestamp?: number; producerId?: bigint } = {}): Buffer {
  const ts = options.timestamp ?? 1_700_000_000_000;
  return encodeRecordBatchSync({
    producerId: options.producerId,
    records: records.map((r) => ({
      key: r.key === null ? null : Buffer.from(r.key),
      value: r.value === null ? null : Buffer.from(r.value),
      timestamp: r.timestamp ?? ts,
    })),
  });
}

/** A batch of `n` records with values `prefix-i`. */
export function valuesBatch(prefix: string, n: number, timestamp?: number): Buffer {
  return batch(
    Array.from({ length: n }, (_, i) => ({ key: null, value: `${prefix}-${i}` })),
    { timestamp },
  );
}

/** An idempotent (or transactional) producer's batch of `n` records, as a client sends it. */
export function producerBatch(options: {
  producerId: bigint;
  epoch?: number;
  sequence: number;
  n?: number;
  transactional?: boolean;
  prefix?: string;
  timestamp?: number;
}): Buffer {
  const n = options.n ?? 1;
  return encodeRecordBatchSync({
    producerId: options.producerId,
    producerEpoch: options.epoch ?? 0,
    baseSequence: options.sequence,
    isTransactional: options.transactional ?? false,
    records: Array.from({ length: n }, (_, i) => ({
      key: null,
      value: Buffer.from(`${options.prefix ?? 'p'}-${options.sequence + i}`),
      timestamp: options.timestamp ?? 1_700_000_000_000,
    })),
  });
}

/** A COMMIT or ABORT control batch, as the transaction coordinator's WriteTxnMarkers writes it. */
export function markerBatch(options: {
  producerId: bigint;
  epoch?: number;
  commit: boolean;
  coordinatorEpoch?: number;
  timestamp?: number;
}): Buffer {
  return encodeEndTxnMarker({
    commit: options.commit,
    producerId: options.producerId,
    producerEpoch: options.epoch ?? 0,
    coordinatorEpoch: options.coordinatorEpoch ?? 0,
    timestamp: options.timestamp ?? 1_700_000_000_000,
  });
}

export interface DecodedRecord {
  offset: number;
  key: string | null;
  value: string | null;
  timestamp: number;
}

/** Decodes every record of a sequence of batches. */
export async function decodeAll(bytes: Buffer): Promise<DecodedRecord[]> {
  const out: DecodedRecord[] = [];
  let at = 0;
  while (at + 12 <= bytes.length) {
    const size = bytes.readInt32BE(at + 8) + 12;
    const b = await decodeRecordBatch(bytes.subarray(at, at + size));
    for (const r of b.records) {
      out.push({
        offset: Number(r.offset),
        key: r.key === null ? null : r.key.toString(),
        value: r.value === null ? null : r.value.toString(),
        timestamp: Number(r.timestamp),
      });
    }
    at += size;
  }
  return out;
}

/** Base offsets of the batches in `bytes`. */
export function batchOffsets(bytes: Buffer): number[] {
  const out: number[] = [];
  let at = 0;
  while (at + 12 <= bytes.length) {
    out.push(Number(bytes.readBigInt64BE(at)));
    at += bytes.readInt32BE(at + 8) + 12;
  }
  return out;
}
