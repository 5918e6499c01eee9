import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { decodeResponse, encodeResponse, encodeResponseChunks, RESPONSE_REFERENCE_FROM } from '../../protocol/frames';
import {
  defaultFetchRequest,
  defaultFetchRequestFetchPartition,
  defaultFetchResponse,
  defaultFetchResponseFetchableTopicResponse,
  defaultFetchResponsePartitionData,
  type FetchResponse,
  FetchResponseCodec,
} from '../../protocol/generated';
import { Writer } from '../../protocol/primitives/writer';
import { encodeRecordBatchSync } from '../../protocol/records';
import { RecordBatchHeader } from '../../protocol/records/batch-header';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from './wire-client';
import { consumeUntil } from '../kafkajs-consume';

/**
 * Every record of `topic` read by a new consumer group, indexed by its key (the record's number); resolves once
 * `count` distinct keys arrived.
 */
async function readByKey(
  kafka: Kafka,
  topic: string,
  groupId: string,
  count: number,
  limits: { maxBytesPerPartition?: number; maxBytes?: number } = {},
): Promise<Buffer[]> {
  const consumer = kafka.consumer({ groupId, ...limits });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const seen: Buffer[] = [];
  let distinct = 0;
  await consumeUntil(
    consumer,
    ({ message }) => {
      const key = Number(message.key);
      if (seen[key] === undefined) distinct++;
      seen[key] = Buffer.from(message.value!);
      return distinct === count;
    },
    () => `${groupId}: ${distinct} of ${count} records`,
    { ms: 40_000 },
  );
  return seen;
}

const FETCH = 1;

/** A record set of `records` records of `valueBytes` bytes each (one v2 batch). */
function recordSet(records: number, valueBytes: number, fill: number): Buffer {
  const value = Buffer.alloc(valueBytes, fill);
  return Buffer.from(
    encodeRecordBatchSync({
      baseOffset: 0n,
      records: Array.from({ length: records }, (_, i) => ({ timestamp: 1700000000000 + i, key: null, value })),
    }),
  );
}

/**
 * A Fetch response with large, small, empty and null record sets over two topics, holding values in the
 * fields that `version` has (the codecs refuse a non-default value in a field the version lacks).
 */
function fetchResponse(version: number): { body: FetchResponse; large: Buffer[] } {
  const large = [recordSet(40, 1024, 1), recordSet(8, 4096, 2)];
  const partition = (index: number, records: Buffer | null) => ({
    ...defaultFetchResponsePartitionData(),
    partitionIndex: index,
    highWatermark: 100n,
    ...(version >= 4 ? { lastStableOffset: 100n, abortedTransactions: [] } : {}),
    ...(version >= 5 ? { logStartOffset: 0n } : {}),
    // A tagged field after the records (flexible versions).
    ...(version >= 12 ? { currentLeader: { leaderId: 1, leaderEpoch: 3 } } : {}),
    records,
  });
  const topic = (name: string, id: string) => (version >= 13 ? { topicId: id } : { topic: name });
  const body: FetchResponse = {
    ...defaultFetchResponse(),
    ...(version >= 7 ? { sessionId: 7 } : {}),
    responses: [
      {
        ...defaultFetchResponseFetchableTopicResponse(),
        ...topic('big', 'AAAAAAAAAAAAAAAAAAAAAQ'),
        partitions: [partition(0, large[0]!), partition(1, recordSet(1, 10, 3)), partition(2, Buffer.alloc(0))],
      },
      {
        ...defaultFetchResponseFetchableTopicResponse(),
        ...topic('other', 'AAAAAAAAAAAAAAAAAAAAAg'),
        partitions: [partition(0, large[1]!), partition(1, null)],
      },
    ],
  };
  return { body, large };
}

/** True when `chunk` is `records` itself (same memory), not a copy of it. */
function sameMemory(chunk: Buffer, records: Buffer): boolean {
  return chunk.buffer === records.buffer && chunk.byteOffset === records.byteOffset && chunk.length === records.length;
}

