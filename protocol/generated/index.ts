// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   *.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages protocol/generated)

import type { ApiDescriptor } from '../generator/runtime';
import { type ProduceRequest, ProduceRequestCodec, type ProduceResponse, ProduceResponseCodec } from './produce';
import { type FetchRequest, FetchRequestCodec, type FetchResponse, FetchResponseCodec } from './fetch';
import { type ListOffsetsRequest, ListOffsetsRequestCodec, type ListOffsetsResponse, ListOffsetsResponseCodec } from './list-offsets';
import { type MetadataRequest, MetadataRequestCodec, type MetadataResponse, MetadataResponseCodec } from './metadata';
import { type LeaderAndIsrRequest, LeaderAndIsrRequestCodec, type LeaderAndIsrResponse, LeaderAndIsrResponseCodec } from './leader-and-isr';
import { type StopReplicaRequest, StopReplicaRequestCodec, type StopReplicaResponse, StopReplicaResponseCodec } from './stop-replica';
import { type UpdateMetadataRequest, UpdateMetadataRequestCodec, type UpdateMetadataResponse, UpdateMetadataResponseCodec } from './update-metadata';
import { type ControlledShutdownRequest, ControlledShutdownRequestCodec, type ControlledShutdownResponse, ControlledShutdownResponseCodec } from './controlled-shutdown';
import { type OffsetCommitRequest, OffsetCommitRequestCodec, type OffsetCommitResponse, OffsetCommitResponseCodec } from './offset-commit';
import { type OffsetFetchRequest, OffsetFetchRequestCodec, type OffsetFetchResponse, OffsetFetchResponseCodec } from './offset-fetch';
import { type FindCoordinatorRequest, FindCoordinatorRequestCodec, type FindCoordinatorResponse, FindCoordinatorResponseCodec } from './find-coordinator';
import { type JoinGroupRequest, JoinGroupRequestCodec, type JoinGroupResponse, JoinGroupResponseCodec } from './join-group';
import { type HeartbeatRequest, HeartbeatRequestCodec, type HeartbeatResponse, HeartbeatResponseCodec } from './heartbeat';
import { type LeaveGroupRequest, LeaveGroupRequestCodec, type LeaveGroupResponse, LeaveGroupResponseCodec } from './leave-group';
import { type SyncGroupRequest, SyncGroupRequestCodec, type SyncGroupResponse, SyncGroupResponseCodec } from './sync-group';
import { type DescribeGroupsRequest, DescribeGroupsRequestCodec, type DescribeGroupsResponse, DescribeGroupsResponseCodec } from './describe-groups';
import { type ListGroupsRequest, ListGroupsRequestCodec, type ListGroupsResponse, ListGroupsResponseCodec } from './list-groups';
import { type SaslHandshakeRequest, SaslHandshakeRequestCodec, type SaslHandshakeResponse, SaslHandshakeResponseCodec } from './sasl-handshake';
import { type ApiVersionsRequest, ApiVersionsRequestCodec, type ApiVersionsResponse, ApiVersionsResponseCodec } from './api-versions';
import { type CreateTopicsRequest, CreateTopicsRequestCodec, type CreateTopicsResponse, CreateTopicsResponseCodec } from './create-topics';
import { type DeleteTopicsRequest, DeleteTopicsRequestCodec, type DeleteTopicsResponse, DeleteTopicsResponseCodec } from './delete-topics';
import { type DeleteRecordsRequest, DeleteRecordsRequestCodec, type DeleteRecordsResponse, DeleteRecordsResponseCodec } from './delete-records';
import { type InitProducerIdRequest, InitProducerIdRequestCodec, type InitProducerIdResponse, InitProducerIdResponseCodec } from './init-producer-id';
import { type OffsetForLeaderEpochRequest, OffsetForLeaderEpochRequestCodec, type OffsetForLeaderEpochResponse, OffsetForLeaderEpochResponseCodec } from './offset-for-leader-epoch';
import { type AddPartitionsToTxnRequest, AddPartitionsToTxnRequestCodec, type AddPartitionsToTxnResponse, AddPartitionsToTxnResponseCodec } from './add-partitions-to-txn';
import { type AddOffsetsToTxnRequest, AddOffsetsToTxnRequestCodec, type AddOffsetsToTxnResponse, AddOffsetsToTxnResponseCodec } from './add-offsets-to-txn';
import { type EndTxnRequest, EndTxnRequestCodec, type EndTxnResponse, EndTxnResponseCodec } from './end-txn';
import { type WriteTxnMarkersRequest, WriteTxnMarkersRequestCodec, type WriteTxnMarkersResponse, WriteTxnMarkersResponseCodec } from './write-txn-markers';
import { type TxnOffsetCommitRequest, TxnOffsetCommitRequestCodec, type TxnOffsetCommitResponse, TxnOffsetCommitResponseCodec } from './txn-offset-commit';
import { type DescribeAclsRequest, DescribeAclsRequestCodec, type DescribeAclsResponse, DescribeAclsResponseCodec } from './describe-acls';
import { type CreateAclsRequest, CreateAclsRequestCodec, type CreateAclsResponse, CreateAclsResponseCodec } from './create-acls';
import { type DeleteAclsRequest, DeleteAclsRequestCodec, type DeleteAclsResponse, DeleteAclsResponseCodec } from './delete-acls';
import { type DescribeConfigsRequest, DescribeConfigsRequestCodec, type DescribeConfigsResponse, DescribeConfigsResponseCodec } from './describe-configs';
import { type AlterConfigsRequest, AlterConfigsRequestCodec, type AlterConfigsResponse, AlterConfigsResponseCodec } from './alter-configs';
import { type AlterReplicaLogDirsRequest, AlterReplicaLogDirsRequestCodec, type AlterReplicaLogDirsResponse, AlterReplicaLogDirsResponseCodec } from './alter-replica-log-dirs';
import { type DescribeLogDirsRequest, DescribeLogDirsRequestCodec, type DescribeLogDirsResponse, DescribeLogDirsResponseCodec } from './describe-log-dirs';
import { type SaslAuthenticateRequest, SaslAuthenticateRequestCodec, type SaslAuthenticateResponse, SaslAuthenticateResponseCodec } from './sasl-authenticate';
import { type CreatePartitionsRequest, CreatePartitionsRequestCodec, type CreatePartitionsResponse, CreatePartitionsResponseCodec } from './create-partitions';
import { type CreateDelegationTokenRequest, CreateDelegationTokenRequestCodec, type CreateDelegationTokenResponse, CreateDelegationTokenResponseCodec } from './create-delegation-token';
import { type RenewDelegationTokenRequest, RenewDelegationTokenRequestCodec, type RenewDelegationTokenResponse, RenewDelegationTokenResponseCodec } from './renew-delegation-token';
import { type ExpireDelegationTokenRequest, ExpireDelegationTokenRequestCodec, type ExpireDelegationTokenResponse, ExpireDelegationTokenResponseCodec } from './expire-delegation-token';
import { type DescribeDelegationTokenRequest, DescribeDelegationTokenRequestCodec, type DescribeDelegationTokenResponse, DescribeDelegationTokenResponseCodec } from './describe-delegation-token';
import { type DeleteGroupsRequest, DeleteGroupsRequestCodec, type DeleteGroupsResponse, DeleteGroupsResponseCodec } from './delete-groups';
import { type ElectLeadersRequest, ElectLeadersRequestCodec, type ElectLeadersResponse, ElectLeadersResponseCodec } from './elect-leaders';
import { type IncrementalAlterConfigsRequest, IncrementalAlterConfigsRequestCodec, type IncrementalAlterConfigsResponse, IncrementalAlterConfigsResponseCodec } from './incremental-alter-configs';
import { type AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsRequestCodec, type AlterPartitionReassignmentsResponse, AlterPartitionReassignmentsResponseCodec } from './alter-partition-reassignments';
import { type ListPartitionReassignmentsRequest, ListPartitionReassignmentsRequestCodec, type ListPartitionReassignmentsResponse, ListPartitionReassignmentsResponseCodec } from './list-partition-reassignments';
import { type OffsetDeleteRequest, OffsetDeleteRequestCodec, type OffsetDeleteResponse, OffsetDeleteResponseCodec } from './offset-delete';
import { type DescribeClientQuotasRequest, DescribeClientQuotasRequestCodec, type DescribeClientQuotasResponse, DescribeClientQuotasResponseCodec } from './describe-client-quotas';
import { type AlterClientQuotasRequest, AlterClientQuotasRequestCodec, type AlterClientQuotasResponse, AlterClientQuotasResponseCodec } from './alter-client-quotas';
import { type DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsRequestCodec, type DescribeUserScramCredentialsResponse, DescribeUserScramCredentialsResponseCodec } from './describe-user-scram-credentials';
import { type AlterUserScramCredentialsRequest, AlterUserScramCredentialsRequestCodec, type AlterUserScramCredentialsResponse, AlterUserScramCredentialsResponseCodec } from './alter-user-scram-credentials';
import { type VoteRequest, VoteRequestCodec, type VoteResponse, VoteResponseCodec } from './vote';
import { type BeginQuorumEpochRequest, BeginQuorumEpochRequestCodec, type BeginQuorumEpochResponse, BeginQuorumEpochResponseCodec } from './begin-quorum-epoch';
import { type EndQuorumEpochRequest, EndQuorumEpochRequestCodec, type EndQuorumEpochResponse, EndQuorumEpochResponseCodec } from './end-quorum-epoch';
import { type DescribeQuorumRequest, DescribeQuorumRequestCodec, type DescribeQuorumResponse, DescribeQuorumResponseCodec } from './describe-quorum';
import { type AlterPartitionRequest, AlterPartitionRequestCodec, type AlterPartitionResponse, AlterPartitionResponseCodec } from './alter-partition';
import { type UpdateFeaturesRequest, UpdateFeaturesRequestCodec, type UpdateFeaturesResponse, UpdateFeaturesResponseCodec } from './update-features';
import { type EnvelopeRequest, EnvelopeRequestCodec, type EnvelopeResponse, EnvelopeResponseCodec } from './envelope';
import { type FetchSnapshotRequest, FetchSnapshotRequestCodec, type FetchSnapshotResponse, FetchSnapshotResponseCodec } from './fetch-snapshot';
import { type DescribeClusterRequest, DescribeClusterRequestCodec, type DescribeClusterResponse, DescribeClusterResponseCodec } from './describe-cluster';
import { type DescribeProducersRequest, DescribeProducersRequestCodec, type DescribeProducersResponse, DescribeProducersResponseCodec } from './describe-producers';
import { type BrokerRegistrationRequest, BrokerRegistrationRequestCodec, type BrokerRegistrationResponse, BrokerRegistrationResponseCodec } from './broker-registration';
import { type BrokerHeartbeatRequest, BrokerHeartbeatRequestCodec, type BrokerHeartbeatResponse, BrokerHeartbeatResponseCodec } from './broker-heartbeat';
import { type UnregisterBrokerRequest, UnregisterBrokerRequestCodec, type UnregisterBrokerResponse, UnregisterBrokerResponseCodec } from './unregister-broker';
import { type DescribeTransactionsRequest, DescribeTransactionsRequestCodec, type DescribeTransactionsResponse, DescribeTransactionsResponseCodec } from './describe-transactions';
import { type ListTransactionsRequest, ListTransactionsRequestCodec, type ListTransactionsResponse, ListTransactionsResponseCodec } from './list-transactions';
import { type AllocateProducerIdsRequest, AllocateProducerIdsRequestCodec, type AllocateProducerIdsResponse, AllocateProducerIdsResponseCodec } from './allocate-producer-ids';
import { type ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatRequestCodec, type ConsumerGroupHeartbeatResponse, ConsumerGroupHeartbeatResponseCodec } from './consumer-group-heartbeat';
import { type ConsumerGroupDescribeRequest, ConsumerGroupDescribeRequestCodec, type ConsumerGroupDescribeResponse, ConsumerGroupDescribeResponseCodec } from './consumer-group-describe';
import { type ControllerRegistrationRequest, ControllerRegistrationRequestCodec, type ControllerRegistrationResponse, ControllerRegistrationResponseCodec } from './controller-registration';
import { type GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsRequestCodec, type GetTelemetrySubscriptionsResponse, GetTelemetrySubscriptionsResponseCodec } from './get-telemetry-subscriptions';
import { type PushTelemetryRequest, PushTelemetryRequestCodec, type PushTelemetryResponse, PushTelemetryResponseCodec } from './push-telemetry';
import { type AssignReplicasToDirsRequest, AssignReplicasToDirsRequestCodec, type AssignReplicasToDirsResponse, AssignReplicasToDirsResponseCodec } from './assign-replicas-to-dirs';
import { type ListClientMetricsResourcesRequest, ListClientMetricsResourcesRequestCodec, type ListClientMetricsResourcesResponse, ListClientMetricsResourcesResponseCodec } from './list-client-metrics-resources';
import { type DescribeTopicPartitionsRequest, DescribeTopicPartitionsRequestCodec, type DescribeTopicPartitionsResponse, DescribeTopicPartitionsResponseCodec } from './describe-topic-partitions';
import { type ShareGroupHeartbeatRequest, ShareGroupHeartbeatRequestCodec, type ShareGroupHeartbeatResponse, ShareGroupHeartbeatResponseCodec } from './share-group-heartbeat';
import { type ShareGroupDescribeRequest, ShareGroupDescribeRequestCodec, type ShareGroupDescribeResponse, ShareGroupDescribeResponseCodec } from './share-group-describe';
import { type ShareFetchRequest, ShareFetchRequestCodec, type ShareFetchResponse, ShareFetchResponseCodec } from './share-fetch';
import { type ShareAcknowledgeRequest, ShareAcknowledgeRequestCodec, type ShareAcknowledgeResponse, ShareAcknowledgeResponseCodec } from './share-acknowledge';
import { type AddRaftVoterRequest, AddRaftVoterRequestCodec, type AddRaftVoterResponse, AddRaftVoterResponseCodec } from './add-raft-voter';
import { type RemoveRaftVoterRequest, RemoveRaftVoterRequestCodec, type RemoveRaftVoterResponse, RemoveRaftVoterResponseCodec } from './remove-raft-voter';
import { type UpdateRaftVoterRequest, UpdateRaftVoterRequestCodec, type UpdateRaftVoterResponse, UpdateRaftVoterResponseCodec } from './update-raft-voter';
import { type InitializeShareGroupStateRequest, InitializeShareGroupStateRequestCodec, type InitializeShareGroupStateResponse, InitializeShareGroupStateResponseCodec } from './initialize-share-group-state';
import { type ReadShareGroupStateRequest, ReadShareGroupStateRequestCodec, type ReadShareGroupStateResponse, ReadShareGroupStateResponseCodec } from './read-share-group-state';
import { type WriteShareGroupStateRequest, WriteShareGroupStateRequestCodec, type WriteShareGroupStateResponse, WriteShareGroupStateResponseCodec } from './write-share-group-state';
import { type DeleteShareGroupStateRequest, DeleteShareGroupStateRequestCodec, type DeleteShareGroupStateResponse, DeleteShareGroupStateResponseCodec } from './delete-share-group-state';
import { type ReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryRequestCodec, type ReadShareGroupStateSummaryResponse, ReadShareGroupStateSummaryResponseCodec } from './read-share-group-state-summary';

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

