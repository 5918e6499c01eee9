/**
 * Replication factor 3 produce only, A/B: a quicker loop than `npm run bench -- replication-cluster` for work on
 * the replication path, with V8's full collections counted per node. TREES names checkouts of Brook, each built
 * (`npm run build`); for each round, each tree in turn starts a three-node cluster of its own build
 * (its src/cluster/local-cluster.ts, so its bin/brook.js), writes to a topic with replication factor 3 and
 * min.insync.replicas 2 led by node 1 (acks=all, 4 partitions, 64 x 1 KiB records per partition batch, 5
 * requests in flight: bench/replication-cluster.bench.ts's rounds) for ROUND_MS after a warm-up, and stops it.
 * RF=1: the same rounds to a topic whose one replica is node 1. IN_FLIGHT sets the requests in flight (default 5,
 * the Java producer's max.in.flight.requests.per.connection): more of them show how much of RF 3's rate is latency.
 * The load generator is this tree's for every build. Prints each tree's MiB/s and each node's mark-compacts.
 * PROF=dir: every node runs under `node --cpu-prof` and leaves its profile there (bench/cpu-profile-summary.ts).
 *   git worktree add /tmp/base HEAD~1 && ln -s "$PWD/node_modules" /tmp/base/ && (cd /tmp/base && npm run build)
 *   TREES=/tmp/base,. ROUNDS=3 npx tsx bench/replication-ab.ts
 * On a shared machine only the trees' figures within one run compare.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { startLocalCluster as StartLocalCluster } from '../src/cluster/local-cluster';
import { QUICK_CLUSTER_CONFIG } from '../src/testing';
import { runLoad } from './load-processes';

const TREES = (process.env.TREES ?? '.').split(',').map((tree) => resolve(tree));
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const ROUND_MS = Number(process.env.ROUND_MS ?? 5000);
const RF = Number(process.env.RF ?? 3);

interface Produced {
  bytes: number;
  ms: number;
  errors: number;
  firstError: string;
}

/** One cluster of `tree`'s build: MiB/s of acks=all produce, and each node's mark-compacts meanwhile. */
async function round(tree: string): Promise<{ rate: number; markCompacts: number[] }> {
  const { startLocalCluster } = require(`${tree}/src/cluster/local-cluster`) as {
    startLocalCluster: typeof StartLocalCluster;
  };
  const dir = mkdtempSync(join(tmpdir(), 'brook-replication-ab-'));
  let measuring = false;
  const markCompacts = [0, 0, 0];
  const start = () =>
    startLocalCluster({
      brokers: 3,
      dir,
      logLevel: 'error',
      config: { ...QUICK_CLUSTER_CONFIG },
      nodeArgs: ['--trace-gc', ...(process.env.PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROF}`] : [])],
      onOutput: (nodeId, line) => {
        if (measuring && line.includes('Mark-Compact')) markCompacts[nodeId - 1]!++;
      },
    });
  // A free port picked for a member may be taken before it listens (the last cluster's connections were just
  // closed): one more try, with fresh ports.
  const cluster = await start().catch((error: Error) => {
    if (!/address already in use/.test(error.message)) throw error;
    rmSync(dir, { recursive: true, force: true });
    return start();
  });
  try {
    const port = Number(cluster.member(1).bootstrap.split(':').at(-1));
    const load = {
      mode: 'produce' as const,
      port,
      acks: -1,
      topic: `ab-rf${RF}`,
      partitions: 4,
      batchRecords: 64,
      inFlight: Number(process.env.IN_FLIGHT ?? 5),
      replicas: RF === 1 ? [1] : [1, 2, 3],
      topicConfigs: (RF === 1 ? {} : { 'min.insync.replicas': '2' }) as Record<string, string>,
    };
    await runLoad<Produced>({ ...load, ms: 1500 }); // the warm-up: topic created, followers fetching, JIT warm
    execFileSync('sync');
    measuring = true;
    const result = await runLoad<Produced>({ ...load, ms: ROUND_MS });
    measuring = false;
    if (result.errors > 0) throw new Error(`${tree}: ${result.errors} bad answers, ${result.firstError}`);
    return { rate: result.bytes / (1024 * 1024) / (result.ms / 1000), markCompacts };
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rates = new Map<string, number[]>(TREES.map((tree) => [tree, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const tree of TREES) {
      const { rate, markCompacts } = await round(tree);
      rates.get(tree)!.push(rate);
      console.log(
        `round ${r + 1} ${tree}: RF ${RF} ${rate.toFixed(0)} MiB/s; mark-compacts by node ${markCompacts.join(' / ')}`,
      );
    }
  }
  for (const [tree, list] of rates) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `${tree}: RF ${RF} MiB/s ${list.map((x) => x.toFixed(0)).join(' ')} (median ${sorted[sorted.length >> 1]!.toFixed(0)})`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
