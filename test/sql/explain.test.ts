import assert from 'node:assert/strict';
import { renderEntity } from '../../src/cli/sql-shell/render';
import type { QueryExplanation } from '../../src/sql/engine/explain';
import { SqlEngine } from '../../src/sql/engine/engine';
import { executionPlan } from '../../src/sql/plan/summary';
import { MemoryDriver } from '../../src/sql/io/memory';
import { toEntity } from '../../src/sql/rest/entities';

const DDL = `
  CREATE STREAM s (id INT KEY, v INT, name STRING) WITH (kafka_topic='s', value_format='JSON', partitions=1);
  CREATE TABLE t (id INT PRIMARY KEY, w STRING) WITH (kafka_topic='t', value_format='JSON', partitions=1);`;

async function explain(statements: string, what: string) {
  const engine = new SqlEngine({ driver: new MemoryDriver() });
  try {
    await engine.execute(DDL + statements);
    const [r] = await engine.execute(what);
    return { result: r, q: r.info as QueryExplanation, engine };
  } finally {
    await engine.close();
  }
}

/** The plan's lines as [depth, op, logger] (the schema checked apart). */
function shape(plan: string): [number, string, string][] {
  return plan
    .trimEnd()
    .split('\n')
    .map((l) => {
      const m = /^(\t*) > \[ (\w+) \] \| Schema: .* \| Logger: (\S+)$/.exec(l);
      assert.ok(m, `not a plan line: ${JSON.stringify(l)}`);
      return [m[1].length / 2, m[2], m[3]];
    });
}

