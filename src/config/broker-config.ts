import { BROKER_CONFIG_BY_NAME, brokerConfigDefinition, type ConfigDefinition } from './definitions';
import { checkSupported, type ListenerSpec, parseListeners } from './listeners';
import { TOPIC_CONFIG_BY_NAME, type TopicConfigDefinition } from './topic-configs';
import { ConfigError, normalizeValue } from './validate';

/** Kafka's DescribeConfigs sources (ConfigSource in DescribeConfigsResponse.json). */
export enum ConfigSource {
  Unknown = 0,
  DynamicTopicConfig = 1,
  DynamicBrokerConfig = 2,
  DynamicDefaultBrokerConfig = 3,
  StaticBrokerConfig = 4,
  DefaultConfig = 5,
  DynamicBrokerLoggerConfig = 6,
  ClientMetricsConfig = 7,
  /** A consumer group's own value (the GROUP config resource; the Admin client's DYNAMIC_GROUP_CONFIG). */
  DynamicGroupConfig = 8,
}

/** Kafka's DescribeConfigs config types (v3+). */
export const CONFIG_TYPE_CODES: Record<ConfigDefinition['type'], number> = {
  boolean: 1,
  string: 2,
  int: 3,
  short: 4,
  long: 5,
  double: 6,
  list: 7,
  class: 8,
  password: 9,
};

export interface ResolvedValue {
  name: string;
  value: string | null;
  source: ConfigSource;
}

/**
 * The broker's configuration: Kafka's defaults, overridden by server.properties (`--config`), the command
 * line flags and `--set`, all "static" in Kafka's terms; then dynamic values set at run time by AlterConfigs.
 * Values are kept as normalised text (the form DescribeConfigs returns) with typed getters.
 */
export class BrokerConfig {
  private readonly staticValues = new Map<string, string>();
  private dynamicValues = new Map<string, string>();
  /** A KRaft cluster's dynamic defaults (ConfigRecords of the BROKER resource named ''), below this broker's own. */
  private clusterDefaults = new Map<string, string>();
  /** Keys supplied that Kafka does not know (warned about at start-up, like Kafka does). */
  readonly unknownKeys: string[] = [];

  constructor(values: Iterable<[string, string]> = []) {
    for (const [key, value] of values) this.setStatic(key, value);
    this.validate();
  }

  private setStatic(key: string, value: string): void {
    const def = BROKER_CONFIG_BY_NAME.get(key);
    if (!def) {
      // Per-listener overrides (listener.name.<name>.ssl.keystore.location, ...) are read by listenerValue.
      if (!key.startsWith('listener.name.')) this.unknownKeys.push(key);
      this.staticValues.set(key, value);
      return;
    }
    this.staticValues.set(key, normalizeValue(def, value));
  }

  /** Cross-key checks run once the values are in. */
  private validate(): void {
    checkSupported(this.listeners);
    this.advertisedListeners;
    if (this.logDirs.length === 0) throw new ConfigError('log.dirs must name at least one directory');
  }

  /** The value in force as text (this broker's dynamic, the cluster's dynamic default, static, Kafka's default). */
  raw(name: string): string | null {
    return (
      this.dynamicValues.get(name) ??
      this.clusterDefaults.get(name) ??
      this.staticValues.get(name) ??
      BROKER_CONFIG_BY_NAME.get(name)?.default ??
      null
    );
  }

  source(name: string): ConfigSource {
    if (this.dynamicValues.has(name)) return ConfigSource.DynamicBrokerConfig;
    if (this.clusterDefaults.has(name)) return ConfigSource.DynamicDefaultBrokerConfig;
    if (this.staticValues.has(name)) return ConfigSource.StaticBrokerConfig;
    return ConfigSource.DefaultConfig;
  }

