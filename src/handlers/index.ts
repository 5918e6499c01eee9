import { describeProducersHandler } from './describe-producers';
import { txnOffsetCommitHandler } from './txn-offset-commit';
import { listTransactionsHandler } from './list-transactions';
import { listConfigResourcesHandler } from './list-config-resources';
import { initProducerIdHandler } from './init-producer-id';
import { endTxnHandler } from './end-txn';
import { describeTransactionsHandler } from './describe-transactions';
import { addPartitionsToTxnHandler } from './add-partitions-to-txn';
import { addOffsetsToTxnHandler } from './add-offsets-to-txn';
import { alterConfigsHandler } from './alter-configs';
import { apiVersionsHandler } from './api-versions';
import { consumerGroupDescribeHandler } from './consumer-group-describe';
import { consumerGroupHeartbeatHandler } from './consumer-group-heartbeat';
import { createPartitionsHandler } from './create-partitions';
import { createTopicsHandler } from './create-topics';
import { deleteGroupsHandler } from './delete-groups';
import { deleteRecordsHandler } from './delete-records';
import { deleteTopicsHandler } from './delete-topics';
import { describeClusterHandler } from './describe-cluster';
import { describeTopicPartitionsHandler } from './describe-topic-partitions';
import { describeConfigsHandler } from './describe-configs';
import { describeGroupsHandler } from './describe-groups';
import { describeLogDirsHandler } from './describe-log-dirs';
import { alterReplicaLogDirsHandler } from './alter-replica-log-dirs';
import { fetchHandler } from './fetch';
import { findCoordinatorHandler } from './find-coordinator';
import { heartbeatHandler } from './heartbeat';
import { incrementalAlterConfigsHandler } from './incremental-alter-configs';
import { joinGroupHandler } from './join-group';
import { leaveGroupHandler } from './leave-group';
import { listGroupsHandler } from './list-groups';
import { listOffsetsHandler } from './list-offsets';
import { metadataHandler } from './metadata';
import { offsetCommitHandler } from './offset-commit';
import { offsetDeleteHandler } from './offset-delete';
import { offsetFetchHandler } from './offset-fetch';
import { offsetForLeaderEpochHandler } from './offset-for-leader-epoch';
import { produceHandler } from './produce';
import { HandlerRegistry } from './registry';
import { syncGroupHandler } from './sync-group';
import { beginQuorumEpochHandler } from './begin-quorum-epoch';
import { describeQuorumHandler } from './describe-quorum';
import { endQuorumEpochHandler } from './end-quorum-epoch';
import { fetchSnapshotHandler } from './fetch-snapshot';
import { addRaftVoterHandler, removeRaftVoterHandler, updateRaftVoterHandler } from './raft-voters';
import { voteHandler } from './vote';
import { allocateProducerIdsHandler } from './allocate-producer-ids';
import { writeTxnMarkersHandler } from './write-txn-markers';
import { alterPartitionHandler } from './alter-partition';
import { brokerHeartbeatHandler } from './broker-heartbeat';
import { brokerRegistrationHandler } from './broker-registration';
import { saslHandshakeHandler } from './sasl-handshake';
import { saslAuthenticateHandler } from './sasl-authenticate';
import { describeUserScramCredentialsHandler } from './describe-user-scram-credentials';
import { alterUserScramCredentialsHandler } from './alter-user-scram-credentials';
import { describeClientQuotasHandler } from './describe-client-quotas';
import { alterClientQuotasHandler } from './alter-client-quotas';
import { createAclsHandler, deleteAclsHandler, describeAclsHandler } from './acls';
import { electLeadersHandler } from './elect-leaders';
import { unregisterBrokerHandler } from './unregister-broker';
import { shareGroupHeartbeatHandler } from './share-group-heartbeat';
import { shareGroupDescribeHandler } from './share-group-describe';
import { shareFetchHandler } from './share-fetch';
import { shareAcknowledgeHandler } from './share-acknowledge';
import { describeShareGroupOffsetsHandler } from './describe-share-group-offsets';
import { alterShareGroupOffsetsHandler } from './alter-share-group-offsets';
import { deleteShareGroupOffsetsHandler } from './delete-share-group-offsets';
import { streamsGroupHeartbeatHandler } from './streams-group-heartbeat';
import { streamsGroupDescribeHandler } from './streams-group-describe';
import { updateFeaturesHandler } from './update-features';
import {
  createDelegationTokenHandler,
  describeDelegationTokenHandler,
  expireDelegationTokenHandler,
  renewDelegationTokenHandler,
} from './delegation-tokens';
import { envelopeHandler } from './envelope';
import { alterPartitionReassignmentsHandler, listPartitionReassignmentsHandler } from './partition-reassignments';

