/**
 * compat-tests: the scenario set (scenarios/scenarios.ts) run by every client installable here (lib/clients.ts),
 * each client as its own driver process (clients/<client>/), against each target of lib/targets.ts in one run:
 * by default Brook started through its CLI and the official Kafka 4.4 as a process from Maven's jars. The run
 * ends with the side-by-side table (lib/side-by-side.ts).
 *
 *   npm run compat                                     all clients, Brook and Kafka
 *   COMPAT_CLIENTS=kafkajs,java npm run compat         some clients
 *   COMPAT_TARGETS=brook,brook-inprocess npm run compat   other targets
 *
 * Outcome per case: see lib/expectations.ts (tests.allow must pass; other failures must be explained in the
 * client's FINDINGS.md and show as pending "KNOWN FAILURE"; a client that is not installed shows as pending
 * "NOT RUN"). Nothing passes without having run.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ClientSpec, clients, type DriverCommand } from './lib/clients';
import { type Expectations, findingFor, loadExpectations, oracleExpectations } from './lib/expectations';
import { type DriverRun, runDriverProcess } from './lib/run-driver';
import { outcomeOf, recordOutcome } from './lib/side-by-side';
import { clientsForTarget, selectedTargets, type Target, type TargetSpec, TargetUnavailable } from './lib/targets';
import { type BuiltScenario, scenarios } from './scenarios/scenarios';

const runId = Date.now().toString(36);
const workDir = mkdtempSync(join(tmpdir(), 'brook-compat-run-'));
const only = process.env.COMPAT_CLIENTS?.split(',').filter(Boolean);
const selected = only ? clients.filter((c) => only.includes(c.id)) : clients;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long a consume waits for records when the cases that read it are expected to fail. */
const EXPECTED_FAILURE_CONSUME_MS = 3000;

/**
 * A case expected to fail on this target (explained in FINDINGS.md, e.g. a codec an old client cannot produce)
 * still runs and is still checked, but the consumes it reads stop waiting after a few seconds instead of the
 * full timeout for records that will not come: an unexpected pass still shows (its records arrive in ms). Those
 * are the consumes a case names as its own, and every consume of a scenario none of whose cases may pass.
 */
function waitLessForExpectedFailures(built: BuiltScenario, expectations: Expectations): BuiltScenario {
  const expectedToFail = built.cases.filter((c) => !expectations.allowed.has(c.id));
  const allFail = expectedToFail.length === built.cases.length;
  const shortened = new Set(expectedToFail.flatMap((c) => c.consumes ?? []));
  return {
    ...built,
    steps: built.steps.map((step, i) =>
      step.op === 'consume' && (allFail || shortened.has(i))
        ? { ...step, timeoutMs: Math.min(step.timeoutMs, EXPECTED_FAILURE_CONSUME_MS) }
        : step,
    ),
  };
}

async function execute(
  target: Target,
  cmd: DriverCommand,
  client: ClientSpec,
  built: BuiltScenario,
): Promise<DriverRun> {
  const job = {
    bootstrap: target.bootstrap,
    steps: built.steps,
    ...(client.options ? { options: client.options } : {}),
  };
  const running = runDriverProcess(cmd, job, built.timeoutMs);
  if (built.restart) {
    const { ready, go } = built.restart;
    let done = false;
    void running.then(() => {
      done = true;
    });
    while (!done && !existsSync(ready)) await sleep(50);
    if (!done) {
      await target.restart();
      writeFileSync(go, '');
    }
  }
  return running;
}

