/**
 * `brook groups list|describe`: consumer groups as kafka-consumer-groups.sh shows them (members, assignments,
 * committed offsets, log end offsets and lag). It is a Kafka client over the wire (src/groups/wire-client.ts)
 * using the protocol codecs, so it works against Brook or any Kafka broker: ApiVersions picks versions,
 * FindCoordinator finds the group's coordinator, DescribeGroups / ConsumerGroupDescribe give members and
 * assignments, OffsetFetch the committed offsets and ListOffsets (latest) the log end offsets.
 */
import { parseArgs } from 'node:util';
import { decodeVersionPrefixed } from '../../protocol/generated';
import type { ConsumerGroupDescribeResponse } from '../../protocol/generated/consumer-group-describe';
import { ConsumerProtocolAssignmentCodec } from '../../protocol/generated/consumer-protocol-assignment';
import type { DescribeGroupsResponse } from '../../protocol/generated/describe-groups';
import type { FindCoordinatorResponse } from '../../protocol/generated/find-coordinator';
import type { ListGroupsResponse } from '../../protocol/generated/list-groups';
import type { ListOffsetsResponse } from '../../protocol/generated/list-offsets';
import type { OffsetFetchResponse } from '../../protocol/generated/offset-fetch';
import { errorName } from '../errors';
import { CliError, table, WireSession } from './wire-session';

export const GROUPS_USAGE = `Usage: brook groups <list|describe> [options]

  brook groups list [--bootstrap HOST:PORT] [--state STATE]...
  brook groups describe GROUP [--bootstrap HOST:PORT] [--members]

Options:
  --bootstrap HOST:PORT   a broker (default 127.0.0.1:9092)
  --state STATE           list only groups in this state (Stable, Empty, ...; repeatable)
  --members               describe members (one line each) instead of partitions
`;

/** The highest version this tool speaks per API key. */
const OURS: Record<number, number> = { 2: 5, 3: 9, 9: 7, 10: 4, 15: 5, 16: 5, 69: 0 };

class GroupsError extends CliError {}

const openSession = (address: string) => WireSession.open(address, 'brook-groups', OURS);
type Session = WireSession;

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

function check(code: number, what: string): void {
  if (code !== 0) throw new GroupsError(`${what}: ${errorName(code)}`);
}

