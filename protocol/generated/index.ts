// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   *.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

// and Apache Kafka 4.4.0: AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json, ApiVersionsRequest.json, ApiVersionsResponse.json, ConsumerGroupDescribeRequest.json, ConsumerGroupDescribeResponse.json, DeleteGroupsRequest.json, DeleteGroupsResponse.json, DescribeClusterRequest.json, DescribeClusterResponse.json, DescribeGroupsRequest.json, DescribeGroupsResponse.json, DescribeLogDirsRequest.json, DescribeLogDirsResponse.json, EndTxnRequest.json, EndTxnResponse.json, FetchRequest.json, FetchResponse.json, ListConfigResourcesRequest.json, ListConfigResourcesResponse.json, ListOffsetsRequest.json, ListOffsetsResponse.json, ListTransactionsRequest.json, ListTransactionsResponse.json, MetadataRequest.json, MetadataResponse.json, OffsetCommitRequest.json, OffsetCommitResponse.json, OffsetFetchRequest.json, OffsetFetchResponse.json, ProduceRequest.json, ProduceResponse.json, ShareAcknowledgeRequest.json, ShareAcknowledgeResponse.json, ShareFetchRequest.json, ShareFetchResponse.json, ShareGroupDescribeRequest.json, ShareGroupDescribeResponse.json, ShareGroupHeartbeatRequest.json, ShareGroupHeartbeatResponse.json, TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json, VoteRequest.json, VoteResponse.json, AlterShareGroupOffsetsRequest.json, AlterShareGroupOffsetsResponse.json, DeleteShareGroupOffsetsRequest.json, DeleteShareGroupOffsetsResponse.json, DescribeShareGroupOffsetsRequest.json, DescribeShareGroupOffsetsResponse.json, StreamsGroupDescribeRequest.json, StreamsGroupDescribeResponse.json, StreamsGroupHeartbeatRequest.json, StreamsGroupHeartbeatResponse.json

// Every module below loads on first use, not when this index is imported (start-up time): types are
// re-exported as usual, values through getters that require their module when first read (see
// lazyExports in ../generator/runtime.ts), and API_BY_KEY's codecs the same way. Each never-run
// `0 && (module.exports = {...})` names the getters for Node's ESM import of the compiled index, whose
// static export detection (cjs-module-lexer) cannot see them (esbuild writes the same hint).

import { type ApiDescriptor, lazyApiDescriptor, lazyExports } from '../generator/runtime';
import type * as ProduceModule from './produce';
import type * as FetchModule from './fetch';
import type * as ListOffsetsModule from './list-offsets';
import type * as MetadataModule from './metadata';
import type * as LeaderAndIsrModule from './leader-and-isr';
import type * as StopReplicaModule from './stop-replica';
import type * as UpdateMetadataModule from './update-metadata';
import type * as ControlledShutdownModule from './controlled-shutdown';
import type * as OffsetCommitModule from './offset-commit';
import type * as OffsetFetchModule from './offset-fetch';
import type * as FindCoordinatorModule from './find-coordinator';
import type * as JoinGroupModule from './join-group';
import type * as HeartbeatModule from './heartbeat';
import type * as LeaveGroupModule from './leave-group';
import type * as SyncGroupModule from './sync-group';
import type * as DescribeGroupsModule from './describe-groups';
import type * as ListGroupsModule from './list-groups';
import type * as SaslHandshakeModule from './sasl-handshake';
import type * as ApiVersionsModule from './api-versions';
import type * as CreateTopicsModule from './create-topics';
import type * as DeleteTopicsModule from './delete-topics';
import type * as DeleteRecordsModule from './delete-records';
import type * as InitProducerIdModule from './init-producer-id';
import type * as OffsetForLeaderEpochModule from './offset-for-leader-epoch';
import type * as AddPartitionsToTxnModule from './add-partitions-to-txn';
import type * as AddOffsetsToTxnModule from './add-offsets-to-txn';
import type * as EndTxnModule from './end-txn';
import type * as WriteTxnMarkersModule from './write-txn-markers';
import type * as TxnOffsetCommitModule from './txn-offset-commit';
import type * as DescribeAclsModule from './describe-acls';
import type * as CreateAclsModule from './create-acls';
import type * as DeleteAclsModule from './delete-acls';
import type * as DescribeConfigsModule from './describe-configs';
import type * as AlterConfigsModule from './alter-configs';
import type * as AlterReplicaLogDirsModule from './alter-replica-log-dirs';
import type * as DescribeLogDirsModule from './describe-log-dirs';
import type * as SaslAuthenticateModule from './sasl-authenticate';
import type * as CreatePartitionsModule from './create-partitions';
import type * as CreateDelegationTokenModule from './create-delegation-token';
import type * as RenewDelegationTokenModule from './renew-delegation-token';
import type * as ExpireDelegationTokenModule from './expire-delegation-token';
import type * as DescribeDelegationTokenModule from './describe-delegation-token';
import type * as DeleteGroupsModule from './delete-groups';
import type * as ElectLeadersModule from './elect-leaders';
import type * as IncrementalAlterConfigsModule from './incremental-alter-configs';
import type * as AlterPartitionReassignmentsModule from './alter-partition-reassignments';
import type * as ListPartitionReassignmentsModule from './list-partition-reassignments';
import type * as OffsetDeleteModule from './offset-delete';
import type * as DescribeClientQuotasModule from './describe-client-quotas';
import type * as AlterClientQuotasModule from './alter-client-quotas';
import type * as DescribeUserScramCredentialsModule from './describe-user-scram-credentials';
import type * as AlterUserScramCredentialsModule from './alter-user-scram-credentials';
import type * as VoteModule from './vote';
import type * as BeginQuorumEpochModule from './begin-quorum-epoch';
import type * as EndQuorumEpochModule from './end-quorum-epoch';
import type * as DescribeQuorumModule from './describe-quorum';
import type * as AlterPartitionModule from './alter-partition';
import type * as UpdateFeaturesModule from './update-features';
import type * as EnvelopeModule from './envelope';
import type * as FetchSnapshotModule from './fetch-snapshot';
import type * as DescribeClusterModule from './describe-cluster';
import type * as DescribeProducersModule from './describe-producers';
import type * as BrokerRegistrationModule from './broker-registration';
import type * as BrokerHeartbeatModule from './broker-heartbeat';
import type * as UnregisterBrokerModule from './unregister-broker';
import type * as DescribeTransactionsModule from './describe-transactions';
import type * as ListTransactionsModule from './list-transactions';
import type * as AllocateProducerIdsModule from './allocate-producer-ids';
import type * as ConsumerGroupHeartbeatModule from './consumer-group-heartbeat';
import type * as ConsumerGroupDescribeModule from './consumer-group-describe';
import type * as ControllerRegistrationModule from './controller-registration';
import type * as GetTelemetrySubscriptionsModule from './get-telemetry-subscriptions';
import type * as PushTelemetryModule from './push-telemetry';
import type * as AssignReplicasToDirsModule from './assign-replicas-to-dirs';
import type * as ListConfigResourcesModule from './list-config-resources';
import type * as DescribeTopicPartitionsModule from './describe-topic-partitions';
import type * as ShareGroupHeartbeatModule from './share-group-heartbeat';
import type * as ShareGroupDescribeModule from './share-group-describe';
import type * as ShareFetchModule from './share-fetch';
import type * as ShareAcknowledgeModule from './share-acknowledge';
import type * as AddRaftVoterModule from './add-raft-voter';
import type * as RemoveRaftVoterModule from './remove-raft-voter';
import type * as UpdateRaftVoterModule from './update-raft-voter';
import type * as InitializeShareGroupStateModule from './initialize-share-group-state';
import type * as ReadShareGroupStateModule from './read-share-group-state';
import type * as WriteShareGroupStateModule from './write-share-group-state';
import type * as DeleteShareGroupStateModule from './delete-share-group-state';
import type * as ReadShareGroupStateSummaryModule from './read-share-group-state-summary';
import type * as StreamsGroupHeartbeatModule from './streams-group-heartbeat';
import type * as StreamsGroupDescribeModule from './streams-group-describe';
import type * as DescribeShareGroupOffsetsModule from './describe-share-group-offsets';
import type * as AlterShareGroupOffsetsModule from './alter-share-group-offsets';
import type * as DeleteShareGroupOffsetsModule from './delete-share-group-offsets';
import type * as ConsumerProtocolAssignmentModule from './consumer-protocol-assignment';
import type * as ConsumerProtocolSubscriptionModule from './consumer-protocol-subscription';
import type * as DefaultPrincipalDataModule from './default-principal-data';
import type * as KRaftVersionRecordModule from './k-raft-version-record';
import type * as LeaderChangeMessageModule from './leader-change-message';
import type * as RequestHeaderModule from './request-header';
import type * as ResponseHeaderModule from './response-header';
import type * as SnapshotFooterRecordModule from './snapshot-footer-record';
import type * as SnapshotHeaderRecordModule from './snapshot-header-record';
import type * as VotersRecordModule from './voters-record';

export type { ApiDescriptor, MessageCodec } from '../generator/runtime';
export { decodeVersionPrefixed, encodeVersionPrefixed } from '../generator/runtime';

const loadProduce = (): typeof ProduceModule => require('./produce');
const loadFetch = (): typeof FetchModule => require('./fetch');
const loadListOffsets = (): typeof ListOffsetsModule => require('./list-offsets');
const loadMetadata = (): typeof MetadataModule => require('./metadata');
const loadLeaderAndIsr = (): typeof LeaderAndIsrModule => require('./leader-and-isr');
const loadStopReplica = (): typeof StopReplicaModule => require('./stop-replica');
const loadUpdateMetadata = (): typeof UpdateMetadataModule => require('./update-metadata');
const loadControlledShutdown = (): typeof ControlledShutdownModule => require('./controlled-shutdown');
const loadOffsetCommit = (): typeof OffsetCommitModule => require('./offset-commit');
const loadOffsetFetch = (): typeof OffsetFetchModule => require('./offset-fetch');
const loadFindCoordinator = (): typeof FindCoordinatorModule => require('./find-coordinator');
const loadJoinGroup = (): typeof JoinGroupModule => require('./join-group');
const loadHeartbeat = (): typeof HeartbeatModule => require('./heartbeat');
const loadLeaveGroup = (): typeof LeaveGroupModule => require('./leave-group');
const loadSyncGroup = (): typeof SyncGroupModule => require('./sync-group');
const loadDescribeGroups = (): typeof DescribeGroupsModule => require('./describe-groups');
const loadListGroups = (): typeof ListGroupsModule => require('./list-groups');
const loadSaslHandshake = (): typeof SaslHandshakeModule => require('./sasl-handshake');
const loadApiVersions = (): typeof ApiVersionsModule => require('./api-versions');
const loadCreateTopics = (): typeof CreateTopicsModule => require('./create-topics');
const loadDeleteTopics = (): typeof DeleteTopicsModule => require('./delete-topics');
const loadDeleteRecords = (): typeof DeleteRecordsModule => require('./delete-records');
const loadInitProducerId = (): typeof InitProducerIdModule => require('./init-producer-id');
const loadOffsetForLeaderEpoch = (): typeof OffsetForLeaderEpochModule => require('./offset-for-leader-epoch');
const loadAddPartitionsToTxn = (): typeof AddPartitionsToTxnModule => require('./add-partitions-to-txn');
const loadAddOffsetsToTxn = (): typeof AddOffsetsToTxnModule => require('./add-offsets-to-txn');
const loadEndTxn = (): typeof EndTxnModule => require('./end-txn');
const loadWriteTxnMarkers = (): typeof WriteTxnMarkersModule => require('./write-txn-markers');
const loadTxnOffsetCommit = (): typeof TxnOffsetCommitModule => require('./txn-offset-commit');
const loadDescribeAcls = (): typeof DescribeAclsModule => require('./describe-acls');
const loadCreateAcls = (): typeof CreateAclsModule => require('./create-acls');
const loadDeleteAcls = (): typeof DeleteAclsModule => require('./delete-acls');
const loadDescribeConfigs = (): typeof DescribeConfigsModule => require('./describe-configs');
const loadAlterConfigs = (): typeof AlterConfigsModule => require('./alter-configs');
const loadAlterReplicaLogDirs = (): typeof AlterReplicaLogDirsModule => require('./alter-replica-log-dirs');
const loadDescribeLogDirs = (): typeof DescribeLogDirsModule => require('./describe-log-dirs');
const loadSaslAuthenticate = (): typeof SaslAuthenticateModule => require('./sasl-authenticate');
const loadCreatePartitions = (): typeof CreatePartitionsModule => require('./create-partitions');
const loadCreateDelegationToken = (): typeof CreateDelegationTokenModule => require('./create-delegation-token');
const loadRenewDelegationToken = (): typeof RenewDelegationTokenModule => require('./renew-delegation-token');
const loadExpireDelegationToken = (): typeof ExpireDelegationTokenModule => require('./expire-delegation-token');
const loadDescribeDelegationToken = (): typeof DescribeDelegationTokenModule => require('./describe-delegation-token');
const loadDeleteGroups = (): typeof DeleteGroupsModule => require('./delete-groups');
const loadElectLeaders = (): typeof ElectLeadersModule => require('./elect-leaders');
const loadIncrementalAlterConfigs = (): typeof IncrementalAlterConfigsModule => require('./incremental-alter-configs');
const loadAlterPartitionReassignments = (): typeof AlterPartitionReassignmentsModule => require('./alter-partition-reassignments');
const loadListPartitionReassignments = (): typeof ListPartitionReassignmentsModule => require('./list-partition-reassignments');
const loadOffsetDelete = (): typeof OffsetDeleteModule => require('./offset-delete');
const loadDescribeClientQuotas = (): typeof DescribeClientQuotasModule => require('./describe-client-quotas');
const loadAlterClientQuotas = (): typeof AlterClientQuotasModule => require('./alter-client-quotas');
const loadDescribeUserScramCredentials = (): typeof DescribeUserScramCredentialsModule => require('./describe-user-scram-credentials');
const loadAlterUserScramCredentials = (): typeof AlterUserScramCredentialsModule => require('./alter-user-scram-credentials');
const loadVote = (): typeof VoteModule => require('./vote');
const loadBeginQuorumEpoch = (): typeof BeginQuorumEpochModule => require('./begin-quorum-epoch');
const loadEndQuorumEpoch = (): typeof EndQuorumEpochModule => require('./end-quorum-epoch');
const loadDescribeQuorum = (): typeof DescribeQuorumModule => require('./describe-quorum');
const loadAlterPartition = (): typeof AlterPartitionModule => require('./alter-partition');
const loadUpdateFeatures = (): typeof UpdateFeaturesModule => require('./update-features');
const loadEnvelope = (): typeof EnvelopeModule => require('./envelope');
const loadFetchSnapshot = (): typeof FetchSnapshotModule => require('./fetch-snapshot');
const loadDescribeCluster = (): typeof DescribeClusterModule => require('./describe-cluster');
const loadDescribeProducers = (): typeof DescribeProducersModule => require('./describe-producers');
const loadBrokerRegistration = (): typeof BrokerRegistrationModule => require('./broker-registration');
const loadBrokerHeartbeat = (): typeof BrokerHeartbeatModule => require('./broker-heartbeat');
const loadUnregisterBroker = (): typeof UnregisterBrokerModule => require('./unregister-broker');
const loadDescribeTransactions = (): typeof DescribeTransactionsModule => require('./describe-transactions');
const loadListTransactions = (): typeof ListTransactionsModule => require('./list-transactions');
const loadAllocateProducerIds = (): typeof AllocateProducerIdsModule => require('./allocate-producer-ids');
const loadConsumerGroupHeartbeat = (): typeof ConsumerGroupHeartbeatModule => require('./consumer-group-heartbeat');
const loadConsumerGroupDescribe = (): typeof ConsumerGroupDescribeModule => require('./consumer-group-describe');
const loadControllerRegistration = (): typeof ControllerRegistrationModule => require('./controller-registration');
const loadGetTelemetrySubscriptions = (): typeof GetTelemetrySubscriptionsModule => require('./get-telemetry-subscriptions');
const loadPushTelemetry = (): typeof PushTelemetryModule => require('./push-telemetry');
const loadAssignReplicasToDirs = (): typeof AssignReplicasToDirsModule => require('./assign-replicas-to-dirs');
const loadListConfigResources = (): typeof ListConfigResourcesModule => require('./list-config-resources');
const loadDescribeTopicPartitions = (): typeof DescribeTopicPartitionsModule => require('./describe-topic-partitions');
const loadShareGroupHeartbeat = (): typeof ShareGroupHeartbeatModule => require('./share-group-heartbeat');
const loadShareGroupDescribe = (): typeof ShareGroupDescribeModule => require('./share-group-describe');
const loadShareFetch = (): typeof ShareFetchModule => require('./share-fetch');
const loadShareAcknowledge = (): typeof ShareAcknowledgeModule => require('./share-acknowledge');
const loadAddRaftVoter = (): typeof AddRaftVoterModule => require('./add-raft-voter');
const loadRemoveRaftVoter = (): typeof RemoveRaftVoterModule => require('./remove-raft-voter');
const loadUpdateRaftVoter = (): typeof UpdateRaftVoterModule => require('./update-raft-voter');
const loadInitializeShareGroupState = (): typeof InitializeShareGroupStateModule => require('./initialize-share-group-state');
const loadReadShareGroupState = (): typeof ReadShareGroupStateModule => require('./read-share-group-state');
const loadWriteShareGroupState = (): typeof WriteShareGroupStateModule => require('./write-share-group-state');
const loadDeleteShareGroupState = (): typeof DeleteShareGroupStateModule => require('./delete-share-group-state');
const loadReadShareGroupStateSummary = (): typeof ReadShareGroupStateSummaryModule => require('./read-share-group-state-summary');
const loadStreamsGroupHeartbeat = (): typeof StreamsGroupHeartbeatModule => require('./streams-group-heartbeat');
const loadStreamsGroupDescribe = (): typeof StreamsGroupDescribeModule => require('./streams-group-describe');
const loadDescribeShareGroupOffsets = (): typeof DescribeShareGroupOffsetsModule => require('./describe-share-group-offsets');
const loadAlterShareGroupOffsets = (): typeof AlterShareGroupOffsetsModule => require('./alter-share-group-offsets');
const loadDeleteShareGroupOffsets = (): typeof DeleteShareGroupOffsetsModule => require('./delete-share-group-offsets');
const loadConsumerProtocolAssignment = (): typeof ConsumerProtocolAssignmentModule => require('./consumer-protocol-assignment');
const loadConsumerProtocolSubscription = (): typeof ConsumerProtocolSubscriptionModule => require('./consumer-protocol-subscription');
const loadDefaultPrincipalData = (): typeof DefaultPrincipalDataModule => require('./default-principal-data');
const loadKRaftVersionRecord = (): typeof KRaftVersionRecordModule => require('./k-raft-version-record');
const loadLeaderChangeMessage = (): typeof LeaderChangeMessageModule => require('./leader-change-message');
const loadRequestHeader = (): typeof RequestHeaderModule => require('./request-header');
const loadResponseHeader = (): typeof ResponseHeaderModule => require('./response-header');
const loadSnapshotFooterRecord = (): typeof SnapshotFooterRecordModule => require('./snapshot-footer-record');
const loadSnapshotHeaderRecord = (): typeof SnapshotHeaderRecordModule => require('./snapshot-header-record');
const loadVotersRecord = (): typeof VotersRecordModule => require('./voters-record');

export type * from './produce';
export declare const defaultProduceRequest: typeof ProduceModule.defaultProduceRequest;
export declare const defaultProduceRequestTopicProduceData: typeof ProduceModule.defaultProduceRequestTopicProduceData;
export declare const defaultProduceRequestPartitionProduceData: typeof ProduceModule.defaultProduceRequestPartitionProduceData;
export declare const ProduceRequestCodec: typeof ProduceModule.ProduceRequestCodec;
export declare const defaultProduceResponse: typeof ProduceModule.defaultProduceResponse;
export declare const defaultProduceResponseTopicProduceResponse: typeof ProduceModule.defaultProduceResponseTopicProduceResponse;
export declare const defaultProduceResponsePartitionProduceResponse: typeof ProduceModule.defaultProduceResponsePartitionProduceResponse;
export declare const defaultProduceResponseBatchIndexAndErrorMessage: typeof ProduceModule.defaultProduceResponseBatchIndexAndErrorMessage;
export declare const defaultProduceResponseLeaderIdAndEpoch: typeof ProduceModule.defaultProduceResponseLeaderIdAndEpoch;
export declare const defaultProduceResponseNodeEndpoint: typeof ProduceModule.defaultProduceResponseNodeEndpoint;
export declare const ProduceResponseCodec: typeof ProduceModule.ProduceResponseCodec;
lazyExports(module.exports, loadProduce, ['defaultProduceRequest', 'defaultProduceRequestTopicProduceData', 'defaultProduceRequestPartitionProduceData', 'ProduceRequestCodec', 'defaultProduceResponse', 'defaultProduceResponseTopicProduceResponse', 'defaultProduceResponsePartitionProduceResponse', 'defaultProduceResponseBatchIndexAndErrorMessage', 'defaultProduceResponseLeaderIdAndEpoch', 'defaultProduceResponseNodeEndpoint', 'ProduceResponseCodec']);
0 && (module.exports = { defaultProduceRequest: null, defaultProduceRequestTopicProduceData: null, defaultProduceRequestPartitionProduceData: null, ProduceRequestCodec: null, defaultProduceResponse: null, defaultProduceResponseTopicProduceResponse: null, defaultProduceResponsePartitionProduceResponse: null, defaultProduceResponseBatchIndexAndErrorMessage: null, defaultProduceResponseLeaderIdAndEpoch: null, defaultProduceResponseNodeEndpoint: null, ProduceResponseCodec: null });

export type * from './fetch';
export declare const defaultFetchRequest: typeof FetchModule.defaultFetchRequest;
export declare const defaultFetchRequestReplicaState: typeof FetchModule.defaultFetchRequestReplicaState;
export declare const defaultFetchRequestFetchTopic: typeof FetchModule.defaultFetchRequestFetchTopic;
export declare const defaultFetchRequestFetchPartition: typeof FetchModule.defaultFetchRequestFetchPartition;
export declare const defaultFetchRequestForgottenTopic: typeof FetchModule.defaultFetchRequestForgottenTopic;
export declare const FetchRequestCodec: typeof FetchModule.FetchRequestCodec;
export declare const defaultFetchResponse: typeof FetchModule.defaultFetchResponse;
export declare const defaultFetchResponseFetchableTopicResponse: typeof FetchModule.defaultFetchResponseFetchableTopicResponse;
export declare const defaultFetchResponsePartitionData: typeof FetchModule.defaultFetchResponsePartitionData;
export declare const defaultFetchResponseEpochEndOffset: typeof FetchModule.defaultFetchResponseEpochEndOffset;
export declare const defaultFetchResponseLeaderIdAndEpoch: typeof FetchModule.defaultFetchResponseLeaderIdAndEpoch;
export declare const defaultFetchResponseSnapshotId: typeof FetchModule.defaultFetchResponseSnapshotId;
export declare const defaultFetchResponseAbortedTransaction: typeof FetchModule.defaultFetchResponseAbortedTransaction;
export declare const defaultFetchResponseNodeEndpoint: typeof FetchModule.defaultFetchResponseNodeEndpoint;
export declare const FetchResponseCodec: typeof FetchModule.FetchResponseCodec;
lazyExports(module.exports, loadFetch, ['defaultFetchRequest', 'defaultFetchRequestReplicaState', 'defaultFetchRequestFetchTopic', 'defaultFetchRequestFetchPartition', 'defaultFetchRequestForgottenTopic', 'FetchRequestCodec', 'defaultFetchResponse', 'defaultFetchResponseFetchableTopicResponse', 'defaultFetchResponsePartitionData', 'defaultFetchResponseEpochEndOffset', 'defaultFetchResponseLeaderIdAndEpoch', 'defaultFetchResponseSnapshotId', 'defaultFetchResponseAbortedTransaction', 'defaultFetchResponseNodeEndpoint', 'FetchResponseCodec']);
0 && (module.exports = { defaultFetchRequest: null, defaultFetchRequestReplicaState: null, defaultFetchRequestFetchTopic: null, defaultFetchRequestFetchPartition: null, defaultFetchRequestForgottenTopic: null, FetchRequestCodec: null, defaultFetchResponse: null, defaultFetchResponseFetchableTopicResponse: null, defaultFetchResponsePartitionData: null, defaultFetchResponseEpochEndOffset: null, defaultFetchResponseLeaderIdAndEpoch: null, defaultFetchResponseSnapshotId: null, defaultFetchResponseAbortedTransaction: null, defaultFetchResponseNodeEndpoint: null, FetchResponseCodec: null });

export type * from './list-offsets';
export declare const defaultListOffsetsRequest: typeof ListOffsetsModule.defaultListOffsetsRequest;
export declare const defaultListOffsetsRequestListOffsetsTopic: typeof ListOffsetsModule.defaultListOffsetsRequestListOffsetsTopic;
export declare const defaultListOffsetsRequestListOffsetsPartition: typeof ListOffsetsModule.defaultListOffsetsRequestListOffsetsPartition;
export declare const ListOffsetsRequestCodec: typeof ListOffsetsModule.ListOffsetsRequestCodec;
export declare const defaultListOffsetsResponse: typeof ListOffsetsModule.defaultListOffsetsResponse;
export declare const defaultListOffsetsResponseListOffsetsTopicResponse: typeof ListOffsetsModule.defaultListOffsetsResponseListOffsetsTopicResponse;
export declare const defaultListOffsetsResponseListOffsetsPartitionResponse: typeof ListOffsetsModule.defaultListOffsetsResponseListOffsetsPartitionResponse;
export declare const ListOffsetsResponseCodec: typeof ListOffsetsModule.ListOffsetsResponseCodec;
lazyExports(module.exports, loadListOffsets, ['defaultListOffsetsRequest', 'defaultListOffsetsRequestListOffsetsTopic', 'defaultListOffsetsRequestListOffsetsPartition', 'ListOffsetsRequestCodec', 'defaultListOffsetsResponse', 'defaultListOffsetsResponseListOffsetsTopicResponse', 'defaultListOffsetsResponseListOffsetsPartitionResponse', 'ListOffsetsResponseCodec']);
0 && (module.exports = { defaultListOffsetsRequest: null, defaultListOffsetsRequestListOffsetsTopic: null, defaultListOffsetsRequestListOffsetsPartition: null, ListOffsetsRequestCodec: null, defaultListOffsetsResponse: null, defaultListOffsetsResponseListOffsetsTopicResponse: null, defaultListOffsetsResponseListOffsetsPartitionResponse: null, ListOffsetsResponseCodec: null });

export type * from './metadata';
export declare const defaultMetadataRequest: typeof MetadataModule.defaultMetadataRequest;
export declare const defaultMetadataRequestMetadataRequestTopic: typeof MetadataModule.defaultMetadataRequestMetadataRequestTopic;
export declare const MetadataRequestCodec: typeof MetadataModule.MetadataRequestCodec;
export declare const defaultMetadataResponse: typeof MetadataModule.defaultMetadataResponse;
export declare const defaultMetadataResponseMetadataResponseBroker: typeof MetadataModule.defaultMetadataResponseMetadataResponseBroker;
export declare const defaultMetadataResponseMetadataResponseTopic: typeof MetadataModule.defaultMetadataResponseMetadataResponseTopic;
export declare const defaultMetadataResponseMetadataResponsePartition: typeof MetadataModule.defaultMetadataResponseMetadataResponsePartition;
export declare const MetadataResponseCodec: typeof MetadataModule.MetadataResponseCodec;
lazyExports(module.exports, loadMetadata, ['defaultMetadataRequest', 'defaultMetadataRequestMetadataRequestTopic', 'MetadataRequestCodec', 'defaultMetadataResponse', 'defaultMetadataResponseMetadataResponseBroker', 'defaultMetadataResponseMetadataResponseTopic', 'defaultMetadataResponseMetadataResponsePartition', 'MetadataResponseCodec']);
0 && (module.exports = { defaultMetadataRequest: null, defaultMetadataRequestMetadataRequestTopic: null, MetadataRequestCodec: null, defaultMetadataResponse: null, defaultMetadataResponseMetadataResponseBroker: null, defaultMetadataResponseMetadataResponseTopic: null, defaultMetadataResponseMetadataResponsePartition: null, MetadataResponseCodec: null });

