import assert from 'node:assert/strict';
import { SqlEngine } from '../../src/sql/engine/engine';
import { disjuncts } from '../../src/sql/engine/pull-where';
import { formatExpr } from '../../src/sql/expr/format';
import { MemoryDriver } from '../../src/sql/io/memory';
import { Parser } from '../../src/sql/parser/parser';

const NO_SCAN = { 'ksql.query.pull.table.scan.enabled': false };

async function engineWith(ddl: string) {
  const engine = new SqlEngine({ driver: new MemoryDriver() });
  await engine.execute(ddl);
  return engine;
}

const SINGLE = `CREATE STREAM s (id STRING KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);
  CREATE TABLE t AS SELECT id, COUNT(1) AS cnt FROM s GROUP BY id;`;
const INT_KEY = `CREATE STREAM s (id INT KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);
  CREATE TABLE t AS SELECT id, COUNT(1) AS cnt FROM s GROUP BY id;`;
const MULTI = `CREATE STREAM s (id1 STRING KEY, id2 INT) WITH (kafka_topic='s', format='JSON', partitions=1);
  CREATE TABLE t AS SELECT id1, id2, COUNT(1) AS cnt FROM s GROUP BY id1, id2;`;

describe('sql pull queries: WHERE analysis (key lookup, range scan, table scan)', () => {
  it('rewrites IN, BETWEEN and NOT into disjuncts of conjunctions', () => {
    const where = (sql: string) => {
      const st = new Parser(`SELECT * FROM t WHERE ${sql};`).next();
      return st.k === 'select' ? st.select.where! : assert.fail('not a select');
    };
    assert.deepEqual(disjuncts(where("id IN ('a', 'b') AND v > 1")).map(formatExpr), [
      "((ID = 'a') AND (V > 1))",
      "((ID = 'b') AND (V > 1))",
    ]);
    assert.deepEqual(disjuncts(where('NOT (id = 1 OR id < 3)')).map(formatExpr), ['((ID <> 1) AND (ID >= 3))']);
    assert.deepEqual(disjuncts(where('id BETWEEN 1 AND 3')).map(formatExpr), ['((ID >= 1) AND (ID <= 3))']);
  });

  it('answers key lookups and table scans by default', async () => {
    const engine = await engineWith(SINGLE);
    await engine.pullQuery("SELECT * FROM t WHERE id = 'a';");
    await engine.pullQuery('SELECT * FROM t WHERE cnt > 1;');
    await engine.pullQuery("SELECT * FROM t WHERE id != 'a';");
    await engine.close();
  });

  it('refuses what needs a table scan when table scans are disabled, with ksqlDB words', async () => {
    const engine = await engineWith(SINGLE);
    const refuses = (sql: string, message: string) =>
      assert.rejects(engine.pullQuery(sql, NO_SCAN), (e: Error) => e.message.startsWith(message));
    await refuses(
      "SELECT * FROM t WHERE id != 'a';",
      "Bound on key columns '[`ID` STRING KEY]' must currently be '='. ",
    );
    await refuses(
      "SELECT * FROM t WHERE '0' < id AND id < '9';",
      'A comparison condition on the key column cannot be combined with other comparisons such as an IN predicate',
    );
    await refuses('SELECT * FROM t WHERE cnt > 1;', 'WHERE clause missing key column for disjunct: (CNT > 1)');
    await refuses('SELECT * FROM t;', 'Query requires table scan to be enabled');
    await refuses("SELECT * FROM t WHERE id <= '1' OR id >= '3';", 'Query requires table scan to be enabled');
    // a range on a STRING key is a range scan, no table scan needed
    await engine.pullQuery("SELECT * FROM t WHERE id >= '3';", NO_SCAN);
    await engine.close();
  });

  it('checks key values: non-NULL and of the key type', async () => {
    const engine = await engineWith(INT_KEY);
    await assert.rejects(engine.pullQuery('SELECT * FROM t WHERE id IN (NULL);'), {
      message: 'Primary key columns can not be NULL: (ID = null)',
    });
    await assert.rejects(engine.pullQuery("SELECT * FROM t WHERE id IN ('10', 8);"), {
      message: "'10' can not be converted to the type of the key column: ID INTEGER KEY",
    });
    await assert.rejects(engine.pullQuery('SELECT * FROM t WHERE id + 10 = 20;', NO_SCAN), (e: Error) =>
      e.message.startsWith('A comparison must directly reference a key column.'),
    );
    // a range on a numeric key needs a table scan (only STRING and BYTES keys are range-scanned)
    await assert.rejects(engine.pullQuery('SELECT * FROM t WHERE id >= 12;', NO_SCAN), (e: Error) =>
      e.message.startsWith('Query requires table scan to be enabled'),
    );
    await engine.close();
  });

  it('wants every column of a multi-column key', async () => {
    const engine = await engineWith(MULTI);
    await assert.rejects(engine.pullQuery("SELECT * FROM t WHERE id1 <= '09';", NO_SCAN), (e: Error) =>
      e.message.startsWith('Multi-column sources must specify every key in the WHERE clause.'),
    );
    await engine.pullQuery("SELECT * FROM t WHERE id1 = 'a' AND id2 = 1;", NO_SCAN);
    await engine.close();
  });

  it('refuses LIMIT when ksql.query.pull.limit.clause.enabled is false, and ends refusals with the push hint', async () => {
    const engine = await engineWith(SINGLE);
    await assert.rejects(
      engine.pullQuery('SELECT * FROM t LIMIT 1;', { 'ksql.query.pull.limit.clause.enabled': false }),
      (e: Error) =>
        e.message.startsWith('LIMIT clause in pull queries is currently disabled.') &&
        e.message.endsWith('Add EMIT CHANGES if you intended to issue a push query.'),
    );
    await assert.rejects(engine.pullQuery('SELECT * FROM t JOIN s ON t.id = s.id;'), (e: Error) =>
      e.message.endsWith('\nAdd EMIT CHANGES if you intended to issue a push query.'),
    );
    await engine.close();
  });

  it('marks no column KEY in a pull query on a stream', async () => {
    const engine = await engineWith(SINGLE);
    const res = await engine.pullQuery('SELECT * FROM s;');
    assert.deepEqual(
      res.columns.map((c) => c.key),
      [false, false],
    );
    await engine.close();
  });

  it('cuts a table scan by LIMIT in key order; LIMIT 0 answers nothing; a LIMIT must be an integer', async () => {
    const driver = new MemoryDriver();
    const engine = new SqlEngine({ driver });
    await engine.execute(SINGLE);
    driver.produceSync(
      's',
      ['c', 'a', 'b'].map((id, i) => ({ key: Buffer.from(id), value: Buffer.from('{"V":1}'), timestamp: i })),
    );
    await engine.flush();
    assert.deepEqual((await engine.pullQuery('SELECT id FROM t LIMIT 2;')).rows, [['a'], ['b']]);
    assert.deepEqual((await engine.pullQuery('SELECT id FROM t LIMIT 0;')).rows, []);
    assert.deepEqual((await engine.pullQuery('SELECT id FROM s LIMIT 0;')).rows, []);
    await assert.rejects(engine.pullQuery('SELECT id FROM t LIMIT 2.5;'), (e: Error) =>
      e.message.includes('Failed to prepare statement: Value must be integer for command: LIMIT'),
    );
    await engine.close();
  });

  it("names the WHERE clause after a type error in a table's pull query", async () => {
    const engine = await engineWith(SINGLE);
    await assert.rejects(engine.pullQuery('SELECT * FROM t WHERE id = 11;'), {
      message:
        'Error in WHERE expression: Cannot compare ID (STRING) to 11 (INTEGER) with EQUAL.\nStatement: (ID = 11)',
    });
    await engine.close();
  });
});
