/**
 * The load generator's baseline peer for bench/broker.bench.ts, a process of its own like the broker it stands
 * beside (`node --import tsx bench/broker-sink.ts '{"mode":"discard"}'`; prints `{"port":N}` once listening).
 * It is NOT a broker and NOT a stand-in for Brook: it measures how fast bench/broker-load.ts can go, so the
 * report can show the generator is not the ceiling of the broker figures.
 *   discard   answers CreateTopics with success; Produce v9 with a minimal valid answer (error 0, the base
 *             offset each partition would have) and the records thrown away; Fetch v12 with copies of one
 *             pre-built 64-record batch up to each partition's byte limit (see CannedFetch)
 *   pagecache as discard, but each Fetch answer is first read from a file holding copies of it (one pread on
 *             libuv's pool into the frame, then the write): the least a broker serving a log from the page cache
 *             does without sendfile (which measured slower than pread + write here: README), and nothing more
 *   pingpong  answers every frame at once with a 64-byte frame carrying its correlation id (the loopback
 *             round trip the produce latency is compared with)
 *   drain     reads whatever arrives and drops it (the receiving end of the loopback throughput baseline)
 */
import { closeSync, openSync, read, rmSync, writeSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeRequest, encodeResponse } from '../protocol/frames';
import {
  type CreateTopicsRequest,
  defaultCreateTopicsResponse,
  defaultCreateTopicsResponseCreatableTopicResult,
  defaultFetchResponse,
  defaultFetchResponseFetchableTopicResponse,
  defaultFetchResponsePartitionData,
  defaultProduceResponse,
  defaultProduceResponsePartitionProduceResponse,
  defaultProduceResponseTopicProduceResponse,
  type FetchRequest,
  type ProduceRequest,
} from '../protocol/generated';
import { BatchOffset, LOG_OVERHEAD } from '../protocol/records/layout';
import { batchPool, batchRecords, onFrames } from './wire';

const { mode } = JSON.parse(process.argv[2] ?? '{}') as { mode: 'discard' | 'pagecache' | 'pingpong' | 'drain' };
const PINGPONG_ANSWER = 64;
const CANNED_RECORDS = 64;

/** Records in a Produce partition's record set (every v2 batch's lastOffsetDelta + 1). */
function recordsIn(records: Buffer | null): bigint {
  let count = 0;
  for (let pos = 0; records && pos + BatchOffset.Records <= records.length; ) {
    count += batchRecords(records.subarray(pos));
    pos += LOG_OVERHEAD + records.readInt32BE(pos + BatchOffset.BatchLength);
  }
  return BigInt(count);
}

/**
 * Fetch answers made of copies of one pre-built 64-record batch. Encoding a multi-MiB answer per request would
 * make this source slower than a broker; instead the answer is encoded once per request shape and then only
 * patched: the correlation id and each copy's base offset (the CRC does not cover it). Two frames take turns,
 * so the one a socket may still be sending is never patched (the consumer has one fetch in flight).
 */
class CannedFetch {
  private readonly batch = batchPool(1, CANNED_RECORDS)[0]!;
  private shape = '';
  private frames: Buffer[] = [];
  private turn = 0;
  /** Per partition of the shape: where its records start in the frame, and how many batch copies it holds. */
  private layout: { at: number; copies: number }[] = [];

  /** With a file (pagecache mode): the answers' bytes are read from it, a frame's length at a time, in turn. */
  constructor(private readonly file?: PageCacheCopies) {}

  async answer(request: FetchRequest, apiVersion: number, correlationId: number): Promise<Buffer> {
    const shape = JSON.stringify(
      request.topics.map((t) => [t.topic, t.partitions.map((p) => [p.partition, p.partitionMaxBytes])]),
    );
    if (shape !== this.shape) {
      this.encode(request, apiVersion, correlationId, shape);
      this.file?.fill(this.frames[0]!);
    }
    const frame = this.frames[this.turn++ % this.frames.length]!;
    await this.file?.readNext(frame);
    frame.writeInt32BE(correlationId, 4);
    const partitions = request.topics.flatMap((t) => t.partitions);
    partitions.forEach((p, i) => {
      const { at, copies } = this.layout[i]!;
      for (let c = 0; c < copies; c++) {
        frame.writeBigInt64BE(p.fetchOffset + BigInt(c * CANNED_RECORDS), at + c * this.batch.length);
      }
    });
    return frame;
  }

