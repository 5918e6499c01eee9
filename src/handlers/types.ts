import type { Logger } from '../log';
import type { Connection } from '../server/connection';
import type { BrokerServices } from '../server/services';

/** The request header fields a handler may need. */
export interface RequestHeaderInfo {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
}

/** Everything a handler sees besides the request body. */
export interface HandlerContext {
  header: RequestHeaderInfo;
  /** Shorthand for header.apiVersion. */
  version: number;
  connection: Connection;
  /** The request's size in bytes (its frame without the size prefix): what producer_byte_rate counts. */
  requestBytes: number;
  broker: BrokerServices;
  log: Logger;
  /**
   * Run from an Envelope on the active controller (src/handlers/envelope.ts): `connection` is the client as the
   * forwarding broker saw it (principal, address), and that broker already made its own checks.
   */
  forwarded?: boolean;
}

/** A handler's answer when the request gets no response on the wire (Produce acks=0). */
export interface NoResponse {
  noResponse: true;
  /** Close the connection instead (Kafka does this when an acks=0 produce failed). */
  closeConnection?: string;
}

export function noResponse(closeConnection?: string): NoResponse {
  return closeConnection ? { noResponse: true, closeConnection } : { noResponse: true };
}

export function isNoResponse(value: unknown): value is NoResponse {
  return typeof value === 'object' && value !== null && (value as NoResponse).noResponse === true;
}

// biome-ignore lint/suspicious/noExplicitAny: handlers are typed by their module; the registry holds all kinds
export type AnyBody = any;

/**
 * One API key's module: its implemented version range and a function (request, context) -> response body.
 * `advertisedMinVersion` lets ApiVersions announce a lower minimum than is implemented, as Kafka 4.0 does for
 * Produce (KAFKA-18659, librdkafka < 2.11.1 turns compression off otherwise); requests below `minVersion`
 * are then treated like any unsupported version (the connection is closed).
 */
export interface ApiHandler<Req = AnyBody, Res = AnyBody> {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
  advertisedMinVersion?: number;
  /**
   * The operation on the cluster resource the whole API needs (KafkaApis' authorizeClusterOperation), checked by
   * the dispatcher when an authorizer is configured: refused -> the error response with CLUSTER_AUTHORIZATION_FAILED.
   */
  clusterOperation?: number;
  handle(request: Req, ctx: HandlerContext): Promise<Res | NoResponse> | Res | NoResponse;
  /**
   * The response rejecting the whole request with `errorCode` (top level and every partition), as Kafka's
   * AbstractRequest.getErrorResponse. Used by fault injection and when a handler throws.
   */
  errorResponse?(request: Req, errorCode: number, ctx: HandlerContext): Res;
}
