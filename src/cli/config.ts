/**
 * `brook config get|set`: broker, topic, consumer group and client metrics subscription configs, as kafka-configs
 * --describe / --alter do it
 * (DescribeConfigs; IncrementalAlterConfigs, which changes the named keys and leaves the others).
 */
import { alterConfigs, describeConfigs, RESOURCE } from './client/configs';
import { topicsInfo } from './client/offsets';
import {
  COMMON_OPTIONS_HELP,
  flag,
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
import { withSession } from './client/session';

export const CONFIG_USAGE = `Usage: brook config <get|set> (--topic TOPIC | --broker ID | --broker-defaults | --group GROUP |
                         --client-metrics NAME) [options]

  brook config get --topic T [KEY]... [--all]    the topic's configs set on it (--all: every key, with source)
  brook config get --broker ID [KEY]... [--all]  a broker's dynamic configs (--all: every key)
  brook config get --group G [KEY]... [--all]    a group's own configs (--all: with the broker's)
  brook config get --client-metrics S [KEY]... [--all]   a client metrics subscription (--all: with defaults)
  brook config set --topic T KEY=VALUE... [--delete KEY]...
  brook config set --broker ID|--broker-defaults KEY=VALUE... [--delete KEY]...
  brook config set --group G KEY=VALUE... [--delete KEY]...   (consumer.*: KIP-848 groups' session
                                                 timeout and heartbeat interval; share.*: share groups'
                                                 share.auto.offset.reset, share.record.lock.duration.ms...;
                                                 streams.*: streams groups' streams.num.standby.replicas...)
  brook config set --client-metrics S KEY=VALUE... [--delete KEY]...   (metrics, interval.ms, match: KIP-714)

Naming KEYs shows those keys whatever their source. --delete returns a key to its default.

${COMMON_OPTIONS_HELP}`;

const OPTIONS = {
  topic: { type: 'string' },
  broker: { type: 'string' },
  'broker-defaults': { type: 'boolean' },
  group: { type: 'string' },
  'client-metrics': { type: 'string' },
  all: { type: 'boolean' },
  delete: { type: 'string', multiple: true },
} as const;

/** The sources `get` lists without --all or keys: what was set on the resource itself. */
const DYNAMIC_SOURCES: Record<number, string[]> = {
  [RESOURCE.topic]: ['DYNAMIC_TOPIC_CONFIG'],
  [RESOURCE.broker]: ['DYNAMIC_BROKER_CONFIG', 'DYNAMIC_DEFAULT_BROKER_CONFIG'],
  [RESOURCE.group]: ['DYNAMIC_GROUP_CONFIG'],
  [RESOURCE.clientMetrics]: ['CLIENT_METRICS_CONFIG'],
};

function resource(parsed: Parsed): { type: number; name: string; what: string } {
  const topic = str(parsed, 'topic');
  const broker = str(parsed, 'broker');
  const defaults = flag(parsed, 'broker-defaults');
  const group = str(parsed, 'group');
  const subscription = str(parsed, 'client-metrics');
  const named = [topic, broker, group, subscription].filter((n) => n !== undefined).length + (defaults ? 1 : 0);
  if (named !== 1) {
    throw new UsageError(
      'name one of --topic TOPIC, --broker ID, --broker-defaults, --group GROUP or --client-metrics NAME',
    );
  }
  if (topic !== undefined) return { type: RESOURCE.topic, name: topic, what: `topic ${topic}` };
  if (group !== undefined) return { type: RESOURCE.group, name: group, what: `group ${group}` };
  if (subscription !== undefined) {
    return { type: RESOURCE.clientMetrics, name: subscription, what: `client metrics subscription ${subscription}` };
  }
  if (defaults) return { type: RESOURCE.broker, name: '', what: 'the broker defaults' };
  if (!/^\d+$/.test(broker!)) throw new UsageError(`--broker must be a node id, got "${broker}"`);
  return { type: RESOURCE.broker, name: broker!, what: `broker ${broker}` };
}

export function configCommand(argv: string[]): Promise<number> {
  return runCommand('config', CONFIG_USAGE, async () => {
    const parsed = parseCommand(argv, OPTIONS);
    const [action, ...args] = parsed.positionals;
    const exit = usageExit(parsed, CONFIG_USAGE, action);
    if (exit !== null) return exit;
    if (action !== 'get' && action !== 'set') throw new UsageError(`unknown action "${action}"`);
    const target = resource(parsed);
    return withSession(parsed.bootstrap, async (session) => {
      // A missing topic: say so as kafka-configs does, rather than an error code name.
      if (target.type === RESOURCE.topic) await topicsInfo(session, [target.name]);
      if (action === 'set') {
        const changes = { set: keyValues(args, 'set'), delete: strs(parsed, 'delete') };
        await alterConfigs(session, target.type, target.name, changes);
        if (parsed.json)
          printJson({ resource: target.what, set: Object.fromEntries(changes.set), deleted: changes.delete });
        else process.stdout.write(`Completed updating config for ${target.what}.\n`);
        return 0;
      }
      let configs = await describeConfigs(session, target.type, target.name, args);
      const dynamic = DYNAMIC_SOURCES[target.type] ?? [];
      if (args.length === 0 && !flag(parsed, 'all')) configs = configs.filter((c) => dynamic.includes(c.source));
      if (parsed.json) printJson(configs);
      else {
        process.stdout.write(
          `${table(
            ['KEY', 'VALUE', 'SOURCE'],
            configs.map((c) => [c.name, c.sensitive ? '(sensitive)' : (c.value ?? '(null)'), c.source]),
          )}\n`,
        );
      }
      return 0;
    });
  });
}
