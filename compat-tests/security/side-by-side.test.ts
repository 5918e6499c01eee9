/**
 * Brook and the official Kafka 4.4 (a process from build/kafka-4.4.0, ../lib/kafka-process.ts) configured the same
 * way in the same run, with the Java client (kafka-clients 4.4, ./java/SecurityProbe.java) and Kafka's own tools:
 *
 *   PLAINTEXT  the admin door (User:ANONYMOUS, a super user), where kafka-configs and kafka-acls run
 *   SSL        JKS keystore and JKS truststore (ssl.client.auth none)
 *   MTLS       an SSL listener with a PKCS12 keystore and truststore, ssl.client.auth=required; the principal is
 *              the certificate's subject (User:CN=client,OU=eng,O=Brook,C=US)
 *   SASL_SSL   PLAIN (JAAS users), SCRAM-SHA-256 and -512 (users made with kafka-configs on each broker),
 *              OAUTHBEARER (unsecured JWTs, Kafka's default handler)
 *   JWT        SASL_PLAINTEXT, OAUTHBEARER with OAuthBearerValidatorCallbackHandler: signed JWTs checked against one
 *              in-test JWKS (../lib/jwks-provider.ts) both brokers fetch; the client reads its token with Kafka
 *              4.4's FileJwtRetriever
 *
 * StandardAuthorizer on both with the same super.users; `mallory` (PLAIN) has no ACL. Both have the same
 * delegation.token.secret.key: kafka-delegation-tokens and a token login (SCRAM, tokenauth) run on each. Each case runs on both and
 * asserts what Kafka does (error classes, tool output normalized: ACL lines sorted inside each resource block);
 * the last case compares Brook's lines with Kafka's of this run. Outcomes go to the side-by-side table (suite
 * "Security", client "java"). A JVM Kafka and ~30 JVM runs take minutes: this runs under `npm run compat` or
 * COMPAT_SECURITY=1 and says it is skipped otherwise.
 *
 *   npm run build && COMPAT_SECURITY=1 npx mocha compat-tests/security/side-by-side.test.ts
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrookProcess, freePort } from '../lib/broker';
import {
  type JwksServer,
  nowSeconds,
  type SigningKey,
  signJwt,
  signingKey,
  startJwksServer,
} from '../lib/jwks-provider';
import { compileJava, javaUnavailable, kafkaClasspath, QUIET_LOG, SMALL_JVM } from '../lib/kafka-jars';
import { KafkaProcess } from '../lib/kafka-process';
import { outcomeOf, recordOutcome } from '../lib/side-by-side';
import type { TargetId } from '../lib/targets';
import { hasKeytool, hasOpenssl, makeTestCerts, type TestCerts } from '../lib/test-certs';

const PLAIN_MODULE = 'org.apache.kafka.common.security.plain.PlainLoginModule';
const SCRAM_MODULE = 'org.apache.kafka.common.security.scram.ScramLoginModule';
const OAUTH_MODULE = 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule';
const MTLS_PRINCIPAL = 'User:CN=client,OU=eng,O=Brook,C=US';

interface Ports {
  plaintext: number;
  ssl: number;
  mtls: number;
  saslSsl: number;
  jwt: number;
}

const JWT_ISSUER = 'https://idp.example';
const JWT_AUDIENCE = 'side-by-side';

/** The broker keys both targets get (Kafka's names; listeners are added by each target's own way). */
function sharedConfig(certs: TestCerts, jwksUrl: string): Record<string, string> {
  const d = certs.dir;
  return {
    'ssl.keystore.type': 'JKS',
    'ssl.keystore.location': join(d, 'server.jks'),
    'ssl.keystore.password': certs.password,
    'ssl.key.password': certs.password,
    'ssl.truststore.type': 'JKS',
    'ssl.truststore.location': join(d, 'trust.jks'),
    'ssl.truststore.password': certs.password,
    'listener.name.mtls.ssl.keystore.type': 'PKCS12',
    'listener.name.mtls.ssl.keystore.location': certs.serverP12File,
    'listener.name.mtls.ssl.keystore.password': certs.password,
    'listener.name.mtls.ssl.truststore.type': 'PKCS12',
    'listener.name.mtls.ssl.truststore.location': join(d, 'trust-keytool.p12'),
    'listener.name.mtls.ssl.truststore.password': certs.password,
    'listener.name.mtls.ssl.client.auth': 'required',
    'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512,OAUTHBEARER',
    // Kafka takes a broker's JAAS per listener and mechanism only (an unprefixed sasl.jaas.config is a client key).
    'listener.name.sasl_ssl.plain.sasl.jaas.config': `${PLAIN_MODULE} required user_alice="alice-pw" user_mallory="mallory-pw";`,
    'listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config': `${SCRAM_MODULE} required;`,
    'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config': `${SCRAM_MODULE} required;`,
    'listener.name.sasl_ssl.oauthbearer.sasl.jaas.config': `${OAUTH_MODULE} required unsecuredLoginStringClaim_sub="broker";`,
    'listener.name.jwt.sasl.enabled.mechanisms': 'OAUTHBEARER',
    'listener.name.jwt.oauthbearer.sasl.jaas.config': `${OAUTH_MODULE} required unsecuredLoginStringClaim_sub="broker";`,
    'listener.name.jwt.oauthbearer.sasl.server.callback.handler.class':
      'org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler',
    'listener.name.jwt.oauthbearer.sasl.oauthbearer.jwks.endpoint.url': jwksUrl,
    'listener.name.jwt.oauthbearer.sasl.oauthbearer.expected.audience': JWT_AUDIENCE,
    'listener.name.jwt.oauthbearer.sasl.oauthbearer.expected.issuer': JWT_ISSUER,
    // KafkaProcess's test profile sets this (no 3 s wait before a group's first rebalance); Brook gets it too.
    'group.initial.rebalance.delay.ms': '0',
    'delegation.token.secret.key': 'side-by-side-token-secret',
    'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'super.users': [
      'User:ANONYMOUS',
      'User:alice',
      'User:scram256',
      'User:scram512',
      'User:oauth',
      'User:jwtuser',
      MTLS_PRINCIPAL,
    ].join(';'),
  };
}

