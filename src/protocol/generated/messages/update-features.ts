// Generated from UpdateFeaturesRequest.json and UpdateFeaturesResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// UpdateFeatures (API key 57): request and response codecs, versions 0-2.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_UpdateFeatures
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';

/** Versions of UpdateFeaturesRequest (API key 57): valid 0-2, flexible 0+. */
export const updateFeaturesRequestVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 0,
} as const;

/** The UpdateFeaturesRequest message; versions 0-2. */
export interface UpdateFeaturesRequest {
  /** How long to wait in milliseconds before timing out the request. Versions: 0+. Default: 60000. */
  timeoutMs: number;
  /** The list of updates to finalized features. Versions: 0+. */
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  /** True if we should validate the request, but not perform the upgrade or downgrade. Versions: 1+. Default: false. */
  validateOnly: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateFeaturesRequest with every field at its schema default, overridden by `init`. */
export function createUpdateFeaturesRequest(init: Partial<UpdateFeaturesRequest> = {}): UpdateFeaturesRequest {
  return {
    timeoutMs: 60000,
    featureUpdates: [],
    validateOnly: false,
    ...init,
  };
}

/** Writes a UpdateFeaturesRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateFeaturesRequest(writer: Writer, value: UpdateFeaturesRequest, version: number): void {
  writer.writeInt32(value.timeoutMs);
  writer.writeArrayLength(value.featureUpdates, true);
  for (const item of value.featureUpdates) writeUpdateFeaturesRequestFeatureUpdateKey(writer, item, version);
  if (version >= 1) {
    writer.writeBool(value.validateOnly);
  }
  if (!(version >= 1) && value.validateOnly !== false) {
    throw fieldNotInVersion('UpdateFeaturesRequest', 'validateOnly', version);
  }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UpdateFeaturesRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateFeaturesRequest(reader: Reader, version: number): UpdateFeaturesRequest {
  const value: UpdateFeaturesRequest = {
    timeoutMs: reader.readInt32(),
    featureUpdates: reader.readArray(true, () => readUpdateFeaturesRequestFeatureUpdateKey(reader, version)),
    validateOnly: (version >= 1) ? reader.readBool() : false,
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** FeatureUpdateKey of UpdateFeaturesRequest; versions 0-2. */
export interface UpdateFeaturesRequestFeatureUpdateKey {
  /** The name of the finalized feature to be updated. Versions: 0+. */
  feature: string;
  /** The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature. Versions: 0+. */
  maxVersionLevel: number;
  /** DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level. Versions: 0. */
  allowDowngrade: boolean;
  /** Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). Versions: 1+. Default: 1. */
  upgradeType: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateFeaturesRequestFeatureUpdateKey with every field at its schema default, overridden by `init`. */
export function createUpdateFeaturesRequestFeatureUpdateKey(init: Partial<UpdateFeaturesRequestFeatureUpdateKey> = {}): UpdateFeaturesRequestFeatureUpdateKey {
  return {
    feature: "",
    maxVersionLevel: 0,
    allowDowngrade: false,
    upgradeType: 1,
    ...init,
  };
}

/** Writes a UpdateFeaturesRequestFeatureUpdateKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateFeaturesRequestFeatureUpdateKey(writer: Writer, value: UpdateFeaturesRequestFeatureUpdateKey, version: number): void {
  writer.writeString(value.feature, true);
  writer.writeInt16(value.maxVersionLevel);
  if (version <= 0) {
    writer.writeBool(value.allowDowngrade);
  }
  if (!(version <= 0) && value.allowDowngrade !== false) {
    throw fieldNotInVersion('UpdateFeaturesRequestFeatureUpdateKey', 'allowDowngrade', version);
  }
  if (version >= 1) {
    writer.writeInt8(value.upgradeType);
  }
  if (!(version >= 1) && value.upgradeType !== 1) {
    throw fieldNotInVersion('UpdateFeaturesRequestFeatureUpdateKey', 'upgradeType', version);
  }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UpdateFeaturesRequestFeatureUpdateKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateFeaturesRequestFeatureUpdateKey(reader: Reader, version: number): UpdateFeaturesRequestFeatureUpdateKey {
  const value: UpdateFeaturesRequestFeatureUpdateKey = {
    feature: reader.readString(true),
    maxVersionLevel: reader.readInt16(),
    allowDowngrade: (version <= 0) ? reader.readBool() : false,
    upgradeType: (version >= 1) ? reader.readInt8() : 1,
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of UpdateFeaturesResponse (API key 57): valid 0-2, flexible 0+. */
export const updateFeaturesResponseVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 0,
} as const;

/** The UpdateFeaturesResponse message; versions 0-2. */
export interface UpdateFeaturesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The top-level error code, or `0` if there was no top-level error. Versions: 0+. */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** Results for each feature update. Versions: 0-1. Ignorable. */
  results: UpdateFeaturesResponseUpdatableFeatureResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateFeaturesResponse with every field at its schema default, overridden by `init`. */
export function createUpdateFeaturesResponse(init: Partial<UpdateFeaturesResponse> = {}): UpdateFeaturesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
    ...init,
  };
}

/** Writes a UpdateFeaturesResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateFeaturesResponse(writer: Writer, value: UpdateFeaturesResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  if (version <= 1) {
    writer.writeArrayLength(value.results, true);
    for (const item of value.results) writeUpdateFeaturesResponseUpdatableFeatureResult(writer, item, version);
  }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UpdateFeaturesResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateFeaturesResponse(reader: Reader, version: number): UpdateFeaturesResponse {
  const value: UpdateFeaturesResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    results: (version <= 1) ? reader.readArray(true, () => readUpdateFeaturesResponseUpdatableFeatureResult(reader, version)) : [],
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** UpdatableFeatureResult of UpdateFeaturesResponse; versions 0-1. */
export interface UpdateFeaturesResponseUpdatableFeatureResult {
  /** The name of the finalized feature. Versions: 0+. */
  feature: string;
  /** The feature update error code or `0` if the feature update succeeded. Versions: 0+. */
  errorCode: number;
  /** The feature update error, or `null` if the feature update succeeded. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateFeaturesResponseUpdatableFeatureResult with every field at its schema default, overridden by `init`. */
export function createUpdateFeaturesResponseUpdatableFeatureResult(init: Partial<UpdateFeaturesResponseUpdatableFeatureResult> = {}): UpdateFeaturesResponseUpdatableFeatureResult {
  return {
    feature: "",
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

/** Writes a UpdateFeaturesResponseUpdatableFeatureResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateFeaturesResponseUpdatableFeatureResult(writer: Writer, value: UpdateFeaturesResponseUpdatableFeatureResult, _version: number): void {
  writer.writeString(value.feature, true);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UpdateFeaturesResponseUpdatableFeatureResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateFeaturesResponseUpdatableFeatureResult(reader: Reader, _version: number): UpdateFeaturesResponseUpdatableFeatureResult {
  const value: UpdateFeaturesResponseUpdatableFeatureResult = {
    feature: reader.readString(true),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
