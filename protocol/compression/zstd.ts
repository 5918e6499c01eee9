import * as zlib from 'node:zlib';
import { asCompressionError, corrupt, tooLarge } from './types';
import { zstdBound, zstdStoredFrame } from './zstd-frames';

/**
 * Zstandard (Kafka codec 4; Produce v7+ / Fetch v10+). Three implementations, best first:
 * 1. Node's built-in zlib zstd (Node 22.15+), which bounds output by itself (`maxOutputLength`).
 * 2. The native `@mongodb-js/zstd` 1.x (napi-rs, prebuilt binaries as optional dependencies, no install script).
 *    It cannot bound its output, so the frame structure is walked first (zstd-frames.ts) and it only runs when
 *    the worst case fits the ceiling.
 * 3. Pure JavaScript: `fzstd` streaming decoder (stopped as soon as the output passes the ceiling) and, for
 *    compression, stored (raw-block) frames: valid zstd that every reader accepts, just not smaller.
 */
type Zlib = typeof zlib & {
  zstdCompress?: (data: Buffer, options: object, cb: (error: Error | null, out: Buffer) => void) => void;
  zstdDecompress?: (data: Buffer, options: object, cb: (error: Error | null, out: Buffer) => void) => void;
  constants: typeof zlib.constants & { ZSTD_c_compressionLevel?: number };
};
type NativeZstd = {
  compress(data: Buffer, level?: number): Promise<Buffer>;
  decompress(data: Buffer): Promise<Buffer>;
};

const builtin = zlib as Zlib;
const hasBuiltin = typeof builtin.zstdCompress === 'function' && typeof builtin.zstdDecompress === 'function';

function loadNative(): NativeZstd | null {
  try {
    return require('@mongodb-js/zstd') as NativeZstd;
  } catch {
    return null;
  }
}

const native = hasBuiltin ? null : loadNative();
export const zstdImplementation: 'node-zlib' | '@mongodb-js/zstd' | 'fzstd + stored frames' = hasBuiltin
  ? 'node-zlib'
  : native
    ? '@mongodb-js/zstd'
    : 'fzstd + stored frames';

export const DEFAULT_ZSTD_LEVEL = 3;

export function zstdCompress(data: Buffer, level = DEFAULT_ZSTD_LEVEL): Promise<Buffer> {
  if (hasBuiltin) {
    const params = { [builtin.constants.ZSTD_c_compressionLevel ?? 100]: level };
    return new Promise((resolve, reject) =>
      builtin.zstdCompress!(data, { params }, (error, out) => (error ? reject(error) : resolve(out))),
    );
  }
  if (native) return native.compress(data, level);
  return Promise.resolve(zstdStoredFrame(data));
}

export async function zstdDecompress(data: Buffer, maxOutputBytes: number): Promise<Buffer> {
  // Walking the frames first also catches truncated input, which Node's zlib zstd silently accepts.
  const bound = zstdBound(data);
  if (bound.allDeclared && bound.maxBytes > maxOutputBytes) throw tooLarge('zstd', bound.maxBytes, maxOutputBytes);
  if (hasBuiltin) {
    return new Promise((resolve, reject) =>
      builtin.zstdDecompress!(data, { maxOutputLength: Math.max(1, maxOutputBytes) }, (error, out) => {
        if (!error) resolve(out);
        else if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          reject(tooLarge('zstd', `over ${maxOutputBytes}`, maxOutputBytes));
        else reject(asCompressionError('zstd', error));
      }),
    );
  }
  if (native && bound.maxBytes <= maxOutputBytes) {
    let out: Buffer;
    try {
      out = await native.decompress(data);
    } catch (error) {
      throw asCompressionError('zstd', error);
    }
    if (out.length > bound.maxBytes) throw corrupt('zstd', 'output larger than the frames declare');
    return out;
  }
  return zstdDecompressPure(data, maxOutputBytes);
}

/** fzstd's streaming decoder, stopped as soon as the output passes the ceiling. */
export function zstdDecompressPure(data: Buffer, maxOutputBytes: number): Buffer {
  const fzstd = require('fzstd') as typeof import('fzstd');
  const chunks: Uint8Array[] = [];
  let total = 0;
  // fzstd reports each block as it is decoded, so throwing here stops a bomb one block (128 KiB) past the limit.
  const stream = new fzstd.Decompress((chunk) => {
    total += chunk.length;
    if (total > maxOutputBytes) throw tooLarge('zstd', `over ${maxOutputBytes}`, maxOutputBytes);
    chunks.push(chunk);
  });
  try {
    if (data.length === 0) throw corrupt('zstd', 'empty input');
    stream.push(data, true);
  } catch (error) {
    throw asCompressionError('zstd', error);
  }
  return Buffer.concat(chunks, total);
}
