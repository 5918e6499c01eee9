import { type ApiVersionsRequestCodec, ApiVersionsResponseCodec } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

type Request = ReturnType<typeof ApiVersionsRequestCodec.defaults>;
type Response = ReturnType<typeof ApiVersionsResponseCodec.defaults>;

/** Kafka's check of v3+ client software names and versions (ApiVersionsRequest.isValid). */
const SOFTWARE_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/;

/**
 * ApiVersions (18): the list of API keys and version ranges, built from the handler registry. Versions above
 * the supported maximum never reach this handler: the dispatcher answers them with the KIP-511 v0-layout
 * UNSUPPORTED_VERSION reply.
 */
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
    response.apiKeys = ctx.broker.registry.advertised();
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = ApiVersionsResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