export type * from './leader-and-isr';
export declare const defaultLeaderAndIsrRequest: typeof LeaderAndIsrModule.defaultLeaderAndIsrRequest;
export declare const defaultLeaderAndIsrRequestLeaderAndIsrTopicState: typeof LeaderAndIsrModule.defaultLeaderAndIsrRequestLeaderAndIsrTopicState;
export declare const defaultLeaderAndIsrRequestLeaderAndIsrLiveLeader: typeof LeaderAndIsrModule.defaultLeaderAndIsrRequestLeaderAndIsrLiveLeader;
export declare const defaultLeaderAndIsrRequestLeaderAndIsrPartitionState: typeof LeaderAndIsrModule.defaultLeaderAndIsrRequestLeaderAndIsrPartitionState;
export declare const LeaderAndIsrRequestCodec: typeof LeaderAndIsrModule.LeaderAndIsrRequestCodec;
export declare const defaultLeaderAndIsrResponse: typeof LeaderAndIsrModule.defaultLeaderAndIsrResponse;
export declare const defaultLeaderAndIsrResponseLeaderAndIsrTopicError: typeof LeaderAndIsrModule.defaultLeaderAndIsrResponseLeaderAndIsrTopicError;
export declare const defaultLeaderAndIsrResponseLeaderAndIsrPartitionError: typeof LeaderAndIsrModule.defaultLeaderAndIsrResponseLeaderAndIsrPartitionError;
export declare const LeaderAndIsrResponseCodec: typeof LeaderAndIsrModule.LeaderAndIsrResponseCodec;
lazyExports(module.exports, loadLeaderAndIsr, ['defaultLeaderAndIsrRequest', 'defaultLeaderAndIsrRequestLeaderAndIsrTopicState', 'defaultLeaderAndIsrRequestLeaderAndIsrLiveLeader', 'defaultLeaderAndIsrRequestLeaderAndIsrPartitionState', 'LeaderAndIsrRequestCodec', 'defaultLeaderAndIsrResponse', 'defaultLeaderAndIsrResponseLeaderAndIsrTopicError', 'defaultLeaderAndIsrResponseLeaderAndIsrPartitionError', 'LeaderAndIsrResponseCodec']);
0 && (module.exports = { defaultLeaderAndIsrRequest: null, defaultLeaderAndIsrRequestLeaderAndIsrTopicState: null, defaultLeaderAndIsrRequestLeaderAndIsrLiveLeader: null, defaultLeaderAndIsrRequestLeaderAndIsrPartitionState: null, LeaderAndIsrRequestCodec: null, defaultLeaderAndIsrResponse: null, defaultLeaderAndIsrResponseLeaderAndIsrTopicError: null, defaultLeaderAndIsrResponseLeaderAndIsrPartitionError: null, LeaderAndIsrResponseCodec: null });

export type * from './stop-replica';
export declare const defaultStopReplicaRequest: typeof StopReplicaModule.defaultStopReplicaRequest;
export declare const defaultStopReplicaRequestStopReplicaPartitionV0: typeof StopReplicaModule.defaultStopReplicaRequestStopReplicaPartitionV0;
export declare const defaultStopReplicaRequestStopReplicaTopicV1: typeof StopReplicaModule.defaultStopReplicaRequestStopReplicaTopicV1;
export declare const defaultStopReplicaRequestStopReplicaTopicState: typeof StopReplicaModule.defaultStopReplicaRequestStopReplicaTopicState;
export declare const defaultStopReplicaRequestStopReplicaPartitionState: typeof StopReplicaModule.defaultStopReplicaRequestStopReplicaPartitionState;
export declare const StopReplicaRequestCodec: typeof StopReplicaModule.StopReplicaRequestCodec;
export declare const defaultStopReplicaResponse: typeof StopReplicaModule.defaultStopReplicaResponse;
export declare const defaultStopReplicaResponseStopReplicaPartitionError: typeof StopReplicaModule.defaultStopReplicaResponseStopReplicaPartitionError;
export declare const StopReplicaResponseCodec: typeof StopReplicaModule.StopReplicaResponseCodec;
lazyExports(module.exports, loadStopReplica, ['defaultStopReplicaRequest', 'defaultStopReplicaRequestStopReplicaPartitionV0', 'defaultStopReplicaRequestStopReplicaTopicV1', 'defaultStopReplicaRequestStopReplicaTopicState', 'defaultStopReplicaRequestStopReplicaPartitionState', 'StopReplicaRequestCodec', 'defaultStopReplicaResponse', 'defaultStopReplicaResponseStopReplicaPartitionError', 'StopReplicaResponseCodec']);
0 && (module.exports = { defaultStopReplicaRequest: null, defaultStopReplicaRequestStopReplicaPartitionV0: null, defaultStopReplicaRequestStopReplicaTopicV1: null, defaultStopReplicaRequestStopReplicaTopicState: null, defaultStopReplicaRequestStopReplicaPartitionState: null, StopReplicaRequestCodec: null, defaultStopReplicaResponse: null, defaultStopReplicaResponseStopReplicaPartitionError: null, StopReplicaResponseCodec: null });

export type * from './update-metadata';
export declare const defaultUpdateMetadataRequest: typeof UpdateMetadataModule.defaultUpdateMetadataRequest;
export declare const defaultUpdateMetadataRequestUpdateMetadataTopicState: typeof UpdateMetadataModule.defaultUpdateMetadataRequestUpdateMetadataTopicState;
export declare const defaultUpdateMetadataRequestUpdateMetadataBroker: typeof UpdateMetadataModule.defaultUpdateMetadataRequestUpdateMetadataBroker;
export declare const defaultUpdateMetadataRequestUpdateMetadataEndpoint: typeof UpdateMetadataModule.defaultUpdateMetadataRequestUpdateMetadataEndpoint;
export declare const defaultUpdateMetadataRequestUpdateMetadataPartitionState: typeof UpdateMetadataModule.defaultUpdateMetadataRequestUpdateMetadataPartitionState;
export declare const UpdateMetadataRequestCodec: typeof UpdateMetadataModule.UpdateMetadataRequestCodec;
export declare const defaultUpdateMetadataResponse: typeof UpdateMetadataModule.defaultUpdateMetadataResponse;
export declare const UpdateMetadataResponseCodec: typeof UpdateMetadataModule.UpdateMetadataResponseCodec;
lazyExports(module.exports, loadUpdateMetadata, ['defaultUpdateMetadataRequest', 'defaultUpdateMetadataRequestUpdateMetadataTopicState', 'defaultUpdateMetadataRequestUpdateMetadataBroker', 'defaultUpdateMetadataRequestUpdateMetadataEndpoint', 'defaultUpdateMetadataRequestUpdateMetadataPartitionState', 'UpdateMetadataRequestCodec', 'defaultUpdateMetadataResponse', 'UpdateMetadataResponseCodec']);
0 && (module.exports = { defaultUpdateMetadataRequest: null, defaultUpdateMetadataRequestUpdateMetadataTopicState: null, defaultUpdateMetadataRequestUpdateMetadataBroker: null, defaultUpdateMetadataRequestUpdateMetadataEndpoint: null, defaultUpdateMetadataRequestUpdateMetadataPartitionState: null, UpdateMetadataRequestCodec: null, defaultUpdateMetadataResponse: null, UpdateMetadataResponseCodec: null });

export type * from './controlled-shutdown';
export declare const defaultControlledShutdownRequest: typeof ControlledShutdownModule.defaultControlledShutdownRequest;
export declare const ControlledShutdownRequestCodec: typeof ControlledShutdownModule.ControlledShutdownRequestCodec;
export declare const defaultControlledShutdownResponse: typeof ControlledShutdownModule.defaultControlledShutdownResponse;
export declare const defaultControlledShutdownResponseRemainingPartition: typeof ControlledShutdownModule.defaultControlledShutdownResponseRemainingPartition;
export declare const ControlledShutdownResponseCodec: typeof ControlledShutdownModule.ControlledShutdownResponseCodec;
lazyExports(module.exports, loadControlledShutdown, ['defaultControlledShutdownRequest', 'ControlledShutdownRequestCodec', 'defaultControlledShutdownResponse', 'defaultControlledShutdownResponseRemainingPartition', 'ControlledShutdownResponseCodec']);
0 && (module.exports = { defaultControlledShutdownRequest: null, ControlledShutdownRequestCodec: null, defaultControlledShutdownResponse: null, defaultControlledShutdownResponseRemainingPartition: null, ControlledShutdownResponseCodec: null });

export type * from './offset-commit';
export declare const defaultOffsetCommitRequest: typeof OffsetCommitModule.defaultOffsetCommitRequest;
export declare const defaultOffsetCommitRequestOffsetCommitRequestTopic: typeof OffsetCommitModule.defaultOffsetCommitRequestOffsetCommitRequestTopic;
export declare const defaultOffsetCommitRequestOffsetCommitRequestPartition: typeof OffsetCommitModule.defaultOffsetCommitRequestOffsetCommitRequestPartition;
export declare const OffsetCommitRequestCodec: typeof OffsetCommitModule.OffsetCommitRequestCodec;
export declare const defaultOffsetCommitResponse: typeof OffsetCommitModule.defaultOffsetCommitResponse;
export declare const defaultOffsetCommitResponseOffsetCommitResponseTopic: typeof OffsetCommitModule.defaultOffsetCommitResponseOffsetCommitResponseTopic;
export declare const defaultOffsetCommitResponseOffsetCommitResponsePartition: typeof OffsetCommitModule.defaultOffsetCommitResponseOffsetCommitResponsePartition;
export declare const OffsetCommitResponseCodec: typeof OffsetCommitModule.OffsetCommitResponseCodec;
lazyExports(module.exports, loadOffsetCommit, ['defaultOffsetCommitRequest', 'defaultOffsetCommitRequestOffsetCommitRequestTopic', 'defaultOffsetCommitRequestOffsetCommitRequestPartition', 'OffsetCommitRequestCodec', 'defaultOffsetCommitResponse', 'defaultOffsetCommitResponseOffsetCommitResponseTopic', 'defaultOffsetCommitResponseOffsetCommitResponsePartition', 'OffsetCommitResponseCodec']);
0 && (module.exports = { defaultOffsetCommitRequest: null, defaultOffsetCommitRequestOffsetCommitRequestTopic: null, defaultOffsetCommitRequestOffsetCommitRequestPartition: null, OffsetCommitRequestCodec: null, defaultOffsetCommitResponse: null, defaultOffsetCommitResponseOffsetCommitResponseTopic: null, defaultOffsetCommitResponseOffsetCommitResponsePartition: null, OffsetCommitResponseCodec: null });

export type * from './offset-fetch';
export declare const defaultOffsetFetchRequest: typeof OffsetFetchModule.defaultOffsetFetchRequest;
export declare const defaultOffsetFetchRequestOffsetFetchRequestTopic: typeof OffsetFetchModule.defaultOffsetFetchRequestOffsetFetchRequestTopic;
export declare const defaultOffsetFetchRequestOffsetFetchRequestGroup: typeof OffsetFetchModule.defaultOffsetFetchRequestOffsetFetchRequestGroup;
export declare const defaultOffsetFetchRequestOffsetFetchRequestTopics: typeof OffsetFetchModule.defaultOffsetFetchRequestOffsetFetchRequestTopics;
export declare const OffsetFetchRequestCodec: typeof OffsetFetchModule.OffsetFetchRequestCodec;
export declare const defaultOffsetFetchResponse: typeof OffsetFetchModule.defaultOffsetFetchResponse;
export declare const defaultOffsetFetchResponseOffsetFetchResponseTopic: typeof OffsetFetchModule.defaultOffsetFetchResponseOffsetFetchResponseTopic;
export declare const defaultOffsetFetchResponseOffsetFetchResponsePartition: typeof OffsetFetchModule.defaultOffsetFetchResponseOffsetFetchResponsePartition;
export declare const defaultOffsetFetchResponseOffsetFetchResponseGroup: typeof OffsetFetchModule.defaultOffsetFetchResponseOffsetFetchResponseGroup;
export declare const defaultOffsetFetchResponseOffsetFetchResponseTopics: typeof OffsetFetchModule.defaultOffsetFetchResponseOffsetFetchResponseTopics;
export declare const defaultOffsetFetchResponseOffsetFetchResponsePartitions: typeof OffsetFetchModule.defaultOffsetFetchResponseOffsetFetchResponsePartitions;
export declare const OffsetFetchResponseCodec: typeof OffsetFetchModule.OffsetFetchResponseCodec;
lazyExports(module.exports, loadOffsetFetch, ['defaultOffsetFetchRequest', 'defaultOffsetFetchRequestOffsetFetchRequestTopic', 'defaultOffsetFetchRequestOffsetFetchRequestGroup', 'defaultOffsetFetchRequestOffsetFetchRequestTopics', 'OffsetFetchRequestCodec', 'defaultOffsetFetchResponse', 'defaultOffsetFetchResponseOffsetFetchResponseTopic', 'defaultOffsetFetchResponseOffsetFetchResponsePartition', 'defaultOffsetFetchResponseOffsetFetchResponseGroup', 'defaultOffsetFetchResponseOffsetFetchResponseTopics', 'defaultOffsetFetchResponseOffsetFetchResponsePartitions', 'OffsetFetchResponseCodec']);
0 && (module.exports = { defaultOffsetFetchRequest: null, defaultOffsetFetchRequestOffsetFetchRequestTopic: null, defaultOffsetFetchRequestOffsetFetchRequestGroup: null, defaultOffsetFetchRequestOffsetFetchRequestTopics: null, OffsetFetchRequestCodec: null, defaultOffsetFetchResponse: null, defaultOffsetFetchResponseOffsetFetchResponseTopic: null, defaultOffsetFetchResponseOffsetFetchResponsePartition: null, defaultOffsetFetchResponseOffsetFetchResponseGroup: null, defaultOffsetFetchResponseOffsetFetchResponseTopics: null, defaultOffsetFetchResponseOffsetFetchResponsePartitions: null, OffsetFetchResponseCodec: null });

export type * from './find-coordinator';
export declare const defaultFindCoordinatorRequest: typeof FindCoordinatorModule.defaultFindCoordinatorRequest;
export declare const FindCoordinatorRequestCodec: typeof FindCoordinatorModule.FindCoordinatorRequestCodec;
export declare const defaultFindCoordinatorResponse: typeof FindCoordinatorModule.defaultFindCoordinatorResponse;
export declare const defaultFindCoordinatorResponseCoordinator: typeof FindCoordinatorModule.defaultFindCoordinatorResponseCoordinator;
export declare const FindCoordinatorResponseCodec: typeof FindCoordinatorModule.FindCoordinatorResponseCodec;
lazyExports(module.exports, loadFindCoordinator, ['defaultFindCoordinatorRequest', 'FindCoordinatorRequestCodec', 'defaultFindCoordinatorResponse', 'defaultFindCoordinatorResponseCoordinator', 'FindCoordinatorResponseCodec']);
0 && (module.exports = { defaultFindCoordinatorRequest: null, FindCoordinatorRequestCodec: null, defaultFindCoordinatorResponse: null, defaultFindCoordinatorResponseCoordinator: null, FindCoordinatorResponseCodec: null });

export type * from './join-group';
export declare const defaultJoinGroupRequest: typeof JoinGroupModule.defaultJoinGroupRequest;
export declare const defaultJoinGroupRequestJoinGroupRequestProtocol: typeof JoinGroupModule.defaultJoinGroupRequestJoinGroupRequestProtocol;
export declare const JoinGroupRequestCodec: typeof JoinGroupModule.JoinGroupRequestCodec;
export declare const defaultJoinGroupResponse: typeof JoinGroupModule.defaultJoinGroupResponse;
export declare const defaultJoinGroupResponseJoinGroupResponseMember: typeof JoinGroupModule.defaultJoinGroupResponseJoinGroupResponseMember;
export declare const JoinGroupResponseCodec: typeof JoinGroupModule.JoinGroupResponseCodec;
lazyExports(module.exports, loadJoinGroup, ['defaultJoinGroupRequest', 'defaultJoinGroupRequestJoinGroupRequestProtocol', 'JoinGroupRequestCodec', 'defaultJoinGroupResponse', 'defaultJoinGroupResponseJoinGroupResponseMember', 'JoinGroupResponseCodec']);
0 && (module.exports = { defaultJoinGroupRequest: null, defaultJoinGroupRequestJoinGroupRequestProtocol: null, JoinGroupRequestCodec: null, defaultJoinGroupResponse: null, defaultJoinGroupResponseJoinGroupResponseMember: null, JoinGroupResponseCodec: null });

export type * from './heartbeat';
export declare const defaultHeartbeatRequest: typeof HeartbeatModule.defaultHeartbeatRequest;
export declare const HeartbeatRequestCodec: typeof HeartbeatModule.HeartbeatRequestCodec;
export declare const defaultHeartbeatResponse: typeof HeartbeatModule.defaultHeartbeatResponse;
export declare const HeartbeatResponseCodec: typeof HeartbeatModule.HeartbeatResponseCodec;
lazyExports(module.exports, loadHeartbeat, ['defaultHeartbeatRequest', 'HeartbeatRequestCodec', 'defaultHeartbeatResponse', 'HeartbeatResponseCodec']);
0 && (module.exports = { defaultHeartbeatRequest: null, HeartbeatRequestCodec: null, defaultHeartbeatResponse: null, HeartbeatResponseCodec: null });

export type * from './leave-group';
export declare const defaultLeaveGroupRequest: typeof LeaveGroupModule.defaultLeaveGroupRequest;
export declare const defaultLeaveGroupRequestMemberIdentity: typeof LeaveGroupModule.defaultLeaveGroupRequestMemberIdentity;
export declare const LeaveGroupRequestCodec: typeof LeaveGroupModule.LeaveGroupRequestCodec;
export declare const defaultLeaveGroupResponse: typeof LeaveGroupModule.defaultLeaveGroupResponse;
export declare const defaultLeaveGroupResponseMemberResponse: typeof LeaveGroupModule.defaultLeaveGroupResponseMemberResponse;
export declare const LeaveGroupResponseCodec: typeof LeaveGroupModule.LeaveGroupResponseCodec;
lazyExports(module.exports, loadLeaveGroup, ['defaultLeaveGroupRequest', 'defaultLeaveGroupRequestMemberIdentity', 'LeaveGroupRequestCodec', 'defaultLeaveGroupResponse', 'defaultLeaveGroupResponseMemberResponse', 'LeaveGroupResponseCodec']);
0 && (module.exports = { defaultLeaveGroupRequest: null, defaultLeaveGroupRequestMemberIdentity: null, LeaveGroupRequestCodec: null, defaultLeaveGroupResponse: null, defaultLeaveGroupResponseMemberResponse: null, LeaveGroupResponseCodec: null });

export type * from './sync-group';
export declare const defaultSyncGroupRequest: typeof SyncGroupModule.defaultSyncGroupRequest;
export declare const defaultSyncGroupRequestSyncGroupRequestAssignment: typeof SyncGroupModule.defaultSyncGroupRequestSyncGroupRequestAssignment;
export declare const SyncGroupRequestCodec: typeof SyncGroupModule.SyncGroupRequestCodec;
export declare const defaultSyncGroupResponse: typeof SyncGroupModule.defaultSyncGroupResponse;
export declare const SyncGroupResponseCodec: typeof SyncGroupModule.SyncGroupResponseCodec;
lazyExports(module.exports, loadSyncGroup, ['defaultSyncGroupRequest', 'defaultSyncGroupRequestSyncGroupRequestAssignment', 'SyncGroupRequestCodec', 'defaultSyncGroupResponse', 'SyncGroupResponseCodec']);
0 && (module.exports = { defaultSyncGroupRequest: null, defaultSyncGroupRequestSyncGroupRequestAssignment: null, SyncGroupRequestCodec: null, defaultSyncGroupResponse: null, SyncGroupResponseCodec: null });

export type * from './describe-groups';
export declare const defaultDescribeGroupsRequest: typeof DescribeGroupsModule.defaultDescribeGroupsRequest;
export declare const DescribeGroupsRequestCodec: typeof DescribeGroupsModule.DescribeGroupsRequestCodec;
export declare const defaultDescribeGroupsResponse: typeof DescribeGroupsModule.defaultDescribeGroupsResponse;
export declare const defaultDescribeGroupsResponseDescribedGroup: typeof DescribeGroupsModule.defaultDescribeGroupsResponseDescribedGroup;
export declare const defaultDescribeGroupsResponseDescribedGroupMember: typeof DescribeGroupsModule.defaultDescribeGroupsResponseDescribedGroupMember;
export declare const DescribeGroupsResponseCodec: typeof DescribeGroupsModule.DescribeGroupsResponseCodec;
lazyExports(module.exports, loadDescribeGroups, ['defaultDescribeGroupsRequest', 'DescribeGroupsRequestCodec', 'defaultDescribeGroupsResponse', 'defaultDescribeGroupsResponseDescribedGroup', 'defaultDescribeGroupsResponseDescribedGroupMember', 'DescribeGroupsResponseCodec']);
0 && (module.exports = { defaultDescribeGroupsRequest: null, DescribeGroupsRequestCodec: null, defaultDescribeGroupsResponse: null, defaultDescribeGroupsResponseDescribedGroup: null, defaultDescribeGroupsResponseDescribedGroupMember: null, DescribeGroupsResponseCodec: null });

export type * from './list-groups';
export declare const defaultListGroupsRequest: typeof ListGroupsModule.defaultListGroupsRequest;
export declare const ListGroupsRequestCodec: typeof ListGroupsModule.ListGroupsRequestCodec;
export declare const defaultListGroupsResponse: typeof ListGroupsModule.defaultListGroupsResponse;
export declare const defaultListGroupsResponseListedGroup: typeof ListGroupsModule.defaultListGroupsResponseListedGroup;
export declare const ListGroupsResponseCodec: typeof ListGroupsModule.ListGroupsResponseCodec;
lazyExports(module.exports, loadListGroups, ['defaultListGroupsRequest', 'ListGroupsRequestCodec', 'defaultListGroupsResponse', 'defaultListGroupsResponseListedGroup', 'ListGroupsResponseCodec']);
0 && (module.exports = { defaultListGroupsRequest: null, ListGroupsRequestCodec: null, defaultListGroupsResponse: null, defaultListGroupsResponseListedGroup: null, ListGroupsResponseCodec: null });

export type * from './sasl-handshake';
export declare const defaultSaslHandshakeRequest: typeof SaslHandshakeModule.defaultSaslHandshakeRequest;
export declare const SaslHandshakeRequestCodec: typeof SaslHandshakeModule.SaslHandshakeRequestCodec;
export declare const defaultSaslHandshakeResponse: typeof SaslHandshakeModule.defaultSaslHandshakeResponse;
export declare const SaslHandshakeResponseCodec: typeof SaslHandshakeModule.SaslHandshakeResponseCodec;
lazyExports(module.exports, loadSaslHandshake, ['defaultSaslHandshakeRequest', 'SaslHandshakeRequestCodec', 'defaultSaslHandshakeResponse', 'SaslHandshakeResponseCodec']);
0 && (module.exports = { defaultSaslHandshakeRequest: null, SaslHandshakeRequestCodec: null, defaultSaslHandshakeResponse: null, SaslHandshakeResponseCodec: null });

export type * from './api-versions';
export declare const defaultApiVersionsRequest: typeof ApiVersionsModule.defaultApiVersionsRequest;
export declare const ApiVersionsRequestCodec: typeof ApiVersionsModule.ApiVersionsRequestCodec;
export declare const defaultApiVersionsResponse: typeof ApiVersionsModule.defaultApiVersionsResponse;
export declare const defaultApiVersionsResponseApiVersion: typeof ApiVersionsModule.defaultApiVersionsResponseApiVersion;
export declare const defaultApiVersionsResponseSupportedFeatureKey: typeof ApiVersionsModule.defaultApiVersionsResponseSupportedFeatureKey;
export declare const defaultApiVersionsResponseFinalizedFeatureKey: typeof ApiVersionsModule.defaultApiVersionsResponseFinalizedFeatureKey;
export declare const ApiVersionsResponseCodec: typeof ApiVersionsModule.ApiVersionsResponseCodec;
lazyExports(module.exports, loadApiVersions, ['defaultApiVersionsRequest', 'ApiVersionsRequestCodec', 'defaultApiVersionsResponse', 'defaultApiVersionsResponseApiVersion', 'defaultApiVersionsResponseSupportedFeatureKey', 'defaultApiVersionsResponseFinalizedFeatureKey', 'ApiVersionsResponseCodec']);
0 && (module.exports = { defaultApiVersionsRequest: null, ApiVersionsRequestCodec: null, defaultApiVersionsResponse: null, defaultApiVersionsResponseApiVersion: null, defaultApiVersionsResponseSupportedFeatureKey: null, defaultApiVersionsResponseFinalizedFeatureKey: null, ApiVersionsResponseCodec: null });

export type * from './create-topics';
export declare const defaultCreateTopicsRequest: typeof CreateTopicsModule.defaultCreateTopicsRequest;
export declare const defaultCreateTopicsRequestCreatableTopic: typeof CreateTopicsModule.defaultCreateTopicsRequestCreatableTopic;
export declare const defaultCreateTopicsRequestCreatableReplicaAssignment: typeof CreateTopicsModule.defaultCreateTopicsRequestCreatableReplicaAssignment;
export declare const defaultCreateTopicsRequestCreatableTopicConfig: typeof CreateTopicsModule.defaultCreateTopicsRequestCreatableTopicConfig;
export declare const CreateTopicsRequestCodec: typeof CreateTopicsModule.CreateTopicsRequestCodec;
export declare const defaultCreateTopicsResponse: typeof CreateTopicsModule.defaultCreateTopicsResponse;
export declare const defaultCreateTopicsResponseCreatableTopicResult: typeof CreateTopicsModule.defaultCreateTopicsResponseCreatableTopicResult;
export declare const defaultCreateTopicsResponseCreatableTopicConfigs: typeof CreateTopicsModule.defaultCreateTopicsResponseCreatableTopicConfigs;
export declare const CreateTopicsResponseCodec: typeof CreateTopicsModule.CreateTopicsResponseCodec;
lazyExports(module.exports, loadCreateTopics, ['defaultCreateTopicsRequest', 'defaultCreateTopicsRequestCreatableTopic', 'defaultCreateTopicsRequestCreatableReplicaAssignment', 'defaultCreateTopicsRequestCreatableTopicConfig', 'CreateTopicsRequestCodec', 'defaultCreateTopicsResponse', 'defaultCreateTopicsResponseCreatableTopicResult', 'defaultCreateTopicsResponseCreatableTopicConfigs', 'CreateTopicsResponseCodec']);
0 && (module.exports = { defaultCreateTopicsRequest: null, defaultCreateTopicsRequestCreatableTopic: null, defaultCreateTopicsRequestCreatableReplicaAssignment: null, defaultCreateTopicsRequestCreatableTopicConfig: null, CreateTopicsRequestCodec: null, defaultCreateTopicsResponse: null, defaultCreateTopicsResponseCreatableTopicResult: null, defaultCreateTopicsResponseCreatableTopicConfigs: null, CreateTopicsResponseCodec: null });

export type * from './delete-topics';
export declare const defaultDeleteTopicsRequest: typeof DeleteTopicsModule.defaultDeleteTopicsRequest;
export declare const defaultDeleteTopicsRequestDeleteTopicState: typeof DeleteTopicsModule.defaultDeleteTopicsRequestDeleteTopicState;
export declare const DeleteTopicsRequestCodec: typeof DeleteTopicsModule.DeleteTopicsRequestCodec;
export declare const defaultDeleteTopicsResponse: typeof DeleteTopicsModule.defaultDeleteTopicsResponse;
export declare const defaultDeleteTopicsResponseDeletableTopicResult: typeof DeleteTopicsModule.defaultDeleteTopicsResponseDeletableTopicResult;
export declare const DeleteTopicsResponseCodec: typeof DeleteTopicsModule.DeleteTopicsResponseCodec;
lazyExports(module.exports, loadDeleteTopics, ['defaultDeleteTopicsRequest', 'defaultDeleteTopicsRequestDeleteTopicState', 'DeleteTopicsRequestCodec', 'defaultDeleteTopicsResponse', 'defaultDeleteTopicsResponseDeletableTopicResult', 'DeleteTopicsResponseCodec']);
0 && (module.exports = { defaultDeleteTopicsRequest: null, defaultDeleteTopicsRequestDeleteTopicState: null, DeleteTopicsRequestCodec: null, defaultDeleteTopicsResponse: null, defaultDeleteTopicsResponseDeletableTopicResult: null, DeleteTopicsResponseCodec: null });

export type * from './delete-records';
export declare const defaultDeleteRecordsRequest: typeof DeleteRecordsModule.defaultDeleteRecordsRequest;
export declare const defaultDeleteRecordsRequestDeleteRecordsTopic: typeof DeleteRecordsModule.defaultDeleteRecordsRequestDeleteRecordsTopic;
export declare const defaultDeleteRecordsRequestDeleteRecordsPartition: typeof DeleteRecordsModule.defaultDeleteRecordsRequestDeleteRecordsPartition;
export declare const DeleteRecordsRequestCodec: typeof DeleteRecordsModule.DeleteRecordsRequestCodec;
export declare const defaultDeleteRecordsResponse: typeof DeleteRecordsModule.defaultDeleteRecordsResponse;
export declare const defaultDeleteRecordsResponseDeleteRecordsTopicResult: typeof DeleteRecordsModule.defaultDeleteRecordsResponseDeleteRecordsTopicResult;
export declare const defaultDeleteRecordsResponseDeleteRecordsPartitionResult: typeof DeleteRecordsModule.defaultDeleteRecordsResponseDeleteRecordsPartitionResult;
export declare const DeleteRecordsResponseCodec: typeof DeleteRecordsModule.DeleteRecordsResponseCodec;
lazyExports(module.exports, loadDeleteRecords, ['defaultDeleteRecordsRequest', 'defaultDeleteRecordsRequestDeleteRecordsTopic', 'defaultDeleteRecordsRequestDeleteRecordsPartition', 'DeleteRecordsRequestCodec', 'defaultDeleteRecordsResponse', 'defaultDeleteRecordsResponseDeleteRecordsTopicResult', 'defaultDeleteRecordsResponseDeleteRecordsPartitionResult', 'DeleteRecordsResponseCodec']);
0 && (module.exports = { defaultDeleteRecordsRequest: null, defaultDeleteRecordsRequestDeleteRecordsTopic: null, defaultDeleteRecordsRequestDeleteRecordsPartition: null, DeleteRecordsRequestCodec: null, defaultDeleteRecordsResponse: null, defaultDeleteRecordsResponseDeleteRecordsTopicResult: null, defaultDeleteRecordsResponseDeleteRecordsPartitionResult: null, DeleteRecordsResponseCodec: null });

