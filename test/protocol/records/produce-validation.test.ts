import * as assert from 'node:assert/strict';
import { CompressionCodec } from '../../../protocol/compression';
import { crc32c } from '../../../protocol/crc32c';
import {
  BatchOffset,
  decodeMessageSet,
  decodeRecordBatch,
  encodeEndTxnMarker,
  encodeMessageSet,
  encodeRecordBatch,
  encodeRecordBatchSync,
  type ProduceRecordsCheck,
  upConvertMessageSet,
  validateProduceRecords,
} from '../../../protocol/records';
import { capturedProduces, magicOf } from './helpers';

function rejected(check: ProduceRecordsCheck, code: number, pattern?: RegExp): void {
  assert.equal(check.ok, false, 'expected a rejection');
  if (check.ok) return;
  assert.equal(check.errorCode, code, check.message);
  if (pattern) assert.match(check.message, pattern);
}

const records = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ timestamp: i, key: null, value: Buffer.from(`v${i}`) }));
function resealed(buf: Buffer, edit: (b: Buffer) => void): Buffer {
  const copy = Buffer.from(buf);
  edit(copy);
  copy.writeUInt32BE(crc32c(copy.subarray(BatchOffset.Attributes)), BatchOffset.Crc);
  return copy;
}

describe('produce records validation', () => {
  // Produce requests recorded from kcat (librdkafka 2.0.2), kafkajs 2.2.4 and kafka-python 2.0.2 in every codec
  // they offer, and from the Java client 4.4 (v13, topic ids) (test/protocol/fixtures/captured/, compat-tests/capture/).
  const captures = capturedProduces();

  it('the captures hold Produce v0-v7 and v13, and v2 batches in all five codecs', () => {
    assert.deepEqual(
      [...new Set(captures.map((c) => c.version))].sort((a, b) => a - b),
      [0, 1, 2, 3, 4, 5, 6, 7, 13],
    );
    const codecs = new Set(
      captures.flatMap((c) => c.records.filter((r) => magicOf(r) === 2).map((r) => r.readInt16BE(21) & 0x07)),
    );
    assert.equal(codecs.size, 5);
  });

  for (const { name, version, records } of captures.filter((c) => c.version >= 3)) {
    it(`accepts the batches of ${name} (Produce v${version}), decodes them, re-encodes them byte for byte`, async () => {
      assert.ok(records.length > 0);
      for (const buf of records) {
        const check = validateProduceRecords(buf, version);
        assert.ok(check.ok && check.format === 'v2', JSON.stringify(check));
        const batch = await decodeRecordBatch(buf);
        assert.ok(batch.records.length > 0);
        // Re-encoding the decoded batch (header fields, deltas, headers) reproduces the client's bytes
        // exactly; for a compressed batch, the compressed section is the client's compressor's output, so
        // the comparison is made on the uncompressed equivalent.
        const again = await encodeRecordBatch({
          ...batch,
          compression: CompressionCodec.None,
          records: batch.records.map((r) => ({ ...r, timestamp: undefined })),
        });
        if (batch.compression === CompressionCodec.None) assert.deepEqual(again, buf);
        else assert.deepEqual((await decodeRecordBatch(again)).records, batch.records);
      }
    });
  }

  for (const { name, version, records } of captures.filter((c) => c.version <= 2)) {
    it(`accepts the legacy message sets of ${name} (Produce v${version}) and up-converts them`, async () => {
      for (const buf of records) {
        const check = validateProduceRecords(buf, version);
        assert.ok(check.ok && check.format === 'legacy', JSON.stringify(check));
        const legacy = await decodeMessageSet(buf);
        assert.equal(legacy.error, null);
        assert.equal(legacy.messages.length, 3);
        const batch = await decodeRecordBatch(await upConvertMessageSet(buf));
        assert.deepEqual(
          batch.records.map((r) => [r.key, r.value]),
          legacy.messages.map((m) => [m.key, m.value]),
        );
      }
    });
  }

  it('accepts a sound batch and returns a header view that can stamp offsets', () => {
    const buf = encodeRecordBatchSync({ producerId: 5n, producerEpoch: 0, baseSequence: 0, records: records(3) });
    const check = validateProduceRecords(buf, 9);
    assert.ok(check.ok && check.format === 'v2');
    check.header.setBaseOffset(1000n);
    check.header.setPartitionLeaderEpoch(4);
    assert.ok(check.header.isCrcValid());
    assert.equal(check.header.lastOffset, 1002n);
  });

  it('names the Kafka error for each broken rule', async () => {
    const good = encodeRecordBatchSync({ records: records(3) });
    rejected(validateProduceRecords(null, 9), 87, /one record batch/);
    rejected(validateProduceRecords(Buffer.alloc(0), 9), 87);
    rejected(validateProduceRecords(good.subarray(0, good.length - 1), 9), 87);
    rejected(validateProduceRecords(Buffer.concat([good, good]), 9), 87, /exactly one/);
    const legacy = await encodeMessageSet({ magic: 1, messages: records(2) });
    rejected(validateProduceRecords(legacy, 3), 87, /magic 2/);
    const zstd = await encodeRecordBatch({ compression: CompressionCodec.Zstd, records: records(2) });
    rejected(validateProduceRecords(zstd, 6), 76);
    assert.ok(validateProduceRecords(zstd, 7).ok);
    const flipped = Buffer.from(good);
    flipped[good.length - 1] ^= 1;
    rejected(validateProduceRecords(flipped, 9), 2, /CRC/);
    rejected(
      validateProduceRecords(
        resealed(good, (b) => b.writeInt16BE(5, BatchOffset.Attributes)),
        9,
      ),
      2,
      /codec/,
    );
    rejected(
      validateProduceRecords(
        resealed(good, (b) => b.writeInt32BE(0, BatchOffset.RecordsCount)),
        9,
      ),
      87,
    );
    rejected(
      validateProduceRecords(
        resealed(good, (b) => b.writeInt32BE(-1, BatchOffset.RecordsCount)),
        9,
      ),
      87,
    );
    rejected(
      validateProduceRecords(
        resealed(good, (b) => b.writeInt32BE(5, BatchOffset.LastOffsetDelta)),
        9,
      ),
      87,
    );
    rejected(
      validateProduceRecords(
        resealed(good, (b) => {
          b.writeInt32BE(100, BatchOffset.RecordsCount);
          b.writeInt32BE(99, BatchOffset.LastOffsetDelta);
        }),
        9,
      ),
      2,
    );
    rejected(
      validateProduceRecords(
        resealed(good, (b) => b.writeBigInt64BE(7n, BatchOffset.ProducerId)),
        9,
      ),
      87,
      /sequence/,
    );
    const marker = encodeEndTxnMarker({ commit: true, producerId: 1n, producerEpoch: 0, coordinatorEpoch: 0 });
    rejected(validateProduceRecords(marker, 9), 87, /control/);
    const tiny = Buffer.from(good.subarray(0, 30));
    tiny.writeInt32BE(5, 8);
    rejected(validateProduceRecords(tiny, 9), 2);
    rejected(validateProduceRecords(good, 9, { maxBatchBytes: 20 }), 10);
    const short = Buffer.alloc(61);
    short.writeInt32BE(40, 8);
    short.writeInt8(2, 16);
    rejected(validateProduceRecords(short.subarray(0, 52), 9), 2);
  });

  it('ignores a trailing partial batch as Kafka does, reporting its size', () => {
    const good = encodeRecordBatchSync({ records: records(1) });
    const check = validateProduceRecords(Buffer.concat([good, good.subarray(0, 20)]), 9);
    assert.ok(check.ok && check.trailingBytes === 20);
  });

  it('legacy sets (Produce v0-2): CRC-32 and structure are checked per entry', async () => {
    const legacy = await encodeMessageSet({ magic: 0, compression: CompressionCodec.Gzip, messages: records(3) });
    assert.ok(validateProduceRecords(legacy, 0).ok);
    const bad = Buffer.from(legacy);
    bad[bad.length - 3] ^= 1;
    rejected(validateProduceRecords(bad, 0), 2, /CRC/);
  });
});
