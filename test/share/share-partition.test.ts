/**
 * The share-partition state machine (src/share/share-partition.ts) and the `simple` share assignor
 * (src/groups/share-assignor.ts), driven directly with a manual clock: acquisition of whole batches, the delivery
 * count limit, acquisition locks, acknowledgement rules and errors, the in-flight limit, what is stored and what a
 * restart makes of it. The wire side (Kafka's own share consumer and tools against a Brook) is in
 * test/share/share-groups.test.ts.
 */
import assert from 'node:assert/strict';
import { ManualClock } from '../../src/clock';
import { ErrorCode, KafkaError } from '../../src/errors';
import { assignShared } from '../../src/groups/share-assignor';
import {
  AcknowledgeType,
  type LogBatchSpan,
  RecordState,
  SharePartition,
  type SharePartitionSettings,
  type ShareState,
} from '../../src/share/share-partition';

const { Accept, Release, Reject, Gap } = AcknowledgeType;

function setup(
  settings: Partial<SharePartitionSettings> = {},
  startOffset = 0,
  stored: ShareState['stateBatches'] = [],
) {
  const clock = new ManualClock();
  const writes: ShareState[] = [];
  let changes = 0;
  let failWrites = false;
  const sp = new SharePartition(
    {
      clock,
      settings: () => ({
        recordLockDurationMs: 30000,
        deliveryCountLimit: 5,
        maxInFlightRecords: 2000,
        renewEnabled: true,
        ...settings,
      }),
      write: (state) => {
        if (failWrites) throw new Error('store down');
        writes.push(structuredClone(state));
      },
      changed: () => changes++,
    },
    startOffset,
    stored,
  );
  return {
    sp,
    clock,
    writes,
    changes: () => changes,
    failWrites: (fail: boolean) => {
      failWrites = fail;
    },
  };
}

const batches = (...spans: [number, number][]): LogBatchSpan[] =>
  spans.map(([baseOffset, lastOffset]) => ({ baseOffset, lastOffset }));

function refusal(fn: () => void): ErrorCode {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof KafkaError, String(error));
    return error.code;
  }
  assert.fail('expected a refusal');
}

