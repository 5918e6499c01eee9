import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PasswordCheck } from '../security/password-check';

/** HTTP basic authentication of a listener (ksqlDB's authentication.method=BASIC): who may call it. */
export interface BasicAuth {
  check: PasswordCheck;
  /** The realm named in WWW-Authenticate. */
  realm: string;
  /** Paths served without credentials (ksqlDB's authentication.skip.paths), e.g. /health for probes. */
  skipPaths: readonly string[];
}

/**
 * True when the request may go on; otherwise answers 401 with a WWW-Authenticate challenge (RFC 7617). The
 * password is checked against the broker's users and never logged.
 */
export function authorizeBasic(auth: BasicAuth, req: IncomingMessage, res: ServerResponse, path: string): boolean {
  if (auth.skipPaths.includes(path)) return true;
  const header = req.headers.authorization ?? '';
  const match = /^Basic +([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (match) {
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0 && auth.check(decoded.slice(0, colon), decoded.slice(colon + 1))) return true;
  }
  res
    .writeHead(401, {
      'content-type': 'application/json',
      'www-authenticate': `Basic realm="${auth.realm.replace(/"/g, '')}", charset="UTF-8"`,
    })
    .end(`${JSON.stringify({ error: 'unauthorized: HTTP basic authentication with a broker user is required' })}\n`);
  return false;
}
