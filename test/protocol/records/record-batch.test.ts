import * as assert from 'node:assert/strict';
import { compress, decompress } from '../../../protocol/compression';
import { crc32c, crc32cPure } from '../../../protocol/crc32c';
import {
  BatchOffset,
  CompressionCodec,
  ControlRecordType,
  decodeControlRecord,
  decodeRecordBatch,
  decodeRecordSet,
  encodeEndTxnMarker,
  encodeRecordBatch,
  encodeRecordBatchSync,
  type RecordBatch,
  RecordBatchHeader,
  type RecordsError,
  type RecordInput,
  TimestampType,
} from '../../../protocol/records';
import { capturedProduces, compressible, magicOf } from './helpers';

// kafkajs' own record batch codec, used as an independent implementation to cross-check against.
const kafkajs = require('kafkajs') as { CompressionCodecs: Record<number, () => unknown> };
const { RecordBatch: KafkajsRecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch(args: object): Promise<{ buffer: Buffer }>;
};
const KafkajsRecord = require('kafkajs/src/protocol/recordBatch/record/v0') as (args: object) => unknown;
const kafkajsDecodeBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (d: unknown) => Promise<{
  firstOffset: string;
  maxTimestamp: string;
  records: { key: Buffer; value: Buffer; offset: string; timestamp: string; headers: Record<string, Buffer> }[];
}>;
const KafkajsDecoder = require('kafkajs/src/protocol/decoder') as new (b: Buffer) => unknown;

// Let kafkajs compress/decompress snappy, lz4 and zstd through our codecs (it only ships gzip): the batch
// framing around the compressed bytes is then written and read by kafkajs' code. Registered only while this
// file's tests run, so other suites see kafkajs as it ships.
const EXTRA_CODECS = [CompressionCodec.Snappy, CompressionCodec.Lz4, CompressionCodec.Zstd];
const shippedCodecs = new Map(EXTRA_CODECS.map((codec) => [codec, kafkajs.CompressionCodecs[codec]]));
function registerKafkajsCodecs(): void {
  for (const codec of EXTRA_CODECS) {
    kafkajs.CompressionCodecs[codec] = () => ({
      compress: (encoder: { buffer: Buffer }) => compress(codec, encoder.buffer),
      decompress: (buffer: Buffer) => decompress(codec, buffer),
    });
  }
}
function restoreKafkajsCodecs(): void {
  for (const [codec, shipped] of shippedCodecs) {
    if (shipped) kafkajs.CompressionCodecs[codec] = shipped;
  }
}

function sampleRecords(n: number, base = 1_700_000_000_000): RecordInput[] {
  return Array.from({ length: n }, (_, i) => ({
    timestamp: base + i * 3,
    key: i % 5 === 0 ? null : Buffer.from(`key-${i}`),
    value: i % 7 === 3 ? null : Buffer.from(`value-${i}-${'x'.repeat(i % 40)}`),
    headers:
      i % 2
        ? [
            { key: `h-${i}`, value: Buffer.from('v') },
            { key: 'null', value: null },
          ]
        : [],
  }));
}

function assertRecordsMatch(batch: RecordBatch, input: RecordInput[], baseOffset: bigint): void {
  assert.equal(batch.records.length, input.length);
  batch.records.forEach((r, i) => {
    const want = input[i]!;
    assert.equal(r.offset, baseOffset + BigInt(i));
    assert.equal(r.timestamp, BigInt(want.timestamp!));
    assert.deepEqual(r.key, want.key);
    assert.deepEqual(r.value, want.value);
    assert.deepEqual(r.headers, want.headers ?? []);
  });
}

