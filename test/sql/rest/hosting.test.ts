/**
 * Where the SQL processor runs: beside the broker in `brook serve` (the `sql` companion: --sql-listeners,
 * --no-sql, its wing loaded only on the first request) and alone as `brook sql-server --bootstrap`. These
 * start the compiled CLI (bin/brook.js; `npm run build` first) and talk to it over HTTP only.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KafkaDriver } from '../../../src/sql/io/kafka';
import { startBroker, type TestBroker } from '../../../src/testing';
import { ROOT, type ServeProcess, serve } from '../../broker/brook-process';
import { hasOpenssl, makeTestCerts } from '../../../compat-tests/lib/test-certs';
import { request as httpsRequest } from 'node:https';
import { freePort } from '../../../src/cluster/free-port';

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
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const ended = exit ?? new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  // a process that does not stop on SIGTERM must not outlive the test
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await ended;
  clearTimeout(killer);
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
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
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

  it('brook sql-server --config serves https with basic auth from a JAAS file (ksqlDB authentication.method=BASIC)', async function () {
    if (!hasOpenssl()) {
      console.log('      (openssl is not on this machine: no test certificates; skipped)');
      this.skip();
    }
    const certs = makeTestCerts();
    let broker: TestBroker | undefined;
    let child: ChildProcess | undefined;
    try {
      broker = await startBroker();
      const port = await freePort();
      const passwords = join(certs.dir, 'password-file');
      // Jetty's PropertyUserStore lines: user: password,roles (fred's password is MD5:-hashed: "fred-pw").
      writeFileSync(
        passwords,
        'ann: ann-pw,admin\nfred: MD5:7b6f3c90edf0d32dc50b3f123c916de1,user\nguest: guest-pw,nobody\n',
      );
      const jaas = join(certs.dir, 'jaas_config.file');
      writeFileSync(
        jaas,
        `KsqlServer-Props {\n  org.eclipse.jetty.jaas.spi.PropertyFileLoginModule required\n  file="${passwords}"\n  debug="false";\n};\n`,
      );
      const config = join(certs.dir, 'ksql-server.properties');
      writeFileSync(
        config,
        [
          `listeners=https://127.0.0.1:${port}`,
          `bootstrap.servers=${broker.bootstrap}`,
          'ssl.keystore.type=PKCS12',
          `ssl.keystore.location=${certs.serverP12File}`,
          `ssl.keystore.password=${certs.password}`,
          'authentication.method=BASIC',
          'authentication.realm=KsqlServer-Props',
          'authentication.roles=admin,user',
          'authentication.skip.paths=/healthcheck',
        ].join('\n'),
      );
      child = spawn(
        process.execPath,
        [join(ROOT, 'bin', 'brook.js'), 'sql-server', '--config', config, '--jaas', jaas],
        {
          cwd: ROOT,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let out = '';
      child.stdout!.on('data', (c) => (out += c));
      child.stderr!.on('data', (c) => (out += c));
      await waitFor(async () => assert.match(out, /SQL processor ready: https:\/\/127\.0\.0\.1:\d+/), 'ready line');
      const get = (path: string, user?: string) =>
        new Promise<{ status: number; challenge: unknown }>((resolve, reject) => {
          const headers: Record<string, string> = user
            ? { authorization: `Basic ${Buffer.from(user).toString('base64')}` }
            : {};
          httpsRequest(`https://127.0.0.1:${port}${path}`, { ca: certs.caPem, headers }, (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode!, challenge: res.headers['www-authenticate'] }));
          })
            .on('error', reject)
            .end();
        });
      assert.deepEqual(await get('/info'), {
        status: 401,
        challenge: 'Basic realm="KsqlServer-Props", charset="UTF-8"',
      });
      assert.equal((await get('/info', 'ann:ann-pw')).status, 200);
      assert.equal((await get('/info', 'fred:fred-pw')).status, 200, 'an MD5: password');
      assert.equal((await get('/info', 'ann:wrong')).status, 401);
      assert.equal((await get('/info', 'guest:guest-pw')).status, 401, 'a role authentication.roles does not list');
      assert.equal((await get('/healthcheck')).status, 200, 'a skip path');
      const exit = new Promise<number | null>((done) => child!.once('exit', (code) => done(code)));
      child.kill('SIGTERM');
      assert.equal(await exit, 0, out);
    } finally {
      await stopProcess(child);
      await broker?.stop();
      certs.cleanup();
    }
  });
});
