import { type ProduceRequest, type ProduceResponse, ProduceResponseCodec } from '../../protocol/generated';
import type { ProducePartitionResult } from '../../replication';
import { ErrorCode } from '../errors';
import { produceImplicitAdder, produceVerifier } from '../transactions/produce-verification';
import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { produceThrottleMs } from './quota-throttle';
import { answerTopicKey, isUnknownTopicId, nameTopicsById } from './topic-ids';
import { type ApiHandler, type HandlerContext, type NoResponse, noResponse } from './types';

type PartitionResponse = ProduceResponse['responses'][number]['partitionResponses'][number];

const PRODUCE_CHAIN = 'produce.chain';
/** Produce names topics by id from v13 on (KIP-516). */
const FIRST_TOPIC_ID_VERSION = 13;

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
 * Kafka sends an error message only for a RecordValidationException, the rejection that names records
 * (INVALID_RECORD, INVALID_TIMESTAMP: LogAppendResult.hasCustomErrorMessage); every other error (too large,
 * corrupt, not enough replicas, internal topic...) goes with a null message, its text stays in the broker.
 */
function toResponse(r: ProducePartitionResult, version: number): PartitionResponse {
  const errorMessage = r.recordErrors.length > 0 ? r.errorMessage : null;
  return {
    ...partitionResponse(r.partition, r.errorCode, errorMessage),
    baseOffset: BigInt(r.baseOffset),
    logAppendTimeMs: BigInt(r.logAppendTime),
    logStartOffset: BigInt(r.logStartOffset),
    recordErrors: r.recordErrors.map((e) => ({ batchIndex: e.batchIndex, batchIndexErrorMessage: e.message })),
    // NOT_LEADER_OR_FOLLOWER: the leader this broker knows (a v10+ tagged field: older versions cannot carry it,
    // and the encoder refuses a non-default value there; its endpoint goes in NodeEndpoints once brokers know
    // each other's listeners).
    currentLeader: r.currentLeader && version >= 10 ? { ...r.currentLeader } : { leaderId: -1, leaderEpoch: -1 },
  };
}

/**
 * Produce (0), v0-13: decode -> replica manager -> encode. v12 is v11 on the wire; in a transaction it is KIP-890
 * transaction version 2: the partition joins the transaction here (produce-verification.ts), the client sends no
 * AddPartitionsToTxn. v13 names topics by id (an unknown id: UNKNOWN_TOPIC_ID, topic-ids.ts). The replica manager
 * (replication/) validates each partition's records through storage's log validator (framing, CRC, legacy
 * up-conversion, compression, timestamps, max.message.bytes), enforces min.insync.replicas, appends as leader and,
 * for acks=all (and topics whose flush.messages asks for an fsync), answers once the high watermark and the disk
 * caught up. acks=0 gets no response, and the connection is closed when a partition failed so the producer
 * refreshes its metadata (Kafka's behaviour).
 */
export const produceHandler: ApiHandler<ProduceRequest, ProduceResponse> = {
  apiKey: 0,
  minVersion: 0,
  maxVersion: 13,
  handle(request, ctx) {
    nameTopicsById(ctx, FIRST_TOPIC_ID_VERSION, request.topicData);
    // Requests on one connection append in arrival order even when one of them needs asynchronous work
    // (up-conversion, recompression, transaction verification): producers pipeline and rely on per-partition
    // order. Kafka keeps it by processing one request per connection at a time, response included; here the
    // next request waits only for this one's appends, not for its acks=all wait on the followers, so a
    // producer's in-flight requests replicate together instead of one replication round trip after another
    // (the connection still answers in arrival order). What each request appends, and what it answers, is
    // the same either way.
    const previous = (ctx.connection.state.get(PRODUCE_CHAIN) as Promise<unknown> | undefined) ?? Promise.resolve();
    let appended = () => {};
    const appendsDone = new Promise<void>((resolve) => {
      appended = resolve;
    });
    const result = previous.then(() => produce(request, ctx, appended));
    ctx.connection.state.set(PRODUCE_CHAIN, Promise.race([appendsDone, result.catch(() => {})]));
    return result;
  },
  errorResponse(request, errorCode, ctx) {
    const response = ProduceResponseCodec.defaults();
    response.responses = request.topicData.map((t) => ({
      ...answerTopicKey(ctx, FIRST_TOPIC_ID_VERSION, t),
      partitionResponses: t.partitionData.map((p) => partitionResponse(p.index, errorCode)),
    }));
    return response;
  },
};

/**
 * What the leader asks the transaction coordinator before a transactional batch opens a transaction on a
 * partition (Kafka's transactionSupportedOperation by Produce version): v12+ adds the partition (TV2), older
 * versions only verify it when transaction.partition.verification.enable is on.
 */
function transactionCheck(request: ProduceRequest, ctx: HandlerContext) {
  if (!request.transactionalId) return {};
  if (ctx.version >= 12) {
    return { verifyTransaction: produceImplicitAdder(ctx.broker.transactions, request.transactionalId, ctx.version) };
  }
  if (!ctx.broker.config.bool('transaction.partition.verification.enable')) return {};
  return { verifyTransaction: produceVerifier(ctx.broker.transactions, request.transactionalId, ctx.version) };
}

