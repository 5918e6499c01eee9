/**
 * The disk's own sequential write rate, measured beside the broker in the same run (bench/broker-figures.ts):
 * a produce can go no faster than the broker's disk takes bytes, so its produce figures are also given as a
 * ratio to this. Two ways, in a directory on the same file system as the broker's data:
 * - Node: asynchronous fs.write of 1 MiB chunks on libuv's pool, one after another, for `ms` milliseconds
 *   (a page-cache rate: no fsync; the kernel's dirty-page writeback throttles it once enough is dirty), and
 *   the same bytes once an fdatasync at the end is counted (the rate the disk itself sustained);
 * - `dd if=/dev/zero bs=1M` of the same byte count, with conv=fdatasync (`dd`'s own figure), when dd exists.
 * The file is deleted after each measurement.
 */
import { spawn } from 'node:child_process';
import { close, fdatasync, open, rmSync, write } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const CHUNK = 1024 * 1024;
const openAsync = promisify(open);
const writeAsync = promisify(write);
const fdatasyncAsync = promisify(fdatasync);
const closeAsync = promisify(close);

export interface DiskRate {
  /** MiB/s of async 1 MiB writes into the page cache (no fsync). */
  pageCacheMBps: number;
  /** MiB/s for the same bytes, the closing fdatasync included. */
  syncedMBps: number;
  bytes: number;
}

/** Node's sequential write rate in `dir` for about `ms` milliseconds (see the file comment). */
export async function nodeDiskRate(dir: string, ms: number): Promise<DiskRate> {
  const file = join(dir, 'disk-baseline.tmp');
  const chunk = Buffer.alloc(CHUNK, 7);
  const fd = await openAsync(file, 'w');
  try {
    let bytes = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      bytes += (await writeAsync(fd, chunk, 0, CHUNK, bytes)).bytesWritten;
    }
    const written = performance.now() - start;
    await fdatasyncAsync(fd);
    const synced = performance.now() - start;
    const mib = bytes / CHUNK;
    return { pageCacheMBps: mib / (written / 1000), syncedMBps: mib / (synced / 1000), bytes };
  } finally {
    await closeAsync(fd);
    rmSync(file, { force: true });
  }
}

/** `dd`'s figure for `mib` MiB with conv=fdatasync in `dir`, in MiB/s (timed here), or null without dd. */
export async function ddRate(dir: string, mib: number): Promise<number | null> {
  const file = join(dir, 'disk-baseline-dd.tmp');
  const start = performance.now();
  const ok = await new Promise<boolean>((resolve) => {
    const child = spawn('dd', ['if=/dev/zero', `of=${file}`, 'bs=1M', `count=${mib}`, 'conv=fdatasync'], {
      stdio: 'ignore',
    });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
  const ms = performance.now() - start;
  rmSync(file, { force: true });
  return ok ? mib / (ms / 1000) : null;
}
