import type { EnvelopeRequest, EnvelopeResponse } from '../../protocol/generated';
import { decodeRequest, encodeResponse } from '../../protocol/frames';
import { hostFromBytes, principalFromBytes } from '../cluster/envelope';
import { ErrorCode, KafkaError } from '../errors';
import { AclOperation } from '../security/acl';
import type { Connection } from '../server/connection';
import { createAclsHandler, deleteAclsHandler } from './acls';
import { alterClientQuotasHandler } from './alter-client-quotas';
import { alterUserScramCredentialsHandler } from './alter-user-scram-credentials';
import { clusterOperationPermitted } from './auth';
import {
  createDelegationTokenHandler,
  expireDelegationTokenHandler,
  renewDelegationTokenHandler,
} from './delegation-tokens';
import { type AnyBody, type ApiHandler, type HandlerContext, isNoResponse } from './types';

/**
 * The client requests a Brook broker forwards to the active controller, inside an Envelope (src/handlers/forward.ts).
 * (Its other requests to the controller are the broker's own: topics, configs, elections, registrations.)
 */
const FORWARDED_IN_ENVELOPE = new Map<number, ApiHandler>(
  [
    createAclsHandler,
    deleteAclsHandler,
    alterClientQuotasHandler,
    alterUserScramCredentialsHandler,
    createDelegationTokenHandler,
    renewDelegationTokenHandler,
    expireDelegationTokenHandler,
  ].map((h) => [h.apiKey, h]),
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
    const forwarded: HandlerContext = {
      ...ctx,
      header,
      version: header.apiVersion,
      connection: client,
      forwarded: true,
    };
    const result = await runAsClient(handler, inner.body, forwarded);
    if (isNoResponse(result)) throw new KafkaError(ErrorCode.InvalidRequest, 'the forwarded request has no response');
    const frame = encodeResponse(header.apiKey, header.apiVersion, header.correlationId, result);
    return { responseData: frame.subarray(4), errorCode: ErrorCode.None };
  },
};

/**
 * The forwarded request as the dispatcher runs a client's: the cluster operation its API needs checked for the
 * client (KafkaApis' authorizeClusterOperation), an error on the way answered with the API's error response.
 */
async function runAsClient(handler: ApiHandler, body: AnyBody, ctx: HandlerContext): Promise<unknown> {
  try {
    if (!clusterOperationPermitted(handler, ctx))
      throw new KafkaError(ErrorCode.ClusterAuthorizationFailed, 'Cluster authorization failed.');
    return await handler.handle(body, ctx);
  } catch (error) {
    // Every forwarded API has an error response; the Envelope itself answers an error otherwise.
    if (!(error instanceof KafkaError) || !handler.errorResponse) throw error;
    return handler.errorResponse(body, error.code, ctx);
  }
}
