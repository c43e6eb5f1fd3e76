// Generated from DescribeConfigsRequest.json and DescribeConfigsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeConfigs (API key 32): request and response codecs, versions 0-4.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeConfigs
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of DescribeConfigsRequest (API key 32): valid 0-4, flexible 4+. */
export const describeConfigsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 4,
} as const;

/** The DescribeConfigsRequest message; versions 0-4. */
export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. Versions: 0+. */
  resources: DescribeConfigsRequestDescribeConfigsResource[];
  /** True if we should include all synonyms. Versions: 1+. Default: false. */
  includeSynonyms: boolean;
  /** True if we should include configuration documentation. Versions: 3+. Default: false. */
  includeDocumentation: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeConfigsRequest with every field at its schema default, overridden by `init`. */
export function createDescribeConfigsRequest(init: Partial<DescribeConfigsRequest> = {}): DescribeConfigsRequest {
  return {
    resources: [],
    includeSynonyms: false,
    includeDocumentation: false,
    ...init,
  };
}

/** Writes a DescribeConfigsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeConfigsRequest(writer: Writer, value: DescribeConfigsRequest, version: number): void {
  const flexible = version >= 4;
  writer.writeArrayLength(value.resources, flexible);
  for (const item of value.resources) writeDescribeConfigsRequestDescribeConfigsResource(writer, item, version);
  if (version >= 1) {
    writer.writeBool(value.includeSynonyms);
  }
  if (!(version >= 1) && value.includeSynonyms !== false) {
    throw fieldNotInVersion('DescribeConfigsRequest', 'includeSynonyms', version);
  }
  if (version >= 3) {
    writer.writeBool(value.includeDocumentation);
  }
  if (!(version >= 3) && value.includeDocumentation !== false) {
    throw fieldNotInVersion('DescribeConfigsRequest', 'includeDocumentation', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeConfigsRequest', version);
  }
}

/** Reads a DescribeConfigsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeConfigsRequest(reader: Reader, version: number): DescribeConfigsRequest {
  const flexible = version >= 4;
  const value: DescribeConfigsRequest = {
    resources: reader.readArray(flexible, () => readDescribeConfigsRequestDescribeConfigsResource(reader, version)),
    includeSynonyms: (version >= 1) ? reader.readBool() : false,
    includeDocumentation: (version >= 3) ? reader.readBool() : false,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribeConfigsResource of DescribeConfigsRequest; versions 0-4. */
export interface DescribeConfigsRequestDescribeConfigsResource {
  /** The resource type. Versions: 0+. */
  resourceType: number;
  /** The resource name. Versions: 0+. */
  resourceName: string;
  /** The configuration keys to list, or null to list all configuration keys. Versions: 0+. Nullable: 0+. */
  configurationKeys: string[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeConfigsRequestDescribeConfigsResource with every field at its schema default, overridden by `init`. */
export function createDescribeConfigsRequestDescribeConfigsResource(init: Partial<DescribeConfigsRequestDescribeConfigsResource> = {}): DescribeConfigsRequestDescribeConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configurationKeys: [],
    ...init,
  };
}

/** Writes a DescribeConfigsRequestDescribeConfigsResource in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeConfigsRequestDescribeConfigsResource(writer: Writer, value: DescribeConfigsRequestDescribeConfigsResource, version: number): void {
  const flexible = version >= 4;
  writer.writeInt8(value.resourceType);
  writer.writeString(value.resourceName, flexible);
  writer.writeArrayLength(value.configurationKeys, flexible);
  if (value.configurationKeys !== null) for (const item of value.configurationKeys) writer.writeString(item, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeConfigsRequestDescribeConfigsResource', version);
  }
}

/** Reads a DescribeConfigsRequestDescribeConfigsResource in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeConfigsRequestDescribeConfigsResource(reader: Reader, version: number): DescribeConfigsRequestDescribeConfigsResource {
  const flexible = version >= 4;
  const value: DescribeConfigsRequestDescribeConfigsResource = {
    resourceType: reader.readInt8(),
    resourceName: reader.readString(flexible),
    configurationKeys: reader.readNullableStringArray(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of DescribeConfigsResponse (API key 32): valid 0-4, flexible 4+. */