export type * from './init-producer-id';
export declare const defaultInitProducerIdRequest: typeof InitProducerIdModule.defaultInitProducerIdRequest;
export declare const InitProducerIdRequestCodec: typeof InitProducerIdModule.InitProducerIdRequestCodec;
export declare const defaultInitProducerIdResponse: typeof InitProducerIdModule.defaultInitProducerIdResponse;
export declare const InitProducerIdResponseCodec: typeof InitProducerIdModule.InitProducerIdResponseCodec;
lazyExports(module.exports, loadInitProducerId, ['defaultInitProducerIdRequest', 'InitProducerIdRequestCodec', 'defaultInitProducerIdResponse', 'InitProducerIdResponseCodec']);
0 && (module.exports = { defaultInitProducerIdRequest: null, InitProducerIdRequestCodec: null, defaultInitProducerIdResponse: null, InitProducerIdResponseCodec: null });

export type * from './offset-for-leader-epoch';
export declare const defaultOffsetForLeaderEpochRequest: typeof OffsetForLeaderEpochModule.defaultOffsetForLeaderEpochRequest;
export declare const defaultOffsetForLeaderEpochRequestOffsetForLeaderTopic: typeof OffsetForLeaderEpochModule.defaultOffsetForLeaderEpochRequestOffsetForLeaderTopic;
export declare const defaultOffsetForLeaderEpochRequestOffsetForLeaderPartition: typeof OffsetForLeaderEpochModule.defaultOffsetForLeaderEpochRequestOffsetForLeaderPartition;
export declare const OffsetForLeaderEpochRequestCodec: typeof OffsetForLeaderEpochModule.OffsetForLeaderEpochRequestCodec;
export declare const defaultOffsetForLeaderEpochResponse: typeof OffsetForLeaderEpochModule.defaultOffsetForLeaderEpochResponse;
export declare const defaultOffsetForLeaderEpochResponseOffsetForLeaderTopicResult: typeof OffsetForLeaderEpochModule.defaultOffsetForLeaderEpochResponseOffsetForLeaderTopicResult;
export declare const defaultOffsetForLeaderEpochResponseEpochEndOffset: typeof OffsetForLeaderEpochModule.defaultOffsetForLeaderEpochResponseEpochEndOffset;
export declare const OffsetForLeaderEpochResponseCodec: typeof OffsetForLeaderEpochModule.OffsetForLeaderEpochResponseCodec;
lazyExports(module.exports, loadOffsetForLeaderEpoch, ['defaultOffsetForLeaderEpochRequest', 'defaultOffsetForLeaderEpochRequestOffsetForLeaderTopic', 'defaultOffsetForLeaderEpochRequestOffsetForLeaderPartition', 'OffsetForLeaderEpochRequestCodec', 'defaultOffsetForLeaderEpochResponse', 'defaultOffsetForLeaderEpochResponseOffsetForLeaderTopicResult', 'defaultOffsetForLeaderEpochResponseEpochEndOffset', 'OffsetForLeaderEpochResponseCodec']);
0 && (module.exports = { defaultOffsetForLeaderEpochRequest: null, defaultOffsetForLeaderEpochRequestOffsetForLeaderTopic: null, defaultOffsetForLeaderEpochRequestOffsetForLeaderPartition: null, OffsetForLeaderEpochRequestCodec: null, defaultOffsetForLeaderEpochResponse: null, defaultOffsetForLeaderEpochResponseOffsetForLeaderTopicResult: null, defaultOffsetForLeaderEpochResponseEpochEndOffset: null, OffsetForLeaderEpochResponseCodec: null });

export type * from './add-partitions-to-txn';
export declare const defaultAddPartitionsToTxnRequest: typeof AddPartitionsToTxnModule.defaultAddPartitionsToTxnRequest;
export declare const defaultAddPartitionsToTxnRequestAddPartitionsToTxnTransaction: typeof AddPartitionsToTxnModule.defaultAddPartitionsToTxnRequestAddPartitionsToTxnTransaction;
export declare const defaultAddPartitionsToTxnRequestAddPartitionsToTxnTopic: typeof AddPartitionsToTxnModule.defaultAddPartitionsToTxnRequestAddPartitionsToTxnTopic;
export declare const AddPartitionsToTxnRequestCodec: typeof AddPartitionsToTxnModule.AddPartitionsToTxnRequestCodec;
export declare const defaultAddPartitionsToTxnResponse: typeof AddPartitionsToTxnModule.defaultAddPartitionsToTxnResponse;
export declare const defaultAddPartitionsToTxnResponseAddPartitionsToTxnResult: typeof AddPartitionsToTxnModule.defaultAddPartitionsToTxnResponseAddPartitionsToTxnResult;
export declare const defaultAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult: typeof AddPartitionsToTxnModule.defaultAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult;
export declare const defaultAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult: typeof AddPartitionsToTxnModule.defaultAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult;
export declare const AddPartitionsToTxnResponseCodec: typeof AddPartitionsToTxnModule.AddPartitionsToTxnResponseCodec;
lazyExports(module.exports, loadAddPartitionsToTxn, ['defaultAddPartitionsToTxnRequest', 'defaultAddPartitionsToTxnRequestAddPartitionsToTxnTransaction', 'defaultAddPartitionsToTxnRequestAddPartitionsToTxnTopic', 'AddPartitionsToTxnRequestCodec', 'defaultAddPartitionsToTxnResponse', 'defaultAddPartitionsToTxnResponseAddPartitionsToTxnResult', 'defaultAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult', 'defaultAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult', 'AddPartitionsToTxnResponseCodec']);
0 && (module.exports = { defaultAddPartitionsToTxnRequest: null, defaultAddPartitionsToTxnRequestAddPartitionsToTxnTransaction: null, defaultAddPartitionsToTxnRequestAddPartitionsToTxnTopic: null, AddPartitionsToTxnRequestCodec: null, defaultAddPartitionsToTxnResponse: null, defaultAddPartitionsToTxnResponseAddPartitionsToTxnResult: null, defaultAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult: null, defaultAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult: null, AddPartitionsToTxnResponseCodec: null });

export type * from './add-offsets-to-txn';
export declare const defaultAddOffsetsToTxnRequest: typeof AddOffsetsToTxnModule.defaultAddOffsetsToTxnRequest;
export declare const AddOffsetsToTxnRequestCodec: typeof AddOffsetsToTxnModule.AddOffsetsToTxnRequestCodec;
export declare const defaultAddOffsetsToTxnResponse: typeof AddOffsetsToTxnModule.defaultAddOffsetsToTxnResponse;
export declare const AddOffsetsToTxnResponseCodec: typeof AddOffsetsToTxnModule.AddOffsetsToTxnResponseCodec;
lazyExports(module.exports, loadAddOffsetsToTxn, ['defaultAddOffsetsToTxnRequest', 'AddOffsetsToTxnRequestCodec', 'defaultAddOffsetsToTxnResponse', 'AddOffsetsToTxnResponseCodec']);
0 && (module.exports = { defaultAddOffsetsToTxnRequest: null, AddOffsetsToTxnRequestCodec: null, defaultAddOffsetsToTxnResponse: null, AddOffsetsToTxnResponseCodec: null });

export type * from './end-txn';
export declare const defaultEndTxnRequest: typeof EndTxnModule.defaultEndTxnRequest;
export declare const EndTxnRequestCodec: typeof EndTxnModule.EndTxnRequestCodec;
export declare const defaultEndTxnResponse: typeof EndTxnModule.defaultEndTxnResponse;
export declare const EndTxnResponseCodec: typeof EndTxnModule.EndTxnResponseCodec;
lazyExports(module.exports, loadEndTxn, ['defaultEndTxnRequest', 'EndTxnRequestCodec', 'defaultEndTxnResponse', 'EndTxnResponseCodec']);
0 && (module.exports = { defaultEndTxnRequest: null, EndTxnRequestCodec: null, defaultEndTxnResponse: null, EndTxnResponseCodec: null });

export type * from './write-txn-markers';
export declare const defaultWriteTxnMarkersRequest: typeof WriteTxnMarkersModule.defaultWriteTxnMarkersRequest;
export declare const defaultWriteTxnMarkersRequestWritableTxnMarker: typeof WriteTxnMarkersModule.defaultWriteTxnMarkersRequestWritableTxnMarker;
export declare const defaultWriteTxnMarkersRequestWritableTxnMarkerTopic: typeof WriteTxnMarkersModule.defaultWriteTxnMarkersRequestWritableTxnMarkerTopic;
export declare const WriteTxnMarkersRequestCodec: typeof WriteTxnMarkersModule.WriteTxnMarkersRequestCodec;
export declare const defaultWriteTxnMarkersResponse: typeof WriteTxnMarkersModule.defaultWriteTxnMarkersResponse;
export declare const defaultWriteTxnMarkersResponseWritableTxnMarkerResult: typeof WriteTxnMarkersModule.defaultWriteTxnMarkersResponseWritableTxnMarkerResult;
export declare const defaultWriteTxnMarkersResponseWritableTxnMarkerTopicResult: typeof WriteTxnMarkersModule.defaultWriteTxnMarkersResponseWritableTxnMarkerTopicResult;
export declare const defaultWriteTxnMarkersResponseWritableTxnMarkerPartitionResult: typeof WriteTxnMarkersModule.defaultWriteTxnMarkersResponseWritableTxnMarkerPartitionResult;
export declare const WriteTxnMarkersResponseCodec: typeof WriteTxnMarkersModule.WriteTxnMarkersResponseCodec;
lazyExports(module.exports, loadWriteTxnMarkers, ['defaultWriteTxnMarkersRequest', 'defaultWriteTxnMarkersRequestWritableTxnMarker', 'defaultWriteTxnMarkersRequestWritableTxnMarkerTopic', 'WriteTxnMarkersRequestCodec', 'defaultWriteTxnMarkersResponse', 'defaultWriteTxnMarkersResponseWritableTxnMarkerResult', 'defaultWriteTxnMarkersResponseWritableTxnMarkerTopicResult', 'defaultWriteTxnMarkersResponseWritableTxnMarkerPartitionResult', 'WriteTxnMarkersResponseCodec']);
0 && (module.exports = { defaultWriteTxnMarkersRequest: null, defaultWriteTxnMarkersRequestWritableTxnMarker: null, defaultWriteTxnMarkersRequestWritableTxnMarkerTopic: null, WriteTxnMarkersRequestCodec: null, defaultWriteTxnMarkersResponse: null, defaultWriteTxnMarkersResponseWritableTxnMarkerResult: null, defaultWriteTxnMarkersResponseWritableTxnMarkerTopicResult: null, defaultWriteTxnMarkersResponseWritableTxnMarkerPartitionResult: null, WriteTxnMarkersResponseCodec: null });

export type * from './txn-offset-commit';
export declare const defaultTxnOffsetCommitRequest: typeof TxnOffsetCommitModule.defaultTxnOffsetCommitRequest;
export declare const defaultTxnOffsetCommitRequestTxnOffsetCommitRequestTopic: typeof TxnOffsetCommitModule.defaultTxnOffsetCommitRequestTxnOffsetCommitRequestTopic;
export declare const defaultTxnOffsetCommitRequestTxnOffsetCommitRequestPartition: typeof TxnOffsetCommitModule.defaultTxnOffsetCommitRequestTxnOffsetCommitRequestPartition;
export declare const TxnOffsetCommitRequestCodec: typeof TxnOffsetCommitModule.TxnOffsetCommitRequestCodec;
export declare const defaultTxnOffsetCommitResponse: typeof TxnOffsetCommitModule.defaultTxnOffsetCommitResponse;
export declare const defaultTxnOffsetCommitResponseTxnOffsetCommitResponseTopic: typeof TxnOffsetCommitModule.defaultTxnOffsetCommitResponseTxnOffsetCommitResponseTopic;
export declare const defaultTxnOffsetCommitResponseTxnOffsetCommitResponsePartition: typeof TxnOffsetCommitModule.defaultTxnOffsetCommitResponseTxnOffsetCommitResponsePartition;
export declare const TxnOffsetCommitResponseCodec: typeof TxnOffsetCommitModule.TxnOffsetCommitResponseCodec;
lazyExports(module.exports, loadTxnOffsetCommit, ['defaultTxnOffsetCommitRequest', 'defaultTxnOffsetCommitRequestTxnOffsetCommitRequestTopic', 'defaultTxnOffsetCommitRequestTxnOffsetCommitRequestPartition', 'TxnOffsetCommitRequestCodec', 'defaultTxnOffsetCommitResponse', 'defaultTxnOffsetCommitResponseTxnOffsetCommitResponseTopic', 'defaultTxnOffsetCommitResponseTxnOffsetCommitResponsePartition', 'TxnOffsetCommitResponseCodec']);
0 && (module.exports = { defaultTxnOffsetCommitRequest: null, defaultTxnOffsetCommitRequestTxnOffsetCommitRequestTopic: null, defaultTxnOffsetCommitRequestTxnOffsetCommitRequestPartition: null, TxnOffsetCommitRequestCodec: null, defaultTxnOffsetCommitResponse: null, defaultTxnOffsetCommitResponseTxnOffsetCommitResponseTopic: null, defaultTxnOffsetCommitResponseTxnOffsetCommitResponsePartition: null, TxnOffsetCommitResponseCodec: null });

export type * from './describe-acls';
export declare const defaultDescribeAclsRequest: typeof DescribeAclsModule.defaultDescribeAclsRequest;
export declare const DescribeAclsRequestCodec: typeof DescribeAclsModule.DescribeAclsRequestCodec;
export declare const defaultDescribeAclsResponse: typeof DescribeAclsModule.defaultDescribeAclsResponse;
export declare const defaultDescribeAclsResponseDescribeAclsResource: typeof DescribeAclsModule.defaultDescribeAclsResponseDescribeAclsResource;
export declare const defaultDescribeAclsResponseAclDescription: typeof DescribeAclsModule.defaultDescribeAclsResponseAclDescription;
export declare const DescribeAclsResponseCodec: typeof DescribeAclsModule.DescribeAclsResponseCodec;
lazyExports(module.exports, loadDescribeAcls, ['defaultDescribeAclsRequest', 'DescribeAclsRequestCodec', 'defaultDescribeAclsResponse', 'defaultDescribeAclsResponseDescribeAclsResource', 'defaultDescribeAclsResponseAclDescription', 'DescribeAclsResponseCodec']);
0 && (module.exports = { defaultDescribeAclsRequest: null, DescribeAclsRequestCodec: null, defaultDescribeAclsResponse: null, defaultDescribeAclsResponseDescribeAclsResource: null, defaultDescribeAclsResponseAclDescription: null, DescribeAclsResponseCodec: null });

export type * from './create-acls';
export declare const defaultCreateAclsRequest: typeof CreateAclsModule.defaultCreateAclsRequest;
export declare const defaultCreateAclsRequestAclCreation: typeof CreateAclsModule.defaultCreateAclsRequestAclCreation;
export declare const CreateAclsRequestCodec: typeof CreateAclsModule.CreateAclsRequestCodec;
export declare const defaultCreateAclsResponse: typeof CreateAclsModule.defaultCreateAclsResponse;
export declare const defaultCreateAclsResponseAclCreationResult: typeof CreateAclsModule.defaultCreateAclsResponseAclCreationResult;
export declare const CreateAclsResponseCodec: typeof CreateAclsModule.CreateAclsResponseCodec;
lazyExports(module.exports, loadCreateAcls, ['defaultCreateAclsRequest', 'defaultCreateAclsRequestAclCreation', 'CreateAclsRequestCodec', 'defaultCreateAclsResponse', 'defaultCreateAclsResponseAclCreationResult', 'CreateAclsResponseCodec']);
0 && (module.exports = { defaultCreateAclsRequest: null, defaultCreateAclsRequestAclCreation: null, CreateAclsRequestCodec: null, defaultCreateAclsResponse: null, defaultCreateAclsResponseAclCreationResult: null, CreateAclsResponseCodec: null });

export type * from './delete-acls';
export declare const defaultDeleteAclsRequest: typeof DeleteAclsModule.defaultDeleteAclsRequest;
export declare const defaultDeleteAclsRequestDeleteAclsFilter: typeof DeleteAclsModule.defaultDeleteAclsRequestDeleteAclsFilter;
export declare const DeleteAclsRequestCodec: typeof DeleteAclsModule.DeleteAclsRequestCodec;
export declare const defaultDeleteAclsResponse: typeof DeleteAclsModule.defaultDeleteAclsResponse;
export declare const defaultDeleteAclsResponseDeleteAclsFilterResult: typeof DeleteAclsModule.defaultDeleteAclsResponseDeleteAclsFilterResult;
export declare const defaultDeleteAclsResponseDeleteAclsMatchingAcl: typeof DeleteAclsModule.defaultDeleteAclsResponseDeleteAclsMatchingAcl;
export declare const DeleteAclsResponseCodec: typeof DeleteAclsModule.DeleteAclsResponseCodec;
lazyExports(module.exports, loadDeleteAcls, ['defaultDeleteAclsRequest', 'defaultDeleteAclsRequestDeleteAclsFilter', 'DeleteAclsRequestCodec', 'defaultDeleteAclsResponse', 'defaultDeleteAclsResponseDeleteAclsFilterResult', 'defaultDeleteAclsResponseDeleteAclsMatchingAcl', 'DeleteAclsResponseCodec']);
0 && (module.exports = { defaultDeleteAclsRequest: null, defaultDeleteAclsRequestDeleteAclsFilter: null, DeleteAclsRequestCodec: null, defaultDeleteAclsResponse: null, defaultDeleteAclsResponseDeleteAclsFilterResult: null, defaultDeleteAclsResponseDeleteAclsMatchingAcl: null, DeleteAclsResponseCodec: null });

export type * from './describe-configs';
export declare const defaultDescribeConfigsRequest: typeof DescribeConfigsModule.defaultDescribeConfigsRequest;
export declare const defaultDescribeConfigsRequestDescribeConfigsResource: typeof DescribeConfigsModule.defaultDescribeConfigsRequestDescribeConfigsResource;
export declare const DescribeConfigsRequestCodec: typeof DescribeConfigsModule.DescribeConfigsRequestCodec;
export declare const defaultDescribeConfigsResponse: typeof DescribeConfigsModule.defaultDescribeConfigsResponse;
export declare const defaultDescribeConfigsResponseDescribeConfigsResult: typeof DescribeConfigsModule.defaultDescribeConfigsResponseDescribeConfigsResult;
export declare const defaultDescribeConfigsResponseDescribeConfigsResourceResult: typeof DescribeConfigsModule.defaultDescribeConfigsResponseDescribeConfigsResourceResult;
export declare const defaultDescribeConfigsResponseDescribeConfigsSynonym: typeof DescribeConfigsModule.defaultDescribeConfigsResponseDescribeConfigsSynonym;
export declare const DescribeConfigsResponseCodec: typeof DescribeConfigsModule.DescribeConfigsResponseCodec;
lazyExports(module.exports, loadDescribeConfigs, ['defaultDescribeConfigsRequest', 'defaultDescribeConfigsRequestDescribeConfigsResource', 'DescribeConfigsRequestCodec', 'defaultDescribeConfigsResponse', 'defaultDescribeConfigsResponseDescribeConfigsResult', 'defaultDescribeConfigsResponseDescribeConfigsResourceResult', 'defaultDescribeConfigsResponseDescribeConfigsSynonym', 'DescribeConfigsResponseCodec']);
0 && (module.exports = { defaultDescribeConfigsRequest: null, defaultDescribeConfigsRequestDescribeConfigsResource: null, DescribeConfigsRequestCodec: null, defaultDescribeConfigsResponse: null, defaultDescribeConfigsResponseDescribeConfigsResult: null, defaultDescribeConfigsResponseDescribeConfigsResourceResult: null, defaultDescribeConfigsResponseDescribeConfigsSynonym: null, DescribeConfigsResponseCodec: null });

export type * from './alter-configs';
export declare const defaultAlterConfigsRequest: typeof AlterConfigsModule.defaultAlterConfigsRequest;
export declare const defaultAlterConfigsRequestAlterConfigsResource: typeof AlterConfigsModule.defaultAlterConfigsRequestAlterConfigsResource;
export declare const defaultAlterConfigsRequestAlterableConfig: typeof AlterConfigsModule.defaultAlterConfigsRequestAlterableConfig;
export declare const AlterConfigsRequestCodec: typeof AlterConfigsModule.AlterConfigsRequestCodec;
export declare const defaultAlterConfigsResponse: typeof AlterConfigsModule.defaultAlterConfigsResponse;
export declare const defaultAlterConfigsResponseAlterConfigsResourceResponse: typeof AlterConfigsModule.defaultAlterConfigsResponseAlterConfigsResourceResponse;
export declare const AlterConfigsResponseCodec: typeof AlterConfigsModule.AlterConfigsResponseCodec;
lazyExports(module.exports, loadAlterConfigs, ['defaultAlterConfigsRequest', 'defaultAlterConfigsRequestAlterConfigsResource', 'defaultAlterConfigsRequestAlterableConfig', 'AlterConfigsRequestCodec', 'defaultAlterConfigsResponse', 'defaultAlterConfigsResponseAlterConfigsResourceResponse', 'AlterConfigsResponseCodec']);
0 && (module.exports = { defaultAlterConfigsRequest: null, defaultAlterConfigsRequestAlterConfigsResource: null, defaultAlterConfigsRequestAlterableConfig: null, AlterConfigsRequestCodec: null, defaultAlterConfigsResponse: null, defaultAlterConfigsResponseAlterConfigsResourceResponse: null, AlterConfigsResponseCodec: null });

export type * from './alter-replica-log-dirs';
export declare const defaultAlterReplicaLogDirsRequest: typeof AlterReplicaLogDirsModule.defaultAlterReplicaLogDirsRequest;
export declare const defaultAlterReplicaLogDirsRequestAlterReplicaLogDir: typeof AlterReplicaLogDirsModule.defaultAlterReplicaLogDirsRequestAlterReplicaLogDir;
export declare const defaultAlterReplicaLogDirsRequestAlterReplicaLogDirTopic: typeof AlterReplicaLogDirsModule.defaultAlterReplicaLogDirsRequestAlterReplicaLogDirTopic;
export declare const AlterReplicaLogDirsRequestCodec: typeof AlterReplicaLogDirsModule.AlterReplicaLogDirsRequestCodec;
export declare const defaultAlterReplicaLogDirsResponse: typeof AlterReplicaLogDirsModule.defaultAlterReplicaLogDirsResponse;
export declare const defaultAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult: typeof AlterReplicaLogDirsModule.defaultAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult;
export declare const defaultAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult: typeof AlterReplicaLogDirsModule.defaultAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult;
export declare const AlterReplicaLogDirsResponseCodec: typeof AlterReplicaLogDirsModule.AlterReplicaLogDirsResponseCodec;
lazyExports(module.exports, loadAlterReplicaLogDirs, ['defaultAlterReplicaLogDirsRequest', 'defaultAlterReplicaLogDirsRequestAlterReplicaLogDir', 'defaultAlterReplicaLogDirsRequestAlterReplicaLogDirTopic', 'AlterReplicaLogDirsRequestCodec', 'defaultAlterReplicaLogDirsResponse', 'defaultAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult', 'defaultAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult', 'AlterReplicaLogDirsResponseCodec']);
0 && (module.exports = { defaultAlterReplicaLogDirsRequest: null, defaultAlterReplicaLogDirsRequestAlterReplicaLogDir: null, defaultAlterReplicaLogDirsRequestAlterReplicaLogDirTopic: null, AlterReplicaLogDirsRequestCodec: null, defaultAlterReplicaLogDirsResponse: null, defaultAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult: null, defaultAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult: null, AlterReplicaLogDirsResponseCodec: null });

export type * from './describe-log-dirs';
export declare const defaultDescribeLogDirsRequest: typeof DescribeLogDirsModule.defaultDescribeLogDirsRequest;
export declare const defaultDescribeLogDirsRequestDescribableLogDirTopic: typeof DescribeLogDirsModule.defaultDescribeLogDirsRequestDescribableLogDirTopic;
export declare const DescribeLogDirsRequestCodec: typeof DescribeLogDirsModule.DescribeLogDirsRequestCodec;
export declare const defaultDescribeLogDirsResponse: typeof DescribeLogDirsModule.defaultDescribeLogDirsResponse;
export declare const defaultDescribeLogDirsResponseDescribeLogDirsResult: typeof DescribeLogDirsModule.defaultDescribeLogDirsResponseDescribeLogDirsResult;
export declare const defaultDescribeLogDirsResponseDescribeLogDirsTopic: typeof DescribeLogDirsModule.defaultDescribeLogDirsResponseDescribeLogDirsTopic;
export declare const defaultDescribeLogDirsResponseDescribeLogDirsPartition: typeof DescribeLogDirsModule.defaultDescribeLogDirsResponseDescribeLogDirsPartition;
export declare const DescribeLogDirsResponseCodec: typeof DescribeLogDirsModule.DescribeLogDirsResponseCodec;
lazyExports(module.exports, loadDescribeLogDirs, ['defaultDescribeLogDirsRequest', 'defaultDescribeLogDirsRequestDescribableLogDirTopic', 'DescribeLogDirsRequestCodec', 'defaultDescribeLogDirsResponse', 'defaultDescribeLogDirsResponseDescribeLogDirsResult', 'defaultDescribeLogDirsResponseDescribeLogDirsTopic', 'defaultDescribeLogDirsResponseDescribeLogDirsPartition', 'DescribeLogDirsResponseCodec']);
0 && (module.exports = { defaultDescribeLogDirsRequest: null, defaultDescribeLogDirsRequestDescribableLogDirTopic: null, DescribeLogDirsRequestCodec: null, defaultDescribeLogDirsResponse: null, defaultDescribeLogDirsResponseDescribeLogDirsResult: null, defaultDescribeLogDirsResponseDescribeLogDirsTopic: null, defaultDescribeLogDirsResponseDescribeLogDirsPartition: null, DescribeLogDirsResponseCodec: null });

export type * from './sasl-authenticate';
export declare const defaultSaslAuthenticateRequest: typeof SaslAuthenticateModule.defaultSaslAuthenticateRequest;
export declare const SaslAuthenticateRequestCodec: typeof SaslAuthenticateModule.SaslAuthenticateRequestCodec;
export declare const defaultSaslAuthenticateResponse: typeof SaslAuthenticateModule.defaultSaslAuthenticateResponse;
export declare const SaslAuthenticateResponseCodec: typeof SaslAuthenticateModule.SaslAuthenticateResponseCodec;
lazyExports(module.exports, loadSaslAuthenticate, ['defaultSaslAuthenticateRequest', 'SaslAuthenticateRequestCodec', 'defaultSaslAuthenticateResponse', 'SaslAuthenticateResponseCodec']);
0 && (module.exports = { defaultSaslAuthenticateRequest: null, SaslAuthenticateRequestCodec: null, defaultSaslAuthenticateResponse: null, SaslAuthenticateResponseCodec: null });

export type * from './create-partitions';
export declare const defaultCreatePartitionsRequest: typeof CreatePartitionsModule.defaultCreatePartitionsRequest;
export declare const defaultCreatePartitionsRequestCreatePartitionsTopic: typeof CreatePartitionsModule.defaultCreatePartitionsRequestCreatePartitionsTopic;
export declare const defaultCreatePartitionsRequestCreatePartitionsAssignment: typeof CreatePartitionsModule.defaultCreatePartitionsRequestCreatePartitionsAssignment;
export declare const CreatePartitionsRequestCodec: typeof CreatePartitionsModule.CreatePartitionsRequestCodec;
export declare const defaultCreatePartitionsResponse: typeof CreatePartitionsModule.defaultCreatePartitionsResponse;
export declare const defaultCreatePartitionsResponseCreatePartitionsTopicResult: typeof CreatePartitionsModule.defaultCreatePartitionsResponseCreatePartitionsTopicResult;
export declare const CreatePartitionsResponseCodec: typeof CreatePartitionsModule.CreatePartitionsResponseCodec;
lazyExports(module.exports, loadCreatePartitions, ['defaultCreatePartitionsRequest', 'defaultCreatePartitionsRequestCreatePartitionsTopic', 'defaultCreatePartitionsRequestCreatePartitionsAssignment', 'CreatePartitionsRequestCodec', 'defaultCreatePartitionsResponse', 'defaultCreatePartitionsResponseCreatePartitionsTopicResult', 'CreatePartitionsResponseCodec']);
0 && (module.exports = { defaultCreatePartitionsRequest: null, defaultCreatePartitionsRequestCreatePartitionsTopic: null, defaultCreatePartitionsRequestCreatePartitionsAssignment: null, CreatePartitionsRequestCodec: null, defaultCreatePartitionsResponse: null, defaultCreatePartitionsResponseCreatePartitionsTopicResult: null, CreatePartitionsResponseCodec: null });