describe('record batch v2', () => {
  before(registerKafkajsCodecs);
  after(restoreKafkajsCodecs);

  // kcat (librdkafka 2.0.2) producing two records in each codec (compat-tests/capture/kcat-workload.sh).
  const kcatBatches = capturedProduces()
    .filter((p) => p.name.startsWith('kcat/'))
    .flatMap((p) => p.records);
  const kcatBatch = (codec: CompressionCodec) => {
    const found = kcatBatches.find((b) => (b.readInt16BE(BatchOffset.Attributes) & 0x07) === codec);
    assert.ok(found, `no kcat batch compressed with ${CompressionCodec[codec]}`);
    return found;
  };

  for (const codec of [
    CompressionCodec.None,
    CompressionCodec.Gzip,
    CompressionCodec.Snappy,
    CompressionCodec.Lz4,
    CompressionCodec.Zstd,
  ]) {
    const name = CompressionCodec[codec].toLowerCase();
    it(`decodes the ${name} batch librdkafka wrote (kcat capture)`, async () => {
      const buf = kcatBatch(codec);
      assert.ok(new RecordBatchHeader(buf).isCrcValid());
      const batch = await decodeRecordBatch(buf);
      assert.equal(batch.compression, codec);
      assert.equal(batch.timestampType, TimestampType.CreateTime);
      assert.deepEqual(
        batch.records.map((r) => [r.offset, r.key?.toString(), r.value?.toString().split(' ')[0]]),
        [
          [0n, `k-${name}`, `v-${name}`],
          [1n, '', 'unkeyed'],
        ],
      );
      assert.match(batch.records[0]!.value!.toString(), / lorem ipsum dolor sit amet$/);
      for (const r of batch.records) assert.deepEqual(r.headers, [{ key: 'h1', value: Buffer.from('x') }]);
      assert.equal(batch.maxTimestamp, batch.records[1]!.timestamp);
    });
  }

  it('a zstd batch whose attributes claim no compression is refused, and decodes once they say zstd', async () => {
    // kafkajs 2.2.4 once shipped such a batch as a fixture (attribute bits 0 over a zstd records section):
    // an honest decoder must refuse it as it stands, as Kafka does (CORRUPT_MESSAGE).
    const zstd = kcatBatch(CompressionCodec.Zstd);
    const mislabelled = Buffer.from(zstd);
    mislabelled.writeInt16BE(mislabelled.readInt16BE(BatchOffset.Attributes) & ~0x07, BatchOffset.Attributes);
    mislabelled.writeUInt32BE(crc32c(mislabelled.subarray(BatchOffset.Attributes)), BatchOffset.Crc);
    assert.ok(new RecordBatchHeader(mislabelled).isCrcValid());
    await assert.rejects(decodeRecordBatch(mislabelled), (e: RecordsError) => e.errorCode === 2);
    assert.equal((await decodeRecordBatch(zstd)).records.length, 2);
  });

  it('CRC-32C: the CRC each client wrote agrees with native, pure JS and kafkajs', () => {
    const kafkajsCrc = require('kafkajs/src/protocol/recordBatch/crc32C') as (b: Buffer) => number;
    const batches = capturedProduces()
      .flatMap((p) => p.records)
      .filter((b) => magicOf(b) === 2);
    assert.ok(batches.length >= 30);
    for (const buf of batches) {
      const payload = buf.subarray(BatchOffset.Attributes);
      const written = buf.readUInt32BE(BatchOffset.Crc);
      assert.equal(crc32c(payload), written);
      assert.equal(crc32cPure(payload), written);
      assert.equal(kafkajsCrc(payload) >>> 0, written);
    }
    assert.equal(crc32c(Buffer.from('123456789')), 0xe3069283);
  });

  it('encodes a record exactly as kafkajs does (repeated header keys included)', () => {
    const headers = [
      { key: 'header-key-0', value: Buffer.from('header-value-0') },
      { key: 'header-key-1', value: Buffer.from('header-value-1') },
      { key: 'header-key-1', value: Buffer.from('header-value-2') },
    ];
    const batch = encodeRecordBatchSync({
      baseTimestamp: 0,
      records: [{ timestampDelta: 0, key: Buffer.from('key-0'), value: Buffer.from('some-value-0'), headers }],
    });
    const expected = (
      KafkajsRecord({
        key: Buffer.from('key-0'),
        value: Buffer.from('some-value-0'),
        headers: {
          'header-key-0': Buffer.from('header-value-0'),
          'header-key-1': [Buffer.from('header-value-1'), Buffer.from('header-value-2')],
        },
      }) as { buffer: Buffer }
    ).buffer;
    // The records section of a one-record batch is that record, length varint included.
    assert.deepEqual(batch.subarray(61), expected);
  });

  for (const codec of [
    CompressionCodec.None,
    CompressionCodec.Gzip,
    CompressionCodec.Snappy,
    CompressionCodec.Lz4,
    CompressionCodec.Zstd,
  ]) {
    const name = CompressionCodec[codec];
    it(`${name}: round-trips with every attribute and field`, async () => {
      const records = sampleRecords(50);
      const buf = await encodeRecordBatch({
        baseOffset: 1000n,
        partitionLeaderEpoch: 7,
        compression: codec,
        isTransactional: true,
        producerId: 4242n,
        producerEpoch: 3,
        baseSequence: 17,
        records,
      });
      const batch = await decodeRecordBatch(buf);
      assert.equal(batch.baseOffset, 1000n);
      assert.equal(batch.lastOffset, 1049n);
      assert.equal(batch.partitionLeaderEpoch, 7);
      assert.equal(batch.compression, codec);
      assert.equal(batch.isTransactional, true);
      assert.equal(batch.isControl, false);
      assert.equal(batch.producerId, 4242n);
      assert.equal(batch.producerEpoch, 3);
      assert.equal(batch.baseSequence, 17);
      assert.equal(batch.baseTimestamp, 1_700_000_000_000n);
      assert.equal(batch.maxTimestamp, 1_700_000_000_000n + 49n * 3n);
      assertRecordsMatch(batch, records, 1000n);
      const header = new RecordBatchHeader(buf);
      assert.ok(header.isCrcValid());
      assert.equal(header.recordsCount, 50);
    });

    it(`${name}: batches written by kafkajs decode here`, async () => {
      const now = 1_650_000_000_000;
      const records = Array.from({ length: 20 }, (_, i) =>
        KafkajsRecord({
          offsetDelta: i,
          timestampDelta: i * 10,
          key: Buffer.from(`k${i}`),
          value: Buffer.from(`value ${i} `.repeat(i + 1)),
          headers: { trace: Buffer.from(`t${i}`) },
        }),
      );
      const encoded = await KafkajsRecordBatch({
        compression: codec,
        firstOffset: require('kafkajs/src/utils/long').fromInt(500),
        firstTimestamp: now,
        maxTimestamp: now + 190,
        lastOffsetDelta: 19,
        records,
      });
      const batch = await decodeRecordBatch(encoded.buffer);
      assert.equal(batch.records.length, 20);
      batch.records.forEach((r, i) => {
        assert.equal(r.offset, 500n + BigInt(i));
        assert.equal(r.timestamp, BigInt(now + i * 10));
        assert.equal(r.key?.toString(), `k${i}`);
        assert.equal(r.value?.toString(), `value ${i} `.repeat(i + 1));
        assert.deepEqual(r.headers, [{ key: 'trace', value: Buffer.from(`t${i}`) }]);
      });
    });

    it(`${name}: batches written here decode in kafkajs`, async () => {
      const records = sampleRecords(30);
      const buf = await encodeRecordBatch({ baseOffset: 77n, compression: codec, records });
      const decoded = await kafkajsDecodeBatch(new KafkajsDecoder(buf));
      assert.equal(decoded.firstOffset, '77');
      assert.equal(decoded.records.length, 30);
      decoded.records.forEach((r, i) => {
        assert.equal(r.offset, String(77 + i));
        assert.equal(r.timestamp, String(records[i]!.timestamp));
        assert.deepEqual(r.key, records[i]!.key);
        assert.deepEqual(r.value, records[i]!.value);
      });
    });
  }

  it('LogAppendTime: the attribute and maxTimestamp apply to every record', async () => {
    const records = sampleRecords(3);
    const buf = encodeRecordBatchSync({ timestampType: TimestampType.LogAppendTime, maxTimestamp: 99n, records });
    const batch = await decodeRecordBatch(buf);
    assert.equal(batch.timestampType, TimestampType.LogAppendTime);
    assert.deepEqual(
      batch.records.map((r) => r.timestamp),
      [99n, 99n, 99n],
    );
    // The header view's setLogAppendTime gives the same result on a CreateTime batch.
    const created = encodeRecordBatchSync({ records });
    new RecordBatchHeader(created).setLogAppendTime(99n);
    assert.deepEqual(created, buf);
  });

  it('re-encoding a decoded batch reproduces its bytes', async () => {
    for (const codec of [CompressionCodec.None, CompressionCodec.Gzip, CompressionCodec.Snappy, CompressionCodec.Lz4]) {
      const buf = await encodeRecordBatch({ baseOffset: 5n, compression: codec, records: sampleRecords(10) });
      const batch = await decodeRecordBatch(buf);
      const again = await encodeRecordBatch({ ...batch, records: batch.records });
      assert.deepEqual(again, buf);
    }
  });

  it('big timestamps deltas, negative deltas and explicit offset deltas survive', async () => {
    const records: RecordInput[] = [
      { timestamp: 10_000_000_000_000n, offsetDelta: 0, key: null, value: Buffer.from('a') },
      { timestamp: 1n, offsetDelta: 5, key: null, value: Buffer.from('b') },
      { timestamp: 10_000_000_000_000n + 2n ** 40n, offsetDelta: 9, key: Buffer.alloc(0), value: Buffer.alloc(0) },
    ];
    const batch = await decodeRecordBatch(encodeRecordBatchSync({ baseOffset: 100n, records }));
    assert.deepEqual(
      batch.records.map((r) => [r.offset, r.timestamp]),
      [
        [100n, 10_000_000_000_000n],
        [105n, 1n],
        [109n, 10_000_000_000_000n + 2n ** 40n],
      ],
    );
    assert.equal(batch.lastOffsetDelta, 9);
    assert.equal(batch.maxTimestamp, 10_000_000_000_000n + 2n ** 40n);
    assert.deepEqual(batch.records[2]!.key, Buffer.alloc(0));
  });

  it('empty batches (compaction leftovers) decode to no records, whatever their codec bits', async () => {
    for (const codec of [CompressionCodec.None, CompressionCodec.Zstd]) {
      const buf = encodeRecordBatchSync({ baseOffset: 10n, lastOffsetDelta: 4, producerId: 8n, records: [] });
      const withCodec = Buffer.from(buf);
      withCodec.writeInt16BE(codec, BatchOffset.Attributes);
      withCodec.writeUInt32BE(crc32c(withCodec.subarray(BatchOffset.Attributes)), BatchOffset.Crc);
      const batch = await decodeRecordBatch(withCodec);
      assert.deepEqual(batch.records, []);
      assert.equal(batch.lastOffset, 14n);
      assert.equal(batch.baseTimestamp, -1n);
    }
  });

  it('compaction keeps lastOffsetDelta when the last records are gone', async () => {
    const records = sampleRecords(5);
    const buf = encodeRecordBatchSync({ baseOffset: 20n, records: records.slice(0, 2), lastOffsetDelta: 4 });
    const batch = await decodeRecordBatch(buf);
    assert.equal(batch.lastOffset, 24n);
    assert.deepEqual(
      batch.records.map((r) => r.offset),
      [20n, 21n],
    );
  });

  it('control batches: COMMIT and ABORT markers', async () => {
    for (const commit of [true, false]) {
      const buf = encodeEndTxnMarker({
        commit,
        producerId: 9n,
        producerEpoch: 2,
        coordinatorEpoch: 31,
        baseOffset: 40n,
      });
      const batch = await decodeRecordBatch(buf);
      assert.ok(batch.isControl && batch.isTransactional);
      assert.equal(batch.producerId, 9n);
      assert.equal(batch.records.length, 1);
      const control = decodeControlRecord(batch.records[0]!);
      assert.deepEqual(control, {
        version: 0,
        type: commit ? ControlRecordType.Commit : ControlRecordType.Abort,
        coordinatorEpoch: 31,
      });
      assert.deepEqual(batch.records[0]!.key, Buffer.from([0, 0, 0, commit ? 1 : 0]));
    }
    assert.equal(decodeControlRecord({ key: Buffer.from([0]), value: null }), null);
  });

  it('rejects corrupt batches with CORRUPT_MESSAGE', async () => {
    const buf = encodeRecordBatchSync({ records: sampleRecords(5) });
    const flipped = Buffer.from(buf);
    flipped[70] ^= 0xff;
    await assert.rejects(decodeRecordBatch(flipped), (e: RecordsError) => e.errorCode === 2 && /CRC/.test(e.message));
    await assert.rejects(decodeRecordBatch(buf.subarray(0, 60)), (e: RecordsError) => e.errorCode === 2);
    await assert.rejects(decodeRecordBatch(buf.subarray(0, buf.length - 1)), (e: RecordsError) => e.errorCode === 2);
    // A record count that lies: CRC recomputed so only the structure is wrong.
    const lying = Buffer.from(buf);
    lying.writeInt32BE(6, BatchOffset.RecordsCount);
    lying.writeUInt32BE(crc32c(lying.subarray(BatchOffset.Attributes)), BatchOffset.Crc);
    await assert.rejects(decodeRecordBatch(lying), (e: RecordsError) => e.errorCode === 2);
    // Unknown codec id 6.
    const codec6 = Buffer.from(buf);
    codec6.writeInt16BE(6, BatchOffset.Attributes);
    codec6.writeUInt32BE(crc32c(codec6.subarray(BatchOffset.Attributes)), BatchOffset.Crc);
    await assert.rejects(decodeRecordBatch(codec6), (e: RecordsError) => e.errorCode === 76);
  });

  it('decodes a sequence of batches that ends in a truncated one without throwing', async () => {
    const a = encodeRecordBatchSync({ baseOffset: 0n, records: sampleRecords(3) });
    const b = await encodeRecordBatch({ baseOffset: 3n, compression: CompressionCodec.Lz4, records: sampleRecords(4) });
    const c = encodeRecordBatchSync({ baseOffset: 7n, records: sampleRecords(2) });
    const blob = Buffer.concat([a, b, c.subarray(0, 40)]);
    const set = await decodeRecordSet(blob);
    assert.equal(set.error, null);
    assert.equal(set.batches.length, 2);
    assert.equal(set.partialBytes, 40);
    const offsets = set.batches.flatMap((x) => (x.magic === 2 ? x.records.map((r) => r.offset) : []));
    assert.deepEqual(offsets, [0n, 1n, 2n, 3n, 4n, 5n, 6n]);
    // A corrupt batch in the middle: the batches before it plus a typed error.
    const bad = Buffer.from(Buffer.concat([a, b, c]));
    bad[a.length + 70] ^= 1;
    const broken = await decodeRecordSet(bad);
    assert.equal(broken.batches.length, 1);
    assert.equal(broken.error?.errorCode, 2);
    assert.equal(broken.error?.position, a.length + 17);
  });

  it('large batches: 1 MiB of compressible values through every codec', async () => {
    const value = compressible(64 * 1024);
    const records = Array.from({ length: 16 }, (_, i) => ({ timestamp: i, key: null, value }));
    for (const codec of [CompressionCodec.Gzip, CompressionCodec.Snappy, CompressionCodec.Lz4, CompressionCodec.Zstd]) {
      const buf = await encodeRecordBatch({ compression: codec, records });
      assert.ok(buf.length < 512 * 1024);
      const batch = await decodeRecordBatch(buf);
      assert.equal(batch.records.length, 16);
      assert.deepEqual(batch.records[15]!.value, value);
      await assert.rejects(
        decodeRecordBatch(buf, { maxDecompressedBytes: 100_000 }),
        (e: RecordsError) => e.errorCode === 2,
      );
    }
  });
});
