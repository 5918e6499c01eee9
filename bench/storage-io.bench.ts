import { closeSync, fsync, fsyncSync, mkdtempSync, openSync, rmSync, write, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Benchmark, BenchLine } from './harness';

/**
 * How storage keeps the event loop free, measured in one run (storage/README.md, "Figures"):
 * - an fsync off the event loop on libuv's pool (fs.fsync's callback) against a worker thread doing
 *   fsyncSync (postMessage there and back): round trips per second, same files, same small dirty writes;
 * - appended batches written synchronously (writeSync: a page-cache memcpy on the event loop) against
 *   asynchronous fs.write on the pool, awaited one after another as an append must be, at 1 KiB, 16 KiB and
 *   1 MiB: how much event-loop time a synchronous write costs against the round trip an asynchronous one
 *   needs (the extra latency every append would pay, plus reads having to see data still in flight).
 * The temp directory is on the work disk (os.tmpdir(), or BROOK_BENCH_DIR).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { fsyncSync } = require('node:fs');
parentPort.on('message', (fd) => { fsyncSync(fd); parentPort.postMessage(fd); });
`;

async function timeIt(n: number, op: (i: number) => Promise<void> | void): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < n; i++) await op(i);
  return (performance.now() - started) / n;
}

const onPool = (fd: number) => new Promise<void>((ok, fail) => fsync(fd, (e) => (e ? fail(e) : ok())));
const writeOnPool = (fd: number, b: Buffer, at: number) =>
  new Promise<void>((ok, fail) => write(fd, b, 0, b.length, at, (e) => (e ? fail(e) : ok())));

const bench: Benchmark = {
  name: 'storage-io',
  async run(): Promise<BenchLine[]> {
    const dir = mkdtempSync(join(process.env.BROOK_BENCH_DIR ?? tmpdir(), 'brook-bench-io-'));
    const lines: BenchLine[] = [];
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    try {
      const small = Buffer.alloc(4096, 7);
      const viaWorker = (f: number) =>
        new Promise<void>((ok) => {
          worker.once('message', () => ok());
          worker.postMessage(f);
        });
      const ways: Record<string, (fd: number) => Promise<void> | void> = {
        pool: onPool,
        thread: viaWorker,
        inline: (fd) => fsyncSync(fd),
      };
      const total: Record<string, number> = { pool: 0, thread: 0, inline: 0 };
      // Interleaved rounds in rotating order, each way on a fresh file (the disk's mood changes by the second).
      const names = Object.keys(ways);
      for (let round = 0; round < 6; round++) {
        for (let k = 0; k < names.length; k++) {
          const name = names[(round + k) % names.length]!;
          const fd = openSync(join(dir, `fsync-${name}-${round}`), 'w');
          total[name]! += await timeIt(30, (i) => {
            writeSync(fd, small, 0, small.length, i * 4096);
            return ways[name]!(fd);
          });
          closeSync(fd);
        }
      }
      const pool = total.pool! / 6;
      const thread = total.thread! / 6;
      const inline = total.inline! / 6;
      lines.push({
        name: 'fsync of a 4 KiB write on libuv pool (fs.fsync callback), round trip',
        value: pool,
        unit: 'ms',
        ratio: { value: thread / pool, against: 'worker thread fsyncSync round trip / pool round trip' },
      });
      lines.push({
        name: 'fsyncSync on the event loop (what the loop was blocked for, per fsync)',
        value: inline,
        unit: 'ms',
        ratio: { value: inline / pool, against: 'blocking fsync / pool round trip' },
      });
      for (const size of [1024, 16 * 1024, 1024 * 1024]) {
        const buf = Buffer.alloc(size, 3);
        const n = Math.max(64, Math.min(4096, (256 * 1024 * 1024) / size / 4));
        let sync = 0;
        let async = 0;
        for (let round = 0; round < 3; round++) {
          const a = openSync(join(dir, `w-sync-${size}-${round}`), 'w');
          const b = openSync(join(dir, `w-async-${size}-${round}`), 'w');
          sync += await timeIt(n, (i) => {
            writeSync(a, buf, 0, size, i * size);
          });
          async += await timeIt(n, (i) => writeOnPool(b, buf, i * size));
          closeSync(a);
          closeSync(b);
        }
        lines.push({
          name: `append write ${size >= 1024 * 1024 ? '1 MiB' : `${size / 1024} KiB`}: writeSync (event-loop time)`,
          value: (sync / 3) * 1000,
          unit: 'us',
          ratio: { value: async / sync, against: 'async fs.write round trip / writeSync' },
        });
      }
    } finally {
      await worker.terminate();
      rmSync(dir, { recursive: true, force: true });
    }
    return lines;
  },
};

export default bench;
