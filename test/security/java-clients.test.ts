/**
 * Real non-JavaScript clients over Brook's secured listeners, one run each inside `npm test`:
 * - Kafka 4.4's `kafka-configs --alter --add-config 'SCRAM-SHA-256=[...]' --entity-type users` (AlterUserScramCredentials)
 *   and `--describe` (DescribeUserScramCredentials);
 * - the Java client (kafka-clients 4.4) over SASL_SSL with SCRAM-SHA-512 and a PKCS12 keystore and truststore for mTLS,
 *   and a wrong password refused with SaslAuthenticationException;
 * - the Java client with OAUTHBEARER: Kafka's unsecured JWT login, and a signed JWT read by Kafka 4.4's
 *   FileJwtRetriever, checked by Brook against an in-test JWKS (OAuthBearerValidatorCallbackHandler's keys);
 * - kcat (librdkafka) over SASL_SSL with SCRAM-SHA-256 and PLAIN.
 * Without java / the Kafka jars (npx tsx compat-tests/java/prepare.ts), kcat or openssl, the affected tests say so
 * and are skipped (pending), never counted as passing.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileJava, kafkaToolsMissing, QUIET_LOG, runKafkaTool, SMALL_JVM } from '../../compat-tests/lib/kafka-jars';
import { credentialFromPassword, scramMechanismByName } from '../../src/security/scram';
import { startBroker, type TestBroker } from '../../src/testing';
import {
  type JwksServer,
  nowSeconds,
  type SigningKey,
  signJwt,
  signingKey,
  startJwksServer,
} from '../../compat-tests/lib/jwks-provider';
import {
  hasOpenssl,
  makeTestCerts,
  servedCertificateSerial,
  signedCertificate,
  type TestCerts,
} from '../../compat-tests/lib/test-certs';

/** The compiled Java drivers' classpath, or the test skipped (said in its output) where Java cannot run. */
function javaClientClasspath(test: Mocha.Context): string {
  const missing = kafkaToolsMissing({ javac: true });
  if (missing) {
    console.log(`      (the Java client cannot run here: ${missing}; skipped)`);
    test.skip();
  }
  return compileJava('security', join(__dirname, 'java'));
}