/** Appends and answers one Produce; `appended` is called once its records are in the logs (see the handler). */
async function produce(
  request: ProduceRequest,
  ctx: HandlerContext,
  appended: () => void,
): Promise<ProduceResponse | NoResponse> {
  const response = ProduceResponseCodec.defaults();
  const validAcks = request.acks === 0 || request.acks === 1 || request.acks === -1;
  if (!validAcks) {
    response.responses = request.topicData.map((t) => ({
      ...answerTopicKey(ctx, FIRST_TOPIC_ID_VERSION, t),
      partitionResponses: t.partitionData.map((p) => partitionResponse(p.index, ErrorCode.InvalidRequiredAcks)),
    }));
    return request.acks === 0 ? noResponse() : response;
  }
  // No authorizer: nothing refused, and nothing spent finding out.
  let refused: Set<string> | null = null;
  if (ctx.broker.authorizer !== null) {
    const refusals = produceRefusals(request, ctx);
    if (!(refusals instanceof Set)) {
      return request.acks === 0 ? noResponse('transactional id not authorized') : refusals;
    }
    if (refusals.size > 0) refused = refusals;
  }
  // KafkaApis: an unknown topic id is answered before the topic's authorization is looked at.
  const unknownId = (t: ProduceRequest['topicData'][number]) => isUnknownTopicId(ctx, FIRST_TOPIC_ID_VERSION, t);
  const permitted = request.topicData.filter((t) => !unknownId(t) && !refused?.has(t.name));
  const results = await ctx.broker.topics.replicas.appendRecords({
    entries: permitted.flatMap((t) =>
      t.partitionData.map((p) => ({ topic: t.name, partition: p.index, records: p.records })),
    ),
    requiredAcks: request.acks,
    timeoutMs: request.timeoutMs,
    produceVersion: ctx.version,
    ...transactionCheck(request, ctx),
    onAppended: appended,
  });
  let failed: string | null = null;
  let at = 0;
  const { metrics } = ctx.broker;
  for (const topicData of request.topicData) {
    const topicKey = answerTopicKey(ctx, FIRST_TOPIC_ID_VERSION, topicData);
    const refusal = unknownId(topicData)
      ? ErrorCode.UnknownTopicId
      : refused?.has(topicData.name)
        ? ErrorCode.TopicAuthorizationFailed
        : null;
    if (refusal !== null) {
      failed ??= `acks=0 produce to topic ${topicData.name || topicData.topicId} failed with error ${refusal}`;
      response.responses.push({
        ...topicKey,
        partitionResponses: topicData.partitionData.map((p) => partitionResponse(p.index, refusal)),
      });
      continue;
    }
    const partitionResponses: PartitionResponse[] = [];
    for (const partitionData of topicData.partitionData) {
      const result = results[at++]!;
      if (result.errorCode !== ErrorCode.None && failed === null) {
        failed = `acks=0 produce to ${result.topic}-${result.partition} failed with error ${result.errorCode}`;
      }
      // appended, even if acks=all then timed out waiting for replicas (Kafka counts at the append too)
      if (result.recordCount > 0)
        metrics.recordAppended(topicData.name, result.recordCount, partitionData.records?.length ?? 0);
      partitionResponses.push(toResponse(result, ctx.version));
    }
    response.responses.push({ ...topicKey, partitionResponses });
  }
  response.responses = inKafkaOrder(response.responses);
  // producer_byte_rate: the whole request counts, acks=0 included (its connection is muted all the same).
  response.throttleTimeMs = produceThrottleMs(ctx);
  if (request.acks === 0) return noResponse(failed ?? undefined);
  return response;
}

/**
 * The partitions in the order Kafka's answer lists them: those that went to the log first, then those refused
 * (TOPIC_AUTHORIZATION_FAILED), then those of topics or partitions that do not exist, each group in request order
 * (KafkaApis.handleProduceRequest merges its maps in that order, and ProduceResponse groups partitions under their
 * topic by first appearance; Kafka keeps that order for the few partitions of a request like this, larger maps
 * iterate in hash order).
 */
function inKafkaOrder(responses: ProduceResponse['responses']): ProduceResponse['responses'] {
  const stage = (errorCode: number) =>
    errorCode === ErrorCode.TopicAuthorizationFailed
      ? 1
      : errorCode === ErrorCode.UnknownTopicId || errorCode === ErrorCode.UnknownTopicOrPartition
        ? 2
        : 0;
  const entries = responses.flatMap((topic) => topic.partitionResponses.map((partition) => ({ topic, partition })));
  if (entries.every((e) => stage(e.partition.errorCode) === 0)) return responses;
  entries.sort((a, b) => stage(a.partition.errorCode) - stage(b.partition.errorCode));
  const ordered = new Map<ProduceResponse['responses'][number], ProduceResponse['responses'][number]>();
  for (const { topic, partition } of entries) {
    const answer = ordered.get(topic) ?? { ...topic, partitionResponses: [] };
    answer.partitionResponses.push(partition);
    ordered.set(topic, answer);
  }
  return [...ordered.values()];
}

/**
 * KafkaApis.handleProduceRequest's checks: WRITE on the transactional id, else every partition
 * TRANSACTIONAL_ID_AUTHORIZATION_FAILED (the answer returned); WRITE on each topic, else its partitions
 * TOPIC_AUTHORIZATION_FAILED while the permitted ones are appended (the refused topics returned).
 */
function produceRefusals(request: ProduceRequest, ctx: HandlerContext): ProduceResponse | Set<string> {
  const id = request.transactionalId;
  if (id !== null && !authorize(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, id)) {
    return produceHandler.errorResponse!(request, ErrorCode.TransactionalIdAuthorizationFailed, ctx);
  }
  const refused = new Set<string>();
  for (const t of request.topicData) {
    if (isUnknownTopicId(ctx, FIRST_TOPIC_ID_VERSION, t)) continue;
    if (!authorize(ctx, AclOperation.WRITE, ResourceType.TOPIC, t.name)) refused.add(t.name);
  }
  return refused;
}
