/**
 * `brook group list|describe|reset-offsets|delete` (and `brook groups`, its older name): what
 * kafka-consumer-groups does, with its rules: a group that does not exist is an error (exit 1); offsets are
 * reset only while the group is inactive (Empty, or Dead: no group yet), as a dry run unless --execute.
 * The group data (describe, committed offsets, commit) lives in groups.ts.
 */
import type { DeleteGroupsResponse } from '../../protocol/generated/delete-groups';
import { errorName } from '../errors';
import { EARLIEST, key, LATEST, listOffsets, type PartitionInfo, parseTime, topicsInfo } from './client/offsets';
import {
  COMMON_OPTIONS_HELP,
  CliError,
  flag,
  int,
  type Parsed,
  parseCommand,
  printJson,
  runCommand,
  usageExit,
  str,
  strs,
  table,
  UsageError,
} from './client/options';
import { API, type Session, withSession } from './client/session';
import {
  commitOffsets,
  committedOffsets,
  coordinatorSession,
  describeGroupWith,
  formatDescription,
  type GroupDescription,
  listGroups,
} from './client/groups';

export const GROUP_USAGE = `Usage: brook group <action> [options]     (also: brook groups)

  brook group list [--state STATE]...
  brook group describe GROUP... [--members]
  brook group reset-offsets GROUP (--all-topics | --topic TOPIC[:P,P...]...) SPEC [--dry-run | --execute]
  brook group delete GROUP...

  --state STATE       list only groups in this state (Stable, Empty, ...; repeatable)
  --members           describe members (one line each) instead of partitions and lag
reset-offsets SPEC, one of:
  --to-earliest | --to-latest | --to-current | --to-offset N | --shift-by N | --to-datetime DATE
  (DATE: ISO-8601 such as 2026-01-31T12:00:00.000, local time unless it names a zone; or epoch ms).
  Offsets are reset only while the group has no active members. Without --execute nothing is changed:
  the plan is printed (as kafka-consumer-groups does).

A group that does not exist is an error (exit 1), as with kafka-consumer-groups.

${COMMON_OPTIONS_HELP}`;

const OPTIONS = {
  state: { type: 'string', multiple: true },
  members: { type: 'boolean' },
  'all-topics': { type: 'boolean' },
  topic: { type: 'string', multiple: true },
  'to-earliest': { type: 'boolean' },
  'to-latest': { type: 'boolean' },
  'to-current': { type: 'boolean' },
  'to-offset': { type: 'string' },
  'shift-by': { type: 'string' },
  'to-datetime': { type: 'string' },
  'dry-run': { type: 'boolean' },
  execute: { type: 'boolean' },
} as const;

export function groupCommand(argv: string[]): Promise<number> {
  return runCommand('group', GROUP_USAGE, async () => {
    const parsed = parseCommand(argv, OPTIONS);
    const [action, ...groups] = parsed.positionals;
    const exit = usageExit(parsed, GROUP_USAGE, action);
    if (exit !== null) return exit;
    const needGroups = () => {
      if (groups.length === 0) throw new UsageError(`group ${action}: a group id is required`);
      return groups;
    };
    const run = (body: (s: Session) => Promise<number>) => withSession(parsed.bootstrap, body);
    switch (action) {
      case 'list':
      case 'ls':
        return run((s) => list(s, parsed));
      case 'describe':
        return run((s) => describe(s, needGroups(), parsed));
      case 'reset-offsets': {
        const plan = resetSpec(parsed);
        return run((s) => resetOffsets(s, needGroups(), plan, parsed));
      }
      case 'delete':
        return run((s) => remove(s, needGroups(), parsed));
      default:
        throw new UsageError(`unknown action "${action}"`);
    }
  });
}

async function list(session: Session, parsed: Parsed): Promise<number> {
  const groups = await listGroups(session, strs(parsed, 'state'));
  if (parsed.json) printJson(groups);
  else {
    process.stdout.write(
      `${table(
        ['GROUP', 'STATE', 'TYPE', 'PROTOCOL-TYPE'],
        groups.map((g) => [g.groupId, g.state, g.type || '-', g.protocolType || '-']),
      )}\n`,
    );
  }
  return 0;
}

