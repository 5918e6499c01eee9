import { ErrorCode, KafkaError } from '../errors';
import type { ConfigDefinition } from './definitions';
import { normalizeValue } from './validate';

/**
 * A client metrics subscription's configs (the CLIENT_METRICS config resource of KIP-714, Kafka's
 * ClientMetricsConfigs): which metrics the matching clients should push, how often, and which clients match.
 * `kafka-client-metrics --alter/--list/--describe/--delete` and the Admin client reach them. Brook keeps and
 * describes subscriptions as Kafka does; it has no telemetry receiver, so, as a Kafka broker without one, it does
 * not offer clients the telemetry APIs and no client pushes metrics to it.
 */
export const CLIENT_METRICS_CONFIGS: readonly ConfigDefinition[] = [
  { name: 'metrics', type: 'list', default: '', doc: 'Telemetry metric name prefix list' },
  { name: 'interval.ms', type: 'int', default: '300000', doc: 'Metrics push interval in milliseconds' },
  { name: 'match', type: 'list', default: '', doc: 'Client match criteria' },
];

export const CLIENT_METRICS_CONFIG_BY_NAME = new Map(CLIENT_METRICS_CONFIGS.map((d) => [d.name, d]));

/** The client properties a subscription's `match` may select on (ClientMetricsConfigs.ALLOWED_MATCH_PARAMS). */
const MATCH_PARAMS = new Set([
  'client_instance_id',
  'client_id',
  'client_software_name',
  'client_software_version',
  'client_source_address',
  'client_source_port',
]);

/** Kafka's bounds of `interval.ms`. */
const MIN_INTERVAL_MS = 100;
const MAX_INTERVAL_MS = 3_600_000;

/**
 * A subscription's whole set of values after a change, checked as Kafka's ClientMetricsConfigs.validate checks
 * them: a name, known keys (INVALID_REQUEST), values of their types (ConfigError, which answers INVALID_CONFIG),
 * an interval within 100 ms..1 hour (INVALID_REQUEST), `match` entries of the form `property=regex` on a known
 * property with a pattern that compiles (INVALID_CONFIG). Returns the values normalised, a list's repeats dropped.
 */
export function validateClientMetricsConfigs(
  subscription: string,
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  if (subscription === '') throw new KafkaError(ErrorCode.InvalidRequest, "Subscription name can't be empty");
  for (const name of Object.keys(values)) {
    if (!CLIENT_METRICS_CONFIG_BY_NAME.has(name)) {
      throw new KafkaError(ErrorCode.InvalidRequest, `Unknown client metrics configuration: ${name}`);
    }
  }
  const normalised: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    const def = CLIENT_METRICS_CONFIG_BY_NAME.get(name)!;
    normalised[name] = normalizeValue(def, value);
    // A value given twice counts once (Kafka 4.4 describes such a list without the repeat).
    if (def.type === 'list') normalised[name] = [...new Set(listItems(normalised[name]!))].join(',');
  }
  const interval = normalised['interval.ms'];
  if (interval !== undefined && (Number(interval) < MIN_INTERVAL_MS || Number(interval) > MAX_INTERVAL_MS)) {
    throw new KafkaError(
      ErrorCode.InvalidRequest,
      `Invalid value ${interval} for interval.ms, interval must be between ${MIN_INTERVAL_MS} and ${MAX_INTERVAL_MS} (1 hour)`,
    );
  }
  for (const pattern of listItems(normalised.match ?? '')) checkMatchPattern(pattern);
  return normalised;
}

function listItems(value: string): string[] {
  return value === '' ? [] : value.split(',');
}

/** One `match` entry as ClientMetricsConfigs.parseMatchingPatterns reads it (a JavaScript RegExp stands for Java's). */
function checkMatchPattern(pattern: string): void {
  const illegal = () => new KafkaError(ErrorCode.InvalidConfig, `Illegal client matching pattern: ${pattern}`);
  const parts = pattern.split('=');
  while (parts.length > 0 && parts.at(-1) === '') parts.pop(); // Java's split drops trailing empty strings
  if (parts.length !== 2 || !MATCH_PARAMS.has(parts[0]!.trim())) throw illegal();
  try {
    new RegExp(parts[1]!.trim());
  } catch {
    throw illegal();
  }
}