export type * from './create-delegation-token';
export declare const defaultCreateDelegationTokenRequest: typeof CreateDelegationTokenModule.defaultCreateDelegationTokenRequest;
export declare const defaultCreateDelegationTokenRequestCreatableRenewers: typeof CreateDelegationTokenModule.defaultCreateDelegationTokenRequestCreatableRenewers;
export declare const CreateDelegationTokenRequestCodec: typeof CreateDelegationTokenModule.CreateDelegationTokenRequestCodec;
export declare const defaultCreateDelegationTokenResponse: typeof CreateDelegationTokenModule.defaultCreateDelegationTokenResponse;
export declare const CreateDelegationTokenResponseCodec: typeof CreateDelegationTokenModule.CreateDelegationTokenResponseCodec;
lazyExports(module.exports, loadCreateDelegationToken, ['defaultCreateDelegationTokenRequest', 'defaultCreateDelegationTokenRequestCreatableRenewers', 'CreateDelegationTokenRequestCodec', 'defaultCreateDelegationTokenResponse', 'CreateDelegationTokenResponseCodec']);
0 && (module.exports = { defaultCreateDelegationTokenRequest: null, defaultCreateDelegationTokenRequestCreatableRenewers: null, CreateDelegationTokenRequestCodec: null, defaultCreateDelegationTokenResponse: null, CreateDelegationTokenResponseCodec: null });

export type * from './renew-delegation-token';
export declare const defaultRenewDelegationTokenRequest: typeof RenewDelegationTokenModule.defaultRenewDelegationTokenRequest;
export declare const RenewDelegationTokenRequestCodec: typeof RenewDelegationTokenModule.RenewDelegationTokenRequestCodec;
export declare const defaultRenewDelegationTokenResponse: typeof RenewDelegationTokenModule.defaultRenewDelegationTokenResponse;
export declare const RenewDelegationTokenResponseCodec: typeof RenewDelegationTokenModule.RenewDelegationTokenResponseCodec;
lazyExports(module.exports, loadRenewDelegationToken, ['defaultRenewDelegationTokenRequest', 'RenewDelegationTokenRequestCodec', 'defaultRenewDelegationTokenResponse', 'RenewDelegationTokenResponseCodec']);
0 && (module.exports = { defaultRenewDelegationTokenRequest: null, RenewDelegationTokenRequestCodec: null, defaultRenewDelegationTokenResponse: null, RenewDelegationTokenResponseCodec: null });

export type * from './expire-delegation-token';
export declare const defaultExpireDelegationTokenRequest: typeof ExpireDelegationTokenModule.defaultExpireDelegationTokenRequest;
export declare const ExpireDelegationTokenRequestCodec: typeof ExpireDelegationTokenModule.ExpireDelegationTokenRequestCodec;
export declare const defaultExpireDelegationTokenResponse: typeof ExpireDelegationTokenModule.defaultExpireDelegationTokenResponse;
export declare const ExpireDelegationTokenResponseCodec: typeof ExpireDelegationTokenModule.ExpireDelegationTokenResponseCodec;
lazyExports(module.exports, loadExpireDelegationToken, ['defaultExpireDelegationTokenRequest', 'ExpireDelegationTokenRequestCodec', 'defaultExpireDelegationTokenResponse', 'ExpireDelegationTokenResponseCodec']);
0 && (module.exports = { defaultExpireDelegationTokenRequest: null, ExpireDelegationTokenRequestCodec: null, defaultExpireDelegationTokenResponse: null, ExpireDelegationTokenResponseCodec: null });

export type * from './describe-delegation-token';
export declare const defaultDescribeDelegationTokenRequest: typeof DescribeDelegationTokenModule.defaultDescribeDelegationTokenRequest;
export declare const defaultDescribeDelegationTokenRequestDescribeDelegationTokenOwner: typeof DescribeDelegationTokenModule.defaultDescribeDelegationTokenRequestDescribeDelegationTokenOwner;
export declare const DescribeDelegationTokenRequestCodec: typeof DescribeDelegationTokenModule.DescribeDelegationTokenRequestCodec;
export declare const defaultDescribeDelegationTokenResponse: typeof DescribeDelegationTokenModule.defaultDescribeDelegationTokenResponse;
export declare const defaultDescribeDelegationTokenResponseDescribedDelegationToken: typeof DescribeDelegationTokenModule.defaultDescribeDelegationTokenResponseDescribedDelegationToken;
export declare const defaultDescribeDelegationTokenResponseDescribedDelegationTokenRenewer: typeof DescribeDelegationTokenModule.defaultDescribeDelegationTokenResponseDescribedDelegationTokenRenewer;
export declare const DescribeDelegationTokenResponseCodec: typeof DescribeDelegationTokenModule.DescribeDelegationTokenResponseCodec;
lazyExports(module.exports, loadDescribeDelegationToken, ['defaultDescribeDelegationTokenRequest', 'defaultDescribeDelegationTokenRequestDescribeDelegationTokenOwner', 'DescribeDelegationTokenRequestCodec', 'defaultDescribeDelegationTokenResponse', 'defaultDescribeDelegationTokenResponseDescribedDelegationToken', 'defaultDescribeDelegationTokenResponseDescribedDelegationTokenRenewer', 'DescribeDelegationTokenResponseCodec']);
0 && (module.exports = { defaultDescribeDelegationTokenRequest: null, defaultDescribeDelegationTokenRequestDescribeDelegationTokenOwner: null, DescribeDelegationTokenRequestCodec: null, defaultDescribeDelegationTokenResponse: null, defaultDescribeDelegationTokenResponseDescribedDelegationToken: null, defaultDescribeDelegationTokenResponseDescribedDelegationTokenRenewer: null, DescribeDelegationTokenResponseCodec: null });

export type * from './delete-groups';
export declare const defaultDeleteGroupsRequest: typeof DeleteGroupsModule.defaultDeleteGroupsRequest;
export declare const DeleteGroupsRequestCodec: typeof DeleteGroupsModule.DeleteGroupsRequestCodec;
export declare const defaultDeleteGroupsResponse: typeof DeleteGroupsModule.defaultDeleteGroupsResponse;
export declare const defaultDeleteGroupsResponseDeletableGroupResult: typeof DeleteGroupsModule.defaultDeleteGroupsResponseDeletableGroupResult;
export declare const DeleteGroupsResponseCodec: typeof DeleteGroupsModule.DeleteGroupsResponseCodec;
lazyExports(module.exports, loadDeleteGroups, ['defaultDeleteGroupsRequest', 'DeleteGroupsRequestCodec', 'defaultDeleteGroupsResponse', 'defaultDeleteGroupsResponseDeletableGroupResult', 'DeleteGroupsResponseCodec']);
0 && (module.exports = { defaultDeleteGroupsRequest: null, DeleteGroupsRequestCodec: null, defaultDeleteGroupsResponse: null, defaultDeleteGroupsResponseDeletableGroupResult: null, DeleteGroupsResponseCodec: null });

export type * from './elect-leaders';
export declare const defaultElectLeadersRequest: typeof ElectLeadersModule.defaultElectLeadersRequest;
export declare const defaultElectLeadersRequestTopicPartitions: typeof ElectLeadersModule.defaultElectLeadersRequestTopicPartitions;
export declare const ElectLeadersRequestCodec: typeof ElectLeadersModule.ElectLeadersRequestCodec;
export declare const defaultElectLeadersResponse: typeof ElectLeadersModule.defaultElectLeadersResponse;
export declare const defaultElectLeadersResponseReplicaElectionResult: typeof ElectLeadersModule.defaultElectLeadersResponseReplicaElectionResult;
export declare const defaultElectLeadersResponsePartitionResult: typeof ElectLeadersModule.defaultElectLeadersResponsePartitionResult;
export declare const ElectLeadersResponseCodec: typeof ElectLeadersModule.ElectLeadersResponseCodec;
lazyExports(module.exports, loadElectLeaders, ['defaultElectLeadersRequest', 'defaultElectLeadersRequestTopicPartitions', 'ElectLeadersRequestCodec', 'defaultElectLeadersResponse', 'defaultElectLeadersResponseReplicaElectionResult', 'defaultElectLeadersResponsePartitionResult', 'ElectLeadersResponseCodec']);
0 && (module.exports = { defaultElectLeadersRequest: null, defaultElectLeadersRequestTopicPartitions: null, ElectLeadersRequestCodec: null, defaultElectLeadersResponse: null, defaultElectLeadersResponseReplicaElectionResult: null, defaultElectLeadersResponsePartitionResult: null, ElectLeadersResponseCodec: null });

export type * from './incremental-alter-configs';
export declare const defaultIncrementalAlterConfigsRequest: typeof IncrementalAlterConfigsModule.defaultIncrementalAlterConfigsRequest;
export declare const defaultIncrementalAlterConfigsRequestAlterConfigsResource: typeof IncrementalAlterConfigsModule.defaultIncrementalAlterConfigsRequestAlterConfigsResource;
export declare const defaultIncrementalAlterConfigsRequestAlterableConfig: typeof IncrementalAlterConfigsModule.defaultIncrementalAlterConfigsRequestAlterableConfig;
export declare const IncrementalAlterConfigsRequestCodec: typeof IncrementalAlterConfigsModule.IncrementalAlterConfigsRequestCodec;
export declare const defaultIncrementalAlterConfigsResponse: typeof IncrementalAlterConfigsModule.defaultIncrementalAlterConfigsResponse;
export declare const defaultIncrementalAlterConfigsResponseAlterConfigsResourceResponse: typeof IncrementalAlterConfigsModule.defaultIncrementalAlterConfigsResponseAlterConfigsResourceResponse;
export declare const IncrementalAlterConfigsResponseCodec: typeof IncrementalAlterConfigsModule.IncrementalAlterConfigsResponseCodec;
lazyExports(module.exports, loadIncrementalAlterConfigs, ['defaultIncrementalAlterConfigsRequest', 'defaultIncrementalAlterConfigsRequestAlterConfigsResource', 'defaultIncrementalAlterConfigsRequestAlterableConfig', 'IncrementalAlterConfigsRequestCodec', 'defaultIncrementalAlterConfigsResponse', 'defaultIncrementalAlterConfigsResponseAlterConfigsResourceResponse', 'IncrementalAlterConfigsResponseCodec']);
0 && (module.exports = { defaultIncrementalAlterConfigsRequest: null, defaultIncrementalAlterConfigsRequestAlterConfigsResource: null, defaultIncrementalAlterConfigsRequestAlterableConfig: null, IncrementalAlterConfigsRequestCodec: null, defaultIncrementalAlterConfigsResponse: null, defaultIncrementalAlterConfigsResponseAlterConfigsResourceResponse: null, IncrementalAlterConfigsResponseCodec: null });

export type * from './alter-partition-reassignments';
export declare const defaultAlterPartitionReassignmentsRequest: typeof AlterPartitionReassignmentsModule.defaultAlterPartitionReassignmentsRequest;
export declare const defaultAlterPartitionReassignmentsRequestReassignableTopic: typeof AlterPartitionReassignmentsModule.defaultAlterPartitionReassignmentsRequestReassignableTopic;
export declare const defaultAlterPartitionReassignmentsRequestReassignablePartition: typeof AlterPartitionReassignmentsModule.defaultAlterPartitionReassignmentsRequestReassignablePartition;
export declare const AlterPartitionReassignmentsRequestCodec: typeof AlterPartitionReassignmentsModule.AlterPartitionReassignmentsRequestCodec;
export declare const defaultAlterPartitionReassignmentsResponse: typeof AlterPartitionReassignmentsModule.defaultAlterPartitionReassignmentsResponse;
export declare const defaultAlterPartitionReassignmentsResponseReassignableTopicResponse: typeof AlterPartitionReassignmentsModule.defaultAlterPartitionReassignmentsResponseReassignableTopicResponse;
export declare const defaultAlterPartitionReassignmentsResponseReassignablePartitionResponse: typeof AlterPartitionReassignmentsModule.defaultAlterPartitionReassignmentsResponseReassignablePartitionResponse;
export declare const AlterPartitionReassignmentsResponseCodec: typeof AlterPartitionReassignmentsModule.AlterPartitionReassignmentsResponseCodec;
lazyExports(module.exports, loadAlterPartitionReassignments, ['defaultAlterPartitionReassignmentsRequest', 'defaultAlterPartitionReassignmentsRequestReassignableTopic', 'defaultAlterPartitionReassignmentsRequestReassignablePartition', 'AlterPartitionReassignmentsRequestCodec', 'defaultAlterPartitionReassignmentsResponse', 'defaultAlterPartitionReassignmentsResponseReassignableTopicResponse', 'defaultAlterPartitionReassignmentsResponseReassignablePartitionResponse', 'AlterPartitionReassignmentsResponseCodec']);
0 && (module.exports = { defaultAlterPartitionReassignmentsRequest: null, defaultAlterPartitionReassignmentsRequestReassignableTopic: null, defaultAlterPartitionReassignmentsRequestReassignablePartition: null, AlterPartitionReassignmentsRequestCodec: null, defaultAlterPartitionReassignmentsResponse: null, defaultAlterPartitionReassignmentsResponseReassignableTopicResponse: null, defaultAlterPartitionReassignmentsResponseReassignablePartitionResponse: null, AlterPartitionReassignmentsResponseCodec: null });

export type * from './list-partition-reassignments';
export declare const defaultListPartitionReassignmentsRequest: typeof ListPartitionReassignmentsModule.defaultListPartitionReassignmentsRequest;
export declare const defaultListPartitionReassignmentsRequestListPartitionReassignmentsTopics: typeof ListPartitionReassignmentsModule.defaultListPartitionReassignmentsRequestListPartitionReassignmentsTopics;
export declare const ListPartitionReassignmentsRequestCodec: typeof ListPartitionReassignmentsModule.ListPartitionReassignmentsRequestCodec;
export declare const defaultListPartitionReassignmentsResponse: typeof ListPartitionReassignmentsModule.defaultListPartitionReassignmentsResponse;
export declare const defaultListPartitionReassignmentsResponseOngoingTopicReassignment: typeof ListPartitionReassignmentsModule.defaultListPartitionReassignmentsResponseOngoingTopicReassignment;
export declare const defaultListPartitionReassignmentsResponseOngoingPartitionReassignment: typeof ListPartitionReassignmentsModule.defaultListPartitionReassignmentsResponseOngoingPartitionReassignment;
export declare const ListPartitionReassignmentsResponseCodec: typeof ListPartitionReassignmentsModule.ListPartitionReassignmentsResponseCodec;
lazyExports(module.exports, loadListPartitionReassignments, ['defaultListPartitionReassignmentsRequest', 'defaultListPartitionReassignmentsRequestListPartitionReassignmentsTopics', 'ListPartitionReassignmentsRequestCodec', 'defaultListPartitionReassignmentsResponse', 'defaultListPartitionReassignmentsResponseOngoingTopicReassignment', 'defaultListPartitionReassignmentsResponseOngoingPartitionReassignment', 'ListPartitionReassignmentsResponseCodec']);
0 && (module.exports = { defaultListPartitionReassignmentsRequest: null, defaultListPartitionReassignmentsRequestListPartitionReassignmentsTopics: null, ListPartitionReassignmentsRequestCodec: null, defaultListPartitionReassignmentsResponse: null, defaultListPartitionReassignmentsResponseOngoingTopicReassignment: null, defaultListPartitionReassignmentsResponseOngoingPartitionReassignment: null, ListPartitionReassignmentsResponseCodec: null });

export type * from './offset-delete';
export declare const defaultOffsetDeleteRequest: typeof OffsetDeleteModule.defaultOffsetDeleteRequest;
export declare const defaultOffsetDeleteRequestOffsetDeleteRequestTopic: typeof OffsetDeleteModule.defaultOffsetDeleteRequestOffsetDeleteRequestTopic;
export declare const defaultOffsetDeleteRequestOffsetDeleteRequestPartition: typeof OffsetDeleteModule.defaultOffsetDeleteRequestOffsetDeleteRequestPartition;
export declare const OffsetDeleteRequestCodec: typeof OffsetDeleteModule.OffsetDeleteRequestCodec;
export declare const defaultOffsetDeleteResponse: typeof OffsetDeleteModule.defaultOffsetDeleteResponse;
export declare const defaultOffsetDeleteResponseOffsetDeleteResponseTopic: typeof OffsetDeleteModule.defaultOffsetDeleteResponseOffsetDeleteResponseTopic;
export declare const defaultOffsetDeleteResponseOffsetDeleteResponsePartition: typeof OffsetDeleteModule.defaultOffsetDeleteResponseOffsetDeleteResponsePartition;
export declare const OffsetDeleteResponseCodec: typeof OffsetDeleteModule.OffsetDeleteResponseCodec;
lazyExports(module.exports, loadOffsetDelete, ['defaultOffsetDeleteRequest', 'defaultOffsetDeleteRequestOffsetDeleteRequestTopic', 'defaultOffsetDeleteRequestOffsetDeleteRequestPartition', 'OffsetDeleteRequestCodec', 'defaultOffsetDeleteResponse', 'defaultOffsetDeleteResponseOffsetDeleteResponseTopic', 'defaultOffsetDeleteResponseOffsetDeleteResponsePartition', 'OffsetDeleteResponseCodec']);
0 && (module.exports = { defaultOffsetDeleteRequest: null, defaultOffsetDeleteRequestOffsetDeleteRequestTopic: null, defaultOffsetDeleteRequestOffsetDeleteRequestPartition: null, OffsetDeleteRequestCodec: null, defaultOffsetDeleteResponse: null, defaultOffsetDeleteResponseOffsetDeleteResponseTopic: null, defaultOffsetDeleteResponseOffsetDeleteResponsePartition: null, OffsetDeleteResponseCodec: null });

export type * from './describe-client-quotas';
export declare const defaultDescribeClientQuotasRequest: typeof DescribeClientQuotasModule.defaultDescribeClientQuotasRequest;
export declare const defaultDescribeClientQuotasRequestComponentData: typeof DescribeClientQuotasModule.defaultDescribeClientQuotasRequestComponentData;
export declare const DescribeClientQuotasRequestCodec: typeof DescribeClientQuotasModule.DescribeClientQuotasRequestCodec;
export declare const defaultDescribeClientQuotasResponse: typeof DescribeClientQuotasModule.defaultDescribeClientQuotasResponse;
export declare const defaultDescribeClientQuotasResponseEntryData: typeof DescribeClientQuotasModule.defaultDescribeClientQuotasResponseEntryData;
export declare const defaultDescribeClientQuotasResponseEntityData: typeof DescribeClientQuotasModule.defaultDescribeClientQuotasResponseEntityData;
export declare const defaultDescribeClientQuotasResponseValueData: typeof DescribeClientQuotasModule.defaultDescribeClientQuotasResponseValueData;
export declare const DescribeClientQuotasResponseCodec: typeof DescribeClientQuotasModule.DescribeClientQuotasResponseCodec;
lazyExports(module.exports, loadDescribeClientQuotas, ['defaultDescribeClientQuotasRequest', 'defaultDescribeClientQuotasRequestComponentData', 'DescribeClientQuotasRequestCodec', 'defaultDescribeClientQuotasResponse', 'defaultDescribeClientQuotasResponseEntryData', 'defaultDescribeClientQuotasResponseEntityData', 'defaultDescribeClientQuotasResponseValueData', 'DescribeClientQuotasResponseCodec']);
0 && (module.exports = { defaultDescribeClientQuotasRequest: null, defaultDescribeClientQuotasRequestComponentData: null, DescribeClientQuotasRequestCodec: null, defaultDescribeClientQuotasResponse: null, defaultDescribeClientQuotasResponseEntryData: null, defaultDescribeClientQuotasResponseEntityData: null, defaultDescribeClientQuotasResponseValueData: null, DescribeClientQuotasResponseCodec: null });

export type * from './alter-client-quotas';
export declare const defaultAlterClientQuotasRequest: typeof AlterClientQuotasModule.defaultAlterClientQuotasRequest;
export declare const defaultAlterClientQuotasRequestEntryData: typeof AlterClientQuotasModule.defaultAlterClientQuotasRequestEntryData;
export declare const defaultAlterClientQuotasRequestEntityData: typeof AlterClientQuotasModule.defaultAlterClientQuotasRequestEntityData;
export declare const defaultAlterClientQuotasRequestOpData: typeof AlterClientQuotasModule.defaultAlterClientQuotasRequestOpData;
export declare const AlterClientQuotasRequestCodec: typeof AlterClientQuotasModule.AlterClientQuotasRequestCodec;
export declare const defaultAlterClientQuotasResponse: typeof AlterClientQuotasModule.defaultAlterClientQuotasResponse;
export declare const defaultAlterClientQuotasResponseEntryData: typeof AlterClientQuotasModule.defaultAlterClientQuotasResponseEntryData;
export declare const defaultAlterClientQuotasResponseEntityData: typeof AlterClientQuotasModule.defaultAlterClientQuotasResponseEntityData;
export declare const AlterClientQuotasResponseCodec: typeof AlterClientQuotasModule.AlterClientQuotasResponseCodec;
lazyExports(module.exports, loadAlterClientQuotas, ['defaultAlterClientQuotasRequest', 'defaultAlterClientQuotasRequestEntryData', 'defaultAlterClientQuotasRequestEntityData', 'defaultAlterClientQuotasRequestOpData', 'AlterClientQuotasRequestCodec', 'defaultAlterClientQuotasResponse', 'defaultAlterClientQuotasResponseEntryData', 'defaultAlterClientQuotasResponseEntityData', 'AlterClientQuotasResponseCodec']);
0 && (module.exports = { defaultAlterClientQuotasRequest: null, defaultAlterClientQuotasRequestEntryData: null, defaultAlterClientQuotasRequestEntityData: null, defaultAlterClientQuotasRequestOpData: null, AlterClientQuotasRequestCodec: null, defaultAlterClientQuotasResponse: null, defaultAlterClientQuotasResponseEntryData: null, defaultAlterClientQuotasResponseEntityData: null, AlterClientQuotasResponseCodec: null });

export type * from './describe-user-scram-credentials';
export declare const defaultDescribeUserScramCredentialsRequest: typeof DescribeUserScramCredentialsModule.defaultDescribeUserScramCredentialsRequest;
export declare const defaultDescribeUserScramCredentialsRequestUserName: typeof DescribeUserScramCredentialsModule.defaultDescribeUserScramCredentialsRequestUserName;
export declare const DescribeUserScramCredentialsRequestCodec: typeof DescribeUserScramCredentialsModule.DescribeUserScramCredentialsRequestCodec;
export declare const defaultDescribeUserScramCredentialsResponse: typeof DescribeUserScramCredentialsModule.defaultDescribeUserScramCredentialsResponse;
export declare const defaultDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult: typeof DescribeUserScramCredentialsModule.defaultDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult;
export declare const defaultDescribeUserScramCredentialsResponseCredentialInfo: typeof DescribeUserScramCredentialsModule.defaultDescribeUserScramCredentialsResponseCredentialInfo;
export declare const DescribeUserScramCredentialsResponseCodec: typeof DescribeUserScramCredentialsModule.DescribeUserScramCredentialsResponseCodec;
lazyExports(module.exports, loadDescribeUserScramCredentials, ['defaultDescribeUserScramCredentialsRequest', 'defaultDescribeUserScramCredentialsRequestUserName', 'DescribeUserScramCredentialsRequestCodec', 'defaultDescribeUserScramCredentialsResponse', 'defaultDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult', 'defaultDescribeUserScramCredentialsResponseCredentialInfo', 'DescribeUserScramCredentialsResponseCodec']);
0 && (module.exports = { defaultDescribeUserScramCredentialsRequest: null, defaultDescribeUserScramCredentialsRequestUserName: null, DescribeUserScramCredentialsRequestCodec: null, defaultDescribeUserScramCredentialsResponse: null, defaultDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult: null, defaultDescribeUserScramCredentialsResponseCredentialInfo: null, DescribeUserScramCredentialsResponseCodec: null });

export type * from './alter-user-scram-credentials';
export declare const defaultAlterUserScramCredentialsRequest: typeof AlterUserScramCredentialsModule.defaultAlterUserScramCredentialsRequest;
export declare const defaultAlterUserScramCredentialsRequestScramCredentialDeletion: typeof AlterUserScramCredentialsModule.defaultAlterUserScramCredentialsRequestScramCredentialDeletion;
export declare const defaultAlterUserScramCredentialsRequestScramCredentialUpsertion: typeof AlterUserScramCredentialsModule.defaultAlterUserScramCredentialsRequestScramCredentialUpsertion;
export declare const AlterUserScramCredentialsRequestCodec: typeof AlterUserScramCredentialsModule.AlterUserScramCredentialsRequestCodec;
export declare const defaultAlterUserScramCredentialsResponse: typeof AlterUserScramCredentialsModule.defaultAlterUserScramCredentialsResponse;
export declare const defaultAlterUserScramCredentialsResponseAlterUserScramCredentialsResult: typeof AlterUserScramCredentialsModule.defaultAlterUserScramCredentialsResponseAlterUserScramCredentialsResult;
export declare const AlterUserScramCredentialsResponseCodec: typeof AlterUserScramCredentialsModule.AlterUserScramCredentialsResponseCodec;
lazyExports(module.exports, loadAlterUserScramCredentials, ['defaultAlterUserScramCredentialsRequest', 'defaultAlterUserScramCredentialsRequestScramCredentialDeletion', 'defaultAlterUserScramCredentialsRequestScramCredentialUpsertion', 'AlterUserScramCredentialsRequestCodec', 'defaultAlterUserScramCredentialsResponse', 'defaultAlterUserScramCredentialsResponseAlterUserScramCredentialsResult', 'AlterUserScramCredentialsResponseCodec']);
0 && (module.exports = { defaultAlterUserScramCredentialsRequest: null, defaultAlterUserScramCredentialsRequestScramCredentialDeletion: null, defaultAlterUserScramCredentialsRequestScramCredentialUpsertion: null, AlterUserScramCredentialsRequestCodec: null, defaultAlterUserScramCredentialsResponse: null, defaultAlterUserScramCredentialsResponseAlterUserScramCredentialsResult: null, AlterUserScramCredentialsResponseCodec: null });

export type * from './vote';
export declare const defaultVoteRequest: typeof VoteModule.defaultVoteRequest;
export declare const defaultVoteRequestTopicData: typeof VoteModule.defaultVoteRequestTopicData;
export declare const defaultVoteRequestPartitionData: typeof VoteModule.defaultVoteRequestPartitionData;
export declare const VoteRequestCodec: typeof VoteModule.VoteRequestCodec;
export declare const defaultVoteResponse: typeof VoteModule.defaultVoteResponse;
export declare const defaultVoteResponseTopicData: typeof VoteModule.defaultVoteResponseTopicData;
export declare const defaultVoteResponsePartitionData: typeof VoteModule.defaultVoteResponsePartitionData;
export declare const defaultVoteResponseNodeEndpoint: typeof VoteModule.defaultVoteResponseNodeEndpoint;
export declare const VoteResponseCodec: typeof VoteModule.VoteResponseCodec;
lazyExports(module.exports, loadVote, ['defaultVoteRequest', 'defaultVoteRequestTopicData', 'defaultVoteRequestPartitionData', 'VoteRequestCodec', 'defaultVoteResponse', 'defaultVoteResponseTopicData', 'defaultVoteResponsePartitionData', 'defaultVoteResponseNodeEndpoint', 'VoteResponseCodec']);
0 && (module.exports = { defaultVoteRequest: null, defaultVoteRequestTopicData: null, defaultVoteRequestPartitionData: null, VoteRequestCodec: null, defaultVoteResponse: null, defaultVoteResponseTopicData: null, defaultVoteResponsePartitionData: null, defaultVoteResponseNodeEndpoint: null, VoteResponseCodec: null });

export type * from './begin-quorum-epoch';
export declare const defaultBeginQuorumEpochRequest: typeof BeginQuorumEpochModule.defaultBeginQuorumEpochRequest;
export declare const defaultBeginQuorumEpochRequestTopicData: typeof BeginQuorumEpochModule.defaultBeginQuorumEpochRequestTopicData;
export declare const defaultBeginQuorumEpochRequestPartitionData: typeof BeginQuorumEpochModule.defaultBeginQuorumEpochRequestPartitionData;
export declare const defaultBeginQuorumEpochRequestLeaderEndpoint: typeof BeginQuorumEpochModule.defaultBeginQuorumEpochRequestLeaderEndpoint;
export declare const BeginQuorumEpochRequestCodec: typeof BeginQuorumEpochModule.BeginQuorumEpochRequestCodec;
export declare const defaultBeginQuorumEpochResponse: typeof BeginQuorumEpochModule.defaultBeginQuorumEpochResponse;
export declare const defaultBeginQuorumEpochResponseTopicData: typeof BeginQuorumEpochModule.defaultBeginQuorumEpochResponseTopicData;
export declare const defaultBeginQuorumEpochResponsePartitionData: typeof BeginQuorumEpochModule.defaultBeginQuorumEpochResponsePartitionData;
export declare const defaultBeginQuorumEpochResponseNodeEndpoint: typeof BeginQuorumEpochModule.defaultBeginQuorumEpochResponseNodeEndpoint;
export declare const BeginQuorumEpochResponseCodec: typeof BeginQuorumEpochModule.BeginQuorumEpochResponseCodec;
lazyExports(module.exports, loadBeginQuorumEpoch, ['defaultBeginQuorumEpochRequest', 'defaultBeginQuorumEpochRequestTopicData', 'defaultBeginQuorumEpochRequestPartitionData', 'defaultBeginQuorumEpochRequestLeaderEndpoint', 'BeginQuorumEpochRequestCodec', 'defaultBeginQuorumEpochResponse', 'defaultBeginQuorumEpochResponseTopicData', 'defaultBeginQuorumEpochResponsePartitionData', 'defaultBeginQuorumEpochResponseNodeEndpoint', 'BeginQuorumEpochResponseCodec']);
0 && (module.exports = { defaultBeginQuorumEpochRequest: null, defaultBeginQuorumEpochRequestTopicData: null, defaultBeginQuorumEpochRequestPartitionData: null, defaultBeginQuorumEpochRequestLeaderEndpoint: null, BeginQuorumEpochRequestCodec: null, defaultBeginQuorumEpochResponse: null, defaultBeginQuorumEpochResponseTopicData: null, defaultBeginQuorumEpochResponsePartitionData: null, defaultBeginQuorumEpochResponseNodeEndpoint: null, BeginQuorumEpochResponseCodec: null });