function run(args: string[], timeout = 120000): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('java', [...SMALL_JVM, ...QUIET_LOG, ...args], { timeout }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

/**
 * Kafka tool output with what may legitimately differ taken out: blank lines dropped, lines trimmed, and inside
 * each block (a header line and the ACL lines under it) the ACL lines sorted, blocks sorted (a set's order).
 */
function normalizeToolOutput(text: string): string[] {
  const blocks: string[][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('(principal=') && blocks.length) blocks[blocks.length - 1]!.push(line);
    else blocks.push([line]);
  }
  return blocks
    .map(([head, ...acls]) => [head!, ...acls.sort()].join('\n'))
    .sort()
    .flatMap((b) => b.split('\n'));
}

interface Side {
  id: TargetId;
  title: string;
  ports: Ports;
  describe(): string;
  stop(): Promise<void>;
}

const gate = (): string | null => {
  if (process.env.COMPAT_ORACLE_CLIENTS !== 'all' && process.env.COMPAT_SECURITY !== '1') {
    return 'the secured side-by-side suite (a JVM Kafka and ~30 JVM runs, minutes) runs under `npm run compat` or COMPAT_SECURITY=1';
  }
  if (!hasOpenssl() || !hasKeytool()) return 'openssl and keytool are needed for the certificates';
  return javaUnavailable();
};

const observed = new Map<string, Map<TargetId, string[]>>();

