// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   ApiVersionsRequest.json, ApiVersionsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, endTaggedField, unsupportedVersion, writeTaggedField } from '../generator/runtime';

/** ApiVersionsRequest (request, API key 18), versions 0-5. */
export interface ApiVersionsRequest {
  /** The name of the client. (versions 3+) */
  clientSoftwareName: string;
  /** The version of the client. (versions 3+) */
  clientSoftwareVersion: string;
  /** The cluster ID the client intends to connect to. Provide both ClusterId and NodeId, if known. (versions 5+, nullable 5+, default null) */
  clusterId: string | null;
  /** The node ID the client intends to connect to. Provide both ClusterId and NodeId, if known. (versions 5+, default -1) */
  nodeId: number;
}

/** A fresh ApiVersionsRequest with every field at its schema default. */
export function defaultApiVersionsRequest(): ApiVersionsRequest {
  return {
    clientSoftwareName: '',
    clientSoftwareVersion: '',
    clusterId: null,
    nodeId: -1,
  };
}

function readApiVersionsRequest(r: Reader, version: number): ApiVersionsRequest {
  r.field = 'ClientSoftwareName';
  const fClientSoftwareName: string = version >= 3 ? r.compactString() : '';
  r.field = 'ClientSoftwareVersion';
  const fClientSoftwareVersion: string = version >= 3 ? r.compactString() : '';
  r.field = 'ClusterId';
  const fClusterId: string | null = version >= 5 ? r.compactNullableString() : null;
  r.field = 'NodeId';
  const fNodeId: number = version >= 5 ? r.int32() : -1;
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    clientSoftwareName: fClientSoftwareName,
    clientSoftwareVersion: fClientSoftwareVersion,
    clusterId: fClusterId,
    nodeId: fNodeId,
  };
}

