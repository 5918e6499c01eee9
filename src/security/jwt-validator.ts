import { constants, type KeyObject, verify } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log';
import { JwksSource, type VerificationKey } from './jwks';
import { IllegalToken, type OAuthBearerValidator, type ValidatedToken } from './oauthbearer';

/** The class names Kafka's `sasl.server.callback.handler.class` takes for signed JWTs. */
export const JWKS_VALIDATOR_HANDLER =
  'org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler';
/** Its pre-3.x-internals name, still accepted by Kafka 4.4 as the same handler. */
export const JWKS_VALIDATOR_HANDLER_OLD =
  'org.apache.kafka.common.security.oauthbearer.secured.OAuthBearerValidatorCallbackHandler';
const ALLOWED_URLS = 'org.apache.kafka.sasl.oauthbearer.allowed.urls';

/** The JWS algorithms node:crypto verifies here (jose4j's DISALLOW_NONE: any but none; HMAC needs a shared secret a JWKS does not publish). */
const ALGORITHMS: Record<string, { hash: string | null; kty: string; pss?: true; curve?: string }> = {
  RS256: { hash: 'sha256', kty: 'RSA' },
  RS384: { hash: 'sha384', kty: 'RSA' },
  RS512: { hash: 'sha512', kty: 'RSA' },
  PS256: { hash: 'sha256', kty: 'RSA', pss: true },
  PS384: { hash: 'sha384', kty: 'RSA', pss: true },
  PS512: { hash: 'sha512', kty: 'RSA', pss: true },
  ES256: { hash: 'sha256', kty: 'EC', curve: 'prime256v1' },
  ES384: { hash: 'sha384', kty: 'EC', curve: 'secp384r1' },
  ES512: { hash: 'sha512', kty: 'EC', curve: 'secp521r1' },
  EdDSA: { hash: null, kty: 'OKP' },
};

export interface JwtValidatorOptions {
  expectedAudience: string[];
  expectedIssuer: string | null;
  /** sasl.oauthbearer.allow.unverified.audience / .issuer (Kafka 4.4: one of the pair must be set for each claim). */
  allowUnverifiedAudience: boolean;
  allowUnverifiedIssuer: boolean;
  clockSkewSeconds: number;
  subClaimName: string;
  scopeClaimName: string;
}

/**
 * Kafka's BrokerJwtValidator (OAuthBearerValidatorCallbackHandler's default): a signed JWT (RFC 7515/7519)
 * verified with the key its `kid` names in the JWKS, then jose4j's checks as Kafka sets them up: `exp` and `iat`
 * required, `exp` and `nbf` with `sasl.oauthbearer.clock.skew.seconds` of leeway, `aud` among the expected
 * audiences, `iss` equal to the expected issuer, then the subject (`sasl.oauthbearer.sub.claim.name`) and scope
 * (`sasl.oauthbearer.scope.claim.name`) claims. Every failure is an IllegalToken whose message (jose4j's wording,
 * never the token) goes to the broker's log; the client only gets `{"status":"invalid_token"}`, as from Kafka.
 */
export class BrokerJwtValidator implements OAuthBearerValidator {
  constructor(
    private readonly jwks: JwksSource,
    private readonly options: JwtValidatorOptions,
  ) {}

  init(): Promise<void> {
    return this.jwks.init();
  }

  close(): void {
    this.jwks.close();
  }

