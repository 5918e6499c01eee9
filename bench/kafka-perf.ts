/**
 * Kafka's own load generators, `kafka-producer-perf-test` and `kafka-consumer-perf-test`
 * (org.apache.kafka.tools.ProducerPerformance and ConsumerPerformance from kafka-tools), run against Brook and
 * the official Kafka in turn: these are the numbers Kafka users quote. Each target gets a fresh topic with the
 * same layout as the rest of the broker bench, created (and its leaders waited for) by bench/broker-load.ts.
 *
 * The throughput comparison sets acks=1 explicitly (a perf-test setting, said in the output), as the figures
 * of the rest of the broker bench; a separate run with the producer's defaults (enable.idempotence=true,
 * acks=all: what Java users run) reports what happens on each target, failures included.
 */
import { execFile } from 'node:child_process';
import type { BrokerTarget } from './broker-figures';
import type { BenchLine } from './harness';
import { runLoad } from './load-processes';

const PARTITIONS = 4;
const RECORD_SIZE = 1024;
const PRODUCER_ROUNDS = 2;
const CONSUMER_ROUNDS = 2;

interface ToolRun {
  code: number | null;
  output: string;
}

function java(classpath: string, args: string[], timeoutMs: number): Promise<ToolRun> {
  return new Promise((resolve) => {
    execFile(
      'java',
      ['-cp', classpath, ...args],
      { timeout: timeoutMs, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? null) : 0;
        resolve({ code: typeof code === 'number' ? code : null, output: `${stdout}${stderr}` });
      },
    );
  });
}

/** The root cause (the last "Caused by:"), else the first line naming an exception, for a one-line failure. */
function firstError(output: string): string {
  const lines = output.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('SLF4J'));
  const causes = lines.filter((l) => l.startsWith('Caused by:'));
  const line = causes.at(-1) ?? lines.find((l) => /(Exception|Error)\b/.test(l)) ?? lines.at(-1);
  return (line ?? 'no output').trim();
}

interface ProducerPerf {
  ok: boolean;
  recordsPerSec: number;
  mibPerSec: number;
  p99Ms: number;
  error: string;
}

/** "N records sent, R records/sec (M MB/sec), A ms avg latency, X ms max latency, P50 ms 50th, ... P99 ms 99th, ..." */
function parseProducer(run: ToolRun, records: number): ProducerPerf {
  const summary = run.output
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(`${records} records sent`));
  const match = summary && /records sent, ([\d.]+) records\/sec \(([\d.]+) MB\/sec\).*?([\d.]+) ms 99th/.exec(summary);
  const failed = run.code !== 0 || !match || /Exception/.test(run.output);
  return {
    ok: !failed,
    recordsPerSec: match ? Number(match[1]) : 0,
    mibPerSec: match ? Number(match[2]) : 0, // the tool's MB is 1024 * 1024 bytes
    p99Ms: match ? Number(match[3]) : Number.NaN,
    error: failed ? firstError(run.output) : '',
  };
}

interface ConsumerPerf {
  ok: boolean;
  fetchMiBPerSec: number;
  rebalanceMs: number;
  records: number;
  error: string;
}

/** The CSV line after the header: ..., data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, ... */
function parseConsumer(run: ToolRun): ConsumerPerf {
  const lines = run.output.split('\n');
  const header = lines.findIndex((l) => l.startsWith('start.time,'));
  const fields = header >= 0 ? (lines[header + 1] ?? '').split(',').map((f) => f.trim()) : [];
  const ok = run.code === 0 && fields.length >= 10 && !/WARNING: Exiting before/.test(run.output);
  return {
    ok,
    records: Number(fields[4] ?? 0),
    rebalanceMs: Number(fields[6] ?? Number.NaN),
    fetchMiBPerSec: Number(fields[8] ?? 0),
    error: ok ? '' : firstError(run.output),
  };
}

