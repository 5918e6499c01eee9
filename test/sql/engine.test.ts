import assert from 'node:assert/strict';
import { SqlEngine } from '../../src/sql/engine/engine';
import { parsePartialTimestamp } from '../../src/sql/expr/cast';
import { MemoryDriver } from '../../src/sql/io/memory';

const json = (v: unknown) => Buffer.from(JSON.stringify(v));
const int = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

function values(driver: MemoryDriver, topic: string) {
  return driver.records(topic).map((r) => ({
    key: r.key === null ? null : r.key.length === 4 ? r.key.readInt32BE(0) : r.key.toString(),
    value: r.value === null ? null : JSON.parse(r.value.toString()),
    ts: r.timestamp,
  }));
}

describe('sql engine', () => {
  it('filters and projects a stream with SQL null semantics', async () => {
    const driver = new MemoryDriver();
    const engine = new SqlEngine({ driver });
    await engine.execute(`
      CREATE STREAM ratings (id INT KEY, stars INT, note STRING) WITH (kafka_topic='ratings', value_format='JSON', partitions=1);
      CREATE STREAM poor AS SELECT id, stars * 2 AS doubled, UCASE(note) AS note FROM ratings WHERE stars < 3;`);
    driver.produceSync('ratings', [
      { key: int(1), value: json({ STARS: 1, NOTE: 'bad' }), timestamp: 10 },
      { key: int(2), value: json({ STARS: 5, NOTE: 'good' }), timestamp: 11 },
      { key: int(3), value: json({ STARS: null, NOTE: 'none' }), timestamp: 12 },
      { key: int(4), value: json({ STARS: 2, NOTE: null }), timestamp: 13 },
    ]);
    assert.deepEqual(values(driver, 'POOR'), [
      { key: 1, value: { DOUBLED: 2, NOTE: 'BAD' }, ts: 10 },
      { key: 4, value: { DOUBLED: 4, NOTE: null }, ts: 13 },
    ]);
    await engine.close();
  });

  it('counts per tumbling window with the windowed key format', async () => {
    const driver = new MemoryDriver();
    const engine = new SqlEngine({ driver });
    await engine.execute(`
      CREATE STREAM auth (card STRING KEY, amount DOUBLE) WITH (kafka_topic='auth', value_format='JSON', partitions=1);
      CREATE TABLE fraud AS SELECT card, COUNT(*) AS attempts FROM auth WINDOW TUMBLING (SIZE 5 MINUTES) GROUP BY card HAVING COUNT(*) > 2;`);
    for (const ts of [0, 1000, 2000, 301000]) {
      driver.produceSync('auth', [{ key: Buffer.from('c1'), value: json({ AMOUNT: 1 }), timestamp: ts }]);
    }
    const out = driver.records('FRAUD');
    assert.equal(out.length, 1);
    const key = out[0].key!;
    assert.equal(key.subarray(0, key.length - 8).toString(), 'c1');
    assert.equal(Number(key.readBigInt64BE(key.length - 8)), 0);
    assert.deepEqual(JSON.parse(out[0].value!.toString()), { ATTEMPTS: 3 });
    await engine.close();
  });

  it('joins a stream to a table (CDC-fed customers)', async () => {
    const driver = new MemoryDriver();
    const engine = new SqlEngine({ driver });
    await engine.execute(`
      CREATE TABLE customers (id INT PRIMARY KEY, name STRING, club STRING) WITH (kafka_topic='customers', value_format='JSON', partitions=1);
      CREATE STREAM ratings (id INT KEY, stars INT) WITH (kafka_topic='r', value_format='JSON', partitions=1);
      CREATE STREAM enriched AS SELECT r.id, r.stars, c.name, c.club FROM ratings r LEFT JOIN customers c ON r.id = c.id;`);
    driver.produceSync('customers', [{ key: int(1), value: json({ NAME: 'Ann', CLUB: 'gold' }), timestamp: 1 }]);
    driver.produceSync('r', [
      { key: int(1), value: json({ STARS: 4 }), timestamp: 2 },
      { key: int(2), value: json({ STARS: 1 }), timestamp: 3 },
    ]);
    driver.produceSync('customers', [{ key: int(1), value: null, timestamp: 4 }]);
    driver.produceSync('r', [{ key: int(1), value: json({ STARS: 5 }), timestamp: 5 }]);
    assert.deepEqual(
      values(driver, 'ENRICHED').map((r) => r.value),
      [
        { STARS: 4, NAME: 'Ann', CLUB: 'gold' },
        { STARS: 1, NAME: null, CLUB: null },
        { STARS: 5, NAME: null, CLUB: null },
      ],
    );
    await engine.close();
  });

  it('restores aggregation state from the changelog after a restart', async () => {
    const driver = new MemoryDriver();
    const script = `
      CREATE STREAM clicks (user STRING KEY, page STRING) WITH (kafka_topic='clicks', value_format='JSON', partitions=1);
      CREATE TABLE per_user AS SELECT user, COUNT(*) AS n FROM clicks GROUP BY user;`;
    const first = new SqlEngine({ driver });
    await first.execute(script);
    driver.produceSync('clicks', [
      { key: Buffer.from('u'), value: json({ PAGE: 'a' }), timestamp: 1 },
      { key: Buffer.from('u'), value: json({ PAGE: 'b' }), timestamp: 2 },
    ]);
    await first.close();
    // records arriving while the query is down
    driver.produceSync('clicks', [{ key: Buffer.from('u'), value: json({ PAGE: 'c' }), timestamp: 3 }]);
    const second = new SqlEngine({ driver });
    await second.execute(script);
    driver.produceSync('clicks', [{ key: Buffer.from('u'), value: json({ PAGE: 'd' }), timestamp: 4 }]);
    const counts = driver.records('PER_USER').map((r) => JSON.parse(r.value!.toString()).N);
    assert.deepEqual(counts, [1, 2, 3, 4]);
    assert.ok(driver.topicNames().some((t) => t.endsWith('-Aggregate-Materialize-changelog')));
    await second.close();
  });

  it('rejects statements the way ksqlDB does', async () => {
    const engine = new SqlEngine({ driver: new MemoryDriver() });
    await engine.execute(
      "CREATE STREAM s (id INT KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);",
    );
    await assert.rejects(engine.execute('CREATE STREAM o AS SELECT v FROM s;'), /must include the key column ID/);
    await assert.rejects(
      engine.execute("CREATE STREAM o AS SELECT id, v FROM s WHERE v > 'x';"),
      /Cannot compare V \(INTEGER\)/,
    );
    await assert.rejects(
      engine.execute('CREATE TABLE o AS SELECT id, v FROM s GROUP BY id;'),
      /GROUP BY requires aggregate/,
    );
    await assert.rejects(
      engine.execute("CREATE STREAM x WITH (kafka_topic='s', value_format='FOO');"),
      /Unknown format: FOO/,
    );
  });

  it('supports user-defined functions registered in TypeScript', async () => {
    const driver = new MemoryDriver();
    const engine = new SqlEngine({ driver });
    engine.functions.registerScalar({
      name: 'TWICE',
      overloads: [{ params: ['INT'], returns: 'BIGINT', impl: (x: number) => BigInt(x) * 2n }],
    });
    await engine.execute(`
      CREATE STREAM s (id INT KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);
      CREATE STREAM o AS SELECT id, TWICE(v) AS t FROM s;`);
    driver.produceSync('s', [{ key: int(1), value: json({ V: 21 }), timestamp: 0 }]);
    assert.deepEqual(values(driver, 'O')[0].value, { T: 42 });
  });

  it('evaluates lambdas (TRANSFORM, FILTER, REDUCE) and table functions (EXPLODE)', async () => {
    const driver = new MemoryDriver();
    const engine = new SqlEngine({ driver });
    await engine.execute(`
      CREATE STREAM s (id INT KEY, xs ARRAY<INT>, m MAP<STRING, INT>) WITH (kafka_topic='s', value_format='JSON', partitions=1);
      CREATE STREAM l AS SELECT id, TRANSFORM(xs, x => x * 2) AS t, FILTER(xs, x => x > 1) AS f,
        REDUCE(xs, 0, (acc, x) => acc + x) AS r, TRANSFORM(m, (k, v) => UCASE(k), (k, v) => v + 1) AS tm FROM s;
      CREATE STREAM e AS SELECT id, EXPLODE(xs) AS x FROM s;`);
    driver.produceSync('s', [{ key: int(1), value: json({ XS: [1, 2, 3], M: { a: 1 } }), timestamp: 0 }]);
    assert.deepEqual(values(driver, 'L')[0].value, { T: [2, 4, 6], F: [2, 3], R: 6, TM: { A: 2 } });
    assert.deepEqual(
      values(driver, 'E').map((r) => r.value),
      [{ X: 1 }, { X: 2 }, { X: 3 }],
    );
    await engine.close();
  });

  it('chains joins (stream-stream then stream-table)', async () => {
    const driver = new MemoryDriver();
    const engine = new SqlEngine({ driver });
    await engine.execute(`
      CREATE STREAM s1 (id INT KEY, a STRING) WITH (kafka_topic='s1', value_format='JSON', partitions=1);
      CREATE STREAM s2 (id INT KEY, b STRING) WITH (kafka_topic='s2', value_format='JSON', partitions=1);
      CREATE TABLE t3 (id INT PRIMARY KEY, c STRING) WITH (kafka_topic='t3', value_format='JSON', partitions=1);
      CREATE STREAM o AS SELECT s1.id, a, b, c FROM s1 JOIN s2 WITHIN 10 SECONDS ON s1.id = s2.id
        JOIN t3 ON s1.id = t3.id;`);
    driver.produceSync('t3', [{ key: int(1), value: json({ C: 'c1' }), timestamp: 0 }]);
    driver.produceSync('s1', [{ key: int(1), value: json({ A: 'a1' }), timestamp: 1 }]);
    driver.produceSync('s2', [{ key: int(1), value: json({ B: 'b1' }), timestamp: 2 }]);
    assert.deepEqual(values(driver, 'O'), [{ key: 1, value: { A: 'a1', B: 'b1', C: 'c1' }, ts: 2 }]);
    await engine.close();
  });

  it('runs transient push queries to a callback', async () => {
    const driver = new MemoryDriver();
    const engine = new SqlEngine({ driver });
    await engine.execute(
      "CREATE STREAM s (id INT KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);",
    );
    driver.produceSync('s', [{ key: int(1), value: json({ V: 1 }), timestamp: 1 }]);
    const rows: unknown[] = [];
    const q = await engine.streamQuery('SELECT id, v * 2 AS d FROM s WHERE v > 1 EMIT CHANGES LIMIT 2;', (r) =>
      rows.push(r.value),
    );
    assert.deepEqual(
      [...q.schema.key, ...q.schema.value].map((c) => c.name),
      ['ID', 'D'],
    );
    driver.produceSync(
      's',
      [2, 3, 4].map((v) => ({ key: int(v), value: json({ V: v }), timestamp: v })),
    );
    // a push query's rows are its projection, in order, key columns included (no key/value split)
    assert.deepEqual(rows, [
      [2, 4],
      [3, 6],
    ]);
    await q.close();
    assert.equal(engine.queries.size, 0);
    await engine.close();
  });

  it('answers pull queries from a materialized table', async () => {
    const driver = new MemoryDriver();
    const engine = new SqlEngine({ driver });
    await engine.execute(`
      CREATE STREAM s (id INT KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);
      CREATE TABLE totals AS SELECT id, SUM(v) AS total FROM s GROUP BY id;`);
    driver.produceSync(
      's',
      [1, 2, 1].map((id, i) => ({ key: int(id), value: json({ V: 10 * (i + 1) }), timestamp: i })),
    );
    const res = await engine.pullQuery('SELECT id, total FROM totals WHERE id = 1;');
    assert.deepEqual(
      res.columns.map((c) => c.name),
      ['ID', 'TOTAL'],
    );
    assert.deepEqual(res.rows, [[1, 40]]);
    assert.deepEqual((await engine.pullQuery('SELECT v FROM s WHERE id = 2;')).rows, [[20]]);
    await engine.close();
  });

  it('answers SHOW and DESCRIBE from the metastore', async () => {
    const engine = new SqlEngine({ driver: new MemoryDriver() });
    const [, , show, describe] = await engine.execute(`
      CREATE STREAM s (id INT KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);
      CREATE STREAM o AS SELECT id, v FROM s;
      SHOW STREAMS;
      DESCRIBE o;`);
    assert.deepEqual(
      (show.info as { name: string }[]).map((s) => s.name),
      ['S', 'O'],
    );
    assert.equal((describe.info as { schema: string }).schema, '`ID` INTEGER KEY, `V` INTEGER');
    assert.deepEqual((describe.info as { writeQueries: string[] }).writeQueries, ['CSAS_O_0']);
    await engine.close();
  });

  it('refuses arithmetic on a NULL literal with the types it was given (ksqlDB Operator.resultType)', async () => {
    const engine = new SqlEngine({ driver: new MemoryDriver() });
    await engine.execute(
      "CREATE STREAM s (id INT KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);",
    );
    const refuses = (sql: string, message: string) => assert.rejects(engine.execute(sql), { message });
    await refuses(
      'CREATE STREAM o1 AS SELECT 5.0 / NULL AS x FROM s;',
      'Error processing expression: (5.0 / null). Arithmetic on types DECIMAL(2, 1) and null are not supported.',
    );
    await refuses(
      'CREATE STREAM o2 AS SELECT NULL + v AS x FROM s;',
      'Error processing expression: (null + V). Arithmetic on types null and INTEGER are not supported.',
    );
    // a column whose value is null still computes to null
    await engine.execute('CREATE STREAM o3 AS SELECT id, v + 1 AS x FROM s;');
    await engine.close();
  });

  it('compares ROWTIME and window bounds with partial date-times as ksqlDB completes them', async () => {
    const driver = new MemoryDriver();
    const engine = new SqlEngine({ driver });
    await engine.execute(`
      CREATE STREAM s (id INT KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);
      CREATE STREAM o AS SELECT id, v FROM s WHERE '2020-02-22T23:45' <= ROWTIME AND ROWTIME < '2020-02-24T24';`);
    const at = (iso: string) => Date.parse(iso);
    driver.produceSync(
      's',
      ['2020-02-22T23:44:59Z', '2020-02-22T23:45:00Z', '2020-02-24T23:59:59Z', '2020-02-25T00:00:00Z'].map((t, i) => ({
        key: int(1),
        value: json({ V: i }),
        timestamp: at(t),
      })),
    );
    await engine.flush();
    assert.deepEqual(
      values(driver, 'O').map((r) => r.value.V),
      [1, 2],
    );
    assert.equal(parsePartialTimestamp('2020-05-26T23:59:58.000+0200'), at('2020-05-26T21:59:58Z'));
    assert.equal(parsePartialTimestamp('2020-02'), at('2020-02-01T00:00:00Z'));
    await engine.close();
  });
});
