import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PartitionLog } from '../../storage/partition-log';
import { ReadAhead } from '../../storage/read-ahead';
import { ReadBuffers } from '../../storage/read-buffers';
import { decodeAll, tempDir, valuesBatch } from './helpers';

/** Until the reads started after this turn of the event loop (read-ahead.ts defers them by a setImmediate) end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('storage: reads ahead of a catching-up reader', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dir: string;
  beforeEach(() => {
    tmp = tempDir();
    dir = join(tmp.dir, 'orders-0');
  });
  afterEach(() => tmp.cleanup());

  /** 60 batches in segments of about 4 KiB: reads of the older segments are long reads (on libuv's pool). */
  function filledLog(readAhead: ReadAhead): PartitionLog {
    const log = PartitionLog.open(dir, { segmentBytes: 4000 }, undefined, { readAhead });
    for (let i = 0; i < 60; i++) log.append(valuesBatch(`r${i}`, 3));
    log.setHighWatermark(log.logEndOffset);
    return log;
  }

  it('answers the next read of a reader far behind with the bytes read ahead, the same as a fresh read', async () => {
    const readAhead = new ReadAhead();
    const log = filledLog(readAhead);
    let offset = 0;
    const seen: string[] = [];
    while (offset < 30) {
      const result = await log.readAsync(offset, { maxBytes: 400 });
      assert.deepEqual(result, log.read(offset, { maxBytes: 400 }), `at offset ${offset}`);
      const records = await decodeAll(result.records);
      seen.push(...records.map((r) => String(r.value)));
      offset = records.at(-1)!.offset + 1;
      await settle();
    }
    assert.ok(readAhead.served > 0, 'no read was answered from bytes read ahead');
    assert.deepEqual(seen.slice(0, 6), ['r0-0', 'r0-1', 'r0-2', 'r1-0', 'r1-1', 'r1-2']);
    assert.equal(seen.length, offset);
    log.close();
  });

  it('never serves bytes read ahead across a truncation: the read after it sees the log as it is now', async () => {
    const readAhead = new ReadAhead();
    const log = filledLog(readAhead);
    const first = await log.readAsync(0, { maxBytes: 400 });
    const next = (await decodeAll(first.records)).at(-1)!.offset + 1;
    await settle();
    assert.ok(readAhead.pendingBytes > 0, 'nothing was read ahead');
    // Rewrite the log from `next` on: the same byte positions now hold other records.
    log.truncateTo(next);
    for (let i = 0; i < 40; i++) log.append(valuesBatch(`new${i}`, 3));
    log.setHighWatermark(log.logEndOffset);
    const served = readAhead.served;
    const after = await log.readAsync(next, { maxBytes: 400 });
    assert.equal(readAhead.served, served);
    assert.deepEqual(after, log.read(next, { maxBytes: 400 }));
    assert.equal((await decodeAll(after.records))[0]!.value, 'new0-0');
    log.close();
  });

  it('keeps what it read ahead within its budget, and gives unclaimed buffers back to their pool', async () => {
    const readAhead = new ReadAhead(1000, 30);
    const buffers = new ReadBuffers(1 << 20, 1);
    const logs = [0, 1, 2].map((p) => {
      const log = PartitionLog.open(join(tmp.dir, `orders-${p}`), { segmentBytes: 4000 }, undefined, { readAhead });
      for (let i = 0; i < 60; i++) log.append(valuesBatch(`p${p}r${i}`, 3));
      log.setHighWatermark(log.logEndOffset);
      return log;
    });
    for (const log of logs) {
      await log.readAsync(0, { maxBytes: 400, buffers });
      assert.ok(readAhead.pendingBytes <= 1000, `${readAhead.pendingBytes} bytes read ahead`);
    }
    assert.ok(readAhead.pendingBytes > 0);
    await new Promise((resolve) => setTimeout(resolve, 120));
    assert.equal(readAhead.pendingBytes, 0, 'expired reads ahead were not dropped');
    assert.ok(buffers.idleByteCount > 0, 'the dropped buffers did not go back to the pool');
    for (const log of logs) log.close();
  });
});
