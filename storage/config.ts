/**
 * Topic-level log configuration with Kafka's names and defaults (Kafka 3.x/4.x "Topic Configs"). The typed
 * object uses camelCase fields; `KAFKA_NAMES` maps each to its Kafka property so the broker can parse
 * `server.properties`-style overrides (`log.` prefixed broker defaults are the broker's business) and
 * DescribeConfigs can list them by their Kafka names.
 */

/** Kafka's Long.MAX_VALUE, used as "never" (flush.ms, flush.messages, max.compaction.lag.ms...). */
export const LONG_MAX = 2 ** 63;

export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete';
export type TimestampType = 'CreateTime' | 'LogAppendTime';
/**
 * Brook's explicit durability switch (no Kafka equivalent other than flush.messages=1):
 * - 'page-cache' (default, as Kafka): no fsync per append; flush.messages / flush.ms and rolls decide.
 * - 'fsync-per-append': every append is fsynced before append() returns.
 */
export type Durability = 'page-cache' | 'fsync-per-append';

export interface LogConfig {
  segmentBytes: number;
  segmentMs: number;
  segmentJitterMs: number;
  segmentIndexBytes: number;
  indexIntervalBytes: number;
  retentionMs: number;
  retentionBytes: number;
  cleanupPolicy: CleanupPolicy;
  deleteRetentionMs: number;
  minCompactionLagMs: number;
  maxCompactionLagMs: number;
  minCleanableDirtyRatio: number;
  messageTimestampType: TimestampType;
  maxMessageBytes: number;
  flushMessages: number;
  flushMs: number;
  fileDeleteDelayMs: number;
  preallocate: boolean;
  durability: Durability;
}

export const DEFAULT_LOG_CONFIG: Readonly<LogConfig> = Object.freeze({
  segmentBytes: 1073741824,
  segmentMs: 604800000,
  segmentJitterMs: 0,
  segmentIndexBytes: 10485760,
  indexIntervalBytes: 4096,
  retentionMs: 604800000,
  retentionBytes: -1,
  cleanupPolicy: 'delete',
  deleteRetentionMs: 86400000,
  minCompactionLagMs: 0,
  maxCompactionLagMs: LONG_MAX,
  minCleanableDirtyRatio: 0.5,
  messageTimestampType: 'CreateTime',
  maxMessageBytes: 1048588,
  flushMessages: LONG_MAX,
  flushMs: LONG_MAX,
  fileDeleteDelayMs: 60000,
  preallocate: false,
  durability: 'page-cache',
});

export const KAFKA_NAMES: Readonly<Record<keyof LogConfig, string>> = Object.freeze({
  segmentBytes: 'segment.bytes',
  segmentMs: 'segment.ms',
  segmentJitterMs: 'segment.jitter.ms',
  segmentIndexBytes: 'segment.index.bytes',
  indexIntervalBytes: 'index.interval.bytes',
  retentionMs: 'retention.ms',
  retentionBytes: 'retention.bytes',
  cleanupPolicy: 'cleanup.policy',
  deleteRetentionMs: 'delete.retention.ms',
  minCompactionLagMs: 'min.compaction.lag.ms',
  maxCompactionLagMs: 'max.compaction.lag.ms',
  minCleanableDirtyRatio: 'min.cleanable.dirty.ratio',
  messageTimestampType: 'message.timestamp.type',
  maxMessageBytes: 'max.message.bytes',
  flushMessages: 'flush.messages',
  flushMs: 'flush.ms',
  fileDeleteDelayMs: 'file.delete.delay.ms',
  preallocate: 'preallocate',
  durability: 'brook.durability',
});

/** A config value failed validation; names the Kafka property (INVALID_CONFIG on the wire). */
export class InvalidConfigError extends Error {
  readonly kafkaError = 'INVALID_CONFIG';
  constructor(
    readonly property: string,
    message: string,
  ) {
    super(`${property}: ${message}`);
    this.name = 'InvalidConfigError';
  }
}