export type * from './end-quorum-epoch';
export declare const defaultEndQuorumEpochRequest: typeof EndQuorumEpochModule.defaultEndQuorumEpochRequest;
export declare const defaultEndQuorumEpochRequestTopicData: typeof EndQuorumEpochModule.defaultEndQuorumEpochRequestTopicData;
export declare const defaultEndQuorumEpochRequestPartitionData: typeof EndQuorumEpochModule.defaultEndQuorumEpochRequestPartitionData;
export declare const defaultEndQuorumEpochRequestReplicaInfo: typeof EndQuorumEpochModule.defaultEndQuorumEpochRequestReplicaInfo;
export declare const defaultEndQuorumEpochRequestLeaderEndpoint: typeof EndQuorumEpochModule.defaultEndQuorumEpochRequestLeaderEndpoint;
export declare const EndQuorumEpochRequestCodec: typeof EndQuorumEpochModule.EndQuorumEpochRequestCodec;
export declare const defaultEndQuorumEpochResponse: typeof EndQuorumEpochModule.defaultEndQuorumEpochResponse;
export declare const defaultEndQuorumEpochResponseTopicData: typeof EndQuorumEpochModule.defaultEndQuorumEpochResponseTopicData;
export declare const defaultEndQuorumEpochResponsePartitionData: typeof EndQuorumEpochModule.defaultEndQuorumEpochResponsePartitionData;
export declare const defaultEndQuorumEpochResponseNodeEndpoint: typeof EndQuorumEpochModule.defaultEndQuorumEpochResponseNodeEndpoint;
export declare const EndQuorumEpochResponseCodec: typeof EndQuorumEpochModule.EndQuorumEpochResponseCodec;
lazyExports(module.exports, loadEndQuorumEpoch, ['defaultEndQuorumEpochRequest', 'defaultEndQuorumEpochRequestTopicData', 'defaultEndQuorumEpochRequestPartitionData', 'defaultEndQuorumEpochRequestReplicaInfo', 'defaultEndQuorumEpochRequestLeaderEndpoint', 'EndQuorumEpochRequestCodec', 'defaultEndQuorumEpochResponse', 'defaultEndQuorumEpochResponseTopicData', 'defaultEndQuorumEpochResponsePartitionData', 'defaultEndQuorumEpochResponseNodeEndpoint', 'EndQuorumEpochResponseCodec']);
0 && (module.exports = { defaultEndQuorumEpochRequest: null, defaultEndQuorumEpochRequestTopicData: null, defaultEndQuorumEpochRequestPartitionData: null, defaultEndQuorumEpochRequestReplicaInfo: null, defaultEndQuorumEpochRequestLeaderEndpoint: null, EndQuorumEpochRequestCodec: null, defaultEndQuorumEpochResponse: null, defaultEndQuorumEpochResponseTopicData: null, defaultEndQuorumEpochResponsePartitionData: null, defaultEndQuorumEpochResponseNodeEndpoint: null, EndQuorumEpochResponseCodec: null });

export type * from './describe-quorum';
export declare const defaultDescribeQuorumRequest: typeof DescribeQuorumModule.defaultDescribeQuorumRequest;
export declare const defaultDescribeQuorumRequestTopicData: typeof DescribeQuorumModule.defaultDescribeQuorumRequestTopicData;
export declare const defaultDescribeQuorumRequestPartitionData: typeof DescribeQuorumModule.defaultDescribeQuorumRequestPartitionData;
export declare const DescribeQuorumRequestCodec: typeof DescribeQuorumModule.DescribeQuorumRequestCodec;
export declare const defaultDescribeQuorumResponse: typeof DescribeQuorumModule.defaultDescribeQuorumResponse;
export declare const defaultDescribeQuorumResponseTopicData: typeof DescribeQuorumModule.defaultDescribeQuorumResponseTopicData;
export declare const defaultDescribeQuorumResponsePartitionData: typeof DescribeQuorumModule.defaultDescribeQuorumResponsePartitionData;
export declare const defaultDescribeQuorumResponseNode: typeof DescribeQuorumModule.defaultDescribeQuorumResponseNode;
export declare const defaultDescribeQuorumResponseListener: typeof DescribeQuorumModule.defaultDescribeQuorumResponseListener;
export declare const defaultDescribeQuorumResponseReplicaState: typeof DescribeQuorumModule.defaultDescribeQuorumResponseReplicaState;
export declare const DescribeQuorumResponseCodec: typeof DescribeQuorumModule.DescribeQuorumResponseCodec;
lazyExports(module.exports, loadDescribeQuorum, ['defaultDescribeQuorumRequest', 'defaultDescribeQuorumRequestTopicData', 'defaultDescribeQuorumRequestPartitionData', 'DescribeQuorumRequestCodec', 'defaultDescribeQuorumResponse', 'defaultDescribeQuorumResponseTopicData', 'defaultDescribeQuorumResponsePartitionData', 'defaultDescribeQuorumResponseNode', 'defaultDescribeQuorumResponseListener', 'defaultDescribeQuorumResponseReplicaState', 'DescribeQuorumResponseCodec']);
0 && (module.exports = { defaultDescribeQuorumRequest: null, defaultDescribeQuorumRequestTopicData: null, defaultDescribeQuorumRequestPartitionData: null, DescribeQuorumRequestCodec: null, defaultDescribeQuorumResponse: null, defaultDescribeQuorumResponseTopicData: null, defaultDescribeQuorumResponsePartitionData: null, defaultDescribeQuorumResponseNode: null, defaultDescribeQuorumResponseListener: null, defaultDescribeQuorumResponseReplicaState: null, DescribeQuorumResponseCodec: null });

export type * from './alter-partition';
export declare const defaultAlterPartitionRequest: typeof AlterPartitionModule.defaultAlterPartitionRequest;
export declare const defaultAlterPartitionRequestTopicData: typeof AlterPartitionModule.defaultAlterPartitionRequestTopicData;
export declare const defaultAlterPartitionRequestPartitionData: typeof AlterPartitionModule.defaultAlterPartitionRequestPartitionData;
export declare const defaultAlterPartitionRequestBrokerState: typeof AlterPartitionModule.defaultAlterPartitionRequestBrokerState;
export declare const AlterPartitionRequestCodec: typeof AlterPartitionModule.AlterPartitionRequestCodec;
export declare const defaultAlterPartitionResponse: typeof AlterPartitionModule.defaultAlterPartitionResponse;
export declare const defaultAlterPartitionResponseTopicData: typeof AlterPartitionModule.defaultAlterPartitionResponseTopicData;
export declare const defaultAlterPartitionResponsePartitionData: typeof AlterPartitionModule.defaultAlterPartitionResponsePartitionData;
export declare const AlterPartitionResponseCodec: typeof AlterPartitionModule.AlterPartitionResponseCodec;
lazyExports(module.exports, loadAlterPartition, ['defaultAlterPartitionRequest', 'defaultAlterPartitionRequestTopicData', 'defaultAlterPartitionRequestPartitionData', 'defaultAlterPartitionRequestBrokerState', 'AlterPartitionRequestCodec', 'defaultAlterPartitionResponse', 'defaultAlterPartitionResponseTopicData', 'defaultAlterPartitionResponsePartitionData', 'AlterPartitionResponseCodec']);
0 && (module.exports = { defaultAlterPartitionRequest: null, defaultAlterPartitionRequestTopicData: null, defaultAlterPartitionRequestPartitionData: null, defaultAlterPartitionRequestBrokerState: null, AlterPartitionRequestCodec: null, defaultAlterPartitionResponse: null, defaultAlterPartitionResponseTopicData: null, defaultAlterPartitionResponsePartitionData: null, AlterPartitionResponseCodec: null });

export type * from './update-features';
export declare const defaultUpdateFeaturesRequest: typeof UpdateFeaturesModule.defaultUpdateFeaturesRequest;
export declare const defaultUpdateFeaturesRequestFeatureUpdateKey: typeof UpdateFeaturesModule.defaultUpdateFeaturesRequestFeatureUpdateKey;
export declare const UpdateFeaturesRequestCodec: typeof UpdateFeaturesModule.UpdateFeaturesRequestCodec;
export declare const defaultUpdateFeaturesResponse: typeof UpdateFeaturesModule.defaultUpdateFeaturesResponse;
export declare const defaultUpdateFeaturesResponseUpdatableFeatureResult: typeof UpdateFeaturesModule.defaultUpdateFeaturesResponseUpdatableFeatureResult;
export declare const UpdateFeaturesResponseCodec: typeof UpdateFeaturesModule.UpdateFeaturesResponseCodec;
lazyExports(module.exports, loadUpdateFeatures, ['defaultUpdateFeaturesRequest', 'defaultUpdateFeaturesRequestFeatureUpdateKey', 'UpdateFeaturesRequestCodec', 'defaultUpdateFeaturesResponse', 'defaultUpdateFeaturesResponseUpdatableFeatureResult', 'UpdateFeaturesResponseCodec']);
0 && (module.exports = { defaultUpdateFeaturesRequest: null, defaultUpdateFeaturesRequestFeatureUpdateKey: null, UpdateFeaturesRequestCodec: null, defaultUpdateFeaturesResponse: null, defaultUpdateFeaturesResponseUpdatableFeatureResult: null, UpdateFeaturesResponseCodec: null });

export type * from './envelope';
export declare const defaultEnvelopeRequest: typeof EnvelopeModule.defaultEnvelopeRequest;
export declare const EnvelopeRequestCodec: typeof EnvelopeModule.EnvelopeRequestCodec;
export declare const defaultEnvelopeResponse: typeof EnvelopeModule.defaultEnvelopeResponse;
export declare const EnvelopeResponseCodec: typeof EnvelopeModule.EnvelopeResponseCodec;
lazyExports(module.exports, loadEnvelope, ['defaultEnvelopeRequest', 'EnvelopeRequestCodec', 'defaultEnvelopeResponse', 'EnvelopeResponseCodec']);
0 && (module.exports = { defaultEnvelopeRequest: null, EnvelopeRequestCodec: null, defaultEnvelopeResponse: null, EnvelopeResponseCodec: null });

export type * from './fetch-snapshot';
export declare const defaultFetchSnapshotRequest: typeof FetchSnapshotModule.defaultFetchSnapshotRequest;
export declare const defaultFetchSnapshotRequestTopicSnapshot: typeof FetchSnapshotModule.defaultFetchSnapshotRequestTopicSnapshot;
export declare const defaultFetchSnapshotRequestPartitionSnapshot: typeof FetchSnapshotModule.defaultFetchSnapshotRequestPartitionSnapshot;
export declare const defaultFetchSnapshotRequestSnapshotId: typeof FetchSnapshotModule.defaultFetchSnapshotRequestSnapshotId;
export declare const FetchSnapshotRequestCodec: typeof FetchSnapshotModule.FetchSnapshotRequestCodec;
export declare const defaultFetchSnapshotResponse: typeof FetchSnapshotModule.defaultFetchSnapshotResponse;
export declare const defaultFetchSnapshotResponseTopicSnapshot: typeof FetchSnapshotModule.defaultFetchSnapshotResponseTopicSnapshot;
export declare const defaultFetchSnapshotResponsePartitionSnapshot: typeof FetchSnapshotModule.defaultFetchSnapshotResponsePartitionSnapshot;
export declare const defaultFetchSnapshotResponseSnapshotId: typeof FetchSnapshotModule.defaultFetchSnapshotResponseSnapshotId;
export declare const defaultFetchSnapshotResponseLeaderIdAndEpoch: typeof FetchSnapshotModule.defaultFetchSnapshotResponseLeaderIdAndEpoch;
export declare const defaultFetchSnapshotResponseNodeEndpoint: typeof FetchSnapshotModule.defaultFetchSnapshotResponseNodeEndpoint;
export declare const FetchSnapshotResponseCodec: typeof FetchSnapshotModule.FetchSnapshotResponseCodec;
lazyExports(module.exports, loadFetchSnapshot, ['defaultFetchSnapshotRequest', 'defaultFetchSnapshotRequestTopicSnapshot', 'defaultFetchSnapshotRequestPartitionSnapshot', 'defaultFetchSnapshotRequestSnapshotId', 'FetchSnapshotRequestCodec', 'defaultFetchSnapshotResponse', 'defaultFetchSnapshotResponseTopicSnapshot', 'defaultFetchSnapshotResponsePartitionSnapshot', 'defaultFetchSnapshotResponseSnapshotId', 'defaultFetchSnapshotResponseLeaderIdAndEpoch', 'defaultFetchSnapshotResponseNodeEndpoint', 'FetchSnapshotResponseCodec']);
0 && (module.exports = { defaultFetchSnapshotRequest: null, defaultFetchSnapshotRequestTopicSnapshot: null, defaultFetchSnapshotRequestPartitionSnapshot: null, defaultFetchSnapshotRequestSnapshotId: null, FetchSnapshotRequestCodec: null, defaultFetchSnapshotResponse: null, defaultFetchSnapshotResponseTopicSnapshot: null, defaultFetchSnapshotResponsePartitionSnapshot: null, defaultFetchSnapshotResponseSnapshotId: null, defaultFetchSnapshotResponseLeaderIdAndEpoch: null, defaultFetchSnapshotResponseNodeEndpoint: null, FetchSnapshotResponseCodec: null });

export type * from './describe-cluster';
export declare const defaultDescribeClusterRequest: typeof DescribeClusterModule.defaultDescribeClusterRequest;
export declare const DescribeClusterRequestCodec: typeof DescribeClusterModule.DescribeClusterRequestCodec;
export declare const defaultDescribeClusterResponse: typeof DescribeClusterModule.defaultDescribeClusterResponse;
export declare const defaultDescribeClusterResponseDescribeClusterBroker: typeof DescribeClusterModule.defaultDescribeClusterResponseDescribeClusterBroker;
export declare const DescribeClusterResponseCodec: typeof DescribeClusterModule.DescribeClusterResponseCodec;
lazyExports(module.exports, loadDescribeCluster, ['defaultDescribeClusterRequest', 'DescribeClusterRequestCodec', 'defaultDescribeClusterResponse', 'defaultDescribeClusterResponseDescribeClusterBroker', 'DescribeClusterResponseCodec']);
0 && (module.exports = { defaultDescribeClusterRequest: null, DescribeClusterRequestCodec: null, defaultDescribeClusterResponse: null, defaultDescribeClusterResponseDescribeClusterBroker: null, DescribeClusterResponseCodec: null });

export type * from './describe-producers';
export declare const defaultDescribeProducersRequest: typeof DescribeProducersModule.defaultDescribeProducersRequest;
export declare const defaultDescribeProducersRequestTopicRequest: typeof DescribeProducersModule.defaultDescribeProducersRequestTopicRequest;
export declare const DescribeProducersRequestCodec: typeof DescribeProducersModule.DescribeProducersRequestCodec;
export declare const defaultDescribeProducersResponse: typeof DescribeProducersModule.defaultDescribeProducersResponse;
export declare const defaultDescribeProducersResponseTopicResponse: typeof DescribeProducersModule.defaultDescribeProducersResponseTopicResponse;
export declare const defaultDescribeProducersResponsePartitionResponse: typeof DescribeProducersModule.defaultDescribeProducersResponsePartitionResponse;
export declare const defaultDescribeProducersResponseProducerState: typeof DescribeProducersModule.defaultDescribeProducersResponseProducerState;
export declare const DescribeProducersResponseCodec: typeof DescribeProducersModule.DescribeProducersResponseCodec;
lazyExports(module.exports, loadDescribeProducers, ['defaultDescribeProducersRequest', 'defaultDescribeProducersRequestTopicRequest', 'DescribeProducersRequestCodec', 'defaultDescribeProducersResponse', 'defaultDescribeProducersResponseTopicResponse', 'defaultDescribeProducersResponsePartitionResponse', 'defaultDescribeProducersResponseProducerState', 'DescribeProducersResponseCodec']);
0 && (module.exports = { defaultDescribeProducersRequest: null, defaultDescribeProducersRequestTopicRequest: null, DescribeProducersRequestCodec: null, defaultDescribeProducersResponse: null, defaultDescribeProducersResponseTopicResponse: null, defaultDescribeProducersResponsePartitionResponse: null, defaultDescribeProducersResponseProducerState: null, DescribeProducersResponseCodec: null });

export type * from './broker-registration';
export declare const defaultBrokerRegistrationRequest: typeof BrokerRegistrationModule.defaultBrokerRegistrationRequest;
export declare const defaultBrokerRegistrationRequestListener: typeof BrokerRegistrationModule.defaultBrokerRegistrationRequestListener;
export declare const defaultBrokerRegistrationRequestFeature: typeof BrokerRegistrationModule.defaultBrokerRegistrationRequestFeature;
export declare const BrokerRegistrationRequestCodec: typeof BrokerRegistrationModule.BrokerRegistrationRequestCodec;
export declare const defaultBrokerRegistrationResponse: typeof BrokerRegistrationModule.defaultBrokerRegistrationResponse;
export declare const BrokerRegistrationResponseCodec: typeof BrokerRegistrationModule.BrokerRegistrationResponseCodec;
lazyExports(module.exports, loadBrokerRegistration, ['defaultBrokerRegistrationRequest', 'defaultBrokerRegistrationRequestListener', 'defaultBrokerRegistrationRequestFeature', 'BrokerRegistrationRequestCodec', 'defaultBrokerRegistrationResponse', 'BrokerRegistrationResponseCodec']);
0 && (module.exports = { defaultBrokerRegistrationRequest: null, defaultBrokerRegistrationRequestListener: null, defaultBrokerRegistrationRequestFeature: null, BrokerRegistrationRequestCodec: null, defaultBrokerRegistrationResponse: null, BrokerRegistrationResponseCodec: null });

export type * from './broker-heartbeat';
export declare const defaultBrokerHeartbeatRequest: typeof BrokerHeartbeatModule.defaultBrokerHeartbeatRequest;
export declare const BrokerHeartbeatRequestCodec: typeof BrokerHeartbeatModule.BrokerHeartbeatRequestCodec;
export declare const defaultBrokerHeartbeatResponse: typeof BrokerHeartbeatModule.defaultBrokerHeartbeatResponse;
export declare const BrokerHeartbeatResponseCodec: typeof BrokerHeartbeatModule.BrokerHeartbeatResponseCodec;
lazyExports(module.exports, loadBrokerHeartbeat, ['defaultBrokerHeartbeatRequest', 'BrokerHeartbeatRequestCodec', 'defaultBrokerHeartbeatResponse', 'BrokerHeartbeatResponseCodec']);
0 && (module.exports = { defaultBrokerHeartbeatRequest: null, BrokerHeartbeatRequestCodec: null, defaultBrokerHeartbeatResponse: null, BrokerHeartbeatResponseCodec: null });

export type * from './unregister-broker';
export declare const defaultUnregisterBrokerRequest: typeof UnregisterBrokerModule.defaultUnregisterBrokerRequest;
export declare const UnregisterBrokerRequestCodec: typeof UnregisterBrokerModule.UnregisterBrokerRequestCodec;
export declare const defaultUnregisterBrokerResponse: typeof UnregisterBrokerModule.defaultUnregisterBrokerResponse;
export declare const UnregisterBrokerResponseCodec: typeof UnregisterBrokerModule.UnregisterBrokerResponseCodec;
lazyExports(module.exports, loadUnregisterBroker, ['defaultUnregisterBrokerRequest', 'UnregisterBrokerRequestCodec', 'defaultUnregisterBrokerResponse', 'UnregisterBrokerResponseCodec']);
0 && (module.exports = { defaultUnregisterBrokerRequest: null, UnregisterBrokerRequestCodec: null, defaultUnregisterBrokerResponse: null, UnregisterBrokerResponseCodec: null });

export type * from './describe-transactions';
export declare const defaultDescribeTransactionsRequest: typeof DescribeTransactionsModule.defaultDescribeTransactionsRequest;
export declare const DescribeTransactionsRequestCodec: typeof DescribeTransactionsModule.DescribeTransactionsRequestCodec;
export declare const defaultDescribeTransactionsResponse: typeof DescribeTransactionsModule.defaultDescribeTransactionsResponse;
export declare const defaultDescribeTransactionsResponseTransactionState: typeof DescribeTransactionsModule.defaultDescribeTransactionsResponseTransactionState;
export declare const defaultDescribeTransactionsResponseTopicData: typeof DescribeTransactionsModule.defaultDescribeTransactionsResponseTopicData;
export declare const DescribeTransactionsResponseCodec: typeof DescribeTransactionsModule.DescribeTransactionsResponseCodec;
lazyExports(module.exports, loadDescribeTransactions, ['defaultDescribeTransactionsRequest', 'DescribeTransactionsRequestCodec', 'defaultDescribeTransactionsResponse', 'defaultDescribeTransactionsResponseTransactionState', 'defaultDescribeTransactionsResponseTopicData', 'DescribeTransactionsResponseCodec']);
0 && (module.exports = { defaultDescribeTransactionsRequest: null, DescribeTransactionsRequestCodec: null, defaultDescribeTransactionsResponse: null, defaultDescribeTransactionsResponseTransactionState: null, defaultDescribeTransactionsResponseTopicData: null, DescribeTransactionsResponseCodec: null });

export type * from './list-transactions';
export declare const defaultListTransactionsRequest: typeof ListTransactionsModule.defaultListTransactionsRequest;
export declare const ListTransactionsRequestCodec: typeof ListTransactionsModule.ListTransactionsRequestCodec;
export declare const defaultListTransactionsResponse: typeof ListTransactionsModule.defaultListTransactionsResponse;
export declare const defaultListTransactionsResponseTransactionState: typeof ListTransactionsModule.defaultListTransactionsResponseTransactionState;
export declare const ListTransactionsResponseCodec: typeof ListTransactionsModule.ListTransactionsResponseCodec;
lazyExports(module.exports, loadListTransactions, ['defaultListTransactionsRequest', 'ListTransactionsRequestCodec', 'defaultListTransactionsResponse', 'defaultListTransactionsResponseTransactionState', 'ListTransactionsResponseCodec']);
0 && (module.exports = { defaultListTransactionsRequest: null, ListTransactionsRequestCodec: null, defaultListTransactionsResponse: null, defaultListTransactionsResponseTransactionState: null, ListTransactionsResponseCodec: null });

export type * from './allocate-producer-ids';
export declare const defaultAllocateProducerIdsRequest: typeof AllocateProducerIdsModule.defaultAllocateProducerIdsRequest;
export declare const AllocateProducerIdsRequestCodec: typeof AllocateProducerIdsModule.AllocateProducerIdsRequestCodec;
export declare const defaultAllocateProducerIdsResponse: typeof AllocateProducerIdsModule.defaultAllocateProducerIdsResponse;
export declare const AllocateProducerIdsResponseCodec: typeof AllocateProducerIdsModule.AllocateProducerIdsResponseCodec;
lazyExports(module.exports, loadAllocateProducerIds, ['defaultAllocateProducerIdsRequest', 'AllocateProducerIdsRequestCodec', 'defaultAllocateProducerIdsResponse', 'AllocateProducerIdsResponseCodec']);
0 && (module.exports = { defaultAllocateProducerIdsRequest: null, AllocateProducerIdsRequestCodec: null, defaultAllocateProducerIdsResponse: null, AllocateProducerIdsResponseCodec: null });

export type * from './consumer-group-heartbeat';
export declare const defaultConsumerGroupHeartbeatRequest: typeof ConsumerGroupHeartbeatModule.defaultConsumerGroupHeartbeatRequest;
export declare const defaultConsumerGroupHeartbeatRequestTopicPartitions: typeof ConsumerGroupHeartbeatModule.defaultConsumerGroupHeartbeatRequestTopicPartitions;
export declare const ConsumerGroupHeartbeatRequestCodec: typeof ConsumerGroupHeartbeatModule.ConsumerGroupHeartbeatRequestCodec;
export declare const defaultConsumerGroupHeartbeatResponse: typeof ConsumerGroupHeartbeatModule.defaultConsumerGroupHeartbeatResponse;
export declare const defaultConsumerGroupHeartbeatResponseAssignment: typeof ConsumerGroupHeartbeatModule.defaultConsumerGroupHeartbeatResponseAssignment;
export declare const defaultConsumerGroupHeartbeatResponseTopicPartitions: typeof ConsumerGroupHeartbeatModule.defaultConsumerGroupHeartbeatResponseTopicPartitions;
export declare const ConsumerGroupHeartbeatResponseCodec: typeof ConsumerGroupHeartbeatModule.ConsumerGroupHeartbeatResponseCodec;
lazyExports(module.exports, loadConsumerGroupHeartbeat, ['defaultConsumerGroupHeartbeatRequest', 'defaultConsumerGroupHeartbeatRequestTopicPartitions', 'ConsumerGroupHeartbeatRequestCodec', 'defaultConsumerGroupHeartbeatResponse', 'defaultConsumerGroupHeartbeatResponseAssignment', 'defaultConsumerGroupHeartbeatResponseTopicPartitions', 'ConsumerGroupHeartbeatResponseCodec']);
0 && (module.exports = { defaultConsumerGroupHeartbeatRequest: null, defaultConsumerGroupHeartbeatRequestTopicPartitions: null, ConsumerGroupHeartbeatRequestCodec: null, defaultConsumerGroupHeartbeatResponse: null, defaultConsumerGroupHeartbeatResponseAssignment: null, defaultConsumerGroupHeartbeatResponseTopicPartitions: null, ConsumerGroupHeartbeatResponseCodec: null });

export type * from './consumer-group-describe';
export declare const defaultConsumerGroupDescribeRequest: typeof ConsumerGroupDescribeModule.defaultConsumerGroupDescribeRequest;
export declare const ConsumerGroupDescribeRequestCodec: typeof ConsumerGroupDescribeModule.ConsumerGroupDescribeRequestCodec;
export declare const defaultConsumerGroupDescribeResponse: typeof ConsumerGroupDescribeModule.defaultConsumerGroupDescribeResponse;
export declare const defaultConsumerGroupDescribeResponseDescribedGroup: typeof ConsumerGroupDescribeModule.defaultConsumerGroupDescribeResponseDescribedGroup;
export declare const defaultConsumerGroupDescribeResponseMember: typeof ConsumerGroupDescribeModule.defaultConsumerGroupDescribeResponseMember;
export declare const defaultConsumerGroupDescribeResponseTopicPartitions: typeof ConsumerGroupDescribeModule.defaultConsumerGroupDescribeResponseTopicPartitions;
export declare const defaultConsumerGroupDescribeResponseAssignment: typeof ConsumerGroupDescribeModule.defaultConsumerGroupDescribeResponseAssignment;
export declare const ConsumerGroupDescribeResponseCodec: typeof ConsumerGroupDescribeModule.ConsumerGroupDescribeResponseCodec;
lazyExports(module.exports, loadConsumerGroupDescribe, ['defaultConsumerGroupDescribeRequest', 'ConsumerGroupDescribeRequestCodec', 'defaultConsumerGroupDescribeResponse', 'defaultConsumerGroupDescribeResponseDescribedGroup', 'defaultConsumerGroupDescribeResponseMember', 'defaultConsumerGroupDescribeResponseTopicPartitions', 'defaultConsumerGroupDescribeResponseAssignment', 'ConsumerGroupDescribeResponseCodec']);
0 && (module.exports = { defaultConsumerGroupDescribeRequest: null, ConsumerGroupDescribeRequestCodec: null, defaultConsumerGroupDescribeResponse: null, defaultConsumerGroupDescribeResponseDescribedGroup: null, defaultConsumerGroupDescribeResponseMember: null, defaultConsumerGroupDescribeResponseTopicPartitions: null, defaultConsumerGroupDescribeResponseAssignment: null, ConsumerGroupDescribeResponseCodec: null });

export type * from './controller-registration';
export declare const defaultControllerRegistrationRequest: typeof ControllerRegistrationModule.defaultControllerRegistrationRequest;
export declare const defaultControllerRegistrationRequestListener: typeof ControllerRegistrationModule.defaultControllerRegistrationRequestListener;
export declare const defaultControllerRegistrationRequestFeature: typeof ControllerRegistrationModule.defaultControllerRegistrationRequestFeature;
export declare const ControllerRegistrationRequestCodec: typeof ControllerRegistrationModule.ControllerRegistrationRequestCodec;
export declare const defaultControllerRegistrationResponse: typeof ControllerRegistrationModule.defaultControllerRegistrationResponse;
export declare const ControllerRegistrationResponseCodec: typeof ControllerRegistrationModule.ControllerRegistrationResponseCodec;
lazyExports(module.exports, loadControllerRegistration, ['defaultControllerRegistrationRequest', 'defaultControllerRegistrationRequestListener', 'defaultControllerRegistrationRequestFeature', 'ControllerRegistrationRequestCodec', 'defaultControllerRegistrationResponse', 'ControllerRegistrationResponseCodec']);
0 && (module.exports = { defaultControllerRegistrationRequest: null, defaultControllerRegistrationRequestListener: null, defaultControllerRegistrationRequestFeature: null, ControllerRegistrationRequestCodec: null, defaultControllerRegistrationResponse: null, ControllerRegistrationResponseCodec: null });

