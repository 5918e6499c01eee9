import { AclOperation } from '../security/acl';
import type { FetchSnapshotRequest, FetchSnapshotResponse } from '../../protocol/generated';
import { quorumFor } from './kraft-common';
import type { ApiHandler } from './types';

/** FetchSnapshot (59), v0-1: a follower behind the leader's log start copies its snapshot in chunks. */
export const fetchSnapshotHandler: ApiHandler<FetchSnapshotRequest, FetchSnapshotResponse> = {
  apiKey: 59,
  minVersion: 0,
  clusterOperation: AclOperation.CLUSTER_ACTION,
  maxVersion: 1,
  handle(request, ctx) {
    const quorum = quorumFor(ctx);
    if (typeof quorum === 'number') return { throttleTimeMs: 0, errorCode: quorum, topics: [], nodeEndpoints: [] };
    return quorum.raft.handleFetchSnapshot(request);
  },
  errorResponse: (_request, errorCode) => ({ throttleTimeMs: 0, errorCode, topics: [], nodeEndpoints: [] }),
};
