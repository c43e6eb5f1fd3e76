// Generated from IncrementalAlterConfigsRequest.json and IncrementalAlterConfigsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// IncrementalAlterConfigs (API key 44): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_IncrementalAlterConfigs
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of IncrementalAlterConfigsRequest (API key 44): valid 0-1, flexible 1+. */
export const incrementalAlterConfigsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The IncrementalAlterConfigsRequest message; versions 0-1. */
export interface IncrementalAlterConfigsRequest {
  /** The incremental updates for each resource. Versions: 0+. */
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. Versions: 0+. */
  validateOnly: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A IncrementalAlterConfigsRequest with every field at its schema default, overridden by `init`. */
export function createIncrementalAlterConfigsRequest(init: Partial<IncrementalAlterConfigsRequest> = {}): IncrementalAlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
    ...init,
  };
}

/** Writes a IncrementalAlterConfigsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeIncrementalAlterConfigsRequest(writer: Writer, value: IncrementalAlterConfigsRequest, version: number): void {
  const flexible = version >= 1;
  writer.writeArrayLength(value.resources, flexible);
  for (const item of value.resources) writeIncrementalAlterConfigsRequestAlterConfigsResource(writer, item, version);
  writer.writeBool(value.validateOnly);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('IncrementalAlterConfigsRequest', version);
  }
}

/** Reads a IncrementalAlterConfigsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readIncrementalAlterConfigsRequest(reader: Reader, version: number): IncrementalAlterConfigsRequest {
  const flexible = version >= 1;
  const value: IncrementalAlterConfigsRequest = {
    resources: reader.readArray(flexible, () => readIncrementalAlterConfigsRequestAlterConfigsResource(reader, version)),
    validateOnly: reader.readBool(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AlterConfigsResource of IncrementalAlterConfigsRequest; versions 0-1. */
export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  /** The resource type. Versions: 0+. */
  resourceType: number;
  /** The resource name. Versions: 0+. */
  resourceName: string;
  /** The configurations. Versions: 0+. */
  configs: IncrementalAlterConfigsRequestAlterableConfig[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A IncrementalAlterConfigsRequestAlterConfigsResource with every field at its schema default, overridden by `init`. */
export function createIncrementalAlterConfigsRequestAlterConfigsResource(init: Partial<IncrementalAlterConfigsRequestAlterConfigsResource> = {}): IncrementalAlterConfigsRequestAlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configs: [],
    ...init,
  };
}

/** Writes a IncrementalAlterConfigsRequestAlterConfigsResource in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeIncrementalAlterConfigsRequestAlterConfigsResource(writer: Writer, value: IncrementalAlterConfigsRequestAlterConfigsResource, version: number): void {
  const flexible = version >= 1;
  writer.writeInt8(value.resourceType);
  writer.writeString(value.resourceName, flexible);
  writer.writeArrayLength(value.configs, flexible);
  for (const item of value.configs) writeIncrementalAlterConfigsRequestAlterableConfig(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('IncrementalAlterConfigsRequestAlterConfigsResource', version);
  }
}

/** Reads a IncrementalAlterConfigsRequestAlterConfigsResource in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readIncrementalAlterConfigsRequestAlterConfigsResource(reader: Reader, version: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  const flexible = version >= 1;
  const value: IncrementalAlterConfigsRequestAlterConfigsResource = {
    resourceType: reader.readInt8(),
    resourceName: reader.readString(flexible),
    configs: reader.readArray(flexible, () => readIncrementalAlterConfigsRequestAlterableConfig(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AlterableConfig of IncrementalAlterConfigsRequest; versions 0-1. */
export interface IncrementalAlterConfigsRequestAlterableConfig {
  /** The configuration key name. Versions: 0+. */
  name: string;
  /** The type (Set, Delete, Append, Subtract) of operation. Versions: 0+. */
  configOperation: number;
  /** The value to set for the configuration key. Versions: 0+. Nullable: 0+. */
  value: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A IncrementalAlterConfigsRequestAlterableConfig with every field at its schema default, overridden by `init`. */
export function createIncrementalAlterConfigsRequestAlterableConfig(init: Partial<IncrementalAlterConfigsRequestAlterableConfig> = {}): IncrementalAlterConfigsRequestAlterableConfig {
  return {
    name: "",
    configOperation: 0,
    value: "",
    ...init,
  };
}

/** Writes a IncrementalAlterConfigsRequestAlterableConfig in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeIncrementalAlterConfigsRequestAlterableConfig(writer: Writer, value: IncrementalAlterConfigsRequestAlterableConfig, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.name, flexible);
  writer.writeInt8(value.configOperation);
  writer.writeNullableString(value.value, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('IncrementalAlterConfigsRequestAlterableConfig', version);
  }
}

/** Reads a IncrementalAlterConfigsRequestAlterableConfig in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readIncrementalAlterConfigsRequestAlterableConfig(reader: Reader, version: number): IncrementalAlterConfigsRequestAlterableConfig {
  const flexible = version >= 1;
  const value: IncrementalAlterConfigsRequestAlterableConfig = {
    name: reader.readString(flexible),
    configOperation: reader.readInt8(),
    value: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of IncrementalAlterConfigsResponse (API key 44): valid 0-1, flexible 1+. */
export const incrementalAlterConfigsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The IncrementalAlterConfigsResponse message; versions 0-1. */
export interface IncrementalAlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The responses for each resource. Versions: 0+. */
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A IncrementalAlterConfigsResponse with every field at its schema default, overridden by `init`. */
export function createIncrementalAlterConfigsResponse(init: Partial<IncrementalAlterConfigsResponse> = {}): IncrementalAlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
    ...init,
  };
}

/** Writes a IncrementalAlterConfigsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeIncrementalAlterConfigsResponse(writer: Writer, value: IncrementalAlterConfigsResponse, version: number): void {
  const flexible = version >= 1;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.responses, flexible);
  for (const item of value.responses) writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('IncrementalAlterConfigsResponse', version);
  }
}

/** Reads a IncrementalAlterConfigsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readIncrementalAlterConfigsResponse(reader: Reader, version: number): IncrementalAlterConfigsResponse {
  const flexible = version >= 1;
  const value: IncrementalAlterConfigsResponse = {
    throttleTimeMs: reader.readInt32(),
    responses: reader.readArray(flexible, () => readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AlterConfigsResourceResponse of IncrementalAlterConfigsResponse; versions 0-1. */
export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
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

/** A IncrementalAlterConfigsResponseAlterConfigsResourceResponse with every field at its schema default, overridden by `init`. */
export function createIncrementalAlterConfigsResponseAlterConfigsResourceResponse(init: Partial<IncrementalAlterConfigsResponseAlterConfigsResourceResponse> = {}): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    ...init,
  };
}

/** Writes a IncrementalAlterConfigsResponseAlterConfigsResourceResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(writer: Writer, value: IncrementalAlterConfigsResponseAlterConfigsResourceResponse, version: number): void {
  const flexible = version >= 1;
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  writer.writeInt8(value.resourceType);
  writer.writeString(value.resourceName, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('IncrementalAlterConfigsResponseAlterConfigsResourceResponse', version);
  }
}

/** Reads a IncrementalAlterConfigsResponseAlterConfigsResourceResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(reader: Reader, version: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  const flexible = version >= 1;
  const value: IncrementalAlterConfigsResponseAlterConfigsResourceResponse = {
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
