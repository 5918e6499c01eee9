/**
 * The broker's data-path figures, each a ratio measured in the same run (see bench/broker-load.ts for exactly
 * what each load does):
 * - produce 1 KiB records, acks=1 and acks=-1, and consume from the beginning, against Node-to-Node loopback TCP
 *   throughput (goals 0.40 and 0.50, issue 10);
 * - the load generator against a sink that discards (bench/broker-sink.ts): a BASELINE showing how fast the
 *   generator itself can go, so a broker figure near it would say "generator-bound", not "broker speed";
 * - p99 produce latency at a steady 10 MB/s against the p99 round trip of the same frames, sent at the same
 *   instants, to a peer that answers at once (loopback RTT at the same rate);
 * - each broker figure again for the official Kafka when it runs beside Brook, and Brook / Kafka ratios (goal:
 *   Brook ahead, issue 11). Brook and Kafka take turns figure by figure, so the machine's noise falls on both.
 * Payload MiB/s counts record values only (1 KiB each), not protocol or batch overhead.
 */
import { type AddressInfo, createServer, type Server } from 'node:net';
import type { BenchLine } from './harness';
import { type Peer, runLoad, startSink } from './load-processes';

export interface BrokerTarget {
  /** "Brook" or "Kafka 4.4" */
  label: string;
  port: number;
}

const PARTITIONS = 4;
const BATCH_RECORDS = 64;
const IN_FLIGHT = 5;
const LATENCY_RATE = 10_000_000; // bytes per second
const LATENCY_BATCH_RECORDS = 16; // 16 KiB: the Java producer's batch.size
const LATENCY_ROUNDS = 3;

interface ProduceResult {
  records: number;
  bytes: number;
  ms: number;
  errors: number;
  firstError: string;
  endOffsets: string[];
}

interface ConsumeResult {
  records: number;
  bytes: number;
  ms: number;
  batches: number;
  crcChecked: number;
  crcFailed: number;
  complete: boolean;
  problems: string[];
}

interface LatencyResult {
  samples: number;
  errors: number;
  achievedRate: number;
  p50: number;
  p99: number;
  p999: number;
}

interface PairedLatency {
  broker: LatencyResult;
  rtt: LatencyResult;
}

const MiBps = (r: { bytes: number; ms: number }) => r.bytes / 1024 / 1024 / (r.ms / 1000);

function check(what: string, ok: boolean, detail: string): void {
  if (!ok) throw new Error(`${what}: ${detail}`);
}

/** Node-to-Node loopback: the generator writing 64 KiB chunks into a socket this process reads and drops. */
async function loopbackMBps(ms: number): Promise<number> {
  const sink: Server = createServer((socket) => socket.resume());
  await new Promise<void>((r) => sink.listen(0, '127.0.0.1', () => r()));
  try {
    return MiBps(
      await runLoad<{ bytes: number; ms: number }>({
        mode: 'loopback',
        port: (sink.address() as AddressInfo).port,
        ms,
      }),
    );
  } finally {
    sink.close();
  }
}

