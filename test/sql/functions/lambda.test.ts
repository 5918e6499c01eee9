import assert from 'node:assert/strict';
import { lambdaFunctions } from '../../../src/sql/functions/lambda';

const fn = (name: string) => lambdaFunctions.find((f) => f.name === name)!.impl;

describe('sql functions: lambda invocation functions', () => {
  it('TRANSFORM arrays and maps', () => {
    assert.deepEqual(
      fn('TRANSFORM')([1, 2, 3], (x: unknown) => (x as number) * 2),
      [2, 4, 6],
    );
    const m = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    assert.deepEqual(
      fn('TRANSFORM')(
        m,
        (k: unknown) => (k as string).toUpperCase(),
        (_k: unknown, v: unknown) => (v as number) + 1,
      ),
      new Map([
        ['A', 2],
        ['B', 3],
      ]),
    );
    assert.throws(
      () =>
        fn('TRANSFORM')(
          m,
          () => 'same',
          (_k: unknown, v: unknown) => v,
        ),
      /Duplicate key/,
    );
    assert.equal(
      fn('TRANSFORM')(null, (x: unknown) => x),
      null,
    );
  });

  it('FILTER arrays and maps; a NULL predicate fails', () => {
    assert.deepEqual(
      fn('FILTER')([1, 2, 3, 4], (x: unknown) => (x as number) % 2 === 0),
      [2, 4],
    );
    assert.deepEqual(
      fn('FILTER')(
        new Map([
          ['a', 1],
          ['b', 2],
        ]),
        (_k: unknown, v: unknown) => (v as number) > 1,
      ),
      new Map([['b', 2]]),
    );
    assert.throws(() => fn('FILTER')([1], () => null), /returned NULL/);
  });

  it('REDUCE arrays and maps; NULL state gives NULL, NULL collection the state', () => {
    assert.equal(
      fn('REDUCE')([1, 2, 3], 10, (s: unknown, x: unknown) => (s as number) + (x as number)),
      16,
    );
    assert.equal(
      fn('REDUCE')(
        new Map([
          ['a', 1],
          ['b', 2],
        ]),
        '',
        (s: unknown, k: unknown, v: unknown) => `${s}${k}${v}`,
      ),
      'a1b2',
    );
    assert.equal(
      fn('REDUCE')([1], null, () => 1),
      null,
    );
    assert.equal(
      fn('REDUCE')(null, 5, () => 1),
      5,
    );
  });
});
