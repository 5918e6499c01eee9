/**
 * Transactions and the idempotent producer, driven by real clients (txn-clients.ts, each its own process speaking
 * txn-protocol.ts) against each target of ../lib/targets.ts (by default Brook through its CLI and the official
 * Kafka 4.4 as a process); every case goes to the side-by-side table. Scenarios (txn-scenarios.ts):
 *
 *   txn-commit-abort / txn-read-uncommitted   commit and abort interleaved, one and two partitions, two producers
 *                                             with open transactions in one partition, one left open: what
 *                                             read_committed and read_uncommitted consumers hand the application
 *   txn-fencing                               a second producer with the same transactional.id fences the first
 *   idempotent-faults                         an idempotent producer retries through lost responses and closed
 *                                             connections (fault-proxy.ts, the same on every target): exactly once
 *   idempotent-crash                          the same with the broker SIGKILLed right after a lost response (java
 *                                             only; every client with COMPAT_LONG=1: a Kafka restart costs ~10 s)
 *
 * The consume-transform-produce loop under SIGKILLs is ctp.test.ts.
 *
 *   npm run build && npx mocha --no-config --node-option import=tsx --extension ts --timeout 300000 compat-tests/transactions
 *   COMPAT_TXN_CLIENTS=kafkajs,java ...    some clients
 *   COMPAT_LONG=1 ...                      idempotent-crash for every client
 *   COMPAT_TXN_VERSION=1 ...               transaction.version finalized at 1 on every target: the Java client and
 *                                          franz-go then run classic transactions (by default they use KIP-890's TV2)
 */
import type { DriverCommand } from '../lib/clients';
import type { Job } from '../lib/driver-protocol';
import { runDriverProcess } from '../lib/run-driver';
import { outcomeOf, recordOutcome } from '../lib/side-by-side';
import { clientsForTarget, selectedTargets, type Target, type TargetSpec } from '../lib/targets';
import { FaultProxy } from './fault-proxy';
import { createTopics, findingFor, TXN_CONFIG } from './txn-common';
import { txnClients } from './txn-clients';
import type { TxnJob, TxnJobResult } from './txn-protocol';
import { txnScenarios } from './txn-scenarios';

const only = process.env.COMPAT_TXN_CLIENTS?.split(',').filter(Boolean);
const selected = only ? txnClients.filter((c) => only.includes(c.id)) : txnClients;
const runId = Date.now().toString(36);
const LONG = process.env.COMPAT_LONG === '1';

