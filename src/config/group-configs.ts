import type { BrokerConfig } from './broker-config';
import type { ConfigDefinition } from './definitions';
import { ConfigError, normalizeValue } from './validate';

/**
 * A consumer group's own configs (Kafka's GroupConfig, the GROUP config resource of KIP-848): values that override,
 * for one group, the broker key each stands for. `kafka-configs --entity-type groups` and the Admin client's
 * describeConfigs / incrementalAlterConfigs reach them. Brook takes those its KIP-848, share (KIP-932) and streams
 * (KIP-1071) groups apply; Kafka 4.4 also has keys for the share groups' dead-letter queue, the assignment batching
 * of consumer and share groups, and internal streams keys (warm-up replicas, task offset interval, recovery lag),
 * which Brook does not serve (it refuses them as unknown, as Kafka refuses a name it does not know).
 */
export interface GroupConfigDefinition extends ConfigDefinition {
  /** The broker key whose value applies while the group has none of its own (none: the key's own default). */
  brokerSynonym?: string;
  /** The broker keys bounding a group's value (Kafka's GroupConfig.validateValues). */
  rangeFrom?: readonly [min: string, max: string];
  /** The broker key bounding a group's value from above only (Kafka's GroupConfig.validateIntMax). */
  maxFrom?: string;
}

/** share.auto.offset.reset: earliest, latest, or by_duration:<ISO-8601 duration> (Kafka's ShareGroupAutoOffsetResetStrategy). */
function autoOffsetReset(value: string): { why: string } | undefined {
  const lower = value.toLowerCase();
  if (lower === 'earliest' || lower === 'latest') return undefined;
  if (lower.startsWith('by_duration:') && parseIsoDurationMs(value.slice('by_duration:'.length)) !== null) {
    return undefined;
  }
  return {
    why: 'Invalid value for share.auto.offset.reset. Valid values are earliest, latest or by_duration:PnDTnHnMn.nS.',
  };
}

/** Milliseconds of an ISO-8601 duration as Java's Duration.parse reads it (PnDTnHnMn.nS), null if it is not one or negative. */
export function parseIsoDurationMs(text: string): number | null {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,9})?)S)?)?$/i.exec(text.trim());
  if (!m || text.trim().toUpperCase() === 'P' || /T$/i.test(text.trim())) return null;
  const [, days, hours, minutes, seconds] = m;
  return (
    Number(days ?? 0) * 86400000 +
    Number(hours ?? 0) * 3600000 +
    Number(minutes ?? 0) * 60000 +
    Math.round(Number(seconds ?? 0) * 1000)
  );
}

/** Streams groups' task assignors (Kafka 4.4 has one). */
export const STREAMS_ASSIGNORS: readonly string[] = ['sticky'];