/**
 * Every API this broker answers; one module per API key (see README.md for the versions chosen). `kraft`: the
 * node has the controller role in a KRaft quorum (controller.quorum.voters), so the quorum's RPCs are answered
 * (and WriteTxnMarkers, which only another broker's transaction coordinator sends).
 */
export function createHandlerRegistry(options: { kraft?: boolean } = {}): HandlerRegistry {
  const registry = baseRegistry();
  if (options.kraft) {
    registry
      .register(voteHandler)
      .register(beginQuorumEpochHandler)
      .register(endQuorumEpochHandler)
      .register(describeQuorumHandler)
      .register(addRaftVoterHandler)
      .register(removeRaftVoterHandler)
      .register(updateRaftVoterHandler)
      .register(fetchSnapshotHandler)
      .register(brokerRegistrationHandler)
      .register(brokerHeartbeatHandler)
      .register(alterPartitionHandler)
      .register(allocateProducerIdsHandler)
      .register(writeTxnMarkersHandler)
      .register(unregisterBrokerHandler)
      .register(updateFeaturesHandler)
      .register(envelopeHandler);
  }
  return registry;
}

function baseRegistry(): HandlerRegistry {
  return new HandlerRegistry()
    .register(produceHandler)
    .register(fetchHandler)
    .register(listOffsetsHandler)
    .register(metadataHandler)
    .register(apiVersionsHandler)
    .register(createTopicsHandler)
    .register(deleteTopicsHandler)
    .register(deleteRecordsHandler)
    .register(offsetForLeaderEpochHandler)
    .register(describeConfigsHandler)
    .register(alterConfigsHandler)
    .register(describeLogDirsHandler)
    .register(alterReplicaLogDirsHandler)
    .register(createPartitionsHandler)
    .register(incrementalAlterConfigsHandler)
    .register(describeClusterHandler)
    .register(describeTopicPartitionsHandler)
    .register(findCoordinatorHandler)
    .register(joinGroupHandler)
    .register(heartbeatHandler)
    .register(leaveGroupHandler)
    .register(syncGroupHandler)
    .register(describeGroupsHandler)
    .register(listGroupsHandler)
    .register(offsetCommitHandler)
    .register(offsetFetchHandler)
    .register(deleteGroupsHandler)
    .register(offsetDeleteHandler)
    .register(consumerGroupHeartbeatHandler)
    .register(consumerGroupDescribeHandler)
    .register(shareGroupHeartbeatHandler)
    .register(shareGroupDescribeHandler)
    .register(shareFetchHandler)
    .register(shareAcknowledgeHandler)
    .register(describeShareGroupOffsetsHandler)
    .register(alterShareGroupOffsetsHandler)
    .register(deleteShareGroupOffsetsHandler)
    .register(streamsGroupHeartbeatHandler)
    .register(streamsGroupDescribeHandler)
    .register(initProducerIdHandler)
    .register(addPartitionsToTxnHandler)
    .register(addOffsetsToTxnHandler)
    .register(endTxnHandler)
    .register(txnOffsetCommitHandler)
    .register(describeProducersHandler)
    .register(describeTransactionsHandler)
    .register(listTransactionsHandler)
    .register(listConfigResourcesHandler)
    .register(saslHandshakeHandler)
    .register(saslAuthenticateHandler)
    .register(describeUserScramCredentialsHandler)
    .register(alterUserScramCredentialsHandler)
    .register(describeClientQuotasHandler)
    .register(alterClientQuotasHandler)
    .register(describeAclsHandler)
    .register(createAclsHandler)
    .register(deleteAclsHandler)
    .register(electLeadersHandler)
    .register(alterPartitionReassignmentsHandler)
    .register(listPartitionReassignmentsHandler)
    .register(createDelegationTokenHandler)
    .register(renewDelegationTokenHandler)
    .register(expireDelegationTokenHandler)
    .register(describeDelegationTokenHandler);
}
