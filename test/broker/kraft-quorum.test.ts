import assert from 'node:assert/strict';
import { type DescribeQuorumResponse, MetadataRequestCodec } from '../../protocol/generated';
import { encodeMetadataRecord } from '../../protocol/metadata-record';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';
import { freePort } from '../../src/cluster/free-port';

/** A metadata record carrying `text` (a broker-level ConfigRecord): the controllers replay the log, so it holds records. */
function marker(text: string): Buffer {
  return encodeMetadataRecord({
    type: 'ConfigRecord',
    version: 0,
    value: { resourceType: 4, resourceName: '', name: text, value: text },
  });
}

async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('KRaft quorum over the wire: 3 in-process controllers (controller.quorum.voters, CONTROLLER listener)', () => {
  let nodes: TestBroker[] = [];
  let ports: number[] = [];
  afterEach(async () => {
    for (const n of nodes) await n.stop();
    nodes = [];
  });

  async function startNodes(): Promise<void> {
    ports = [await freePort(), await freePort(), await freePort()];
    const voters = ports.map((p, i) => `${i + 1}@127.0.0.1:${p}`).join(',');
    nodes = await Promise.all(
      ports.map((port, i) =>
        startBroker({
          nodeId: i + 1,
          config: {
            'process.roles': 'broker,controller',
            listeners: `PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:${port}`,
            'controller.listener.names': 'CONTROLLER',
            'controller.quorum.voters': voters,
            'controller.quorum.election.timeout.ms': 300,
            'controller.quorum.fetch.timeout.ms': 600,
            'controller.quorum.election.backoff.max.ms': 200,
          },
        }),
      ),
    );
  }

  const leaders = () => nodes.filter((n) => n.broker.quorum?.raft.state.kind === 'leader');

  it('elects a leader, replicates committed entries, answers ApiVersions per listener and DescribeQuorum; survives losing the leader', async () => {
    await startNodes();
    await until(() => leaders().length === 1, 'a leader');
    const leader = leaders()[0]!;
    // The listener API a metadata layer would use: every node sees the same committed records.
    const { lastOffset } = leader.broker.quorum!.raft.append([marker('first')]);
    await until(() => nodes.every((n) => n.broker.quorum!.raft.highWatermark > lastOffset), 'commit on every voter');
    for (const n of nodes) {
      const bytes = n.broker.quorum!.raft.log.read(0, 1 << 20, 'high-watermark');
      assert.ok(bytes.includes(Buffer.from('first')), `node ${n.nodeId} holds the committed record`);
    }

    // ApiVersions: the controller listener lists the KRaft RPCs, the broker listener does not.
    const leaderPort = ports[leader.nodeId - 1]!;
    const controller = await WireClient.connect(`127.0.0.1:${leaderPort}`);
    const broker = await WireClient.connect(leader.bootstrap);
    try {
      const onController = await controller.send<{ apiKeys: { apiKey: number }[] }>(18, 3, {
        clientSoftwareName: 'test',
        clientSoftwareVersion: '1',
      });
      const onBroker = await broker.send<{ apiKeys: { apiKey: number }[] }>(18, 3, {
        clientSoftwareName: 'test',
        clientSoftwareVersion: '1',
      });
      const keys = (r: { apiKeys: { apiKey: number }[] }) => r.apiKeys.map((k) => k.apiKey);
      for (const k of [52, 53, 54, 55, 59, 1])
        assert.ok(keys(onController).includes(k), `controller listener lists ${k}`);
      assert.ok(!keys(onController).includes(0), 'no Produce on the controller listener');
      assert.ok(!keys(onBroker).includes(52), 'no Vote on the broker listener');
      assert.ok(keys(onBroker).includes(0));

      const dq = await controller.send<DescribeQuorumResponse>(55, 2, {
        topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }],
      });
      const p = dq.topics[0]!.partitions[0]!;
      assert.equal(p.errorCode, 0);
      assert.equal(p.leaderId, leader.nodeId);
      assert.ok(p.highWatermark > BigInt(lastOffset));
      assert.deepEqual(p.currentVoters.map((v) => v.replicaId).sort(), [1, 2, 3]);
      assert.equal(dq.nodes.length, 3);

      // A follower answers NOT_LEADER_OR_FOLLOWER on its controller listener, and forwards to the leader from its
      // broker listener (Kafka's brokers forward DescribeQuorum: kafka-metadata-quorum --bootstrap-server).
      const follower = nodes.find((n) => n !== leader)!;
      const ask = async (address: string) => {
        const client = await WireClient.connect(address);
        try {
          return await client.send<DescribeQuorumResponse>(55, 2, {
            topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }],
          });
        } finally {
          client.close();
        }
      };
      const local = (await ask(`127.0.0.1:${ports[follower.nodeId - 1]}`)).topics[0]!.partitions[0]!;
      assert.equal(local.errorCode, 6, 'NOT_LEADER_OR_FOLLOWER on the controller listener');
      const forwarded = await ask(follower.bootstrap);
      assert.equal(forwarded.topics[0]!.partitions[0]!.errorCode, 0);
      assert.equal(forwarded.topics[0]!.partitions[0]!.leaderId, leader.nodeId);
      assert.equal(forwarded.nodes.length, 3);

      // An API the controller listener does not serve closes the connection, as Kafka does.
      await assert.rejects(controller.send(3, 12, { ...MetadataRequestCodec.defaults(), topics: null }), /closed/);
    } finally {
      controller.close();
      broker.close();
    }

    // The leader goes away: the two others elect a new one in a later epoch, and the committed record stays.
    const oldEpoch = leader.broker.quorum!.raft.epoch;
    await leader.stop();
    const rest = nodes.filter((n) => n !== leader);
    await until(() => rest.some((n) => n.broker.quorum!.raft.state.kind === 'leader'), 'a new leader');
    const next = rest.find((n) => n.broker.quorum!.raft.state.kind === 'leader')!;
    assert.ok(next.broker.quorum!.raft.epoch > oldEpoch);
    const second = next.broker.quorum!.raft.append([marker('second')]);
    await until(
      () => rest.every((n) => n.broker.quorum!.raft.highWatermark > second.lastOffset),
      'commit after failover',
    );
    for (const n of rest) {
      const bytes = n.broker.quorum!.raft.log.read(0, 1 << 20, 'high-watermark');
      assert.ok(bytes.includes(Buffer.from('first')) && bytes.includes(Buffer.from('second')));
    }
  });
});