async function describe(session: Session, groups: string[], parsed: Parsed): Promise<number> {
  const described: GroupDescription[] = [];
  for (const g of groups) {
    const d = await describeGroupWith(session, g);
    if (d.state === 'Dead') throw new CliError(`Consumer group '${g}' does not exist.`);
    described.push(d);
  }
  if (parsed.json) printJson(described);
  else process.stdout.write(described.map((d) => formatDescription(d, flag(parsed, 'members'))).join('\n'));
  return 0;
}

type ResetSpec =
  | { kind: 'earliest' | 'latest' | 'current' }
  | { kind: 'offset' | 'shift'; n: bigint }
  | { kind: 'datetime'; ms: bigint };

function resetSpec(parsed: Parsed): ResetSpec {
  const specs: ResetSpec[] = [];
  if (flag(parsed, 'to-earliest')) specs.push({ kind: 'earliest' });
  if (flag(parsed, 'to-latest')) specs.push({ kind: 'latest' });
  if (flag(parsed, 'to-current')) specs.push({ kind: 'current' });
  const offset = int(str(parsed, 'to-offset'), '--to-offset', 0);
  if (offset !== undefined) specs.push({ kind: 'offset', n: BigInt(offset) });
  const shift = int(str(parsed, 'shift-by'), '--shift-by');
  if (shift !== undefined) specs.push({ kind: 'shift', n: BigInt(shift) });
  const datetime = str(parsed, 'to-datetime');
  if (datetime !== undefined) {
    const ms = parseTime(datetime);
    if (ms === null) throw new UsageError(`--to-datetime: cannot read "${datetime}" as a date`);
    specs.push({ kind: 'datetime', ms });
  }
  if (specs.length !== 1) {
    throw new UsageError(
      'reset-offsets needs exactly one of --to-earliest, --to-latest, --to-current, --to-offset, --shift-by, --to-datetime',
    );
  }
  if (flag(parsed, 'all-topics') === strs(parsed, 'topic').length > 0) {
    throw new UsageError('reset-offsets needs one of --all-topics or --topic');
  }
  if (flag(parsed, 'dry-run') && flag(parsed, 'execute'))
    throw new UsageError('--dry-run and --execute exclude each other');
  return specs[0]!;
}

/** The partitions --topic names (`T` = all of T's partitions, `T:0,2` = those). */
async function scope(session: Session, parsed: Parsed, committed: Map<string, bigint>): Promise<PartitionInfo[]> {
  const wanted = new Map<string, number[] | null>();
  if (flag(parsed, 'all-topics')) {
    for (const k of committed.keys()) wanted.set(k.split('\0')[0]!, null);
  } else {
    for (const arg of strs(parsed, 'topic')) {
      const [topic, list] = arg.split(':');
      const partitions = list?.split(',').map((p) => int(p.trim(), `--topic ${arg} partition`, 0)!) ?? null;
      wanted.set(topic!, partitions);
    }
  }
  if (wanted.size === 0) return [];
  const infos = await topicsInfo(session, [...wanted.keys()]);
  return infos.flatMap((t) => {
    const only = wanted.get(t.name);
    if (only) {
      const missing = only.filter((p) => !t.partitions.some((x) => x.partition === p));
      if (missing.length > 0) throw new CliError(`Topic '${t.name}' has no partition ${missing.join(', ')}.`);
    }
    // --all-topics: the partitions with a committed offset.
    return t.partitions.filter((p) =>
      only ? only.includes(p.partition) : !flag(parsed, 'all-topics') || committed.has(key(t.name, p.partition)),
    );
  });
}

