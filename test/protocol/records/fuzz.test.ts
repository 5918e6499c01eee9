import * as assert from 'node:assert/strict';
import { CompressionCodec, CompressionError, compress } from '../../../protocol/compression';
import { lz4CompressPure, lz4DecompressSync } from '../../../protocol/compression/lz4';
import { snappyCompressSync, snappyDecompressSync } from '../../../protocol/compression/snappy';
import { zstdDecompressWasm } from '../../../protocol/compression/zstd';
import { zstdBound } from '../../../protocol/compression/zstd-frames';
import {
  decodeMessageSet,
  decodeRecordBatch,
  decodeRecordSet,
  encodeMessageSet,
  encodeRecordBatch,
  RecordsError,
  validateProduceRecords,
} from '../../../protocol/records';
import { crc32c } from '../../../protocol/crc32c';
import { prng, randomBytes } from './helpers';

/**
 * Random and mutated batches / message sets through the validator and every decoder: the only acceptable
 * outcomes are a result or a typed RecordsError. Bounded memory: decompression is capped at 1 MiB per batch.
 */
const ITERATIONS = Number(process.env.RECORDS_FUZZ_ITERATIONS ?? 100_000);
const LIMITS = { maxDecompressedBytes: 1024 * 1024 };

describe('records fuzz', function () {
  this.timeout(120_000);

  it('20,000 mutated compressed streams through each JS/WebAssembly decoder: only typed errors', async () => {
    const rand = prng(0xc0dec);
    const int = (n: number) => (rand() * n) | 0;
    const plain = Buffer.from('the quick brown fox jumps over the lazy dog '.repeat(60));
    const streams: [string, Buffer, (b: Buffer) => unknown][] = [
      ['lz4', await compress(CompressionCodec.Lz4, plain), (b) => lz4DecompressSync(b, 1 << 20)],
      ['lz4 pure', lz4CompressPure(plain), (b) => lz4DecompressSync(b, 1 << 20)],
      ['snappy', snappyCompressSync(plain), (b) => snappyDecompressSync(b, 1 << 20)],
      ['snappy xerial', snappyCompressSync(plain, true), (b) => snappyDecompressSync(b, 1 << 20)],
      ['zstd wasm', await compress(CompressionCodec.Zstd, plain), (b) => zstdDecompressWasm(b, 1 << 20)],
      ['zstd bound', await compress(CompressionCodec.Zstd, plain), (b) => zstdBound(b)],
    ];
    for (let i = 0; i < 20_000; i++) {
      const [name, stream, decode] = streams[i % streams.length]!;
      const b = Buffer.from(stream);
      for (let k = 1 + int(3); k > 0; k--) b[int(b.length)] = int(256);
      const input = int(4) === 0 ? b.subarray(0, int(b.length)) : b;
      try {
        await decode(input);
      } catch (error) {
        assert.ok(error instanceof CompressionError, `${name}: ${error}`);
      }
    }
  });

  it(`${ITERATIONS} random and mutated inputs: no uncaught exception, bounded memory`, async () => {
    const rand = prng(0xb00c);
    const int = (n: number) => (rand() * n) | 0;
    const seeds: Buffer[] = [];
    for (const codec of [0, 1, 2, 3, 4] as CompressionCodec[]) {
      for (const n of [1, 3, 17]) {
        seeds.push(
          await encodeRecordBatch({
            compression: codec,
            producerId: 3n,
            baseSequence: 0,
            producerEpoch: 0,
            records: Array.from({ length: n }, (_, i) => ({
              timestamp: 1000 + i,
              key: i % 2 ? Buffer.from(`k${i}`) : null,
              value: randomBytes(rand, int(60)),
              headers: i % 3 ? [{ key: 'h', value: Buffer.from('x') }] : [],
            })),
          }),
        );
      }
    }
    for (const magic of [0, 1] as const) {
      for (const codec of [0, 1, 2, 3] as CompressionCodec[]) {
        seeds.push(
          await encodeMessageSet({
            magic,
            compression: codec,
            messages: Array.from({ length: 4 }, (_, i) => ({ timestamp: i, key: null, value: randomBytes(rand, 20) })),
          }),
        );
      }
    }

    const mutate = (seed: Buffer): Buffer => {
      const b = Buffer.from(seed);
      switch (int(6)) {
        case 0: // flip a few bytes anywhere
          for (let k = 1 + int(4); k > 0; k--) b[int(b.length)] = int(256);
          return b;
        case 1: // truncate
          return b.subarray(0, int(b.length));
        case 2: // lie about sizes (batchLength / message size / record count)
          b.writeInt32BE(int(2) ? int(b.length * 2) : -int(1000), int(2) ? 8 : Math.min(57, b.length - 4));
          return b;
        case 3: // flip bytes inside the records section only (CRC stays as it was: exercises CRC paths)
          for (let k = 1 + int(3); k > 0; k--) b[61 + int(Math.max(1, b.length - 61))] ^= 1 + int(255);
          return b.subarray(0, b.length);
        case 4: // concatenations with garbage
          return Buffer.concat([b, randomBytes(rand, int(80))]);
        default: // pure noise that starts like a batch
          return Buffer.concat([b.subarray(0, 17), randomBytes(rand, int(200))]);
      }
    };

    const startHeap = process.memoryUsage().heapUsed;
    const outcomes = { ok: 0, typedErrors: 0 };
    let validated = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const input = i % 10 === 0 ? randomBytes(rand, int(120)) : mutate(seeds[int(seeds.length)]!);
      // Re-seal the CRC-32C of what still looks like a v2 batch, so the validator's later rules get exercised.
      if (i % 3 === 0 && input.length >= 61 && input[16] === 2) {
        const end = Math.min(input.length, Math.max(21, input.readInt32BE(8) + 12));
        input.writeUInt32BE(crc32c(input.subarray(21, end)), 17);
      }
      const check = validateProduceRecords(input, 1 + int(9));
      if (check.ok) validated++;
      // Half the time skip CRC checks so mutations reach the record and decompression code.
      const options = { ...LIMITS, verifyCrc: i % 2 === 0 };
      const set = await decodeRecordSet(input, options);
      if (set.error) outcomes.typedErrors++;
      else outcomes.ok++;
      if (i % 4 === 0) {
        try {
          await decodeRecordBatch(input, options);
        } catch (error) {
          if (!(error instanceof RecordsError)) throw error;
        }
        const legacy = await decodeMessageSet(input, options);
        assert.ok(legacy.error === null || legacy.error instanceof RecordsError);
      }
    }
    const grown = process.memoryUsage().heapUsed - startHeap;
    console.log(
      `      ${JSON.stringify(outcomes)}; ${validated} passed produce validation; heap grew ${(grown / 1024 / 1024).toFixed(1)} MiB`,
    );
    assert.ok(outcomes.ok > 0 && outcomes.typedErrors > 0);
    assert.ok(grown < 256 * 1024 * 1024, `heap grew ${grown} bytes`);
  });
});
