import type { JaasEntry } from './jaas';
import { type SaslServer, SaslFailure } from './sasl-server';

export const OAUTHBEARER_LOGIN_MODULE = 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule';

/** The validator's options (`unsecuredValidator*` of the listener's OAUTHBEARER JAAS entry). */
export interface UnsecuredValidatorOptions {
  principalClaimName: string;
  scopeClaimName: string;
  requiredScope: string[];
  allowableClockSkewMs: number;
}

/** Reads the validator options of the OAuthBearerLoginModule entry; throws Error with Kafka's message if unusable. */
export function unsecuredValidatorOptions(entries: JaasEntry[]): UnsecuredValidatorOptions {
  const entry = entries.find((e) => e.loginModule === OAUTHBEARER_LOGIN_MODULE) ?? entries[0];
  const option = (name: string) => entry?.options.get(`unsecuredValidator${name}`)?.trim() ?? '';
  const skew = option('AllowableClockSkewMs');
  const allowableClockSkewMs = skew === '' ? 0 : Number(skew);
  if (!Number.isInteger(allowableClockSkewMs)) throw new Error(`For input string: "${skew}"`);
  if (allowableClockSkewMs < 0) throw new Error(`Allowable clock skew millis must not be negative: ${skew}`);
  return {
    principalClaimName: option('PrincipalClaimName') || 'sub',
    scopeClaimName: option('ScopeClaimName') || 'scope',
    requiredScope: option('RequiredScope').split(' ').filter(Boolean),
    allowableClockSkewMs,
  };
}

const SEPARATOR = '\u0001';
// OAuthBearerClientInitialResponse's grammar: GS2 header, then key=value pairs each ended by %x01, then %x01.
const SASLNAME = '(?:[\\x01-\\x2B\\x2D-\\x3C\\x3E-\\x7F]|=2C|=3D)+';
const KVPAIRS = `(?:[A-Za-z]+=[\\x21-\\x7E \\t\\r\\n]+${SEPARATOR})*`;
const CLIENT_FIRST = new RegExp(`^n,(?:a=(${SASLNAME}))?,${SEPARATOR}(${KVPAIRS})${SEPARATOR}$`);
const AUTH = /^(\w+) +([-_~+/.a-zA-Z0-9]+=*)$/;

/** A token that does not validate: the client gets Kafka's JSON challenge; the message goes to the log only. */
export class IllegalToken extends Error {
  constructor(
    message: string,
    readonly scope: string | null = null,
  ) {
    super(message);
  }
}

type Claim = string | number | string[];

/** What a validated token gives the SASL server. */
export interface ValidatedToken {
  principal: string;
  /** The token's `exp` (epoch ms): the session may last no longer. */
  expiresAtMs: number;
}

/**
 * A token validator (Kafka's `sasl.server.callback.handler.class` for OAUTHBEARER): the unsecured one below, or
 * BrokerJwtValidator (jwt-validator.ts) for signed tokens checked against a JWKS. Throws IllegalToken.
 */
export interface OAuthBearerValidator {
  validate(compact: string, nowMs: number): ValidatedToken;
  /** Start-up work (the JWKS's first fetch); a failure stops the start. */
  init?(): Promise<void>;
  close?(): void;
}

/**
 * SASL/OAUTHBEARER (RFC 7628) as Kafka's OAuthBearerSaslServer: the client's first message parsed, its bearer
 * token checked by the listener's validator (UnsecuredJwtValidator, Kafka's default, or BrokerJwtValidator).
 *
 * A token that does not validate is answered, as Kafka does, with a JSON challenge (`{"status":"invalid_token"}`,
 * or `insufficient_scope` with the scope wanted); the client then sends %x01 and gets SASL_AUTHENTICATION_FAILED
 * with that JSON as the message. A client first message that does not parse gets Kafka's generic failure.
 */
export class OAuthBearerSaslServer implements SaslServer {
  readonly mechanism = 'OAUTHBEARER';
  complete = false;
  authorizationId = '';
  /** When the token expires (epoch ms): the session may last no longer (SaslServerAuthenticator). */
  credentialExpiresAt: number | null = null;
  private errorMessage: string | null = null;
  /** Why the token was refused (for the broker's log; the client sees only the JSON status). */
  private rejection: string | null = null;

  constructor(
    private readonly validator: OAuthBearerValidator,
    private readonly now: () => number = Date.now,
  ) {}

