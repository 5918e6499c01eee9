/**
 * Separate roles, in this process: one controller-only node (process.roles=controller, only a CONTROLLER
 * listener) and two broker-only nodes (process.roles=broker) that follow the metadata log as observers (Fetch
 * with their replica id, not voters), register with the controller over its listener and serve kafkajs. A
 * topic with replication factor 2 is created, produced with acks=all and consumed back; CreatePartitions and
 * DeleteTopics go through the brokers to the controller-only node, which answers them itself; metadata snapshots
 * every 300 bytes exercise the observers' snapshots too.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { ConfigSource } from '../../src/config';
import { WireClient } from './wire-client';
import { startBroker, type TestBroker } from '../../src/testing';
import { freePort, until } from './kraft-nodes';

const common = {
  'controller.listener.names': 'CONTROLLER',
  'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
  'broker.session.timeout.ms': 3000,
  'broker.heartbeat.interval.ms': 200,
  'metadata.log.max.record.bytes.between.snapshots': 300,
};

describe('KRaft roles: a controller-only node and two broker-only nodes (observers), kafkajs', function () {
  this.timeout(60_000);
  const nodes: TestBroker[] = [];
  after(async () => {
    for (const n of nodes.reverse()) await n.stop().catch(() => {});
  });

  it('a topic with replication factor 2 on the brokers is produced with acks=all and consumed back', async () => {
    const controllerPort = await freePort();
    const voters = `1@127.0.0.1:${controllerPort}`;
    const controller = await startBroker({
      nodeId: 1,
      logLevel: 'error',
      listeners: `CONTROLLER://127.0.0.1:${controllerPort}`,
      config: { ...common, 'process.roles': 'controller', 'controller.quorum.voters': voters },
    });
    nodes.push(controller);
    const brokers = await Promise.all(
      [2, 3].map((nodeId) =>
        startBroker({
          nodeId,
          logLevel: 'error',
          config: { ...common, 'process.roles': 'broker', 'controller.quorum.voters': voters },
        }),
      ),
    );
    nodes.push(...brokers);
    await until(
      () => brokers.every((b) => b.broker.kraft?.image?.liveBrokers().length === 2),
      'both brokers registered and unfenced',
    );
    const raft = controller.broker.quorum!.raft;
    assert.equal(raft.state.kind, 'leader');
    assert.deepEqual(
      raft
        .describeQuorum()!
        .observers.map((o) => o.replicaId)
        .sort(),
      [2, 3],
      'the brokers fetch the metadata log as observers',
    );
    assert.deepEqual(
      [...controller.broker.kraft!.controllerImage()!.brokers.keys()].sort(),
      [2, 3],
      'the controller-only node did not register as a broker',
    );

    const kafka = new Kafka({
      clientId: 'kraft-roles',
      brokers: brokers.map((b) => b.bootstrap),
      logLevel: logLevel.NOTHING,
      retry: { retries: 20, initialRetryTime: 100, maxRetryTime: 1000 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic: 'orders', numPartitions: 2, replicationFactor: 2 }],
      waitForLeaders: true,
    });
    await until(
      () => brokers.every((b) => b.broker.kraft?.image?.topic('orders')?.partitions.size === 2),
      'both brokers know orders',
    );
    const meta = await admin.fetchTopicMetadata({ topics: ['orders'] });
    for (const p of meta.topics[0]!.partitions) assert.deepEqual([...p.replicas].sort(), [2, 3]);
    assert.deepEqual(
      (await admin.describeCluster()).brokers.map((b) => b.nodeId).sort(),
      [2, 3],
      'Metadata names the brokers only',
    );
    await admin.disconnect();

    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const sent = Array.from({ length: 40 }, (_, i) => `m${i}`);
    for (const value of sent) await producer.send({ topic: 'orders', acks: -1, messages: [{ key: value, value }] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: 'kraft-roles-check' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'orders', fromBeginning: true });
    const seen: string[] = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push(message.value!.toString());
      },
    });
    // disconnected on failure too: a consumer left running retries forever once the broker is stopped
    await until(() => seen.length >= sent.length, 'every record consumed').finally(() => consumer.disconnect());
    assert.deepEqual([...seen].sort(), [...sent].sort(), 'every record once');

    // Both replicas of each partition hold the records (replicated between the broker-only nodes).
    for (const b of brokers) {
      const ends = [0, 1].map((p) => b.broker.topics.replicas.getPartitionOrError('orders', p).logEndOffset);
      assert.equal(
        ends.reduce((x, y) => x + y, 0),
        sent.length,
        `broker ${b.nodeId} holds every record`,
      );
    }
    // CreatePartitions and DeleteTopics forwarded by a broker are answered by the controller-only node itself.
    const admin2 = kafka.admin();
    await admin2.connect();
    await admin2.createTopics({ topics: [{ topic: 'scratch', numPartitions: 1, replicationFactor: 1 }] });
    await admin2.createPartitions({ topicPartitions: [{ topic: 'scratch', count: 3 }] });
    await until(
      () => brokers.every((b) => b.broker.kraft?.image?.topic('scratch')?.partitions.size === 3),
      'scratch grown to 3 partitions',
    );
    // A topic config change forwarded the same way (AlterConfigs): every broker applies it.
    await admin2.alterConfigs({
      validateOnly: false,
      resources: [
        { type: ConfigResourceTypes.TOPIC, name: 'scratch', configEntries: [{ name: 'retention.ms', value: '60000' }] },
      ],
    });
    await until(
      () => brokers.every((b) => b.broker.topics.registry.get('scratch')?.configs['retention.ms'] === '60000'),
      'retention.ms of scratch on every broker',
    );
    // The cluster's dynamic broker defaults (BROKER resource ''), forwarded alike: every broker applies them below
    // its own values, and topics without an override follow (retention.ms from log.retention.ms).
    // (IncrementalAlterConfigs by hand: kafkajs refuses the empty resource name.)
    const wire = await WireClient.connect(Number(brokers[0]!.bootstrap.split(':')[1]));
    try {
      const set = { name: 'log.retention.ms', configOperation: 0, value: '3600000' };
      wire.send(44, 1, { resources: [{ resourceType: 4, resourceName: '', configs: [set] }], validateOnly: false });
      const answer = await wire.nextResponse<{ responses: { errorCode: number; errorMessage: string | null }[] }>(
        44,
        1,
      );
      assert.equal(answer.body.responses[0]!.errorCode, 0, answer.body.responses[0]!.errorMessage ?? '');
    } finally {
      wire.close();
    }
    await until(
      () =>
        brokers.every(
          (b) =>
            b.broker.config.raw('log.retention.ms') === '3600000' &&
            b.broker.config.source('log.retention.ms') === ConfigSource.DynamicDefaultBrokerConfig &&
            b.broker.topics.configsOf(b.broker.topics.get('orders')!)['retention.ms'] === '3600000',
        ),
      'log.retention.ms as a cluster default on every broker',
    );
    await admin2.deleteTopics({ topics: ['scratch'] });
    await until(() => brokers.every((b) => !b.broker.kraft?.image?.topic('scratch')), 'scratch deleted');
    await admin2.disconnect();
    // Every node snapshots its own image of the metadata log, the observers included.
    for (const n of nodes) {
      assert.ok(n.broker.quorum!.raft.log.snapshots.list().length > 0, `node ${n.nodeId} wrote a metadata snapshot`);
    }
    // The controller-only node serves no client API: its listener closes a Metadata request's connection.
    const closed = await new Promise<boolean>((resolve) => {
      const socket = connect(controllerPort, '127.0.0.1', () => {
        const body = Buffer.from([0, 3, 0, 1, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0]); // Metadata v1, no client id, all topics
        const frame = Buffer.alloc(4);
        frame.writeInt32BE(body.length);
        socket.write(Buffer.concat([frame, body]));
      });
      socket.on('data', () => resolve(false));
      socket.on('close', () => resolve(true));
      socket.on('error', () => resolve(true));
    });
    assert.equal(closed, true);
  });
});
