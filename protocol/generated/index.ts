// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   *.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages protocol/generated)

import type { ApiDescriptor } from '../generator/runtime';
import { ProduceRequestCodec, ProduceResponseCodec } from './produce';
import { FetchRequestCodec, FetchResponseCodec } from './fetch';
import { ListOffsetsRequestCodec, ListOffsetsResponseCodec } from './list-offsets';
import { MetadataRequestCodec, MetadataResponseCodec } from './metadata';
import { LeaderAndIsrRequestCodec, LeaderAndIsrResponseCodec } from './leader-and-isr';
import { StopReplicaRequestCodec, StopReplicaResponseCodec } from './stop-replica';
import { UpdateMetadataRequestCodec, UpdateMetadataResponseCodec } from './update-metadata';
import { ControlledShutdownRequestCodec, ControlledShutdownResponseCodec } from './controlled-shutdown';
import { OffsetCommitRequestCodec, OffsetCommitResponseCodec } from './offset-commit';
import { OffsetFetchRequestCodec, OffsetFetchResponseCodec } from './offset-fetch';
import { FindCoordinatorRequestCodec, FindCoordinatorResponseCodec } from './find-coordinator';
import { JoinGroupRequestCodec, JoinGroupResponseCodec } from './join-group';
import { HeartbeatRequestCodec, HeartbeatResponseCodec } from './heartbeat';
import { LeaveGroupRequestCodec, LeaveGroupResponseCodec } from './leave-group';
import { SyncGroupRequestCodec, SyncGroupResponseCodec } from './sync-group';
import { DescribeGroupsRequestCodec, DescribeGroupsResponseCodec } from './describe-groups';
import { ListGroupsRequestCodec, ListGroupsResponseCodec } from './list-groups';
import { SaslHandshakeRequestCodec, SaslHandshakeResponseCodec } from './sasl-handshake';
import { ApiVersionsRequestCodec, ApiVersionsResponseCodec } from './api-versions';
import { CreateTopicsRequestCodec, CreateTopicsResponseCodec } from './create-topics';
import { DeleteTopicsRequestCodec, DeleteTopicsResponseCodec } from './delete-topics';
import { DeleteRecordsRequestCodec, DeleteRecordsResponseCodec } from './delete-records';
import { InitProducerIdRequestCodec, InitProducerIdResponseCodec } from './init-producer-id';
import { OffsetForLeaderEpochRequestCodec, OffsetForLeaderEpochResponseCodec } from './offset-for-leader-epoch';
import { AddPartitionsToTxnRequestCodec, AddPartitionsToTxnResponseCodec } from './add-partitions-to-txn';
import { AddOffsetsToTxnRequestCodec, AddOffsetsToTxnResponseCodec } from './add-offsets-to-txn';
import { EndTxnRequestCodec, EndTxnResponseCodec } from './end-txn';
import { WriteTxnMarkersRequestCodec, WriteTxnMarkersResponseCodec } from './write-txn-markers';
import { TxnOffsetCommitRequestCodec, TxnOffsetCommitResponseCodec } from './txn-offset-commit';
import { DescribeAclsRequestCodec, DescribeAclsResponseCodec } from './describe-acls';
import { CreateAclsRequestCodec, CreateAclsResponseCodec } from './create-acls';
import { DeleteAclsRequestCodec, DeleteAclsResponseCodec } from './delete-acls';
import { DescribeConfigsRequestCodec, DescribeConfigsResponseCodec } from './describe-configs';
import { AlterConfigsRequestCodec, AlterConfigsResponseCodec } from './alter-configs';
import { AlterReplicaLogDirsRequestCodec, AlterReplicaLogDirsResponseCodec } from './alter-replica-log-dirs';
import { DescribeLogDirsRequestCodec, DescribeLogDirsResponseCodec } from './describe-log-dirs';
import { SaslAuthenticateRequestCodec, SaslAuthenticateResponseCodec } from './sasl-authenticate';
import { CreatePartitionsRequestCodec, CreatePartitionsResponseCodec } from './create-partitions';
import { CreateDelegationTokenRequestCodec, CreateDelegationTokenResponseCodec } from './create-delegation-token';
import { RenewDelegationTokenRequestCodec, RenewDelegationTokenResponseCodec } from './renew-delegation-token';
import { ExpireDelegationTokenRequestCodec, ExpireDelegationTokenResponseCodec } from './expire-delegation-token';
import { DescribeDelegationTokenRequestCodec, DescribeDelegationTokenResponseCodec } from './describe-delegation-token';
import { DeleteGroupsRequestCodec, DeleteGroupsResponseCodec } from './delete-groups';
import { ElectLeadersRequestCodec, ElectLeadersResponseCodec } from './elect-leaders';
import { IncrementalAlterConfigsRequestCodec, IncrementalAlterConfigsResponseCodec } from './incremental-alter-configs';
import { AlterPartitionReassignmentsRequestCodec, AlterPartitionReassignmentsResponseCodec } from './alter-partition-reassignments';
import { ListPartitionReassignmentsRequestCodec, ListPartitionReassignmentsResponseCodec } from './list-partition-reassignments';
import { OffsetDeleteRequestCodec, OffsetDeleteResponseCodec } from './offset-delete';
import { DescribeClientQuotasRequestCodec, DescribeClientQuotasResponseCodec } from './describe-client-quotas';
import { AlterClientQuotasRequestCodec, AlterClientQuotasResponseCodec } from './alter-client-quotas';
import { DescribeUserScramCredentialsRequestCodec, DescribeUserScramCredentialsResponseCodec } from './describe-user-scram-credentials';
import { AlterUserScramCredentialsRequestCodec, AlterUserScramCredentialsResponseCodec } from './alter-user-scram-credentials';
import { VoteRequestCodec, VoteResponseCodec } from './vote';
import { BeginQuorumEpochRequestCodec, BeginQuorumEpochResponseCodec } from './begin-quorum-epoch';
import { EndQuorumEpochRequestCodec, EndQuorumEpochResponseCodec } from './end-quorum-epoch';
import { DescribeQuorumRequestCodec, DescribeQuorumResponseCodec } from './describe-quorum';
import { AlterPartitionRequestCodec, AlterPartitionResponseCodec } from './alter-partition';
import { UpdateFeaturesRequestCodec, UpdateFeaturesResponseCodec } from './update-features';
import { EnvelopeRequestCodec, EnvelopeResponseCodec } from './envelope';
import { FetchSnapshotRequestCodec, FetchSnapshotResponseCodec } from './fetch-snapshot';
import { DescribeClusterRequestCodec, DescribeClusterResponseCodec } from './describe-cluster';
import { DescribeProducersRequestCodec, DescribeProducersResponseCodec } from './describe-producers';
import { BrokerRegistrationRequestCodec, BrokerRegistrationResponseCodec } from './broker-registration';
import { BrokerHeartbeatRequestCodec, BrokerHeartbeatResponseCodec } from './broker-heartbeat';
import { UnregisterBrokerRequestCodec, UnregisterBrokerResponseCodec } from './unregister-broker';
import { DescribeTransactionsRequestCodec, DescribeTransactionsResponseCodec } from './describe-transactions';
import { ListTransactionsRequestCodec, ListTransactionsResponseCodec } from './list-transactions';
import { AllocateProducerIdsRequestCodec, AllocateProducerIdsResponseCodec } from './allocate-producer-ids';
import { ConsumerGroupHeartbeatRequestCodec, ConsumerGroupHeartbeatResponseCodec } from './consumer-group-heartbeat';
import { ConsumerGroupDescribeRequestCodec, ConsumerGroupDescribeResponseCodec } from './consumer-group-describe';
import { ControllerRegistrationRequestCodec, ControllerRegistrationResponseCodec } from './controller-registration';
import { GetTelemetrySubscriptionsRequestCodec, GetTelemetrySubscriptionsResponseCodec } from './get-telemetry-subscriptions';
import { PushTelemetryRequestCodec, PushTelemetryResponseCodec } from './push-telemetry';
import { AssignReplicasToDirsRequestCodec, AssignReplicasToDirsResponseCodec } from './assign-replicas-to-dirs';
import { ListClientMetricsResourcesRequestCodec, ListClientMetricsResourcesResponseCodec } from './list-client-metrics-resources';
import { DescribeTopicPartitionsRequestCodec, DescribeTopicPartitionsResponseCodec } from './describe-topic-partitions';
import { ShareGroupHeartbeatRequestCodec, ShareGroupHeartbeatResponseCodec } from './share-group-heartbeat';
import { ShareGroupDescribeRequestCodec, ShareGroupDescribeResponseCodec } from './share-group-describe';
import { ShareFetchRequestCodec, ShareFetchResponseCodec } from './share-fetch';
import { ShareAcknowledgeRequestCodec, ShareAcknowledgeResponseCodec } from './share-acknowledge';
import { AddRaftVoterRequestCodec, AddRaftVoterResponseCodec } from './add-raft-voter';
import { RemoveRaftVoterRequestCodec, RemoveRaftVoterResponseCodec } from './remove-raft-voter';
import { UpdateRaftVoterRequestCodec, UpdateRaftVoterResponseCodec } from './update-raft-voter';
import { InitializeShareGroupStateRequestCodec, InitializeShareGroupStateResponseCodec } from './initialize-share-group-state';
import { ReadShareGroupStateRequestCodec, ReadShareGroupStateResponseCodec } from './read-share-group-state';
import { WriteShareGroupStateRequestCodec, WriteShareGroupStateResponseCodec } from './write-share-group-state';
import { DeleteShareGroupStateRequestCodec, DeleteShareGroupStateResponseCodec } from './delete-share-group-state';
import { ReadShareGroupStateSummaryRequestCodec, ReadShareGroupStateSummaryResponseCodec } from './read-share-group-state-summary';