describe('network: responses as chunks (zero-copy record sets)', function () {
  this.timeout(60000);

  it('a Fetch response as chunks is byte-identical to the single-buffer encoding in every Fetch version', () => {
    for (let version = FetchResponseCodec.minVersion; version <= FetchResponseCodec.maxVersion; version++) {
      const { body, large } = fetchResponse(version);
      const single = encodeResponse(FETCH, version, 42, body);
      for (const referenceFrom of [1, 100, RESPONSE_REFERENCE_FROM]) {
        const chunks = encodeResponseChunks(FETCH, version, 42, body, referenceFrom);
        assert.ok(Buffer.concat(chunks).equals(single), `v${version}, references from ${referenceFrom} bytes`);
        // The size prefix counts every chunk.
        assert.equal(chunks[0]!.readInt32BE(0), single.length - 4);
        // The large record sets are the chunks themselves, not copies.
        for (const records of large) {
          assert.ok(
            chunks.some((c) => sameMemory(c, records)),
            `v${version}: a ${records.length}-byte record set is referenced`,
          );
        }
      }
      const decoded = decodeResponse(FETCH, version, single.subarray(4)).body as FetchResponse;
      assert.ok(decoded.responses[0]!.partitions[0]!.records!.equals(large[0]!));
    }
  });

  it('the Writer in reference mode keeps sizes, reserved prefixes and patches right across references', () => {
    const big = Buffer.alloc(5000, 5);
    const w = new Writer(8, { referenceFrom: 1000 });
    const at = w.reserveInt32();
    w.int16(1).bytes(big).compactString('after').bytes(Buffer.from('small'));
    const inner = w.reserveInt32();
    w.compactBytes(big).int64(-1n);
    w.fillInt32(inner, 1234);
    w.fillInt32(at, w.pos - 4);
    const plain = new Writer(8);
    plain
      .int32(w.pos - 4)
      .int16(1)
      .bytes(big)
      .compactString('after')
      .bytes(Buffer.from('small'));
    plain.int32(1234).compactBytes(big).int64(-1n);
    const chunks = w.chunks();
    assert.equal(chunks.filter((c) => c === big).length, 2);
    assert.ok(Buffer.concat(chunks).equals(plain.finish()));
    assert.ok(w.finish().equals(plain.finish()));
    assert.equal(w.copiedBytes, w.pos - 2 * big.length);
    assert.throws(() => w.patch(10, Buffer.from([0])), /not in one buffer the writer owns/);
  });

  describe('through a broker', () => {
    let broker: TestBroker;
    before(async () => {
      broker = await startBroker();
    });
    after(async () => {
      await broker?.stop();
    });

    it('kafkajs consumes record sets written as referenced chunks', async () => {
      const kafka = new Kafka({ clientId: 'chunks', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
      const producer = kafka.producer();
      await producer.connect();
      // 20 KiB values: every fetched record set is well above RESPONSE_REFERENCE_FROM.
      const values = Array.from({ length: 60 }, (_, i) => Buffer.alloc(20 * 1024, i));
      for (let i = 0; i < values.length; i += 10) {
        await producer.send({
          topic: 'chunked',
          messages: values.slice(i, i + 10).map((value, j) => ({ key: String(i + j), value })),
        });
      }
      await producer.disconnect();
      const consumer = kafka.consumer({ groupId: 'chunks', maxBytesPerPartition: 256 * 1024 });
      await consumer.connect();
      await consumer.subscribe({ topic: 'chunked', fromBeginning: true });
      const seen: Buffer[] = [];
      await consumeUntil(
        consumer,
        ({ message }) => {
          seen[Number(message.key)] = message.value!;
          return seen.filter(Boolean).length === values.length;
        },
        () => `${seen.filter(Boolean).length} of ${values.length} records`,
        { ms: 40_000 },
      );
      for (let i = 0; i < values.length; i++) assert.ok(seen[i]?.equals(values[i]!), `record ${i}`);
    });

    it('two consumers at once read the right bytes while fetches reuse read buffers given back after writes', async () => {
      const kafka = new Kafka({ clientId: 'reuse', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: 'reused', numPartitions: 3 }], waitForLeaders: true });
      await admin.disconnect();
      const producer = kafka.producer();
      await producer.connect();
      // Each value distinct (its index in the first bytes, a fill byte after): bytes from another read show.
      const values = Array.from({ length: 240 }, (_, i) => {
        const value = Buffer.alloc(8 * 1024, i % 251);
        value.writeUInt32BE(i, 0);
        return value;
      });
      for (let i = 0; i < values.length; i += 30) {
        await producer.send({
          topic: 'reused',
          messages: values.slice(i, i + 30).map((value, j) => ({ key: String(i + j), value, partition: (i + j) % 3 })),
        });
      }
      await producer.disconnect();
      const pool = broker.broker.readBuffers;
      // 64 KiB per partition: fetches read several times as many bytes as that over the run, so buffers are
      // given back and lent again while the other consumer's responses are on the wire.
      const consumeAll = (groupId: string) =>
        readByKey(kafka, 'reused', groupId, values.length, {
          maxBytesPerPartition: 64 * 1024,
          maxBytes: 3 * 64 * 1024,
        });
      const [a, b] = await Promise.all([consumeAll('reuse-a'), consumeAll('reuse-b')]);
      for (const seen of [a, b]) {
        for (let i = 0; i < values.length; i++) assert.ok(seen[i]?.equals(values[i]!), `record ${i}`);
      }
      assert.ok(pool.idleByteCount > 0, 'responses written over TCP gave their read buffers back');
    });

    it('a response still waiting in a slow socket keeps its read buffers: other fetches never read into them', async () => {
      const kafka = new Kafka({ clientId: 'held', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: 'held', numPartitions: 3 }], waitForLeaders: true });
      await admin.disconnect();
      const producer = kafka.producer();
      await producer.connect();
      // 3 MiB per partition, distinct values: more than the kernel takes for a client that does not read.
      for (let i = 0; i < 3 * 192; i += 48) {
        await producer.send({
          topic: 'held',
          messages: Array.from({ length: 48 }, (_, j) => ({
            value: Buffer.alloc(16 * 1024, (i + j) % 251),
            partition: (i + j) % 3,
          })),
        });
      }
      await producer.disconnect();
      const fetch = (partitions: number[], fetchOffset: bigint) => ({
        ...defaultFetchRequest(),
        replicaId: -1,
        maxBytes: 16 * 1024 * 1024,
        topics: [
          {
            topic: 'held',
            partitions: partitions.map((partition) => ({
              ...defaultFetchRequestFetchPartition(),
              partition,
              fetchOffset,
              partitionMaxBytes: 4 * 1024 * 1024,
            })),
          },
        ],
      });
      const slow = await WireClient.connect(broker.port);
      const other = await WireClient.connect(broker.port);
      try {
        slow.socket.pause();
        slow.send(FETCH, 12, fetch([0, 1, 2], 0n));
        await new Promise((r) => setTimeout(r, 200)); // its response is written as far as the kernel takes it
        // Meanwhile another client's fetches read into whatever buffers were given back (each 3 MiB read would
        // take a buffer of the same size class as the slow client's).
        for (let round = 0; round < 3; round++) {
          for (const partition of [0, 1, 2]) {
            other.send(FETCH, 12, fetch([partition], BigInt(round * 8 + 1)));
            const answer = await other.nextResponse<FetchResponse>(FETCH, 12, 10000);
            assert.ok(answer.body.responses[0]!.partitions[0]!.records!.length > 0);
          }
        }
        slow.socket.resume();
        const answer = await slow.nextResponse<FetchResponse>(FETCH, 12, 10000);
        for (const p of answer.body.responses[0]!.partitions) {
          const records = p.records!;
          assert.ok(records.length > 2 * 1024 * 1024, `partition ${p.partitionIndex}: ${records.length} bytes`);
          let expected = 0n;
          for (let at = 0; at < records.length; ) {
            const header = new RecordBatchHeader(records, at);
            assert.equal(header.baseOffset, expected, `partition ${p.partitionIndex}: batches follow each other`);
            assert.ok(header.isCrcValid(), `partition ${p.partitionIndex}: CRC of the batch at ${expected}`);
            expected = header.baseOffset + BigInt(header.lastOffsetDelta) + 1n;
            at += header.sizeInBytes;
          }
        }
      } finally {
        slow.close();
        other.close();
      }
    });
  });

  describe('produce requests in pooled buffers', () => {
    let broker: TestBroker;
    before(async () => {
      broker = await startBroker();
    });
    after(async () => {
      await broker?.stop();
    });

    it('pipelined produce requests spanning socket chunks are assembled in lent buffers and stored intact', async () => {
      const kafka = new Kafka({ clientId: 'lent', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      // compression.type=gzip: each uncompressed batch is re-encoded (zlib on the thread pool), so requests
      // queue behind one another with their frames held, as they would behind a transaction check.
      await admin.createTopics({
        topics: [{ topic: 'lent', numPartitions: 2, configEntries: [{ name: 'compression.type', value: 'gzip' }] }],
        waitForLeaders: true,
      });
      await admin.disconnect();
      const pool = broker.broker.readBuffers;
      assert.equal(pool.idleByteCount, 0, 'a fresh broker has lent nothing yet');
      const producer = kafka.producer();
      await producer.connect();
      // 8 requests of 24 x 12 KiB (288 KiB: several socket reads each), sent at once on one connection so that
      // a frame given back too early would be overwritten by the next one before its append. Random values: the
      // gzip re-encoding keeps every batch large enough to be read into a pooled buffer by consumers too.
      const values = Array.from({ length: 8 * 24 }, (_, i) => {
        const value = randomBytes(12 * 1024);
        value.writeUInt32BE(i, 0);
        return value;
      });
      await Promise.all(
        Array.from({ length: 8 }, (_, r) =>
          producer.send({
            topic: 'lent',
            acks: r % 2 === 0 ? 1 : -1,
            messages: values
              .slice(r * 24, r * 24 + 24)
              .map((value, j) => ({ key: String(r * 24 + j), value, partition: r % 2 })),
          }),
        ),
      );
      await producer.disconnect();
      assert.ok(pool.idleByteCount > 0, 'produce frames were lent by the read buffers and given back');
      const seen = await readByKey(kafka, 'lent', 'lent', values.length);
      for (let i = 0; i < values.length; i++) assert.ok(seen[i]?.equals(values[i]!), `record ${i}`);
    });
  });
});