  private encode(request: FetchRequest, apiVersion: number, correlationId: number, shape: string): void {
    const answer = defaultFetchResponse();
    const records: Buffer[] = [];
    answer.responses = request.topics.map((t) => ({
      ...defaultFetchResponseFetchableTopicResponse(),
      topic: t.topic,
      partitions: t.partitions.map((p) => {
        const copies = Math.max(1, Math.floor(p.partitionMaxBytes / this.batch.length));
        const set = Buffer.concat(Array.from({ length: copies }, () => this.batch));
        set.writeInt32BE(records.length, BatchOffset.PartitionLeaderEpoch); // marks each set apart to find it below
        records.push(set);
        return {
          ...defaultFetchResponsePartitionData(),
          partitionIndex: p.partition,
          highWatermark: 1n << 40n,
          lastStableOffset: 1n << 40n,
          logStartOffset: 0n,
          records: set,
        };
      }),
    }));
    const frame = encodeResponse(1, apiVersion, correlationId, answer);
    let from = 0;
    this.layout = records.map((set) => {
      const at = frame.indexOf(set, from);
      from = at + set.length;
      return { at, copies: set.length / this.batch.length };
    });
    this.frames = [frame, Buffer.from(frame)];
    this.shape = shape;
  }
}

/** A file of copies of one frame, in the page cache once written, read back a frame at a time in turn. */
class PageCacheCopies {
  private static readonly BYTES = 64 * 1024 * 1024;
  private readonly path = join(tmpdir(), `brook-bench-pagecache-${process.pid}`);
  private fd = -1;
  private copies = 0;
  private next = 0;

  fill(frame: Buffer): void {
    this.close();
    this.fd = openSync(this.path, 'w+');
    this.copies = Math.max(1, Math.floor(PageCacheCopies.BYTES / frame.length));
    for (let i = 0; i < this.copies; i++) writeSync(this.fd, frame, 0, frame.length, i * frame.length);
    this.next = 0;
  }

  readNext(into: Buffer): Promise<void> {
    const position = (this.next++ % this.copies) * into.length;
    return new Promise((resolve, reject) =>
      read(this.fd, into, 0, into.length, position, (e) => (e ? reject(e) : resolve())),
    );
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.path, { force: true });
  }
}

function discard(socket: Socket, file?: PageCacheCopies): void {
  const nextOffsets = new Map<string, bigint>();
  const fetchAnswer = new CannedFetch(file);
  onFrames(socket, (frame) => {
    const { header, body } = decodeRequest(frame);
    const { apiKey, apiVersion, correlationId } = header;
    if (apiKey === 19) {
      const request = body as CreateTopicsRequest;
      const answer = defaultCreateTopicsResponse();
      answer.topics = request.topics.map((t) => ({
        ...defaultCreateTopicsResponseCreatableTopicResult(),
        name: t.name,
        numPartitions: t.numPartitions,
        replicationFactor: t.replicationFactor,
      }));
      socket.write(encodeResponse(apiKey, apiVersion, correlationId, answer));
    } else if (apiKey === 0) {
      const request = body as ProduceRequest;
      const answer = defaultProduceResponse();
      answer.responses = request.topicData.map((t) => ({
        ...defaultProduceResponseTopicProduceResponse(),
        name: t.name,
        partitionResponses: t.partitionData.map((p) => {
          const key = `${t.name}/${p.index}`;
          const baseOffset = nextOffsets.get(key) ?? 0n;
          nextOffsets.set(key, baseOffset + recordsIn(p.records));
          return {
            ...defaultProduceResponsePartitionProduceResponse(),
            index: p.index,
            baseOffset,
            logStartOffset: 0n,
          };
        }),
      }));
      if (request.acks !== 0) socket.write(encodeResponse(apiKey, apiVersion, correlationId, answer));
    } else if (apiKey === 1) {
      // one Fetch in flight (the generator's consumer): answers cannot overtake each other
      fetchAnswer.answer(body as FetchRequest, apiVersion, correlationId).then(
        (frame) => socket.write(frame),
        (error: Error) => socket.destroy(error),
      );
    } else {
      socket.destroy(new Error(`the discarding sink does not answer API key ${apiKey}`));
    }
  });
}

function pingpong(socket: Socket): void {
  onFrames(socket, (frame) => {
    const answer = Buffer.alloc(PINGPONG_ANSWER);
    answer.writeInt32BE(PINGPONG_ANSWER - 4, 0);
    frame.copy(answer, 4, 4, 8); // the request's correlation id
    socket.write(answer);
  });
}

const server = createServer((socket) => {
  socket.setNoDelay(true);
  socket.on('error', () => socket.destroy());
  if (mode === 'pingpong') pingpong(socket);
  else if (mode === 'drain') socket.resume();
  else discard(socket, mode === 'pagecache' ? pageCache : undefined);
});
const pageCache = new PageCacheCopies();
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as { port: number }).port })}\n`);
});
// Exit on SIGTERM through process.exit, so a `node --cpu-prof` run of the sink writes its profile.
process.on('SIGTERM', () => {
  pageCache.close();
  process.exit(0);
});
