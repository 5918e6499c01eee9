/**
 * Per-client expectations, Tansu style: `compat-tests/clients/<client>/tests.allow` lists the cases that must
 * pass (one id per line, `#` comments); `FINDINGS.md` explains every case that does not, each on a line starting
 * with "- `<case id>`". A case in tests.allow that fails fails the run. A case outside tests.allow that fails is
 * reported as a known failure only if FINDINGS.md explains it; unexplained, it fails the run too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './broker';

export interface Expectations {
  allowed: Set<string>;
  /** case id -> the explanation line from FINDINGS.md */
  findings: Map<string, string>;
}

export function loadExpectations(clientId: string): Expectations {
  const dir = join(repoRoot, 'compat-tests', 'clients', clientId);
  const allowFile = join(dir, 'tests.allow');
  const findingsFile = join(dir, 'FINDINGS.md');
  const allowed = new Set(
    existsSync(allowFile)
      ? readFileSync(allowFile, 'utf8')
          .split('\n')
          .map((l) => l.replace(/#.*/, '').trim())
          .filter(Boolean)
      : [],
  );
  const findings = new Map<string, string>();
  if (existsSync(findingsFile)) {
    for (const line of readFileSync(findingsFile, 'utf8').split('\n')) {
      const m = line.match(/^- `([^`]+)`:?\s*(.*)$/);
      if (m) findings.set(m[1]!, m[2]!.trim());
    }
  }
  return { allowed, findings };
}
