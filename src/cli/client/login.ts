/**
 * How a `brook` client command reaches a secured listener: TLS (`--tls`, `--tls-ca FILE`) and SASL
 * (`--sasl-mechanism PLAIN|SCRAM-SHA-256|SCRAM-SHA-512`, `--sasl-username`, `--sasl-password` or
 * $BROOK_SASL_PASSWORD, `--sasl-token` for a delegation token), as a Kafka client's security.protocol /
 * sasl.mechanism / sasl.jaas.config do. The SASL exchange itself is src/security/sasl-client.ts.
 */
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import type { WireClient } from '../../groups/wire-client';
import { CLIENT_MECHANISMS, saslLogin as login, SaslLoginError } from '../../security/sasl-client';
import { CliError, type Parsed, str, UsageError } from './options';

export interface ClientSecurity {
  tls: ConnectionOptions | null;
  sasl: { mechanism: string; username: string; password: string; tokenAuth: boolean } | null;
}

export const SECURITY_OPTIONS = {
  'sasl-mechanism': { type: 'string' },
  'sasl-username': { type: 'string' },
  'sasl-password': { type: 'string' },
  'sasl-token': { type: 'boolean' },
  tls: { type: 'boolean' },
  'tls-ca': { type: 'string' },
} as const;

export const SECURITY_OPTIONS_HELP = `Secured listeners:
  --tls                       connect over TLS (SSL / SASL_SSL listeners); --tls-ca FILE implies it
  --tls-ca FILE               PEM CA certificates to trust (default: the system's)
  --sasl-mechanism M          PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (SASL_PLAINTEXT / SASL_SSL listeners)
  --sasl-username U           the user to log in as
  --sasl-password P           its password (or $BROOK_SASL_PASSWORD, which stays out of the process list)
  --sasl-token                log in with a delegation token (SCRAM): the username is the token id, the
                              password its HMAC, as kafka-delegation-tokens prints them
`;

const MECHANISMS: readonly string[] = CLIENT_MECHANISMS;

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
  const tokenAuth = parsed.values['sasl-token'] === true;
  if (mechanism === undefined) {
    if (username !== undefined) throw new UsageError('--sasl-username needs --sasl-mechanism');
    if (tokenAuth) throw new UsageError('--sasl-token needs --sasl-mechanism SCRAM-SHA-256 or SCRAM-SHA-512');
    return { tls, sasl: null };
  }
  if (tokenAuth && mechanism === 'PLAIN') {
    throw new UsageError('--sasl-token needs --sasl-mechanism SCRAM-SHA-256 or SCRAM-SHA-512');
  }
  if (!MECHANISMS.includes(mechanism)) {
    throw new UsageError(`--sasl-mechanism must be one of ${MECHANISMS.join(', ')}, got "${mechanism}"`);
  }
  if (username === undefined) throw new UsageError(`--sasl-mechanism ${mechanism} needs --sasl-username`);
  if (password === undefined) {
    throw new UsageError(`--sasl-mechanism ${mechanism} needs --sasl-password (or $BROOK_SASL_PASSWORD)`);
  }
  return { tls, sasl: { mechanism, username, password, tokenAuth } };
}

/** Logs the connection in (after ApiVersions); CliError with Kafka's error and message when refused. */
export async function saslLogin(client: WireClient, sasl: NonNullable<ClientSecurity['sasl']>): Promise<void> {
  try {
    await login(client, sasl);
  } catch (error) {
    if (error instanceof SaslLoginError) throw new CliError(error.message);
    throw error;
  }
}
