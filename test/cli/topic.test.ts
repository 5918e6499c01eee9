import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import { startBroker, type TestBroker } from '../../src/testing';
import { brook, brookOk, rows } from './helpers';

/** `brook topic ...` against a live broker, each result checked through another client (kafkajs' admin). */
describe('brook topic', function () {
  this.timeout(30000);
  let broker: TestBroker;
  let b: string;
  let kafka: Kafka;

  before(async () => {
    broker = await startBroker({ config: { 'num.partitions': 2 } });
    b = broker.bootstrap;
    kafka = new Kafka({ brokers: [b], logLevel: logLevel.NOTHING });
  });
  after(() => broker?.stop());

  it('create: partitions, replication factor and configs as asked; kafkajs sees them', async () => {
    const out = await brookOk(['topic', 'create', 'six', '-p', '6', '-r', '1', '-c', 'cleanup.policy=compact'], b);
    assert.equal(out, 'Created topic six (6 partitions, replication factor 1).\n');
    const admin = kafka.admin();
    await admin.connect();
    try {
      const md = await admin.fetchTopicMetadata({ topics: ['six'] });
      assert.equal(md.topics[0]!.partitions.length, 6);
      const configs = await admin.describeConfigs({
        resources: [{ type: 2, name: 'six', configNames: ['cleanup.policy'] }],
        includeSynonyms: false,
      });
      assert.equal(configs.resources[0]!.configEntries[0]!.configValue, 'compact');
    } finally {
      await admin.disconnect();
    }
  });

  it('create: the broker default partition count without -p; an existing topic is exit 1 unless --if-not-exists', async () => {
    const created = JSON.parse(await brookOk(['topic', 'create', 'dflt', '-o', 'json'], b));
    assert.equal(created[0].topic, 'dflt');
    assert.equal(created[0].partitions, 2);
    const again = await brook(['topic', 'create', 'dflt'], b);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Topic 'dflt' already exists/);
    assert.equal((await brook(['topic', 'create', 'dflt', '--if-not-exists'], b)).code, 0);
  });

  it('list: names, partition counts and replication factors (text and json)', async () => {
    await brookOk(['topic', 'create', 'listed', '-p', '3'], b);
    const table = rows(await brookOk(['topic', 'list'], b));
    assert.deepEqual(table[0], ['TOPIC', 'PARTITIONS', 'REPLICAS']);
    assert.deepEqual(
      table.find((r) => r[0] === 'listed'),
      ['listed', '3', '1'],
    );
    const json = JSON.parse(await brookOk(['topic', 'list', '-o', 'json'], b));
    assert.deepEqual(
      json.find((t: { topic: string }) => t.topic === 'listed'),
      { topic: 'listed', partitions: 3, replicationFactor: 1, internal: false },
    );
  });

  it('describe: leaders, replicas, ISR, offsets and only the configs set on the topic', async () => {
    await brookOk(['topic', 'create', 'desc', '-p', '2', '-c', 'retention.ms=123456'], b);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'desc',
      messages: [
        { value: 'a', partition: 1 },
        { value: 'b', partition: 1 },
      ],
    });
    await producer.disconnect();
    const text = await brookOk(['topic', 'describe', 'desc'], b);
    assert.match(text, /Topic: desc {2}TopicId: \S+ {2}PartitionCount: 2 {2}ReplicationFactor: 1/);
    assert.match(text, /Configs: retention\.ms=123456\n/);
    const table = rows(text.slice(text.indexOf('PARTITION')));
    assert.deepEqual(table.slice(1), [
      ['0', String(broker.nodeId), '0', '1', '1', '0', '0'],
      ['1', String(broker.nodeId), '0', '1', '1', '0', '2'],
    ]);
    const [json] = JSON.parse(await brookOk(['topic', 'describe', 'desc', '-o', 'json'], b));
    assert.deepEqual(json.configs, { 'retention.ms': '123456' });
    assert.deepEqual(json.partitions[1], {
      partition: 1,
      leader: 1,
      leaderEpoch: 0,
      replicas: [1],
      isr: [1],
      offlineReplicas: [],
      logStartOffset: 0,
      highWatermark: 2,
    });
  });

  it('describe: a topic that does not exist is exit 1 with a message', async () => {
    const run = await brook(['topic', 'describe', 'nosuch'], b);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, "brook topic: Topic 'nosuch' does not exist.\n");
    assert.equal(run.stdout, '');
  });

  it('alter-config: --set and --delete change only the named keys', async () => {
    await brookOk(['topic', 'create', 'alt', '-c', 'retention.ms=1000', '-c', 'segment.bytes=1048576'], b);
    await brookOk(['topic', 'alter-config', 'alt', '--set', 'cleanup.policy=compact', '--delete', 'retention.ms'], b);
    const [json] = JSON.parse(await brookOk(['topic', 'describe', 'alt', '-o', 'json'], b));
    assert.deepEqual(json.configs, { 'cleanup.policy': 'compact', 'segment.bytes': '1048576' });
    const bad = await brook(['topic', 'alter-config', 'alt', '--set', 'no.such.config=1'], b);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /INVALID_CONFIG|UNKNOWN/);
  });

  it('add-partitions: --num adds, --total grows to; shrinking is a Kafka error (exit 1)', async () => {
    await brookOk(['topic', 'create', 'grow', '-p', '2'], b);
    assert.equal(
      await brookOk(['topic', 'add-partitions', 'grow', '--num', '2'], b),
      'Topic grow now has 4 partitions (was 2).\n',
    );
    await brookOk(['topic', 'add-partitions', 'grow', '--total', '6'], b);
    const [json] = JSON.parse(await brookOk(['topic', 'describe', 'grow', '-o', 'json'], b));
    assert.equal(json.partitions.length, 6);
    const shrink = await brook(['topic', 'add-partitions', 'grow', '--total', '3'], b);
    assert.equal(shrink.code, 1);
    assert.match(shrink.stderr, /INVALID_PARTITIONS/);
  });

  it('delete: the topic is gone; deleting it again is exit 1 unless --if-exists', async () => {
    await brookOk(['topic', 'create', 'gone'], b);
    assert.equal(await brookOk(['topic', 'delete', 'gone'], b), 'Deleted topic gone.\n');
    assert.ok(!rows(await brookOk(['topic', 'list'], b)).some((r) => r[0] === 'gone'));
    const again = await brook(['topic', 'delete', 'gone'], b);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Topic 'gone' does not exist/);
    assert.equal((await brook(['topic', 'delete', 'gone', '--if-exists'], b)).code, 0);
  });

  it('several topics at once: each succeeds or fails on its own; any failure is exit 1', async () => {
    await brookOk(['topic', 'create', 'm1'], b);
    const created = await brook(['topic', 'create', 'm1', 'm2'], b);
    assert.equal(created.code, 1);
    assert.match(created.stdout, /^Created topic m2 /);
    assert.equal(created.stderr, "brook topic: Topic 'm1' already exists.\n");
    const deleted = await brook(['topic', 'delete', 'm1', 'nosuch', 'm2'], b);
    assert.equal(deleted.code, 1);
    assert.equal(deleted.stdout, 'Deleted topic m1.\nDeleted topic m2.\n');
    assert.equal(deleted.stderr, "brook topic: Topic 'nosuch' does not exist.\n");
  });

  it('usage errors are exit 2 with the usage on stderr; --help is exit 0 on stdout', async () => {
    for (const argv of [
      ['topic', 'frobnicate'],
      ['topic', 'create'],
      ['topic', 'create', 'x', '-p', 'many'],
      ['topic', 'list', '--bogus'],
    ]) {
      const run = await brook(argv, b);
      assert.equal(run.code, 2, argv.join(' '));
      assert.match(run.stderr, /Usage: brook topic/);
    }
    const help = await brook(['topic', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /brook topic create TOPIC/);
  });

  it('a broker that is not there is exit 1 naming the address', async () => {
    const run = await brook(['topic', 'list', '--bootstrap', '127.0.0.1:1']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /cannot connect to 127\.0\.0\.1:1/);
  });
});
