import { type ProduceRequest, type ProduceResponse, ProduceResponseCodec } from '../../protocol/generated';
import {
  CompressionCodec,
  decodeRecordBatch,
  encodeRecordBatch,
  upConvertMessageSet,
  validateProduceRecords,
} from '../../protocol/records';
import { RecordBatchHeader } from '../../protocol/records/batch-header';
import { ErrorCode, errorCodeOf } from '../errors';
import { INTERNAL_TOPICS } from '../topics/names';
import { LEADER_EPOCH } from '../topics/storage-adapter';
import { type ApiHandler, type HandlerContext, type NoResponse, noResponse } from './types';

type PartitionResponse = ProduceResponse['responses'][number]['partitionResponses'][number];

/** Long.MAX_VALUE as a number (anything at or above it means "no limit"). */
const PRODUCE_CHAIN = 'produce.chain';

const LONG_MAX_MS = 2 ** 63;

function partitionResponse(index: number, errorCode: number, errorMessage: string | null = null): PartitionResponse {
  return {
    index,
    errorCode,
    baseOffset: -1n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    recordErrors: [],
    errorMessage,
    currentLeader: { leaderId: -1, leaderEpoch: -1 },
  };
}

/**
 * Produce (0), v0-11. Each partition's `records` is validated from the batch header only (protocol/records):
 * v3+ one magic-2 batch, CRC, counts, zstd only from v7; v0-2 legacy message sets are up-converted to one v2
 * batch. A batch above the topic's max.message.bytes gets MESSAGE_TOO_LARGE (Kafka's RecordTooLargeException).
 * Records stay opaque: storage assigns offsets in place. acks=0 gets no response, and the connection is closed
 * when a partition failed so the producer refreshes its metadata (Kafka's behaviour). With one replica,
 * acks=1 and acks=-1 are both satisfied by the local append.
 */
export const produceHandler: ApiHandler<ProduceRequest, ProduceResponse> = {
  apiKey: 0,
  minVersion: 0,
  maxVersion: 11,
  handle(request, ctx) {
    // Requests on one connection append in arrival order even when one of them needs asynchronous work
    // (up-conversion, recompression): producers pipeline and rely on per-partition order, as Kafka keeps it
    // by processing one request per connection at a time.
    const previous = (ctx.connection.state.get(PRODUCE_CHAIN) as Promise<unknown> | undefined) ?? Promise.resolve();
    const result = previous.then(() => produce(request, ctx));
    ctx.connection.state.set(
      PRODUCE_CHAIN,
      result.catch(() => {}),
    );
    return result;
  },
  errorResponse(request, errorCode) {
    const response = ProduceResponseCodec.defaults();
    response.responses = request.topicData.map((t) => ({
      name: t.name,
      partitionResponses: t.partitionData.map((p) => partitionResponse(p.index, errorCode)),
    }));
    return response;
  },
};

async function produce(request: ProduceRequest, ctx: HandlerContext): Promise<ProduceResponse | NoResponse> {
  const response = ProduceResponseCodec.defaults();
  let failed: string | null = null;
  const validAcks = request.acks === 0 || request.acks === 1 || request.acks === -1;
  for (const topicData of request.topicData) {
    const partitionResponses: PartitionResponse[] = [];
    for (const p of topicData.partitionData) {
      const result = validAcks
        ? await appendPartition(topicData.name, p.index, p.records, request.acks, ctx)
        : partitionResponse(p.index, ErrorCode.InvalidRequiredAcks);
      if (result.errorCode !== ErrorCode.None && failed === null) {
        failed = `acks=0 produce to ${topicData.name}-${p.index} failed with error ${result.errorCode}`;
      }
      partitionResponses.push(result);
    }
    response.responses.push({ name: topicData.name, partitionResponses });
  }
  if (request.acks === 0) return noResponse(failed ?? undefined);
  return response;
}

