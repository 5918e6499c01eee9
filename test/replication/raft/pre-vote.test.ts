import assert from 'node:assert/strict';
import { ErrorCode } from '../../../protocol/error-codes';
import { voteRequest } from '../../../replication/raft/raft-messages';
import { RaftCluster } from './cluster';

const values = (...xs: string[]) => xs.map((x) => Buffer.from(x));

/** Appends on `leader` and advances time until a majority committed it (the nodes named in `on` delivered it). */
async function commitOn(c: RaftCluster, on: number[], ...xs: string[]): Promise<void> {
  const leader = c.leaders()[0]!;
  const { lastOffset } = leader.append(values(...xs));
  await c.until(
    () => leader.highWatermark > lastOffset && on.every((id) => c.listeners.get(id)!.values.includes(xs.at(-1)!)),
    `commit of ${xs.at(-1)}`,
  );
}

describe('raft: pre-vote (KIP-996)', () => {
  let c: RaftCluster;
  afterEach(async () => {
    await c?.close();
  });

  it('a voter cut off from the leader, its log behind, never moves the epoch; it follows again once healed', async () => {
    c = new RaftCluster(3, { fetchTimeoutMs: 2000, electionTimeoutMs: 1000 });
    const leader = await c.waitForLeader();
    const epoch = leader.epoch;
    await commitOn(c, c.ids, 'a');
    const [lagging, other] = c.ids.filter((id) => id !== leader.id) as [number, number];
    c.cutBetween(leader.id, lagging);
    await commitOn(c, [leader.id, other], 'b', 'c');
    const votesBefore = c.votes.length;

    // Ten fetch timeouts: the cut-off voter stands as prospective again and again; the follower that still
    // hears the leader refuses its pre-vote, so it never becomes a candidate and nobody's epoch moves.
    await c.clock.advance(20_000);
    const asked = c.votes.slice(votesBefore);
    assert.ok(
      asked.some((v) => v.from === lagging && v.preVote),
      `the cut-off voter asked for pre-votes: ${JSON.stringify(asked)}`,
    );
    assert.deepEqual(
      asked.filter((v) => !v.preVote),
      [],
      'no real Vote was sent (no candidate)',
    );
    for (const id of c.ids) assert.equal(c.nodes.get(id)!.epoch, epoch, `node ${id} epoch: ${c.describe()}`);
    assert.equal(leader.state.kind, 'leader');
    assert.deepEqual(c.nodes.get(other)!.leaderAndEpoch(), { leaderId: leader.id, epoch });
    // Listeners of the leader and its live follower saw no leader change since the election.
    for (const id of [leader.id, other]) {
      assert.deepEqual(c.listeners.get(id)!.leaders.at(-1), { leaderId: leader.id, epoch }, `node ${id}`);
    }

    c.heal();
    await commitOn(c, c.ids, 'd');
    assert.deepEqual(c.listeners.get(lagging)!.values, ['a', 'b', 'c', 'd']);
    for (const id of c.ids) assert.equal(c.nodes.get(id)!.epoch, epoch, `node ${id} epoch after healing`);
  });

  it('a partitioned voter rejoining does not force an election (5 voters)', async () => {
    c = new RaftCluster(5);
    const leader = await c.waitForLeader();
    const epoch = leader.epoch;
    await commitOn(c, c.ids, 'x');
    const partitioned = c.ids.find((id) => id !== leader.id)!;
    c.isolate(partitioned);
    await c.clock.advance(30_000);
    // Before KIP-996 it would have bumped its epoch at every election timeout and deposed the leader on return.
    assert.equal(c.nodes.get(partitioned)!.epoch, epoch, c.describe());
    c.heal();
    await c.until(
      () => c.nodes.get(partitioned)!.leaderAndEpoch().leaderId === leader.id,
      'the rejoining voter following the leader',
    );
    await commitOn(c, c.ids, 'y');
    assert.equal(leader.state.kind, 'leader');
    for (const id of c.ids) assert.equal(c.nodes.get(id)!.epoch, epoch, `node ${id} epoch: ${c.describe()}`);
    assert.deepEqual(c.listeners.get(partitioned)!.values, ['x', 'y']);
  });

  it('a pre-vote changes nothing on the voter; a follower that hears its leader and the leader refuse it', async () => {
    c = new RaftCluster(3);
    const leader = await c.waitForLeader();
    await commitOn(c, c.ids, 'a');
    const [asker, follower] = c.ids.filter((id) => id !== leader.id) as [number, number];
    const node = c.nodes.get(asker)!;
    const last = { offset: node.log.endOffset, epoch: node.log.lastFetchedEpoch() };
    const preVote = (to: number, epoch: number) =>
      c.nodes.get(to)!.handleVote(voteRequest(null, to, asker, epoch, last, true)).topics[0]!.partitions[0]!;
    for (const to of [follower, leader.id]) {
      const answer = preVote(to, leader.epoch);
      assert.equal(answer.errorCode, 0);
      assert.equal(answer.voteGranted, false, `node ${to} refuses while the leader is alive`);
      assert.equal(answer.leaderId, leader.id);
      assert.equal(answer.leaderEpoch, leader.epoch);
    }
    // The leader gone quiet: once the follower's fetch timed out it is prospective itself and grants the
    // pre-vote of an up-to-date log, without a vote persisted or its epoch moved.
    c.cutBetween(leader.id, follower);
    await c.until(() => c.nodes.get(follower)!.state.kind === 'prospective', 'the follower standing as prospective');
    const answer = preVote(follower, leader.epoch);
    assert.equal(answer.voteGranted, true);
    const after = c.nodes.get(follower)!.state;
    assert.equal(after.epoch, leader.epoch);
    assert.ok(after.kind !== 'unattached' || after.votedId === -1, 'no vote recorded for a pre-vote');
    // An older epoch is fenced; a last epoch above the pre-vote's own epoch is an invalid request.
    const fenced = c.nodes
      .get(follower)!
      .handleVote(voteRequest(null, follower, asker, leader.epoch - 1, { offset: 0, epoch: 0 }, true));
    assert.equal(fenced.topics[0]!.partitions[0]!.errorCode, ErrorCode.FencedLeaderEpoch);
    const invalid = c.nodes
      .get(follower)!
      .handleVote(voteRequest(null, follower, asker, leader.epoch, { ...last, epoch: leader.epoch + 1 }, true));
    assert.equal(invalid.topics[0]!.partitions[0]!.errorCode, ErrorCode.InvalidRequest);
  });
});

describe('raft: observers (non-voters following the log)', () => {
  let c: RaftCluster;
  afterEach(async () => {
    await c?.close();
  });

  it('an observer finds the leader, replicates without counting toward the HW, and finds the next leader after a failover', async () => {
    c = new RaftCluster(3, {}, 42, { listeners: () => [] }, 1);
    const observer = c.nodes.get(4)!;
    const first = await c.waitForLeader();
    await commitOn(c, c.ids, 'a');
    assert.equal(observer.state.kind, 'follower');
    assert.deepEqual(
      first.describeQuorum()!.observers.map((o) => o.replicaId),
      [4],
      'the leader lists it as an observer',
    );
    c.isolate(first.id);
    const rest = c.ids.filter((id) => id !== first.id);
    const second = await c.waitForLeader(30_000, rest);
    await c.until(() => first.state.kind !== 'leader', 'the cut-off leader resigning');
    await commitOn(c, rest, 'b');
    assert.deepEqual(c.listeners.get(4)!.values, ['a', 'b']);
    assert.equal(observer.leaderAndEpoch().leaderId, second.id);
    assert.ok(!c.votes.some((v) => v.from === 4), 'the observer never asked for a vote');
  });
});
