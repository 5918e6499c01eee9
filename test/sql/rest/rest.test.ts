/**
 * ksqlDB's REST API over real HTTP (node's fetch and http) against a live Brook broker, input produced with
 * kafkajs: statements and their entities, error shapes and codes, a push query delivering rows produced after
 * it started (/query and /query-stream), a pull query on a CTAS table, /close-query, /inserts-stream.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:http2';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { type SqlService, startSqlService } from '../../../src/sql/rest';
import { startBroker, type TestBroker } from '../../../src/testing';

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** A streaming POST: resolves with the response's lines as they arrive, and a way to end it. */
function streamLines(url: string, body: unknown, headers: Record<string, string> = {}) {
  const lines: string[] = [];
  let status = 0;
  let ended = false;
  let buffered = '';
  const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
    status = res.statusCode ?? 0;
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      lines.push(...parts);
    });
    res.on('end', () => {
      if (buffered) lines.push(buffered);
      ended = true;
    });
  });
  req.end(JSON.stringify(body));
  const until = async (check: () => boolean, what: string) => {
    const deadline = Date.now() + 20_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(lines)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    lines,
    status: () => status,
    ended: () => ended,
    waitLines: (n: number) => until(() => lines.length >= n, `${n} lines`),
    waitEnd: () => until(() => ended, 'the end of the response'),
    abort: () => req.destroy(),
  };
}

