import type { BrokerConfig } from './broker-config';
import type { ConfigDefinition } from './definitions';
import { ConfigError, normalizeValue } from './validate';

/**
 * A consumer group's own configs (Kafka's GroupConfig, the GROUP config resource of KIP-848): values that override,
 * for one group, the broker key each stands for. `kafka-configs --entity-type groups` and the Admin client's
 * describeConfigs / incrementalAlterConfigs reach them. Brook takes the two its KIP-848 groups apply; Kafka 4.4
 * also has keys for share and streams groups, the dead-letter queue and assignment batching, which Brook does not
 * serve (it refuses them as unknown, as Kafka refuses a name it does not know).
 */
export interface GroupConfigDefinition extends ConfigDefinition {
  /** The broker key whose value applies while the group has none of its own. */
  brokerSynonym: string;
  /** The broker keys bounding a group's value (Kafka's GroupConfig.validateValues). */
  rangeFrom: readonly [min: string, max: string];
}

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
    if (value === undefined) continue;
    const [min, max] = def.rangeFrom.map((key) => config.number(key));
    if (Number(value) < min! || Number(value) > max!) {
      throw new ConfigError(`${def.name} must be in the range ${min} to ${max} inclusive.`);
    }
  }
  const session = 'consumer.session.timeout.ms';
  const heartbeat = 'consumer.heartbeat.interval.ms';
  if (session in normalised || heartbeat in normalised) {
    const inForce = (name: string) =>
      Number(normalised[name] ?? config.number(GROUP_CONFIG_BY_NAME.get(name)!.brokerSynonym));
    if (inForce(session) <= inForce(heartbeat)) throw new ConfigError(`${session} must be greater than ${heartbeat}`);
  }
  return normalised;
}

/** The group's session timeout and heartbeat interval in force: its own values, else the broker's. */
export function groupTimings(
  overrides: ReadonlyMap<string, string>,
  broker: { sessionTimeoutMs: number; heartbeatIntervalMs: number },
): { sessionTimeoutMs: number; heartbeatIntervalMs: number } {
  const own = (name: string) => {
    const value = overrides.get(name);
    return value === undefined ? undefined : Number(value);
  };
  return {
    sessionTimeoutMs: own('consumer.session.timeout.ms') ?? broker.sessionTimeoutMs,
    heartbeatIntervalMs: own('consumer.heartbeat.interval.ms') ?? broker.heartbeatIntervalMs,
  };
}
