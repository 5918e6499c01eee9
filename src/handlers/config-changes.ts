import { ConfigResourceType, type NamedConfigResource } from '../../replication/metadata/image';
import { controllerListenerNames } from '../cluster/quorum-config';
import {
  brokerConfigDefinition,
  ConfigError,
  GROUP_CONFIG_BY_NAME,
  groupConfigValue,
  normalizeValue,
  RECONFIGURABLE_SSL_KEYS,
  THREAD_POOL_KEYS,
  TOPIC_CONFIG_BY_NAME,
  unknownGroupConfig,
  unprefixedKey,
  validateClientMetricsConfigs,
  validateGroupConfigs,
} from '../config';
import { METADATA_PROPAGATION_MS } from '../topics/topic-service';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import { ResourceType } from './describe-configs';
import type { HandlerContext } from './types';
import type { TlsReload } from '../security/tls-reload';
import { AclOperation, CLUSTER_NAME, ResourceType as AclResource } from '../security/acl';
import { authorize } from './auth';

/**
 * KafkaApis' check for Describe/AlterConfigs on one config resource: DESCRIBE_CONFIGS / ALTER_CONFIGS on the
 * topic (else TOPIC_AUTHORIZATION_FAILED), on the group (else GROUP_AUTHORIZATION_FAILED) or, for the broker and
 * its loggers, on the cluster (else CLUSTER_AUTHORIZATION_FAILED). The refusal, or null when permitted.
 */
export function configRefusal(
  ctx: HandlerContext,
  operation: typeof AclOperation.DESCRIBE_CONFIGS | typeof AclOperation.ALTER_CONFIGS,
  resourceType: number,
  resourceName: string,
): ResourceOutcome | null {
  if (resourceType === ResourceType.Topic) {
    if (authorize(ctx, operation, AclResource.TOPIC, resourceName)) return null;
    return { errorCode: ErrorCode.TopicAuthorizationFailed, errorMessage: 'Topic authorization failed.' };
  }
  if (resourceType === ResourceType.Group) {
    if (authorize(ctx, operation, AclResource.GROUP, resourceName)) return null;
    return { errorCode: ErrorCode.GroupAuthorizationFailed, errorMessage: 'Group authorization failed.' };
  }
  if (authorize(ctx, operation, AclResource.CLUSTER, CLUSTER_NAME)) return null;
  return { errorCode: ErrorCode.ClusterAuthorizationFailed, errorMessage: 'Cluster authorization failed.' };
}

/**
 * Kafka's ConfigAdminManager.preprocess refusal of a resource (type and name) a request names more than once: every
 * entry of it is refused, before anything else is checked; or null when `resource` is named once.
 */
export function repeatedResourceRefusal(
  resources: readonly { resourceType: number; resourceName: string }[],
  resource: { resourceType: number; resourceName: string },
): ResourceOutcome | null {
  const named = resources.filter(
    (r) => r.resourceType === resource.resourceType && r.resourceName === resource.resourceName,
  ).length;
  return named > 1
    ? { errorCode: ErrorCode.InvalidRequest, errorMessage: 'Each resource must appear at most once.' }
    : null;
}

/** Kafka's IncrementalAlterConfigs operations. */
export enum ConfigOperation {
  Set = 0,
  Delete = 1,
  Append = 2,
  Subtract = 3,
}

export interface ConfigChange {
  name: string;
  operation: ConfigOperation;
  value: string | null;
}

export interface ResourceOutcome {
  errorCode: number;
  errorMessage: string | null;
}

/**
 * Applies config changes to one resource: topics (their overrides, persisted), this broker (dynamic broker
 * configs, only for keys Kafka can change at run time), a consumer group (its own configs) or a client metrics
 * subscription. `replace` is AlterConfigs' semantics: the given set becomes the whole set of overrides; otherwise
 * IncrementalAlterConfigs' per-key operations.
 */