async function coordinatorFor(session: Session, group: string): Promise<string> {
  const batched = (session.version(10) ?? 0) >= 4;
  const found = await session.send<FindCoordinatorResponse>(
    10,
    batched ? { key: '', keyType: 0, coordinatorKeys: [group] } : { key: group, keyType: 0, coordinatorKeys: [] },
  );
  const c = found.coordinators[0];
  if (batched && c) {
    check(c.errorCode, 'FindCoordinator');
    return `${c.host}:${c.port}`;
  }
  check(found.errorCode, 'FindCoordinator');
  return `${found.host}:${found.port}`;
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
  const boot = await openSession(bootstrap);
  let session = boot;
  try {
    const coordinator = await coordinatorFor(boot, groupId);
    if (coordinator !== bootstrap) session = await openSession(coordinator);
    const description: GroupDescription = {
      groupId,
      state: 'Dead',
      protocolType: '',
      protocol: '',
      coordinator,
      members: [],
      partitions: [],
    };
    const classic = await session.send<DescribeGroupsResponse>(15, {
      groups: [groupId],
      includeAuthorizedOperations: false,
    });
    const g = classic.groups[0]!;
    if (g.errorCode === 69 && session.version(69) !== null) {
      // A KIP-848 group: ConsumerGroupDescribe.
      const modern = await session.send<ConsumerGroupDescribeResponse>(69, {
        groupIds: [groupId],
        includeAuthorizedOperations: false,
      });
      const m = modern.groups[0]!;
      check(m.errorCode, 'ConsumerGroupDescribe');
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
    // OffsetFetch v2-7: one group, topics null = every committed partition (OURS caps it below v8).
    const fetched = await session.send<OffsetFetchResponse>(9, {
      groupId,
      topics: null,
      groups: [],
      requireStable: false,
    });
    check(fetched.errorCode, 'OffsetFetch');
    const rows = new Map<string, GroupPartition>();
    const row = (topic: string, partition: number): GroupPartition => {
      const key = `${topic}\0${partition}`;
      let r = rows.get(key);
      if (!r) {
        r = { topic, partition, committed: null, logEnd: null, lag: null, memberId: null, host: null, clientId: null };
        rows.set(key, r);
      }
      return r;
    };
    for (const t of fetched.topics) {
      for (const p of t.partitions)
        if (p.committedOffset >= 0n) row(t.name, p.partitionIndex).committed = p.committedOffset;
    }
    for (const m of description.members) {
      for (const t of m.assignment) {
        for (const p of t.partitions)
          Object.assign(row(t.topic, p), { memberId: m.memberId, host: m.host, clientId: m.clientId });
      }
    }
    const byTopic = new Map<string, number[]>();
    for (const r of rows.values()) byTopic.set(r.topic, [...(byTopic.get(r.topic) ?? []), r.partition]);
    if (byTopic.size > 0) {
      // Log end offsets come from the partition leaders; on a single node (or the bootstrap) that is one call.
      const ends = await boot.send<ListOffsetsResponse>(2, {
        replicaId: -1,
        isolationLevel: 0,
        timeoutMs: 30000,
        topics: [...byTopic].map(([name, partitions]) => ({
          name,
          partitions: partitions.map((p) => ({
            partitionIndex: p,
            currentLeaderEpoch: -1,
            timestamp: -1n,
            maxNumOffsets: 1,
          })),
        })),
      });
      for (const t of ends.topics) {
        for (const p of t.partitions) {
          if (p.errorCode !== 0) continue;
          const r = row(t.name, p.partitionIndex);
          r.logEnd = p.offset >= 0n ? p.offset : (p.oldStyleOffsets[0] ?? null);
        }
      }
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
    boot.close();
  }
}

export interface ListedGroupRow {
  groupId: string;
  protocolType: string;
  state: string;
  type: string;
}

export async function listGroups(bootstrap: string, states: string[] = []): Promise<ListedGroupRow[]> {
  const session = await openSession(bootstrap);
  try {
    const listed = await session.send<ListGroupsResponse>(16, { statesFilter: states, typesFilter: [] });
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
  } finally {
    session.close();
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

/** `brook groups ...`: returns the exit code. */
export async function groupsCommand(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const parse = (args: string[]) =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        bootstrap: { type: 'string', default: '127.0.0.1:9092' },
        'bootstrap-server': { type: 'string' },
        state: { type: 'string', multiple: true },
        members: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`brook groups: ${(error as Error).message}\n${GROUPS_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, group] = positionals;
  if (values.help || action === undefined) {
    process.stdout.write(GROUPS_USAGE);
    return values.help ? 0 : 2;
  }
  const bootstrap = values['bootstrap-server'] ?? values.bootstrap!;
  try {
    if (action === 'list') {
      const groups = await listGroups(bootstrap, values.state ?? []);
      process.stdout.write(
        `${table(
          ['GROUP', 'STATE', 'TYPE', 'PROTOCOL-TYPE'],
          groups.map((g) => [g.groupId, g.state, g.type || '-', g.protocolType || '-']),
        )}\n`,
      );
      return 0;
    }
    if (action === 'describe') {
      if (!group) {
        process.stderr.write(`brook groups describe: a group id is required\n${GROUPS_USAGE}`);
        return 2;
      }
      process.stdout.write(formatDescription(await describeGroup(bootstrap, group), values.members!));
      return 0;
    }
    process.stderr.write(`brook groups: unknown action "${action}"\n${GROUPS_USAGE}`);
    return 2;
  } catch (error) {
    process.stderr.write(`brook groups: ${(error as Error).message}\n`);
    return 1;
  }
}
