/**
 * The skeleton of the Node.js transaction drivers (kafkajs, @confluentinc/kafka-javascript): reads the job from
 * stdin, keeps the named producers, runs each step through a `TxnAdapter` and prints the result line. See
 * ../txn-protocol.ts for the contract.
 */
import { toStepError } from '../../lib/ts-driver';
import {
  type ConsumedRecord,
  FAILED_JOB_CONSUME_MS,
  type Isolation,
  type TxnJob,
  type TxnJobResult,
  type TxnRecord,
  type TxnStep,
  type TxnStepResult,
} from '../txn-protocol';

export interface TxnProducer {
  begin(): Promise<void>;
  send(topic: string, records: TxnRecord[]): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
  close(): Promise<void>;
}

export interface TxnAdapter {
  name: string;
  version: string;
  /** a connected producer; transactional ones have run initTransactions */
  producer(options: { transactionalId?: string; idempotent: boolean }): Promise<TxnProducer>;
  /** every partition from the beginning, at `isolation`, until `stop()` says so */
  consume(
    topic: string,
    partitions: number,
    isolation: Isolation,
    stop: (records: ConsumedRecord[]) => boolean,
  ): Promise<ConsumedRecord[]>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** count reached, then graceMs more; or timeoutMs in all */
export function stopRule(step: Extract<TxnStep, { op: 'consume' }>): {
  stop: (records: ConsumedRecord[]) => boolean;
  timedOut: () => boolean;
} {
  const deadline = Date.now() + step.timeoutMs;
  let reachedAt: number | undefined;
  let expired = false;
  return {
    stop(records) {
      if (records.length >= step.count) reachedAt ??= Date.now();
      if (reachedAt !== undefined && Date.now() - reachedAt >= step.graceMs) return true;
      if (Date.now() > deadline) expired = reachedAt === undefined;
      return Date.now() > deadline;
    },
    timedOut: () => expired,
  };
}

export async function runTxnDriver(makeAdapter: () => Promise<TxnAdapter>): Promise<void> {
  const job = JSON.parse(await readStdin()) as TxnJob;
  process.env.TXN_BOOTSTRAP = job.bootstrap;
  const adapter = await makeAdapter();
  const producers = new Map<string, TxnProducer>();
  const named = (name: string) => {
    const p = producers.get(name);
    if (!p) throw new Error(`no producer named ${name} (its creation failed?)`);
    return p;
  };
  const steps: TxnStepResult[] = [];
  for (const step of job.steps) {
    try {
      switch (step.op) {
        case 'producer':
          producers.set(
            step.name,
            await adapter.producer({
              ...(step.transactionalId ? { transactionalId: step.transactionalId } : {}),
              idempotent: step.idempotent ?? true,
            }),
          );
          steps.push({ op: step.op, ok: true });
          break;
        case 'begin':
          await named(step.name).begin();
          steps.push({ op: step.op, ok: true });
          break;
        case 'send':
          await named(step.name).send(step.topic, step.records);
          steps.push({ op: step.op, ok: true });
          break;
        case 'commit':
          await named(step.name).commit();
          steps.push({ op: step.op, ok: true });
          break;
        case 'abort':
          await named(step.name).abort();
          steps.push({ op: step.op, ok: true });
          break;
        case 'close': {
          const p = producers.get(step.name);
          producers.delete(step.name);
          await Promise.race([p?.close().catch(() => undefined), sleep(5000)]);
          steps.push({ op: step.op, ok: true });
          break;
        }
        case 'consume': {
          const failed = steps.some((r, i) => !r.ok && !job.steps[i]!.mayFail);
          const rule = stopRule(
            failed ? { ...step, timeoutMs: Math.min(step.timeoutMs, FAILED_JOB_CONSUME_MS) } : step,
          );
          const records = await adapter.consume(step.topic, step.partitions, step.isolation, rule.stop);
          steps.push({ op: step.op, ok: true, records, timedOut: rule.timedOut() });
          break;
        }
      }
    } catch (error) {
      steps.push({ op: step.op, ok: false, error: toStepError(error) });
    }
  }
  await Promise.race([Promise.all([...producers.values()].map((p) => p.close().catch(() => undefined))), sleep(5000)]);
  const result: TxnJobResult = { client: adapter.name, version: adapter.version, steps };
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
}
