/**
 * The ops HTTP listener over TLS (`https://` in http.listeners, the broker's keystore) with HTTP basic
 * authentication against the broker's own users (SASL PLAIN users and SCRAM users), skip paths for probes.
 */
import assert from 'node:assert/strict';
import { request } from 'node:https';
import { request as plainRequest } from 'node:http';
import { credentialFromPassword, scramMechanismByName } from '../../src/security/scram';
import { startBroker, type TestBroker } from '../../src/testing';
import { createLogger } from '../../src/log';
import { SQL_COMPANION } from '../../src/cli/sql';
import { BrokerConfig } from '../../src/config';

import { hasOpenssl, makeTestCerts, type TestCerts } from '../../compat-tests/lib/test-certs';
import { freePort } from '../../src/cluster/free-port';

describe('ops HTTP listener: TLS and basic authentication with the broker users', function () {
  this.timeout(30000);
  let broker: TestBroker;
  let certs: TestCerts;

  before(async function () {
    if (!hasOpenssl()) {
      console.log('    (openssl is not on this machine: no test certificates; skipped)');
      this.skip();
    }
    certs = makeTestCerts();
    broker = await startBroker({
      logLevel: 'error',
      http: true,
      listeners: 'PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0',
      config: {
        'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-512',
        'sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required user_ops="ops-pw";',
        'http.listeners': 'https://127.0.0.1:0',
        'listener.name.http.ssl.keystore.type': 'PEM',
        'listener.name.http.ssl.keystore.key': certs.serverKeyPem,
        'listener.name.http.ssl.keystore.certificate.chain': certs.serverCertPem,
        'http.authentication.method': 'BASIC',
        'http.authentication.skip.paths': '/health',
      },
    });
    const m = scramMechanismByName('SCRAM-SHA-512')!;
    broker.broker.scramCredentials.apply([
      { kind: 'upsert', user: 'scram-ops', mechanism: m, credential: credentialFromPassword(m, 'scram-pw') },
    ]);
  });
  after(async () => {
    await broker?.stop();
    certs?.cleanup();
  });

  function get(
    path: string,
    auth?: string,
    base = broker.httpUrl,
  ): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        `${base}${path}`,
        { ca: certs.caPem, headers: auth ? { authorization: `Basic ${Buffer.from(auth).toString('base64')}` } : {} },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  it('serves over TLS and asks for a broker user: PLAIN and SCRAM users pass, others get 401', async () => {
    assert.match(broker.httpUrl!, /^https:\/\//);
    const anonymous = await get('/metrics');
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.headers['www-authenticate'], 'Basic realm="brook", charset="UTF-8"');
    assert.equal((await get('/metrics', 'ops:wrong')).status, 401);
    assert.equal((await get('/metrics', 'nobody:ops-pw')).status, 401);
    const plain = await get('/metrics', 'ops:ops-pw');
    assert.equal(plain.status, 200);
    assert.match(plain.body, /# TYPE/);
    assert.equal((await get('/ready', 'scram-ops:scram-pw')).status, 200);
    assert.equal((await get('/ready', 'scram-ops:ops-pw')).status, 401);
    assert.equal((await get('/health')).status, 200, 'a skip path needs no credentials');
  });

  it("secures brook serve's SQL companion the same way (sql.listeners https://, sql.authentication.method=BASIC)", async () => {
    const port = await freePort();
    const config = new BrokerConfig([
      ['log.dirs', broker.dataDir],
      ['sql.listeners', `https://127.0.0.1:${port}`],
      ['listener.name.sql.ssl.keystore.type', 'PEM'],
      ['listener.name.sql.ssl.keystore.key', certs.serverKeyPem],
      ['listener.name.sql.ssl.keystore.certificate.chain', certs.serverCertPem],
      ['sql.authentication.method', 'BASIC'],
    ]);
    const stop = await SQL_COMPANION.start({
      config,
      bootstrap: broker.bootstrap,
      log: createLogger({ level: 'error' }),
      checkPassword: (u, p) => broker.broker.checkPassword(u, p),
    });
    try {
      const url = `https://127.0.0.1:${port}`;
      assert.equal((await get('/info', undefined, url)).status, 401);
      assert.equal((await get('/info', 'ops:nope', url)).status, 401);
      const info = await get('/info', 'scram-ops:scram-pw', url);
      assert.equal(info.status, 200, info.body);
      assert.match(info.body, /KsqlServerInfo/);
    } finally {
      await stop();
    }
  });

  it('refuses plain HTTP on the TLS port without disturbing the listener', async () => {
    const port = Number(new URL(broker.httpUrl!).port);
    const outcome = await new Promise<string>((resolve) => {
      const req = plainRequest({ host: '127.0.0.1', port, path: '/health' }, (res) =>
        resolve(`status ${res.statusCode}`),
      );
      req.on('error', (e) => resolve(`error ${e.message}`));
      req.end();
    });
    assert.match(outcome, /^error/);
    assert.equal((await get('/health')).status, 200);
  });
});
