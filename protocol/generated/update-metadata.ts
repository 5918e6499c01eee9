// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   UpdateMetadataRequest.json, UpdateMetadataResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion } from '../generator/runtime';

/** UpdateMetadataRequest (request, API key 6), versions 0-8. */
export interface UpdateMetadataRequest {
  /** The controller id. (versions 0+) */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 (versions 8+, default false) */
  isKRaftController: boolean;
  /** Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866 (versions 8+, tag 0 in 8+, default 0) */
  type: number;
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number;
  /** The broker epoch. (versions 5+, default -1) */
  brokerEpoch: bigint;
  /** In older versions of this RPC, each partition that we would like to update. (versions 0-4) */
  ungroupedPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
  /** In newer versions of this RPC, each topic that we would like to update. (versions 5+) */
  topicStates: UpdateMetadataRequestUpdateMetadataTopicState[];
  /** (versions 0+) */
  liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[];
}

/** UpdateMetadataRequest UpdateMetadataTopicState, versions 5-8. */
export interface UpdateMetadataRequestUpdateMetadataTopicState {
  /** The topic name. (versions 5+) */
  topicName: string;
  /** The topic id. (versions 7+) */
  topicId: string;
  /** The partition that we would like to update. (versions 5+) */
  partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
}

/** UpdateMetadataRequest UpdateMetadataBroker, versions 0-8. */
export interface UpdateMetadataRequestUpdateMetadataBroker {
  /** The broker id. (versions 0+) */
  id: number;
  /** The broker hostname. (versions 0) */
  v0Host: string;
  /** The broker port. (versions 0) */
  v0Port: number;
  /** The broker endpoints. (versions 1+) */
  endpoints: UpdateMetadataRequestUpdateMetadataEndpoint[];
  /** The rack which this broker belongs to. (versions 2+, nullable 0+) */
  rack: string | null;
}

/** UpdateMetadataRequest UpdateMetadataEndpoint, versions 1-8. */
export interface UpdateMetadataRequestUpdateMetadataEndpoint {
  /** The port of this endpoint (versions 1+) */
  port: number;
  /** The hostname of this endpoint (versions 1+) */
  host: string;
  /** The listener name. (versions 3+) */
  listener: string;
  /** The security protocol type. (versions 1+) */
  securityProtocol: number;
}

/** UpdateMetadataRequest UpdateMetadataPartitionState, versions 0-8. */
export interface UpdateMetadataRequestUpdateMetadataPartitionState {
  /** In older versions of this RPC, the topic name. (versions 0-4) */
  topicName: string;
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number;
  /** The ID of the broker which is the current partition leader. (versions 0+) */
  leader: number;
  /** The leader epoch of this partition. (versions 0+) */
  leaderEpoch: number;
  /** The brokers which are in the ISR for this partition. (versions 0+) */
  isr: number[];
  /** The Zookeeper version. (versions 0+) */
  zkVersion: number;
  /** All the replicas of this partition. (versions 0+) */
  replicas: number[];
  /** The replicas of this partition which are offline. (versions 4+) */
  offlineReplicas: number[];
}

/** A fresh UpdateMetadataRequest with every field at its schema default. */
export function defaultUpdateMetadataRequest(): UpdateMetadataRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    type: 0,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveBrokers: [],
  };
}

/** A fresh UpdateMetadataRequestUpdateMetadataTopicState with every field at its schema default. */
export function defaultUpdateMetadataRequestUpdateMetadataTopicState(): UpdateMetadataRequestUpdateMetadataTopicState {
  return {
    topicName: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitionStates: [],
  };
}

/** A fresh UpdateMetadataRequestUpdateMetadataBroker with every field at its schema default. */
export function defaultUpdateMetadataRequestUpdateMetadataBroker(): UpdateMetadataRequestUpdateMetadataBroker {
  return {
    id: 0,
    v0Host: '',
    v0Port: 0,
    endpoints: [],
    rack: '',
  };
}

