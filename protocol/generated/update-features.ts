// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   UpdateFeaturesRequest.json, UpdateFeaturesResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** UpdateFeaturesRequest (request, API key 57), versions 0-2. */
export interface UpdateFeaturesRequest {
  /** How long to wait in milliseconds before timing out the request. (versions 0+, default 60000) */
  timeoutMs: number;
  /** The list of updates to finalized features. (versions 0+) */
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  /** True if we should validate the request, but not perform the upgrade or downgrade. (versions 1+, default false) */
  validateOnly: boolean;
}

/** UpdateFeaturesRequest FeatureUpdateKey, versions 0-2. */
export interface UpdateFeaturesRequestFeatureUpdateKey {
  /** The name of the finalized feature to be updated. (versions 0+) */
  feature: string;
  /** The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature. (versions 0+) */
  maxVersionLevel: number;
  /** DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level. (versions 0) */
  allowDowngrade: boolean;
  /** Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). (versions 1+, default 1) */
  upgradeType: number;
}

/** A fresh UpdateFeaturesRequest with every field at its schema default. */
export function defaultUpdateFeaturesRequest(): UpdateFeaturesRequest {
  return {
    timeoutMs: 60000,
    featureUpdates: [],
    validateOnly: false,
  };
}

/** A fresh UpdateFeaturesRequestFeatureUpdateKey with every field at its schema default. */
export function defaultUpdateFeaturesRequestFeatureUpdateKey(): UpdateFeaturesRequestFeatureUpdateKey {
  return {
    feature: '',
    maxVersionLevel: 0,
    allowDowngrade: false,
    upgradeType: 1,
  };
}

function readUpdateFeaturesRequest_FeatureUpdates(r: Reader, version: number): UpdateFeaturesRequestFeatureUpdateKey[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: UpdateFeaturesRequestFeatureUpdateKey[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readUpdateFeaturesRequestFeatureUpdateKey(r, version));
  return items;
}

function readUpdateFeaturesRequest(r: Reader, version: number): UpdateFeaturesRequest {
  r.field = 'timeoutMs';
  const ftimeoutMs: number = r.int32();
  r.field = 'FeatureUpdates';
  const fFeatureUpdates: UpdateFeaturesRequestFeatureUpdateKey[] = readUpdateFeaturesRequest_FeatureUpdates(r, version);
  r.field = 'ValidateOnly';
  const fValidateOnly: boolean = version >= 1 ? r.bool() : false;
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    timeoutMs: ftimeoutMs,
    featureUpdates: fFeatureUpdates,
    validateOnly: fValidateOnly,
  };
}

function readUpdateFeaturesRequestFeatureUpdateKey(r: Reader, version: number): UpdateFeaturesRequestFeatureUpdateKey {
  r.field = 'FeatureUpdates.Feature';
  const fFeature: string = r.compactString();
  r.field = 'FeatureUpdates.MaxVersionLevel';
  const fMaxVersionLevel: number = r.int16();
  r.field = 'FeatureUpdates.AllowDowngrade';
  const fAllowDowngrade: boolean = version <= 0 ? r.bool() : false;
  r.field = 'FeatureUpdates.UpgradeType';
  const fUpgradeType: number = version >= 1 ? r.int8() : 1;
  r.field = 'FeatureUpdates._tagged_fields';
  r.skipTaggedFields();
  return {
    feature: fFeature,
    maxVersionLevel: fMaxVersionLevel,
    allowDowngrade: fAllowDowngrade,
    upgradeType: fUpgradeType,
  };
}

