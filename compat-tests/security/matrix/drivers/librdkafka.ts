/**
 * A matrix connection as librdkafka properties (kcat's -X, @confluentinc/kafka-javascript's config; the Python
 * driver writes the same keys). OAUTHBEARER uses librdkafka's own unsecured-JWT maker
 * (`enable.sasl.oauthbearer.unsecure.jwt`, `sasl.oauthbearer.config=principal=...`), the way its users test it.
 */
import type { Conn } from '../plan';

export function librdkafkaConfig(conn: Conn): Record<string, string> {
  const c: Record<string, string> = {
    'bootstrap.servers': conn.bootstrap,
    'security.protocol': conn.protocol,
  };
  if (conn.ca) c['ssl.ca.location'] = conn.ca;
  if (conn.cert) c['ssl.certificate.location'] = conn.cert;
  if (conn.key) c['ssl.key.location'] = conn.key;
  if (conn.mechanism === 'OAUTHBEARER') {
    c['sasl.mechanisms'] = 'OAUTHBEARER';
    c['enable.sasl.oauthbearer.unsecure.jwt'] = 'true';
    c['sasl.oauthbearer.config'] = `principal=${conn.user}`;
  } else if (conn.mechanism) {
    c['sasl.mechanisms'] = conn.mechanism;
    c['sasl.username'] = conn.user ?? '';
    c['sasl.password'] = conn.password ?? '';
  }
  return c;
}