function writeApiVersionsRequest(w: Writer, version: number, v: ApiVersionsRequest): void {
  if (version >= 3) {
    w.compactString(v.clientSoftwareName);
  }
  if (version >= 3) {
    w.compactString(v.clientSoftwareVersion);
  }
  if (version >= 5) {
    w.compactNullableString(v.clusterId);
  }
  if (version >= 5) {
    w.int32(v.nodeId);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const ApiVersionsRequestCodec: MessageCodec<ApiVersionsRequest> = {
  name: 'ApiVersionsRequest',
  apiKey: 18,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  decode(r: Reader, version: number): ApiVersionsRequest {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultApiVersionsRequest();
    }
    return readApiVersionsRequest(r, version);
  },
  encode(w: Writer, version: number, value: ApiVersionsRequest): void {
    if (version < 0 || version > 5) unsupportedVersion('ApiVersionsRequest', version, 0, 5);
    writeApiVersionsRequest(w, version, value);
  },
  defaults: defaultApiVersionsRequest,
};

/** ApiVersionsResponse (response, API key 18), versions 0-5. */
export interface ApiVersionsResponse {
  /** The top-level error code. (versions 0+) */
  errorCode: number;
  /** The APIs supported by the broker. (versions 0+) */
  apiKeys: ApiVersionsResponseApiVersion[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (versions 3+, tag 0 in 3+) */
  supportedFeatures: ApiVersionsResponseSupportedFeatureKey[];
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. (versions 3+, tag 1 in 3+, default -1) */
  finalizedFeaturesEpoch: bigint;
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. (versions 3+, tag 2 in 3+) */
  finalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[];
  /** Set by a KRaft controller if the required configurations for ZK migration are present. (versions 3+, tag 3 in 3+, default false) */
  zkMigrationReady: boolean;
}

/** ApiVersionsResponse ApiVersion, versions 0-5. */
export interface ApiVersionsResponseApiVersion {
  /** The API index. (versions 0+) */
  apiKey: number;
  /** The minimum supported version, inclusive. (versions 0+) */
  minVersion: number;
  /** The maximum supported version, inclusive. (versions 0+) */
  maxVersion: number;
}

/** ApiVersionsResponse SupportedFeatureKey, versions 3-5. */
export interface ApiVersionsResponseSupportedFeatureKey {
  /** The name of the feature. (versions 3+) */
  name: string;
  /** The minimum supported version for the feature. (versions 3+) */
  minVersion: number;
  /** The maximum supported version for the feature. (versions 3+) */
  maxVersion: number;
}

/** ApiVersionsResponse FinalizedFeatureKey, versions 3-5. */
export interface ApiVersionsResponseFinalizedFeatureKey {
  /** The name of the feature. (versions 3+) */
  name: string;
  /** The cluster-wide finalized max version level for the feature. (versions 3+) */
  maxVersionLevel: number;
  /** The cluster-wide finalized min version level for the feature. (versions 3+) */
  minVersionLevel: number;
}

/** A fresh ApiVersionsResponse with every field at its schema default. */
export function defaultApiVersionsResponse(): ApiVersionsResponse {
  return {
    errorCode: 0,
    apiKeys: [],
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
}

/** A fresh ApiVersionsResponseApiVersion with every field at its schema default. */
export function defaultApiVersionsResponseApiVersion(): ApiVersionsResponseApiVersion {
  return {
    apiKey: 0,
    minVersion: 0,
    maxVersion: 0,
  };
}

/** A fresh ApiVersionsResponseSupportedFeatureKey with every field at its schema default. */
export function defaultApiVersionsResponseSupportedFeatureKey(): ApiVersionsResponseSupportedFeatureKey {
  return {
    name: '',
    minVersion: 0,
    maxVersion: 0,
  };
}

/** A fresh ApiVersionsResponseFinalizedFeatureKey with every field at its schema default. */
export function defaultApiVersionsResponseFinalizedFeatureKey(): ApiVersionsResponseFinalizedFeatureKey {
  return {
    name: '',
    maxVersionLevel: 0,
    minVersionLevel: 0,
  };
}

function readApiVersionsResponse_ApiKeys(r: Reader, version: number): ApiVersionsResponseApiVersion[] {
  const n = version >= 3 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ApiVersionsResponseApiVersion[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readApiVersionsResponseApiVersion(r, version));
  return items;
}

function readApiVersionsResponse_SupportedFeatures(r: Reader, version: number): ApiVersionsResponseSupportedFeatureKey[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ApiVersionsResponseSupportedFeatureKey[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readApiVersionsResponseSupportedFeatureKey(r, version));
  return items;
}

function readApiVersionsResponse_FinalizedFeatures(r: Reader, version: number): ApiVersionsResponseFinalizedFeatureKey[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ApiVersionsResponseFinalizedFeatureKey[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readApiVersionsResponseFinalizedFeatureKey(r, version));
  return items;
}

function readApiVersionsResponse(r: Reader, version: number): ApiVersionsResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ApiKeys';
  const fApiKeys: ApiVersionsResponseApiVersion[] = readApiVersionsResponse_ApiKeys(r, version);
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 1 ? r.int32() : 0;
  let fSupportedFeatures: ApiVersionsResponseSupportedFeatureKey[] = [];
  let fFinalizedFeaturesEpoch: bigint = -1n;
  let fFinalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[] = [];
  let fZkMigrationReady: boolean = false;
  if (version >= 3) {
    r.field = '_tagged_fields';
    const tagCount = r.uvarint();
    for (let i = 0; i < tagCount && !r.failed; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      switch (tag) {
        case 0: {
          r.field = 'SupportedFeatures';
          const end = r.pos + size;
          fSupportedFeatures = readApiVersionsResponse_SupportedFeatures(r, version);
          endTaggedField(r, end);
          break;
        }
        case 1: {
          r.field = 'FinalizedFeaturesEpoch';
          const end = r.pos + size;
          fFinalizedFeaturesEpoch = r.int64();
          endTaggedField(r, end);
          break;
        }
        case 2: {
          r.field = 'FinalizedFeatures';
          const end = r.pos + size;
          fFinalizedFeatures = readApiVersionsResponse_FinalizedFeatures(r, version);
          endTaggedField(r, end);
          break;
        }
        case 3: {
          r.field = 'ZkMigrationReady';
          const end = r.pos + size;
          fZkMigrationReady = r.bool();
          endTaggedField(r, end);
          break;
        }
        default:
          r.skip(size);
      }
    }
  }
  return {
    errorCode: fErrorCode,
    apiKeys: fApiKeys,
    throttleTimeMs: fThrottleTimeMs,
    supportedFeatures: fSupportedFeatures,
    finalizedFeaturesEpoch: fFinalizedFeaturesEpoch,
    finalizedFeatures: fFinalizedFeatures,
    zkMigrationReady: fZkMigrationReady,
  };
}

function readApiVersionsResponseApiVersion(r: Reader, version: number): ApiVersionsResponseApiVersion {
  r.field = 'ApiKeys.ApiKey';
  const fApiKey: number = r.int16();
  r.field = 'ApiKeys.MinVersion';
  const fMinVersion: number = r.int16();
  r.field = 'ApiKeys.MaxVersion';
  const fMaxVersion: number = r.int16();
  if (version >= 3) {
    r.field = 'ApiKeys._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    apiKey: fApiKey,
    minVersion: fMinVersion,
    maxVersion: fMaxVersion,
  };
}

function readApiVersionsResponseSupportedFeatureKey(r: Reader, _version: number): ApiVersionsResponseSupportedFeatureKey {
  r.field = 'SupportedFeatures.Name';
  const fName: string = r.compactString();
  r.field = 'SupportedFeatures.MinVersion';
  const fMinVersion: number = r.int16();
  r.field = 'SupportedFeatures.MaxVersion';
  const fMaxVersion: number = r.int16();
  r.field = 'SupportedFeatures._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    minVersion: fMinVersion,
    maxVersion: fMaxVersion,
  };
}

function readApiVersionsResponseFinalizedFeatureKey(r: Reader, _version: number): ApiVersionsResponseFinalizedFeatureKey {
  r.field = 'FinalizedFeatures.Name';
  const fName: string = r.compactString();
  r.field = 'FinalizedFeatures.MaxVersionLevel';
  const fMaxVersionLevel: number = r.int16();
  r.field = 'FinalizedFeatures.MinVersionLevel';
  const fMinVersionLevel: number = r.int16();
  r.field = 'FinalizedFeatures._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    maxVersionLevel: fMaxVersionLevel,
    minVersionLevel: fMinVersionLevel,
  };
}

