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

/**
 * Both implementations load on first use, not at import: the native module's loader alone took several
 * milliseconds of a broker's start-up, before any batch needed a checksum.
 */
let chosen: Crc32c | null = null;
let native: Crc32c | null | undefined;
let pure: Crc32c | null = null;

function nativeOrPure(): Crc32c {
  if (native === undefined) native = loadNative();
  chosen = native ?? crc32cPure;
  return chosen;
}

/** Unsigned CRC-32C of `data`. */
export function crc32c(data: Uint8Array): number {
  return (chosen ?? nativeOrPure())(data);
}

/** Which implementation `crc32c` uses, for logs and benchmarks. */
export function crc32cImplementation(): 'native' | 'pure-js' {
  nativeOrPure();
  return native ? 'native' : 'pure-js';
}

/** The pure-JS implementation, always available (benchmarks compare against it). */
export function crc32cPure(data: Uint8Array): number {
  pure ??= loadPure();
  return pure(data);
}
