// `npm run test:examples`: installs Jest and Vitest into their example folders (each has its own
// package.json and lockfile, so Brook's own install stays without them: together they took over 40 s to
// install on a loaded machine) and runs the two example suites. The mocha and node:test examples need no
// install and run inside `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(here, '../../dist/src/testing/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first (the examples import the built brook/testing)');
  process.exit(1);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let failed = 0;
for (const [name, args] of [
  ['jest', ['exec', '--', 'jest']],
  ['vitest', ['exec', '--', 'vitest', 'run']],
]) {
  const cwd = join(here, name);
  const run = (argv) => spawnSync(npm, argv, { cwd, stdio: 'inherit' }).status;
  if (!existsSync(join(cwd, 'node_modules', name)) && run(['ci', '--no-fund', '--no-audit']) !== 0) {
    console.error(`${name}: npm ci failed in ${cwd}`);
    failed++;
    continue;
  }
  if (run(args) !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