  validate(compact: string, nowMs: number): ValidatedToken {
    const parts = compact.split('.');
    if (parts.length !== 3) {
      throw new IllegalToken('Malformed JWT provided; expected three sections (header, payload, and signature)');
    }
    const header = decodePart(parts[0]!, 'header');
    const claims = decodePart(parts[1]!, 'payload');
    const alg = typeof header.alg === 'string' ? header.alg : '';
    this.verifySignature(header, alg, Buffer.from(`${parts[0]}.${parts[1]}`), parts[2]!);
    const problems = this.claimProblems(claims, Math.floor(nowMs / 1000));
    if (problems.length > 0) {
      throw new IllegalToken(
        `Could not validate the access token: JWT rejected due to invalid claims or other invalid content. Additional details: ${problems.map((p) => `[${p}]`).join('')}`,
      );
    }
    const { subClaimName, scopeClaimName } = this.options;
    const sub = claims[subClaimName];
    if (sub !== undefined && typeof sub !== 'string') {
      throw new IllegalToken(`Could not extract the '${subClaimName}' claim from the access token`);
    }
    if (sub === undefined || sub === null) throw new IllegalToken(`${subClaimName} value must be non-null`);
    if (sub === '') throw new IllegalToken(`${subClaimName} value must be non-empty`);
    if (sub.trim() === '') throw new IllegalToken(`${subClaimName} value must not contain only whitespace`);
    scopesOf(claims[scopeClaimName], scopeClaimName);
    return { principal: sub.trim(), expiresAtMs: (claims.exp as number) * 1000 };
  }

  /** The key the token's header asks for (kid, key type of the algorithm, the key's own alg), checked against the signature. */
  private verifySignature(header: Record<string, unknown>, alg: string, data: Buffer, signature: string): void {
    if (alg === 'none') {
      throw new IllegalToken(
        "Could not validate the access token: JWT rejected due to invalid signature. Additional details: ['none' is not a permitted algorithm.]",
      );
    }
    const spec = ALGORITHMS[alg];
    const kid = typeof header.kid === 'string' ? header.kid : undefined;
    const candidates = spec
      ? this.jwks
          .keys()
          .filter(
            (k) =>
              k.kty === spec.kty &&
              (kid === undefined || k.kid === kid) &&
              (k.alg === undefined || k.alg === alg) &&
              (spec.curve === undefined || k.key.asymmetricKeyDetails?.namedCurve === spec.curve),
          )
      : [];
    if (candidates.length === 0) {
      if (kid !== undefined) this.jwks.maybeExpediteRefresh(kid);
      throw new IllegalToken(
        `Could not validate the access token: Unable to find a suitable verification key for JWS w/ header ${JSON.stringify(header)} obtained from ${this.jwks.location}`,
      );
    }
    const sig = Buffer.from(signature, 'base64url');
    if (!candidates.some((k) => verifyWith(spec!, k, data, sig))) {
      throw new IllegalToken(
        `Could not validate the access token: JWT rejected due to invalid signature. Additional details: [Invalid JWS Signature: header ${JSON.stringify(header)}]`,
      );
    }
  }

  /** jose4j's claim validators as BrokerJwtValidator builds its JwtConsumer; all problems, in jose4j's words. */
  private claimProblems(claims: Record<string, unknown>, now: number): string[] {
    const { clockSkewSeconds: skew, expectedAudience, expectedIssuer, allowUnverifiedAudience } = this.options;
    const problems: string[] = [];
    const numeric = (name: string, label: string): number | undefined => {
      const v = claims[name];
      if (v === undefined) return undefined;
      if (typeof v !== 'number') {
        problems.push(`The value of the '${name}' claim is not the expected type (${label})`);
        return undefined;
      }
      return v;
    };
    const leeway = `(even when providing ${skew} seconds of leeway to account for clock skew)`;
    const exp = numeric('exp', 'Expiration Time');
    if (claims.exp === undefined) problems.push('No Expiration Time (exp) claim present.');
    else if (exp !== undefined && now - skew >= exp) {
      problems.push(
        `The JWT is no longer valid - the evaluation time NumericDate{${now}} is on or after the Expiration Time (exp=NumericDate{${exp}}) claim value ${leeway}.`,
      );
    }
    const nbf = numeric('nbf', 'Not Before');
    if (nbf !== undefined && now + skew < nbf) {
      problems.push(
        `The JWT is not yet valid as the evaluation time NumericDate{${now}} is before the Not Before (nbf=NumericDate{${nbf}}) claim time ${leeway}.`,
      );
    }
    if (claims.iat === undefined) problems.push('No Issued At (iat) claim present.');
    else numeric('iat', 'Issued At');
    const aud = claims.aud === undefined ? [] : Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (expectedAudience.length > 0) {
      if (claims.aud === undefined) problems.push('No Audience (aud) claim present.');
      else if (!aud.some((a) => expectedAudience.includes(a as string))) {
        problems.push(
          `Audience (aud) claim ${JSON.stringify(aud)} doesn't contain an acceptable identifier. Expected ${expectedAudience.length === 1 ? expectedAudience[0] : `one of ${JSON.stringify(expectedAudience)}`} as an aud value.`,
        );
      }
    } else if (!allowUnverifiedAudience && claims.aud !== undefined) {
      problems.push(
        `Audience (aud) claim ${JSON.stringify(aud)} present in the JWT but no expected audience value(s) were provided to the JWT Consumer.`,
      );
    }
    if (expectedIssuer !== null) {
      if (claims.iss === undefined) problems.push(`No Issuer (iss) claim present but was expecting ${expectedIssuer}`);
      else if (claims.iss !== expectedIssuer) {
        problems.push(
          `Issuer (iss) claim value (${String(claims.iss)}) doesn't match expected value of ${expectedIssuer}`,
        );
      }
    }
    return problems;
  }
}

