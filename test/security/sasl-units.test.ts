import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JaasConfigError, parseJaasConfig, plainUsers } from '../../src/security/jaas';
import { certificatePem } from '../../src/security/der';
import { readJks } from '../../src/security/jks';
import { PlainSaslServer } from '../../src/security/plain';
import { SslPrincipalMapper } from '../../src/security/principal';
import { SaslAuthenticator } from '../../src/security/sasl-authenticator';
import { SaslFailure } from '../../src/security/sasl-server';
import { credentialFromPassword, ScramSaslServer, scramMechanismByName } from '../../src/security/scram';
import { hasKeytool, hasOpenssl, makeTestCerts } from '../../compat-tests/lib/test-certs';

const sha256 = scramMechanismByName('SCRAM-SHA-256')!;
const sha512 = scramMechanismByName('SCRAM-SHA-512')!;

describe('security units', () => {
  describe('JAAS config', () => {
    it("reads PlainLoginModule's user_<name> options, quoted and bare, over several lines", () => {
      const entries = parseJaasConfig(
        'org.apache.kafka.common.security.plain.PlainLoginModule required\n  username="admin"\n  password="a;b=c \\"q\\""\n  user_admin="a;b=c \\"q\\"" user_bob=bare;',
      );
      assert.equal(entries.length, 1);
      assert.equal(entries[0]!.flag, 'required');
      assert.deepEqual(
        [...plainUsers(entries)],
        [
          ['admin', 'a;b=c "q"'],
          ['bob', 'bare'],
        ],
      );
    });
    it('refuses broken entries without echoing their values', () => {
      for (const bad of [
        'Module required user_a="secret"',
        'Module maybe user_a="x";',
        'Module required user_a "x";',
        'Module required user_a="unterminated;',
        '',
      ]) {
        assert.throws(
          () => parseJaasConfig(bad),
          (e: Error) => e instanceof JaasConfigError && !e.message.includes('secret'),
          bad,
        );
      }
    });
  });

  describe('SASL/PLAIN', () => {
    const users = new Map([['alice', 'alice-pw']]);
    const run = (token: string) => new PlainSaslServer(users).evaluate(Buffer.from(token));
    it('accepts the right password, with or without an equal authorization id', () => {
      const server = new PlainSaslServer(users);
      server.evaluate(Buffer.from('\u0000alice\u0000alice-pw'));
      assert.equal(server.complete, true);
      assert.equal(server.authorizationId, 'alice');
      assert.doesNotThrow(() => run('alice\u0000alice\u0000alice-pw'));
    });
    it("refuses with Kafka's messages", () => {
      const cases: [string, RegExp][] = [
        ['\u0000alice\u0000wrong', /^Authentication failed: Invalid username or password$/],
        ['\u0000nobody\u0000alice-pw', /^Authentication failed: Invalid username or password$/],
        ['\u0000\u0000pw', /username not specified/],
        ['\u0000alice\u0000', /password not specified/],
        ['alice-pw', /expected 3 tokens, got 1/],
        ['a\u0000b\u0000c\u0000d\u0000e', /expected 3 tokens, got 4/],
        ['bob\u0000alice\u0000alice-pw', /authorization id that is different from username/],
      ];
      for (const [token, message] of cases) {
        assert.throws(
          () => run(token),
          (e: Error) => e instanceof SaslFailure && e.shownToClient && message.test(e.message),
        );
      }
    });
  });

  describe('SCRAM', () => {
    it('follows the RFC 7677 SCRAM-SHA-256 example exchange byte for byte', () => {
      const salt = Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64');
      const credential = credentialFromPassword(sha256, 'pencil', 4096, salt);
      const server = new ScramSaslServer(
        sha256,
        (user) => (user === 'user' ? credential : undefined),
        undefined,
        () => '%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0',
      );
      const first = server.evaluate(Buffer.from('n,,n=user,r=rOprNGfwEbeRWgbNEkqO')).toString();
      assert.equal(first, 'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096');
      const final = server
        .evaluate(
          Buffer.from(
            'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=',
          ),
        )
        .toString();
      assert.equal(final, 'v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=');
      assert.equal(server.complete, true);
      assert.equal(server.authorizationId, 'user');
    });

    it('refuses a wrong proof, an unknown user, a bad nonce and garbage without showing why to the client', () => {
      const credential = credentialFromPassword(sha512, 'right');
      const lookup = (user: string) => (user === 'u=,x' ? credential : undefined);
      const start = () => {
        const server = new ScramSaslServer(sha512, lookup, undefined, () => 'SERVER');
        // saslname escapes: =3D is '=', =2C is ','
        const first = server.evaluate(Buffer.from('n,,n=u=3D=2Cx,r=CLIENT')).toString();
        assert.match(first, /^r=CLIENTSERVER,s=[^,]+,i=4096$/);
        return server;
      };
      const hidden = (e: Error) => e instanceof SaslFailure && !e.shownToClient;
      assert.throws(
        () => start().evaluate(Buffer.from(`c=biws,r=CLIENTSERVER,p=${Buffer.alloc(64).toString('base64')}`)),
        hidden,
      );
      assert.throws(
        () => start().evaluate(Buffer.from(`c=biws,r=OTHER,p=${Buffer.alloc(64).toString('base64')}`)),
        /Invalid client nonce/,
      );
      assert.throws(() => new ScramSaslServer(sha512, lookup).evaluate(Buffer.from('n,,n=ghost,r=abc')), hidden);
      for (const garbage of ['', 'x', 'p=tls-unique,,n=u,r=a', '\u0000\u0001\u00ff', 'n,,n=,r=']) {
        assert.throws(
          () => new ScramSaslServer(sha512, lookup).evaluate(Buffer.from(garbage, 'latin1')),
          hidden,
          garbage,
        );
      }
      const done = start();
      assert.throws(() => done.evaluate(Buffer.from('c=biws')), hidden);
      assert.throws(() => done.evaluate(Buffer.from('again')), /Unexpected challenge/);
    });

    it('refuses stored credentials under the minimum iterations', () => {
      const weak = credentialFromPassword(sha256, 'pw', 1000);
      assert.throws(
        () => new ScramSaslServer(sha256, () => weak).evaluate(Buffer.from('n,,n=u,r=abc')),
        /Iterations 1000 is less than the minimum 4096 for SCRAM-SHA-256/,
      );
    });
  });

  describe('SASL authenticator', () => {
    const config = {
      mechanisms: ['PLAIN'],
      plainUsers: new Map([['a', 'pw']]),
      scramCredentials: () => undefined,
      maxReauthMs: 1000,
      oauthBearer: null,
    };
    it('lets only ApiVersions and SaslHandshake through first, then only SaslAuthenticate', () => {
      const auth = new SaslAuthenticator(config);
      assert.deepEqual(auth.gate(18, 'ApiVersions'), { pass: true });
      assert.equal(auth.gate(3, 'Metadata').pass, false);
      assert.equal(auth.handshake('PLAIN', 1), 0);
      assert.equal(auth.gate(18, 'ApiVersions').pass, false);
      assert.deepEqual(auth.gate(36, 'SaslAuthenticate'), { pass: true });
      assert.equal(auth.authenticate(Buffer.from('\u0000a\u0000pw')).sessionLifetimeMs, 1000);
      assert.equal(auth.principal, 'User:a');
      assert.deepEqual(auth.gate(3, 'Metadata'), { pass: true });
    });
    it('closes after an unknown mechanism or wrong credentials, with the answer first', () => {
      const auth = new SaslAuthenticator(config);
      assert.equal(auth.handshake('GSSAPI', 1), 33);
      assert.match(auth.takeCloseReason()!, /not enabled/);
      const wrong = new SaslAuthenticator(config);
      wrong.handshake('PLAIN', 1);
      const result = wrong.authenticate(Buffer.from('\u0000a\u0000nope'));
      assert.equal(result.errorCode, 58);
      assert.equal(result.errorMessage, 'Authentication failed: Invalid username or password');
      assert.ok(wrong.takeCloseReason());
      assert.ok(!wrong.takeCloseReason()?.includes('nope'));
    });
    it('expires the session after connections.max.reauth.ms and re-authenticates the same principal', () => {
      let now = 0;
      const auth = new SaslAuthenticator(config, () => now);
      auth.handshake('PLAIN', 1);
      auth.authenticate(Buffer.from('\u0000a\u0000pw'));
      now = 2000;
      assert.equal(auth.gate(0, 'Produce').pass, false);
      assert.equal(auth.handshake('PLAIN', 1), 0);
      assert.equal(auth.authenticate(Buffer.from('\u0000a\u0000pw')).errorCode, 0);
      assert.deepEqual(auth.gate(0, 'Produce'), { pass: true });
    });
  });

  it('maps certificate subjects with ssl.principal.mapping.rules as Kafka', () => {
    const dn = 'CN=Client One,OU=eng,O=Brook,C=US';
    assert.equal(new SslPrincipalMapper('DEFAULT').name(dn), dn);
    assert.equal(new SslPrincipalMapper('RULE:^CN=(.*?),OU=(.*?),.*$/$1@$2/L,DEFAULT').name(dn), 'client one@eng');
    assert.equal(new SslPrincipalMapper('RULE:^CN=([^,]*),O=x$/$1/,DEFAULT').name(dn), dn);
    assert.equal(new SslPrincipalMapper('RULE:^CN=([^,]*).*$/$1/U').name(dn), 'CLIENT ONE');
    assert.throws(() => new SslPrincipalMapper('RULE:broken'), /Invalid rule/);
  });

  it('writes the certificates of keystores as PEM OpenSSL reads, whatever their length', () => {
    // 48 and 96 bytes fill their last base64 line exactly (a blank line before END was refused by OpenSSL).
    for (const size of [47, 48, 49, 96]) {
      const pem = certificatePem(Buffer.alloc(size, 1));
      assert.ok(!pem.includes('\n\n'), `${size} bytes: no blank line`);
      assert.ok(pem.split('\n').every((line) => line.length <= 64));
      assert.deepEqual(Buffer.from(pem.split('\n').slice(1, -2).join(''), 'base64'), Buffer.alloc(size, 1));
    }
  });

  it('reads JKS keystores and truststores made by keytool', function () {
    if (!hasOpenssl() || !hasKeytool()) {
      console.log('    (keytool or openssl missing: JKS files cannot be made here; skipped)');
      this.skip();
    }
    const certs = makeTestCerts({ jks: true });
    try {
      const store = readJks(readFileSync(certs.serverJksFile!), certs.password, certs.password, certs.serverJksFile!);
      assert.equal(store.keys.length, 1);
      assert.match(store.keys[0]!.keyPem, /BEGIN PRIVATE KEY/);
      assert.equal(store.keys[0]!.chainPem.length, 2);
      const subject = execFileSync('openssl', ['x509', '-noout', '-subject'], {
        input: store.keys[0]!.chainPem[0],
        timeout: 10_000,
      }).toString();
      assert.match(subject, /CN ?= ?localhost/);
      const trust = readJks(readFileSync(join(certs.dir, 'trust.jks')), certs.password, null, 'trust.jks');
      assert.equal(trust.trusted.length, 1);
      assert.throws(
        () => readJks(readFileSync(certs.serverJksFile!), 'wrong', 'wrong', 'server.jks'),
        /Keystore was tampered with, or password was incorrect/,
      );
      assert.throws(
        () => readJks(readFileSync(certs.serverJksFile!), null, 'wrong', 'server.jks'),
        /Cannot recover key/,
      );
    } finally {
      certs.cleanup();
    }
  });
});