function writeUpdateFeaturesRequest_FeatureUpdates(w: Writer, version: number, items: UpdateFeaturesRequestFeatureUpdateKey[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeUpdateFeaturesRequestFeatureUpdateKey(w, version, item);
}

function writeUpdateFeaturesRequest(w: Writer, version: number, v: UpdateFeaturesRequest): void {
  w.int32(v.timeoutMs);
  writeUpdateFeaturesRequest_FeatureUpdates(w, version, v.featureUpdates);
  if (version >= 1) {
    w.bool(v.validateOnly);
  } else if (v.validateOnly !== false) {
    notInVersion('UpdateFeaturesRequest', version, 'ValidateOnly');
  }
  w.uvarint(0);
}

function writeUpdateFeaturesRequestFeatureUpdateKey(w: Writer, version: number, v: UpdateFeaturesRequestFeatureUpdateKey): void {
  w.compactString(v.feature);
  w.int16(v.maxVersionLevel);
  if (version <= 0) {
    w.bool(v.allowDowngrade);
  } else if (v.allowDowngrade !== false) {
    notInVersion('UpdateFeaturesRequest', version, 'FeatureUpdates.AllowDowngrade');
  }
  if (version >= 1) {
    w.int8(v.upgradeType);
  } else if (v.upgradeType !== 1) {
    notInVersion('UpdateFeaturesRequest', version, 'FeatureUpdates.UpgradeType');
  }
  w.uvarint(0);
}

export const UpdateFeaturesRequestCodec: MessageCodec<UpdateFeaturesRequest> = {
  name: 'UpdateFeaturesRequest',
  apiKey: 57,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): UpdateFeaturesRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultUpdateFeaturesRequest();
    }
    return readUpdateFeaturesRequest(r, version);
  },
  encode(w: Writer, version: number, value: UpdateFeaturesRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('UpdateFeaturesRequest', version, 0, 2);
    writeUpdateFeaturesRequest(w, version, value);
  },
  defaults: defaultUpdateFeaturesRequest,
};

/** UpdateFeaturesResponse (response, API key 57), versions 0-2. */
export interface UpdateFeaturesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top-level error code, or `0` if there was no top-level error. (versions 0+) */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** Results for each feature update. (versions 0-1) */
  results: UpdateFeaturesResponseUpdatableFeatureResult[];
}

/** UpdateFeaturesResponse UpdatableFeatureResult, versions 0-1. */
export interface UpdateFeaturesResponseUpdatableFeatureResult {
  /** The name of the finalized feature. (versions 0+) */
  feature: string;
  /** The feature update error code or `0` if the feature update succeeded. (versions 0+) */
  errorCode: number;
  /** The feature update error, or `null` if the feature update succeeded. (versions 0+, nullable 0+) */
  errorMessage: string | null;
}

/** A fresh UpdateFeaturesResponse with every field at its schema default. */
export function defaultUpdateFeaturesResponse(): UpdateFeaturesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: '',
    results: [],
  };
}

/** A fresh UpdateFeaturesResponseUpdatableFeatureResult with every field at its schema default. */
export function defaultUpdateFeaturesResponseUpdatableFeatureResult(): UpdateFeaturesResponseUpdatableFeatureResult {
  return {
    feature: '',
    errorCode: 0,
    errorMessage: '',
  };
}

function readUpdateFeaturesResponse_Results(r: Reader, version: number): UpdateFeaturesResponseUpdatableFeatureResult[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: UpdateFeaturesResponseUpdatableFeatureResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readUpdateFeaturesResponseUpdatableFeatureResult(r, version));
  return items;
}

function readUpdateFeaturesResponse(r: Reader, version: number): UpdateFeaturesResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Results';
  const fResults: UpdateFeaturesResponseUpdatableFeatureResult[] = version <= 1 ? readUpdateFeaturesResponse_Results(r, version) : [];
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    results: fResults,
  };
}

function readUpdateFeaturesResponseUpdatableFeatureResult(r: Reader, _version: number): UpdateFeaturesResponseUpdatableFeatureResult {
  r.field = 'Results.Feature';
  const fFeature: string = r.compactString();
  r.field = 'Results.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Results.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Results._tagged_fields';
  r.skipTaggedFields();
  return {
    feature: fFeature,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeUpdateFeaturesResponse_Results(w: Writer, version: number, items: UpdateFeaturesResponseUpdatableFeatureResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeUpdateFeaturesResponseUpdatableFeatureResult(w, version, item);
}

function writeUpdateFeaturesResponse(w: Writer, version: number, v: UpdateFeaturesResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  if (version <= 1) {
    writeUpdateFeaturesResponse_Results(w, version, v.results);
  }
  w.uvarint(0);
}

function writeUpdateFeaturesResponseUpdatableFeatureResult(w: Writer, _version: number, v: UpdateFeaturesResponseUpdatableFeatureResult): void {
  w.compactString(v.feature);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const UpdateFeaturesResponseCodec: MessageCodec<UpdateFeaturesResponse> = {
  name: 'UpdateFeaturesResponse',
  apiKey: 57,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): UpdateFeaturesResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultUpdateFeaturesResponse();
    }
    return readUpdateFeaturesResponse(r, version);
  },
  encode(w: Writer, version: number, value: UpdateFeaturesResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('UpdateFeaturesResponse', version, 0, 2);
    writeUpdateFeaturesResponse(w, version, value);
  },
  defaults: defaultUpdateFeaturesResponse,
};
