import type { TlsOptions } from 'node:tls';
import type { BrokerConfig } from '../config';
import type { PasswordCheck } from '../security/password-check';
import { tlsServerOptions } from '../security/tls';
import type { BasicAuth } from './basic-auth';

/** How an HTTP listener is secured: TLS (an `https://` listener) and HTTP basic authentication. */
export interface HttpSecurity {
  tls: TlsOptions | null;
  basicAuth: BasicAuth | null;
}

/**
 * An HTTP listener's security from the broker's config, `prefix` naming the listener (`http`: the ops listener,
 * `sql`: the SQL companion's REST listener): `https://` in `<prefix>.listeners` takes its keystore from
 * `listener.name.<prefix>.ssl.*`, then the broker's `ssl.*` (Kafka's keys, checked as a broker listener's);
 * `<prefix>.authentication.method=BASIC` asks every request (but `<prefix>.authentication.skip.paths`) for a broker
 * user's name and password: a PLAIN user of the SASL listeners or a SCRAM user.
 */
export function httpSecurity(
  config: BrokerConfig,
  tls: boolean,
  check: PasswordCheck,
  prefix: 'http' | 'sql' = 'http',
): HttpSecurity {
  const method = (config.string(`${prefix}.authentication.method`) ?? 'NONE').toUpperCase();
  return {
    tls: tls ? tlsServerOptions(config, prefix.toUpperCase()) : null,
    basicAuth:
      method === 'BASIC'
        ? {
            check,
            realm: config.string(`${prefix}.authentication.realm`) ?? 'brook',
            skipPaths: (config.string(`${prefix}.authentication.skip.paths`) ?? '')
              .split(',')
              .map((p) => p.trim())
              .filter(Boolean),
          }
        : null,
  };
}
