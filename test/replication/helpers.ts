import { join } from 'node:path';
import { type LogConfig, PartitionLog } from '../../storage';
import { tempDir } from '../storage/helpers';

export { batch, decodeAll, markerBatch, producerBatch, valuesBatch } from '../storage/helpers';

/** Real partition logs in a temp directory; `cleanup()` closes them and removes it. */
export function logDir(): {
  open(name: string, config?: Partial<LogConfig>): PartitionLog;
  cleanup(): Promise<void>;
} {
  const { dir, cleanup } = tempDir('brook-replication-');
  const logs: PartitionLog[] = [];
  return {
    open(name, config = {}) {
      const log = PartitionLog.open(join(dir, name), config);
      logs.push(log);
      return log;
    },
    async cleanup() {
      for (const log of logs) {
        if (!log.isClosed) log.closeWithoutFlush();
        // fsyncs and checkpoint writes still queued on the pool must end before their folder is removed.
        await log.whenFlushed().catch(() => {});
      }
      cleanup();
    },
  };
}

/** Resolves after `ms` (a timer, for checks that something has not happened yet). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether a promise settled by now (after pending microtasks). */
export async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}