function run(
  command: string,
  args: string[],
  timeout = 90000,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

const JAAS = 'org.apache.kafka.common.security.plain.PlainLoginModule required user_kc="kc-pw";';
const OAUTH_MODULE = 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule';

describe('security with the Java client, Kafka tools and kcat', function () {
  this.timeout(180000);
  let broker: TestBroker;
  let certs: TestCerts;
  let jwks: JwksServer;
  let idpKey: SigningKey;

  before(async function () {
    if (!hasOpenssl()) {
      console.log('    (openssl is not on this machine: no test certificates; skipped)');
      this.skip();
    }
    certs = makeTestCerts();
    idpKey = signingKey('java-idp', 'ES256');
    jwks = await startJwksServer([idpKey]);
    broker = await startBroker({
      logLevel: 'error',
      listeners: 'PLAINTEXT://127.0.0.1:0,SASL_SSL://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0',
      config: {
        // SASL_PLAINTEXT takes signed JWTs only, checked against the in-test JWKS.
        'listener.name.sasl_plaintext.sasl.enabled.mechanisms': 'OAUTHBEARER',
        'listener.name.sasl_plaintext.oauthbearer.sasl.jaas.config': `${OAUTH_MODULE} required;`,
        'listener.name.sasl_plaintext.oauthbearer.sasl.server.callback.handler.class':
          'org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler',
        'sasl.oauthbearer.jwks.endpoint.url': jwks.url,
        'org.apache.kafka.sasl.oauthbearer.allowed.urls': jwks.url,
        'sasl.oauthbearer.expected.audience': 'brook',
        'sasl.oauthbearer.expected.issuer': 'https://idp.example',
        'ssl.keystore.type': 'PKCS12',
        'ssl.keystore.location': certs.serverP12File,
        'ssl.keystore.password': certs.password,
        'ssl.truststore.type': 'PEM',
        'ssl.truststore.location': certs.caFile,
        'ssl.client.auth': 'requested',
        'sasl.enabled.mechanisms': 'SCRAM-SHA-256,SCRAM-SHA-512,PLAIN,OAUTHBEARER',
        'listener.name.sasl_ssl.plain.sasl.jaas.config': JAAS,
        'listener.name.sasl_ssl.oauthbearer.sasl.jaas.config': `${OAUTH_MODULE} required;`,
      },
    });
  });
  after(async () => {
    await broker?.stop();
    await jwks?.close();
    certs?.cleanup();
  });

  const scramJaas = (user: string, password: string) =>
    `org.apache.kafka.common.security.scram.ScramLoginModule required username="${user}" password="${password}";`;
  /** Kafka's ConfigCommand against the broker's PLAINTEXT listener. */
  const kafkaConfigs = (args: string[]) =>
    runKafkaTool('org.apache.kafka.tools.ConfigCommand', ['--bootstrap-server', broker.endpoints.PLAINTEXT!, ...args]);
  /** A Java client's properties file `<name>.properties` in the certificates' folder. */
  const clientProperties = (name: string, lines: string[]) => {
    const file = join(certs.dir, `${name}.properties`);
    writeFileSync(file, lines.join('\n'));
    return file;
  };
  /** The SASL_SSL listener trusted through the test CA (the client's lines of every SASL_SSL properties file). */
  const saslSsl = () => [
    `bootstrap.servers=${broker.endpoints.SASL_SSL}`,
    'security.protocol=SASL_SSL',
    'ssl.truststore.type=PEM',
    `ssl.truststore.location=${certs.caFile}`,
  ];
  /** The Java driver SecureRoundTrip: one record produced to `topic` and read back with `file`'s settings. */
  const roundTrip = (classpath: string, file: string, topic: string, jvm: string[] = []) =>
    run('java', [...SMALL_JVM, ...QUIET_LOG, ...jvm, '-cp', classpath, 'SecureRoundTrip', file, topic]);

  it('kafka-configs adds SCRAM users (AlterUserScramCredentials) and describes them; the Java client logs in with SCRAM-SHA-512 and a PKCS12 keystore', async function () {
    const missing = kafkaToolsMissing({ javac: true });
    if (missing) {
      console.log(`      (the Java client and Kafka's tools cannot run here: ${missing}; skipped)`);
      this.skip();
    }
    const alter = await kafkaConfigs([
      '--alter',
      '--add-config',
      // One mechanism per user and request: Kafka's ScramControlManager refuses a user altered twice in one
      // request (DUPLICATE_RESOURCE), and so does Brook.
      'SCRAM-SHA-512=[iterations=8192,password=java-pw]',
      '--entity-type',
      'users',
      '--entity-name',
      'javauser',
    ]);
    assert.equal(alter.code, 0, alter.stderr + alter.stdout);
    assert.match(alter.stdout, /Completed updating config for user javauser/);
    const describe = await kafkaConfigs(['--describe', '--entity-type', 'users', '--entity-name', 'javauser']);
    assert.equal(describe.code, 0, describe.stderr);
    assert.match(describe.stdout, /SCRAM-SHA-512=iterations=8192/);

    const classpath = compileJava('security', join(__dirname, 'java'));
    const props = (password: string) =>
      clientProperties(`java-${password}`, [
        ...saslSsl(),
        'sasl.mechanism=SCRAM-SHA-512',
        `sasl.jaas.config=${scramJaas('javauser', password)}`,
        'ssl.keystore.type=PKCS12',
        `ssl.keystore.location=${certs.clientP12File}`,
        `ssl.keystore.password=${certs.password}`,
      ]);
    const ok = await roundTrip(classpath, props('java-pw'), 'java-secure');
    assert.equal(ok.stdout.trim(), 'OK hello from java', ok.stderr);
    const refused = await roundTrip(classpath, props('wrong-pw'), 'java-secure');
    assert.equal(refused.code, 2);
    assert.match(
      refused.stdout,
      /SaslAuthenticationException: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512/,
    );
  });

  it("kafka-configs rotates the SASL_SSL listener's keystore while the broker runs; the Java client logs in over the new certificate", async function () {
    const missing = kafkaToolsMissing({ javac: true });
    if (missing) {
      console.log(`      (the Java client and Kafka's tools cannot run here: ${missing}; skipped)`);
      this.skip();
    }
    const reissued = signedCertificate(certs, 'sasl-ssl-rotated');
    const configs = (args: string[]) =>
      kafkaConfigs(['--entity-type', 'brokers', '--entity-name', String(broker.nodeId), ...args]);
    const altered = await configs([
      '--alter',
      '--add-config',
      `listener.name.sasl_ssl.ssl.keystore.type=PEM,listener.name.sasl_ssl.ssl.keystore.location=${reissued.bundleFile}`,
    ]);
    assert.equal(altered.code, 0, altered.stderr + altered.stdout);
    const described = await configs(['--describe']);
    assert.match(
      described.stdout,
      new RegExp(
        `listener\\.name\\.sasl_ssl\\.ssl\\.keystore\\.location=${reissued.bundleFile.replace(/[.]/g, '\\.')} sensitive=false`,
      ),
    );
    const served = await servedCertificateSerial(broker.endpoints.SASL_SSL!, certs.caPem);
    assert.equal(served, reissued.serial, 'new connections get the rotated certificate');

    const file = clientProperties('java-rotated', [
      ...saslSsl(),
      'sasl.mechanism=SCRAM-SHA-512',
      `sasl.jaas.config=${scramJaas('javauser', 'java-pw')}`,
    ]);
    const ok = await roundTrip(compileJava('security', join(__dirname, 'java')), file, 'java-rotated');
    assert.equal(ok.stdout.trim(), 'OK hello from java', ok.stderr);
  });

  it("the Java client logs in with OAUTHBEARER and Kafka's unsecured JWT login (unsecuredLoginStringClaim_sub)", async function () {
    const classpath = javaClientClasspath(this);
    const file = clientProperties('java-oauth', [
      ...saslSsl(),
      'sasl.mechanism=OAUTHBEARER',
      `sasl.jaas.config=${OAUTH_MODULE} required unsecuredLoginStringClaim_sub="javaoauth";`,
    ]);
    const ok = await roundTrip(classpath, file, 'java-oauth');
    assert.equal(ok.stdout.trim(), 'OK hello from java', ok.stderr);
  });

  it("the Java client logs in with a signed JWT from Kafka 4.4's FileJwtRetriever; Brook checks it against the JWKS", async function () {
    const classpath = javaClientClasspath(this);
    const tokenFile = join(certs.dir, 'java-token.jwt');
    const now = nowSeconds();
    const claims = {
      sub: 'javajwt',
      iss: 'https://idp.example',
      aud: 'brook',
      iat: now,
      exp: now + 600,
      scope: 'kafka',
    };
    writeFileSync(tokenFile, signJwt(idpKey, claims));
    const file = clientProperties('java-jwt', [
      `bootstrap.servers=${broker.endpoints.SASL_PLAINTEXT}`,
      'security.protocol=SASL_PLAINTEXT',
      'sasl.mechanism=OAUTHBEARER',
      'sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler',
      'sasl.oauthbearer.jwt.retriever.class=org.apache.kafka.common.security.oauthbearer.FileJwtRetriever',
      `sasl.oauthbearer.token.endpoint.url=file:${tokenFile}`,
      `sasl.jaas.config=${OAUTH_MODULE} required;`,
    ]);
    // Kafka 4 reads a token file only when the JVM allows its URL (the same guard Brook applies to JWKS URLs).
    const allow = `-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=file:${tokenFile}`;
    const ok = await roundTrip(classpath, file, 'java-jwt', [allow]);
    assert.equal(ok.stdout.trim(), 'OK hello from java', ok.stderr);
    // A token for another audience: Brook refuses it and the client raises SaslAuthenticationException.
    writeFileSync(tokenFile, signJwt(idpKey, { ...claims, aud: 'elsewhere' }));
    const refused = await roundTrip(classpath, file, 'java-jwt', [allow]);
    assert.match(
      refused.stdout,
      /ERROR org.apache.kafka.common.errors.SaslAuthenticationException: \{"status":"invalid_token"\}/,
    );
  });

  it('kcat (librdkafka) produces and consumes over SASL_SSL with SCRAM-SHA-256 and PLAIN', async function () {
    try {
      execFileSync('kcat', ['-V'], { stdio: 'pipe', timeout: 10_000 });
    } catch {
      console.log('      (kcat is not on PATH: skipped)');
      this.skip();
    }
    const m = scramMechanismByName('SCRAM-SHA-256')!;
    broker.broker.scramCredentials.apply([
      { kind: 'upsert', user: 'kcat', mechanism: m, credential: credentialFromPassword(m, 'kcat-pw') },
    ]);
    const common = (mechanism: string, user: string, password: string) => [
      '-b',
      broker.endpoints.SASL_SSL!,
      '-X',
      'security.protocol=SASL_SSL',
      '-X',
      `sasl.mechanisms=${mechanism}`,
      '-X',
      `sasl.username=${user}`,
      '-X',
      `sasl.password=${password}`,
      '-X',
      `ssl.ca.location=${certs.caFile}`,
    ];
    for (const [mechanism, user, password] of [
      ['SCRAM-SHA-256', 'kcat', 'kcat-pw'],
      ['PLAIN', 'kc', 'kc-pw'],
    ] as const) {
      const topic = `kcat-${mechanism.toLowerCase()}`;
      const produce = await new Promise<{ code: number; stderr: string }>((resolve) => {
        const child = execFile(
          'kcat',
          [...common(mechanism, user, password), '-P', '-t', topic, '-X', 'topic.request.required.acks=1'],
          { timeout: 30000 },
          (error, _o, stderr) => resolve({ code: error ? 1 : 0, stderr }),
        );
        child.stdin!.end(`hello ${mechanism}\n`);
      });
      assert.equal(produce.code, 0, produce.stderr);
      const consume = await run(
        'kcat',
        [...common(mechanism, user, password), '-C', '-t', topic, '-o', 'beginning', '-c', '1', '-e'],
        30000,
      );
      assert.equal(consume.stdout.trim(), `hello ${mechanism}`, consume.stderr);
    }
    const wrong = await run('kcat', [...common('SCRAM-SHA-256', 'kcat', 'nope'), '-L'], 30000);
    assert.notEqual(wrong.code, 0);
    assert.match(wrong.stderr, /SASL authentication|Authentication failed/i);
  });
});
