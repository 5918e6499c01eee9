import assert from 'node:assert/strict';
import { Decimal } from '../../../src/sql/types';
import { call, callTyped, typed } from './helpers';

const ints = (xs: (number | null)[]) => typed('ARRAY<INT>', xs);
const strs = (xs: (string | null)[]) => typed('ARRAY<STRING>', xs);
const dbls = (xs: (number | null)[]) => typed('ARRAY<DOUBLE>', xs);

describe('sql functions: arrays', () => {
  it('set operations keep first-seen order and NULLs (array-set-functions.json, docs)', () => {
    assert.deepEqual(call('ARRAY_DISTINCT', ints([1, 1, 2, 3, 1, 2])), [1, 2, 3]);
    assert.deepEqual(call('ARRAY_DISTINCT', strs(['apple', 'apple', null, 'cherry'])), ['apple', null, 'cherry']);
    assert.deepEqual(call('ARRAY_EXCEPT', ints([0, 0, 1, 0, -1]), ints([1, -2])), [0, -1]);
    assert.deepEqual(call('ARRAY_EXCEPT', ints([0, 0, 1, 0, -1]), ints([])), [0, 1, -1]);
    assert.deepEqual(call('ARRAY_EXCEPT', strs(['apple', 'apple', null, 'cherry']), strs(['cherry'])), ['apple', null]);
    assert.equal(call('ARRAY_EXCEPT', null, ints([1])), null);
    assert.deepEqual(call('ARRAY_INTERSECT', strs(['foo', 'bar', 'foo']), strs(['foo', 'baz'])), ['foo']);
    assert.deepEqual(call('ARRAY_INTERSECT', ints([1, 2, 3, 1, 2]), ints([2, 1])), [1, 2]);
    assert.deepEqual(call('ARRAY_UNION', ints([0, 0, 1, 0, -1]), ints([1, -2, 0])), [0, 1, -1, -2]);
    assert.equal(call('ARRAY_UNION', ints([0]), null), null);
    assert.deepEqual(call('ARRAY_CONCAT', ints([0, 0, 1]), ints([1, -2])), [0, 0, 1, 1, -2]);
    assert.deepEqual(call('ARRAY_CONCAT', null, ints([1, -2])), [1, -2]);
    assert.deepEqual(call('ARRAY_CONCAT', ints([3]), null), [3]);
    assert.equal(call('ARRAY_CONCAT', typed('ARRAY<INT>', null), typed('ARRAY<INT>', null)), null);
    assert.deepEqual(call('ARRAY_UNION', [[1], [1], [2]], [[2]]), [[1], [2]]);
  });

  it('ARRAY_CONTAINS and ARRAY_REMOVE (arraycontains.json, array-remove.json, docs)', () => {
    assert.equal(call('ARRAY_CONTAINS', strs(['Pink', null]), 'Pink'), true);
    assert.equal(call('ARRAY_CONTAINS', strs(['Red', 'Green']), 'Pink'), false);
    assert.equal(call('ARRAY_CONTAINS', typed('ARRAY<STRING>', null), 'Pink'), false);
    assert.equal(call('ARRAY_CONTAINS', strs(['a', null]), typed('STRING', null)), true);
    assert.equal(call('ARRAY_CONTAINS', ints([1, 2, 3]), 3), true);
    assert.deepEqual(call('ARRAY_REMOVE', strs(['foo', 'bar', 'foo']), 'foo'), ['bar']);
    assert.deepEqual(call('ARRAY_REMOVE', ints([1, 2, 3, 2, 1]), 2), [1, 3, 1]);
    assert.deepEqual(call('ARRAY_REMOVE', typed('ARRAY<BOOLEAN>', [false, null, true, true]), false), [
      null,
      true,
      true,
    ]);
    assert.deepEqual(call('ARRAY_REMOVE', strs(['Foo', 'Bar', null, 'baz']), typed('STRING', null)), [
      'Foo',
      'Bar',
      'baz',
    ]);
  });

  it('ARRAY_MAX, ARRAY_MIN, ARRAY_SORT in natural order, NULLs last (array-min-max-sort.json)', () => {
    assert.equal(call('ARRAY_MAX', typed('ARRAY<BOOLEAN>', [null, false, true])), true);
    assert.equal(call('ARRAY_MAX', ints([0, null, 1, 0, -1])), 1);
    assert.equal(call('ARRAY_MAX', typed('ARRAY<BIGINT>', [null, -123n, 345n])), 345n);
    assert.equal(call('ARRAY_MAX', dbls([0.0, 0.1, -12345.678, null, 0.3])), 0.3);
    assert.equal(call('ARRAY_MAX', strs(['foo', 'fo', 'Food', null, 'food', 'F'])), 'food');
    assert.equal(call('ARRAY_MIN', strs(['Foo', 'Bar', null, 'baz'])), 'Bar');
    assert.equal(call('ARRAY_MAX', ints([])), null);
    const decs = ['1.0', '-0.2', '9.0', null, '1.2'].map((s) => (s === null ? null : Decimal.parse(s)));
    assert.equal(String(call('ARRAY_MAX', typed('ARRAY<DECIMAL(2, 1)>', decs))), '9.0');
    assert.deepEqual(call('ARRAY_SORT', ints([0, null, 1, 0, -1])), [-1, 0, 0, 1, null]);
    assert.deepEqual(call('ARRAY_SORT', strs(['foo', 'fo', 'Food', null, 'food', 'F'])), [
      'F',
      'Food',
      'fo',
      'foo',
      'food',
      null,
    ]);
    assert.deepEqual(call('ARRAY_SORT', typed('ARRAY<BOOLEAN>', [false, null, true])), [false, true, null]);
    assert.deepEqual(call('ARRAY_SORT', ints([3, null, 1]), 'desc'), [3, 1, null]);
    assert.equal(call('ARRAY_SORT', ints([3, 1]), 'sideways'), null);
    assert.equal(call('ARRAY_SORT', typed('ARRAY<INT>', null)), null);
    assert.deepEqual(callTyped('ARRAY_MAX', ints([1])).type, { base: 'INTEGER' });
  });

  it('ARRAY_JOIN renders elements like Java (arrayjoin.json)', () => {
    assert.equal(call('ARRAY_JOIN', typed('ARRAY<BOOLEAN>', [true, null, false])), 'true,null,false');
    assert.equal(call('ARRAY_JOIN', ints([1, 23, -42, 0])), '1,23,-42,0');
    assert.equal(call('ARRAY_JOIN', typed('ARRAY<BIGINT>', [-4294967297n, 8589934592n])), '-4294967297,8589934592');
    assert.equal(call('ARRAY_JOIN', dbls([1.23, -23.42, 0.0])), '1.23,-23.42,0.0');
    assert.equal(
      call('ARRAY_JOIN', typed('ARRAY<DECIMAL(5, 2)>', [Decimal.parse('123.45'), Decimal.parse('987.65')])),
      '123.45,987.65',
    );
    assert.equal(call('ARRAY_JOIN', ints([1, 23, -42, 0]), typed('STRING', null)), '123-420');
    assert.equal(call('ARRAY_JOIN', strs(['Hello', 'From', '', 'Ksqldb', 'Udf']), ''), 'HelloFromKsqldbUdf');
    assert.equal(call('ARRAY_JOIN', typed('ARRAY<ARRAY<INT>>', [[1]])), null);
  });

  it('ARRAY_LENGTH, SLICE, GENERATE_SERIES', () => {
    assert.equal(call('ARRAY_LENGTH', ints([1, 2, 3])), 3);
    assert.equal(call('ARRAY_LENGTH', typed('ARRAY<INT>', null)), null);
    const maps = [new Map([['a', '1']]), new Map([['b', '2']]), new Map([['c', '3']]), new Map([['d', '4']])];
    assert.deepEqual(call('SLICE', typed('ARRAY<MAP<STRING, STRING>>', maps), 2, 3), maps.slice(1, 3));
    assert.deepEqual(call('SLICE', ints([1, 2, 3]), typed('INT', null), 2), [1, 2]);
    assert.equal(call('SLICE', ints([1, 2, 3]), 0, 2), null);
    assert.equal(call('SLICE', ints([1, 2, 3]), 2, 5), null);
    assert.deepEqual(call('GENERATE_SERIES', 1, 5), [1, 2, 3, 4, 5]);
    assert.deepEqual(call('GENERATE_SERIES', 5, 1), [5, 4, 3, 2, 1]);
    assert.deepEqual(call('GENERATE_SERIES', 0, 9, 3), [0, 3, 6, 9]);
    assert.deepEqual(call('GENERATE_SERIES', 1n, 3n), [1n, 2n, 3n]);
    assert.equal(call('GENERATE_SERIES', 1, 5, -1), null);
    assert.equal(call('GENERATE_SERIES', 1, 5, 0), null);
  });
});

