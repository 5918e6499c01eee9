/** Kafka's compression codec ids (batch attributes bits 0-2; legacy message attributes bits 0-2). */
export enum CompressionCodec {
  None = 0,
  Gzip = 1,
  Snappy = 2,
  Lz4 = 3,
  Zstd = 4,
}

/** Kafka's names for the codecs, as used by `compression.type`. */
export const CODEC_NAMES: Record<CompressionCodec, string> = {
  [CompressionCodec.None]: 'none',
  [CompressionCodec.Gzip]: 'gzip',
  [CompressionCodec.Snappy]: 'snappy',
  [CompressionCodec.Lz4]: 'lz4',
  [CompressionCodec.Zstd]: 'zstd',
};

export function isKnownCodec(id: number): id is CompressionCodec {
  return id >= CompressionCodec.None && id <= CompressionCodec.Zstd && Number.isInteger(id);
}

/** Default ceiling on decompressed output: refuses "zip bombs" while leaving room for any sane batch. */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024;

export interface DecompressOptions {
  /** Refuse to produce more than this many bytes (CompressionError kind 'too-large'). */
  maxOutputBytes?: number;
}

export interface CompressOptions {
  /** gzip 1-9 (default 6), zstd 1-22 (default 3); ignored by snappy and lz4. */
  level?: number;
  /** snappy only: write Java's xerial framing instead of one raw block (librdkafka's choice, the default). */
  snappyXerial?: boolean;
  /**
   * lz4 only: write the frame-descriptor checksum the broken way Kafka magic-0 messages did (KAFKA-3160):
   * over the magic number too. Needed only when writing magic-0 message sets for old readers.
   */
  lz4BrokenChecksum?: boolean;
}

export type CompressionErrorKind = 'corrupt' | 'too-large' | 'unsupported';

/** Bad compressed input, an output that would pass the size ceiling, or a codec id that does not exist. */
export class CompressionError extends Error {
  override readonly name = 'CompressionError';
  constructor(
    message: string,
    readonly kind: CompressionErrorKind,
    /** Codec name ('gzip', 'snappy', 'lz4', 'zstd', or the unknown id as text). */
    readonly codec: string,
  ) {
    super(message);
  }
}

export function tooLarge(codec: string, size: number | string, limit: number): CompressionError {
  return new CompressionError(
    `${codec}: decompressed size ${size} exceeds the limit of ${limit} bytes`,
    'too-large',
    codec,
  );
}

export function corrupt(codec: string, detail: string): CompressionError {
  return new CompressionError(`${codec}: corrupt compressed data: ${detail}`, 'corrupt', codec);
}

/** Turns anything a third-party codec throws into a typed error; keeps our own typed errors as they are. */
export function asCompressionError(codec: string, error: unknown): CompressionError {
  if (error instanceof CompressionError) return error;
  return corrupt(codec, error instanceof Error ? error.message : String(error));
}
