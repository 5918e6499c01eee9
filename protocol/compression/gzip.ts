import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { asCompressionError, tooLarge } from './types';

const gzipAsync = promisify(zlib.gzip);
const gunzipAsync = promisify(zlib.gunzip);

/** gzip stream (Kafka codec 1). Runs on libuv's thread pool, so it does not block the event loop. */
export function gzipCompress(data: Buffer, level = 6): Promise<Buffer> {
  return gzipAsync(data, { level });
}

/**
 * Decompresses a gzip stream (several concatenated members are accepted, as Java's GZIPInputStream does).
 * zlib stops at `maxOutputBytes` by itself, so a bomb never allocates past the limit.
 */
export async function gzipDecompress(data: Buffer, maxOutputBytes: number): Promise<Buffer> {
  try {
    return await gunzipAsync(data, { maxOutputLength: Math.max(1, maxOutputBytes) });
  } catch (error) {
    throw gunzipError(error, maxOutputBytes);
  }
}

/** Synchronous gzipDecompress (blocks the event loop: for small inputs and callers that cannot await). */
export function gzipDecompressSync(data: Buffer, maxOutputBytes: number): Buffer {
  try {
    return zlib.gunzipSync(data, { maxOutputLength: Math.max(1, maxOutputBytes) });
  } catch (error) {
    throw gunzipError(error, maxOutputBytes);
  }
}

function gunzipError(error: unknown, maxOutputBytes: number): Error {
  if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
    return tooLarge('gzip', `over ${maxOutputBytes}`, maxOutputBytes);
  }
  return asCompressionError('gzip', error);
}
