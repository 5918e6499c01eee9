import { CompressionCodec, codecImplementations, compress, decompress } from '../protocol/compression';
import { lz4CompressPure } from '../protocol/compression/lz4';
import { zstdDecompressWasm } from '../protocol/compression/zstd';
import { crc32c, crc32cImplementation, crc32cPure } from '../protocol/crc32c';
import {
  decodeRecordBatch,
  encodeRecordBatch,
  encodeRecordBatchSync,
  validateProduceRecords,
} from '../protocol/records';
import {
  asyncOpsPerSecond,
  type Benchmark,
  type BenchLine,
  interleavedOpsPerSecond,
  MiB,
  opsPerSecond,
} from './harness';

/**
 * Records: CRC-32C (our wrapper vs the raw native call vs pure JS), v2 batch encode/decode and produce-path
 * validation on 16 KiB batches, and each compression codec, as ratios to a plain Buffer copy measured in the
 * same run.
 */
function textRecords(count: number, valueSize: number) {
  const words = 'order customer amount currency status shipped pending created updated region '.split(' ');
  return Array.from({ length: count }, (_, i) => {
    let value = '';
    for (let w = 0; value.length < valueSize; w++)
      value += `${words[(i + w * 3) % words.length]}=${(i * 31 + w) % 1000} `;
    return {
      timestamp: 1_700_000_000_000 + i,
      key: Buffer.from(`customer-${i % 100}`),
      value: Buffer.from(value.slice(0, valueSize)),
      headers: [{ key: 'trace', value: Buffer.from('abc123') }],
    };
  });
}

const mbps = (opsPerSec: number, bytes: number) => (opsPerSec * bytes) / MiB;

const bench: Benchmark = {
  name: 'records',
  async run(): Promise<BenchLine[]> {
    const lines: BenchLine[] = [];
    const native = require('@node-rs/crc32') as { crc32c(b: Uint8Array): number };
    const vsCopy = (value: number) => ({ value: value / copy, against: 'Buffer copy' });

    // Baseline: copying 64 MiB into a preallocated Buffer, i.e. memory bandwidth. (A 16 KiB copy stays in L1
    // cache and runs at tens of GB/s, rounding every ratio to zero; a fresh 64 MiB Buffer per copy measures page
    // faults instead.)
    const big = Buffer.alloc(64 * MiB, 1);
    const target = Buffer.alloc(64 * MiB);
    const copy = mbps(
      opsPerSecond(() => big.copy(target), 600),
      big.length,
    );
    lines.push({ name: 'Buffer copy, 64 MiB (baseline)', value: copy, unit: 'MiB/s' });

    // CRC-32C on 1 MiB and on a 16 KiB batch.
    const batch16k = encodeRecordBatchSync({ records: textRecords(64, 200) });
    const size = batch16k.length;
    for (const [label, buf] of [
      ['1 MiB', Buffer.alloc(MiB, 7)],
      [`${(size / 1024).toFixed(1)} KiB batch`, batch16k],
    ] as const) {
      const [raw, ours, pure] = interleavedOpsPerSecond([
        () => native.crc32c(buf),
        () => crc32c(buf),
        () => crc32cPure(buf),
      ]).map((ops) => mbps(ops, buf.length)) as [number, number, number];
      const vsRaw = (value: number, goal?: number) => ({ value: value / raw, against: 'raw @node-rs/crc32', goal });
      lines.push({ name: `crc32c raw @node-rs/crc32, ${label}`, value: raw, unit: 'MiB/s' });
      lines.push({
        name: `crc32c (protocol/crc32c.ts, ${crc32cImplementation()}), ${label}`,
        value: ours,
        unit: 'MiB/s',
        ratio: vsRaw(ours, 0.9),
      });
      lines.push({ name: `crc32c pure-JS fallback, ${label}`, value: pure, unit: 'MiB/s', ratio: vsRaw(pure) });
    }

    // Batch encode / decode / produce validation, uncompressed, 64 records of ~200 bytes.
    const input = { records: textRecords(64, 200) };
    const encode = mbps(
      opsPerSecond(() => encodeRecordBatchSync(input)),
      size,
    );
    lines.push({ name: 'v2 batch encode, 16 KiB, 64 records', value: encode, unit: 'MiB/s', ratio: vsCopy(encode) });
    const decode = mbps(await asyncOpsPerSecond(() => decodeRecordBatch(batch16k).then(() => undefined)), size);
    lines.push({ name: 'v2 batch decode, 16 KiB, 64 records', value: decode, unit: 'MiB/s', ratio: vsCopy(decode) });
    const validate = mbps(
      opsPerSecond(() => validateProduceRecords(batch16k, 9)),
      size,
    );
    lines.push({
      name: 'produce validation (header + CRC), 16 KiB',
      value: validate,
      unit: 'MiB/s',
      ratio: vsCopy(validate),
    });
    const lz4Batch = await encodeRecordBatch({ compression: CompressionCodec.Lz4, records: textRecords(64, 200) });
    const lz4Decode = mbps(await asyncOpsPerSecond(() => decodeRecordBatch(lz4Batch).then(() => undefined)), size);
    lines.push({ name: 'v2 batch decode, lz4, 16 KiB', value: lz4Decode, unit: 'MiB/s', ratio: vsCopy(lz4Decode) });

    // Codecs on the records section of a ~275 KiB batch (compressible text, like typical JSON-ish values).
    const body = encodeRecordBatchSync({ records: textRecords(1024, 240) }).subarray(61);
    for (const codec of [CompressionCodec.Gzip, CompressionCodec.Snappy, CompressionCodec.Lz4, CompressionCodec.Zstd]) {
      const name = CompressionCodec[codec].toLowerCase();
      const impl = (codecImplementations as Record<string, string>)[name];
      const packed = await compress(codec, body);
      const c = mbps(await asyncOpsPerSecond(() => compress(codec, body).then(() => undefined)), body.length);
      const d = mbps(await asyncOpsPerSecond(() => decompress(codec, packed).then(() => undefined)), body.length);
      const ratio = (body.length / packed.length).toFixed(1);
      lines.push({ name: `${name} (${impl}) compress, ratio ${ratio}:1`, value: c, unit: 'MiB/s', ratio: vsCopy(c) });
      lines.push({ name: `${name} (${impl}) decompress`, value: d, unit: 'MiB/s', ratio: vsCopy(d) });
    }

    // Fallbacks, to show what a machine without the native packages gets.
    const lz4C = mbps(
      opsPerSecond(() => lz4CompressPure(body)),
      body.length,
    );
    lines.push({ name: 'lz4 pure-JS compress (fallback)', value: lz4C, unit: 'MiB/s', ratio: vsCopy(lz4C) });
    const zstdPacked = await compress(CompressionCodec.Zstd, body);
    const zw = mbps(
      await asyncOpsPerSecond(() => zstdDecompressWasm(zstdPacked, 1 << 30).then(() => undefined)),
      body.length,
    );
    lines.push({ name: 'zstd WebAssembly libzstd decompress (fallback)', value: zw, unit: 'MiB/s', ratio: vsCopy(zw) });
    return lines;
  },
};

export default bench;
