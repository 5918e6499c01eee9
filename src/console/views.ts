/**
 * What the console's read-only pages show, computed from the broker's own state in-process: the topic
 * service and its partitions (the replica manager's), the group coordinator, the config, the KRaft metadata
 * image in a cluster. Plain JSON-ready objects; `api.ts` routes to them.
 */
import { statfsSync } from 'node:fs';
import { TOPIC_CONFIG_BY_NAME } from '../config';
import { ConfigSource } from '../config/broker-config';
import { committedLag } from '../groups/lag';
import { describeTopicConfig } from '../handlers/describe-configs';
import type { BrokerServices } from '../server/services';
import { diskBytes } from './history';

export interface PartitionView {
  partition: number;
  leader: number;
  replicas: readonly number[];
  isr: number[];
  /** Offsets and size: null for a partition this broker does not host (its leader's console shows them). */
  logStartOffset: number | null;
  highWatermark: number | null;
  /** Records between the log start and the high watermark (an upper bound once compaction removed some). */
  messages: number | null;
  sizeBytes: number | null;
  underReplicated: boolean;
  /** Without a live leader. */
  offline: boolean;
}

/**
 * A topic's partitions: those this broker hosts from the partition layer, the others (a KRaft cluster) from the
 * metadata image, which names their leader, replicas and ISR but not their logs.
 */
export function partitionsOf(broker: BrokerServices, topic: string, count: number): PartitionView[] {
  const views: PartitionView[] = [];
  for (let index = 0; index < count; index++) {
    const p = broker.topics.partition(topic, index);
    if (p) {
      views.push({
        partition: index,
        leader: p.leader,
        replicas: p.replicas,
        isr: [...p.isr],
        logStartOffset: p.logStartOffset,
        highWatermark: p.highWatermark,
        messages: p.highWatermark - p.logStartOffset,
        sizeBytes: p.size,
        underReplicated: p.isr.size < p.replicas.length,
        offline: p.isDeleted || p.leader < 0,
      });
      continue;
    }
    const state = broker.kraft?.image?.partition(topic, index);
    views.push({
      partition: index,
      leader: state?.leader ?? -1,
      replicas: state?.replicas ?? [],
      isr: state?.isr ?? [],
      logStartOffset: null,
      highWatermark: null,
      messages: null,
      sizeBytes: null,
      underReplicated: state !== undefined && state.isr.length < state.replicas.length,
      offline: (state?.leader ?? -1) < 0,
    });
  }
  return views;
}

export function topicList(broker: BrokerServices) {
  return broker.topics
    .all()
    .map((topic) => {
      const partitions = partitionsOf(broker, topic.name, topic.partitionCount);
      return {
        name: topic.name,
        internal: topic.isInternal,
        partitions: topic.partitionCount,
        replicationFactor: topic.replicationFactor,
        // of the partitions hosted here
        messages: partitions.reduce((n, p) => n + (p.messages ?? 0), 0),
        sizeBytes: partitions.reduce((n, p) => n + (p.sizeBytes ?? 0), 0),
        underReplicated: partitions.filter((p) => p.underReplicated).length,
        offline: partitions.filter((p) => p.offline).length,
      };
    })
    .sort((a, b) => Number(a.internal) - Number(b.internal) || a.name.localeCompare(b.name));
}

/** A topic's partitions and its configs as DescribeConfigs reports them (value and where it comes from). */
export function topicDetail(broker: BrokerServices, name: string) {
  const topic = broker.topics.get(name);
  if (!topic) return undefined;
  const configs = [...TOPIC_CONFIG_BY_NAME.values()].map((def) => {
    const entry = describeTopicConfig(def, topic.configs, broker.config, false);
    return {
      name: def.name,
      value: entry.value,
      source: ConfigSource[entry.configSource],
      override: def.name in topic.configs,
    };
  });
  return {
    name: topic.name,
    topicId: topic.topicId,
    internal: topic.isInternal,
    replicationFactor: topic.replicationFactor,
    partitions: partitionsOf(broker, topic.name, topic.partitionCount),
    configs,
  };
}

/** The brokers of the cluster (this one alone without KRaft); disk figures for this broker only. */
export function brokerList(broker: BrokerServices) {
  const endpoint = broker.advertisedEndpoints()[0];
  const listener = endpoint?.listenerName ?? 'PLAINTEXT';
  const members = broker.kraft
    ? broker.kraft.liveBrokers(listener)
    : [{ nodeId: broker.nodeId, host: endpoint?.host ?? '', port: endpoint?.port ?? 0, rack: null }];
  const partitions = broker.topics.all().flatMap((t) => partitionsOf(broker, t.name, t.partitionCount));
  return members.map((m) => {
    const local = m.nodeId === broker.nodeId;
    const led = partitions.filter((p) => p.leader === m.nodeId);
    return {
      id: m.nodeId,
      host: m.host,
      port: m.port,
      rack: m.rack,
      local,
      leaderPartitions: led.length,
      underReplicated: led.filter((p) => p.underReplicated).length,
      // Another broker's logs are not visible from here (its own console shows them).
      logBytes: local ? diskBytes(broker.topics) : null,
      logDirs: local ? broker.logDirs.map(logDirUsage) : [],
    };
  });
}

function logDirUsage(path: string) {
  try {
    const fs = statfsSync(path);
    return { path, totalBytes: fs.blocks * fs.bsize, freeBytes: fs.bavail * fs.bsize };
  } catch {
    return { path, totalBytes: null, freeBytes: null };
  }
}

export function overview(broker: BrokerServices) {
  const topics = topicList(broker);
  return {
    clusterId: broker.clusterId,
    nodeId: broker.nodeId,
    controllerId: broker.kraft ? broker.kraft.controllerId() : broker.nodeId,
    brokers: brokerList(broker).length,
    topics: topics.filter((t) => !t.internal).length,
    partitions: topics.reduce((n, t) => n + t.partitions, 0),
    underReplicatedPartitions: topics.reduce((n, t) => n + t.underReplicated, 0),
    offlinePartitions: topics.reduce((n, t) => n + t.offline, 0),
    groups: groupList(broker).length,
  };
}

/** Groups with members (the coordinator's) and groups with committed offsets only (standalone consumers). */
export function groupList(broker: BrokerServices) {
  const { groups } = broker;
  if (!groups.isLoaded) return [];
  const listed = new Map(groups.listGroups([], []).map((g) => [g.groupId, g]));
  const ids = new Set([...listed.keys(), ...groups.offsets.groupIds()]);
  const lag = new Map<string, number>();
  for (const r of committedLag(groups, broker.topics, ids)) lag.set(r.group, (lag.get(r.group) ?? 0) + r.lag);
  return [...ids].sort().map((id) => ({
    groupId: id,
    state: listed.get(id)?.state ?? 'Empty',
    type: listed.get(id)?.type ?? 'classic',
    members: groups.group(id)?.members.size ?? 0,
    lag: lag.get(id) ?? 0,
  }));
}

export function groupDetail(broker: BrokerServices, groupId: string) {
  const summary = groupList(broker).find((g) => g.groupId === groupId);
  if (!summary) return undefined;
  const group = broker.groups.group(groupId);
  const members = group
    ? [...group.members.values()].map((m) => ({ memberId: m.memberId, clientId: m.clientId, clientHost: m.clientHost }))
    : [];
  const offsets = committedLag(broker.groups, broker.topics, [groupId]).sort(
    (a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition,
  );
  return { ...summary, members, offsets };
}
