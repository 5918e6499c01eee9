import assert from 'node:assert/strict';
import type { ClassicGroup } from '../../src/groups/classic-group';
import { ErrorCode } from '../../src/errors';
import { harness, joinInput, memberId, settle, subscription } from './helpers';

const G = 'g';

describe('groups: classic protocol state machine', () => {
  it('v4+: a new member gets MEMBER_ID_REQUIRED with an id, then becomes leader of generation 1', async () => {
    const h = await harness();
    const id = await memberId(h, G, { clientId: 'app' });
    assert.match(id, /^app-[0-9a-f-]{36}$/);
    const joined = await h.coordinator.joinGroup(G, joinInput({ memberId: id }));
    assert.equal(joined.errorCode, ErrorCode.None);
    assert.equal(joined.generationId, 1);
    assert.equal(joined.leader, id);
    assert.equal(joined.protocolName, 'range');
    assert.deepEqual(
      joined.members.map((m) => m.memberId),
      [id],
    );
  });

  it('v0-3: a new member joins at once with a generated id; an unknown member id is refused', async () => {
    const h = await harness();
    const joined = await h.coordinator.joinGroup(G, joinInput({ requireKnownMemberId: false }));
    assert.equal(joined.errorCode, ErrorCode.None);
    assert.ok(joined.memberId.startsWith('c-'));
    const unknown = await h.coordinator.joinGroup(G, joinInput({ memberId: 'nobody', requireKnownMemberId: false }));
    assert.equal(unknown.errorCode, ErrorCode.UnknownMemberId);
    const other = await h.coordinator.joinGroup('other', joinInput({ memberId: 'nobody' }));
    assert.equal(other.errorCode, ErrorCode.UnknownMemberId);
  });

  it('selects the protocol by vote among those every member supports', async () => {
    const h = await harness({ initialRebalanceDelayMs: 1000 });
    const m = (names: string[]) => ({
      protocols: names.map((name) => ({ name, metadata: subscription(['t']) })),
      requireKnownMemberId: false,
    });
    const joins = [
      h.coordinator.joinGroup(G, joinInput(m(['range', 'roundrobin', 'sticky']))),
      h.coordinator.joinGroup(G, joinInput(m(['roundrobin', 'range']))),
      h.coordinator.joinGroup(G, joinInput(m(['roundrobin', 'range', 'sticky']))),
    ];
    await settle();
    const bad = await h.coordinator.joinGroup(G, joinInput(m(['cooperative-sticky'])));
    assert.equal(bad.errorCode, ErrorCode.InconsistentGroupProtocol);
    const wrongType = await h.coordinator.joinGroup(G, joinInput({ ...m(['range']), protocolType: 'connect' }));
    assert.equal(wrongType.errorCode, ErrorCode.InconsistentGroupProtocol);
    await h.advance(3000);
    const results = await Promise.all(joins);
    for (const r of results) {
      assert.equal(r.errorCode, ErrorCode.None);
      assert.equal(r.protocolName, 'roundrobin');
      assert.equal(r.generationId, 1);
    }
    // Leader-only member metadata.
    const leader = results.find((r) => r.memberId === r.leader)!;
    assert.equal(leader.members.length, 3);
    for (const r of results.filter((x) => x !== leader)) assert.deepEqual(r.members, []);
  });

  it('group.initial.rebalance.delay.ms gathers members joining an empty group into one generation', async () => {
    const h = await harness({ initialRebalanceDelayMs: 3000 });
    const a = await memberId(h, G);
    const b = await memberId(h, G);
    const ja = h.coordinator.joinGroup(G, joinInput({ memberId: a }));
    await h.advance(1000);
    const jb = h.coordinator.joinGroup(G, joinInput({ memberId: b }));
    await h.advance(2500);
    let done = false;
    void ja.then(() => {
      done = true;
    });
    await settle();
    assert.equal(done, false, 'the delay is extended while members keep arriving');
    await h.advance(3000);
    const [ra, rb] = await Promise.all([ja, jb]);
    assert.equal(ra.generationId, 1);
    assert.equal(rb.generationId, 1);
  });

  it('a second member triggers a rebalance: heartbeat says REBALANCE_IN_PROGRESS, generation 2 has both', async () => {
    const h = await harness();
    const a = await memberId(h, G);
    const ra = await h.coordinator.joinGroup(G, joinInput({ memberId: a }));
    const sa = await h.coordinator.syncGroup(G, {
      memberId: a,
      groupInstanceId: null,
      generationId: 1,
      protocolType: null,
      protocolName: null,
      assignments: [{ memberId: a, assignment: Buffer.from('A1') }],
    });
    assert.equal(sa.errorCode, ErrorCode.None);
    assert.equal(sa.assignment.toString(), 'A1');
    assert.equal(await h.coordinator.heartbeat(G, { memberId: a, groupInstanceId: null }, 1), ErrorCode.None);

    const b = await memberId(h, G);
    const jb = h.coordinator.joinGroup(G, joinInput({ memberId: b }));
    await settle();
    assert.equal(
      await h.coordinator.heartbeat(G, { memberId: a, groupInstanceId: null }, ra.generationId),
      ErrorCode.RebalanceInProgress,
    );
    // A commit of the old generation is still accepted while preparing the rebalance (eager revocation).
    const codes = await h.coordinator.commitOffsets(G, {
      memberId: a,
      groupInstanceId: null,
      generationIdOrMemberEpoch: 1,
      retentionTimeMs: -1,
      topics: [
        { name: 't', partitions: [{ partition: 0, offset: 5n, leaderEpoch: -1, metadata: 'm', commitTimestamp: -1 }] },
      ],
    });
    assert.equal(codes.get('t\u00000'), ErrorCode.None);
    const ja = h.coordinator.joinGroup(G, joinInput({ memberId: a }));
    const [ra2, rb2] = await Promise.all([ja, jb]);
    assert.equal(ra2.generationId, 2);
    assert.equal(rb2.generationId, 2);
    assert.equal(ra2.leader, a, 'the leader stays the leader');
    assert.equal(ra2.members.length, 2);
    assert.deepEqual(rb2.members, []);
    assert.equal(
      await h.coordinator.heartbeat(G, { memberId: a, groupInstanceId: null }, 1),
      ErrorCode.IllegalGeneration,
    );
  });

  it('followers wait for the leader SyncGroup; members the leader leaves out get an empty assignment', async () => {
    const h = await harness({ initialRebalanceDelayMs: 100 });
    const ids = [await memberId(h, G), await memberId(h, G), await memberId(h, G)];
    const joins = ids.map((id) => h.coordinator.joinGroup(G, joinInput({ memberId: id })));
    await settle();
    await h.advance(500);
    const results = await Promise.all(joins);
    const leader = results[0]!.leader;
    const followers = ids.filter((id) => id !== leader);
    const sync = (id: string, assignments: { memberId: string; assignment: Buffer }[] = []) =>
      h.coordinator.syncGroup(G, {
        memberId: id,
        groupInstanceId: null,
        generationId: 1,
        protocolType: 'consumer',
        protocolName: 'range',
        assignments,
      });
    const f0 = sync(followers[0]!);
    const f1 = sync(followers[1]!);
    let answered = false;
    void f0.then(() => {
      answered = true;
    });
    await settle();
    assert.equal(answered, false, 'a follower waits for the leader');
    assert.equal((await sync(followers[0]!.replace(/.$/, 'x'))).errorCode, ErrorCode.UnknownMemberId);
    const wrongGen = await h.coordinator.syncGroup(G, {
      memberId: followers[1]!,
      groupInstanceId: null,
      generationId: 7,
      protocolType: null,
      protocolName: null,
      assignments: [],
    });
    assert.equal(wrongGen.errorCode, ErrorCode.IllegalGeneration);
    const l = await sync(leader, [
      { memberId: leader, assignment: Buffer.from('L') },
      { memberId: followers[0]!, assignment: Buffer.from('F0') },
    ]);
    assert.equal(l.assignment.toString(), 'L');
    assert.equal((await f0).assignment.toString(), 'F0');
    assert.equal((await f1).errorCode, ErrorCode.None);
    assert.equal((await f1).assignment.length, 0);
    assert.equal(h.coordinator.group(G)!.kind, 'classic');
    assert.equal((h.coordinator.group(G) as ClassicGroup).state, 'Stable');
  });

  it('session timeout evicts a silent member and the others rebalance without it', async () => {
    const h = await harness();
    const a = await memberId(h, G, { sessionTimeoutMs: 3000 });
    const b = await memberId(h, G, { sessionTimeoutMs: 3000 });
    const joins = [a, b].map((id) => h.coordinator.joinGroup(G, joinInput({ memberId: id, sessionTimeoutMs: 3000 })));
    const [ra] = await Promise.all(joins);
    const leader = ra!.leader;
    const other = leader === a ? b : a;
    await h.coordinator.syncGroup(G, {
      memberId: leader,
      groupInstanceId: null,
      generationId: 1,
      protocolType: null,
      protocolName: null,
      assignments: [],
    });
    await h.coordinator.syncGroup(G, {
      memberId: other,
      groupInstanceId: null,
      generationId: 1,
      protocolType: null,
      protocolName: null,
      assignments: [],
    });
    // Only `leader` keeps heartbeating.
    for (let i = 0; i < 4; i++) {
      await h.advance(1000);
      const code = await h.coordinator.heartbeat(G, { memberId: leader, groupInstanceId: null }, 1);
      if (code === ErrorCode.RebalanceInProgress) break;
    }
    const group = h.coordinator.group(G) as ClassicGroup;
    assert.equal(group.members.has(other), false);
    assert.equal(group.state, 'PreparingRebalance');
    const rejoin = await h.coordinator.joinGroup(G, joinInput({ memberId: leader, sessionTimeoutMs: 3000 }));
    assert.equal(rejoin.generationId, 2);
    assert.equal(rejoin.members.length, 1);
    assert.equal(
      await h.coordinator.heartbeat(G, { memberId: other, groupInstanceId: null }, 2),
      ErrorCode.UnknownMemberId,
    );
  });

  it('members that do not rejoin within the rebalance timeout are dropped from the new generation', async () => {
    const h = await harness();
    const input = { sessionTimeoutMs: 60000, rebalanceTimeoutMs: 5000 };
    const a = await memberId(h, G, input);
    const b = await memberId(h, G, input);
    const [ra] = await Promise.all(
      [a, b].map((id) => h.coordinator.joinGroup(G, joinInput({ memberId: id, ...input }))),
    );
    for (const id of [a, b]) {
      void h.coordinator.syncGroup(G, {
        memberId: id,
        groupInstanceId: null,
        generationId: 1,
        protocolType: null,
        protocolName: null,
        assignments: [],
      });
    }
    await settle();
    assert.equal(ra!.generationId, 1);
    // A third member joins; only a rejoins.
    const c = await memberId(h, G, input);
    const jc = h.coordinator.joinGroup(G, joinInput({ memberId: c, ...input }));
    const ja = h.coordinator.joinGroup(G, joinInput({ memberId: a, ...input }));
    let answered = false;
    void ja.then(() => {
      answered = true;
    });
    await h.advance(4000, 500);
    assert.equal(answered, false);
    await h.advance(1500, 500);
    const [rc, ra2] = await Promise.all([jc, ja]);
    assert.equal(ra2.generationId, 2);
    assert.equal(rc.generationId, 2);
    const group = h.coordinator.group(G) as ClassicGroup;
    assert.deepEqual([...group.members.keys()].sort(), [a, c].sort());
  });

  it('a leader that never sends SyncGroup is removed after the rebalance timeout (pending sync)', async () => {
    const h = await harness();
    const input = { sessionTimeoutMs: 60000, rebalanceTimeoutMs: 5000 };
    const a = await memberId(h, G, input);
    const b = await memberId(h, G, input);
    const results = await Promise.all(
      [a, b].map((id) => h.coordinator.joinGroup(G, joinInput({ memberId: id, ...input }))),
    );
    const leader = results[0]!.leader;
    const follower = leader === a ? b : a;
    const waiting = h.coordinator.syncGroup(G, {
      memberId: follower,
      groupInstanceId: null,
      generationId: 1,
      protocolType: null,
      protocolName: null,
      assignments: [],
    });
    await h.advance(6000, 500);
    assert.equal((await waiting).errorCode, ErrorCode.RebalanceInProgress);
    assert.equal((h.coordinator.group(G) as ClassicGroup).members.has(leader), false);
  });

  it('static membership: a restarted instance takes over without a rebalance; the old id is fenced', async () => {
    const h = await harness();
    const a = await h.coordinator.joinGroup(G, joinInput({ groupInstanceId: 'i-a' }));
    assert.equal(a.errorCode, ErrorCode.None, 'static members get no MEMBER_ID_REQUIRED');
    const rb = h.coordinator.joinGroup(G, joinInput({ groupInstanceId: 'i-b' }));
    const ra = h.coordinator.joinGroup(G, joinInput({ memberId: a.memberId, groupInstanceId: 'i-a' }));
    const [ja, b] = await Promise.all([ra, rb]);
    const jb = b;
    const gen = ja.generationId;
    assert.equal(jb.generationId, gen);
    const leader = ja.leader;
    const follower = leader === a.memberId ? 'i-b' : 'i-a';
    const followerId = leader === a.memberId ? b.memberId : a.memberId;
    await h.coordinator.syncGroup(G, {
      memberId: leader,
      groupInstanceId: leader === a.memberId ? 'i-a' : 'i-b',
      generationId: gen,
      protocolType: null,
      protocolName: null,
      assignments: [{ memberId: followerId, assignment: Buffer.from('F') }],
    });
    // The follower instance restarts with an empty member id.
    const again = await h.coordinator.joinGroup(G, joinInput({ groupInstanceId: follower }));
    assert.equal(again.errorCode, ErrorCode.None);
    assert.notEqual(again.memberId, followerId);
    assert.equal(again.generationId, gen, 'no rebalance');
    const group = h.coordinator.group(G) as ClassicGroup;
    assert.equal(group.state, 'Stable');
    const sync = await h.coordinator.syncGroup(G, {
      memberId: again.memberId,
      groupInstanceId: follower,
      generationId: gen,
      protocolType: null,
      protocolName: null,
      assignments: [],
    });
    assert.equal(sync.assignment.toString(), 'F', 'keeps its assignment');
    assert.equal(
      await h.coordinator.heartbeat(G, { memberId: followerId, groupInstanceId: follower }, gen),
      ErrorCode.FencedInstanceId,
    );
    const left = await h.coordinator.leaveGroup(G, [{ memberId: followerId, groupInstanceId: follower }]);
    assert.deepEqual(left.members, [ErrorCode.FencedInstanceId]);
    const leftOk = await h.coordinator.leaveGroup(G, [{ memberId: '', groupInstanceId: follower }]);
    assert.deepEqual(leftOk.members, [ErrorCode.None]);
  });

  it('LeaveGroup rebalances at once; the last member leaving empties the group', async () => {
    const h = await harness();
    const a = await memberId(h, G);
    const ja = await h.coordinator.joinGroup(G, joinInput({ memberId: a }));
    assert.equal(ja.generationId, 1);
    const left = await h.coordinator.leaveGroup(G, [{ memberId: a, groupInstanceId: null }]);
    assert.deepEqual(left.members, [ErrorCode.None]);
    await settle();
    const group = h.coordinator.group(G) as ClassicGroup;
    assert.equal(group.state, 'Empty');
    assert.equal(group.generationId, 2);
    const again = await h.coordinator.leaveGroup(G, [{ memberId: a, groupInstanceId: null }]);
    assert.deepEqual(again.members, [ErrorCode.UnknownMemberId]);
  });
});
