import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { GenericContainer, getContainerRuntimeClient } from 'testcontainers';
import { configFromEnv, loadBrokerConfig } from '../../src/config';
import {
  advertisedListeners,
  BROOK_CONTAINER_ENV,
  BROOK_PORT,
  BrookContainer,
  type StartedBrookContainer,
} from '../../src/testcontainers';
import { firstValue } from '../kafkajs-consume';

const ROOT = resolve(__dirname, '..', '..');

/** What a BrookContainer hands the image, checked without a container engine (the image reads it as config). */
describe('brook/testcontainers: the configuration a BrookContainer starts with', () => {
  it('loads as broker config: PLAINTEXT on 9093 for the host, BROKER on 9092 for the network, advertised as mapped', () => {
    const env = {
      ...BROOK_CONTAINER_ENV,
      KAFKA_ADVERTISED_LISTENERS: advertisedListeners('brook-1', 'localhost', 32771),
    };
    const config = loadBrokerConfig({ sets: configFromEnv(env) });
    assert.deepEqual(config.unknownKeys, []);
    assert.deepEqual(
      config.listeners.map((l) => `${l.name}:${l.securityProtocol}://${l.host}:${l.port}`),
      ['BROKER:PLAINTEXT://0.0.0.0:9092', 'PLAINTEXT:PLAINTEXT://0.0.0.0:9093'],
    );
    assert.deepEqual(
      config.advertisedListeners.map((l) => `${l.name}://${l.host}:${l.port}`),
      ['BROKER://brook-1:9092', 'PLAINTEXT://localhost:32771'],
    );
    assert.equal(config.string('http.listeners'), 'http://0.0.0.0:9644');
    assert.equal(config.number('group.initial.rebalance.delay.ms'), 0);
    assert.equal(advertisedListeners('brook-1', '::1', 1), 'BROKER://brook-1:9092,PLAINTEXT://[::1]:1');
  });

  it('refuses what KafkaContainer offers and Brook has not: ZooKeeper, a SASL_SSL listener', () => {
    assert.throws(() => new BrookContainer().withZooKeeper('zk', 2181), /without ZooKeeper/);
    assert.throws(() => new BrookContainer().withSaslSslListener({}), /not supported/);
    assert.ok(new BrookContainer().withKraft() instanceof BrookContainer);
  });
});

/**
 * The image built from this repository's Dockerfile, started through BrookContainer as a suite would start
 * KafkaContainer, with kafkajs producing and consuming through the mapped port. Needs a container engine
 * (Docker, Podman...): without one every test here is reported pending with the reason in its title, never
 * as passed.
 */
describe('brook/testcontainers: BrookContainer on a container engine', function () {
  this.timeout(600_000);
  let image = '';
  let container: StartedBrookContainer | undefined;

  before(async function () {
    let reason: string | null = null;
    try {
      await getContainerRuntimeClient();
    } catch (error) {
      reason = (error as Error).message;
    }
    if (reason !== null) {
      for (const test of this.test?.parent?.tests ?? [])
        test.title = `not run: no container engine (${reason}): ${test.title}`;
      this.skip();
    }
    image = 'brook:testcontainers-test';
    await GenericContainer.fromDockerfile(ROOT).build(image, { deleteOnExit: false });
  });
  after(async () => {
    await container?.stop();
  });

  it('starts the image, is ready, and serves kafkajs on the mapped port as KafkaContainer would', async () => {
    container = await new BrookContainer(image).withKraft().start();
    assert.equal(container.getBootstrapServers(), `${container.getHost()}:${container.getMappedPort(BROOK_PORT)}`);
    const ready = await fetch(`${container.getHttpUrl()}/ready`);
    assert.equal(ready.status, 200);
    const kafka = new Kafka({ brokers: [container.getBootstrapServers()], logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'in-a-container', messages: [{ key: 'k', value: 'hello' }] });
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: 'container-group' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'in-a-container', fromBeginning: true });
    const value = await firstValue(consumer, 'in-a-container', { ms: 60_000 });
    assert.equal(value, 'hello');
    const metrics = await (await fetch(`${container.getHttpUrl()}/metrics`)).text();
    assert.match(metrics, /^kafka_server_brokertopicmetrics_messagesin_total\{topic="in-a-container"\} 1$/m);
  });

  it('stops cleanly on SIGTERM as PID 1 (tini): exit code 0', async () => {
    assert.ok(container, 'the container of the previous test');
    const stopped = await container.stop({ timeout: 10_000 });
    container = undefined;
    const client = await getContainerRuntimeClient();
    const inspect = await client.container
      .getById(stopped.getId())
      .inspect()
      .catch(() => null);
    // removed on stop by default; when kept, it exited by itself (0), not killed after the timeout (137)
    if (inspect) assert.equal(inspect.State.ExitCode, 0);
  });
});
