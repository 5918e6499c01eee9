import { ErrorCode } from '../errors';
import { type OAuthBearerValidator, OAuthBearerSaslServer } from './oauthbearer';
import { PlainSaslServer } from './plain';
import { ANONYMOUS, type Principal, userPrincipal } from './principal';
import { clientMessage, SaslFailure, type SaslServer } from './sasl-server';
import { type ScramCredentialLookup, ScramSaslServer, scramMechanismByName, type TokenLoginLookup } from './scram';

export const SASL_HANDSHAKE_KEY = 17;
export const API_VERSIONS_KEY = 18;
export const SASL_AUTHENTICATE_KEY = 36;

/** The mechanisms Brook's broker side implements. */
export const SUPPORTED_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512', 'OAUTHBEARER'] as const;

/** What one SASL listener authenticates with (built once at start-up from its config). */
export interface SaslListenerConfig {
  /** sasl.enabled.mechanisms of the listener, in the configured order (SaslHandshake lists them so). */
  mechanisms: string[];
  /** PLAIN users from the listener's JAAS config. */
  plainUsers: ReadonlyMap<string, string>;
  scramCredentials: ScramCredentialLookup;
  /** Delegation token logins (SCRAM with `tokenauth=true`). */
  tokenLogin?: TokenLoginLookup;
  /** OAUTHBEARER's token validator (unsecured JWTs, or signed ones against a JWKS), when OAUTHBEARER is enabled. */
  oauthBearer: OAuthBearerValidator | null;
  /** connections.max.reauth.ms; 0: sessions do not expire. */
  maxReauthMs: number;
}

/** What the dispatcher does with a request before authentication completes. */
export type Gate = { pass: true } | { pass: false; reason: string; answerWithError: boolean };

/**
 * The SASL state of one connection, as Kafka's SaslServerAuthenticator: ApiVersions and SaslHandshake first;
 * after a v0 handshake the next frames are raw SASL tokens, after v1 each token comes in a SaslAuthenticate
 * request; any other request before the exchange completes closes the connection. A failure is answered with
 * SASL_AUTHENTICATION_FAILED and Kafka's message, then the connection closes. Re-authentication (KIP-368): with
 * connections.max.reauth.ms set, a completed connection may send SaslHandshake again (same mechanism, same
 * principal); once the session expired, any other request closes the connection.
 *
 * SASL bytes and credentials never leave this object or the mechanism servers.
 */
export class SaslAuthenticator {
  private state: 'handshake' | 'authenticate' | 'complete' | 'failed' = 'handshake';
  private server: SaslServer | null = null;
  private mechanism: string | null = null;
  private rawTokens = false;
  private reauthenticating = false;
  /** Reason to close the connection once the current response is written. */
  private closeAfter: string | null = null;
  principal: Principal = ANONYMOUS;
  /** Logged in with a delegation token (KafkaPrincipal.tokenAuthenticated): may not create, renew or expire tokens. */
  tokenAuthenticated = false;
  /** When the session expires (epoch ms); null: never. */
  sessionExpiresAt: number | null = null;

  constructor(
    private readonly config: SaslListenerConfig,
    private readonly now: () => number = Date.now,
  ) {}

  get authenticated(): boolean {
    return this.state === 'complete';
  }

  /** True while frames are raw SASL tokens (after a SaslHandshake v0). */
  get expectsRawToken(): boolean {
    return this.state === 'authenticate' && this.rawTokens;
  }

  /** May a request with this API key be processed now? */
  gate(apiKey: number, apiName: string): Gate {
    if (this.state === 'complete') {
      if (
        this.sessionExpiresAt !== null &&
        this.now() > this.sessionExpiresAt &&
        apiKey !== SASL_HANDSHAKE_KEY &&
        apiKey !== SASL_AUTHENTICATE_KEY
      ) {
        return {
          pass: false,
          reason: 'SASL session expired (connections.max.reauth.ms) without re-authentication',
          answerWithError: false,
        };
      }
      return { pass: true };
    }
    if (this.state === 'handshake') {
      if (apiKey === API_VERSIONS_KEY || apiKey === SASL_HANDSHAKE_KEY) return { pass: true };
      return {
        pass: false,
        reason: `Unexpected Kafka request of type ${apiName} during SASL handshake.`,
        answerWithError: false,
      };
    }
    if (this.state === 'authenticate' && apiKey === SASL_AUTHENTICATE_KEY) return { pass: true };
    return {
      pass: false,
      reason: `Unexpected Kafka request of type ${apiName} during SASL authentication.`,
      answerWithError: this.state === 'authenticate',
    };
  }

