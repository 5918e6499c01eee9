/**
 * LZ4 block decoding in plain JavaScript (the format of each block inside an LZ4 frame). Every read and write
 * is bounds-checked, so corrupt or hostile input yields an error code, never an out-of-range access.
 */

/** Returned when the input is malformed. */
export const LZ4_CORRUPT = -1;
/** Returned when the output would pass `dstEnd`. */
export const LZ4_OVERFLOW = -2;

/**
 * Decodes the block src[srcStart, srcEnd) into dst starting at `dstStart`, never writing at or past `dstEnd`.
 * Matches may reach back into anything already in dst (covers linked blocks of a frame). Returns the new
 * output position, or LZ4_CORRUPT / LZ4_OVERFLOW.
 */
export function decodeLz4Block(
  src: Uint8Array,
  srcStart: number,
  srcEnd: number,
  dst: Uint8Array,
  dstStart: number,
  dstEnd: number,
): number {
  let s = srcStart;
  let d = dstStart;
  while (s < srcEnd) {
    const token = src[s++]!;
    let literals = token >>> 4;
    if (literals === 15) {
      let b: number;
      do {
        if (s >= srcEnd) return LZ4_CORRUPT;
        b = src[s++]!;
        literals += b;
      } while (b === 255);
    }
    if (s + literals > srcEnd) return LZ4_CORRUPT;
    if (d + literals > dstEnd) return LZ4_OVERFLOW;
    if (literals < 32) {
      for (let i = 0; i < literals; i++) dst[d + i] = src[s + i]!;
    } else {
      dst.set(src.subarray(s, s + literals), d);
    }
    s += literals;
    d += literals;
    // The last sequence of a block has literals only.
    if (s === srcEnd) break;
    if (s + 2 > srcEnd) return LZ4_CORRUPT;
    const offset = src[s]! | (src[s + 1]! << 8);
    s += 2;
    if (offset === 0 || offset > d) return LZ4_CORRUPT;
    let matchLength = (token & 15) + 4;
    if (matchLength === 19) {
      let b: number;
      do {
        if (s >= srcEnd) return LZ4_CORRUPT;
        b = src[s++]!;
        matchLength += b;
      } while (b === 255);
    }
    if (d + matchLength > dstEnd) return LZ4_OVERFLOW;
    let from = d - offset;
    if (offset >= matchLength && matchLength >= 32) {
      dst.copyWithin(d, from, from + matchLength);
      d += matchLength;
    } else {
      // Overlapping copies repeat the pattern byte by byte, as the format intends.
      const end = d + matchLength;
      while (d < end) dst[d++] = dst[from++]!;
    }
  }
  return d;
}
