import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCaseFile } from '../sql/qtt/cases';
import { kafkaBackend, runVariant } from '../sql/qtt/runner';
import { startBroker } from '../../src/testing';
import { sharedPath } from './paths';

/**
 * A sample of the query-validation cases run end to end through a real Brook: inputs produced over the wire,
 * the engine on its Kafka driver, outputs read back from the broker. The sample is spread evenly over the
 * corpus (every N-th case that expects outputs), so it crosses feature areas rather than picking easy ones.
 */
const CORPUS = sharedPath('ksql-tests', 'qtt');
const SAMPLE_SIZE = 24;

describe('QTT sample (public cases, ../shared) end to end through a live Brook', function () {
  this.timeout(60_000);
  const cases = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      loadCaseFile(join(CORPUS, file))
        .filter((c) => c.enabled && c.variants.length > 0 && !c.variants[0]!.spec.expectedException)
        .map((c) => ({ file, c })),
    );
  const step = Math.floor(cases.length / SAMPLE_SIZE);
  const sample = cases.filter((_, i) => i % step === 0).slice(0, SAMPLE_SIZE);

  it(`samples ${SAMPLE_SIZE} cases spread over the corpus`, () => {
    assert.equal(sample.length, SAMPLE_SIZE);
    assert.ok(new Set(sample.map((s) => s.file)).size >= SAMPLE_SIZE / 2, 'the sample spans many files');
  });

  for (const { file, c } of sample) {
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
