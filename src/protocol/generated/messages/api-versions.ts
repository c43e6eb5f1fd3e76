// Generated from ApiVersionsRequest.json and ApiVersionsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ApiVersions (API key 18): request and response codecs, versions 0-4.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ApiVersions
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of ApiVersionsRequest (API key 18): valid 0-4, flexible 3+. */
export const apiVersionsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 3,
} as const;

/** The ApiVersionsRequest message; versions 0-4. */
export interface ApiVersionsRequest {
  /** The name of the client. Versions: 3+. Ignorable. */
  clientSoftwareName: string;
  /** The version of the client. Versions: 3+. Ignorable. */
  clientSoftwareVersion: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ApiVersionsRequest with every field at its schema default, overridden by `init`. */
export function createApiVersionsRequest(init: Partial<ApiVersionsRequest> = {}): ApiVersionsRequest {
  return {
    clientSoftwareName: "",
    clientSoftwareVersion: "",
    ...init,
  };
}

/** Writes a ApiVersionsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeApiVersionsRequest(writer: Writer, value: ApiVersionsRequest, version: number): void {
  const flexible = version >= 3;
  if (version >= 3) {
    writer.writeString(value.clientSoftwareName, flexible);
  }
  if (version >= 3) {
    writer.writeString(value.clientSoftwareVersion, flexible);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ApiVersionsRequest', version);
  }
}

/** Reads a ApiVersionsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readApiVersionsRequest(reader: Reader, version: number): ApiVersionsRequest {
  const flexible = version >= 3;
  const value: ApiVersionsRequest = {
    clientSoftwareName: (version >= 3) ? reader.readString(flexible) : "",
    clientSoftwareVersion: (version >= 3) ? reader.readString(flexible) : "",
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of ApiVersionsResponse (API key 18): valid 0-4, flexible 3+. */
export const apiVersionsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 3,
} as const;