export const describeConfigsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 4,
} as const;

/** The DescribeConfigsResponse message; versions 0-4. */
export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The results for each resource. Versions: 0+. */
  results: DescribeConfigsResponseDescribeConfigsResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeConfigsResponse with every field at its schema default, overridden by `init`. */
export function createDescribeConfigsResponse(init: Partial<DescribeConfigsResponse> = {}): DescribeConfigsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

/** Writes a DescribeConfigsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeConfigsResponse(writer: Writer, value: DescribeConfigsResponse, version: number): void {
  const flexible = version >= 4;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.results, flexible);
  for (const item of value.results) writeDescribeConfigsResponseDescribeConfigsResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeConfigsResponse', version);
  }
}

/** Reads a DescribeConfigsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeConfigsResponse(reader: Reader, version: number): DescribeConfigsResponse {
  const flexible = version >= 4;
  const value: DescribeConfigsResponse = {
    throttleTimeMs: reader.readInt32(),
    results: reader.readArray(flexible, () => readDescribeConfigsResponseDescribeConfigsResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribeConfigsResult of DescribeConfigsResponse; versions 0-4. */
export interface DescribeConfigsResponseDescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if we were able to successfully describe the configurations. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** The resource type. Versions: 0+. */
  resourceType: number;
  /** The resource name. Versions: 0+. */
  resourceName: string;
  /** Each listed configuration. Versions: 0+. */
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeConfigsResponseDescribeConfigsResult with every field at its schema default, overridden by `init`. */
export function createDescribeConfigsResponseDescribeConfigsResult(init: Partial<DescribeConfigsResponseDescribeConfigsResult> = {}): DescribeConfigsResponseDescribeConfigsResult {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    configs: [],
    ...init,
  };
}

/** Writes a DescribeConfigsResponseDescribeConfigsResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeConfigsResponseDescribeConfigsResult(writer: Writer, value: DescribeConfigsResponseDescribeConfigsResult, version: number): void {
  const flexible = version >= 4;
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  writer.writeInt8(value.resourceType);
  writer.writeString(value.resourceName, flexible);
  writer.writeArrayLength(value.configs, flexible);
  for (const item of value.configs) writeDescribeConfigsResponseDescribeConfigsResourceResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeConfigsResponseDescribeConfigsResult', version);
  }
}

/** Reads a DescribeConfigsResponseDescribeConfigsResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeConfigsResponseDescribeConfigsResult(reader: Reader, version: number): DescribeConfigsResponseDescribeConfigsResult {
  const flexible = version >= 4;
  const value: DescribeConfigsResponseDescribeConfigsResult = {
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(flexible),
    resourceType: reader.readInt8(),
    resourceName: reader.readString(flexible),
    configs: reader.readArray(flexible, () => readDescribeConfigsResponseDescribeConfigsResourceResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribeConfigsResourceResult of DescribeConfigsResponse; versions 0-4. */
export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /** The configuration name. Versions: 0+. */
  name: string;
  /** The configuration value. Versions: 0+. Nullable: 0+. */
  value: string | null;
  /** True if the configuration is read-only. Versions: 0+. */
  readOnly: boolean;
  /** True if the configuration is not set. Versions: 0. */
  isDefault: boolean;
  /** The configuration source. Versions: 1+. Ignorable. Default: -1. */
  configSource: number;
  /** True if this configuration is sensitive. Versions: 0+. */
  isSensitive: boolean;
  /** The synonyms for this configuration key. Versions: 1+. Ignorable. */
  synonyms: DescribeConfigsResponseDescribeConfigsSynonym[];
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD. Versions: 3+. Ignorable. Default: 0. */
  configType: number;
  /** The configuration documentation. Versions: 3+. Nullable: 0+. Ignorable. */
  documentation: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeConfigsResponseDescribeConfigsResourceResult with every field at its schema default, overridden by `init`. */
