/**
 * `brook/sql`, the package's export of the SQL processor, used the way a library user would: imported by the
 * package's name (through package.json's exports, from the build: `npm run build` first), an engine over the
 * in-memory driver running a persistent query, ksqlDB's function library included.
 */
import assert from 'node:assert/strict';
import { builtinRegistry, MemoryDriver, SqlEngine } from 'brook/sql';

describe('brook/sql: the engine as a library', () => {
  it('runs a persistent query over the in-memory driver, imported by the package name', async () => {
    const driver = new MemoryDriver();
    const engine = new SqlEngine({ driver, functions: builtinRegistry() });
    await engine.execute(`
      CREATE STREAM payments (id STRING KEY, amount DOUBLE) WITH (kafka_topic='payments', value_format='JSON', partitions=1);
      CREATE STREAM large AS SELECT id, ROUND(amount) AS rounded FROM payments WHERE amount > 100;`);
    driver.produceSync('payments', [
      { key: Buffer.from('a'), value: Buffer.from('{"AMOUNT": 250.4}'), timestamp: 1 },
      { key: Buffer.from('b'), value: Buffer.from('{"AMOUNT": 20}'), timestamp: 2 },
    ]);
    const out = driver.records('LARGE').map((r) => [r.key?.toString(), JSON.parse(r.value!.toString())]);
    assert.deepEqual(out, [['a', { ROUNDED: 250 }]]);
    await engine.close();
  });
});