/** The ApiVersionsResponse message; versions 0-4. */
export interface ApiVersionsResponse {
  /** The top-level error code. Versions: 0+. */
  errorCode: number;
  /** The APIs supported by the broker. Versions: 0+. */
  apiKeys: ApiVersionsResponseApiVersion[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 1+. Ignorable. */
  throttleTimeMs: number;
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. Versions: 3+. Tagged: 3+ (tag 0). Ignorable. */
  supportedFeatures: ApiVersionsResponseSupportedFeatureKey[];
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. Versions: 3+. Tagged: 3+ (tag 1). Ignorable. Default: -1. */
  finalizedFeaturesEpoch: bigint;
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. Versions: 3+. Tagged: 3+ (tag 2). Ignorable. */
  finalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[];
  /** Set by a KRaft controller if the required configurations for ZK migration are present. Versions: 3+. Tagged: 3+ (tag 3). Ignorable. Default: false. */
  zkMigrationReady: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ApiVersionsResponse with every field at its schema default, overridden by `init`. */
export function createApiVersionsResponse(init: Partial<ApiVersionsResponse> = {}): ApiVersionsResponse {
  return {
    errorCode: 0,
    apiKeys: [],
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
    ...init,
  };
}

/** Writes a ApiVersionsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeApiVersionsResponse(writer: Writer, value: ApiVersionsResponse, version: number): void {
  const flexible = version >= 3;
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.apiKeys, flexible);
  for (const item of value.apiKeys) writeApiVersionsResponseApiVersion(writer, item, version);
  if (version >= 1) {
    writer.writeInt32(value.throttleTimeMs);
  }
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if (value.supportedFeatures.length !== 0) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        taggedWriter.writeArrayLength(value.supportedFeatures, true);
        for (const item of value.supportedFeatures) writeApiVersionsResponseSupportedFeatureKey(taggedWriter, item, version);
      }));
    }
    if (value.finalizedFeaturesEpoch !== -1n) {
      taggedFields.push(encodeTaggedField(1, (taggedWriter) => {
        taggedWriter.writeInt64(value.finalizedFeaturesEpoch);
      }));
    }
    if (value.finalizedFeatures.length !== 0) {
      taggedFields.push(encodeTaggedField(2, (taggedWriter) => {
        taggedWriter.writeArrayLength(value.finalizedFeatures, true);
        for (const item of value.finalizedFeatures) writeApiVersionsResponseFinalizedFeatureKey(taggedWriter, item, version);
      }));
    }
    if (value.zkMigrationReady !== false) {
      taggedFields.push(encodeTaggedField(3, (taggedWriter) => {
        taggedWriter.writeBool(value.zkMigrationReady);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ApiVersionsResponse', version);
  }
}

/** Reads a ApiVersionsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readApiVersionsResponse(reader: Reader, version: number): ApiVersionsResponse {
  const flexible = version >= 3;
  const value: ApiVersionsResponse = {
    errorCode: reader.readInt16(),
    apiKeys: reader.readArray(flexible, () => readApiVersionsResponseApiVersion(reader, version)),
    throttleTimeMs: (version >= 1) ? reader.readInt32() : 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          value.supportedFeatures = fieldReader.readArray(true, () => readApiVersionsResponseSupportedFeatureKey(fieldReader, version));
          return true;
        case 1:
          value.finalizedFeaturesEpoch = fieldReader.readInt64();
          return true;
        case 2:
          value.finalizedFeatures = fieldReader.readArray(true, () => readApiVersionsResponseFinalizedFeatureKey(fieldReader, version));
          return true;
        case 3:
          value.zkMigrationReady = fieldReader.readBool();
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ApiVersion of ApiVersionsResponse; versions 0-4. */
export interface ApiVersionsResponseApiVersion {
  /** The API index. Versions: 0+. */
  apiKey: number;
  /** The minimum supported version, inclusive. Versions: 0+. */
  minVersion: number;
  /** The maximum supported version, inclusive. Versions: 0+. */
  maxVersion: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ApiVersionsResponseApiVersion with every field at its schema default, overridden by `init`. */
export function createApiVersionsResponseApiVersion(init: Partial<ApiVersionsResponseApiVersion> = {}): ApiVersionsResponseApiVersion {
  return {
    apiKey: 0,
    minVersion: 0,
    maxVersion: 0,
    ...init,
  };
}

/** Writes a ApiVersionsResponseApiVersion in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeApiVersionsResponseApiVersion(writer: Writer, value: ApiVersionsResponseApiVersion, version: number): void {
  const flexible = version >= 3;
  writer.writeInt16(value.apiKey);
  writer.writeInt16(value.minVersion);
  writer.writeInt16(value.maxVersion);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ApiVersionsResponseApiVersion', version);
  }
}

/** Reads a ApiVersionsResponseApiVersion in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readApiVersionsResponseApiVersion(reader: Reader, version: number): ApiVersionsResponseApiVersion {
  const flexible = version >= 3;
  const value: ApiVersionsResponseApiVersion = {
    apiKey: reader.readInt16(),
    minVersion: reader.readInt16(),
    maxVersion: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** SupportedFeatureKey of ApiVersionsResponse; versions 3-4. */
export interface ApiVersionsResponseSupportedFeatureKey {
  /** The name of the feature. Versions: 3+. */
  name: string;
  /** The minimum supported version for the feature. Versions: 3+. */
  minVersion: number;
  /** The maximum supported version for the feature. Versions: 3+. */
  maxVersion: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ApiVersionsResponseSupportedFeatureKey with every field at its schema default, overridden by `init`. */
export function createApiVersionsResponseSupportedFeatureKey(init: Partial<ApiVersionsResponseSupportedFeatureKey> = {}): ApiVersionsResponseSupportedFeatureKey {
  return {
    name: "",
    minVersion: 0,
    maxVersion: 0,
    ...init,
  };
}

/** Writes a ApiVersionsResponseSupportedFeatureKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeApiVersionsResponseSupportedFeatureKey(writer: Writer, value: ApiVersionsResponseSupportedFeatureKey, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeInt16(value.minVersion);
  writer.writeInt16(value.maxVersion);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ApiVersionsResponseSupportedFeatureKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readApiVersionsResponseSupportedFeatureKey(reader: Reader, _version: number): ApiVersionsResponseSupportedFeatureKey {
  const value: ApiVersionsResponseSupportedFeatureKey = {
    name: reader.readString(true),
    minVersion: reader.readInt16(),
    maxVersion: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** FinalizedFeatureKey of ApiVersionsResponse; versions 3-4. */
export interface ApiVersionsResponseFinalizedFeatureKey {
  /** The name of the feature. Versions: 3+. */
  name: string;
  /** The cluster-wide finalized max version level for the feature. Versions: 3+. */
  maxVersionLevel: number;
  /** The cluster-wide finalized min version level for the feature. Versions: 3+. */
  minVersionLevel: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ApiVersionsResponseFinalizedFeatureKey with every field at its schema default, overridden by `init`. */
export function createApiVersionsResponseFinalizedFeatureKey(init: Partial<ApiVersionsResponseFinalizedFeatureKey> = {}): ApiVersionsResponseFinalizedFeatureKey {
  return {
    name: "",
    maxVersionLevel: 0,
    minVersionLevel: 0,
    ...init,
  };
}

/** Writes a ApiVersionsResponseFinalizedFeatureKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeApiVersionsResponseFinalizedFeatureKey(writer: Writer, value: ApiVersionsResponseFinalizedFeatureKey, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeInt16(value.maxVersionLevel);
  writer.writeInt16(value.minVersionLevel);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ApiVersionsResponseFinalizedFeatureKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readApiVersionsResponseFinalizedFeatureKey(reader: Reader, _version: number): ApiVersionsResponseFinalizedFeatureKey {
  const value: ApiVersionsResponseFinalizedFeatureKey = {
    name: reader.readString(true),
    maxVersionLevel: reader.readInt16(),
    minVersionLevel: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
