/**
 * The group scenario's own checks, so a pass means something: the ownership replay catches a partition given
 * away while held, and the incremental-rebalancing count tells eager from cooperative event streams.
 */
import assert from 'node:assert/strict';
import { type MemberEvent, ownershipViolations, partialRevocations } from './members';

const ev = (t: number, member: string, e: string, p: number[] = []): MemberEvent => ({ t, member, ev: e, p });

describe('compat harness: group event replay', () => {
  it('ownershipViolations accepts a hand-over after the revocation and reports one before it', () => {
    const handedOver = [ev(0, 'c1', 'assign', [0, 1]), ev(10, 'c1', 'revoke', [1]), ev(20, 'c2', 'assign', [1])];
    assert.deepEqual(ownershipViolations(handedOver), []);
    // Events arrive out of order across members: the replay sorts them by time.
    const early = [ev(0, 'c1', 'assign', [0, 1]), ev(20, 'c1', 'revoke', [1]), ev(10, 'c2', 'assign', [1])];
    assert.deepEqual(ownershipViolations(early), [
      'partition 1 given to c2 at +10.0 ms while c1 held it (since +0.0 ms)',
    ]);
    const afterCrash = [ev(0, 'c1', 'assign', [0]), ev(5, 'c1', 'crashed'), ev(10, 'c2', 'assign', [0])];
    assert.deepEqual(ownershipViolations(afterCrash), []);
  });

  it('partialRevocations is zero for eager rebalances and counts revocations that leave partitions held', () => {
    const eager = [
      ev(0, 'c1', 'assign', [0, 1, 2, 3]),
      ev(10, 'c1', 'revoke', [0, 1, 2, 3]),
      ev(20, 'c1', 'assign', [0, 1]),
      ev(20, 'c2', 'assign', [2, 3]),
    ];
    assert.equal(partialRevocations(eager), 0);
    const cooperative = [
      ev(0, 'c1', 'assign', [0, 1, 2, 3]),
      ev(10, 'c1', 'revoke', [2, 3]),
      ev(20, 'c2', 'assign', [2, 3]),
      ev(30, 'c2', 'revoke', [3]),
    ];
    assert.equal(partialRevocations(cooperative), 2);
  });
});
