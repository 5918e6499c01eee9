/**
 * Each operator builder on its own: a step written by hand (plan/steps.ts), built with operators/build.ts
 * over an in-memory runtime, fed rows; what comes out is checked. No engine, no topics.
 */
import assert from 'node:assert/strict';
import type { Row, Schema } from '../../src/sql/expr/row';
import { builtinRegistry } from '../../src/sql/functions';
import { buildSteps } from '../../src/sql/operators/build';
import type { Runtime } from '../../src/sql/operators/runtime';
import { ExpressionParser } from '../../src/sql/parser/expressions';
import type { Expr } from '../../src/sql/parser/ast';
import type { AggregateStep, GroupByStep, SourceStep, Step } from '../../src/sql/plan/steps';
import { LoggedStore } from '../../src/sql/state/store';
import { T } from '../../src/sql/types';

const functions = builtinRegistry();
const e = (text: string): Expr => new ExpressionParser(text).expr();

const S: Schema = {
  key: [{ name: 'ID', type: T.STRING }],
  value: [
    { name: 'V', type: T.INTEGER },
    { name: 'NAME', type: T.STRING },
  ],
};

function source(kind: 'STREAM' | 'TABLE', name = 'S', schema = S, alias = name): SourceStep {
  return {
    type: kind === 'TABLE' ? 'TableSource' : 'StreamSource',
    ctx: ['KsqlTopic', 'Source'],
    schema,
    source: name,
    alias,
    topic: name.toLowerCase(),
    keyFormat: 'KAFKA',
    valueFormat: 'JSON',
  };
}

/** Builds `step`; returns the input handlers and the rows emitted so far. */
function build(step: Step) {
  const out: Row[] = [];
  const stores = new Map<string, LoggedStore<unknown>>();
  const rt: Runtime = {
    emit: (row) => out.push(row),
    store: <V>(name: string) => {
      if (!stores.has(name)) stores.set(name, new LoggedStore<unknown>());
      return stores.get(name) as unknown as LoggedStore<V>;
    },
  };
  const inputs = buildSteps(step, { rt, functions, config: {} }, rt.emit);
  return { inputs, out, stores };
}

let offset = 0;
const row = (id: string, value: unknown[] | null, ts = 0): Row => ({
  key: [id],
  value,
  ts,
  partition: 0,
  offset: offset++,
});
const kv = (rows: Row[]) => rows.map((r) => [r.key, r.value, ...(r.window ? [r.window.start, r.window.end] : [])]);

