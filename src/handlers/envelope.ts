import type { EnvelopeRequest, EnvelopeResponse } from '../../protocol/generated';
import { decodeRequest, encodeResponse } from '../../protocol/frames';
import { hostFromBytes, principalFromBytes } from '../cluster/envelope';
import { ErrorCode, KafkaError } from '../errors';
import { AclOperation } from '../security/acl';
import type { Connection } from '../server/connection';
import {
  createDelegationTokenHandler,
  expireDelegationTokenHandler,
  renewDelegationTokenHandler,
} from './delegation-tokens';
import { isNoResponse, type ApiHandler } from './types';

/**
 * The requests a broker forwards inside an Envelope: those the controller must run as the client. (Brook's other
 * forwarded requests are authorized by the broker that took them and sent as they are.)
 */
const FORWARDED_IN_ENVELOPE = new Map<number, ApiHandler>(
  [createDelegationTokenHandler, renewDelegationTokenHandler, expireDelegationTokenHandler].map((h) => [h.apiKey, h]),
);

/**
 * Envelope (58) on a controller listener, as ControllerApis.handleEnvelopeRequest and EnvelopeUtils: the sender
 * needs CLUSTER_ACTION (the dispatcher checks `clusterOperation`); the inner request runs with the principal and
 * address it carries, and its response, header included, goes back in `responseData`. A principal that does not
 * parse is PRINCIPAL_DESERIALIZATION_FAILURE, an address that is not 4 or 16 bytes or an API that is not forwarded
 * INVALID_REQUEST, an inner request that does not parse UNSUPPORTED_VERSION.
 */
export const envelopeHandler: ApiHandler<EnvelopeRequest, EnvelopeResponse> = {
  apiKey: 58,
  minVersion: 0,
  maxVersion: 0,
  clusterOperation: AclOperation.CLUSTER_ACTION,
  errorResponse: (_request, errorCode) => ({ responseData: null, errorCode }),
  async handle(request, ctx) {
    const { principal, tokenAuthenticated } = principalFromBytes(request.requestPrincipal);
    const host = hostFromBytes(request.clientHostAddress);
    let inner: ReturnType<typeof decodeRequest>;
    try {
      inner = decodeRequest(request.requestData);
    } catch {
      throw new KafkaError(ErrorCode.UnsupportedVersion, 'Failed to parse the request in the envelope');
    }
    const { header } = inner;
    const handler = FORWARDED_IN_ENVELOPE.get(header.apiKey);
    if (!handler || header.apiVersion < handler.minVersion || header.apiVersion > handler.maxVersion) {
      throw new KafkaError(ErrorCode.InvalidRequest, `API ${header.apiKey} is not eligible for forwarding`);
    }
    // The client as the forwarding broker saw it; everything else is this connection's.
    const client = Object.create(ctx.connection, {
      principal: { value: principal },
      tokenAuthenticated: { value: tokenAuthenticated },
      remoteAddress: { value: host.includes(':') ? `[${host}]:0` : `${host}:0` },
    }) as Connection;
    const result = await handler.handle(inner.body, {
      ...ctx,
      header,
      version: header.apiVersion,
      connection: client,
      forwarded: true,
    });
    if (isNoResponse(result)) throw new KafkaError(ErrorCode.InvalidRequest, 'the forwarded request has no response');
    const frame = encodeResponse(header.apiKey, header.apiVersion, header.correlationId, result);
    return { responseData: frame.subarray(4), errorCode: ErrorCode.None };
  },
};
