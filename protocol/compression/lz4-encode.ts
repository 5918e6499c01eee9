/**
 * A small greedy LZ4 block encoder in plain JavaScript: the fallback when the native lz4-napi package is not
 * installed. Output is standard LZ4 block format (last 5 bytes literals, last match starting at least 12 bytes
 * before the end) and each block is independent, as Kafka's frame writer requires.
 */
const MIN_MATCH = 4;
const MF_LIMIT = 12;
const LAST_LITERALS = 5;
const HASH_SHIFT = 32 - 14;

/** Worst-case encoded size of `n` input bytes (all literals). */
export function lz4BlockBound(n: number): number {
  return n + Math.ceil(n / 255) + 16;
}

function read32(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);
}

function writeLength(dst: Uint8Array, at: number, n: number): number {
  let rest = n;
  while (rest >= 255) {
    dst[at++] = 255;
    rest -= 255;
  }
  dst[at++] = rest;
  return at;
}

/**
 * Encodes src[start, end) into dst at `at` (dst must have lz4BlockBound(end - start) bytes free); `table` is
 * scratch (16384 entries) reset here. Returns the number of bytes written.
 */
export function encodeLz4Block(
  src: Uint8Array,
  start: number,
  end: number,
  dst: Uint8Array,
  at: number,
  table: Int32Array,
): number {
  table.fill(0);
  let d = at;
  let anchor = start;
  let i = start;
  const matchLimit = end - MF_LIMIT;
  const literalLimit = end - LAST_LITERALS;
  while (i < matchLimit) {
    const seq = read32(src, i);
    const h = Math.imul(seq, 2654435761) >>> HASH_SHIFT;
    const ref = table[h]! - 1;
    table[h] = i + 1;
    if (ref < start || i - ref > 65535 || read32(src, ref) !== seq) {
      // Skip faster through data that does not compress (the reference encoder's acceleration).
      i += 1 + ((i - anchor) >>> 6);
      continue;
    }
    let matchEnd = i + MIN_MATCH;
    let r = ref + MIN_MATCH;
    while (matchEnd < literalLimit && src[matchEnd] === src[r]) {
      matchEnd++;
      r++;
    }
    const literals = i - anchor;
    const matchLength = matchEnd - i - MIN_MATCH;
    const tokenAt = d++;
    dst[tokenAt] = (Math.min(literals, 15) << 4) | Math.min(matchLength, 15);
    if (literals >= 15) d = writeLength(dst, d, literals - 15);
    for (let k = 0; k < literals; k++) dst[d++] = src[anchor + k]!;
    const offset = i - ref;
    dst[d++] = offset & 0xff;
    dst[d++] = offset >>> 8;
    if (matchLength >= 15) d = writeLength(dst, d, matchLength - 15);
    i = matchEnd;
    anchor = i;
  }
  const literals = end - anchor;
  dst[d++] = Math.min(literals, 15) << 4;
  if (literals >= 15) d = writeLength(dst, d, literals - 15);
  for (let k = 0; k < literals; k++) dst[d++] = src[anchor + k]!;
  return d - at;
}
