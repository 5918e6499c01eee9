import {
  type ListConfigResourcesRequest,
  type ListConfigResourcesResponse,
  ListConfigResourcesResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { AclOperation } from '../security/acl';
import { ResourceType } from './describe-configs';
import type { ApiHandler, HandlerContext } from './types';

/** v0 (ListClientMetricsResources, KIP-714) lists client metrics resources only; v1 (KIP-1142) every type below. */
function supportedTypes(version: number): ReadonlySet<number> {
  if (version === 0) return new Set([ResourceType.ClientMetrics]);
  return new Set([
    ResourceType.Topic,
    ResourceType.Broker,
    ResourceType.BrokerLogger,
    ResourceType.ClientMetrics,
    ResourceType.Group,
  ]);
}

/** The ids of the live brokers that have the listener the request came in on (Kafka's getBrokerNodes). */
function brokerIds(ctx: HandlerContext): number[] {
  const { broker } = ctx;
  if (broker.kraft?.publisher) return broker.kraft.brokers(ctx.connection.listenerName, false).map((b) => b.nodeId);
  return broker.advertisedEndpoint(ctx.connection.listenerName) ? [broker.nodeId] : [];
}

/** Every topic this broker knows, internal ones included (Kafka's MetadataCache.getAllTopics). */
function topicNames(ctx: HandlerContext): string[] {
  return ctx.broker.topics.all().map((t) => t.name);
}

/**
 * ListConfigResources (74), v0-1: the config resources `kafka-configs --describe --entity-type groups` (and
 * `client-metrics`) lists when no name is given, as Kafka 4.4's KafkaApis.handleListConfigResources answers: the
 * types asked (none: every type the version supports; one it does not: UNSUPPORTED_VERSION), groups that have
 * configs of their own, client metrics subscriptions, the live brokers on the request's listener as broker loggers
 * and as brokers, and every topic, in that order (each type's names sorted; Kafka's come from hash sets). Needs
 * DESCRIBE_CONFIGS on the cluster.
 */
export const listConfigResourcesHandler: ApiHandler<ListConfigResourcesRequest, ListConfigResourcesResponse> = {
  apiKey: 74,
  minVersion: 0,
  maxVersion: 1,
  clusterOperation: AclOperation.DESCRIBE_CONFIGS,
  handle(request, ctx) {
    const response = ListConfigResourcesResponseCodec.defaults();
    const supported = supportedTypes(ctx.version);
    const asked = request.resourceTypes.length > 0 ? new Set(request.resourceTypes) : supported;
    if ([...asked].some((type) => !supported.has(type))) {
      response.errorCode = ErrorCode.UnsupportedVersion;
      return response;
    }
    const add = (resourceType: number, names: Iterable<string>) => {
      for (const resourceName of [...names].sort()) response.configResources.push({ resourceName, resourceType });
    };
    if (asked.has(ResourceType.Group)) add(ResourceType.Group, ctx.broker.namesWithConfigs(ResourceType.Group));
    if (asked.has(ResourceType.ClientMetrics)) {
      add(ResourceType.ClientMetrics, ctx.broker.namesWithConfigs(ResourceType.ClientMetrics));
    }
    const brokers = brokerIds(ctx).map(String);
    if (asked.has(ResourceType.BrokerLogger)) add(ResourceType.BrokerLogger, brokers);
    if (asked.has(ResourceType.Broker)) add(ResourceType.Broker, brokers);
    if (asked.has(ResourceType.Topic)) add(ResourceType.Topic, topicNames(ctx));
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = ListConfigResourcesResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