export type { ApiDescriptor, MessageCodec } from '../generator/runtime';
export { decodeVersionPrefixed, encodeVersionPrefixed } from '../generator/runtime';
export * from './produce';
export * from './fetch';
export * from './list-offsets';
export * from './metadata';
export * from './leader-and-isr';
export * from './stop-replica';
export * from './update-metadata';
export * from './controlled-shutdown';
export * from './offset-commit';
export * from './offset-fetch';
export * from './find-coordinator';
export * from './join-group';
export * from './heartbeat';
export * from './leave-group';
export * from './sync-group';
export * from './describe-groups';
export * from './list-groups';
export * from './sasl-handshake';
export * from './api-versions';
export * from './create-topics';
export * from './delete-topics';
export * from './delete-records';
export * from './init-producer-id';
export * from './offset-for-leader-epoch';
export * from './add-partitions-to-txn';
export * from './add-offsets-to-txn';
export * from './end-txn';
export * from './write-txn-markers';
export * from './txn-offset-commit';
export * from './describe-acls';
export * from './create-acls';
export * from './delete-acls';
export * from './describe-configs';
export * from './alter-configs';
export * from './alter-replica-log-dirs';
export * from './describe-log-dirs';
export * from './sasl-authenticate';
export * from './create-partitions';
export * from './create-delegation-token';
export * from './renew-delegation-token';
export * from './expire-delegation-token';
export * from './describe-delegation-token';
export * from './delete-groups';
export * from './elect-leaders';
export * from './incremental-alter-configs';
export * from './alter-partition-reassignments';
export * from './list-partition-reassignments';
export * from './offset-delete';
export * from './describe-client-quotas';
export * from './alter-client-quotas';
export * from './describe-user-scram-credentials';
export * from './alter-user-scram-credentials';
export * from './vote';
export * from './begin-quorum-epoch';
export * from './end-quorum-epoch';
export * from './describe-quorum';
export * from './alter-partition';
export * from './update-features';
export * from './envelope';
export * from './fetch-snapshot';
export * from './describe-cluster';
export * from './describe-producers';
export * from './broker-registration';
export * from './broker-heartbeat';
export * from './unregister-broker';
export * from './describe-transactions';
export * from './list-transactions';
export * from './allocate-producer-ids';
export * from './consumer-group-heartbeat';
export * from './consumer-group-describe';
export * from './controller-registration';
export * from './get-telemetry-subscriptions';
export * from './push-telemetry';
export * from './assign-replicas-to-dirs';
export * from './list-client-metrics-resources';
export * from './describe-topic-partitions';
export * from './share-group-heartbeat';
export * from './share-group-describe';
export * from './share-fetch';
export * from './share-acknowledge';
export * from './add-raft-voter';
export * from './remove-raft-voter';
export * from './update-raft-voter';
export * from './initialize-share-group-state';
export * from './read-share-group-state';
export * from './write-share-group-state';
export * from './delete-share-group-state';
export * from './read-share-group-state-summary';
export * from './consumer-protocol-assignment';
export * from './consumer-protocol-subscription';
export * from './default-principal-data';
export * from './k-raft-version-record';
export * from './leader-change-message';
export * from './request-header';
export * from './response-header';
export * from './snapshot-footer-record';
export * from './snapshot-header-record';
export * from './voters-record';

