import type { TlsOptions } from 'node:tls';
import { type BrokerConfig, ConfigError } from '../config';
import { usesSasl, usesTls } from '../config/listeners';
import { JaasConfigError, parseJaasConfig, plainUsers } from './jaas';
import { OAUTHBEARER_LOGIN_MODULE, type UnsecuredValidatorOptions, unsecuredValidatorOptions } from './oauthbearer';
import { SslPrincipalMapper } from './principal';

const UNSECURED_VALIDATOR =
  'org.apache.kafka.common.security.oauthbearer.internals.unsecured.OAuthBearerUnsecuredValidatorCallbackHandler';
import { type SaslListenerConfig, SUPPORTED_MECHANISMS } from './sasl-authenticator';
import type { ScramCredentialStore } from './scram-store';
import { tlsServerOptions } from './tls';

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

/** Resolves a listener's security from its config; throws ConfigError (one line, no secret) if unusable. */
export function listenerSecurity(
  config: BrokerConfig,
  listenerName: string,
  securityProtocol: string,
  scram: ScramCredentialStore,
): ListenerSecurity {
  return {
    securityProtocol,
    tls: usesTls(securityProtocol) ? tlsServerOptions(config, listenerName) : null,
    sasl: usesSasl(securityProtocol) ? saslConfig(config, listenerName, scram) : null,
    principalMapper: new SslPrincipalMapper(
      config.listenerValue(listenerName, 'ssl.principal.mapping.rules') ?? 'DEFAULT',
    ),
  };
}

function saslConfig(config: BrokerConfig, listenerName: string, scram: ScramCredentialStore): SaslListenerConfig {
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
  let oauthBearer: UnsecuredValidatorOptions | null = null;
  if (mechanisms.includes('OAUTHBEARER')) {
    const handlerKey = [
      `${prefix}.oauthbearer.sasl.server.callback.handler.class`,
      'sasl.server.callback.handler.class',
    ].find((k) => config.raw(k) !== null);
    const handler = handlerKey ? config.raw(handlerKey)!.trim() : '';
    if (handler !== '' && handler !== UNSECURED_VALIDATOR) {
      throw new ConfigError(
        `${where}: ${handlerKey}=${handler} is not a validator Brook has (OAUTHBEARER validates unsecured JWTs only: ${UNSECURED_VALIDATOR})`,
      );
    }
    const { key, entries } = jaasFor(
      'OAUTHBEARER',
      `OAUTHBEARER needs its JAAS entry: set ${prefix}.oauthbearer.sasl.jaas.config (or sasl.jaas.config) to "${OAUTHBEARER_LOGIN_MODULE} required;" (unsecuredValidator* options optional)`,
    );
    try {
      oauthBearer = unsecuredValidatorOptions(entries);
    } catch (error) {
      throw new ConfigError(`${where}: ${key}: ${(error as Error).message}`);
    }
  }
  return {
    mechanisms,
    plainUsers: users,
    oauthBearer,
    scramCredentials: (user, mechanism) => scram.get(user, mechanism),
    maxReauthMs: Number(config.listenerValue(listenerName, 'connections.max.reauth.ms') ?? 0),
  };
}
