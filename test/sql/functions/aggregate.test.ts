import assert from 'node:assert/strict';
import { Decimal } from '../../../src/sql/types';
import { aggregate, registry } from './helpers';

describe('sql functions: aggregates', () => {
  it('COUNT(*) counts rows, COUNT(col) non-NULL values, undo counts back to zero (count.json)', () => {
    const star = aggregate('COUNT', [], [null, null, null]);
    assert.deepEqual(star.outputs, [1n, 2n, 3n]);
    const col = aggregate('COUNT', ['STRING'], ['a', null, 'b']);
    assert.deepEqual(col.outputs, [1n, 1n, 2n]);
    let acc = col.udaf.undo!('a', col.acc);
    acc = col.udaf.undo!('b', acc);
    assert.equal(col.udaf.map(acc), 0n);
    assert.equal(col.udaf.merge(2n, 3n), 5n);
  });

  it('SUM keeps the column type: INT wraps, BIGINT, DOUBLE, DECIMAL keeps precision (sum.json)', () => {
    assert.deepEqual(aggregate('SUM', ['INT'], [2, 2, 2, null, 2]).outputs, [2, 4, 6, 6, 8]);
    assert.deepEqual(aggregate('SUM', ['INT'], [2147483647, 1]).outputs, [2147483647, -2147483648]);
    assert.deepEqual(aggregate('SUM', ['BIGINT'], [2n, 2n]).outputs, [2n, 4n]);
    assert.deepEqual(aggregate('SUM', ['DOUBLE'], [1.5, 2.25]).outputs, [1.5, 3.75]);
    const dec = aggregate('SUM', ['DECIMAL(4, 2)'], [Decimal.parse('1.10'), Decimal.parse('2.05')]);
    assert.deepEqual(dec.outputs.map(String), ['1.10', '3.15']);
    assert.deepEqual(dec.returnType, { base: 'DECIMAL', precision: 4, scale: 2 });
    const over = aggregate('SUM', ['DECIMAL(3, 1)'], [Decimal.parse('99.0')]);
    assert.throws(() => over.udaf.aggregate(Decimal.parse('1.0'), over.acc), /Numeric field overflow/);
    const s = aggregate('SUM', ['INT'], [5, 7]);
    assert.equal(s.udaf.map(s.udaf.undo!(5, s.acc)), 7);
  });

  it('SUM_LIST sums array elements skipping NULLs (sum.json)', () => {
    const r = aggregate(
      'SUM_LIST',
      ['ARRAY<INT>'],
      [
        [1, 1],
        [2, 2],
        [100, 100],
        [100, 100, null],
      ],
    );
    assert.deepEqual(r.outputs, [2, 6, 206, 406]);
    assert.deepEqual(r.returnType, { base: 'INTEGER' });
  });

  it('AVG is a DOUBLE, skips NULLs, 0.0 when empty, undoes (average-udaf.json)', () => {
    assert.deepEqual(aggregate('AVG', ['INT'], [1, 2, null, 4]).outputs, [1, 1.5, 1.5, 7 / 3]);
    const t = aggregate('AVG', ['INT'], [1, 2]);
    assert.equal(t.udaf.map(t.udaf.undo!(1, t.acc)), 2);
    assert.deepEqual(aggregate('AVG', ['BIGINT'], [null]).outputs, [0]);
    const wrap = aggregate('AVG', ['BIGINT'], [9223372036854775807n, 1n]);
    assert.equal(wrap.outputs[1], -(2 ** 63) / 2);
    assert.deepEqual(aggregate('AVG', ['BIGINT'], [-1n]).returnType, { base: 'DOUBLE' });
  });

  it('MIN and MAX ignore NULLs and keep the type; they cannot undo (tables)', () => {
    assert.deepEqual(aggregate('MAX', ['INT'], [3, null, 7, 5]).outputs, [3, 3, 7, 7]);
    assert.deepEqual(aggregate('MIN', ['STRING'], ['b', 'a', null, 'c']).outputs, ['b', 'a', 'a', 'a']);
    const d = aggregate('MAX', ['DECIMAL(3, 1)'], [Decimal.parse('1.5'), Decimal.parse('-2.0')]);
    assert.deepEqual(d.outputs.map(String), ['1.5', '1.5']);
    assert.equal(d.udaf.undo, undefined);
    assert.deepEqual(aggregate('MIN', ['TIMESTAMP'], [5, 3]).outputs, [5, 3]);
    assert.throws(() => aggregate('MAX', ['BOOLEAN'], [true]), /does not accept parameters \(BOOLEAN\)/);
  });

  it('STDDEV_SAMP (variance, as ksqlDB), STDDEV_SAMPLE and CORRELATION', () => {
    const v = aggregate('STDDEV_SAMP', ['DOUBLE'], [2, 4, 4, 4, 5, 5, 7, 9]);
    assert.ok(Math.abs((v.outputs[7] as number) - 32 / 7) < 1e-12);
    assert.equal(v.outputs[0], 0);
    const s = aggregate('STDDEV_SAMPLE', ['INT'], [2, 4, 4, 4, 5, 5, 7, 9]);
    assert.ok(Math.abs((s.outputs[7] as number) - Math.sqrt(32 / 7)) < 1e-12);
    const half1 = aggregate('STDDEV_SAMP', ['DOUBLE'], [2, 4, 4, 4]);
    const half2 = aggregate('STDDEV_SAMP', ['DOUBLE'], [5, 5, 7, 9]);
    assert.ok(Math.abs((v.udaf.map(v.udaf.merge(half1.acc, half2.acc)) as number) - 32 / 7) < 1e-12);
    const c = aggregate(
      'CORRELATION',
      ['DOUBLE', 'DOUBLE'],
      [
        [1, 2],
        [2, 4],
        [null, 1],
        [3, 6.5],
      ],
    );
    assert.ok((c.outputs[3] as number) > 0.99 && (c.outputs[3] as number) <= 1);
    assert.ok(Number.isNaN(c.outputs[0] as number));
  });

  it('COLLECT_LIST (with limit and undo) and COLLECT_SET', () => {
    const l = aggregate('COLLECT_LIST', ['STRING'], ['a', null, 'a']);
    assert.deepEqual(l.outputs, [['a'], ['a', null], ['a', null, 'a']]);
    assert.deepEqual(l.udaf.undo!('a', l.acc), ['a', null]);
    const r = registry.resolveAggregate('COLLECT_LIST', [{ base: 'INTEGER' }], {
      literals: [undefined],
      config: { 'ksql.functions.collect_list.limit': 2 },
    });
    const limited = r.overload.create({
      argTypes: r.paramTypes,
      generics: r.generics,
      literals: [],
      config: { 'ksql.functions.collect_list.limit': 2 },
    });
    let acc = limited.initialize();
    for (const x of [1, 2, 3]) acc = limited.aggregate(x, acc);
    assert.deepEqual(limited.map(acc), [1, 2]);
    assert.deepEqual(aggregate('COLLECT_SET', ['INT'], [1, 2, 1, 3]).outputs.at(-1), [1, 2, 3]);
    assert.deepEqual(aggregate('COLLECT_SET', ['INT'], [1]).returnType, { base: 'ARRAY', item: { base: 'INTEGER' } });
  });

  it('HISTOGRAM counts strings and undoes', () => {
    const h = aggregate('HISTOGRAM', ['STRING'], ['a', 'b', 'a', null]);
    assert.deepEqual(
      h.outputs.at(-1),
      new Map([
        ['a', 2n],
        ['b', 1n],
      ]),
    );
    const after = h.udaf.undo!('b', h.acc);
    assert.deepEqual(after, new Map([['a', 2n]]));
  });

  it('LATEST_BY_OFFSET and EARLIEST_BY_OFFSET, with N and ignoreNulls (count.json)', () => {
    assert.deepEqual(aggregate('LATEST_BY_OFFSET', ['INT'], [12, 8367, null, 764]).outputs, [12, 8367, 8367, 764]);
    assert.deepEqual(aggregate('LATEST_BY_OFFSET', ['INT'], [12, null], [false]).outputs, [12, null]);
    assert.deepEqual(aggregate('EARLIEST_BY_OFFSET', ['INT'], [null, 5, 6]).outputs, [null, 5, 5]);
    assert.deepEqual(aggregate('EARLIEST_BY_OFFSET', ['INT'], [null, 5], [false]).outputs, [null, null]);
    const n = aggregate('LATEST_BY_OFFSET', ['STRING'], ['a', 'b', null, 'c'], [2]);
    assert.deepEqual(n.outputs, [['a'], ['a', 'b'], ['a', 'b'], ['b', 'c']]);
    assert.deepEqual(n.returnType, { base: 'ARRAY', item: { base: 'STRING' } });
    assert.deepEqual(aggregate('LATEST_BY_OFFSET', ['STRING'], ['a', null], [2, false]).outputs.at(-1), ['a', null]);
    assert.deepEqual(aggregate('EARLIEST_BY_OFFSET', ['STRING'], ['a', 'b', 'c'], [2]).outputs.at(-1), ['a', 'b']);
    const early = aggregate('LATEST_BY_OFFSET', ['INT'], [1]);
    const late = aggregate('LATEST_BY_OFFSET', ['INT'], [2]);
    assert.equal(early.udaf.map(early.udaf.merge(early.acc, late.acc)), 2);
    assert.throws(() => aggregate('LATEST_BY_OFFSET', ['INT'], [1], [0]), /latestN must be 1 or greater/);
  });

  it('TOPK and TOPKDISTINCT keep the k largest, descending', () => {
    assert.deepEqual(aggregate('TOPK', ['INT'], [5, 1, 9, null, 7, 9], [3]).outputs.at(-1), [9, 9, 7]);
    assert.deepEqual(aggregate('TOPKDISTINCT', ['INT'], [5, 1, 9, null, 7, 9], [3]).outputs.at(-1), [9, 7, 5]);
    const withCols = aggregate(
      'TOPK',
      ['DOUBLE', 'STRING'],
      [
        [1.5, 'a'],
        [3.5, 'b'],
        [2.5, 'c'],
      ],
      [2],
    );
    assert.deepEqual(withCols.outputs.at(-1), [
      { sort_col: 3.5, col0: 'b' },
      { sort_col: 2.5, col0: 'c' },
    ]);
    assert.deepEqual(withCols.returnType, {
      base: 'ARRAY',
      item: {
        base: 'STRUCT',
        fields: [
          { name: 'sort_col', type: { base: 'DOUBLE' } },
          { name: 'col0', type: { base: 'STRING' } },
        ],
      },
    });
    assert.throws(() => aggregate('TOPK', ['DATE'], [1], [2]), /does not accept parameters/);
    assert.deepEqual(aggregate('TOPKDISTINCT', ['DATE'], [1, 3, 3], [2]).outputs.at(-1), [3, 1]);
    const a = aggregate('TOPK', ['INT'], [1, 8], [2]);
    const b = aggregate('TOPK', ['INT'], [5, 9], [2]);
    assert.deepEqual(a.udaf.merge(a.acc, b.acc), [9, 8]);
  });

  it('COUNT_DISTINCT estimates exactly for small sets and merges', () => {
    const c = aggregate('COUNT_DISTINCT', ['STRING'], ['a', 'b', 'a', null, 'c']);
    assert.deepEqual(c.outputs, [1n, 2n, 2n, 2n, 3n]);
    const many = aggregate('COUNT_DISTINCT', ['INT'], []);
    let acc = many.acc;
    for (let i = 0; i < 20000; i++) acc = many.udaf.aggregate(i % 10000, acc);
    const est = Number(many.udaf.map(acc));
    assert.ok(Math.abs(est - 10000) / 10000 < 0.05, String(est));
    const other = aggregate('COUNT_DISTINCT', ['STRING'], ['c', 'd']);
    assert.equal(c.udaf.map(c.udaf.merge(c.acc, other.acc)), 4n);
  });

  it('ATTR: the single value, NULL when ambiguous', () => {
    const a = aggregate('ATTR', ['STRING'], ['x', 'x', 'y']);
    assert.deepEqual(a.outputs, ['x', 'x', null]);
    assert.equal(a.udaf.map(a.udaf.undo!('y', a.acc)), 'x');
  });
});
