// `npm test`: the mocha suites as two processes at once, then the node:test example.
//
// Why two: most of a run waits (client processes and JVMs starting, session timeouts, retries) rather than
// computes; a serial run kept two cores about a quarter busy and took 25 minutes. The split follows what shares
// state within one mocha process: compat-tests/ stays whole (its suites share the official Kafka process and end
// with one side-by-side table), test/ and the mocha example are the other half. Every test still starts its own
// brokers on free ports and data dirs, so the halves do not meet.
//
// The compat half prints as it runs; the other half's output is written to build/test-output/suites-brook.log as
// it runs (`tail -f` it) and printed whole once it ends. Arguments go to both mocha processes
// (`npm test -- --grep kafkajs`). The exit status is non-zero when either half (or the example) failed.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const extraArgs = process.argv.slice(2);
const outputDir = join(root, 'build', 'test-output');
mkdirSync(outputDir, { recursive: true });

/** Runs one half; `logFile` set: its output goes there instead of to this process's stdout. */
function runHalf(name, specs, logFile) {
  const child = spawn(process.execPath, [mocha, ...specs, ...extraArgs], {
    cwd: root,
    stdio: ['ignore', logFile ? 'pipe' : 'inherit', logFile ? 'pipe' : 'inherit'],
  });
  const log = logFile && createWriteStream(logFile);
  if (log) {
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
  }
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      const result = { name, ok: code === 0, status: signal ?? code };
      // 'close' comes once the child's pipes are drained; the log file is whole once its stream finished.
      if (log) log.end(() => resolve(result));
      else resolve(result);
    });
  });
}

const started = Date.now();
const brookLog = join(outputDir, 'suites-brook.log');
console.log(`=== compat-tests/ (test/ runs at the same time in another process, its output in ${brookLog})`);
const halves = await Promise.all([
  runHalf('compat-tests/', ['compat-tests/**/*.test.ts']),
  runHalf('test/', ['--ignore', 'test/shared/**', 'test/**/*.test.ts', 'examples/testing/mocha/*.test.mjs'], brookLog),
]);
console.log(`\n=== test/ (${brookLog})\n`);
process.stdout.write(readFileSync(brookLog));

const example = await new Promise((resolve) => {
  const child = spawn(process.execPath, ['--test', 'examples/testing/node-test/'], { cwd: root, stdio: 'inherit' });
  child.on('close', (code, signal) =>
    resolve({ name: 'examples/testing/node-test', ok: code === 0, status: signal ?? code }),
  );
});
const results = [...halves, example];
const seconds = Math.round((Date.now() - started) / 1000);
for (const { name, ok, status } of results)
  console.log(`npm test: ${name} ${ok ? 'passed' : `FAILED (exit ${status})`}`);
console.log(`npm test: done in ${seconds} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
