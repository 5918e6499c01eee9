import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OAuthBearerValidator } from '../security/oauthbearer';
import { IllegalToken } from '../security/oauthbearer';
import type { PasswordCheck } from '../security/password-check';

/**
 * Who may call an HTTP listener (`<prefix>.authentication.method`, as Confluent's rest-utils `authentication.method`
 * and ksqlDB's): HTTP basic authentication against a password check (BASIC), a signed JWT in
 * `Authorization: Bearer` checked by the same validator as OAUTHBEARER on the Kafka listeners (BEARER), or both.
 */
export interface HttpAuth {
  /** BASIC: user names and passwords. */
  check: PasswordCheck | null;
  /** BEARER: signed JWTs (BrokerJwtValidator against the JWKS). */
  bearer: OAuthBearerValidator | null;
  /** The realm named in WWW-Authenticate. */
  realm: string;
  /** Paths served without credentials (ksqlDB's authentication.skip.paths), e.g. /health for probes. */
  skipPaths: readonly string[];
}

/**
 * True when the request may go on; otherwise answers 401 with a WWW-Authenticate challenge per accepted scheme
 * (RFC 7617 Basic, RFC 6750 Bearer with `error="invalid_token"` when a token was sent and refused). Passwords and
 * tokens are never logged.
 */
export function authorizeRequest(
  auth: HttpAuth,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  now: () => number = Date.now,
): boolean {
  if (auth.skipPaths.includes(path)) return true;
  const header = (req.headers.authorization ?? '').trim();
  const basic = /^Basic +([A-Za-z0-9+/=]+)$/i.exec(header);
  if (basic && auth.check) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0 && auth.check(decoded.slice(0, colon), decoded.slice(colon + 1))) return true;
  }
  const bearer = /^Bearer +([-_~+/.A-Za-z0-9]+=*)$/i.exec(header);
  let tokenRefused = false;
  if (bearer && auth.bearer) {
    try {
      auth.bearer.validate(bearer[1]!, now());
      return true;
    } catch (error) {
      if (!(error instanceof IllegalToken)) throw error;
      tokenRefused = true;
    }
  }
  const realm = auth.realm.replace(/"/g, '');
  const challenges: string[] = [];
  if (auth.check) challenges.push(`Basic realm="${realm}", charset="UTF-8"`);
  if (auth.bearer) challenges.push(`Bearer realm="${realm}"${tokenRefused ? ', error="invalid_token"' : ''}`);
  const wanted = [
    auth.check ? 'HTTP basic authentication with a broker user' : '',
    auth.bearer ? 'a valid bearer token' : '',
  ]
    .filter(Boolean)
    .join(' or ');
  res
    .writeHead(401, { 'content-type': 'application/json', 'www-authenticate': challenges })
    .end(`${JSON.stringify({ error: `unauthorized: ${wanted} is required` })}\n`);
  return false;
}