  /** The value one level holds, whatever the levels above it say (DescribeConfigs' synonyms list each level). */
  valueAt(name: string, level: ConfigSource): string | undefined {
    if (level === ConfigSource.DynamicBrokerConfig) return this.dynamicValues.get(name);
    if (level === ConfigSource.DynamicDefaultBrokerConfig) return this.clusterDefaults.get(name);
    if (level === ConfigSource.StaticBrokerConfig) return this.staticValues.get(name);
    return undefined;
  }

  isSet(name: string): boolean {
    return this.dynamicValues.has(name) || this.clusterDefaults.has(name) || this.staticValues.has(name);
  }

  /**
   * A KRaft cluster's dynamic broker defaults, as its metadata log now holds them (`kafka-configs --entity-type
   * brokers --entity-default`). Keys this build does not know, or values it cannot read, are left out.
   */
  setClusterDefaults(values: ReadonlyMap<string, string>): void {
    this.clusterDefaults = knownValues(values);
  }

  /**
   * This broker's own dynamic values, as a KRaft cluster's metadata log now holds them (`kafka-configs --entity-type
   * brokers --entity-name N`), replacing the ones before. Keys or values this build cannot read are left out.
   */
  setDynamicValues(values: ReadonlyMap<string, string>): void {
    this.dynamicValues = knownValues(values);
  }

  /** The cluster's dynamic defaults in force here (DescribeConfigs of the broker resource named ''). */
  clusterDefaultEntries(): [string, string][] {
    return [...this.clusterDefaults];
  }

  number(name: string): number {
    const v = this.raw(name);
    if (v === null) throw new Error(`config ${name} has no value`);
    return Number(v);
  }

  bool(name: string): boolean {
    return this.raw(name) === 'true';
  }

  string(name: string): string | null {
    return this.raw(name);
  }

  /** Sets (or with null, deletes) a dynamic broker value; validates like a static one. */
  setDynamic(name: string, value: string | null): void {
    if (value === null) {
      this.dynamicValues.delete(name);
      return;
    }
    const def = brokerConfigDefinition(name);
    if (!def) throw new ConfigError(`Unknown broker config ${name}`);
    this.dynamicValues.set(name, normalizeValue(def, value));
  }

  /**
   * Runs `check` with `values` as this broker's dynamic values, then puts the ones before back: a change checked
   * against everything it would affect before it is made.
   */
  withDynamicValues<T>(values: ReadonlyMap<string, string>, check: () => T): T {
    const before = this.dynamicValues;
    this.dynamicValues = knownValues(values);
    try {
      return check();
    } finally {
      this.dynamicValues = before;
    }
  }

  dynamicEntries(): [string, string][] {
    return [...this.dynamicValues];
  }

  /** Every known broker key with its value and source, for DescribeConfigs on the broker resource. */
  describe(): ResolvedValue[] {
    return [...BROKER_CONFIG_BY_NAME.values()].map((def) => ({
      name: def.name,
      value: def.sensitive ? null : this.raw(def.name),
      source: this.source(def.name),
    }));
  }

  /**
   * The broker-level value a topic key falls back to, with Kafka's synonym order and unit conversion; the
   * topic default when no synonym has a value.
   */
  topicDefault(def: TopicConfigDefinition): ResolvedValue {
    for (const synonym of def.synonyms) {
      if (!this.isSet(synonym.name)) continue;
      const value = this.raw(synonym.name)!;
      return {
        name: synonym.name,
        value: synonym.toTopicValue ? synonym.toTopicValue(value) : value,
        source: this.source(synonym.name),
      };
    }
    const primary = def.synonyms[0];
    if (primary) {
      const brokerDefault = BROKER_CONFIG_BY_NAME.get(primary.name)?.default;
      if (brokerDefault != null) {
        const value = primary.toTopicValue ? primary.toTopicValue(brokerDefault) : brokerDefault;
        return { name: primary.name, value, source: ConfigSource.DefaultConfig };
      }
    }
    return { name: def.name, value: def.default, source: ConfigSource.DefaultConfig };
  }

