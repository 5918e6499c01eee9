/**
 * A KRaft cluster whose nodes talk to each other over secured listeners, configured with Kafka's keys: the
 * controllers' listener is SSL with client certificates required (each node presents its own keystore), the
 * inter-broker listener SASL_SSL with PLAIN (`sasl.mechanism.inter.broker.protocol`, the node's own login from the
 * listener's JAAS entry), clients come in on a SASL_PLAINTEXT listener. Three in-process nodes; kafkajs produces
 * with acks=all to a topic with replication factor 3 and min.insync.replicas 2 (answered only once followers
 * fetched over the secured listener) and reads it back. Before, nodes spoke plaintext to each other: such a
 * cluster never formed. Then SCRAM between brokers, its credential given at format time (`brook storage format
 * --add-scram`, Kafka's bootstrap metadata), the only way brokers can log in to each other with SCRAM at the first start.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { Kafka, logLevel } from 'kafkajs';
import {
  hasOpenssl,
  makeTestCerts,
  servedCertificateSerial,
  signedCertificate,
  type TestCerts,
} from '../../compat-tests/lib/test-certs';
import { freePort } from '../../src/cluster/free-port';
import { WireClient } from '../../src/groups/wire-client';
import { credentialFromPassword, scramMechanismByName } from '../../src/security/scram';
import { parseAddScram } from '../../src/server/format';
import { startBroker, type TestBroker } from '../../src/testing';
import { until } from '../broker/kraft-nodes';
import { brook } from '../cli/helpers';

const PLAIN = 'org.apache.kafka.common.security.plain.PlainLoginModule required';

/** Whether a connection to `port` is closed on us before any answer, the way a refused peer sees it. */
function refused(open: () => import('node:net').Socket): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = open();
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(false);
    }, 3000);
    socket.on('error', () => {
      clearTimeout(timer);
      resolve(true);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
    // An ApiVersions v0 request: a listener that took the connection would answer it.
    socket.on('connect', () => socket.write(Buffer.from([0, 0, 0, 10, 0, 18, 0, 0, 0, 0, 0, 1, 0xff, 0xff])));
    socket.on('data', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(false);
    });
  });
}

/** A topic with replication factor 3 and the given min.insync.replicas, created through `kafka`'s Admin. */
async function createReplicated(kafka: Kafka, topic: string, numPartitions: number, minInsync: number) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const configEntries = [{ name: 'min.insync.replicas', value: String(minInsync) }];
    await admin.createTopics({ topics: [{ topic, numPartitions, replicationFactor: 3, configEntries }] });
  } finally {
    await admin.disconnect();
  }
}

