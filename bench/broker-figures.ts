/**
 * The broker's data-path figures, each a ratio measured in the same run (see bench/broker-load.ts for exactly
 * what each load does):
 * - produce 1 KiB records, acks=1 and acks=-1, and consume from the beginning, against Node-to-Node loopback TCP
 *   throughput (goals 0.40 and 0.50, issue 10);
 * - the load generator against a sink that discards (bench/broker-sink.ts): a BASELINE showing how fast the
 *   generator itself can go, so a broker figure near it would say "generator-bound", not "broker speed"; and
 *   consuming from a source that reads each canned answer from a file first (the sink's pagecache mode): the
 *   machine's own rate for serving bytes held in the page cache without sendfile, which consume is also given
 *   against (as produce is against the disk's own write rate);
 * - p99 produce latency at a steady 10 MB/s against the p99 round trip of the same frames, sent at the same
 *   instants, to a peer that answers at once (loopback RTT at the same rate);
 * - each broker figure again for the official Kafka when it runs beside Brook, and Brook / Kafka ratios (goal:
 *   Brook ahead, issue 11). Brook, Kafka and the sink take turns figure by figure, so the machine's noise falls
 *   on all of them, after a warm-up run on each broker that is not reported (the JVM's JIT needs one).
 * - the disk's own sequential write rate (bench/disk-baseline.ts), measured in each round beside the brokers in a
 *   directory on the broker's file system: the produce figures are also given against it ("disk" ratio).
 * Payload MiB/s counts record values only (1 KiB each), not protocol or batch overhead.
 */
import { ddRate, nodeDiskRate } from './disk-baseline';
import type { BenchLine } from './harness';
import { type Peer, runLoad, startSink } from './load-processes';
import { RECORD_SIZE } from './wire';

export interface BrokerTarget {
  /** "Brook" or "Kafka 4.4.0" */
  label: string;
  port: number;
}

const BROOK = 'Brook';
const GENERATOR = 'load generator ceiling';
const PAGE_CACHE = 'page-cache source';

const PARTITIONS = 4;
const BATCH_RECORDS = 64;
const IN_FLIGHT = 5;
const LATENCY_RATE = 10_000_000; // bytes per second
const LATENCY_BATCH_RECORDS = 16; // 16 KiB: the Java producer's batch.size
const LATENCY_ROUNDS = 3;
const THROUGHPUT_ROUNDS = 2;

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

/**
 * Node-to-Node loopback: the generator writing chunks the size of its Produce requests into a socket that a
 * process of its own reads and drops (the same process layout as generator and broker).
 */
async function loopbackMBps(ms: number): Promise<number> {
  const drain = await startSink('drain');
  try {
    const chunkBytes = PARTITIONS * BATCH_RECORDS * RECORD_SIZE;
    return MiBps(await runLoad<{ bytes: number; ms: number }>({ mode: 'loopback', port: drain.port, ms, chunkBytes }));
  } finally {
    await drain.stop();
  }
}

/** A "Brook / Kafka" line when both were measured (Kafka is any target not labelled Brook). */
function versusKafka(name: string, values: Map<string, number>, unit: string, lowerIsBetter = false): BenchLine[] {
  const brook = values.get(BROOK);
  const kafka = [...values].find(([label]) => label !== BROOK && label !== GENERATOR);
  if (brook === undefined || !kafka) return [];
  return [
    {
      name: `${name}: Brook / ${kafka[0]}`,
      value: brook,
      unit,
      ratio: { value: brook / kafka[1], against: `${kafka[0]} in this run`, goal: 1, atMost: lowerIsBetter },
    },
  ];
}

const produceOptions = (port: number, ms: number, acks: number, topic: string) =>
  ({
    mode: 'produce',
    port,
    ms,
    acks,
    topic,
    partitions: PARTITIONS,
    batchRecords: BATCH_RECORDS,
    inFlight: IN_FLIGHT,
  }) as const;

async function produce(target: BrokerTarget, ms: number, acks: number, topic: string): Promise<ProduceResult> {
  const result = await runLoad<ProduceResult>(produceOptions(target.port, ms, acks, topic));
  check(
    `${target.label} produce acks=${acks}`,
    result.errors === 0,
    `${result.errors} bad answers, ${result.firstError}`,
  );
  return result;
}

async function consume(target: BrokerTarget, ms: number, topic: string, endOffsets: string[]): Promise<ConsumeResult> {
  const result = await runLoad<ConsumeResult>({ mode: 'consume', port: target.port, ms, topic, endOffsets });
  const problems = [...result.problems];
  if (result.crcFailed > 0) problems.push(`${result.crcFailed} of ${result.crcChecked} CRCs wrong`);
  check(`${target.label} consume`, problems.length === 0, problems.join('; '));
  return result;
}

