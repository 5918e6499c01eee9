import type { TlsOptions } from 'node:tls';
import { type BrokerConfig, ConfigError } from '../config';
import { usesSasl, usesTls } from '../config/listeners';
import { JaasConfigError, parseJaasConfig, plainUsers } from './jaas';
import { type Logger, silentLogger } from '../log';
import { brokerJwtValidator, JWKS_VALIDATOR_HANDLER, JWKS_VALIDATOR_HANDLER_OLD } from './jwt-validator';
import {
  OAUTHBEARER_LOGIN_MODULE,
  type OAuthBearerValidator,
  UnsecuredJwtValidator,
  unsecuredValidatorOptions,
} from './oauthbearer';
import { SslPrincipalMapper } from './principal';
import { type SaslListenerConfig, SUPPORTED_MECHANISMS } from './sasl-authenticator';
import type { DelegationTokens } from './delegation-tokens';
import type { ScramCredentialStore } from './scram-store';
import { tlsServerOptions } from './tls';

const UNSECURED_VALIDATOR =
  'org.apache.kafka.common.security.oauthbearer.internals.unsecured.OAuthBearerUnsecuredValidatorCallbackHandler';

/** How one listener secures its connections, resolved and checked once at start-up. */
export interface ListenerSecurity {
  securityProtocol: string;
  /** TLS server options (SSL, SASL_SSL); null on plaintext listeners. */
  tls: TlsOptions | null;
  /** SASL setup (SASL_PLAINTEXT, SASL_SSL); null otherwise. */
  sasl: SaslListenerConfig | null;
  /** ssl.principal.mapping.rules of the listener: a client certificate's subject -> principal name. */
  principalMapper: SslPrincipalMapper;
}

/** Where SASL/SCRAM finds users and delegation tokens (the broker's stores). */
export interface SaslLogins {
  scram: ScramCredentialStore;
  tokens: DelegationTokens;
}

/**
 * Resolves a listener's security from its config; throws ConfigError (one line, no secret) if unusable. A JWKS
 * validator's first fetch happens in `initListenerSecurity`, awaited before the listener opens.
 */
export function listenerSecurity(
  config: BrokerConfig,
  listenerName: string,
  securityProtocol: string,
  logins: SaslLogins,
  log: Logger = silentLogger,
): ListenerSecurity {
  return {
    securityProtocol,
    tls: usesTls(securityProtocol) ? tlsServerOptions(config, listenerName) : null,
    sasl: usesSasl(securityProtocol) ? saslConfig(config, listenerName, logins, log) : null,
    principalMapper: new SslPrincipalMapper(
      config.listenerValue(listenerName, 'ssl.principal.mapping.rules') ?? 'DEFAULT',
    ),
  };
}

/** The start-up work of a listener's security (the JWKS's first fetch); ConfigError naming the listener on failure. */
export async function initListenerSecurity(listenerName: string, security: ListenerSecurity): Promise<void> {
  try {
    await security.sasl?.oauthBearer?.init?.();
  } catch (error) {
    throw new ConfigError(
      `listener ${listenerName}: the OAuth validator could not read its JWKS (sasl.oauthbearer.jwks.endpoint.url): ${(error as Error).message}`,
    );
  }
}

/** Stops what a listener's security runs in the background (the JWKS refresh). */
export function closeListenerSecurity(security: ListenerSecurity): void {
  security.sasl?.oauthBearer?.close?.();
}

/**
 * A `sasl.oauthbearer.*` key as Kafka resolves it for a listener and the OAUTHBEARER mechanism:
 * `listener.name.<l>.oauthbearer.<key>`, `listener.name.<l>.<key>`, then `<key>`.
 */
export function oauthBearerSettings(config: BrokerConfig, listenerName: string): (key: string) => string | null {
  const prefix = `listener.name.${listenerName.toLowerCase()}`;
  return (key) => config.raw(`${prefix}.oauthbearer.${key}`) ?? config.raw(`${prefix}.${key}`) ?? config.raw(key);
}

/**
 * The OAUTHBEARER validator a listener's `sasl.server.callback.handler.class` names: Kafka's unsecured default, or
 * OAuthBearerValidatorCallbackHandler (signed JWTs against a JWKS, its keys from `oauthBearerSettings`).
 * Throws Error with Kafka's message.
 */
