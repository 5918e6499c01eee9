/**
 * Delegation tokens (KIP-48) on a single node, driven by Kafka 4.4's own `kafka-delegation-tokens` and the Java
 * client: a SCRAM user creates a token, the Java client logs in with it (SCRAM with tokenauth=true) and round-trips
 * a record, the tool describes, renews and expires it; and the refusals Kafka's KafkaApis answers, over the wire:
 * no token API over PLAINTEXT or for a token login, DELEGATION_TOKEN_AUTH_DISABLED without a secret key, the owner
 * checked on renew. The tokens outlive a restart (the data dir's file). A KRaft cluster's tokens are in
 * kraft-delegation-tokens.test.ts.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  CreateDelegationTokenResponse,
  DescribeDelegationTokenResponse,
  RenewDelegationTokenResponse,
} from '../../protocol/generated';
import { compileJava, kafkaToolsMissing, runKafkaTool, QUIET_LOG, SMALL_JVM } from '../../compat-tests/lib/kafka-jars';
import { ErrorCode } from '../../src/errors';
import { credentialFromPassword, scramMechanismByName } from '../../src/security/scram';
import { startBroker, type TestBroker } from '../../src/testing';
import { until } from '../broker/kraft-nodes';
import { brook } from '../cli/helpers';
import { saslConnection } from './sasl-connection';

const CREATE = 38;
const RENEW = 39;
const DESCRIBE = 41;

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('java', [...SMALL_JVM, ...QUIET_LOG, ...args], { timeout: 90000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

/** CreateDelegationToken v3 for the connection's own principal (no owner given). */
const createBody = (renewers: { principalType: string; principalName: string }[]) => ({
  ownerPrincipalType: null,
  ownerPrincipalName: null,
  renewers,
  maxLifetimeMs: -1n,
});

const scramJaas = (user: string, password: string, token = false) =>
  `org.apache.kafka.common.security.scram.ScramLoginModule required username="${user}" password="${password}"${token ? ' tokenauth="true"' : ''};`;

