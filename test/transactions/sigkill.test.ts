/**
 * Transactions survive SIGKILL of the broker: `brook serve` runs as a child process (bin/brook.js,
 * test/broker/brook-process.ts), transactional state and TxnOffsetCommit offsets are written, the process is
 * killed with SIGKILL, and a new process on the same data dir answers from `__transaction_state`,
 * `__consumer_offsets` and the producer-id block file.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as P from '../../protocol/generated';
import { ErrorCode } from '../../src/errors';
import { WireClient } from '../../src/groups/wire-client';
import { serve as serveProcess } from '../broker/brook-process';

async function serve(dataDir: string, port = 0): Promise<{ child: ChildProcess; port: number }> {
  const started = serveProcess(['--port', String(port), '--data-dir', dataDir]);
  return { child: started.child, port: await started.ready };
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

describe('transactions: state survives SIGKILL of the broker', function () {
  this.timeout(60000);
  let dir: string;
  const children: ChildProcess[] = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'brook-txn-kill-'));
  });
  after(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('EndTxn answered, offsets pending, SIGKILL, restart: the commit completes, pending offsets stay pending, ids grow', async () => {
    const first = await serve(dir);
    children.push(first.child);
    let client = await WireClient.connect(`127.0.0.1:${first.port}`, 'killer');
    const init = (tid: string | null) =>
      client.send<P.InitProducerIdResponse>(22, 4, {
        ...P.defaultInitProducerIdRequest(),
        transactionalId: tid,
        transactionTimeoutMs: 60000,
      });
    const add = (tid: string, p: P.InitProducerIdResponse) =>
      client.send<P.AddPartitionsToTxnResponse>(24, 3, {
        ...P.defaultAddPartitionsToTxnRequest(),
        v3AndBelowTransactionalId: tid,
        v3AndBelowProducerId: p.producerId,
        v3AndBelowProducerEpoch: p.producerEpoch,
        v3AndBelowTopics: [{ name: 'k', partitions: [0] }],
      });
    const endTxn = (tid: string, p: P.InitProducerIdResponse) =>
      client.send<P.EndTxnResponse>(26, 3, {
        transactionalId: tid,
        producerId: p.producerId,
        producerEpoch: p.producerEpoch,
        committed: true,
      });
    await client.send(19, 4, {
      ...P.defaultCreateTopicsRequest(),
      topics: [{ ...P.defaultCreateTopicsRequestCreatableTopic(), name: 'k', numPartitions: 1, replicationFactor: 1 }],
      timeoutMs: 5000,
    });
    const idempotent = await init(null);
    const committed = await init('kill-commit');
    await add('kill-commit', committed);
    const withOffsets = await init('kill-offsets');
    assert.equal(
      (
        await client.send<P.AddOffsetsToTxnResponse>(25, 3, {
          transactionalId: 'kill-offsets',
          producerId: withOffsets.producerId,
          producerEpoch: withOffsets.producerEpoch,
          groupId: 'kill-group',
        })
      ).errorCode,
      0,
    );
    const txnCommit = await client.send<P.TxnOffsetCommitResponse>(28, 3, {
      ...P.defaultTxnOffsetCommitRequest(),
      transactionalId: 'kill-offsets',
      groupId: 'kill-group',
      producerId: withOffsets.producerId,
      producerEpoch: withOffsets.producerEpoch,
      generationId: -1,
      memberId: '',
      topics: [
        {
          name: 'k',
          partitions: [{ partitionIndex: 0, committedOffset: 9n, committedLeaderEpoch: -1, committedMetadata: null }],
        },
      ],
    });
    assert.equal(txnCommit.topics[0]!.partitions[0]!.errorCode, 0);
    assert.equal((await endTxn('kill-commit', committed)).errorCode, 0);
    client.close();
    await kill(first.child);

    const second = await serve(dir, first.port);
    children.push(second.child);
    client = await WireClient.connect(`127.0.0.1:${second.port}`, 'after');
    const states = async () =>
      (
        await client.send<P.DescribeTransactionsResponse>(65, 0, { transactionalIds: ['kill-commit', 'kill-offsets'] })
      ).transactionStates.map((s) => [s.transactionalId, s.transactionState, s.producerId]);
    const deadline = Date.now() + 10000;
    while ((await states())[0]![1] !== 'CompleteCommit' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await states(), [
      ['kill-commit', 'CompleteCommit', committed.producerId],
      ['kill-offsets', 'Ongoing', withOffsets.producerId],
    ]);
    const fetchStable = async () => {
      const r = await client.send<P.OffsetFetchResponse>(9, 7, {
        ...P.defaultOffsetFetchRequest(),
        groupId: 'kill-group',
        topics: [{ name: 'k', partitionIndexes: [0] }],
        requireStable: true,
      });
      const p = r.topics[0]!.partitions[0]!;
      return [p.committedOffset, p.errorCode];
    };
    assert.deepEqual(await fetchStable(), [-1n, ErrorCode.UnstableOffsetCommit], 'still pending after the kill');
    assert.equal((await endTxn('kill-offsets', withOffsets)).errorCode, 0);
    const until = Date.now() + 10000;
    while ((await fetchStable())[1] !== 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await fetchStable(), [9n, 0]);
    const fresh = await init(null);
    assert.ok(
      fresh.producerId > idempotent.producerId && fresh.producerId >= 1000n,
      `new block after the kill: ${fresh.producerId}`,
    );
    client.close();
  });
});
