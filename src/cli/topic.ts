/**
 * `brook topic create|list|describe|alter-config|add-partitions|delete`: what kafka-topics and rpk topic do,
 * over the wire (CreateTopics, Metadata, DescribeConfigs, IncrementalAlterConfigs, CreatePartitions,
 * DeleteTopics), so it works against Brook or any Kafka cluster.
 */
import type { CreatePartitionsResponse } from '../../protocol/generated/create-partitions';
import type { CreateTopicsResponse } from '../../protocol/generated/create-topics';
import type { DeleteTopicsResponse } from '../../protocol/generated/delete-topics';
import { errorName } from '../errors';
import { alterConfigs, describeConfigs, RESOURCE } from './client/configs';
import { EARLIEST, key, LATEST, listOffsets, topicsInfo } from './client/offsets';
import {
  COMMON_OPTIONS_HELP,
  flag,
  int,
  keyValues,
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
import { API, check, type Session, withSession } from './client/session';

export const TOPIC_USAGE = `Usage: brook topic <action> [options]

  brook topic create TOPIC... [-p PARTITIONS] [-r REPLICATION-FACTOR] [-c KEY=VALUE]... [--if-not-exists]
  brook topic list [--internal]
  brook topic describe TOPIC...
  brook topic alter-config TOPIC [--set KEY=VALUE]... [--delete KEY]...
  brook topic add-partitions TOPIC (--num N | --total N)
  brook topic delete TOPIC... [--if-exists]

  -p, --partitions N          partitions of a new topic (default: the broker's num.partitions)
  -r, --replication-factor N  replicas of each partition (default: the broker's default.replication.factor)
  -c, --config KEY=VALUE      a topic config (cleanup.policy=compact, retention.ms=..., repeatable)
  --num N / --total N         add N partitions / grow the topic to N partitions

describe shows each partition's leader, replicas, ISR, log start and end offsets, and the configs set on the
topic (those that differ from the broker's defaults).

${COMMON_OPTIONS_HELP}`;

const OPTIONS = {
  partitions: { type: 'string', short: 'p' },
  'replication-factor': { type: 'string', short: 'r' },
  config: { type: 'string', short: 'c', multiple: true },
  'if-not-exists': { type: 'boolean' },
  'if-exists': { type: 'boolean' },
  internal: { type: 'boolean' },
  set: { type: 'string', multiple: true },
  delete: { type: 'string', multiple: true },
  num: { type: 'string', short: 'n' },
  total: { type: 'string' },
} as const;

export function topicCommand(argv: string[]): Promise<number> {
  return runCommand('topic', TOPIC_USAGE, async () => {
    const parsed = parseCommand(argv, OPTIONS);
    const [action, ...names] = parsed.positionals;
    const exit = usageExit(parsed, TOPIC_USAGE, action);
    if (exit !== null) return exit;
    const needNames = (min = 1) => {
      if (names.length < min) throw new UsageError(`topic ${action}: a topic name is required`);
      return names;
    };
    const run = (body: (s: Session) => Promise<number>) => withSession(parsed.bootstrap, body);
    switch (action) {
      case 'create':
        return run((s) => create(s, needNames(), parsed));
      case 'list':
      case 'ls':
        return run((s) => list(s, parsed));
      case 'describe':
        return run((s) => describe(s, needNames(), parsed));
      case 'alter-config': {
        const [topic] = needNames();
        const changes = { set: keyValues(strs(parsed, 'set'), '--set'), delete: strs(parsed, 'delete') };
        if (changes.set.length + changes.delete.length === 0)
          throw new UsageError('alter-config needs --set or --delete');
        return run(async (s) => {
          await alterConfigs(s, RESOURCE.topic, topic!, changes);
          if (parsed.json) printJson({ topic, set: Object.fromEntries(changes.set), deleted: changes.delete });
          else process.stdout.write(`Altered the configs of topic ${topic}.\n`);
          return 0;
        });
      }
      case 'add-partitions':
        return run((s) => addPartitions(s, needNames()[0]!, parsed));
      case 'delete':
        return run((s) => remove(s, needNames(), parsed));
      default:
        throw new UsageError(`unknown action "${action}"`);
    }
  });
}

async function create(session: Session, names: string[], parsed: Parsed): Promise<number> {
  const partitions = int(str(parsed, 'partitions'), '--partitions', 1) ?? -1;
  const replicationFactor = int(str(parsed, 'replication-factor'), '--replication-factor', 1) ?? -1;
  const configs = keyValues(strs(parsed, 'config'), '--config').map(([name, value]) => ({ name, value }));
  const res = await session.send<CreateTopicsResponse>(API.CreateTopics, {
    topics: names.map((name) => ({ name, numPartitions: partitions, replicationFactor, assignments: [], configs })),
    timeoutMs: 30000,
    validateOnly: false,
  });
  const created = [];
  const failed: string[] = [];
  for (const t of res.topics) {
    if (t.errorCode === 36 && flag(parsed, 'if-not-exists')) continue; // TOPIC_ALREADY_EXISTS
    if (t.errorCode === 36) failed.push(`Topic '${t.name}' already exists.`);
    else if (t.errorCode !== 0)
      failed.push(`CreateTopics ${t.name}: ${errorName(t.errorCode)}${t.errorMessage ? ` (${t.errorMessage})` : ''}`);
    else
      created.push({
        topic: t.name,
        topicId: t.topicId,
        partitions: t.numPartitions,
        replicationFactor: t.replicationFactor,
      });
  }
  if (parsed.json) printJson(created);
  else {
    for (const t of created) {
      const shape = t.partitions > 0 ? ` (${t.partitions} partitions, replication factor ${t.replicationFactor})` : '';
      process.stdout.write(`Created topic ${t.topic}${shape}.\n`);
    }
  }
  return reportFailures(failed);
}

/** Each topic succeeds or fails on its own: the failures go to stderr after the successes; any makes exit 1. */
function reportFailures(failed: string[]): number {
  for (const f of failed) process.stderr.write(`brook topic: ${f}\n`);
  return failed.length > 0 ? 1 : 0;
}

async function list(session: Session, parsed: Parsed): Promise<number> {
  const topics = (await topicsInfo(session, null)).filter((t) => flag(parsed, 'internal') || !t.internal);
  const rows = topics.map((t) => ({
    topic: t.name,
    partitions: t.partitions.length,
    replicationFactor: t.partitions[0]?.replicas.length ?? 0,
    internal: t.internal,
  }));
  if (parsed.json) printJson(rows);
  else {
    process.stdout.write(
      `${table(
        ['TOPIC', 'PARTITIONS', 'REPLICAS'],
        rows.map((r) => [r.topic, String(r.partitions), String(r.replicationFactor)]),
      )}\n`,
    );
  }
  return 0;
}

async function describe(session: Session, names: string[], parsed: Parsed): Promise<number> {
  const topics = await topicsInfo(session, names);
  const all = topics.flatMap((t) => t.partitions);
  const [starts, ends] = await Promise.all([listOffsets(session, all, EARLIEST), listOffsets(session, all, LATEST)]);
  const described = [];
  for (const t of topics) {
    // Configs that differ from the defaults: the ones set on the topic itself.
    const configs = (await describeConfigs(session, RESOURCE.topic, t.name)).filter(
      (c) => c.source === 'DYNAMIC_TOPIC_CONFIG',
    );
    described.push({
      topic: t.name,
      topicId: t.topicId,
      internal: t.internal,
      replicationFactor: t.partitions[0]?.replicas.length ?? 0,
      configs: Object.fromEntries(configs.map((c) => [c.name, c.value])),
      partitions: t.partitions.map((p) => ({
        partition: p.partition,
        leader: p.leader,
        leaderEpoch: p.leaderEpoch,
        replicas: p.replicas,
        isr: p.isr,
        offlineReplicas: p.offline,
        logStartOffset: starts.get(key(t.name, p.partition)) ?? null,
        highWatermark: ends.get(key(t.name, p.partition)) ?? null,
      })),
    });
  }
  if (parsed.json) {
    printJson(described);
    return 0;
  }
  const out: string[] = [];
  for (const d of described) {
    const configs = Object.entries(d.configs).map(([k, v]) => `${k}=${v ?? ''}`);
    out.push(
      `Topic: ${d.topic}  TopicId: ${d.topicId}  PartitionCount: ${d.partitions.length}  ReplicationFactor: ${d.replicationFactor}`,
      `Configs: ${configs.length > 0 ? configs.join(',') : '(defaults)'}`,
      '',
      table(
        ['PARTITION', 'LEADER', 'EPOCH', 'REPLICAS', 'ISR', 'LOG-START-OFFSET', 'HIGH-WATERMARK'],
        d.partitions.map((p) => [
          String(p.partition),
          String(p.leader),
          String(p.leaderEpoch),
          p.replicas.join(','),
          p.isr.join(','),
          String(p.logStartOffset ?? '-'),
          String(p.highWatermark ?? '-'),
        ]),
      ),
      '',
    );
  }
  process.stdout.write(`${out.join('\n')}`);
  return 0;
}

async function addPartitions(session: Session, topic: string, parsed: Parsed): Promise<number> {
  const num = int(str(parsed, 'num'), '--num', 1);
  const total = int(str(parsed, 'total'), '--total', 1);
  if ((num === undefined) === (total === undefined))
    throw new UsageError('add-partitions needs one of --num N or --total N');
  const [info] = await topicsInfo(session, [topic]);
  const before = info!.partitions.length;
  const count = total ?? before + num!;
  const res = await session.send<CreatePartitionsResponse>(API.CreatePartitions, {
    topics: [{ name: topic, count, assignments: null }],
    timeoutMs: 30000,
    validateOnly: false,
  });
  for (const r of res.results) check(r.errorCode, `CreatePartitions ${r.name}`, r.errorMessage);
  if (parsed.json) printJson({ topic, partitionsBefore: before, partitions: count });
  else process.stdout.write(`Topic ${topic} now has ${count} partitions (was ${before}).\n`);
  return 0;
}

async function remove(session: Session, names: string[], parsed: Parsed): Promise<number> {
  const v6 = (session.version(API.DeleteTopics) ?? 0) >= 6;
  const res = await session.send<DeleteTopicsResponse>(API.DeleteTopics, {
    topics: v6 ? names.map((name) => ({ name, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' })) : [],
    topicNames: v6 ? [] : names,
    timeoutMs: 30000,
  });
  const deleted = [];
  const failed: string[] = [];
  for (const r of res.responses) {
    if (r.errorCode === 3 && flag(parsed, 'if-exists')) continue;
    if (r.errorCode === 3) failed.push(`Topic '${r.name}' does not exist.`);
    else if (r.errorCode !== 0)
      failed.push(`DeleteTopics ${r.name}: ${errorName(r.errorCode)}${r.errorMessage ? ` (${r.errorMessage})` : ''}`);
    else deleted.push(r.name);
  }
  if (parsed.json) printJson(deleted.map((topic) => ({ topic })));
  else for (const t of deleted) process.stdout.write(`Deleted topic ${t}.\n`);
  return reportFailures(failed);
}
