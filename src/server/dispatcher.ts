import { API_BY_KEY } from '../../protocol/generated';
import { isInterNodeClient } from '../cluster/inter-node';
import { listenerServes } from '../cluster/quorum-config';
import { decodeRequest, encodeResponseChunks, type RequestFrameHeader } from '../../protocol/frames';
import { Writer } from '../../protocol/primitives/writer';
import { ErrorCode, errorName, KafkaError } from '../errors';
import type { HandlerRegistry } from '../handlers/registry';
import {
  type AnyBody,
  type ApiHandler,
  type HandlerContext,
  isNoResponse,
  type RequestHeaderInfo,
} from '../handlers/types';
import type { Logger } from '../log';
import { clusterOperationPermitted } from '../handlers/auth';
import { requestThrottleMs } from '../handlers/quota-throttle';
import { type RequestStartEvent, requestEnd, requestStart } from '../metrics/request-events';
import type { SaslAuthenticator } from '../security/sasl-authenticator';
import type { Connection, FrameOutcome, FrameProcessor } from './connection';
import type { BrokerServices } from './services';

const API_VERSIONS_KEY = 18;

const LINK_CUT: FrameOutcome = {
  response: null,
  close: { reason: 'fault injection: this node is cut off from the other nodes', level: 'debug' },
};

/**
 * Turns request frames into handler calls and handler results into response frames.
 *
 * Kafka's rules (FACTS.md sections 1 and 5): an unknown API key, or a version outside the supported range of
 * any API but ApiVersions, closes the connection without a response; an ApiVersions request above the
 * supported range gets a v0-layout UNSUPPORTED_VERSION answer listing ApiVersions' own range (KIP-511); a
 * frame that does not parse closes that connection only, with one log line.
 */
export class RequestDispatcher implements FrameProcessor {
  /** Writes traced requests (src/metrics/request-trace.ts) at info level whatever the configured level. */
  private readonly traceLog: Logger;

  constructor(
    private readonly registry: HandlerRegistry,
    private readonly broker: BrokerServices,
    private readonly log: Logger,
  ) {
    this.traceLog = log.withMinimumLevel?.('info') ?? log;
  }

  process(frame: Buffer, connection: Connection): FrameOutcome | Promise<FrameOutcome> {
    const auth = connection.authenticator;
    if (auth?.expectsRawToken) return this.rawSaslToken(frame, connection, auth);
    if (frame.length < 8)
      return reject(`malformed request: ${frame.length}-byte frame is shorter than a request header`);
    const apiKey = frame.readInt16BE(0);
    const apiVersion = frame.readInt16BE(2);
    const correlationId = frame.readInt32BE(4);
    const handler = this.registry.get(apiKey);
    const api = API_BY_KEY[apiKey];
    if (!handler || !api) return reject(`unknown API key ${apiKey} (correlation id ${correlationId})`);
    if (this.broker.quorum && !listenerServes(this.broker.config, true, connection.listenerName, api.listeners)) {
      // Kafka closes a connection sending an API its listener does not serve (Produce to a controller).
      return reject(`API key ${apiKey} is not served on listener ${connection.listenerName}`);
    }
    let refusal: string | null = null;
    if (auth) {
      const gate = auth.gate(apiKey, api.name);
      if (!gate.pass && !gate.answerWithError) return { response: null, close: { reason: gate.reason, level: 'info' } };
      if (!gate.pass) refusal = gate.reason;
    }
    if (apiKey === API_VERSIONS_KEY && apiVersion > handler.maxVersion) {
      return { response: [apiVersionsFallback(correlationId, handler)] };
    }
    if (apiVersion < handler.minVersion || apiVersion > handler.maxVersion) {
      return reject(
        `unsupported version ${apiVersion} of API key ${apiKey} (supported ${handler.minVersion}-${handler.maxVersion})`,
      );
    }
    let decoded: { header: RequestFrameHeader; body: unknown; trailingBytes: number };
    try {
      decoded = decodeRequest(frame, { allowTrailingBytes: true });
    } catch (error) {
      return reject(`malformed request: ${(error as Error).message}`);
    }
    if (decoded.trailingBytes > 0) {
      this.log.debug('ignored trailing bytes after a request, as Kafka does', {
        api: api.name,
        version: apiVersion,
        trailingBytes: decoded.trailingBytes,
        connection: connection.id,
      });
    }
    const { clientId } = decoded.header;
    const body = decoded.body;
    const header: RequestHeaderInfo = { apiKey, apiVersion, correlationId, clientId };
    const ctx: HandlerContext = {
      header,
      version: apiVersion,
      connection,
      requestBytes: frame.length,
      broker: this.broker,
      log: this.log,
    };
    if (refusal !== null) {
      // Kafka answers a request other than SaslAuthenticate during the SASL exchange with its error
      // response (ILLEGAL_SASL_STATE), then closes.
      const outcome = this.encode(header, this.errorBody(handler, body, ErrorCode.IllegalSaslState, ctx));
      return this.afterFailedAuthentication({ ...outcome, close: { reason: refusal, level: 'info' } });
    }
    const outcome = this.measured(handler, body, ctx, api.name);
    return auth ? outcome.then((o) => this.afterSasl(o, connection, auth)) : outcome;
  }