function writeApiVersionsResponse_ApiKeys(w: Writer, version: number, items: ApiVersionsResponseApiVersion[]): void {
  version >= 3 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeApiVersionsResponseApiVersion(w, version, item);
}

function writeApiVersionsResponse_SupportedFeatures(w: Writer, version: number, items: ApiVersionsResponseSupportedFeatureKey[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeApiVersionsResponseSupportedFeatureKey(w, version, item);
}

function writeApiVersionsResponse_FinalizedFeatures(w: Writer, version: number, items: ApiVersionsResponseFinalizedFeatureKey[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeApiVersionsResponseFinalizedFeatureKey(w, version, item);
}

function writeApiVersionsResponse(w: Writer, version: number, v: ApiVersionsResponse): void {
  w.int16(v.errorCode);
  writeApiVersionsResponse_ApiKeys(w, version, v.apiKeys);
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  if (version >= 3) {
    const writeSupportedFeatures = v.supportedFeatures.length !== 0;
    const writeFinalizedFeaturesEpoch = v.finalizedFeaturesEpoch !== -1n;
    const writeFinalizedFeatures = v.finalizedFeatures.length !== 0;
    const writeZkMigrationReady = v.zkMigrationReady !== false;
    w.uvarint((writeSupportedFeatures ? 1 : 0) + (writeFinalizedFeaturesEpoch ? 1 : 0) + (writeFinalizedFeatures ? 1 : 0) + (writeZkMigrationReady ? 1 : 0));
    if (writeSupportedFeatures) {
      writeTaggedField(w, 0, (w) => {
        writeApiVersionsResponse_SupportedFeatures(w, version, v.supportedFeatures);
      });
    }
    if (writeFinalizedFeaturesEpoch) {
      w.uvarint(1).uvarint(8);
      w.int64(v.finalizedFeaturesEpoch);
    }
    if (writeFinalizedFeatures) {
      writeTaggedField(w, 2, (w) => {
        writeApiVersionsResponse_FinalizedFeatures(w, version, v.finalizedFeatures);
      });
    }
    if (writeZkMigrationReady) {
      w.uvarint(3).uvarint(1);
      w.bool(v.zkMigrationReady);
    }
  }
}

function writeApiVersionsResponseApiVersion(w: Writer, version: number, v: ApiVersionsResponseApiVersion): void {
  w.int16(v.apiKey);
  w.int16(v.minVersion);
  w.int16(v.maxVersion);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeApiVersionsResponseSupportedFeatureKey(w: Writer, _version: number, v: ApiVersionsResponseSupportedFeatureKey): void {
  w.compactString(v.name);
  w.int16(v.minVersion);
  w.int16(v.maxVersion);
  w.uvarint(0);
}

function writeApiVersionsResponseFinalizedFeatureKey(w: Writer, _version: number, v: ApiVersionsResponseFinalizedFeatureKey): void {
  w.compactString(v.name);
  w.int16(v.maxVersionLevel);
  w.int16(v.minVersionLevel);
  w.uvarint(0);
}

export const ApiVersionsResponseCodec: MessageCodec<ApiVersionsResponse> = {
  name: 'ApiVersionsResponse',
  apiKey: 18,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  decode(r: Reader, version: number): ApiVersionsResponse {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultApiVersionsResponse();
    }
    return readApiVersionsResponse(r, version);
  },
  encode(w: Writer, version: number, value: ApiVersionsResponse): void {
    if (version < 0 || version > 5) unsupportedVersion('ApiVersionsResponse', version, 0, 5);
    writeApiVersionsResponse(w, version, value);
  },
  defaults: defaultApiVersionsResponse,
};
