/**
 * Topic, broker and group configs over the wire: DescribeConfigs to read them (with where each value comes from) and
 * IncrementalAlterConfigs to change some keys without restating the others (KIP-339). Used by `brook config`
 * and `brook topic describe|alter-config`.
 */
import type { DescribeConfigsResponse } from '../../../protocol/generated/describe-configs';
import type { IncrementalAlterConfigsResponse } from '../../../protocol/generated/incremental-alter-configs';
import { CliError, UsageError } from './options';
import { API, check, type Session } from './session';

export const RESOURCE = { topic: 2, broker: 4, clientMetrics: 16, group: 32 } as const;

/** Kafka's ConfigSource names (DescribeConfigs v1+), as kafka-configs prints them. */
const SOURCES = [
  'UNKNOWN',
  'DYNAMIC_TOPIC_CONFIG',
  'DYNAMIC_BROKER_CONFIG',
  'DYNAMIC_DEFAULT_BROKER_CONFIG',
  'STATIC_BROKER_CONFIG',
  'DEFAULT_CONFIG',
  'DYNAMIC_BROKER_LOGGER_CONFIG',
  'CLIENT_METRICS_CONFIG',
  'DYNAMIC_GROUP_CONFIG',
];

export interface ConfigEntry {
  name: string;
  value: string | null;
  source: string;
  isDefault: boolean;
  readOnly: boolean;
  sensitive: boolean;
}

/** The configs of one resource (`keys` empty: all of them); a missing topic is a CliError. */
export async function describeConfigs(
  session: Session,
  resourceType: number,
  resourceName: string,
  keys: string[] = [],
): Promise<ConfigEntry[]> {
  const res = await session.send<DescribeConfigsResponse>(API.DescribeConfigs, {
    resources: [{ resourceType, resourceName, configurationKeys: keys.length > 0 ? keys : null }],
    includeSynonyms: false,
    includeDocumentation: false,
  });
  const r = res.results[0];
  if (!r) throw new CliError(`DescribeConfigs: no result for ${resourceName}`);
  check(r.errorCode, `DescribeConfigs ${resourceName}`, r.errorMessage);
  return r.configs
    .map((c) => ({
      name: c.name,
      value: c.isSensitive ? null : c.value,
      source: SOURCES[c.configSource] ?? String(c.configSource),
      // v1+ dropped isDefault from the wire: the source says it.
      isDefault: c.configSource === 5 || (c.configSource <= 0 && c.isDefault),
      readOnly: c.readOnly,
      sensitive: c.isSensitive,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface ConfigChanges {
  set: [string, string][];
  delete: string[];
}

/** Applies the changes with IncrementalAlterConfigs (SET = 0, DELETE = 1). */
export async function alterConfigs(
  session: Session,
  resourceType: number,
  resourceName: string,
  changes: ConfigChanges,
): Promise<void> {
  if (changes.set.length === 0 && changes.delete.length === 0) throw new UsageError('nothing to change');
  const res = await session.send<IncrementalAlterConfigsResponse>(API.IncrementalAlterConfigs, {
    resources: [
      {
        resourceType,
        resourceName,
        configs: [
          ...changes.set.map(([name, value]) => ({ name, configOperation: 0, value })),
          ...changes.delete.map((name) => ({ name, configOperation: 1, value: null })),
        ],
      },
    ],
    validateOnly: false,
  });
  for (const r of res.responses) check(r.errorCode, `IncrementalAlterConfigs ${resourceName}`, r.errorMessage);
}
