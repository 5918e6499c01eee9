/**
 * Per-client expectations, Tansu style: `compat-tests/clients/<client>/tests.allow` lists the cases that must
 * pass (one id per line, `#` comments); `FINDINGS.md` explains every case that does not, each on a line starting
 * with "- `<case id>`". A case in tests.allow that fails fails the run. A case outside tests.allow that fails is
 * reported as a known failure only if FINDINGS.md explains it; unexplained, it fails the run too.
 *
 * Lines "- `kafka:<case id>`" (or "- `kafka:*`" for every case of the client) explain failures that happen on the
 * official Kafka only (Kafka 4 removed the protocol versions an old client speaks, KIP-896): they apply to the
 * Kafka targets and lift the case out of tests.allow there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './broker';

export interface Expectations {
  allowed: Set<string>;
  /** case id -> the explanation line from FINDINGS.md */
  findings: Map<string, string>;
  /** explains any case not allowed (a `kafka:*` line, on Kafka targets) */
  everyCase?: string;
}

/** The explanation of a failing case, if any. */
export const findingFor = (e: Expectations, caseId: string): string | undefined =>
  e.findings.get(caseId) ?? e.everyCase;

/** Where each client's tests.allow and FINDINGS.md live (a test may point elsewhere). */
const CLIENTS_DIR = join(repoRoot, 'compat-tests', 'clients');

export function loadExpectations(clientId: string, clientsDir = CLIENTS_DIR): Expectations {
  const dir = join(clientsDir, clientId);
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
      if (m && !m[1]!.startsWith('kafka:')) findings.set(m[1]!, m[2]!.trim());
    }
  }
  return { allowed, findings };
}

/**
 * On the official Kafka (the oracle) the same lists apply, except that a case failing on Brook because of Brook
 * (its FINDINGS.md line starts with "BROOK BUG", or "BROOK LACKS" for a feature not built yet) must pass there.
 */
export function oracleExpectations(clientId: string, clientsDir = CLIENTS_DIR): Expectations {
  const { allowed, findings } = loadExpectations(clientId, clientsDir);
  const brooks = [...findings].filter(([, why]) => isBrookFinding(why)).map(([id]) => id);
  const kafkaOnly = new Map<string, string>();
  const file = join(clientsDir, clientId, 'FINDINGS.md');
  if (existsSync(file)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^- `kafka:([^`]+)`:?\s*(.*)$/gm)) {
      kafkaOnly.set(m[1]!, m[2]!.trim());
    }
  }
  const everyCase = kafkaOnly.get('*');
  const result: Expectations = {
    allowed: new Set([...allowed, ...brooks].filter((id) => !everyCase && !kafkaOnly.has(id))),
    findings: new Map([...[...findings].filter(([id]) => !brooks.includes(id)), ...kafkaOnly]),
  };
  if (everyCase) result.everyCase = everyCase;
  return result;
}

export const isBrookFinding = (why: string): boolean => /^BROOK (BUG|LACKS)\b/.test(why);