function defineTxnSuite(spec: TargetSpec): void {
  describe(`compat-tests: transactions and idempotence on ${spec.id}: ${spec.title}`, function () {
    this.timeout(180000);
    let target: Target | undefined;
    let proxy: FaultProxy;
    before(async function () {
      this.timeout(300000);
      proxy = await FaultProxy.start();
      target = await spec.start({ ...TXN_CONFIG, 'advertised.listeners': proxy.advertised });
      proxy.forwardTo(target.bootstrap);
      console.log(`      target: ${target.describe}, clients through the fault proxy on ${proxy.bootstrap}`);
    });
    after(async () => {
      await target?.destroy();
      await proxy?.close();
    });
    afterEach(function () {
      const test = this.currentTest!;
      const { outcome, note } = outcomeOf(test);
      const [caseId, client] = test.title.split(':')[0]!.split(' ');
      recordOutcome('transactions', caseId!, client!, spec.id, outcome, note);
    });

    for (const client of clientsForTarget(spec, selected)) {
      for (const scenario of txnScenarios) {
        if (scenario.needs === 'transactions' && !client.transactions) continue;
        if (scenario.onlyClients && !LONG && !scenario.onlyClients.includes(client.id)) continue;
        const built = scenario.build({ prefix: `txn-${runId}-${client.id}-${spec.id}`, client: client.id });
        let run:
          | Promise<{ result?: TxnJobResult; failure?: string; stderr: string; faults: string; lostResponses: number }>
          | undefined;
        const execute = async (cmd: DriverCommand) => {
          await createTopics(proxy.bootstrap, built.topics);
          const job: TxnJob = { bootstrap: proxy.bootstrap, steps: built.steps };
          proxy.arm(built.faultEvery ?? 0);
          let crashed: Promise<void> | undefined;
          if (built.crashAtLostResponse) {
            proxy.onLostResponse = (count) => {
              if (count !== built.crashAtLostResponse || !target) return;
              // SIGKILL and start again (restart() where the target cannot be killed)
              crashed = target.crash ? target.crash() : target.restart();
            };
          }
          try {
            // runDriverProcess writes the job to the driver's stdin as JSON, whatever its shape.
            const outcome = await runDriverProcess(cmd, job as unknown as Job, 150000);
            await crashed;
            const { lostResponse, lostRequest } = proxy.injected;
            return {
              result: outcome.result as unknown as TxnJobResult | undefined,
              ...(outcome.failure ? { failure: outcome.failure } : {}),
              stderr: outcome.stderr,
              lostResponses: lostResponse,
              faults: built.faultEvery
                ? `${lostResponse} responses lost after the write, ${lostRequest} requests lost${
                    crashed
                      ? `, the broker ${target?.crash ? 'SIGKILLed' : 'restarted'} after lost response ${built.crashAtLostResponse}`
                      : ''
                  }`
                : '',
            };
          } finally {
            proxy.arm(0);
            proxy.onLostResponse = undefined;
          }
        };
        for (const c of built.cases) {
          it(`${c.id} ${client.id}: ${c.title}`, async function () {
            this.timeout(200000);
            const missing = client.unavailable();
            if (missing) {
              this.test!.title += ` [NOT RUN: client not installed: ${missing}]`;
              this.skip();
            }
            if (!target) throw new Error('the target did not start');
            let cmd: DriverCommand | undefined;
            try {
              cmd = client.prepare(); // builds the Go driver on first use
            } catch (error) {
              const e = error as { stderr?: Buffer; message: string };
              this.test!.title +=
                ` [NOT RUN: driver build failed: ${(e.stderr?.toString() ?? e.message).trim().slice(-300)}]`;
              this.skip();
            }
            run ??= execute(cmd!);
            const outcome = await run;
            const problems = outcome.failure
              ? [`${outcome.failure}\n--- driver stderr (tail) ---\n${outcome.stderr.slice(-3000)}`]
              : c.check(outcome.result!.steps);
            // A fault case in which no response was lost would pass without having tested anything.
            if (built.faultEvery && !outcome.failure && outcome.lostResponses === 0) {
              problems.push('the fault proxy lost no Produce response: the case tested nothing');
            }
            if (outcome.faults) console.log(`        ${client.id}: ${outcome.faults}`);
            if (!problems.length) return;
            if (outcome.result) {
              const summary = outcome.result.steps.map(
                (r, i) => `${i}:${r.op}${r.ok ? '' : `(FAILED ${r.error?.name}: ${r.error?.message.slice(0, 200)})`}`,
              );
              problems.push(`steps: ${summary.join(' ')}`);
            }
            if (outcome.stderr.trim() && !outcome.failure) {
              problems.push(`--- driver stderr (tail) ---\n${outcome.stderr.trim().slice(-1500)}`);
            }
            if (target.tail) problems.push(`--- broker output (tail) ---\n${target.tail(10)}`);
            const finding = findingFor(spec, client.id, c.id);
            if (finding === undefined) throw new Error(problems.join('\n'));
            this.test!.title +=
              ` [KNOWN FAILURE, FINDINGS.md: ${finding.length > 160 ? `${finding.slice(0, 157)}...` : finding}]`;
            console.log(`        known failure detail: ${problems[0]!.split('\n')[0]!.slice(0, 300)}`);
            this.skip();
          });
        }
      }
    }
  });
}

for (const spec of selectedTargets()) {
  const missing = spec.unavailable();
  if (missing) {
    describe(`compat-tests: transactions and idempotence on ${spec.id}: ${spec.title}`, () => {
      it(`${spec.id} not run: ${missing}`, function () {
        this.skip();
      });
    });
  } else defineTxnSuite(spec);
}
