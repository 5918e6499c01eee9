import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type DeleteRecordsRequest,
  type DeleteRecordsResponse,
  DeleteRecordsResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf } from '../errors';
import type { ApiHandler } from './types';

/**
 * DeleteRecords (21), v0-2: moves each partition's log start offset (-1 = the high watermark) and answers
 * the new low watermark; OFFSET_OUT_OF_RANGE beyond the high watermark.
 */
export const deleteRecordsHandler: ApiHandler<DeleteRecordsRequest, DeleteRecordsResponse> = {
  apiKey: 21,
  minVersion: 0,
  maxVersion: 2,
  handle(request, ctx) {
    const response = DeleteRecordsResponseCodec.defaults();
    for (const t of request.topics) {
      // KafkaApis: DELETE on the topic.
      const deletable = authorize(ctx, AclOperation.DELETE, ResourceType.TOPIC, t.name);
      const partitions = t.partitions.map((p) => {
        if (!deletable) {
          return { partitionIndex: p.partitionIndex, lowWatermark: -1n, errorCode: ErrorCode.TopicAuthorizationFailed };
        }
        try {
          const partition = ctx.broker.topics.replicas.getPartitionOrError(t.name, p.partitionIndex);
          const low = partition.deleteRecordsOnLeader(Number(p.offset));
          return { partitionIndex: p.partitionIndex, lowWatermark: BigInt(low), errorCode: ErrorCode.None };
        } catch (error) {
          return { partitionIndex: p.partitionIndex, lowWatermark: -1n, errorCode: errorCodeOf(error) };
        }
      });
      response.topics.push({ name: t.name, partitions });
    }
    return response;
  },
  errorResponse(request, errorCode) {
    const response = DeleteRecordsResponseCodec.defaults();
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, lowWatermark: -1n, errorCode })),
    }));
    return response;
  },
};
