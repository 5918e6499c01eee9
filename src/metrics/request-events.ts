/**
 * `diagnostics_channel` events for Kafka requests, for APMs and tests that want every request without a log
 * line: subscribe with `diagnostics_channel.subscribe('brook:request:start', fn)` (and `:end`). Publishing costs
 * a `hasSubscribers` check when nobody listens.
 *
 * - `brook:request:start` {@link RequestStartEvent}: a request decoded and about to be handled;
 * - `brook:request:end` {@link RequestEndEvent}: its response encoded (or the connection closed instead), with
 *   the time it took.
 * - `brook:sql:request` {@link SqlRequestEvent}: a request to the SQL processor's REST API (src/sql/rest).
 */
import { channel } from 'node:diagnostics_channel';

export const REQUEST_START_CHANNEL = 'brook:request:start';
export const REQUEST_END_CHANNEL = 'brook:request:end';
export const SQL_REQUEST_CHANNEL = 'brook:sql:request';

export interface RequestStartEvent {
  apiKey: number;
  /** Kafka's name of the API (Produce, Fetch, ...). */
  api: string;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  /** The connection's id within this broker. */
  connectionId: string;
}

export interface RequestEndEvent extends RequestStartEvent {
  durationMs: number;
  /** Whether the request was answered with a response (false: no answer, e.g. acks=0, or the connection closed). */
  responded: boolean;
}

export interface SqlRequestEvent {
  /** `POST /ksql`, `POST /query`, `POST /query-stream`, ... */
  endpoint: string;
}

export const requestStart = channel(REQUEST_START_CHANNEL);
export const requestEnd = channel(REQUEST_END_CHANNEL);
export const sqlRequest = channel(SQL_REQUEST_CHANNEL);
