/**
 * Judges one check's result against what Kafka answers, and prints the client x mode table.
 * A refusal counts only with the right error as the client surfaces it (its class, code name or librdkafka's
 * text for Kafka's code); "not supported by the client" is its own verdict, never a pass.
 */
import { type Check, type CheckResult, MODES, type Mode, VISIBLE_TOPIC } from './plan';

export type Verdict =
  | { kind: 'ok'; detail: string }
  | { kind: 'refused'; detail: string }
  | { kind: 'unsupported'; detail: string }
  | { kind: 'FAIL'; detail: string };

/** Kafka's error as each client names it: kafkajs' and platformatic's code names, librdkafka's text, the Python classes, sarama's text. */
const EXPECTED_ERROR: Partial<Record<Mode, RegExp>> = {
  'wrong password':
    /Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-256|SASL_AUTHENTICATION_FAILED|SaslAuthenticationFailed/,
  'ACL produce':
    /TOPIC_AUTHORIZATION_FAILED|Topic authorization failed|TopicAuthorizationFailed|not authorized to access this topic/i,
  'ACL fetch':
    /TOPIC_AUTHORIZATION_FAILED|Topic authorization failed|TopicAuthorizationFailed|not authorized to access this topic/i,
  'ACL group':
    /GROUP_AUTHORIZATION_FAILED|Group authorization failed|GroupAuthorizationFailed|not authorized to access this group/i,
};

const short = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function judge(check: Check, result: CheckResult | undefined): Verdict {
  if (!result) return { kind: 'FAIL', detail: 'the driver gave no result for this check' };
  if (result.unsupported) return { kind: 'unsupported', detail: `not supported by the client: ${result.unsupported}` };
  const expected = EXPECTED_ERROR[check.mode];
  if (expected) {
    if (result.error === undefined)
      return { kind: 'FAIL', detail: `expected a refusal, the ${check.action} succeeded` };
    return expected.test(result.error)
      ? { kind: 'refused', detail: `refused as expected: ${short(result.error)}` }
      : { kind: 'FAIL', detail: `refused with another error than ${expected.source}: ${short(result.error, 400)}` };
  }
  if (result.error !== undefined) return { kind: 'FAIL', detail: short(result.error, 400) };
  if (check.action === 'metadata') {
    const topics = (result.topics ?? []).filter((t) => !t.startsWith('__'));
    return topics.length === 1 && topics[0] === VISIBLE_TOPIC
      ? { kind: 'refused', detail: `Metadata lists only ${VISIBLE_TOPIC}` }
      : { kind: 'FAIL', detail: `Metadata listed [${topics.join(', ')}], expected only ${VISIBLE_TOPIC}` };
  }
  return result.value === check.value
    ? { kind: 'ok', detail: 'produced and consumed' }
    : { kind: 'FAIL', detail: `consumed ${JSON.stringify(result.value)}, expected ${JSON.stringify(check.value)}` };
}

export interface Row {
  client: string;
  describe: string;
  /** set when the client cannot run on this machine */
  unavailable?: string;
  cells: Map<Mode, Verdict>;
  ms?: number;
}

const CELL: Record<Verdict['kind'], string> = {
  ok: 'ok',
  refused: 'refused',
  unsupported: 'n/s',
  FAIL: 'FAIL',
};

/** The grid (ok / refused = refused as expected / n/s = not supported by the client / FAIL), then each cell's detail. */
export function renderTable(rows: Row[], modes: readonly Mode[]): string {
  const shown = MODES.filter((m) => modes.includes(m));
  const width = Math.max(...rows.map((r) => r.client.length), 6);
  const head = ['client'.padEnd(width), ...shown.map((m) => m.padEnd(Math.max(m.length, 7)))].join(' | ');
  const lines = [head, head.replace(/[^|]/g, '-')];
  for (const row of rows) {
    if (row.unavailable) {
      lines.push(`${row.client.padEnd(width)} | not run here: ${row.unavailable}`);
      continue;
    }
    const cells = shown.map((m) => {
      const v = row.cells.get(m);
      return (v ? CELL[v.kind] : '-').padEnd(Math.max(m.length, 7));
    });
    lines.push([row.client.padEnd(width), ...cells].join(' | '));
  }
  lines.push('', 'details:');
  for (const row of rows) {
    if (row.unavailable) continue;
    lines.push(`  ${row.client}: ${row.describe}${row.ms !== undefined ? ` (${(row.ms / 1000).toFixed(1)} s)` : ''}`);
    for (const m of shown) {
      const v = row.cells.get(m);
      if (v && v.kind !== 'ok') lines.push(`    ${m}: ${v.kind === 'FAIL' ? 'FAIL: ' : ''}${v.detail}`);
    }
  }
  return lines.join('\n');
}
