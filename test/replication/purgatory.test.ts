import assert from 'node:assert/strict';
import { DelayedOperation, Purgatory } from '../../replication';
import { sleep } from './helpers';

/** Completes when `ready()` says so; records how it completed. */
class Waiting extends DelayedOperation {
  completions: string[] = [];
  checks = 0;
  constructor(
    delayMs: number,
    private readonly ready: () => boolean,
  ) {
    super(delayMs);
  }
  tryComplete(): boolean {
    this.checks++;
    return this.ready() ? this.forceComplete() : false;
  }
  protected override onExpiration(): void {
    this.completions.push('expired');
  }
  protected onComplete(): void {
    this.completions.push('complete');
  }
}

describe('replication: purgatory (delayed operations)', () => {
  it('completes at once when it can, without watching', () => {
    const purgatory = new Purgatory<Waiting>('test');
    const op = new Waiting(1000, () => true);
    assert.equal(purgatory.tryCompleteElseWatch(op, ['a-0']), true);
    assert.deepEqual(op.completions, ['complete']);
    assert.equal(purgatory.watched(), 0);
  });

  it('parks under its keys, is checked only for those keys, completes exactly once and is unwatched', () => {
    const purgatory = new Purgatory<Waiting>('test');
    let ready = false;
    const op = new Waiting(10_000, () => ready);
    assert.equal(purgatory.tryCompleteElseWatch(op, ['a-0', 'b-0', 'a-0']), false);
    assert.equal(purgatory.watched('a-0'), 1);
    assert.equal(purgatory.watched('b-0'), 1);
    assert.equal(purgatory.watched(), 1);
    const checksBefore = op.checks;
    assert.equal(purgatory.checkAndComplete('c-0'), 0);
    assert.equal(op.checks, checksBefore, 'an unrelated key does not check it');
    assert.equal(purgatory.checkAndComplete('a-0'), 0);
    ready = true;
    assert.equal(purgatory.checkAndComplete('b-0'), 1);
    assert.deepEqual(op.completions, ['complete']);
    assert.equal(purgatory.watched(), 0, 'unwatched from every key');
    assert.equal(op.forceComplete(), false, 'never twice');
    assert.equal(purgatory.checkAndComplete('a-0'), 0);
  });

  it('expires after its delay, then completes', async () => {
    const purgatory = new Purgatory<Waiting>('test');
    const op = new Waiting(20, () => false);
    purgatory.tryCompleteElseWatch(op, ['a-0']);
    await sleep(60);
    assert.deepEqual(op.completions, ['expired', 'complete']);
    assert.equal(purgatory.watched(), 0);
  });

  it('completeAll forces every operation under a key (partition deleted) or all of them (shutdown)', () => {
    const purgatory = new Purgatory<Waiting>('test');
    const a = new Waiting(10_000, () => false);
    const b = new Waiting(10_000, () => false);
    purgatory.tryCompleteElseWatch(a, ['a-0']);
    purgatory.tryCompleteElseWatch(b, ['b-0']);
    assert.equal(purgatory.completeAll('a-0'), 1);
    assert.deepEqual(a.completions, ['complete']);
    assert.deepEqual(b.completions, []);
    assert.equal(purgatory.completeAll(), 1);
    assert.deepEqual(b.completions, ['complete']);
    assert.equal(purgatory.watched(), 0);
  });
});
