import type { TlsOptions } from 'node:tls';
import { type BrokerConfig, ConfigError } from '../config';
import { usesSasl, usesTls } from '../config/listeners';
import { JaasConfigError, parseJaasConfig, plainUsers } from './jaas';
import { SslPrincipalMapper } from './principal';
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
  let users = new Map<string, string>();
  if (mechanisms.includes('PLAIN')) {
    const prefix = `listener.name.${listenerName.toLowerCase()}`;
    const key = [`${prefix}.plain.sasl.jaas.config`, `${prefix}.sasl.jaas.config`, 'sasl.jaas.config'].find(
      (k) => config.raw(k) !== null,
    );
    if (!key) {
      throw new ConfigError(
        `${where}: PLAIN needs its users: set ${prefix}.plain.sasl.jaas.config (or sasl.jaas.config) to a PlainLoginModule entry with user_<name>="<password>" options`,
      );
    }
    try {
      users = plainUsers(parseJaasConfig(config.raw(key)!));
    } catch (error) {
      if (error instanceof JaasConfigError) throw new ConfigError(`${where}: cannot parse ${key}: ${error.message}`);
      throw error;
    }
  }
  return {
    mechanisms,
    plainUsers: users,
    scramCredentials: (user, mechanism) => scram.get(user, mechanism),
    maxReauthMs: Number(config.listenerValue(listenerName, 'connections.max.reauth.ms') ?? 0),
  };
}
