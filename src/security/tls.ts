import { readFileSync } from 'node:fs';
import { type ConnectionOptions, createSecureContext, type SecureContextOptions, type TlsOptions } from 'node:tls';
import { type BrokerConfig, ConfigError } from '../config';
import { isJks, readJks } from './jks';
import { readPkcs12Certificates } from './pkcs12';

/**
 * Node TLS server options for one listener from Kafka's `ssl.*` keys (each overridable per listener as
 * `listener.name.<listener>.ssl.*`), as DefaultSslEngineFactory reads them:
 * - keystore: `ssl.keystore.type=PEM` with `ssl.keystore.certificate.chain` + `ssl.keystore.key` inline or a PEM
 *   `ssl.keystore.location` (key and chain in one file), `ssl.key.password` for an encrypted key; PKCS12 files
 *   (`ssl.keystore.password`); JKS files (the default type; a PKCS12 file under type JKS is read as PKCS12, as
 *   Java's keystore compatibility mode does).
 * - truststore (who may present a client certificate): PEM inline (`ssl.truststore.certificates`) or a PEM file,
 *   a JKS file or a PKCS12 file (certificates only, read by pkcs12.ts since Node's `pfx` wants a key).
 *   a JKS file, or a PKCS12 file (certificates read by pkcs12.ts: Node cannot load a certificate-only PKCS12).
 * - `ssl.client.auth`: none / requested (a certificate is asked for, not required) / required.
 */
export function tlsServerOptions(config: BrokerConfig, listenerName: string): TlsOptions {
  const value = (key: string) => config.listenerValue(listenerName, key);
  const where = `listener ${listenerName}`;
  const options: TlsOptions = { ...keystore(value, where), ...truststore(value, where) };
  const clientAuth = (value('ssl.client.auth') ?? 'none').toLowerCase();
  if (!['none', 'requested', 'required'].includes(clientAuth)) {
    throw new ConfigError(
      `Invalid value ${clientAuth} for configuration ssl.client.auth (${where}): none, requested or required`,
    );
  }
  options.requestCert = clientAuth !== 'none';
  options.rejectUnauthorized = clientAuth === 'required';
  if (options.requestCert && !options.ca) {
    throw new ConfigError(
      `${where}: ssl.client.auth=${clientAuth} needs a truststore (ssl.truststore.location or ssl.truststore.certificates)`,
    );
  }
  Object.assign(options, protocolRange(value));
  checkUsable(options, where);
  return options;
}

/**
 * Node TLS client options for this node's connections to another node's `listenerName` (SSL, SASL_SSL), from the
 * same keys as that listener's server side, as Kafka's brokers build their inter-broker and controller clients
 * from the listener's configs: the truststore names the CAs that signed the peers' certificates (none set: the
 * system's), the keystore, when set, is presented to a listener asking for a client certificate, and
 * `ssl.endpoint.identification.algorithm` (https by default; empty turns it off) checks the peer's host name.
 */
export function tlsClientOptions(config: BrokerConfig, listenerName: string): ConnectionOptions {
  const value = (key: string) => config.listenerValue(listenerName, key);
  const where = `connections to listener ${listenerName}`;
  const hasKeystore = ['ssl.keystore.location', 'ssl.keystore.certificate.chain', 'ssl.keystore.key'].some(
    (key) => value(key) !== null,
  );
  const options: ConnectionOptions = {
    ...(hasKeystore ? keystore(value, where) : {}),
    ...truststore(value, where),
    ...protocolRange(value),
  };
  if ((value('ssl.endpoint.identification.algorithm') ?? 'https').trim() === '') {
    options.checkServerIdentity = () => undefined;
  }
  checkUsable(options, where);
  return options;
}

/** `ssl.enabled.protocols` as Node's version range. */
function protocolRange(value: Lookup): Pick<SecureContextOptions, 'minVersion' | 'maxVersion'> {
  const protocols = (value('ssl.enabled.protocols') ?? 'TLSv1.2,TLSv1.3')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => /^TLSv1(\.[123])?$/.test(p))
    .sort();
  if (protocols.length === 0) return {};
  return {
    minVersion: protocols[0] as SecureContextOptions['minVersion'],
    maxVersion: protocols[protocols.length - 1] as SecureContextOptions['maxVersion'],
  };
}

