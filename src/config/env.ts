/**
 * Config keys from environment variables, the way the official Kafka image (apache/kafka) maps them, so a
 * compose file or a testcontainers setup written for Kafka configures Brook unchanged: `KAFKA_` + the key in
 * upper case with `.` written `_`, `_` written `__` and `-` written `___` (KAFKA_LOG_SEGMENT_BYTES ->
 * log.segment.bytes, KAFKA_LISTENER_SECURITY_PROTOCOL_MAP -> listener.security.protocol.map,
 * KAFKA_LISTENER_NAME_SECURE_SCRAM___SHA___512_SASL_JAAS_CONFIG -> listener.name.secure.scram-sha-512.sasl.jaas.config),
 * and `CLUSTER_ID` -> cluster.id. Brook's own keys go the same way (KAFKA_HTTP_LISTENERS -> http.listeners).
 *
 * The image's JVM and logging variables are not config keys (Kafka's image skips the same list), and neither is
 * anything without the prefix. `brook serve --config-from-env` applies the result (the Dockerfile's default).
 */
import { ConfigError } from './validate';

export const CONFIG_ENV_PREFIX = 'KAFKA_';

/** Variables with the prefix that are not config keys (the official image's excludes). */
const NOT_CONFIG = new Set([
  'KAFKA_VERSION',
  'KAFKA_HEAP_OPT',
  'KAFKA_HEAP_OPTS',
  'KAFKA_LOG4J_OPTS',
  'KAFKA_OPTS',
  'KAFKA_JMX_OPTS',
  'KAFKA_JVM_PERFORMANCE_OPTS',
  'KAFKA_GC_LOG_OPTS',
  'KAFKA_LOG4J_ROOT_LOGLEVEL',
  'KAFKA_LOG4J_LOGGERS',
  'KAFKA_TOOLS_LOG4J_LOGLEVEL',
]);

/** The config key an environment variable sets, or null when it sets none. */
export function configKeyOfEnv(name: string): string | null {
  if (name === 'CLUSTER_ID') return 'cluster.id';
  if (!name.startsWith(CONFIG_ENV_PREFIX) || NOT_CONFIG.has(name)) return null;
  const rest = name.slice(CONFIG_ENV_PREFIX.length);
  if (rest === '') return null;
  return rest
    .replace(/_+/g, (run) => {
      if (run.length === 1) return '.';
      if (run.length === 2) return '_';
      if (run.length === 3) return '-';
      throw new ConfigError(
        `environment variable ${name}: ${run.length} underscores in a row mean nothing (_ is '.', __ is '_', ___ is '-')`,
      );
    })
    .toLowerCase();
}

/** The config entries of an environment, in variable name order (the same environment gives the same config). */
export function configFromEnv(env: NodeJS.ProcessEnv): [string, string][] {
  const entries: [string, string][] = [];
  for (const name of Object.keys(env).sort()) {
    const value = env[name];
    if (value === undefined) continue;
    const key = configKeyOfEnv(name);
    if (key !== null) entries.push([key, value]);
  }
  return entries;
}