export async function alterResource(
  resourceType: number,
  resourceName: string,
  changes: ConfigChange[],
  replace: boolean,
  validateOnly: boolean,
  ctx: HandlerContext,
): Promise<ResourceOutcome> {
  const { broker } = ctx;
  const refused = configRefusal(ctx, AclOperation.ALTER_CONFIGS, resourceType, resourceName);
  if (refused) return refused;
  try {
    if (resourceType === ResourceType.Topic && broker.kraft?.controllerOnly) {
      // A controller-only node (a broker forwarded the request, or an Admin bootstrapped on the controllers):
      // no topics of its own, the committed metadata says what is there.
      const current = Object.fromEntries(broker.kraft.controllerImage()?.topicConfig(resourceName) ?? []);
      const next = nextTopicConfigs(current, changes, replace, (name) => TOPIC_CONFIG_BY_NAME.get(name)?.default ?? '');
      const normalized = broker.topics.normalizeConfigs(next);
      if (validateOnly) return { errorCode: ErrorCode.None, errorMessage: null };
      return broker.kraft.alterConfigs(ConfigResourceType.Topic, resourceName, normalized);
    }
    if (resourceType === ResourceType.Topic) {
      const topic = broker.topics.get(resourceName);
      if (!topic)
        throw new KafkaError(ErrorCode.UnknownTopicOrPartition, `The topic '${resourceName}' does not exist.`);
      const next = nextTopicConfigs(
        topic.configs,
        changes,
        replace,
        (name) => broker.topics.configsOf(topic)[name] ?? '',
      );
      await broker.topics.setConfigs(resourceName, next, validateOnly);
      return { errorCode: ErrorCode.None, errorMessage: null };
    }
    if (resourceType === ResourceType.Broker && broker.kraft) {
      return await alterBrokerConfigsInLog(resourceName, changes, replace, validateOnly, ctx, broker.kraft);
    }
    if (resourceType === ResourceType.Broker) {
      // A single node keeps its dynamic values beside its logs (DYNAMIC_CONFIGS_FILE).
      checkOwnBrokerId(resourceName, broker.nodeId);
      const current = Object.fromEntries(broker.config.dynamicEntries());
      const next = nextBrokerConfigs(resourceName, current, changes, replace, (name) => broker.config.raw(name) ?? '');
      const reloads = checkBrokerValues(next, ctx, true);
      if (!validateOnly) {
        for (const name of Object.keys(current)) if (!(name in next)) broker.config.setDynamic(name, null);
        for (const [name, value] of Object.entries(next)) broker.config.setDynamic(name, value);
        broker.persistDynamicConfigs();
        broker.topics.refreshConfigs();
        broker.applyTlsReloads(reloads);
      }
      return { errorCode: ErrorCode.None, errorMessage: null };
    }
    if (resourceType === ResourceType.Group || resourceType === ResourceType.ClientMetrics) {
      return await alterNamedConfigs(
        resourceType as NamedConfigResource,
        resourceName,
        changes,
        replace,
        validateOnly,
        ctx,
      );
    }
    if (resourceType === ResourceType.BrokerLogger) {
      return {
        errorCode: ErrorCode.InvalidRequest,
        errorMessage: 'Broker logger levels cannot be changed through Brook yet',
      };
    }
    throw new KafkaError(ErrorCode.InvalidRequest, `Unsupported resource type ${resourceType}`);
  } catch (error) {
    const errorCode = error instanceof ConfigError ? ErrorCode.InvalidConfig : errorCodeOf(error);
    return { errorCode, errorMessage: (error as Error).message };
  }
}

/**
 * A named config resource's configs, checked as Kafka's ControllerConfigurationValidator checks them; the resource
 * need not exist: a consumer group's own configs (KIP-848's per-group session timeout and heartbeat interval,
 * checked as GroupConfig, read by heartbeats as they come) or a client metrics subscription (KIP-714, checked as
 * ClientMetricsConfigs). A KRaft cluster commits them to its metadata log (ConfigRecords of the resource, answered
 * once this node has them); a single node keeps them in its data dir.
 */