export async function kafkaPerfFigures(
  targets: BrokerTarget[],
  classpath: string,
  records: number,
): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  const bootstrap = (t: BrokerTarget) => `127.0.0.1:${t.port}`;
  const pair = (name: string, values: Map<string, number>, unit: string) => {
    const brook = values.get('Brook');
    const kafka = [...values].find(([label]) => label !== 'Brook');
    if (brook === undefined || !kafka || !(kafka[1] > 0)) return;
    lines.push({
      name: `${name}: Brook / ${kafka[0]}`,
      value: brook,
      unit,
      ratio: { value: brook / kafka[1], against: `${kafka[0]} in this run`, goal: 1 },
    });
  };
  const mib = ((records * RECORD_SIZE) / 1024 / 1024).toFixed(0);
  /** kafka-producer-perf-test at full speed into a fresh topic of the bench's layout, with `settings` added. */
  const producerPerf = async (target: BrokerTarget, topic: string, settings: string[]): Promise<ToolRun> => {
    await runLoad({ mode: 'create', port: target.port, topic, partitions: PARTITIONS });
    return java(
      classpath,
      [
        'org.apache.kafka.tools.ProducerPerformance',
        '--bootstrap-server',
        bootstrap(target),
        '--topic',
        topic,
        '--num-records',
        String(records),
        '--record-size',
        String(RECORD_SIZE),
        '--throughput',
        '-1',
        ...settings,
      ],
      180000,
    );
  };

  // Throughput with acks=1 set explicitly, the targets taking turns PRODUCER_ROUNDS times (each round to a topic
  // of its own) and keeping their best round: one run each swung the Brook / Kafka ratio 0.87-1.36 on a quiet
  // machine. The consumer then reads back the first round's topic.
  const produced = new Map<string, ProducerPerf>();
  for (let round = 0; round < PRODUCER_ROUNDS; round++) {
    for (const target of targets) {
      const topic = round === 0 ? 'perf-acks1' : `perf-acks1-${round}`;
      const run = await producerPerf(target, topic, ['--command-property', 'acks=1']);
      const result = parseProducer(run, records);
      if (!result.ok) throw new Error(`kafka-producer-perf-test acks=1 against ${target.label}: ${result.error}`);
      if (result.mibPerSec > (produced.get(target.label)?.mibPerSec ?? -1)) produced.set(target.label, result);
    }
  }
  for (const target of targets) {
    const result = produced.get(target.label)!;
    lines.push({
      name:
        `kafka-producer-perf-test against ${target.label}, acks=1 SET EXPLICITLY (--command-property acks=1; ` +
        `else the tool's defaults), ${records} x 1 KiB records (${mib} MiB), ${PARTITIONS} partitions, best of ` +
        `${PRODUCER_ROUNDS} (${result.recordsPerSec.toFixed(0)} records/s, p99 ${result.p99Ms} ms at full speed)`,
      value: result.mibPerSec,
      unit: 'MiB/s',
    });
  }
  pair(
    'kafka-producer-perf-test acks=1',
    new Map([...produced].map(([label, result]) => [label, result.mibPerSec])),
    'MiB/s',
  );

  // The consumer reads the first round's topic from the beginning (a new group each run), the targets taking
  // turns CONSUMER_ROUNDS times and keeping their best: one run each swung the ratio 0.74-1.12 between runs.
  const consumedRuns = new Map<string, ConsumerPerf[]>();
  for (let round = 0; round < CONSUMER_ROUNDS; round++) {
    for (const target of targets) {
      const run = await java(
        classpath,
        [
          'org.apache.kafka.tools.ConsumerPerformance',
          '--bootstrap-server',
          bootstrap(target),
          '--topic',
          'perf-acks1',
          '--num-records',
          String(records),
        ],
        180000,
      );
      const result = parseConsumer(run);
      if (!result.ok) throw new Error(`kafka-consumer-perf-test against ${target.label}: ${result.error}`);
      consumedRuns.set(target.label, [...(consumedRuns.get(target.label) ?? []), result]);
    }
  }
  const consumed = new Map<string, number>();
  for (const target of targets) {
    const runs = consumedRuns.get(target.label)!;
    const best = runs.reduce((a, b) => (b.fetchMiBPerSec > a.fetchMiBPerSec ? b : a));
    consumed.set(target.label, best.fetchMiBPerSec);
    lines.push({
      name:
        `kafka-consumer-perf-test against ${target.label}, fetch.MB.sec (the tool's defaults, a classic group; ` +
        `${best.records} records, excludes the ${best.rebalanceMs} ms group join; best of ` +
        `${runs.map((r) => r.fetchMiBPerSec.toFixed(0)).join(', ')} MiB/s)`,
      value: best.fetchMiBPerSec,
      unit: 'MiB/s',
    });
  }
  pair('kafka-consumer-perf-test fetch.MB.sec', consumed, 'MiB/s');

  // The producer's defaults (idempotence, acks=all): what a Java user gets without touching a setting.
  for (const target of targets) {
    const run = await producerPerf(target, 'perf-defaults', []);
    const result = parseProducer(run, records);
    const because = /INIT_PRODUCER_ID/.test(run.output) ? 'no InitProducerId' : result.error;
    lines.push({
      name:
        `kafka-producer-perf-test against ${target.label} with the producer's DEFAULTS (enable.idempotence=true, acks=all)` +
        (result.ok
          ? ` (p99 ${result.p99Ms} ms at full speed)`
          : `: ${target.label} FAILS (${because}): ${result.error}`),
      value: result.mibPerSec,
      unit: 'MiB/s',
    });
  }
  return lines;
}
