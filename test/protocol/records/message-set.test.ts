import * as assert from 'node:assert/strict';
import { CompressionCodec } from '../../../protocol/compression';
import {
  decodeMessageSet,
  decodeRecordBatch,
  decodeRecordSet,
  downConvertRecordSet,
  encodeEndTxnMarker,
  encodeMessageSet,
  encodeRecordBatch,
  encodeRecordBatchSync,
  type LegacyMagic,
  type RecordsError,
  TimestampType,
  upConvertMessageSet,
} from '../../../protocol/records';
import { capturedProduces } from './helpers';

const LEGACY_CODECS = [CompressionCodec.None, CompressionCodec.Gzip, CompressionCodec.Snappy, CompressionCodec.Lz4];

function messages(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    timestamp: 1_600_000_000_000 + i,
    key: i % 3 === 0 ? null : Buffer.from(`key-${i}`),
    value: i % 4 === 2 ? null : Buffer.from(`some-value-${i}`),
  }));
}

describe('legacy message sets (magic 0 and 1)', () => {
  // kafka-python 2.0.2 told an old broker version (compat-tests/capture/kafka_python_workload.py): Produce v0-v1
  // carry magic 0 message sets, v2 magic 1; three messages key-i / "some-value-i lorem ipsum...".
  const legacy = capturedProduces().filter((p) => p.version <= 2);
  const sets = legacy.flatMap((p) => p.records.map((records) => ({ name: p.name, version: p.version, records })));
  const codecOf = (set: Buffer) => set[17]! & 0x07;
  const checkContent = (found: { offset: bigint; key: Buffer | null; value: Buffer | null }[]) => {
    assert.deepEqual(
      found.map((m) => m.offset),
      [0n, 1n, 2n],
    );
    found.forEach((m, i) => {
      assert.equal(m.key?.toString(), `key-${i}`);
      assert.match(m.value!.toString(), new RegExp(`^some-value-${i} lorem ipsum`));
    });
  };

  it('kafka-python captures cover magic 0 (none, gzip, snappy) and magic 1 (none, gzip, snappy, lz4)', () => {
    const seen = new Set(sets.map((s) => `${s.records[16]}:${CompressionCodec[codecOf(s.records)]}`));
    assert.deepEqual([...seen].sort(), ['0:Gzip', '0:None', '0:Snappy', '1:Gzip', '1:Lz4', '1:None', '1:Snappy']);
  });

  for (const { name, version, records } of sets) {
    const magic = records[16] as LegacyMagic;
    const codec = CompressionCodec[codecOf(records)];
    it(`${name} (Produce v${version}, magic ${magic}, ${codec}) decodes with absolute offsets`, async () => {
      const set = await decodeMessageSet(records);
      assert.equal(set.error, null);
      checkContent(set.messages);
      for (const m of set.messages) {
        assert.equal(m.magic, magic);
        if (magic === 0) assert.equal(m.timestamp, -1n);
        else assert.ok(m.timestamp > 1_600_000_000_000n, 'CreateTime set by the producer');
      }
      // Uncompressed sets re-encode to the client's very bytes (compressed ones depend on the client's zlib,
      // snappy and lz4 builds, so only their content is compared).
      if (codecOf(records) === CompressionCodec.None) {
        assert.deepEqual(await encodeMessageSet({ magic, messages: set.messages }), records);
      }
    });
  }

  for (const magic of [0, 1] as LegacyMagic[]) {
    for (const codec of LEGACY_CODECS) {
      it(`magic ${magic} ${CompressionCodec[codec]}: round-trips with absolute offsets`, async () => {
        const input = messages(12);
        const buf = await encodeMessageSet({ magic, compression: codec, baseOffset: 300n, messages: input });
        const set = await decodeMessageSet(buf);
        assert.equal(set.error, null);
        assert.equal(set.messages.length, 12);
        set.messages.forEach((m, i) => {
          assert.equal(m.offset, 300n + BigInt(i));
          assert.equal(m.magic, magic);
          assert.equal(m.timestamp, magic === 0 ? -1n : BigInt(input[i]!.timestamp));
          assert.deepEqual(m.key, input[i]!.key);
          assert.deepEqual(m.value, input[i]!.value);
        });
        if (codec !== CompressionCodec.None) {
          // One wrapper whose offset is the last inner offset.
          const entries = (await decodeRecordSet(buf)).batches;
          assert.equal(entries.length, 1);
          assert.equal(entries[0]!.magic === 2 ? -1n : entries[0]!.offset, 311n);
        }
      });
    }
  }

  it('magic 1 wrapper with offset 0 (some librdkafka versions) means base 0', async () => {
    const buf = await encodeMessageSet({
      magic: 1,
      compression: CompressionCodec.Gzip,
      baseOffset: 50n,
      messages: messages(4),
    });
    buf.writeBigInt64BE(0n, 0);
    const set = await decodeMessageSet(buf);
    assert.deepEqual(
      set.messages.map((m) => m.offset),
      [0n, 1n, 2n, 3n],
    );
  });

  it('a magic 1 wrapper offset below its last inner offset is INVALID_RECORD, as in Kafka', async () => {
    const buf = await encodeMessageSet({ magic: 1, compression: CompressionCodec.Gzip, messages: messages(4) });
    buf.writeBigInt64BE(2n, 0);
    const set = await decodeMessageSet(buf);
    assert.equal(set.error?.errorCode, 87);
    assert.equal(set.messages.length, 0);
  });

  it('inner messages of a LogAppendTime wrapper carry the wrapper timestamp', async () => {
    const buf = await encodeMessageSet({
      magic: 1,
      compression: CompressionCodec.Snappy,
      timestampType: TimestampType.LogAppendTime,
      logAppendTime: 777n,
      messages: messages(3),
    });
    const set = await decodeMessageSet(buf);
    assert.deepEqual(
      set.messages.map((m) => [m.timestamp, m.timestampType]),
      [
        [777n, TimestampType.LogAppendTime],
        [777n, TimestampType.LogAppendTime],
        [777n, TimestampType.LogAppendTime],
      ],
    );
  });

  it('reports a truncated tail and corrupt messages without throwing', async () => {
    const buf = await encodeMessageSet({ magic: 1, messages: messages(3) });
    const partial = await decodeMessageSet(buf.subarray(0, buf.length - 5));
    assert.equal(partial.messages.length, 2);
    assert.ok(partial.partialBytes > 0);
    assert.equal(partial.error, null);
    const bad = Buffer.from(buf);
    bad[bad.length - 1] ^= 1;
    const corrupt = await decodeMessageSet(bad);
    assert.equal(corrupt.messages.length, 2);
    assert.equal(corrupt.error?.errorCode, 2);
  });

  it('a blob mixing legacy entries and v2 batches (a log after an upgrade) decodes in order', async () => {
    const legacy = await encodeMessageSet({
      magic: 1,
      compression: CompressionCodec.Gzip,
      baseOffset: 0n,
      messages: messages(2),
    });
    const v2 = encodeRecordBatchSync({
      baseOffset: 2n,
      records: [{ timestamp: 9, key: null, value: Buffer.from('new') }],
    });
    const set = await decodeRecordSet(Buffer.concat([legacy, v2, legacy.subarray(0, 30)]));
    assert.equal(set.error, null);
    assert.equal(set.partialBytes, 30);
    assert.deepEqual(
      set.batches.map((b) => b.magic),
      [1, 2],
    );
    const offsets = set.batches.flatMap((b) =>
      b.magic === 2 ? b.records.map((r) => r.offset) : b.messages.map((m) => m.offset),
    );
    assert.deepEqual(offsets, [0n, 1n, 2n]);
  });

  describe('conversion', () => {
    it('up-converts magic 0/1 sets (any codec) to one v2 batch with offsets 0..n-1', async () => {
      for (const magic of [0, 1] as LegacyMagic[]) {
        for (const codec of LEGACY_CODECS) {
          const input = messages(5);
          const legacy = await encodeMessageSet({ magic, compression: codec, baseOffset: 0n, messages: input });
          const batch = await decodeRecordBatch(await upConvertMessageSet(legacy));
          assert.equal(batch.compression, codec);
          assert.equal(batch.producerId, -1n);
          assert.equal(batch.records.length, 5);
          batch.records.forEach((r, i) => {
            assert.equal(r.offset, BigInt(i));
            assert.equal(r.timestamp, magic === 0 ? -1n : BigInt(input[i]!.timestamp));
            assert.deepEqual(r.key, input[i]!.key);
            assert.deepEqual(r.value, input[i]!.value);
            assert.deepEqual(r.headers, []);
          });
        }
      }
    });

    it('down-converts v2 batches: offsets kept, headers and control batches dropped, codec kept', async () => {
      const a = await encodeRecordBatch({
        baseOffset: 10n,
        compression: CompressionCodec.Lz4,
        records: [
          { timestamp: 5, key: Buffer.from('a'), value: Buffer.from('1'), headers: [{ key: 'h', value: null }] },
          { timestamp: 6, key: null, value: Buffer.from('2') },
        ],
      });
      const marker = encodeEndTxnMarker({
        commit: true,
        producerId: 1n,
        producerEpoch: 0,
        coordinatorEpoch: 0,
        baseOffset: 12n,
      });
      const b = encodeRecordBatchSync({
        baseOffset: 13n,
        timestampType: TimestampType.LogAppendTime,
        maxTimestamp: 99n,
        records: [{ timestamp: 7, key: null, value: Buffer.from('3') }],
      });
      for (const magic of [0, 1] as LegacyMagic[]) {
        const legacy = await downConvertRecordSet(Buffer.concat([a, marker, b]), magic);
        const set = await decodeMessageSet(legacy);
        assert.equal(set.error, null);
        assert.deepEqual(
          set.messages.map((m) => [m.offset, m.magic, m.timestamp, m.value?.toString()]),
          [
            [10n, magic, magic ? 5n : -1n, '1'],
            [11n, magic, magic ? 6n : -1n, '2'],
            [13n, magic, magic ? 99n : -1n, '3'],
          ],
        );
        const entries = (await decodeRecordSet(legacy)).batches;
        assert.equal(entries.length, 2); // one lz4 wrapper + one plain message
      }
      const fromOffset = await decodeMessageSet(await downConvertRecordSet(a, 1, { fromOffset: 11n }));
      assert.deepEqual(
        fromOffset.messages.map((m) => m.offset),
        [11n],
      );
    });

    it('refuses to down-convert zstd batches with UNSUPPORTED_COMPRESSION_TYPE', async () => {
      const z = await encodeRecordBatch({
        compression: CompressionCodec.Zstd,
        records: [{ timestamp: 1, key: null, value: null }],
      });
      await assert.rejects(downConvertRecordSet(z, 1), (e: RecordsError) => e.errorCode === 76);
    });
  });
});
