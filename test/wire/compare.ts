/**
 * Field-by-field comparison of two decoded responses (Brook's and the official Kafka's): flatten each into
 * `path -> value` rows, normalise what legitimately differs between two clusters, and list the paths whose
 * values differ. Findings (FINDINGS.md beside this file) say which differences are deliberate.
 */
import { readFileSync } from 'node:fs';
import { ZERO_UUID } from '../../protocol';

/** What a path holds on a side that lacks it (an API, a config or a topic only one broker knows). */
export const ABSENT = '<absent>';
const ELEMENT = '<element>';

/**
 * Array elements are keyed by their identity field rather than their index, so one missing API key or config
 * does not shift every later element into a difference. The first of these a struct has is its key (`a+b`: the
 * two fields together).
 */
const IDENTITY_FIELDS = [
  // Config resources of several types (ListConfigResources names broker 1 as a broker and as a broker logger).
  'resourceType+resourceName',
  'apiKey',
  'name',
  'topicName',
  'resourceName',
  'partitionIndex',
  'index',
  'groupId',
  'key',
  'brokerId',
  'nodeId',
  // A group's members (ConsumerGroupDescribe lists them in Kafka's hash order), by their id as compared.
  'memberId',
];

function memberIdPrefix(v: unknown): unknown {
  return typeof v === 'string'
    ? v.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, '<uuid>')
    : v;
}

function brokerClock(v: unknown): unknown {
  const ms = typeof v === 'bigint' ? Number(v) : v;
  return typeof ms === 'number' && Math.abs(ms - Date.now()) < 86_400_000 ? '<broker clock>' : v;
}

/** Fields whose values are per-cluster or per-run by nature; they compare as a placeholder. */
const PER_RUN: Record<string, (v: unknown) => unknown> = {
  throttleTimeMs: () => '<throttle>',
  clusterId: (v) => (v === null ? null : '<cluster-id>'),
  port: () => '<port>',
  topicId: (v) => (v === ZERO_UUID ? v : '<topic-id>'),
  // A timestamp rejection names the bounds around the broker's clock: keep their distance (the configured
  // before + after, a Java long sum), not the clock.
  batchIndexErrorMessage: (v) =>
    typeof v === 'string'
      ? v.replace(
          /within \[(-?\d+), (-?\d+)\]/,
          (_, lo: string, hi: string) => `within a window of ${BigInt(hi) - BigInt(lo)} ms`,
        )
      : v,
  // KIP-394 member ids are `<client id or instance id>-<uuid>`: keep the part before the uuid.
  memberId: memberIdPrefix,
  leader: memberIdPrefix,
  // Readings of each broker's clock (a marker's timestamp, a transaction's start); the cases' own timestamps are
  // years away from the run and compare as they are.
  // A fetch session's id is the broker's random choice (0: no session).
  sessionId: (v) => (v === 0 ? v : '<session>'),
  transactionStartTimeMs: brokerClock,
  lastTimestamp: brokerClock,
  timestamp: brokerClock,
};

function show(v: unknown): string {
  if (v === undefined) return ABSENT;
  if (typeof v === 'bigint') return `${v}`;
  if (Buffer.isBuffer(v)) return `<${v.length} bytes>`;
  return JSON.stringify(v);
}

/** Flattens a decoded message into `path -> shown value` (arrays of structs keyed by identity). */
export function flatten(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    const structs = value.length > 0 && value.every((e) => e !== null && typeof e === 'object' && !Buffer.isBuffer(e));
    // An identity field must hold a distinct value per element (synonyms may repeat a name: then by index).
    // Keyed by the value as compared (a member id without its uuid part), so both sides key an element alike.
    const keyOf = (e: Record<string, unknown>, key: string) =>
      key
        .split('+')
        .map((f) => String(PER_RUN[f] ? PER_RUN[f](e[f]) : e[f]))
        .join('+');
    const keyField = structs
      ? IDENTITY_FIELDS.find(
          (key) =>
            value.every((e) => key.split('+').every((f) => f in e)) &&
            new Set(value.map((e) => keyOf(e, key))).size === value.length,
        )
      : undefined;
    out.set(path, value.length === 0 ? '[]' : `[${value.length}]`);
    value.forEach((element, i) => {
      const key = keyField ? `${keyField}=${keyOf(element as Record<string, unknown>, keyField)}` : String(i);
      // An element marker, so an element only one side has is one row (its summary), not one per field.
      if (keyField) out.set(`${path}[${key}]`, ELEMENT);
      flatten(element, `${path}[${key}]`, out);
    });
    return out;
  }
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [field, v] of Object.entries(value)) {
      const normalise = PER_RUN[field];
      flatten(normalise ? normalise(v) : v, path ? `${path}.${field}` : field, out);
    }
    return out;
  }
  out.set(path, show(value));
  return out;
}

export interface Difference {
  path: string;
  brook: string;
  kafka: string;
}

export function differences(brook: unknown, kafka: unknown): { same: number; differ: Difference[] } {
  const b = flatten(brook);
  const k = flatten(kafka);
  const paths = [...new Set([...k.keys(), ...b.keys()])].sort();
  const differ: Difference[] = [];
  let onlyOneSide: string | null = null;
  for (const path of paths) {
    if (onlyOneSide && path.startsWith(onlyOneSide)) continue;
    onlyOneSide = null;
    const bv = b.get(path) ?? ABSENT;
    const kv = k.get(path) ?? ABSENT;
    if (bv === kv) continue;
    if (bv === ELEMENT || kv === ELEMENT) {
      // The element exists on one side only: one row naming its fields there.
      onlyOneSide = path;
      const summary = (side: Map<string, string>) =>
        [...side]
          .filter(([p, v]) => p.startsWith(`${path}.`) && !v.startsWith('['))
          .map(([p, v]) => `${p.slice(path.length + 1)}=${v}`)
          .join(' ');
      differ.push({ path, brook: bv === ELEMENT ? summary(b) : ABSENT, kafka: kv === ELEMENT ? summary(k) : ABSENT });
    } else differ.push({ path, brook: bv, kafka: kv });
  }
  return { same: paths.length - differ.length, differ };
}

/**
 * One deliberate difference: `request | path pattern | Brook value pattern | reason`. Patterns are globs (`*`
 * matches any run of characters); the value pattern pins what Brook answers, so a new kind of difference on
 * the same path is not excused by an old finding.
 */
export interface Finding {
  request: string;
  path: RegExp;
  brook: RegExp;
  reason: string;
}

const glob = (text: string) => new RegExp(`^${text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** Reads the table rows of FINDINGS.md (lines `| request | path | brook value | reason |`, header excluded). */
export function readFindings(file: string): Finding[] {
  const findings: Finding[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cells = line.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, '').trim());
    if (!line.startsWith('| ') || cells.length < 4 || cells[0] === 'request' || /^-+$/.test(cells[0]!)) continue;
    const unquote = (c: string) => c.replace(/^`|`$/g, '');
    findings.push({
      request: unquote(cells[0]!),
      path: glob(unquote(cells[1]!)),
      brook: glob(unquote(cells[2]!)),
      reason: cells.slice(3).join(' | '),
    });
  }
  return findings;
}

export function findingFor(findings: Finding[], request: string, d: Difference): Finding | undefined {
  return findings.find((f) => glob(f.request).test(request) && f.path.test(d.path) && f.brook.test(d.brook));
}
