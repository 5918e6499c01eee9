import { API_BY_KEY, type ApiVersionsRequestCodec, ApiVersionsResponseCodec } from '../../protocol/generated';
import { listenerServes } from '../cluster/quorum-config';
import { ErrorCode } from '../errors';
import type { HandlerRegistry } from './registry';
import type { ApiHandler, HandlerContext } from './types';

type Request = ReturnType<typeof ApiVersionsRequestCodec.defaults>;
type Response = ReturnType<typeof ApiVersionsResponseCodec.defaults>;

/** Kafka's check of v3+ client software names and versions (ApiVersionsRequest.isValid). */
const SOFTWARE_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/;

/**
 * ApiVersions (18): the list of API keys and version ranges, built from the handler registry. Versions above
 * the supported maximum never reach this handler: the dispatcher answers them with the KIP-511 v0-layout
 * UNSUPPORTED_VERSION reply.
 *
 * Features: none are advertised. Kafka 4.x finalizes `transaction.version` 2 (KIP-890: Produce v12 adds
 * partitions implicitly, EndTxn v5 bumps the epoch on every transaction); the Java client (TransactionManager)
 * turns that on only when the finalized level is >= 2 and treats an absent feature as classic transactions,
 * and librdkafka / kafkajs never read it. Brook implements classic transactions (its Produce tops at v11,
 * EndTxn at v4), so leaving the feature out is what makes every client choose them (compat-tests/FINDINGS.md).
 */
/**
 * On a KRaft voter the keys depend on the listener, as in Kafka: a controller listener lists the APIs whose
 * schema names the controller role, another listener the broker's (so Vote and its kin stay off it).
 */
function advertisedOn(ctx: HandlerContext): ReturnType<HandlerRegistry['advertised']> {
  const { broker, connection } = ctx;
  const all = broker.registry.advertised();
  if (!broker.quorum) return all;
  return all.filter((k) =>
    listenerServes(broker.config, true, connection.listenerName, API_BY_KEY[k.apiKey]?.listeners ?? []),
  );
}

export const apiVersionsHandler: ApiHandler<Request, Response> = {
  apiKey: 18,
  minVersion: 0,
  maxVersion: 4,
  handle(request, ctx) {
    const response = ApiVersionsResponseCodec.defaults();
    if (
      ctx.version >= 3 &&
      (!SOFTWARE_PATTERN.test(request.clientSoftwareName) || !SOFTWARE_PATTERN.test(request.clientSoftwareVersion))
    ) {
      // Kafka answers INVALID_REQUEST with an empty key list (ApiVersionsRequest.getErrorResponse; the wire
      // comparison with Kafka 4.4 shows it), and librdkafka retries with v0.
      response.errorCode = ErrorCode.InvalidRequest;
      return response;
    }
    response.apiKeys = advertisedOn(ctx);
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = ApiVersionsResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
