import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../protocol/generator/generate';
import { readOverlay } from '../../protocol/generator/overlay';
import { OVERLAY_JAR_PATH, SCHEMA_DIR } from './schema-values';

const ROOT = join(__dirname, '..', '..');

/**
 * The committed protocol/generated/ against a fresh run of the generator over Kafka's schemas in ../shared and
 * the newer ones overlay.ts takes from Kafka 4.4's kafka-clients jar (build/, compat-tests/java/prepare.ts).
 */
describe('generated codecs against Kafka schemas (../shared)', () => {
  it('the committed protocol/generated/ is exactly what `npm run generate` writes', function () {
    this.timeout(60_000);
    const out = mkdtempSync(join(tmpdir(), 'brook-generated-'));
    try {
      const run = spawnSync(
        join(ROOT, 'node_modules', '.bin', 'tsx'),
        [join(ROOT, 'protocol', 'generator', 'main.ts'), SCHEMA_DIR, OVERLAY_JAR_PATH, out],
        { encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stderr);
      const committed = readdirSync(join(ROOT, 'protocol', 'generated'))
        .filter((f) => f.endsWith('.ts'))
        .sort();
      const fresh = readdirSync(out).sort();
      assert.deepEqual(fresh, committed);
      const stale = fresh.filter(
        (f) => readFileSync(join(out, f), 'utf8') !== readFileSync(join(ROOT, 'protocol', 'generated', f), 'utf8'),
      );
      assert.deepEqual(stale, [], 'run `npm run generate` and commit protocol/generated/');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('is deterministic and marks every file as generated from the Apache Kafka schemas', () => {
    const a = generate(SCHEMA_DIR, readOverlay(OVERLAY_JAR_PATH));
    const b = generate(SCHEMA_DIR, readOverlay(OVERLAY_JAR_PATH));
    assert.deepEqual([...a.entries()], [...b.entries()]);
    assert.equal(a.size, 104);
    for (const [name, text] of a) {
      assert.match(text, /^\/\/ Code generated from Apache Kafka's message schemas\. DO NOT EDIT BY HAND\./, name);
      assert.match(text, /1eb7644349cb07139d6a3c1ad1986979647cac99/, name);
      // The share group offset APIs (90-92) are new in Kafka 4.1: taken as released, none of the base's versions kept.
      if (/share-group-offsets\.ts$/.test(name)) assert.match(text, /Apache Kafka 4\.4\.0 .*as released/, name);
      if (/^(produce|end-txn|txn-offset-commit)\.ts$/.test(name)) assert.match(text, /Apache Kafka 4\.4\.0/, name);
      assert.match(text, /Apache License 2\.0, Copyright The Apache Software Foundation/, name);
      assert.match(text, /npm run generate/, name);
    }
  });
});