export function createDescribeConfigsResponseDescribeConfigsResourceResult(init: Partial<DescribeConfigsResponseDescribeConfigsResourceResult> = {}): DescribeConfigsResponseDescribeConfigsResourceResult {
  return {
    name: "",
    value: "",
    readOnly: false,
    isDefault: false,
    configSource: -1,
    isSensitive: false,
    synonyms: [],
    configType: 0,
    documentation: "",
    ...init,
  };
}

/** Writes a DescribeConfigsResponseDescribeConfigsResourceResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeConfigsResponseDescribeConfigsResourceResult(writer: Writer, value: DescribeConfigsResponseDescribeConfigsResourceResult, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.name, flexible);
  writer.writeNullableString(value.value, flexible);
  writer.writeBool(value.readOnly);
  if (version <= 0) {
    writer.writeBool(value.isDefault);
  }
  if (!(version <= 0) && value.isDefault !== false) {
    throw fieldNotInVersion('DescribeConfigsResponseDescribeConfigsResourceResult', 'isDefault', version);
  }
  if (version >= 1) {
    writer.writeInt8(value.configSource);
  }
  writer.writeBool(value.isSensitive);
  if (version >= 1) {
    writer.writeArrayLength(value.synonyms, flexible);
    for (const item of value.synonyms) writeDescribeConfigsResponseDescribeConfigsSynonym(writer, item, version);
  }
  if (version >= 3) {
    writer.writeInt8(value.configType);
  }
  if (version >= 3) {
    writer.writeNullableString(value.documentation, flexible);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeConfigsResponseDescribeConfigsResourceResult', version);
  }
}

/** Reads a DescribeConfigsResponseDescribeConfigsResourceResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeConfigsResponseDescribeConfigsResourceResult(reader: Reader, version: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  const flexible = version >= 4;
  const value: DescribeConfigsResponseDescribeConfigsResourceResult = {
    name: reader.readString(flexible),
    value: reader.readNullableString(flexible),
    readOnly: reader.readBool(),
    isDefault: (version <= 0) ? reader.readBool() : false,
    configSource: (version >= 1) ? reader.readInt8() : -1,
    isSensitive: reader.readBool(),
    synonyms: (version >= 1) ? reader.readArray(flexible, () => readDescribeConfigsResponseDescribeConfigsSynonym(reader, version)) : [],
    configType: (version >= 3) ? reader.readInt8() : 0,
    documentation: (version >= 3) ? reader.readNullableString(flexible) : "",
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribeConfigsSynonym of DescribeConfigsResponse; versions 1-4. */
export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /** The synonym name. Versions: 1+. */
  name: string;
  /** The synonym value. Versions: 1+. Nullable: 0+. */
  value: string | null;
  /** The synonym source. Versions: 1+. */
  source: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeConfigsResponseDescribeConfigsSynonym with every field at its schema default, overridden by `init`. */
export function createDescribeConfigsResponseDescribeConfigsSynonym(init: Partial<DescribeConfigsResponseDescribeConfigsSynonym> = {}): DescribeConfigsResponseDescribeConfigsSynonym {
  return {
    name: "",
    value: "",
    source: 0,
    ...init,
  };
}

/** Writes a DescribeConfigsResponseDescribeConfigsSynonym in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeConfigsResponseDescribeConfigsSynonym(writer: Writer, value: DescribeConfigsResponseDescribeConfigsSynonym, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.name, flexible);
  writer.writeNullableString(value.value, flexible);
  writer.writeInt8(value.source);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeConfigsResponseDescribeConfigsSynonym', version);
  }
}

/** Reads a DescribeConfigsResponseDescribeConfigsSynonym in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeConfigsResponseDescribeConfigsSynonym(reader: Reader, version: number): DescribeConfigsResponseDescribeConfigsSynonym {
  const flexible = version >= 4;
  const value: DescribeConfigsResponseDescribeConfigsSynonym = {
    name: reader.readString(flexible),
    value: reader.readNullableString(flexible),
    source: reader.readInt8(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