function checkUsable(options: SecureContextOptions, where: string): void {
  try {
    createSecureContext(options);
  } catch (error) {
    // OpenSSL's reason (bad decrypt, mac verify failure, no start line...) without any key material.
    throw new ConfigError(`${where}: cannot use the keystore/truststore: ${(error as Error).message}`);
  }
}

type Lookup = (key: string) => string | null;

function readFile(path: string, key: string, where: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ConfigError(
      `cannot read ${key} ${path} (${where}): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

function keystore(value: Lookup, where: string): SecureContextOptions {
  const type = (value('ssl.keystore.type') ?? 'JKS').toUpperCase();
  const location = value('ssl.keystore.location');
  const inlineChain = value('ssl.keystore.certificate.chain');
  const inlineKey = value('ssl.keystore.key');
  const keyPassword = value('ssl.key.password') ?? undefined;
  if (type === 'PEM') {
    if (inlineChain || inlineKey) {
      if (!inlineChain || !inlineKey) {
        throw new ConfigError(`${where}: ssl.keystore.certificate.chain and ssl.keystore.key go together`);
      }
      if (location) throw new ConfigError(`${where}: PEM keystore given both inline and as ssl.keystore.location`);
      return { cert: inlineChain, key: inlineKey, passphrase: keyPassword };
    }
    if (!location)
      throw new ConfigError(
        `${where}: an SSL listener needs a keystore (ssl.keystore.location, or ssl.keystore.type=PEM with ssl.keystore.certificate.chain and ssl.keystore.key)`,
      );
    const pem = readFile(location, 'ssl.keystore.location', where);
    return { cert: pem, key: pem, passphrase: keyPassword };
  }
  if (type !== 'PKCS12' && type !== 'JKS') {
    throw new ConfigError(`${where}: ssl.keystore.type ${type} is not supported (PEM, PKCS12, JKS)`);
  }
  if (!location)
    throw new ConfigError(`${where}: an SSL listener needs ssl.keystore.location (ssl.keystore.type=${type})`);
  const bytes = readFile(location, 'ssl.keystore.location', where);
  const storePassword = value('ssl.keystore.password') ?? '';
  if (isJks(bytes)) {
    const store = readJks(bytes, storePassword, keyPassword ?? storePassword, location);
    const entry = store.keys[0];
    if (!entry) throw new ConfigError(`${where}: JKS keystore ${location} holds no private key`);
    return { key: entry.keyPem, cert: entry.chainPem.join('') };
  }
  return { pfx: bytes, passphrase: storePassword };
}

function truststore(value: Lookup, where: string): SecureContextOptions {
  const type = (value('ssl.truststore.type') ?? 'JKS').toUpperCase();
  const location = value('ssl.truststore.location');
  const inline = value('ssl.truststore.certificates');
  if (inline) {
    if (type !== 'PEM') throw new ConfigError(`${where}: ssl.truststore.certificates needs ssl.truststore.type=PEM`);
    return { ca: inline };
  }
  if (!location) return {};
  const bytes = readFile(location, 'ssl.truststore.location', where);
  if (type === 'PEM') return { ca: bytes };
  if (isJks(bytes)) {
    const store = readJks(bytes, value('ssl.truststore.password'), null, location);
    if (store.trusted.length === 0) throw new ConfigError(`${where}: JKS truststore ${location} holds no certificate`);
    return { ca: store.trusted };
  }
  // PKCS12 (also under the type JKS: Java's keystore compatibility mode reads either).
  const certificates = readPkcs12Certificates(bytes, value('ssl.truststore.password'), location);
  if (certificates.length === 0) throw new ConfigError(`${where}: truststore ${location} holds no certificate`);
  return { ca: certificates };
}
