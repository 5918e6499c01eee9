import assert from 'node:assert/strict';
import { runDirectory } from '../sql/qtt/main';
import { runRqttOverRest } from './rqtt-rest';
import { sharedPath } from './paths';

/**
 * The public ksqlDB test cases in ../shared/ksql-tests as ratchets: raise a floor as the engine improves; it
 * must never drop. QTT runs in memory; RQTT (REST cases: pull and push queries) runs over HTTP against the
 * SQL REST server on a live Brook, a fresh one per case (rqtt-rest.ts). (`npm test` runs the project's own
 * cases: test/sql/qtt-own.test.ts.)
 */
const SUITES = [
  { dir: 'qtt', floor: 478, run: () => runDirectory(sharedPath('ksql-tests', 'qtt')) },
  { dir: 'rqtt', floor: 125, run: () => runRqttOverRest() },
];

describe('sql: public ksqlDB test cases (../shared/ksql-tests)', function () {
  this.timeout(900_000);

  for (const { dir, floor, run } of SUITES) {
    it(`${dir}: passes at least ${floor} cases`, async () => {
      const results = await run();
      for (const r of results) console.log(`    ${r.file}: ${r.passed}/${r.total}`);
      const passed = results.reduce((a, r) => a + r.passed, 0);
      const total = results.reduce((a, r) => a + r.total, 0);
      console.log(`    ${dir.toUpperCase()} total: ${passed}/${total} cases passed`);
      assert.ok(passed >= floor, `${dir} pass count ${passed} dropped below the floor ${floor}`);
    });
  }
});
