/**
 * Faults under load on a three-node KRaft cluster (brook/testing's startCluster: `brook serve` processes):
 * an idempotent kafkajs producer writes with acks=all to a topic with replication factor 3 and
 * min.insync.replicas 2 while the harness SIGKILLs and restarts, and SIGSTOPs and resumes, followers, partition
 * leaders and the controller quorum's leader, and cuts a partition leader or the quorum leader off from the
 * other nodes (the link fault, `/admin/faults/isolate`: inter-node traffic refused both ways, clients still
 * served), one fault at a time (each waits for the cluster to heal: every node back and every replica in sync,
 * so min.insync.replicas can always be met). While a node is cut off, the others must elect new leaders for its
 * partitions, and an acks=all write sent to it directly must not be acknowledged. Afterwards:
 * - every acknowledged record is in its partition exactly once, in the order it was acknowledged;
 * - the three replicas' logs of each partition are byte-identical (once quiet, the high watermark is the end);
 * - a consumer group reads every acknowledged record.
 * It prints the faults injected and the records checked. `BROOK_FAULTS=N` changes the number of faults, `BROOK_FAULT_KINDS=cut` keeps the kinds
 * whose names hold that word, `BROOK_FAULTS_LOG=info|debug` prints the nodes' logs.
 * Needs `npm run build` (the processes run bin/brook.js).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import * as P from '../../protocol/generated';
import type { DescribeQuorumResponse } from '../../protocol/generated';
import { encodeRecordBatchSync } from '../../protocol/records';
import { WireClient } from '../../src/groups/wire-client';
import { type ClusterMember, type LocalCluster, startCluster } from '../../src/testing';
import { assertBuilt } from './brook-process';

const TOPIC = 'faults';
const PARTITIONS = 2;
const FAULTS = Number(process.env.BROOK_FAULTS ?? 100);
/** startCluster's replica.lag.time.max.ms: how long an isolated leader's followers still count as caught up. */
const LAG_MS = 3000;

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The quorum leader's node id, asked of each member's controller listener in turn (-1 while none answers). */
async function quorumLeader(members: readonly ClusterMember[]): Promise<number> {
  for (const m of members) {
    if (!m.process) continue;
    let client: WireClient | undefined;
    try {
      client = await WireClient.connect(`127.0.0.1:${m.controllerPort}`, 'kraft-faults', 500);
      const r = await client.send<DescribeQuorumResponse>(55, 2, {
        topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }],
      });
      const p = r.topics[0]?.partitions[0];
      if (p && p.errorCode === 0 && p.leaderId >= 0) return p.leaderId;
    } catch {
      // down or paused: ask the next one
    } finally {
      client?.close();
    }
  }
  return -1;
}

/** Each partition's leader and ISR as one member's own metadata says (empty while it does not answer). */
async function partitionsSeenBy(
  member: ClusterMember,
): Promise<{ partition: number; leader: number; isr: number[] }[]> {
  let client: WireClient | undefined;
  try {
    client = await WireClient.connect(member.bootstrap, 'kraft-faults', 1000);
    const r = await client.send<P.MetadataResponse>(3, 12, {
      ...P.defaultMetadataRequest(),
      topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: TOPIC }],
      allowAutoTopicCreation: false,
    });
    const ps = r.topics[0]?.partitions ?? [];
    return ps.map((p) => ({ partition: p.partitionIndex, leader: p.leaderId, isr: p.isrNodes }));
  } catch {
    return [];
  } finally {
    client?.close();
  }
}

/** The leader of a partition as one member's own metadata says (-1 while it does not answer). */
async function leaderSeenBy(member: ClusterMember, partition: number): Promise<number> {
  return (await partitionsSeenBy(member)).find((p) => p.partition === partition)?.leader ?? -1;
}

/** The member's ops listener says ready: in a cluster, registered and unfenced as the incarnation it is. */
async function isReady(member: ClusterMember): Promise<boolean> {
  try {
    return (await fetch(`${member.httpUrl}/ready`, { signal: AbortSignal.timeout(1000) })).status === 200;
  } catch {
    return false;
  }
}

/**
 * An acks=all write of one record sent straight to `member` (its own client id: not the test's producer),
 * waiting up to `timeoutMs`: the partition's error code (0: acknowledged), or -1 if the connection failed.
 */
