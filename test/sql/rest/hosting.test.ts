/**
 * Where the SQL processor runs: beside the broker in `brook serve` (the `sql` companion: --sql-listeners,
 * --no-sql, its wing loaded only on the first request) and alone as `brook sql-server --bootstrap`. These
 * start the compiled CLI (bin/brook.js; `npm run build` first) and talk to it over HTTP only.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KafkaDriver } from '../../../src/sql/io/kafka';
import { startBroker, type TestBroker } from '../../../src/testing';
import { ROOT, type ServeProcess, serve } from '../../broker/brook-process';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor<T>(probe: () => Promise<T>, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${what}: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function stopProcess(child: ChildProcess | undefined, exit?: Promise<unknown>): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const ended = exit ?? new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await ended;
}

const statements = (url: string, ksql: string) =>
  fetch(`${url}/ksql`, { method: 'POST', body: JSON.stringify({ ksql, streamsProperties: {} }) }).then(async (r) => ({
    status: r.status,
    body: JSON.parse(await r.text()),
  }));

describe('sql REST hosting: brook serve companion and brook sql-server', function () {
  this.timeout(120_000);

  it('brook serve --sql-listeners serves the REST API beside the broker; --no-sql opens nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'brook-sql-'));
    const sqlPort = await freePort();
    let broker: ServeProcess | undefined;
    try {
      broker = serve(['--port', '0', '--data-dir', dataDir, '--sql-listeners', `http://127.0.0.1:${sqlPort}`]);
      await broker.ready;
      const url = `http://127.0.0.1:${sqlPort}`;
      const info = await waitFor(() => fetch(`${url}/info`).then((r) => r.json()), 'GET /info');
      assert.equal((info as { KsqlServerInfo: { serverStatus: string } }).KsqlServerInfo.serverStatus, 'RUNNING');
      const created = await statements(
        url,
        "CREATE STREAM s (id INT KEY, v INT) WITH (kafka_topic='s', value_format='JSON', partitions=1);",
      );
      assert.equal(created.status, 200, JSON.stringify(created.body));
      assert.equal(created.body[0].commandStatus.message, 'Stream created');
      await stopProcess(broker.child, broker.exit);
      assert.equal(await broker.exit, 0, broker.output());

      broker = serve(['--port', '0', '--data-dir', dataDir, '--no-sql', '--sql-listeners', 'http://127.0.0.1:1']);
      assert.equal(await broker.exit, 1);
      assert.match(broker.output(), /--no-sql cannot be combined with --sql-listeners/);

      // --no-sql wins over the config file's sql.listeners
      const configFile = join(dataDir, 'server.properties');
      writeFileSync(configFile, `sql.listeners=http://127.0.0.1:${sqlPort}\n`);
      broker = serve(['--port', '0', '--data-dir', dataDir, '--config', configFile, '--no-sql']);
      await broker.ready;
      await assert.rejects(fetch(`${url}/info`));
    } finally {
      await stopProcess(broker?.child, broker?.exit);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('after a restart, brook serve resumes persistent queries from the command topic without a request', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'brook-sql-'));
    const sqlPort = await freePort();
    const kafkaPort = await freePort();
    const args = ['--port', String(kafkaPort), '--data-dir', dataDir, '--sql-listeners', `http://127.0.0.1:${sqlPort}`];
    let broker: ServeProcess | undefined;
    const driver = new KafkaDriver({ brokers: [`127.0.0.1:${kafkaPort}`] });
    try {
      broker = serve(args);
      await broker.ready;
      const url = `http://127.0.0.1:${sqlPort}`;
      const created = await waitFor(
        () =>
          statements(
            url,
            "CREATE STREAM src (id INT KEY, v INT) WITH (kafka_topic='src', value_format='JSON', partitions=1);" +
              "CREATE STREAM doubled WITH (kafka_topic='doubled') AS SELECT id, v * 2 AS d FROM src;",
          ),
        'CREATE',
      );
      assert.equal(created.status, 200, JSON.stringify(created.body));
      await stopProcess(broker.child, broker.exit);

      broker = serve(args);
      await broker.ready;
      // no HTTP request from here: the companion replays the command topic by itself
      await driver.produce('src', [{ key: Buffer.from([0, 0, 0, 1]), value: Buffer.from('{"V":21}') }]);
      const out = await waitFor(async () => {
        const records = await driver.readAll('doubled');
        assert.equal(records.length, 1);
        return records;
      }, 'the resumed query writing doubled');
      assert.deepEqual(JSON.parse(out[0]!.value!.toString()), { D: 42 });
    } finally {
      await driver.close();
      await stopProcess(broker?.child, broker?.exit);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('the companion binds at start but loads nothing of src/sql but its listener before its first request', () => {
    const script = `
      const { startBroker } = require('./src/testing');
      const { loadBrokerConfig } = require('./src/config');
      const { startCompanions } = require('./src/cli/companions');
      const { createLogger } = require('./src/log');
      const sqlLoaded = () => Object.keys(require.cache).filter((f) => f.replaceAll('\\\\', '/').includes('/src/sql/')).length;
      (async () => {
        const broker = await startBroker();
        const config = loadBrokerConfig({ flags: [['sql.listeners', 'http://127.0.0.1:0']] });
        const stop = await startCompanions({ config, bootstrap: broker.bootstrap, log: createLogger({ level: 'error' }) });
        const before = sqlLoaded();
        await stop();
        await broker.stop();
        process.stdout.write(JSON.stringify({ before }));
      })();
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), { before: 0 });
  });

  it('brook sql-server --bootstrap runs it alone against a broker', async () => {
    let broker: TestBroker | undefined;
    let child: ChildProcess | undefined;
    try {
      broker = await startBroker();
      const port = await freePort();
      child = spawn(
        process.execPath,
        [
          join(ROOT, 'bin', 'brook.js'),
          'sql-server',
          '--bootstrap',
          broker.bootstrap,
          '--listeners',
          `http://127.0.0.1:${port}`,
        ],
        { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      child.stdout!.on('data', (c) => (out += c));
      child.stderr!.on('data', (c) => (out += c));
      await waitFor(async () => assert.match(out, /SQL processor ready: http:\/\/127\.0\.0\.1:\d+/), 'ready line');
      const url = `http://127.0.0.1:${port}`;
      const shown = await statements(url, 'SHOW STREAMS;');
      assert.deepEqual(shown.body[0]['@type'], 'streams');
      const exit = new Promise<number | null>((done) => child!.once('exit', (code) => done(code)));
      child.kill('SIGTERM');
      assert.equal(await exit, 0, out);
    } finally {
      await stopProcess(child);
      await broker?.stop();
    }
  });
});
