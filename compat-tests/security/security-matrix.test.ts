/**
 * The PyPI clients over Brook's secured listeners (`brook serve` as a process, certificates made with openssl):
 * confluent-kafka 2.16 (librdkafka 2.16) creates SCRAM users with AlterUserScramCredentials over SASL_SSL/PLAIN and
 * logs in with SCRAM-SHA-256 and -512; kafka-python 3 logs in with SCRAM-SHA-256 and PLAIN; a wrong password is
 * refused. The wider matrix runs under `npm run compat` (or COMPAT_SECURITY=1); inside `npm test` the security
 * suites of test/security cover kafkajs, kcat, the Java client and Kafka's tools, and this suite says it is skipped.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { BrookProcess, freePort } from '../lib/broker';
import { venvPython } from '../lib/registry-clients';
import { hasOpenssl, makeTestCerts, type TestCerts } from '../lib/test-certs';

const JAAS = 'org.apache.kafka.common.security.plain.PlainLoginModule required user_admin="admin-pw" user_py="py-pw";';

describe('security matrix: PyPI clients over SASL_SSL and SASL_PLAINTEXT', function () {
  this.timeout(300000);
  let broker: BrookProcess;
  let certs: TestCerts;
  let python: string;
  const ports = { plain: 0, saslSsl: 0, sasl: 0 };

  before(async function () {
    if (process.env.COMPAT_ORACLE_CLIENTS !== 'all' && process.env.COMPAT_SECURITY !== '1') {
      console.log('    (the security client matrix runs under `npm run compat` or COMPAT_SECURITY=1; skipped here)');
      this.skip();
    }
    if (!hasOpenssl()) {
      console.log('    (openssl is not on this machine: no certificates; skipped)');
      this.skip();
    }
    const venv = venvPython();
    if (!venv.python) {
      console.log(`    (the PyPI clients are not installed: ${venv.error}; skipped)`);
      this.skip();
    }
    python = venv.python!;
    certs = makeTestCerts();
    ports.plain = await freePort();
    ports.saslSsl = await freePort();
    ports.sasl = await freePort();
    broker = await BrookProcess.start({
      port: ports.plain,
      config: {
        listeners: `PLAINTEXT://127.0.0.1:${ports.plain},SASL_SSL://127.0.0.1:${ports.saslSsl},SASL_PLAINTEXT://127.0.0.1:${ports.sasl}`,
        'ssl.keystore.type': 'PKCS12',
        'ssl.keystore.location': certs.serverP12File,
        'ssl.keystore.password': certs.password,
        'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
        'sasl.jaas.config': JAAS,
      },
    });
  });
  after(async () => {
    await broker?.stop();
    certs?.cleanup();
  });

  const drive = (config: Record<string, unknown>) =>
    new Promise<string>((resolve) => {
      execFile(
        python,
        [join(__dirname, 'secure_client.py'), JSON.stringify(config)],
        { timeout: 90000 },
        (_e, stdout, stderr) =>
          resolve(`${stdout.trim()}${stdout.trim() ? '' : stderr.trim().split('\n').slice(-3).join(' ')}`),
      );
    });
  const ssl = () => ({ bootstrap: `127.0.0.1:${ports.saslSsl}`, protocol: 'SASL_SSL', ca: certs.caFile });
  const plaintext = () => ({ bootstrap: `127.0.0.1:${ports.sasl}`, protocol: 'SASL_PLAINTEXT' });
  const admin = { admin: { 'sasl.mechanisms': 'PLAIN', 'sasl.username': 'admin', 'sasl.password': 'admin-pw' } };

  for (const mechanism of ['SCRAM-SHA-512', 'SCRAM-SHA-256']) {
    it(`confluent-kafka creates a ${mechanism} user (AlterUserScramCredentials) and logs in with it over SASL_SSL`, async () => {
      const out = await drive({
        client: 'confluent-kafka',
        ...ssl(),
        mechanism,
        user: `cf-${mechanism}`,
        password: 'cf-pw',
        topic: `cf-${mechanism.toLowerCase()}`,
        create_scram_user: admin,
      });
      assert.equal(out, 'OK hello from confluent-kafka');
    });
  }

  it('kafka-python 3 logs in with SCRAM-SHA-256 (SASL_PLAINTEXT) and PLAIN (SASL_SSL)', async () => {
    assert.equal(
      await drive({
        client: 'kafka-python',
        ...plaintext(),
        mechanism: 'SCRAM-SHA-256',
        user: 'cf-SCRAM-SHA-256',
        password: 'cf-pw',
        topic: 'kp-scram',
      }),
      'OK hello from kafka-python',
    );
    assert.equal(
      await drive({
        client: 'kafka-python',
        ...ssl(),
        mechanism: 'PLAIN',
        user: 'py',
        password: 'py-pw',
        topic: 'kp-plain',
      }),
      'OK hello from kafka-python',
    );
  });

  it("refuses a wrong password with Kafka's message", async () => {
    const out = await drive({
      client: 'confluent-kafka',
      ...ssl(),
      mechanism: 'PLAIN',
      user: 'py',
      password: 'nope',
      topic: 'never',
    });
    assert.match(out, /^ERROR .*Authentication failed: Invalid username or password/);
  });
});
