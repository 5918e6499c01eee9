/**
 * Load generator for bench/broker.bench.ts, run in a process of its own (`node --import tsx bench/broker-load.ts
 * '<json options>'`) so the broker under test keeps a core to itself. It speaks the Kafka protocol through the
 * project's codecs, against Brook, the official Kafka or the discarding sink alike (bench/broker-sink.ts):
 *   loopback  raw `chunkBytes` writes into a socket whose reader discards them (the Node-to-Node TCP baseline)
 *   create    CreateTopics, then one 1-record Produce per partition, retried until every partition's leader
 *             accepts it (Kafka answers NOT_LEADER for a moment after creating a topic)
 *   produce   like a producer at full speed on one connection: each Produce v9 request carries one batch of
 *             `batchRecords` 1 KiB records for every partition of the topic, `inFlight` requests pipelined
 *             (the Java producer's max.in.flight.requests.per.connection is 5); every answer is checked: error
 *             code 0 and each partition's base offset exactly where the previous batch ended
 *   consume   like a consumer from the beginning: one Fetch v12 in flight for all partitions (each at its own
 *             next offset, 1 MiB per partition, max.wait 500 ms, min.bytes 1: the Java consumer's defaults),
 *             each answer read straight into one reused buffer as the Java client reads into one of the answer's
 *             size (openFrameReader), counting records, checking batches follow each other without gap and the
 *             CRC-32C of every 4th batch, until every partition reached the end offsets the produce run reported
 *   latency   Produce requests of one `batchRecords` batch at a steady byte rate (partitions in turn), each
 *             answer's round trip recorded; the same frames go at the same instants to a peer that answers each
 *             with a small frame at once (bench/broker-sink.ts pingpong): the loopback RTT baseline
 * Prints one JSON line with the result.
 */
import type { Socket } from 'node:net';
import { decodeResponse, encodeRequest } from '../protocol/frames';
import {
  type CreateTopicsResponse,
  defaultFetchRequest,
  type FetchResponse,
  type ProduceResponse,
} from '../protocol/generated';
import { batchPool, onFrames, open, openFrameReader, percentile, RECORD_SIZE, walkBatches } from './wire';

export interface LoadOptions {
  mode: 'loopback' | 'create' | 'produce' | 'consume' | 'latency';
  port: number;
  /** loopback: bytes per write. */
  chunkBytes?: number;
  ms?: number;
  topic?: string;
  partitions?: number;
  acks?: number;
  batchRecords?: number;
  inFlight?: number;
  /** consume: the end offset of each partition (from the produce run), as decimal strings. */
  endOffsets?: string[];
  /** latency: payload bytes per second, and the port of the peer that answers at once (the RTT baseline). */
  rate?: number;
  rttPort?: number;
  /** create/produce: every partition's replicas (the first one leads), e.g. [1, 2, 3]; default RF 1 anywhere. */
  replicas?: number[];
  /** create/produce: topic configs, e.g. { 'min.insync.replicas': '2' }. */
  topicConfigs?: Record<string, string>;
}

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
const PRODUCE_VERSION = 9;
const FETCH_VERSION = 12;
const RETRIABLE = new Set([3, 5, 6, 7]); // unknown topic, leader not available, not leader, request timed out

function produceFrame(topic: string, parts: { index: number; records: Buffer }[], acks: number, id: number) {
  const body = { transactionalId: null, acks, timeoutMs: 30000, topicData: [{ name: topic, partitionData: parts }] };
  return encodeRequest({ apiKey: 0, apiVersion: PRODUCE_VERSION, correlationId: id, clientId: 'bench' }, body);
}

/** Sends one request and resolves with its answer (only while nothing else is in flight on the socket). */
function roundTrip(socket: Socket, frame: Buffer): Promise<Buffer> {
  return new Promise((resolve) => {
    socket.once('bench-frame', resolve);
    socket.write(frame);
  });
}

async function openFramed(port: number): Promise<Socket> {
  const socket = await open(port);
  onFrames(socket, (frame) => socket.emit('bench-frame', frame));
  return socket;
}

async function loopback(): Promise<void> {
  const socket = await open(options.port);
  const chunk = Buffer.alloc(options.chunkBytes ?? 64 * 1024, 7);
  let bytes = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (performance.now() - start < options.ms!) {
        bytes += chunk.length;
        if (!socket.write(chunk)) {
          socket.once('drain', pump);
          return;
        }
      }
      resolve();
    };
    pump();
  });
  socket.end();
  report({ bytes, ms: performance.now() - start });
}

