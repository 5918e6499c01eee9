/**
 * `brook user` (SCRAM users through Describe/AlterUserScramCredentials) and the client commands' login options
 * (`--sasl-mechanism`, `--sasl-username`, `--sasl-password`, `--tls-ca`) against a broker whose authorizer lets only
 * its super user admin manage users and ACLs: the users `brook user` creates log in with their new credential.
 */
import assert from 'node:assert/strict';
import { credentialFromPassword, scramMechanismByName } from '../../src/security/scram';
import { startBroker, type TestBroker } from '../../src/testing';
import { hasOpenssl, makeTestCerts, type TestCerts } from '../../compat-tests/lib/test-certs';
import { brook } from '../cli/helpers';

describe('brook user, and brook acl / user logging in over SASL and TLS', function () {
  this.timeout(30000);
  let broker: TestBroker;
  let certs: TestCerts | null = null;

  before(async () => {
    certs = hasOpenssl() ? makeTestCerts() : null;
    const tls: Record<string, string> = certs
      ? {
          'ssl.keystore.type': 'PEM',
          'ssl.keystore.key': certs.serverKeyPem,
          'ssl.keystore.certificate.chain': certs.serverCertPem,
        }
      : {};
    broker = await startBroker({
      logLevel: 'error',
      listeners: `PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0${certs ? ',SASL_SSL://127.0.0.1:0' : ''}`,
      config: {
        'sasl.enabled.mechanisms': 'SCRAM-SHA-256,SCRAM-SHA-512,PLAIN',
        'sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required user_admin="plain-pw";',
        'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
        'super.users': 'User:admin',
        ...tls,
      },
    });
    const m = scramMechanismByName('SCRAM-SHA-256')!;
    broker.broker.scramCredentials.apply([
      { kind: 'upsert', user: 'admin', mechanism: m, credential: credentialFromPassword(m, 'admin-pw') },
    ]);
  });
  after(async () => {
    await broker?.stop();
    certs?.cleanup();
  });

  const sasl = () => broker.endpoints.SASL_PLAINTEXT!;
  const as = (mechanism: string, user: string, password: string) => [
    '--sasl-mechanism',
    mechanism,
    '--sasl-username',
    user,
    '--sasl-password',
    password,
  ];
  const admin = as('SCRAM-SHA-256', 'admin', 'admin-pw');

  it('creates, lists, describes and deletes SCRAM users; the new user logs in with its credential', async () => {
    const created = await brook(
      [
        'user',
        'create',
        'alice',
        '--password',
        'alice-pw',
        '--mechanism',
        'SCRAM-SHA-512',
        '--iterations',
        '8192',
        ...admin,
      ],
      sasl(),
    );
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Set SCRAM-SHA-512 credential of user alice \(8192 iterations\)/);
    const listed = await brook(['user', 'list', '-o', 'json', ...admin], sasl());
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(JSON.parse(listed.stdout), [
      { user: 'admin', credentials: [{ mechanism: 'SCRAM-SHA-256', iterations: 4096 }] },
      { user: 'alice', credentials: [{ mechanism: 'SCRAM-SHA-512', iterations: 8192 }] },
    ]);
    // alice may describe the cluster (an ACL brook acl creates, logged in as admin over PLAIN) ...
    const acl = await brook(
      [
        'acl',
        'create',
        '--allow-principal',
        'User:alice',
        '--operation',
        'describe',
        '--cluster',
        ...as('PLAIN', 'admin', 'plain-pw'),
      ],
      sasl(),
    );
    assert.equal(acl.code, 0, acl.stderr);
    // ... and logs in with the credential brook user set.
    const asAlice = await brook(['user', 'describe', 'alice', ...as('SCRAM-SHA-512', 'alice', 'alice-pw')], sasl());
    assert.equal(asAlice.code, 0, asAlice.stderr);
    assert.match(asAlice.stdout, /alice\s+SCRAM-SHA-512\s+8192/);
    // but may not alter users.
    const refused = await brook(
      ['user', 'create', 'mallory', '--password', 'x', ...as('SCRAM-SHA-512', 'alice', 'alice-pw')],
      sasl(),
    );
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /CLUSTER_AUTHORIZATION_FAILED/);
    const deleted = await brook(['user', 'delete', 'alice', ...admin], sasl());
    assert.equal(deleted.code, 0, deleted.stderr);
    assert.match(deleted.stdout, /Deleted SCRAM-SHA-512 credential of user alice/);
    const gone = await brook(['user', 'describe', 'alice', ...admin], sasl());
    assert.equal(gone.code, 1);
    assert.match(gone.stderr, /user alice: RESOURCE_NOT_FOUND/);
  });

  it('reports refused logins, anonymous callers and incomplete options clearly', async () => {
    const wrong = await brook(['user', 'list', ...as('SCRAM-SHA-256', 'admin', 'nope')], sasl());
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /SASL SCRAM-SHA-256: SASL_AUTHENTICATION_FAILED/);
    const anonymous = await brook(['user', 'list'], broker.endpoints.PLAINTEXT!);
    assert.equal(anonymous.code, 1);
    assert.match(anonymous.stderr, /CLUSTER_AUTHORIZATION_FAILED/);
    const incomplete = await brook(['acl', 'list', '--sasl-mechanism', 'PLAIN', '--sasl-username', 'admin'], sasl());
    assert.equal(incomplete.code, 2);
    assert.match(incomplete.stderr, /needs --sasl-password/);
    const unknown = await brook(['user', 'list', ...as('GSSAPI', 'a', 'b')], sasl());
    assert.equal(unknown.code, 2);
  });

  it('logs in over TLS with --tls-ca (SASL_SSL)', async function () {
    if (!certs) {
      console.log('      (openssl is not on this machine: no test certificates; skipped)');
      this.skip();
    }
    const run = await brook(
      ['acl', 'list', '--tls-ca', certs!.caFile, ...as('PLAIN', 'admin', 'plain-pw')],
      broker.endpoints.SASL_SSL!,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /User:alice/);
    const untrusted = await brook(
      ['acl', 'list', '--tls', ...as('PLAIN', 'admin', 'plain-pw')],
      broker.endpoints.SASL_SSL!,
    );
    assert.equal(untrusted.code, 1);
  });
});
