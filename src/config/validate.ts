import type { ConfigDefinition } from './definitions';

/** A bad configuration value or file: the message is one line naming the key and what is wrong. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const INT_RANGE: Record<string, [bigint, bigint]> = {
  short: [-32768n, 32767n],
  int: [-2147483648n, 2147483647n],
  long: [-9223372036854775808n, 9223372036854775807n],
};

/**
 * Checks a textual value against its definition and returns it normalised (trimmed; booleans lower-case;
 * lists without blanks). Throws ConfigError with Kafka's wording: `Invalid value X for configuration K: why`.
 */
export function normalizeValue(def: ConfigDefinition, raw: string): string {
  const value = raw.trim();
  const bad = (why: string, shown = value) =>
    new ConfigError(`Invalid value ${shown} for configuration ${def.name}: ${why}`);
  const normalised = normalizeByType(def, value, bad);
  const refused = def.check?.(normalised);
  if (refused) throw bad(refused.why, refused.shown);
  return normalised;
}

function normalizeByType(def: ConfigDefinition, value: string, bad: (why: string) => ConfigError): string {
  switch (def.type) {
    case 'boolean': {
      const lower = value.toLowerCase();
      if (lower !== 'true' && lower !== 'false') throw bad('Expected value to be either true or false');
      return lower;
    }
    case 'short':
    case 'int':
    case 'long': {
      if (!/^-?\d+$/.test(value)) throw bad(`Not a number of type ${def.type.toUpperCase()}`);
      const n = BigInt(value);
      const [lo, hi] = INT_RANGE[def.type]!;
      if (n < lo || n > hi) throw bad(`Not a number of type ${def.type.toUpperCase()}`);
      if (def.min !== undefined && n < BigInt(def.min)) throw bad(`Value must be at least ${def.min}`);
      if (def.max !== undefined && n > BigInt(def.max)) throw bad(`Value must be no more than ${def.max}`);
      return n.toString();
    }
    case 'double': {
      const n = Number(value);
      if (value === '' || !Number.isFinite(n)) throw bad('Not a number of type DOUBLE');
      if (def.min !== undefined && n < def.min) throw bad(`Value must be at least ${def.min}`);
      if (def.max !== undefined && n > def.max) throw bad(`Value must be no more than ${def.max}`);
      return value;
    }
    case 'list': {
      const items = value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      if (def.oneOf) {
        for (const item of items) {
          if (!def.oneOf.includes(item)) throw bad(`String must be one of: ${def.oneOf.join(', ')}`);
        }
      }
      return items.join(',');
    }
    default: {
      if (def.oneOf) {
        const match = def.oneOf.find((o) => (def.ignoreCase ? o.toLowerCase() === value.toLowerCase() : o === value));
        if (match === undefined) throw bad(`String must be one of: ${def.oneOf.join(', ')}`);
        return match;
      }
      return value;
    }
  }
}