describe('sql operators, each built from its step', () => {
  it('StreamFilter passes rows whose condition is true and never null values', () => {
    const { inputs, out } = build({
      type: 'StreamFilter',
      ctx: ['WhereFilter'],
      schema: S,
      source: source('STREAM'),
      filter: e('V > 1'),
    });
    for (const r of [row('a', [1, 'x']), row('b', [2, 'y']), row('c', null), row('d', [null, 'z'])]) inputs[0](r);
    assert.deepEqual(kv(out), [[['b'], [2, 'y']]]);
  });

  it('TableFilter retracts a key once when it stops passing; a source tombstone passes', () => {
    const { inputs, out } = build({
      type: 'TableFilter',
      ctx: ['WhereFilter'],
      schema: S,
      source: source('TABLE'),
      filter: e('V > 1'),
    });
    for (const r of [row('a', [2, 'x']), row('a', [1, 'x']), row('a', [0, 'x']), row('b', null)]) inputs[0](r);
    assert.deepEqual(kv(out), [
      [['a'], [2, 'x']],
      [['a'], null],
      [['b'], null],
    ]);
  });

  it('StreamSelect and TableSelect compute key and value columns; a table tombstone keeps its key', () => {
    const schema: Schema = { key: [{ name: 'ID', type: T.STRING }], value: [{ name: 'U', type: T.STRING }] };
    const select = (kind: 'STREAM' | 'TABLE') =>
      build({
        type: kind === 'TABLE' ? 'TableSelect' : 'StreamSelect',
        ctx: ['Project'],
        schema,
        source: source(kind),
        keys: [e('ID')],
        values: [{ name: 'U', expr: e("UCASE(NAME) + '!'") }],
      });
    const stream = select('STREAM');
    stream.inputs[0](row('a', [1, 'x']));
    stream.inputs[0](row('b', null));
    assert.deepEqual(kv(stream.out), [
      [['a'], ['X!']],
      [['b'], null],
    ]);
    const table = select('TABLE');
    table.inputs[0](row('a', null));
    assert.deepEqual(kv(table.out), [[['a'], null]]);
  });

  it('StreamSelectKey rekeys (PARTITION BY) and drops the window; on a null value only key-column keys survive', () => {
    const { inputs, out } = build({
      type: 'StreamSelectKey',
      ctx: ['PartitionBy'],
      schema: { key: [{ name: 'NAME', type: T.STRING }], value: [{ name: 'V', type: T.INTEGER }] },
      source: source('STREAM'),
      keys: [e('NAME')],
      values: [{ name: 'V', expr: e('V') }],
    });
    inputs[0]({ ...row('a', [1, 'x']), window: { start: 0, end: 10 } });
    inputs[0](row('b', null));
    assert.deepEqual(kv(out), [
      [['x'], [1]],
      [[null], null],
    ]);
    assert.equal(out[0].window, undefined);
  });

  it('StreamFlatMap emits a row per produced value, calls zipped and padded with NULL', () => {
    const calls = [e('EXPLODE(ARRAY[1, 2, 3])'), e("EXPLODE(ARRAY['p'])")];
    const { inputs, out } = build({
      type: 'StreamSelect',
      ctx: ['Project'],
      schema: { key: [], value: [] },
      source: {
        type: 'StreamFlatMap',
        ctx: ['FlatMap'],
        schema: {
          key: S.key,
          value: [...S.value, { name: 'KSQL_SYNTH_0', type: T.INTEGER }, { name: 'KSQL_SYNTH_1', type: T.STRING }],
        },
        source: source('STREAM'),
        calls,
      },
      keys: [e('ID')],
      values: [
        { name: 'A', expr: calls[0] },
        { name: 'B', expr: calls[1] },
      ],
    });
    inputs[0](row('k', [0, 'n']));
    assert.deepEqual(kv(out), [
      [['k'], [1, 'p']],
      [['k'], [2, null]],
      [['k'], [3, null]],
    ]);
  });

  const groupBy = (kind: 'STREAM' | 'TABLE'): GroupByStep => ({
    type: kind === 'TABLE' ? 'TableGroupBy' : 'StreamGroupBy',
    ctx: ['Aggregate', 'GroupBy'],
    schema: { key: [{ name: 'NAME', type: T.STRING }], value: S.value },
    source: source(kind),
    groupBy: [e('NAME')],
  });
  const aggregate = (kind: 'STREAM' | 'TABLE', window?: AggregateStep['window'], grace = 0): AggregateStep => ({
    type: kind === 'TABLE' ? 'TableAggregate' : window ? 'StreamWindowedAggregate' : 'StreamAggregate',
    ctx: ['Aggregate', 'Aggregate'],
    schema: {
      key: [{ name: 'NAME', type: T.STRING }],
      value: [
        { name: 'KSQL_AGG_VARIABLE_0', type: T.BIGINT },
        { name: 'KSQL_AGG_VARIABLE_1', type: T.BIGINT },
      ],
    },
    source: groupBy(kind),
    aggregates: [e('COUNT(*)') as AggregateStep['aggregates'][0], e('SUM(V)') as AggregateStep['aggregates'][0]],
    window,
    grace: window ? grace : undefined,
    overJoin: false,
  });

  it("StreamAggregate groups by its GROUP BY step and emits each new result; its stores are the step's", () => {
    const { inputs, out, stores } = build(aggregate('STREAM'));
    for (const r of [row('a', [1, 'x']), row('b', [2, 'x']), row('c', [5, 'y']), row('d', [1, null])]) inputs[0](r);
    assert.deepEqual(kv(out), [
      [['x'], [1n, 1]],
      [['x'], [2n, 3]],
      [['y'], [1n, 5]],
    ]);
    assert.deepEqual([...stores.keys()], ['Aggregate-Materialize', 'Aggregate-Sessions', 'Aggregate-Input']);
  });

  it('StreamWindowedAggregate (TUMBLING) drops rows of closed windows; TableSuppress holds results until close', () => {
    const windowed = build(aggregate('STREAM', { type: 'TUMBLING', size: 10 }, 0));
    for (const [ts, v] of [
      [1, 1],
      [12, 2],
      [3, 4],
    ])
      windowed.inputs[0](row('a', [v, 'x'], ts));
    assert.deepEqual(kv(windowed.out), [
      [['x'], [1n, 1], 0, 10],
      [['x'], [1n, 2], 10, 20],
    ]);
    const agg = aggregate('STREAM', { type: 'TUMBLING', size: 10 }, 0);
    const final = build({
      type: 'TableSuppress',
      ctx: ['Suppress'],
      schema: agg.schema,
      source: agg,
      window: agg.window!,
      grace: 0,
    });
    for (const [ts, v] of [
      [1, 1],
      [2, 2],
      [9, 3],
    ])
      final.inputs[0](row('a', [v, 'x'], ts));
    assert.deepEqual(final.out, []);
    // stream time 10 closes [0, 10) (grace 0); a later jump would find it past retention (size + grace)
    final.inputs[0](row('a', [5, 'x'], 10));
    assert.deepEqual(kv(final.out), [[['x'], [3n, 6], 0, 10]]);
    final.inputs[0](row('a', [1, 'x'], 3));
    assert.equal(final.out.length, 1, 'a row of a closed window is dropped');
  });

  it('StreamWindowedAggregate (SESSION) merges sessions and retracts the merged ones', () => {
    const { inputs, out } = build(aggregate('STREAM', { type: 'SESSION', size: 5 }, 100));
    for (const ts of [1, 20, 10]) inputs[0](row('a', [1, 'x'], ts));
    assert.deepEqual(kv(out), [
      [['x'], [1n, 1], 1, 1],
      [['x'], [1n, 1], 20, 20],
      [['x'], [1n, 1], 10, 10],
    ]);
    inputs[0](row('a', [1, 'x'], 15));
    assert.deepEqual(kv(out.slice(3)), [
      [['x'], null, 20, 20],
      [['x'], null, 10, 10],
      [['x'], [3n, 3], 10, 20],
    ]);
  });

  it('TableAggregate undoes the replaced row of a key, from the group it leaves', () => {
    const { inputs, out } = build(aggregate('TABLE'));
    for (const r of [row('a', [1, 'x']), row('b', [2, 'x']), row('a', [5, 'y']), row('b', null)]) inputs[0](r);
    assert.deepEqual(kv(out), [
      [['x'], [1n, 1]],
      [['x'], [2n, 3]],
      [['x'], [1n, 2]],
      [['y'], [1n, 5]],
      [['x'], [0n, 0]],
    ]);
  });

  const T2: Schema = { key: [{ name: 'ID', type: T.STRING }], value: [{ name: 'W', type: T.STRING }] };
  const joined: Schema = {
    key: [{ name: 'S_ID', type: T.STRING }],
    value: [
      ...['S_ID', 'S_V', 'S_NAME', 'S_ROWTIME', 'S_ROWPARTITION', 'S_ROWOFFSET'].map((name) => ({
        name,
        type: T.STRING,
      })),
      ...['T_ID', 'T_W', 'T_ROWTIME', 'T_ROWPARTITION', 'T_ROWOFFSET'].map((name) => ({ name, type: T.STRING })),
    ],
  };
  const joinBase = (left: 'STREAM' | 'TABLE', joinType: 'INNER' | 'LEFT') => ({
    ctx: ['Join'],
    schema: joined,
    left: source(left),
    right: source('TABLE', 'T', T2),
    joinType,
    leftKey: e('ID'),
    rightKey: e('ID'),
    index: 0,
  });
  /** Key, the left side's V and NAME, the right side's W. */
  const picked = (rows: Row[]) => rows.map((r) => [r.key[0], r.value && [r.value[1], r.value[2], r.value[7]]]);

  it('StreamTableJoin looks the table up per stream row (LEFT keeps misses); table rows emit nothing', () => {
    const { inputs, out, stores } = build({ ...joinBase('STREAM', 'LEFT'), type: 'StreamTableJoin' });
    const [s, t] = inputs;
    s(row('a', [1, 'x']));
    t(row('a', ['w1']));
    s(row('a', [2, 'y']));
    t(row('a', null));
    s(row('a', [3, 'z']));
    assert.deepEqual(picked(out), [
      ['a', [1, 'x', null]],
      ['a', [2, 'y', 'w1']],
      ['a', [3, 'z', null]],
    ]);
    assert.deepEqual([...stores.keys()], ['Join-Table']);
  });

  it('TableTableJoin re-joins a key on either side and retracts it when an INNER match ends', () => {
    const { inputs, out } = build({ ...joinBase('TABLE', 'INNER'), type: 'TableTableJoin' });
    const [l, r] = inputs;
    l(row('a', [1, 'x']));
    r(row('a', ['w1']));
    l(row('a', [2, 'y']));
    r(row('a', null));
    assert.deepEqual(picked(out), [
      ['a', [1, 'x', 'w1']],
      ['a', [2, 'y', 'w1']],
      ['a', null],
    ]);
  });

  it('ForeignKeyTableTableJoin joins each left row to the right row its foreign key names, again on right changes', () => {
    const left: Schema = {
      key: [{ name: 'ID', type: T.STRING }],
      value: [
        { name: 'FK', type: T.STRING },
        { name: 'NAME', type: T.STRING },
      ],
    };
    const { inputs, out } = build({
      ...joinBase('TABLE', 'LEFT'),
      left: source('TABLE', 'S', left),
      leftKey: e('FK'),
      type: 'ForeignKeyTableTableJoin',
    });
    const [l, r] = inputs;
    l(row('a', ['t1', 'x']));
    r(row('t1', ['w1']));
    r(row('t1', ['w2']));
    l(row('a', null));
    assert.deepEqual(
      out.map((o) => [o.key[0], o.value && [o.value[1], o.value[7]]]),
      [
        ['a', ['t1', null]],
        ['a', ['t1', 'w1']],
        ['a', ['t1', 'w2']],
        ['a', null],
      ],
    );
  });

  it('HAVING (TableFilter over an aggregate) retracts a group once it stops passing; TableSelect projects it', () => {
    const agg = aggregate('STREAM');
    const having = {
      type: 'TableFilter' as const,
      ctx: ['Aggregate', 'HavingFilter'],
      schema: agg.schema,
      source: agg,
      filter: e('SUM(V) < 5'),
    };
    const { inputs, out } = build({
      type: 'TableSelect',
      ctx: ['Aggregate', 'Project'],
      schema: { key: [{ name: 'NAME', type: T.STRING }], value: [{ name: 'N', type: T.BIGINT }] },
      source: having,
      keys: [e('NAME')],
      values: [{ name: 'N', expr: e('COUNT(*)') }],
    });
    for (const v of [1, 2, 3, 4]) inputs[0](row('a', [v, 'x']));
    assert.deepEqual(kv(out), [
      [['x'], [1n]],
      [['x'], [2n]],
      [['x'], null],
    ]);
  });

  it('StreamStreamJoin matches rows within the window, from either side', () => {
    const { inputs, out } = build({
      ...joinBase('STREAM', 'INNER'),
      right: source('STREAM', 'T', T2),
      type: 'StreamStreamJoin',
      within: { before: 10, after: 10 },
    });
    const [l, r] = inputs;
    l(row('a', [1, 'x'], 100));
    r(row('a', ['w1'], 105));
    r(row('a', ['w2'], 130));
    l(row('a', [2, 'y'], 125));
    assert.deepEqual(picked(out), [
      ['a', [1, 'x', 'w1']],
      ['a', [2, 'y', 'w2']],
    ]);
  });
});
