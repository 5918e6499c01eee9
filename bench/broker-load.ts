/**
 * Load generator for bench/broker.bench.ts, run in its own process (`node --import tsx bench/broker-load.ts`)
 * so the broker keeps a core to itself. Requests are built once with the project's codecs and pipelined:
 *   loopback PORT MS            raw 64 KiB writes to a sink (the Node-to-Node TCP baseline)
 *   produce PORT MS ACKS TOPIC  Produce v9, 64 x 1 KiB records per request, 32 requests in flight
 *   consume PORT MS TOPIC       Fetch v12 from offset 0 onwards, 8 requests in flight
 * Prints one JSON line: { bytes, ms, requests, errors }.
 */
import { connect, type Socket } from 'node:net';
import { FrameSplitter } from '../protocol/frame-splitter';
import { encodeRequest } from '../protocol/frames';
import { defaultFetchRequest, type FetchResponse, type ProduceResponse } from '../protocol/generated';
import { decodeResponse } from '../protocol/frames';
import { encodeRecordBatchSync } from '../protocol/records';

const [mode, portText, msText, ...rest] = process.argv.slice(2);
const port = Number(portText);
const durationMs = Number(msText);
export const RECORDS_PER_BATCH = 64;
export const RECORD_SIZE = 1024;

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.setNoDelay(true);
    socket.once('error', reject);
  });
}

/** Calls onFrame for each response frame (without its size). */
function frames(socket: Socket, onFrame: (frame: Buffer) => void): void {
  const splitter = new FrameSplitter({ kind: 'response' });
  socket.on('data', (chunk: Buffer) => splitter.push(chunk, onFrame));
}

async function loopback(): Promise<void> {
  const socket = await open();
  const chunk = Buffer.alloc(64 * 1024, 7);
  let bytes = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (performance.now() - start < durationMs) {
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
  report(bytes, performance.now() - start, 0, 0);
}

/** Creates the topic (one partition) and waits for the answer. */
function createTopic(socket: Socket, topic: string): Promise<void> {
  const body = {
    topics: [{ name: topic, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 5000,
    validateOnly: false,
  };
  socket.write(encodeRequest({ apiKey: 19, apiVersion: 4, correlationId: 0, clientId: 'bench' }, body));
  return new Promise((resolve) => socket.once('data', () => resolve()));
}

async function produce(acks: number, topic: string): Promise<void> {
  const socket = await open();
  await createTopic(socket, topic);
  const value = Buffer.alloc(RECORD_SIZE, 'x');
  const now = Date.now();
  const batch = encodeRecordBatchSync({
    records: Array.from({ length: RECORDS_PER_BATCH }, (_, i) => ({ timestamp: now + i, key: null, value })),
  });
  const body = {
    transactionalId: null,
    acks,
    timeoutMs: 30000,
    topicData: [{ name: topic, partitionData: [{ index: 0, records: batch }] }],
  };
  const frame = Buffer.from(encodeRequest({ apiKey: 0, apiVersion: 9, correlationId: 1, clientId: 'bench' }, body));
  const payload = RECORDS_PER_BATCH * RECORD_SIZE;
  let inFlight = 0;
  let acked = 0;
  let errors = 0;
  let requests = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const send = () => {
      while (inFlight < 32 && performance.now() - start < durationMs) {
        inFlight++;
        requests++;
        socket.write(frame);
      }
      if (inFlight === 0) resolve();
    };
    frames(socket, (f) => {
      inFlight--;
      const { body: response } = decodeResponse(0, 9, f) as { body: ProduceResponse };
      if (response.responses[0]!.partitionResponses[0]!.errorCode === 0) acked += payload;
      else errors++;
      send();
    });
    send();
  });
  socket.end();
  report(acked, performance.now() - start, requests, errors);
}

async function consume(topic: string): Promise<void> {
  const socket = await open();
  const step = 1024; // records per 1 MiB fetch: 16 batches of 64
  let nextOffset = 0n;
  let inFlight = 0;
  let bytes = 0;
  let errors = 0;
  let requests = 0;
  let correlation = 0;
  let exhausted = false;
  const fetchFrame = (offset: bigint) =>
    encodeRequest(
      { apiKey: 1, apiVersion: 12, correlationId: ++correlation, clientId: 'bench' },
      {
        ...defaultFetchRequest(),
        replicaId: -1,
        maxWaitMs: 0,
        minBytes: 0,
        maxBytes: 4 << 20,
        sessionEpoch: -1,
        topics: [
          {
            topic,
            topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
            partitions: [
              {
                partition: 0,
                currentLeaderEpoch: -1,
                fetchOffset: offset,
                lastFetchedEpoch: -1,
                logStartOffset: -1n,
                partitionMaxBytes: 1 << 20,
                replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
              },
            ],
          },
        ],
      },
    );
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const send = () => {
      while (!exhausted && inFlight < 8 && performance.now() - start < durationMs) {
        inFlight++;
        requests++;
        socket.write(fetchFrame(nextOffset));
        nextOffset += BigInt(step);
      }
      if (inFlight === 0) resolve();
    };
    frames(socket, (f) => {
      inFlight--;
      const { body } = decodeResponse(1, 12, f) as { body: FetchResponse };
      const p = body.responses[0]!.partitions[0]!;
      if (p.errorCode !== 0) {
        errors++;
        exhausted = true;
      } else if ((p.records?.length ?? 0) === 0) exhausted = true;
      else bytes += p.records!.length;
      send();
    });
    send();
  });
  socket.end();
  report(bytes, performance.now() - start, requests, errors);
}

function report(bytes: number, ms: number, requests: number, errors: number): void {
  process.stdout.write(`${JSON.stringify({ bytes, ms, requests, errors })}\n`);
}

const run =
  mode === 'loopback'
    ? loopback()
    : mode === 'produce'
      ? produce(Number(rest[0]), rest[1]!)
      : mode === 'consume'
        ? consume(rest[0]!)
        : Promise.reject(new Error(`unknown mode ${mode}`));
run.catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