async function resetOffsets(session: Session, groups: string[], spec: ResetSpec, parsed: Parsed): Promise<number> {
  const execute = flag(parsed, 'execute');
  if (!execute && !flag(parsed, 'dry-run') && !parsed.json) {
    process.stderr.write(
      'WARN: No action will be performed as the --execute option is missing. Add --execute to reset the offsets (--dry-run to silence this).\n',
    );
  }
  const rows: { group: string; topic: string; partition: number; offset: bigint; previous: bigint | null }[] = [];
  for (const group of groups) {
    const d = await describeGroupWith(session, group);
    if (d.state !== 'Empty' && d.state !== 'Dead') {
      throw new CliError(
        `Assignments can only be reset if the group '${group}' is inactive, but the current state is ${d.state}.`,
      );
    }
    const coordinator = await coordinatorSession(session, group);
    try {
      const committed = await committedOffsets(coordinator, group);
      const partitions = await scope(session, parsed, committed);
      const target = await targets(session, partitions, committed, spec);
      const planned = partitions.map((p) => ({
        group,
        topic: p.topic,
        partition: p.partition,
        offset: target.get(key(p.topic, p.partition))!,
        previous: committed.get(key(p.topic, p.partition)) ?? null,
      }));
      if (execute && planned.length > 0) await commitOffsets(coordinator, group, planned);
      rows.push(...planned);
    } finally {
      if (coordinator !== session) coordinator.close();
    }
  }
  if (parsed.json) printJson({ executed: execute, offsets: rows });
  else {
    process.stdout.write(
      `${table(
        ['GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET', 'PREVIOUS-OFFSET'],
        rows.map((r) => [r.group, r.topic, String(r.partition), String(r.offset), String(r.previous ?? '-')]),
      )}\n`,
    );
  }
  return 0;
}

/** The new offset of each partition; --to-offset and --shift-by are clamped to the log's range, as Kafka does. */
async function targets(
  session: Session,
  partitions: PartitionInfo[],
  committed: Map<string, bigint>,
  spec: ResetSpec,
): Promise<Map<string, bigint>> {
  if (spec.kind === 'earliest') return listOffsets(session, partitions, EARLIEST);
  if (spec.kind === 'latest') return listOffsets(session, partitions, LATEST);
  if (spec.kind === 'datetime') return listOffsets(session, partitions, spec.ms);
  const [starts, ends] = await Promise.all([
    listOffsets(session, partitions, EARLIEST),
    listOffsets(session, partitions, LATEST),
  ]);
  const result = new Map<string, bigint>();
  for (const p of partitions) {
    const k = key(p.topic, p.partition);
    const current = committed.get(k);
    if ((spec.kind === 'shift' || spec.kind === 'current') && current === undefined) {
      const verb = spec.kind === 'shift' ? 'shift' : 'keep';
      throw new CliError(
        `Cannot ${verb} offset for partition ${p.topic}-${p.partition} since there is no current committed offset`,
      );
    }
    let offset = spec.kind === 'offset' ? spec.n : spec.kind === 'shift' ? current! + spec.n : current!;
    if (offset < starts.get(k)!) offset = starts.get(k)!;
    if (offset > ends.get(k)!) offset = ends.get(k)!;
    result.set(k, offset);
  }
  return result;
}

async function remove(session: Session, groups: string[], parsed: Parsed): Promise<number> {
  const results: { group: string; error: string | null }[] = [];
  for (const group of groups) {
    const coordinator = await coordinatorSession(session, group);
    try {
      const res = await coordinator.send<DeleteGroupsResponse>(API.DeleteGroups, { groupsNames: [group] });
      for (const r of res.results)
        results.push({ group: r.groupId, error: r.errorCode === 0 ? null : errorName(r.errorCode) });
    } finally {
      if (coordinator !== session) coordinator.close();
    }
  }
  if (parsed.json) printJson(results);
  else {
    for (const r of results) {
      if (r.error === null) process.stdout.write(`Deleted consumer group '${r.group}'.\n`);
      else if (r.error === 'GROUP_ID_NOT_FOUND')
        process.stderr.write(`Error: Consumer group '${r.group}' does not exist.\n`);
      else if (r.error === 'NON_EMPTY_GROUP')
        process.stderr.write(`Error: Consumer group '${r.group}' is not empty.\n`);
      else process.stderr.write(`Error: deleting consumer group '${r.group}': ${r.error}\n`);
    }
  }
  return results.every((r) => r.error === null) ? 0 : 1;
}
