import { gzipCompress, gzipDecompress, gzipDecompressSync } from './gzip';
import { lz4Compress, lz4Decompress, lz4DecompressSync, lz4Implementation } from './lz4';
import { snappyCompress, snappyDecompress, snappyDecompressSync } from './snappy';
import {
  CODEC_NAMES,
  CompressionCodec,
  CompressionError,
  type CompressOptions,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  type DecompressOptions,
  isKnownCodec,
} from './types';
import { zstdCompress, zstdDecompress, zstdImplementation } from './zstd';

export {
  CODEC_NAMES,
  CompressionCodec,
  CompressionError,
  type CompressionErrorKind,
  type CompressOptions,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  type DecompressOptions,
  isKnownCodec,
} from './types';

/** Which implementation each codec uses on this machine (for logs and the benchmark). */
export const codecImplementations = {
  gzip: 'node-zlib',
  snappy: 'snappyjs',
  // Getters: finding out loads the native modules, which start-up leaves until a batch needs them.
  get lz4() {
    return lz4Implementation();
  },
  get zstd() {
    return zstdImplementation();
  },
} as const;

function unsupported(codec: number): CompressionError {
  return new CompressionError(`unknown compression codec id ${codec}`, 'unsupported', String(codec));
}

/** Compresses `data` with a Kafka codec (None returns the input). Rejects with CompressionError. */
export async function compress(codec: CompressionCodec, data: Buffer, options: CompressOptions = {}): Promise<Buffer> {
  switch (codec) {
    case CompressionCodec.None:
      return data;
    case CompressionCodec.Gzip:
      return gzipCompress(data, options.level);
    case CompressionCodec.Snappy:
      return snappyCompress(data, options.snappyXerial);
    case CompressionCodec.Lz4:
      return lz4Compress(data, options.lz4BrokenChecksum);
    case CompressionCodec.Zstd:
      return zstdCompress(data, options.level);
    default:
      throw unsupported(codec);
  }
}

/**
 * Decompresses `data` (None returns the input). Never produces more than `maxOutputBytes` (default
 * DEFAULT_MAX_DECOMPRESSED_BYTES); rejects with CompressionError of kind 'corrupt', 'too-large' or 'unsupported'.
 */
export async function decompress(
  codec: CompressionCodec,
  data: Buffer,
  options: DecompressOptions = {},
): Promise<Buffer> {
  const limit = options.maxOutputBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES;
  if (!isKnownCodec(codec)) throw unsupported(codec);
  const name = CODEC_NAMES[codec];
  try {
    switch (codec) {
      case CompressionCodec.None:
        return data;
      case CompressionCodec.Gzip:
        return await gzipDecompress(data, limit);
      case CompressionCodec.Snappy:
        return await snappyDecompress(data, limit);
      case CompressionCodec.Lz4:
        return await lz4Decompress(data, limit);
      case CompressionCodec.Zstd:
        return await zstdDecompress(data, limit);
    }
  } catch (error) {
    if (error instanceof CompressionError) throw error;
    throw new CompressionError(`${name}: ${error instanceof Error ? error.message : String(error)}`, 'corrupt', name);
  }
}

/**
 * Synchronous `decompress`, for callers that cannot await (storage's record-level timestamp lookup). zstd has
 * no synchronous path on every supported Node, so it is refused with CompressionError kind 'unsupported'.
 */
export function decompressSync(codec: CompressionCodec, data: Buffer, options: DecompressOptions = {}): Buffer {
  const limit = options.maxOutputBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES;
  if (!isKnownCodec(codec)) throw unsupported(codec);
  const name = CODEC_NAMES[codec];
  try {
    switch (codec) {
      case CompressionCodec.None:
        return data;
      case CompressionCodec.Gzip:
        return gzipDecompressSync(data, limit);
      case CompressionCodec.Snappy:
        return snappyDecompressSync(data, limit);
      case CompressionCodec.Lz4:
        return lz4DecompressSync(data, limit);
      case CompressionCodec.Zstd:
        throw new CompressionError('zstd: no synchronous decompression', 'unsupported', name);
    }
  } catch (error) {
    if (error instanceof CompressionError) throw error;
    throw new CompressionError(`${name}: ${error instanceof Error ? error.message : String(error)}`, 'corrupt', name);
  }
}