describe('a KRaft cluster over secured inter-node listeners (SSL controllers with mTLS, SASL_SSL between brokers)', function () {
  this.timeout(60_000);
  let certs: TestCerts;
  let nodes: TestBroker[] = [];
  const ports: { internal: number; client: number; controller: number }[] = [];

  const nodeConfig = (i: number, overrides: Record<string, string> = {}, at = ports) => {
    const voters = at.map((p, j) => `${j + 1}@127.0.0.1:${p.controller}`).join(',');
    const tls = (listener: string) => ({
      [`listener.name.${listener}.ssl.keystore.type`]: 'PEM',
      [`listener.name.${listener}.ssl.keystore.key`]: certs.serverKeyPem,
      [`listener.name.${listener}.ssl.keystore.certificate.chain`]: certs.serverCertPem,
      [`listener.name.${listener}.ssl.truststore.type`]: 'PEM',
      [`listener.name.${listener}.ssl.truststore.certificates`]: certs.caPem,
    });
    return {
      'process.roles': 'broker,controller',
      listeners: `INTERNAL://127.0.0.1:${at[i]!.internal},CLIENT://127.0.0.1:${at[i]!.client},CONTROLLER://127.0.0.1:${at[i]!.controller}`,
      'listener.security.protocol.map': 'INTERNAL:SASL_SSL,CLIENT:SASL_PLAINTEXT,CONTROLLER:SSL',
      'controller.listener.names': 'CONTROLLER',
      'controller.quorum.voters': voters,
      'inter.broker.listener.name': 'INTERNAL',
      ...tls('controller'),
      'listener.name.controller.ssl.client.auth': 'required',
      ...tls('internal'),
      'sasl.mechanism.inter.broker.protocol': 'PLAIN',
      'listener.name.internal.sasl.enabled.mechanisms': 'PLAIN',
      'listener.name.internal.plain.sasl.jaas.config': `${PLAIN} username="broker" password="broker-secret" user_broker="broker-secret";`,
      'listener.name.client.sasl.enabled.mechanisms': 'PLAIN',
      'listener.name.client.plain.sasl.jaas.config': `${PLAIN} user_alice="alice-secret";`,
      'controller.quorum.election.timeout.ms': '1000',
      'controller.quorum.fetch.timeout.ms': '2000',
      'broker.session.timeout.ms': '3000',
      'broker.heartbeat.interval.ms': '200',
      ...overrides,
    };
  };

  before(async function () {
    if (!hasOpenssl()) {
      console.log('    (openssl is not on this machine: no certificates for the secured cluster; skipped)');
      this.skip();
    }
    certs = makeTestCerts();
    for (let i = 0; i < 3; i++) {
      ports.push({ internal: await freePort(), client: await freePort(), controller: await freePort() });
    }
  });

  after(async () => {
    await Promise.all(nodes.map((n) => n.stop().catch(() => {})));
    certs?.cleanup();
  });

  it('forms, replicates acks=all writes over SASL_SSL and serves kafkajs over SASL_PLAINTEXT', async () => {
    nodes = await Promise.all(
      [0, 1, 2].map((i) => startBroker({ nodeId: i + 1, logLevel: 'error', config: nodeConfig(i) })),
    );
    await until(
      () => nodes.every((n) => n.broker.kraft?.image?.liveBrokers().length === 3),
      'every node sees three unfenced brokers (registered over the SSL controller listener)',
    );

    const kafka = new Kafka({
      clientId: 'secured-cluster',
      brokers: ports.map((p) => `127.0.0.1:${p.client}`),
      sasl: { mechanism: 'plain', username: 'alice', password: 'alice-secret' },
      logLevel: logLevel.NOTHING,
      retry: { retries: 10 },
    });
    await createReplicated(kafka, 'guarded', 2, 2);
    await until(
      () => nodes.every((n) => [0, 1].every((p) => n.broker.kraft?.image?.partition('guarded', p)?.isr.length === 3)),
      'both partitions in sync on three brokers (followers fetching over SASL_SSL)',
    );

    const producer = kafka.producer();
    await producer.connect();
    const values = Array.from({ length: 50 }, (_, i) => `secret-${i}`);
    await producer.send({ topic: 'guarded', acks: -1, messages: values.map((value, i) => ({ key: `k${i}`, value })) });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: 'secured-readers' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'guarded', fromBeginning: true });
    const seen: string[] = [];
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(message.value!.toString()) });
    // disconnected on failure too: a consumer left running retries forever once the broker is stopped
    await until(() => seen.length >= values.length, 'every record read back', 30_000).finally(() =>
      consumer.disconnect(),
    );
    assert.deepEqual([...seen].sort(), [...values].sort());
    // Every follower holds the records (replicated over the secured listener).
    for (const n of nodes) {
      const ends = [0, 1].map((p) => n.broker.topics.partition('guarded', p)?.logEndOffset ?? 0);
      assert.equal(
        ends.reduce((a, b) => a + b, 0),
        values.length,
        `node ${n.nodeId} has every record`,
      );
    }

    // The listeners really are secured: no answer in plaintext, none over TLS without a client certificate.
    assert.ok(await refused(() => connect({ host: '127.0.0.1', port: ports[0]!.controller })), 'plaintext refused');
    assert.ok(
      await refused(() =>
        tlsConnect({
          host: '127.0.0.1',
          port: ports[0]!.controller,
          ca: certs.caPem,
          checkServerIdentity: () => undefined,
        }),
      ),
      'TLS without a client certificate refused on the controllers listener',
    );
  });

  it("rotates one broker's inter-broker certificate through the metadata log while replication goes on", async () => {
    // Sent as `kafka-configs --bootstrap-controller` does, to node 2's controller listener (mTLS): the change is
    // checked on node 2 (its own listener), committed as ConfigRecords, and node 2 reloads the listener from its
    // metadata; the other nodes keep theirs.
    const reissued = signedCertificate(certs, 'internal-2');
    const serialOn = (port: number) => servedCertificateSerial(`127.0.0.1:${port}`, certs.caPem);
    const before = await serialOn(ports[0]!.internal);
    const wire = await WireClient.connect(`127.0.0.1:${ports[1]!.controller}`, 'rotation', 10000, {
      ca: certs.caPem,
      key: certs.serverKeyPem,
      cert: certs.serverCertPem,
      servername: 'localhost',
    });
    try {
      const set = (name: string, value: string) => ({
        name: `listener.name.internal.${name}`,
        configOperation: 0,
        value,
      });
      const answer = await wire.send<{ responses: { errorCode: number; errorMessage: string | null }[] }>(44, 1, {
        resources: [
          {
            resourceType: 4,
            resourceName: '2',
            configs: [
              set('ssl.keystore.key', reissued.keyPem),
              set('ssl.keystore.certificate.chain', reissued.chainPem),
            ],
          },
        ],
        validateOnly: false,
      });
      assert.deepEqual(answer.responses[0], {
        errorCode: 0,
        errorMessage: null,
        resourceType: 4,
        resourceName: '2',
      });
    } finally {
      wire.close();
    }
    await until(async () => (await serialOn(ports[1]!.internal)) === reissued.serial, "node 2's listener reloaded");
    assert.equal(await serialOn(ports[0]!.internal), before, 'node 1 keeps its certificate');

    const kafka = new Kafka({
      clientId: 'secured-cluster-rotation',
      brokers: ports.map((p) => `127.0.0.1:${p.client}`),
      sasl: { mechanism: 'plain', username: 'alice', password: 'alice-secret' },
      logLevel: logLevel.NOTHING,
      retry: { retries: 10 },
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'guarded', acks: -1, messages: [{ key: 'after', value: 'rotation' }] });
    await producer.disconnect();
  });

  it("refuses to start when the node cannot log in to the others' listener (Kafka's GSSAPI default, no login)", async () => {
    // Ports of their own: a node that got as far as listening would fail on the ports above for another reason.
    const fresh = [{ internal: await freePort(), client: await freePort(), controller: await freePort() }];
    await assert.rejects(
      startBroker({
        nodeId: 1,
        logLevel: 'error',
        config: nodeConfig(0, { 'sasl.mechanism.inter.broker.protocol': 'GSSAPI' }, fresh),
      }),
      /sasl\.mechanism\.inter\.broker\.protocol=GSSAPI.*Kerberos/,
    );
    await assert.rejects(
      startBroker({
        nodeId: 1,
        logLevel: 'error',
        config: nodeConfig(
          0,
          { 'listener.name.internal.plain.sasl.jaas.config': `${PLAIN} user_broker="broker-secret";` },
          fresh,
        ),
      }),
      /needs this node's own login: username="\.\.\." password="\.\.\." in listener\.name\.internal\.plain\.sasl\.jaas\.config/,
    );
  });
});

