/**
 * The checks of the transaction scenarios themselves (no broker): what they accept and what they catch, so a
 * passing case means something (the harness.test.ts of this folder).
 */
import assert from 'node:assert/strict';
import type { ConsumedRecord, TxnRecord, TxnStepResult } from './txn-protocol';
import { comparePartitions, txnScenarios } from './txn-scenarios';

const rec = (partition: number, key: string, offset: number): ConsumedRecord => ({
  partition,
  offset,
  key,
  value: `${key.replace(/-(\d+)$/, ':$1')}`,
});
const want: TxnRecord[] = [
  { partition: 0, key: 'a-0', value: 'a:0' },
  { partition: 1, key: 'a-1', value: 'a:1' },
  { partition: 0, key: 'a-2', value: 'a:2' },
];
const scenario = (id: string) => txnScenarios.find((s) => s.id === id)!.build({ prefix: 't', client: 'c' });

describe('compat-tests/transactions: scenario checks', () => {
  it('comparePartitions accepts exactly the records wanted, per partition in order, whatever the offsets', () => {
    const got = [rec(0, 'a-0', 0), rec(0, 'a-2', 7), rec(1, 'a-1', 3)];
    assert.deepEqual(comparePartitions('x', got, want, 2), []);
  });

  it('comparePartitions catches duplicates, missing, extra and reordered records, and an offset seen twice', () => {
    const dup = comparePartitions(
      'x',
      [rec(0, 'a-0', 0), rec(0, 'a-0', 1), rec(0, 'a-2', 2), rec(1, 'a-1', 0)],
      want,
      2,
    );
    assert.match(dup.join(), /duplicated a-0=a:0/);
    assert.match(comparePartitions('x', [rec(0, 'a-0', 0), rec(1, 'a-1', 0)], want, 2).join(), /missing a-2=a:2/);
    const extra = comparePartitions(
      'x',
      [rec(0, 'a-0', 0), rec(0, 'b-0', 1), rec(0, 'a-2', 2), rec(1, 'a-1', 0)],
      want,
      2,
    );
    assert.match(extra.join(), /unexpected b-0=b:0/);
    assert.match(
      comparePartitions('x', [rec(0, 'a-2', 0), rec(0, 'a-0', 1), rec(1, 'a-1', 0)], want, 2).join(),
      /out of order/,
    );
    assert.match(
      comparePartitions('x', [rec(0, 'a-0', 0), rec(0, 'a-2', 0), rec(1, 'a-1', 0)], want, 2).join(),
      /offset was delivered twice/,
    );
    assert.match(comparePartitions('x', undefined, want, 2).join(), /no records/);
  });

  it('txn-commit-abort wants the committed records only: none of an aborted or open transaction', () => {
    const built = scenario('txn-commit-abort');
    const ok: TxnStepResult[] = built.steps.map((s) => ({ op: s.op, ok: true }));
    const readCommitted = built.steps.findIndex((s) => s.op === 'consume' && s.isolation === 'read_committed');
    const committedCase = built.cases.find((c) => c.id === 'txn-commit-abort')!;
    // What a read_committed consumer must return, per partition in step order: t1, t3, t6q(+b), t7.
    const committed = built.steps
      .flatMap((s) => (s.op === 'send' ? s.records : []))
      .filter((r) => /^(t1|t3|t6q|t6q-b|t7)-/.test(r.key));
    const records = committed.map((r, i) => ({ partition: r.partition, offset: i, key: r.key, value: r.value }));
    ok[readCommitted] = { op: 'consume', ok: true, records };
    assert.deepEqual(committedCase.check(ok), []);
    const leaked = [...records, { partition: 0, offset: 99, key: 't2-0', value: 't2:0' }];
    ok[readCommitted] = { op: 'consume', ok: true, records: leaked };
    assert.match(committedCase.check(ok).join(), /unexpected t2-0=t2:0/);
  });

  it('txn-fencing needs a fenced error on the first producer, and only the second one committed', () => {
    const built = scenario('txn-fencing');
    const fencingCase = built.cases[0]!;
    const b1 = built.steps[8]!.op === 'send' ? built.steps[8]!.records : [];
    const results = (sendA: TxnStepResult, commitA: TxnStepResult): TxnStepResult[] =>
      built.steps.map((s, i) =>
        i === 4
          ? sendA
          : i === 5
            ? commitA
            : s.op === 'consume'
              ? { op: 'consume', ok: true, records: b1.map((r, o) => ({ ...r, offset: o })) }
              : { op: s.op, ok: true },
      );
    const fenced = { op: 'commit' as const, ok: false, error: { name: 'ProducerFencedException', message: 'fenced' } };
    assert.deepEqual(fencingCase.check(results({ op: 'send', ok: true }, fenced)), []);
    assert.match(
      fencingCase.check(results({ op: 'send', ok: true }, { op: 'commit', ok: true })).join(),
      /both succeeded/,
    );
    const other = { op: 'commit' as const, ok: false, error: { name: 'TimeoutException', message: 'timed out' } };
    assert.match(fencingCase.check(results({ op: 'send', ok: true }, other)).join(), /not as fenced/);
  });
});
