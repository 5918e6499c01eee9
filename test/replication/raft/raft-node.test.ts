import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotLeaderError, QUORUM_STATE_FILE } from '../../../replication/raft';
import { RaftCluster } from './cluster';

const values = (...xs: string[]) => xs.map((x) => Buffer.from(x));

/** Appends on the current leader and advances time until every running node delivered it. */
async function commit(c: RaftCluster, ...xs: string[]): Promise<void> {
  const leader = c.leaders()[0]!;
  const { lastOffset } = leader.append(values(...xs));
  await c.until(
    () =>
      [...c.nodes.keys()].every(
        (id) => c.nodes.get(id)!.highWatermark > lastOffset && c.listeners.get(id)!.values.includes(xs.at(-1)!),
      ),
    `commit of ${xs.at(-1)}`,
  );
}

describe('raft: KRaft quorum in one process (in-memory transport, manual clock)', () => {
  let c: RaftCluster;
  afterEach(async () => {
    await c?.close();
  });

  for (const size of [1, 3, 5]) {
    it(`elects one leader among ${size} voters, which commits entries on every node in order`, async () => {
      c = new RaftCluster(size);
      const leader = await c.waitForLeader();
      assert.equal(c.leaders().length, 1);
      await commit(c, 'a', 'b');
      await commit(c, 'c');
      for (const id of c.ids) {
        assert.deepEqual(c.listeners.get(id)!.values, ['a', 'b', 'c'], `node ${id}`);
        assert.deepEqual(c.listeners.get(id)!.leaders.at(-1), { leaderId: leader.id, epoch: leader.epoch });
      }
      // The quorum-state file has Kafka's layout and the current epoch.
      const state = JSON.parse(
        readFileSync(join(c.nodes.get(leader.id)!.log.log.dir, '..', QUORUM_STATE_FILE), 'utf8'),
      );
      assert.equal(state.leaderEpoch, leader.epoch);
      assert.equal(state.leaderId, leader.id);
      assert.equal(state.data_version, 0);
    });
  }

  it('every voter learns a commit within a round trip, not a fetch max wait (500 ms) later', async () => {
    // The follower whose fetch moves the high watermark is answered at once; the other one, whose next fetch
    // arrives after it moved and finds no new records, must not park on it (Kafka 4.4: KAFKA-14145).
    c = new RaftCluster(3);
    await c.waitForLeader();
    for (const x of ['one', 'two', 'three']) {
      await commit(c, `warm-${x}`);
      await c.clock.advance(600); // every follower's fetch parked again at the log end
      const { lastOffset } = c.leaders()[0]!.append(values(x));
      await c.until(
        () => [...c.nodes.values()].every((n) => n.highWatermark > lastOffset),
        `every node to know ${x} is committed`,
        100,
      );
    }
  });

  it('a follower refuses appends with the leader it knows', async () => {
    c = new RaftCluster(3);
    const leader = await c.waitForLeader();
    const follower = [...c.nodes.values()].find((n) => n !== leader)!;
    assert.throws(
      () => follower.append(values('x')),
      (e: unknown) => e instanceof NotLeaderError && e.leader.leaderId === leader.id,
    );
  });

  it('re-elects when the leader is cut off; the old leader resigns (check quorum) and rejoins as follower', async () => {
    c = new RaftCluster(5);
    const first = await c.waitForLeader();
    await commit(c, 'before');
    c.isolate(first.id);
    const rest = c.ids.filter((id) => id !== first.id);
    const second = await c.waitForLeader(30_000, rest);
    assert.notEqual(second.id, first.id);
    assert.ok(second.epoch > first.epoch);
    await c.until(() => first.state.kind !== 'leader', 'old leader resigning');
    c.heal();
    await c.waitForLeader();
    await commit(c, 'after');
    for (const id of c.ids) assert.deepEqual(c.listeners.get(id)!.values, ['before', 'after'], `node ${id}`);
  });

  it("truncates a deposed leader's uncommitted entries (log divergence) and keeps every committed one", async () => {
    c = new RaftCluster(3);
    const first = await c.waitForLeader();
    await commit(c, 'x1');
    c.isolate(first.id);
    // Appended on the cut-off leader: never committed, must vanish.
    first.append(values('lost1'));
    first.append(values('lost2'));
    const rest = c.ids.filter((id) => id !== first.id);
    const second = await c.waitForLeader(30_000, rest);
    const { lastOffset } = second.append(values('x2'));
    await c.until(() => second.highWatermark > lastOffset, 'x2 committed by the majority');
    c.heal();
    await c.waitForLeader();
    await commit(c, 'x3');
    for (const id of c.ids) assert.deepEqual(c.listeners.get(id)!.values, ['x1', 'x2', 'x3'], `node ${id}`);
    const ends = c.ids.map((id) => c.nodes.get(id)!.log.endOffset);
    assert.equal(new Set(ends).size, 1, `every log ends at the same offset: ${ends}`);
    const bytes = c.ids.map((id) =>
      c.nodes
        .get(id)!
        .log.read(0, 1 << 20, 'log-end')
        .toString('hex'),
    );
    assert.ok(
      bytes.every((b) => b === bytes[0]),
      'the logs are byte-identical',
    );
  });

  it('a restarted voter keeps its epoch and vote (quorum-state) and its log', async () => {
    c = new RaftCluster(3);
    const leader = await c.waitForLeader();
    await commit(c, 'one', 'two');
    const follower = c.ids.find((id) => id !== leader.id)!;
    const epoch = c.nodes.get(follower)!.epoch;
    await c.stopNode(follower);
    await commit(c, 'three');
    const again = c.startNode(follower);
    assert.equal(again.epoch, epoch);
    // Cut off from the others, it still hands its listener what it knew committed.
    c.isolate(follower);
    await c.until(() => c.listeners.get(follower)!.values.length === 2, 'replay of the committed prefix on restart');
    assert.deepEqual(c.listeners.get(follower)!.values, ['one', 'two']);
    c.heal();
    await c.waitForLeader();
    await c.until(() => c.listeners.get(follower)!.values.length === 3, 'restarted node replaying');
    assert.deepEqual(c.listeners.get(follower)!.values, ['one', 'two', 'three']);
  });

  it("a follower behind the leader's log start catches up from a snapshot (FetchSnapshot)", async () => {
    c = new RaftCluster(3, { fetchMaxBytes: 4096 });
    const leader = await c.waitForLeader();
    const lagging = c.ids.find((id) => id !== leader.id)!;
    await c.stopNode(lagging);
    const big = 'v'.repeat(300);
    for (let i = 0; i < 40; i++) leader.append(values(`${i}:${big}`));
    await c.until(() => leader.highWatermark === leader.log.endOffset, 'majority commit');
    // The state machine's state at the HW: every value so far (the snapshot is bigger than one chunk).
    await c.until(() => c.listeners.get(leader.id)!.values.length === 40, 'leader delivered');
    const state = [...c.listeners.get(leader.id)!.values];
    const id = leader.createSnapshot(leader.highWatermark, values(...state));
    assert.equal(leader.log.startOffset, id.endOffset);
    assert.ok(existsSync(leader.log.snapshots.path(id)));
    c.startNode(lagging);
    await c.waitForLeader();
    await commit(c, 'after-snapshot');
    const l = c.listeners.get(lagging)!;
    assert.deepEqual(l.snapshots, [id]);
    assert.deepEqual(l.values, [...state, 'after-snapshot']);
    assert.equal(c.nodes.get(lagging)!.log.startOffset, id.endOffset);
  });

  it('never loses a committed entry through repeated leader isolations (5 voters, seeded faults)', async () => {
    c = new RaftCluster(5, {}, 7);
    const committed: string[] = [];
    for (let round = 0; round < 6; round++) {
      const leader = await c.waitForLeader();
      const value = `r${round}`;
      const { lastOffset } = leader.append(values(value));
      // An append on a leader about to be cut off may or may not commit; only acknowledged ones must survive.
      await c.clock.advance(200);
      if (leader.highWatermark > lastOffset && leader.state.kind === 'leader') committed.push(value);
      c.isolate(leader.id);
      await c.waitForLeader(
        30_000,
        c.ids.filter((id) => id !== leader.id),
      );
      c.heal();
    }
    await c.waitForLeader();
    await commit(c, 'end');
    assert.ok(committed.length >= 3, `most rounds committed (${committed})`);
    const reference = c.listeners.get(c.ids[0]!)!.values;
    for (const id of c.ids) assert.deepEqual(c.listeners.get(id)!.values, reference, `node ${id} agrees`);
    for (const v of committed) assert.ok(reference.includes(v), `committed ${v} kept`);
  });
});
