/**
 * SASL/OAUTHBEARER with signed JWTs checked against a JWKS, as Kafka 4.4's OAuthBearerValidatorCallbackHandler and
 * BrokerJwtValidator do: the validator's checks (signature by kid, exp/nbf/iat with skew, audience, issuer), Kafka's
 * start-up refusals (no audience/issuer policy, a URL outside org.apache.kafka.sasl.oauthbearer.allowed.urls), and
 * on a broker: kafkajs logs in with a signed token, produces and consumes; an unknown key, an expired token and a
 * wrong audience get SASL_AUTHENTICATION_FAILED; a rotated key (new kid) is picked up by the refresh its first
 * token triggers. The ops HTTP listener with http.authentication.method=BEARER takes the same tokens in
 * `Authorization: Bearer`.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { silentLogger } from '../../src/log';
import { brokerJwtValidator } from '../../src/security/jwt-validator';
import { IllegalToken } from '../../src/security/oauthbearer';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from '../broker/wire-client';
import {
  type JwksServer,
  nowSeconds,
  type SigningKey,
  signJwt,
  signingKey,
  startJwksServer,
} from '../../compat-tests/lib/jwks-provider';
import { firstValue } from '../kafkajs-consume';

const HANDLER = 'org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler';
const JAAS = 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;';
const ISSUER = 'https://idp.example';
const AUDIENCE = 'brook-cluster';
const claims = (extra: Record<string, unknown> = {}) => ({
  sub: 'alice',
  iss: ISSUER,
  aud: AUDIENCE,
  iat: nowSeconds(),
  exp: nowSeconds() + 600,
  ...extra,
});
const firstMessage = (token: string) => Buffer.from(`n,,\u0001auth=Bearer ${token}\u0001\u0001`);

describe('SASL/OAUTHBEARER with signed JWTs (JWKS)', function () {
  this.timeout(30000);
  let rsa: SigningKey;
  let ec: SigningKey;
  let stranger: SigningKey;
  let jwks: JwksServer;
  before(async () => {
    rsa = signingKey('rsa-1');
    ec = signingKey('ec-1', 'ES256');
    stranger = signingKey('rsa-1');
    jwks = await startJwksServer([rsa, ec]);
  });
  after(async () => {
    await jwks?.close();
  });

  const settings = (extra: Record<string, string> = {}): Record<string, string> => ({
    'sasl.oauthbearer.jwks.endpoint.url': jwks.url,
    'org.apache.kafka.sasl.oauthbearer.allowed.urls': jwks.url,
    'sasl.oauthbearer.expected.audience': AUDIENCE,
    'sasl.oauthbearer.expected.issuer': ISSUER,
    ...extra,
  });
  const validator = async (extra: Record<string, string> = {}) => {
    const config = settings(extra);
    const v = brokerJwtValidator((key) => config[key] ?? null, silentLogger);
    await v.init();
    return v;
  };

  describe("the validator's checks", () => {
    it('accepts RS256 and ES256 tokens signed by a key of the set; sub is the principal, exp the lifetime', async () => {
      const v = await validator();
      const exp = nowSeconds() + 300;
      assert.deepEqual(v.validate(signJwt(rsa, claims({ exp })), Date.now()), {
        principal: 'alice',
        expiresAtMs: exp * 1000,
      });
      assert.equal(v.validate(signJwt(ec, claims({ sub: 'bob' })), Date.now()).principal, 'bob');
      const custom = await validator({ 'sasl.oauthbearer.sub.claim.name': 'client_id' });
      assert.equal(custom.validate(signJwt(rsa, claims({ client_id: 'svc' })), Date.now()).principal, 'svc');
      v.close();
      custom.close();
    });

    it('refuses bad signatures, unknown keys, and failing claims, with the reason for the log', async () => {
      const v = await validator();
      const refused = (token: string, reason: RegExp) =>
        assert.throws(
          () => v.validate(token, Date.now()),
          (e: Error) => e instanceof IllegalToken && reason.test(e.message),
        );
      refused(signJwt(stranger, claims()), /invalid signature/);
      refused(signJwt(stranger, claims(), { kid: 'nobody' }), /Unable to find a suitable verification key/);
      refused(signJwt(rsa, claims({ exp: nowSeconds() - 31 })), /no longer valid.*30 seconds of leeway/);
      refused(signJwt(rsa, claims({ nbf: nowSeconds() + 120 })), /not yet valid/);
      refused(signJwt(rsa, claims({ iat: undefined })), /No Issued At \(iat\) claim present/);
      refused(signJwt(rsa, claims({ exp: undefined })), /No Expiration Time \(exp\) claim present/);
      refused(
        signJwt(rsa, claims({ aud: 'other' })),
        /Audience \(aud\) claim \["other"\] doesn't contain an acceptable identifier/,
      );
      refused(
        signJwt(rsa, claims({ iss: 'https://evil' })),
        /Issuer \(iss\) claim value \(https:\/\/evil\) doesn't match/,
      );
      refused(signJwt(rsa, claims({ sub: '  ' })), /sub value must not contain only whitespace/);
      const [h, p] = signJwt(rsa, claims()).split('.');
      refused(`${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`, /'none' is not a permitted algorithm/);
      refused(`${h}.${p}`, /expected three sections/);
      // Within the skew an expired token still passes, as jose4j's leeway allows.
      assert.equal(v.validate(signJwt(rsa, claims({ exp: nowSeconds() - 5 })), Date.now()).principal, 'alice');
      v.close();
    });

    it('refuses at configuration what Kafka 4.4 refuses: no audience/issuer policy, a URL not allowed', () => {
      const configure = (config: Record<string, string>) => () =>
        brokerJwtValidator((key) => config[key] ?? null, silentLogger);
      assert.throws(configure({}), /requires "sasl.oauthbearer.jwks.endpoint.url" to be configured/);
      const noAudience = settings();
      delete noAudience['sasl.oauthbearer.expected.audience'];
      assert.throws(configure(noAudience), /requires "sasl.oauthbearer.expected.audience" to be configured/);
      const open: Record<string, string> = { ...noAudience, 'sasl.oauthbearer.allow.unverified.audience': 'true' };
      delete open['sasl.oauthbearer.expected.issuer'];
      assert.throws(configure(open), /requires "sasl.oauthbearer.expected.issuer"/);
      configure({ ...open, 'sasl.oauthbearer.allow.unverified.issuer': 'true' })();
      assert.throws(
        configure(settings({ 'org.apache.kafka.sasl.oauthbearer.allowed.urls': '' })),
        /The URL cannot be accessed due to restrictions. Update the system property 'org.apache.kafka.sasl.oauthbearer.allowed.urls'/,
      );
      assert.throws(
        configure(settings({ 'sasl.oauthbearer.jwks.endpoint.url': 'ftp://x/jwks' })),
        /only "http", "https", and "file" protocol are supported/,
      );
    });

    it('reads a JWKS file (a file: URL, listed in allowed.urls too) and re-reads it when it changes', async () => {
      const file = join(tmpdir(), `brook-jwks-${process.pid}.json`);
      writeFileSync(file, JSON.stringify({ keys: [rsa.jwk] }));
      const url = pathToFileURL(file).href;
      const v = await validator({
        'sasl.oauthbearer.jwks.endpoint.url': url,
        'org.apache.kafka.sasl.oauthbearer.allowed.urls': url,
      });
      assert.equal(v.validate(signJwt(rsa, claims()), Date.now()).principal, 'alice');
      assert.throws(() => v.validate(signJwt(ec, claims()), Date.now()), /Unable to find a suitable verification key/);
      writeFileSync(file, JSON.stringify({ keys: [rsa.jwk, ec.jwk] }));
      // A new modification time: the next validation reads the file again.
      const { utimesSync } = await import('node:fs');
      utimesSync(file, new Date(), new Date(Date.now() + 2000));
      assert.equal(v.validate(signJwt(ec, claims()), Date.now()).principal, 'alice');
    });
  });

  describe('on a broker', () => {
    let broker: TestBroker;
    before(async () => {
      broker = await startBroker({
        logLevel: 'error',
        listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
        config: {
          'sasl.enabled.mechanisms': 'OAUTHBEARER',
          'listener.name.sasl_plaintext.oauthbearer.sasl.jaas.config': JAAS,
          'listener.name.sasl_plaintext.oauthbearer.sasl.server.callback.handler.class': HANDLER,
          ...settings(),
        },
      });
    });
    after(async () => {
      await broker?.stop();
    });
    const port = () => Number(broker.endpoints.SASL_PLAINTEXT!.split(':')[1]);

    /** One SaslAuthenticate exchange on the wire: null when accepted, else the failure's code and message. */
    const login = async (token: string) => {
      const c = await WireClient.connect(port());
      try {
        c.send(17, 1, { mechanism: 'OAUTHBEARER' });
        await c.nextResponse(17, 1);
        c.send(36, 2, { authBytes: firstMessage(token) });
        const first = (await c.nextResponse<{ errorCode: number; authBytes: Buffer }>(36, 2)).body;
        if (first.errorCode === 0 && first.authBytes.length === 0) return null;
        assert.equal(Buffer.from(first.authBytes).toString(), '{"status":"invalid_token"}');
        c.send(36, 2, { authBytes: Buffer.from([1]) });
        const failed = (await c.nextResponse<{ errorCode: number; errorMessage: string }>(36, 2)).body;
        return { code: failed.errorCode, message: failed.errorMessage };
      } finally {
        c.close();
      }
    };
    const REFUSED = { code: 58, message: '{"status":"invalid_token"}' };

    it('kafkajs logs in with a signed token, produces and consumes', async () => {
      const kafka = new Kafka({
        clientId: 'jwks-test',
        brokers: [broker.endpoints.SASL_PLAINTEXT!],
        logLevel: logLevel.NOTHING,
        retry: { retries: 2 },
        sasl: { mechanism: 'oauthbearer', oauthBearerProvider: async () => ({ value: signJwt(rsa, claims()) }) },
      });
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: 'jwks-topic', numPartitions: 1 }] });
      await admin.disconnect();
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({ topic: 'jwks-topic', messages: [{ value: 'signed' }] });
      await producer.disconnect();
      const consumer = kafka.consumer({ groupId: 'jwks-group' });
      await consumer.connect();
      await consumer.subscribe({ topic: 'jwks-topic', fromBeginning: true });
      const got = await firstValue(consumer, 'jwks-topic');
      assert.equal(got, 'signed');
    });

    it('refuses an unknown key, an expired token and a wrong audience with SASL_AUTHENTICATION_FAILED', async () => {
      assert.equal(await login(signJwt(rsa, claims())), null);
      assert.deepEqual(await login(signJwt(stranger, claims())), REFUSED, 'signed by a key not in the set');
      assert.deepEqual(await login(signJwt(rsa, claims({ exp: nowSeconds() - 60 }))), REFUSED, 'expired');
      assert.deepEqual(await login(signJwt(rsa, claims({ aud: 'another-cluster' }))), REFUSED, 'wrong audience');
    });

    it('picks up a rotated key: the first token with the new kid refreshes the set', async () => {
      const rotated = signingKey('rsa-2');
      jwks.keys = [rotated, ec];
      const before = jwks.requests;
      // As Kafka: the key is not in the cached set yet, so this token is refused and a refresh starts at once.
      assert.deepEqual(await login(signJwt(rotated, claims())), REFUSED);
      const deadline = Date.now() + 5000;
      while (jwks.requests === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      assert.ok(jwks.requests > before, 'the unknown kid triggered a JWKS fetch');
      let result = await login(signJwt(rotated, claims()));
      while (result !== null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        result = await login(signJwt(rotated, claims()));
      }
      assert.equal(result, null, 'the new key is accepted once the set is refreshed');
      // The old key left the set with the refresh.
      assert.deepEqual(await login(signJwt(rsa, claims())), REFUSED);
    });
  });

  it('the ops HTTP listener takes the same signed JWTs with http.authentication.method=BEARER', async () => {
    const broker = await startBroker({
      logLevel: 'error',
      http: true,
      config: { 'http.authentication.method': 'BEARER', 'http.authentication.skip.paths': '/health', ...settings() },
    });
    const get = (path: string, token?: string) =>
      new Promise<{ status: number; challenge: unknown }>((resolve, reject) => {
        httpGet(`${broker.httpUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode!, challenge: res.headers['www-authenticate'] }));
        }).on('error', reject);
      });
    try {
      assert.deepEqual(await get('/metrics'), { status: 401, challenge: 'Bearer realm="brook"' });
      assert.equal((await get('/metrics', signJwt(rsa, claims()))).status, 200);
      assert.deepEqual(await get('/metrics', signJwt(rsa, claims({ aud: 'elsewhere' }))), {
        status: 401,
        challenge: 'Bearer realm="brook", error="invalid_token"',
      });
      assert.equal((await get('/metrics', signJwt(stranger, claims()))).status, 401);
      assert.equal((await get('/health')).status, 200);
    } finally {
      await broker.stop();
    }
  });

  it('refuses to start when the JWKS cannot be fetched, naming the listener', async () => {
    const url = `${jwks.url.replace('/jwks', '/missing')}`;
    await assert.rejects(
      startBroker({
        logLevel: 'error',
        listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
        config: {
          'sasl.enabled.mechanisms': 'OAUTHBEARER',
          'sasl.jaas.config': JAAS,
          'listener.name.sasl_plaintext.oauthbearer.sasl.server.callback.handler.class': HANDLER,
          ...settings({
            'sasl.oauthbearer.jwks.endpoint.url': url,
            'org.apache.kafka.sasl.oauthbearer.allowed.urls': url,
          }),
        },
      }),
      /listener SASL_PLAINTEXT: the OAuth validator could not read its JWKS .*HTTP 404/,
    );
  });
});