/** Request body type by API key, e.g. `ApiRequestTypes[0]` is `ProduceRequest`. */
export interface ApiRequestTypes {
  0: ProduceRequest;
  1: FetchRequest;
  2: ListOffsetsRequest;
  3: MetadataRequest;
  4: LeaderAndIsrRequest;
  5: StopReplicaRequest;
  6: UpdateMetadataRequest;
  7: ControlledShutdownRequest;
  8: OffsetCommitRequest;
  9: OffsetFetchRequest;
  10: FindCoordinatorRequest;
  11: JoinGroupRequest;
  12: HeartbeatRequest;
  13: LeaveGroupRequest;
  14: SyncGroupRequest;
  15: DescribeGroupsRequest;
  16: ListGroupsRequest;
  17: SaslHandshakeRequest;
  18: ApiVersionsRequest;
  19: CreateTopicsRequest;
  20: DeleteTopicsRequest;
  21: DeleteRecordsRequest;
  22: InitProducerIdRequest;
  23: OffsetForLeaderEpochRequest;
  24: AddPartitionsToTxnRequest;
  25: AddOffsetsToTxnRequest;
  26: EndTxnRequest;
  27: WriteTxnMarkersRequest;
  28: TxnOffsetCommitRequest;
  29: DescribeAclsRequest;
  30: CreateAclsRequest;
  31: DeleteAclsRequest;
  32: DescribeConfigsRequest;
  33: AlterConfigsRequest;
  34: AlterReplicaLogDirsRequest;
  35: DescribeLogDirsRequest;
  36: SaslAuthenticateRequest;
  37: CreatePartitionsRequest;
  38: CreateDelegationTokenRequest;
  39: RenewDelegationTokenRequest;
  40: ExpireDelegationTokenRequest;
  41: DescribeDelegationTokenRequest;
  42: DeleteGroupsRequest;
  43: ElectLeadersRequest;
  44: IncrementalAlterConfigsRequest;
  45: AlterPartitionReassignmentsRequest;
  46: ListPartitionReassignmentsRequest;
  47: OffsetDeleteRequest;
  48: DescribeClientQuotasRequest;
  49: AlterClientQuotasRequest;
  50: DescribeUserScramCredentialsRequest;
  51: AlterUserScramCredentialsRequest;
  52: VoteRequest;
  53: BeginQuorumEpochRequest;
  54: EndQuorumEpochRequest;
  55: DescribeQuorumRequest;
  56: AlterPartitionRequest;
  57: UpdateFeaturesRequest;
  58: EnvelopeRequest;
  59: FetchSnapshotRequest;
  60: DescribeClusterRequest;
  61: DescribeProducersRequest;
  62: BrokerRegistrationRequest;
  63: BrokerHeartbeatRequest;
  64: UnregisterBrokerRequest;
  65: DescribeTransactionsRequest;
  66: ListTransactionsRequest;
  67: AllocateProducerIdsRequest;
  68: ConsumerGroupHeartbeatRequest;
  69: ConsumerGroupDescribeRequest;
  70: ControllerRegistrationRequest;
  71: GetTelemetrySubscriptionsRequest;
  72: PushTelemetryRequest;
  73: AssignReplicasToDirsRequest;
  74: ListClientMetricsResourcesRequest;
  75: DescribeTopicPartitionsRequest;
  76: ShareGroupHeartbeatRequest;
  77: ShareGroupDescribeRequest;
  78: ShareFetchRequest;
  79: ShareAcknowledgeRequest;
  80: AddRaftVoterRequest;
  81: RemoveRaftVoterRequest;
  82: UpdateRaftVoterRequest;
  83: InitializeShareGroupStateRequest;
  84: ReadShareGroupStateRequest;
  85: WriteShareGroupStateRequest;
  86: DeleteShareGroupStateRequest;
  87: ReadShareGroupStateSummaryRequest;
}