describe('sql REST API (ksqlDB-compatible) on a live broker', function () {
  this.timeout(120_000);
  let broker: TestBroker;
  let service: SqlService;
  let producer: Producer;
  const ksql = (statements: string, streamsProperties: Record<string, unknown> = {}) =>
    post(`${service.url}/ksql`, { ksql: statements, streamsProperties });
  const produce = (topic: string, key: string, value: unknown) =>
    producer.send({ topic, messages: [{ key, value: JSON.stringify(value) }] });

  before(async () => {
    broker = await startBroker();
    service = await startSqlService({ bootstrap: [broker.bootstrap], host: '127.0.0.1', port: 0 });
    producer = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
  });
  after(async () => {
    await producer?.disconnect();
    await service?.stop();
    await broker?.stop();
  });

  it('answers /info, /healthcheck and unknown paths as ksqlDB does', async () => {
    const info = JSON.parse(await (await fetch(`${service.url}/info`)).text());
    assert.equal(info.KsqlServerInfo.serverStatus, 'RUNNING');
    assert.equal(info.KsqlServerInfo.ksqlServiceId, 'default_');
    const health = JSON.parse(await (await fetch(`${service.url}/healthcheck`)).text());
    assert.equal(health.isHealthy, true);
    const missing = await fetch(`${service.url}/nope`);
    assert.equal(missing.status, 404);
    assert.deepEqual(Object.keys(JSON.parse(await missing.text())), ['@type', 'error_code', 'message']);
  });

  it('runs statements and answers with ksqlDB entities', async () => {
    const created = await ksql(
      "CREATE STREAM pageviews (user VARCHAR KEY, page VARCHAR) WITH (kafka_topic='pageviews', value_format='JSON', partitions=1);" +
        'CREATE TABLE views AS SELECT user, COUNT(*) AS n FROM pageviews GROUP BY user;',
    );
    assert.equal(created.status, 200, created.text);
    const [stream, table] = JSON.parse(created.text);
    assert.equal(stream['@type'], 'currentStatus');
    assert.equal(stream.commandStatus.status, 'SUCCESS');
    assert.equal(stream.commandStatus.message, 'Stream created');
    assert.equal(stream.commandId, 'stream/`PAGEVIEWS`/create');
    assert.deepEqual(stream.warnings, []);
    assert.match(table.statementText, /^CREATE TABLE views AS SELECT/);
    assert.equal(table.commandStatus.queryId, 'CTAS_VIEWS_0');
    assert.equal(table.commandStatus.message, 'Created query with ID CTAS_VIEWS_0');

    const shown = JSON.parse(
      (await ksql('SHOW STREAMS; SHOW TABLES; SHOW QUERIES; SHOW TOPICS; DESCRIBE views;')).text,
    );
    assert.deepEqual(
      shown.map((e: { '@type': string }) => e['@type']),
      ['streams', 'tables', 'queries', 'kafka_topics', 'sourceDescription'],
    );
    assert.deepEqual(shown[0].streams, [
      {
        type: 'STREAM',
        name: 'PAGEVIEWS',
        topic: 'pageviews',
        keyFormat: 'KAFKA',
        valueFormat: 'JSON',
        isWindowed: false,
      },
    ]);
    assert.equal(shown[2].queries[0].id, 'CTAS_VIEWS_0');
    assert.ok(shown[3].topics.some((t: { name: string }) => t.name === 'pageviews'));
    assert.deepEqual(shown[4].sourceDescription.fields[0], {
      name: 'USER',
      schema: { type: 'STRING', fields: null, memberSchema: null },
      type: 'KEY',
    });
  });

  it('rejects a bad statement with a statement_error (40001) carrying the entities before it', async () => {
    const res = await ksql("SHOW STREAMS; CREATE STREAM broken (a INT) WITH (kafka_topic='x');");
    assert.equal(res.status, 400);
    const body = JSON.parse(res.text);
    assert.equal(body['@type'], 'statement_error');
    assert.equal(body.error_code, 40001);
    assert.match(body.statementText, /CREATE STREAM broken/);
    assert.equal(body.entities.length, 1);
    assert.ok(body.message.length > 0);

    const syntax = JSON.parse((await ksql('CREATE STREM x;')).text);
    assert.equal(syntax.error_code, 40001);
    const query = JSON.parse((await ksql('SELECT * FROM pageviews EMIT CHANGES;')).text);
    assert.equal(query.error_code, 40002);
    const invalid = await post(`${service.url}/ksql`, {});
    assert.equal(invalid.status, 400);
    assert.equal(JSON.parse(invalid.text).error_code, 40000);
  });

  it('/query: a push query delivers rows produced after it started, then LIMIT ends it', async () => {
    const stream = streamLines(`${service.url}/query`, { ksql: 'SELECT * FROM pageviews EMIT CHANGES LIMIT 2;' });
    await stream.waitLines(1);
    assert.equal(stream.status(), 200);
    assert.deepEqual(JSON.parse(stream.lines[0].slice(1, -1)).header.schema, '`USER` STRING, `PAGE` STRING');
    await produce('pageviews', 'alice', { page: 'home' });
    await produce('pageviews', 'bob', { page: 'cart' });
    await stream.waitEnd();
    assert.equal(stream.lines.at(-1), '{"finalMessage":"Limit Reached"}]');
    const body = JSON.parse(stream.lines.join('\n'));
    assert.deepEqual(body.slice(1), [
      { row: { columns: ['alice', 'home'] } },
      { row: { columns: ['bob', 'cart'] } },
      { finalMessage: 'Limit Reached' },
    ]);
  });

  it("/query: a table's push query marks a deleted row as a tombstone (key set, other columns null)", async () => {
    await ksql(
      "CREATE TABLE users (id STRING PRIMARY KEY, name STRING) WITH (kafka_topic='users', value_format='JSON', partitions=1);",
    );
    const stream = streamLines(`${service.url}/query`, { ksql: 'SELECT * FROM users EMIT CHANGES LIMIT 2;' });
    await stream.waitLines(1);
    await produce('users', 'u1', { name: 'ann' });
    await producer.send({ topic: 'users', messages: [{ key: 'u1', value: null }] });
    await stream.waitEnd();
    assert.deepEqual(JSON.parse(stream.lines.join('\n')).slice(1), [
      { row: { columns: ['u1', 'ann'] } },
      { row: { columns: ['u1', null], tombstone: true } },
      { finalMessage: 'Limit Reached' },
    ]);
  });

  it('/query-stream: metadata then rows (delimited and JSON); /close-query ends a push query', async () => {
    const stream = streamLines(`${service.url}/query-stream`, { sql: 'SELECT page FROM pageviews EMIT CHANGES;' });
    await stream.waitLines(1);
    const meta = JSON.parse(stream.lines[0]);
    assert.deepEqual(meta.columnNames, ['PAGE']);
    assert.deepEqual(meta.columnTypes, ['STRING']);
    await produce('pageviews', 'carol', { page: 'pay' });
    await stream.waitLines(2);
    assert.deepEqual(JSON.parse(stream.lines[1]), ['pay']);
    const closed = await post(`${service.url}/close-query`, { queryId: meta.queryId });
    assert.equal(closed.status, 200);
    await stream.waitEnd();
    // a client leaving ends its push query too
    const leaving = streamLines(`${service.url}/query-stream`, { sql: 'SELECT * FROM pageviews EMIT CHANGES;' });
    await leaving.waitLines(1);
    const leavingId = JSON.parse(leaving.lines[0]).queryId;
    const running = async () =>
      JSON.parse((await ksql('SHOW QUERIES;')).text)[0].queries.map((q: { id: string }) => q.id) as string[];
    assert.ok((await running()).includes(leavingId));
    leaving.abort();
    const deadline = Date.now() + 10_000;
    while ((await running()).includes(leavingId)) {
      assert.ok(Date.now() < deadline, 'the push query outlived its client');
      await new Promise((r) => setTimeout(r, 50));
    }
    const unknown = await post(`${service.url}/close-query`, { queryId: meta.queryId });
    assert.equal(JSON.parse(unknown.text).error_code, 40000);

    const pull = await post(
      `${service.url}/query-stream`,
      { sql: "SELECT * FROM views WHERE user = 'alice';" },
      { accept: 'application/json' },
    );
    assert.equal(pull.type, 'application/json');
    const [header, ...rows] = JSON.parse(pull.text);
    assert.deepEqual(header.columnNames, ['USER', 'N']);
    assert.deepEqual(rows, [['alice', 1]]);
  });

  it('/query: a pull query on a CTAS table is answered at once', async () => {
    const res = await post(`${service.url}/query`, { ksql: 'SELECT * FROM views;' });
    assert.equal(res.status, 200);
    assert.equal(res.type, 'application/vnd.ksql.v1+json', "ksqlDB's media type for this framing");
    const [header, ...rows] = JSON.parse(res.text);
    assert.equal(header.header.schema, '`USER` STRING KEY, `N` BIGINT');
    assert.deepEqual(rows.map((r: { row: { columns: unknown[] } }) => r.row.columns).sort(), [
      ['alice', 1],
      ['bob', 1],
      ['carol', 1],
    ]);
    // /query-stream asked for that media type answers in /query's framing, as ksqlDB's QueryStreamHandler does
    const v1 = await post(
      `${service.url}/query-stream`,
      { sql: 'SELECT * FROM views;' },
      { accept: 'application/vnd.ksql.v1+json' },
    );
    assert.equal(v1.type, 'application/vnd.ksql.v1+json');
    const [v1Header, ...v1Rows] = JSON.parse(v1.text);
    assert.equal(v1Header.header.schema, '`USER` STRING KEY, `N` BIGINT');
    assert.deepEqual(v1Rows.map((r: { row: { columns: unknown[] } }) => r.row.columns).sort(), [
      ['alice', 1],
      ['bob', 1],
      ['carol', 1],
    ]);
    const bad = await post(`${service.url}/query`, { ksql: 'SELECT * FROM nowhere;' });
    assert.equal(bad.status, 400);
    assert.equal(JSON.parse(bad.text)['@type'], 'statement_error');
  });

  it('/inserts-stream: acknowledges each row; the rows reach the topic', async () => {
    const res = await fetch(`${service.url}/inserts-stream`, {
      method: 'POST',
      body: '{"target":"pageviews"}\n{"user":"dave","page":"faq"}\n{"user":"erin","page":7,"nope":1}\n',
    });
    const acks = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(acks[0], { status: 'ok', seq: 0 });
    assert.equal(acks[1].status, 'error');
    assert.equal(acks[1].seq, 1);
    assert.equal(acks[1]['@type'], 'generic_error');
    assert.equal(acks[1].error_code, 40001);
    // the CTAS table counts the inserted row once it went through Kafka
    const deadline = Date.now() + 20_000;
    for (;;) {
      const res = await post(`${service.url}/query`, { ksql: "SELECT * FROM views WHERE user = 'dave';" });
      const pull = JSON.parse(res.text);
      if (pull.length === 2) {
        assert.deepEqual(pull[1], { row: { columns: ['dave', 1] } });
        break;
      }
      assert.ok(Date.now() < deadline, 'the inserted row never reached the CTAS table');
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  it('/query-stream over HTTP/2 (prior knowledge, as ksqlDB clients): a push query delivers new rows', async () => {
    const client = connect(service.url);
    try {
      const req = client.request({ ':method': 'POST', ':path': '/query-stream', 'content-type': 'application/json' });
      req.end(JSON.stringify({ sql: 'SELECT * FROM pageviews EMIT CHANGES LIMIT 1;' }));
      let status = 0;
      req.on('response', (headers) => {
        status = Number(headers[':status']);
      });
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        text += chunk;
      });
      const ended = new Promise((done) => req.on('end', done));
      const deadline = Date.now() + 20_000;
      while (!text.includes('\n')) {
        assert.ok(Date.now() < deadline, 'no metadata line over HTTP/2');
        await new Promise((r) => setTimeout(r, 50));
      }
      await produce('pageviews', 'hana', { page: 'h2' });
      await ended;
      assert.equal(status, 200);
      const [meta, row] = text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.deepEqual(meta.columnNames, ['USER', 'PAGE']);
      assert.deepEqual(row, ['hana', 'h2']);
    } finally {
      client.close();
    }
  });
  it('/query: a push query keeps the projection order, the key of a SELECT * in its place', async () => {
    const stream = streamLines(`${service.url}/query`, {
      ksql: 'SELECT ROWOFFSET AS o, *, page AS p FROM pageviews EMIT CHANGES LIMIT 1;',
    });
    await stream.waitLines(1);
    assert.equal(
      JSON.parse(stream.lines[0].slice(1, -1)).header.schema,
      '`O` BIGINT, `USER` STRING, `PAGE` STRING, `P` STRING',
    );
    await produce('pageviews', 'alice', { page: 'faq' });
    await stream.waitEnd();
    const rows = JSON.parse(stream.lines.join('\n')).filter((i: { row?: unknown }) => i.row);
    assert.deepEqual(rows[0].row.columns.slice(1), ['alice', 'faq', 'faq']);
  });
});
