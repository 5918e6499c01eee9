import { X509Certificate } from 'node:crypto';
import { createSecureContext, type SecureContextOptions, type Server, type TlsOptions } from 'node:tls';
import { type BrokerConfig, ConfigError, RECONFIGURABLE_SSL_KEYS } from '../config';

/** A listener's keystore and truststore to swap in (Broker.pendingTlsReloads). */
export interface TlsReload {
  listener: string;
  server: Server;
  tls: TlsOptions;
  /** tlsKeysOf() of the configs `tls` came from. */
  keys: string;
}

/** The listener's keystore and truststore keys in force, as one string (to tell whether any changed). */
export function tlsKeysOf(config: BrokerConfig, listenerName: string): string {
  return JSON.stringify([...RECONFIGURABLE_SSL_KEYS].map((key) => config.listenerValue(listenerName, key)));
}

/**
 * A listener's new keystore checked against the one it serves, as Kafka's SslFactory checks a reconfigured
 * keystore: unless `ssl.allow.dn.changes` / `ssl.allow.san.changes` say otherwise, the certificate must keep its
 * subject and its subject alternative names, so clients that pinned or verified them keep connecting. Throws
 * ConfigError in Kafka's words (without its keystore aliases, which PEM and PKCS12 files do not name the same way).
 */
export function checkSameIdentity(
  current: SecureContextOptions,
  next: SecureContextOptions,
  config: BrokerConfig,
  listenerName: string,
): void {
  const before = leafCertificate(current);
  const after = leafCertificate(next);
  if (!before || !after) return;
  const allowed = (key: string) => config.listenerValue(listenerName, key) === 'true';
  if (!allowed('ssl.allow.dn.changes') && before.subject !== after.subject) {
    throw new ConfigError(
      `Keystore DistinguishedName does not match:  existing={DN=${dn(before)}}, new={DN=${dn(after)}}`,
    );
  }
  if (!allowed('ssl.allow.san.changes') && (before.subjectAltName ?? '') !== (after.subjectAltName ?? '')) {
    throw new ConfigError(
      `Keystore SubjectAltNames do not match:  existing={SAN=${before.subjectAltName ?? ''}}, new={SAN=${after.subjectAltName ?? ''}}`,
    );
  }
}

/** The certificate a server with these options presents (OpenSSL's choice, whatever the keystore's format). */
function leafCertificate(options: SecureContextOptions): X509Certificate | null {
  // `context.getCertificate()` is the DER of the certificate loaded into the OpenSSL context; undocumented, so a
  // Node without it skips the check rather than failing.
  const context = createSecureContext(options).context as { getCertificate?: () => Buffer | null };
  const der = context.getCertificate?.();
  return der ? new X509Certificate(der) : null;
}

/** A subject as Java prints an X500Principal: the most specific name first, comma-separated. */
function dn(certificate: X509Certificate): string {
  return certificate.subject.split('\n').reverse().join(', ');
}
