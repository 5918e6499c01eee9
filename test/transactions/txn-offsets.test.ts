import assert from 'node:assert/strict';
import { ErrorCode } from '../../src/errors';
import type { TxnOffsetCommitInput } from '../../src/groups/coordinator';
import { MemoryGroupLog } from '../../src/groups/group-log';
import { harness, joinInput, memberId } from '../groups/helpers';

const G = 'txn-group';
const PID = 4000n;

function txnCommit(offset: bigint, over: Partial<TxnOffsetCommitInput> = {}): TxnOffsetCommitInput {
  return {
    producerId: PID,
    producerEpoch: 0,
    memberId: '',
    groupInstanceId: null,
    generationId: -1,
    topics: [{ name: 't', partitions: [{ partition: 0, offset, leaderEpoch: -1, metadata: null }] }],
    ...over,
  };
}

async function fetched(h: Awaited<ReturnType<typeof harness>>, requireStable = false) {
  const answer = await h.coordinator.fetchOffsets(G, [{ name: 't', partitions: [0] }], undefined, requireStable);
  const p = answer.topics[0]!.partitions[0]!;
  return [p.offset, p.errorCode];
}

describe('groups: transactional offset commits (TxnOffsetCommit)', () => {
  it('keeps offsets pending until the COMMIT marker; requireStable answers UNSTABLE_OFFSET_COMMIT meanwhile', async () => {
    const h = await harness();
    const codes = await h.coordinator.commitTxnOffsets(G, txnCommit(7n));
    assert.deepEqual([...codes.values()], [ErrorCode.None]);
    assert.deepEqual(await fetched(h), [-1n, 0]);
    assert.deepEqual(await fetched(h, true), [-1n, ErrorCode.UnstableOffsetCommit]);
    const stored = h.log.records.at(-1)!;
    assert.deepEqual([stored.isTransactional, stored.producerId], [true, PID], 'written as the producer batch');
    h.coordinator.onTxnMarker(0, PID, 'commit');
    assert.deepEqual(await fetched(h), [7n, 0]);
    assert.deepEqual(await fetched(h, true), [7n, 0]);
  });

  it('drops them on the ABORT marker, and a marker of another producer changes nothing', async () => {
    const h = await harness();
    await h.coordinator.commitOffsets(G, {
      memberId: '',
      groupInstanceId: null,
      generationIdOrMemberEpoch: -1,
      retentionTimeMs: -1,
      topics: [
        { name: 't', partitions: [{ partition: 0, offset: 3n, leaderEpoch: -1, metadata: null, commitTimestamp: -1 }] },
      ],
    });
    await h.coordinator.commitTxnOffsets(G, txnCommit(9n));
    h.coordinator.onTxnMarker(0, PID + 1n, 'commit');
    assert.deepEqual(await fetched(h, true), [-1n, ErrorCode.UnstableOffsetCommit]);
    h.coordinator.onTxnMarker(0, PID, 'abort');
    assert.deepEqual(await fetched(h, true), [3n, 0]);
  });

  it('replays pending offsets and markers from the log: a restart before the marker keeps them pending', async () => {
    const log = new MemoryGroupLog();
    const h = await harness({}, log);
    await h.coordinator.commitTxnOffsets(G, txnCommit(11n));
    h.coordinator.close();
    const h2 = await harness({}, log);
    assert.deepEqual(await fetched(h2, true), [-1n, ErrorCode.UnstableOffsetCommit]);
    log.appendMarker(PID, 'commit');
    const h3 = await harness({}, log);
    assert.deepEqual(await fetched(h3, true), [11n, 0]);
    h2.coordinator.close();
    h3.coordinator.close();
  });

  it('checks the generation and member as Kafka does (no REBALANCE_IN_PROGRESS, a non-member may commit)', async () => {
    const h = await harness();
    assert.deepEqual(
      [...(await h.coordinator.commitTxnOffsets('nobody', txnCommit(1n, { generationId: 1 }))).values()],
      [ErrorCode.IllegalGeneration],
    );
    const id = await memberId(h, G);
    const joined = await h.coordinator.joinGroup(G, joinInput({ memberId: id }));
    assert.equal(joined.errorCode, 0);
    const gen = joined.generationId;
    const codes = async (over: Partial<TxnOffsetCommitInput>) => [
      ...(await h.coordinator.commitTxnOffsets(G, txnCommit(1n, over))).values(),
    ];
    // The group is CompletingRebalance: a plain commit would get REBALANCE_IN_PROGRESS, a transactional one not.
    assert.deepEqual(await codes({ memberId: id, generationId: gen }), [ErrorCode.None]);
    assert.deepEqual(await codes({ memberId: id, generationId: gen + 1 }), [ErrorCode.IllegalGeneration]);
    assert.deepEqual(await codes({ memberId: 'stranger', generationId: gen }), [ErrorCode.UnknownMemberId]);
    assert.deepEqual(await codes({}), [ErrorCode.None]);
    h.coordinator.close();
  });
});
