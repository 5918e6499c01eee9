/**
 * How a `brook` client command reaches a secured listener: TLS (`--tls`, `--tls-ca FILE`) and SASL
 * (`--sasl-mechanism PLAIN|SCRAM-SHA-256|SCRAM-SHA-512`, `--sasl-username`, `--sasl-password` or
 * $BROOK_SASL_PASSWORD), as a Kafka client's security.protocol / sasl.mechanism / sasl.jaas.config do. The SASL
 * exchange is Kafka's: SaslHandshake v1, then SaslAuthenticate tokens (RFC 4616 PLAIN, RFC 5802 SCRAM with the
 * server's signature checked).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import type { WireClient } from '../../groups/wire-client';
import { errorName } from '../../errors';
import { saltedPassword, type ScramMechanismInfo, scramMechanismByName } from '../../security/scram';
import { CliError, type Parsed, str, UsageError } from './options';

export interface ClientSecurity {
  tls: ConnectionOptions | null;
  sasl: { mechanism: string; username: string; password: string } | null;
}

export const SECURITY_OPTIONS = {
  'sasl-mechanism': { type: 'string' },
  'sasl-username': { type: 'string' },
  'sasl-password': { type: 'string' },
  tls: { type: 'boolean' },
  'tls-ca': { type: 'string' },
} as const;

export const SECURITY_OPTIONS_HELP = `Secured listeners:
  --tls                       connect over TLS (SSL / SASL_SSL listeners); --tls-ca FILE implies it
  --tls-ca FILE               PEM CA certificates to trust (default: the system's)
  --sasl-mechanism M          PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (SASL_PLAINTEXT / SASL_SSL listeners)
  --sasl-username U           the user to log in as
  --sasl-password P           its password (or $BROOK_SASL_PASSWORD, which stays out of the process list)
`;

const MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];

/** The connection security the options ask for; UsageError on an incomplete or unknown SASL setting. */
export function clientSecurity(parsed: Parsed): ClientSecurity {
  const ca = str(parsed, 'tls-ca');
  let tls: ConnectionOptions | null = null;
  if (ca !== undefined) {
    try {
      tls = { ca: readFileSync(ca) };
    } catch (error) {
      throw new UsageError(`--tls-ca: cannot read ${ca}: ${(error as Error).message}`);
    }
  } else if (parsed.values.tls === true) tls = {};
  const mechanism = str(parsed, 'sasl-mechanism')?.toUpperCase();
  const username = str(parsed, 'sasl-username');
  const password = str(parsed, 'sasl-password') ?? process.env.BROOK_SASL_PASSWORD;
  if (mechanism === undefined) {
    if (username !== undefined) throw new UsageError('--sasl-username needs --sasl-mechanism');
    return { tls, sasl: null };
  }
  if (!MECHANISMS.includes(mechanism)) {
    throw new UsageError(`--sasl-mechanism must be one of ${MECHANISMS.join(', ')}, got "${mechanism}"`);
  }
  if (username === undefined) throw new UsageError(`--sasl-mechanism ${mechanism} needs --sasl-username`);
  if (password === undefined) {
    throw new UsageError(`--sasl-mechanism ${mechanism} needs --sasl-password (or $BROOK_SASL_PASSWORD)`);
  }
  return { tls, sasl: { mechanism, username, password } };
}

interface AuthenticateResponse {
  errorCode: number;
  errorMessage: string | null;
  authBytes: Buffer;
}

/** Logs the connection in (after ApiVersions); CliError with Kafka's error and message when refused. */
export async function saslLogin(client: WireClient, sasl: NonNullable<ClientSecurity['sasl']>): Promise<void> {
  const handshake = await client.send<{ errorCode: number; mechanisms: string[] }>(17, 1, {
    mechanism: sasl.mechanism,
  });
  if (handshake.errorCode !== 0) {
    throw new CliError(
      `SASL ${sasl.mechanism}: ${errorName(handshake.errorCode)} (the listener offers ${handshake.mechanisms.join(', ') || 'none'})`,
    );
  }
  const step = async (token: Buffer): Promise<Buffer> => {
    const r = await client.send<AuthenticateResponse>(36, 1, { authBytes: token });
    if (r.errorCode !== 0) {
      throw new CliError(
        `SASL ${sasl.mechanism}: ${errorName(r.errorCode)}${r.errorMessage ? ` (${r.errorMessage})` : ''}`,
      );
    }
    return Buffer.from(r.authBytes);
  };
  if (sasl.mechanism === 'PLAIN') {
    await step(Buffer.from(`\u0000${sasl.username}\u0000${sasl.password}`, 'utf8'));
    return;
  }
  await scramLogin(scramMechanismByName(sasl.mechanism)!, sasl.username, sasl.password, step);
}

/** The client side of RFC 5802 without channel binding (`n,,`), as Kafka's ScramSaslClient. */
async function scramLogin(
  m: ScramMechanismInfo,
  username: string,
  password: string,
  step: (token: Buffer) => Promise<Buffer>,
): Promise<void> {
  const clientNonce = randomBytes(24).toString('base64url');
  const saslName = username.replace(/=/g, '=3D').replace(/,/g, '=2C');
  const clientFirstBare = `n=${saslName},r=${clientNonce}`;
  const serverFirst = (await step(Buffer.from(`n,,${clientFirstBare}`, 'utf8'))).toString('utf8');
  const fields = new Map(serverFirst.split(',').map((f) => [f.slice(0, 1), f.slice(2)] as const));
  const nonce = fields.get('r') ?? '';
  const salt = Buffer.from(fields.get('s') ?? '', 'base64');
  const iterations = Number(fields.get('i'));
  if (!nonce.startsWith(clientNonce) || !Number.isInteger(iterations) || iterations <= 0) {
    throw new CliError(`SASL ${m.name}: the broker's first message is not valid SCRAM`);
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
    throw new CliError(`SASL ${m.name}: the broker's signature does not match (not the broker holding the credential)`);
  }
}
