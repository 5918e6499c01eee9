import { readFileSync } from 'node:fs';
import { BrokerConfig } from './broker-config';
import { parseProperties } from './properties';
import { ConfigError } from './validate';

export { BrokerConfig, CONFIG_TYPE_CODES, ConfigSource, type ResolvedValue } from './broker-config';
export {
  BROKER_CONFIG_BY_NAME,
  BROKER_CONFIGS,
  brokerConfigDefinition,
  type ConfigDefinition,
  LONG_MAX,
  RECONFIGURABLE_SSL_KEYS,
  THREAD_POOL_KEYS,
  unprefixedKey,
} from './definitions';
export {
  CLIENT_METRICS_CONFIG_BY_NAME,
  CLIENT_METRICS_CONFIGS,
  validateClientMetricsConfigs,
} from './client-metrics-configs';
export { CONFIG_ENV_PREFIX, configFromEnv, configKeyOfEnv } from './env';
export type { ListenerSpec } from './listeners';
export { parseProperties } from './properties';
export {
  GROUP_CONFIG_BY_NAME,
  GROUP_CONFIGS,
  type GroupConfigDefinition,
  groupConfigValue,
  parseIsoDurationMs,
  unknownGroupConfig,
  validateGroupConfigs,
} from './group-configs';
export { TOPIC_CONFIG_BY_NAME, TOPIC_CONFIGS, type TopicConfigDefinition } from './topic-configs';
export { ConfigError, normalizeValue } from './validate';

/**
 * Named sets of defaults layered under the user's values. `test` is what `brook/testing` uses: groups
 * rebalance at once (group.initial.rebalance.delay.ms=0, as Kafka's own test harness and Testcontainers'
 * Kafka images do) and the internal topics have one replica and one partition: a test's groups and
 * transactions need no spread, and a clean stop fsyncs one partition of each instead of fifty (a broker with
 * __consumer_offsets at 50 partitions took 0.4-1.1 s to stop on a loaded machine, at 1 partition 0.03-0.15 s).
 * A profile only changes defaults; anything the user sets still wins.
 */
export const PROFILES: Record<string, Record<string, string>> = {
  default: {},
  test: {
    'group.initial.rebalance.delay.ms': '0',
    'offsets.topic.replication.factor': '1',
    'offsets.topic.num.partitions': '1',
    'transaction.state.log.num.partitions': '1',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
  },
};

export interface ConfigSources {
  /** server.properties path (`--config`). */
  configFile?: string;
  /** Values from dedicated flags (`--port` ...), already turned into Kafka keys, applied after the file. */
  flags?: [string, string][];
  /** `--set key=value`, applied last. */
  sets?: [string, string][];
  profile?: keyof typeof PROFILES | string;
}

/** Builds the broker configuration: profile < config file < flags < --set. Throws ConfigError (one line). */
export function loadBrokerConfig(sources: ConfigSources = {}): BrokerConfig {
  const values = new Map<string, string>();
  const profile = PROFILES[sources.profile ?? 'default'];
  if (!profile) throw new ConfigError(`unknown config profile ${sources.profile}`);
  for (const [k, v] of Object.entries(profile)) values.set(k, v);
  if (sources.configFile) {
    let text: string;
    try {
      text = readFileSync(sources.configFile, 'utf8');
    } catch (error) {
      throw new ConfigError(`cannot read config file ${sources.configFile}: ${(error as Error).message}`);
    }
    for (const [k, v] of parseProperties(text, sources.configFile)) values.set(k, v);
  }
  for (const [k, v] of sources.flags ?? []) values.set(k, v);
  for (const [k, v] of sources.sets ?? []) values.set(k, v);
  return new BrokerConfig(values);
}

/** Splits `key=value` of `--set`. */
export function parseSetArgument(arg: string): [string, string] {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new ConfigError(`--set expects key=value, got "${arg}"`);
  return [arg.slice(0, eq).trim(), arg.slice(eq + 1)];
}
