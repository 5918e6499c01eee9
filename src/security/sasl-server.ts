/**
 * One SASL mechanism's server side for one authentication exchange (javax.security.sasl.SaslServer's shape,
 * as Kafka uses it): tokens in, tokens out, until complete.
 */
export interface SaslServer {
  readonly mechanism: string;
  /** The answer to the client's token; throws SaslFailure. */
  evaluate(token: Buffer): Buffer;
  readonly complete: boolean;
  /** The authenticated user name (valid once complete). */
  readonly authorizationId: string;
  /** When the credential expires (epoch ms; OAUTHBEARER's token `exp`): the session ends then at the latest. */
  readonly credentialExpiresAt?: number | null;
  /** Logged in with a delegation token (SCRAM `tokenauth=true`): such a client may not manage tokens. */
  readonly tokenAuthenticated?: boolean;
}

/**
 * A failed exchange. `shownToClient` follows Kafka's split: a SaslAuthenticationException's message goes to the
 * client as is; a plain SaslException's does not (it could say whether a user exists) and the client gets
 * "Authentication failed during authentication due to invalid credentials with SASL mechanism X".
 * Messages never contain credentials.
 */
export class SaslFailure extends Error {
  override readonly name = 'SaslFailure';
  constructor(
    message: string,
    readonly shownToClient: boolean,
    /** More for the broker's log than the client is told (why a token was refused); never a credential. */
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** The message a client gets for a failure, as SaslServerAuthenticator builds it. */
export function clientMessage(failure: SaslFailure, mechanism: string, reauthenticating: boolean): string {
  if (failure.shownToClient) return failure.message;
  return `Authentication failed during ${reauthenticating ? 're-authentication' : 'authentication'} due to invalid credentials with SASL mechanism ${mechanism}`;
}