export async function dataPathFigures(targets: BrokerTarget[], runMs: number, latencyMs: number): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  // The loopback baseline is measured three times across the run (start, after produce, after consume) and the
  // best kept: interference only makes a run slower, and the best is the conservative baseline for the ratios.
  const loopbackRuns = [await loopbackMBps(runMs)];
  const shape = `${PARTITIONS} partitions x ${BATCH_RECORDS}-record batches, ${IN_FLIGHT} in flight`;
  // Ratios to loopback are filled in at the end, once every loopback run is in.
  const vsLoopback = (value: number, goal?: number) => ({ value, against: 'loopback TCP', goal });
  const isBrook = (t: BrokerTarget) => t.label === 'Brook';
  const brookOverKafka = (name: string, results: Map<string, number>, unit: string, lowerIsBetter = false) => {
    const kafka = [...results].find(([label]) => label !== 'Brook');
    const brook = results.get('Brook');
    if (!kafka || brook === undefined) return;
    lines.push({
      name: `${name}: Brook / ${kafka[0]}`,
      value: brook,
      unit,
      ratio: { value: brook / kafka[1], against: `${kafka[0]} in this run`, goal: 1, atMost: lowerIsBetter },
    });
  };

  // The generator's own ceiling, against the discarding sink.
  const sink = await startSink('discard');
  let sinkProduce: ProduceResult;
  let sinkConsume: ConsumeResult;
  try {
    sinkProduce = await runLoad<ProduceResult>({
      mode: 'produce',
      port: sink.port,
      ms: runMs,
      acks: 1,
      topic: 'bench-sink',
      partitions: PARTITIONS,
      batchRecords: BATCH_RECORDS,
      inFlight: IN_FLIGHT,
    });
    sinkConsume = await runLoad<ConsumeResult>({
      mode: 'consume',
      port: sink.port,
      ms: runMs,
      topic: 'bench-sink',
      endOffsets: Array.from({ length: PARTITIONS }, () => String(1n << 40n)),
    });
  } finally {
    await sink.stop();
  }
  check('produce into the sink', sinkProduce.errors === 0, sinkProduce.firstError);
  check('consume from the sink', sinkConsume.problems.length === 0, sinkConsume.problems.join('; '));
  lines.push({
    name: `BASELINE, load generator produce into a discarding sink (not a broker; ${shape})`,
    value: MiBps(sinkProduce),
    unit: 'MiB/s',
    ratio: vsLoopback(MiBps(sinkProduce)),
  });
  lines.push({
    name: 'BASELINE, load generator consume from a canned-batch source (not a broker)',
    value: MiBps(sinkConsume),
    unit: 'MiB/s',
    ratio: vsLoopback(MiBps(sinkConsume)),
  });

  // Produce, acks=1 then acks=-1, each target in turn.
  const endOffsets = new Map<string, string[]>();
  for (const acks of [1, -1]) {
    const rates = new Map<string, number>();
    for (const target of targets) {
      const topic = `bench-acks${acks === 1 ? '1' : 'all'}`;
      const result = await runLoad<ProduceResult>({
        mode: 'produce',
        port: target.port,
        ms: runMs,
        acks,
        topic,
        partitions: PARTITIONS,
        batchRecords: BATCH_RECORDS,
        inFlight: IN_FLIGHT,
      });
      check(
        `${target.label} produce acks=${acks}`,
        result.errors === 0,
        `${result.errors} bad answers, ${result.firstError}`,
      );
      if (acks === 1) endOffsets.set(target.label, result.endOffsets);
      rates.set(target.label, MiBps(result));
      lines.push({
        name: `${target.label} produce 1 KiB records acks=${acks} (${shape}; ${result.records} records acknowledged at the expected offsets)`,
        value: MiBps(result),
        unit: 'MiB/s',
        ratio: vsLoopback(MiBps(result), isBrook(target) ? 0.4 : undefined),
      });
    }
    brookOverKafka(`produce acks=${acks}`, rates, 'MiB/s');
  }

  loopbackRuns.push(await loopbackMBps(runMs));

  // Consume what acks=1 wrote, from the beginning.
  const consumeRates = new Map<string, number>();
  for (const target of targets) {
    const result = await runLoad<ConsumeResult>({
      mode: 'consume',
      port: target.port,
      ms: runMs,
      topic: 'bench-acks1',
      endOffsets: endOffsets.get(target.label)!,
    });
    const problems = [...result.problems];
    if (result.crcFailed > 0) problems.push(`${result.crcFailed} of ${result.crcChecked} CRCs wrong`);
    check(`${target.label} consume`, problems.length === 0, problems.join('; '));
    consumeRates.set(target.label, MiBps(result));
    lines.push({
      name:
        `${target.label} consume from the beginning (one Fetch v12 in flight, ${PARTITIONS} partitions; ` +
        `${result.records} records counted${result.complete ? ', all produced' : ', time limit reached first'}, ` +
        `${result.crcChecked} batch CRCs checked)`,
      value: MiBps(result),
      unit: 'MiB/s',
      ratio: vsLoopback(MiBps(result), isBrook(target) ? 0.5 : undefined),
    });
  }
  brookOverKafka('consume', consumeRates, 'MiB/s');

  loopbackRuns.push(await loopbackMBps(runMs));
  const loopback = Math.max(...loopbackRuns);
  for (const line of lines) {
    if (line.ratio?.against === 'loopback TCP') {
      line.ratio.value /= loopback;
      line.ratio.against = `loopback TCP (${loopback.toFixed(0)} MiB/s)`;
    }
  }
  lines.unshift({
    name: `Node-to-Node loopback TCP (baseline; best of ${loopbackRuns.map((r) => r.toFixed(0)).join(', ')} MiB/s in this run)`,
    value: loopback,
    unit: 'MiB/s',
  });
  lines.push(...(await latencyFigures(targets, latencyMs, brookOverKafka)));
  return lines;
}