/** In the order Kafka's GroupConfig.validateValues checks their ranges. */
export const GROUP_CONFIGS: readonly GroupConfigDefinition[] = [
  {
    name: 'consumer.heartbeat.interval.ms',
    type: 'int',
    default: null,
    brokerSynonym: 'group.consumer.heartbeat.interval.ms',
    rangeFrom: ['group.consumer.min.heartbeat.interval.ms', 'group.consumer.max.heartbeat.interval.ms'],
    doc: "Heartbeat interval given to this group's KIP-848 members.",
  },
  {
    name: 'consumer.session.timeout.ms',
    type: 'int',
    default: null,
    brokerSynonym: 'group.consumer.session.timeout.ms',
    rangeFrom: ['group.consumer.min.session.timeout.ms', 'group.consumer.max.session.timeout.ms'],
    doc: "Session timeout of this group's KIP-848 members.",
  },
  {
    name: 'share.session.timeout.ms',
    type: 'int',
    default: null,
    brokerSynonym: 'group.share.session.timeout.ms',
    rangeFrom: ['group.share.min.session.timeout.ms', 'group.share.max.session.timeout.ms'],
    doc: "Session timeout of this share group's members.",
  },
  {
    name: 'share.heartbeat.interval.ms',
    type: 'int',
    default: null,
    brokerSynonym: 'group.share.heartbeat.interval.ms',
    rangeFrom: ['group.share.min.heartbeat.interval.ms', 'group.share.max.heartbeat.interval.ms'],
    doc: "Heartbeat interval given to this share group's members.",
  },
  {
    name: 'streams.session.timeout.ms',
    type: 'int',
    default: null,
    brokerSynonym: 'group.streams.session.timeout.ms',
    rangeFrom: ['group.streams.min.session.timeout.ms', 'group.streams.max.session.timeout.ms'],
    doc: "Session timeout of this streams group's members.",
  },
  {
    name: 'streams.heartbeat.interval.ms',
    type: 'int',
    default: null,
    brokerSynonym: 'group.streams.heartbeat.interval.ms',
    rangeFrom: ['group.streams.min.heartbeat.interval.ms', 'group.streams.max.heartbeat.interval.ms'],
    doc: "Heartbeat interval given to this streams group's members.",
  },
  {
    name: 'streams.num.standby.replicas',
    type: 'int',
    default: null,
    min: 0,
    brokerSynonym: 'group.streams.num.standby.replicas',
    maxFrom: 'group.streams.max.standby.replicas',
    doc: 'Standby replicas of each stateful task of this streams group.',
  },
  {
    name: 'streams.assignment.interval.ms',
    type: 'int',
    default: null,
    brokerSynonym: 'group.streams.assignment.interval.ms',
    rangeFrom: ['group.streams.min.assignment.interval.ms', 'group.streams.max.assignment.interval.ms'],
    doc: "Shortest time between two of this streams group's target assignments.",
  },
  {
    name: 'streams.rack.aware.assignment.tags',
    type: 'list',
    default: null,
    brokerSynonym: 'group.streams.rack.aware.assignment.tags',
    doc: "Client tags this streams group's members must carry (MISSING_CLIENT_TAGS otherwise).",
  },
  {
    name: 'streams.assignor.name',
    type: 'string',
    default: null,
    brokerSynonym: 'group.streams.assignors',
    doc: "The task assignor of this streams group (Kafka 4.4's only one: 'sticky').",
  },
  {
    name: 'streams.initial.rebalance.delay.ms',
    type: 'int',
    default: null,
    min: 0,
    brokerSynonym: 'group.streams.initial.rebalance.delay.ms',
    doc: 'How long this streams group, new or emptied, waits for more members before its first assignment.',
  },
  {
    name: 'share.record.lock.duration.ms',
    type: 'int',
    default: null,
    min: 1000,
    brokerSynonym: 'group.share.record.lock.duration.ms',
    rangeFrom: ['group.share.min.record.lock.duration.ms', 'group.share.max.record.lock.duration.ms'],
    doc: 'How long a member holds the records it acquired before they can be delivered again.',
  },
  {
    name: 'share.delivery.count.limit',
    type: 'int',
    default: null,
    min: 2,
    brokerSynonym: 'group.share.delivery.count.limit',
    rangeFrom: ['group.share.min.delivery.count.limit', 'group.share.max.delivery.count.limit'],
    doc: 'Deliveries of a record to this share group before it is archived.',
  },
  {
    name: 'share.partition.max.record.locks',
    type: 'int',
    default: null,
    min: 100,
    brokerSynonym: 'group.share.partition.max.record.locks',
    rangeFrom: ['group.share.min.partition.max.record.locks', 'group.share.max.partition.max.record.locks'],
    doc: 'Records of one partition in flight for this share group.',
  },
  {
    name: 'share.auto.offset.reset',
    type: 'string',
    default: 'latest',
    check: autoOffsetReset,
    doc: 'Where a share group starts reading a partition it has no state for: earliest, latest or by_duration:<ISO-8601>.',
  },
  {
    name: 'share.renew.acknowledge.enable',
    type: 'boolean',
    default: 'true',
    doc: 'Whether members may extend their acquisition locks with RENEW acknowledgements (KIP-1222).',
  },
  {
    name: 'share.isolation.level',
    type: 'string',
    default: 'read_uncommitted',
    check: (value) =>
      value === 'read_committed' || value === 'read_uncommitted'
        ? undefined
        : { why: 'String must be one of: read_committed, read_uncommitted' },
    doc: 'read_committed: the share group is not given records of aborted transactions, nor records past the last stable offset.',
  },
];