  /**
   * Runs the handler and accounts for it: the request counter and latency histogram (src/metrics), the
   * diagnostics_channel events, and a `request` log line at debug level or while request tracing matches.
   */
  private async measured(handler: ApiHandler, body: AnyBody, ctx: HandlerContext, api: string): Promise<FrameOutcome> {
    const { header, connection } = ctx;
    const started = performance.now();
    let event: RequestStartEvent | null = null;
    if (requestStart.hasSubscribers || requestEnd.hasSubscribers) {
      event = {
        apiKey: header.apiKey,
        api,
        apiVersion: header.apiVersion,
        correlationId: header.correlationId,
        clientId: header.clientId,
        connectionId: connection.id,
      };
      requestStart.publish(event);
    }
    const outcome = await this.run(handler, body, ctx);
    const ms = performance.now() - started;
    this.broker.metrics.recordRequest(header.apiKey, ms);
    if (event) requestEnd.publish({ ...event, durationMs: ms, responded: outcome.response !== null });
    const trace = this.broker.requestTrace;
    const traced = trace.active && trace.matches(api, header.clientId);
    if (traced || this.log.isLevelEnabled?.('debug')) {
      const line = {
        api,
        version: header.apiVersion,
        correlationId: header.correlationId,
        clientId: header.clientId,
        connection: connection.id,
        ms: Math.round(ms * 1000) / 1000,
        responseBytes: outcome.response?.reduce((sum, chunk) => sum + chunk.length, 0) ?? 0,
      };
      if (traced) this.traceLog.info('request', line);
      else this.log.debug('request', line);
    }
    return outcome;
  }

  /** A raw SASL token after SaslHandshake v0: the answer as a size-prefixed token, or close on failure. */
  private rawSaslToken(
    frame: Buffer,
    connection: Connection,
    auth: SaslAuthenticator,
  ): FrameOutcome | Promise<FrameOutcome> {
    const answer = auth.rawToken(frame);
    if (answer === null) return this.afterSasl({ response: null }, connection, auth);
    const prefix = Buffer.alloc(4);
    prefix.writeInt32BE(answer.length);
    return this.afterSasl({ response: [prefix, answer] }, connection, auth);
  }

  /**
   * After a request on a SASL connection: close if authentication failed (after the delay), lift the SASL
   * frame limit once done.
   */
  private afterSasl(
    outcome: FrameOutcome,
    connection: Connection,
    auth: SaslAuthenticator,
  ): FrameOutcome | Promise<FrameOutcome> {
    const reason = auth.takeCloseReason();
    if (reason !== null) {
      this.broker.securityStats.saslAuthenticationFailures++;
      return this.afterFailedAuthentication({ ...outcome, close: { reason, level: 'warn' } });
    }
    if (auth.authenticated) connection.authenticationCompleted();
    return outcome;
  }

  /**
   * A failed authentication's answer and close, after connection.failed.authentication.delay.ms: Kafka's
   * Selector delays both (DelayedAuthenticationFailureClose), so a password guesser gets one try per delay
   * per connection.
   */
  private afterFailedAuthentication(failed: FrameOutcome): FrameOutcome | Promise<FrameOutcome> {
    const delayMs = this.broker.config.number('connection.failed.authentication.delay.ms');
    if (delayMs <= 0) return failed;
    return new Promise((resolve) => setTimeout(() => resolve(failed), delayMs).unref());
  }

  private async run(handler: ApiHandler, body: AnyBody, ctx: HandlerContext): Promise<FrameOutcome> {
    // The link fault (Faults.isolate): another node's request is refused, and one parked across the cut (a
    // follower's long poll, a Raft fetch) is not answered after it, as a cut network would not carry it.
    if (this.linkCut(ctx)) return LINK_CUT;
    const outcome = await this.runHandler(handler, body, ctx);
    return this.linkCut(ctx) ? LINK_CUT : outcome;
  }

