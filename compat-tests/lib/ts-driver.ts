/**
 * The skeleton shared by the Node.js drivers (kafkajs, @platformatic/kafka, @confluentinc/kafka-javascript, kcat):
 * reads the job from stdin, runs the generic steps (sleep, mark, touch, waitFor, the `latest` marker dance) and
 * hands the client-specific ones to a `ClientAdapter`. See driver-protocol.ts for the contract.
 */
import { existsSync, writeFileSync } from 'node:fs';
import {
  type Compression,
  type Job,
  type JobResult,
  MARKER_VALUE_B64,
  type RecordIn,
  type RecordOut,
  type Step,
  type StepError,
  type StepResult,
} from './driver-protocol';

export type StartPosition = 'earliest' | 'latest' | { offsets: number[] } | { timestamp: number };

export interface ConsumerHandle {
  /** one fetch round: the records that arrived (possibly none) within about `waitMs` */
  poll(waitMs: number): Promise<RecordOut[]>;
  close(): Promise<void>;
}

export interface ClientAdapter {
  name: string;
  version: string;
  /** returns the name of the client that really created the topic if it was not this one */
  create(topic: string, partitions: number): Promise<string | undefined>;
  partitions(topic: string): Promise<number>;
  produce(
    topic: string,
    compression: Compression,
    records: RecordIn[],
  ): Promise<({ partition: number; offset: number } | null)[]>;
  openConsumer(topic: string, partitions: number, from: StartPosition): Promise<ConsumerHandle>;
  close(): Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function toStepError(error: unknown): StepError {
  if (error instanceof Error) {
    const extra = error as Error & {
      type?: string;
      code?: unknown;
      apiId?: string;
      cause?: unknown;
      errors?: unknown[];
    };
    const parts = [error.message];
    if (extra.type) parts.push(`type=${extra.type}`);
    if (extra.code !== undefined) parts.push(`code=${String(extra.code)}`);
    if (extra.apiId) parts.push(`apiId=${extra.apiId}`);
    if (extra.cause instanceof Error) parts.push(`cause: ${toStepError(extra.cause).message}`);
    if (Array.isArray(extra.errors)) for (const e of extra.errors.slice(0, 3)) parts.push(toStepError(e).message);
    return { name: extra.type ?? error.name, message: parts.join('; ') };
  }
  return { name: 'Error', message: String(error) };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const isMarker = (r: RecordOut) => r.value === MARKER_VALUE_B64;

async function consume(client: ClientAdapter, step: Extract<Step, { op: 'consume' }>, mark: number | undefined) {
  let from: StartPosition;
  if (typeof step.from === 'object' && 'timestamp' in step.from) {
    const ts = step.from.timestamp === 'mark' ? mark : step.from.timestamp;
    if (ts === undefined) throw new Error('consume from mark without a preceding mark step');
    from = { timestamp: ts };
  } else from = step.from;
  const consumer = await client.openConsumer(step.topic, step.partitions, from);
  const records: RecordOut[] = [];
  const deadline = Date.now() + step.timeoutMs;
  try {
    if (step.from === 'latest') {
      // Produce a marker to every partition until each partition's marker came back: only then is the consumer
      // known to be positioned at the end of every partition.
      const markers: RecordIn[] = Array.from({ length: step.partitions }, (_, partition) => ({
        key: null,
        value: MARKER_VALUE_B64,
        headers: [],
        partition,
      }));
      const seen = () => new Set(records.filter(isMarker).map((r) => r.partition)).size;
      while (seen() < step.partitions) {
        if (Date.now() > deadline) return { records, timedOut: true };
        await client.produce(step.topic, 'none', markers);
        records.push(...(await consumer.poll(500)));
      }
      if (step.probe) await client.produce(step.topic, step.probe.compression, step.probe.records);
    }
    while (records.filter((r) => !isMarker(r)).length < step.count) {
      if (Date.now() > deadline) return { records, timedOut: true };
      records.push(...(await consumer.poll(Math.min(1000, Math.max(50, deadline - Date.now())))));
    }
    return { records, timedOut: false };
  } finally {
    await consumer.close().catch(() => undefined);
  }
}

async function runStep(client: ClientAdapter, step: Step, state: { mark?: number }): Promise<StepResult> {
  switch (step.op) {
    case 'create': {
      const via = await client.create(step.topic, step.partitions);
      return via ? { op: step.op, ok: true, via } : { op: step.op, ok: true };
    }
    case 'partitions':
      return { op: step.op, ok: true, count: await client.partitions(step.topic) };
    case 'produce':
      return { op: step.op, ok: true, results: await client.produce(step.topic, step.compression, step.records) };
    case 'consume': {
      const { records, timedOut } = await consume(client, step, state.mark);
      return { op: step.op, ok: true, records, timedOut };
    }
    case 'sleep':
      await sleep(step.ms);
      return { op: step.op, ok: true };
    case 'mark':
      state.mark = Date.now();
      return { op: step.op, ok: true, time: state.mark };
    case 'touch':
      writeFileSync(step.path, '');
      return { op: step.op, ok: true };
    case 'waitFor': {
      const deadline = Date.now() + step.timeoutMs;
      while (!existsSync(step.path)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${step.path}`);
        await sleep(50);
      }
      return { op: step.op, ok: true };
    }
  }
}

/** Runs a job read from stdin with `makeClient(bootstrap)` and prints the JobResult; exits when done. */
export async function runDriver(makeClient: (bootstrap: string) => Promise<ClientAdapter>): Promise<void> {
  const job = JSON.parse(await readStdin()) as Job;
  let client: ClientAdapter;
  try {
    client = await makeClient(job.bootstrap);
  } catch (error) {
    // The client could not even start (e.g. the broker closed its first connections): every step reports why.
    const failed = job.steps.map((step): StepResult => ({ op: step.op, ok: false, error: toStepError(error) }));
    const result: JobResult = { client: 'unknown', version: 'unknown', steps: failed };
    process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
    return;
  }
  const state: { mark?: number } = {};
  const steps: StepResult[] = [];
  for (const step of job.steps) {
    try {
      steps.push(await runStep(client, step, state));
    } catch (error) {
      steps.push({ op: step.op, ok: false, error: toStepError(error) });
    }
  }
  await Promise.race([client.close().catch(() => undefined), sleep(5000)]);
  const result: JobResult = { client: client.name, version: client.version, steps };
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
}

export const b64 = (buf: Buffer | null | undefined): string | null => (buf == null ? null : buf.toString('base64'));
export const unb64 = (text: string | null): Buffer | null => (text == null ? null : Buffer.from(text, 'base64'));
