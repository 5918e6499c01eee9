import { ConfigError } from './validate';

/** One `NAME://host:port` entry of `listeners` / `advertised.listeners`. */
export interface ListenerSpec {
  name: string;
  /** As written; '' means every interface (Kafka's `PLAINTEXT://:9092`). */
  host: string;
  port: number;
  securityProtocol: string;
}

/** Kafka's SecurityProtocol names Brook serves (src/security owns TLS and SASL). */
export const SECURITY_PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;
const SUPPORTED_PROTOCOLS = new Set<string>(SECURITY_PROTOCOLS);

/** True for the protocols that run TLS on the socket. */
export const usesTls = (protocol: string): boolean => protocol === 'SSL' || protocol === 'SASL_SSL';
/** True for the protocols that authenticate with SASL before other requests. */
export const usesSasl = (protocol: string): boolean => protocol.startsWith('SASL_');

/** Parses Kafka's listener syntax; `protocolMap` is `listener.security.protocol.map`. */
export function parseListeners(value: string, key: string, protocolMap: string): ListenerSpec[] {
  const map = new Map<string, string>();
  for (const entry of protocolMap.split(',')) {
    const [name, protocol] = entry.split(':').map((s) => s.trim());
    if (name && protocol) map.set(name.toUpperCase(), protocol.toUpperCase());
  }
  const out: ListenerSpec[] = [];
  for (const item of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z0-9_-]+):\/\/(\[[^\]]*\]|[^:]*):(\d+)$/.exec(item);
    if (!match) throw new ConfigError(`Invalid value ${item} for configuration ${key}: expected NAME://host:port`);
    const name = match[1]!.toUpperCase();
    const host = match[2]!.replace(/^\[(.*)\]$/, '$1');
    const port = Number(match[3]);
    if (port > 65535) throw new ConfigError(`Invalid value ${item} for configuration ${key}: port out of range`);
    const securityProtocol = map.get(name);
    if (!securityProtocol) {
      throw new ConfigError(
        `Invalid value ${item} for configuration ${key}: listener ${name} is not in listener.security.protocol.map`,
      );
    }
    if (out.some((l) => l.name === name)) {
      throw new ConfigError(`Invalid value ${value} for configuration ${key}: listener name ${name} appears twice`);
    }
    out.push({ name, host, port, securityProtocol });
  }
  if (out.length === 0) throw new ConfigError(`Invalid value ${value} for configuration ${key}: no listener`);
  return out;
}

/** A protocol outside Kafka's four is refused at start-up with a clear reason. */
export function checkSupported(listeners: ListenerSpec[]): void {
  for (const l of listeners) {
    if (!SUPPORTED_PROTOCOLS.has(l.securityProtocol)) {
      throw new ConfigError(
        `listener ${l.name}://${l.host}:${l.port} uses ${l.securityProtocol}, which is not a security protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL)`,
      );
    }
  }
}

/**
 * An HTTP listener setting: the SQL processor's REST listener (`sql.listeners`, ksqlDB's `listeners`, port 8088
 * when omitted) or the ops listener (`http.listeners`: /metrics, /health, /ready; port 9644): `http://host:port`,
 * the first of a list; '' leaves it off. `https://` where `allowHttps` (the ops listener: TLS from
 * `listener.name.http.ssl.*`, then the broker's `ssl.*`).
 */
export function parseHttpListener(
  value: string,
  key = 'sql.listeners',
  defaultPort = 8088,
  allowHttps = false,
): { host: string; port: number; tls: boolean } | undefined {
  const first = value.split(',')[0]?.trim();
  if (!first) return undefined;
  const match = /^([a-zA-Z]+):\/\/(\[[^\]]*\]|[^:/]*)(?::(\d+))?\/?$/.exec(first);
  if (!match) throw new ConfigError(`Invalid value ${first} for configuration ${key}: expected http://host:port`);
  const scheme = match[1]!.toLowerCase();
  if (scheme !== 'http' && !(allowHttps && scheme === 'https')) {
    throw new ConfigError(
      `Invalid value ${first} for configuration ${key}: only ${allowHttps ? 'http:// and https://' : 'http://'} listeners are supported`,
    );
  }
  const port = match[3] === undefined ? defaultPort : Number(match[3]);
  if (port > 65535) throw new ConfigError(`Invalid value ${first} for configuration ${key}: port out of range`);
  return { host: match[2]!.replace(/^\[(.*)\]$/, '$1') || '0.0.0.0', port, tls: scheme === 'https' };
}