export type * from './get-telemetry-subscriptions';
export declare const defaultGetTelemetrySubscriptionsRequest: typeof GetTelemetrySubscriptionsModule.defaultGetTelemetrySubscriptionsRequest;
export declare const GetTelemetrySubscriptionsRequestCodec: typeof GetTelemetrySubscriptionsModule.GetTelemetrySubscriptionsRequestCodec;
export declare const defaultGetTelemetrySubscriptionsResponse: typeof GetTelemetrySubscriptionsModule.defaultGetTelemetrySubscriptionsResponse;
export declare const GetTelemetrySubscriptionsResponseCodec: typeof GetTelemetrySubscriptionsModule.GetTelemetrySubscriptionsResponseCodec;
lazyExports(module.exports, loadGetTelemetrySubscriptions, ['defaultGetTelemetrySubscriptionsRequest', 'GetTelemetrySubscriptionsRequestCodec', 'defaultGetTelemetrySubscriptionsResponse', 'GetTelemetrySubscriptionsResponseCodec']);
0 && (module.exports = { defaultGetTelemetrySubscriptionsRequest: null, GetTelemetrySubscriptionsRequestCodec: null, defaultGetTelemetrySubscriptionsResponse: null, GetTelemetrySubscriptionsResponseCodec: null });

export type * from './push-telemetry';
export declare const defaultPushTelemetryRequest: typeof PushTelemetryModule.defaultPushTelemetryRequest;
export declare const PushTelemetryRequestCodec: typeof PushTelemetryModule.PushTelemetryRequestCodec;
export declare const defaultPushTelemetryResponse: typeof PushTelemetryModule.defaultPushTelemetryResponse;
export declare const PushTelemetryResponseCodec: typeof PushTelemetryModule.PushTelemetryResponseCodec;
lazyExports(module.exports, loadPushTelemetry, ['defaultPushTelemetryRequest', 'PushTelemetryRequestCodec', 'defaultPushTelemetryResponse', 'PushTelemetryResponseCodec']);
0 && (module.exports = { defaultPushTelemetryRequest: null, PushTelemetryRequestCodec: null, defaultPushTelemetryResponse: null, PushTelemetryResponseCodec: null });

export type * from './assign-replicas-to-dirs';
export declare const defaultAssignReplicasToDirsRequest: typeof AssignReplicasToDirsModule.defaultAssignReplicasToDirsRequest;
export declare const defaultAssignReplicasToDirsRequestDirectoryData: typeof AssignReplicasToDirsModule.defaultAssignReplicasToDirsRequestDirectoryData;
export declare const defaultAssignReplicasToDirsRequestTopicData: typeof AssignReplicasToDirsModule.defaultAssignReplicasToDirsRequestTopicData;
export declare const defaultAssignReplicasToDirsRequestPartitionData: typeof AssignReplicasToDirsModule.defaultAssignReplicasToDirsRequestPartitionData;
export declare const AssignReplicasToDirsRequestCodec: typeof AssignReplicasToDirsModule.AssignReplicasToDirsRequestCodec;
export declare const defaultAssignReplicasToDirsResponse: typeof AssignReplicasToDirsModule.defaultAssignReplicasToDirsResponse;
export declare const defaultAssignReplicasToDirsResponseDirectoryData: typeof AssignReplicasToDirsModule.defaultAssignReplicasToDirsResponseDirectoryData;
export declare const defaultAssignReplicasToDirsResponseTopicData: typeof AssignReplicasToDirsModule.defaultAssignReplicasToDirsResponseTopicData;
export declare const defaultAssignReplicasToDirsResponsePartitionData: typeof AssignReplicasToDirsModule.defaultAssignReplicasToDirsResponsePartitionData;
export declare const AssignReplicasToDirsResponseCodec: typeof AssignReplicasToDirsModule.AssignReplicasToDirsResponseCodec;
lazyExports(module.exports, loadAssignReplicasToDirs, ['defaultAssignReplicasToDirsRequest', 'defaultAssignReplicasToDirsRequestDirectoryData', 'defaultAssignReplicasToDirsRequestTopicData', 'defaultAssignReplicasToDirsRequestPartitionData', 'AssignReplicasToDirsRequestCodec', 'defaultAssignReplicasToDirsResponse', 'defaultAssignReplicasToDirsResponseDirectoryData', 'defaultAssignReplicasToDirsResponseTopicData', 'defaultAssignReplicasToDirsResponsePartitionData', 'AssignReplicasToDirsResponseCodec']);
0 && (module.exports = { defaultAssignReplicasToDirsRequest: null, defaultAssignReplicasToDirsRequestDirectoryData: null, defaultAssignReplicasToDirsRequestTopicData: null, defaultAssignReplicasToDirsRequestPartitionData: null, AssignReplicasToDirsRequestCodec: null, defaultAssignReplicasToDirsResponse: null, defaultAssignReplicasToDirsResponseDirectoryData: null, defaultAssignReplicasToDirsResponseTopicData: null, defaultAssignReplicasToDirsResponsePartitionData: null, AssignReplicasToDirsResponseCodec: null });

export type * from './list-config-resources';
export declare const defaultListConfigResourcesRequest: typeof ListConfigResourcesModule.defaultListConfigResourcesRequest;
export declare const ListConfigResourcesRequestCodec: typeof ListConfigResourcesModule.ListConfigResourcesRequestCodec;
export declare const defaultListConfigResourcesResponse: typeof ListConfigResourcesModule.defaultListConfigResourcesResponse;
export declare const defaultListConfigResourcesResponseConfigResource: typeof ListConfigResourcesModule.defaultListConfigResourcesResponseConfigResource;
export declare const ListConfigResourcesResponseCodec: typeof ListConfigResourcesModule.ListConfigResourcesResponseCodec;
lazyExports(module.exports, loadListConfigResources, ['defaultListConfigResourcesRequest', 'ListConfigResourcesRequestCodec', 'defaultListConfigResourcesResponse', 'defaultListConfigResourcesResponseConfigResource', 'ListConfigResourcesResponseCodec']);
0 && (module.exports = { defaultListConfigResourcesRequest: null, ListConfigResourcesRequestCodec: null, defaultListConfigResourcesResponse: null, defaultListConfigResourcesResponseConfigResource: null, ListConfigResourcesResponseCodec: null });

export type * from './describe-topic-partitions';
export declare const defaultDescribeTopicPartitionsRequest: typeof DescribeTopicPartitionsModule.defaultDescribeTopicPartitionsRequest;
export declare const defaultDescribeTopicPartitionsRequestTopicRequest: typeof DescribeTopicPartitionsModule.defaultDescribeTopicPartitionsRequestTopicRequest;
export declare const defaultDescribeTopicPartitionsRequestCursor: typeof DescribeTopicPartitionsModule.defaultDescribeTopicPartitionsRequestCursor;
export declare const DescribeTopicPartitionsRequestCodec: typeof DescribeTopicPartitionsModule.DescribeTopicPartitionsRequestCodec;
export declare const defaultDescribeTopicPartitionsResponse: typeof DescribeTopicPartitionsModule.defaultDescribeTopicPartitionsResponse;
export declare const defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic: typeof DescribeTopicPartitionsModule.defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic;
export declare const defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition: typeof DescribeTopicPartitionsModule.defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition;
export declare const defaultDescribeTopicPartitionsResponseCursor: typeof DescribeTopicPartitionsModule.defaultDescribeTopicPartitionsResponseCursor;
export declare const DescribeTopicPartitionsResponseCodec: typeof DescribeTopicPartitionsModule.DescribeTopicPartitionsResponseCodec;
lazyExports(module.exports, loadDescribeTopicPartitions, ['defaultDescribeTopicPartitionsRequest', 'defaultDescribeTopicPartitionsRequestTopicRequest', 'defaultDescribeTopicPartitionsRequestCursor', 'DescribeTopicPartitionsRequestCodec', 'defaultDescribeTopicPartitionsResponse', 'defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic', 'defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition', 'defaultDescribeTopicPartitionsResponseCursor', 'DescribeTopicPartitionsResponseCodec']);
0 && (module.exports = { defaultDescribeTopicPartitionsRequest: null, defaultDescribeTopicPartitionsRequestTopicRequest: null, defaultDescribeTopicPartitionsRequestCursor: null, DescribeTopicPartitionsRequestCodec: null, defaultDescribeTopicPartitionsResponse: null, defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic: null, defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition: null, defaultDescribeTopicPartitionsResponseCursor: null, DescribeTopicPartitionsResponseCodec: null });

export type * from './share-group-heartbeat';
export declare const defaultShareGroupHeartbeatRequest: typeof ShareGroupHeartbeatModule.defaultShareGroupHeartbeatRequest;
export declare const ShareGroupHeartbeatRequestCodec: typeof ShareGroupHeartbeatModule.ShareGroupHeartbeatRequestCodec;
export declare const defaultShareGroupHeartbeatResponse: typeof ShareGroupHeartbeatModule.defaultShareGroupHeartbeatResponse;
export declare const defaultShareGroupHeartbeatResponseAssignment: typeof ShareGroupHeartbeatModule.defaultShareGroupHeartbeatResponseAssignment;
export declare const defaultShareGroupHeartbeatResponseTopicPartitions: typeof ShareGroupHeartbeatModule.defaultShareGroupHeartbeatResponseTopicPartitions;
export declare const ShareGroupHeartbeatResponseCodec: typeof ShareGroupHeartbeatModule.ShareGroupHeartbeatResponseCodec;
lazyExports(module.exports, loadShareGroupHeartbeat, ['defaultShareGroupHeartbeatRequest', 'ShareGroupHeartbeatRequestCodec', 'defaultShareGroupHeartbeatResponse', 'defaultShareGroupHeartbeatResponseAssignment', 'defaultShareGroupHeartbeatResponseTopicPartitions', 'ShareGroupHeartbeatResponseCodec']);
0 && (module.exports = { defaultShareGroupHeartbeatRequest: null, ShareGroupHeartbeatRequestCodec: null, defaultShareGroupHeartbeatResponse: null, defaultShareGroupHeartbeatResponseAssignment: null, defaultShareGroupHeartbeatResponseTopicPartitions: null, ShareGroupHeartbeatResponseCodec: null });

export type * from './share-group-describe';
export declare const defaultShareGroupDescribeRequest: typeof ShareGroupDescribeModule.defaultShareGroupDescribeRequest;
export declare const ShareGroupDescribeRequestCodec: typeof ShareGroupDescribeModule.ShareGroupDescribeRequestCodec;
export declare const defaultShareGroupDescribeResponse: typeof ShareGroupDescribeModule.defaultShareGroupDescribeResponse;
export declare const defaultShareGroupDescribeResponseDescribedGroup: typeof ShareGroupDescribeModule.defaultShareGroupDescribeResponseDescribedGroup;
export declare const defaultShareGroupDescribeResponseMember: typeof ShareGroupDescribeModule.defaultShareGroupDescribeResponseMember;
export declare const defaultShareGroupDescribeResponseTopicPartitions: typeof ShareGroupDescribeModule.defaultShareGroupDescribeResponseTopicPartitions;
export declare const defaultShareGroupDescribeResponseAssignment: typeof ShareGroupDescribeModule.defaultShareGroupDescribeResponseAssignment;
export declare const ShareGroupDescribeResponseCodec: typeof ShareGroupDescribeModule.ShareGroupDescribeResponseCodec;
lazyExports(module.exports, loadShareGroupDescribe, ['defaultShareGroupDescribeRequest', 'ShareGroupDescribeRequestCodec', 'defaultShareGroupDescribeResponse', 'defaultShareGroupDescribeResponseDescribedGroup', 'defaultShareGroupDescribeResponseMember', 'defaultShareGroupDescribeResponseTopicPartitions', 'defaultShareGroupDescribeResponseAssignment', 'ShareGroupDescribeResponseCodec']);
0 && (module.exports = { defaultShareGroupDescribeRequest: null, ShareGroupDescribeRequestCodec: null, defaultShareGroupDescribeResponse: null, defaultShareGroupDescribeResponseDescribedGroup: null, defaultShareGroupDescribeResponseMember: null, defaultShareGroupDescribeResponseTopicPartitions: null, defaultShareGroupDescribeResponseAssignment: null, ShareGroupDescribeResponseCodec: null });

export type * from './share-fetch';
export declare const defaultShareFetchRequest: typeof ShareFetchModule.defaultShareFetchRequest;
export declare const defaultShareFetchRequestFetchTopic: typeof ShareFetchModule.defaultShareFetchRequestFetchTopic;
export declare const defaultShareFetchRequestFetchPartition: typeof ShareFetchModule.defaultShareFetchRequestFetchPartition;
export declare const defaultShareFetchRequestAcknowledgementBatch: typeof ShareFetchModule.defaultShareFetchRequestAcknowledgementBatch;
export declare const defaultShareFetchRequestForgottenTopic: typeof ShareFetchModule.defaultShareFetchRequestForgottenTopic;
export declare const ShareFetchRequestCodec: typeof ShareFetchModule.ShareFetchRequestCodec;
export declare const defaultShareFetchResponse: typeof ShareFetchModule.defaultShareFetchResponse;
export declare const defaultShareFetchResponseShareFetchableTopicResponse: typeof ShareFetchModule.defaultShareFetchResponseShareFetchableTopicResponse;
export declare const defaultShareFetchResponsePartitionData: typeof ShareFetchModule.defaultShareFetchResponsePartitionData;
export declare const defaultShareFetchResponseLeaderIdAndEpoch: typeof ShareFetchModule.defaultShareFetchResponseLeaderIdAndEpoch;
export declare const defaultShareFetchResponseAcquiredRecords: typeof ShareFetchModule.defaultShareFetchResponseAcquiredRecords;
export declare const defaultShareFetchResponseNodeEndpoint: typeof ShareFetchModule.defaultShareFetchResponseNodeEndpoint;
export declare const ShareFetchResponseCodec: typeof ShareFetchModule.ShareFetchResponseCodec;
lazyExports(module.exports, loadShareFetch, ['defaultShareFetchRequest', 'defaultShareFetchRequestFetchTopic', 'defaultShareFetchRequestFetchPartition', 'defaultShareFetchRequestAcknowledgementBatch', 'defaultShareFetchRequestForgottenTopic', 'ShareFetchRequestCodec', 'defaultShareFetchResponse', 'defaultShareFetchResponseShareFetchableTopicResponse', 'defaultShareFetchResponsePartitionData', 'defaultShareFetchResponseLeaderIdAndEpoch', 'defaultShareFetchResponseAcquiredRecords', 'defaultShareFetchResponseNodeEndpoint', 'ShareFetchResponseCodec']);
0 && (module.exports = { defaultShareFetchRequest: null, defaultShareFetchRequestFetchTopic: null, defaultShareFetchRequestFetchPartition: null, defaultShareFetchRequestAcknowledgementBatch: null, defaultShareFetchRequestForgottenTopic: null, ShareFetchRequestCodec: null, defaultShareFetchResponse: null, defaultShareFetchResponseShareFetchableTopicResponse: null, defaultShareFetchResponsePartitionData: null, defaultShareFetchResponseLeaderIdAndEpoch: null, defaultShareFetchResponseAcquiredRecords: null, defaultShareFetchResponseNodeEndpoint: null, ShareFetchResponseCodec: null });

export type * from './share-acknowledge';
export declare const defaultShareAcknowledgeRequest: typeof ShareAcknowledgeModule.defaultShareAcknowledgeRequest;
export declare const defaultShareAcknowledgeRequestAcknowledgeTopic: typeof ShareAcknowledgeModule.defaultShareAcknowledgeRequestAcknowledgeTopic;
export declare const defaultShareAcknowledgeRequestAcknowledgePartition: typeof ShareAcknowledgeModule.defaultShareAcknowledgeRequestAcknowledgePartition;
export declare const defaultShareAcknowledgeRequestAcknowledgementBatch: typeof ShareAcknowledgeModule.defaultShareAcknowledgeRequestAcknowledgementBatch;
export declare const ShareAcknowledgeRequestCodec: typeof ShareAcknowledgeModule.ShareAcknowledgeRequestCodec;
export declare const defaultShareAcknowledgeResponse: typeof ShareAcknowledgeModule.defaultShareAcknowledgeResponse;
export declare const defaultShareAcknowledgeResponseShareAcknowledgeTopicResponse: typeof ShareAcknowledgeModule.defaultShareAcknowledgeResponseShareAcknowledgeTopicResponse;
export declare const defaultShareAcknowledgeResponsePartitionData: typeof ShareAcknowledgeModule.defaultShareAcknowledgeResponsePartitionData;
export declare const defaultShareAcknowledgeResponseLeaderIdAndEpoch: typeof ShareAcknowledgeModule.defaultShareAcknowledgeResponseLeaderIdAndEpoch;
export declare const defaultShareAcknowledgeResponseNodeEndpoint: typeof ShareAcknowledgeModule.defaultShareAcknowledgeResponseNodeEndpoint;
export declare const ShareAcknowledgeResponseCodec: typeof ShareAcknowledgeModule.ShareAcknowledgeResponseCodec;
lazyExports(module.exports, loadShareAcknowledge, ['defaultShareAcknowledgeRequest', 'defaultShareAcknowledgeRequestAcknowledgeTopic', 'defaultShareAcknowledgeRequestAcknowledgePartition', 'defaultShareAcknowledgeRequestAcknowledgementBatch', 'ShareAcknowledgeRequestCodec', 'defaultShareAcknowledgeResponse', 'defaultShareAcknowledgeResponseShareAcknowledgeTopicResponse', 'defaultShareAcknowledgeResponsePartitionData', 'defaultShareAcknowledgeResponseLeaderIdAndEpoch', 'defaultShareAcknowledgeResponseNodeEndpoint', 'ShareAcknowledgeResponseCodec']);
0 && (module.exports = { defaultShareAcknowledgeRequest: null, defaultShareAcknowledgeRequestAcknowledgeTopic: null, defaultShareAcknowledgeRequestAcknowledgePartition: null, defaultShareAcknowledgeRequestAcknowledgementBatch: null, ShareAcknowledgeRequestCodec: null, defaultShareAcknowledgeResponse: null, defaultShareAcknowledgeResponseShareAcknowledgeTopicResponse: null, defaultShareAcknowledgeResponsePartitionData: null, defaultShareAcknowledgeResponseLeaderIdAndEpoch: null, defaultShareAcknowledgeResponseNodeEndpoint: null, ShareAcknowledgeResponseCodec: null });

export type * from './add-raft-voter';
export declare const defaultAddRaftVoterRequest: typeof AddRaftVoterModule.defaultAddRaftVoterRequest;
export declare const defaultAddRaftVoterRequestListener: typeof AddRaftVoterModule.defaultAddRaftVoterRequestListener;
export declare const AddRaftVoterRequestCodec: typeof AddRaftVoterModule.AddRaftVoterRequestCodec;
export declare const defaultAddRaftVoterResponse: typeof AddRaftVoterModule.defaultAddRaftVoterResponse;
export declare const AddRaftVoterResponseCodec: typeof AddRaftVoterModule.AddRaftVoterResponseCodec;
lazyExports(module.exports, loadAddRaftVoter, ['defaultAddRaftVoterRequest', 'defaultAddRaftVoterRequestListener', 'AddRaftVoterRequestCodec', 'defaultAddRaftVoterResponse', 'AddRaftVoterResponseCodec']);
0 && (module.exports = { defaultAddRaftVoterRequest: null, defaultAddRaftVoterRequestListener: null, AddRaftVoterRequestCodec: null, defaultAddRaftVoterResponse: null, AddRaftVoterResponseCodec: null });

export type * from './remove-raft-voter';
export declare const defaultRemoveRaftVoterRequest: typeof RemoveRaftVoterModule.defaultRemoveRaftVoterRequest;
export declare const RemoveRaftVoterRequestCodec: typeof RemoveRaftVoterModule.RemoveRaftVoterRequestCodec;
export declare const defaultRemoveRaftVoterResponse: typeof RemoveRaftVoterModule.defaultRemoveRaftVoterResponse;
export declare const RemoveRaftVoterResponseCodec: typeof RemoveRaftVoterModule.RemoveRaftVoterResponseCodec;
lazyExports(module.exports, loadRemoveRaftVoter, ['defaultRemoveRaftVoterRequest', 'RemoveRaftVoterRequestCodec', 'defaultRemoveRaftVoterResponse', 'RemoveRaftVoterResponseCodec']);
0 && (module.exports = { defaultRemoveRaftVoterRequest: null, RemoveRaftVoterRequestCodec: null, defaultRemoveRaftVoterResponse: null, RemoveRaftVoterResponseCodec: null });

export type * from './update-raft-voter';
export declare const defaultUpdateRaftVoterRequest: typeof UpdateRaftVoterModule.defaultUpdateRaftVoterRequest;
export declare const defaultUpdateRaftVoterRequestListener: typeof UpdateRaftVoterModule.defaultUpdateRaftVoterRequestListener;
export declare const defaultUpdateRaftVoterRequestKRaftVersionFeature: typeof UpdateRaftVoterModule.defaultUpdateRaftVoterRequestKRaftVersionFeature;
export declare const UpdateRaftVoterRequestCodec: typeof UpdateRaftVoterModule.UpdateRaftVoterRequestCodec;
export declare const defaultUpdateRaftVoterResponse: typeof UpdateRaftVoterModule.defaultUpdateRaftVoterResponse;
export declare const defaultUpdateRaftVoterResponseCurrentLeader: typeof UpdateRaftVoterModule.defaultUpdateRaftVoterResponseCurrentLeader;
export declare const UpdateRaftVoterResponseCodec: typeof UpdateRaftVoterModule.UpdateRaftVoterResponseCodec;
lazyExports(module.exports, loadUpdateRaftVoter, ['defaultUpdateRaftVoterRequest', 'defaultUpdateRaftVoterRequestListener', 'defaultUpdateRaftVoterRequestKRaftVersionFeature', 'UpdateRaftVoterRequestCodec', 'defaultUpdateRaftVoterResponse', 'defaultUpdateRaftVoterResponseCurrentLeader', 'UpdateRaftVoterResponseCodec']);
0 && (module.exports = { defaultUpdateRaftVoterRequest: null, defaultUpdateRaftVoterRequestListener: null, defaultUpdateRaftVoterRequestKRaftVersionFeature: null, UpdateRaftVoterRequestCodec: null, defaultUpdateRaftVoterResponse: null, defaultUpdateRaftVoterResponseCurrentLeader: null, UpdateRaftVoterResponseCodec: null });

export type * from './initialize-share-group-state';
export declare const defaultInitializeShareGroupStateRequest: typeof InitializeShareGroupStateModule.defaultInitializeShareGroupStateRequest;
export declare const defaultInitializeShareGroupStateRequestInitializeStateData: typeof InitializeShareGroupStateModule.defaultInitializeShareGroupStateRequestInitializeStateData;
export declare const defaultInitializeShareGroupStateRequestPartitionData: typeof InitializeShareGroupStateModule.defaultInitializeShareGroupStateRequestPartitionData;
export declare const InitializeShareGroupStateRequestCodec: typeof InitializeShareGroupStateModule.InitializeShareGroupStateRequestCodec;
export declare const defaultInitializeShareGroupStateResponse: typeof InitializeShareGroupStateModule.defaultInitializeShareGroupStateResponse;
export declare const defaultInitializeShareGroupStateResponseInitializeStateResult: typeof InitializeShareGroupStateModule.defaultInitializeShareGroupStateResponseInitializeStateResult;
export declare const defaultInitializeShareGroupStateResponsePartitionResult: typeof InitializeShareGroupStateModule.defaultInitializeShareGroupStateResponsePartitionResult;
export declare const InitializeShareGroupStateResponseCodec: typeof InitializeShareGroupStateModule.InitializeShareGroupStateResponseCodec;
lazyExports(module.exports, loadInitializeShareGroupState, ['defaultInitializeShareGroupStateRequest', 'defaultInitializeShareGroupStateRequestInitializeStateData', 'defaultInitializeShareGroupStateRequestPartitionData', 'InitializeShareGroupStateRequestCodec', 'defaultInitializeShareGroupStateResponse', 'defaultInitializeShareGroupStateResponseInitializeStateResult', 'defaultInitializeShareGroupStateResponsePartitionResult', 'InitializeShareGroupStateResponseCodec']);
0 && (module.exports = { defaultInitializeShareGroupStateRequest: null, defaultInitializeShareGroupStateRequestInitializeStateData: null, defaultInitializeShareGroupStateRequestPartitionData: null, InitializeShareGroupStateRequestCodec: null, defaultInitializeShareGroupStateResponse: null, defaultInitializeShareGroupStateResponseInitializeStateResult: null, defaultInitializeShareGroupStateResponsePartitionResult: null, InitializeShareGroupStateResponseCodec: null });

export type * from './read-share-group-state';
export declare const defaultReadShareGroupStateRequest: typeof ReadShareGroupStateModule.defaultReadShareGroupStateRequest;
export declare const defaultReadShareGroupStateRequestReadStateData: typeof ReadShareGroupStateModule.defaultReadShareGroupStateRequestReadStateData;
export declare const defaultReadShareGroupStateRequestPartitionData: typeof ReadShareGroupStateModule.defaultReadShareGroupStateRequestPartitionData;
export declare const ReadShareGroupStateRequestCodec: typeof ReadShareGroupStateModule.ReadShareGroupStateRequestCodec;
export declare const defaultReadShareGroupStateResponse: typeof ReadShareGroupStateModule.defaultReadShareGroupStateResponse;
export declare const defaultReadShareGroupStateResponseReadStateResult: typeof ReadShareGroupStateModule.defaultReadShareGroupStateResponseReadStateResult;
export declare const defaultReadShareGroupStateResponsePartitionResult: typeof ReadShareGroupStateModule.defaultReadShareGroupStateResponsePartitionResult;
export declare const defaultReadShareGroupStateResponseStateBatch: typeof ReadShareGroupStateModule.defaultReadShareGroupStateResponseStateBatch;
export declare const ReadShareGroupStateResponseCodec: typeof ReadShareGroupStateModule.ReadShareGroupStateResponseCodec;
lazyExports(module.exports, loadReadShareGroupState, ['defaultReadShareGroupStateRequest', 'defaultReadShareGroupStateRequestReadStateData', 'defaultReadShareGroupStateRequestPartitionData', 'ReadShareGroupStateRequestCodec', 'defaultReadShareGroupStateResponse', 'defaultReadShareGroupStateResponseReadStateResult', 'defaultReadShareGroupStateResponsePartitionResult', 'defaultReadShareGroupStateResponseStateBatch', 'ReadShareGroupStateResponseCodec']);
0 && (module.exports = { defaultReadShareGroupStateRequest: null, defaultReadShareGroupStateRequestReadStateData: null, defaultReadShareGroupStateRequestPartitionData: null, ReadShareGroupStateRequestCodec: null, defaultReadShareGroupStateResponse: null, defaultReadShareGroupStateResponseReadStateResult: null, defaultReadShareGroupStateResponsePartitionResult: null, defaultReadShareGroupStateResponseStateBatch: null, ReadShareGroupStateResponseCodec: null });

export type * from './write-share-group-state';
export declare const defaultWriteShareGroupStateRequest: typeof WriteShareGroupStateModule.defaultWriteShareGroupStateRequest;
export declare const defaultWriteShareGroupStateRequestWriteStateData: typeof WriteShareGroupStateModule.defaultWriteShareGroupStateRequestWriteStateData;
export declare const defaultWriteShareGroupStateRequestPartitionData: typeof WriteShareGroupStateModule.defaultWriteShareGroupStateRequestPartitionData;
export declare const defaultWriteShareGroupStateRequestStateBatch: typeof WriteShareGroupStateModule.defaultWriteShareGroupStateRequestStateBatch;
export declare const WriteShareGroupStateRequestCodec: typeof WriteShareGroupStateModule.WriteShareGroupStateRequestCodec;
export declare const defaultWriteShareGroupStateResponse: typeof WriteShareGroupStateModule.defaultWriteShareGroupStateResponse;
export declare const defaultWriteShareGroupStateResponseWriteStateResult: typeof WriteShareGroupStateModule.defaultWriteShareGroupStateResponseWriteStateResult;
export declare const defaultWriteShareGroupStateResponsePartitionResult: typeof WriteShareGroupStateModule.defaultWriteShareGroupStateResponsePartitionResult;
export declare const WriteShareGroupStateResponseCodec: typeof WriteShareGroupStateModule.WriteShareGroupStateResponseCodec;
lazyExports(module.exports, loadWriteShareGroupState, ['defaultWriteShareGroupStateRequest', 'defaultWriteShareGroupStateRequestWriteStateData', 'defaultWriteShareGroupStateRequestPartitionData', 'defaultWriteShareGroupStateRequestStateBatch', 'WriteShareGroupStateRequestCodec', 'defaultWriteShareGroupStateResponse', 'defaultWriteShareGroupStateResponseWriteStateResult', 'defaultWriteShareGroupStateResponsePartitionResult', 'WriteShareGroupStateResponseCodec']);
0 && (module.exports = { defaultWriteShareGroupStateRequest: null, defaultWriteShareGroupStateRequestWriteStateData: null, defaultWriteShareGroupStateRequestPartitionData: null, defaultWriteShareGroupStateRequestStateBatch: null, WriteShareGroupStateRequestCodec: null, defaultWriteShareGroupStateResponse: null, defaultWriteShareGroupStateResponseWriteStateResult: null, defaultWriteShareGroupStateResponsePartitionResult: null, WriteShareGroupStateResponseCodec: null });

