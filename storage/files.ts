import { closeSync, fsync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * File names of a partition directory, as Kafka lays them out. Segment files carry the 20-digit zero-padded
 * base offset; suffixes mark a file's state during deletion and compaction.
 */
export const LOG_SUFFIX = '.log';
export const INDEX_SUFFIX = '.index';
export const TIME_INDEX_SUFFIX = '.timeindex';
/** Aborted-transactions index per segment (reserved for transactions; written by a later issue). */
export const TXN_INDEX_SUFFIX = '.txnindex';
/** Producer-state snapshot `<offset>.snapshot` (reserved for idempotence/transactions). */
export const SNAPSHOT_SUFFIX = '.snapshot';
/** A segment file waiting for file.delete.delay.ms before removal. */
export const DELETED_SUFFIX = '.deleted';
/** Compaction output still being written: discarded on open. */
export const CLEANED_SUFFIX = '.cleaned';
/** Compaction output committed but not yet renamed into place: completed on open. */
export const SWAP_SUFFIX = '.swap';

export const RECOVERY_POINT_CHECKPOINT = 'recovery-point-offset-checkpoint';
export const LOG_START_OFFSET_CHECKPOINT = 'log-start-offset-checkpoint';
export const REPLICATION_OFFSET_CHECKPOINT = 'replication-offset-checkpoint';
export const CLEANER_OFFSET_CHECKPOINT = 'cleaner-offset-checkpoint';
export const LEADER_EPOCH_CHECKPOINT = 'leader-epoch-checkpoint';
export const CLEAN_SHUTDOWN_FILE = '.kafka_cleanshutdown';

/** `00000000000000000042` for offset 42. */
export function offsetFileStem(offset: number): string {
  return String(offset).padStart(20, '0');
}

export function segmentFile(dir: string, baseOffset: number, suffix: string): string {
  return join(dir, offsetFileStem(baseOffset) + suffix);
}

/** Parses `<20 digits><suffix>[.cleaned|.swap|.deleted]`; null for anything else. */
export function parseSegmentFileName(name: string): { baseOffset: number; suffix: string; state: string } | null {
  const match = /^(\d{20})(\.[a-z]+)(\.(?:deleted|cleaned|swap))?$/.exec(name);
  if (!match) return null;
  const baseOffset = Number(match[1]);
  if (!Number.isSafeInteger(baseOffset)) return null;
  return { baseOffset, suffix: match[2]!, state: match[3] ?? '' };
}

/** fsyncs a directory so renames and creations inside it survive a crash. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    // Some filesystems refuse fsync on directories (EISDIR/EINVAL); nothing more can be done there.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes `data` to `path` atomically: temp file, fsync, rename over the target, fsync the directory. */
export function writeFileAtomic(path: string, data: string | Buffer): void {
  const tmp = join(dirname(path), `${basename(path)}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  fsyncDir(dirname(path));
}

export function unlinkIfExists(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * node:fs/promises, loaded on first use: requiring it took about 0.9 ms of `brook serve`'s start-up
 * (bench/startup.bench.ts), and the broker needs it only for background fsyncs and checkpoint writes.
 */
export function fsPromises(): typeof import('node:fs/promises') {
  return require('node:fs/promises') as typeof import('node:fs/promises');
}

/** fsync on libuv's thread pool: the event loop goes on serving while the disk catches up. */
export function fsyncAsync(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fsync(fd, (error) => (error ? reject(error) : resolve())));
}

/** fsyncDir on libuv's thread pool (same tolerance of filesystems that refuse directory fsync). */
export async function fsyncDirAsync(dir: string): Promise<void> {
  const handle = await fsPromises().open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw error;
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to a fresh temporary file beside `path` and fsyncs it, on libuv's thread pool; returns the
 * temporary file's path for the caller to rename into place (see CheckpointWriter for why the rename is not
 * done here). Each call uses its own name, so concurrent writers never share a temporary file.
 */
export async function writeTempFileAsync(path: string, data: string): Promise<string> {
  const tmp = `${path}.${process.pid}-${(tempCounter++).toString(36)}.tmp`;
  const handle = await fsPromises().open(tmp, 'w');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return tmp;
}
let tempCounter = 0;
