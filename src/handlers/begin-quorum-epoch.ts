import { AclOperation } from '../security/acl';
import type { BeginQuorumEpochRequest, BeginQuorumEpochResponse } from '../../protocol/generated';
import { quorumFor } from './kraft-common';
import type { ApiHandler } from './types';

/** BeginQuorumEpoch (53), v0-1: a newly elected leader announces itself (RaftNode.handleBeginQuorumEpoch). */
export const beginQuorumEpochHandler: ApiHandler<BeginQuorumEpochRequest, BeginQuorumEpochResponse> = {
  apiKey: 53,
  minVersion: 0,
  clusterOperation: AclOperation.CLUSTER_ACTION,
  maxVersion: 1,
  handle(request, ctx) {
    const quorum = quorumFor(ctx);
    if (typeof quorum === 'number') return { errorCode: quorum, topics: [], nodeEndpoints: [] };
    return quorum.raft.handleBeginQuorumEpoch(request);
  },
  errorResponse: (_request, errorCode) => ({ errorCode, topics: [], nodeEndpoints: [] }),
};
