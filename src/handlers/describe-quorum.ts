import { AclOperation } from '../security/acl';
import type { DescribeQuorumRequest, DescribeQuorumResponse } from '../../protocol/generated';
import type { ReplicaProgress } from '../../replication/raft';
import { METADATA_PARTITION, METADATA_TOPIC } from '../../replication/raft/constants';
import { controllerListenerNames } from '../cluster/quorum-config';
import { ErrorCode } from '../errors';
import { quorumFor } from './kraft-common';
import type { ApiHandler } from './types';

function errorAnswer(errorCode: number): DescribeQuorumResponse {
  return { errorCode, errorMessage: null, topics: [], nodes: [] };
}

const NO_DIRECTORY = 'AAAAAAAAAAAAAAAAAAAAAA';

/**
 * DescribeQuorum (55), v0-2: the leader's view of the metadata quorum (kafka-metadata-quorum describe
 * --status / --replication): leader, epoch, high watermark, each voter's log end and fetch times, observers,
 * and (v2) the voters' controller endpoints. A voter that does not lead answers NOT_LEADER_OR_FOLLOWER on its
 * controller listener, as Kafka; a broker listener forwards to the quorum leader.
 */
export const describeQuorumHandler: ApiHandler<DescribeQuorumRequest, DescribeQuorumResponse> = {
  apiKey: 55,
  minVersion: 0,
  clusterOperation: AclOperation.DESCRIBE,
  maxVersion: 2,
  async handle(request, ctx) {
    const quorum = quorumFor(ctx);
    if (typeof quorum === 'number') return errorAnswer(quorum);
    // On a broker listener Kafka forwards it to the active controller (KafkaApis' forwardToController): Kafka's
    // Admin client (`kafka-metadata-quorum --bootstrap-server`) asks any broker, and retries a
    // NOT_LEADER_OR_FOLLOWER until it times out. A controller listener answers for its own node.
    const leaderId = quorum.raft.leaderAndEpoch().leaderId;
    const onController = controllerListenerNames(ctx.broker.config).includes(ctx.connection.listenerName);
    if (!onController && leaderId >= 0 && leaderId !== ctx.broker.nodeId) {
      return quorum.send<DescribeQuorumResponse>(leaderId, 55, ctx.version, request);
    }
    const p = request.topics[0]?.partitions[0];
    if (request.topics[0]?.topicName !== METADATA_TOPIC || p?.partitionIndex !== METADATA_PARTITION) {
      return errorAnswer(ErrorCode.InvalidRequest);
    }
    const info = quorum.raft.describeQuorum();
    const leader = quorum.raft.leaderAndEpoch();
    const replica = (r: ReplicaProgress) => ({
      replicaId: r.replicaId,
      // KIP-853: the directory id the voter set names, or the one an observer sent in its fetches.
      replicaDirectoryId: r.directoryId ?? NO_DIRECTORY,
      logEndOffset: BigInt(r.logEndOffset),
      lastFetchTimestamp: BigInt(r.lastFetchTimestamp),
      lastCaughtUpTimestamp: BigInt(r.lastCaughtUpTimestamp),
    });
    // The voters' endpoints are their controller listeners (controller.quorum.voters), whichever listener asked.
    const listener = controllerListenerNames(ctx.broker.config)[0] ?? ctx.connection.listenerName;
    return {
      errorCode: ErrorCode.None,
      errorMessage: null,
      topics: [
        {
          topicName: METADATA_TOPIC,
          partitions: [
            info
              ? {
                  partitionIndex: 0,
                  errorCode: ErrorCode.None,
                  errorMessage: null,
                  leaderId: info.leaderId,
                  leaderEpoch: info.leaderEpoch,
                  highWatermark: BigInt(info.highWatermark),
                  currentVoters: info.voters.map(replica),
                  // By id, as Kafka's answers come (a hash map of small ids): the tools print them in this order.
                  observers: [...info.observers].sort((a, b) => a.replicaId - b.replicaId).map(replica),
                }
              : {
                  partitionIndex: 0,
                  errorCode: ErrorCode.NotLeaderOrFollower,
                  errorMessage: null,
                  leaderId: leader.leaderId,
                  leaderEpoch: leader.epoch,
                  highWatermark: -1n,
                  currentVoters: [],
                  observers: [],
                },
          ],
        },
      ],
      nodes: !info
        ? []
        : quorum.raft.voterSet()
          ? [...quorum.raft.voterSet()!.nodes.values()].map((v) => ({
              nodeId: v.id,
              listeners: v.endpoints.map((e) => ({ name: e.name, host: e.host, port: e.port })),
            }))
          : [...quorum.voters.values()].map((v) => ({
              nodeId: v.id,
              listeners: [{ name: listener, host: v.host, port: v.port }],
            })),
    };
  },
  errorResponse: (_request, errorCode) => errorAnswer(errorCode),
};
