import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode } from '../../protocol/error-codes';
import {
  type CreateTopicsResponse,
  defaultFetchRequest,
  type FetchResponse,
  type ProduceResponse,
} from '../../protocol/generated';
import { producerBatch } from '../storage/helpers';
import { type ServeProcess, serve } from './brook-process';
import { WireClient } from './wire-client';

/**
 * `node bin/brook.js serve` takes idempotent batches and opens a transaction over the wire, across segment
 * rolls, and is SIGKILLed; the restarted broker answers the retry of an acknowledged batch with its original
 * offset and keeps the open transaction's first offset as the last stable offset. (Markers need
 * WriteTxnMarkers, the transaction coordinator's; storage's producer-crash test covers aborted lists.)
 */
describe('broker: producer state across a SIGKILL of the process', function () {
  this.timeout(60000);
  let dir: string;
  const running: ServeProcess[] = [];
  const start = () => {
    const p = serve(['--port', '0', '--data-dir', join(dir, 'data'), '--set', 'log.segment.bytes=2048']);
    running.push(p);
    return p;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'brook-producer-kill-'));
  });
  after(async () => {
    for (const p of running.splice(0)) {
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      await p.exit;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const produce = async (c: WireClient, records: Buffer) => {
    c.send(0, 9, {
      transactionalId: null,
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: 'kill', partitionData: [{ index: 0, records }] }],
    });
    return (await c.nextResponse<ProduceResponse>(0, 9, 10000)).body.responses[0]!.partitionResponses[0]!;
  };
  const lastStable = async (c: WireClient) => {
    c.send(1, 11, {
      ...defaultFetchRequest(),
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 1 << 20,
      isolationLevel: 1,
      topics: [
        {
          topic: 'kill',
          topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
          partitions: [
            {
              partition: 0,
              currentLeaderEpoch: -1,
              fetchOffset: 0n,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 1 << 20,
              replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
            },
          ],
        },
      ],
    });
    return (await c.nextResponse<FetchResponse>(1, 11, 10000)).body.responses[0]!.partitions[0]!.lastStableOffset;
  };

  it('answers a retried batch with its original offset and keeps the LSO after the restart', async () => {
    const first = start();
    const c = await WireClient.connect(await first.ready);
    c.send(19, 7, {
      topics: [{ name: 'kill', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    assert.equal((await c.nextResponse<CreateTopicsResponse>(19, 7, 10000)).body.topics[0]!.errorCode, 0);
    const now = Date.now();
    const offsets: bigint[] = [];
    for (let seq = 0; seq < 40; seq += 2) {
      const r = await produce(c, producerBatch({ producerId: 900n, sequence: seq, n: 2, timestamp: now }));
      assert.equal(r.errorCode, ErrorCode.None);
      offsets.push(r.baseOffset);
    }
    const txn = await produce(c, producerBatch({ producerId: 901n, sequence: 0, transactional: true, timestamp: now }));
    const last = await produce(c, producerBatch({ producerId: 900n, sequence: 40, n: 2, timestamp: now }));
    assert.equal(await lastStable(c), txn.baseOffset);
    c.close();
    first.child.kill('SIGKILL');
    await first.exit;

    const second = start();
    const d = await WireClient.connect(await second.ready);
    try {
      const retry = await produce(d, producerBatch({ producerId: 900n, sequence: 40, n: 2, timestamp: now }));
      assert.deepEqual([retry.errorCode, retry.baseOffset], [ErrorCode.None, last.baseOffset]);
      const gap = await produce(d, producerBatch({ producerId: 900n, sequence: 50, timestamp: now }));
      assert.equal(gap.errorCode, ErrorCode.OutOfOrderSequenceNumber);
      const next = await produce(d, producerBatch({ producerId: 900n, sequence: 42, timestamp: now }));
      assert.equal(next.baseOffset, last.baseOffset + 2n);
      assert.equal(await lastStable(d), txn.baseOffset, 'the open transaction still bounds the LSO');
    } finally {
      d.close();
    }
  });
});
