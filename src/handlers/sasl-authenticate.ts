import type { SaslAuthenticateRequest, SaslAuthenticateResponse } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/**
 * SaslAuthenticate (36), v0-2: one token of the SASL exchange chosen by SaslHandshake v1. A failure carries
 * SASL_AUTHENTICATION_FAILED and Kafka's message, then the connection closes (the dispatcher sees to it). On a
 * listener without SASL or an authenticated connection: ILLEGAL_SASL_STATE, as KafkaApis.
 * v1+ carries the session lifetime (connections.max.reauth.ms) for re-authentication.
 */
export const saslAuthenticateHandler: ApiHandler<SaslAuthenticateRequest, SaslAuthenticateResponse> = {
  apiKey: 36,
  minVersion: 0,
  maxVersion: 2,
  handle(request, ctx) {
    const auth = ctx.connection.authenticator;
    if (!auth) {
      return {
        errorCode: ErrorCode.IllegalSaslState,
        errorMessage: 'SaslAuthenticate request received after successful authentication',
        authBytes: Buffer.alloc(0),
        sessionLifetimeMs: 0n,
      };
    }
    const result = auth.authenticate(request.authBytes);
    return { ...result, sessionLifetimeMs: BigInt(result.sessionLifetimeMs) };
  },
};
