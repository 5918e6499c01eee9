import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import { startBroker, type TestBroker } from '../../src/testing';
import { brook, brookOk, brookProcess, rows } from './helpers';

/** `brook cluster info|health` and `brook config get|set` against a live broker. */
describe('brook cluster / config', function () {
  this.timeout(30000);
  let broker: TestBroker;
  let b: string;

  before(async () => {
    broker = await startBroker();
    b = broker.bootstrap;
    await brookOk(['topic', 'create', 'c1', '-p', '3'], b);
  });
  after(() => broker?.stop());

  it('cluster info: cluster id, controller, brokers, topic and partition counts', async () => {
    const info = JSON.parse(await brookOk(['cluster', 'info', '-o', 'json'], b));
    assert.equal(info.clusterId, broker.clusterId);
    assert.equal(info.controllerId, broker.nodeId);
    assert.deepEqual(info.brokers, [{ nodeId: broker.nodeId, host: '127.0.0.1', port: broker.port, rack: null }]);
    assert.ok(info.topics >= 1);
    assert.ok(info.partitions >= 3);
    const text = await brookOk(['cluster', 'info'], b);
    assert.match(text, new RegExp(`Cluster: ${broker.clusterId} {2}Controller: ${broker.nodeId}`));
    assert.deepEqual(rows(text.slice(text.indexOf('ID '))).slice(1), [
      [`${broker.nodeId}*`, '127.0.0.1', String(broker.port), '-'],
    ]);
  });

  it('cluster health: healthy, exit 0', async () => {
    const run = await brook(['cluster', 'health', '-o', 'json'], b);
    assert.equal(run.code, 0);
    const health = JSON.parse(run.stdout);
    assert.equal(health.healthy, true);
    assert.deepEqual(health.leaderlessPartitions, []);
    assert.deepEqual(health.underReplicatedPartitions, []);
  });

  it('config set/get on a topic: the value, its source, and kafkajs reads the same', async () => {
    assert.equal(
      await brookOk(['config', 'set', '--topic', 'c1', 'retention.ms=60000', 'max.message.bytes=2048'], b),
      'Completed updating config for topic c1.\n',
    );
    assert.deepEqual(rows(await brookOk(['config', 'get', '--topic', 'c1'], b)), [
      ['KEY', 'VALUE', 'SOURCE'],
      ['max.message.bytes', '2048', 'DYNAMIC_TOPIC_CONFIG'],
      ['retention.ms', '60000', 'DYNAMIC_TOPIC_CONFIG'],
    ]);
    await brookOk(['config', 'set', '--topic', 'c1', '--delete', 'max.message.bytes'], b);
    const named = JSON.parse(
      await brookOk(['config', 'get', '--topic', 'c1', 'max.message.bytes', 'retention.ms', '-o', 'json'], b),
    );
    assert.deepEqual(
      named.map((c: { name: string; source: string }) => [c.name, c.source]),
      [
        ['max.message.bytes', 'DEFAULT_CONFIG'],
        ['retention.ms', 'DYNAMIC_TOPIC_CONFIG'],
      ],
    );
    const kafka = new Kafka({ brokers: [b], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const described = await admin.describeConfigs({
        resources: [{ type: 2, name: 'c1', configNames: ['retention.ms'] }],
        includeSynonyms: false,
      });
      assert.equal(described.resources[0]!.configEntries[0]!.configValue, '60000');
    } finally {
      await admin.disconnect();
    }
    const all = JSON.parse(await brookOk(['config', 'get', '--topic', 'c1', '--all', '-o', 'json'], b));
    assert.ok(all.length > 10);
  });

  it('config on a broker: a dynamic value set and read back; --all lists the static ones', async () => {
    await brookOk(['config', 'set', '--broker', String(broker.nodeId), 'max.connections.per.ip=1000'], b);
    const dynamic = JSON.parse(await brookOk(['config', 'get', '--broker', String(broker.nodeId), '-o', 'json'], b));
    assert.deepEqual(
      dynamic.map((c: { name: string; value: string; source: string }) => [c.name, c.value, c.source]),
      [['max.connections.per.ip', '1000', 'DYNAMIC_BROKER_CONFIG']],
    );
    const all = JSON.parse(
      await brookOk(['config', 'get', '--broker', String(broker.nodeId), '--all', '-o', 'json'], b),
    );
    assert.ok(all.some((c: { name: string }) => c.name === 'num.partitions'));
  });

  it('errors: an unknown topic and a bad value are exit 1; no resource is exit 2', async () => {
    const missing = await brook(['config', 'get', '--topic', 'nosuch'], b);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Topic 'nosuch' does not exist/);
    const bad = await brook(['config', 'set', '--topic', 'c1', 'retention.ms=soon'], b);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /INVALID_CONFIG/);
    assert.equal((await brook(['config', 'get'], b)).code, 2);
  });

  it('BROOK_BOOTSTRAP names the broker when --bootstrap is not given (a process)', async () => {
    const run = await brookProcess(['cluster', 'info', '-o', 'json'], undefined, { BROOK_BOOTSTRAP: b });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).clusterId, broker.clusterId);
  });
});
