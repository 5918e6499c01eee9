import { promisify } from 'node:util';
import type * as Zlib from 'node:zlib';
import { asCompressionError, tooLarge } from './types';

/**
 * node:zlib, required on first use: it took about 1 ms of `brook serve`'s start-up (bench/startup.bench.ts),
 * for a codec a broker's clients may never send.
 */
let zlibModule: typeof Zlib | null = null;
let gzipAsync: (data: Buffer, options: Zlib.ZlibOptions) => Promise<Buffer>;
let gunzipAsync: (data: Buffer, options: Zlib.ZlibOptions) => Promise<Buffer>;
function zlib(): typeof Zlib {
  if (zlibModule === null) {
    zlibModule = require('node:zlib') as typeof Zlib;
    gzipAsync = promisify(zlibModule.gzip);
    gunzipAsync = promisify(zlibModule.gunzip);
  }
  return zlibModule;
}

/** gzip stream (Kafka codec 1). Runs on libuv's thread pool, so it does not block the event loop. */
export function gzipCompress(data: Buffer, level = 6): Promise<Buffer> {
  zlib();
  return gzipAsync(data, { level });
}

/**
 * Decompresses a gzip stream (several concatenated members are accepted, as Java's GZIPInputStream does).
 * zlib stops at `maxOutputBytes` by itself, so a bomb never allocates past the limit.
 */
export async function gzipDecompress(data: Buffer, maxOutputBytes: number): Promise<Buffer> {
  try {
    zlib();
    return await gunzipAsync(data, { maxOutputLength: Math.max(1, maxOutputBytes) });
  } catch (error) {
    throw gunzipError(error, maxOutputBytes);
  }
}

/** Synchronous gzipDecompress (blocks the event loop: for small inputs and callers that cannot await). */
export function gzipDecompressSync(data: Buffer, maxOutputBytes: number): Buffer {
  try {
    return zlib().gunzipSync(data, { maxOutputLength: Math.max(1, maxOutputBytes) });
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
