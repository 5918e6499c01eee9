/**
 * The default key -> partition functions of the clients under test (FACTS.md section 7), implemented here from
 * their definitions (compat-tests may not import protocol/): the checks compute where a keyed record must land.
 */

/** MurmurHash2 32-bit as Kafka's Java client computes it (seed 0x9747b28c); returns a signed int32. */
export function murmur2(data: Buffer): number {
  const m = 0x5bd1e995;
  const r = 24;
  const length = data.length;
  let h = (0x9747b28c ^ length) | 0;
  const length4 = length & ~3;
  for (let i = 0; i < length4; i += 4) {
    let k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    k = Math.imul(k, m);
    k ^= k >>> r;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
  }
  const rest = length & 3;
  if (rest === 3) h ^= data[length4 + 2]! << 16;
  if (rest >= 2) h ^= data[length4 + 1]! << 8;
  if (rest >= 1) {
    h ^= data[length4]!;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

const crcTable = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, zlib's), unsigned: librdkafka's rd_crc32 used by the consistent_random partitioner. */
export function crc32(data: Buffer): number {
  let c = -1;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** FNV-1a 32-bit (Go's hash/fnv New32a), unsigned. */
export function fnv1a32(data: Buffer): number {
  let h = 0x811c9dc5;
  for (const byte of data) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h >>> 0;
}

export type PartitionerName = 'murmur2-java' | 'murmur2-unsigned' | 'crc32' | 'fnv1a-sarama' | 'fnv1a-uint';

export const partitioners: Record<PartitionerName, { describe: string; partition(key: Buffer, n: number): number }> = {
  'murmur2-java': {
    describe: '(murmur2(key) & 0x7fffffff) % n (Java client, kafkajs, kafka-python)',
    partition: (key, n) => (murmur2(key) & 0x7fffffff) % n,
  },
  'murmur2-unsigned': {
    describe: '(murmur2(key) >>> 0) % n (@platformatic/kafka default)',
    partition: (key, n) => (murmur2(key) >>> 0) % n,
  },
  crc32: {
    describe: 'crc32(key) % n (librdkafka consistent_random)',
    partition: (key, n) => crc32(key) % n,
  },
  'fnv1a-sarama': {
    describe: 'abs(int32(fnv1a(key)) % n) (sarama NewHashPartitioner)',
    partition: (key, n) => Math.abs((fnv1a32(key) | 0) % n),
  },
  'fnv1a-uint': {
    describe: 'fnv1a(key) % n (kafka-go Hash balancer on 64-bit)',
    partition: (key, n) => fnv1a32(key) % n,
  },
};
