import { AclOperation } from '../security/acl';
import type { VoteRequest, VoteResponse } from '../../protocol/generated';
import { quorumFor } from './kraft-common';
import type { ApiHandler } from './types';

/**
 * Vote (52), v0-2: a candidate asks this voter for its vote, a prospective for a pre-vote (v2, KIP-996)
 * (replication/raft's RaftNode.handleVote).
 */
export const voteHandler: ApiHandler<VoteRequest, VoteResponse> = {
  apiKey: 52,
  minVersion: 0,
  clusterOperation: AclOperation.CLUSTER_ACTION,
  maxVersion: 2,
  handle(request, ctx) {
    const quorum = quorumFor(ctx);
    if (typeof quorum === 'number') return { errorCode: quorum, topics: [], nodeEndpoints: [] };
    return quorum.raft.handleVote(request);
  },
  errorResponse: (_request, errorCode) => ({ errorCode, topics: [], nodeEndpoints: [] }),
};
