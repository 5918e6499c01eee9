import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32c } from '../protocol/crc32c';
import { BatchOffset, encodeRecordBatchSync } from '../protocol/records';
import { PartitionLog } from '../storage/partition-log';
import { type Benchmark, interleavedOpsPerSecond } from './harness';

/**
 * What producer state costs an append: 1 KiB batches (10 records) from one idempotent producer (sequence
 * advancing, checked against its last five batches, state updated) against the same batches without a
 * producer id, appended to PartitionLog in interleaved rounds of the same run. Both paths rewrite the batch's
 * sequence and CRC before each append (the idempotent one needs a new sequence each time), so the ratio is the
 * producer-state work alone. Page-cache durability; the logs roll every 64 MiB and snapshot at each roll.
 */
function batch(producerId: bigint): Buffer {
  return encodeRecordBatchSync({
    producerId,
    producerEpoch: producerId >= 0n ? 0 : -1,
    baseSequence: producerId >= 0n ? 0 : -1,
    records: Array.from({ length: 10 }, (_, i) => ({ key: null, value: Buffer.alloc(80, i), timestamp: Date.now() })),
  });
}

function appender(log: PartitionLog, template: Buffer, sequenced: boolean): () => void {
  let sequence = 0;
  return () => {
    const b = Buffer.from(template);
    if (sequenced) {
      b.writeInt32BE(sequence, BatchOffset.BaseSequence);
      sequence = (sequence + 10) | 0;
    } else {
      b.writeInt32BE(-1, BatchOffset.BaseSequence);
    }
    b.writeUInt32BE(crc32c(b.subarray(BatchOffset.Attributes)), BatchOffset.Crc);
    log.append(b);
  };
}

const bench: Benchmark = {
  name: 'producer-state',
  async run() {
    const dir = mkdtempSync(join(process.env.BROOK_BENCH_DIR ?? tmpdir(), 'brook-bench-producers-'));
    const config = { segmentBytes: 64 << 20 };
    const plainLog = PartitionLog.open(join(dir, 'plain-0'), config);
    const idemLog = PartitionLog.open(join(dir, 'idem-0'), config);
    try {
      const [plain, idempotent] = interleavedOpsPerSecond(
        [appender(plainLog, batch(-1n), false), appender(idemLog, batch(4242n), true)],
        300,
        5,
      );
      return [
        { name: 'append 1 KiB batches, no producer id', value: plain!, unit: 'appends/s' },
        {
          name: 'append 1 KiB batches, idempotent producer',
          value: idempotent!,
          unit: 'appends/s',
          ratio: { value: idempotent! / plain!, against: 'no producer id' },
        },
      ];
    } finally {
      plainLog.closeWithoutFlush();
      idemLog.closeWithoutFlush();
      await Promise.all([plainLog.whenFlushed(), idemLog.whenFlushed()]).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
