/**
 * Consumer groups as kafka-consumer-groups.sh shows them (members, assignments, committed offsets, log end
 * offsets and lag), for `brook group` (../group.ts). It is a Kafka client over the wire (session.ts)
 * using the protocol codecs, so it works against Brook or any Kafka broker: ApiVersions picks versions,
 * FindCoordinator finds the group's coordinator, DescribeGroups / ConsumerGroupDescribe give members and
 * assignments, OffsetFetch the committed offsets and ListOffsets (latest) the log end offsets.
 */
import { decodeVersionPrefixed } from '../../../protocol/generated';
import type { ConsumerGroupDescribeResponse } from '../../../protocol/generated/consumer-group-describe';
import { ConsumerProtocolAssignmentCodec } from '../../../protocol/generated/consumer-protocol-assignment';
import type { DescribeGroupsResponse } from '../../../protocol/generated/describe-groups';
import type { FindCoordinatorResponse } from '../../../protocol/generated/find-coordinator';
import type { ListGroupsResponse } from '../../../protocol/generated/list-groups';
import type { OffsetCommitResponse } from '../../../protocol/generated/offset-commit';
import type { OffsetFetchResponse } from '../../../protocol/generated/offset-fetch';
import { describeTopics, key, LATEST, listOffsets } from './offsets';
import { table } from './options';
import { API, check, Session } from './session';

export interface GroupPartition {
  topic: string;
  partition: number;
  committed: bigint | null;
  logEnd: bigint | null;
  lag: bigint | null;
  memberId: string | null;
  host: string | null;
  clientId: string | null;
}

export interface GroupMember {
  memberId: string;
  instanceId: string | null;
  clientId: string;
  host: string;
  assignment: { topic: string; partitions: number[] }[];
}

export interface GroupDescription {
  groupId: string;
  state: string;
  protocolType: string;
  protocol: string;
  coordinator: string;
  members: GroupMember[];
  partitions: GroupPartition[];
}

/** A session to the group's coordinator: `boot` itself when the coordinator is the bootstrap broker. */
export async function coordinatorSession(boot: Session, group: string): Promise<Session> {
  const batched = (boot.version(API.FindCoordinator) ?? 0) >= 4;
  const found = await boot.send<FindCoordinatorResponse>(
    API.FindCoordinator,
    batched ? { key: '', keyType: 0, coordinatorKeys: [group] } : { key: group, keyType: 0, coordinatorKeys: [] },
  );
  const c = found.coordinators[0];
  let address: string;
  if (batched && c) {
    check(c.errorCode, 'FindCoordinator', c.errorMessage);
    address = `${c.host}:${c.port}`;
  } else {
    check(found.errorCode, 'FindCoordinator', found.errorMessage);
    address = `${found.host}:${found.port}`;
  }
  return address === boot.address ? boot : Session.open(address);
}

/** The group's committed offsets (OffsetFetch, topics null: every committed partition), keyed `topic\0partition`. */
export async function committedOffsets(coordinator: Session, groupId: string): Promise<Map<string, bigint>> {
  // OffsetFetch v2-7: one group (OURS caps it below the batched v8).
  const fetched = await coordinator.send<OffsetFetchResponse>(API.OffsetFetch, {
    groupId,
    topics: null,
    groups: [],
    requireStable: false,
  });
  check(fetched.errorCode, 'OffsetFetch');
  const offsets = new Map<string, bigint>();
  for (const t of fetched.topics) {
    for (const p of t.partitions) {
      check(p.errorCode, `OffsetFetch ${t.name}-${p.partitionIndex}`);
      if (p.committedOffset >= 0n) offsets.set(key(t.name, p.partitionIndex), p.committedOffset);
    }
  }
  return offsets;
}

/**
 * Commits offsets for a group with no live generation (generation -1, no member id), as Kafka's admin client
 * does for kafka-consumer-groups --reset-offsets: the coordinator accepts it only while the group is empty.
 */
