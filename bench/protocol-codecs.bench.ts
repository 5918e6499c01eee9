import {
  decodeRequest,
  decodeResponse,
  defaultFetchResponsePartitionData,
  encodeRequest,
  encodeResponse,
  FetchResponseCodec,
  type ProduceRequest,
} from '../protocol';
import { encodeRecordBatchSync } from '../protocol/records';
import { type Benchmark, type BenchLine, MiB, opsPerSecond } from './harness';

/**
 * Produce request (v9 flexible, v7 classic) and Fetch response (v12, v11) codec throughput with 16 KiB record
 * batches, against a plain Buffer copy of the same bytes measured in the same run. Decoding slices records out
 * of the frame (no copy), so it should beat the copy; encoding copies each batch once into the frame. Copy and
 * codec rounds are interleaved and the best of each kept, since the machine is shared.
 */
const PARTITIONS = 8;
const BATCH_BYTES = 16 * 1024;

function batch(partition: number): Buffer {
  const records = [];
  let size = 61;
  for (let i = 0; size < BATCH_BYTES - 160; i++) {
    const value = Buffer.alloc(100, 97 + ((i + partition) % 26));
    const key = Buffer.from(`key-${partition}-${i}`);
    records.push({ key, value, timestamp: 1_700_000_000_000 + i, headers: [] });
    size += value.length + key.length + 12;
  }
  return encodeRecordBatchSync({ records });
}

function produce(): ProduceRequest {
  return {
    transactionalId: null,
    acks: -1,
    timeoutMs: 30_000,
    topicData: [
      {
        name: 'bench-topic',
        partitionData: Array.from({ length: PARTITIONS }, (_, index) => ({ index, records: batch(index) })),
      },
    ],
  };
}

const benchmark: Benchmark = {
  name: 'protocol',
  async run(): Promise<BenchLine[]> {
    const lines: BenchLine[] = [];
    const body = produce();
    const batchSize = body.topicData[0]!.partitionData[0]!.records!.length;
    for (const version of [9, 7]) {
      const header = { apiKey: 0, apiVersion: version, correlationId: 1, clientId: 'bench-producer' };
      const frame = encodeRequest(header, body);
      const unframed = frame.subarray(4);
      const mb = frame.length / MiB;
      // Interleaved rounds, best of each: the machine is shared, so a slow round says nothing about the code.
      let copy = 0;
      let decode = 0;
      let encode = 0;
      for (let round = 0; round < 3; round++) {
        copy = Math.max(
          copy,
          opsPerSecond(() => Buffer.from(frame), 300),
        );
        decode = Math.max(
          decode,
          opsPerSecond(() => decodeRequest(unframed), 300),
        );
        encode = Math.max(
          encode,
          opsPerSecond(() => encodeRequest(header, body), 300),
        );
      }
      const label = `Produce v${version} (${PARTITIONS} x ${(batchSize / 1024).toFixed(0)} KiB batches)`;
      lines.push({ name: `Buffer copy of a ${label} frame`, value: copy * mb, unit: 'MB/s' });
      lines.push({
        name: `${label} decode`,
        value: decode * mb,
        unit: 'MB/s',
        ratio: { value: decode / copy, against: 'Buffer copy', goal: 1 },
      });
      lines.push({
        name: `${label} encode`,
        value: encode * mb,
        unit: 'MB/s',
        ratio: { value: encode / copy, against: 'Buffer copy', goal: 0.5 },
      });
    }
    // The broker's hottest encode: a Fetch response carrying the same batches (v12 flexible, v11 classic).
    for (const version of [12, 11]) {
      const response = FetchResponseCodec.defaults();
      response.responses.push({
        topic: 'bench-topic',
        topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
        partitions: body.topicData[0]!.partitionData.map((p) => ({
          ...defaultFetchResponsePartitionData(),
          partitionIndex: p.index,
          highWatermark: 1000n,
          lastStableOffset: 1000n,
          logStartOffset: 0n,
          records: p.records,
        })),
      });
      const frame = encodeResponse(1, version, 1, response);
      const unframed = frame.subarray(4);
      const mb = frame.length / MiB;
      let copy = 0;
      let decode = 0;
      let encode = 0;
      for (let round = 0; round < 3; round++) {
        copy = Math.max(
          copy,
          opsPerSecond(() => Buffer.from(frame), 300),
        );
        decode = Math.max(
          decode,
          opsPerSecond(() => decodeResponse(1, version, unframed), 300),
        );
        encode = Math.max(
          encode,
          opsPerSecond(() => encodeResponse(1, version, 1, response), 300),
        );
      }
      const label = `Fetch v${version} response (${PARTITIONS} x ${(batchSize / 1024).toFixed(0)} KiB batches)`;
      lines.push({
        name: `${label} decode`,
        value: decode * mb,
        unit: 'MB/s',
        ratio: { value: decode / copy, against: 'Buffer copy', goal: 1 },
      });
      lines.push({
        name: `${label} encode`,
        value: encode * mb,
        unit: 'MB/s',
        ratio: { value: encode / copy, against: 'Buffer copy', goal: 0.5 },
      });
    }
    return lines;
  },
};

export default benchmark;
