/**
 * What the share group APIs (KIP-932) have in common: whether this broker serves share groups. A single node does
 * (share.version finalized at 2, as a new Kafka 4.4 cluster); a KRaft cluster does not yet, and answers as a Kafka
 * cluster whose share.version is 0: UNSUPPORTED_VERSION (KafkaApis.isShareGroupProtocolEnabled).
 */
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import { AclOperation, ResourceType } from '../security/acl';
import { AcknowledgeType, type SharePartitionManager } from '../share';
import { authorize } from './auth';
import type { HandlerContext } from './types';

/** The share-partitions of this broker; throws UNSUPPORTED_VERSION where share groups are not served. */
export function sharesOf(ctx: HandlerContext): SharePartitionManager {
  const shares = ctx.broker.shares;
  if (!shares) throw new KafkaError(ErrorCode.UnsupportedVersion, 'The share group protocol is not enabled.');
  return shares;
}

/** Kafka's KafkaApis.isMemberIdValid: a share member's id is the client's own, 1-36 characters. */
export function isShareMemberIdValid(memberId: string | null): memberId is string {
  return memberId !== null && memberId.length > 0 && memberId.length <= 36;
}

/**
 * What ShareFetch and ShareAcknowledge check first, in KafkaApis' order (share groups served here, a group id,
 * READ on the group, a valid member id): the refusal's code, or the share-partitions, group and member.
 */
export async function checkShareRequest(
  request: { groupId: string | null; memberId: string | null },
  ctx: HandlerContext,
): Promise<ErrorCode | { shares: SharePartitionManager; groupId: string; memberId: string }> {
  let shares: SharePartitionManager;
  try {
    shares = sharesOf(ctx);
  } catch (error) {
    return errorCodeOf(error);
  }
  const { groupId, memberId } = request;
  if (groupId === null) return ErrorCode.InvalidRequest;
  if (!authorize(ctx, AclOperation.READ, ResourceType.GROUP, groupId)) return ErrorCode.GroupAuthorizationFailed;
  if (!isShareMemberIdValid(memberId)) return ErrorCode.InvalidRequest;
  // Where acknowledgements are stored (a member that never heartbeated here may still fetch, as on Kafka).
  await shares.prepare();
  return { shares, groupId, memberId };
}

/** A partition a share request names, resolved: its topic, or the error it is answered with. */
export interface NamedSharePartition {
  topicId: string;
  partition: number;
  /** The topic's name ('' when the id is unknown). */
  topic: string;
  /** Set when the partition cannot be served: UNKNOWN_TOPIC_ID, UNKNOWN_TOPIC_OR_PARTITION, TOPIC_AUTHORIZATION_FAILED. */
  errorCode?: ErrorCode;
}

/** Resolves a partition named by topic id as KafkaApis does for share requests (READ on the topic). */
export function resolveSharePartition(ctx: HandlerContext, topicId: string, partition: number): NamedSharePartition {
  const topic = ctx.broker.topics.getById(topicId);
  if (!topic) return { topicId, partition, topic: '', errorCode: ErrorCode.UnknownTopicId };
  if (!authorize(ctx, AclOperation.READ, ResourceType.TOPIC, topic.name)) {
    return { topicId, partition, topic: topic.name, errorCode: ErrorCode.TopicAuthorizationFailed };
  }
  if (partition < 0 || partition >= topic.partitionCount) {
    return { topicId, partition, topic: topic.name, errorCode: ErrorCode.UnknownTopicOrPartition };
  }
  return { topicId, partition, topic: topic.name };
}

/** An acknowledgement batch as ShareFetch and ShareAcknowledge carry it. */
export interface WireAcknowledgementBatch {
  firstOffset: bigint;
  lastOffset: bigint;
  acknowledgeTypes: number[];
}

/**
 * One partition's acknowledgements, checked as Kafka's validateAcknowledgementBatches (in order, not overlapping,
 * one type or one per offset, known types: INVALID_REQUEST otherwise; RENEW only in a v2 request that says it
 * renews) and applied all or none. Returns the partition's acknowledgement error.
 */
export function applyAcknowledgements(
  shares: SharePartitionManager,
  request: { groupId: string; memberId: string; version: number; isRenewAck: boolean },
  target: NamedSharePartition,
  batches: readonly WireAcknowledgementBatch[],
): { errorCode: ErrorCode; errorMessage: string | null } {
  const { groupId, memberId } = request;
  const maxType = request.version >= 2 ? AcknowledgeType.Renew : AcknowledgeType.Reject;
  if (target.errorCode !== undefined) return { errorCode: target.errorCode, errorMessage: null };
  let previousLast = -1n;
  for (const b of batches) {
    const types = b.acknowledgeTypes;
    const invalid =
      b.firstOffset > b.lastOffset ||
      b.firstOffset < previousLast ||
      types.length === 0 ||
      (types.length > 1 && BigInt(types.length) !== b.lastOffset - b.firstOffset + 1n) ||
      types.some((t) => t < 0 || t > maxType || (t === AcknowledgeType.Renew && !request.isRenewAck));
    if (invalid) return { errorCode: ErrorCode.InvalidRequest, errorMessage: null };
    previousLast = b.lastOffset;
  }
  if (batches.length === 0) return { errorCode: ErrorCode.None, errorMessage: null };
  try {
    shares.acknowledge(
      groupId,
      memberId,
      target,
      batches.map((b) => ({
        firstOffset: Number(b.firstOffset),
        lastOffset: Number(b.lastOffset),
        acknowledgeTypes: b.acknowledgeTypes,
      })),
    );
    return { errorCode: ErrorCode.None, errorMessage: null };
  } catch (error) {
    return { errorCode: errorCodeOf(error), errorMessage: error instanceof KafkaError ? error.message : null };
  }
}

const SESSIONS_ON_CLOSE = 'share.sessions';

/**
 * Ends, with the connection, the share sessions opened on it: their members' acquired records are released
 * (Kafka's ShareSessionCache disconnect listener). One close listener per connection.
 */
export function endSessionsOnClose(ctx: HandlerContext, shares: SharePartitionManager): void {
  if (ctx.connection.state.has(SESSIONS_ON_CLOSE)) return;
  ctx.connection.state.set(SESSIONS_ON_CLOSE, true);
  const connection = ctx.connection;
  connection.onClose(() => {
    for (const session of shares.sessions.closeConnection(connection)) {
      shares.releaseMember(session.groupId, session.memberId, session.partitions.values());
    }
  });
}