export async function commitOffsets(
  coordinator: Session,
  groupId: string,
  offsets: { topic: string; partition: number; offset: bigint }[],
): Promise<void> {
  const byTopic = new Map<string, { partition: number; offset: bigint }[]>();
  for (const o of offsets) byTopic.set(o.topic, [...(byTopic.get(o.topic) ?? []), o]);
  const res = await coordinator.send<OffsetCommitResponse>(API.OffsetCommit, {
    groupId,
    generationIdOrMemberEpoch: -1,
    memberId: '',
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics: [...byTopic].map(([name, ps]) => ({
      name,
      partitions: ps.map((p) => ({
        partitionIndex: p.partition,
        committedOffset: p.offset,
        committedLeaderEpoch: -1,
        commitTimestamp: -1n,
        committedMetadata: '',
      })),
    })),
  });
  for (const t of res.topics)
    for (const p of t.partitions) check(p.errorCode, `OffsetCommit ${t.name}-${p.partitionIndex}`);
}

function decodeAssignment(bytes: Buffer): { topic: string; partitions: number[] }[] {
  if (bytes.length === 0) return [];
  try {
    const { value } = decodeVersionPrefixed(ConsumerProtocolAssignmentCodec, bytes);
    return value.assignedPartitions.map((t) => ({
      topic: t.topic,
      partitions: [...t.partitions].sort((a, b) => a - b),
    }));
  } catch {
    return [];
  }
}

/** Describes a group: members and their assignments, committed offsets, log end offsets and lag. */
export async function describeGroup(bootstrap: string, groupId: string): Promise<GroupDescription> {
  const boot = await Session.open(bootstrap);
  try {
    return await describeGroupWith(boot, groupId);
  } finally {
    boot.close();
  }
}

/**
 * describeGroup on an open session. A group the coordinator does not know comes back in state Dead with no
 * members and no offsets (DescribeGroups' answer for it); callers decide whether that is an error.
 */
export async function describeGroupWith(boot: Session, groupId: string): Promise<GroupDescription> {
  const session = await coordinatorSession(boot, groupId);
  try {
    const description: GroupDescription = {
      groupId,
      state: 'Dead',
      protocolType: '',
      protocol: '',
      coordinator: session.address,
      members: [],
      partitions: [],
    };
    const classic = await session.send<DescribeGroupsResponse>(API.DescribeGroups, {
      groups: [groupId],
      includeAuthorizedOperations: false,
    });
    const g = classic.groups[0]!;
    // DescribeGroups describes classic groups only: a KIP-848 group, like no group at all, is "Dead" before v6 and
    // GROUP_ID_NOT_FOUND from v6 (older Brook builds said GROUP_ID_NOT_FOUND at every version): ask
    // ConsumerGroupDescribe on either answer.
    const notClassic = g.errorCode === 69 || (g.errorCode === 0 && g.groupState === 'Dead');
    if (notClassic && session.version(API.ConsumerGroupDescribe) !== null) {
      const modern = await session.send<ConsumerGroupDescribeResponse>(API.ConsumerGroupDescribe, {
        groupIds: [groupId],
        includeAuthorizedOperations: false,
      });
      const m = modern.groups[0]!;
      if (m.errorCode === 69) return description; // GROUP_ID_NOT_FOUND
      check(m.errorCode, 'ConsumerGroupDescribe', m.errorMessage);
      description.state = m.groupState;
      description.protocolType = 'consumer';
      description.protocol = m.assignorName;
      description.members = m.members.map((x) => ({
        memberId: x.memberId,
        instanceId: x.instanceId,
        clientId: x.clientId,
        host: x.clientHost,
        assignment: x.assignment.topicPartitions.map((t) => ({ topic: t.topicName, partitions: t.partitions })),
      }));
    } else if (g.errorCode === 69) {
      return description;
    } else {
      check(g.errorCode, 'DescribeGroups');
      description.state = g.groupState;
      description.protocolType = g.protocolType;
      description.protocol = g.protocolData;
      description.members = g.members.map((x) => ({
        memberId: x.memberId,
        instanceId: x.groupInstanceId,
        clientId: x.clientId,
        host: x.clientHost,
        assignment: g.protocolType === 'consumer' ? decodeAssignment(x.memberAssignment) : [],
      }));
    }
    const rows = new Map<string, GroupPartition>();
    const row = (topic: string, partition: number): GroupPartition => {
      let r = rows.get(key(topic, partition));
      if (!r) {
        r = { topic, partition, committed: null, logEnd: null, lag: null, memberId: null, host: null, clientId: null };
        rows.set(key(topic, partition), r);
      }
      return r;
    };
    for (const [k, offset] of await committedOffsets(session, groupId)) {
      const [topic, partition] = k.split('\0');
      row(topic!, Number(partition)).committed = offset;
    }
    for (const m of description.members) {
      for (const t of m.assignment) {
        for (const p of t.partitions)
          Object.assign(row(t.topic, p), { memberId: m.memberId, host: m.host, clientId: m.clientId });
      }
    }
    const topics = [...new Set([...rows.values()].map((r) => r.topic))];
    if (topics.length > 0) {
      // Log end offsets from the partitions' leaders (a deleted topic's rows keep '-').
      const partitions = describeTopics(await boot.metadata(topics), false)
        .flatMap((t) => t.partitions)
        .filter((p) => rows.has(key(p.topic, p.partition)));
      for (const [k, end] of await listOffsets(boot, partitions, LATEST)) rows.get(k)!.logEnd = end;
    }
    for (const r of rows.values()) {
      if (r.committed !== null && r.logEnd !== null) r.lag = r.logEnd > r.committed ? r.logEnd - r.committed : 0n;
    }
    description.partitions = [...rows.values()].sort((a, b) =>
      a.topic === b.topic ? a.partition - b.partition : a.topic.localeCompare(b.topic),
    );
    return description;
  } finally {
    if (session !== boot) session.close();
  }
}

