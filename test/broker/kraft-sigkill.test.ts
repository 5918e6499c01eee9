/**
 * Three `brook serve` controller processes (process.roles=broker,controller, controller.quorum.voters): the
 * quorum elects a leader, the leader is SIGKILLed, the two others elect a new one in a later epoch without
 * losing a committed offset, and the killed node, restarted on its data directory, catches up. The logs of the
 * three are byte-identical at the end.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DescribeQuorumResponse } from '../../protocol/generated';
import { RaftLog } from '../../replication/raft';
import { WireClient } from '../../src/groups/wire-client';
import { type ServeProcess, serve } from './brook-process';
import { freePort } from '../../src/cluster/free-port';

interface QuorumView {
  leaderId: number;
  leaderEpoch: number;
  highWatermark: number;
  voters: { replicaId: number; logEndOffset: number }[];
}

/** DescribeQuorum on one controller listener; null when it cannot answer (down, or not the leader). */
async function describeQuorum(port: number): Promise<QuorumView | null> {
  let client: WireClient | undefined;
  try {
    client = await WireClient.connect(`127.0.0.1:${port}`, 'kraft-sigkill', 1000);
    const r = await client.send<DescribeQuorumResponse>(55, 2, {
      topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }],
    });
    const p = r.topics[0]?.partitions[0];
    if (p?.errorCode !== 0) return null;
    return {
      leaderId: p.leaderId,
      leaderEpoch: p.leaderEpoch,
      highWatermark: Number(p.highWatermark),
      voters: p.currentVoters.map((v) => ({ replicaId: v.replicaId, logEndOffset: Number(v.logEndOffset) })),
    };
  } catch {
    return null;
  } finally {
    client?.close();
  }
}

async function leaderView(
  ports: number[],
  ms = 15_000,
  accept: (v: QuorumView) => boolean = () => true,
): Promise<QuorumView> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    for (const port of ports) {
      const v = await describeQuorum(port);
      if (v && accept(v)) return v;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no leader answered DescribeQuorum on ${ports} within ${ms} ms`);
}

describe('KRaft quorum: 3 brook serve controllers, the leader SIGKILLed', function () {
  this.timeout(60_000);
  let dir: string;
  let procs: (ServeProcess | null)[] = [];
  afterEach(async () => {
    for (const p of procs) {
      if (p && p.child.exitCode === null && p.child.signalCode === null) {
        p.child.kill('SIGKILL');
        await p.exit;
      }
    }
    procs = [];
    rmSync(dir, { recursive: true, force: true });
  });

  it('elects a new leader in a later epoch, keeps every committed offset, and the restarted node catches up', async () => {
    dir = mkdtempSync(join(tmpdir(), 'brook-kraft-'));
    const controllerPorts = [await freePort(), await freePort(), await freePort()];
    const voters = controllerPorts.map((p, i) => `${i + 1}@127.0.0.1:${p}`).join(',');
    const start = (i: number) =>
      serve([
        '--node-id',
        String(i + 1),
        '--data-dir',
        join(dir, `n${i + 1}`),
        '--no-sql',
        '--listeners',
        `PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:${controllerPorts[i]}`,
        '--set',
        'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
        '--set',
        'controller.listener.names=CONTROLLER',
        '--set',
        `controller.quorum.voters=${voters}`,
        '--set',
        'controller.quorum.election.timeout.ms=300',
        '--set',
        'controller.quorum.fetch.timeout.ms=600',
      ]);
    procs = [0, 1, 2].map(start);
    await Promise.all(procs.map((p) => p!.ready));

    // Every voter caught up with the leader's first epoch (its LeaderChange record committed).
    const first = await leaderView(
      controllerPorts,
      15_000,
      (v) => v.highWatermark > 0 && v.voters.every((r) => r.logEndOffset === v.highWatermark),
    );
    assert.deepEqual(first.voters.map((v) => v.replicaId).sort(), [1, 2, 3]);

    const leaderIndex = first.leaderId - 1;
    const killedAt = Date.now();
    procs[leaderIndex]!.child.kill('SIGKILL');
    await procs[leaderIndex]!.exit;
    const survivors = controllerPorts.filter((_, i) => i !== leaderIndex);
    const second = await leaderView(
      survivors,
      15_000,
      (v) => v.leaderEpoch > first.leaderEpoch && v.highWatermark > first.highWatermark,
    );
    assert.notEqual(second.leaderId, first.leaderId);
    // A figure, not an assertion: election timeout 300 ms, fetch timeout 600 ms, polled every 100 ms.
    console.log(
      `      leader ${first.leaderId} (epoch ${first.leaderEpoch}, HW ${first.highWatermark}) SIGKILLed -> leader ${second.leaderId} (epoch ${second.leaderEpoch}, HW ${second.highWatermark}) answering after ${Date.now() - killedAt} ms`,
    );

    // The killed node comes back on its data directory and follows the new leader up to its log end.
    procs[leaderIndex] = start(leaderIndex);
    await procs[leaderIndex]!.ready;
    const third = await leaderView(survivors, 15_000, (v) =>
      v.voters.every((r) => r.logEndOffset >= v.highWatermark && v.highWatermark > second.highWatermark - 1),
    );
    assert.ok(third.highWatermark >= second.highWatermark);

    // Clean stops, then the three logs on disk: the same bytes.
    for (const p of procs) {
      p!.child.kill('SIGTERM');
      assert.equal(await p!.exit, 0);
    }
    const logs = [1, 2, 3].map((n) => new RaftLog(join(dir, `n${n}`, 'kraft-metadata')));
    try {
      const ends = logs.map((l) => l.endOffset);
      const common = Math.min(...ends);
      assert.ok(
        common >= second.highWatermark,
        `every log holds the committed offsets (${ends} vs HW ${second.highWatermark})`,
      );
      // Up to the offset all three hold (the brokers' controlled shutdowns append while the nodes stop one
      // after the other, so the last ones to stop may hold a few more records).
      const bytes = logs.map((l) => prefixBelow(l.read(0, 1 << 20, 'log-end'), common).toString('hex'));
      assert.ok(
        bytes.every((b) => b === bytes[0]),
        `the three metadata logs are byte-identical up to offset ${common} (ends ${ends})`,
      );
    } finally {
      for (const l of logs) l.close();
    }
  });
});

/** The whole record batches of `records` that end below `offset` (v2 batches: base offset, length, last offset delta at 23). */
function prefixBelow(records: Buffer, offset: number): Buffer {
  let at = 0;
  while (at + 27 <= records.length) {
    const base = Number(records.readBigInt64BE(at));
    const size = records.readInt32BE(at + 8) + 12;
    if (base + records.readInt32BE(at + 23) >= offset) break;
    at += size;
  }
  return records.subarray(0, at);
}