describe('share-partition (KIP-932 record states)', () => {
  it('acquires whole log batches up to maxRecords, each record once, and reads on from the first new one', () => {
    const { sp } = setup();
    assert.equal(sp.nextFetchOffset(), 0);
    // maxRecords 3 stops after the batch that reaches it (batch_optimized): 0-4 is taken whole.
    assert.deepEqual(sp.acquire('a', batches([0, 4], [5, 9]), 3), [
      { firstOffset: 0, lastOffset: 4, deliveryCount: 1 },
    ]);
    assert.equal(sp.nextFetchOffset(), 5);
    // A second member reading the same batches gets only what is still free.
    assert.deepEqual(sp.acquire('b', batches([0, 4], [5, 9]), 100), [
      { firstOffset: 5, lastOffset: 9, deliveryCount: 1 },
    ]);
    assert.deepEqual(sp.acquire('c', batches([0, 4], [5, 9]), 100), []);
    assert.equal(sp.stateOf(7)?.memberId, 'b');
  });

  it('ACCEPT and REJECT finish records and move the start offset; RELEASE delivers them again with a higher count', () => {
    const { sp, writes, changes } = setup();
    sp.acquire('a', batches([0, 9]), 100);
    sp.acknowledge('a', [
      { firstOffset: 0, lastOffset: 2, acknowledgeTypes: [Accept] },
      { firstOffset: 3, lastOffset: 5, acknowledgeTypes: [Release, Reject, Accept] },
    ]);
    assert.equal(sp.startOffset, 3);
    assert.equal(sp.stateOf(3)?.state, RecordState.Available);
    assert.equal(sp.stateOf(4)?.state, RecordState.Archived);
    assert.equal(changes(), 1, 'a release wakes waiting fetches');
    // Stored: the start offset, the released record with its one delivery, the finished ones; the acquired rest
    // (6-9, delivered once, never acknowledged) is left out: after a restart it comes back as new.
    assert.deepEqual(writes.at(-1), {
      startOffset: 3,
      stateBatches: [
        { firstOffset: 3, lastOffset: 3, deliveryState: RecordState.Available, deliveryCount: 1 },
        { firstOffset: 4, lastOffset: 4, deliveryState: RecordState.Archived, deliveryCount: 1 },
        { firstOffset: 5, lastOffset: 5, deliveryState: RecordState.Acknowledged, deliveryCount: 1 },
      ],
    });
    assert.equal(sp.nextFetchOffset(), 3);
    assert.deepEqual(sp.acquire('b', batches([0, 9]), 100), [{ firstOffset: 3, lastOffset: 3, deliveryCount: 2 }]);
  });

  it('archives a record released once it has been delivered share.delivery.count.limit times', () => {
    const { sp } = setup({ deliveryCountLimit: 3 });
    for (let delivery = 1; delivery <= 3; delivery++) {
      assert.deepEqual(sp.acquire('a', batches([0, 0]), 10), [
        { firstOffset: 0, lastOffset: 0, deliveryCount: delivery },
      ]);
      sp.acknowledge('a', [{ firstOffset: 0, lastOffset: 0, acknowledgeTypes: [Release] }]);
    }
    assert.equal(sp.startOffset, 1, 'the third release archived it');
    assert.deepEqual(sp.acquire('a', batches([0, 0]), 10), []);
  });

  it('an acquisition lock that runs out makes its records deliverable again (archived at the limit)', () => {
    const { sp, clock, changes } = setup({ recordLockDurationMs: 1000, deliveryCountLimit: 2 });
    sp.acquire('a', batches([0, 1]), 10);
    clock.advance(999);
    assert.equal(sp.stateOf(0)?.state, RecordState.Acquired);
    clock.advance(1);
    assert.equal(sp.stateOf(0)?.state, RecordState.Available);
    assert.equal(changes(), 1);
    // The member whose lock ran out can no longer acknowledge them.
    assert.equal(
      refusal(() => sp.acknowledge('a', [{ firstOffset: 0, lastOffset: 0, acknowledgeTypes: [Accept] }])),
      ErrorCode.InvalidRecordState,
    );
    assert.deepEqual(sp.acquire('b', batches([0, 1]), 10), [{ firstOffset: 0, lastOffset: 1, deliveryCount: 2 }]);
    clock.advance(1000);
    assert.equal(sp.startOffset, 2, 'second delivery was the last: archived when its lock ran out');
  });

  it('refuses acknowledgements of records another member holds, never acquired, or past what was acquired, all or none', () => {
    const { sp } = setup();
    sp.acquire('a', batches([0, 4]), 100);
    assert.equal(
      refusal(() => sp.acknowledge('b', [{ firstOffset: 0, lastOffset: 0, acknowledgeTypes: [Accept] }])),
      ErrorCode.InvalidRecordState,
    );
    assert.equal(
      refusal(() => sp.acknowledge('a', [{ firstOffset: 3, lastOffset: 7, acknowledgeTypes: [Accept] }])),
      ErrorCode.InvalidRequest,
    );
    // The first batch was fine, the second not: neither applies.
    sp.acknowledge('a', [{ firstOffset: 1, lastOffset: 1, acknowledgeTypes: [Accept] }]);
    assert.equal(
      refusal(() =>
        sp.acknowledge('a', [
          { firstOffset: 0, lastOffset: 0, acknowledgeTypes: [Accept] },
          { firstOffset: 1, lastOffset: 1, acknowledgeTypes: [Accept] },
        ]),
      ),
      ErrorCode.InvalidRecordState,
    );
    assert.equal(sp.stateOf(0)?.state, RecordState.Acquired);
    // Below the start offset: already done with, skipped.
    sp.acknowledge('a', [{ firstOffset: 0, lastOffset: 0, acknowledgeTypes: [Gap] }]);
    assert.equal(sp.startOffset, 2);
    sp.acknowledge('a', [{ firstOffset: 0, lastOffset: 2, acknowledgeTypes: [Accept] }]);
    assert.equal(sp.startOffset, 3);
  });

  it('an acknowledgement that cannot be stored changes nothing', () => {
    const { sp, failWrites } = setup();
    sp.acquire('a', batches([0, 2]), 100);
    sp.acknowledge('a', [{ firstOffset: 1, lastOffset: 1, acknowledgeTypes: [Accept] }]);
    failWrites(true);
    assert.throws(
      () => sp.acknowledge('a', [{ firstOffset: 0, lastOffset: 0, acknowledgeTypes: [Accept] }]),
      /store down/,
    );
    assert.equal(sp.startOffset, 0);
    assert.equal(sp.stateOf(0)?.state, RecordState.Acquired);
    assert.equal(sp.stateOf(1)?.state, RecordState.Acknowledged, 'the records the start would have passed stay');
    failWrites(false);
    sp.acknowledge('a', [
      { firstOffset: 0, lastOffset: 0, acknowledgeTypes: [Accept] },
      { firstOffset: 2, lastOffset: 2, acknowledgeTypes: [Accept] },
    ]);
    assert.equal(sp.startOffset, 3);
  });

  it('RENEW keeps records acquired under a new lock, unless the group turned renewing off', () => {
    const { sp, clock, writes } = setup({ recordLockDurationMs: 1000 });
    sp.acquire('a', batches([0, 1]), 100);
    clock.advance(900);
    const stored = writes.length;
    sp.acknowledge('a', [{ firstOffset: 0, lastOffset: 1, acknowledgeTypes: [AcknowledgeType.Renew] }]);
    assert.equal(writes.length, stored, 'a renewal is not stored, as an acquisition is not');
    clock.advance(900);
    assert.equal(sp.stateOf(0)?.state, RecordState.Acquired, 'the first lock would have run out by now');
    clock.advance(100);
    assert.equal(sp.stateOf(0)?.state, RecordState.Available);
    const off = setup({ renewEnabled: false });
    off.sp.acquire('a', batches([0, 0]), 100);
    assert.equal(
      refusal(() =>
        off.sp.acknowledge('a', [{ firstOffset: 0, lastOffset: 0, acknowledgeTypes: [AcknowledgeType.Renew] }]),
      ),
      ErrorCode.InvalidRecordState,
    );
  });

  it('record_limit mode stops at maxRecords records, inside a log batch', () => {
    const { sp } = setup();
    assert.deepEqual(sp.acquire('a', batches([0, 9]), 4, new Set(), true), [
      { firstOffset: 0, lastOffset: 3, deliveryCount: 1 },
    ]);
    assert.equal(sp.nextFetchOffset(), 4);
    assert.deepEqual(sp.acquire('b', batches([0, 9]), 100, new Set(), true), [
      { firstOffset: 4, lastOffset: 9, deliveryCount: 1 },
    ]);
  });

  it('holds at most share.partition.max.record.locks records in flight, and acquires past a gap the log left', () => {
    const { sp } = setup({ maxInFlightRecords: 100 });
    assert.equal(sp.acquire('a', batches([0, 59], [60, 119], [120, 139]), 1000).at(-1)?.lastOffset, 119);
    assert.equal(sp.canAcquire(), false);
    assert.deepEqual(sp.acquire('a', batches([120, 139]), 1000), []);
    sp.acknowledge('a', [{ firstOffset: 0, lastOffset: 59, acknowledgeTypes: [Accept] }]);
    assert.equal(sp.canAcquire(), true);
    // Offsets 120-129 are missing from the log (compacted away): acquired with the batch after them, for the member to
    // acknowledge as gaps.
    assert.deepEqual(sp.acquire('a', batches([130, 139]), 1000), [
      { firstOffset: 120, lastOffset: 139, deliveryCount: 1 },
    ]);
  });

  it('records of aborted transactions are archived at once, never delivered (read_committed)', () => {
    const { sp } = setup();
    assert.deepEqual(sp.acquire('a', batches([0, 2], [3, 5]), 100, new Set([0, 1, 2])), [
      { firstOffset: 3, lastOffset: 5, deliveryCount: 1 },
    ]);
    assert.equal(sp.startOffset, 3);
  });

  it("a member's records are released when its session ends", () => {
    const { sp } = setup();
    sp.acquire('a', batches([0, 1]), 100);
    sp.acquire('b', batches([2, 3]), 100);
    sp.releaseMember('a');
    assert.equal(sp.stateOf(0)?.state, RecordState.Available);
    assert.equal(sp.stateOf(2)?.memberId, 'b');
  });

  it('restarts from what was stored: finished records stay finished, released ones keep their delivery count', () => {
    const first = setup();
    first.sp.acquire('a', batches([0, 9]), 100);
    first.sp.acknowledge('a', [
      { firstOffset: 0, lastOffset: 3, acknowledgeTypes: [Accept] },
      { firstOffset: 4, lastOffset: 4, acknowledgeTypes: [Release] },
      { firstOffset: 5, lastOffset: 5, acknowledgeTypes: [Accept] },
    ]);
    const stored = first.writes.at(-1)!;
    const { sp } = setup({}, stored.startOffset, stored.stateBatches);
    assert.equal(sp.startOffset, 4);
    // 4 comes back with its count, 5 stays done, 6-9 (acquired, never acknowledged) come back as new.
    assert.deepEqual(sp.acquire('b', batches([0, 9]), 100), [
      { firstOffset: 4, lastOffset: 4, deliveryCount: 2 },
      { firstOffset: 6, lastOffset: 9, deliveryCount: 1 },
    ]);
  });

  it('moves its start with the log start (retention, DeleteRecords)', () => {
    const { sp } = setup();
    sp.acquire('a', batches([0, 4]), 100);
    sp.moveStartTo(8);
    assert.equal(sp.startOffset, 8);
    assert.equal(sp.nextFetchOffset(), 8);
  });
});