describe('brook storage format --add-scram: brokers that log in to each other with SCRAM from the first start', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  let nodes: TestBroker[] = [];

  after(async () => {
    await Promise.all(nodes.map((n) => n.stop().catch(() => {})));
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('parses --add-scram as Kafka does and refuses what Kafka refuses', () => {
    const c = parseAddScram('SCRAM-SHA-256=[name=alice,password="alice-secret",iterations=8192]');
    assert.deepEqual([c.name, c.mechanism, c.iterations], ['alice', 1, 8192]);
    const credential = scramMechanismByName('SCRAM-SHA-256')!;
    const again = credentialFromPassword(credential, 'alice-secret', 8192, Buffer.from(c.salt, 'base64'));
    assert.equal(c.storedKey, again.storedKey.toString('base64'), 'the password salted as SCRAM does');
    for (const [argument, message] of [
      ['SCRAM-SHA-1=[name=a,password=b]', /The add-scram mechanism SCRAM-SHA-1 is not supported\./],
      ['SCRAM-SHA-256=name=a,password=b', /Expected configuration string to start with \[/],
      ['SCRAM-SHA-256=[password=b]', /You must supply 'name' to add-scram/],
      ['SCRAM-SHA-256=[name=a]', /You must supply one of 'password' or 'saltedpassword' to add-scram/],
      ['SCRAM-SHA-256=[name=a,password=b,iterations=100]', /The 'iterations' value must be >= 4096/],
      ['SCRAM-SHA-256=[name=a,password=b,colour=red]', /Unknown SCRAM configurations: colour/],
    ] as const) {
      assert.throws(() => parseAddScram(argument), message);
    }
  });

  it('three nodes formatted with the brokers login form a cluster replicating over SASL_PLAINTEXT with SCRAM-SHA-512', async () => {
    const ports: { internal: number; controller: number }[] = [];
    for (let i = 0; i < 3; i++) ports.push({ internal: await freePort(), controller: await freePort() });
    const voters = ports.map((p, j) => `${j + 1}@127.0.0.1:${p.controller}`).join(',');
    const configs = ports.map((p, i) => {
      const dir = mkdtempSync(join(tmpdir(), 'brook-scram-bootstrap-'));
      dirs.push(dir);
      return {
        'node.id': String(i + 1),
        'log.dirs': dir,
        'process.roles': 'broker,controller',
        listeners: `INTERNAL://127.0.0.1:${p.internal},CONTROLLER://127.0.0.1:${p.controller}`,
        'listener.security.protocol.map': 'INTERNAL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT',
        'controller.listener.names': 'CONTROLLER',
        'controller.quorum.voters': voters,
        'inter.broker.listener.name': 'INTERNAL',
        'sasl.mechanism.inter.broker.protocol': 'SCRAM-SHA-512',
        'listener.name.internal.sasl.enabled.mechanisms': 'SCRAM-SHA-512',
        'listener.name.internal.scram-sha-512.sasl.jaas.config':
          'org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="broker-secret";',
        'broker.session.timeout.ms': '3000',
        'broker.heartbeat.interval.ms': '200',
      };
    });
    const clusterId = 'U0NSQU1ib290c3RyYXAxMA';
    for (const config of configs) {
      const sets = Object.entries(config).flatMap(([k, v]) => ['--set', `${k}=${v}`]);
      const run = await brook([
        'storage',
        'format',
        ...sets,
        '--cluster-id',
        clusterId,
        '--add-scram',
        'SCRAM-SHA-512=[name=broker,password=broker-secret]',
      ]);
      assert.equal(run.code, 0, run.stderr);
    }
    nodes = await Promise.all(
      configs.map((config, i) =>
        startBroker({
          nodeId: i + 1,
          dataDir: config['log.dirs'],
          logLevel: 'error',
          listeners: config.listeners,
          config,
        }),
      ),
    );
    await until(
      () => nodes.every((n) => n.broker.kraft?.image?.liveBrokers().length === 3),
      'every node sees three unfenced brokers',
    );
    // The credential is in the metadata log (every node has it), written once by the first active controller.
    await until(
      () => nodes.every((n) => n.broker.kraft!.image!.scramCredentials.get('broker')?.size === 1),
      'the bootstrap credential in every node metadata',
    );

    const kafka = new Kafka({
      clientId: 'scram-bootstrap',
      brokers: ports.map((p) => `127.0.0.1:${p.internal}`),
      sasl: { mechanism: 'scram-sha-512', username: 'broker', password: 'broker-secret' },
      logLevel: logLevel.NOTHING,
      retry: { retries: 10 },
    });
    await createReplicated(kafka, 'bootstrapped', 1, 3);
    const producer = kafka.producer();
    await producer.connect();
    // min.insync.replicas 3: answered only once both followers fetched, logged in with SCRAM.
    await producer.send({ topic: 'bootstrapped', acks: -1, messages: [{ value: 'first' }, { value: 'second' }] });
    await producer.disconnect();
    for (const n of nodes) assert.equal(n.broker.topics.partition('bootstrapped', 0)?.logEndOffset, 2);
  });
});
