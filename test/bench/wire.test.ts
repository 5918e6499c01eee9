import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import { BatchOffset } from '../../protocol/records/layout';
import { batchPool, batchRecords, openFrameReader, walkBatches } from '../../bench/wire';

/**
 * The broker bench counts and checks what a Fetch returns with walkBatches: if it miscounted or missed a
 * corrupt or missing batch, the consume figure would measure something other than a correct read.
 */
function fetched(batches: Buffer[], firstOffset: bigint, recordsEach: number): Buffer {
  return Buffer.concat(
    batches.map((b, i) => {
      const copy = Buffer.from(b);
      copy.writeBigInt64BE(firstOffset + BigInt(i * recordsEach), BatchOffset.BaseOffset);
      return copy;
    }),
  );
}

describe('bench wire: walking fetched batches', () => {
  const pool = batchPool(3, 4);

  it('counts records and checks every CRC when asked to', () => {
    assert.equal(batchRecords(pool[0]!), 4);
    const walk = walkBatches(fetched(pool, 100n, 4), 100n, 0, 1);
    assert.deepEqual(
      { next: walk.nextOffset, records: walk.records, batches: walk.batches, checked: walk.crcChecked },
      { next: 112n, records: 12, batches: 3, checked: 3 },
    );
    assert.equal(walk.crcFailed, 0);
    assert.equal(walk.discontinuity, null);
  });

  it('leaves a trailing partial batch for the next fetch', () => {
    const bytes = fetched(pool, 0n, 4);
    const walk = walkBatches(bytes.subarray(0, bytes.length - 10), 0n, 0, 1);
    assert.equal(walk.batches, 2);
    assert.equal(walk.nextOffset, 8n);
  });

  it('finds a corrupt record in a checked batch', () => {
    const bytes = fetched(pool, 0n, 4);
    bytes[pool[0]!.length + BatchOffset.Records + 5]! ^= 0xff; // inside the second batch's records
    assert.equal(walkBatches(bytes, 0n, 0, 1).crcFailed, 1);
    // sampling every 2nd batch from ordinal 0 checks batches 0 and 2 only: the second is not looked at
    assert.equal(walkBatches(bytes, 0n, 0, 2).crcFailed, 0);
  });

  it('reports a gap between batches and skips batches before the fetch offset', () => {
    const gap = Buffer.concat([fetched([pool[0]!], 0n, 4), fetched([pool[1]!], 9n, 4)]);
    assert.equal(walkBatches(gap, 0n, 0, 1).discontinuity, 9n);
    const walk = walkBatches(fetched(pool, 0n, 4), 4n, 0, 1);
    assert.deepEqual([walk.batches, walk.records, walk.nextOffset], [2, 8, 12n]);
  });
});

describe('bench wire: the consumer reads frames straight into one reused buffer', () => {
  let server: Server | null = null;
  afterEach(() => server?.close());

  it('hands out every frame whole, large and empty, in order, when several arrive in one write', async () => {
    const sizes = [3, 0, 5 * 1024 * 1024, 1, 70000, 0, 4 * 1024 * 1024 + 7, 2];
    const bodies = sizes.map((size, i) => Buffer.alloc(size, i + 1));
    const stream = Buffer.concat(
      bodies.flatMap((body) => {
        const prefix = Buffer.alloc(4);
        prefix.writeInt32BE(body.length, 0);
        return [prefix, body];
      }),
    );
    server = createServer((socket) => socket.end(stream));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const seen: string[] = [];
    let whole = true;
    const socket = await openFrameReader((server.address() as { port: number }).port, (frame) => {
      // Checked inside the call: the next frame reuses the memory.
      const i = seen.length;
      seen.push(`${frame.length}`);
      whole &&= frame.length === sizes[i] && frame.every((byte) => byte === i + 1);
    });
    await new Promise((resolve) => socket.on('end', resolve));
    assert.deepEqual(seen, sizes.map(String));
    assert.ok(whole, 'every byte of every frame as sent');
  });
});