describe('share assignor (simple)', () => {
  const member = (memberId: string, topicIds: string[], previous: [string, number[]][] = []) => ({
    memberId,
    topicIds: new Set(topicIds),
    previous: new Map(previous.map(([t, ps]) => [t, new Set(ps)])),
  });
  const flat = (result: Map<string, Map<string, Set<number>>>) =>
    Object.fromEntries(
      [...result].map(([m, a]) => [m, [...a].flatMap(([t, ps]) => [...ps].sort().map((p) => `${t}-${p}`))]),
    );

  it('spreads partitions over members, one member each when there are enough partitions', () => {
    const result = flat(assignShared([member('a', ['T']), member('b', ['T'])], new Map([['T', 5]])));
    assert.equal(result.a!.length + result.b!.length, 5);
    assert.ok(Math.abs(result.a!.length - result.b!.length) <= 1);
    assert.equal(new Set([...result.a!, ...result.b!]).size, 5);
  });

  it('shares partitions when members outnumber them, each partition by ceil(M/N) members', () => {
    const members = ['a', 'b', 'c', 'd', 'e'].map((m) => member(m, ['T']));
    const result = flat(assignShared(members, new Map([['T', 2]])));
    const holders = new Map<string, number>();
    for (const list of Object.values(result)) for (const p of list) holders.set(p, (holders.get(p) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(holders), { 'T-0': 3, 'T-1': 3 });
    for (const list of Object.values(result)) assert.ok(list.length >= 1);
  });

  it('keeps what a member held, and assigns each topic among its own subscribers', () => {
    const sticky = flat(
      assignShared([member('a', ['T'], [['T', [2, 3]]]), member('b', ['T'], [['T', [0, 1]]])], new Map([['T', 4]])),
    );
    assert.deepEqual(sticky, { a: ['T-2', 'T-3'], b: ['T-0', 'T-1'] });
    const mixed = flat(
      assignShared(
        [member('a', ['T', 'U']), member('b', ['U'])],
        new Map([
          ['T', 2],
          ['U', 2],
        ]),
      ),
    );
    assert.deepEqual(
      mixed.a!.filter((p) => p.startsWith('T')),
      ['T-0', 'T-1'],
    );
    assert.equal(mixed.b!.filter((p) => p.startsWith('U')).length, 1);
  });
});
