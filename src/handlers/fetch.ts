import { AclOperation, CLUSTER_NAME, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { isFollowerFetch, quotaClient } from './quota-throttle';
import { encodeResponseChunks } from '../../protocol/frames';
import { METADATA_TOPIC, METADATA_TOPIC_ID } from '../../replication/raft/constants';
import {
  type FetchRequest,
  type FetchResponse,
  FetchResponseCodec,
  type FetchResponsePartitionData,
} from '../../protocol/generated';
import { downConvertRecordSet } from '../../protocol/records';
import { BatchOffset, CompressionCodec } from '../../protocol/records/batch-header';
import type { FetchPartitionData } from '../../replication';
import type { Isolation } from '../../storage';
import { ErrorCode, errorCodeOf } from '../errors';
import { FINAL_EPOCH, type FetchSession, INITIAL_EPOCH, partitionKey, type SessionPartition } from '../fetch/sessions';
import type { ApiHandler, HandlerContext } from './types';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
const READ_COMMITTED = 1;
const PARKED_FETCHES = 'fetch.parked';

/** One partition to read in this fetch. */
interface Wanted {
  topic: string;
  topicId: string;
  partition: number;
  fetchOffset: bigint;
  partitionMaxBytes: number;
  currentLeaderEpoch: number;
  /** A follower's Fetch v12+: the epoch of its last fetched batch (-1: none), checked for divergence. */
  lastFetchedEpoch: number;
  /** Set when the partition cannot be read at all (unknown topic id...). */
  errorCode?: number;
}

interface PartitionResult {
  wanted: Wanted;
  data: FetchResponsePartitionData;
  bytes: number;
}

/**
 * Fetch (1), v0-18: decode -> replica manager -> encode. The replica manager (replication/) reads, checks leader
 * epochs and long-polls (answers once `minBytes` are readable or `maxWaitMs` passed: a delayed fetch in its
 * purgatory, woken by offset changes; a closed connection completes it), within the response byte budget `maxBytes`
 * (v3+) and each partition's `partitionMaxBytes` (at least one whole batch for the first partition with data,
 * KIP-74), read_committed isolation up to the last stable offset, KIP-227 sessions (v7+), topic ids (v13+), and
 * down-conversion to message sets for v0-3. v18 adds the fetcher's high watermark (KIP-1166), which only KRaft's
 * metadata log uses: a partition's fetch leaves it aside. A batch that starts before the fetch offset is returned
 * whole; clients skip the records below their position.
 */
function isMetadataFetch(request: FetchRequest): boolean {
  const topic = request.topics[0];
  return request.topics.length === 1 && (topic!.topic === METADATA_TOPIC || topic!.topicId === METADATA_TOPIC_ID);
}

export const fetchHandler: ApiHandler<FetchRequest, FetchResponse> = {
  apiKey: 1,
  minVersion: 0,
  maxVersion: 18,
  async handle(request, ctx) {
    const { broker, version } = ctx;
    // The KRaft metadata log is fetched by the other voters (replication/raft answers, parking if idle).
    const quorum = broker.quorum;
    if (quorum && isMetadataFetch(request)) return quorum.raft.handleFetch(request);
    const response = FetchResponseCodec.defaults();
    // Sessions (v7+).
    let session: FetchSession | null = null;
    let incremental = false;
    if (version >= 7) {
      if (request.sessionEpoch === FINAL_EPOCH || request.sessionEpoch === INITIAL_EPOCH) {
        if (request.sessionId !== 0) broker.fetchSessions.remove(request.sessionId);
        if (request.sessionEpoch === INITIAL_EPOCH) session = broker.fetchSessions.create();
      } else {
        const found = broker.fetchSessions.lookup(request.sessionId, request.sessionEpoch);
        if (!found.session) {
          response.errorCode = found.errorCode;
          return response;
        }
        session = found.session;
        incremental = true;
      }
    }
    let wanted = resolveWanted(request, ctx, session, incremental);
    if (broker.authorizer !== null) wanted = withAuthorization(request, wanted, ctx);
    const isolation: Isolation =
      version >= 4 && request.isolationLevel === READ_COMMITTED ? 'committed' : 'high-watermark';
    const maxBytes = version >= 3 ? request.maxBytes : 0x7fffffff;
    const consumer = !isFollowerFetch(request, version);
    // consumer_byte_rate: one response never exceeds what the quota allows over a whole window (Kafka's
    // getMaxValueInQuotaWindow), else it would be throttled whatever the client did before.
    const quotaWindowBytes = consumer ? fetchQuotaWindowBytes(ctx) : Number.POSITIVE_INFINITY;
    const responseLimit = Math.min(maxBytes, broker.config.number('fetch.max.bytes'), quotaWindowBytes);
    let results = await fetchFromReplicas(request, wanted, ctx, isolation, responseLimit);
    if (session && incremental) results = results.filter((r) => hasNews(r, session!));
    // Group by topic, keeping request order.
    const byTopic = new Map<string, FetchResponse['responses'][number]>();
    for (const r of results) {
      const key = version >= 13 ? r.wanted.topicId : r.wanted.topic;
      let topic = byTopic.get(key);
      if (!topic) {
        topic = {
          topic: version >= 13 ? '' : r.wanted.topic,
          topicId: version >= 13 ? r.wanted.topicId : ZERO_UUID,
          partitions: [],
        };
        byTopic.set(key, topic);
        response.responses.push(topic);
      }
      topic.partitions.push(r.data);
    }
    if (session) response.sessionId = session.id;
    const throttleMs = consumer ? fetchThrottleMs(ctx, response) : 0;
    if (throttleMs > 0) {
      // Kafka's getThrottledResponse: nothing is sent (the bytes are taken back from the rate), the partitions'
      // positions in the session stay, an incremental session still moves to its next epoch and a new one is not kept.
      response.responses = [];
      response.throttleTimeMs = throttleMs;
      if (session && incremental) session.epoch = nextSessionEpoch(session.epoch);
      else if (session) {
        broker.fetchSessions.remove(session.id);
        response.sessionId = 0;
      }
      return response;
    }
    if (session) {
      for (const r of results) {
        const entry = session.partitions.get(partitionKey(r.wanted.topic, r.wanted.partition));
        if (!entry) continue;
        entry.lastHighWatermark = r.data.highWatermark;
        entry.lastLogStartOffset = r.data.logStartOffset;
        entry.lastStableOffset = r.data.lastStableOffset;
      }
      // A new session expects epoch 1 next; each incremental fetch moves the expected epoch on by one.
      if (incremental) session.epoch = nextSessionEpoch(session.epoch);
    }
    for (const r of results) broker.metrics.recordFetched(r.wanted.topic, r.bytes);
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = FetchResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};

/**
 * KafkaApis.handleFetchRequest's checks: a follower (replica id >= 0) needs CLUSTER_ACTION on the cluster, a
 * consumer READ on each topic; a partition refused is answered TOPIC_AUTHORIZATION_FAILED and not read.
 */
function withAuthorization(request: FetchRequest, wanted: Wanted[], ctx: HandlerContext): Wanted[] {
  const replicaId = ctx.version >= 15 ? (request.replicaState?.replicaId ?? -1) : request.replicaId;
  const follower = replicaId >= 0;
  const clusterAction = follower && authorize(ctx, AclOperation.CLUSTER_ACTION, ResourceType.CLUSTER, CLUSTER_NAME);
  const readable = new Map<string, boolean>();
  return wanted.map((w) => {
    if (w.errorCode !== undefined) return w;
    let allowed = clusterAction;
    if (!follower) {
      allowed = readable.get(w.topic) ?? authorize(ctx, AclOperation.READ, ResourceType.TOPIC, w.topic);
      readable.set(w.topic, allowed);
    }
    return allowed ? w : { ...w, errorCode: ErrorCode.TopicAuthorizationFailed };
  });
}

/** The partitions this fetch reads: from the request, or (incremental) the session updated by the request. */
function resolveWanted(
  request: FetchRequest,
  ctx: HandlerContext,
  session: FetchSession | null,
  incremental: boolean,
): Wanted[] {
  const { broker, version } = ctx;
  const fromRequest: Wanted[] = [];
  for (const t of request.topics) {
    let name = t.topic;
    let topicId = t.topicId;
    let errorCode: number | undefined;
    if (version >= 13) {
      const topic = broker.topics.getById(t.topicId);
      if (topic) name = topic.name;
      else errorCode = ErrorCode.UnknownTopicId;
    } else {
      topicId = broker.topics.get(name)?.topicId ?? ZERO_UUID;
    }
    for (const p of t.partitions) {
      fromRequest.push({
        topic: name,
        topicId,
        partition: p.partition,
        fetchOffset: p.fetchOffset,
        partitionMaxBytes: p.partitionMaxBytes,
        currentLeaderEpoch: p.currentLeaderEpoch,
        lastFetchedEpoch: version >= 12 ? p.lastFetchedEpoch : -1,
        errorCode,
      });
    }
  }
  if (!session) return fromRequest;
  if (!incremental) session.partitions.clear();
  for (const w of fromRequest) {
    if (w.errorCode !== undefined) continue;
    const key = partitionKey(w.topic, w.partition);
    const existing = session.partitions.get(key);
    const entry: SessionPartition = {
      topic: w.topic,
      topicId: w.topicId,
      partition: w.partition,
      fetchOffset: w.fetchOffset,
      partitionMaxBytes: w.partitionMaxBytes,
      currentLeaderEpoch: w.currentLeaderEpoch,
      lastFetchedEpoch: w.lastFetchedEpoch,
      logStartOffset: -1n,
      lastHighWatermark: existing?.lastHighWatermark ?? -1n,
      lastLogStartOffset: existing?.lastLogStartOffset ?? -1n,
      lastStableOffset: existing?.lastStableOffset ?? -1n,
    };
    session.partitions.set(key, entry);
  }
  if (incremental) {
    for (const forgotten of request.forgottenTopicsData) {
      const name = version >= 13 ? (broker.topics.getById(forgotten.topicId)?.name ?? '') : forgotten.topic;
      for (const p of forgotten.partitions) session.partitions.delete(partitionKey(name, p));
    }
  }
  // Partitions that could not be resolved (unknown topic ids) are answered with their error but not kept.
  const unresolved = fromRequest.filter((w) => w.errorCode !== undefined);
  return [...session.partitions.values()].map(toWanted).concat(unresolved);
}

function toWanted(p: SessionPartition): Wanted {
  return {
    topic: p.topic,
    topicId: p.topicId,
    partition: p.partition,
    fetchOffset: p.fetchOffset,
    partitionMaxBytes: p.partitionMaxBytes,
    currentLeaderEpoch: p.currentLeaderEpoch,
    lastFetchedEpoch: p.lastFetchedEpoch,
  };
}

/** An incremental response carries a partition only when something changed for its client. */
function hasNews(r: PartitionResult, session: FetchSession): boolean {
  if (r.bytes > 0 || r.data.errorCode !== ErrorCode.None) return true;
  const entry = session.partitions.get(partitionKey(r.wanted.topic, r.wanted.partition));
  if (!entry) return true;
  return (
    entry.lastHighWatermark !== r.data.highWatermark ||
    entry.lastLogStartOffset !== r.data.logStartOffset ||
    entry.lastStableOffset !== r.data.lastStableOffset
  );
}

/**
 * A partition that carries no data, every offset -1. `abortedTransactions` follows where Kafka decides the
 * answer: errors found before reading (unknown topic or partition, in KafkaApis: FetchResponse.partitionResponse)
 * get Java's generated default, an empty list; a read (ReplicaManager's LogReadResult) gets the log's list for
 * read_committed and null otherwise, its errors null too (createLogReadResult carries no list).
 */
function emptyData(
  partition: number,
  errorCode: number,
  abortedTransactions: FetchResponsePartitionData['abortedTransactions'],
): FetchResponsePartitionData {
  return {
    partitionIndex: partition,
    errorCode,
    highWatermark: -1n,
    lastStableOffset: -1n,
    logStartOffset: -1n,
    divergingEpoch: { epoch: -1, endOffset: -1n },
    currentLeader: { leaderId: -1, leaderEpoch: -1 },
    snapshotId: { endOffset: -1n, epoch: -1 },
    abortedTransactions,
    preferredReadReplica: -1,
    records: Buffer.alloc(0),
  };
}

/** Kafka's FetchResponse.partitionResponse: an error decided before any read. */
const partitionResponse = (partition: number, errorCode: number) => emptyData(partition, errorCode, []);

/** Errors Kafka finds in its metadata (KafkaApis) before the replica manager reads anything. */
const isMetadataError = (errorCode: number) =>
  errorCode === ErrorCode.UnknownTopicOrPartition || errorCode === ErrorCode.UnknownTopicId;

/**
 * Per connection: aborts the fetches parked on it when it closes (one close listener, not one per fetch). Share
 * fetches (share-fetch.ts) park here too.
 */
export function parkedFetches(ctx: HandlerContext): Set<AbortController> {
  let parked = ctx.connection.state.get(PARKED_FETCHES) as Set<AbortController> | undefined;
  if (!parked) {
    const created = new Set<AbortController>();
    parked = created;
    ctx.connection.state.set(PARKED_FETCHES, created);
    ctx.connection.onClose(() => {
      for (const controller of created) controller.abort();
      created.clear();
    });
  }
  return parked;
}

/** The replica manager reads (and waits); what it returns is shaped for this request's version here. */
async function fetchFromReplicas(
  request: FetchRequest,
  wanted: Wanted[],
  ctx: HandlerContext,
  isolation: Isolation,
  responseLimit: number,
): Promise<PartitionResult[]> {
  const { broker, version } = ctx;
  const readable = wanted.filter((w) => w.errorCode === undefined);
  const maxWaitMs = ctx.connection.isClosed ? 0 : request.maxWaitMs;
  // Only a fetch that may park needs cancelling when its connection closes; an AbortController (an
  // EventTarget) per fetch showed in consume profiles, so fetches that answer at once go without.
  const controller = maxWaitMs > 0 ? new AbortController() : null;
  const parked = controller ? parkedFetches(ctx) : null;
  if (controller) parked!.add(controller);
  let read: FetchPartitionData[];
  try {
    read = await broker.topics.replicas.fetchMessages({
      replicaId: version >= 15 ? (request.replicaState?.replicaId ?? -1) : request.replicaId,
      maxWaitMs,
      minBytes: request.minBytes,
      maxBytes: responseLimit,
      isolation,
      partitions: readable.map((w) => ({
        topic: w.topic,
        partition: w.partition,
        fetchOffset: Number(w.fetchOffset),
        partitionMaxBytes: w.partitionMaxBytes,
        currentLeaderEpoch: w.currentLeaderEpoch,
        lastFetchedEpoch: w.lastFetchedEpoch,
      })),
      signal: controller?.signal,
      // Record bytes go into buffers the connection takes back once this response is written. Nothing here
      // keeps a reference past the response: a down-conversion or a throttle drops them (the GC takes them).
      readBuffers: ctx.connection.readBuffers ?? undefined,
    });
  } finally {
    if (controller) parked!.delete(controller);
  }
  const results: PartitionResult[] = [];
  let at = 0;
  for (const w of wanted) {
    if (w.errorCode !== undefined) {
      results.push({ wanted: w, data: partitionResponse(w.partition, w.errorCode), bytes: 0 });
      continue;
    }
    const r = read[at++]!;
    let errorCode = r.errorCode;
    // Fetch v13+ names partitions by topic id: a partition that is gone is an unknown topic id.
    if (errorCode === ErrorCode.UnknownTopicOrPartition && version >= 13) errorCode = ErrorCode.UnknownTopicId;
    if (errorCode !== ErrorCode.None) {
      // A read that failed (offset out of range, fenced epoch...) knows no offsets: -1 in Kafka, not the log's.
      const data = isMetadataError(errorCode)
        ? partitionResponse(w.partition, errorCode)
        : emptyData(w.partition, errorCode, null);
      // NOT_LEADER_OR_FOLLOWER / FENCED_LEADER_EPOCH name the leader this broker knows (CurrentLeader is a v12+
      // tagged field: older versions cannot carry it).
      if (r.currentLeader && version >= 12) data.currentLeader = { ...r.currentLeader };
      results.push({ wanted: w, data, bytes: 0 });
      continue;
    }
    // read_committed: the transactions aborted within the records, for the consumer to skip (Fetch v4+).
    const aborted =
      request.isolationLevel === READ_COMMITTED
        ? (r.abortedTransactions ?? []).map((t) => ({ producerId: t.producerId, firstOffset: BigInt(t.firstOffset) }))
        : null;
    const data = emptyData(w.partition, errorCode, aborted);
    data.highWatermark = BigInt(r.highWatermark);
    data.lastStableOffset = BigInt(r.lastStableOffset);
    data.logStartOffset = BigInt(r.logStartOffset);
    // A follower whose log diverges learns where the leader's log ends its last fetched epoch (v12+).
    if (r.divergingEpoch)
      data.divergingEpoch = { epoch: r.divergingEpoch.epoch, endOffset: BigInt(r.divergingEpoch.endOffset) };
    const refused = await shapeRecords(w, r.records, data, ctx);
    results.push(
      refused === undefined
        ? { wanted: w, data, bytes: data.records?.length ?? 0 }
        : { wanted: w, data: partitionResponse(w.partition, refused), bytes: 0 },
    );
  }
  return results;
}

/**
 * v0-3 get message sets (down-conversion, always: Kafka 4 dropped message.downconversion.enable with these
 * versions, KIP-724/896, and Brook keeps them only for legacy clients), which cannot carry zstd. v4+ get the
 * stored batches as they are, zstd included: Kafka 4 serves zstd to Fetch v4-9 too (its check for v10 went
 * with down-conversion; kafka-python 2.0, always Fetch v4, reads zstd topics from Kafka 4.4). Returns the
 * error code when the records cannot be served in this version (Kafka 3.x answered it as partitionResponse).
 */
async function shapeRecords(
  w: Wanted,
  records: Buffer,
  data: FetchResponsePartitionData,
  ctx: HandlerContext,
): Promise<number | undefined> {
  const { version } = ctx;
  if (records.length > 0 && version < 4) {
    if (containsZstd(records)) return ErrorCode.UnsupportedCompressionType;
    try {
      records = await downConvertRecordSet(records, version <= 1 ? 0 : 1, { fromOffset: w.fetchOffset });
    } catch (error) {
      return errorCodeOf(error);
    }
  }
  data.records = records;
  return undefined;
}

function containsZstd(records: Buffer): boolean {
  for (let at = 0; at + BatchOffset.Attributes + 2 <= records.length; ) {
    if ((records.readInt16BE(at + BatchOffset.Attributes) & 0x07) === CompressionCodec.Zstd) return true;
    at += records.readInt32BE(at + BatchOffset.BatchLength) + 12;
  }
  return false;
}

function nextSessionEpoch(epoch: number): number {
  return epoch >= 0x7fffffff ? 1 : epoch + 1;
}

function fetchQuotaWindowBytes(ctx: HandlerContext): number {
  const quotas = ctx.broker.clientQuotas.fetch;
  if (!quotas.enabled) return Number.POSITIVE_INFINITY;
  const { user, clientId } = quotaClient(ctx);
  return Math.floor(quotas.maxValueInQuotaWindow(user, clientId));
}

/**
 * consumer_byte_rate: the response's size is recorded (Kafka's FetchResponse.sizeOf, measured here by encoding it;
 * large record sets are referenced, not copied); when it puts the client over its quota the bytes are taken back,
 * since the answer will be empty, and the connection is muted for the throttle time.
 */
function fetchThrottleMs(ctx: HandlerContext, response: FetchResponse): number {
  const quotas = ctx.broker.clientQuotas.fetch;
  if (!quotas.enabled) return 0;
  const { user, clientId } = quotaClient(ctx);
  const chunks = encodeResponseChunks(1, ctx.version, ctx.header.correlationId, response);
  const bytes = chunks.reduce((sum, c) => sum + c.length, 0) - 4;
  const now = ctx.broker.now();
  const ms = quotas.recordAndGetThrottleTimeMs(user, clientId, bytes, now);
  if (ms > 0) {
    quotas.unrecord(user, clientId, bytes, now);
    ctx.connection.throttle(ms);
  }
  return ms;
}
