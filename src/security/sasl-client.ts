/**
 * The client side of Kafka's SASL exchange, for Brook's own connections to a broker: the `brook` tool's commands
 * (src/cli/client/login.ts) and a cluster node's connections to the others (src/cluster/inter-node-security.ts).
 * SaslHandshake v1, then SaslAuthenticate tokens: RFC 4616 PLAIN, or RFC 5802 SCRAM with the server's signature
 * checked (Kafka's ScramSaslClient, without channel binding).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { errorName } from '../errors';
import { saltedPassword, type ScramMechanismInfo, scramMechanismByName } from './scram';

/** The mechanisms this client logs in with. */
export const CLIENT_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const;

export interface SaslCredentials {
  mechanism: string;
  username: string;
  password: string;
  /** A delegation token login (SCRAM only): the token id as username, its HMAC (base64) as password. */
  tokenAuth?: boolean;
}

/** A login the broker refused, or a broker that did not prove it holds the credential; the message says which. */
export class SaslLoginError extends Error {}

/** What the exchange needs of a connection: one request at a time, answered in order. */
export interface SaslTransport {
  send<T>(apiKey: number, apiVersion: number, body: unknown): Promise<T>;
}

interface AuthenticateResponse {
  errorCode: number;
  errorMessage: string | null;
  authBytes: Buffer;
}

/** Logs the connection in; SaslLoginError with Kafka's error name and message when refused. */
export async function saslLogin(client: SaslTransport, sasl: SaslCredentials): Promise<void> {
  const handshake = await client.send<{ errorCode: number; mechanisms: string[] }>(17, 1, {
    mechanism: sasl.mechanism,
  });
  if (handshake.errorCode !== 0) {
    throw new SaslLoginError(
      `SASL ${sasl.mechanism}: ${errorName(handshake.errorCode)} (the listener offers ${handshake.mechanisms.join(', ') || 'none'})`,
    );
  }
  const step = async (token: Buffer): Promise<Buffer> => {
    const r = await client.send<AuthenticateResponse>(36, 1, { authBytes: token });
    if (r.errorCode !== 0) {
      throw new SaslLoginError(
        `SASL ${sasl.mechanism}: ${errorName(r.errorCode)}${r.errorMessage ? ` (${r.errorMessage})` : ''}`,
      );
    }
    return Buffer.from(r.authBytes);
  };
  if (sasl.mechanism === 'PLAIN') {
    await step(Buffer.from(`\u0000${sasl.username}\u0000${sasl.password}`, 'utf8'));
    return;
  }
  const scram = scramMechanismByName(sasl.mechanism);
  if (!scram) throw new SaslLoginError(`SASL ${sasl.mechanism}: not a mechanism Brook logs in with`);
  await scramLogin(scram, sasl.username, sasl.password, step, sasl.tokenAuth === true);
}

/** The client side of RFC 5802 without channel binding (`n,,`), as Kafka's ScramSaslClient. */
async function scramLogin(
  m: ScramMechanismInfo,
  username: string,
  password: string,
  step: (token: Buffer) => Promise<Buffer>,
  tokenAuth: boolean,
): Promise<void> {
  const clientNonce = randomBytes(24).toString('base64url');
  const saslName = username.replace(/=/g, '=3D').replace(/,/g, '=2C');
  // Kafka's ScramExtensions: `tokenauth=true` asks the broker to look the name up as a delegation token id.
  const clientFirstBare = `n=${saslName},r=${clientNonce}${tokenAuth ? ',tokenauth=true' : ''}`;
  const serverFirst = (await step(Buffer.from(`n,,${clientFirstBare}`, 'utf8'))).toString('utf8');
  const fields = new Map(serverFirst.split(',').map((f) => [f.slice(0, 1), f.slice(2)] as const));
  const nonce = fields.get('r') ?? '';
  const salt = Buffer.from(fields.get('s') ?? '', 'base64');
  const iterations = Number(fields.get('i'));
  if (!nonce.startsWith(clientNonce) || !Number.isInteger(iterations) || iterations <= 0) {
    throw new SaslLoginError(`SASL ${m.name}: the broker's first message is not valid SCRAM`);
  }
  const hmac = (key: Buffer, text: string) => createHmac(m.hash, key).update(text).digest();
  const salted = saltedPassword(m, password, salt, iterations);
  const clientKey = hmac(salted, 'Client Key');
  const storedKey = createHash(m.hash).update(clientKey).digest();
  const withoutProof = `c=biws,r=${nonce}`;
  const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
  const signature = hmac(storedKey, authMessage);
  const proof = Buffer.from(clientKey.map((b, i) => b ^ signature[i]!));
  const serverFinal = (await step(Buffer.from(`${withoutProof},p=${proof.toString('base64')}`, 'utf8'))).toString();
  const expected = hmac(hmac(salted, 'Server Key'), authMessage);
  const got = Buffer.from(serverFinal.startsWith('v=') ? serverFinal.slice(2) : '', 'base64');
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
    throw new SaslLoginError(
      `SASL ${m.name}: the broker's signature does not match (not the broker holding the credential)`,
    );
  }
}