async function directWrite(member: ClusterMember, partition: number, value: string, timeoutMs: number) {
  const client = await WireClient.connect(member.bootstrap, 'kraft-faults-direct', 1000);
  try {
    const r = await client.send<P.ProduceResponse>(0, 9, {
      ...P.defaultProduceRequest(),
      acks: -1,
      timeoutMs,
      topicData: [
        {
          ...P.defaultProduceRequestTopicProduceData(),
          name: TOPIC,
          partitionData: [
            {
              index: partition,
              records: encodeRecordBatchSync({
                baseTimestamp: Date.now(),
                records: [{ key: null, value: Buffer.from(value) }],
              }),
            },
          ],
        },
      ],
    });
    return r.responses[0]?.partitionResponses[0]?.errorCode ?? -1;
  } catch {
    return -1;
  } finally {
    client.close();
  }
}

/** A partition's log bytes on one node: its segment files in offset order, concatenated. */
function logBytes(member: ClusterMember, partition: number): Buffer {
  const dir = join(member.dataDir, `${TOPIC}-${partition}`);
  const segments = readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .sort();
  return Buffer.concat(segments.map((f) => readFileSync(join(dir, f))));
}

describe('KRaft cluster under faults: SIGKILL, SIGSTOP and restarts of followers, partition leaders and the quorum leader while acks=all writes go on', function () {
  this.timeout(240_000);
  let cluster: LocalCluster | null = null;
  after(async () => {
    for (const m of cluster?.members ?? []) m.resume();
    await cluster?.stop();
  });

  it(`${FAULTS} faults: every acknowledged record once and in order, byte-identical replicas, a group reads everything`, async () => {
    assertBuilt();
    cluster = await startCluster({
      brokers: 3,
      admin: true, // each member's /admin/faults/isolate (the link fault)
      ...(process.env.BROOK_FAULTS_LOG
        ? {
            logLevel: (process.env.BROOK_FAULTS_LOG === 'debug' ? 'debug' : 'info') as 'info',
            onOutput: (id: number, line: string) => console.log(`[node ${id}] ${line}`),
          }
        : {}),
    });
    const c = cluster;
    const kafka = new Kafka({
      clientId: 'kraft-faults',
      brokers: c.bootstrap.split(','),
      logLevel: process.env.KAFKAJS_LOG ? logLevel.DEBUG : logLevel.NOTHING,
      retry: { retries: 60, initialRetryTime: 50, maxRetryTime: 500 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await until(async () => (await admin.describeCluster().catch(() => null))?.brokers.length === 3, 'three brokers');
    // Each broker learns of the others as it replays the metadata log: kafkajs may not know the controller yet.
    await until(
      () =>
        admin
          .createTopics({
            topics: [
              {
                topic: TOPIC,
                numPartitions: PARTITIONS,
                replicationFactor: 3,
                configEntries: [{ name: 'min.insync.replicas', value: '2' }],
              },
            ],
            waitForLeaders: true,
          })
          .then(
            () => true,
            (error: Error) => error.name === 'KafkaJSAggregateError' && /already exists/.test(String(error)),
          ),
      'the topic created',
    );
    const partitionsView = async () =>
      (await admin.fetchTopicMetadata({ topics: [TOPIC] }).catch(() => null))?.topics[0]?.partitions ?? [];
    /**
     * Healed: every node runs, and each one's own metadata says every partition has the same leader and all three
     * replicas in sync (one broker's view alone can be stale: a node just restarted, a controller not elected yet).
     */
    let lastView = '';
    const healed = async () => {
      if (c.members.some((m) => !m.process)) return false;
      // Each node registered and unfenced as the incarnation it is (its /ready): a node restarted within its
      // session still looks alive, and in sync, to the others until its new registration takes it out of the ISRs.
      if (!(await Promise.all(c.members.map(isReady))).every(Boolean)) return false;
      const views = await Promise.all(c.members.map((m) => partitionsSeenBy(m)));
      lastView = JSON.stringify(views);
      const ok = (v: { leader: number; isr: number[] }[]) =>
        v.length === PARTITIONS && v.every((p) => p.leader > 0 && p.isr.length === 3);
      const leaders = (v: { partition: number; leader: number }[]) =>
        JSON.stringify([...v].sort((a, b) => a.partition - b.partition).map((p) => p.leader));
      return views.every(ok) && views.every((v) => leaders(v) === leaders(views[0]!));
    };
    await until(healed, 'the topic led with three replicas in sync');

    // The writer: one record per send, partitions in turn, never giving up (a send that gave up could leave its
    // sequence number to the next record, which the broker would then take for a retry of the first).
    const producer = kafka.producer({
      allowAutoTopicCreation: false,
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 50, maxRetryTime: 500 },
    });
    await producer.connect();
    const acked: string[][] = Array.from({ length: PARTITIONS }, () => []);
    let writing = true;
    let sent = 0;
    let writerError: Error | null = null;
    const writer = (async () => {
      while (writing) {
        const partition = sent % PARTITIONS;
        const value = `r-${sent++}`;
        await producer.send({ topic: TOPIC, acks: -1, messages: [{ value, partition }] });
        acked[partition]!.push(value);
      }
    })().catch((error: Error) => {
      writerError = error;
    });
    const writerFailed = () => {
      if (writerError) throw new Error(`the producer failed: ${writerError.stack ?? writerError}`);
    };

    /** What one member says: its quorum leader and its partitions (a cut's failure message shows them). */
    const viewOf = async (m: ClusterMember) => ({
      quorumLeader: await quorumLeader([m]),
      partitions: await partitionsSeenBy(m),
    });

    /**
     * The link fault: `member` cut off from the other nodes until the others elected new leaders for every
     * partition it led and a direct acks=all write to each of them was answered, waiting past the lag time (a
     * leader whose followers went quiet must not count them caught up then, and acknowledge alone).
     */
    const cutOff = async (member: ClusterMember, fault: number) => {
      // The cut starts from full ISRs: a partition whose followers fell behind just before (a loaded machine, the
      // fault before) may have shrunk its ISR to the leader alone, and then no clean election can replace it, in
      // Kafka as here. What the member itself says it leads, with every replica in sync, right before the cut.
      let atCut: { partition: number; leader: number; isr: number[] }[] = [];
      await until(async () => {
        if (!(await healed())) return false;
        atCut = await partitionsSeenBy(member);
        return atCut.length === PARTITIONS && atCut.every((p) => p.isr.length === 3);
      }, `node ${member.nodeId} leading with full ISRs before its cut`);
      const led = atCut.filter((p) => p.leader === member.nodeId).map((p) => p.partition);
      await member.isolate();
      try {
        // One write at once, one after the lag time: the second append makes the leader compute its high
        // watermark again when its followers no longer count as caught up (and would acknowledge both at once).
        const writes = led.flatMap((p) => [
          directWrite(member, p, `cut-off-${fault}-${p}-a`, LAG_MS + 500),
          sleep(LAG_MS + 200).then(() => directWrite(member, p, `cut-off-${fault}-${p}-b`, 300)),
        ]);
        const others = c.members.filter((m) => m !== member);
        await until(
          async () => {
            // The others' quorum has a leader among them (a cut-off quorum leader resigned or was replaced)...
            const leader = await quorumLeader(others);
            if (leader <= 0 || leader === member.nodeId) return false;
            // ...and their metadata name other leaders for its partitions.
            for (const other of others) {
              for (const p of led) {
                const leader = await leaderSeenBy(other, p);
                if (leader <= 0 || leader === member.nodeId) return false;
              }
            }
            return true;
          },
          `node ${member.nodeId} cut off: a quorum leader and new leaders for partitions [${led}] on the other nodes`,
          15_000,
        ).catch(async (error: Error) => {
          // What the others say, for the failure message: their quorum leader and their partition views.
          const views = await Promise.all(others.map(async (m) => ({ node: m.nodeId, ...(await viewOf(m)) })));
          throw new Error(
            `${error.message}; at the cut: ${JSON.stringify(atCut)}; the others now: ${JSON.stringify(views)}`,
          );
        });
        const codes = await Promise.all(writes);
        for (const [n, code] of codes.entries()) {
          const p = led[n >> 1];
          assert.notEqual(code, 0, `node ${member.nodeId} cut off acknowledged an acks=all write to partition ${p}`);
        }
      } finally {
        await member.heal();
      }
    };

    const injected: Record<string, { n: number; ms: number }> = {};
    const ackedCount = () => acked.reduce((n, a) => n + a.length, 0);
    const leaderOf = async (partition: number) =>
      (await partitionsView()).find((p) => p.partitionId === partition)?.leader ?? -1;
    const anyFollower = async (partition: number) => {
      const p = (await partitionsView()).find((x) => x.partitionId === partition);
      return p?.replicas.find((r) => r !== p.leader) ?? -1;
    };
    // Ten faults in turn; a short SIGSTOP (300 ms) stalls a node within its broker session, a long one (2.5 s, past
    // broker.session.timeout.ms) gets a partition leader fenced and replaced while it sleeps: it wakes up a zombie
    // that must step down and truncate whatever it took alone. Every other round the long SIGSTOP gives way to a
    // link cut, its running twin: the node serves its clients but hears from no other node, a partition leader
    // (or the quorum leader, whose controller must resign too) that must lose its leaderships and acknowledge no
    // acks=all write.
    const kinds = [
      'SIGSTOP follower',
      'SIGKILL follower',
      'SIGSTOP partition leader',
      'SIGKILL partition leader',
      'SIGKILL quorum leader',
      'SIGSTOP follower',
      'SIGKILL follower',
      'SIGSTOP partition leader',
      'SIGKILL partition leader',
      'SIGSTOP partition leader past its session',
    ] as const;
    const scheduled = (i: number) => {
      const round = Math.floor(i / kinds.length);
      const kind = kinds[i % kinds.length]!;
      if (!kind.endsWith('past its session') || round % 2 === 0) return kind;
      return round % 4 === 1 ? 'cut off partition leader' : 'cut off quorum leader';
    };
    // BROOK_FAULT_KINDS=cut (a word of the kinds' names) keeps only the faults it names, to chase one kind.
    const only = process.env.BROOK_FAULT_KINDS;
    const cutKinds = ['cut off partition leader', 'cut off quorum leader'] as const;
    const kindOf = (i: number) => {
      if (!only) return scheduled(i);
      const wanted = [...kinds, ...cutKinds].filter((k) => k.includes(only));
      if (wanted.length === 0) throw new Error(`BROOK_FAULT_KINDS=${only} names no fault kind`);
      return wanted[i % wanted.length]!;
    };
    for (let i = 0; i < FAULTS; i++) {
      const kind = kindOf(i);
      const partition = i % PARTITIONS;
      const target = () =>
        kind.endsWith('follower')
          ? anyFollower(partition)
          : kind.includes('partition leader')
            ? leaderOf(partition)
            : quorumLeader(c.members);
      let nodeId = -1;
      // A restart from the fault before may still be settling (a quorum election, say).
      await until(
        async () => {
          nodeId = await target();
          return nodeId > 0;
        },
        `fault ${i} (${kind}): a target`,
        10_000,
      );
      const member = c.member(nodeId);
      const before = ackedCount();
      const started = Date.now();
      if (kind.startsWith('SIGSTOP')) {
        member.pause();
        await sleep(kind.endsWith('past its session') ? 2500 : 300);
        member.resume();
      } else if (kind.startsWith('cut off')) {
        await cutOff(member, i);
      } else {
        await member.kill();
        await member.restart();
      }
      await until(healed, `fault ${i} (${kind} of node ${nodeId}) healed`).catch((error: Error) => {
        throw new Error(`${error.message}; partitions ${lastView}`);
      });
      // Progress between faults: the writer must get acknowledgements before the next one.
      await until(() => {
        writerFailed();
        return ackedCount() > before;
      }, `acks=all writes after fault ${i} (${kind} of node ${nodeId})`);
      const tally = injected[kind] ?? { n: 0, ms: 0 };
      tally.n++;
      tally.ms += Date.now() - started;
      injected[kind] = tally;
    }
    writing = false;
    await writer;
    writerFailed();
    await producer.disconnect();
    await until(healed, 'the cluster healed after the last fault');

    // Every acknowledged record once, in order: read every partition from the start with a consumer group.
    const consumer = kafka.consumer({ groupId: 'kraft-faults-check', maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
    const seen: string[][] = Array.from({ length: PARTITIONS }, () => []);
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        seen[partition]!.push(message.value!.toString());
      },
    });
    // disconnected on failure too: a consumer left running retries forever once the cluster is stopped
    await until(
      () => seen.every((s, p) => s.length >= acked[p]!.length),
      'the group read every record',
      60_000,
    ).finally(() => consumer.disconnect());
    for (let p = 0; p < PARTITIONS; p++) {
      // The writer never gives up, so nothing was written without being acknowledged.
      assert.deepEqual(seen[p], acked[p], `partition ${p}: every acknowledged record once, in order`);
    }

    // Once quiet, followers reach the leader's end and the high watermark with it: whole logs compare.
    await until(() => {
      for (let p = 0; p < PARTITIONS; p++) {
        const [a, ...rest] = c.members.map((m) => logBytes(m, p));
        if (!rest.every((b) => b.equals(a!))) return false;
      }
      return true;
    }, 'byte-identical replicas');
    await admin.disconnect();
    const summary = Object.entries(injected)
      .map(([k, { n, ms }]) => `${n} ${k}, healed in ${Math.round(ms / n)} ms on average`)
      .join(', ');
    console.log(
      `      ${FAULTS} faults injected (${summary}); ${ackedCount()} acknowledged records checked in ${PARTITIONS} partitions, ` +
        `replicas byte-identical (${c.members.map((m) => logBytes(m, 0).length + logBytes(m, 1).length)} bytes)`,
    );
  });
});
