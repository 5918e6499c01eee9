/**
 * Child process of crash.test.ts: waits for "go" on stdin, opens the log with fsync-per-append, then appends
 * batches forever (CRASH_APPENDS_IN_FLIGHT at a time), acknowledging each one on stdout only after its `durable`
 * promise (the fsync) resolved. The parent
 * kills it with SIGKILL at random moments. Values are derived from (cycle, seq, record) so the parent can
 * check every acknowledged record.
 */
import { writeSync } from 'node:fs';
import { encodeRecordBatchSync } from '../../protocol/records';
import { PartitionLog } from '../../storage/partition-log';
import { CRASH_APPENDS_IN_FLIGHT, CRASH_LOG_CONFIG, crashBatchRecords, crashValue } from './crash-shared';

const [dir, cycleText] = process.argv.slice(2);
const cycle = Number(cycleText);

/**
 * Writes a line to stdout synchronously. process.stdout.write to a pipe may queue in this process (Node 22
 * does under load), and a SIGKILL then loses acks that were sent in spirit, so the parent would meet durable
 * records it never heard of. writeSync hands the bytes to the kernel before the next append starts.
 */
function writeLine(line: string): void {
  const bytes = Buffer.from(line);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(1, bytes, written);
    } catch (error) {
      // stdout may be a non-blocking pipe: a full pipe says EAGAIN until the parent reads.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

process.stdin.once('data', () => {
  const log = PartitionLog.open(dir!, CRASH_LOG_CONFIG);
  writeLine(`ready ${log.logEndOffset}\n`);
  let seq = 0;
  const step = async () => {
    const inFlight: Promise<void>[] = [];
    for (;;) {
      const mine = seq++;
      const count = crashBatchRecords(mine);
      const batch = encodeRecordBatchSync({
        records: Array.from({ length: count }, (_, i) => ({
          key: null,
          value: Buffer.from(crashValue(cycle, mine, i)),
          timestamp: Date.now(),
        })),
      });
      const result = log.append(batch);
      // The ack leaves only after the append's fsync (in the background) completed; fsyncs complete in
      // order, so acks leave in append order.
      inFlight.push(result.durable!.then(() => writeLine(`ack ${result.firstOffset} ${result.lastOffset} ${mine}\n`)));
      if (inFlight.length >= CRASH_APPENDS_IN_FLIGHT) await inFlight.shift();
    }
  };
  void step();
});