/**
 * p99 produce latency at a steady 10 MB/s, against the loopback round trip of the same frames sent at the same
 * instants to a peer that answers at once (so both series see the same moments of the machine's noise). Noise
 * lands on p99 first: each target and acks runs LATENCY_ROUNDS times, interleaved, and keeps its best round
 * (interference only ever adds latency), with the round trip measured beside it.
 */
async function latencyFigures(
  targets: BrokerTarget[],
  ms: number,
  brookOverKafka: (name: string, results: Map<string, number>, unit: string, lowerIsBetter?: boolean) => void,
): Promise<BenchLine[]> {
  const common = { ms, partitions: PARTITIONS, batchRecords: LATENCY_BATCH_RECORDS, rate: LATENCY_RATE };
  const best = new Map<string, PairedLatency>();
  const peer: Peer = await startSink('pingpong');
  try {
    for (let round = 0; round < LATENCY_ROUNDS; round++) {
      for (const acks of [1, -1]) {
        for (const target of targets) {
          const result = await runLoad<PairedLatency>({
            mode: 'latency',
            port: target.port,
            rttPort: peer.port,
            topic: `bench-latency-acks${acks === 1 ? '1' : 'all'}`,
            acks,
            ...common,
          });
          check(`${target.label} latency acks=${acks}`, result.broker.errors === 0, `${result.broker.errors} errors`);
          const key = `${target.label} ${acks}`;
          if (!best.has(key) || result.broker.p99 < best.get(key)!.broker.p99) best.set(key, result);
        }
      }
    }
  } finally {
    await peer.stop();
  }
  const lines: BenchLine[] = [];
  const steady = `${LATENCY_RATE / 1e6} MB/s steady, ${LATENCY_BATCH_RECORDS} KiB batches, best of ${LATENCY_ROUNDS} rounds`;
  for (const acks of [1, -1]) {
    const p99s = new Map<string, number>();
    for (const target of targets) {
      const { broker, rtt } = best.get(`${target.label} ${acks}`)!;
      p99s.set(target.label, broker.p99);
      lines.push({
        name:
          `${target.label} produce latency p99, acks=${acks} (${steady}; p50 ${broker.p50.toFixed(3)} ms, ` +
          `p99.9 ${broker.p999.toFixed(3)} ms, ${(broker.achievedRate / 1e6).toFixed(1)} MB/s achieved, ${broker.samples} samples)`,
        value: broker.p99,
        unit: 'ms',
        ratio: {
          value: broker.p99 / rtt.p99,
          against: `loopback RTT p99 of the same frames at the same instants (${rtt.p99.toFixed(3)} ms, p50 ${rtt.p50.toFixed(3)} ms)`,
        },
      });
    }
    brookOverKafka(`produce latency p99 acks=${acks}`, p99s, 'ms', true);
  }
  return lines;
}
