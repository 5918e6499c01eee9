/**
 * Group state and committed offsets survive SIGKILL of the broker: `brook serve` runs as a child process
 * (bin/brook.js through test/broker/brook-process.ts: `npm run build` first), a group forms and
 * commits, the process is killed with SIGKILL, a new process starts on the same data dir, and OffsetFetch /
 * DescribeGroups answer what was committed.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeVersionPrefixed } from '../../protocol/generated';
import { ConsumerProtocolAssignmentCodec } from '../../protocol/generated/consumer-protocol-assignment';
import { describeGroup } from '../../src/cli/client/groups';
import { WireClient } from '../../src/groups/wire-client';
import { serve as serveProcess } from '../broker/brook-process';
import { subscription } from './helpers';

async function serve(dataDir: string, port = 0): Promise<{ child: ChildProcess; port: number }> {
  const started = serveProcess(['--port', String(port), '--data-dir', dataDir]);
  return { child: started.child, port: await started.ready };
}

describe('groups: state and offsets survive SIGKILL of the broker', function () {
  this.timeout(60000);
  let dir: string;
  const children: ChildProcess[] = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'brook-groups-kill-'));
  });
  after(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits, SIGKILL, restart on the same data dir: OffsetFetch and the group come back', async () => {
    const first = await serve(dir);
    children.push(first.child);
    const client = await WireClient.connect(`127.0.0.1:${first.port}`, 'killer');
    await client.send(19, 4, {
      topics: [{ name: 'k', numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    const join = (memberId: string) =>
      client.send<{ errorCode: number; memberId: string; generationId: number }>(11, 5, {
        groupId: 'survivor',
        sessionTimeoutMs: 30000,
        rebalanceTimeoutMs: 30000,
        memberId,
        groupInstanceId: null,
        protocolType: 'consumer',
        protocols: [{ name: 'range', metadata: subscription(['k']) }],
        reason: null,
      });
    const id = (await join('')).memberId;
    const joined = await join(id);
    assert.equal(joined.errorCode, 0);
    const assignment = encodeVersionPrefixed(ConsumerProtocolAssignmentCodec, 0, {
      assignedPartitions: [{ topic: 'k', partitions: [0, 1, 2] }],
      userData: null,
    });
    const synced = await client.send<{ errorCode: number }>(14, 3, {
      groupId: 'survivor',
      generationId: joined.generationId,
      memberId: id,
      groupInstanceId: null,
      protocolType: null,
      protocolName: null,
      assignments: [{ memberId: id, assignment }],
    });
    assert.equal(synced.errorCode, 0);
    const commit = await client.send<{ topics: { partitions: { errorCode: number }[] }[] }>(8, 7, {
      groupId: 'survivor',
      generationIdOrMemberEpoch: joined.generationId,
      memberId: id,
      groupInstanceId: null,
      retentionTimeMs: -1n,
      topics: [
        {
          name: 'k',
          partitions: [0, 1, 2].map((p) => ({
            partitionIndex: p,
            committedOffset: BigInt(100 + p),
            committedLeaderEpoch: 0,
            commitTimestamp: -1n,
            committedMetadata: `meta-${p}`,
          })),
        },
      ],
    });
    assert.deepEqual(
      commit.topics[0]!.partitions.map((p) => p.errorCode),
      [0, 0, 0],
    );
    client.close();
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = await serve(dir, first.port);
    children.push(second.child);
    const again = await WireClient.connect(`127.0.0.1:${second.port}`, 'after');
    const fetched = await again.send<{
      errorCode: number;
      topics: { name: string; partitions: { partitionIndex: number; committedOffset: bigint; metadata: string }[] }[];
    }>(9, 7, { groupId: 'survivor', topics: null, groups: [], requireStable: false });
    assert.equal(fetched.errorCode, 0);
    assert.deepEqual(
      fetched.topics[0]!.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.metadata]),
      [
        [0, 100n, 'meta-0'],
        [1, 101n, 'meta-1'],
        [2, 102n, 'meta-2'],
      ],
    );
    const description = await describeGroup(`127.0.0.1:${second.port}`, 'survivor');
    assert.equal(description.state, 'Stable');
    assert.deepEqual(
      description.members.map((m) => [m.memberId, m.assignment]),
      [[id, [{ topic: 'k', partitions: [0, 1, 2] }]]],
    );
    // The member is still known in its generation after the crash.
    const hb = await again.send<{ errorCode: number }>(12, 3, {
      groupId: 'survivor',
      generationId: joined.generationId,
      memberId: id,
      groupInstanceId: null,
    });
    assert.equal(hb.errorCode, 0);
    again.close();
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
  });
});