export const GROUP_CONFIG_BY_NAME = new Map(GROUP_CONFIGS.map((d) => [d.name, d]));

/** Kafka's refusal of a group config name it does not know. */
export function unknownGroupConfig(name: string): ConfigError {
  return new ConfigError(`Unknown group config name: ${name}`);
}

/**
 * A group's whole set of values after a change, checked as Kafka's GroupConfig.validate checks it: every name
 * known, every value of its type, each within the broker's bounds, the session longer than the heartbeat
 * interval (each side's own value, else the broker's). Returns the values normalised; throws ConfigError with
 * Kafka's words.
 */
export function validateGroupConfigs(
  values: Readonly<Record<string, string>>,
  config: BrokerConfig,
): Record<string, string> {
  for (const name of Object.keys(values)) if (!GROUP_CONFIG_BY_NAME.has(name)) throw unknownGroupConfig(name);
  const normalised: Record<string, string> = {};
  for (const [name, value] of Object.entries(values))
    normalised[name] = normalizeValue(GROUP_CONFIG_BY_NAME.get(name)!, value);
  for (const def of GROUP_CONFIGS) {
    const value = normalised[def.name];
    if (value !== undefined && def.maxFrom !== undefined && Number(value) > config.number(def.maxFrom)) {
      throw new ConfigError(`${def.name} must be less than or equal to ${config.number(def.maxFrom)}`);
    }
    if (value === undefined || def.rangeFrom === undefined) continue;
    const [min, max] = def.rangeFrom.map((key) => config.number(key));
    if (Number(value) < min! || Number(value) > max!) {
      throw new ConfigError(`${def.name} must be in the range ${min} to ${max} inclusive.`);
    }
  }
  // Kafka's GroupConfig checks these two itself (its words, not a config validator's).
  const tags = normalised['streams.rack.aware.assignment.tags']?.split(',').filter(Boolean) ?? [];
  if (new Set(tags).size !== tags.length) {
    throw new ConfigError('streams.rack.aware.assignment.tags must not contain duplicate tag keys.');
  }
  const assignor = normalised['streams.assignor.name'];
  if (assignor !== undefined && !STREAMS_ASSIGNORS.includes(assignor)) {
    throw new ConfigError(
      `streams.assignor.name '${assignor}' is not a registered task assignor. Registered assignors are: [${STREAMS_ASSIGNORS.join(', ')}].`,
    );
  }
  for (const kind of ['consumer', 'share', 'streams']) {
    const session = `${kind}.session.timeout.ms`;
    const heartbeat = `${kind}.heartbeat.interval.ms`;
    if (!(session in normalised) && !(heartbeat in normalised)) continue;
    const inForce = (name: string) =>
      Number(normalised[name] ?? config.number(GROUP_CONFIG_BY_NAME.get(name)!.brokerSynonym!));
    if (inForce(session) <= inForce(heartbeat)) throw new ConfigError(`${session} must be greater than ${heartbeat}`);
  }
  return normalised;
}

/**
 * A KIP-848 (consumer), share or streams group's session timeout and heartbeat interval in force: its own, else the
 * broker's.
 */
export function groupTimings(
  overrides: ReadonlyMap<string, string>,
  broker: { sessionTimeoutMs: number; heartbeatIntervalMs: number },
  kind: 'consumer' | 'share' | 'streams' = 'consumer',
): { sessionTimeoutMs: number; heartbeatIntervalMs: number } {
  const own = (name: string) => {
    const value = overrides.get(name);
    return value === undefined ? undefined : Number(value);
  };
  return {
    sessionTimeoutMs: own(`${kind}.session.timeout.ms`) ?? broker.sessionTimeoutMs,
    heartbeatIntervalMs: own(`${kind}.heartbeat.interval.ms`) ?? broker.heartbeatIntervalMs,
  };
}

/** A group's value of `name` in force: its own, else its broker key's, else the key's own default. */
export function groupConfigValue(overrides: ReadonlyMap<string, string>, name: string, config: BrokerConfig): string {
  const own = overrides.get(name);
  if (own !== undefined) return own;
  const def = GROUP_CONFIG_BY_NAME.get(name)!;
  return def.brokerSynonym !== undefined ? (config.raw(def.brokerSynonym) ?? '') : (def.default ?? '');
}
