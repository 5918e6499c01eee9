/**
 * `brook sql` as a process (piped stdin for interactive mode, -e and -f) against a live broker and the SQL REST
 * server in this process; input produced with kafkajs. Then headless mode: a queries file run at start, no
 * REST API, and a restart of the same file resuming its query without doubling its output.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { startCompanions } from '../../../src/cli/companions';
import { loadBrokerConfig } from '../../../src/config';
import { createLogger } from '../../../src/log';
import { KafkaDriver } from '../../../src/sql/io/kafka';
import { type SqlService, startSqlService } from '../../../src/sql/rest';
import { classify, splitStatements } from '../../../src/cli/sql-shell/statements';
import { type HeadlessService, startHeadless } from '../../../src/sql/rest/headless';
import { formatRowtime, parsePrint } from '../../../src/sql/rest/print';
import { startBroker, type TestBroker } from '../../../src/testing';
import { brookProcess, until } from '../../cli/helpers';

describe('brook sql: statements as the CLI reads them', () => {
  it("splits on ';' outside quotes and comments; keeps the unfinished rest; knows its own commands", () => {
    const { statements, rest } = splitStatements(
      "SELECT 'a;b' AS x FROM s; -- a comment; still one\nINSERT INTO s VALUES (1); /* x; */ SHOW\n  STREAMS",
    );
    assert.deepEqual(statements, ["SELECT 'a;b' AS x FROM s", 'INSERT INTO s VALUES (1)']);
    assert.equal(rest, ' /* x; */ SHOW\n  STREAMS');
    assert.deepEqual(splitStatements('-- only a comment\n'), { statements: [], rest: '' });
    assert.deepEqual(classify("SET 'auto.offset.reset' = 'earliest'"), {
      k: 'set',
      name: 'auto.offset.reset',
      value: 'earliest',
    });
    assert.deepEqual(classify("unset 'x'"), { k: 'unset', name: 'x' });
    assert.deepEqual(classify("RUN SCRIPT '/tmp/it''s.sql'"), { k: 'runScript', file: "/tmp/it's.sql" });
    assert.equal(classify('print t from beginning').k, 'print');
    assert.equal(classify('SHOW STREAMS').k, 'ksql');
  });

  it('PRINT parses as ksqlDB reads it: the name keeps its case, FROM BEGINNING, INTERVAL/SAMPLE, LIMIT', () => {
    assert.deepEqual(parsePrint("PRINT 'Orders' FROM BEGINNING INTERVAL 2 LIMIT 5;"), {
      topic: 'Orders',
      fromBeginning: true,
      interval: 2,
      limit: 5,
    });
    assert.deepEqual(parsePrint('print myTopic sample 3'), {
      topic: 'myTopic',
      fromBeginning: false,
      interval: 3,
      limit: undefined,
    });
    assert.equal(parsePrint('SELECT 1'), null);
    assert.throws(() => parsePrint('PRINT t INTERVAL 0;'), /INTERVAL must be greater than one, but was: 0/);
    assert.equal(formatRowtime(Date.UTC(2026, 11, 4, 9, 5, 7, 42)), '2026/12/04 09:05:07.042 Z');
  });
});