/** Every API of the schemas, indexed by API key (undefined where no API has that key). */
export const API_BY_KEY: ReadonlyArray<ApiDescriptor | undefined> = [
  {
    apiKey: 0,
    name: 'Produce',
    request: ProduceRequestCodec,
    response: ProduceResponseCodec,
    minVersion: 0,
    maxVersion: 11,
    flexibleFrom: 9,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 1,
    name: 'Fetch',
    request: FetchRequestCodec,
    response: FetchResponseCodec,
    minVersion: 0,
    maxVersion: 17,
    flexibleFrom: 12,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 2,
    name: 'ListOffsets',
    request: ListOffsetsRequestCodec,
    response: ListOffsetsResponseCodec,
    minVersion: 0,
    maxVersion: 10,
    flexibleFrom: 6,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 3,
    name: 'Metadata',
    request: MetadataRequestCodec,
    response: MetadataResponseCodec,
    minVersion: 0,
    maxVersion: 12,
    flexibleFrom: 9,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 4,
    name: 'LeaderAndIsr',
    request: LeaderAndIsrRequestCodec,
    response: LeaderAndIsrResponseCodec,
    minVersion: 0,
    maxVersion: 7,
    flexibleFrom: 4,
    latestVersionUnstable: false,
    listeners: ['zkBroker'],
  },
  {
    apiKey: 5,
    name: 'StopReplica',
    request: StopReplicaRequestCodec,
    response: StopReplicaResponseCodec,
    minVersion: 0,
    maxVersion: 4,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker'],
  },
  {
    apiKey: 6,
    name: 'UpdateMetadata',
    request: UpdateMetadataRequestCodec,
    response: UpdateMetadataResponseCodec,
    minVersion: 0,
    maxVersion: 8,
    flexibleFrom: 6,
    latestVersionUnstable: false,
    listeners: ['zkBroker'],
  },
  {
    apiKey: 7,
    name: 'ControlledShutdown',
    request: ControlledShutdownRequestCodec,
    response: ControlledShutdownResponseCodec,
    minVersion: 0,
    maxVersion: 3,
    flexibleFrom: 3,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'controller'],
  },
  {
    apiKey: 8,
    name: 'OffsetCommit',
    request: OffsetCommitRequestCodec,
    response: OffsetCommitResponseCodec,
    minVersion: 0,
    maxVersion: 9,
    flexibleFrom: 8,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 9,
    name: 'OffsetFetch',
    request: OffsetFetchRequestCodec,
    response: OffsetFetchResponseCodec,
    minVersion: 0,
    maxVersion: 9,
    flexibleFrom: 6,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 10,
    name: 'FindCoordinator',
    request: FindCoordinatorRequestCodec,
    response: FindCoordinatorResponseCodec,
    minVersion: 0,
    maxVersion: 6,
    flexibleFrom: 3,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 11,
    name: 'JoinGroup',
    request: JoinGroupRequestCodec,
    response: JoinGroupResponseCodec,
    minVersion: 0,
    maxVersion: 9,
    flexibleFrom: 6,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 12,
    name: 'Heartbeat',
    request: HeartbeatRequestCodec,
    response: HeartbeatResponseCodec,
    minVersion: 0,
    maxVersion: 4,
    flexibleFrom: 4,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 13,
    name: 'LeaveGroup',
    request: LeaveGroupRequestCodec,
    response: LeaveGroupResponseCodec,
    minVersion: 0,
    maxVersion: 5,
    flexibleFrom: 4,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 14,
    name: 'SyncGroup',
    request: SyncGroupRequestCodec,
    response: SyncGroupResponseCodec,
    minVersion: 0,
    maxVersion: 5,
    flexibleFrom: 4,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 15,
    name: 'DescribeGroups',
    request: DescribeGroupsRequestCodec,
    response: DescribeGroupsResponseCodec,
    minVersion: 0,
    maxVersion: 5,
    flexibleFrom: 5,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 16,
    name: 'ListGroups',
    request: ListGroupsRequestCodec,
    response: ListGroupsResponseCodec,
    minVersion: 0,
    maxVersion: 5,
    flexibleFrom: 3,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 17,
    name: 'SaslHandshake',
    request: SaslHandshakeRequestCodec,
    response: SaslHandshakeResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 18,
    name: 'ApiVersions',
    request: ApiVersionsRequestCodec,
    response: ApiVersionsResponseCodec,
    minVersion: 0,
    maxVersion: 4,
    flexibleFrom: 3,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 19,
    name: 'CreateTopics',
    request: CreateTopicsRequestCodec,
    response: CreateTopicsResponseCodec,
    minVersion: 0,
    maxVersion: 7,
    flexibleFrom: 5,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 20,
    name: 'DeleteTopics',
    request: DeleteTopicsRequestCodec,
    response: DeleteTopicsResponseCodec,
    minVersion: 0,
    maxVersion: 6,
    flexibleFrom: 4,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 21,
    name: 'DeleteRecords',
    request: DeleteRecordsRequestCodec,
    response: DeleteRecordsResponseCodec,
    minVersion: 0,
    maxVersion: 2,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 22,
    name: 'InitProducerId',
    request: InitProducerIdRequestCodec,
    response: InitProducerIdResponseCodec,
    minVersion: 0,
    maxVersion: 5,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 23,
    name: 'OffsetForLeaderEpoch',
    request: OffsetForLeaderEpochRequestCodec,
    response: OffsetForLeaderEpochResponseCodec,
    minVersion: 0,
    maxVersion: 4,
    flexibleFrom: 4,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 24,
    name: 'AddPartitionsToTxn',
    request: AddPartitionsToTxnRequestCodec,
    response: AddPartitionsToTxnResponseCodec,
    minVersion: 0,
    maxVersion: 5,
    flexibleFrom: 3,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 25,
    name: 'AddOffsetsToTxn',
    request: AddOffsetsToTxnRequestCodec,
    response: AddOffsetsToTxnResponseCodec,
    minVersion: 0,
    maxVersion: 4,
    flexibleFrom: 3,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 26,
    name: 'EndTxn',
    request: EndTxnRequestCodec,
    response: EndTxnResponseCodec,
    minVersion: 0,
    maxVersion: 5,
    flexibleFrom: 3,
    latestVersionUnstable: true,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 27,
    name: 'WriteTxnMarkers',
    request: WriteTxnMarkersRequestCodec,
    response: WriteTxnMarkersResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 1,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 28,
    name: 'TxnOffsetCommit',
    request: TxnOffsetCommitRequestCodec,
    response: TxnOffsetCommitResponseCodec,
    minVersion: 0,
    maxVersion: 4,
    flexibleFrom: 3,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 29,
    name: 'DescribeAcls',
    request: DescribeAclsRequestCodec,
    response: DescribeAclsResponseCodec,
    minVersion: 0,
    maxVersion: 3,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 30,
    name: 'CreateAcls',
    request: CreateAclsRequestCodec,
    response: CreateAclsResponseCodec,
    minVersion: 0,
    maxVersion: 3,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 31,
    name: 'DeleteAcls',
    request: DeleteAclsRequestCodec,
    response: DeleteAclsResponseCodec,
    minVersion: 0,
    maxVersion: 3,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 32,
    name: 'DescribeConfigs',
    request: DescribeConfigsRequestCodec,
    response: DescribeConfigsResponseCodec,
    minVersion: 0,
    maxVersion: 4,
    flexibleFrom: 4,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 33,
    name: 'AlterConfigs',
    request: AlterConfigsRequestCodec,
    response: AlterConfigsResponseCodec,
    minVersion: 0,
    maxVersion: 2,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 34,
    name: 'AlterReplicaLogDirs',
    request: AlterReplicaLogDirsRequestCodec,
    response: AlterReplicaLogDirsResponseCodec,
    minVersion: 0,
    maxVersion: 2,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 35,
    name: 'DescribeLogDirs',
    request: DescribeLogDirsRequestCodec,
    response: DescribeLogDirsResponseCodec,
    minVersion: 0,
    maxVersion: 4,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 36,
    name: 'SaslAuthenticate',
    request: SaslAuthenticateRequestCodec,
    response: SaslAuthenticateResponseCodec,
    minVersion: 0,
    maxVersion: 2,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 37,
    name: 'CreatePartitions',
    request: CreatePartitionsRequestCodec,
    response: CreatePartitionsResponseCodec,
    minVersion: 0,
    maxVersion: 3,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 38,
    name: 'CreateDelegationToken',
    request: CreateDelegationTokenRequestCodec,
    response: CreateDelegationTokenResponseCodec,
    minVersion: 0,
    maxVersion: 3,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 39,
    name: 'RenewDelegationToken',
    request: RenewDelegationTokenRequestCodec,
    response: RenewDelegationTokenResponseCodec,
    minVersion: 0,
    maxVersion: 2,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 40,
    name: 'ExpireDelegationToken',
    request: ExpireDelegationTokenRequestCodec,
    response: ExpireDelegationTokenResponseCodec,
    minVersion: 0,
    maxVersion: 2,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 41,
    name: 'DescribeDelegationToken',
    request: DescribeDelegationTokenRequestCodec,
    response: DescribeDelegationTokenResponseCodec,
    minVersion: 0,
    maxVersion: 3,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 42,
    name: 'DeleteGroups',
    request: DeleteGroupsRequestCodec,
    response: DeleteGroupsResponseCodec,
    minVersion: 0,
    maxVersion: 2,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 43,
    name: 'ElectLeaders',
    request: ElectLeadersRequestCodec,
    response: ElectLeadersResponseCodec,
    minVersion: 0,
    maxVersion: 2,
    flexibleFrom: 2,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 44,
    name: 'IncrementalAlterConfigs',
    request: IncrementalAlterConfigsRequestCodec,
    response: IncrementalAlterConfigsResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 1,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 45,
    name: 'AlterPartitionReassignments',
    request: AlterPartitionReassignmentsRequestCodec,
    response: AlterPartitionReassignmentsResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['broker', 'controller', 'zkBroker'],
  },
  {
    apiKey: 46,
    name: 'ListPartitionReassignments',
    request: ListPartitionReassignmentsRequestCodec,
    response: ListPartitionReassignmentsResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['broker', 'controller', 'zkBroker'],
  },
  {
    apiKey: 47,
    name: 'OffsetDelete',
    request: OffsetDeleteRequestCodec,
    response: OffsetDeleteResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 48,
    name: 'DescribeClientQuotas',
    request: DescribeClientQuotasRequestCodec,
    response: DescribeClientQuotasResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 1,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 49,
    name: 'AlterClientQuotas',
    request: AlterClientQuotasRequestCodec,
    response: AlterClientQuotasResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 1,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 50,
    name: 'DescribeUserScramCredentials',
    request: DescribeUserScramCredentialsRequestCodec,
    response: DescribeUserScramCredentialsResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 51,
    name: 'AlterUserScramCredentials',
    request: AlterUserScramCredentialsRequestCodec,
    response: AlterUserScramCredentialsResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 52,
    name: 'Vote',
    request: VoteRequestCodec,
    response: VoteResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['controller'],
  },
  {
    apiKey: 53,
    name: 'BeginQuorumEpoch',
    request: BeginQuorumEpochRequestCodec,
    response: BeginQuorumEpochResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 1,
    latestVersionUnstable: false,
    listeners: ['controller'],
  },
  {
    apiKey: 54,
    name: 'EndQuorumEpoch',
    request: EndQuorumEpochRequestCodec,
    response: EndQuorumEpochResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 1,
    latestVersionUnstable: false,
    listeners: ['controller'],
  },
  {
    apiKey: 55,
    name: 'DescribeQuorum',
    request: DescribeQuorumRequestCodec,
    response: DescribeQuorumResponseCodec,
    minVersion: 0,
    maxVersion: 2,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['broker', 'controller'],
  },
  {
    apiKey: 56,
    name: 'AlterPartition',
    request: AlterPartitionRequestCodec,
    response: AlterPartitionResponseCodec,
    minVersion: 0,
    maxVersion: 3,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'controller'],
  },
  {
    apiKey: 57,
    name: 'UpdateFeatures',
    request: UpdateFeaturesRequestCodec,
    response: UpdateFeaturesResponseCodec,
    minVersion: 0,
    maxVersion: 2,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 58,
    name: 'Envelope',
    request: EnvelopeRequestCodec,
    response: EnvelopeResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['controller', 'zkBroker'],
  },
  {
    apiKey: 59,
    name: 'FetchSnapshot',
    request: FetchSnapshotRequestCodec,
    response: FetchSnapshotResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['controller'],
  },
  {
    apiKey: 60,
    name: 'DescribeCluster',
    request: DescribeClusterRequestCodec,
    response: DescribeClusterResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
  },
  {
    apiKey: 61,
    name: 'DescribeProducers',
    request: DescribeProducersRequestCodec,
    response: DescribeProducersResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 62,
    name: 'BrokerRegistration',
    request: BrokerRegistrationRequestCodec,
    response: BrokerRegistrationResponseCodec,
    minVersion: 0,
    maxVersion: 4,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['controller'],
  },
  {
    apiKey: 63,
    name: 'BrokerHeartbeat',
    request: BrokerHeartbeatRequestCodec,
    response: BrokerHeartbeatResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['controller'],
  },
  {
    apiKey: 64,
    name: 'UnregisterBroker',
    request: UnregisterBrokerRequestCodec,
    response: UnregisterBrokerResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['broker', 'controller'],
  },
  {
    apiKey: 65,
    name: 'DescribeTransactions',
    request: DescribeTransactionsRequestCodec,
    response: DescribeTransactionsResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 66,
    name: 'ListTransactions',
    request: ListTransactionsRequestCodec,
    response: ListTransactionsResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 67,
    name: 'AllocateProducerIds',
    request: AllocateProducerIdsRequestCodec,
    response: AllocateProducerIdsResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'controller'],
  },
  {
    apiKey: 68,
    name: 'ConsumerGroupHeartbeat',
    request: ConsumerGroupHeartbeatRequestCodec,
    response: ConsumerGroupHeartbeatResponseCodec,
    minVersion: 0,
    maxVersion: 1,
    flexibleFrom: 0,
    latestVersionUnstable: true,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 69,
    name: 'ConsumerGroupDescribe',
    request: ConsumerGroupDescribeRequestCodec,
    response: ConsumerGroupDescribeResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
  },
  {
    apiKey: 70,
    name: 'ControllerRegistration',
    request: ControllerRegistrationRequestCodec,
    response: ControllerRegistrationResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['controller'],
  },
  {
    apiKey: 71,
    name: 'GetTelemetrySubscriptions',
    request: GetTelemetrySubscriptionsRequestCodec,
    response: GetTelemetrySubscriptionsResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['broker'],
  },
  {
    apiKey: 72,
    name: 'PushTelemetry',
    request: PushTelemetryRequestCodec,
    response: PushTelemetryResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['broker'],
  },
  {
    apiKey: 73,
    name: 'AssignReplicasToDirs',
    request: AssignReplicasToDirsRequestCodec,
    response: AssignReplicasToDirsResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['controller'],
  },
  {
    apiKey: 74,
    name: 'ListClientMetricsResources',
    request: ListClientMetricsResourcesRequestCodec,
    response: ListClientMetricsResourcesResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['broker'],
  },
  {
    apiKey: 75,
    name: 'DescribeTopicPartitions',
    request: DescribeTopicPartitionsRequestCodec,
    response: DescribeTopicPartitionsResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['broker'],
  },
  {
    apiKey: 76,
    name: 'ShareGroupHeartbeat',
    request: ShareGroupHeartbeatRequestCodec,
    response: ShareGroupHeartbeatResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: true,
    listeners: ['broker'],
  },
  {
    apiKey: 77,
    name: 'ShareGroupDescribe',
    request: ShareGroupDescribeRequestCodec,
    response: ShareGroupDescribeResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: true,
    listeners: ['broker'],
  },
  {
    apiKey: 78,
    name: 'ShareFetch',
    request: ShareFetchRequestCodec,
    response: ShareFetchResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: true,
    listeners: ['broker'],
  },
  {
    apiKey: 79,
    name: 'ShareAcknowledge',
    request: ShareAcknowledgeRequestCodec,
    response: ShareAcknowledgeResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: true,
    listeners: ['broker'],
  },
  {
    apiKey: 80,
    name: 'AddRaftVoter',
    request: AddRaftVoterRequestCodec,
    response: AddRaftVoterResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['controller', 'broker'],
  },
  {
    apiKey: 81,
    name: 'RemoveRaftVoter',
    request: RemoveRaftVoterRequestCodec,
    response: RemoveRaftVoterResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['controller', 'broker'],
  },
  {
    apiKey: 82,
    name: 'UpdateRaftVoter',
    request: UpdateRaftVoterRequestCodec,
    response: UpdateRaftVoterResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: false,
    listeners: ['controller'],
  },
  {
    apiKey: 83,
    name: 'InitializeShareGroupState',
    request: InitializeShareGroupStateRequestCodec,
    response: InitializeShareGroupStateResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: true,
    listeners: ['broker'],
  },
  {
    apiKey: 84,
    name: 'ReadShareGroupState',
    request: ReadShareGroupStateRequestCodec,
    response: ReadShareGroupStateResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: true,
    listeners: ['broker'],
  },
  {
    apiKey: 85,
    name: 'WriteShareGroupState',
    request: WriteShareGroupStateRequestCodec,
    response: WriteShareGroupStateResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: true,
    listeners: ['broker'],
  },
  {
    apiKey: 86,
    name: 'DeleteShareGroupState',
    request: DeleteShareGroupStateRequestCodec,
    response: DeleteShareGroupStateResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: true,
    listeners: ['broker'],
  },
  {
    apiKey: 87,
    name: 'ReadShareGroupStateSummary',
    request: ReadShareGroupStateSummaryRequestCodec,
    response: ReadShareGroupStateSummaryResponseCodec,
    minVersion: 0,
    maxVersion: 0,
    flexibleFrom: 0,
    latestVersionUnstable: true,
    listeners: ['broker'],
  },
];

