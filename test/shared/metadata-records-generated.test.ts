import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateMetadata, METADATA_JAR } from '../../protocol/generator/metadata-main';

const ROOT = join(__dirname, '..', '..');

/** The committed protocol/generated/metadata-records/ against a fresh run over Kafka 4.4.0's kafka-metadata jar. */
describe('generated metadata record codecs against Kafka 4.4.0 (build/ jar)', () => {
  it('the committed protocol/generated/metadata-records/ is exactly what `npm run generate:metadata` writes', function () {
    this.timeout(60_000);
    // Throws naming the jar when build/ lacks it (npx tsx compat-tests/java/prepare.ts installs it).
    const fresh = generateMetadata(join(ROOT, METADATA_JAR));
    const dir = join(ROOT, 'protocol', 'generated', 'metadata-records');
    assert.deepEqual([...fresh.keys()], readdirSync(dir).sort());
    const stale = [...fresh].filter(([f, text]) => readFileSync(join(dir, f), 'utf8') !== text).map(([f]) => f);
    assert.deepEqual(stale, [], 'run `npm run generate:metadata` and commit protocol/generated/metadata-records/');
  });
});
