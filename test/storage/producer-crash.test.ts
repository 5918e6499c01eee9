import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PartitionLog } from '../../storage';
import { producerBatch, tempDir } from './helpers';

/**
 * A process appending idempotent and transactional batches is SIGKILLed (no clean close, no snapshot at the
 * log end); the reopened log must rebuild its producer state from the roll snapshots plus the batches after
 * them: a retried batch is answered with its original offset, the open transaction still bounds the LSO,
 * and read_committed reads list the aborted transaction.
 */
describe('storage: producer state across a SIGKILL', function () {
  this.timeout(60000);

  it('rebuilds dedupe, the LSO and the aborted list after the process is killed', async () => {
    const { dir, cleanup } = tempDir('brook-producer-crash-');
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'producer-crash-child.ts'), dir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      let timer: NodeJS.Timeout | undefined;
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        timer = setTimeout(() => reject(new Error('the child printed no line within 30 s')), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.on('exit', (code) => reject(new Error(`child exited with ${code} before reporting`)));
      }).finally(() => {
        clearTimeout(timer);
        child.kill('SIGKILL'); // also when no line came: the child must not outlive the test
      });
      const before = JSON.parse(line) as Record<string, number> & { snapshots: number[] };
      await exited;
      assert.ok(before.snapshots.length > 0, 'the child rolled segments and snapshotted producer state');

      const log = PartitionLog.open(dir, { segmentBytes: 400 });
      try {
        assert.equal(log.logEndOffset, before.logEnd);
        log.setHighWatermark(log.logEndOffset);
        assert.equal(log.lastStableOffset, before.openTxn, 'the open transaction bounds the LSO again');
        assert.equal(log.lastStableOffset, before.lso);
        // The retry of the producer's last batch (sequence 12) is answered with its original offset.
        const retry = log.append(producerBatch({ producerId: 100n, sequence: 12, timestamp: Date.now() }));
        assert.deepEqual([retry.duplicate, retry.firstOffset], [true, before['idem-12']]);
        assert.equal(log.append(producerBatch({ producerId: 100n, sequence: 13 })).firstOffset, before.logEnd);
      } catch (error) {
        log.closeWithoutFlush();
        throw error;
      }
      const aborted: { producerId: bigint; firstOffset: number }[] = [];
      for (let offset = before.abortedTxn; offset < log.lastStableOffset; ) {
        const read = log.read(offset, { maxBytes: 1 << 20, isolation: 'committed' });
        aborted.push(...(read.abortedTransactions ?? []));
        if (read.records.length === 0) break;
        offset = log.segmentsInfo().find((s) => s.baseOffset <= offset && s.nextOffset > offset)!.nextOffset;
      }
      assert.deepEqual(
        aborted.filter((t, i) => aborted.findIndex((u) => u.producerId === t.producerId) === i),
        [{ producerId: 200n, firstOffset: before.abortedTxn }],
      );
      log.closeWithoutFlush();
      await log.whenFlushed().catch(() => {});
    } finally {
      cleanup();
    }
  });
});