function defineTargetSuite(spec: TargetSpec): void {
  const title = `${spec.id}: ${spec.title}`;
  const expectationsFor = spec.kind === 'kafka' ? oracleExpectations : loadExpectations;
  describe(title, function () {
    this.timeout(240000);
    let target: Target | undefined;
    let targetError: unknown;
    before(async function () {
      this.timeout(300000);
      try {
        target = await spec.start();
        console.log(`      target: ${target.describe}`);
      } catch (error) {
        targetError = error;
      }
    });
    // One line per client at the end: passed / known failures / failed / not run.
    const tally = new Map<string, Record<'passed' | 'known failure' | 'failed' | 'not run', number>>();
    afterEach(function () {
      const test = this.currentTest!;
      const client = test.parent!.title.split(':')[0]!;
      const counts = tally.get(client) ?? { passed: 0, 'known failure': 0, failed: 0, 'not run': 0 };
      const { outcome, note } = outcomeOf(test);
      recordOutcome('produce/consume', test.title.split(':')[0]!, client, spec.id, outcome, note);
      if (test.state === 'passed') counts.passed++;
      else if (test.state === 'failed') counts.failed++;
      else if (test.title.includes('[NOT RUN')) counts['not run']++;
      else counts['known failure']++;
      tally.set(client, counts);
    });
    after(async () => {
      await target?.destroy();
      if (tally.size) {
        console.log(`\n    summary (${spec.id}):`);
        for (const [client, c] of tally) {
          const parts = Object.entries(c).map(([k, v]) => `${v} ${k}`);
          console.log(`      ${client.padEnd(24)} ${parts.join(', ')}`);
        }
      }
    });

    for (const client of clientsForTarget(spec, selected)) {
      describe(`${client.id}: ${client.describe}`, () => {
        const expectations = expectationsFor(client.id);
        let missing: string | null = null;
        let cmd: DriverCommand | undefined;
        before(function () {
          this.timeout(300000);
          missing = client.unavailable();
          if (missing) {
            console.log(`      NOT RUN: ${client.id} is not installed here: ${missing}`);
            return;
          }
          try {
            cmd = client.prepare();
          } catch (error) {
            const e = error as { stderr?: Buffer; message: string };
            missing = `driver build failed: ${e.stderr?.toString().slice(-1500) ?? e.message}`;
            console.log(`      NOT RUN: ${client.id}: ${missing}`);
            return;
          }
          const gaps = Object.entries(client.codecGaps);
          console.log(
            `      codecs exercised: ${client.codecs.join(', ')}${gaps.length ? `; not: ${gaps.map(([c, why]) => `${c} (${why})`).join('; ')}` : ''}`,
          );
        });

        for (const scenario of scenarios) {
          const prefix = `compat-${runId}-${client.id}-${spec.id}`;
          const built = waitLessForExpectedFailures(
            scenario.build({ client, prefix, workDir, now: Date.now() }),
            expectations,
          );
          let run: Promise<DriverRun> | undefined;
          for (const c of built.cases) {
            it(`${c.id}: ${c.title}`, async function () {
              this.timeout(built.timeoutMs + 30000);
              if (targetError instanceof TargetUnavailable) {
                this.test!.title += ` [NOT RUN: ${targetError.message}]`;
                this.skip();
              }
              if (targetError || !target) throw new Error(`the broker did not start: ${String(targetError)}`);
              if (missing || !cmd) {
                this.test!.title += ` [NOT RUN: client not installed: ${missing}]`;
                this.skip();
              }
              run ??= execute(target, cmd!, client, built);
              const outcome = await run;
              const problems = outcome.failure
                ? [`${outcome.failure}\n--- driver stderr (tail) ---\n${outcome.stderr.slice(-3000)}`]
                : c.check(outcome.result!.steps);
              if (problems.length && !outcome.failure && outcome.stderr.trim()) {
                problems.push(`--- driver stderr (tail) ---\n${outcome.stderr.trim().slice(-1500)}`);
              }
              if (target.tail && problems.length) {
                problems.push(`--- broker output (tail) ---\n${target.tail(15)}`);
              }
              const allowed = expectations.allowed.has(c.id);
              if (!problems.length) {
                if (!allowed) this.test!.title += ' [passes: add it to tests.allow]';
                return;
              }
              if (allowed)
                throw new Error(`${c.id} is in ${client.id}/tests.allow but failed:\n${problems.join('\n')}`);
              const finding = findingFor(expectations, c.id);
              if (finding !== undefined) {
                this.test!.title +=
                  ` [KNOWN FAILURE, FINDINGS.md: ${finding.length > 160 ? `${finding.slice(0, 157)}...` : finding}]`;
                console.log(`        known failure detail: ${problems[0]!.split('\n')[0]!.slice(0, 300)}`);
                this.skip();
              }
              throw new Error(
                `${c.id} failed and is neither in ${client.id}/tests.allow nor explained in its FINDINGS.md:\n${problems.join('\n')}`,
              );
            });
          }
        }
      });
    }
  });
}

for (const spec of selectedTargets()) {
  const missing = spec.unavailable();
  if (missing) {
    describe(`${spec.id}: ${spec.title}`, () => {
      it(`${spec.id} not run: ${missing}`, function () {
        this.skip();
      });
    });
  } else defineTargetSuite(spec);
}

after(() => rmSync(workDir, { recursive: true, force: true }));
