import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeRecordBatchSync } from '../protocol/records';
import { LocalLeaderEndpoint, ReplicaManager } from '../replication';
import { PartitionLog } from '../storage/partition-log';
import type { Benchmark } from './harness';

/**
 * Replicated produce in one process: acks=all appends of 16 KiB batches (16 records of 1 KiB), 64 in
 * flight (BENCH_IN_FLIGHT), to a partition with replication factor 3 (leader plus two followers, each a ReplicaManager over its
 * own logs, fetching through LocalLeaderEndpoint) against replication factor 1, in interleaved rounds of the
 * same run. All three brokers share this process's one event loop, so RF 3 pays for three appends and the
 * fetch plumbing on one core, so about 1/3 is the ceiling here: a floor for what separate processes get (issue 13's goal
 * is >= 0.5 on a cluster of processes). Fewer in flight shows the fetch round trips: the HW moves once each
 * follower's next fetch reports its log end.
 */
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 64);
const ROUND_MS = 600;

function batch(): Buffer {
  return encodeRecordBatchSync({
    records: Array.from({ length: 16 }, (_, i) => ({ key: null, value: Buffer.alloc(1024, i), timestamp: Date.now() })),
  });
}

interface Setup {
  leader: ReplicaManager;
  all: ReplicaManager[];
  logs: PartitionLog[];
}

function setUp(dir: string, name: string, replicas: number[]): Setup {
  const all: ReplicaManager[] = [];
  const logs: PartitionLog[] = [];
  for (const id of replicas) {
    all.push(
      new ReplicaManager({
        localBrokerId: id,
        leaderEndpoint: (leaderId) => new LocalLeaderEndpoint(all[leaderId - 1]!),
        replicaFetcher: { maxWaitMs: 500 },
      }),
    );
  }
  const state = { leader: 1, leaderEpoch: 0, partitionEpoch: 0, replicas, isr: replicas };
  for (const rm of all) {
    const log = PartitionLog.open(join(dir, `${name}-${rm.localBrokerId}`, `${name}-0`), { segmentBytes: 256 << 20 });
    logs.push(log);
    rm.createPartition(name, 0, log, {}, { state });
  }
  return { leader: all[0]!, all, logs };
}

/** Bytes acknowledged per second with IN_FLIGHT acks=all produces outstanding for `ms`. */
async function produceFor(setup: Setup, template: Buffer, ms: number): Promise<number> {
  let acked = 0;
  const deadline = performance.now() + ms;
  const start = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) {
      const [r] = await setup.leader.appendRecords({
        entries: [{ topic: setup.logs[0]!.topicPartition.topic, partition: 0, records: Buffer.from(template) }],
        requiredAcks: -1,
        timeoutMs: 30_000,
        produceVersion: 9,
      });
      if (r!.errorCode !== 0) throw new Error(`produce failed: ${r!.errorCode}`);
      acked += template.length;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return acked / ((performance.now() - start) / 1000);
}

const bench: Benchmark = {
  name: 'replication',
  async run() {
    const dir = mkdtempSync(join(process.env.BROOK_BENCH_DIR ?? tmpdir(), 'brook-bench-replication-'));
    const single = setUp(dir, 'rf1', [1]);
    const triple = setUp(dir, 'rf3', [1, 2, 3]);
    const template = batch();
    try {
      let rf1 = 0;
      let rf3 = 0;
      for (let round = 0; round < 3; round++) {
        rf1 = Math.max(rf1, await produceFor(single, template, ROUND_MS));
        rf3 = Math.max(rf3, await produceFor(triple, template, ROUND_MS));
      }
      const mib = 1024 * 1024;
      return [
        { name: 'acks=all produce, 16 KiB batches, RF 1 (in process)', value: rf1 / mib, unit: 'MiB/s' },
        {
          name: 'acks=all produce, 16 KiB batches, RF 3 (3 brokers in one process)',
          value: rf3 / mib,
          unit: 'MiB/s',
          ratio: { value: rf3 / rf1, against: 'RF 1' },
        },
      ];
    } finally {
      for (const s of [single, triple]) {
        await Promise.all(s.all.map((rm) => rm.shutdown()));
        for (const log of s.logs) log.closeWithoutFlush();
        await Promise.all(s.logs.map((l) => l.whenFlushed().catch(() => {})));
      }
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
