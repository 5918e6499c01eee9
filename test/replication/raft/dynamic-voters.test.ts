import { strict as assert } from 'node:assert';
import { API_BY_KEY, API_KEYS } from '../../../protocol/generated';
import { ErrorCode } from '../../../protocol/error-codes';
import {
  ManualClock,
  type RaftApi,
  RaftNode,
  type RaftRequests,
  type RaftResponses,
  type RaftTransport,
  VoterSet,
  writeBootstrapCheckpoint,
} from '../../../replication/raft';
import { tempDir } from '../../storage/helpers';
import { dispatch, RecordingListener, roundTrip, seeded } from './cluster';

/** A valid Kafka uuid (22 base64url characters) per node. */
const dirId = (id: number) => Buffer.alloc(16, id).toString('base64url');
const endpoints = (id: number, port = 19300 + id) => [{ name: 'CONTROLLER', host: '127.0.0.1', port }];

/**
 * KIP-853 quorums in one process: nodes with no static voters read the voter set from their log (the bootstrap
 * checkpoint, then VotersRecords), find the leader through the bootstrap servers (negative ids here, as Kafka
 * numbers them) and vote once the log names them.
 */
class DynamicCluster {
  readonly clock = new ManualClock();
  readonly nodes = new Map<number, RaftNode>();
  readonly listeners = new Map<number, RecordingListener>();
  private readonly dirs = new Map<number, { dir: string; cleanup(): void }>();
  private readonly random = seeded(7);

  dir(id: number): string {
    if (!this.dirs.has(id)) this.dirs.set(id, tempDir(`brook-kip853-${id}-`));
    return this.dirs.get(id)!.dir;
  }

  /** `port`: the node's controller listener (another one than the voter set names: it moved). */
  start(id: number, port?: number): RaftNode {
    const listener = new RecordingListener();
    const node = new RaftNode({
      nodeId: id,
      voters: null,
      local: { directoryId: dirId(id), endpoints: endpoints(id, port) },
      bootstrapIds: [-2, -3, -4],
      dataDir: this.dir(id),
      transport: this.transport(id),
      clock: this.clock,
      random: this.random,
      config: { electionTimeoutMs: 300, fetchTimeoutMs: 600, electionBackoffMaxMs: 200 },
      listeners: [listener],
    });
    this.nodes.set(id, node);
    this.listeners.set(id, listener);
    node.start();
    return node;
  }

  async stop(id: number): Promise<void> {
    const node = this.nodes.get(id);
    this.nodes.delete(id);
    await node?.close();
  }

  async until(check: () => boolean, what: string, maxMs = 20_000): Promise<void> {
    for (let t = 0; t < maxMs; t += 20) {
      if (check()) return;
      await this.clock.advance(20);
    }
    throw new Error(`${what} did not happen within ${maxMs} ms`);
  }

  leader(): RaftNode | undefined {
    return [...this.nodes.values()].find((n) => n.state.kind === 'leader');
  }

  /** Runs a voter change while time moves (the change waits for fetches to commit it). */
  async change<T>(work: Promise<T>): Promise<T> {
    let done = false;
    let result!: T;
    work.then((r) => {
      done = true;
      result = r;
    });
    await this.until(() => done, 'the voter change');
    return result;
  }

  async close(): Promise<void> {
    for (const id of [...this.nodes.keys()]) await this.stop(id);
    for (const d of this.dirs.values()) d.cleanup();
  }

  private transport(from: number): RaftTransport {
    return {
      // Bootstrap servers -2, -3, -4 are nodes 1, 2 and 3's controller listeners.
      send: <A extends RaftApi>(to: number, api: A, request: RaftRequests[A]): Promise<RaftResponses[A]> =>
        new Promise((resolve, reject) => {
          setImmediate(async () => {
            const target = this.nodes.get(to < 0 ? -to - 1 : to);
            if (!target || !this.nodes.has(from)) return reject(new Error('unreachable'));
            const descriptor = API_BY_KEY[API_KEYS[api]]!;
            try {
              const decoded = roundTrip(descriptor.request, descriptor.maxVersion, request);
              const response = await dispatch(target, api, decoded);
              resolve(roundTrip(descriptor.response, descriptor.maxVersion, response) as RaftResponses[A]);
            } catch (error) {
              reject(error);
            }
          });
        }),
      kraftVersionRange: async (id) => {
        if (!this.nodes.has(id)) throw new Error(`node ${id} unreachable`);
        return { min: 0, max: 1 };
      },
    };
  }
}

