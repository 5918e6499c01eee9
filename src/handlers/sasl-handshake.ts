import type { SaslHandshakeRequest, SaslHandshakeResponse } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/**
 * SaslHandshake (17), v0-1: picks the SASL mechanism (src/security/sasl-authenticator.ts). v0 means the
 * tokens that follow are raw frames; v1 means each comes in a SaslAuthenticate request. An unknown mechanism
 * is answered with UNSUPPORTED_SASL_MECHANISM and the enabled list, then the connection closes. On a listener
 * without SASL, or after authentication without re-authentication, Kafka's KafkaApis answers ILLEGAL_SASL_STATE.
 */
export const saslHandshakeHandler: ApiHandler<SaslHandshakeRequest, SaslHandshakeResponse> = {
  apiKey: 17,
  minVersion: 0,
  maxVersion: 1,
  handle(request, ctx) {
    const auth = ctx.connection.authenticator;
    if (!auth) return { errorCode: ErrorCode.IllegalSaslState, mechanisms: [] };
    const errorCode = auth.handshake(request.mechanism, ctx.version);
    return {
      errorCode,
      mechanisms: errorCode === ErrorCode.IllegalSaslState ? [] : auth.enabledMechanisms,
    };
  },
};