export async function dataPathFigures(
  targets: BrokerTarget[],
  runMs: number,
  latencyMs: number,
  diskDir: string,
): Promise<BenchLine[]> {
  // Warm-up, not reported: the JVM compiles Kafka's hot paths in its first seconds under load (and V8 Brook's);
  // a user measures a broker that has been running.
  for (const target of targets) {
    const warm = await produce(target, runMs, 1, 'bench-warm-up');
    await consume(target, runMs, 'bench-warm-up', warm.endOffsets);
  }
  // THROUGHPUT_ROUNDS rounds; in each, loopback, then every figure with the generator's own ceiling (against
  // the discarding sink) and each broker taking turns. Each series keeps its best round: interference only
  // ever makes a run slower, and the best loopback is the conservative baseline for the ratios.
  const loopbackRuns: number[] = [];
  let disk = { pageCacheMBps: 0, syncedMBps: 0, bytes: 0 };
  let dd: number | null = null;
  const sink = await startSink('discard');
  const generator: BrokerTarget = { label: GENERATOR, port: sink.port };
  const pageCacheSink = await startSink('pagecache');
  const pageCache: BrokerTarget = { label: PAGE_CACHE, port: pageCacheSink.port };
  const produced = new Map<string, ProduceResult>();
  const consumed = new Map<string, ConsumeResult>();
  const endOffsets = new Map<string, string[]>();
  const unbounded = Array.from({ length: PARTITIONS }, () => String(1n << 40n));
  const keepBest = <T extends { bytes: number; ms: number }>(map: Map<string, T>, key: string, result: T) => {
    if (!map.has(key) || MiBps(result) > MiBps(map.get(key)!)) map.set(key, result);
  };
  try {
    for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
      loopbackRuns.push(await loopbackMBps(runMs));
      const rate = await nodeDiskRate(diskDir, runMs);
      if (rate.pageCacheMBps > disk.pageCacheMBps) disk = rate;
      const ddNow = await ddRate(diskDir, Math.max(64, Math.round(rate.bytes / 1024 / 1024)));
      if (ddNow !== null) dd = Math.max(dd ?? 0, ddNow);
      for (const acks of [1, -1]) {
        for (const target of [generator, ...targets]) {
          const topic = `bench-acks${acks === 1 ? '1' : 'all'}`;
          const result = await produce(target, runMs, acks, topic);
          // The generator's ceiling is one series whatever acks says: the sink answers both alike.
          keepBest(produced, target === generator ? GENERATOR : `${target.label} ${acks}`, result);
          // Consume reads the whole topic, up to where the latest round ended.
          if (acks === 1) endOffsets.set(target.label, target === generator ? unbounded : result.endOffsets);
        }
      }
      // Consume what acks=1 wrote, from the beginning (the sinks serve canned batches for as long as asked).
      for (const target of [generator, pageCache, ...targets]) {
        const ends = target === pageCache ? unbounded : endOffsets.get(target.label)!;
        keepBest(consumed, target.label, await consume(target, runMs, 'bench-acks1', ends));
      }
    }
  } finally {
    await sink.stop();
    await pageCacheSink.stop();
  }
  loopbackRuns.push(await loopbackMBps(runMs));

  const loopback = Math.max(...loopbackRuns);
  const vsLoopback = (value: number, goal?: number) => ({
    value: value / loopback,
    against: `loopback TCP (${loopback.toFixed(0)} MiB/s)`,
    goal,
  });
  const shape = `${PARTITIONS} partitions x ${BATCH_RECORDS}-record batches, ${IN_FLIGHT} in flight, best of ${THROUGHPUT_ROUNDS} rounds`;
  const lines: BenchLine[] = [
    {
      name: `Node-to-Node loopback TCP (baseline: Produce-sized writes, process to process; best of ${loopbackRuns.map((r) => r.toFixed(0)).join(', ')} MiB/s)`,
      value: loopback,
      unit: 'MiB/s',
    },
  ];
  const vsDisk = (value: number) => ({
    value: value / disk.pageCacheMBps,
    against: `the disk through Node (${disk.pageCacheMBps.toFixed(0)} MiB/s)`,
  });
  lines.push(
    {
      name: `BASELINE, disk: sequential async fs.write of 1 MiB chunks through Node, ${runMs} ms, no fsync (best of ${THROUGHPUT_ROUNDS} rounds; ${(disk.bytes / 1024 / 1024).toFixed(0)} MiB, ${disk.syncedMBps.toFixed(0)} MiB/s once the closing fdatasync is counted)`,
      value: disk.pageCacheMBps,
      unit: 'MiB/s',
      ratio: vsLoopback(disk.pageCacheMBps),
    },
    dd === null
      ? { name: 'BASELINE, disk: dd NOT MEASURED (no dd on this machine)', value: Number.NaN, unit: '' }
      : {
          name: `BASELINE, disk: dd if=/dev/zero bs=1M conv=fdatasync, as many MiB as the Node run (best of ${THROUGHPUT_ROUNDS} rounds)`,
          value: dd,
          unit: 'MiB/s',
          ratio: vsLoopback(dd),
        },
  );
  const generatorProduce = MiBps(produced.get(GENERATOR)!);
  const generatorConsume = MiBps(consumed.get(GENERATOR)!);
  const pageCacheConsume = MiBps(consumed.get(PAGE_CACHE)!);
  lines.push(
    {
      name: `BASELINE, load generator produce into a discarding sink (NOT a broker; ${shape.replace(`best of ${THROUGHPUT_ROUNDS} rounds`, `best of ${2 * THROUGHPUT_ROUNDS} runs, acks=1 and -1 alike`)})`,
      value: generatorProduce,
      unit: 'MiB/s',
      ratio: vsLoopback(generatorProduce),
    },
    {
      name: `BASELINE, load generator consume from a canned-batch source (NOT a broker; best of ${THROUGHPUT_ROUNDS} rounds)`,
      value: generatorConsume,
      unit: 'MiB/s',
      ratio: vsLoopback(generatorConsume),
    },
    {
      name: `BASELINE, load generator consume from a page-cache source (NOT a broker: the same answers, each read from a file on libuv's pool before it is written, the least a broker without sendfile does; best of ${THROUGHPUT_ROUNDS} rounds)`,
      value: pageCacheConsume,
      unit: 'MiB/s',
      ratio: vsLoopback(pageCacheConsume),
    },
  );
  for (const acks of [1, -1]) {
    const rates = new Map<string, number>();
    for (const target of targets) {
      const result = produced.get(`${target.label} ${acks}`)!;
      rates.set(target.label, MiBps(result));
      lines.push({
        name:
          `${target.label} produce 1 KiB records acks=${acks} (${shape}; ${result.records} records acknowledged ` +
          `at the expected offsets; ${((100 * MiBps(result)) / generatorProduce).toFixed(0)} % of the generator's ceiling)`,
        value: MiBps(result),
        unit: 'MiB/s',
        ratio: vsLoopback(MiBps(result), target.label === BROOK ? 0.4 : undefined),
      });
    }
    const brook = rates.get(BROOK);
    if (brook !== undefined) {
      lines.push({
        name: `Brook produce 1 KiB records acks=${acks} against the disk's own rate`,
        value: brook,
        unit: 'MiB/s',
        ratio: vsDisk(brook),
      });
    }
    lines.push(...versusKafka(`produce acks=${acks}`, rates, 'MiB/s'));
  }
  const consumeRates = new Map<string, number>();
  for (const target of targets) {
    const result = consumed.get(target.label)!;
    consumeRates.set(target.label, MiBps(result));
    lines.push({
      name:
        `${target.label} consume from the beginning (one Fetch v12 in flight, ${PARTITIONS} partitions, best of ${THROUGHPUT_ROUNDS} rounds; ` +
        `${result.records} records counted${result.complete ? ', all produced' : ', time limit reached first'}, ` +
        `${result.crcChecked} batch CRCs checked; ${((100 * MiBps(result)) / generatorConsume).toFixed(0)} % of the generator's ceiling)`,
      value: MiBps(result),
      unit: 'MiB/s',
      ratio: vsLoopback(MiBps(result), target.label === BROOK ? 0.5 : undefined),
    });
  }
  const brookConsume = consumeRates.get(BROOK);
  if (brookConsume !== undefined) {
    lines.push({
      name: 'Brook consume from the beginning against the page-cache source',
      value: brookConsume,
      unit: 'MiB/s',
      ratio: {
        value: brookConsume / pageCacheConsume,
        against: `the page-cache source (${pageCacheConsume.toFixed(0)} MiB/s)`,
      },
    });
  }
  lines.push(...versusKafka('consume', consumeRates, 'MiB/s'));
  lines.push(...(await latencyFigures(targets, latencyMs)));
  return lines;
}

/**
 * p99 produce latency at a steady 10 MB/s, against the loopback round trip of the same frames sent at the same
 * instants to a peer that answers at once (so both series see the same moments of the machine's noise). Noise
 * lands on p99 first: each target and acks runs LATENCY_ROUNDS times, interleaved, and keeps its best round
 * (interference only ever adds latency), with the round trip measured beside it.
 */
async function latencyFigures(targets: BrokerTarget[], ms: number): Promise<BenchLine[]> {
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
    lines.push(...versusKafka(`produce latency p99 acks=${acks}`, p99s, 'ms', true));
  }
  return lines;
}