type Rule = { min?: number; max?: number; integer?: boolean };
const NUMBER_RULES: Partial<Record<keyof LogConfig, Rule>> = {
  // Kafka 3.x accepts segment.bytes >= 14 (one empty batch's worth); small values keep tests fast.
  segmentBytes: { min: 14, max: 2147483647, integer: true },
  segmentMs: { min: 1, integer: true },
  segmentJitterMs: { min: 0, integer: true },
  segmentIndexBytes: { min: 4 * 3, max: 2147483647, integer: true },
  indexIntervalBytes: { min: 0, max: 2147483647, integer: true },
  retentionMs: { min: -1, integer: true },
  retentionBytes: { min: -1, integer: true },
  deleteRetentionMs: { min: 0, integer: true },
  minCompactionLagMs: { min: 0, integer: true },
  maxCompactionLagMs: { min: 1, integer: true },
  minCleanableDirtyRatio: { min: 0, max: 1 },
  maxMessageBytes: { min: 0, max: 2147483647, integer: true },
  flushMessages: { min: 1, integer: true },
  flushMs: { min: 0, integer: true },
  fileDeleteDelayMs: { min: 0, integer: true },
};

const BY_KAFKA_NAME = new Map(Object.entries(KAFKA_NAMES).map(([field, name]) => [name, field as keyof LogConfig]));

function normalizePolicy(raw: string): CleanupPolicy | null {
  const parts = new Set(
    raw
      .split(',')
      .map((p) => p.trim().toLowerCase())
      .filter(Boolean),
  );
  if (parts.size === 0) return null;
  for (const part of parts) if (part !== 'compact' && part !== 'delete') return null;
  if (parts.has('compact') && parts.has('delete')) return 'compact,delete';
  return parts.has('compact') ? 'compact' : 'delete';
}

/**
 * Builds a full config from defaults plus overrides. Overrides may be typed fields (`{ segmentBytes: 1024 }`)
 * or Kafka properties as strings (`{ 'segment.bytes': '1024' }`), as topic configs arrive over the wire.
 * Unknown Kafka properties are ignored (they belong to the broker); bad values throw InvalidConfigError.
 */
export function logConfig(
  overrides: Partial<LogConfig> | Record<string, string | number | boolean> = {},
  base: Readonly<LogConfig> = DEFAULT_LOG_CONFIG,
): LogConfig {
  const config: LogConfig = { ...base };
  for (const [key, raw] of Object.entries(overrides)) {
    if (raw === undefined) continue;
    const field = (key in KAFKA_NAMES ? key : BY_KAFKA_NAME.get(key)) as keyof LogConfig | undefined;
    if (field === undefined) continue;
    const property = KAFKA_NAMES[field];
    const value = String(raw).trim();
    switch (field) {
      case 'cleanupPolicy': {
        const policy = normalizePolicy(value);
        if (policy === null) throw new InvalidConfigError(property, `expected delete, compact or both, got '${value}'`);
        config.cleanupPolicy = policy;
        break;
      }
      case 'messageTimestampType':
        if (value !== 'CreateTime' && value !== 'LogAppendTime') {
          throw new InvalidConfigError(property, `expected CreateTime or LogAppendTime, got '${value}'`);
        }
        config.messageTimestampType = value;
        break;
      case 'durability':
        if (value !== 'page-cache' && value !== 'fsync-per-append') {
          throw new InvalidConfigError(property, `expected page-cache or fsync-per-append, got '${value}'`);
        }
        config.durability = value;
        break;
      case 'preallocate':
        if (value !== 'true' && value !== 'false') throw new InvalidConfigError(property, `expected true or false`);
        config.preallocate = value === 'true';
        break;
      default: {
        const n = Number(value);
        const rule = NUMBER_RULES[field] ?? {};
        if (value === '' || !Number.isFinite(n)) throw new InvalidConfigError(property, `not a number: '${value}'`);
        if (rule.integer && !Number.isInteger(n)) throw new InvalidConfigError(property, `not an integer: ${value}`);
        if (rule.min !== undefined && n < rule.min) throw new InvalidConfigError(property, `${n} < ${rule.min}`);
        if (rule.max !== undefined && n > rule.max) throw new InvalidConfigError(property, `${n} > ${rule.max}`);
        (config as unknown as Record<string, number>)[field] = n;
      }
    }
  }
  return config;
}

export function isCompacted(config: LogConfig): boolean {
  return config.cleanupPolicy !== 'delete';
}

export function isDeleteRetained(config: LogConfig): boolean {
  return config.cleanupPolicy !== 'compact';
}

/** Renders the config with Kafka's property names (DescribeConfigs, topic metadata files). */
export function toKafkaProperties(config: LogConfig): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, name] of Object.entries(KAFKA_NAMES)) {
    const value = config[field as keyof LogConfig];
    out[name] =
      field === 'flushMessages' || field === 'flushMs' || field === 'maxCompactionLagMs'
        ? longText(value)
        : String(value);
  }
  return out;
}

function longText(value: unknown): string {
  return value === LONG_MAX ? '9223372036854775807' : String(value);
}
