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
//
// A half that outlives its budget (BROOK_TEST_BUDGET_MINUTES, default 30; a whole run takes about 16 minutes on
// two cores) is stopped, after printing the processes it still runs and what its mocha process's event loop still
// holds (a Node diagnostic report, asked for with SIGUSR2), so a hang fails the run with the place it hung
// instead of running until CI's own limit with the test/ half's output unseen.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const extraArgs = process.argv.slice(2);
const budgetMs = Number(process.env.BROOK_TEST_BUDGET_MINUTES ?? 30) * 60_000;
const outputDir = join(root, 'build', 'test-output');
const reportDir = join(outputDir, 'reports');
mkdirSync(reportDir, { recursive: true });
const reportOnSignal = ['--node-option', 'report-on-signal', '--node-option', `report-directory=${reportDir}`];

/** `pid` and every process below it (pid, seconds running, seconds on a CPU, command), parents first. */
function processTree(pid) {
  let lines;
  try {
    lines = execFileSync('ps', ['-eo', 'pid=,ppid=,etimes=,times=,args='], { encoding: 'utf8', timeout: 10_000 });
  } catch {
    return [];
  }
  const rows = lines
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter(Boolean)
    .map(([, p, parent, seconds, cpuSeconds, args]) => ({
      pid: Number(p),
      parent: Number(parent),
      seconds,
      cpuSeconds,
      args,
    }));
  const tree = [];
  const visit = (at) => {
    for (const row of rows.filter((r) => r.parent === at)) {
      tree.push(row);
      visit(row.pid);
    }
  };
  const root = rows.find((r) => r.pid === pid);
  if (root) tree.push(root);
  visit(pid);
  return tree;
}

/**
 * What the half's mocha process (the node running mocha's cli.js) still holds: the active handles of its event
 * loop (servers, sockets, child processes, timers), from the diagnostic report it writes on SIGUSR2. No report
 * within a few seconds means its event loop is blocked (a synchronous call or a busy loop: see its CPU seconds).
 */
async function mochaReport(tree) {
  const mochaProcess = tree.find((r) => r.args.includes('mocha/lib/cli/cli.js'));
  if (!mochaProcess) return ['  (no mocha process left)'];
  const before = new Set(readdirSync(reportDir));
  process.kill(mochaProcess.pid, 'SIGUSR2');
  for (let waited = 0; waited < 10; waited++) {
    await sleep(500);
    const file = readdirSync(reportDir).find((f) => f.endsWith('.json') && !before.has(f));
    if (!file) continue;
    await sleep(500); // written whole
    const report = JSON.parse(readFileSync(join(reportDir, file), 'utf8'));
    const held = report.libuv.filter((h) => h.is_active && h.is_referenced);
    return [
      `  its event loop holds ${held.length} active handles (report ${join(reportDir, file)}):`,
      ...held.slice(0, 40).map(({ address, is_active, is_referenced, ...h }) => `    ${JSON.stringify(h)}`),
    ];
  }
  return [`  no diagnostic report from mocha (pid ${mochaProcess.pid}) in 5 s: its event loop is blocked`];
}

/** Runs one half; `logFile` set: its output goes there instead of to this process's stdout. */
function runHalf(name, specs, logFile) {
  const child = spawn(process.execPath, [mocha, ...reportOnSignal, ...specs, ...extraArgs], {
    cwd: root,
    stdio: ['ignore', logFile ? 'pipe' : 'inherit', logFile ? 'pipe' : 'inherit'],
  });
  const log = logFile && createWriteStream(logFile);
  if (log) {
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
  }
  let overBudget = false;
  const watchdog = setTimeout(async () => {
    overBudget = true;
    const tree = processTree(child.pid);
    const report = [
      `\nnpm test: ${name} still running after ${budgetMs / 60_000} minutes (BROOK_TEST_BUDGET_MINUTES); its processes:`,
      ...tree.map((r) => `  ${r.pid} ${r.seconds}s (${r.cpuSeconds}s on a CPU) ${r.args.slice(0, 300)}`),
      ...(await mochaReport(tree).catch((error) => [`  no diagnostic report: ${error.message}`])),
      '  stopping them (the last lines of its output above show the suite it hung in)\n',
    ].join('\n');
    if (log) log.write(report);
    else console.error(report);
    for (const { pid } of tree.reverse()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
  }, budgetMs);
  // A process the half started and left running holds its output pipes open, and 'close' waits for them.
  child.on('exit', () => {
    setTimeout(() => {
      if (!log || child.stdout.destroyed) return;
      const note = `\nnpm test: ${name} ended, but a process it started still holds its output open; not waiting\n`;
      log.write(note);
      child.stdout.destroy();
      child.stderr.destroy();
    }, 30_000).unref();
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      const result = { name, ok: code === 0 && !overBudget, status: overBudget ? 'over budget' : (signal ?? code) };
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
