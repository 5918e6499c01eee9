import type { TlsOptions } from 'node:tls';
import type { BrokerConfig } from '../config';
import type { PasswordCheck } from '../security/password-check';
import { tlsServerOptions } from '../security/tls';
import type { BasicAuth } from './basic-auth';

/** How the ops HTTP listener is secured: TLS (an `https://` listener) and HTTP basic authentication. */
export interface HttpSecurity {
  tls: TlsOptions | null;
  basicAuth: BasicAuth | null;
}

/**
 * The ops listener's security from the broker's config: `https://` in http.listeners takes its keystore from
 * `listener.name.http.ssl.*`, then the broker's `ssl.*` (Kafka's keys, checked as a broker listener's);
 * `http.authentication.method=BASIC` asks every request (but `http.authentication.skip.paths`) for a broker user's
 * name and password: a PLAIN user of the SASL listeners or a SCRAM user.
 */
export function httpSecurity(config: BrokerConfig, tls: boolean, check: PasswordCheck): HttpSecurity {
  const method = (config.string('http.authentication.method') ?? 'NONE').toUpperCase();
  return {
    tls: tls ? tlsServerOptions(config, 'HTTP') : null,
    basicAuth:
      method === 'BASIC'
        ? {
            check,
            realm: config.string('http.authentication.realm') ?? 'brook',
            skipPaths: (config.string('http.authentication.skip.paths') ?? '')
              .split(',')
              .map((p) => p.trim())
              .filter(Boolean),
          }
        : null,
  };
}