  /** Whether this node is isolated (the link fault) and the request is another node's. */
  private linkCut(ctx: HandlerContext): boolean {
    return this.broker.faults.isolated && isInterNodeClient(ctx.header.clientId);
  }

  private async runHandler(handler: ApiHandler, body: AnyBody, ctx: HandlerContext): Promise<FrameOutcome> {
    const { header } = ctx;
    const faults = this.broker.faults;
    if (faults.active) {
      const action = await faults.decide({ ...header, body });
      if (action) {
        if ('close' in action) return { response: null, close: { reason: 'fault injection', level: 'info' } };
        if ('drop' in action) return new Promise<FrameOutcome>(() => {});
        if ('respond' in action) return this.encode(header, action.respond);
        if ('errorCode' in action) return this.encode(header, this.errorBody(handler, body, action.errorCode, ctx));
        if ('delayMs' in action) await new Promise((resolve) => setTimeout(resolve, action.delayMs));
      }
    }
    // An API needing one operation on the cluster (KafkaApis' authorizeClusterOperation).
    if (!clusterOperationPermitted(handler, ctx)) {
      return this.encode(header, this.errorBody(handler, body, ErrorCode.ClusterAuthorizationFailed, ctx));
    }
    let result: unknown;
    // The time the handler holds the event loop before it first waits, plus encoding: what request_percentage counts.
    let busyMs = 0;
    try {
      const started = performance.now();
      const pending = handler.handle(body, ctx);
      busyMs = performance.now() - started;
      result = await pending;
    } catch (error) {
      const code = error instanceof KafkaError ? error.code : ErrorCode.UnknownServerError;
      if (!(error instanceof KafkaError)) {
        this.log.error('request handler failed', {
          api: header.apiKey,
          version: header.apiVersion,
          error: (error as Error).stack ?? String(error),
        });
      }
      if (!handler.errorResponse) return reject(`request failed: ${errorName(code)}`);
      result = this.errorBody(handler, body, code, ctx);
    }
    if (isNoResponse(result)) {
      return result.closeConnection
        ? { response: null, close: { reason: result.closeConnection, level: 'info' } }
        : { response: null };
    }
    if (!this.broker.clientQuotas.request.enabled) return this.encode(header, result);
    const started = performance.now();
    const outcome = this.encode(header, result);
    const throttleMs = requestThrottleMs(ctx, handler, body, busyMs + performance.now() - started);
    const answer = result as { throttleTimeMs?: number };
    if (throttleMs > (answer.throttleTimeMs ?? 0) && typeof answer.throttleTimeMs === 'number') {
      // KafkaApis answers with the larger of the bandwidth and request throttles (the field is ignorable in every
      // schema: versions without it drop it, and such clients are slowed by the mute alone).
      answer.throttleTimeMs = throttleMs;
      return this.encode(header, answer);
    }
    return outcome;
  }

  private errorBody(handler: ApiHandler, body: AnyBody, code: number, ctx: HandlerContext): AnyBody {
    if (handler.errorResponse) return handler.errorResponse(body, code, ctx);
    const response = API_BY_KEY[handler.apiKey]!.response.defaults() as Record<string, unknown>;
    if ('errorCode' in response) response.errorCode = code;
    return response;
  }

  /** Encodes as chunks: record sets are referenced, not copied, on their way to the socket. */
  private encode(header: RequestHeaderInfo, body: AnyBody): FrameOutcome {
    try {
      return { response: encodeResponseChunks(header.apiKey, header.apiVersion, header.correlationId, body) };
    } catch (error) {
      this.log.error('cannot encode response', {
        api: header.apiKey,
        version: header.apiVersion,
        error: (error as Error).message,
      });
      return reject(`internal error encoding the response to API key ${header.apiKey} v${header.apiVersion}`);
    }
  }
}

function reject(reason: string): FrameOutcome {
  return { response: null, close: { reason, level: 'warn' } };
}

/** KIP-511: ErrorCode UNSUPPORTED_VERSION, then ApiVersions' own range, in the v0 layout, header v0. */
function apiVersionsFallback(correlationId: number, handler: ApiHandler): Buffer {
  const w = new Writer(32);
  const size = w.reserveInt32();
  w.int32(correlationId);
  w.int16(ErrorCode.UnsupportedVersion);
  w.int32(1);
  w.int16(API_VERSIONS_KEY).int16(handler.minVersion).int16(handler.maxVersion);
  w.fillInt32(size, w.pos - 4);
  return w.finish();
}
