/**
 * BENCH_MEMORY=in-service: the benches run on a machine whose memory is in use, as a broker host's is once it has
 * run a while (its free memory is page cache), instead of a freshly booted virtual machine's.
 *
 * Why it matters here: on these virtual machines a page the guest has not touched lately costs a fault in the
 * host the first time it is written (the balloon driver reports free pages back to the host a few seconds after
 * they are freed). A log growing into free memory is written at 0.3-0.6 GB/s, the same bytes into memory the
 * guest holds (pages reclaimed from the page cache, or freed a moment ago) at 2-5 GB/s, so on a fresh machine
 * every produce figure measures the host's page faults more than the broker. `fillPageCache` writes one file
 * until the kernel's free memory is down to `BENCH_MEMORY_FREE_MIB` (default 1024), syncs it (clean pages, which
 * the kernel reclaims for the brokers' logs without writing anything back) and keeps it until the benches end.
 * Filling 20 GiB takes about a minute on a fresh machine. The default (unset) measures the machine as it is.
 */
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHUNK = 1024 * 1024;
const CHECK_EVERY = 256; // chunks between reads of /proc/meminfo

function memFreeMiB(): number {
  const line = /^MemFree:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'));
  if (!line) throw new Error('no MemFree line in /proc/meminfo');
  return Number(line[1]) / 1024;
}

/** Fills the page cache (see the file comment) and returns what removes the file; a no-op off Linux. */
export function fillPageCache(leaveFreeMiB = Number(process.env.BENCH_MEMORY_FREE_MIB ?? 1024)): () => void {
  let free: number;
  try {
    free = memFreeMiB();
  } catch {
    process.stderr.write('BENCH_MEMORY=in-service: no /proc/meminfo here, the memory is left as it is\n');
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'brook-bench-memory-'));
  const fd = openSync(join(dir, 'fill'), 'w');
  const chunk = Buffer.alloc(CHUNK, 1);
  const started = performance.now();
  let written = 0;
  // Bounded by the free memory at the start too: the kernel may keep its free pages up by writing back and
  // reclaiming this very file, and the loop must not fill the disk instead.
  const mostBytes = Math.max(0, free - leaveFreeMiB) * CHUNK;
  try {
    while (free > leaveFreeMiB && written < mostBytes) {
      for (let i = 0; i < CHECK_EVERY; i++) written += writeSync(fd, chunk);
      free = memFreeMiB();
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `BENCH_MEMORY=in-service: ${Math.round(written / CHUNK)} MiB of page cache filled in ${seconds.toFixed(0)} s, ` +
      `${Math.round(free)} MiB left free\n`,
  );
  return () => rmSync(dir, { recursive: true, force: true });
}
