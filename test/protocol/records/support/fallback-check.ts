// Run by fallback.test.ts in a child process with the native packages blocked: every codec and a batch must
// still round-trip through the pure-JS paths, and their output must match what the native paths accept.
import { CompressionCodec, codecImplementations, compress, decompress } from '../../../../protocol/compression';
import { crc32cImplementation } from '../../../../protocol/crc32c';
import { decodeRecordBatch, encodeRecordBatch } from '../../../../protocol/records';

async function main(): Promise<void> {
  const data = Buffer.from('fallback '.repeat(20000));
  const frames: Record<string, string> = {};
  for (const codec of [CompressionCodec.Gzip, CompressionCodec.Snappy, CompressionCodec.Lz4, CompressionCodec.Zstd]) {
    const packed = await compress(codec, data);
    if (!(await decompress(codec, packed)).equals(data)) throw new Error(`codec ${codec} did not round-trip`);
    frames[codec] = packed.toString('base64');
  }
  const batch = await encodeRecordBatch({
    compression: CompressionCodec.Zstd,
    records: [{ timestamp: 1, key: null, value: data }],
  });
  const decoded = await decodeRecordBatch(batch);
  if (!decoded.records[0]!.value!.equals(data)) throw new Error('batch did not round-trip');
  process.stdout.write(
    JSON.stringify({ implementations: codecImplementations, crc32cImplementation: crc32cImplementation(), frames }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