/** API keys by name, e.g. `API_KEYS.Produce === 0`. */
export const API_KEYS = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  LeaderAndIsr: 4,
  StopReplica: 5,
  UpdateMetadata: 6,
  ControlledShutdown: 7,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  SaslHandshake: 17,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  DeleteRecords: 21,
  InitProducerId: 22,
  OffsetForLeaderEpoch: 23,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  WriteTxnMarkers: 27,
  TxnOffsetCommit: 28,
  DescribeAcls: 29,
  CreateAcls: 30,
  DeleteAcls: 31,
  DescribeConfigs: 32,
  AlterConfigs: 33,
  AlterReplicaLogDirs: 34,
  DescribeLogDirs: 35,
  SaslAuthenticate: 36,
  CreatePartitions: 37,
  CreateDelegationToken: 38,
  RenewDelegationToken: 39,
  ExpireDelegationToken: 40,
  DescribeDelegationToken: 41,
  DeleteGroups: 42,
  ElectLeaders: 43,
  IncrementalAlterConfigs: 44,
  AlterPartitionReassignments: 45,
  ListPartitionReassignments: 46,
  OffsetDelete: 47,
  DescribeClientQuotas: 48,
  AlterClientQuotas: 49,
  DescribeUserScramCredentials: 50,
  AlterUserScramCredentials: 51,
  Vote: 52,
  BeginQuorumEpoch: 53,
  EndQuorumEpoch: 54,
  DescribeQuorum: 55,
  AlterPartition: 56,
  UpdateFeatures: 57,
  Envelope: 58,
  FetchSnapshot: 59,
  DescribeCluster: 60,
  DescribeProducers: 61,
  BrokerRegistration: 62,
  BrokerHeartbeat: 63,
  UnregisterBroker: 64,
  DescribeTransactions: 65,
  ListTransactions: 66,
  AllocateProducerIds: 67,
  ConsumerGroupHeartbeat: 68,
  ConsumerGroupDescribe: 69,
  ControllerRegistration: 70,
  GetTelemetrySubscriptions: 71,
  PushTelemetry: 72,
  AssignReplicasToDirs: 73,
  ListClientMetricsResources: 74,
  DescribeTopicPartitions: 75,
  ShareGroupHeartbeat: 76,
  ShareGroupDescribe: 77,
  ShareFetch: 78,
  ShareAcknowledge: 79,
  AddRaftVoter: 80,
  RemoveRaftVoter: 81,
  UpdateRaftVoter: 82,
  InitializeShareGroupState: 83,
  ReadShareGroupState: 84,
  WriteShareGroupState: 85,
  DeleteShareGroupState: 86,
  ReadShareGroupStateSummary: 87,
} as const;