async function appendPartition(
  topicName: string,
  index: number,
  records: Buffer | null,
  acks: number,
  ctx: HandlerContext,
): Promise<PartitionResponse> {
  const { broker, version } = ctx;
  const topic = broker.topics.get(topicName);
  const log = topic ? broker.topics.partition(topicName, index) : undefined;
  if (!topic || !log) return partitionResponse(index, ErrorCode.UnknownTopicOrPartition);
  if (INTERNAL_TOPICS.has(topicName)) {
    return partitionResponse(index, ErrorCode.InvalidTopicException, `Cannot append to internal topic ${topicName}`);
  }
  const maxBytes = log.config.maxMessageBytes;
  const check = validateProduceRecords(records, version);
  if (!check.ok) {
    const response = partitionResponse(index, check.errorCode, check.message);
    if (check.errorCode === ErrorCode.InvalidRecord)
      response.recordErrors = [{ batchIndex: 0, batchIndexErrorMessage: check.message }];
    return response;
  }
  let batch: Buffer;
  try {
    if (check.format === 'legacy') {
      batch = await upConvertMessageSet(records!);
    } else {
      batch = records!.subarray(0, check.header.sizeInBytes);
    }
  } catch (error) {
    return partitionResponse(index, errorCodeOf(error), (error as Error).message);
  }
  if (batch.length > maxBytes) {
    return partitionResponse(
      index,
      ErrorCode.MessageTooLarge,
      `The record batch size in the append to ${topicName}-${index} is ${batch.length} bytes which exceeds the maximum configured value of ${maxBytes}.`,
    );
  }
  const configs = broker.topics.configsOf(topic);
  if (acks === -1 && Number(configs['min.insync.replicas'] ?? 1) > 1) {
    // One replica in sync (this node): fewer than min.insync.replicas, so acks=all cannot be honoured.
    return partitionResponse(
      index,
      ErrorCode.NotEnoughReplicas,
      `The size of the current ISR 1 is insufficient to satisfy the min.isr requirement of ${configs['min.insync.replicas']} for partition ${topicName}-${index}`,
    );
  }
  try {
    batch = await recompressIfNeeded(batch, configs['compression.type'] ?? 'producer');
  } catch (error) {
    return partitionResponse(index, errorCodeOf(error), (error as Error).message);
  }
  try {
    await repairMissingMaxTimestamp(batch);
  } catch (error) {
    return partitionResponse(index, errorCodeOf(error), (error as Error).message);
  }
  const timestampProblem = checkTimestamps(batch, configs, broker.now());
  if (timestampProblem) {
    const response = partitionResponse(index, ErrorCode.InvalidTimestamp, timestampProblem);
    if (version >= 8) response.recordErrors = [{ batchIndex: 0, batchIndexErrorMessage: timestampProblem }];
    return response;
  }
  try {
    const appended = log.append(batch, { leaderEpoch: LEADER_EPOCH, now: broker.now() });
    log.setHighWatermark(log.logEndOffset);
    broker.topics.notifyAppend(topicName, index);
    return {
      ...partitionResponse(index, ErrorCode.None),
      baseOffset: BigInt(appended.firstOffset),
      logAppendTimeMs: BigInt(appended.logAppendTime),
      logStartOffset: BigInt(appended.logStartOffset),
    };
  } catch (error) {
    const code = errorCodeOf(error);
    if (code === ErrorCode.UnknownServerError || code === ErrorCode.KafkaStorageError) {
      ctx.log.error('append failed', { topic: topicName, partition: index, error: (error as Error).message });
    }
    return partitionResponse(index, code, (error as Error).message);
  }
}

const TARGET_CODECS: Record<string, CompressionCodec> = {
  uncompressed: CompressionCodec.None,
  gzip: CompressionCodec.Gzip,
  snappy: CompressionCodec.Snappy,
  lz4: CompressionCodec.Lz4,
  zstd: CompressionCodec.Zstd,
};

/**
 * A topic whose compression.type is not `producer` stores batches in that codec: like Kafka's LogValidator,
 * a batch in another codec is decompressed and recompressed (the only time the produce path decodes records).
 */
async function recompressIfNeeded(batch: Buffer, compressionType: string): Promise<Buffer> {
  const target = TARGET_CODECS[compressionType];
  if (target === undefined || new RecordBatchHeader(batch, 0).compression === target) return batch;
  const decoded = await decodeRecordBatch(batch);
  return encodeRecordBatch({
    compression: target,
    timestampType: decoded.timestampType,
    isTransactional: decoded.isTransactional,
    producerId: decoded.producerId,
    producerEpoch: decoded.producerEpoch,
    baseSequence: decoded.baseSequence,
    baseTimestamp: decoded.baseTimestamp,
    maxTimestamp: decoded.maxTimestamp,
    records: decoded.records.map((r) => ({
      offsetDelta: r.offsetDelta,
      timestampDelta: r.timestampDelta,
      key: r.key,
      value: r.value,
      headers: r.headers,
    })),
  });
}

/**
 * Kafka's LogValidator recomputes a CreateTime batch's maxTimestamp from its records; Brook keeps records
 * opaque and trusts the header, except when the header cannot be right: records present but no max
 * timestamp (-1). sarama 1.22 sends exactly that, and ListOffsets by time would then never find its records.
 */
async function repairMissingMaxTimestamp(batch: Buffer): Promise<void> {
  const header = new RecordBatchHeader(batch, 0);
  if (header.hasLogAppendTime || header.maxTimestamp >= 0n || header.recordsCount === 0) return;
  const { records } = await decodeRecordBatch(batch);
  const max = records.reduce((m, r) => (r.timestamp > m ? r.timestamp : m), -1n);
  if (max >= 0n) header.setMaxTimestamp(max);
}

/** message.timestamp.before/after.max.ms, checked on the batch's first and max timestamps (CreateTime only). */
function checkTimestamps(batch: Buffer, configs: Record<string, string>, now: number): string | null {
  if (configs['message.timestamp.type'] !== 'CreateTime') return null;
  const before = Number(configs['message.timestamp.before.max.ms'] ?? LONG_MAX_MS);
  const after = Number(configs['message.timestamp.after.max.ms'] ?? LONG_MAX_MS);
  if (before >= LONG_MAX_MS && after >= LONG_MAX_MS) return null;
  const header = new RecordBatchHeader(batch, 0);
  const first = Number(header.baseTimestamp);
  const last = Number(header.maxTimestamp);
  if (first >= 0 && now - first > before) {
    return `Timestamp ${first} of the batch is out of range: more than ${before} ms in the past`;
  }
  if (last - now > after) return `Timestamp ${last} of the batch is out of range: more than ${after} ms in the future`;
  return null;
}
