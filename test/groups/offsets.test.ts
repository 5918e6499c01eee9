import assert from 'node:assert/strict';
import { ErrorCode } from '../../src/errors';
import type { ClassicGroup } from '../../src/groups/classic-group';
import type { OffsetCommitInput } from '../../src/groups/coordinator';
import { MemoryGroupLog } from '../../src/groups/group-log';
import { decodeGroupValue, decodeKey, decodeOffsetValue } from '../../src/groups/records';
import { harness, joinInput, memberId, subscription } from './helpers';

const G = 'g';

function commit(
  partitions: [string, number, bigint, string?][],
  over: Partial<OffsetCommitInput> = {},
): OffsetCommitInput {
  const topics = new Map<string, OffsetCommitInput['topics'][number]>();
  for (const [name, partition, offset, metadata] of partitions) {
    if (!topics.has(name)) topics.set(name, { name, partitions: [] });
    topics
      .get(name)!
      .partitions.push({ partition, offset, leaderEpoch: 3, metadata: metadata ?? null, commitTimestamp: -1 });
  }
  return {
    memberId: '',
    groupInstanceId: null,
    generationIdOrMemberEpoch: -1,
    retentionTimeMs: -1,
    topics: [...topics.values()],
    ...over,
  };
}

describe('groups: offsets', () => {
  it('standalone commits (generation -1) are stored and fetched with metadata and leader epoch', async () => {
    const h = await harness();
    const codes = await h.coordinator.commitOffsets(
      G,
      commit([
        ['t', 0, 10n, 'meta'],
        ['t', 1, 20n],
        ['u', 0, 1n],
      ]),
    );
    assert.deepEqual([...codes.values()], [0, 0, 0]);
    const some = await h.coordinator.fetchOffsets(G, [{ name: 't', partitions: [0, 1, 2] }]);
    assert.deepEqual(
      some.topics[0]!.partitions.map((p) => [p.partition, p.offset, p.leaderEpoch, p.metadata]),
      [
        [0, 10n, 3, 'meta'],
        [1, 20n, 3, ''],
        [2, -1n, -1, ''],
      ],
    );
    const all = await h.coordinator.fetchOffsets(G, null);
    assert.deepEqual(all.topics.map((t) => t.name).sort(), ['t', 'u']);
    const none = await h.coordinator.fetchOffsets('unknown', null);
    assert.deepEqual(none.topics, []);
    assert.deepEqual(
      h.coordinator.listGroups([], []).map((g) => [g.groupId, g.state]),
      [[G, 'Empty']],
    );
  });

  it('refuses metadata over offset.metadata.max.bytes per partition and keeps the others', async () => {
    const h = await harness({ offsetMetadataMaxBytes: 4 });
    const codes = await h.coordinator.commitOffsets(
      G,
      commit([
        ['t', 0, 1n, 'long metadata'],
        ['t', 1, 2n, 'ok'],
      ]),
    );
    assert.equal(codes.get('t\u00000'), ErrorCode.OffsetMetadataTooLarge);
    assert.equal(codes.get('t\u00001'), ErrorCode.None);
  });

  it('member commits are checked against the generation; standalone commits against an active group fail', async () => {
    const h = await harness();
    const id = await memberId(h, G);
    const joined = await h.coordinator.joinGroup(G, joinInput({ memberId: id }));
    const ok = await h.coordinator.commitOffsets(
      G,
      commit([['t', 0, 5n]], { memberId: id, generationIdOrMemberEpoch: joined.generationId }),
    );
    assert.equal(ok.get('t\u00000'), ErrorCode.RebalanceInProgress, 'before the leader synced');
    await h.coordinator.syncGroup(G, {
      memberId: id,
      groupInstanceId: null,
      generationId: joined.generationId,
      protocolType: null,
      protocolName: null,
      assignments: [],
    });
    const good = await h.coordinator.commitOffsets(
      G,
      commit([['t', 0, 5n]], { memberId: id, generationIdOrMemberEpoch: joined.generationId }),
    );
    assert.equal(good.get('t\u00000'), ErrorCode.None);
    const stale = await h.coordinator.commitOffsets(
      G,
      commit([['t', 0, 6n]], { memberId: id, generationIdOrMemberEpoch: 9 }),
    );
    assert.equal(stale.get('t\u00000'), ErrorCode.IllegalGeneration);
    const stranger = await h.coordinator.commitOffsets(
      G,
      commit([['t', 0, 6n]], { memberId: 'x', generationIdOrMemberEpoch: 1 }),
    );
    assert.equal(stranger.get('t\u00000'), ErrorCode.UnknownMemberId);
    const admin = await h.coordinator.commitOffsets(G, commit([['t', 0, 6n]]));
    assert.equal(admin.get('t\u00000'), ErrorCode.UnknownMemberId);
    const fresh = await h.coordinator.commitOffsets(
      'nope',
      commit([['t', 0, 6n]], { memberId: 'x', generationIdOrMemberEpoch: 3 }),
    );
    assert.equal(fresh.get('t\u00000'), ErrorCode.IllegalGeneration);
    assert.equal(
      (await h.coordinator.fetchOffsets(G, [{ name: 't', partitions: [0] }])).topics[0]!.partitions[0]!.offset,
      5n,
    );
  });

  it('writes Kafka-format records and a new coordinator over the same log reloads offsets and the group', async () => {
    const log = new MemoryGroupLog();
    const h = await harness({}, log);
    const id = await memberId(h, G);
    const joined = await h.coordinator.joinGroup(G, joinInput({ memberId: id, groupInstanceId: null }));
    await h.coordinator.syncGroup(G, {
      memberId: id,
      groupInstanceId: null,
      generationId: joined.generationId,
      protocolType: null,
      protocolName: null,
      assignments: [{ memberId: id, assignment: Buffer.from('assigned') }],
    });
    await h.coordinator.commitOffsets(
      G,
      commit([['t', 0, 42n, 'm']], { memberId: id, generationIdOrMemberEpoch: joined.generationId }),
    );
    const kinds = log.records.map((r) => decodeKey(r.key)!.type);
    assert.ok(kinds.includes('group') && kinds.includes('offset'));
    const offsetRecord = log.records.find((r) => decodeKey(r.key)!.type === 'offset')!;
    assert.equal(offsetRecord.key.readInt16BE(0), 1, 'OffsetCommitKey v1');
    assert.equal(offsetRecord.value!.readInt16BE(0), 3, 'OffsetCommitValue v3');
    assert.equal(decodeOffsetValue(offsetRecord.value!).offset, 42n);
    const groupRecord = log.records.filter((r) => decodeKey(r.key)!.type === 'group').at(-1)!;
    assert.equal(decodeGroupValue(groupRecord.value!).members[0]!.assignment.toString(), 'assigned');
    h.coordinator.close();

    const again = await harness({}, log);
    const fetched = await again.coordinator.fetchOffsets(G, [{ name: 't', partitions: [0] }]);
    assert.equal(fetched.topics[0]!.partitions[0]!.offset, 42n);
    assert.equal(fetched.topics[0]!.partitions[0]!.metadata, 'm');
    const group = again.coordinator.group(G) as ClassicGroup;
    assert.equal(group.state, 'Stable');
    assert.equal(group.generationId, joined.generationId);
    assert.equal(group.members.get(id)!.assignment.toString(), 'assigned');
    // The restored member can keep heartbeating in its generation.
    assert.equal(await again.coordinator.heartbeat(G, { memberId: id, groupInstanceId: null }, joined.generationId), 0);
    again.coordinator.close();
  });

  it('DeleteGroups removes an empty group and its offsets (tombstones); NON_EMPTY_GROUP while active', async () => {
    const log = new MemoryGroupLog();
    const h = await harness({}, log);
    await h.coordinator.commitOffsets('idle', commit([['t', 0, 1n]]));
    const id = await memberId(h, G);
    await h.coordinator.joinGroup(G, joinInput({ memberId: id }));
    assert.deepEqual(await h.coordinator.deleteGroups(['idle', G, 'missing']), [
      ErrorCode.None,
      ErrorCode.NonEmptyGroup,
      ErrorCode.GroupIdNotFound,
    ]);
    assert.deepEqual((await h.coordinator.fetchOffsets('idle', null)).topics, []);
    assert.ok(log.records.some((r) => decodeKey(r.key)!.type === 'offset' && r.value === null));
    const reloaded = await harness({}, log);
    assert.equal(reloaded.coordinator.group('idle'), undefined);
    assert.deepEqual(
      h.coordinator.listGroups(['Stable', 'CompletingRebalance'], []).map((g) => g.groupId),
      [G],
    );
    assert.deepEqual(h.coordinator.listGroups(['empty'], []), []);
    assert.deepEqual(h.coordinator.listGroups([], ['consumer']), []);
  });

  it('OffsetDelete refuses topics the group consumes and deletes the others', async () => {
    const h = await harness();
    const id = await memberId(h, G);
    const joined = await h.coordinator.joinGroup(
      G,
      joinInput({ memberId: id, protocols: [{ name: 'range', metadata: subscription(['t']) }] }),
    );
    await h.coordinator.syncGroup(G, {
      memberId: id,
      groupInstanceId: null,
      generationId: joined.generationId,
      protocolType: null,
      protocolName: null,
      assignments: [],
    });
    await h.coordinator.commitOffsets(
      G,
      commit(
        [
          ['t', 0, 1n],
          ['old', 0, 7n],
        ],
        { memberId: id, generationIdOrMemberEpoch: joined.generationId },
      ),
    );
    const result = await h.coordinator.deleteOffsets(G, [
      { name: 't', partitions: [0] },
      { name: 'old', partitions: [0] },
    ]);
    assert.equal(result.errorCode, ErrorCode.None);
    assert.equal(result.codes.get('t\u00000'), ErrorCode.GroupSubscribedToTopic);
    assert.equal(result.codes.get('old\u00000'), ErrorCode.None);
    const left = await h.coordinator.fetchOffsets(G, null);
    assert.deepEqual(
      left.topics.map((t) => t.name),
      ['t'],
    );
    assert.equal((await h.coordinator.deleteOffsets('missing', [])).errorCode, ErrorCode.GroupIdNotFound);
  });

  it('offsets.retention.minutes expires offsets of an empty group, then the group itself', async () => {
    const h = await harness({ offsetsRetentionMs: 60000 });
    await h.coordinator.commitOffsets(G, commit([['t', 0, 1n]]));
    await h.advance(30000, 10000);
    assert.equal(await h.coordinator.expireOffsets(), 0);
    await h.advance(31000, 10000);
    assert.equal(await h.coordinator.expireOffsets(), 1);
    assert.equal(h.coordinator.group(G), undefined);
    // An explicit retention (OffsetCommit v2-4) wins.
    await h.coordinator.commitOffsets('r', commit([['t', 0, 1n]], { retentionTimeMs: 1000 }));
    await h.advance(2000, 1000);
    assert.equal(await h.coordinator.expireOffsets(), 1);
  });
});
