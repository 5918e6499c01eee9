import { timingSafeEqual } from 'node:crypto';
import { type SaslServer, SaslFailure } from './sasl-server';

/**
 * SASL/PLAIN (RFC 4616) as Kafka's PlainSaslServer: `[authzid] NUL authcid NUL passwd`, checked against the
 * users of the listener's JAAS config; Kafka's messages for each refusal.
 */
export class PlainSaslServer implements SaslServer {
  readonly mechanism = 'PLAIN';
  complete = false;
  authorizationId = '';

  constructor(private readonly users: ReadonlyMap<string, string>) {}

  evaluate(token: Buffer): Buffer {
    const tokens = token.toString('utf8').split('\u0000');
    if (tokens.length !== 3) {
      throw new SaslFailure(`Invalid SASL/PLAIN response: expected 3 tokens, got ${Math.min(tokens.length, 4)}`, true);
    }
    const [authzid, username, password] = tokens as [string, string, string];
    if (username === '') throw new SaslFailure('Authentication failed: username not specified', true);
    if (password === '') throw new SaslFailure('Authentication failed: password not specified', true);
    const expected = this.users.get(username);
    if (expected === undefined || !sameSecret(expected, password)) {
      throw new SaslFailure('Authentication failed: Invalid username or password', true);
    }
    if (authzid !== '' && authzid !== username) {
      throw new SaslFailure(
        'Authentication failed: Client requested an authorization id that is different from username',
        true,
      );
    }
    this.authorizationId = username;
    this.complete = true;
    return Buffer.alloc(0);
  }
}

/** Constant-time comparison (the length still shows, as in Kafka's Utils.isEqualConstantTime). */
function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