function verifyWith(spec: (typeof ALGORITHMS)[string], k: VerificationKey, data: Buffer, sig: Buffer): boolean {
  const key: KeyObject = k.key;
  try {
    if (spec.kty === 'OKP') return verify(null, data, key, sig);
    if (spec.kty === 'EC') return verify(spec.hash, data, { key, dsaEncoding: 'ieee-p1363' }, sig);
    if (spec.pss) {
      return verify(
        spec.hash,
        data,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST },
        sig,
      );
    }
    return verify(spec.hash, data, key, sig);
  } catch {
    return false;
  }
}

function decodePart(part: string, what: string): Record<string, unknown> {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new IllegalToken(`Could not validate the access token: the JWT ${what} is not a Base64URL-encoded JSON object`);
}

/** ClaimValidationUtils.validateScopes: a text or a list of texts, trimmed, no blanks, no duplicates. */
function scopesOf(raw: unknown, name: string): Set<string> {
  const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
  const scopes = new Set<string>();
  for (const s of list) {
    const trimmed = String(s).trim();
    if (trimmed === '') throw new IllegalToken(`${name} value must not contain only whitespace`);
    if (scopes.has(trimmed))
      throw new IllegalToken(`${name} value must not contain duplicates - ${trimmed} already present`);
    scopes.add(trimmed);
  }
  return scopes;
}

/**
 * The validator for one listener's OAUTHBEARER settings, checked as Kafka 4.4's OAuthBearerValidatorCallbackHandler
 * and ConfigurationUtils check them; throws Error with Kafka's message. `value(key)` reads a `sasl.oauthbearer.*`
 * key the way Kafka resolves it for the listener and mechanism.
 */