  evaluate(response: Buffer): Buffer {
    if (response.length === 1 && response[0] === 1 && this.errorMessage !== null) {
      // The client acknowledged our error challenge: the exchange fails with it (SaslAuthenticationException).
      throw new SaslFailure(this.errorMessage, true, this.rejection ?? undefined);
    }
    this.errorMessage = null;
    const match = CLIENT_FIRST.exec(response.toString('utf8'));
    if (!match) throw new SaslFailure('Invalid OAUTHBEARER client first message', false);
    const authzid = match[1] ?? '';
    const properties = new Map<string, string>();
    for (const pair of match[2]!.split(SEPARATOR).filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const auth = properties.get('auth');
    if (auth === undefined)
      throw new SaslFailure("Invalid OAUTHBEARER client first message: 'auth' not specified", false);
    const authMatch = AUTH.exec(auth);
    if (!authMatch) throw new SaslFailure("Invalid OAUTHBEARER client first message: invalid 'auth' format", false);
    if (authMatch[1]!.toLowerCase() !== 'bearer') {
      throw new SaslFailure(`Invalid scheme in OAUTHBEARER client first message: ${authMatch[1]}`, false);
    }
    let token: ValidatedToken;
    try {
      token = this.validator.validate(authMatch[2]!, this.now());
    } catch (error) {
      if (!(error instanceof IllegalToken)) throw error;
      const status = error.scope !== null ? 'insufficient_scope' : 'invalid_token';
      this.rejection = error.message;
      this.errorMessage = `{"status":"${status}"${error.scope !== null ? `, "scope":"${error.scope}"` : ''}}`;
      return Buffer.from(this.errorMessage, 'utf8');
    }
    if (authzid !== '' && authzid !== token.principal) {
      throw new SaslFailure(
        `Authentication failed: Client requested an authorization id (${authzid}) that is different from the token's principal name (${token.principal})`,
        true,
      );
    }
    this.authorizationId = token.principal;
    this.credentialExpiresAt = token.expiresAtMs;
    this.complete = true;
    return Buffer.alloc(0);
  }
}

/**
 * Kafka's default validator, OAuthBearerUnsecuredValidatorCallbackHandler: unsecured JWTs (`alg` none, no
 * signature), the principal from the `sub` claim (or `unsecuredValidatorPrincipalClaimName`), `exp` required and
 * checked, `iat` checked when present, `unsecuredValidatorRequiredScope` against the `scope` claim,
 * `unsecuredValidatorAllowableClockSkewMs`.
 */
export class UnsecuredJwtValidator implements OAuthBearerValidator {
  constructor(private readonly options: UnsecuredValidatorOptions) {}

  /** OAuthBearerUnsecuredJws plus the validator's checks, in Kafka's order; throws IllegalToken. */
  validate(compact: string, now: number): ValidatedToken {
    if (compact.includes('..')) throw new IllegalToken("Malformed compact serialization contains '..'");
    const splits = compact.split('.');
    if (splits.length !== 3) {
      throw new IllegalToken('Unsecured JWS compact serializations must have 3 dot-separated Base64URL-encoded values');
    }
    const header = decodeJson(splits[0]!);
    const claims = decodeJson(splits[1]!);
    if (header.get('alg') === undefined) throw new SaslFailure('JWS header must have an Algorithm value', false);
    if (header.get('alg') !== 'none') throw new IllegalToken("Unsecured JWS must have 'none' for an algorithm");
    if (splits[2] !== '') throw new IllegalToken('Unsecured JWS must not contain a digital signature');
    const { principalClaimName, scopeClaimName, requiredScope, allowableClockSkewMs } = this.options;
    const scope = tokenScope(claims, scopeClaimName);
    const exp = claimOf(claims, 'exp', 'number');
    if (exp === undefined) throw new IllegalToken('No expiration time in JWT');
    const principal = claimOf(claims, principalClaimName, 'string');
    if (principal === undefined || principal.trim() === '') {
      throw new IllegalToken(`No principal name in JWT claim: ${principalClaimName}`);
    }
    const iat = claimOf(claims, 'iat', 'number');
    if (iat !== undefined && 1000 * iat > now + allowableClockSkewMs) {
      throw new IllegalToken(`The Issued At value (${iat} seconds) was after the indicated time (${now} ms)`);
    }
    if (now - allowableClockSkewMs >= 1000 * exp) {
      throw new IllegalToken(
        `The indicated time (${now} ms) was on or after the Expiration Time value (${exp} seconds)`,
      );
    }
    if (iat !== undefined && exp <= iat) {
      throw new IllegalToken(
        `The Expiration Time time (${exp} seconds) was not after the Issued At time (${iat} seconds)`,
      );
    }
    for (const wanted of requiredScope) {
      if (!scope.has(wanted)) {
        throw new IllegalToken(
          `The provided scope was missing a required scope (${wanted})`,
          `[${requiredScope.join(', ')}]`,
        );
      }
    }
    return { principal, expiresAtMs: Math.round(exp * 1000) };
  }
}

/** One Base64URL part of the token as a JSON object's members (Java's URL decoder: no `+` or `/`). */
function decodeJson(part: string): Map<string, Claim> {
  const body = part.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(body) || body.length % 4 === 1 || (part.length > body.length && part.length % 4 !== 0)) {
    throw new IllegalToken('malformed Base64 URL encoded value');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new IllegalToken('malformed JSON');
  }
  const claims = new Map<string, Claim>();
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return claims;
  for (const [key, value] of Object.entries(parsed)) {
    // As Kafka converts Jackson nodes: arrays to lists of text, numbers kept, anything else as text.
    if (Array.isArray(value))
      claims.set(
        key,
        value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      );
    else if (typeof value === 'number') claims.set(key, value);
    else claims.set(key, typeof value === 'string' ? value : value === null ? 'null' : String(value));
  }
  return claims;
}

function claimOf<T extends 'string' | 'number'>(
  claims: Map<string, Claim>,
  name: string,
  type: T,
): (T extends 'string' ? string : number) | undefined {
  const value = claims.get(name);
  if (value === undefined) return undefined;
  if (typeof value !== type) {
    throw new IllegalToken(`The '${name}' claim was not of type ${type === 'string' ? 'String' : 'Number'}`);
  }
  return value as T extends 'string' ? string : number;
}

/** OAuthBearerUnsecuredJws.calculateScope: one text, or a list of texts; blanks dropped. */
function tokenScope(claims: Map<string, Claim>, name: string): Set<string> {
  const value = claims.get(name);
  if (value === undefined) return new Set();
  if (typeof value === 'string') return value.trim() === '' ? new Set() : new Set([value.trim()]);
  if (!Array.isArray(value)) throw new IllegalToken(`The '${name}' claim was not of type List`);
  return new Set(value.filter((s) => s.trim() !== '').map((s) => s.trim()));
}
