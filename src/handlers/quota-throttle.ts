import { AclOperation } from '../security/acl';
import type { FetchRequest } from '../../protocol/generated';
import type { AnyBody, ApiHandler, HandlerContext } from './types';

/**
 * Where handlers meet the client quotas (src/quotas): who the client is for a quota (the principal's name, Kafka's
 * KafkaPrincipal.getName, and the request's client id), and the throttling Kafka's KafkaApis does: the throttle time
 * goes in the response's throttle_time_ms and the connection is muted for it (KIP-219; a client ignoring it is slowed
 * all the same).
 */
export function quotaClient(ctx: HandlerContext): { user: string; clientId: string } {
  const principal = ctx.connection.principal;
  return { user: principal.slice(principal.indexOf(':') + 1), clientId: ctx.header.clientId ?? '' };
}

/** Produce: the request's size against producer_byte_rate (recorded after the append, as Kafka does). */
export function produceThrottleMs(ctx: HandlerContext): number {
  const quotas = ctx.broker.clientQuotas.produce;
  if (!quotas.enabled) return 0;
  const { user, clientId } = quotaClient(ctx);
  const ms = quotas.recordAndGetThrottleTimeMs(user, clientId, ctx.requestBytes, ctx.broker.now());
  ctx.connection.throttle(ms);
  return ms;
}

// SASL exchanges are answered before a client is anyone; cluster actions come from brokers and controllers.
const EXEMPT_APIS = new Set([17, 36]);

/**
 * request_percentage (Kafka's ClientRequestQuotaManager): the time a request held the broker's event loop (the
 * handler's synchronous part and the response encoding: Brook's equivalent of request handler thread time; waiting
 * in a purgatory is not counted, as in Kafka) in percent of one second, recorded for every API but the exempt ones;
 * the throttle (at most one quota window) is raised into the response's throttle_time_ms and mutes the connection.
 */
export function requestThrottleMs(ctx: HandlerContext, handler: ApiHandler, body: AnyBody, busyMs: number): number {
  const quotas = ctx.broker.clientQuotas.request;
  if (!quotas.enabled || EXEMPT_APIS.has(handler.apiKey) || handler.clusterOperation === AclOperation.CLUSTER_ACTION) {
    return 0;
  }
  if (handler.apiKey === 1 && isFollowerFetch(body, ctx.version)) return 0;
  const { user, clientId } = quotaClient(ctx);
  const ms = quotas.recordAndGetThrottleTimeMs(user, clientId, busyMs / 10, ctx.broker.now());
  ctx.connection.throttle(ms);
  return ms;
}

/** A Fetch from a follower replica: replication traffic, never a client's quota (Kafka's replica quotas are apart). */
export function isFollowerFetch(request: FetchRequest, version: number): boolean {
  return (version >= 15 ? (request.replicaState?.replicaId ?? -1) : request.replicaId) >= 0;
}