export function brokerJwtValidator(
  value: (key: string) => string | null,
  log: Logger,
  now: () => number = Date.now,
): BrokerJwtValidator {
  const url = value('sasl.oauthbearer.jwks.endpoint.url')?.trim() ?? '';
  if (url === '') {
    throw new Error(
      'The OAuth validator for the broker requires "sasl.oauthbearer.jwks.endpoint.url" to be configured so that JWT signatures can be verified, but it was not set. Set "sasl.oauthbearer.jwks.endpoint.url" to the OAuth/OIDC provider\'s JWKS endpoint URL for this listener, or configure a signature-verifying "sasl.oauthbearer.jwt.validator.class".',
    );
  }
  checkUrl(url, value);
  const long = (key: string, def: number, min = 0) => {
    const raw = value(key)?.trim();
    const n = raw === undefined || raw === '' ? def : Number(raw);
    if (!Number.isInteger(n))
      throw new Error(`Invalid value ${raw} for configuration ${key}: Not a number of type LONG`);
    if (n < min) throw new Error(`The OAuth configuration option ${key} value must be at least ${min}`);
    return n;
  };
  const bool = (key: string) => (value(key)?.trim().toLowerCase() ?? 'false') === 'true';
  const refreshMs = long('sasl.oauthbearer.jwks.endpoint.refresh.ms', 3_600_000);
  const options: JwtValidatorOptions = {
    expectedAudience: (value('sasl.oauthbearer.expected.audience') ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    expectedIssuer: value('sasl.oauthbearer.expected.issuer')?.trim() || null,
    allowUnverifiedAudience: bool('sasl.oauthbearer.allow.unverified.audience'),
    allowUnverifiedIssuer: bool('sasl.oauthbearer.allow.unverified.issuer'),
    clockSkewSeconds: long('sasl.oauthbearer.clock.skew.seconds', 30),
    subClaimName: value('sasl.oauthbearer.sub.claim.name')?.trim() || 'sub',
    scopeClaimName: value('sasl.oauthbearer.scope.claim.name')?.trim() || 'scope',
  };
  if (options.expectedAudience.length === 0 && !options.allowUnverifiedAudience) {
    throw new Error(
      'The OAuth validator for the broker requires "sasl.oauthbearer.expected.audience" to be configured so that the token\'s audience ("aud") claim can be verified, but it was not set. Set "sasl.oauthbearer.expected.audience" to the audience(s) that identify this cluster, or set "sasl.oauthbearer.allow.unverified.audience" to true to accept tokens regardless of their audience.',
    );
  }
  if (options.expectedIssuer === null && !options.allowUnverifiedIssuer) {
    throw new Error(
      'The OAuth validator for the broker requires "sasl.oauthbearer.expected.issuer" to be configured so that the token\'s issuer ("iss") claim can be verified, but it was not set. Set "sasl.oauthbearer.expected.issuer" to the issuer URL of the OAuth/OIDC provider that signs the tokens, or set "sasl.oauthbearer.allow.unverified.issuer" to true to accept tokens regardless of their issuer.',
    );
  }
  const source = new JwksSource(
    url,
    {
      refreshMs,
      retryBackoffMs: long('sasl.oauthbearer.jwks.endpoint.retry.backoff.ms', 100),
      retryBackoffMaxMs: long('sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms', 10_000),
    },
    log,
    now,
  );
  return new BrokerJwtValidator(source, options);
}

/**
 * ConfigurationUtils.validateUrl / validateFileUrl and Kafka 4's guard: the JWKS URL must be http, https or file,
 * and be listed, as written, in `org.apache.kafka.sasl.oauthbearer.allowed.urls` (file: URLs too). Kafka reads
 * these as JVM system properties (`-D` in KAFKA_OPTS); Brook reads them as config keys of the same names.
 * Empty (the default) allows nothing, as in Kafka 4.
 */
function checkUrl(url: string, value: (key: string) => string | null): void {
  const key = 'sasl.oauthbearer.jwks.endpoint.url';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new Error(
      `The OAuth configuration option ${key} contains a URL (${url}) that is malformed: ${(error as Error).message}`,
    );
  }
  const protocol = parsed.protocol.replace(/:$/, '');
  if (!['http', 'https', 'file'].includes(protocol)) {
    throw new Error(
      `The OAuth configuration option ${key} contains a URL (${url}) that contains an invalid protocol (${protocol}); only "http", "https", and "file" protocol are supported`,
    );
  }
  const allowed = (property: string) =>
    new Set(
      (value(property) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  if (!allowed(ALLOWED_URLS).has(url)) {
    throw new Error(
      `Invalid value ${url} for configuration ${key}: The URL cannot be accessed due to restrictions. Update the system property '${ALLOWED_URLS}' to allow the URL to be accessed.`,
    );
  }
  if (protocol === 'file') {
    const file = fileURLToPath(parsed);
    if (!existsSync(file))
      throw new Error(`The OAuth configuration option ${key} contains a file (${file}) that doesn't exist`);
    if (statSync(file).isDirectory()) {
      throw new Error(`The OAuth configuration option ${key} references a directory (${file}), not a file`);
    }
  }
}
