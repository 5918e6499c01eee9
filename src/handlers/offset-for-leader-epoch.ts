import {
  type OffsetForLeaderEpochRequest,
  type OffsetForLeaderEpochResponse,
  OffsetForLeaderEpochResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { LEADER_EPOCH } from '../topics/storage-adapter';
import type { ApiHandler } from './types';

/**
 * OffsetForLeaderEpoch (23), v0-4: for each partition, the largest leader epoch <= the one asked and the end
 * offset of that epoch (the log end for the current epoch); consumers use it to detect truncation.
 * currentLeaderEpoch (v2+) is fenced like Fetch's.
 */
export const offsetForLeaderEpochHandler: ApiHandler<OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse> = {
  apiKey: 23,
  minVersion: 0,
  maxVersion: 4,
  handle(request, ctx) {
    const { broker, version } = ctx;
    const response = OffsetForLeaderEpochResponseCodec.defaults();
    for (const t of request.topics) {
      const partitions = t.partitions.map((p) => {
        const base = { partition: p.partition, errorCode: ErrorCode.None, leaderEpoch: -1, endOffset: -1n };
        const log = broker.topics.partition(t.topic, p.partition);
        if (!log) return { ...base, errorCode: ErrorCode.UnknownTopicOrPartition };
        if (version >= 2 && p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch !== LEADER_EPOCH) {
          const code = p.currentLeaderEpoch > LEADER_EPOCH ? ErrorCode.UnknownLeaderEpoch : ErrorCode.FencedLeaderEpoch;
          return { ...base, errorCode: code };
        }
        let { epoch, endOffset } = log.leaderEpochs.endOffsetFor(p.leaderEpoch, log.logEndOffset);
        // An empty log has no epoch entries yet; its current epoch still ends at the log end.
        if (epoch === -1 && p.leaderEpoch === LEADER_EPOCH) {
          epoch = LEADER_EPOCH;
          endOffset = log.logEndOffset;
        }
        return { ...base, leaderEpoch: epoch, endOffset: BigInt(endOffset) };
      });
      response.topics.push({ topic: t.topic, partitions });
    }
    return response;
  },
  errorResponse(request, errorCode) {
    const response = OffsetForLeaderEpochResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      topic: t.topic,
      partitions: t.partitions.map((p) => ({ partition: p.partition, errorCode, leaderEpoch: -1, endOffset: -1n })),
    }));
    return response;
  },
};
