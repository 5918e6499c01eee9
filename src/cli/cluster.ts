/**
 * `brook cluster info|health`: who is in the cluster (DescribeCluster, else Metadata) and whether every
 * partition has a leader and a full ISR (Metadata), as `rpk cluster info|health` report them.
 */
import type { DescribeClusterResponse } from '../../protocol/generated/describe-cluster';
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

export const CLUSTER_USAGE = `Usage: brook cluster <info|health> [options]

  brook cluster info     cluster id, controller, brokers, topic and partition counts
  brook cluster health   leaderless and under-replicated partitions, offline replicas;
                         exit code 0 when healthy, 1 when not

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
    });
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
    const parsed = parseCommand(argv, {});
    const [action] = parsed.positionals;
    const exit = usageExit(parsed, CLUSTER_USAGE, action);
    if (exit !== null) return exit;
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
