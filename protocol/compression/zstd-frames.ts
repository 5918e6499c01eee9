import { corrupt } from './types';

/**
 * Walks the frames and block headers of a zstd stream without decompressing anything, to learn an upper bound
 * of the decompressed size before a decoder allocates it: a frame's declared content size when present, else
 * the sum of its blocks' largest possible outputs (raw and RLE blocks state their size; a compressed block
 * yields at most 128 KiB, the format's Block_Maximum_Size).
 */
const FRAME_MAGIC = 0xfd2fb528;
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const BLOCK_MAX = 128 * 1024;
const FCS_SIZES = [0, 2, 4, 8];

export interface ZstdBound {
  /** Upper bound of the decompressed size (declared sizes where given, block maxima elsewhere). */
  maxBytes: number;
  /** True when every frame declared its content size, so maxBytes is exact for valid input. */
  allDeclared: boolean;
}

/** Throws CompressionError('corrupt') when the frame structure itself is broken. */
export function zstdBound(data: Uint8Array): ZstdBound {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const need = (at: number, n: number, what: string) => {
    if (at + n > data.length) throw corrupt('zstd', `truncated ${what} at byte ${at}`);
  };
  if (data.length === 0) throw corrupt('zstd', 'empty input');
  let s = 0;
  let maxBytes = 0;
  let allDeclared = true;
  while (s < data.length) {
    need(s, 4, 'magic');
    const magic = view.getUint32(s, true);
    if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      need(s, 8, 'skippable frame');
      s += 8 + view.getUint32(s + 4, true);
      if (s > data.length) throw corrupt('zstd', 'truncated skippable frame');
      continue;
    }
    if (magic !== FRAME_MAGIC) throw corrupt('zstd', `bad frame magic 0x${magic.toString(16)} at byte ${s}`);
    need(s, 5, 'frame header');
    const fhd = data[s + 4]!;
    if (fhd & 0x08) throw corrupt('zstd', 'reserved frame header bit set');
    const singleSegment = (fhd & 0x20) !== 0;
    const fcsFlag = fhd >>> 6;
    const dictIdSize = [0, 1, 2, 4][fhd & 3]!;
    const fcsSize = fcsFlag === 0 && singleSegment ? 1 : FCS_SIZES[fcsFlag]!;
    let p = s + 5 + (singleSegment ? 0 : 1) + dictIdSize;
    need(p, fcsSize, 'frame content size');
    let declared = -1;
    if (fcsSize === 1) declared = data[p]!;
    else if (fcsSize === 2) declared = view.getUint16(p, true) + 256;
    else if (fcsSize === 4) declared = view.getUint32(p, true);
    else if (fcsSize === 8) declared = Number(view.getBigUint64(p, true));
    p += fcsSize;
    let blockBound = 0;
    for (;;) {
      need(p, 3, 'block header');
      const header = data[p]! | (data[p + 1]! << 8) | (data[p + 2]! << 16);
      p += 3;
      const last = header & 1;
      const type = (header >>> 1) & 3;
      const size = header >>> 3;
      if (type === 3) throw corrupt('zstd', 'reserved block type');
      if (type === 1) {
        need(p, 1, 'RLE block');
        blockBound += size;
        p += 1;
      } else {
        if (type === 2 && size > BLOCK_MAX) throw corrupt('zstd', `compressed block of ${size} bytes`);
        need(p, size, 'block');
        blockBound += type === 0 ? size : BLOCK_MAX;
        p += size;
      }
      if (last) break;
    }
    if (fhd & 0x04) {
      need(p, 4, 'content checksum');
      p += 4;
    }
    if (declared < 0) allDeclared = false;
    maxBytes += declared >= 0 ? Math.min(declared, blockBound) : blockBound;
    s = p;
  }
  return { maxBytes, allDeclared };
}
