/**
 * SASL/OAUTHBEARER with unsecured JWTs, as Kafka's default validator (OAuthBearerUnsecuredValidatorCallbackHandler)
 * accepts them: the validator's checks one by one, Kafka's JSON error challenge then SASL_AUTHENTICATION_FAILED on the
 * wire, the session ending with the token, and kafkajs logging in with a token provider as the `sub` principal.
 */
import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import {
  OAuthBearerSaslServer,
  UnsecuredJwtValidator,
  unsecuredValidatorOptions,
} from '../../src/security/oauthbearer';
import { parseJaasConfig } from '../../src/security/jaas';
import type { SaslFailure } from '../../src/security/sasl-server';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from '../broker/wire-client';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** An unsecured JWT (alg none, empty signature), as Kafka's OAuthBearerUnsecuredLoginCallbackHandler makes them. */
function jwt(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'none' }): string {
  return `${b64(header)}.${b64(claims)}.`;
}
const nowS = () => Math.floor(Date.now() / 1000);
const firstMessage = (token: string, authzid = '') =>
  Buffer.from(`n,${authzid ? `a=${authzid}` : ''},\u0001auth=Bearer ${token}\u0001\u0001`);
const JAAS =
  'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required unsecuredLoginStringClaim_sub="admin";';

describe('SASL/OAUTHBEARER (unsecured JWTs)', function () {
  this.timeout(30000);

  describe("the validator's checks", () => {
    const server = (jaas = JAAS) =>
      new OAuthBearerSaslServer(new UnsecuredJwtValidator(unsecuredValidatorOptions(parseJaasConfig(jaas))));
    const challenge = (token: string, jaas?: string) => server(jaas).evaluate(firstMessage(token)).toString();

    it('accepts a valid token, the principal from sub, and keeps its expiry', () => {
      const s = server();
      const exp = nowS() + 600;
      assert.equal(s.evaluate(firstMessage(jwt({ sub: 'alice', exp, iat: nowS() }))).length, 0);
      assert.equal(s.complete, true);
      assert.equal(s.authorizationId, 'alice');
      assert.equal(s.credentialExpiresAt, exp * 1000);
    });

    it('answers a token that does not validate with the JSON challenge, then fails with it', () => {
      const invalid = '{"status":"invalid_token"}';
      assert.equal(challenge(jwt({ sub: 'alice', exp: nowS() - 1 })), invalid, 'expired');
      assert.equal(challenge(jwt({ sub: 'alice' })), invalid, 'no exp');
      assert.equal(challenge(jwt({ exp: nowS() + 60 })), invalid, 'no sub');
      assert.equal(challenge(jwt({ sub: 'a', exp: nowS() + 60 }, { alg: 'HS256' })), invalid, 'signed alg');
      assert.equal(challenge(`${jwt({ sub: 'a', exp: nowS() + 60 })}c2ln`), invalid, 'a signature');
      assert.equal(challenge(jwt({ sub: 'a', exp: nowS() + 60, iat: nowS() + 3600 })), invalid, 'issued later');
      assert.equal(challenge(`${b64({ alg: 'none' })}.e30+.`), invalid, 'not Base64URL');
      const scoped = `${JAAS.slice(0, -1)} unsecuredValidatorRequiredScope="kafka admin";`;
      assert.equal(
        challenge(jwt({ sub: 'a', exp: nowS() + 60, scope: ['kafka'] }), scoped),
        '{"status":"insufficient_scope", "scope":"[kafka, admin]"}',
      );
      const ok = server(scoped);
      ok.evaluate(firstMessage(jwt({ sub: 'a', exp: nowS() + 60, scope: ['kafka', 'admin'] })));
      assert.equal(ok.complete, true);
      // The client acknowledges the challenge with %x01: the exchange fails with the JSON, shown to the client.
      const s = server();
      s.evaluate(firstMessage(jwt({ sub: 'alice', exp: nowS() - 1 })));
      assert.throws(
        () => s.evaluate(Buffer.from([1])),
        (e: SaslFailure) => e.shownToClient && e.message === '{"status":"invalid_token"}',
      );
    });

    it("refuses a malformed first message and a foreign authzid with Kafka's messages", () => {
      assert.throws(
        () => server().evaluate(Buffer.from('n,,auth=Bearer x')),
        (e: SaslFailure) => !e.shownToClient && e.message === 'Invalid OAUTHBEARER client first message',
      );
      assert.throws(
        () => server().evaluate(Buffer.from('n,,\u0001auth=Basic abc\u0001\u0001')),
        /Invalid scheme in OAUTHBEARER client first message: Basic/,
      );
      assert.throws(
        () => server().evaluate(firstMessage(jwt({ sub: 'alice', exp: nowS() + 60 }), 'bob')),
        (e: SaslFailure) =>
          e.shownToClient &&
          /authorization id \(bob\) that is different from the token's principal name \(alice\)/.test(e.message),
      );
    });
  });

  describe('on a broker', () => {
    let broker: TestBroker;
    before(async () => {
      broker = await startBroker({
        logLevel: 'error',
        listeners: 'PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0',
        config: {
          'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
          'sasl.enabled.mechanisms': 'OAUTHBEARER',
          'listener.name.sasl_plaintext.oauthbearer.sasl.jaas.config': JAAS,
          'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
          'super.users': 'User:alice;User:ANONYMOUS',
        },
      });
    });
    after(async () => {
      await broker?.stop();
    });
    const sasl = () => Number(broker.endpoints.SASL_PLAINTEXT!.split(':')[1]);

    it('answers a bad token with the JSON challenge, then SASL_AUTHENTICATION_FAILED with it, and closes', async () => {
      const c = await WireClient.connect(sasl());
      c.send(17, 1, { mechanism: 'OAUTHBEARER' });
      assert.deepEqual((await c.nextResponse(17, 1)).body, { errorCode: 0, mechanisms: ['OAUTHBEARER'] });
      c.send(36, 2, { authBytes: firstMessage(jwt({ sub: 'alice', exp: nowS() - 60 })) });
      const first = (await c.nextResponse<{ errorCode: number; authBytes: Buffer }>(36, 2)).body;
      assert.equal(first.errorCode, 0);
      assert.equal(Buffer.from(first.authBytes).toString(), '{"status":"invalid_token"}');
      c.send(36, 2, { authBytes: Buffer.from([1]) });
      const failed = (await c.nextResponse<{ errorCode: number; errorMessage: string }>(36, 2)).body;
      assert.equal(failed.errorCode, 58);
      assert.equal(failed.errorMessage, '{"status":"invalid_token"}');
      assert.equal(await c.waitClosed(), true);
    });

    it('gives the session the token lifetime: it ends with the token', async () => {
      const c = await WireClient.connect(sasl());
      c.send(17, 1, { mechanism: 'OAUTHBEARER' });
      await c.nextResponse(17, 1);
      c.send(36, 2, { authBytes: firstMessage(jwt({ sub: 'alice', exp: nowS() + 100 })) });
      const done = (await c.nextResponse<{ errorCode: number; sessionLifetimeMs: bigint }>(36, 2)).body;
      assert.equal(done.errorCode, 0);
      const lifetime = Number(done.sessionLifetimeMs);
      assert.ok(lifetime > 90_000 && lifetime <= 100_000, `session lifetime ${lifetime} ms`);
      c.close();
    });

    it('kafkajs logs in with an oauthBearerProvider; sub is the principal the authorizer sees', async () => {
      const client = (sub: string, exp = nowS() + 600) =>
        new Kafka({
          clientId: 'oauth-test',
          brokers: [broker.endpoints.SASL_PLAINTEXT!],
          logLevel: logLevel.NOTHING,
          retry: { retries: 0 },
          sasl: { mechanism: 'oauthbearer', oauthBearerProvider: async () => ({ value: jwt({ sub, exp }) }) },
        });
      const producer = client('alice').producer({ allowAutoTopicCreation: true });
      await producer.connect();
      await producer.send({ topic: 'oauth-topic', messages: [{ value: 'hi' }] });
      await producer.disconnect();
      // mallory authenticates but has no ACL: the authorizer refuses her as User:mallory.
      const mallory = client('mallory').producer();
      await mallory.connect();
      await assert.rejects(mallory.send({ topic: 'oauth-topic', messages: [{ value: 'no' }] }), /authoriz/i);
      await mallory.disconnect();
      // An expired token: kafkajs reads the JSON challenge as success; its next request closes the connection.
      const expired = client('alice', nowS() - 10).producer();
      await assert.rejects(async () => {
        await expired.connect();
        await expired.send({ topic: 'oauth-topic', messages: [{ value: 'late' }] });
      });
      await expired.disconnect().catch(() => {});
    });
  });

  it('refuses at start-up a listener without its JAAS entry, or with a validator Brook does not have', async () => {
    const listeners = 'SASL_PLAINTEXT://127.0.0.1:0';
    await assert.rejects(
      startBroker({ logLevel: 'error', listeners, config: { 'sasl.enabled.mechanisms': 'OAUTHBEARER' } }),
      /listener SASL_PLAINTEXT: OAUTHBEARER needs its JAAS entry/,
    );
    await assert.rejects(
      startBroker({
        logLevel: 'error',
        listeners,
        config: {
          'sasl.enabled.mechanisms': 'OAUTHBEARER',
          'sasl.jaas.config': JAAS,
          'listener.name.sasl_plaintext.oauthbearer.sasl.server.callback.handler.class':
            'com.example.MyValidatorCallbackHandler',
        },
      }),
      /is not a validator Brook has/,
    );
  });
});
