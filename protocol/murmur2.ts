/**
 * murmur2 exactly as Kafka's Java client computes it (org.apache.kafka.common.utils.Utils.murmur2), used by the
 * default partitioner for keyed records: MurmurHash2 32-bit, seed 0x9747b28c, m 0x5bd1e995, r 24, 4-byte
 * little-endian chunks, tail bytes, final mix. Returns the signed int32 Java returns.
 */
const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

export function murmur2(data: Uint8Array): number {
  const length = data.length;
  let h = SEED ^ length;
  const chunks = length & ~3;
  for (let i = 0; i < chunks; i += 4) {
    let k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }
  // Java's switch falls through from the highest remaining byte down.
  const tail = length & 3;
  if (tail === 3) h ^= data[chunks + 2]! << 16;
  if (tail >= 2) h ^= data[chunks + 1]! << 8;
  if (tail >= 1) {
    h ^= data[chunks]!;
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Java's Utils.toPositive: masks the sign bit (not Math.abs). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/** Partition of a non-null key under Kafka's default partitioner: toPositive(murmur2(key)) % numPartitions. */
export function defaultPartition(key: Uint8Array, numPartitions: number): number {
  if (!Number.isInteger(numPartitions) || numPartitions <= 0)
    throw new RangeError(`bad partition count ${numPartitions}`);
  return toPositive(murmur2(key)) % numPartitions;
}
