import { AclOperation } from '../security/acl';
import { configRefusal } from './config-changes';
import {
  type DescribeConfigsRequest,
  type DescribeConfigsResponse,
  DescribeConfigsResponseCodec,
} from '../../protocol/generated';
import {
  BROKER_CONFIGS,
  CLIENT_METRICS_CONFIGS,
  type BrokerConfig,
  brokerConfigDefinition,
  CONFIG_TYPE_CODES,
  type ConfigDefinition,
  ConfigSource,
  GROUP_CONFIGS,
  type GroupConfigDefinition,
  TOPIC_CONFIGS,
  type TopicConfigDefinition,
  unprefixedKey,
} from '../config';
import { ErrorCode } from '../errors';
import type { ApiHandler, HandlerContext } from './types';

type Result = DescribeConfigsResponse['results'][number];
type Entry = Result['configs'][number];

/** Kafka's ConfigResource types. */
export enum ResourceType {
  Topic = 2,
  Broker = 4,
  BrokerLogger = 8,
  ClientMetrics = 16,
  Group = 32,
}

/**
 * One topic config as DescribeConfigs shows it: the topic override (DYNAMIC_TOPIC_CONFIG), else the broker
 * value it falls back to (DYNAMIC_BROKER_CONFIG, then the cluster-wide one of a KRaft metadata log,
 * DYNAMIC_DEFAULT_BROKER_CONFIG, then STATIC_BROKER_CONFIG), else Kafka's default (DEFAULT_CONFIG, isDefault).
 * Synonyms list every level that has a value, most specific first (the controller records min.insync.replicas at
 * the cluster level, KIP-966).
 */
export function describeTopicConfig(
  def: TopicConfigDefinition,
  overrides: Record<string, string>,
  config: BrokerConfig,
  includeSynonyms: boolean,
): Entry {
  const override = overrides[def.name];
  const fallback = clusterFallback(def, config) ?? config.topicDefault(def);
  const value = override ?? fallback.value;
  const configSource = override !== undefined ? ConfigSource.DynamicTopicConfig : fallback.source;
  const synonyms: Entry['synonyms'] = [];
  if (includeSynonyms) {
    if (override !== undefined)
      synonyms.push({ name: def.name, value: override, source: ConfigSource.DynamicTopicConfig });
    synonyms.push(
      ...brokerSynonyms(
        def.synonyms.map((s) => s.name),
        config,
      ),
    );
  }
  return {
    name: def.name,
    value,
    readOnly: false,
    isDefault: configSource === ConfigSource.DefaultConfig,
    configSource,
    isSensitive: false,
    synonyms,
    configType: CONFIG_TYPE_CODES[def.type],
    documentation: null,
  };
}

/**
 * The broker keys behind a topic or group key (`names`, most specific first), as Kafka's
 * ConfigHelper.configSynonyms lists them: every synonym holding a value, grouped by source (dynamic broker,
 * static broker, then the shipped default), each group in synonym order, and only from the primary key on
 * (Kafka's `dropWhile(_.name != name)`): when the primary key has no value of its own (log.retention.ms,
 * log.roll.ms default to nothing; the hours keys apply), none are listed. A topic key without a broker synonym
 * (remote.storage.enable) has none.
 */
function brokerSynonyms(names: readonly string[], config: BrokerConfig): Entry['synonyms'] {
  const found: Entry['synonyms'] = [];
  const sourced = (source: ConfigSource) => {
    for (const name of names) {
      const value = config.valueAt(name, source);
      if (value !== undefined) found.push({ name, value, source });
    }
  };
  sourced(ConfigSource.DynamicBrokerConfig);
  sourced(ConfigSource.DynamicDefaultBrokerConfig);
  sourced(ConfigSource.StaticBrokerConfig);
  for (const name of names) {
    const shipped = BROKER_CONFIGS.find((b) => b.name === name)?.default ?? null;
    if (shipped !== null) found.push({ name, value: shipped, source: ConfigSource.DefaultConfig });
  }
  const from = found.findIndex((s) => s.name === names[0]);
  return from < 0 ? [] : found.slice(from);
}

/**
 * The cluster-level value a topic key falls back to, unless this broker has a dynamic value of its own: Kafka
 * lists the broker's synonyms by level, so a cluster value of any synonym comes before a static one.
 */
function clusterFallback(
  def: TopicConfigDefinition,
  config: BrokerConfig,
): { value: string; source: ConfigSource } | null {
  for (const synonym of def.synonyms) {
    if (config.valueAt(synonym.name, ConfigSource.DynamicBrokerConfig) !== undefined) return null;
  }
  for (const synonym of def.synonyms) {
    const value = config.valueAt(synonym.name, ConfigSource.DynamicDefaultBrokerConfig);
    if (value === undefined) continue;
    const topicValue = synonym.toTopicValue ? synonym.toTopicValue(value) : value;
    return { value: topicValue, source: ConfigSource.DynamicDefaultBrokerConfig };
  }
  return null;
}

