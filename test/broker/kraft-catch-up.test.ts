/**
 * A restarted broker serves clients only once it caught up with the metadata log (Kafka's BrokerServer starts its
 * acceptors after BrokerLifecycleManager's initialCatchUpFuture: the broker applied the log up to its own
 * registration). Before, it answered from the image it had replayed so far: a topic created while it was behind
 * was UNKNOWN_TOPIC_OR_PARTITION on that node. Three in-process KRaft nodes; the victim's metadata fetches are held
 * back by the quorum leader's fault hook so "behind" lasts as long as the test wants.
 */
import assert from 'node:assert/strict';
import { API_KEYS, defaultMetadataRequest, type FetchRequest, type MetadataResponse } from '../../protocol/generated';
import { Kafka, logLevel } from 'kafkajs';
import { METADATA_TOPIC_ID } from '../../replication/raft/constants';
import { ErrorCode } from '../../src/errors';
import type { TestBroker } from '../../src/testing';
import { startKraftNodes, until } from './kraft-nodes';
import { WireClient } from './wire-client';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

describe('KRaft: a restarted broker serves clients once it caught up with the metadata log', function () {
  this.timeout(60_000);
  let nodes: TestBroker[] = [];

  after(async () => {
    await Promise.all(nodes.map((n) => n.stop().catch(() => {})));
  });

  it('holds a client connection until its image has what was committed before it registered, then answers it', async () => {
    nodes = await startKraftNodes(3);
    const leaderId = () => nodes[0]!.broker.quorum!.raft.leaderAndEpoch().leaderId;
    await until(() => leaderId() > 0, 'a quorum leader');
    const controller = nodes.find((n) => n.nodeId === leaderId())!;
    const victim = nodes.find((n) => n.nodeId !== leaderId())!;

    // The victim's fetches of the metadata log go unanswered while `behind` is set: it falls behind the quorum.
    let behind = true;
    const removeFault = controller.broker.faults.control(
      API_KEYS.Fetch,
      (request) => {
        const body = request.body as FetchRequest;
        const metadataFetch =
          body.topics[0]?.topicId === METADATA_TOPIC_ID && body.replicaState.replicaId === victim.nodeId;
        return behind && metadataFetch ? { drop: true } : undefined;
      },
      { keep: true, description: 'hold back the victim metadata fetches' },
    );
    try {
      // A fetch the leader held before the fault (a long poll) could still bring the topic: let it come back.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const admin = new Kafka({ brokers: [controller.bootstrap], logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      try {
        await admin.createTopics({ topics: [{ topic: 'late', numPartitions: 2, replicationFactor: 2 }] });
      } finally {
        await admin.disconnect();
      }
      await victim.restart();
      assert.equal(victim.broker.kraft!.image?.topic('late'), undefined, 'the restarted victim does not know it yet');
      assert.equal(victim.broker.kraft!.caughtUp, false);

      const wire = await WireClient.connect(victim.port);
      try {
        wire.send(API_KEYS.Metadata, 12, {
          ...defaultMetadataRequest(),
          topics: [{ topicId: ZERO_UUID, name: 'late' }],
        });
        assert.equal(await wire.next(1500), null, 'no answer while the broker is behind the metadata log');
        assert.equal(wire.closed, false, 'the connection is held, not closed');
        behind = false;
        const answer = (await wire.nextResponse<MetadataResponse>(API_KEYS.Metadata, 12, 15_000)).body;
        const topic = answer.topics[0]!;
        assert.equal(topic.errorCode, ErrorCode.None, 'the topic committed before the restart is known');
        assert.equal(topic.partitions.length, 2);
        assert.ok(
          topic.partitions.every((p) => p.leaderId > 0),
          'with its leaders',
        );
        assert.equal(victim.broker.kraft!.caughtUp, true);
      } finally {
        wire.close();
      }
    } finally {
      removeFault();
    }
  });
});
