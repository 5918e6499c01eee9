import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCaseFile } from './qtt/cases';
import { runDirectory } from './qtt/main';
import { kafkaBackend, runVariant } from './qtt/runner';
import { startBroker } from '../../src/testing';

/**
 * The project's own query-validation cases (test/sql/cases/, ksqlDB's QTT file format, written from ksqlDB's
 * documented behaviour), so the SQL engine stays covered in a clone with nothing beside it: all must pass in
 * memory, and the ones that expect output also end to end through a live Brook (inputs produced over the
 * wire, the engine on its Kafka driver, outputs read back from the broker). The public ksqlDB cases in
 * ../shared run under `npm run check:shared` (test/shared/qtt*.test.ts).
 */
const CASES = join(__dirname, 'cases');

describe('sql: the project-owned query-validation cases', function () {
  this.timeout(60_000);

  it('all pass in memory', async () => {
    const results = await runDirectory(CASES);
    const failures = results.flatMap((r) => r.failures.map((f) => `${r.file}: ${f.name}: ${f.reason}`));
    assert.deepEqual(failures, []);
    assert.equal(
      results.reduce((a, r) => a + r.passed, 0),
      15,
    );
  });

  describe('end to end through a live Brook', () => {
    const cases = readdirSync(CASES)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .flatMap((file) =>
        loadCaseFile(join(CASES, file))
          .filter((c) => c.enabled && c.variants.length > 0 && !c.variants[0]!.spec.expectedException)
          .map((c) => ({ file, c })),
      );
    for (const { file, c } of cases) {
      it(`${file}: ${c.name}`, async () => {
        const broker = await startBroker();
        try {
          const result = await runVariant(c.variants[0]!, kafkaBackend(broker.bootstrap));
          assert.ok(result.ok, result.ok ? '' : result.reason);
        } finally {
          await broker.stop();
        }
      });
    }
  });
});