describe('brook sql (the CLI) and headless mode on a live broker', function () {
  this.timeout(120_000);
  let broker: TestBroker;
  let service: SqlService;
  let producer: Producer;
  let home: string;
  const sql = (args: string[], input?: string | null) =>
    brookProcess(['sql', '--server', service.url, ...args], input, { HOME: home });

  before(async () => {
    home = mkdtempSync(join(tmpdir(), 'brook-sql-cli-'));
    broker = await startBroker();
    service = await startSqlService({ bootstrap: [broker.bootstrap], host: '127.0.0.1', port: 0 });
    producer = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
  });
  after(async () => {
    await producer?.disconnect();
    await service?.stop();
    await broker?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('-f runs a script: statements, their entities as tables, exit 0', async () => {
    const file = join(home, 'setup.sql');
    writeFileSync(
      file,
      [
        '-- a stream, a table over it, and rows',
        "CREATE STREAM orders (id VARCHAR KEY, amount INT) WITH (kafka_topic='orders', value_format='JSON', partitions=1);",
        'CREATE TABLE totals AS',
        '  SELECT id, SUM(amount) AS total FROM orders GROUP BY id;',
        "INSERT INTO orders (id, amount) VALUES ('a', 5); INSERT INTO orders (id, amount) VALUES ('b', 7);",
        'SHOW STREAMS;',
        'DESCRIBE totals;',
      ].join('\n'),
    );
    const run = await sql(['-f', file]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^ Message +\n-+\n Stream created +\n-+$/m);
    assert.match(run.stdout, /Created query with ID CTAS_TOTALS_\d+/);
    assert.match(run.stdout, / Stream Name \| Kafka Topic \| Key Format \| Value Format \| Windowed /);
    assert.match(run.stdout, / ORDERS +\| orders +\| KAFKA +\| JSON +\| false +/);
    assert.match(
      run.stdout,
      /^Name {17}: TOTALS\n Field +\| Type +\n-+\n ID +\| STRING {11}\(primary key\) \n TOTAL +\| INTEGER +\n/m,
    );
  });

  it('-e: a failing statement exits 1 with the server message; --output json; an unreachable server exits 2', async () => {
    const failed = await sql([
      '-e',
      "SHOW STREAMS; CREATE STREAM nope (a INT) WITH (kafka_topic='nope'); SHOW TABLES;",
    ]);
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /value_format|VALUE_FORMAT|format/i);
    assert.doesNotMatch(failed.stdout, /Table Name/, '-e stops at the first failing statement');

    // RUN SCRIPT runs a file's statements; --output json prints each answer as one JSON document
    writeFileSync(join(home, 'show.sql'), 'SHOW TABLES;');
    const json = await sql(['-e', `RUN SCRIPT '${join(home, 'show.sql')}';`, '--output', 'json']);
    assert.equal(json.code, 0, json.stderr);
    assert.equal(JSON.parse(json.stdout)[0].tables[0].name, 'TOTALS');

    const down = await brookProcess(['sql', '--server', 'http://127.0.0.1:1', '-e', 'SHOW STREAMS;'], '', {
      HOME: home,
    });
    assert.equal(down.code, 2);
    assert.match(down.stderr, /Remote server at http:\/\/127\.0\.0\.1:1 does not appear to be a valid KSQL server/);
  });

  it('interactive on piped stdin: SET, a push query Ctrl-C ends, a pull query, PRINT, UNSET, history', async () => {
    const cli = sql([], null);
    try {
      cli.write("SET 'auto.offset.reset'='earliest';\nSELECT id, amount\n  FROM orders EMIT CHANGES;\n");
      await until('the push query rows', () => /\|b +\|7 +\|/.test(cli.output()), 20_000);
      assert.match(cli.output(), /Successfully changed local property 'auto.offset.reset' to 'earliest'/);
      assert.match(cli.output(), /\+-+\+-+\+\n\|ID +\|AMOUNT +\|\n\+-+\+-+\+\n\|a +\|5 +\|/);
      // a row produced by a real client while the query runs
      await producer.send({ topic: 'orders', messages: [{ key: 'c', value: '{"amount":9}' }] });
      await until('the produced row', () => /\|c +\|9 +\|/.test(cli.output()), 20_000);
      cli.kill('SIGINT');
      await until('the query to end', () => cli.output().includes('Query terminated'));
      // the CLI closed it on the server (/close-query), not only its own side
      await until('the server to end the push query', () =>
        [...service.engine.queries.keys()].every((id) => !id.startsWith('transient_')),
      );
      cli.write("SELECT * FROM totals WHERE id = 'b';\n");
      cli.write("PRINT 'orders' FROM BEGINNING LIMIT 2;\n");
      cli.write("UNSET 'auto.offset.reset';\nUNSET 'auto.offset.reset';\nEXIT;\n");
    } catch (error) {
      cli.kill('SIGKILL'); // a failed wait leaves it reading stdin: the test run would never end
      throw error;
    }
    const run = await cli;
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /\|ID +\|TOTAL +\|\n\+-+\+-+\+\n\|b +\|7 +\|/);
    assert.match(run.stdout, /Key format: KAFKA_STRING\nValue format: JSON or KAFKA_STRING\n/, run.stderr);
    assert.match(
      run.stdout,
      /rowtime: \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{3} Z, key: a, value: \{"AMOUNT":5\}, partition: 0\n/,
    );
    assert.match(run.stdout, /partition: 0\nTopic printing ceased/);
    assert.equal(run.stdout.match(/rowtime:/g)?.length, 2, 'LIMIT 2');
    assert.match(run.stdout, /Successfully unset local property 'auto.offset.reset' \(value was 'earliest'\)/);
    assert.match(run.stderr, /Cannot unset local property 'auto.offset.reset' which was never set in the first place/);
    const history = readFileSync(join(home, '.brook_sql_history'), 'utf8');
    assert.match(history, /^PRINT 'orders' FROM BEGINNING LIMIT 2;$/m);
  });

  it('PRINT is a /query statement: /ksql refuses it (40002), an unknown topic is named', async () => {
    const res = await fetch(`${service.url}/ksql`, { method: 'POST', body: JSON.stringify({ ksql: 'PRINT orders;' }) });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error_code: number }).error_code, 40002);
    const run = await sql(['-e', 'PRINT Nope;']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Could not find topic 'Nope', or the KSQL user does not have permissions/);
  });

  it('headless: runs the queries file, refuses what StandaloneExecutor refuses, resumes without duplicates on restart', async () => {
    const file = join(home, 'queries.sql');
    writeFileSync(
      file,
      "SET 'auto.offset.reset'='earliest';\n" +
        "CREATE STREAM raw (id VARCHAR KEY, v INT) WITH (kafka_topic='raw', value_format='JSON', partitions=1);\n" +
        "CREATE STREAM big WITH (kafka_topic='big') AS SELECT id, v FROM raw WHERE v > 10;\n",
    );
    const send = (id: string, v: number) =>
      producer.send({ topic: 'raw', messages: [{ key: id, value: `{"V":${v}}` }] });
    const reader = new KafkaDriver({ brokers: [broker.bootstrap] });
    const output = async () => (await reader.readAll('big')).map((r) => r.key?.toString()).sort();
    let headless: HeadlessService | undefined;
    try {
      headless = await startHeadless({ bootstrap: [broker.bootstrap], queriesFile: file, serviceId: 'headless_' });
      assert.deepEqual(headless.queries, ['CSAS_BIG_0']);
      await send('x', 20);
      await send('y', 1);
      await until('the first output', async () => (await output()).length === 1, 20_000);
      await headless.stop();
      headless = undefined;
      headless = await startHeadless({ bootstrap: [broker.bootstrap], queriesFile: file, serviceId: 'headless_' });
      await send('z', 30);
      // one input partition read in order: had the query started over, x again would come out before z
      await until('the output after the restart', async () => (await output()).includes('z'), 20_000);
      assert.deepEqual(await output(), ['x', 'z']);
    } finally {
      await headless?.stop();
      await reader.close();
    }

    writeFileSync(file, 'SHOW STREAMS;\n');
    await assert.rejects(
      startHeadless({ bootstrap: [broker.bootstrap], queriesFile: file }),
      /^Error: Unsupported statement. Only the following statements are supporting in standalone mode:\nCREAETE STREAM AS SELECT\nCREATE STREAM\n[\s\S]*\nStatement: SHOW STREAMS;$/,
    );
    await assert.rejects(
      startHeadless({ bootstrap: [broker.bootstrap], queriesFile: join(home, 'missing.sql') }),
      /Could not read the query file: .*missing\.sql/,
    );
  });

  it("brook serve's SQL companion with ksql.queries.file runs it headless and opens no listener", async () => {
    const file = join(home, 'companion.sql');
    writeFileSync(
      file,
      "CREATE STREAM twin (v INT) WITH (kafka_topic='twin', value_format='JSON', partitions=1);\n" +
        'CREATE STREAM twin_out AS SELECT v FROM twin;\n',
    );
    const config = loadBrokerConfig({
      flags: [
        ['sql.listeners', 'http://127.0.0.1:18090'],
        ['ksql.queries.file', file],
      ],
    });
    const stop = await startCompanions({ config, bootstrap: broker.bootstrap, log: createLogger({ level: 'error' }) });
    const reader = new KafkaDriver({ brokers: [broker.bootstrap] });
    try {
      await assert.rejects(fetch('http://127.0.0.1:18090/info'), /fetch failed/);
      await producer.send({ topic: 'twin', messages: [{ value: '{"V":1}' }] });
      await until('the companion query output', async () => (await reader.readAll('TWIN_OUT')).length === 1, 20_000);
    } finally {
      await reader.close();
      await stop();
    }
  });

  it('brook sql-server --queries-file serves no REST API (ksqlDB: interactive mode is disabled)', async () => {
    const file = join(home, 'one.sql');
    writeFileSync(file, "CREATE STREAM solo (v INT) WITH (kafka_topic='solo', value_format='JSON', partitions=1);\n");
    const server = brookProcess(
      ['sql-server', '--bootstrap', broker.bootstrap, '--listeners', 'http://127.0.0.1:18089', '--queries-file', file],
      null,
    );
    try {
      await until('the welcome line', () => server.output().includes('Interactive mode is disabled'), 30_000);
      assert.match(server.output(), new RegExp(`started with query file ${file}\\. Interactive mode is disabled\\.`));
      await assert.rejects(fetch('http://127.0.0.1:18089/info'), /fetch failed/);
    } finally {
      server.kill('SIGTERM');
      assert.equal((await server).code, 0);
    }
  });
});
