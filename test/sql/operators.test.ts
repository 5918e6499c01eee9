import assert from 'node:assert/strict';
import { SqlEngine } from '../../src/sql/engine/engine';
import { MemoryDriver } from '../../src/sql/io/memory';
import { deserializeWindowedKey } from '../../src/sql/serde/formats';

const json = (v: unknown) => Buffer.from(JSON.stringify(v));
const str = (s: string) => Buffer.from(s);

async function engineWith(sql: string) {
  const driver = new MemoryDriver();
  const engine = new SqlEngine({ driver });
  await engine.execute(sql);
  return { driver, engine };
}

function windowed(driver: MemoryDriver, topic: string, type: 'time' | 'session', size = 0) {
  return driver.records(topic).map((r) => {
    const k = deserializeWindowedKey(r.key!, type, size);
    return {
      key: k.key?.toString(),
      window: [k.start, k.end],
      value: r.value === null ? null : JSON.parse(r.value.toString()),
    };
  });
}

describe('sql operators', () => {
  it('hopping windows put a record in every window that covers it', async () => {
    const { driver, engine } = await engineWith(`
      CREATE STREAM s (k STRING KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);
      CREATE TABLE o AS SELECT k, SUM(v) AS total FROM s WINDOW HOPPING (SIZE 10 SECONDS, ADVANCE BY 5 SECONDS) GROUP BY k;`);
    driver.produceSync('s', [
      { key: str('a'), value: json({ V: 1 }), timestamp: 7000 },
      { key: str('a'), value: json({ V: 2 }), timestamp: 12000 },
    ]);
    assert.deepEqual(windowed(driver, 'O', 'time', 10000), [
      { key: 'a', window: [0, 10000], value: { TOTAL: 1 } },
      { key: 'a', window: [5000, 15000], value: { TOTAL: 1 } },
      { key: 'a', window: [5000, 15000], value: { TOTAL: 3 } },
      { key: 'a', window: [10000, 20000], value: { TOTAL: 2 } },
    ]);
    await engine.close();
  });

  it('session windows merge and retract the merged sessions', async () => {
    const { driver, engine } = await engineWith(`
      CREATE STREAM s (k STRING KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);
      CREATE TABLE o AS SELECT k, COUNT(*) AS n FROM s WINDOW SESSION (5 SECONDS) GROUP BY k;`);
    driver.produceSync('s', [
      { key: str('a'), value: json({ V: 1 }), timestamp: 1000 },
      { key: str('a'), value: json({ V: 1 }), timestamp: 9000 },
      { key: str('a'), value: json({ V: 1 }), timestamp: 5000 },
    ]);
    assert.deepEqual(windowed(driver, 'O', 'session'), [
      { key: 'a', window: [1000, 1000], value: { N: 1 } },
      { key: 'a', window: [9000, 9000], value: { N: 1 } },
      { key: 'a', window: [1000, 1000], value: null },
      { key: 'a', window: [9000, 9000], value: null },
      { key: 'a', window: [1000, 9000], value: { N: 3 } },
    ]);
    await engine.close();
  });

  it('drops records later than the grace period', async () => {
    const { driver, engine } = await engineWith(`
      CREATE STREAM s (k STRING KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);
      CREATE TABLE o AS SELECT k, COUNT(*) AS n FROM s WINDOW TUMBLING (SIZE 10 SECONDS, GRACE PERIOD 1 SECOND) GROUP BY k;`);
    driver.produceSync('s', [
      { key: str('a'), value: json({ V: 1 }), timestamp: 1000 },
      { key: str('a'), value: json({ V: 1 }), timestamp: 10500 },
      { key: str('a'), value: json({ V: 1 }), timestamp: 2000 }, // window [0,10s) closes at 11s: still open
      { key: str('a'), value: json({ V: 1 }), timestamp: 12000 },
      { key: str('a'), value: json({ V: 1 }), timestamp: 3000 }, // too late
    ]);
    assert.deepEqual(
      windowed(driver, 'O', 'time', 10000).map((r) => [r.window[0], r.value.N]),
      [
        [0, 1],
        [10000, 1],
        [0, 2],
        [10000, 2],
      ],
    );
    await engine.close();
  });

  it('table aggregations undo the previous row of a key', async () => {
    const { driver, engine } = await engineWith(`
      CREATE TABLE users (id STRING PRIMARY KEY, region STRING) WITH (kafka_topic='users', value_format='JSON', partitions=1);
      CREATE TABLE per_region AS SELECT region, COUNT(*) AS n FROM users GROUP BY region;`);
    driver.produceSync('users', [
      { key: str('u1'), value: json({ REGION: 'eu' }), timestamp: 1 },
      { key: str('u2'), value: json({ REGION: 'eu' }), timestamp: 2 },
      { key: str('u1'), value: json({ REGION: 'us' }), timestamp: 3 },
      { key: str('u2'), value: null, timestamp: 4 },
    ]);
    assert.deepEqual(
      driver.records('PER_REGION').map((r) => [r.key!.toString(), JSON.parse(r.value!.toString()).N]),
      [
        ['eu', 1],
        ['eu', 2],
        ['eu', 1],
        ['us', 1],
        ['eu', 0],
      ],
    );
    await engine.close();
  });

  it('stream-stream left joins emit the outer result eagerly, or when the window closes with a grace period', async () => {
    for (const [grace, expected] of [
      [
        '',
        [
          { L: 'x', R: null },
          { L: 'x', R: 'y' },
        ],
      ],
      [
        ' GRACE PERIOD 1 SECOND',
        [
          { L: 'x', R: 'y' },
          { L: 'z', R: null },
        ],
      ],
    ] as const) {
      const { driver, engine } = await engineWith(`
        CREATE STREAM l (k STRING KEY, l STRING) WITH (kafka_topic='l', value_format='JSON', partitions=1);
        CREATE STREAM r (k STRING KEY, r STRING) WITH (kafka_topic='r', value_format='JSON', partitions=1);
        CREATE STREAM o AS SELECT l.k AS k, l, r FROM l LEFT JOIN r WITHIN 5 SECONDS${grace} ON l.k = r.k;`);
      driver.produceSync('l', [{ key: str('a'), value: json({ L: 'x' }), timestamp: 1000 }]);
      driver.produceSync('r', [{ key: str('a'), value: json({ R: 'y' }), timestamp: 2000 }]);
      driver.produceSync('l', [{ key: str('b'), value: json({ L: 'z' }), timestamp: 3000 }]);
      // advances stream time past b's window (3s + 5s + 1s grace)
      driver.produceSync('l', [{ key: str('c'), value: json({ L: 'w' }), timestamp: 20000 }]);
      const out = driver.records('O').map((rec) => JSON.parse(rec.value!.toString()));
      assert.deepEqual(out.slice(0, 2), expected, `grace='${grace}'`);
      await engine.close();
    }
  });

  it('table-table joins emit tombstones only for keys that had a result', async () => {
    const { driver, engine } = await engineWith(`
      CREATE TABLE a (id STRING PRIMARY KEY, x INT) WITH (kafka_topic='a', value_format='JSON', partitions=1);
      CREATE TABLE b (id STRING PRIMARY KEY, y INT) WITH (kafka_topic='b', value_format='JSON', partitions=1);
      CREATE TABLE o AS SELECT a.id AS id, x, y FROM a JOIN b ON a.id = b.id;`);
    driver.produceSync('a', [{ key: str('k'), value: json({ X: 1 }), timestamp: 1 }]);
    driver.produceSync('b', [{ key: str('k'), value: json({ Y: 2 }), timestamp: 2 }]);
    driver.produceSync('a', [{ key: str('k'), value: null, timestamp: 3 }]);
    driver.produceSync('b', [{ key: str('k'), value: null, timestamp: 4 }]);
    assert.deepEqual(
      driver.records('O').map((r) => (r.value === null ? null : JSON.parse(r.value.toString()))),
      [{ X: 1, Y: 2 }, null],
    );
    await engine.close();
  });
});