  /** SaslHandshake: chooses the mechanism. Returns the error code to answer with (None, UNSUPPORTED_SASL_MECHANISM, or ILLEGAL_SASL_STATE when re-authentication is off). */
  handshake(mechanism: string, version: number): number {
    const reauth = this.state === 'complete';
    // Re-authentication needs a session that expires (connections.max.reauth.ms, or an OAUTHBEARER token's exp).
    if (reauth && (this.sessionExpiresAt === null || version < 1)) return ErrorCode.IllegalSaslState;
    if (!this.config.mechanisms.includes(mechanism)) {
      this.closeAfter = `SASL mechanism requested by the client is not enabled: ${mechanism}`;
      this.state = 'failed';
      return ErrorCode.UnsupportedSaslMechanism;
    }
    if (reauth && mechanism !== this.mechanism) {
      this.closeAfter = `SASL mechanism '${mechanism}' requested by client is not supported for re-authentication of mechanism '${this.mechanism}'`;
      this.state = 'failed';
      return ErrorCode.UnsupportedSaslMechanism;
    }
    this.mechanism = mechanism;
    this.server = this.createServer(mechanism);
    this.rawTokens = version === 0;
    this.reauthenticating = reauth;
    if (!reauth) this.state = 'authenticate';
    return ErrorCode.None;
  }

  /**
   * SaslAuthenticate (or a raw token): the next token of the exchange. Failures carry Kafka's message for the
   * client and mark the connection for closing once the answer is written.
   */
  authenticate(token: Buffer): {
    errorCode: number;
    errorMessage: string | null;
    authBytes: Buffer;
    sessionLifetimeMs: number;
  } {
    const inExchange = (this.state === 'authenticate' || this.reauthenticating) && this.server !== null;
    if (!inExchange) {
      return {
        errorCode: ErrorCode.IllegalSaslState,
        errorMessage: 'SaslAuthenticate request received after successful authentication',
        authBytes: Buffer.alloc(0),
        sessionLifetimeMs: 0,
      };
    }
    const server = this.server!;
    try {
      const answer = server.evaluate(token);
      let sessionLifetimeMs = 0;
      if (server.complete) {
        const principal = userPrincipal(server.authorizationId);
        if (this.reauthenticating && principal !== this.principal) {
          throw new SaslFailure(
            `Cannot change principals during re-authentication from ${this.principal}: ${principal}`,
            true,
          );
        }
        this.principal = principal;
        this.tokenAuthenticated = server.tokenAuthenticated === true;
        this.state = 'complete';
        this.reauthenticating = false;
        this.server = null;
        sessionLifetimeMs = this.sessionLifetime(server.credentialExpiresAt ?? null);
        if (sessionLifetimeMs > 0 || server.credentialExpiresAt != null) {
          this.sessionExpiresAt = this.now() + sessionLifetimeMs;
        }
      }
      return { errorCode: ErrorCode.None, errorMessage: null, authBytes: answer, sessionLifetimeMs };
    } catch (error) {
      if (!(error instanceof SaslFailure)) throw error;
      const message = clientMessage(error, server.mechanism, this.reauthenticating);
      this.state = 'failed';
      this.server = null;
      this.closeAfter = `SASL authentication failed (${server.mechanism}): ${error.message}${error.detail ? ` (${error.detail})` : ''}`;
      return {
        errorCode: ErrorCode.SaslAuthenticationFailed,
        errorMessage: message,
        authBytes: Buffer.alloc(0),
        sessionLifetimeMs: 0,
      };
    }
  }

  /** A raw token frame after SaslHandshake v0: the answer token, or null with the connection to close. */
  rawToken(token: Buffer): Buffer | null {
    const result = this.authenticate(token);
    return result.errorCode === 0 ? result.authBytes : null;
  }

  /** The reason to close after the response just produced, once (null: keep the connection). */
  takeCloseReason(): string | null {
    const reason = this.closeAfter;
    this.closeAfter = null;
    return reason;
  }

  get enabledMechanisms(): string[] {
    return this.config.mechanisms;
  }

  /**
   * SaslServerAuthenticator.calcCompletionTimesAndReturnSessionLifetimeMs: connections.max.reauth.ms, cut short by
   * the credential's expiry when it has one; 0 when neither applies (the session never expires).
   */
  private sessionLifetime(credentialExpiresAt: number | null): number {
    const maxReauth = this.config.maxReauthMs;
    if (credentialExpiresAt === null) return Math.max(maxReauth, 0);
    const left = Math.max(credentialExpiresAt - this.now(), 0);
    return maxReauth > 0 ? Math.min(left, maxReauth) : left;
  }

  private createServer(mechanism: string): SaslServer {
    if (mechanism === 'PLAIN') return new PlainSaslServer(this.config.plainUsers);
    if (mechanism === 'OAUTHBEARER' && this.config.oauthBearer) {
      return new OAuthBearerSaslServer(this.config.oauthBearer, this.now);
    }
    const scram = scramMechanismByName(mechanism);
    if (scram) return new ScramSaslServer(scram, this.config.scramCredentials, this.config.tokenLogin);
    // Config validation keeps other mechanisms out of `mechanisms`.
    throw new Error(`SASL mechanism ${mechanism} has no server`);
  }
}
