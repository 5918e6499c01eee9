/**
 * Issue 16's security matrix: every installable client (matrix/families.ts) against ONE `brook serve` with SSL,
 * mTLS, SASL_SSL and SASL_PLAINTEXT listeners and Kafka's StandardAuthorizer (matrix/plan.ts), each client family
 * driven by one process running all its checks, a table of client x mode at the end (matrix/verdict.ts).
 * The whole matrix runs inside `npm test` (about 15 s: the families run side by side). A client this machine lacks
 * is reported and skipped (pending), never
 * counted as passing; a mode a client cannot do is "not supported by the client" with the reason.
 */
import assert from 'node:assert/strict';
import { hasOpenssl, makeTestCerts, type TestCerts } from '../lib/test-certs';
import { FAMILIES } from './matrix/families';
import {
  adminConn,
  type Check,
  checksFor,
  type MatrixBroker,
  MODES,
  type Mode,
  prepareMatrix,
  startMatrixBroker,
} from './matrix/plan';
import { judge, type Row, renderTable } from './matrix/verdict';

const modes: readonly Mode[] = MODES;

/** confluent-kafka-python makes its SCRAM-SHA-512 user itself (AlterUserScramCredentials) before logging in. */
function checksOf(m: MatrixBroker, family: string): Check[] {
  return checksFor(m, family, modes).map((check) =>
    family === 'confluent-kafka-python' && check.mode === 'SCRAM-512'
      ? { ...check, conn: { ...check.conn, user: 'cfk' }, createScramUserAs: adminConn(m) }
      : check,
  );
}

describe('security matrix: every client over SSL, mTLS, SASL and ACLs against one brook serve', function () {
  this.timeout(600000);
  let certs: TestCerts | undefined;
  let matrix: MatrixBroker | undefined;
  const rows = new Map<string, Row>();
  let wallMs = 0;

  before(async function () {
    console.log(`    (every client over: ${modes.join(', ')})`);
    if (!hasOpenssl()) {
      console.log('    (openssl is not on this machine: no certificates; skipped)');
      this.skip();
    }
    const started = Date.now();
    certs = makeTestCerts();
    matrix = await startMatrixBroker(certs);
    const m = matrix;
    const available = FAMILIES.map((f) => ({ family: f, unavailable: f.unavailable() }));
    const checks = new Map(available.map(({ family }) => [family.id, checksOf(m, family.id)]));
    const topics = [...checks.values()].flat().flatMap((c) => (c.action === 'roundtrip' && c.topic ? [c.topic] : []));
    await prepareMatrix(m, topics);
    await Promise.all(
      available.map(async ({ family, unavailable }) => {
        const row: Row = { client: family.id, describe: family.describe, cells: new Map() };
        rows.set(family.id, row);
        if (unavailable) {
          row.unavailable = unavailable;
          return;
        }
        const familyStarted = Date.now();
        const familyChecks = checks.get(family.id)!;
        try {
          const answer = await family.run(familyChecks);
          row.describe = `${family.describe}; ran ${answer.version}`;
          for (const check of familyChecks) {
            row.cells.set(
              check.mode,
              judge(
                check,
                answer.results.find((r) => r.mode === check.mode),
              ),
            );
          }
        } catch (error) {
          for (const check of familyChecks) {
            row.cells.set(check.mode, { kind: 'FAIL', detail: `the driver failed: ${String(error)}` });
          }
        }
        row.ms = Date.now() - familyStarted;
      }),
    );
    wallMs = Date.now() - started;
  });

  after(async () => {
    if (rows.size > 0) {
      console.log(
        `\n    security matrix, ${(wallMs / 1000).toFixed(1)} s: ok = produced and consumed, refused = refused as expected (ACL metadata: only the permitted topic listed), n/s = not supported by the client, FAIL\n`,
      );
      console.log(
        renderTable([...rows.values()], modes)
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n'),
      );
    }
    await matrix?.broker.destroy();
    certs?.cleanup();
  });

  for (const family of FAMILIES) {
    it(`${family.id}: ${modes.length === MODES.length ? 'every mode' : modes.join(', ')}`, function () {
      const row = rows.get(family.id);
      if (!row) this.skip();
      if (row.unavailable) {
        console.log(`      (${family.id} cannot run here: ${row.unavailable}; skipped)`);
        this.skip();
      }
      const failed = [...row.cells].filter(([, v]) => v.kind === 'FAIL');
      assert.deepEqual(
        failed.map(([mode, v]) => `${mode}: ${v.detail}`),
        [],
        `${family.id} failed ${failed.length} of ${row.cells.size} checks`,
      );
    });
  }
});
