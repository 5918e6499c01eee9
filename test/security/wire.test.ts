import assert from 'node:assert/strict';
import { connect as netConnect } from 'node:net';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { MetadataRequestCodec } from '../../protocol/generated';
import { credentialFromPassword, scramMechanismByName } from '../../src/security/scram';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from '../broker/wire-client';
import { hasOpenssl, makeTestCerts, type TestCerts } from '../../compat-tests/lib/test-certs';

const METADATA_ALL = { ...MetadataRequestCodec.defaults(), topics: null };
const JAAS = 'org.apache.kafka.common.security.plain.PlainLoginModule required user_alice="alice-pw";';
const port = (b: TestBroker, listener: string) => Number(b.endpoints[listener]!.split(':')[1]);

/** SASL and SCRAM-credential APIs on the wire (raw frames), start-up checks of keystores, and a handshake fuzz. */
describe('security on the wire', function () {
  this.timeout(60000);
  let broker: TestBroker;
  let certs: TestCerts | null = null;

  before(async () => {
    certs = hasOpenssl() ? makeTestCerts({ jks: true }) : null;
    broker = await startBroker({
      logLevel: 'error',
      listeners: `PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0,REAUTH://127.0.0.1:0${certs ? ',SASL_SSL://127.0.0.1:0' : ''}`,
      config: {
        'listener.security.protocol.map':
          'PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,REAUTH:SASL_PLAINTEXT,SASL_SSL:SASL_SSL',
        'listener.name.reauth.connections.max.reauth.ms': 300,
        'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256',
        'sasl.jaas.config': JAAS,
        'sasl.server.max.receive.size': 4096,
        ...(certs
          ? {
              'ssl.keystore.type': 'PKCS12',
              'ssl.keystore.location': certs.serverP12File,
              'ssl.keystore.password': certs.password,
            }
          : {}),
      },
    });
    const m = scramMechanismByName('SCRAM-SHA-256')!;
    broker.broker.scramCredentials.apply([
      { kind: 'upsert', user: 'alice', mechanism: m, credential: credentialFromPassword(m, 'x') },
    ]);
  });
  after(async () => {
    await broker?.stop();
    certs?.cleanup();
  });

  it('authenticates PLAIN with SaslHandshake v0 and raw token frames, then serves requests', async () => {
    const c = await WireClient.connect(port(broker, 'SASL_PLAINTEXT'));
    c.send(17, 0, { mechanism: 'PLAIN' });
    const hs = await c.nextResponse<{ errorCode: number; mechanisms: string[] }>(17, 0);
    assert.deepEqual(hs.body, { errorCode: 0, mechanisms: ['PLAIN', 'SCRAM-SHA-256'] });
    const token = Buffer.from('\u0000alice\u0000alice-pw');
    const size = Buffer.alloc(4);
    size.writeInt32BE(token.length);
    c.write(Buffer.concat([size, token]));
    assert.equal((await c.next())!.length, 0, 'PLAIN answers an empty token');
    c.send(3, 12, METADATA_ALL);
    const metadata = await c.nextResponse<{ brokers: { port: number }[] }>(3, 12);
    assert.equal(
      metadata.body.brokers[0]!.port,
      port(broker, 'SASL_PLAINTEXT'),
      'Metadata advertises the listener the client came in on',
    );
    c.close();
  });

  it('refuses requests before authentication, unknown mechanisms and wrong passwords as Kafka does', async () => {
    const early = await WireClient.connect(port(broker, 'SASL_PLAINTEXT'));
    early.send(3, 12, METADATA_ALL);
    assert.equal(await early.next(), null);
    assert.ok(early.closed, 'Metadata before SaslHandshake closes the connection without an answer');

    const gss = await WireClient.connect(port(broker, 'SASL_PLAINTEXT'));
    gss.send(17, 1, { mechanism: 'GSSAPI' });
    const refused = await gss.nextResponse<{ errorCode: number; mechanisms: string[] }>(17, 1);
    assert.deepEqual(refused.body, { errorCode: 33, mechanisms: ['PLAIN', 'SCRAM-SHA-256'] });
    assert.ok(await gss.waitClosed());

    const wrong = await WireClient.connect(port(broker, 'SASL_PLAINTEXT'));
    wrong.send(17, 1, { mechanism: 'SCRAM-SHA-256' });
    await wrong.nextResponse(17, 1);
    const guessed = performance.now();
    wrong.send(36, 2, { authBytes: Buffer.from('n,,n=nobody,r=abcdef') });
    const failed = await wrong.nextResponse<{ errorCode: number; errorMessage: string }>(36, 2);
    assert.ok(
      performance.now() - guessed >= 95,
      'a failed authentication is answered after connection.failed.authentication.delay.ms (100), as Kafka',
    );
    assert.equal(failed.body.errorCode, 58);
    assert.equal(
      failed.body.errorMessage,
      'Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-256',
    );
    assert.ok(await wrong.waitClosed());

    const plaintext = await WireClient.connect(port(broker, 'PLAINTEXT'));
    plaintext.send(36, 1, { authBytes: Buffer.alloc(0) });
    const illegal = await plaintext.nextResponse<{ errorCode: number; errorMessage: string }>(36, 1);
    assert.equal(illegal.body.errorCode, 34, 'SaslAuthenticate on a listener without SASL: ILLEGAL_SASL_STATE');
    plaintext.close();
  });

  it("gives SASL sessions the listener's connections.max.reauth.ms, closes expired ones, re-authenticates live ones", async () => {
    const login = async (c: WireClient) => {
      c.send(17, 1, { mechanism: 'PLAIN' });
      assert.equal((await c.nextResponse<{ errorCode: number }>(17, 1)).body.errorCode, 0);
      c.send(36, 2, { authBytes: Buffer.from('\u0000alice\u0000alice-pw') });
      return (await c.nextResponse<{ errorCode: number; sessionLifetimeMs: bigint }>(36, 2)).body;
    };
    const expiring = await WireClient.connect(port(broker, 'REAUTH'));
    assert.deepEqual(await login(expiring), {
      errorCode: 0,
      errorMessage: null,
      authBytes: Buffer.alloc(0),
      sessionLifetimeMs: 300n,
    });
    const renewed = await WireClient.connect(port(broker, 'REAUTH'));
    await login(renewed);
    await new Promise((r) => setTimeout(r, 350));
    expiring.send(3, 12, METADATA_ALL);
    assert.equal(await expiring.next(), null, 'a request after the session expired closes the connection');
    assert.equal((await login(renewed)).errorCode, 0, 'SaslHandshake + SaslAuthenticate again on the live connection');
    renewed.send(3, 12, METADATA_ALL);
    assert.ok((await renewed.nextResponse(3, 12)).body);
    renewed.close();
  });

  it('never writes a password or SASL bytes to a log line, even at debug level', async () => {
    const lines: string[] = [];
    const b = await startBroker({
      logLevel: 'debug',
      onLog: (entry) => lines.push(JSON.stringify(entry)),
      listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
      config: {
        'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256',
        'sasl.jaas.config': JAAS.replace('alice-pw', 'Sekr1t-right'),
      },
    });
    try {
      for (const [mechanism, token] of [
        ['PLAIN', '\u0000alice\u0000Sekr1t-right'],
        ['PLAIN', '\u0000alice\u0000Sekr1t-wrong'],
        ['SCRAM-SHA-256', 'n,,n=Sekr1t-user,r=Sekr1t-nonce'],
      ] as const) {
        for (const version of [0, 1]) {
          const c = await WireClient.connect(b.port);
          c.send(17, version, { mechanism });
          await c.nextResponse(17, version);
          if (version === 0) c.write(Buffer.concat([Buffer.from([0, 0, 0, token.length]), Buffer.from(token)]));
          else c.send(36, 2, { authBytes: Buffer.from(token) });
          await c.next();
          c.close();
        }
      }
    } finally {
      await b.stop();
    }
    assert.ok(
      lines.some((l) => l.includes('SASL authentication failed')),
      'the failures are logged',
    );
    const leaks = lines.filter((l) => l.includes('Sekr1t'));
    assert.deepEqual(leaks, []);
  });

  it("manages SCRAM credentials with Kafka's checks, durably across a restart", async () => {
    const c = await WireClient.connect(port(broker, 'PLAINTEXT'));
    const salted = Buffer.alloc(32, 7);
    c.send(51, 0, {
      deletions: [{ name: 'ghost', mechanism: 1 }],
      upsertions: [
        { name: 'bob', mechanism: 1, iterations: 8192, salt: Buffer.from('salt'), saltedPassword: salted },
        { name: 'few', mechanism: 1, iterations: 100, salt: Buffer.from('s'), saltedPassword: salted },
        { name: 'many', mechanism: 2, iterations: 20000, salt: Buffer.from('s'), saltedPassword: salted },
        { name: '', mechanism: 1, iterations: 4096, salt: Buffer.from('s'), saltedPassword: salted },
        { name: 'odd', mechanism: 9, iterations: 4096, salt: Buffer.from('s'), saltedPassword: salted },
      ],
    });
    const altered = await c.nextResponse<{
      results: { user: string; errorCode: number; errorMessage: string | null }[];
    }>(51, 0);
    const byUser = Object.fromEntries(altered.body.results.map((r) => [r.user, [r.errorCode, r.errorMessage]]));
    assert.deepEqual(byUser, {
      bob: [0, null],
      ghost: [91, 'Attempt to delete a user credential that does not exist'],
      few: [93, 'Too few iterations'],
      many: [93, 'Too many iterations'],
      '': [93, 'Username must not be empty'],
      odd: [33, 'Unknown SCRAM mechanism'],
    });
    c.close();
    await broker.restart();
    const d = await WireClient.connect(port(broker, 'PLAINTEXT'));
    d.send(50, 0, { users: [{ name: 'bob' }, { name: 'nobody' }, { name: 'alice' }, { name: 'alice' }] });
    const described = await d.nextResponse<{
      results: { user: string; errorCode: number; errorMessage: string | null; credentialInfos: unknown[] }[];
    }>(50, 0);
    const results = Object.fromEntries(described.body.results.map((r) => [r.user, r]));
    assert.deepEqual(results.bob!.credentialInfos, [{ mechanism: 1, iterations: 8192 }]);
    assert.equal(results.nobody!.errorMessage, 'Attempt to describe a user credential that does not exist: nobody');
    assert.equal(results.alice!.errorCode, 92);
    d.close();
  });

  it('survives a fuzz of truncated, oversized and garbage SASL and TLS handshakes while serving others', async () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
    const frame = (body: Buffer) => {
      const size = Buffer.alloc(4);
      size.writeInt32BE(body.length);
      return Buffer.concat([size, body]);
    };
    const healthy = await WireClient.connect(port(broker, 'PLAINTEXT'));
    const attacks: Promise<unknown>[] = [];
    for (let i = 0; i < 60; i++) {
      const kind = i % 6;
      attacks.push(
        (async () => {
          const c = await WireClient.connect(port(broker, 'SASL_PLAINTEXT'));
          if (kind === 0) c.write(bytes(1 + Math.floor(random() * 64))); // garbage, maybe a huge size prefix
          if (kind === 1) c.write(frame(bytes(8000))); // over sasl.server.max.receive.size (4096)
          if (kind === 2) {
            c.send(17, 1, { mechanism: random() < 0.5 ? 'PLAIN' : 'SCRAM-SHA-256' });
            c.send(36, 2, { authBytes: bytes(Math.floor(random() * 300)) });
          }
          if (kind === 3) {
            c.send(17, 0, { mechanism: 'SCRAM-SHA-256' });
            c.write(frame(bytes(Math.floor(random() * 200))));
          }
          if (kind === 4) c.write(c.frame(17, 1, { mechanism: 'PLAIN' }).subarray(0, 7)); // truncated, then closed
          if (kind === 5) c.write(frame(Buffer.concat([Buffer.from([0, 17, 0, 1]), bytes(20)]))); // broken handshake body
          const closed = await c.waitClosed(kind === 4 ? 100 : 3000);
          if (kind !== 4) assert.ok(closed, `attack ${i} (kind ${kind}) left the connection open`);
          c.close();
        })(),
      );
      if (certs) {
        attacks.push(
          new Promise<void>((resolve) => {
            const s = netConnect(port(broker, 'SASL_SSL'), '127.0.0.1', () => {
              // A TLS record header followed by garbage, or a truncated ClientHello prefix, or plain Kafka bytes.
              s.write(
                kind % 3 === 0
                  ? Buffer.concat([Buffer.from([22, 3, 1, 0, 200]), bytes(50)])
                  : kind % 3 === 1
                    ? Buffer.from([22, 3, 1])
                    : frame(bytes(30)),
              );
              if (kind % 3 !== 2) setTimeout(() => s.destroy(), 50);
            });
            s.on('error', () => {});
            s.on('close', () => resolve());
            setTimeout(() => s.destroy(), 3000).unref();
          }),
        );
      }
    }
    healthy.send(18, 3, { clientSoftwareName: 'fuzz', clientSoftwareVersion: '1' });
    assert.equal((await healthy.nextResponse<{ errorCode: number }>(18, 3)).body.errorCode, 0);
    await Promise.all(attacks);
    healthy.send(18, 3, { clientSoftwareName: 'fuzz', clientSoftwareVersion: '1' });
    assert.equal((await healthy.nextResponse<{ errorCode: number }>(18, 3)).body.errorCode, 0);
    healthy.close();
    if (certs) {
      assert.ok(broker.broker.securityStats.tlsHandshakeFailures > 0);
      // A good TLS + SASL client still gets in.
      const tls = tlsConnect({
        host: '127.0.0.1',
        port: port(broker, 'SASL_SSL'),
        ca: certs.caPem,
        servername: 'localhost',
      });
      await new Promise<void>((resolve, reject) => tls.once('secureConnect', resolve).once('error', reject));
      tls.destroy();
    }
    assert.ok(broker.broker.securityStats.saslAuthenticationFailures > 0);
  });

  it('starts from PEM files, JKS keystores and PKCS12 truststores (mTLS), and refuses wrong passwords in one line', async function () {
    if (!certs) {
      console.log('    (openssl is not on this machine: no certificates; skipped)');
      this.skip();
    }
    const tls = { ca: certs!.caPem, servername: 'localhost' };
    const variants: Record<string, string>[] = [
      { 'ssl.keystore.type': 'PEM', 'ssl.keystore.location': certs!.serverPemFile },
    ];
    // mTLS with the CA in PKCS12 truststores, one from openssl and one from keytool (the JDK's default type).
    const mtls = {
      'ssl.keystore.type': 'PEM',
      'ssl.keystore.location': certs!.serverPemFile,
      'ssl.client.auth': 'required',
      'ssl.truststore.type': 'PKCS12',
      'ssl.truststore.password': certs!.password,
    };
    variants.push({ ...mtls, 'ssl.truststore.location': certs!.truststoreP12File });
    if (certs!.serverJksFile)
      variants.push({ ...mtls, 'ssl.truststore.location': join(certs!.dir, 'trust-keytool.p12') });
    if (certs!.serverJksFile) {
      variants.push({
        'ssl.keystore.location': certs!.serverJksFile,
        'ssl.keystore.password': certs!.password,
        'ssl.key.password': certs!.password,
      });
    } else console.log('    (keytool missing: the JKS keystore variant is not run)');
    for (const config of variants) {
      const b = await startBroker({ logLevel: 'error', listeners: 'SSL://127.0.0.1:0', config });
      try {
        const s = tlsConnect({
          host: '127.0.0.1',
          port: b.port,
          ...tls,
          key: certs!.clientKeyPem,
          cert: certs!.clientCertPem,
        });
        await new Promise<void>((resolve, reject) => s.once('secureConnect', resolve).once('error', reject));
        s.destroy();
      } finally {
        await b.stop();
      }
    }
    await assert.rejects(
      startBroker({
        logLevel: 'error',
        listeners: 'SSL://127.0.0.1:0',
        config: {
          'ssl.keystore.type': 'PKCS12',
          'ssl.keystore.location': certs!.serverP12File,
          'ssl.keystore.password': 'wrong',
        },
      }),
      (e: Error) => /listener SSL: cannot use the keystore/.test(e.message) && !e.message.includes('\n'),
    );
    // ssl.client.auth=requested: no certificate is fine (User:ANONYMOUS), an untrusted one fails as in Java.
    const requested = await startBroker({
      logLevel: 'error',
      listeners: 'SSL://127.0.0.1:0',
      config: { ...mtls, 'ssl.client.auth': 'requested', 'ssl.truststore.location': certs!.truststoreP12File },
    });
    try {
      const attempt = (extra: object) =>
        new Promise<string>((resolve) => {
          const s = tlsConnect({ host: '127.0.0.1', port: requested.port, ...tls, ...extra });
          s.once('secureConnect', () => {
            // TLS 1.3: the server judges the client certificate after the client finished; a refusal closes.
            s.once('close', () => resolve('closed'));
            setTimeout(() => resolve('open'), 300).unref();
          });
          s.once('error', () => resolve('closed'));
        });
      assert.equal(await attempt({}), 'open');
      assert.equal(await attempt({ key: certs!.strangerKeyPem, cert: certs!.strangerCertPem }), 'closed');
    } finally {
      await requested.stop();
    }
    await assert.rejects(
      startBroker({
        logLevel: 'error',
        listeners: 'SSL://127.0.0.1:0',
        config: { ...mtls, 'ssl.truststore.location': certs!.truststoreP12File, 'ssl.truststore.password': 'wrong' },
      }),
      /cannot decrypt the certificates \(wrong ssl.truststore.password\?\)/,
    );
    await assert.rejects(
      startBroker({
        logLevel: 'error',
        listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
        config: { 'sasl.enabled.mechanisms': 'PLAIN' },
      }),
      /PLAIN needs its users/,
    );
    await assert.rejects(
      startBroker({
        logLevel: 'error',
        listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
        config: { 'sasl.enabled.mechanisms': 'GSSAPI' },
      }),
      /SASL mechanism GSSAPI is not supported by Brook/,
    );
  });
});
