/**
 * Definitions survive a restart of the SQL server: statements go to the command topic and are replayed at
 * start; the CTAS query resumes from its stored offsets (no row counted twice) and answers pull queries as
 * before. Real HTTP, a live broker, input produced with kafkajs.
 */
import assert from 'node:assert/strict';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { type SqlService, startSqlService } from '../../../src/sql/rest';
import { startBroker, type TestBroker } from '../../../src/testing';

const post = async (url: string, body: unknown) => {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
  return { status: res.status, body: JSON.parse(await res.text()) };
};

describe('sql REST: definitions survive a restart (command topic)', function () {
  this.timeout(120_000);
  let broker: TestBroker;
  let service: SqlService | undefined;
  let producer: Producer;
  const start = async () => {
    service = await startSqlService({ bootstrap: [broker.bootstrap], host: '127.0.0.1', port: 0 });
    return service.url;
  };
  const counts = async (url: string, want: number) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { body } = await post(`${url}/query`, { ksql: 'SELECT * FROM totals;' });
      const rows = body.slice(1).map((r: { row: { columns: unknown[] } }) => r.row.columns);
      const total = rows.reduce((a: number, r: unknown[]) => a + Number(r[1]), 0);
      if (total >= want || Date.now() > deadline) return rows.sort();
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  before(async () => {
    broker = await startBroker();
    producer = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
  });
  after(async () => {
    await producer?.disconnect();
    await service?.stop();
    await broker?.stop();
  });

  it('replays streams, tables, types and queries; the query resumes where it was', async () => {
    let url = await start();
    const created = await post(`${url}/ksql`, {
      ksql:
        "CREATE STREAM clicks (user VARCHAR KEY, n INT) WITH (kafka_topic='clicks', value_format='JSON', partitions=1);" +
        'CREATE TABLE totals AS SELECT user, COUNT(*) AS c FROM clicks GROUP BY user;' +
        'CREATE TYPE point AS STRUCT<x INT, y INT>;' +
        "CREATE STREAM gone (a INT) WITH (kafka_topic='gone', value_format='JSON', partitions=1);" +
        'DROP STREAM gone;',
      streamsProperties: { 'ksql.streams.auto.offset.reset': 'earliest' },
    });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    const send = (user: string) => producer.send({ topic: 'clicks', messages: [{ key: user, value: '{"n":1}' }] });
    await send('ann');
    await send('bob');
    await send('ann');
    assert.deepEqual(await counts(url, 3), [
      ['ann', 2],
      ['bob', 1],
    ]);
    await service!.stop();
    service = undefined;

    url = await start();
    const shown = await post(`${url}/ksql`, { ksql: 'SHOW STREAMS; SHOW TABLES; SHOW QUERIES; SHOW TYPES;' });
    assert.deepEqual(
      shown.body[0].streams.map((s: { name: string }) => s.name),
      ['CLICKS'],
    );
    assert.deepEqual(
      shown.body[1].tables.map((s: { name: string }) => s.name),
      ['TOTALS'],
    );
    assert.deepEqual(
      shown.body[2].queries.map((q: { id: string }) => q.id),
      ['CTAS_TOTALS_0'],
    );
    assert.deepEqual(Object.keys(shown.body[3].types), ['POINT']);
    assert.deepEqual(await counts(url, 3), [
      ['ann', 2],
      ['bob', 1],
    ]);
    // the resumed query counts only what is new
    await send('bob');
    assert.deepEqual(await counts(url, 4), [
      ['ann', 2],
      ['bob', 2],
    ]);

    // TERMINATE is kept too: after another restart no query runs
    const terminated = await post(`${url}/ksql`, { ksql: 'TERMINATE CTAS_TOTALS_0;' });
    assert.equal(terminated.status, 200, JSON.stringify(terminated.body));
    await service!.stop();
    service = undefined;
    url = await start();
    const queries = await post(`${url}/ksql`, { ksql: 'SHOW QUERIES;' });
    assert.deepEqual(queries.body[0].queries, []);
  });
});
