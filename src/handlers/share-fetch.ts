import {
  type ShareFetchRequest,
  type ShareFetchResponse,
  ShareFetchResponseCodec,
  type ShareFetchResponsePartitionData,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { nextEpoch, partitionId, type ShareFetchResult, type ShareSession } from '../share';
import { parkedFetches } from './fetch';
import {
  applyAcknowledgements,
  checkShareRequest,
  endSessionsOnClose,
  type NamedSharePartition,
  resolveSharePartition,
  sharesOf,
} from './share-groups';
import type { ApiHandler, HandlerContext } from './types';

const OPEN_EPOCH = 0;
const FINAL_EPOCH = -1;
/** ShareAcquireMode (v2): whole log batches, or never more records than MaxRecords. */
const BATCH_OPTIMIZED = 0;
const RECORD_LIMIT = 1;

/** A partition's entry in the answer, before its records are known. */
interface Answer {
  target: NamedSharePartition;
  errorCode: ErrorCode;
  acknowledgeErrorCode: ErrorCode;
  acknowledgeErrorMessage: string | null;
  fetched?: ShareFetchResult;
}

/**
 * ShareFetch (78), v1-2: a share group member's fetch (KIP-932). In a share session (share-sessions.ts: epoch 0
 * opens it, -1 closes it, otherwise it must be the session's epoch) the member acknowledges what it processed
 * (piggybacked acknowledgements, applied first) and acquires records of the session's partitions
 * (src/share/share-partition-manager.ts): whole log batches, with the acquired ranges and their delivery counts.
 * Kafka does not check that the member belongs to the group, nor that it is assigned the partitions: the member id
 * is the session's key and the records' owner. Top-level refusals (the session's) answer no partitions. v2 adds
 * the record_limit acquire mode (KIP-1206: never more than MaxRecords records, log batches split) and requests
 * that only renew acquisition locks (KIP-1222: IsRenewAck, every size 0, no fetch).
 */
export const shareFetchHandler: ApiHandler<ShareFetchRequest, ShareFetchResponse> = {
  apiKey: 78,
  minVersion: 1,
  maxVersion: 2,
  async handle(request, ctx) {
    const refuse = (errorCode: ErrorCode) => shareFetchHandler.errorResponse!(request, errorCode, ctx);
    const checked = await checkShareRequest(request, ctx);
    if (typeof checked === 'number') return refuse(checked);
    const { shares, groupId, memberId } = checked;
    const epoch = request.shareSessionEpoch;
    // v2 (KIP-1206, KIP-1222): the acquire mode, and requests that only renew locks (they fetch nothing).
    const isRenewAck = ctx.version >= 2 && request.isRenewAck;
    const recordLimit = ctx.version >= 2 && request.shareAcquireMode === RECORD_LIMIT;
    if (ctx.version >= 2 && request.shareAcquireMode !== BATCH_OPTIMIZED && !recordLimit) {
      return refuse(ErrorCode.InvalidRequest);
    }
    if (
      isRenewAck &&
      (request.maxBytes !== 0 || request.minBytes !== 0 || request.maxRecords !== 0 || request.maxWaitMs !== 0)
    ) {
      return refuse(ErrorCode.InvalidRequest);
    }
    const acknowledging = request.topics.some((t) => t.partitions.some((p) => p.acknowledgementBatches.length > 0));
    const requested = request.topics.flatMap((t) =>
      t.partitions.map((p) => ({ wire: p, target: resolveSharePartition(ctx, t.topicId, p.partitionIndex) })),
    );
    // The share session (Kafka's SharePartitionManager.newContext).
    let session: ShareSession;
    const added = new Set<string>();
    if (epoch === OPEN_EPOCH) {
      if (acknowledging) return refuse(ErrorCode.InvalidRequest);
      const partitions = requested.filter((r) => r.target.errorCode === undefined).map((r) => r.target);
      const opened = shares.sessions.open(groupId, memberId, partitions, ctx.connection);
      if (!opened) return refuse(ErrorCode.ShareSessionLimitReached);
      session = opened;
      endSessionsOnClose(ctx, shares);
    } else {
      const found = shares.sessions.get(groupId, memberId);
      if (!found) return refuse(ErrorCode.ShareSessionNotFound);
      if (epoch !== FINAL_EPOCH) {
        if (found.epoch !== epoch) return refuse(ErrorCode.InvalidShareSessionEpoch);
        for (const { target } of requested) {
          if (target.errorCode !== undefined) continue;
          const id = partitionId(target.topicId, target.partition);
          if (!found.partitions.has(id)) added.add(id);
          found.partitions.set(id, { topicId: target.topicId, partition: target.partition });
        }
        for (const forgotten of request.forgottenTopicsData) {
          for (const p of forgotten.partitions) found.partitions.delete(partitionId(forgotten.topicId, p));
        }
        found.epoch = nextEpoch(epoch);
      }
      session = found;
    }
    // Acknowledgements first: what they release may be acquired by this very fetch.
    const answers = new Map<string, Answer>();
    const answer = (target: NamedSharePartition): Answer => {
      const id = partitionId(target.topicId, target.partition);
      let a = answers.get(id);
      if (!a) {
        a = {
          target,
          errorCode: target.errorCode ?? ErrorCode.None,
          acknowledgeErrorCode: ErrorCode.None,
          acknowledgeErrorMessage: null,
        };
        answers.set(id, a);
      }
      return a;
    };
    for (const { wire, target } of requested) {
      const a = answer(target);
      if (wire.acknowledgementBatches.length === 0) {
        if (epoch === OPEN_EPOCH || added.has(partitionId(target.topicId, target.partition))) continue;
        // An incremental request names a partition to add it; one already there is answered only with news.
        if (target.errorCode === undefined) answers.delete(partitionId(target.topicId, target.partition));
        continue;
      }
      const result = applyAcknowledgements(
        shares,
        { groupId, memberId, version: ctx.version, isRenewAck },
        target,
        wire.acknowledgementBatches,
      );
      a.errorCode = ErrorCode.None;
      a.acknowledgeErrorCode = result.errorCode;
      a.acknowledgeErrorMessage = result.errorMessage;
    }
    if (epoch === FINAL_EPOCH) {
      // The session ends: no fetch, what the member still holds is released (Kafka's FinalContext).
      shares.sessions.remove(session);
      shares.releaseMember(groupId, memberId, session.partitions.values());
    } else if (!isRenewAck && request.maxRecords > 0 && request.maxBytes > 0 && session.partitions.size > 0) {
      const targets = [...session.partitions.values()].map((p) => resolveSharePartition(ctx, p.topicId, p.partition));
      for (const t of targets) if (t.errorCode !== undefined) answer(t);
      const readable = targets.filter((t) => t.errorCode === undefined);
      const fetched = await fetchRecords(ctx, request, groupId, memberId, readable, recordLimit);
      for (const t of readable) {
        const result = fetched.get(`${groupId}\0${t.topicId}\0${t.partition}`);
        if (!result) continue;
        const news = result.acquired.length > 0 || result.errorCode !== ErrorCode.None;
        const id = partitionId(t.topicId, t.partition);
        if (!news && epoch !== OPEN_EPOCH && !answers.has(id)) continue;
        const a = answer(t);
        a.fetched = result;
        if (result.errorCode !== ErrorCode.None) a.errorCode = result.errorCode;
      }
    }
    const response = ShareFetchResponseCodec.defaults();
    response.acquisitionLockTimeoutMs = shares.lockDurationMs(groupId);
    const byTopic = new Map<string, ShareFetchResponse['responses'][number]>();
    for (const a of answers.values()) {
      let topic = byTopic.get(a.target.topicId);
      if (!topic) {
        topic = { topicId: a.target.topicId, partitions: [] };
        byTopic.set(a.target.topicId, topic);
        response.responses.push(topic);
      }
      topic.partitions.push(partitionData(ctx, a));
    }
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = ShareFetchResponseCodec.defaults();
    response.errorCode = errorCode;
    response.acquisitionLockTimeoutMs = 0;
    return response;
  },
};

/** Reads and acquires; a parked fetch ends at once when its connection closes. */
async function fetchRecords(
  ctx: HandlerContext,
  request: ShareFetchRequest,
  groupId: string,
  memberId: string,
  targets: NamedSharePartition[],
  recordLimit: boolean,
): Promise<Map<string, ShareFetchResult>> {
  const controller = new AbortController();
  const parked = parkedFetches(ctx);
  parked.add(controller);
  const maxBytes = Math.min(request.maxBytes, ctx.broker.config.number('fetch.max.bytes'));
  try {
    return await sharesOf(ctx).fetch({
      groupId,
      memberId,
      partitions: targets.map((t) => ({ topic: t.topic, topicId: t.topicId, partition: t.partition })),
      maxWaitMs: ctx.connection.isClosed ? 0 : request.maxWaitMs,
      minBytes: Math.min(request.minBytes, maxBytes),
      maxBytes,
      maxRecords: request.maxRecords,
      recordLimit,
      signal: controller.signal,
    });
  } finally {
    parked.delete(controller);
  }
}

function partitionData(ctx: HandlerContext, a: Answer): ShareFetchResponsePartitionData {
  const leader = a.target.topic ? ctx.broker.topics.partition(a.target.topic, a.target.partition) : undefined;
  return {
    partitionIndex: a.target.partition,
    errorCode: a.errorCode,
    errorMessage: null,
    acknowledgeErrorCode: a.acknowledgeErrorCode,
    acknowledgeErrorMessage: a.acknowledgeErrorMessage,
    // A partition this broker does not know (an unknown topic id): Kafka leaves the leader at the schema's 0, 0.
    currentLeader: leader?.currentLeader() ?? { leaderId: 0, leaderEpoch: 0 },
    records: a.fetched?.records ?? Buffer.alloc(0),
    acquiredRecords: (a.fetched?.acquired ?? []).map((r) => ({
      firstOffset: BigInt(r.firstOffset),
      lastOffset: BigInt(r.lastOffset),
      deliveryCount: r.deliveryCount,
    })),
  };
}
