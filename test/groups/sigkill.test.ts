/**
 * Group state and committed offsets survive SIGKILL of the broker: `brook serve` runs as a child process
 * (from source through src/cli/run.ts, the same entry bin/brook.js runs from dist/), a group forms and
 * commits, the process is killed with SIGKILL, a new process starts on the same data dir, and OffsetFetch /
 * DescribeGroups answer what was committed.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { encodeVersionPrefixed } from '../../protocol/generated';
import { ConsumerProtocolAssignmentCodec } from '../../protocol/generated/consumer-protocol-assignment';
import { describeGroup } from '../../src/cli/client/groups';
import { WireClient } from '../../src/groups/wire-client';
import { subscription } from './helpers';

const ROOT = resolve(__dirname, '..', '..');
const RUN = join(ROOT, 'src', 'cli', 'run.ts');

async function serve(dataDir: string, port = 0): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      RUN,
      'serve',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--set',
      'group.initial.rebalance.delay.ms=0',
      '--set',
      'group.min.session.timeout.ms=1000',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    out += d;
  });
  const deadline = Date.now() + 20000;
  for (;;) {
    const match = /127\.0\.0\.1:(\d+)/.exec(out);
    if (match) return { child, port: Number(match[1]) };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`brook serve did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
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
