import {
  type ShareAcknowledgeRequest,
  type ShareAcknowledgeResponse,
  ShareAcknowledgeResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { nextEpoch } from '../share';
import { applyAcknowledgements, checkShareRequest, resolveSharePartition } from './share-groups';
import type { ApiHandler } from './types';

const FINAL_EPOCH = -1;

/**
 * ShareAcknowledge (79), v1-2: a share group member's acknowledgements without a fetch (commitSync, or records still
 * buffered when it acknowledges), in its share session: epoch 0 has no session to acknowledge in
 * (INVALID_SHARE_SESSION_EPOCH), -1 acknowledges and ends the session (the records the member still holds are
 * released), any other must be the session's epoch and moves it on. v2 may renew locks (RENEW, with IsRenewAck).
 */
export const shareAcknowledgeHandler: ApiHandler<ShareAcknowledgeRequest, ShareAcknowledgeResponse> = {
  apiKey: 79,
  minVersion: 1,
  maxVersion: 2,
  async handle(request, ctx) {
    const refuse = (errorCode: ErrorCode) => shareAcknowledgeHandler.errorResponse!(request, errorCode, ctx);
    const checked = await checkShareRequest(request, ctx);
    if (typeof checked === 'number') return refuse(checked);
    const { shares, groupId, memberId } = checked;
    const epoch = request.shareSessionEpoch;
    if (epoch === 0) return refuse(ErrorCode.InvalidShareSessionEpoch);
    const session = shares.sessions.get(groupId, memberId);
    if (!session) return refuse(ErrorCode.ShareSessionNotFound);
    if (epoch !== FINAL_EPOCH) {
      if (session.epoch !== epoch) return refuse(ErrorCode.InvalidShareSessionEpoch);
      session.epoch = nextEpoch(epoch);
    }
    const response = ShareAcknowledgeResponseCodec.defaults();
    response.acquisitionLockTimeoutMs = shares.lockDurationMs(groupId);
    for (const t of request.topics) {
      const topic = {
        topicId: t.topicId,
        partitions: [] as ShareAcknowledgeResponse['responses'][number]['partitions'],
      };
      for (const p of t.partitions) {
        const target = resolveSharePartition(ctx, t.topicId, p.partitionIndex);
        const result = applyAcknowledgements(
          shares,
          { groupId, memberId, version: ctx.version, isRenewAck: ctx.version >= 2 && request.isRenewAck },
          target,
          p.acknowledgementBatches,
        );
        const leader = target.topic ? ctx.broker.topics.partition(target.topic, target.partition) : undefined;
        topic.partitions.push({
          partitionIndex: p.partitionIndex,
          errorCode: result.errorCode,
          errorMessage: result.errorMessage,
          currentLeader: leader?.currentLeader() ?? { leaderId: -1, leaderEpoch: -1 },
        });
      }
      response.responses.push(topic);
    }
    if (epoch === FINAL_EPOCH) {
      shares.sessions.remove(session);
      shares.releaseMember(groupId, memberId, session.partitions.values());
    }
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = ShareAcknowledgeResponseCodec.defaults();
    response.errorCode = errorCode;
    response.acquisitionLockTimeoutMs = 0;
    return response;
  },
};
