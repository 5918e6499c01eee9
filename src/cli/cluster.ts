/**
 * `brook cluster info|health`: who is in the cluster (DescribeCluster, else Metadata) and whether every
 * partition has a leader and a full ISR (Metadata), as `rpk cluster info|health` report them.
 * `brook cluster up`: N combined KRaft nodes on this machine (src/cluster/local-cluster.ts) until Ctrl-C.
 */
import { resolve } from 'node:path';
import type { DescribeClusterRequest, DescribeClusterResponse } from '../../protocol/generated/describe-cluster';
import { topicsInfo } from './client/offsets';
import {
  COMMON_OPTIONS_HELP,
  parseCommand,
  printJson,
  runCommand,
  usageExit,
  table,
  UsageError,
} from './client/options';
import { API, check, type Session, withSession } from './client/session';

export const CLUSTER_USAGE = `Usage: brook cluster <info|health|up> [options]

  brook cluster info     cluster id, controller, brokers, topic and partition counts
  brook cluster health   leaderless and under-replicated partitions, offline replicas;
                         exit code 0 when healthy, 1 when not
  brook cluster up       starts a local KRaft cluster of combined broker+controller nodes (one
                         brook serve process each), waits until every node is ready (registered
                         and unfenced) and prints its bootstrap; Ctrl-C stops it
      --brokers N        how many nodes (default 3); node ids 1..N
      --base-port P      node i listens on P+i-1 (PLAINTEXT) and P+100+i-1 (CONTROLLER); default 19092;
                         0: any free ports
      --data-dir DIR     node i keeps its data in DIR/node-i (default ./brook-cluster)

${COMMON_OPTIONS_HELP}`;

interface Broker {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

async function brokers(
  session: Session,
): Promise<{ clusterId: string | null; controllerId: number; brokers: Broker[] }> {
  const md = await session.metadata([]);
  if (session.version(API.DescribeCluster) !== null) {
    const dc = await session.send<DescribeClusterResponse>(API.DescribeCluster, {
      includeClusterAuthorizedOperations: false,
      endpointType: 1,
      includeFencedBrokers: false,
    } satisfies DescribeClusterRequest);
    check(dc.errorCode, 'DescribeCluster', dc.errorMessage);
    return {
      clusterId: dc.clusterId,
      controllerId: dc.controllerId,
      brokers: dc.brokers.map((b) => ({ nodeId: b.brokerId, host: b.host, port: b.port, rack: b.rack })),
    };
  }
  return { clusterId: md.clusterId, controllerId: md.controllerId, brokers: md.brokers };
}

export function clusterCommand(argv: string[]): Promise<number> {
  return runCommand('cluster', CLUSTER_USAGE, async () => {
    const parsed = parseCommand(argv, {
      brokers: { type: 'string' },
      'base-port': { type: 'string' },
      'data-dir': { type: 'string' },
    });
    const [action] = parsed.positionals;
    const exit = usageExit(parsed, CLUSTER_USAGE, action);
    if (exit !== null) return exit;
    if (action === 'up') return clusterUp(parsed.values);
    if (action !== 'info' && action !== 'health') throw new UsageError(`unknown action "${action}"`);
    return withSession(parsed.bootstrap, async (session) => {
      const cluster = await brokers(session);
      const topics = await topicsInfo(session, null);
      const partitions = topics.flatMap((t) => t.partitions);
      if (action === 'info') {
        const info = { ...cluster, topics: topics.length, partitions: partitions.length };
        if (parsed.json) printJson(info);
        else {
          process.stdout.write(
            `Cluster: ${cluster.clusterId ?? '-'}  Controller: ${cluster.controllerId}  Topics: ${topics.length}  Partitions: ${partitions.length}\n\n${table(
              ['ID', 'HOST', 'PORT', 'RACK'],
              cluster.brokers
                .sort((a, b) => a.nodeId - b.nodeId)
                .map((b) => [
                  `${b.nodeId}${b.nodeId === cluster.controllerId ? '*' : ''}`,
                  b.host,
                  String(b.port),
                  b.rack ?? '-',
                ]),
            )}\n`,
          );
        }
        return 0;
      }
      const live = new Set(cluster.brokers.map((b) => b.nodeId));
      const name = (p: { topic: string; partition: number }) => `${p.topic}-${p.partition}`;
      const health = {
        healthy: false,
        controllerId: cluster.controllerId,
        brokers: [...live].sort((a, b) => a - b),
        // Replicas named by a partition but not registered: brokers that are down.
        brokersDown: [...new Set(partitions.flatMap((p) => p.replicas))]
          .filter((id) => !live.has(id))
          .sort((a, b) => a - b),
        leaderlessPartitions: partitions.filter((p) => p.leader < 0 || !live.has(p.leader)).map(name),
        underReplicatedPartitions: partitions.filter((p) => p.isr.length < p.replicas.length).map(name),
        offlineReplicaPartitions: partitions.filter((p) => p.offline.length > 0).map(name),
      };
      health.healthy =
        health.brokersDown.length === 0 &&
        health.leaderlessPartitions.length === 0 &&
        health.underReplicatedPartitions.length === 0 &&
        health.offlineReplicaPartitions.length === 0;
      if (parsed.json) printJson(health);
      else {
        const list = (xs: (string | number)[]) => (xs.length > 0 ? xs.join(', ') : '-');
        process.stdout.write(
          [
            `Healthy:                      ${health.healthy}`,
            `Controller:                   ${health.controllerId}`,
            `Brokers:                      ${list(health.brokers)}`,
            `Brokers down:                 ${list(health.brokersDown)}`,
            `Leaderless partitions:        ${list(health.leaderlessPartitions)}`,
            `Under-replicated partitions:  ${list(health.underReplicatedPartitions)}`,
            `Partitions offline replicas:  ${list(health.offlineReplicaPartitions)}`,
            '',
          ].join('\n'),
        );
      }
      return health.healthy ? 0 : 1;
    });
  });
}

/** `brook cluster up`: starts the nodes, prints the bootstrap, stops them on SIGINT / SIGTERM. */
async function clusterUp(values: Record<string, unknown>): Promise<number> {
  const count = Number(values.brokers ?? 3);
  const base = Number(values['base-port'] ?? 19092);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`--brokers must be a positive integer`);
  if (!Number.isInteger(base) || base < 0 || base + 100 + count > 65535)
    throw new UsageError(`--base-port out of range`);
  const dir = resolve(String(values['data-dir'] ?? 'brook-cluster'));
  const { startLocalCluster } = require('../cluster/local-cluster') as typeof import('../cluster/local-cluster');
  const cluster = await startLocalCluster({
    brokers: count,
    dir,
    brokerPorts: base === 0 ? undefined : Array.from({ length: count }, (_, i) => base + i),
    controllerPorts: base === 0 ? undefined : Array.from({ length: count }, (_, i) => base + 100 + i),
    onOutput: (id, line) => process.stderr.write(`[node ${id}] ${line}\n`),
  });
  for (const m of cluster.members) {
    process.stdout.write(
      `node ${m.nodeId}: PLAINTEXT ${m.bootstrap}, CONTROLLER 127.0.0.1:${m.controllerPort}, ops ${m.httpUrl}, data ${m.dataDir}\n`,
    );
  }
  process.stdout.write(`bootstrap: ${cluster.bootstrap}\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await cluster.stop();
  return 0;
}
