import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32c } from '../protocol/crc32c';
import { CorruptSnapshotError } from './errors';
import { fsPromises, offsetFileStem, SNAPSHOT_SUFFIX, unlinkIfExists } from './files';
import { ProducerStateEntry } from './producer-state';

/**
 * Producer-state snapshot files, `<20-digit offset>.snapshot`, in Kafka's format (ProducerSnapshot.json,
 * version 1, written by ProducerStateManager.writeSnapshot): int16 version, uint32 CRC-32C of everything after
 * it, int32 entry count, then per producer 46 bytes: int64 producerId, int16 epoch, int32 lastSequence, int64
 * lastOffset, int32 offsetDelta, int64 timestamp, int32 coordinatorEpoch, int64 currentTxnFirstOffset (-1:
 * none). Only each producer's last batch is kept (Kafka's too): after a restart a retry of an older batch of
 * the last five is an out-of-order sequence rather than a duplicate.
 */
export const SNAPSHOT_VERSION = 1;
const CRC_AT = 2;
const ENTRIES_AT = 6;
const ENTRY_SIZE = 46;

export function snapshotPath(dir: string, offset: number): string {
  return join(dir, offsetFileStem(offset) + SNAPSHOT_SUFFIX);
}

export function encodeSnapshot(entries: Iterable<ProducerStateEntry>): Buffer {
  const list = [...entries];
  const buf = Buffer.alloc(ENTRIES_AT + 4 + list.length * ENTRY_SIZE);
  buf.writeInt16BE(SNAPSHOT_VERSION, 0);
  buf.writeInt32BE(list.length, ENTRIES_AT);
  let at = ENTRIES_AT + 4;
  for (const e of list) {
    buf.writeBigInt64BE(e.producerId, at);
    buf.writeInt16BE(e.producerEpoch, at + 8);
    buf.writeInt32BE(e.lastSeq, at + 10);
    buf.writeBigInt64BE(BigInt(e.lastDataOffset), at + 14);
    buf.writeInt32BE(e.lastOffsetDelta, at + 22);
    buf.writeBigInt64BE(BigInt(e.lastTimestamp), at + 26);
    buf.writeInt32BE(e.coordinatorEpoch, at + 34);
    buf.writeBigInt64BE(BigInt(e.currentTxnFirstOffset ?? -1), at + 38);
    at += ENTRY_SIZE;
  }
  buf.writeUInt32BE(crc32c(buf.subarray(ENTRIES_AT)), CRC_AT);
  return buf;
}

/** Decodes a snapshot, or throws CorruptSnapshotError (unknown version, wrong length, CRC mismatch). */
export function decodeSnapshot(buf: Buffer): ProducerStateEntry[] {
  if (buf.length < ENTRIES_AT + 4) throw new CorruptSnapshotError(`Snapshot is too short (${buf.length} bytes)`);
  const version = buf.readInt16BE(0);
  if (version !== SNAPSHOT_VERSION)
    throw new CorruptSnapshotError(`Snapshot contained an unknown file version ${version}`);
  const count = buf.readInt32BE(ENTRIES_AT);
  if (count < 0 || buf.length !== ENTRIES_AT + 4 + count * ENTRY_SIZE) {
    throw new CorruptSnapshotError(`Snapshot failed schema validation: ${count} entries in ${buf.length} bytes`);
  }
  const stored = buf.readUInt32BE(CRC_AT);
  const computed = crc32c(buf.subarray(ENTRIES_AT));
  if (stored !== computed) {
    throw new CorruptSnapshotError(
      `Snapshot is corrupt (CRC is no longer valid). Stored crc: ${stored}. Computed crc: ${computed}`,
    );
  }
  const entries: ProducerStateEntry[] = [];
  let at = ENTRIES_AT + 4;
  for (let i = 0; i < count; i++, at += ENTRY_SIZE) {
    const lastOffset = Number(buf.readBigInt64BE(at + 14));
    const timestamp = Number(buf.readBigInt64BE(at + 26));
    const txnFirst = Number(buf.readBigInt64BE(at + 38));
    const entry = new ProducerStateEntry(
      buf.readBigInt64BE(at),
      buf.readInt16BE(at + 8),
      buf.readInt32BE(at + 34),
      timestamp,
      txnFirst >= 0 ? txnFirst : null,
    );
    if (lastOffset >= 0) {
      entry.batches.push({
        lastSeq: buf.readInt32BE(at + 10),
        lastOffset,
        offsetDelta: buf.readInt32BE(at + 22),
        timestamp,
      });
    }
    entries.push(entry);
  }
  return entries;
}

/**
 * Writes a snapshot, fsynced only with `sync` (Kafka's takeSnapshot(sync = false) at a roll: a torn file fails
 * its CRC on load and an older snapshot is used; `fsyncSnapshotAsync` makes it durable in the background).
 */
export function writeSnapshot(
  dir: string,
  offset: number,
  entries: Iterable<ProducerStateEntry>,
  sync = false,
): string {
  const path = snapshotPath(dir, offset);
  const bytes = encodeSnapshot(entries);
  const fd = openSync(path, 'w');
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    if (sync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return path;
}

export async function fsyncSnapshotAsync(path: string): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await fsPromises().open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // removed meanwhile (truncation, retention)
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function readSnapshot(path: string): ProducerStateEntry[] {
  return decodeSnapshot(readFileSync(path));
}

/** Offsets of the snapshot files in `dir`, ascending. */
export function listSnapshotOffsets(dir: string): number[] {
  const offsets: number[] = [];
  for (const name of readdirSync(dir)) {
    const match = /^(\d{20})\.snapshot$/.exec(name);
    if (match) offsets.push(Number(match[1]));
  }
  return offsets.sort((a, b) => a - b);
}

export function deleteSnapshot(dir: string, offset: number): void {
  unlinkIfExists(snapshotPath(dir, offset));
}
