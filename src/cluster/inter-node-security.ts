/**
 * How a node secures its own connections to the other nodes, from Kafka's keys, as Kafka's brokers and controllers
 * build their clients: the Raft client and the broker-to-controller channel reach the controllers on the first of
 * `controller.listener.names` and log in with `sasl.mechanism.controller.protocol`; replica fetchers and the
 * transaction marker sender reach the other brokers on the inter-broker listener (`inter.broker.listener.name`,
 * else the listener named by `security.inter.broker.protocol`) and log in with
 * `sasl.mechanism.inter.broker.protocol`. The listener's security protocol (listener.security.protocol.map) says
 * what runs on the socket: TLS from the listener's `ssl.*` keys (src/security/tls.ts), SASL with the `username` and
 * `password` of the listener's JAAS entry for that mechanism (`listener.name.<l>.<mechanism>.sasl.jaas.config`, the
 * entry whose `user_<name>` options the listener checks others against). Resolved once at start-up: a setting this
 * node cannot log in with is a ConfigError naming the key.
 */
import type { ConnectionOptions } from 'node:tls';
import { type BrokerConfig, ConfigError } from '../config';
import { usesSasl, usesTls } from '../config/listeners';
import { JaasConfigError, parseJaasConfig } from '../security/jaas';
import { CLIENT_MECHANISMS, type SaslCredentials } from '../security/sasl-client';
import { tlsClientOptions } from '../security/tls';
import { controllerListenerNames } from './quorum-config';

export interface PeerSecurity {
  /** TLS client options (SSL, SASL_SSL); null on plaintext. */
  tls: ConnectionOptions | null;
  /** The login after connecting (SASL_PLAINTEXT, SASL_SSL); null otherwise. */
  sasl: SaslCredentials | null;
}

export const PLAINTEXT_PEERS: PeerSecurity = { tls: null, sasl: null };

/**
 * The listener brokers replicate over: `inter.broker.listener.name`; else, as Kafka, the listener named by
 * `security.inter.broker.protocol` (PLAINTEXT by default); else the first listener that is not a controller's.
 */
export function interBrokerListenerName(config: BrokerConfig): string | undefined {
  const configured = config.string('inter.broker.listener.name');
  if (configured) return configured.toUpperCase();
  const controllers = controllerListenerNames(config);
  const brokerListeners = config.listeners.filter((l) => !controllers.includes(l.name));
  const byProtocol = (config.string('security.inter.broker.protocol') ?? 'PLAINTEXT').toUpperCase();
  return (brokerListeners.find((l) => l.name === byProtocol) ?? brokerListeners[0])?.name;
}

/** This node's connections to the other brokers' inter-broker listener. */
export function interBrokerPeerSecurity(config: BrokerConfig): PeerSecurity {
  const listener = interBrokerListenerName(config);
  return listener ? peerSecurity(config, listener, 'sasl.mechanism.inter.broker.protocol') : PLAINTEXT_PEERS;
}

/** This node's connections to the controllers (controller.quorum.voters / bootstrap servers). */
export function controllerPeerSecurity(config: BrokerConfig): PeerSecurity {
  const listener = controllerListenerNames(config)[0];
  return listener ? peerSecurity(config, listener, 'sasl.mechanism.controller.protocol') : PLAINTEXT_PEERS;
}

function peerSecurity(config: BrokerConfig, listenerName: string, mechanismKey: string): PeerSecurity {
  const protocol = config.securityProtocolOf(listenerName) ?? 'PLAINTEXT';
  return {
    tls: usesTls(protocol) ? tlsClientOptions(config, listenerName) : null,
    sasl: usesSasl(protocol) ? saslCredentials(config, listenerName, mechanismKey) : null,
  };
}

function saslCredentials(config: BrokerConfig, listenerName: string, mechanismKey: string): SaslCredentials {
  const mechanism = (config.string(mechanismKey) ?? 'GSSAPI').trim().toUpperCase();
  if (!(CLIENT_MECHANISMS as readonly string[]).includes(mechanism)) {
    throw new ConfigError(
      `${mechanismKey}=${mechanism}: a node logs in to listener ${listenerName} with ${CLIENT_MECHANISMS.join(', ')} (GSSAPI, Kafka's default, needs Kerberos, which Brook does not have)`,
    );
  }
  const prefix = `listener.name.${listenerName.toLowerCase()}`;
  const keys = [
    `${prefix}.${mechanism.toLowerCase()}.sasl.jaas.config`,
    `${prefix}.sasl.jaas.config`,
    'sasl.jaas.config',
  ];
  const key = keys.find((k) => config.raw(k) !== null);
  const missing = `${mechanismKey}=${mechanism} on listener ${listenerName} needs this node's own login: username="..." password="..." in ${keys[0]}`;
  if (!key) throw new ConfigError(missing);
  let entries: ReturnType<typeof parseJaasConfig>;
  try {
    entries = parseJaasConfig(config.raw(key)!);
  } catch (error) {
    if (error instanceof JaasConfigError) throw new ConfigError(`cannot parse ${key}: ${error.message}`);
    throw error;
  }
  const login = entries.find((e) => e.options.has('username') && e.options.has('password'));
  if (!login) throw new ConfigError(missing);
  return { mechanism, username: login.options.get('username')!, password: login.options.get('password')! };
}
