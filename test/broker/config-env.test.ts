import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MetadataRequestCodec, type MetadataResponse } from '../../protocol/generated';
import { ConfigError, configFromEnv, configKeyOfEnv, loadBrokerConfig } from '../../src/config';
import { ROOT } from './brook-process';
import { spawn } from 'node:child_process';
import { WireClient } from './wire-client';

/**
 * Environment variables -> config keys as the official Kafka image maps KAFKA_* (the container image runs
 * `brook serve --config-from-env`; the image itself cannot be built on a machine without a container engine,
 * so the mapping is checked here, and through a `brook serve` process given only environment variables).
 */
describe('config from environment variables (KAFKA_* as the official image maps them)', function () {
  this.timeout(20000);

  it("maps _ to '.', __ to '_', ___ to '-', lower-cases, and CLUSTER_ID to cluster.id", () => {
    assert.equal(configKeyOfEnv('KAFKA_LOG_SEGMENT_BYTES'), 'log.segment.bytes');
    assert.equal(configKeyOfEnv('KAFKA_ADVERTISED_LISTENERS'), 'advertised.listeners');
    assert.equal(configKeyOfEnv('KAFKA_LISTENER_SECURITY_PROTOCOL_MAP'), 'listener.security.protocol.map');
    assert.equal(
      configKeyOfEnv('KAFKA_LISTENER_NAME_SECURE_SCRAM___SHA___512_SASL_JAAS_CONFIG'),
      'listener.name.secure.scram-sha-512.sasl.jaas.config',
    );
    assert.equal(configKeyOfEnv('KAFKA_CONFLUENT_SUPPORT__METRICS_ENABLE'), 'confluent.support_metrics.enable');
    assert.equal(configKeyOfEnv('KAFKA_HTTP_LISTENERS'), 'http.listeners');
    assert.equal(configKeyOfEnv('CLUSTER_ID'), 'cluster.id');
  });

  it('leaves the JVM and logging variables and anything unprefixed alone, and refuses 4+ underscores', () => {
    for (const name of ['KAFKA_HEAP_OPTS', 'KAFKA_OPTS', 'KAFKA_JMX_OPTS', 'KAFKA_LOG4J_OPTS', 'KAFKA_', 'PATH']) {
      assert.equal(configKeyOfEnv(name), null, name);
    }
    assert.equal(configKeyOfEnv('BROOK_LOG_LEVEL'), null);
    assert.throws(() => configKeyOfEnv('KAFKA_A____B'), ConfigError);
  });

  it('turns an environment into config entries in a stable order that load as broker config', () => {
    const env = {
      KAFKA_NUM_PARTITIONS: '6',
      PATH: '/usr/bin',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
      KAFKA_OPTS: '-Xmx1g',
      CLUSTER_ID: 'MkU3OEVBNTcwNTJENDM2Qg',
    };
    const entries = configFromEnv(env);
    assert.deepEqual(entries, [
      ['cluster.id', 'MkU3OEVBNTcwNTJENDM2Qg'],
      ['auto.create.topics.enable', 'false'],
      ['num.partitions', '6'],
    ]);
    const config = loadBrokerConfig({ sets: entries });
    assert.equal(config.number('num.partitions'), 6);
    assert.equal(config.bool('auto.create.topics.enable'), false);
    assert.deepEqual(config.unknownKeys, []);
  });

  it('brook serve --config-from-env: listeners, data dir and the advertised listener from the environment', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'brook-env-'));
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'brook.js'), 'serve', '--config-from-env'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        KAFKA_LISTENERS: 'PLAINTEXT://127.0.0.1:0',
        KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://brook.example.com:19092',
        KAFKA_LOG_DIRS: dataDir,
        KAFKA_SQL_LISTENERS: '',
        KAFKA_HTTP_LISTENERS: '',
        KAFKA_NUM_PARTITIONS: '5',
      },
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    const exited = new Promise<number | null>((r) => child.once('exit', r));
    try {
      const deadline = Date.now() + 15_000;
      while (!/listening on PLAINTEXT:\/\/127\.0\.0\.1:(\d+)/.test(out)) {
        if (child.exitCode !== null) assert.fail(`brook serve exited: ${out}`);
        if (Date.now() > deadline) assert.fail(`brook serve printed no listening line within 15 s: ${out}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.match(out, new RegExp(`data in ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.doesNotMatch(out, /metrics on/); // KAFKA_HTTP_LISTENERS='' turned the ops listener off
      const port = Number(/listening on PLAINTEXT:\/\/127\.0\.0\.1:(\d+)/.exec(out)![1]);
      const client = await WireClient.connect(port);
      client.send(3, 12, {
        ...MetadataRequestCodec.defaults(),
        topics: [{ topicId: '00000000-0000-0000-0000-000000000000', name: 'env-topic' }],
        allowAutoTopicCreation: true,
      });
      const { body } = await client.nextResponse<MetadataResponse>(3, 12);
      client.close();
      assert.deepEqual(
        body.brokers.map((b) => `${b.host}:${b.port}`),
        ['brook.example.com:19092'],
      );
      assert.equal(body.topics[0]!.partitions.length, 5);
    } finally {
      child.kill('SIGTERM');
      // a broker that does not stop on SIGTERM must not outlive the test
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      assert.equal(await exited.finally(() => clearTimeout(killer)), 0);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