export interface ListedGroupRow {
  groupId: string;
  protocolType: string;
  state: string;
  type: string;
}

export async function listGroups(session: Session, states: string[] = []): Promise<ListedGroupRow[]> {
  {
    const listed = await session.send<ListGroupsResponse>(API.ListGroups, { statesFilter: states, typesFilter: [] });
    check(listed.errorCode, 'ListGroups');
    let groups = listed.groups.map((g) => ({
      groupId: g.groupId,
      protocolType: g.protocolType,
      state: g.groupState,
      type: g.groupType,
    }));
    if ((session.version(16) ?? 0) < 4 && states.length > 0) {
      const want = new Set(states.map((s) => s.toLowerCase()));
      groups = groups.filter((g) => want.has(g.state.toLowerCase()));
    }
    return groups.sort((a, b) => a.groupId.localeCompare(b.groupId));
  }
}

export function formatDescription(d: GroupDescription, members: boolean): string {
  const head = `Consumer group '${d.groupId}' (state ${d.state}${d.protocol ? `, protocol ${d.protocol}` : ''}, coordinator ${d.coordinator}, ${d.members.length} member${d.members.length === 1 ? '' : 's'})`;
  if (members) {
    return `${head}\n\n${table(
      ['GROUP', 'CONSUMER-ID', 'GROUP-INSTANCE-ID', 'HOST', 'CLIENT-ID', '#PARTITIONS', 'ASSIGNMENT'],
      d.members.map((m) => [
        d.groupId,
        m.memberId,
        m.instanceId ?? '-',
        m.host,
        m.clientId,
        String(m.assignment.reduce((n, t) => n + t.partitions.length, 0)),
        m.assignment.map((t) => `${t.topic}(${t.partitions.join(',')})`).join(' ') || '-',
      ]),
    )}\n`;
  }
  const dash = (v: bigint | string | null) => (v === null ? '-' : String(v));
  return `${head}\n\n${table(
    ['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID'],
    d.partitions.map((p) => [
      d.groupId,
      p.topic,
      String(p.partition),
      dash(p.committed),
      dash(p.logEnd),
      dash(p.lag),
      dash(p.memberId),
      dash(p.host),
      dash(p.clientId),
    ]),
  )}\n`;
}