export type * from './delete-share-group-state';
export declare const defaultDeleteShareGroupStateRequest: typeof DeleteShareGroupStateModule.defaultDeleteShareGroupStateRequest;
export declare const defaultDeleteShareGroupStateRequestDeleteStateData: typeof DeleteShareGroupStateModule.defaultDeleteShareGroupStateRequestDeleteStateData;
export declare const defaultDeleteShareGroupStateRequestPartitionData: typeof DeleteShareGroupStateModule.defaultDeleteShareGroupStateRequestPartitionData;
export declare const DeleteShareGroupStateRequestCodec: typeof DeleteShareGroupStateModule.DeleteShareGroupStateRequestCodec;
export declare const defaultDeleteShareGroupStateResponse: typeof DeleteShareGroupStateModule.defaultDeleteShareGroupStateResponse;
export declare const defaultDeleteShareGroupStateResponseDeleteStateResult: typeof DeleteShareGroupStateModule.defaultDeleteShareGroupStateResponseDeleteStateResult;
export declare const defaultDeleteShareGroupStateResponsePartitionResult: typeof DeleteShareGroupStateModule.defaultDeleteShareGroupStateResponsePartitionResult;
export declare const DeleteShareGroupStateResponseCodec: typeof DeleteShareGroupStateModule.DeleteShareGroupStateResponseCodec;
lazyExports(module.exports, loadDeleteShareGroupState, ['defaultDeleteShareGroupStateRequest', 'defaultDeleteShareGroupStateRequestDeleteStateData', 'defaultDeleteShareGroupStateRequestPartitionData', 'DeleteShareGroupStateRequestCodec', 'defaultDeleteShareGroupStateResponse', 'defaultDeleteShareGroupStateResponseDeleteStateResult', 'defaultDeleteShareGroupStateResponsePartitionResult', 'DeleteShareGroupStateResponseCodec']);
0 && (module.exports = { defaultDeleteShareGroupStateRequest: null, defaultDeleteShareGroupStateRequestDeleteStateData: null, defaultDeleteShareGroupStateRequestPartitionData: null, DeleteShareGroupStateRequestCodec: null, defaultDeleteShareGroupStateResponse: null, defaultDeleteShareGroupStateResponseDeleteStateResult: null, defaultDeleteShareGroupStateResponsePartitionResult: null, DeleteShareGroupStateResponseCodec: null });

export type * from './read-share-group-state-summary';
export declare const defaultReadShareGroupStateSummaryRequest: typeof ReadShareGroupStateSummaryModule.defaultReadShareGroupStateSummaryRequest;
export declare const defaultReadShareGroupStateSummaryRequestReadStateSummaryData: typeof ReadShareGroupStateSummaryModule.defaultReadShareGroupStateSummaryRequestReadStateSummaryData;
export declare const defaultReadShareGroupStateSummaryRequestPartitionData: typeof ReadShareGroupStateSummaryModule.defaultReadShareGroupStateSummaryRequestPartitionData;
export declare const ReadShareGroupStateSummaryRequestCodec: typeof ReadShareGroupStateSummaryModule.ReadShareGroupStateSummaryRequestCodec;
export declare const defaultReadShareGroupStateSummaryResponse: typeof ReadShareGroupStateSummaryModule.defaultReadShareGroupStateSummaryResponse;
export declare const defaultReadShareGroupStateSummaryResponseReadStateSummaryResult: typeof ReadShareGroupStateSummaryModule.defaultReadShareGroupStateSummaryResponseReadStateSummaryResult;
export declare const defaultReadShareGroupStateSummaryResponsePartitionResult: typeof ReadShareGroupStateSummaryModule.defaultReadShareGroupStateSummaryResponsePartitionResult;
export declare const ReadShareGroupStateSummaryResponseCodec: typeof ReadShareGroupStateSummaryModule.ReadShareGroupStateSummaryResponseCodec;
lazyExports(module.exports, loadReadShareGroupStateSummary, ['defaultReadShareGroupStateSummaryRequest', 'defaultReadShareGroupStateSummaryRequestReadStateSummaryData', 'defaultReadShareGroupStateSummaryRequestPartitionData', 'ReadShareGroupStateSummaryRequestCodec', 'defaultReadShareGroupStateSummaryResponse', 'defaultReadShareGroupStateSummaryResponseReadStateSummaryResult', 'defaultReadShareGroupStateSummaryResponsePartitionResult', 'ReadShareGroupStateSummaryResponseCodec']);
0 && (module.exports = { defaultReadShareGroupStateSummaryRequest: null, defaultReadShareGroupStateSummaryRequestReadStateSummaryData: null, defaultReadShareGroupStateSummaryRequestPartitionData: null, ReadShareGroupStateSummaryRequestCodec: null, defaultReadShareGroupStateSummaryResponse: null, defaultReadShareGroupStateSummaryResponseReadStateSummaryResult: null, defaultReadShareGroupStateSummaryResponsePartitionResult: null, ReadShareGroupStateSummaryResponseCodec: null });

export type * from './streams-group-heartbeat';
export declare const defaultStreamsGroupHeartbeatRequest: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatRequest;
export declare const defaultStreamsGroupHeartbeatRequestTopology: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatRequestTopology;
export declare const defaultStreamsGroupHeartbeatRequestSubtopology: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatRequestSubtopology;
export declare const defaultStreamsGroupHeartbeatRequestCopartitionGroup: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatRequestCopartitionGroup;
export declare const defaultStreamsGroupHeartbeatRequestKeyValue: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatRequestKeyValue;
export declare const defaultStreamsGroupHeartbeatRequestTopicInfo: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatRequestTopicInfo;
export declare const defaultStreamsGroupHeartbeatRequestEndpoint: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatRequestEndpoint;
export declare const defaultStreamsGroupHeartbeatRequestTaskOffset: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatRequestTaskOffset;
export declare const defaultStreamsGroupHeartbeatRequestTaskIds: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatRequestTaskIds;
export declare const StreamsGroupHeartbeatRequestCodec: typeof StreamsGroupHeartbeatModule.StreamsGroupHeartbeatRequestCodec;
export declare const defaultStreamsGroupHeartbeatResponse: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatResponse;
export declare const defaultStreamsGroupHeartbeatResponseEndpointToPartitions: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatResponseEndpointToPartitions;
export declare const defaultStreamsGroupHeartbeatResponseStatus: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatResponseStatus;
export declare const defaultStreamsGroupHeartbeatResponseTopicPartition: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatResponseTopicPartition;
export declare const defaultStreamsGroupHeartbeatResponseTaskIds: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatResponseTaskIds;
export declare const defaultStreamsGroupHeartbeatResponseEndpoint: typeof StreamsGroupHeartbeatModule.defaultStreamsGroupHeartbeatResponseEndpoint;
export declare const StreamsGroupHeartbeatResponseCodec: typeof StreamsGroupHeartbeatModule.StreamsGroupHeartbeatResponseCodec;
lazyExports(module.exports, loadStreamsGroupHeartbeat, ['defaultStreamsGroupHeartbeatRequest', 'defaultStreamsGroupHeartbeatRequestTopology', 'defaultStreamsGroupHeartbeatRequestSubtopology', 'defaultStreamsGroupHeartbeatRequestCopartitionGroup', 'defaultStreamsGroupHeartbeatRequestKeyValue', 'defaultStreamsGroupHeartbeatRequestTopicInfo', 'defaultStreamsGroupHeartbeatRequestEndpoint', 'defaultStreamsGroupHeartbeatRequestTaskOffset', 'defaultStreamsGroupHeartbeatRequestTaskIds', 'StreamsGroupHeartbeatRequestCodec', 'defaultStreamsGroupHeartbeatResponse', 'defaultStreamsGroupHeartbeatResponseEndpointToPartitions', 'defaultStreamsGroupHeartbeatResponseStatus', 'defaultStreamsGroupHeartbeatResponseTopicPartition', 'defaultStreamsGroupHeartbeatResponseTaskIds', 'defaultStreamsGroupHeartbeatResponseEndpoint', 'StreamsGroupHeartbeatResponseCodec']);
0 && (module.exports = { defaultStreamsGroupHeartbeatRequest: null, defaultStreamsGroupHeartbeatRequestTopology: null, defaultStreamsGroupHeartbeatRequestSubtopology: null, defaultStreamsGroupHeartbeatRequestCopartitionGroup: null, defaultStreamsGroupHeartbeatRequestKeyValue: null, defaultStreamsGroupHeartbeatRequestTopicInfo: null, defaultStreamsGroupHeartbeatRequestEndpoint: null, defaultStreamsGroupHeartbeatRequestTaskOffset: null, defaultStreamsGroupHeartbeatRequestTaskIds: null, StreamsGroupHeartbeatRequestCodec: null, defaultStreamsGroupHeartbeatResponse: null, defaultStreamsGroupHeartbeatResponseEndpointToPartitions: null, defaultStreamsGroupHeartbeatResponseStatus: null, defaultStreamsGroupHeartbeatResponseTopicPartition: null, defaultStreamsGroupHeartbeatResponseTaskIds: null, defaultStreamsGroupHeartbeatResponseEndpoint: null, StreamsGroupHeartbeatResponseCodec: null });

export type * from './streams-group-describe';
export declare const defaultStreamsGroupDescribeRequest: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeRequest;
export declare const StreamsGroupDescribeRequestCodec: typeof StreamsGroupDescribeModule.StreamsGroupDescribeRequestCodec;
export declare const defaultStreamsGroupDescribeResponse: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponse;
export declare const defaultStreamsGroupDescribeResponseDescribedGroup: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseDescribedGroup;
export declare const defaultStreamsGroupDescribeResponseTopology: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseTopology;
export declare const defaultStreamsGroupDescribeResponseSubtopology: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseSubtopology;
export declare const defaultStreamsGroupDescribeResponseMember: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseMember;
export declare const defaultStreamsGroupDescribeResponseEndpoint: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseEndpoint;
export declare const defaultStreamsGroupDescribeResponseTaskOffset: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseTaskOffset;
export declare const defaultStreamsGroupDescribeResponseAssignment: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseAssignment;
export declare const defaultStreamsGroupDescribeResponseTaskIds: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseTaskIds;
export declare const defaultStreamsGroupDescribeResponseKeyValue: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseKeyValue;
export declare const defaultStreamsGroupDescribeResponseTopicInfo: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseTopicInfo;
export declare const defaultStreamsGroupDescribeResponseTopologyDescription: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseTopologyDescription;
export declare const defaultStreamsGroupDescribeResponseTopologyDescriptionSubtopology: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseTopologyDescriptionSubtopology;
export declare const defaultStreamsGroupDescribeResponseTopologyDescriptionNode: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseTopologyDescriptionNode;
export declare const defaultStreamsGroupDescribeResponseTopologyDescriptionGlobalStore: typeof StreamsGroupDescribeModule.defaultStreamsGroupDescribeResponseTopologyDescriptionGlobalStore;
export declare const StreamsGroupDescribeResponseCodec: typeof StreamsGroupDescribeModule.StreamsGroupDescribeResponseCodec;
lazyExports(module.exports, loadStreamsGroupDescribe, ['defaultStreamsGroupDescribeRequest', 'StreamsGroupDescribeRequestCodec', 'defaultStreamsGroupDescribeResponse', 'defaultStreamsGroupDescribeResponseDescribedGroup', 'defaultStreamsGroupDescribeResponseTopology', 'defaultStreamsGroupDescribeResponseSubtopology', 'defaultStreamsGroupDescribeResponseMember', 'defaultStreamsGroupDescribeResponseEndpoint', 'defaultStreamsGroupDescribeResponseTaskOffset', 'defaultStreamsGroupDescribeResponseAssignment', 'defaultStreamsGroupDescribeResponseTaskIds', 'defaultStreamsGroupDescribeResponseKeyValue', 'defaultStreamsGroupDescribeResponseTopicInfo', 'defaultStreamsGroupDescribeResponseTopologyDescription', 'defaultStreamsGroupDescribeResponseTopologyDescriptionSubtopology', 'defaultStreamsGroupDescribeResponseTopologyDescriptionNode', 'defaultStreamsGroupDescribeResponseTopologyDescriptionGlobalStore', 'StreamsGroupDescribeResponseCodec']);
0 && (module.exports = { defaultStreamsGroupDescribeRequest: null, StreamsGroupDescribeRequestCodec: null, defaultStreamsGroupDescribeResponse: null, defaultStreamsGroupDescribeResponseDescribedGroup: null, defaultStreamsGroupDescribeResponseTopology: null, defaultStreamsGroupDescribeResponseSubtopology: null, defaultStreamsGroupDescribeResponseMember: null, defaultStreamsGroupDescribeResponseEndpoint: null, defaultStreamsGroupDescribeResponseTaskOffset: null, defaultStreamsGroupDescribeResponseAssignment: null, defaultStreamsGroupDescribeResponseTaskIds: null, defaultStreamsGroupDescribeResponseKeyValue: null, defaultStreamsGroupDescribeResponseTopicInfo: null, defaultStreamsGroupDescribeResponseTopologyDescription: null, defaultStreamsGroupDescribeResponseTopologyDescriptionSubtopology: null, defaultStreamsGroupDescribeResponseTopologyDescriptionNode: null, defaultStreamsGroupDescribeResponseTopologyDescriptionGlobalStore: null, StreamsGroupDescribeResponseCodec: null });

export type * from './describe-share-group-offsets';
export declare const defaultDescribeShareGroupOffsetsRequest: typeof DescribeShareGroupOffsetsModule.defaultDescribeShareGroupOffsetsRequest;
export declare const defaultDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup: typeof DescribeShareGroupOffsetsModule.defaultDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup;
export declare const defaultDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic: typeof DescribeShareGroupOffsetsModule.defaultDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic;
export declare const DescribeShareGroupOffsetsRequestCodec: typeof DescribeShareGroupOffsetsModule.DescribeShareGroupOffsetsRequestCodec;
export declare const defaultDescribeShareGroupOffsetsResponse: typeof DescribeShareGroupOffsetsModule.defaultDescribeShareGroupOffsetsResponse;
export declare const defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup: typeof DescribeShareGroupOffsetsModule.defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup;
export declare const defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic: typeof DescribeShareGroupOffsetsModule.defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic;
export declare const defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition: typeof DescribeShareGroupOffsetsModule.defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition;
export declare const DescribeShareGroupOffsetsResponseCodec: typeof DescribeShareGroupOffsetsModule.DescribeShareGroupOffsetsResponseCodec;
lazyExports(module.exports, loadDescribeShareGroupOffsets, ['defaultDescribeShareGroupOffsetsRequest', 'defaultDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup', 'defaultDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic', 'DescribeShareGroupOffsetsRequestCodec', 'defaultDescribeShareGroupOffsetsResponse', 'defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup', 'defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic', 'defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition', 'DescribeShareGroupOffsetsResponseCodec']);
0 && (module.exports = { defaultDescribeShareGroupOffsetsRequest: null, defaultDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup: null, defaultDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic: null, DescribeShareGroupOffsetsRequestCodec: null, defaultDescribeShareGroupOffsetsResponse: null, defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup: null, defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic: null, defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition: null, DescribeShareGroupOffsetsResponseCodec: null });

export type * from './alter-share-group-offsets';
export declare const defaultAlterShareGroupOffsetsRequest: typeof AlterShareGroupOffsetsModule.defaultAlterShareGroupOffsetsRequest;
export declare const defaultAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic: typeof AlterShareGroupOffsetsModule.defaultAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic;
export declare const defaultAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition: typeof AlterShareGroupOffsetsModule.defaultAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition;
export declare const AlterShareGroupOffsetsRequestCodec: typeof AlterShareGroupOffsetsModule.AlterShareGroupOffsetsRequestCodec;
export declare const defaultAlterShareGroupOffsetsResponse: typeof AlterShareGroupOffsetsModule.defaultAlterShareGroupOffsetsResponse;
export declare const defaultAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic: typeof AlterShareGroupOffsetsModule.defaultAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic;
export declare const defaultAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition: typeof AlterShareGroupOffsetsModule.defaultAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition;
export declare const AlterShareGroupOffsetsResponseCodec: typeof AlterShareGroupOffsetsModule.AlterShareGroupOffsetsResponseCodec;
lazyExports(module.exports, loadAlterShareGroupOffsets, ['defaultAlterShareGroupOffsetsRequest', 'defaultAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic', 'defaultAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition', 'AlterShareGroupOffsetsRequestCodec', 'defaultAlterShareGroupOffsetsResponse', 'defaultAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic', 'defaultAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition', 'AlterShareGroupOffsetsResponseCodec']);
0 && (module.exports = { defaultAlterShareGroupOffsetsRequest: null, defaultAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic: null, defaultAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition: null, AlterShareGroupOffsetsRequestCodec: null, defaultAlterShareGroupOffsetsResponse: null, defaultAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic: null, defaultAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition: null, AlterShareGroupOffsetsResponseCodec: null });

export type * from './delete-share-group-offsets';
export declare const defaultDeleteShareGroupOffsetsRequest: typeof DeleteShareGroupOffsetsModule.defaultDeleteShareGroupOffsetsRequest;
export declare const defaultDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic: typeof DeleteShareGroupOffsetsModule.defaultDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic;
export declare const DeleteShareGroupOffsetsRequestCodec: typeof DeleteShareGroupOffsetsModule.DeleteShareGroupOffsetsRequestCodec;
export declare const defaultDeleteShareGroupOffsetsResponse: typeof DeleteShareGroupOffsetsModule.defaultDeleteShareGroupOffsetsResponse;
export declare const defaultDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic: typeof DeleteShareGroupOffsetsModule.defaultDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic;
export declare const DeleteShareGroupOffsetsResponseCodec: typeof DeleteShareGroupOffsetsModule.DeleteShareGroupOffsetsResponseCodec;
lazyExports(module.exports, loadDeleteShareGroupOffsets, ['defaultDeleteShareGroupOffsetsRequest', 'defaultDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic', 'DeleteShareGroupOffsetsRequestCodec', 'defaultDeleteShareGroupOffsetsResponse', 'defaultDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic', 'DeleteShareGroupOffsetsResponseCodec']);
0 && (module.exports = { defaultDeleteShareGroupOffsetsRequest: null, defaultDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic: null, DeleteShareGroupOffsetsRequestCodec: null, defaultDeleteShareGroupOffsetsResponse: null, defaultDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic: null, DeleteShareGroupOffsetsResponseCodec: null });

export type * from './consumer-protocol-assignment';
export declare const defaultConsumerProtocolAssignment: typeof ConsumerProtocolAssignmentModule.defaultConsumerProtocolAssignment;
export declare const defaultConsumerProtocolAssignmentTopicPartition: typeof ConsumerProtocolAssignmentModule.defaultConsumerProtocolAssignmentTopicPartition;
export declare const ConsumerProtocolAssignmentCodec: typeof ConsumerProtocolAssignmentModule.ConsumerProtocolAssignmentCodec;
lazyExports(module.exports, loadConsumerProtocolAssignment, ['defaultConsumerProtocolAssignment', 'defaultConsumerProtocolAssignmentTopicPartition', 'ConsumerProtocolAssignmentCodec']);
0 && (module.exports = { defaultConsumerProtocolAssignment: null, defaultConsumerProtocolAssignmentTopicPartition: null, ConsumerProtocolAssignmentCodec: null });

export type * from './consumer-protocol-subscription';
export declare const defaultConsumerProtocolSubscription: typeof ConsumerProtocolSubscriptionModule.defaultConsumerProtocolSubscription;
export declare const defaultConsumerProtocolSubscriptionTopicPartition: typeof ConsumerProtocolSubscriptionModule.defaultConsumerProtocolSubscriptionTopicPartition;
export declare const ConsumerProtocolSubscriptionCodec: typeof ConsumerProtocolSubscriptionModule.ConsumerProtocolSubscriptionCodec;
lazyExports(module.exports, loadConsumerProtocolSubscription, ['defaultConsumerProtocolSubscription', 'defaultConsumerProtocolSubscriptionTopicPartition', 'ConsumerProtocolSubscriptionCodec']);
0 && (module.exports = { defaultConsumerProtocolSubscription: null, defaultConsumerProtocolSubscriptionTopicPartition: null, ConsumerProtocolSubscriptionCodec: null });

export type * from './default-principal-data';
export declare const defaultDefaultPrincipalData: typeof DefaultPrincipalDataModule.defaultDefaultPrincipalData;
export declare const DefaultPrincipalDataCodec: typeof DefaultPrincipalDataModule.DefaultPrincipalDataCodec;
lazyExports(module.exports, loadDefaultPrincipalData, ['defaultDefaultPrincipalData', 'DefaultPrincipalDataCodec']);
0 && (module.exports = { defaultDefaultPrincipalData: null, DefaultPrincipalDataCodec: null });

export type * from './k-raft-version-record';
export declare const defaultKRaftVersionRecord: typeof KRaftVersionRecordModule.defaultKRaftVersionRecord;
export declare const KRaftVersionRecordCodec: typeof KRaftVersionRecordModule.KRaftVersionRecordCodec;
lazyExports(module.exports, loadKRaftVersionRecord, ['defaultKRaftVersionRecord', 'KRaftVersionRecordCodec']);
0 && (module.exports = { defaultKRaftVersionRecord: null, KRaftVersionRecordCodec: null });

export type * from './leader-change-message';
export declare const defaultLeaderChangeMessage: typeof LeaderChangeMessageModule.defaultLeaderChangeMessage;
export declare const defaultLeaderChangeMessageVoter: typeof LeaderChangeMessageModule.defaultLeaderChangeMessageVoter;
export declare const LeaderChangeMessageCodec: typeof LeaderChangeMessageModule.LeaderChangeMessageCodec;
lazyExports(module.exports, loadLeaderChangeMessage, ['defaultLeaderChangeMessage', 'defaultLeaderChangeMessageVoter', 'LeaderChangeMessageCodec']);
0 && (module.exports = { defaultLeaderChangeMessage: null, defaultLeaderChangeMessageVoter: null, LeaderChangeMessageCodec: null });

export type * from './request-header';
export declare const defaultRequestHeader: typeof RequestHeaderModule.defaultRequestHeader;
export declare const RequestHeaderCodec: typeof RequestHeaderModule.RequestHeaderCodec;
lazyExports(module.exports, loadRequestHeader, ['defaultRequestHeader', 'RequestHeaderCodec']);
0 && (module.exports = { defaultRequestHeader: null, RequestHeaderCodec: null });

export type * from './response-header';
export declare const defaultResponseHeader: typeof ResponseHeaderModule.defaultResponseHeader;
export declare const ResponseHeaderCodec: typeof ResponseHeaderModule.ResponseHeaderCodec;
lazyExports(module.exports, loadResponseHeader, ['defaultResponseHeader', 'ResponseHeaderCodec']);
0 && (module.exports = { defaultResponseHeader: null, ResponseHeaderCodec: null });

export type * from './snapshot-footer-record';
export declare const defaultSnapshotFooterRecord: typeof SnapshotFooterRecordModule.defaultSnapshotFooterRecord;
export declare const SnapshotFooterRecordCodec: typeof SnapshotFooterRecordModule.SnapshotFooterRecordCodec;
lazyExports(module.exports, loadSnapshotFooterRecord, ['defaultSnapshotFooterRecord', 'SnapshotFooterRecordCodec']);
0 && (module.exports = { defaultSnapshotFooterRecord: null, SnapshotFooterRecordCodec: null });

export type * from './snapshot-header-record';
export declare const defaultSnapshotHeaderRecord: typeof SnapshotHeaderRecordModule.defaultSnapshotHeaderRecord;
export declare const SnapshotHeaderRecordCodec: typeof SnapshotHeaderRecordModule.SnapshotHeaderRecordCodec;
lazyExports(module.exports, loadSnapshotHeaderRecord, ['defaultSnapshotHeaderRecord', 'SnapshotHeaderRecordCodec']);
0 && (module.exports = { defaultSnapshotHeaderRecord: null, SnapshotHeaderRecordCodec: null });

export type * from './voters-record';
export declare const defaultVotersRecord: typeof VotersRecordModule.defaultVotersRecord;
export declare const defaultVotersRecordVoter: typeof VotersRecordModule.defaultVotersRecordVoter;
export declare const defaultVotersRecordEndpoint: typeof VotersRecordModule.defaultVotersRecordEndpoint;
export declare const defaultVotersRecordKRaftVersionFeature: typeof VotersRecordModule.defaultVotersRecordKRaftVersionFeature;
export declare const VotersRecordCodec: typeof VotersRecordModule.VotersRecordCodec;
lazyExports(module.exports, loadVotersRecord, ['defaultVotersRecord', 'defaultVotersRecordVoter', 'defaultVotersRecordEndpoint', 'defaultVotersRecordKRaftVersionFeature', 'VotersRecordCodec']);
0 && (module.exports = { defaultVotersRecord: null, defaultVotersRecordVoter: null, defaultVotersRecordEndpoint: null, defaultVotersRecordKRaftVersionFeature: null, VotersRecordCodec: null });

