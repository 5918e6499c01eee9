import type {
  AlterPartitionReassignmentsRequest,
  AlterPartitionReassignmentsResponse,
  ListPartitionReassignmentsRequest,
  ListPartitionReassignmentsResponse,
} from '../../protocol/generated';
import { alterOnSingleNode } from '../../replication/metadata/reassignment-checks';
import { ErrorCode } from '../errors';
import { AclOperation } from '../security/acl';
import type { ApiHandler } from './types';

/**
 * AlterPartitionReassignments (45), v0-1 (KIP-455): in a KRaft cluster forwarded to the active controller
 * (replication/metadata/reassignments.ts), on a single node checked alike (its one broker is the only target,
 * replication/metadata/reassignment-checks.ts); errors per partition (UNKNOWN_TOPIC_OR_PARTITION,
 * INVALID_REPLICA_ASSIGNMENT, NO_REASSIGNMENT_IN_PROGRESS, and from v1 INVALID_REPLICATION_FACTOR when the request
 * does not allow the replication factor to change, KIP-860; the answer repeats that flag). Kafka: ALTER on the
 * cluster.
 */
export const alterPartitionReassignmentsHandler: ApiHandler<
  AlterPartitionReassignmentsRequest,
  AlterPartitionReassignmentsResponse
> = {
  apiKey: 45,
  minVersion: 0,
  maxVersion: 1,
  clusterOperation: AclOperation.ALTER,
  async handle(request, ctx) {
    const kraft = ctx.broker.kraft;
    const responses = kraft
      ? await kraft.alterPartitionReassignments(request)
      : alterOnSingleNode(ctx.broker.nodeId, (name) => ctx.broker.topics.get(name)?.partitionCount, request);
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.None,
      errorMessage: null,
      allowReplicationFactorChange: request.allowReplicationFactorChange,
      responses,
    };
  },
  errorResponse: (request, errorCode) => ({
    throttleTimeMs: 0,
    errorCode,
    errorMessage: null,
    allowReplicationFactorChange: request.allowReplicationFactorChange,
    responses: request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode, errorMessage: null })),
    })),
  }),
};

/**
 * ListPartitionReassignments (46), v0: the reassignments in progress, from the active controller; a single
 * node has none. Kafka: DESCRIBE on the cluster.
 */
export const listPartitionReassignmentsHandler: ApiHandler<
  ListPartitionReassignmentsRequest,
  ListPartitionReassignmentsResponse
> = {
  apiKey: 46,
  minVersion: 0,
  maxVersion: 0,
  clusterOperation: AclOperation.DESCRIBE,
  async handle(request, ctx) {
    const kraft = ctx.broker.kraft;
    const topics = kraft ? await kraft.listPartitionReassignments(request) : [];
    return { throttleTimeMs: 0, errorCode: ErrorCode.None, errorMessage: null, topics };
  },
  errorResponse: (_request, errorCode) => ({ throttleTimeMs: 0, errorCode, errorMessage: null, topics: [] }),
};