async function alterNamedConfigs(
  resourceType: NamedConfigResource,
  name: string,
  changes: readonly ConfigChange[],
  replace: boolean,
  validateOnly: boolean,
  ctx: HandlerContext,
): Promise<ResourceOutcome> {
  const { broker } = ctx;
  const current = Object.fromEntries(broker.namedConfigs(resourceType, name));
  let checked: Record<string, string>;
  if (resourceType === ConfigResourceType.Group) {
    if (name === '') throw new KafkaError(ErrorCode.InvalidRequest, 'Default group resources are not allowed.');
    const next = nextConfigs(
      current,
      changes,
      replace,
      (key) => groupConfigValue(new Map(), key, broker.config),
      (key) => {
        const def = GROUP_CONFIG_BY_NAME.get(key);
        if (!def) throw unknownGroupConfig(key);
        return def.type === 'list';
      },
    );
    checked = validateGroupConfigs(next, broker.config);
  } else {
    const next = nextConfigs(
      current,
      changes,
      replace,
      () => '',
      // Kafka's controller knows no client metrics key as a LIST (its KafkaConfigSchema has none of them), so it
      // refuses APPEND and SUBTRACT on every one.
      () => false,
    );
    checked = validateClientMetricsConfigs(name, next);
  }
  if (validateOnly) return { errorCode: ErrorCode.None, errorMessage: null };
  const { kraft } = broker;
  if (!kraft) {
    broker.replaceNamedConfigs(resourceType, name, checked);
    return { errorCode: ErrorCode.None, errorMessage: null };
  }
  const answer = await kraft.alterConfigs(resourceType, name, checked);
  if (answer.errorCode !== ErrorCode.None || kraft.controllerOnly) return answer;
  const applied = () => {
    const inImage = kraft.metadata?.namedConfig(resourceType, name) ?? new Map<string, string>();
    const wanted = Object.entries(checked);
    return inImage.size === wanted.length && wanted.every(([n, v]) => inImage.get(n) === v);
  };
  await kraft.waitFor(
    applied,
    METADATA_PROPAGATION_MS,
    `the configs of ${resourceType === ConfigResourceType.Group ? 'group' : 'client metrics subscription'} '${name}' in this node's metadata`,
  );
  return answer;
}

/**
 * A broker listener takes changes for this broker or the cluster's defaults only (Kafka's ConfigAdminManager; an
 * Admin client sends a broker's resource to that broker).
 */
function checkOwnBrokerId(resourceName: string, nodeId: number): void {
  if (resourceName !== '' && resourceName !== String(nodeId)) {
    throw new KafkaError(
      ErrorCode.InvalidRequest,
      `Unexpected broker id, expected ${nodeId}, but received ${resourceName}`,
    );
  }
}

/**
 * Dynamic broker configs in a KRaft cluster, kept where Kafka keeps them: ConfigRecords in the metadata log, of the
 * BROKER resource named by a broker's id (its own values) or '' (the cluster's defaults, `--entity-default`, below
 * every broker's own). Checked here, committed by the active controller, answered once this node's metadata has
 * them; every broker applies its own and the defaults from its image (KRaftNode.changed), restarts included. A
 * controller reached on its controller listener (`kafka-configs --bootstrap-controller`, or a broker forwarding)
 * takes any broker's, as Kafka's ControllerApis does.
 */
