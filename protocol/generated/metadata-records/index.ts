// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   *.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { MessageCodec } from '../../generator/runtime';
import { RegisterBrokerRecordCodec } from './register-broker-record';
import { UnregisterBrokerRecordCodec } from './unregister-broker-record';
import { TopicRecordCodec } from './topic-record';
import { PartitionRecordCodec } from './partition-record';
import { ConfigRecordCodec } from './config-record';
import { PartitionChangeRecordCodec } from './partition-change-record';
import { FenceBrokerRecordCodec } from './fence-broker-record';
import { UnfenceBrokerRecordCodec } from './unfence-broker-record';
import { RemoveTopicRecordCodec } from './remove-topic-record';
import { DelegationTokenRecordCodec } from './delegation-token-record';
import { UserScramCredentialRecordCodec } from './user-scram-credential-record';
import { FeatureLevelRecordCodec } from './feature-level-record';
import { ClientQuotaRecordCodec } from './client-quota-record';
import { ProducerIdsRecordCodec } from './producer-ids-record';
import { BrokerRegistrationChangeRecordCodec } from './broker-registration-change-record';
import { AccessControlEntryRecordCodec } from './access-control-entry-record';
import { RemoveAccessControlEntryRecordCodec } from './remove-access-control-entry-record';
import { NoOpRecordCodec } from './no-op-record';
import { ZkMigrationStateRecordCodec } from './zk-migration-state-record';
import { RemoveUserScramCredentialRecordCodec } from './remove-user-scram-credential-record';
import { BeginTransactionRecordCodec } from './begin-transaction-record';
import { EndTransactionRecordCodec } from './end-transaction-record';
import { AbortTransactionRecordCodec } from './abort-transaction-record';
import { RemoveDelegationTokenRecordCodec } from './remove-delegation-token-record';
import { RegisterControllerRecordCodec } from './register-controller-record';
import { ClearElrRecordCodec } from './clear-elr-record';
import { UnregisterControllerRecordCodec } from './unregister-controller-record';

export * from './register-broker-record';
export * from './unregister-broker-record';
export * from './topic-record';
export * from './partition-record';
export * from './config-record';
export * from './partition-change-record';
export * from './fence-broker-record';
export * from './unfence-broker-record';
export * from './remove-topic-record';
export * from './delegation-token-record';
export * from './user-scram-credential-record';
export * from './feature-level-record';
export * from './client-quota-record';
export * from './producer-ids-record';
export * from './broker-registration-change-record';
export * from './access-control-entry-record';
export * from './remove-access-control-entry-record';
export * from './no-op-record';
export * from './zk-migration-state-record';
export * from './remove-user-scram-credential-record';
export * from './begin-transaction-record';
export * from './end-transaction-record';
export * from './abort-transaction-record';
export * from './remove-delegation-token-record';
export * from './register-controller-record';
export * from './clear-elr-record';
export * from './unregister-controller-record';

/** Metadata record types (the schemas' apiKey), e.g. `METADATA_RECORD_TYPES.TopicRecord === 2`. */
export const METADATA_RECORD_TYPES = {
  RegisterBrokerRecord: 0,
  UnregisterBrokerRecord: 1,
  TopicRecord: 2,
  PartitionRecord: 3,
  ConfigRecord: 4,
  PartitionChangeRecord: 5,
  FenceBrokerRecord: 7,
  UnfenceBrokerRecord: 8,
  RemoveTopicRecord: 9,
  DelegationTokenRecord: 10,
  UserScramCredentialRecord: 11,
  FeatureLevelRecord: 12,
  ClientQuotaRecord: 14,
  ProducerIdsRecord: 15,
  BrokerRegistrationChangeRecord: 17,
  AccessControlEntryRecord: 18,
  RemoveAccessControlEntryRecord: 19,
  NoOpRecord: 20,
  ZkMigrationStateRecord: 21,
  RemoveUserScramCredentialRecord: 22,
  BeginTransactionRecord: 23,
  EndTransactionRecord: 24,
  AbortTransactionRecord: 25,
  RemoveDelegationTokenRecord: 26,
  RegisterControllerRecord: 27,
  ClearElrRecord: 28,
  UnregisterControllerRecord: 29,
} as const;

/** The codec of each metadata record type (undefined where Kafka has none). */
export const METADATA_RECORD_CODECS: ReadonlyArray<MessageCodec<unknown> | undefined> = [
  RegisterBrokerRecordCodec as MessageCodec<unknown>,
  UnregisterBrokerRecordCodec as MessageCodec<unknown>,
  TopicRecordCodec as MessageCodec<unknown>,
  PartitionRecordCodec as MessageCodec<unknown>,
  ConfigRecordCodec as MessageCodec<unknown>,
  PartitionChangeRecordCodec as MessageCodec<unknown>,
  undefined,
  FenceBrokerRecordCodec as MessageCodec<unknown>,
  UnfenceBrokerRecordCodec as MessageCodec<unknown>,
  RemoveTopicRecordCodec as MessageCodec<unknown>,
  DelegationTokenRecordCodec as MessageCodec<unknown>,
  UserScramCredentialRecordCodec as MessageCodec<unknown>,
  FeatureLevelRecordCodec as MessageCodec<unknown>,
  undefined,
  ClientQuotaRecordCodec as MessageCodec<unknown>,
  ProducerIdsRecordCodec as MessageCodec<unknown>,
  undefined,
  BrokerRegistrationChangeRecordCodec as MessageCodec<unknown>,
  AccessControlEntryRecordCodec as MessageCodec<unknown>,
  RemoveAccessControlEntryRecordCodec as MessageCodec<unknown>,
  NoOpRecordCodec as MessageCodec<unknown>,
  ZkMigrationStateRecordCodec as MessageCodec<unknown>,
  RemoveUserScramCredentialRecordCodec as MessageCodec<unknown>,
  BeginTransactionRecordCodec as MessageCodec<unknown>,
  EndTransactionRecordCodec as MessageCodec<unknown>,
  AbortTransactionRecordCodec as MessageCodec<unknown>,
  RemoveDelegationTokenRecordCodec as MessageCodec<unknown>,
  RegisterControllerRecordCodec as MessageCodec<unknown>,
  ClearElrRecordCodec as MessageCodec<unknown>,
  UnregisterControllerRecordCodec as MessageCodec<unknown>,
];