/** A fresh UpdateMetadataRequestUpdateMetadataEndpoint with every field at its schema default. */
export function defaultUpdateMetadataRequestUpdateMetadataEndpoint(): UpdateMetadataRequestUpdateMetadataEndpoint {
  return {
    port: 0,
    host: '',
    listener: '',
    securityProtocol: 0,
  };
}

/** A fresh UpdateMetadataRequestUpdateMetadataPartitionState with every field at its schema default. */
export function defaultUpdateMetadataRequestUpdateMetadataPartitionState(): UpdateMetadataRequestUpdateMetadataPartitionState {
  return {
    topicName: '',
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0,
    leaderEpoch: 0,
    isr: [],
    zkVersion: 0,
    replicas: [],
    offlineReplicas: [],
  };
}

function readUpdateMetadataRequest_UngroupedPartitionStates(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataPartitionState[] {
  const n = r.arrayLength(30);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readUpdateMetadataRequestUpdateMetadataPartitionState(r, version));
  return items;
}

function readUpdateMetadataRequest_TopicStates(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataTopicState[] {
  const n = version >= 6 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: UpdateMetadataRequestUpdateMetadataTopicState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readUpdateMetadataRequestUpdateMetadataTopicState(r, version));
  return items;
}

function readUpdateMetadataRequest_LiveBrokers(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataBroker[] {
  const n = version >= 6 ? r.compactArrayLength(7) : r.arrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readUpdateMetadataRequestUpdateMetadataBroker(r, version));
  return items;
}

function readUpdateMetadataRequest(r: Reader, version: number): UpdateMetadataRequest {
  r.field = 'ControllerId';
  const fControllerId: number = r.int32();
  r.field = 'isKRaftController';
  const fisKRaftController: boolean = version >= 8 ? r.bool() : false;
  let fType: number = 0;
  r.field = 'ControllerEpoch';
  const fControllerEpoch: number = r.int32();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = version >= 5 ? r.int64() : -1n;
  r.field = 'UngroupedPartitionStates';
  const fUngroupedPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[] = version <= 4 ? readUpdateMetadataRequest_UngroupedPartitionStates(r, version) : [];
  r.field = 'TopicStates';
  const fTopicStates: UpdateMetadataRequestUpdateMetadataTopicState[] = version >= 5 ? readUpdateMetadataRequest_TopicStates(r, version) : [];
  r.field = 'LiveBrokers';
  const fLiveBrokers: UpdateMetadataRequestUpdateMetadataBroker[] = readUpdateMetadataRequest_LiveBrokers(r, version);
  if (version >= 6) {
    r.field = '_tagged_fields';
    const tagCount = r.uvarint();
    for (let i = 0; i < tagCount && !r.failed; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      switch (tag) {
        case 0: {
          if (version >= 8) {
            r.field = 'Type';
            const end = r.pos + size;
            fType = r.int8();
            endTaggedField(r, end);
          } else {
            r.skip(size);
          }
          break;
        }
        default:
          r.skip(size);
      }
    }
  }
  return {
    controllerId: fControllerId,
    isKRaftController: fisKRaftController,
    type: fType,
    controllerEpoch: fControllerEpoch,
    brokerEpoch: fBrokerEpoch,
    ungroupedPartitionStates: fUngroupedPartitionStates,
    topicStates: fTopicStates,
    liveBrokers: fLiveBrokers,
  };
}

function readUpdateMetadataRequestUpdateMetadataTopicState_PartitionStates(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataPartitionState[] {
  const n = version >= 6 ? r.compactArrayLength(24) : r.arrayLength(24);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readUpdateMetadataRequestUpdateMetadataPartitionState(r, version));
  return items;
}