/**
 * One group key as Kafka's ConfigHelper.createGroupConfigEntry shows it: the group's own value
 * (DYNAMIC_GROUP_CONFIG) ahead of its broker key's synonyms; the source is the first synonym's, the value the
 * group's own or the broker key's. Never read-only.
 */
function describeGroupConfig(
  def: GroupConfigDefinition,
  overrides: ReadonlyMap<string, string>,
  config: BrokerConfig,
  includeSynonyms: boolean,
): Entry {
  const own = overrides.get(def.name);
  // A key without a broker synonym (share.auto.offset.reset, share.isolation.level) has its own default as one.
  const synonyms =
    def.brokerSynonym !== undefined
      ? brokerSynonyms([def.brokerSynonym], config)
      : [{ name: def.name, value: def.default, source: ConfigSource.DefaultConfig }];
  if (own !== undefined) synonyms.unshift({ name: def.name, value: own, source: ConfigSource.DynamicGroupConfig });
  return {
    name: def.name,
    value: own ?? (def.brokerSynonym !== undefined ? config.raw(def.brokerSynonym) : def.default),
    readOnly: false,
    isDefault: false,
    configSource: synonyms[0]?.source ?? ConfigSource.DefaultConfig,
    isSensitive: false,
    synonyms: includeSynonyms ? synonyms : [],
    configType: CONFIG_TYPE_CODES[def.type],
    documentation: null,
  };
}

/** A client metrics subscription's value: its own (CLIENT_METRICS_CONFIG), else the default (DEFAULT_CONFIG). */
function describeClientMetricsConfig(
  def: ConfigDefinition,
  values: ReadonlyMap<string, string>,
  includeSynonyms: boolean,
): Entry {
  const own = values.get(def.name);
  const source = own === undefined ? ConfigSource.DefaultConfig : ConfigSource.ClientMetricsConfig;
  return {
    name: def.name,
    value: own ?? def.default,
    readOnly: false,
    isDefault: false,
    configSource: source,
    isSensitive: false,
    synonyms: includeSynonyms && own !== undefined ? [{ name: def.name, value: own, source }] : [],
    configType: CONFIG_TYPE_CODES[def.type],
    documentation: null,
  };
}

function describeBrokerConfig(def: ConfigDefinition, config: BrokerConfig, includeSynonyms: boolean): Entry {
  const source = config.source(def.name);
  const value = def.sensitive ? null : config.raw(def.name);
  const synonyms: Entry['synonyms'] = [];
  if (includeSynonyms) {
    if (source !== ConfigSource.DefaultConfig) synonyms.push({ name: def.name, value, source });
    if (def.default !== null)
      synonyms.push({ name: def.name, value: def.sensitive ? null : def.default, source: ConfigSource.DefaultConfig });
  }
  return {
    name: def.name,
    value,
    readOnly: !def.dynamic,
    isDefault: source === ConfigSource.DefaultConfig,
    configSource: source,
    isSensitive: def.sensitive === true,
    synonyms,
    configType: CONFIG_TYPE_CODES[def.type],
    documentation: null,
  };
}

/** isDefault exists in v0 only (later versions carry configSource instead). */
function forVersion(entry: Entry, version: number, documentation: string | null): Entry {
  return { ...entry, isDefault: version === 0 ? entry.isDefault : false, documentation };
}

