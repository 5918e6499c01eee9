/**
 * The side-by-side table: every case (scenario x client) of every compat suite of this mocha run, with its outcome
 * on each target, printed once at the end of the run and closed by the line
 *
 *   side by side: N cases, S same, D differ
 *
 * N counts the cases that ran on at least two targets; "same" means the same outcome (pass, or not) on each.
 * A difference names the FINDINGS.md line that explains the failing side (a case failing unexplained already
 * fails its own test). Suites record through `recordOutcome` from their afterEach hooks.
 */
import type { TargetId } from './targets';

export type Outcome = 'pass' | 'known failure' | 'fail' | 'not run';

export interface Row {
  suite: string;
  scenario: string;
  client: string;
  outcomes: Map<TargetId, { outcome: Outcome; note: string }>;
}

const rows = new Map<string, Row>();
const targetOrder: TargetId[] = [];

export function recordOutcome(
  suite: string,
  scenario: string,
  client: string,
  target: TargetId,
  outcome: Outcome,
  note = '',
): void {
  const key = `${suite}\0${scenario}\0${client}`;
  const row = rows.get(key) ?? { suite, scenario, client, outcomes: new Map() };
  row.outcomes.set(target, { outcome, note });
  rows.set(key, row);
  if (!targetOrder.includes(target)) targetOrder.push(target);
}

/** From a finished mocha test: its state, and the marker its title got ([NOT RUN ...], [KNOWN FAILURE ...]). */
export function outcomeOf(test: Mocha.Test): { outcome: Outcome; note: string } {
  if (test.state === 'passed') return { outcome: 'pass', note: '' };
  if (test.state === 'failed') return { outcome: 'fail', note: String(test.err?.message ?? '').split('\n')[0]! };
  const known = test.title.match(/\[KNOWN FAILURE, FINDINGS\.md: (.*)\]/);
  if (known) return { outcome: 'known failure', note: known[1]! };
  const notRun = test.title.match(/\[NOT RUN: (.*)\]/);
  return { outcome: 'not run', note: notRun?.[1] ?? 'skipped' };
}

const LABEL: Record<Outcome, string> = { pass: 'pass', 'known failure': 'fails*', fail: 'FAILS', 'not run': '-' };

export function sideBySide(): { lines: string[]; cases: number; same: number; differ: number } {
  return tabulate([...rows.values()], targetOrder);
}

/** The table and its counts for `rows`, one column per target in `targetOrder` (pure: tested on its own). */
export function tabulate(
  rows: Row[],
  targetOrder: TargetId[],
): { lines: string[]; cases: number; same: number; differ: number } {
  const lines: string[] = [];
  let cases = 0;
  let same = 0;
  const scenarioWidth = Math.max(8, ...rows.map((r) => r.scenario.length)) + 2;
  const clientWidth = Math.max(6, ...rows.map((r) => r.client.length)) + 2;
  const col = Math.max(...targetOrder.map((t) => t.length)) + 2;
  lines.push(
    `${'scenario'.padEnd(scenarioWidth)}${'client'.padEnd(clientWidth)}${targetOrder.map((t) => t.padEnd(col)).join('')}`.trimEnd(),
  );
  let suite = '';
  for (const row of rows) {
    if (row.suite !== suite) {
      suite = row.suite;
      lines.push(`[${suite}]`);
    }
    const ran = [...row.outcomes.values()].filter((o) => o.outcome !== 'not run');
    let verdict = '';
    if (ran.length >= 2) {
      cases++;
      const passes = new Set(ran.map((o) => o.outcome === 'pass'));
      if (passes.size === 1) same++;
      else {
        const why = ran.find((o) => o.outcome !== 'pass')!;
        verdict = `DIFFERS: ${why.note.length > 140 ? `${why.note.slice(0, 137)}...` : why.note}`;
      }
    }
    const cells = targetOrder.map((t) => LABEL[row.outcomes.get(t)?.outcome ?? 'not run'].padEnd(col)).join('');
    lines.push(`${row.scenario.padEnd(scenarioWidth)}${row.client.padEnd(clientWidth)}${cells}${verdict}`.trimEnd());
  }
  return { lines, cases, same, differ: cases - same };
}

// One root-level hook, registered by whichever suite loads this module first, prints the table after all suites.
after(() => {
  if (rows.size === 0) return;
  const { lines, cases, same, differ } = sideBySide();
  console.log(
    `\n  side-by-side table (pass; fails* = known failure explained in FINDINGS.md; FAILS = failed; - = not run)`,
  );
  for (const line of lines) console.log(`    ${line}`);
  console.log(`\n  side by side: ${cases} cases, ${same} same, ${differ} differ\n`);
});