async function alterBrokerConfigsInLog(
  resourceName: string,
  changes: readonly ConfigChange[],
  replace: boolean,
  validateOnly: boolean,
  ctx: HandlerContext,
  kraft: NonNullable<HandlerContext['broker']['kraft']>,
): Promise<ResourceOutcome> {
  const { broker } = ctx;
  const onController =
    kraft.controllerOnly || controllerListenerNames(broker.config).includes(ctx.connection.listenerName);
  if (!onController) checkOwnBrokerId(resourceName, broker.nodeId);
  if (resourceName !== '' && !/^\d+$/.test(resourceName)) {
    // Kafka's ControllerConfigurationValidator
    throw new KafkaError(ErrorCode.InvalidRequest, 'Unable to parse broker name as a base 10 number.');
  }
  const current = Object.fromEntries(kraft.metadata?.brokerConfig(resourceName) ?? []);
  const next = nextBrokerConfigs(resourceName, current, changes, replace, (name) => broker.config.raw(name) ?? '');
  // This broker's own values are checked in full here, before the change is committed (thread pools, listeners'
  // keystores); another broker's, or the cluster's defaults, by type (their broker checks the rest when its
  // metadata has them).
  checkBrokerValues(next, ctx, resourceName === String(broker.nodeId));
  if (validateOnly) return { errorCode: ErrorCode.None, errorMessage: null };
  const answer = await kraft.alterConfigs(ConfigResourceType.Broker, resourceName, next);
  if (answer.errorCode !== ErrorCode.None || kraft.controllerOnly) return answer;
  const applied = () => {
    const inImage = kraft.metadata?.brokerConfig(resourceName) ?? new Map<string, string>();
    return inImage.size === Object.keys(next).length && Object.entries(next).every(([n, v]) => inImage.get(n) === v);
  };
  await kraft.waitFor(
    applied,
    METADATA_PROPAGATION_MS,
    `the broker configs of '${resourceName}' in this node's metadata`,
  );
  return answer;
}

/** Kafka's wrapping of a dynamic broker config its reconfigurable parts refuse (DynamicBrokerConfig.validate). */
function invalidDynamicConfiguration(reason: string): KafkaError {
  return new KafkaError(
    ErrorCode.InvalidRequest,
    `Invalid value org.apache.kafka.common.config.ConfigException: ${reason} for configuration Invalid dynamic configuration`,
  );
}

/**
 * Dynamic broker values checked as Kafka's DynamicBrokerConfig.validate checks them, each refusal INVALID_REQUEST in
 * Kafka's words: every value of its type (normalised in place; a key this build does not know, written by a newer
 * node, stays as given), and for this broker's own values (`own`) a thread pool resized by at most double or half
 * (DynamicThreadPool) and its listeners' new keystores and truststores usable. The listener reloads to apply once
 * the values are in force.
 */
