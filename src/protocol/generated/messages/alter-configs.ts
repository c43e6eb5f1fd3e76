// Generated from AlterConfigsRequest.json and AlterConfigsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AlterConfigs (API key 33): request and response codecs, versions 0-2.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_AlterConfigs
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of AlterConfigsRequest (API key 33): valid 0-2, flexible 2+. */
export const alterConfigsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The AlterConfigsRequest message; versions 0-2. */
export interface AlterConfigsRequest {
  /** The updates for each resource. Versions: 0+. */
  resources: AlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. Versions: 0+. */
  validateOnly: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterConfigsRequest with every field at its schema default, overridden by `init`. */
export function createAlterConfigsRequest(init: Partial<AlterConfigsRequest> = {}): AlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
    ...init,
  };
}

/** Writes a AlterConfigsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterConfigsRequest(writer: Writer, value: AlterConfigsRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeArrayLength(value.resources, flexible);
  for (const item of value.resources) writeAlterConfigsRequestAlterConfigsResource(writer, item, version);
  writer.writeBool(value.validateOnly);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterConfigsRequest', version);
  }
}

/** Reads a AlterConfigsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterConfigsRequest(reader: Reader, version: number): AlterConfigsRequest {
  const flexible = version >= 2;
  const value: AlterConfigsRequest = {
    resources: reader.readArray(flexible, () => readAlterConfigsRequestAlterConfigsResource(reader, version)),
    validateOnly: reader.readBool(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AlterConfigsResource of AlterConfigsRequest; versions 0-2. */
export interface AlterConfigsRequestAlterConfigsResource {
  /** The resource type. Versions: 0+. */
  resourceType: number;
  /** The resource name. Versions: 0+. */
  resourceName: string;
  /** The configurations. Versions: 0+. */
  configs: AlterConfigsRequestAlterableConfig[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterConfigsRequestAlterConfigsResource with every field at its schema default, overridden by `init`. */
export function createAlterConfigsRequestAlterConfigsResource(init: Partial<AlterConfigsRequestAlterConfigsResource> = {}): AlterConfigsRequestAlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configs: [],
    ...init,
  };
}

/** Writes a AlterConfigsRequestAlterConfigsResource in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterConfigsRequestAlterConfigsResource(writer: Writer, value: AlterConfigsRequestAlterConfigsResource, version: number): void {
  const flexible = version >= 2;
  writer.writeInt8(value.resourceType);
  writer.writeString(value.resourceName, flexible);
  writer.writeArrayLength(value.configs, flexible);
  for (const item of value.configs) writeAlterConfigsRequestAlterableConfig(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterConfigsRequestAlterConfigsResource', version);
  }
}

/** Reads a AlterConfigsRequestAlterConfigsResource in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterConfigsRequestAlterConfigsResource(reader: Reader, version: number): AlterConfigsRequestAlterConfigsResource {
  const flexible = version >= 2;
  const value: AlterConfigsRequestAlterConfigsResource = {
    resourceType: reader.readInt8(),
    resourceName: reader.readString(flexible),
    configs: reader.readArray(flexible, () => readAlterConfigsRequestAlterableConfig(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AlterableConfig of AlterConfigsRequest; versions 0-2. */
export interface AlterConfigsRequestAlterableConfig {
  /** The configuration key name. Versions: 0+. */
  name: string;
  /** The value to set for the configuration key. Versions: 0+. Nullable: 0+. */
  value: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterConfigsRequestAlterableConfig with every field at its schema default, overridden by `init`. */
export function createAlterConfigsRequestAlterableConfig(init: Partial<AlterConfigsRequestAlterableConfig> = {}): AlterConfigsRequestAlterableConfig {
  return {
    name: "",
    value: "",
    ...init,
  };
}

/** Writes a AlterConfigsRequestAlterableConfig in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterConfigsRequestAlterableConfig(writer: Writer, value: AlterConfigsRequestAlterableConfig, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.name, flexible);
  writer.writeNullableString(value.value, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterConfigsRequestAlterableConfig', version);
  }
}

/** Reads a AlterConfigsRequestAlterableConfig in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterConfigsRequestAlterableConfig(reader: Reader, version: number): AlterConfigsRequestAlterableConfig {
  const flexible = version >= 2;
  const value: AlterConfigsRequestAlterableConfig = {
    name: reader.readString(flexible),
    value: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of AlterConfigsResponse (API key 33): valid 0-2, flexible 2+. */
export const alterConfigsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The AlterConfigsResponse message; versions 0-2. */
export interface AlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The responses for each resource. Versions: 0+. */
  responses: AlterConfigsResponseAlterConfigsResourceResponse[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterConfigsResponse with every field at its schema default, overridden by `init`. */
export function createAlterConfigsResponse(init: Partial<AlterConfigsResponse> = {}): AlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
    ...init,
  };
}

/** Writes a AlterConfigsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterConfigsResponse(writer: Writer, value: AlterConfigsResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.responses, flexible);
  for (const item of value.responses) writeAlterConfigsResponseAlterConfigsResourceResponse(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterConfigsResponse', version);
  }
}

/** Reads a AlterConfigsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterConfigsResponse(reader: Reader, version: number): AlterConfigsResponse {
  const flexible = version >= 2;
  const value: AlterConfigsResponse = {
    throttleTimeMs: reader.readInt32(),
    responses: reader.readArray(flexible, () => readAlterConfigsResponseAlterConfigsResourceResponse(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AlterConfigsResourceResponse of AlterConfigsResponse; versions 0-2. */
export interface AlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. Versions: 0+. */
  errorCode: number;
  /** The resource error message, or null if there was no error. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** The resource type. Versions: 0+. */
  resourceType: number;
  /** The resource name. Versions: 0+. */
  resourceName: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterConfigsResponseAlterConfigsResourceResponse with every field at its schema default, overridden by `init`. */
export function createAlterConfigsResponseAlterConfigsResourceResponse(init: Partial<AlterConfigsResponseAlterConfigsResourceResponse> = {}): AlterConfigsResponseAlterConfigsResourceResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    ...init,
  };
}

/** Writes a AlterConfigsResponseAlterConfigsResourceResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterConfigsResponseAlterConfigsResourceResponse(writer: Writer, value: AlterConfigsResponseAlterConfigsResourceResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  writer.writeInt8(value.resourceType);
  writer.writeString(value.resourceName, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterConfigsResponseAlterConfigsResourceResponse', version);
  }
}

/** Reads a AlterConfigsResponseAlterConfigsResourceResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterConfigsResponseAlterConfigsResourceResponse(reader: Reader, version: number): AlterConfigsResponseAlterConfigsResourceResponse {
  const flexible = version >= 2;
  const value: AlterConfigsResponseAlterConfigsResourceResponse = {
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(flexible),
    resourceType: reader.readInt8(),
    resourceName: reader.readString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