function oauthBearerValidator(
  config: BrokerConfig,
  listenerName: string,
  handler: string,
  jaas: () => ReturnType<typeof parseJaasConfig>,
  log: Logger,
): OAuthBearerValidator {
  // Kafka needs the listener's OAuthBearerLoginModule entry whichever validator checks the tokens.
  const entries = jaas();
  if (handler === JWKS_VALIDATOR_HANDLER || handler === JWKS_VALIDATOR_HANDLER_OLD) {
    return brokerJwtValidator(
      oauthBearerSettings(config, listenerName),
      log.child({ component: 'oauthbearer', listener: listenerName }),
    );
  }
  return new UnsecuredJwtValidator(unsecuredValidatorOptions(entries));
}

function saslConfig(config: BrokerConfig, listenerName: string, logins: SaslLogins, log: Logger): SaslListenerConfig {
  const mechanisms = (config.listenerValue(listenerName, 'sasl.enabled.mechanisms') ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  const where = `listener ${listenerName}`;
  if (mechanisms.length === 0) throw new ConfigError(`${where}: sasl.enabled.mechanisms is empty`);
  for (const m of mechanisms) {
    if (!(SUPPORTED_MECHANISMS as readonly string[]).includes(m)) {
      throw new ConfigError(
        `${where}: SASL mechanism ${m} is not supported by Brook (sasl.enabled.mechanisms may name ${SUPPORTED_MECHANISMS.join(', ')})`,
      );
    }
  }
  const prefix = `listener.name.${listenerName.toLowerCase()}`;
  /** The JAAS entries for a mechanism: `listener.name.<l>.<mechanism>.sasl.jaas.config`, then the wider keys. */
  const jaasFor = (mechanism: string, missing: string) => {
    const key = [
      `${prefix}.${mechanism.toLowerCase()}.sasl.jaas.config`,
      `${prefix}.sasl.jaas.config`,
      'sasl.jaas.config',
    ].find((k) => config.raw(k) !== null);
    if (!key) throw new ConfigError(`${where}: ${missing}`);
    try {
      return { key, entries: parseJaasConfig(config.raw(key)!) };
    } catch (error) {
      if (error instanceof JaasConfigError) throw new ConfigError(`${where}: cannot parse ${key}: ${error.message}`);
      throw error;
    }
  };
  let users = new Map<string, string>();
  if (mechanisms.includes('PLAIN')) {
    users = plainUsers(
      jaasFor(
        'PLAIN',
        `PLAIN needs its users: set ${prefix}.plain.sasl.jaas.config (or sasl.jaas.config) to a PlainLoginModule entry with user_<name>="<password>" options`,
      ).entries,
    );
  }
  let oauthBearer: OAuthBearerValidator | null = null;
  if (mechanisms.includes('OAUTHBEARER')) {
    const handlerKey = [
      `${prefix}.oauthbearer.sasl.server.callback.handler.class`,
      'sasl.server.callback.handler.class',
    ].find((k) => config.raw(k) !== null);
    const handler = handlerKey ? config.raw(handlerKey)!.trim() : '';
    if (
      handler !== '' &&
      handler !== UNSECURED_VALIDATOR &&
      handler !== JWKS_VALIDATOR_HANDLER &&
      handler !== JWKS_VALIDATOR_HANDLER_OLD
    ) {
      throw new ConfigError(
        `${where}: ${handlerKey}=${handler} is not a validator Brook has (OAUTHBEARER validates unsecured JWTs with ${UNSECURED_VALIDATOR}, signed ones against a JWKS with ${JWKS_VALIDATOR_HANDLER})`,
      );
    }
    let jaasKey = '';
    const unsecuredJaas = () => {
      const { key, entries } = jaasFor(
        'OAUTHBEARER',
        `OAUTHBEARER needs its JAAS entry: set ${prefix}.oauthbearer.sasl.jaas.config (or sasl.jaas.config) to "${OAUTHBEARER_LOGIN_MODULE} required;" (unsecuredValidator* options optional)`,
      );
      jaasKey = key;
      return entries;
    };
    try {
      oauthBearer = oauthBearerValidator(config, listenerName, handler, unsecuredJaas, log);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`${where}: ${jaasKey ? `${jaasKey}: ` : ''}${(error as Error).message}`);
    }
  }
  return {
    mechanisms,
    plainUsers: users,
    oauthBearer,
    scramCredentials: (user, mechanism) => logins.scram.get(user, mechanism),
    tokenLogin: (tokenId, mechanism) => logins.tokens.login(tokenId, mechanism),
    maxReauthMs: Number(config.listenerValue(listenerName, 'connections.max.reauth.ms') ?? 0),
  };
}