  /** Broker value of a topic key by topic name (e.g. `retention.ms`). */
  topicDefaultByName(name: string): string | null {
    const def = TOPIC_CONFIG_BY_NAME.get(name);
    return def ? this.topicDefault(def).value : null;
  }

  /**
   * A security key as one listener sees it: `listener.name.<listener lower case>.<key>` wins over `<key>`, as
   * Kafka's ListenerName.configPrefix. Prefixed values are taken as written (they are not in the definitions).
   */
  listenerValue(listenerName: string, key: string): string | null {
    return this.raw(`listener.name.${listenerName.toLowerCase()}.${key}`) ?? this.raw(key);
  }

  get nodeId(): number {
    if (!this.isSet('node.id') && this.number('broker.id') >= 0) return this.number('broker.id');
    return this.number('node.id');
  }

  get listeners(): ListenerSpec[] {
    return parseListeners(this.raw('listeners')!, 'listeners', this.protocolMap());
  }

  /**
   * The security protocol `listener.security.protocol.map` gives a listener name, also one this node does not
   * listen on (a broker-only node's view of the controllers' listener); null when the map does not name it.
   */
  securityProtocolOf(listenerName: string): string | null {
    for (const entry of this.protocolMap().split(',')) {
      const [name, protocol] = entry.split(':').map((part) => part.trim());
      if (name?.toUpperCase() === listenerName.toUpperCase() && protocol) return protocol.toUpperCase();
    }
    return null;
  }

  /**
   * listener.security.protocol.map as Kafka's effectiveListenerSecurityProtocolMap: when it is not set and no
   * listener (nor controller listener) is SSL or SASL_*, every controller.listener.names entry maps to PLAINTEXT,
   * so `listeners=PLAINTEXT://:9092,CONTROLLER://:9093` works without spelling the map out.
   */
  private protocolMap(): string {
    const map = this.raw('listener.security.protocol.map')!;
    if (this.isSet('listener.security.protocol.map')) return map;
    const controllers = (this.raw('controller.listener.names') ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '');
    if (controllers.length === 0) return map;
    const secure = (name: string) => /^(SSL|SASL_PLAINTEXT|SASL_SSL)$/i.test(name);
    const listenerNames = this.raw('listeners')!
      .split(',')
      .map((l) => l.trim().split('://')[0]!);
    if (controllers.some(secure) || listenerNames.some(secure)) return map;
    const mapped = new Set(map.split(',').map((e) => e.split(':')[0]!.trim().toUpperCase()));
    const extra = controllers.filter((n) => !mapped.has(n.toUpperCase())).map((n) => `${n}:PLAINTEXT`);
    return [map, ...extra].join(',');
  }

  /** Advertised listeners, one per listener name (falling back to the listener itself). */
  get advertisedListeners(): ListenerSpec[] {
    const advertised = this.raw('advertised.listeners');
    if (advertised === null) return this.listeners;
    const parsed = parseListeners(advertised, 'advertised.listeners', this.protocolMap());
    const listeners = this.listeners;
    for (const a of parsed) {
      if (!listeners.some((l) => l.name === a.name)) {
        throw new ConfigError(
          `Invalid value ${advertised} for configuration advertised.listeners: listener ${a.name} is not in listeners`,
        );
      }
    }
    return listeners.map((l) => parsed.find((a) => a.name === l.name) ?? l);
  }

  get logDirs(): string[] {
    const dirs = this.raw('log.dirs') ?? this.raw('log.dir') ?? '';
    return dirs
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }
}

/** The values of keys this build knows, normalized; a value it cannot read (written by a newer node) is left out. */
function knownValues(values: ReadonlyMap<string, string>): Map<string, string> {
  const known = new Map<string, string>();
  for (const [name, value] of values) {
    const def = brokerConfigDefinition(name);
    if (!def) continue;
    try {
      known.set(name, normalizeValue(def, value));
    } catch {
      // this node keeps the level below
    }
  }
  return known;
}