describe('sql EXPLAIN: the plan rendered from the steps', () => {
  it('a filter: SINK > PROJECT > FILTER > SOURCE, with schemas, and the processors in the topology', async () => {
    const { q } = await explain('CREATE STREAM f AS SELECT id, v FROM s WHERE v > 1;', 'EXPLAIN CSAS_F_0;');
    assert.deepEqual(shape(q.executionPlan), [
      [0, 'SINK', 'CSAS_F_0.F'],
      [1, 'PROJECT', 'CSAS_F_0.Project'],
      [2, 'FILTER', 'CSAS_F_0.WhereFilter'],
      [3, 'SOURCE', 'CSAS_F_0.KsqlTopic.Source'],
    ]);
    assert.match(q.executionPlan, /^ > \[ SINK \] \| Schema: ID INTEGER KEY, V INTEGER \| Logger: CSAS_F_0\.F\n/);
    assert.match(q.executionPlan, /SOURCE \] \| Schema: ID INTEGER KEY, V INTEGER, NAME STRING, ROWTIME BIGINT, /);
    assert.equal(
      q.topology,
      [
        'Topologies:',
        '   Sub-topology: 0',
        '    Source: KSTREAM-SOURCE-0000000000 (topics: [s])',
        '      --> WhereFilter',
        '    Processor: WhereFilter (stores: [])',
        '      --> Project',
        '      <-- KSTREAM-SOURCE-0000000000',
        '    Processor: Project (stores: [])',
        '      --> KSTREAM-SINK-0000000001',
        '      <-- WhereFilter',
        '    Sink: KSTREAM-SINK-0000000001 (topic: F)',
        '      <-- Project',
        '',
        '',
      ].join('\n'),
    );
    assert.deepEqual([q.sources, q.sinks, q.queryType], [['S'], ['F'], 'PERSISTENT']);
  });

  it('a windowed aggregate with HAVING and EMIT FINAL: group by, aggregate (its stores), suppress, having, project', async () => {
    const { q } = await explain(
      'CREATE TABLE c AS SELECT id, COUNT(*) AS n FROM s WINDOW TUMBLING (SIZE 1 MINUTE) GROUP BY id HAVING COUNT(*) > 1 EMIT FINAL;',
      'EXPLAIN CTAS_C_0;',
    );
    assert.deepEqual(
      shape(q.executionPlan).map(([d, op]) => `${d}${op}`),
      ['0SINK', '1PROJECT', '2FILTER', '3SUPPRESS', '4AGGREGATE', '5GROUP_BY', '6SOURCE'],
    );
    assert.match(
      q.executionPlan,
      /AGGREGATE \] \| Schema: ID INTEGER KEY, KSQL_AGG_VARIABLE_0 BIGINT \| Logger: CTAS_C_0\.Aggregate\.Aggregate/,
    );
    // the aggregate operator groups the rows itself: GROUP BY is a step, not a processor of its own
    assert.match(
      q.topology,
      /--> Aggregate-Aggregate\n {4}Processor: Aggregate-Aggregate \(stores: \[CTAS_C_0-Aggregate-Materialize, CTAS_C_0-Aggregate-Sessions, CTAS_C_0-Aggregate-Input\]\)\n {6}--> Suppress\n {6}<-- KSTREAM-SOURCE-0000000000\n/,
    );
    assert.equal(q.window?.type, 'TUMBLING');
  });

  it('a stream-table join: the join has both sources under it and keeps the table in its store', async () => {
    const { q } = await explain(
      'CREATE STREAM j AS SELECT s.id, v, w FROM s JOIN t ON s.id = t.id;',
      'EXPLAIN CSAS_J_0;',
    );
    assert.deepEqual(shape(q.executionPlan), [
      [0, 'SINK', 'CSAS_J_0.J'],
      [1, 'PROJECT', 'CSAS_J_0.Project'],
      [2, 'JOIN', 'CSAS_J_0.Join'],
      [3, 'SOURCE', 'CSAS_J_0.KafkaTopic_Left.Source'],
      [3, 'SOURCE', 'CSAS_J_0.KafkaTopic_Right.Source'],
    ]);
    assert.match(
      q.topology,
      /Processor: Join \(stores: \[CSAS_J_0-Join-Table\]\)\n {6}--> Project\n {6}<-- KSTREAM-SOURCE-0000000000, KSTREAM-SOURCE-0000000001/,
    );
  });

  it('EXPLAIN of a statement plans it without running it; unknown ids and bad statements fail as in ksqlDB', async () => {
    const { q, engine } = await explain('', 'EXPLAIN SELECT name, EXPLODE(ARRAY[1, 2]) AS x FROM s EMIT CHANGES;');
    assert.equal(q.queryType, 'PUSH');
    assert.deepEqual(
      shape(q.executionPlan).map(([, op]) => op),
      ['PROJECT', 'FLAT_MAP', 'SOURCE'],
    );
    assert.equal(engine.queries.size, 0);
    const e2 = new SqlEngine({ driver: new MemoryDriver() });
    await e2.execute(DDL);
    const [csas] = await e2.execute('EXPLAIN CREATE STREAM p AS SELECT * FROM s PARTITION BY name;');
    assert.equal((csas.info as QueryExplanation).id, 'CSAS_P_0');
    assert.match(
      (csas.info as QueryExplanation).executionPlan,
      /REKEY \] \| Schema: NAME STRING KEY, V INTEGER, ID INTEGER/,
    );
    assert.equal(e2.sources.has('P'), false);
    await assert.rejects(e2.execute('EXPLAIN CSAS_NOPE_9;'), /Query with id:CSAS_NOPE_9 does not exist/);
    await assert.rejects(e2.execute('EXPLAIN SELECT nope FROM s EMIT CHANGES;'), /NOPE/);
    await e2.close();
  });

  it('the step tree is plain data: no functions anywhere, only steps, schemas and expressions', async () => {
    const engine = new SqlEngine({ driver: new MemoryDriver() });
    await engine.execute(`${DDL}
      CREATE TABLE c AS SELECT s.id, COUNT(*) AS n FROM s JOIN t ON s.id = t.id WINDOW SESSION (5 SECONDS)
        GROUP BY s.id HAVING COUNT(*) > 1;`);
    const step = engine.queries.get('CTAS_C_0')!.plan.step;
    const functions: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'function') functions.push(path);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(step, 'step');
    assert.deepEqual(functions, []);
    assert.deepEqual(
      shape(executionPlan('Q', step)).map(([d, op]) => `${d}${op}`),
      ['0PROJECT', '1FILTER', '2AGGREGATE', '3GROUP_BY', '4JOIN', '5SOURCE', '5SOURCE'],
    );
    await engine.close();
  });

  it('the REST entity is a queryDescription with executionPlan and topology; brook sql prints both', async () => {
    const engine = new SqlEngine({ driver: new MemoryDriver() });
    await engine.execute(`${DDL} CREATE STREAM f AS SELECT id, v FROM s WHERE v > 1;`);
    const [r] = await engine.execute('EXPLAIN CSAS_F_0;');
    const entity = toEntity(r, { engine, nextSequence: () => 0 } as never)!;
    const d = entity.queryDescription as Record<string, unknown>;
    assert.equal(entity['@type'], 'queryDescription');
    assert.equal(d.id, 'CSAS_F_0');
    assert.match(String(d.executionPlan), /^ > \[ SINK \]/);
    assert.match(String(d.topology), /^Topologies:\n/);
    const text = renderEntity(entity);
    assert.match(text, /^ID {19}: CSAS_F_0\nQuery Type {11}: PERSISTENT\nSQL/);
    assert.match(text, /\nExecution plan {6}\n-------------- {6}\n > \[ SINK \]/);
    assert.match(text, /\nProcessing topology \n------------------- \nTopologies:/);
    await engine.close();
  });
});
