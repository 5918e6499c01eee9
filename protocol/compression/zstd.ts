import type * as zlib from 'node:zlib';
import { asCompressionError, corrupt, tooLarge } from './types';
import { zstdBound } from './zstd-frames';

/**
 * Zstandard (Kafka codec 4; Produce v7+ / Fetch v10+). Three implementations, best first:
 * 1. Node's built-in zlib zstd (Node 22.15+), which bounds output by itself (`maxOutputLength`).
 * 2. The native `@mongodb-js/zstd` 1.x (napi-rs, prebuilt binaries as optional dependencies, no install script).
 * 3. `@bokuweb/zstd-wasm`: the reference libzstd compiled to WebAssembly, shipped inside the package.
 * (fzstd, pure JavaScript, was tried and dropped: it has no bounds checks and spins for seconds on some corrupt
 * blocks.) Paths 2 and 3 cannot stop at a ceiling by themselves, so the frame structure is walked first
 * (zstd-frames.ts): they only run with a worst-case output that fits. Walking first also catches truncated
 * input, which Node's zlib zstd silently accepts.
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
type WasmZstd = {
  init(): Promise<void>;
  compress(data: Uint8Array, level?: number): Uint8Array;
  decompress(data: Uint8Array, options?: { defaultHeapSize: number }): Uint8Array;
};

/**
 * Node's zlib when it has zstd (Node 22.15+), else null. Required on first use, as gzip.ts does: node:zlib took
 * about 1 ms of `brook serve`'s start-up.
 */
let builtinModule: Zlib | null | undefined;
function builtin(): Zlib | null {
  if (builtinModule === undefined) {
    const module = require('node:zlib') as Zlib;
    const hasZstd = typeof module.zstdCompress === 'function' && typeof module.zstdDecompress === 'function';
    builtinModule = hasZstd ? module : null;
  }
  return builtinModule;
}

function loadNative(): NativeZstd | null {
  try {
    return require('@mongodb-js/zstd') as NativeZstd;
  } catch {
    return null;
  }
}

/**
 * The native module, loaded on first use: requiring it costs tens of milliseconds, which a broker should not
 * pay at start-up for a codec its clients may never send.
 */
let nativeModule: NativeZstd | null | undefined;
function native(): NativeZstd | null {
  if (nativeModule === undefined) nativeModule = builtin() ? null : loadNative();
  return nativeModule;
}

/** The implementation in use (loads the native module to find out). */
export function zstdImplementation(): 'node-zlib' | '@mongodb-js/zstd' | 'zstd-wasm' {
  return builtin() ? 'node-zlib' : native() ? '@mongodb-js/zstd' : 'zstd-wasm';
}

let wasm: Promise<WasmZstd> | null = null;
function loadWasm(): Promise<WasmZstd> {
  if (wasm === null) {
    const module = require('@bokuweb/zstd-wasm') as WasmZstd;
    wasm = module.init().then(() => module);
  }
  return wasm;
}

export const DEFAULT_ZSTD_LEVEL = 3;

export function zstdCompress(data: Buffer, level = DEFAULT_ZSTD_LEVEL): Promise<Buffer> {
  const node = builtin();
  if (node) {
    const params = { [node.constants.ZSTD_c_compressionLevel ?? 100]: level };
    return new Promise((resolve, reject) =>
      node.zstdCompress!(data, { params }, (error, out) => (error ? reject(error) : resolve(out))),
    );
  }
  const nativeZstd = native();
  if (nativeZstd) return nativeZstd.compress(data, level);
  return zstdCompressWasm(data, level);
}

export async function zstdDecompress(data: Buffer, maxOutputBytes: number): Promise<Buffer> {
  const bound = zstdBound(data);
  if (bound.allDeclared && bound.maxBytes > maxOutputBytes) throw tooLarge('zstd', bound.maxBytes, maxOutputBytes);
  const node = builtin();
  if (node) {
    return new Promise((resolve, reject) =>
      node.zstdDecompress!(data, { maxOutputLength: Math.max(1, maxOutputBytes) }, (error, out) => {
        if (!error) resolve(out);
        else if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          reject(tooLarge('zstd', `over ${maxOutputBytes}`, maxOutputBytes));
        else reject(asCompressionError('zstd', error));
      }),
    );
  }
  const nativeZstd = native();
  if (nativeZstd && bound.maxBytes <= maxOutputBytes) {
    let out: Buffer;
    try {
      out = await nativeZstd.decompress(data);
    } catch (error) {
      throw asCompressionError('zstd', error);
    }
    if (out.length > bound.maxBytes) throw corrupt('zstd', 'output larger than the frames declare');
    return out;
  }
  return zstdDecompressWasm(data, maxOutputBytes);
}

/** libzstd in WebAssembly (the fallback; tests and the benchmark call it directly). */
export async function zstdCompressWasm(data: Buffer, level = DEFAULT_ZSTD_LEVEL): Promise<Buffer> {
  const zstd = await loadWasm();
  return Buffer.from(zstd.compress(data, level));
}

/**
 * libzstd in WebAssembly, given an output capacity of at most the ceiling: output that needs more fails inside
 * libzstd ("destination buffer too small") instead of growing.
 */
export async function zstdDecompressWasm(data: Buffer, maxOutputBytes: number): Promise<Buffer> {
  const bound = zstdBound(data);
  if (bound.allDeclared && bound.maxBytes > maxOutputBytes) throw tooLarge('zstd', bound.maxBytes, maxOutputBytes);
  const zstd = await loadWasm();
  const capacity = Math.max(1, Math.min(bound.maxBytes, maxOutputBytes));
  let out: Uint8Array;
  try {
    out = zstd.decompress(data, { defaultHeapSize: capacity });
  } catch (error) {
    // ZSTD_error_dstSize_tooSmall (70): more output than the capacity, which was the ceiling.
    if (bound.maxBytes > maxOutputBytes && /code -70\b/.test(String(error))) {
      throw tooLarge('zstd', `over ${maxOutputBytes}`, maxOutputBytes);
    }
    throw asCompressionError('zstd', error);
  }
  if (out.length > maxOutputBytes) throw tooLarge('zstd', out.length, maxOutputBytes);
  return Buffer.from(out.buffer, out.byteOffset, out.length);
}