/** Every API of the schemas, indexed by API key (undefined where no API has that key). */
export const API_BY_KEY: ReadonlyArray<ApiDescriptor | undefined> = [
  lazyApiDescriptor(
    {
      apiKey: 0,
      name: 'Produce',
      minVersion: 0,
      maxVersion: 13,
      flexibleFrom: 9,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadProduce,
    'ProduceRequestCodec',
    'ProduceResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 1,
      name: 'Fetch',
      minVersion: 0,
      maxVersion: 18,
      flexibleFrom: 12,
      latestVersionUnstable: false,
      listeners: ['broker', 'controller'],
    },
    loadFetch,
    'FetchRequestCodec',
    'FetchResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 2,
      name: 'ListOffsets',
      minVersion: 0,
      maxVersion: 11,
      flexibleFrom: 6,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadListOffsets,
    'ListOffsetsRequestCodec',
    'ListOffsetsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 3,
      name: 'Metadata',
      minVersion: 0,
      maxVersion: 13,
      flexibleFrom: 9,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadMetadata,
    'MetadataRequestCodec',
    'MetadataResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 4,
      name: 'LeaderAndIsr',
      minVersion: 0,
      maxVersion: 7,
      flexibleFrom: 4,
      latestVersionUnstable: false,
      listeners: ['zkBroker'],
    },
    loadLeaderAndIsr,
    'LeaderAndIsrRequestCodec',
    'LeaderAndIsrResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 5,
      name: 'StopReplica',
      minVersion: 0,
      maxVersion: 4,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker'],
    },
    loadStopReplica,
    'StopReplicaRequestCodec',
    'StopReplicaResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 6,
      name: 'UpdateMetadata',
      minVersion: 0,
      maxVersion: 8,
      flexibleFrom: 6,
      latestVersionUnstable: false,
      listeners: ['zkBroker'],
    },
    loadUpdateMetadata,
    'UpdateMetadataRequestCodec',
    'UpdateMetadataResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 7,
      name: 'ControlledShutdown',
      minVersion: 0,
      maxVersion: 3,
      flexibleFrom: 3,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'controller'],
    },
    loadControlledShutdown,
    'ControlledShutdownRequestCodec',
    'ControlledShutdownResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 8,
      name: 'OffsetCommit',
      minVersion: 0,
      maxVersion: 10,
      flexibleFrom: 8,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadOffsetCommit,
    'OffsetCommitRequestCodec',
    'OffsetCommitResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 9,
      name: 'OffsetFetch',
      minVersion: 0,
      maxVersion: 10,
      flexibleFrom: 6,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadOffsetFetch,
    'OffsetFetchRequestCodec',
    'OffsetFetchResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 10,
      name: 'FindCoordinator',
      minVersion: 0,
      maxVersion: 6,
      flexibleFrom: 3,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadFindCoordinator,
    'FindCoordinatorRequestCodec',
    'FindCoordinatorResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 11,
      name: 'JoinGroup',
      minVersion: 0,
      maxVersion: 9,
      flexibleFrom: 6,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadJoinGroup,
    'JoinGroupRequestCodec',
    'JoinGroupResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 12,
      name: 'Heartbeat',
      minVersion: 0,
      maxVersion: 4,
      flexibleFrom: 4,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadHeartbeat,
    'HeartbeatRequestCodec',
    'HeartbeatResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 13,
      name: 'LeaveGroup',
      minVersion: 0,
      maxVersion: 5,
      flexibleFrom: 4,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadLeaveGroup,
    'LeaveGroupRequestCodec',
    'LeaveGroupResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 14,
      name: 'SyncGroup',
      minVersion: 0,
      maxVersion: 5,
      flexibleFrom: 4,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadSyncGroup,
    'SyncGroupRequestCodec',
    'SyncGroupResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 15,
      name: 'DescribeGroups',
      minVersion: 0,
      maxVersion: 6,
      flexibleFrom: 5,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadDescribeGroups,
    'DescribeGroupsRequestCodec',
    'DescribeGroupsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 16,
      name: 'ListGroups',
      minVersion: 0,
      maxVersion: 5,
      flexibleFrom: 3,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadListGroups,
    'ListGroupsRequestCodec',
    'ListGroupsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 17,
      name: 'SaslHandshake',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: null,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadSaslHandshake,
    'SaslHandshakeRequestCodec',
    'SaslHandshakeResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 18,
      name: 'ApiVersions',
      minVersion: 0,
      maxVersion: 5,
      flexibleFrom: 3,
      latestVersionUnstable: false,
      listeners: ['broker', 'controller'],
    },
    loadApiVersions,
    'ApiVersionsRequestCodec',
    'ApiVersionsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 19,
      name: 'CreateTopics',
      minVersion: 0,
      maxVersion: 7,
      flexibleFrom: 5,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadCreateTopics,
    'CreateTopicsRequestCodec',
    'CreateTopicsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 20,
      name: 'DeleteTopics',
      minVersion: 0,
      maxVersion: 6,
      flexibleFrom: 4,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadDeleteTopics,
    'DeleteTopicsRequestCodec',
    'DeleteTopicsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 21,
      name: 'DeleteRecords',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadDeleteRecords,
    'DeleteRecordsRequestCodec',
    'DeleteRecordsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 22,
      name: 'InitProducerId',
      minVersion: 0,
      maxVersion: 5,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadInitProducerId,
    'InitProducerIdRequestCodec',
    'InitProducerIdResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 23,
      name: 'OffsetForLeaderEpoch',
      minVersion: 0,
      maxVersion: 4,
      flexibleFrom: 4,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadOffsetForLeaderEpoch,
    'OffsetForLeaderEpochRequestCodec',
    'OffsetForLeaderEpochResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 24,
      name: 'AddPartitionsToTxn',
      minVersion: 0,
      maxVersion: 5,
      flexibleFrom: 3,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadAddPartitionsToTxn,
    'AddPartitionsToTxnRequestCodec',
    'AddPartitionsToTxnResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 25,
      name: 'AddOffsetsToTxn',
      minVersion: 0,
      maxVersion: 4,
      flexibleFrom: 3,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadAddOffsetsToTxn,
    'AddOffsetsToTxnRequestCodec',
    'AddOffsetsToTxnResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 26,
      name: 'EndTxn',
      minVersion: 0,
      maxVersion: 5,
      flexibleFrom: 3,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadEndTxn,
    'EndTxnRequestCodec',
    'EndTxnResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 27,
      name: 'WriteTxnMarkers',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 1,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadWriteTxnMarkers,
    'WriteTxnMarkersRequestCodec',
    'WriteTxnMarkersResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 28,
      name: 'TxnOffsetCommit',
      minVersion: 0,
      maxVersion: 6,
      flexibleFrom: 3,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadTxnOffsetCommit,
    'TxnOffsetCommitRequestCodec',
    'TxnOffsetCommitResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 29,
      name: 'DescribeAcls',
      minVersion: 0,
      maxVersion: 3,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadDescribeAcls,
    'DescribeAclsRequestCodec',
    'DescribeAclsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 30,
      name: 'CreateAcls',
      minVersion: 0,
      maxVersion: 3,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadCreateAcls,
    'CreateAclsRequestCodec',
    'CreateAclsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 31,
      name: 'DeleteAcls',
      minVersion: 0,
      maxVersion: 3,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadDeleteAcls,
    'DeleteAclsRequestCodec',
    'DeleteAclsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 32,
      name: 'DescribeConfigs',
      minVersion: 0,
      maxVersion: 4,
      flexibleFrom: 4,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadDescribeConfigs,
    'DescribeConfigsRequestCodec',
    'DescribeConfigsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 33,
      name: 'AlterConfigs',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadAlterConfigs,
    'AlterConfigsRequestCodec',
    'AlterConfigsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 34,
      name: 'AlterReplicaLogDirs',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadAlterReplicaLogDirs,
    'AlterReplicaLogDirsRequestCodec',
    'AlterReplicaLogDirsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 35,
      name: 'DescribeLogDirs',
      minVersion: 0,
      maxVersion: 5,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadDescribeLogDirs,
    'DescribeLogDirsRequestCodec',
    'DescribeLogDirsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 36,
      name: 'SaslAuthenticate',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadSaslAuthenticate,
    'SaslAuthenticateRequestCodec',
    'SaslAuthenticateResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 37,
      name: 'CreatePartitions',
      minVersion: 0,
      maxVersion: 3,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadCreatePartitions,
    'CreatePartitionsRequestCodec',
    'CreatePartitionsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 38,
      name: 'CreateDelegationToken',
      minVersion: 0,
      maxVersion: 3,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadCreateDelegationToken,
    'CreateDelegationTokenRequestCodec',
    'CreateDelegationTokenResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 39,
      name: 'RenewDelegationToken',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadRenewDelegationToken,
    'RenewDelegationTokenRequestCodec',
    'RenewDelegationTokenResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 40,
      name: 'ExpireDelegationToken',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadExpireDelegationToken,
    'ExpireDelegationTokenRequestCodec',
    'ExpireDelegationTokenResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 41,
      name: 'DescribeDelegationToken',
      minVersion: 0,
      maxVersion: 3,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadDescribeDelegationToken,
    'DescribeDelegationTokenRequestCodec',
    'DescribeDelegationTokenResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 42,
      name: 'DeleteGroups',
      minVersion: 0,
      maxVersion: 3,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadDeleteGroups,
    'DeleteGroupsRequestCodec',
    'DeleteGroupsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 43,
      name: 'ElectLeaders',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 2,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadElectLeaders,
    'ElectLeadersRequestCodec',
    'ElectLeadersResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 44,
      name: 'IncrementalAlterConfigs',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 1,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadIncrementalAlterConfigs,
    'IncrementalAlterConfigsRequestCodec',
    'IncrementalAlterConfigsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 45,
      name: 'AlterPartitionReassignments',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker', 'controller'],
    },
    loadAlterPartitionReassignments,
    'AlterPartitionReassignmentsRequestCodec',
    'AlterPartitionReassignmentsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 46,
      name: 'ListPartitionReassignments',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker', 'controller', 'zkBroker'],
    },
    loadListPartitionReassignments,
    'ListPartitionReassignmentsRequestCodec',
    'ListPartitionReassignmentsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 47,
      name: 'OffsetDelete',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: null,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadOffsetDelete,
    'OffsetDeleteRequestCodec',
    'OffsetDeleteResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 48,
      name: 'DescribeClientQuotas',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 1,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadDescribeClientQuotas,
    'DescribeClientQuotasRequestCodec',
    'DescribeClientQuotasResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 49,
      name: 'AlterClientQuotas',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 1,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadAlterClientQuotas,
    'AlterClientQuotasRequestCodec',
    'AlterClientQuotasResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 50,
      name: 'DescribeUserScramCredentials',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadDescribeUserScramCredentials,
    'DescribeUserScramCredentialsRequestCodec',
    'DescribeUserScramCredentialsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 51,
      name: 'AlterUserScramCredentials',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadAlterUserScramCredentials,
    'AlterUserScramCredentialsRequestCodec',
    'AlterUserScramCredentialsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 52,
      name: 'Vote',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['controller'],
    },
    loadVote,
    'VoteRequestCodec',
    'VoteResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 53,
      name: 'BeginQuorumEpoch',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 1,
      latestVersionUnstable: false,
      listeners: ['controller'],
    },
    loadBeginQuorumEpoch,
    'BeginQuorumEpochRequestCodec',
    'BeginQuorumEpochResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 54,
      name: 'EndQuorumEpoch',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 1,
      latestVersionUnstable: false,
      listeners: ['controller'],
    },
    loadEndQuorumEpoch,
    'EndQuorumEpochRequestCodec',
    'EndQuorumEpochResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 55,
      name: 'DescribeQuorum',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker', 'controller'],
    },
    loadDescribeQuorum,
    'DescribeQuorumRequestCodec',
    'DescribeQuorumResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 56,
      name: 'AlterPartition',
      minVersion: 0,
      maxVersion: 3,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'controller'],
    },
    loadAlterPartition,
    'AlterPartitionRequestCodec',
    'AlterPartitionResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 57,
      name: 'UpdateFeatures',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker', 'controller'],
    },
    loadUpdateFeatures,
    'UpdateFeaturesRequestCodec',
    'UpdateFeaturesResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 58,
      name: 'Envelope',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['controller', 'zkBroker'],
    },
    loadEnvelope,
    'EnvelopeRequestCodec',
    'EnvelopeResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 59,
      name: 'FetchSnapshot',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['controller'],
    },
    loadFetchSnapshot,
    'FetchSnapshotRequestCodec',
    'FetchSnapshotResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 60,
      name: 'DescribeCluster',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker', 'controller'],
    },
    loadDescribeCluster,
    'DescribeClusterRequestCodec',
    'DescribeClusterResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 61,
      name: 'DescribeProducers',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadDescribeProducers,
    'DescribeProducersRequestCodec',
    'DescribeProducersResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 62,
      name: 'BrokerRegistration',
      minVersion: 0,
      maxVersion: 4,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['controller'],
    },
    loadBrokerRegistration,
    'BrokerRegistrationRequestCodec',
    'BrokerRegistrationResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 63,
      name: 'BrokerHeartbeat',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['controller'],
    },
    loadBrokerHeartbeat,
    'BrokerHeartbeatRequestCodec',
    'BrokerHeartbeatResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 64,
      name: 'UnregisterBroker',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker', 'controller'],
    },
    loadUnregisterBroker,
    'UnregisterBrokerRequestCodec',
    'UnregisterBrokerResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 65,
      name: 'DescribeTransactions',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'broker'],
    },
    loadDescribeTransactions,
    'DescribeTransactionsRequestCodec',
    'DescribeTransactionsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 66,
      name: 'ListTransactions',
      minVersion: 0,
      maxVersion: 2,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadListTransactions,
    'ListTransactionsRequestCodec',
    'ListTransactionsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 67,
      name: 'AllocateProducerIds',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['zkBroker', 'controller'],
    },
    loadAllocateProducerIds,
    'AllocateProducerIdsRequestCodec',
    'AllocateProducerIdsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 68,
      name: 'ConsumerGroupHeartbeat',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 0,
      latestVersionUnstable: true,
      listeners: ['zkBroker', 'broker'],
    },
    loadConsumerGroupHeartbeat,
    'ConsumerGroupHeartbeatRequestCodec',
    'ConsumerGroupHeartbeatResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 69,
      name: 'ConsumerGroupDescribe',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadConsumerGroupDescribe,
    'ConsumerGroupDescribeRequestCodec',
    'ConsumerGroupDescribeResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 70,
      name: 'ControllerRegistration',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['controller'],
    },
    loadControllerRegistration,
    'ControllerRegistrationRequestCodec',
    'ControllerRegistrationResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 71,
      name: 'GetTelemetrySubscriptions',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadGetTelemetrySubscriptions,
    'GetTelemetrySubscriptionsRequestCodec',
    'GetTelemetrySubscriptionsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 72,
      name: 'PushTelemetry',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadPushTelemetry,
    'PushTelemetryRequestCodec',
    'PushTelemetryResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 73,
      name: 'AssignReplicasToDirs',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['controller'],
    },
    loadAssignReplicasToDirs,
    'AssignReplicasToDirsRequestCodec',
    'AssignReplicasToDirsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 74,
      name: 'ListConfigResources',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadListConfigResources,
    'ListConfigResourcesRequestCodec',
    'ListConfigResourcesResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 75,
      name: 'DescribeTopicPartitions',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadDescribeTopicPartitions,
    'DescribeTopicPartitionsRequestCodec',
    'DescribeTopicPartitionsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 76,
      name: 'ShareGroupHeartbeat',
      minVersion: 1,
      maxVersion: 1,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadShareGroupHeartbeat,
    'ShareGroupHeartbeatRequestCodec',
    'ShareGroupHeartbeatResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 77,
      name: 'ShareGroupDescribe',
      minVersion: 1,
      maxVersion: 1,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadShareGroupDescribe,
    'ShareGroupDescribeRequestCodec',
    'ShareGroupDescribeResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 78,
      name: 'ShareFetch',
      minVersion: 1,
      maxVersion: 2,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadShareFetch,
    'ShareFetchRequestCodec',
    'ShareFetchResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 79,
      name: 'ShareAcknowledge',
      minVersion: 1,
      maxVersion: 2,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadShareAcknowledge,
    'ShareAcknowledgeRequestCodec',
    'ShareAcknowledgeResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 80,
      name: 'AddRaftVoter',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['controller', 'broker'],
    },
    loadAddRaftVoter,
    'AddRaftVoterRequestCodec',
    'AddRaftVoterResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 81,
      name: 'RemoveRaftVoter',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['controller', 'broker'],
    },
    loadRemoveRaftVoter,
    'RemoveRaftVoterRequestCodec',
    'RemoveRaftVoterResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 82,
      name: 'UpdateRaftVoter',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['controller'],
    },
    loadUpdateRaftVoter,
    'UpdateRaftVoterRequestCodec',
    'UpdateRaftVoterResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 83,
      name: 'InitializeShareGroupState',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: true,
      listeners: ['broker'],
    },
    loadInitializeShareGroupState,
    'InitializeShareGroupStateRequestCodec',
    'InitializeShareGroupStateResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 84,
      name: 'ReadShareGroupState',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: true,
      listeners: ['broker'],
    },
    loadReadShareGroupState,
    'ReadShareGroupStateRequestCodec',
    'ReadShareGroupStateResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 85,
      name: 'WriteShareGroupState',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: true,
      listeners: ['broker'],
    },
    loadWriteShareGroupState,
    'WriteShareGroupStateRequestCodec',
    'WriteShareGroupStateResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 86,
      name: 'DeleteShareGroupState',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: true,
      listeners: ['broker'],
    },
    loadDeleteShareGroupState,
    'DeleteShareGroupStateRequestCodec',
    'DeleteShareGroupStateResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 87,
      name: 'ReadShareGroupStateSummary',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: true,
      listeners: ['broker'],
    },
    loadReadShareGroupStateSummary,
    'ReadShareGroupStateSummaryRequestCodec',
    'ReadShareGroupStateSummaryResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 88,
      name: 'StreamsGroupHeartbeat',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadStreamsGroupHeartbeat,
    'StreamsGroupHeartbeatRequestCodec',
    'StreamsGroupHeartbeatResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 89,
      name: 'StreamsGroupDescribe',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadStreamsGroupDescribe,
    'StreamsGroupDescribeRequestCodec',
    'StreamsGroupDescribeResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 90,
      name: 'DescribeShareGroupOffsets',
      minVersion: 0,
      maxVersion: 1,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadDescribeShareGroupOffsets,
    'DescribeShareGroupOffsetsRequestCodec',
    'DescribeShareGroupOffsetsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 91,
      name: 'AlterShareGroupOffsets',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadAlterShareGroupOffsets,
    'AlterShareGroupOffsetsRequestCodec',
    'AlterShareGroupOffsetsResponseCodec',
  ),
  lazyApiDescriptor(
    {
      apiKey: 92,
      name: 'DeleteShareGroupOffsets',
      minVersion: 0,
      maxVersion: 0,
      flexibleFrom: 0,
      latestVersionUnstable: false,
      listeners: ['broker'],
    },
    loadDeleteShareGroupOffsets,
    'DeleteShareGroupOffsetsRequestCodec',
    'DeleteShareGroupOffsetsResponseCodec',
  ),
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
  ListConfigResources: 74,
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
  StreamsGroupHeartbeat: 88,
  StreamsGroupDescribe: 89,
  DescribeShareGroupOffsets: 90,
  AlterShareGroupOffsets: 91,
  DeleteShareGroupOffsets: 92,
} as const;

/** Request body type by API key, e.g. `ApiRequestTypes[0]` is `ProduceRequest`. */
export interface ApiRequestTypes {
  0: ProduceModule.ProduceRequest;
  1: FetchModule.FetchRequest;
  2: ListOffsetsModule.ListOffsetsRequest;
  3: MetadataModule.MetadataRequest;
  4: LeaderAndIsrModule.LeaderAndIsrRequest;
  5: StopReplicaModule.StopReplicaRequest;
  6: UpdateMetadataModule.UpdateMetadataRequest;
  7: ControlledShutdownModule.ControlledShutdownRequest;
  8: OffsetCommitModule.OffsetCommitRequest;
  9: OffsetFetchModule.OffsetFetchRequest;
  10: FindCoordinatorModule.FindCoordinatorRequest;
  11: JoinGroupModule.JoinGroupRequest;
  12: HeartbeatModule.HeartbeatRequest;
  13: LeaveGroupModule.LeaveGroupRequest;
  14: SyncGroupModule.SyncGroupRequest;
  15: DescribeGroupsModule.DescribeGroupsRequest;
  16: ListGroupsModule.ListGroupsRequest;
  17: SaslHandshakeModule.SaslHandshakeRequest;
  18: ApiVersionsModule.ApiVersionsRequest;
  19: CreateTopicsModule.CreateTopicsRequest;
  20: DeleteTopicsModule.DeleteTopicsRequest;
  21: DeleteRecordsModule.DeleteRecordsRequest;
  22: InitProducerIdModule.InitProducerIdRequest;
  23: OffsetForLeaderEpochModule.OffsetForLeaderEpochRequest;
  24: AddPartitionsToTxnModule.AddPartitionsToTxnRequest;
  25: AddOffsetsToTxnModule.AddOffsetsToTxnRequest;
  26: EndTxnModule.EndTxnRequest;
  27: WriteTxnMarkersModule.WriteTxnMarkersRequest;
  28: TxnOffsetCommitModule.TxnOffsetCommitRequest;
  29: DescribeAclsModule.DescribeAclsRequest;
  30: CreateAclsModule.CreateAclsRequest;
  31: DeleteAclsModule.DeleteAclsRequest;
  32: DescribeConfigsModule.DescribeConfigsRequest;
  33: AlterConfigsModule.AlterConfigsRequest;
  34: AlterReplicaLogDirsModule.AlterReplicaLogDirsRequest;
  35: DescribeLogDirsModule.DescribeLogDirsRequest;
  36: SaslAuthenticateModule.SaslAuthenticateRequest;
  37: CreatePartitionsModule.CreatePartitionsRequest;
  38: CreateDelegationTokenModule.CreateDelegationTokenRequest;
  39: RenewDelegationTokenModule.RenewDelegationTokenRequest;
  40: ExpireDelegationTokenModule.ExpireDelegationTokenRequest;
  41: DescribeDelegationTokenModule.DescribeDelegationTokenRequest;
  42: DeleteGroupsModule.DeleteGroupsRequest;
  43: ElectLeadersModule.ElectLeadersRequest;
  44: IncrementalAlterConfigsModule.IncrementalAlterConfigsRequest;
  45: AlterPartitionReassignmentsModule.AlterPartitionReassignmentsRequest;
  46: ListPartitionReassignmentsModule.ListPartitionReassignmentsRequest;
  47: OffsetDeleteModule.OffsetDeleteRequest;
  48: DescribeClientQuotasModule.DescribeClientQuotasRequest;
  49: AlterClientQuotasModule.AlterClientQuotasRequest;
  50: DescribeUserScramCredentialsModule.DescribeUserScramCredentialsRequest;
  51: AlterUserScramCredentialsModule.AlterUserScramCredentialsRequest;
  52: VoteModule.VoteRequest;
  53: BeginQuorumEpochModule.BeginQuorumEpochRequest;
  54: EndQuorumEpochModule.EndQuorumEpochRequest;
  55: DescribeQuorumModule.DescribeQuorumRequest;
  56: AlterPartitionModule.AlterPartitionRequest;
  57: UpdateFeaturesModule.UpdateFeaturesRequest;
  58: EnvelopeModule.EnvelopeRequest;
  59: FetchSnapshotModule.FetchSnapshotRequest;
  60: DescribeClusterModule.DescribeClusterRequest;
  61: DescribeProducersModule.DescribeProducersRequest;
  62: BrokerRegistrationModule.BrokerRegistrationRequest;
  63: BrokerHeartbeatModule.BrokerHeartbeatRequest;
  64: UnregisterBrokerModule.UnregisterBrokerRequest;
  65: DescribeTransactionsModule.DescribeTransactionsRequest;
  66: ListTransactionsModule.ListTransactionsRequest;
  67: AllocateProducerIdsModule.AllocateProducerIdsRequest;
  68: ConsumerGroupHeartbeatModule.ConsumerGroupHeartbeatRequest;
  69: ConsumerGroupDescribeModule.ConsumerGroupDescribeRequest;
  70: ControllerRegistrationModule.ControllerRegistrationRequest;
  71: GetTelemetrySubscriptionsModule.GetTelemetrySubscriptionsRequest;
  72: PushTelemetryModule.PushTelemetryRequest;
  73: AssignReplicasToDirsModule.AssignReplicasToDirsRequest;
  74: ListConfigResourcesModule.ListConfigResourcesRequest;
  75: DescribeTopicPartitionsModule.DescribeTopicPartitionsRequest;
  76: ShareGroupHeartbeatModule.ShareGroupHeartbeatRequest;
  77: ShareGroupDescribeModule.ShareGroupDescribeRequest;
  78: ShareFetchModule.ShareFetchRequest;
  79: ShareAcknowledgeModule.ShareAcknowledgeRequest;
  80: AddRaftVoterModule.AddRaftVoterRequest;
  81: RemoveRaftVoterModule.RemoveRaftVoterRequest;
  82: UpdateRaftVoterModule.UpdateRaftVoterRequest;
  83: InitializeShareGroupStateModule.InitializeShareGroupStateRequest;
  84: ReadShareGroupStateModule.ReadShareGroupStateRequest;
  85: WriteShareGroupStateModule.WriteShareGroupStateRequest;
  86: DeleteShareGroupStateModule.DeleteShareGroupStateRequest;
  87: ReadShareGroupStateSummaryModule.ReadShareGroupStateSummaryRequest;
  88: StreamsGroupHeartbeatModule.StreamsGroupHeartbeatRequest;
  89: StreamsGroupDescribeModule.StreamsGroupDescribeRequest;
  90: DescribeShareGroupOffsetsModule.DescribeShareGroupOffsetsRequest;
  91: AlterShareGroupOffsetsModule.AlterShareGroupOffsetsRequest;
  92: DeleteShareGroupOffsetsModule.DeleteShareGroupOffsetsRequest;
}

/** Response body type by API key. */
export interface ApiResponseTypes {
  0: ProduceModule.ProduceResponse;
  1: FetchModule.FetchResponse;
  2: ListOffsetsModule.ListOffsetsResponse;
  3: MetadataModule.MetadataResponse;
  4: LeaderAndIsrModule.LeaderAndIsrResponse;
  5: StopReplicaModule.StopReplicaResponse;
  6: UpdateMetadataModule.UpdateMetadataResponse;
  7: ControlledShutdownModule.ControlledShutdownResponse;
  8: OffsetCommitModule.OffsetCommitResponse;
  9: OffsetFetchModule.OffsetFetchResponse;
  10: FindCoordinatorModule.FindCoordinatorResponse;
  11: JoinGroupModule.JoinGroupResponse;
  12: HeartbeatModule.HeartbeatResponse;
  13: LeaveGroupModule.LeaveGroupResponse;
  14: SyncGroupModule.SyncGroupResponse;
  15: DescribeGroupsModule.DescribeGroupsResponse;
  16: ListGroupsModule.ListGroupsResponse;
  17: SaslHandshakeModule.SaslHandshakeResponse;
  18: ApiVersionsModule.ApiVersionsResponse;
  19: CreateTopicsModule.CreateTopicsResponse;
  20: DeleteTopicsModule.DeleteTopicsResponse;
  21: DeleteRecordsModule.DeleteRecordsResponse;
  22: InitProducerIdModule.InitProducerIdResponse;
  23: OffsetForLeaderEpochModule.OffsetForLeaderEpochResponse;
  24: AddPartitionsToTxnModule.AddPartitionsToTxnResponse;
  25: AddOffsetsToTxnModule.AddOffsetsToTxnResponse;
  26: EndTxnModule.EndTxnResponse;
  27: WriteTxnMarkersModule.WriteTxnMarkersResponse;
  28: TxnOffsetCommitModule.TxnOffsetCommitResponse;
  29: DescribeAclsModule.DescribeAclsResponse;
  30: CreateAclsModule.CreateAclsResponse;
  31: DeleteAclsModule.DeleteAclsResponse;
  32: DescribeConfigsModule.DescribeConfigsResponse;
  33: AlterConfigsModule.AlterConfigsResponse;
  34: AlterReplicaLogDirsModule.AlterReplicaLogDirsResponse;
  35: DescribeLogDirsModule.DescribeLogDirsResponse;
  36: SaslAuthenticateModule.SaslAuthenticateResponse;
  37: CreatePartitionsModule.CreatePartitionsResponse;
  38: CreateDelegationTokenModule.CreateDelegationTokenResponse;
  39: RenewDelegationTokenModule.RenewDelegationTokenResponse;
  40: ExpireDelegationTokenModule.ExpireDelegationTokenResponse;
  41: DescribeDelegationTokenModule.DescribeDelegationTokenResponse;
  42: DeleteGroupsModule.DeleteGroupsResponse;
  43: ElectLeadersModule.ElectLeadersResponse;
  44: IncrementalAlterConfigsModule.IncrementalAlterConfigsResponse;
  45: AlterPartitionReassignmentsModule.AlterPartitionReassignmentsResponse;
  46: ListPartitionReassignmentsModule.ListPartitionReassignmentsResponse;
  47: OffsetDeleteModule.OffsetDeleteResponse;
  48: DescribeClientQuotasModule.DescribeClientQuotasResponse;
  49: AlterClientQuotasModule.AlterClientQuotasResponse;
  50: DescribeUserScramCredentialsModule.DescribeUserScramCredentialsResponse;
  51: AlterUserScramCredentialsModule.AlterUserScramCredentialsResponse;
  52: VoteModule.VoteResponse;
  53: BeginQuorumEpochModule.BeginQuorumEpochResponse;
  54: EndQuorumEpochModule.EndQuorumEpochResponse;
  55: DescribeQuorumModule.DescribeQuorumResponse;
  56: AlterPartitionModule.AlterPartitionResponse;
  57: UpdateFeaturesModule.UpdateFeaturesResponse;
  58: EnvelopeModule.EnvelopeResponse;
  59: FetchSnapshotModule.FetchSnapshotResponse;
  60: DescribeClusterModule.DescribeClusterResponse;
  61: DescribeProducersModule.DescribeProducersResponse;
  62: BrokerRegistrationModule.BrokerRegistrationResponse;
  63: BrokerHeartbeatModule.BrokerHeartbeatResponse;
  64: UnregisterBrokerModule.UnregisterBrokerResponse;
  65: DescribeTransactionsModule.DescribeTransactionsResponse;
  66: ListTransactionsModule.ListTransactionsResponse;
  67: AllocateProducerIdsModule.AllocateProducerIdsResponse;
  68: ConsumerGroupHeartbeatModule.ConsumerGroupHeartbeatResponse;
  69: ConsumerGroupDescribeModule.ConsumerGroupDescribeResponse;
  70: ControllerRegistrationModule.ControllerRegistrationResponse;
  71: GetTelemetrySubscriptionsModule.GetTelemetrySubscriptionsResponse;
  72: PushTelemetryModule.PushTelemetryResponse;
  73: AssignReplicasToDirsModule.AssignReplicasToDirsResponse;
  74: ListConfigResourcesModule.ListConfigResourcesResponse;
  75: DescribeTopicPartitionsModule.DescribeTopicPartitionsResponse;
  76: ShareGroupHeartbeatModule.ShareGroupHeartbeatResponse;
  77: ShareGroupDescribeModule.ShareGroupDescribeResponse;
  78: ShareFetchModule.ShareFetchResponse;
  79: ShareAcknowledgeModule.ShareAcknowledgeResponse;
  80: AddRaftVoterModule.AddRaftVoterResponse;
  81: RemoveRaftVoterModule.RemoveRaftVoterResponse;
  82: UpdateRaftVoterModule.UpdateRaftVoterResponse;
  83: InitializeShareGroupStateModule.InitializeShareGroupStateResponse;
  84: ReadShareGroupStateModule.ReadShareGroupStateResponse;
  85: WriteShareGroupStateModule.WriteShareGroupStateResponse;
  86: DeleteShareGroupStateModule.DeleteShareGroupStateResponse;
  87: ReadShareGroupStateSummaryModule.ReadShareGroupStateSummaryResponse;
  88: StreamsGroupHeartbeatModule.StreamsGroupHeartbeatResponse;
  89: StreamsGroupDescribeModule.StreamsGroupDescribeResponse;
  90: DescribeShareGroupOffsetsModule.DescribeShareGroupOffsetsResponse;
  91: AlterShareGroupOffsetsModule.AlterShareGroupOffsetsResponse;
  92: DeleteShareGroupOffsetsModule.DeleteShareGroupOffsetsResponse;
}
