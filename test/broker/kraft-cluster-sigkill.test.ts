/**
 * brook/testing's startCluster: three `brook serve` processes, combined KRaft nodes. kafkajs creates a topic
 * with replication factor 3 and min.insync.replicas 2 and produces with acks=all; the partition leader's
 * process is SIGKILLed; the controller fences it once its session expires and elects an ISR member; produce
 * continues; every acknowledged record is read back once, in order. Then the killed node restarts over its
 * data and catches up. Then, on the same cluster, acks=all requests pipelined on one connection. Needs
 * `npm run build` (the processes run bin/brook.js).
 */
import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import type { DescribeLogDirsResponse, ProduceResponse } from '../../protocol/generated';
import { encodeRecordBatchSync } from '../../protocol/records/record-batch';
import { type LocalCluster, startCluster } from '../../src/testing';
import { assertBuilt } from './brook-process';
import { WireClient } from './wire-client';

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('KRaft cluster processes (startCluster): the partition leader SIGKILLed under acks=all', function () {
  this.timeout(90_000);
  let cluster: LocalCluster | null = null;
  after(async () => {
    await cluster?.stop();
  });

  it('a new leader is elected, produce continues, every acknowledged record is read back once in order', async () => {
    assertBuilt();
    cluster = await startCluster({ brokers: 3 });
    const kafka = new Kafka({
      clientId: 'kraft-sigkill',
      brokers: cluster.bootstrap.split(','),
      logLevel: logLevel.NOTHING,
      retry: { retries: 30, initialRetryTime: 100, maxRetryTime: 1000 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await until(async () => (await admin.describeCluster()).brokers.length === 3, 'three live brokers');
    await admin.createTopics({
      topics: [
        {
          topic: 'orders',
          numPartitions: 1,
          replicationFactor: 3,
          configEntries: [{ name: 'min.insync.replicas', value: '2' }],
        },
      ],
      waitForLeaders: true,
    });
    const leaderOf = async () => {
      const md = await admin.fetchTopicMetadata({ topics: ['orders'] }).catch(() => null);
      const p = md?.topics[0]?.partitions[0];
      return p && p.isr.length === 3 ? p.leader : -1;
    };
    let leader = -1;
    await until(async () => {
      leader = await leaderOf();
      return leader > 0;
    }, 'orders-0 led with three replicas in sync');

    const producer = kafka.producer({
      allowAutoTopicCreation: false,
      retry: { retries: 40, initialRetryTime: 100, maxRetryTime: 500 },
    });
    await producer.connect();
    const acked: string[] = [];
    const send = async (value: string) => {
      await producer.send({ topic: 'orders', acks: -1, messages: [{ value }] });
      acked.push(value);
    };
    for (let i = 0; i < 20; i++) await send(`before-${i}`);
    const killedAt = Date.now();
    await cluster.member(leader).kill();
    await send('first-after-kill');
    const failoverMs = Date.now() - killedAt;
    for (let i = 0; i < 20; i++) await send(`after-${i}`);
    const after = await admin.fetchTopicMetadata({ topics: ['orders'] });
    const newLeader = after.topics[0]!.partitions[0]!.leader;
    assert.notEqual(newLeader, leader);
    console.log(
      `      SIGKILL of node ${leader} (partition leader): first acks=all write acknowledged ${failoverMs} ms later (new leader ${newLeader}); ${acked.length} acknowledged records`,
    );
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: 'kraft-sigkill-check' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'orders', fromBeginning: true });
    const seen: string[] = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push(message.value!.toString());
      },
    });
    // disconnected on failure too: a consumer left running retries forever once the cluster is stopped
    await until(() => seen.length >= acked.length, 'every acknowledged record consumed').finally(() =>
      consumer.disconnect(),
    );
    assert.deepEqual(seen, acked, 'every acknowledged record once, in order');

    // The killed node comes back over its data: registered again, it rejoins the ISR.
    await cluster.member(leader).restart();
    await until(async () => {
      const md = await admin.fetchTopicMetadata({ topics: ['orders'] }).catch(() => null);
      return md?.topics[0]?.partitions[0]?.isr.includes(leader) ?? false;
    }, `node ${leader} back in the ISR`);
    await admin.disconnect();
  });

  it('acks=all requests pipelined on one connection are appended at once, each answered once the ISR has it', async () => {
    assert.ok(cluster, 'runs on the cluster of the test above');
    const kafka = new Kafka({
      clientId: 'kraft-pipelined',
      brokers: cluster.bootstrap.split(','),
      logLevel: logLevel.NOTHING,
    });
    const admin = kafka.admin();
    await admin.connect();
    // Every broker's metadata has the restarted node back in the ISR, whichever kafkajs asks.
    let partition = (await admin.fetchTopicMetadata({ topics: ['orders'] })).topics[0]!.partitions[0]!;
    await until(async () => {
      partition = (await admin.fetchTopicMetadata({ topics: ['orders'] })).topics[0]!.partitions[0]!;
      return partition.isr.length === 3;
    }, 'three replicas in sync');
    await admin.disconnect();
    const follower = cluster.member(partition.isr.find((id) => id !== partition.leader)!);
    const producing = await WireClient.connect(cluster.member(partition.leader).brokerPort);
    const observing = await WireClient.connect(cluster.member(partition.leader).brokerPort);
    const sizeOnLeader = async () => {
      observing.send(35, 4, { topics: [{ topic: 'orders', partitions: [0] }] });
      const { body } = await observing.nextResponse<DescribeLogDirsResponse>(35, 4);
      return Number(body.results[0]!.topics[0]!.partitions[0]!.partitionSize);
    };
    const initial = await sizeOnLeader();
    const batches = ['pipelined-1', 'pipelined-2'].map((value) =>
      encodeRecordBatchSync({ baseTimestamp: Date.now(), records: [{ key: null, value: Buffer.from(value) }] }),
    );
    // A stopped ISR follower holds the high watermark (for replica.lag.time.max.ms, 3 s here): the first
    // request waits. The second is appended meanwhile (Kafka's broker would read it only after answering the
    // first), so the followers fetch both together once they can.
    follower.pause();
    let answeredWhenBothAppended: boolean;
    try {
      for (const records of batches) {
        producing.send(0, 9, {
          transactionalId: null,
          acks: -1,
          timeoutMs: 30_000,
          topicData: [{ name: 'orders', partitionData: [{ index: 0, records }] }],
        });
      }
      const both = initial + batches[0]!.length + batches[1]!.length;
      await until(async () => (await sizeOnLeader()) === both, 'both requests appended on the leader', 10_000);
      answeredWhenBothAppended = (await producing.next(0)) !== null;
    } finally {
      follower.resume();
    }
    assert.equal(answeredWhenBothAppended, false, 'the second request was appended before the first was answered');
    for (let i = 0; i < 2; i++) {
      const { body } = await producing.nextResponse<ProduceResponse>(0, 9, 20_000);
      assert.equal(body.responses[0]!.partitionResponses[0]!.errorCode, 0);
    }
    producing.close();
    observing.close();
  });
});