function readUpdateMetadataRequestUpdateMetadataTopicState(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataTopicState {
  r.field = 'TopicStates.TopicName';
  const fTopicName: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'TopicStates.TopicId';
  const fTopicId: string = version >= 7 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'TopicStates.PartitionStates';
  const fPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[] = readUpdateMetadataRequestUpdateMetadataTopicState_PartitionStates(r, version);
  if (version >= 6) {
    r.field = 'TopicStates._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    topicId: fTopicId,
    partitionStates: fPartitionStates,
  };
}

function readUpdateMetadataRequestUpdateMetadataBroker_Endpoints(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataEndpoint[] {
  const n = version >= 6 ? r.compactArrayLength(8) : r.arrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: UpdateMetadataRequestUpdateMetadataEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readUpdateMetadataRequestUpdateMetadataEndpoint(r, version));
  return items;
}

function readUpdateMetadataRequestUpdateMetadataBroker(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataBroker {
  r.field = 'LiveBrokers.Id';
  const fId: number = r.int32();
  r.field = 'LiveBrokers.V0Host';
  const fV0Host: string = version <= 0 ? r.string() : '';
  r.field = 'LiveBrokers.V0Port';
  const fV0Port: number = version <= 0 ? r.int32() : 0;
  r.field = 'LiveBrokers.Endpoints';
  const fEndpoints: UpdateMetadataRequestUpdateMetadataEndpoint[] = version >= 1 ? readUpdateMetadataRequestUpdateMetadataBroker_Endpoints(r, version) : [];
  r.field = 'LiveBrokers.Rack';
  const fRack: string | null = version >= 2 ? (version >= 6 ? r.compactNullableString() : r.nullableString()) : '';
  if (version >= 6) {
    r.field = 'LiveBrokers._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    id: fId,
    v0Host: fV0Host,
    v0Port: fV0Port,
    endpoints: fEndpoints,
    rack: fRack,
  };
}

function readUpdateMetadataRequestUpdateMetadataEndpoint(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataEndpoint {
  r.field = 'LiveBrokers.Endpoints.Port';
  const fPort: number = r.int32();
  r.field = 'LiveBrokers.Endpoints.Host';
  const fHost: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'LiveBrokers.Endpoints.Listener';
  const fListener: string = version >= 3 ? (version >= 6 ? r.compactString() : r.string()) : '';
  r.field = 'LiveBrokers.Endpoints.SecurityProtocol';
  const fSecurityProtocol: number = r.int16();
  if (version >= 6) {
    r.field = 'LiveBrokers.Endpoints._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    port: fPort,
    host: fHost,
    listener: fListener,
    securityProtocol: fSecurityProtocol,
  };
}

function readUpdateMetadataRequestUpdateMetadataPartitionState_Isr(r: Reader, version: number): number[] {
  const n = version >= 6 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readUpdateMetadataRequestUpdateMetadataPartitionState_Replicas(r: Reader, version: number): number[] {
  const n = version >= 6 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readUpdateMetadataRequestUpdateMetadataPartitionState_OfflineReplicas(r: Reader, version: number): number[] {
  const n = version >= 6 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readUpdateMetadataRequestUpdateMetadataPartitionState(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataPartitionState {
  r.field = 'UpdateMetadataPartitionState.TopicName';
  const fTopicName: string = version <= 4 ? r.string() : '';
  r.field = 'UpdateMetadataPartitionState.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'UpdateMetadataPartitionState.ControllerEpoch';
  const fControllerEpoch: number = r.int32();
  r.field = 'UpdateMetadataPartitionState.Leader';
  const fLeader: number = r.int32();
  r.field = 'UpdateMetadataPartitionState.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'UpdateMetadataPartitionState.Isr';
  const fIsr: number[] = readUpdateMetadataRequestUpdateMetadataPartitionState_Isr(r, version);
  r.field = 'UpdateMetadataPartitionState.ZkVersion';
  const fZkVersion: number = r.int32();
  r.field = 'UpdateMetadataPartitionState.Replicas';
  const fReplicas: number[] = readUpdateMetadataRequestUpdateMetadataPartitionState_Replicas(r, version);
  r.field = 'UpdateMetadataPartitionState.OfflineReplicas';
  const fOfflineReplicas: number[] = version >= 4 ? readUpdateMetadataRequestUpdateMetadataPartitionState_OfflineReplicas(r, version) : [];
  if (version >= 6) {
    r.field = 'UpdateMetadataPartitionState._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    partitionIndex: fPartitionIndex,
    controllerEpoch: fControllerEpoch,
    leader: fLeader,
    leaderEpoch: fLeaderEpoch,
    isr: fIsr,
    zkVersion: fZkVersion,
    replicas: fReplicas,
    offlineReplicas: fOfflineReplicas,
  };
}

function writeUpdateMetadataRequest_UngroupedPartitionStates(w: Writer, version: number, items: UpdateMetadataRequestUpdateMetadataPartitionState[]): void {
  w.int32(items.length);
  for (const item of items) writeUpdateMetadataRequestUpdateMetadataPartitionState(w, version, item);
}

function writeUpdateMetadataRequest_TopicStates(w: Writer, version: number, items: UpdateMetadataRequestUpdateMetadataTopicState[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeUpdateMetadataRequestUpdateMetadataTopicState(w, version, item);
}

function writeUpdateMetadataRequest_LiveBrokers(w: Writer, version: number, items: UpdateMetadataRequestUpdateMetadataBroker[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeUpdateMetadataRequestUpdateMetadataBroker(w, version, item);
}

function writeUpdateMetadataRequest(w: Writer, version: number, v: UpdateMetadataRequest): void {
  w.int32(v.controllerId);
  if (version >= 8) {
    w.bool(v.isKRaftController);
  } else if (v.isKRaftController !== false) {
    notInVersion('UpdateMetadataRequest', version, 'isKRaftController');
  }
  if (!(version >= 8) && v.type !== 0) notInVersion('UpdateMetadataRequest', version, 'Type');
  w.int32(v.controllerEpoch);
  if (version >= 5) {
    w.int64(v.brokerEpoch);
  }
  if (version <= 4) {
    writeUpdateMetadataRequest_UngroupedPartitionStates(w, version, v.ungroupedPartitionStates);
  } else if (v.ungroupedPartitionStates.length !== 0) {
    notInVersion('UpdateMetadataRequest', version, 'UngroupedPartitionStates');
  }
  if (version >= 5) {
    writeUpdateMetadataRequest_TopicStates(w, version, v.topicStates);
  } else if (v.topicStates.length !== 0) {
    notInVersion('UpdateMetadataRequest', version, 'TopicStates');
  }
  writeUpdateMetadataRequest_LiveBrokers(w, version, v.liveBrokers);
  if (version >= 6) {
    const writeType = version >= 8 && v.type !== 0;
    w.uvarint((writeType ? 1 : 0));
    if (writeType) {
      w.uvarint(0).uvarint(1);
      w.int8(v.type);
    }
  }
}

function writeUpdateMetadataRequestUpdateMetadataTopicState_PartitionStates(w: Writer, version: number, items: UpdateMetadataRequestUpdateMetadataPartitionState[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeUpdateMetadataRequestUpdateMetadataPartitionState(w, version, item);
}

function writeUpdateMetadataRequestUpdateMetadataTopicState(w: Writer, version: number, v: UpdateMetadataRequestUpdateMetadataTopicState): void {
  version >= 6 ? w.compactString(v.topicName) : w.string(v.topicName);
  if (version >= 7) {
    w.uuid(v.topicId);
  }
  writeUpdateMetadataRequestUpdateMetadataTopicState_PartitionStates(w, version, v.partitionStates);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeUpdateMetadataRequestUpdateMetadataBroker_Endpoints(w: Writer, version: number, items: UpdateMetadataRequestUpdateMetadataEndpoint[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeUpdateMetadataRequestUpdateMetadataEndpoint(w, version, item);
}

function writeUpdateMetadataRequestUpdateMetadataBroker(w: Writer, version: number, v: UpdateMetadataRequestUpdateMetadataBroker): void {
  w.int32(v.id);
  if (version <= 0) {
    w.string(v.v0Host);
  }
  if (version <= 0) {
    w.int32(v.v0Port);
  }
  if (version >= 1) {
    writeUpdateMetadataRequestUpdateMetadataBroker_Endpoints(w, version, v.endpoints);
  }
  if (version >= 2) {
    version >= 6 ? w.compactNullableString(v.rack) : w.nullableString(v.rack);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeUpdateMetadataRequestUpdateMetadataEndpoint(w: Writer, version: number, v: UpdateMetadataRequestUpdateMetadataEndpoint): void {
  w.int32(v.port);
  version >= 6 ? w.compactString(v.host) : w.string(v.host);
  if (version >= 3) {
    version >= 6 ? w.compactString(v.listener) : w.string(v.listener);
  }
  w.int16(v.securityProtocol);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeUpdateMetadataRequestUpdateMetadataPartitionState_Isr(w: Writer, version: number, items: number[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeUpdateMetadataRequestUpdateMetadataPartitionState_Replicas(w: Writer, version: number, items: number[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeUpdateMetadataRequestUpdateMetadataPartitionState_OfflineReplicas(w: Writer, version: number, items: number[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeUpdateMetadataRequestUpdateMetadataPartitionState(w: Writer, version: number, v: UpdateMetadataRequestUpdateMetadataPartitionState): void {
  if (version <= 4) {
    w.string(v.topicName);
  }
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  writeUpdateMetadataRequestUpdateMetadataPartitionState_Isr(w, version, v.isr);
  w.int32(v.zkVersion);
  writeUpdateMetadataRequestUpdateMetadataPartitionState_Replicas(w, version, v.replicas);
  if (version >= 4) {
    writeUpdateMetadataRequestUpdateMetadataPartitionState_OfflineReplicas(w, version, v.offlineReplicas);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

export const UpdateMetadataRequestCodec: MessageCodec<UpdateMetadataRequest> = {
  name: 'UpdateMetadataRequest',
  apiKey: 6,
  minVersion: 0,
  maxVersion: 8,
  flexibleFrom: 6,
  decode(r: Reader, version: number): UpdateMetadataRequest {
    if (version < 0 || version > 8) {
      r.fail(`unsupported version ${version}`);
      return defaultUpdateMetadataRequest();
    }
    return readUpdateMetadataRequest(r, version);
  },
  encode(w: Writer, version: number, value: UpdateMetadataRequest): void {
    if (version < 0 || version > 8) unsupportedVersion('UpdateMetadataRequest', version, 0, 8);
    writeUpdateMetadataRequest(w, version, value);
  },
  defaults: defaultUpdateMetadataRequest,
};

/** UpdateMetadataResponse (response, API key 6), versions 0-8. */
export interface UpdateMetadataResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

/** A fresh UpdateMetadataResponse with every field at its schema default. */
export function defaultUpdateMetadataResponse(): UpdateMetadataResponse {
  return {
    errorCode: 0,
  };
}

function readUpdateMetadataResponse(r: Reader, version: number): UpdateMetadataResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 6) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
  };
}

function writeUpdateMetadataResponse(w: Writer, version: number, v: UpdateMetadataResponse): void {
  w.int16(v.errorCode);
  if (version >= 6) {
    w.uvarint(0);
  }
}

export const UpdateMetadataResponseCodec: MessageCodec<UpdateMetadataResponse> = {
  name: 'UpdateMetadataResponse',
  apiKey: 6,
  minVersion: 0,
  maxVersion: 8,
  flexibleFrom: 6,
  decode(r: Reader, version: number): UpdateMetadataResponse {
    if (version < 0 || version > 8) {
      r.fail(`unsupported version ${version}`);
      return defaultUpdateMetadataResponse();
    }
    return readUpdateMetadataResponse(r, version);
  },
  encode(w: Writer, version: number, value: UpdateMetadataResponse): void {
    if (version < 0 || version > 8) unsupportedVersion('UpdateMetadataResponse', version, 0, 8);
    writeUpdateMetadataResponse(w, version, value);
  },
  defaults: defaultUpdateMetadataResponse,
};
