import type { TlsOptions } from 'node:tls';
import { type BrokerConfig, ConfigError } from '../config';
import { type Logger, silentLogger } from '../log';
import { brokerJwtValidator } from '../security/jwt-validator';
import { oauthBearerSettings } from '../security/listener-security';
import type { PasswordCheck } from '../security/password-check';
import { tlsServerOptions } from '../security/tls';
import type { HttpAuth } from './http-auth';

/** How an HTTP listener is secured: TLS (an `https://` listener) and who may call it. */
export interface HttpSecurity {
  tls: TlsOptions | null;
  auth: HttpAuth | null;
  /** The bearer validator's first JWKS fetch; a failure is a ConfigError naming the listener. */
  init(): Promise<void>;
  close(): void;
}

const METHODS = new Set(['NONE', 'BASIC', 'BEARER']);

/**
 * An HTTP listener's security from the broker's config, `prefix` naming the listener (`http`: the ops listener,
 * `sql`: the SQL REST listener): `https://` in `<prefix>.listeners` takes its keystore from
 * `listener.name.<prefix>.ssl.*`, then the broker's `ssl.*` (Kafka's keys, checked as a broker listener's).
 * `<prefix>.authentication.method` (Confluent REST's `authentication.method`): NONE; BASIC asks every request (but
 * `<prefix>.authentication.skip.paths`) for a user's name and password (`check`: the broker's PLAIN and SCRAM
 * users, or `brook sql-server`'s JAAS users); BEARER takes `Authorization: Bearer <JWT>` checked as OAUTHBEARER's
 * OAuthBearerValidatorCallbackHandler does, with the `sasl.oauthbearer.*` keys read under
 * `listener.name.<prefix>.oauthbearer.`, `listener.name.<prefix>.`, then bare; `BASIC,BEARER` accepts either.
 */
export function httpSecurity(
  config: BrokerConfig,
  tls: boolean,
  check: PasswordCheck,
  prefix: 'http' | 'sql' = 'http',
  log?: Logger,
): HttpSecurity {
  const key = `${prefix}.authentication.method`;
  const methods = new Set(
    (config.string(key) ?? 'NONE')
      .split(',')
      .map((m) => m.trim().toUpperCase())
      .filter(Boolean),
  );
  for (const m of methods) {
    if (!METHODS.has(m)) throw new ConfigError(`${key}=${m} is not one of NONE, BASIC, BEARER (or BASIC,BEARER)`);
  }
  let bearer: HttpAuth['bearer'] = null;
  if (methods.has('BEARER')) {
    try {
      bearer = brokerJwtValidator(
        oauthBearerSettings(config, prefix),
        (log ?? silentLogger).child({ component: 'http-bearer', listener: prefix }),
      );
    } catch (error) {
      throw new ConfigError(`${key}=BEARER: ${(error as Error).message}`);
    }
  }
  const basic = methods.has('BASIC');
  return {
    tls: tls ? tlsServerOptions(config, prefix.toUpperCase()) : null,
    auth:
      basic || bearer
        ? {
            check: basic ? check : null,
            bearer,
            realm: config.string(`${prefix}.authentication.realm`) ?? 'brook',
            skipPaths: (config.string(`${prefix}.authentication.skip.paths`) ?? '')
              .split(',')
              .map((p) => p.trim())
              .filter(Boolean),
          }
        : null,
    async init() {
      try {
        await bearer?.init?.();
      } catch (error) {
        throw new ConfigError(
          `${key}=BEARER: could not read the JWKS (sasl.oauthbearer.jwks.endpoint.url): ${(error as Error).message}`,
        );
      }
    },
    close() {
      bearer?.close?.();
    },
  };
}
