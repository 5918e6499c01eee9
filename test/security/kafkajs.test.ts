import assert from 'node:assert/strict';
import { Kafka, logLevel, type SASLOptions } from 'kafkajs';
import { credentialFromPassword, SCRAM_MECHANISMS } from '../../src/security/scram';
import { startBroker, type TestBroker } from '../../src/testing';
import { hasOpenssl, makeTestCerts, type TestCerts } from '../../compat-tests/lib/test-certs';
import { firstValue } from '../kafkajs-consume';

/**
 * kafkajs 2.2.4 (a real client) against an in-process Brook with one listener per security protocol: TLS with a
 * PEM keystore, mTLS, SASL PLAIN from JAAS, SCRAM-SHA-256/512 over SASL_SSL; wrong credentials refused with
 * Kafka's error; the listener the client came in on is the one Metadata advertises.
 */
describe('security with kafkajs', function () {
  this.timeout(30000);
  let certs: TestCerts;
  let broker: TestBroker;
  const jaas =
    'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-pw" user_admin="admin-pw" user_alice="alice-pw";';

  before(async function () {
    if (!hasOpenssl()) {
      console.log(
        '    (openssl is not on this machine: the TLS and SASL_SSL wire tests cannot make certificates; skipped)',
      );
      this.skip();
    }
    certs = makeTestCerts();
    broker = await startBroker({
      // The refused handshakes below are warn lines; the test checks them through securityStats.
      logLevel: 'error',
      listeners:
        'PLAINTEXT://127.0.0.1:0,SSL://127.0.0.1:0,MTLS://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0,SASL_SSL://127.0.0.1:0',
      config: {
        'listener.security.protocol.map':
          'PLAINTEXT:PLAINTEXT,SSL:SSL,MTLS:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL',
        'ssl.keystore.type': 'PEM',
        'ssl.keystore.key': certs.serverKeyPem,
        'ssl.keystore.certificate.chain': certs.serverCertPem,
        'listener.name.mtls.ssl.client.auth': 'required',
        'listener.name.mtls.ssl.truststore.type': 'PEM',
        'listener.name.mtls.ssl.truststore.location': certs.caFile,
        'listener.name.mtls.ssl.principal.mapping.rules': 'RULE:^CN=([^,]*),.*$/$1/U,DEFAULT',
        'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
        'listener.name.sasl_plaintext.plain.sasl.jaas.config': jaas,
        'listener.name.sasl_ssl.plain.sasl.jaas.config': jaas,
        'connections.max.reauth.ms': 60000,
      },
    });
    for (const m of SCRAM_MECHANISMS) {
      broker.broker.scramCredentials.apply([
        { kind: 'upsert', user: 'scrammer', mechanism: m, credential: credentialFromPassword(m, `pw-${m.name}`) },
      ]);
    }
  });
  after(async () => {
    await broker?.stop();
    certs?.cleanup();
  });

  const client = (listener: string, extra: { ssl?: unknown; sasl?: SASLOptions } = {}) =>
    new Kafka({
      clientId: 'brook-security-test',
      brokers: [broker.endpoints[listener]!],
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
      connectionTimeout: 5000,
      ...(extra as object),
    });

  /** Creates a topic, produces and consumes one record through `kafka`. */
  async function roundTrip(kafka: Kafka, topic: string): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
    } finally {
      await admin.disconnect();
    }
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'k', value: `hello ${topic}` }] });
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: `g-${topic}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const value = await firstValue(consumer, topic);
    assert.equal(value, `hello ${topic}`);
  }

  it('serves TLS with a PEM keystore given inline, and advertises the SSL listener to SSL clients', async () => {
    const kafka = client('SSL', { ssl: { ca: [certs.caPem], servername: 'localhost' } });
    const admin = kafka.admin();
    await admin.connect();
    const cluster = await admin.describeCluster();
    await admin.disconnect();
    assert.equal(`${cluster.brokers[0]!.host}:${cluster.brokers[0]!.port}`, broker.endpoints.SSL);
    await roundTrip(kafka, 'tls-topic');
  });

  it('requires a client certificate on the mTLS listener and maps its subject to a principal', async () => {
    const withCert = client('MTLS', {
      ssl: { ca: [certs.caPem], key: certs.clientKeyPem, cert: certs.clientCertPem, servername: 'localhost' },
    });
    await roundTrip(withCert, 'mtls-topic');
    const principals = [...connectionsOf(broker, 'MTLS')].map((c) => c.principal);
    assert.ok(principals.includes('User:CLIENT'), `principals seen: ${principals.join(', ')}`);
    const without = client('MTLS', { ssl: { ca: [certs.caPem], servername: 'localhost' } });
    const admin = without.admin();
    await assert.rejects(admin.connect());
    assert.ok(broker.broker.securityStats.tlsHandshakeFailures >= 1);
  });

  it("authenticates SASL/PLAIN users from the JAAS config and refuses a wrong password with Kafka's message", async () => {
    await roundTrip(
      client('SASL_PLAINTEXT', { sasl: { mechanism: 'plain', username: 'alice', password: 'alice-pw' } }),
      'plain-topic',
    );
    const principals = [...connectionsOf(broker, 'SASL_PLAINTEXT')].map((c) => c.principal);
    assert.ok(principals.includes('User:alice'));
    const admin = client('SASL_PLAINTEXT', {
      sasl: { mechanism: 'plain', username: 'alice', password: 'wrong' },
    }).admin();
    await assert.rejects(admin.connect(), (error: Error & { type?: string }) => {
      assert.match(error.message, /SASL_AUTHENTICATION_FAILED|Authentication failed: Invalid username or password/);
      return true;
    });
  });

  for (const mechanism of ['scram-sha-256', 'scram-sha-512'] as const) {
    it(`authenticates ${mechanism.toUpperCase()} over SASL_SSL and refuses a wrong password`, async () => {
      const name = mechanism.toUpperCase();
      const ssl = { ca: [certs.caPem], servername: 'localhost' };
      await roundTrip(
        client('SASL_SSL', { ssl, sasl: { mechanism, username: 'scrammer', password: `pw-${name}` } }),
        `topic-${mechanism}`,
      );
      const admin = client('SASL_SSL', { ssl, sasl: { mechanism, username: 'scrammer', password: 'nope' } }).admin();
      await assert.rejects(admin.connect(), /SASL_AUTHENTICATION_FAILED|invalid credentials with SASL mechanism/);
    });
  }

  it('refuses a client that skips SASL on a SASL listener and keeps serving the others', async () => {
    const admin = client('SASL_PLAINTEXT').admin();
    // ApiVersions is allowed before SASL; the Metadata request that follows closes the connection.
    await assert.rejects(admin.connect().then(() => admin.listTopics()));
    await admin.disconnect();
    const plain = client('PLAINTEXT').admin();
    await plain.connect();
    assert.ok((await plain.listTopics()).includes('plain-topic'));
    await plain.disconnect();
  });
});

/** The live connections of one listener (broker internals, for principal checks). */
function connectionsOf(broker: TestBroker, listener: string) {
  const all = (broker.broker as unknown as { connections: Set<{ listenerName: string; principal: string }> })
    .connections;
  return [...all].filter((c) => c.listenerName === listener);
}
