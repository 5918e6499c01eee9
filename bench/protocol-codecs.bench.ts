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
import { type Benchmark, type BenchLine, interleavedOpsPerSecond, MiB } from './harness';

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
        topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
        partitionData: Array.from({ length: PARTITIONS }, (_, index) => ({ index, records: batch(index) })),
      },
    ],
  };
}

/** Decode and encode throughput of one frame, each as a ratio to copying it (operations per second in). */
function codecLines(
  label: string,
  frameMiB: number,
  ops: { copy: number; decode: number; encode: number },
): BenchLine[] {
  return [
    {
      name: `${label} decode`,
      value: ops.decode * frameMiB,
      unit: 'MiB/s',
      ratio: { value: ops.decode / ops.copy, against: 'Buffer copy', goal: 1 },
    },
    {
      name: `${label} encode`,
      value: ops.encode * frameMiB,
      unit: 'MiB/s',
      ratio: { value: ops.encode / ops.copy, against: 'Buffer copy', goal: 0.5 },
    },
  ];
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
      const [copy, decode, encode] = interleavedOpsPerSecond([
        () => Buffer.from(frame),
        () => decodeRequest(unframed),
        () => encodeRequest(header, body),
      ]) as [number, number, number];
      const label = `Produce v${version} (${PARTITIONS} x ${(batchSize / 1024).toFixed(0)} KiB batches)`;
      lines.push({ name: `Buffer copy of a ${label} frame`, value: copy * mb, unit: 'MiB/s' });
      lines.push(...codecLines(label, mb, { copy, decode, encode }));
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
      const [copy, decode, encode] = interleavedOpsPerSecond([
        () => Buffer.from(frame),
        () => decodeResponse(1, version, unframed),
        () => encodeResponse(1, version, 1, response),
      ]) as [number, number, number];
      const label = `Fetch v${version} response (${PARTITIONS} x ${(batchSize / 1024).toFixed(0)} KiB batches)`;
      lines.push(...codecLines(label, mb, { copy, decode, encode }));
    }
    return lines;
  },
};

export default benchmark;