function checkBrokerValues(next: Record<string, string>, ctx: HandlerContext, own: boolean): TlsReload[] {
  const { config } = ctx.broker;
  for (const [name, value] of Object.entries(next)) {
    const def = brokerConfigDefinition(name);
    try {
      if (def) next[name] = normalizeValue(def, value);
    } catch (error) {
      if (error instanceof ConfigError) throw new KafkaError(ErrorCode.InvalidRequest, error.message);
      throw error;
    }
  }
  if (!own) return [];
  for (const key of THREAD_POOL_KEYS) {
    if (next[key] === undefined || next[key] === config.raw(key)) continue;
    const [size, current] = [Number(next[key]), config.number(key)];
    const failed = `Dynamic thread count update validation failed for ${key}=${size}`;
    if (size < Math.floor(current / 2)) {
      throw invalidDynamicConfiguration(`${failed}, value should be at least half the current value ${current}`);
    }
    if (size > current * 2) {
      throw invalidDynamicConfiguration(
        `${failed}, value should not be greater than double the current value ${current}`,
      );
    }
  }
  try {
    return config.withDynamicValues(new Map(Object.entries(next)), () => ctx.broker.pendingTlsReloads());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Kafka's SslFactory.validateReconfiguration words around Brook's reason (this path has no Kafka on the wire
    // to compare with: the comparison's broker has no TLS listener).
    throw invalidDynamicConfiguration(
      `Validation of dynamic config update of SSLFactory failed: org.apache.kafka.common.config.ConfigException: ${error.message}`,
    );
  }
}

/**
 * The overrides after the changes: from none (AlterConfigs replaces) or from `current`; an APPEND or SUBTRACT on a
 * key without an override starts from `inForce(name)`, the value in force now. `isList` checks each key (throwing
 * Kafka's error for one the resource does not take) and says whether APPEND and SUBTRACT apply to it.
 */
function nextConfigs(
  current: Readonly<Record<string, string>>,
  changes: readonly ConfigChange[],
  replace: boolean,
  inForce: (name: string) => string,
  isList: (name: string) => boolean,
): Record<string, string> {
  const next: Record<string, string> = replace ? {} : { ...current };
  for (const change of changes) {
    applyChange(next, change, isList(change.name), () => current[change.name] ?? inForce(change.name));
  }
  return next;
}

/** A topic's overrides after the changes. */
function nextTopicConfigs(
  current: Readonly<Record<string, string>>,
  changes: readonly ConfigChange[],
  replace: boolean,
  inForce: (name: string) => string,
): Record<string, string> {
  return nextConfigs(current, changes, replace, inForce, (name) => {
    const def = TOPIC_CONFIG_BY_NAME.get(name);
    if (!def) throw new KafkaError(ErrorCode.InvalidConfig, `Unknown topic config name: ${name}`);
    return def.type === 'list';
  });
}

/**
 * Dynamic broker values after the changes (a broker's own, or with `resourceName` '' the cluster's defaults), with
 * the refusals of Kafka's DynamicBrokerConfig.validateConfigs: only dynamic keys, a listener's keystore and
 * truststore only with the listener prefix and only for one broker.
 */
function nextBrokerConfigs(
  resourceName: string,
  current: Readonly<Record<string, string>>,
  changes: readonly ConfigChange[],
  replace: boolean,
  inForce: (name: string) => string,
): Record<string, string> {
  return nextConfigs(current, changes, replace, inForce, (name) => {
    const def = brokerConfigDefinition(name);
    if (!def) throw new KafkaError(ErrorCode.InvalidConfig, `Unknown broker config: ${name}`);
    if (RECONFIGURABLE_SSL_KEYS.has(name)) {
      throw new KafkaError(
        ErrorCode.InvalidRequest,
        `These security configs can be dynamically updated only per-listener using the listener prefix: [${name}]`,
      );
    }
    if (!def.dynamic)
      throw new KafkaError(ErrorCode.InvalidRequest, `Cannot update these configs dynamically: [${name}]`);
    if (resourceName === '' && unprefixedKey(name) !== null) {
      throw new KafkaError(
        ErrorCode.InvalidRequest,
        `Cannot update these configs at default cluster level, broker id must be specified: [${name}]`,
      );
    }
    return def.type === 'list';
  });
}

function applyChange(
  target: Record<string, string>,
  change: ConfigChange,
  isList: boolean,
  current: () => string,
): void {
  switch (change.operation) {
    case ConfigOperation.Set:
      if (change.value === null)
        throw new KafkaError(ErrorCode.InvalidConfig, `Null value not supported for: ${change.name}`);
      target[change.name] = change.value;
      return;
    case ConfigOperation.Delete:
      delete target[change.name];
      return;
    case ConfigOperation.Append:
    case ConfigOperation.Subtract: {
      if (!isList) {
        const operation = change.operation === ConfigOperation.Append ? 'APPEND' : 'SUBTRACT';
        throw new KafkaError(
          ErrorCode.InvalidConfig,
          `Can't ${operation} to key ${change.name} because its type is not LIST.`,
        );
      }
      const items = (target[change.name] ?? current())
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const given = (change.value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const result =
        change.operation === ConfigOperation.Append
          ? [...items, ...given.filter((g) => !items.includes(g))]
          : items.filter((i) => !given.includes(i));
      target[change.name] = result.join(',');
      return;
    }
    default:
      throw new KafkaError(ErrorCode.InvalidRequest, `Unknown config operation ${change.operation}`);
  }
}
