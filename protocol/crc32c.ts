/**
 * CRC-32C (Castagnoli), the checksum of v2 record batches.
 *
 * Uses the SIMD native implementation from `@node-rs/crc32` (about 3x faster than pure JS on these machines,
 * see README) and falls back to the pure-JS `crc-32/crc32c` when the native package could not be installed.
 */
type Crc32c = (data: Uint8Array) => number;

function loadNative(): Crc32c | null {
  try {
    const native = require('@node-rs/crc32') as { crc32c(input: Uint8Array, initial?: number): number };
    return (data) => native.crc32c(data) >>> 0;
  } catch {
    return null;
  }
}

function loadPure(): Crc32c {
  const pure = require('crc-32/crc32c') as { buf(data: Uint8Array, seed?: number): number };
  return (data) => pure.buf(data) >>> 0;
}

const native = loadNative();

/** Unsigned CRC-32C of `data`. */
export const crc32c: Crc32c = native ?? loadPure();

/** Which implementation `crc32c` is using, for logs and benchmarks. */
export const crc32cImplementation: 'native' | 'pure-js' = native ? 'native' : 'pure-js';

/** The pure-JS implementation, always available (benchmarks compare against it). */
export const crc32cPure: Crc32c = loadPure();