/** Creates the topic and returns each partition's next offset once every leader accepted a first record. */
async function prepare(socket: Socket, topic: string, partitions: number): Promise<bigint[]> {
  const create = {
    topics: [
      {
        name: topic,
        // A manual assignment puts each partition's leadership where the generator sends (the first replica).
        numPartitions: options.replicas ? -1 : partitions,
        replicationFactor: options.replicas ? -1 : 1,
        assignments: options.replicas
          ? Array.from({ length: partitions }, (_, partitionIndex) => ({
              partitionIndex,
              brokerIds: options.replicas!,
            }))
          : [],
        configs: Object.entries(options.topicConfigs ?? {}).map(([name, value]) => ({ name, value })),
      },
    ],
    timeoutMs: 10000,
    validateOnly: false,
  };
  const answer = await roundTrip(
    socket,
    encodeRequest({ apiKey: 19, apiVersion: 4, correlationId: 1, clientId: 'bench' }, create),
  );
  const created = (decodeResponse(19, 4, answer).body as CreateTopicsResponse).topics[0]!;
  if (created.errorCode !== 0 && created.errorCode !== 36) {
    throw new Error(`CreateTopics ${topic}: error ${created.errorCode} ${created.errorMessage ?? ''}`);
  }
  const [first] = batchPool(1, 1);
  const frame = produceFrame(
    topic,
    Array.from({ length: partitions }, (_, index) => ({ index, records: first! })),
    1,
    2,
  );
  const deadline = performance.now() + 30000;
  for (;;) {
    const body = decodeResponse(0, PRODUCE_VERSION, await roundTrip(socket, frame)).body as ProduceResponse;
    const answers = body.responses[0]!.partitionResponses;
    const codes = answers.map((p) => p.errorCode);
    if (codes.every((c) => c === 0)) {
      const next: bigint[] = [];
      for (const p of answers) next[p.index] = p.baseOffset + 1n;
      return next;
    }
    if (!codes.every((c) => c === 0 || RETRIABLE.has(c)) || performance.now() > deadline) {
      throw new Error(`first produce to ${topic}: error codes ${codes.join(',')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function createOnly(): Promise<void> {
  const socket = await openFramed(options.port);
  const next = await prepare(socket, options.topic!, options.partitions!);
  socket.end();
  report({ endOffsets: next.map(String) });
}

async function produce(): Promise<void> {
  const { topic, partitions, acks, batchRecords: perBatch, inFlight: window } = options as Required<LoadOptions>;
  const socket = await openFramed(options.port);
  const next = await prepare(socket, topic, partitions);
  // 8 distinct requests (correlation ids 1-8), each with its own batch per partition, sent in turn.
  const pool = batchPool(8 * partitions, perBatch);
  const frames = Array.from({ length: 8 }, (_, k) =>
    produceFrame(
      topic,
      Array.from({ length: partitions }, (_, index) => ({ index, records: pool[k * partitions + index]! })),
      acks,
      k + 1,
    ),
  );
  const recordsPerRequest = partitions * perBatch;
  let sent = 0;
  let answered = 0;
  let records = 0;
  let errors = 0;
  let firstError = '';
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const send = () => {
      while (sent - answered < window && performance.now() - start < options.ms!) {
        socket.write(frames[sent % frames.length]!);
        sent++;
      }
      if (sent === answered) resolve();
    };
    socket.removeAllListeners('bench-frame');
    socket.on('bench-frame', (frame: Buffer) => {
      const expectedId = (answered % frames.length) + 1;
      answered++;
      const { correlationId, body } = decodeResponse(0, PRODUCE_VERSION, frame) as {
        correlationId: number;
        body: ProduceResponse;
      };
      let ok = correlationId === expectedId;
      for (const p of body.responses[0]!.partitionResponses) {
        if (p.errorCode !== 0 || p.baseOffset !== next[p.index]) {
          ok = false;
          firstError ||= `partition ${p.index}: error ${p.errorCode}, base offset ${p.baseOffset} (expected ${next[p.index]})`;
        }
        next[p.index] = p.baseOffset + BigInt(perBatch);
      }
      if (ok) records += recordsPerRequest;
      else errors++;
      send();
    });
    send();
  });
  const ms = performance.now() - start;
  socket.end();
  report({
    records,
    bytes: records * RECORD_SIZE,
    ms,
    requests: sent,
    errors,
    firstError,
    endOffsets: next.map(String),
  });
}

async function consume(): Promise<void> {
  const { topic, endOffsets } = options as Required<LoadOptions>;
  const socket = await openFrameReader(options.port, (frame) => socket.emit('bench-frame', frame));
  const end = endOffsets.map(BigInt);
  const next = end.map(() => 0n);
  let records = 0;
  let wireBytes = 0;
  let requests = 0;
  let batches = 0;
  let crcChecked = 0;
  let crcFailed = 0;
  const problems: string[] = [];
  const fetchFrame = (): Buffer | null => {
    const wanted = next.map((offset, partition) => ({ partition, offset })).filter((p) => p.offset < end[p.partition]!);
    if (wanted.length === 0) return null;
    requests++;
    return encodeRequest(
      { apiKey: 1, apiVersion: FETCH_VERSION, correlationId: requests, clientId: 'bench' },
      {
        ...defaultFetchRequest(),
        replicaId: -1,
        maxWaitMs: 500,
        minBytes: 1,
        maxBytes: 50 * 1024 * 1024,
        isolationLevel: 0,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [
          {
            topic,
            topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
            partitions: wanted.map(({ partition, offset }) => ({
              partition,
              currentLeaderEpoch: -1,
              fetchOffset: offset,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 1024 * 1024,
              replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
            })),
          },
        ],
      },
    );
  };
  const start = performance.now();
  await new Promise<void>((resolve) => {
    socket.on('bench-frame', (frame: Buffer) => {
      wireBytes += frame.length;
      const { body } = decodeResponse(1, FETCH_VERSION, frame) as { body: FetchResponse };
      const walks = body.responses[0]!.partitions.map((p) => {
        if (p.errorCode !== 0) problems.push(`partition ${p.partitionIndex}: error ${p.errorCode}`);
        const walk = walkBatches(p.records ?? Buffer.alloc(0), next[p.partitionIndex]!, batches, 4);
        next[p.partitionIndex] = walk.nextOffset;
        batches += walk.batches;
        return walk;
      });
      // Like a consumer, ask for the next data before looking at this answer's records.
      const again = problems.length === 0 && performance.now() - start < options.ms! ? fetchFrame() : null;
      if (again) socket.write(again);
      for (const walk of walks) {
        records += walk.records;
        crcChecked += walk.crcChecked;
        crcFailed += walk.crcFailed;
        if (walk.discontinuity !== null) problems.push(`batch at ${walk.discontinuity} does not follow the last one`);
      }
      if (!again) resolve();
    });
    socket.write(fetchFrame()!);
  });
  const ms = performance.now() - start;
  socket.end();
  const expected = end.reduce((a, b) => a + b, 0n);
  const reached = next.reduce((a, b) => a + b, 0n);
  // Offsets start at 0 and every record was counted: the count must equal the offsets walked.
  if (BigInt(records) !== reached) problems.push(`${records} records counted over ${reached} offsets`);
  report({
    records,
    bytes: records * RECORD_SIZE,
    wireBytes,
    ms,
    requests,
    batches,
    crcChecked,
    crcFailed,
    complete: reached === expected,
    problems: problems.slice(0, 5),
  });
}

interface Lane {
  socket: Socket;
  sentAt: number[];
  samples: number[];
  answered: number;
  errors: number;
}

function latencyResult(lane: Lane, ms: number, perBatch: number) {
  const samples = [...lane.samples].sort((a, b) => a - b);
  return {
    samples: samples.length,
    errors: lane.errors,
    achievedRate: (lane.answered * perBatch * RECORD_SIZE * 1000) / ms,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    p999: percentile(samples, 99.9),
    max: samples.at(-1) ?? Number.NaN,
  };
}

async function latency(): Promise<void> {
  const { topic, partitions, acks, batchRecords: perBatch, rate, rttPort } = options as Required<LoadOptions>;
  const broker = await openFramed(options.port);
  await prepare(broker, topic, partitions);
  const pool = batchPool(16, perBatch);
  const frames = pool.map((records, k) => produceFrame(topic, [{ index: k % partitions, records }], acks, k + 1));
  const intervalMs = (perBatch * RECORD_SIZE * 1000) / rate;
  const warmUpMs = 500; // JIT and page-cache warm-up on both ends: samples sent earlier are not kept
  const lanes: Lane[] = [broker, await openFramed(rttPort)].map((socket) => ({
    socket,
    sentAt: [],
    samples: [],
    answered: 0,
    errors: 0,
  }));
  const start = performance.now();
  let finished = false;
  await new Promise<void>((resolve) => {
    const done = () => finished && lanes.every((l) => l.answered === l.sentAt.length);
    lanes.forEach((lane, i) => {
      lane.socket.removeAllListeners('bench-frame');
      lane.socket.on('bench-frame', (frame: Buffer) => {
        const now = performance.now();
        const at = lane.sentAt[lane.answered]!;
        if (i === 0) {
          const { body } = decodeResponse(0, PRODUCE_VERSION, frame) as { body: ProduceResponse };
          if (body.responses[0]!.partitionResponses[0]!.errorCode !== 0) lane.errors++;
        }
        if (at - start >= warmUpMs) lane.samples.push(now - at);
        lane.answered++;
        if (done()) resolve();
      });
    });
    // Open loop: requests go out on schedule whether or not earlier ones were answered, as a producer's
    // batches fill at a steady rate. A 1 ms timer sends whatever is due (catching up after a late tick), the
    // same frame to the broker and to the round-trip peer at the same instant, so both see the same noise.
    let due = start;
    const timer = setInterval(() => {
      const now = performance.now();
      if (now - start >= options.ms!) {
        clearInterval(timer);
        finished = true;
        if (done()) resolve();
        return;
      }
      for (; due <= now; due += intervalMs) {
        for (const lane of lanes) {
          lane.socket.write(frames[lane.sentAt.length % frames.length]!);
          lane.sentAt.push(performance.now());
        }
      }
    }, 1);
  });
  const ms = performance.now() - start;
  for (const lane of lanes) lane.socket.end();
  report({ broker: latencyResult(lanes[0]!, ms, perBatch), rtt: latencyResult(lanes[1]!, ms, perBatch) });
}

function report(result: object): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const modes: Record<LoadOptions['mode'], () => Promise<void>> = {
  loopback,
  create: createOnly,
  produce,
  consume,
  latency,
};
const run = modes[options.mode];
(run ? run() : Promise.reject(new Error(`unknown mode ${options.mode}`))).catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