describe('delegation tokens on a single node: kafka-delegation-tokens and the Java client', function () {
  this.timeout(120_000);
  let broker: TestBroker;
  let dir: string;
  const saslPort = () => Number(broker.endpoints.SASL_PLAINTEXT!.split(':')[1]);
  const alice = { mechanism: 'SCRAM-SHA-512', username: 'alice', password: 'alice-pw' };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'brook-tokens-'));
    broker = await startBroker({
      logLevel: 'error',
      dataDir: dir,
      listeners: 'PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0',
      config: {
        'sasl.enabled.mechanisms': 'SCRAM-SHA-256,SCRAM-SHA-512',
        'delegation.token.secret.key': 'a-secret-every-node-shares',
        'delegation.token.expiry.check.interval.ms': 200,
      },
    });
    for (const user of ['alice', 'bob']) {
      const m = scramMechanismByName('SCRAM-SHA-512')!;
      await broker.broker.scramCredentials.apply([
        { kind: 'upsert', user, mechanism: m, credential: credentialFromPassword(m, `${user}-pw`) },
      ]);
    }
  });
  after(async () => {
    await broker?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses token requests over PLAINTEXT and from a token login; the owner renews, another user may not', async () => {
    const plain = await saslConnection(broker.port, null);
    const refused = await plain.send<CreateDelegationTokenResponse>(CREATE, 3, createBody([]));
    plain.close();
    assert.equal(refused.errorCode, ErrorCode.DelegationTokenRequestNotAllowed);
    assert.equal(refused.issueTimestampMs, -1n);

    const owner = await saslConnection(saslPort(), alice);
    const created = await owner.send<CreateDelegationTokenResponse>(
      CREATE,
      3,
      createBody([{ principalType: 'User', principalName: 'carol' }]),
    );
    assert.equal(created.errorCode, ErrorCode.None);
    assert.deepEqual([created.principalName, created.tokenRequesterPrincipalName], ['alice', 'alice']);
    assert.equal(created.maxTimestampMs - created.issueTimestampMs, 604_800_000n, 'delegation.token.max.lifetime.ms');
    assert.equal(created.expiryTimestampMs - created.issueTimestampMs, 86_400_000n, 'delegation.token.expiry.time.ms');
    const groupRenewer = await owner.send<CreateDelegationTokenResponse>(
      CREATE,
      3,
      createBody([{ principalType: 'Group', principalName: 'ops' }]),
    );
    assert.equal(groupRenewer.errorCode, ErrorCode.InvalidPrincipalType);

    const bob = await saslConnection(saslPort(), { mechanism: 'SCRAM-SHA-512', username: 'bob', password: 'bob-pw' });
    const notHis = await bob.send<RenewDelegationTokenResponse>(RENEW, 2, { hmac: created.hmac, renewPeriodMs: -1n });
    assert.equal(notHis.errorCode, ErrorCode.DelegationTokenOwnerMismatch);
    const unknown = await bob.send<RenewDelegationTokenResponse>(RENEW, 2, {
      hmac: Buffer.alloc(64, 7),
      renewPeriodMs: -1n,
    });
    assert.equal(unknown.errorCode, ErrorCode.DelegationTokenNotFound);
    bob.close();
    const renewed = await owner.send<RenewDelegationTokenResponse>(RENEW, 2, {
      hmac: created.hmac,
      renewPeriodMs: 60_000n,
    });
    assert.equal(renewed.errorCode, ErrorCode.None);
    assert.ok(renewed.expiryTimestampMs < created.expiryTimestampMs, 'renewed for 60 s, sooner than the default day');
    // A token past its max lifetime is swept (delegation.token.expiry.check.interval.ms).
    const brief = await owner.send<CreateDelegationTokenResponse>(CREATE, 3, { ...createBody([]), maxLifetimeMs: 1n });
    assert.equal(brief.maxTimestampMs - brief.issueTimestampMs, 1n);
    owner.close();
    await until(() => broker.broker.delegationTokens.store.get(brief.tokenId) === undefined, 'the expired token swept');

    // Logged in with the token: the owner's principal, and no token API (KafkaApis.allowTokenRequests).
    const withToken = await saslConnection(saslPort(), {
      mechanism: 'SCRAM-SHA-256',
      username: created.tokenId,
      password: Buffer.from(created.hmac).toString('base64'),
      tokenAuth: true,
    });
    const again = await withToken.send<CreateDelegationTokenResponse>(CREATE, 3, createBody([]));
    assert.equal(again.errorCode, ErrorCode.DelegationTokenRequestNotAllowed);
    withToken.close();
    // The `brook` tool logs in with a token too (--sasl-token).
    const tokenLogin = ['--sasl-mechanism', 'SCRAM-SHA-512', '--sasl-username', created.tokenId, '--sasl-token'];
    const hmac = Buffer.from(created.hmac).toString('base64');
    const listed = await brook(
      ['user', 'list', ...tokenLogin, '--sasl-password', hmac],
      broker.endpoints.SASL_PLAINTEXT,
    );
    assert.equal(listed.code, 0, listed.stderr);
    const wrong = await brook(
      ['user', 'list', ...tokenLogin, '--sasl-password', 'nope'],
      broker.endpoints.SASL_PLAINTEXT,
    );
    assert.notEqual(wrong.code, 0);
    assert.match(wrong.stderr, /SASL_AUTHENTICATION_FAILED/);
    await assert.rejects(
      saslConnection(saslPort(), {
        mechanism: 'SCRAM-SHA-256',
        username: created.tokenId,
        password: 'not-the-hmac',
        tokenAuth: true,
      }),
      /SASL_AUTHENTICATION_FAILED/,
    );
  });

  it('kafka-delegation-tokens creates, describes, renews and expires; the Java client logs in with the token; tokens survive a restart', async function () {
    const missing = kafkaToolsMissing();
    if (missing) {
      console.log(`      (Kafka's tools and the Java client cannot run here: ${missing}; skipped)`);
      this.skip();
    }
    const props = (name: string, jaas: string, mechanism = 'SCRAM-SHA-512') => {
      const file = join(dir, `${name}.properties`);
      writeFileSync(
        file,
        [
          `bootstrap.servers=${broker.endpoints.SASL_PLAINTEXT}`,
          'security.protocol=SASL_PLAINTEXT',
          `sasl.mechanism=${mechanism}`,
          `sasl.jaas.config=${jaas}`,
        ].join('\n'),
      );
      return file;
    };
    const aliceProps = props('alice', scramJaas('alice', 'alice-pw'));
    const tool = (...args: string[]) =>
      runKafkaTool('org.apache.kafka.tools.DelegationTokenCommand', [
        '--bootstrap-server',
        broker.endpoints.SASL_PLAINTEXT!,
        '--command-config',
        aliceProps,
        ...args,
      ]);
    const created = await tool('--create', '--max-life-time-period', '-1', '--renewer-principal', 'User:bob');
    assert.equal(created.code, 0, created.stderr + created.stdout);
    // The tool prints a table: TOKENID HMAC OWNER REQUESTER RENEWERS ISSUEDATE EXPIRYDATE MAXDATE.
    const row = created.stdout.split('\n').find((line) => /^[0-9a-f-]{36}\s+\S+\s+User:alice/.test(line));
    assert.ok(row, created.stdout);
    const [tokenId, hmac] = row.split(/\s+/) as [string, string];

    const classpath = compileJava('security', join(__dirname, 'java'));
    const loggedIn = await run([
      '-cp',
      classpath,
      'SecureRoundTrip',
      props('token', scramJaas(tokenId, hmac, true), 'SCRAM-SHA-256'),
      'token-topic',
    ]);
    assert.equal(loggedIn.stdout.trim(), 'OK hello from java', loggedIn.stderr);

    // Without --owner-principal the tool sends an empty owner list, which asks for no token (Kafka answers so too).
    const none = await tool('--describe');
    assert.equal(none.code, 0, none.stderr);
    assert.match(none.stdout, /Total number of tokens : 0/);
    const described = await tool('--describe', '--owner-principal', 'User:alice');
    assert.equal(described.code, 0, described.stderr);
    assert.match(
      described.stdout,
      new RegExp(`${tokenId}\\s+${hmac.replace(/[+/]/g, '\\$&')}\\s+User:alice\\s+User:alice\\s+\\[User:bob\\]`),
    );

    const renewed = await tool('--renew', '--hmac', hmac, '--renew-time-period', '-1');
    assert.equal(renewed.code, 0, renewed.stderr);
    assert.match(renewed.stdout, /Completed renew operation/);

    await broker.restart();
    const described2 = await saslConnection(saslPort(), alice);
    const listed = await described2.send<DescribeDelegationTokenResponse>(DESCRIBE, 3, { owners: null });
    described2.close();
    assert.deepEqual(
      listed.tokens.filter((t) => t.tokenId === tokenId).map((t) => t.renewers.map((r) => r.principalName)),
      [['bob']],
      'kept in the data dir',
    );

    const expired = await tool('--expire', '--hmac', hmac, '--expiry-time-period', '-1');
    assert.equal(expired.code, 0, expired.stderr);
    assert.match(expired.stdout, /Completed expire operation/);
    assert.equal(broker.broker.delegationTokens.store.get(tokenId), undefined, 'expired at once: removed');
  });
});

describe('delegation tokens off (no delegation.token.secret.key)', () => {
  it('answers DELEGATION_TOKEN_AUTH_DISABLED', async () => {
    const broker = await startBroker({
      logLevel: 'error',
      listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
      config: { 'sasl.enabled.mechanisms': 'SCRAM-SHA-512' },
    });
    try {
      const m = scramMechanismByName('SCRAM-SHA-512')!;
      await broker.broker.scramCredentials.apply([
        { kind: 'upsert', user: 'alice', mechanism: m, credential: credentialFromPassword(m, 'alice-pw') },
      ]);
      const c = await saslConnection(broker.port, {
        mechanism: 'SCRAM-SHA-512',
        username: 'alice',
        password: 'alice-pw',
      });
      const created = await c.send<CreateDelegationTokenResponse>(CREATE, 3, createBody([]));
      const described = await c.send<DescribeDelegationTokenResponse>(DESCRIBE, 3, { owners: null });
      c.close();
      assert.equal(created.errorCode, ErrorCode.DelegationTokenAuthDisabled);
      assert.equal(described.errorCode, ErrorCode.DelegationTokenAuthDisabled);
    } finally {
      await broker.stop();
    }
  });
});