function resultFor(
  resource: DescribeConfigsRequest['resources'][number],
  request: DescribeConfigsRequest,
  ctx: HandlerContext,
): Result {
  const { broker, version } = ctx;
  const includeSynonyms = version >= 1 && request.includeSynonyms;
  const base: Result = {
    errorCode: ErrorCode.None,
    // Kafka 4.4 answers an empty message, not null, for a described resource (and for an unknown topic).
    errorMessage: '',
    resourceType: resource.resourceType,
    resourceName: resource.resourceName,
    configs: [],
  };
  const wanted = (name: string) => resource.configurationKeys === null || resource.configurationKeys.includes(name);
  const docs = version >= 3 && request.includeDocumentation;
  const refused = configRefusal(ctx, AclOperation.DESCRIBE_CONFIGS, resource.resourceType, resource.resourceName);
  if (refused) return { ...base, ...refused };
  switch (resource.resourceType) {
    case ResourceType.Topic: {
      const topic = broker.topics.get(resource.resourceName);
      if (!topic) {
        return {
          ...base,
          errorCode: ErrorCode.UnknownTopicOrPartition,
          errorMessage: '',
        };
      }
      base.configs = TOPIC_CONFIGS.filter((d) => wanted(d.name)).map((d) =>
        forVersion(describeTopicConfig(d, topic.configs, broker.config, includeSynonyms), version, docs ? d.doc : null),
      );
      return base;
    }
    case ResourceType.Broker: {
      if (resource.resourceName === '') {
        // Cluster-wide dynamic defaults: a KRaft metadata log's (the controller records min.insync.replicas).
        base.configs = broker.config
          .clusterDefaultEntries()
          .filter(([name]) => wanted(name))
          .map(([name, value]) => forVersion(clusterEntry(name, value, includeSynonyms), version, null));
        return base;
      }
      if (resource.resourceName !== String(broker.nodeId)) {
        return {
          ...base,
          errorCode: ErrorCode.InvalidRequest,
          errorMessage: `Unexpected broker id, expected ${broker.nodeId} or empty string, but received ${resource.resourceName}`,
        };
      }
      // Every key, then the listeners' own dynamic keys (a reloaded keystore: listener.name.<l>.ssl.*).
      const listenerKeys = broker.config
        .dynamicEntries()
        .map(([name]) => name)
        .filter((name) => unprefixedKey(name) !== null)
        .flatMap((name) => brokerConfigDefinition(name) ?? []);
      base.configs = [...BROKER_CONFIGS, ...listenerKeys]
        .filter((d) => wanted(d.name))
        .map((d) => forVersion(describeBrokerConfig(d, broker.config, includeSynonyms), version, docs ? d.doc : null));
      return base;
    }
    case ResourceType.BrokerLogger:
      return base;
    case ResourceType.Group: {
      if (resource.resourceName === '') {
        return { ...base, errorCode: ErrorCode.InvalidRequest, errorMessage: 'Group name must not be empty' };
      }
      // A group need not exist to have configs (Kafka describes any name).
      const overrides = broker.namedConfigs(ResourceType.Group, resource.resourceName);
      base.configs = GROUP_CONFIGS.filter((d) => wanted(d.name)).map((d) =>
        forVersion(describeGroupConfig(d, overrides, broker.config, includeSynonyms), version, docs ? d.doc : null),
      );
      return base;
    }
    case ResourceType.ClientMetrics: {
      if (resource.resourceName === '') {
        return {
          ...base,
          errorCode: ErrorCode.InvalidRequest,
          errorMessage: 'Client metrics subscription name must not be empty',
        };
      }
      // Any name: one without a subscription shows the defaults (Kafka's ConfigHelper).
      const values = broker.namedConfigs(ResourceType.ClientMetrics, resource.resourceName);
      base.configs = CLIENT_METRICS_CONFIGS.filter((d) => wanted(d.name)).map((d) =>
        forVersion(describeClientMetricsConfig(d, values, includeSynonyms), version, docs ? d.doc : null),
      );
      return base;
    }
    default:
      return {
        ...base,
        errorCode: ErrorCode.InvalidRequest,
        // Kafka answers INVALID_REQUEST's own message here.
        errorMessage: INVALID_REQUEST_MESSAGE,
      };
  }
}

/** Kafka's message for INVALID_REQUEST (Errors.INVALID_REQUEST), which it answers an unknown resource type with. */
const INVALID_REQUEST_MESSAGE =
  'This most likely occurs because of a request being malformed by the client library or the message was sent to ' +
  'an incompatible broker. See the broker logs for more details.';

/**
 * DescribeConfigs (32), v0-4, for topics (every topic-level key with its value in force and source), the broker
 * (resource name = node id; "" = the cluster's dynamic defaults, a KRaft metadata log's), broker loggers (none),
 * client metrics subscriptions (their values over the defaults) and consumer groups (their own configs over the
 * broker's keys).
 */
export const describeConfigsHandler: ApiHandler<DescribeConfigsRequest, DescribeConfigsResponse> = {
  apiKey: 32,
  minVersion: 0,
  maxVersion: 4,
  handle(request, ctx) {
    const response = DescribeConfigsResponseCodec.defaults();
    response.results = request.resources.map((r) => resultFor(r, request, ctx));
    return response;
  },
  errorResponse(request, errorCode) {
    const response = DescribeConfigsResponseCodec.defaults();
    response.results = request.resources.map((r) => ({
      errorCode,
      errorMessage: null,
      resourceType: r.resourceType,
      resourceName: r.resourceName,
      configs: [],
    }));
    return response;
  },
};

function clusterEntry(name: string, value: string, includeSynonyms: boolean): Entry {
  const def = BROKER_CONFIGS.find((b) => b.name === name);
  const source = ConfigSource.DynamicDefaultBrokerConfig;
  return {
    name,
    value: def?.sensitive ? null : value,
    readOnly: false,
    isDefault: false,
    configSource: source,
    isSensitive: def?.sensitive === true,
    synonyms: includeSynonyms ? [{ name, value: def?.sensitive ? null : value, source }] : [],
    configType: def ? CONFIG_TYPE_CODES[def.type] : 0,
    documentation: null,
  };
}