describe('raft: KIP-853 dynamic voters (bootstrap checkpoint, VotersRecord, add / remove voter)', () => {
  let c: DynamicCluster;
  beforeEach(() => {
    c = new DynamicCluster();
  });
  afterEach(() => c.close());

  it('a standalone controller leads from its bootstrap checkpoint; others find it through the bootstrap servers and join one at a time', async () => {
    writeBootstrapCheckpoint(
      c.dir(1),
      new VoterSet([{ id: 1, directoryId: dirId(1), endpoints: endpoints(1), kraftVersion: { min: 0, max: 1 } }]),
    );
    const one = c.start(1);
    assert.deepEqual(one.voters, [1]);
    assert.equal(one.kraftVersion, 1);
    await c.until(() => one.state.kind === 'leader', 'node 1 leading');
    const { lastOffset } = one.append([Buffer.from('a')]);
    await c.change(one.waitForCommit(lastOffset));

    // Nodes formatted without initial controllers: no voter set until they read the leader's log.
    const two = c.start(2);
    const three = c.start(3);
    assert.deepEqual(two.voters, []);
    await c.until(
      () => two.voterSet()?.ids.join() === '1' && three.voterSet()?.ids.join() === '1',
      'observers learning the voters',
    );
    await c.until(() => c.listeners.get(2)!.values.join() === 'a', 'node 2 replicating');
    assert.deepEqual(
      one
        .describeQuorum()!
        .observers.map((o) => o.replicaId)
        .sort(),
      [2, 3],
    );

    const added = await c.change(one.addVoter({ id: 2, directoryId: dirId(2), endpoints: endpoints(2) }));
    assert.deepEqual(added, { errorCode: ErrorCode.None, errorMessage: null });
    assert.deepEqual(one.voters, [1, 2]);
    await c.until(() => two.voters.join() === '1,2', 'node 2 seeing itself a voter');
    const duplicate = await one.addVoter({ id: 2, directoryId: dirId(2), endpoints: endpoints(2) });
    assert.equal(duplicate.errorCode, ErrorCode.DuplicateVoter);
    assert.equal(
      (await c.change(one.addVoter({ id: 3, directoryId: dirId(3), endpoints: endpoints(3) }))).errorCode,
      ErrorCode.None,
    );
    await c.until(() => three.voters.join() === '1,2,3', 'node 3 seeing the three voters');
    const info = one.describeQuorum()!;
    assert.deepEqual(
      info.voters.map((v) => [v.replicaId, v.directoryId]),
      [
        [1, dirId(1)],
        [2, dirId(2)],
        [3, dirId(3)],
      ],
    );
    assert.deepEqual(info.observers, []);

    // A majority of the three now commits: with node 3 stopped, 1 and 2 still do.
    await c.stop(3);
    const next = one.append([Buffer.from('b')]);
    await c.change(one.waitForCommit(next.lastOffset));

    const wrongDir = await one.removeVoter(2, dirId(3));
    assert.equal(wrongDir.errorCode, ErrorCode.VoterNotFound);

    // A restarted node reads its voter set back from its log; it listens elsewhere now, so it tells the
    // leader (UpdateRaftVoter), which commits a VotersRecord with its new endpoint.
    c.start(3, 29303);
    await c.until(
      () => c.nodes.get(3)!.voters.join() === '1,2,3' && c.nodes.get(3)!.state.kind === 'follower',
      'node 3 back',
    );
    await c.until(() => one.voterSet()!.endpoint(3)!.port === 29303, 'node 3 updating its endpoint');
  });

  it('three initial controllers (--initial-controllers) elect a leader; a joining node learns the voters from its snapshot', async () => {
    const initial = new VoterSet(
      [1, 2, 3].map((id) => ({
        id,
        directoryId: dirId(id),
        endpoints: endpoints(id),
        kraftVersion: { min: 0, max: 1 },
      })),
    );
    for (const id of [1, 2, 3]) writeBootstrapCheckpoint(c.dir(id), initial);
    for (const id of [1, 2, 3]) c.start(id);
    await c.until(() => c.leader() !== undefined, 'a leader among the initial voters');
    const leader = c.leader()!;
    const { lastOffset } = leader.append([Buffer.from('x')]);
    await c.change(leader.waitForCommit(lastOffset));
    // A snapshot carries the voter set (the Voters record below it is gone from the log).
    leader.createSnapshot(leader.highWatermark, [Buffer.from('x')]);
    assert.ok(leader.log.startOffset > 0);
    // Node 4 has no checkpoint (formatted --no-initial-controllers): it learns the voters from the snapshot.
    const four = c.start(4);
    await c.until(() => four.voterSet()?.ids.join() === '1,2,3', 'node 4 reading the voters from the snapshot');
    assert.equal(four.isVoter, false);
    await c.until(() => c.listeners.get(4)!.values.join() === 'x', 'node 4 replicating');
  });

  it('a leader removing itself resigns once the removal commits, and the others elect a leader among themselves', async () => {
    writeBootstrapCheckpoint(
      c.dir(1),
      new VoterSet([{ id: 1, directoryId: dirId(1), endpoints: endpoints(1), kraftVersion: { min: 0, max: 1 } }]),
    );
    const one = c.start(1);
    c.start(2);
    c.start(3);
    await c.until(() => one.state.kind === 'leader', 'node 1 leading');
    await c.until(() => one.describeQuorum()!.observers.length === 2, 'two observers fetching');
    for (const id of [2, 3]) {
      const r = await c.change(one.addVoter({ id, directoryId: dirId(id), endpoints: endpoints(id) }));
      assert.equal(r.errorCode, ErrorCode.None, r.errorMessage ?? '');
    }
    const removed = await c.change(one.removeVoter(1, dirId(1)));
    assert.equal(removed.errorCode, ErrorCode.None);
    await c.until(() => {
      const l = c.leader();
      return l !== undefined && l.id !== 1;
    }, 'a new leader among 2 and 3');
    const leader = c.leader()!;
    assert.deepEqual(leader.voters, [2, 3]);
    await c.until(
      () => one.leaderAndEpoch().leaderId === leader.id && one.state.kind === 'follower',
      'node 1 following as an observer',
    );
    assert.equal(one.isVoter, false);
  });
});