describe('compat-tests: security side by side (Java client, kafka-configs, kafka-acls) on Brook and Kafka 4.4', function () {
  this.timeout(600000);
  let certs: TestCerts;
  let classpath: string;
  let jwks: JwksServer;
  let idpKey: SigningKey;
  const sides: Side[] = [];

  before(async function () {
    const why = gate();
    if (why) {
      console.log(`    (${why}; skipped)`);
      this.skip();
    }
    certs = makeTestCerts({ jks: true });
    // The self-signed "stranger" certificate test-certs makes, as the PKCS12 keystore the Java client takes.
    execFileSync(
      'openssl',
      [
        'pkcs12',
        '-export',
        '-inkey',
        'stranger.key',
        '-in',
        'stranger.pem',
        '-passout',
        `pass:${certs.password}`,
        '-out',
        'stranger.p12',
      ],
      { cwd: certs.dir, stdio: 'ignore' },
    );
    classpath = compileJava('security-side-by-side', join(__dirname, 'java'));
    idpKey = signingKey('idp-1');
    jwks = await startJwksServer([idpKey]);
    const config = sharedConfig(certs, jwks.url);
    const ports = async (): Promise<Ports> => ({
      plaintext: await freePort(),
      ssl: await freePort(),
      mtls: await freePort(),
      saslSsl: await freePort(),
      jwt: await freePort(),
    });
    const bp = await ports();
    const brook = await BrookProcess.start({
      port: bp.plaintext,
      config: {
        ...config,
        listeners: `PLAINTEXT://127.0.0.1:${bp.plaintext},SSL://127.0.0.1:${bp.ssl},MTLS://127.0.0.1:${bp.mtls},SASL_SSL://127.0.0.1:${bp.saslSsl},JWT://127.0.0.1:${bp.jwt}`,
        'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,SSL:SSL,MTLS:SSL,SASL_SSL:SASL_SSL,JWT:SASL_PLAINTEXT',
        // Kafka takes this as a JVM system property (below); Brook as a config key of the same name.
        'org.apache.kafka.sasl.oauthbearer.allowed.urls': jwks.url,
      },
    });
    sides.push({
      id: 'brook-process',
      title: 'Brook',
      ports: bp,
      describe: () => `brook serve on ${brook.bootstrap}`,
      stop: () => brook.destroy(),
    });
    const kp = await ports();
    const kafka = await KafkaProcess.start({
      config,
      jvm: [...SMALL_JVM, `-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=${jwks.url}`],
      extraListeners: [
        { name: 'SSL', protocol: 'SSL', port: kp.ssl },
        { name: 'MTLS', protocol: 'SSL', port: kp.mtls },
        { name: 'SASL_SSL', protocol: 'SASL_SSL', port: kp.saslSsl },
        { name: 'JWT', protocol: 'SASL_PLAINTEXT', port: kp.jwt },
      ],
    });
    kp.plaintext = Number(kafka.bootstrap.split(':')[1]);
    sides.push({
      id: 'kafka-process',
      title: 'Kafka',
      ports: kp,
      describe: () => kafka.describe,
      stop: () => kafka.destroy(),
    });
    for (const s of sides) console.log(`      target: ${s.describe()}`);
  });
  after(async () => {
    for (const s of sides) await s.stop();
    await jwks?.close();
    certs?.cleanup();
  });

  /** A client properties file for `side` on `listener`. */
  const clientProps = (side: Side, name: string, lines: string[]): string => {
    const file = join(certs.dir, `${side.id}-${name}.properties`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  const jksTrust = () => [
    'ssl.truststore.type=JKS',
    `ssl.truststore.location=${join(certs.dir, 'trust.jks')}`,
    `ssl.truststore.password=${certs.password}`,
  ];
  const sasl = (side: Side, mechanism: string, jaas: string) => [
    `bootstrap.servers=127.0.0.1:${side.ports.saslSsl}`,
    'security.protocol=SASL_SSL',
    `sasl.mechanism=${mechanism}`,
    `sasl.jaas.config=${jaas}`,
    ...jksTrust(),
  ];
  const plainJaas = (user: string, password: string) =>
    `${PLAIN_MODULE} required username="${user}" password="${password}";`;
  const scramJaas = (user: string, password: string) =>
    `${SCRAM_MODULE} required username="${user}" password="${password}";`;

  const probe = async (
    mode: 'roundtrip' | 'probe',
    props: string,
    topic: string,
    jvm: string[] = [],
  ): Promise<string[]> => {
    const out = await run([...jvm, '-cp', classpath, 'SecurityProbe', mode, props, topic]);
    const lines = out.stdout.split('\n').filter(Boolean);
    if (!lines.length) throw new Error(`SecurityProbe printed nothing (exit ${out.code}):\n${out.stderr.slice(-2000)}`);
    return lines;
  };
  const tool = async (side: Side, main: string, args: string[]): Promise<string[]> => {
    const out = await run([
      '-cp',
      kafkaClasspath(),
      main,
      '--bootstrap-server',
      `127.0.0.1:${side.ports.plaintext}`,
      ...args,
    ]);
    if (out.code !== 0) throw new Error(`${main} ${args.join(' ')} exited ${out.code}:\n${out.stderr}${out.stdout}`);
    return normalizeToolOutput(out.stdout);
  };
  const kafkaAcls = (side: Side, args: string[]) => tool(side, 'org.apache.kafka.tools.AclCommand', args);

  const ROUNDTRIP = ['produce OK sent', 'consume OK hello'];

  /** One case on each side: `body` returns the lines the side produced; they must equal `expected` (Kafka's). */
  function securityCase(id: string, title: string, expected: string[], body: (side: Side) => Promise<string[]>) {
    for (const index of [0, 1]) {
      const label = index === 0 ? 'Brook' : 'Kafka';
      it(`${id}: ${title} (${label})`, async function () {
        const side = sides[index];
        if (!side) this.skip();
        const lines = await body(side!);
        const seen = observed.get(id) ?? new Map<TargetId, string[]>();
        seen.set(side!.id, lines);
        observed.set(id, seen);
        assert.deepEqual(lines, expected);
      });
    }
  }
  afterEach(function () {
    const test = this.currentTest!;
    const which = test.title.match(/\((Brook|Kafka)\)$/)?.[1];
    if (!which || !sides.length) return;
    const side = which === 'Brook' ? sides[0] : sides[1];
    const { outcome, note } = outcomeOf(test);
    if (side) recordOutcome('Security', test.title.split(':')[0]!, 'java', side.id, outcome, note);
  });

  securityCase('ssl-jks', 'produce and consume over SSL, JKS keystore and truststore', ROUNDTRIP, (side) =>
    probe(
      'roundtrip',
      clientProps(side, 'ssl', [
        `bootstrap.servers=127.0.0.1:${side.ports.ssl}`,
        'security.protocol=SSL',
        ...jksTrust(),
      ]),
      'sec-ssl',
    ),
  );

  /** The mTLS listener's client settings with `keystore` (a PKCS12 file) as its certificate, or none. */
  const mtls = (side: Side, name: string, keystore?: string) =>
    clientProps(side, name, [
      `bootstrap.servers=127.0.0.1:${side.ports.mtls}`,
      'security.protocol=SSL',
      'ssl.truststore.type=PKCS12',
      `ssl.truststore.location=${join(certs.dir, 'trust-keytool.p12')}`,
      `ssl.truststore.password=${certs.password}`,
      ...(keystore
        ? ['ssl.keystore.type=PKCS12', `ssl.keystore.location=${keystore}`, `ssl.keystore.password=${certs.password}`]
        : []),
    ]);
  securityCase(
    'mtls-pkcs12',
    'produce and consume over mTLS (PKCS12, ssl.client.auth=required), the certificate subject a super user',
    ROUNDTRIP,
    (side) => probe('roundtrip', mtls(side, 'mtls', certs.clientP12File), 'sec-mtls'),
  );
  securityCase(
    'mtls-no-cert',
    'a client without a certificate is refused on the mTLS listener',
    ['produce ERROR org.apache.kafka.common.errors.SslAuthenticationException'],
    (side) => probe('roundtrip', mtls(side, 'mtls-nocert'), 'sec-mtls'),
  );
  securityCase(
    'mtls-untrusted-cert',
    'a client whose certificate no truststore of the broker trusts (self-signed) is refused on the mTLS listener',
    ['produce ERROR org.apache.kafka.common.errors.SslAuthenticationException'],
    (side) => probe('roundtrip', mtls(side, 'mtls-stranger', join(certs.dir, 'stranger.p12')), 'sec-mtls'),
  );

  securityCase('sasl-plain', 'produce and consume over SASL_SSL with PLAIN', ROUNDTRIP, (side) =>
    probe('roundtrip', clientProps(side, 'plain', sasl(side, 'PLAIN', plainJaas('alice', 'alice-pw'))), 'sec-plain'),
  );

  securityCase(
    'scram-users',
    'kafka-configs adds SCRAM-SHA-256 and -512 users (AlterUserScramCredentials) and describes them',
    [
      'Completed updating config for user scram256.',
      'Completed updating config for user scram512.',
      "SCRAM credential configs for user-principal 'scram256' are SCRAM-SHA-256=iterations=8192",
      "SCRAM credential configs for user-principal 'scram512' are SCRAM-SHA-512=iterations=4096",
    ],
    async (side) => {
      const config = (args: string[]) => tool(side, 'org.apache.kafka.tools.ConfigCommand', args);
      const users = (name: string) => ['--entity-type', 'users', '--entity-name', name];
      return [
        ...(await config([
          '--alter',
          '--add-config',
          'SCRAM-SHA-256=[iterations=8192,password=s256-pw]',
          ...users('scram256'),
        ])),
        ...(await config(['--alter', '--add-config', 'SCRAM-SHA-512=[password=s512-pw]', ...users('scram512')])),
        ...(await config(['--describe', ...users('scram256')])),
        ...(await config(['--describe', ...users('scram512')])),
      ];
    },
  );
  for (const [mechanism, user, password] of [
    ['SCRAM-SHA-256', 'scram256', 's256-pw'],
    ['SCRAM-SHA-512', 'scram512', 's512-pw'],
  ] as const) {
    securityCase(
      `sasl-${mechanism.toLowerCase()}`,
      `produce and consume over SASL_SSL with ${mechanism} (the user kafka-configs made)`,
      ROUNDTRIP,
      (side) =>
        probe(
          'roundtrip',
          clientProps(side, mechanism, sasl(side, mechanism, scramJaas(user, password))),
          `sec-${user}`,
        ),
    );
  }
  securityCase(
    'sasl-oauthbearer',
    'produce and consume over SASL_SSL with OAUTHBEARER (an unsecured JWT, sub=oauth)',
    ROUNDTRIP,
    (side) =>
      probe(
        'roundtrip',
        clientProps(
          side,
          'oauth',
          sasl(side, 'OAUTHBEARER', `${OAUTH_MODULE} required unsecuredLoginStringClaim_sub="oauth";`),
        ),
        'sec-oauth',
      ),
  );

  const refused = (message: string) => [
    `produce ERROR org.apache.kafka.common.errors.SaslAuthenticationException: ${message}`,
  ];
  securityCase(
    'wrong-password-plain',
    "a wrong PLAIN password is refused with Kafka's message",
    refused('Authentication failed: Invalid username or password'),
    (side) =>
      probe('roundtrip', clientProps(side, 'plain-bad', sasl(side, 'PLAIN', plainJaas('alice', 'nope'))), 'sec-plain'),
  );
  securityCase(
    'wrong-password-scram',
    "a wrong SCRAM-SHA-512 password is refused with Kafka's message",
    refused('Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512'),
    (side) =>
      probe(
        'roundtrip',
        clientProps(side, 'scram-bad', sasl(side, 'SCRAM-SHA-512', scramJaas('scram512', 'nope'))),
        'sec-scram512',
      ),
  );

  securityCase(
    'unknown-user-scram',
    "a SCRAM-SHA-256 user no one created is refused with Kafka's message",
    refused('Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-256'),
    (side) =>
      probe(
        'roundtrip',
        clientProps(side, 'scram-unknown', sasl(side, 'SCRAM-SHA-256', scramJaas('nobody', 'nope'))),
        'sec-scram256',
      ),
  );

  securityCase(
    'delegation-tokens',
    'kafka-delegation-tokens: scram256 creates a token, the Java client logs in with it (tokenauth), describe, a token login may not create one, expire ends it',
    [
      'created: owner User:scram256, requester User:scram256, renewers [User:scram512]',
      ...ROUNDTRIP,
      'describe, no owner given: Total number of tokens : 0',
      'describe --owner-principal User:scram256: Total number of tokens : 1',
      'create with a token login: org.apache.kafka.common.errors.UnsupportedByAuthenticationException',
      'expire: Completed expire operation.',
      'produce ERROR org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512',
    ],
    async (side) => {
      const owner = clientProps(side, 'token-owner', sasl(side, 'SCRAM-SHA-256', scramJaas('scram256', 's256-pw')));
      const tokens = (config: string, args: string[]) =>
        run([
          '-cp',
          kafkaClasspath(),
          'org.apache.kafka.tools.DelegationTokenCommand',
          '--bootstrap-server',
          `127.0.0.1:${side.ports.saslSsl}`,
          '--command-config',
          config,
          ...args,
        ]);
      const created = await tokens(owner, [
        '--create',
        '--max-life-time-period',
        '-1',
        '--renewer-principal',
        'User:scram512',
      ]);
      // TOKENID HMAC OWNER REQUESTER RENEWERS ISSUEDATE EXPIRYDATE MAXDATE
      const row = created.stdout.split('\n').find((line) => /^\S+\s+\S+\s+User:scram256\s/.test(line));
      if (!row) throw new Error(`no token in the output (exit ${created.code}):\n${created.stdout}${created.stderr}`);
      const [tokenId, hmac, ownerName, requester, renewers] = row.trim().split(/\s+/) as string[];
      const tokenLogin = clientProps(
        side,
        'token-login',
        sasl(
          side,
          'SCRAM-SHA-512',
          `${SCRAM_MODULE} required username="${tokenId}" password="${hmac}" tokenauth="true";`,
        ),
      );
      const total = (out: { stdout: string }) => out.stdout.split('\n').find((l) => l.startsWith('Total number')) ?? '';
      const roundtrip = await probe('roundtrip', tokenLogin, 'sec-token');
      const describedNone = await tokens(owner, ['--describe']);
      const describedOwner = await tokens(owner, ['--describe', '--owner-principal', 'User:scram256']);
      const byToken = await tokens(tokenLogin, ['--create', '--max-life-time-period', '-1']);
      const expired = await tokens(owner, ['--expire', '--hmac', hmac!, '--expiry-time-period', '-1']);
      const afterExpiry = await probe('roundtrip', tokenLogin, 'sec-token');
      return [
        `created: owner ${ownerName}, requester ${requester}, renewers ${renewers}`,
        ...roundtrip,
        `describe, no owner given: ${total(describedNone)}`,
        `describe --owner-principal User:scram256: ${total(describedOwner)}`,
        `create with a token login: ${(byToken.stdout + byToken.stderr).match(/org\.apache\.kafka\.common\.errors\.\w+/)?.[0]}`,
        // "Completed expire operation. New expiry date : <now>": the date differs by run.
        `expire: ${expired.stdout.match(/Completed expire operation\./)?.[0] ?? expired.stderr}`,
        ...afterExpiry,
      ];
    },
  );

  /**
   * The JWT listener's client: Kafka 4.4's FileJwtRetriever sends the token in a file (the JVM must allow its URL).
   * Each token is signed by the in-test provider's key (or a stranger's) with the claims given.
   */
  const jwtClient = async (side: Side, name: string, claims: Record<string, unknown>, key = idpKey) => {
    const tokenFile = join(certs.dir, `${side.id}-${name}.jwt`);
    const now = nowSeconds();
    writeFileSync(
      tokenFile,
      signJwt(key, { sub: 'jwtuser', iss: JWT_ISSUER, aud: JWT_AUDIENCE, iat: now, exp: now + 600, ...claims }),
    );
    const props = clientProps(side, name, [
      `bootstrap.servers=127.0.0.1:${side.ports.jwt}`,
      'security.protocol=SASL_PLAINTEXT',
      'sasl.mechanism=OAUTHBEARER',
      'sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler',
      `sasl.oauthbearer.token.endpoint.url=file:${tokenFile}`,
      `sasl.jaas.config=${OAUTH_MODULE} required;`,
    ]);
    return probe('roundtrip', props, 'sec-jwt', [`-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=file:${tokenFile}`]);
  };
  securityCase(
    'jwks-signed-jwt',
    'produce and consume with OAUTHBEARER and a signed JWT checked against the JWKS (OAuthBearerValidatorCallbackHandler)',
    ROUNDTRIP,
    (side) => jwtClient(side, 'jwt-ok', {}),
  );
  securityCase(
    'jwks-wrong-audience',
    'a signed JWT for another audience is refused',
    refused('{"status":"invalid_token"}'),
    (side) => jwtClient(side, 'jwt-aud', { aud: 'another-cluster' }),
  );
  securityCase(
    'jwks-unknown-key',
    'a JWT signed by a key the JWKS does not hold is refused',
    refused('{"status":"invalid_token"}'),
    (side) => jwtClient(side, 'jwt-stranger', {}, signingKey('stranger')),
  );
  securityCase('jwks-expired', 'an expired signed JWT is refused', refused('{"status":"invalid_token"}'), (side) =>
    jwtClient(side, 'jwt-expired', { iat: nowSeconds() - 3600, exp: nowSeconds() - 600 }),
  );

  const mallory = (side: Side) => clientProps(side, 'mallory', sasl(side, 'PLAIN', plainJaas('mallory', 'mallory-pw')));
  securityCase(
    'acl-less-principal',
    'a principal without ACLs is refused per API with the error Kafka gives',
    [
      'produce ERROR org.apache.kafka.common.errors.TopicAuthorizationException',
      'fetch ERROR org.apache.kafka.common.errors.TopicAuthorizationException',
      // The consumer asks Metadata for the subscribed topic before it looks for its group's coordinator.
      'group-consume ERROR org.apache.kafka.common.errors.TopicAuthorizationException',
      'create-topic ERROR org.apache.kafka.common.errors.TopicAuthorizationException',
      'list-topics OK []',
      'describe-acls ERROR org.apache.kafka.common.errors.ClusterAuthorizationException',
    ],
    // sec-plain exists (sasl-plain wrote to it) and mallory may do nothing with it.
    (side) => probe('probe', mallory(side), 'sec-plain'),
  );

  securityCase(
    'kafka-acls',
    'kafka-acls --add, --list, --remove print the same (normalized) on both',
    [
      '# add',
      'Adding ACLs for resource `ResourcePattern(resourceType=TOPIC, name=orders, patternType=PREFIXED)`:',
      '(principal=User:carol, host=*, operation=DESCRIBE, permissionType=ALLOW)',
      '(principal=User:carol, host=*, operation=WRITE, permissionType=ALLOW)',
      'Adding ACLs for resource `ResourcePattern(resourceType=TRANSACTIONAL_ID, name=tx-, patternType=PREFIXED)`:',
      '(principal=User:carol, host=*, operation=DESCRIBE, permissionType=ALLOW)',
      '(principal=User:carol, host=*, operation=WRITE, permissionType=ALLOW)',
      '# list',
      'ACLs for principal `User:carol`',
      'Current ACLs for resource `ResourcePattern(resourceType=TOPIC, name=orders, patternType=PREFIXED)`:',
      '(principal=User:carol, host=*, operation=DESCRIBE, permissionType=ALLOW)',
      '(principal=User:carol, host=*, operation=WRITE, permissionType=ALLOW)',
      'Current ACLs for resource `ResourcePattern(resourceType=TRANSACTIONAL_ID, name=tx-, patternType=PREFIXED)`:',
      '(principal=User:carol, host=*, operation=DESCRIBE, permissionType=ALLOW)',
      '(principal=User:carol, host=*, operation=WRITE, permissionType=ALLOW)',
      '# remove',
      '# list after remove',
      'ACLs for principal `User:carol`',
      'Current ACLs for resource `ResourcePattern(resourceType=TRANSACTIONAL_ID, name=tx-, patternType=PREFIXED)`:',
      '(principal=User:carol, host=*, operation=DESCRIBE, permissionType=ALLOW)',
      '(principal=User:carol, host=*, operation=WRITE, permissionType=ALLOW)',
    ],
    async (side) => {
      const add = await kafkaAcls(side, [
        '--add',
        '--allow-principal',
        'User:carol',
        '--operation',
        'Write',
        '--operation',
        'Describe',
        '--topic',
        'orders',
        '--transactional-id',
        'tx-',
        '--resource-pattern-type',
        'prefixed',
      ]);
      const list = await kafkaAcls(side, ['--list', '--principal', 'User:carol']);
      const remove = await kafkaAcls(side, [
        '--remove',
        '--force',
        '--topic',
        'orders',
        '--resource-pattern-type',
        'prefixed',
      ]);
      const after = await kafkaAcls(side, ['--list', '--principal', 'User:carol']);
      return ['# add', ...add, '# list', ...list, '# remove', ...remove, '# list after remove', ...after];
    },
  );

  securityCase(
    'acl-grants',
    'ACLs added with kafka-acls: the topic alone lets mallory produce (her group refused), with the group she consumes; removed, refused again',
    [
      'produce OK sent',
      'consume ERROR org.apache.kafka.common.errors.GroupAuthorizationException',
      ...ROUNDTRIP,
      'produce ERROR org.apache.kafka.common.errors.TopicAuthorizationException',
    ],
    async (side) => {
      const topic = ['--allow-principal', 'User:mallory', '--operation', 'All', '--topic', 'sec-plain'];
      const group = ['--allow-principal', 'User:mallory', '--operation', 'Read', '--group', 'secure-sec-plain'];
      await kafkaAcls(side, ['--add', ...topic]);
      const topicOnly = await probe('roundtrip', mallory(side), 'sec-plain');
      await kafkaAcls(side, ['--add', ...group]);
      const both = await probe('roundtrip', mallory(side), 'sec-plain');
      await kafkaAcls(side, ['--remove', '--force', ...topic]);
      await kafkaAcls(side, ['--remove', '--force', ...group]);
      const none = await probe('roundtrip', mallory(side), 'sec-plain');
      return [...topicOnly, ...both, ...none];
    },
  );

  it('brook-vs-kafka: every case printed the same lines on Brook as on Kafka in this run', function () {
    if (sides.length < 2) this.skip();
    const differ: string[] = [];
    for (const [id, seen] of observed) {
      const brook = seen.get('brook-process');
      const kafka = seen.get('kafka-process');
      if (brook && kafka && JSON.stringify(brook) !== JSON.stringify(kafka)) {
        differ.push(`${id}:\n  Brook: ${brook.join(' | ')}\n  Kafka: ${kafka.join(' | ')}`);
      }
    }
    assert.equal(differ.join('\n'), '');
  });
});
