/**
 * Child process of crash.test.ts: waits for "go" on stdin, opens the log with fsync-per-append, then appends
 * batches forever, acknowledging each one on stdout only after append() (and its fsync) returned. The parent
 * kills it with SIGKILL at random moments. Values are derived from (cycle, seq, record) so the parent can
 * check every acknowledged record.
 */
import { encodeRecordBatchSync } from '../../protocol/records';
import { PartitionLog } from '../../storage/partition-log';
import { CRASH_LOG_CONFIG, crashValue } from './crash-shared';

const [dir, cycleText] = process.argv.slice(2);
const cycle = Number(cycleText);

process.stdin.once('data', () => {
  const log = PartitionLog.open(dir!, CRASH_LOG_CONFIG);
  process.stdout.write(`ready ${log.logEndOffset}\n`);
  let seq = 0;
  const step = () => {
    for (let n = 0; n < 8; n++) {
      const count = 1 + (seq % 4);
      const batch = encodeRecordBatchSync({
        records: Array.from({ length: count }, (_, i) => ({
          key: null,
          value: Buffer.from(crashValue(cycle, seq, i)),
          timestamp: Date.now(),
        })),
      });
      const result = log.append(batch);
      // stdout is a pipe: synchronous on Linux, so the ack leaves only after the fsync.
      process.stdout.write(`ack ${result.firstOffset} ${result.lastOffset} ${seq}\n`);
      seq++;
    }
    setImmediate(step);
  };
  step();
});
