import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigResourceTypes, Kafka, logLevel, Partitioners } from 'kafkajs';
import {
  hasOpenssl,
  makeTestCerts,
  servedCertificateSerial,
  signedCertificate,
  type TestCerts,
} from '../../compat-tests/lib/test-certs';
import { ErrorCode } from '../../src/errors';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';
import { consumeUntil } from '../kafkajs-consume';

/**
 * A listener's certificate rotated while the broker runs, as Kafka's brokers take it (KIP-226): kafkajs alters
 * `listener.name.ssl.ssl.keystore.location` on the broker, new connections get the new certificate, open ones
 * and clients carry on; a keystore with another subject or other subject alternative names, or one that cannot be
 * read, is refused and the old certificate kept; the change survives a restart of a single node.
 */
describe("security: a listener's keystore reloaded while the broker runs", function () {
  this.timeout(30000);
  let certs: TestCerts;
  let dataDir: string;
  let broker: TestBroker | undefined;
  const KEY = 'listener.name.ssl.ssl.keystore.location';

  /** The serial number of the certificate a fresh TLS connection to the listener is shown. */
  const servedSerial = () => servedCertificateSerial(broker!.endpoints.SSL!, certs.caPem);

  const start = () =>
    startBroker({
      dataDir,
      logLevel: 'error',
      listeners: 'SSL://127.0.0.1:0',
      config: {
        'listener.security.protocol.map': 'SSL:SSL',
        'listener.name.ssl.ssl.keystore.type': 'PEM',
        [KEY]: certs.serverPemFile,
      },
    });
  const kafka = () =>
    new Kafka({
      clientId: 'tls-rotation',
      brokers: [broker!.endpoints.SSL!],
      ssl: { ca: [certs.caPem], servername: 'localhost' },
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });
  /** kafkajs' AlterConfigs of the listener's keystore: 'changed', or kafkajs' error. */
  const alterKeystore = async (file: string) => {
    const admin = kafka().admin();
    await admin.connect();
    try {
      await admin.alterConfigs({
        validateOnly: false,
        resources: [
          {
            type: ConfigResourceTypes.BROKER,
            name: String(broker!.nodeId),
            configEntries: [{ name: KEY, value: file }],
          },
        ],
      });
      return 'changed';
    } catch (error) {
      return String((error as Error).message);
    } finally {
      await admin.disconnect();
    }
  };

  /** IncrementalAlterConfigs as kafka-configs sends it: the broker's error code and message. */
  const incrementalAlter = async (file: string) => {
    const wire = await WireClient.connect(broker!.endpoints.SSL!, 'tls-rotation', 10000, {
      ca: certs.caPem,
      servername: 'localhost',
    });
    try {
      const answer = await wire.send<{ responses: { errorCode: number; errorMessage: string | null }[] }>(44, 1, {
        resources: [
          {
            resourceType: 4,
            resourceName: String(broker!.nodeId),
            configs: [{ name: KEY, configOperation: 0, value: file }],
          },
        ],
        validateOnly: false,
      });
      const { errorCode, errorMessage } = answer.responses[0]!;
      return { errorCode, errorMessage };
    } finally {
      wire.close();
    }
  };

  before(function () {
    if (!hasOpenssl()) {
      console.log('    (openssl is not on this machine: no certificates to rotate; skipped)');
      this.skip();
    }
    certs = makeTestCerts();
    dataDir = mkdtempSync(join(tmpdir(), 'brook-tls-rotation-'));
  });
  after(async () => {
    await broker?.stop();
    certs?.cleanup();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves a re-issued certificate to new connections at once; clients carry on; refuses another identity', async () => {
    broker = await start();
    const original = new X509Certificate(certs.serverCertPem).serialNumber;
    assert.equal(await servedSerial(), original);
    const producer = kafka().producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: 'rotated', messages: [{ value: 'before' }] });

    const reissued = signedCertificate(certs, 'reissued');
    assert.equal(await alterKeystore(reissued.bundleFile), 'changed');
    assert.equal(await servedSerial(), reissued.serial, 'a new connection gets the re-issued certificate');
    await producer.send({ topic: 'rotated', messages: [{ value: 'after' }] });
    await producer.disconnect();

    const renamed = signedCertificate(certs, 'renamed', '/CN=elsewhere');
    // kafkajs names INVALID_REQUEST with its own sentence; the broker's message is Kafka's DynamicBrokerConfig and
    // SslFactory words around the reason.
    assert.match(await alterKeystore(renamed.bundleFile), /request being malformed/);
    const sslFailed =
      'Invalid value org.apache.kafka.common.config.ConfigException: Validation of dynamic config update of SSLFactory ' +
      'failed: org.apache.kafka.common.config.ConfigException: ';
    assert.deepEqual(await incrementalAlter(renamed.bundleFile), {
      errorCode: ErrorCode.InvalidRequest,
      errorMessage: `${sslFailed}Keystore DistinguishedName does not match:  existing={DN=CN=localhost}, new={DN=CN=elsewhere} for configuration Invalid dynamic configuration`,
    });
    const widened = signedCertificate(certs, 'widened', '/CN=localhost', 'DNS:localhost,DNS:other,IP:127.0.0.1');
    const sans = await incrementalAlter(widened.bundleFile);
    assert.equal(sans.errorCode, ErrorCode.InvalidRequest);
    assert.match(
      sans.errorMessage!,
      /SSLFactory failed: .*Keystore SubjectAltNames do not match: {2}existing=\{SAN=DNS:localhost, IP Address:127\.0\.0\.1\}, new=/,
    );
    const missing = await incrementalAlter(join(certs.dir, 'missing.pem'));
    assert.equal(missing.errorCode, ErrorCode.InvalidRequest);
    assert.match(missing.errorMessage!, /cannot read ssl\.keystore\.location .*missing\.pem \(listener SSL\): ENOENT/);
    assert.equal(await servedSerial(), reissued.serial, 'a refused keystore changes nothing');

    const consumer = kafka().consumer({ groupId: 'tls-rotation' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'rotated', fromBeginning: true });
    const values: string[] = [];
    await consumeUntil(
      consumer,
      ({ message }) => values.push(String(message.value)) === 2,
      () => `${values.length} of 2 records`,
    );
    assert.deepEqual(values, ['before', 'after']);

    const admin = kafka().admin();
    await admin.connect();
    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.BROKER, name: String(broker.nodeId), configNames: [KEY] }],
    });
    await admin.disconnect();
    const entry = described.resources[0]!.configEntries[0]!;
    assert.deepEqual([entry.configName, entry.configValue, entry.readOnly], [KEY, reissued.bundleFile, false]);
  });

  it('a single node restarted on its data dir serves the keystore set while it ran', async () => {
    const served = await servedSerial();
    await broker!.stop();
    broker = await start();
    assert.equal(await servedSerial(), served);
    assert.notEqual(served, new X509Certificate(certs.serverCertPem).serialNumber, 'not the static keystore');
  });
});