describe('sql functions: maps and nulls', () => {
  const m = (o: Record<string, unknown>) => new Map(Object.entries(o));

  it('MAP_KEYS, MAP_VALUES, MAP_UNION (map.json, docs)', () => {
    const am = typed('MAP<STRING, ARRAY<INT>>', m({ foo: [1, 2, 3], bar: null }));
    assert.deepEqual(call('ARRAY_SORT', typed('ARRAY<STRING>', call('MAP_KEYS', am))), ['bar', 'foo']);
    assert.deepEqual(call('MAP_VALUES', am), [[1, 2, 3], null]);
    assert.equal(call('MAP_KEYS', typed('MAP<STRING, INT>', null)), null);
    const u = call(
      'MAP_UNION',
      typed('MAP<STRING, INT>', m({ foo: 10, bar: 20, baz: 30 })),
      typed('MAP<STRING, INT>', m({ foo: 99, apple: -1 })),
    );
    assert.deepEqual(u, m({ foo: 99, bar: 20, baz: 30, apple: -1 }));
    assert.deepEqual(
      call('MAP_UNION', typed('MAP<STRING, INT>', null), typed('MAP<STRING, INT>', m({ foo: null }))),
      m({ foo: null }),
    );
    assert.equal(call('MAP_UNION', typed('MAP<STRING, INT>', null), typed('MAP<STRING, INT>', null)), null);
  });

  it('AS_MAP and ENTRIES', () => {
    assert.deepEqual(call('AS_MAP', strs(['a', 'b', 'c']), ints([1, 2])), m({ a: 1, b: 2, c: null }));
    const e = callTyped('ENTRIES', typed('MAP<STRING, INT>', m({ b: 2, a: 1 })), true);
    assert.deepEqual(e.value, [
      { K: 'a', V: 1 },
      { K: 'b', V: 2 },
    ]);
    assert.equal(e.type.base, 'ARRAY');
    assert.deepEqual(call('ENTRIES', typed('MAP<STRING, STRING>', m({ b: 'x', a: 'y' })), false), [
      { K: 'b', V: 'x' },
      { K: 'a', V: 'y' },
    ]);
  });

  it('COALESCE, IFNULL, NULLIF (null.json)', () => {
    assert.equal(call('COALESCE', typed('INT', null), typed('INT', null), 3, 4), 3);
    assert.equal(call('COALESCE', typed('DATE', null), typed('DATE', 12418)), 12418);
    assert.equal(call('COALESCE', typed('STRING', null)), null);
    assert.equal(call('IFNULL', typed('INT', null), -1), -1);
    assert.equal(call('IFNULL', 1, -1), 1);
    assert.equal(call('NULLIF', 10, 10), null);
    assert.equal(call('NULLIF', 1, 10), 1);
    assert.equal(call('NULLIF', typed('STRING', null), 'x'), null);
    assert.equal(call('NULLIF', ints([1, 2, 3]), ints([1, 2, 3])), null);
    assert.deepEqual(call('NULLIF', ints([4, 5, 6]), ints([1, 2, 3])), [4, 5, 6]);
    assert.deepEqual(call('NULLIF', ints([]), ints([1, 2, 3])), []);
  });
});
