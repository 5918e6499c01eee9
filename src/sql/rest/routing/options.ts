/**
 * How a pull query is routed, from the request as ksqlDB reads it (PullQueryConfigRoutingOptions): the
 * request properties a forwarding server adds (KsqlRequestConfig: `request.ksql.*`, sent in the body's
 * `requestProperties`) and the session's `ksql.query.pull.enable.standby.reads`.
 */
import { configFlag } from '../../engine/pull-where';

/** KsqlRequestConfig's request properties. */
export const REQUEST = {
  /** The request comes from another server of the service. */
  INTERNAL: 'request.ksql.internal.request',
  /** Answer from this server only; a forwarded request is never forwarded again. */
  SKIP_FORWARDING: 'request.ksql.query.pull.skip.forwarding',
  /** The partitions (tasks) to read, comma separated. */
  PARTITIONS: 'request.ksql.query.pull.partition',
} as const;

export const ENABLE_STANDBY_READS = 'ksql.query.pull.enable.standby.reads';
/** How long a forwarded request may take (ksqlDB's default, 20 s). */
export const FORWARDING_TIMEOUT = 'ksql.query.pull.forwarding.timeout.ms';

export interface RoutingOptions {
  skipForwarding: boolean;
  /** Only these partitions (a forwarded request); undefined: every partition the query needs. */
  partitions?: number[];
  standbyReads: boolean;
  forwardingTimeoutMs: number;
}

export function routingOptions(
  requestProperties: Record<string, unknown>,
  config: Record<string, unknown>,
): RoutingOptions {
  const partitions = String(requestProperties[REQUEST.PARTITIONS] ?? '').trim();
  return {
    skipForwarding: configFlag(requestProperties, REQUEST.SKIP_FORWARDING, false),
    partitions: partitions ? partitions.split(',').map((p) => Number(p.trim())) : undefined,
    standbyReads: configFlag(config, ENABLE_STANDBY_READS, false),
    forwardingTimeoutMs: Number(config[FORWARDING_TIMEOUT] ?? 20_000),
  };
}
