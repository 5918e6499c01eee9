import type {
  AddRaftVoterRequest,
  AddRaftVoterResponse,
  RemoveRaftVoterRequest,
  RemoveRaftVoterResponse,
  UpdateRaftVoterRequest,
  UpdateRaftVoterResponse,
} from '../../protocol/generated';
import type { VoterChangeResult } from '../../replication/raft';
import type { MetadataQuorum } from '../cluster/metadata-quorum';
import { controllerListenerNames } from '../cluster/quorum-config';
import { ErrorCode } from '../errors';
import { AclOperation } from '../security/acl';
import { quorumFor } from './kraft-common';
import type { ApiHandler, HandlerContext } from './types';

/**
 * KIP-853's voter changes (replication/raft's VoterChanges on the leader): AddRaftVoter (80), RemoveRaftVoter (81)
 * and UpdateRaftVoter (82), v0. `kafka-metadata-quorum add-controller / remove-controller` send the first two to
 * the active controller; a broker listener forwards them there, as Kafka's brokers do.
 */

type Answer = { throttleTimeMs: number; errorCode: number; errorMessage: string | null };

function answer(errorCode: number, errorMessage: string | null = null): Answer {
  return { throttleTimeMs: 0, errorCode, errorMessage };
}

/** The quorum to change, or an answer: a broker listener forwards to the leader (`forward` set). */
function target(
  ctx: HandlerContext,
): MetadataQuorum | { error: ErrorCode } | { forwardTo: number; quorum: MetadataQuorum } {
  const quorum = quorumFor(ctx);
  if (typeof quorum === 'number') return { error: quorum };
  const onController = controllerListenerNames(ctx.broker.config).includes(ctx.connection.listenerName);
  const leaderId = quorum.raft.leaderAndEpoch().leaderId;
  if (!onController && leaderId >= 0 && leaderId !== ctx.broker.nodeId) return { forwardTo: leaderId, quorum };
  return quorum;
}

function clusterIdError(ctx: HandlerContext, clusterId: string | null): boolean {
  return clusterId !== null && clusterId !== ctx.broker.clusterId;
}

/** The change's answer, or REQUEST_TIMED_OUT after `timeoutMs` (the change still goes on, as in Kafka). */
async function within(work: Promise<VoterChangeResult>, timeoutMs: number): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<VoterChangeResult>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          errorCode: ErrorCode.RequestTimedOut,
          errorMessage: 'Timed out waiting for the voter change to commit',
        }),
      Math.max(0, timeoutMs),
    );
  });
  try {
    const r = await Promise.race([work, timeout]);
    return answer(r.errorCode, r.errorMessage);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * AddRaftVoter and RemoveRaftVoter share their path: forwarded to the leader from a broker listener, the cluster
 * id checked, then the change on the leader bounded by `timeoutMs`.
 */
function changeVoters(
  ctx: HandlerContext,
  apiKey: 80 | 81,
  request: { clusterId: string | null },
  change: (raft: MetadataQuorum['raft']) => Promise<VoterChangeResult>,
  timeoutMs: number,
): Promise<Answer> {
  const t = target(ctx);
  if ('error' in t) return Promise.resolve(answer(t.error));
  if ('forwardTo' in t) return t.quorum.send<Answer>(t.forwardTo, apiKey, ctx.version, request);
  if (clusterIdError(ctx, request.clusterId)) return Promise.resolve(answer(ErrorCode.InconsistentClusterId));
  return within(change(t.raft), timeoutMs);
}

export const addRaftVoterHandler: ApiHandler<AddRaftVoterRequest, AddRaftVoterResponse> = {
  apiKey: 80,
  minVersion: 0,
  maxVersion: 0,
  clusterOperation: AclOperation.ALTER,
  handle: (request, ctx) =>
    changeVoters(
      ctx,
      80,
      request,
      (raft) =>
        raft.addVoter({
          id: request.voterId,
          directoryId: request.voterDirectoryId,
          endpoints: request.listeners.map((l) => ({ name: l.name, host: l.host, port: l.port })),
        }),
      request.timeoutMs,
    ),
  errorResponse: (_request, errorCode) => answer(errorCode),
};

export const removeRaftVoterHandler: ApiHandler<RemoveRaftVoterRequest, RemoveRaftVoterResponse> = {
  apiKey: 81,
  minVersion: 0,
  maxVersion: 0,
  clusterOperation: AclOperation.ALTER,
  // RemoveRaftVoter carries no timeout: the controller's request timeout bounds it (Kafka's requestTimeoutMs).
  handle: (request, ctx) =>
    changeVoters(
      ctx,
      81,
      request,
      (raft) => raft.removeVoter(request.voterId, request.voterDirectoryId),
      ctx.broker.config.number('controller.quorum.request.timeout.ms'),
    ),
  errorResponse: (_request, errorCode) => answer(errorCode),
};

export const updateRaftVoterHandler: ApiHandler<UpdateRaftVoterRequest, UpdateRaftVoterResponse> = {
  apiKey: 82,
  minVersion: 0,
  maxVersion: 0,
  clusterOperation: AclOperation.CLUSTER_ACTION,
  handle(request, ctx) {
    const quorum = quorumFor(ctx);
    if (typeof quorum === 'number') {
      return {
        throttleTimeMs: 0,
        errorCode: quorum,
        currentLeader: { leaderId: -1, leaderEpoch: -1, host: '', port: 0 },
      };
    }
    return quorum.raft.handleUpdateVoter(request);
  },
  errorResponse: (_request, errorCode) => ({
    throttleTimeMs: 0,
    errorCode,
    currentLeader: { leaderId: -1, leaderEpoch: -1, host: '', port: 0 },
  }),
};
