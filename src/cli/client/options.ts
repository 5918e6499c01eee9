/**
 * What every client command (topic, produce, consume, group, cluster, config) shares: the common options
 * (--bootstrap, --output), the errors that decide the exit code, and text/JSON output.
 *
 * Exit codes scripts can trust: 0 ok, 1 a Kafka error or something not found, 2 a usage error.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** An error the user should read: one line on stderr, exit code 1 (Kafka error, not found). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Bad arguments: the message and the command's usage on stderr, exit code 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
  }
}

export const DEFAULT_BOOTSTRAP = '127.0.0.1:9092';

export const COMMON_OPTIONS_HELP = `Common options:
  -b, --bootstrap HOST:PORT   a broker (default $BROOK_BOOTSTRAP or ${DEFAULT_BOOTSTRAP})
  -o, --output text|json      json: one JSON document (consume: one JSON object per record and line)
  -h, --help                  this help
Exit codes: 0 ok, 1 Kafka error or not found, 2 usage error.
`;

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = {
  bootstrap: { type: 'string', short: 'b' },
  'bootstrap-server': { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
};

export interface Parsed {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
  bootstrap: string;
  json: boolean;
  help: boolean;
}

/** parseArgs with the common options added; throws UsageError on unknown or malformed options. */
export function parseCommand(argv: string[], options: Options): Parsed {
  let parsed: ReturnType<typeof parseArgs>;
  const all: Options = { ...COMMON, ...options };
  try {
    parsed = parseArgs({ args: negativeValues(argv, all), allowPositionals: true, strict: true, options: all });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Parsed['values'];
  const output = (values.output as string | undefined) ?? 'text';
  if (output !== 'text' && output !== 'json') throw new UsageError(`--output must be text or json, got "${output}"`);
  const bootstrap =
    (values['bootstrap-server'] as string | undefined) ??
    (values.bootstrap as string | undefined) ??
    (process.env.BROOK_BOOTSTRAP || DEFAULT_BOOTSTRAP);
  return { values, positionals: parsed.positionals, bootstrap, json: output === 'json', help: values.help === true };
}

/**
 * `--shift-by -2`, `-O -5`: a negative number after an option that takes a value is that value (as Kafka's
 * tools and kcat read it); parseArgs alone would take it for an option.
 */
function negativeValues(argv: string[], options: Options): string[] {
  const takesValue = new Set<string>();
  for (const [name, o] of Object.entries(options)) {
    if (o.type !== 'string') continue;
    takesValue.add(`--${name}`);
    if (o.short) takesValue.add(`-${o.short}`);
  }
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (takesValue.has(arg) && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`${arg}=${next}`.replace(/^-(\w)=/, '-$1'));
      i++;
    } else out.push(arg);
  }
  return out;
}

export function str(parsed: Parsed, name: string): string | undefined {
  return parsed.values[name] as string | undefined;
}

export function strs(parsed: Parsed, name: string): string[] {
  return (parsed.values[name] as string[] | undefined) ?? [];
}

export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}

/** An integer option or argument: throws UsageError when it is not one (or below `min`). */
export function int(value: string | undefined, what: string, min = Number.MIN_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(
      `${what} must be an integer${min > Number.MIN_SAFE_INTEGER ? ` >= ${min}` : ''}, got "${value}"`,
    );
  }
  return n;
}

/** `k=v` pairs (repeatable --config / -H / set arguments). */
export function keyValues(pairs: string[], what: string): [string, string][] {
  return pairs.map((pair) => {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`${what} must be KEY=VALUE, got "${pair}"`);
    return [pair.slice(0, eq), pair.slice(eq + 1)];
  });
}

/** JSON with bigints as numbers when exact, else strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    typeof v === 'bigint'
      ? v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(v)
        : String(v)
      : v,
  );
}

export function printJson(value: unknown): void {
  process.stdout.write(`${toJson(value)}\n`);
}

/** Columns padded to their widest cell, as Kafka's tools print them. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join(' ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/**
 * For a command with actions (`brook topic create ...`): --help prints the usage on stdout (exit 0), a missing
 * action prints it on stderr (exit 2); null when there is an action to run.
 */
export function usageExit(parsed: Parsed, usage: string, action: string | undefined): number | null {
  if (!parsed.help && action !== undefined) return null;
  (parsed.help ? process.stdout : process.stderr).write(usage);
  return parsed.help ? 0 : 2;
}

/**
 * Runs a command body and turns its errors into the exit code: UsageError prints the usage too. Anything else
 * (a closed connection, a decode failure) is a Kafka-side failure: exit 1 with its message.
 */
export async function runCommand(name: string, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`brook ${name}: ${error.message}\n\n${usage}`);
      return 2;
    }
    process.stderr.write(`brook ${name}: ${(error as Error).message}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
