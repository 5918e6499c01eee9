import { AclOperation } from '../security/acl';
import type { EndQuorumEpochRequest, EndQuorumEpochResponse } from '../../protocol/generated';
import { quorumFor } from './kraft-common';
import type { ApiHandler } from './types';

/** EndQuorumEpoch (54), v0-1: a leader stepping down names its successors (RaftNode.handleEndQuorumEpoch). */
export const endQuorumEpochHandler: ApiHandler<EndQuorumEpochRequest, EndQuorumEpochResponse> = {
  apiKey: 54,
  minVersion: 0,
  clusterOperation: AclOperation.CLUSTER_ACTION,
  maxVersion: 1,
  handle(request, ctx) {
    const quorum = quorumFor(ctx);
    if (typeof quorum === 'number') return { errorCode: quorum, topics: [], nodeEndpoints: [] };
    return quorum.raft.handleEndQuorumEpoch(request);
  },
  errorResponse: (_request, errorCode) => ({ errorCode, topics: [], nodeEndpoints: [] }),
};