/** Response body type by API key. */
export interface ApiResponseTypes {
  0: ProduceResponse;
  1: FetchResponse;
  2: ListOffsetsResponse;
  3: MetadataResponse;
  4: LeaderAndIsrResponse;
  5: StopReplicaResponse;
  6: UpdateMetadataResponse;
  7: ControlledShutdownResponse;
  8: OffsetCommitResponse;
  9: OffsetFetchResponse;
  10: FindCoordinatorResponse;
  11: JoinGroupResponse;
  12: HeartbeatResponse;
  13: LeaveGroupResponse;
  14: SyncGroupResponse;
  15: DescribeGroupsResponse;
  16: ListGroupsResponse;
  17: SaslHandshakeResponse;
  18: ApiVersionsResponse;
  19: CreateTopicsResponse;
  20: DeleteTopicsResponse;
  21: DeleteRecordsResponse;
  22: InitProducerIdResponse;
  23: OffsetForLeaderEpochResponse;
  24: AddPartitionsToTxnResponse;
  25: AddOffsetsToTxnResponse;
  26: EndTxnResponse;
  27: WriteTxnMarkersResponse;
  28: TxnOffsetCommitResponse;
  29: DescribeAclsResponse;
  30: CreateAclsResponse;
  31: DeleteAclsResponse;
  32: DescribeConfigsResponse;
  33: AlterConfigsResponse;
  34: AlterReplicaLogDirsResponse;
  35: DescribeLogDirsResponse;
  36: SaslAuthenticateResponse;
  37: CreatePartitionsResponse;
  38: CreateDelegationTokenResponse;
  39: RenewDelegationTokenResponse;
  40: ExpireDelegationTokenResponse;
  41: DescribeDelegationTokenResponse;
  42: DeleteGroupsResponse;
  43: ElectLeadersResponse;
  44: IncrementalAlterConfigsResponse;
  45: AlterPartitionReassignmentsResponse;
  46: ListPartitionReassignmentsResponse;
  47: OffsetDeleteResponse;
  48: DescribeClientQuotasResponse;
  49: AlterClientQuotasResponse;
  50: DescribeUserScramCredentialsResponse;
  51: AlterUserScramCredentialsResponse;
  52: VoteResponse;
  53: BeginQuorumEpochResponse;
  54: EndQuorumEpochResponse;
  55: DescribeQuorumResponse;
  56: AlterPartitionResponse;
  57: UpdateFeaturesResponse;
  58: EnvelopeResponse;
  59: FetchSnapshotResponse;
  60: DescribeClusterResponse;
  61: DescribeProducersResponse;
  62: BrokerRegistrationResponse;
  63: BrokerHeartbeatResponse;
  64: UnregisterBrokerResponse;
  65: DescribeTransactionsResponse;
  66: ListTransactionsResponse;
  67: AllocateProducerIdsResponse;
  68: ConsumerGroupHeartbeatResponse;
  69: ConsumerGroupDescribeResponse;
  70: ControllerRegistrationResponse;
  71: GetTelemetrySubscriptionsResponse;
  72: PushTelemetryResponse;
  73: AssignReplicasToDirsResponse;
  74: ListClientMetricsResourcesResponse;
  75: DescribeTopicPartitionsResponse;
  76: ShareGroupHeartbeatResponse;
  77: ShareGroupDescribeResponse;
  78: ShareFetchResponse;
  79: ShareAcknowledgeResponse;
  80: AddRaftVoterResponse;
  81: RemoveRaftVoterResponse;
  82: UpdateRaftVoterResponse;
  83: InitializeShareGroupStateResponse;
  84: ReadShareGroupStateResponse;
  85: WriteShareGroupStateResponse;
  86: DeleteShareGroupStateResponse;
  87: ReadShareGroupStateSummaryResponse;
}
