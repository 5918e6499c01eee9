import assert from 'node:assert/strict';
import { runDirectory } from '../../src/sql/qtt/main';
import { sharedPath } from './paths';

/**
 * The public ksqlDB query-validation cases in ../shared/ksql-tests, in memory. Ratchets: raise a floor as the
 * engine improves; it must never drop. (`npm test` runs the project's own cases: test/sql/qtt-own.test.ts.)
 */
const SUITES = [
  { dir: 'qtt', floor: 478 },
  { dir: 'rqtt', floor: 82 },
];

describe('sql: public ksqlDB test cases (../shared/ksql-tests)', function () {
  this.timeout(300_000);

  for (const { dir, floor } of SUITES) {
    it(`${dir}: passes at least ${floor} cases`, async () => {
      const results = await runDirectory(sharedPath('ksql-tests', dir));
      const passed = results.reduce((a, r) => a + r.passed, 0);
      const total = results.reduce((a, r) => a + r.total, 0);
      console.log(`    ${dir.toUpperCase()} total: ${passed}/${total} cases passed`);
      assert.ok(passed >= floor, `${dir} pass count ${passed} dropped below the floor ${floor}`);
    });
  }
});
