import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { keepYoungGenerationSmall } from '../../src/cli/young-generation';

const ROOT = join(__dirname, '..', '..');

/**
 * MiB of V8's new space after a churn that makes V8 grow it (short-lived objects, a rolling window of survivors),
 * in a node process of its own; `keep` calls keepYoungGenerationSmall first (`brook serve` calls it once started).
 */
function newSpaceAfterChurn(keep: boolean, nodeOptions: string[] = []): number {
  const script = `
    const v8 = require('node:v8');
    if (${keep}) require('./src/cli/young-generation.ts').keepYoungGenerationSmall();
    const window = new Array(20000);
    for (let i = 0; i < 3e6; i++) window[i % window.length] = { i, s: 'x' + i };
    const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    process.stdout.write(String(space.space_size / 1048576));
  `;
  return Number(
    execFileSync(process.execPath, [...nodeOptions, '--import', 'tsx', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    }),
  );
}

describe('brook serve keeps the V8 young generation small (src/cli/young-generation.ts)', () => {
  it('the new space stays at its first size under churn, where V8 would grow it', () => {
    const grown = newSpaceAfterChurn(false);
    const kept = newSpaceAfterChurn(true);
    assert.ok(grown >= 8, `without it the new space grows (${grown} MiB)`);
    assert.ok(kept <= 4, `with it the new space stays small (${kept} MiB)`);
  });

  it('leaves the young generation to the node command line when that sizes it', () => {
    assert.equal(keepYoungGenerationSmall(['--max-semi-space-size=8']), false);
    assert.equal(keepYoungGenerationSmall(['--inspect', '--max_semi_space_size=8']), false);
    assert.equal(keepYoungGenerationSmall(['--semi-space-growth-factor=4']), false);
    // The user's own size holds in a process started so.
    assert.ok(newSpaceAfterChurn(true, ['--max-semi-space-size=8']) >= 8);
  });
});
