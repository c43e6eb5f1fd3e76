// Generated from CreateAclsRequest.json and CreateAclsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// CreateAcls (API key 30): request and response codecs, versions 0-3.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_CreateAcls
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of CreateAclsRequest (API key 30): valid 0-3, flexible 2+. */
export const createAclsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The CreateAclsRequest message; versions 0-3. */
export interface CreateAclsRequest {
  /** The ACLs that we want to create. Versions: 0+. */
  creations: CreateAclsRequestAclCreation[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateAclsRequest with every field at its schema default, overridden by `init`. */
export function createCreateAclsRequest(init: Partial<CreateAclsRequest> = {}): CreateAclsRequest {
  return {
    creations: [],
    ...init,
  };
}

/** Writes a CreateAclsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateAclsRequest(writer: Writer, value: CreateAclsRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeArrayLength(value.creations, flexible);
  for (const item of value.creations) writeCreateAclsRequestAclCreation(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateAclsRequest', version);
  }
}

/** Reads a CreateAclsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateAclsRequest(reader: Reader, version: number): CreateAclsRequest {
  const flexible = version >= 2;
  const value: CreateAclsRequest = {
    creations: reader.readArray(flexible, () => readCreateAclsRequestAclCreation(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AclCreation of CreateAclsRequest; versions 0-3. */
export interface CreateAclsRequestAclCreation {
  /** The type of the resource. Versions: 0+. */
  resourceType: number;
  /** The resource name for the ACL. Versions: 0+. */
  resourceName: string;
  /** The pattern type for the ACL. Versions: 1+. Default: 3. */
  resourcePatternType: number;
  /** The principal for the ACL. Versions: 0+. */
  principal: string;
  /** The host for the ACL. Versions: 0+. */
  host: string;
  /** The operation type for the ACL (read, write, etc.). Versions: 0+. */
  operation: number;
  /** The permission type for the ACL (allow, deny, etc.). Versions: 0+. */
  permissionType: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateAclsRequestAclCreation with every field at its schema default, overridden by `init`. */
export function createCreateAclsRequestAclCreation(init: Partial<CreateAclsRequestAclCreation> = {}): CreateAclsRequestAclCreation {
  return {
    resourceType: 0,
    resourceName: "",
    resourcePatternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
    ...init,
  };
}

/** Writes a CreateAclsRequestAclCreation in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateAclsRequestAclCreation(writer: Writer, value: CreateAclsRequestAclCreation, version: number): void {
  const flexible = version >= 2;
  writer.writeInt8(value.resourceType);
  writer.writeString(value.resourceName, flexible);
  if (version >= 1) {
    writer.writeInt8(value.resourcePatternType);
  }
  if (!(version >= 1) && value.resourcePatternType !== 3) {
    throw fieldNotInVersion('CreateAclsRequestAclCreation', 'resourcePatternType', version);
  }
  writer.writeString(value.principal, flexible);
  writer.writeString(value.host, flexible);
  writer.writeInt8(value.operation);
  writer.writeInt8(value.permissionType);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateAclsRequestAclCreation', version);
  }
}

/** Reads a CreateAclsRequestAclCreation in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateAclsRequestAclCreation(reader: Reader, version: number): CreateAclsRequestAclCreation {
  const flexible = version >= 2;
  const value: CreateAclsRequestAclCreation = {
    resourceType: reader.readInt8(),
    resourceName: reader.readString(flexible),
    resourcePatternType: (version >= 1) ? reader.readInt8() : 3,
    principal: reader.readString(flexible),
    host: reader.readString(flexible),
    operation: reader.readInt8(),
    permissionType: reader.readInt8(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of CreateAclsResponse (API key 30): valid 0-3, flexible 2+. */
export const createAclsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The CreateAclsResponse message; versions 0-3. */
export interface CreateAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The results for each ACL creation. Versions: 0+. */
  results: CreateAclsResponseAclCreationResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateAclsResponse with every field at its schema default, overridden by `init`. */
export function createCreateAclsResponse(init: Partial<CreateAclsResponse> = {}): CreateAclsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

/** Writes a CreateAclsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateAclsResponse(writer: Writer, value: CreateAclsResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.results, flexible);
  for (const item of value.results) writeCreateAclsResponseAclCreationResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateAclsResponse', version);
  }
}

/** Reads a CreateAclsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateAclsResponse(reader: Reader, version: number): CreateAclsResponse {
  const flexible = version >= 2;
  const value: CreateAclsResponse = {
    throttleTimeMs: reader.readInt32(),
    results: reader.readArray(flexible, () => readCreateAclsResponseAclCreationResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AclCreationResult of CreateAclsResponse; versions 0-3. */
export interface CreateAclsResponseAclCreationResult {
  /** The result error, or zero if there was no error. Versions: 0+. */
  errorCode: number;
  /** The result message, or null if there was no error. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateAclsResponseAclCreationResult with every field at its schema default, overridden by `init`. */
export function createCreateAclsResponseAclCreationResult(init: Partial<CreateAclsResponseAclCreationResult> = {}): CreateAclsResponseAclCreationResult {
  return {
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

/** Writes a CreateAclsResponseAclCreationResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateAclsResponseAclCreationResult(writer: Writer, value: CreateAclsResponseAclCreationResult, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateAclsResponseAclCreationResult', version);
  }
}

/** Reads a CreateAclsResponseAclCreationResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateAclsResponseAclCreationResult(reader: Reader, version: number): CreateAclsResponseAclCreationResult {
  const flexible = version >= 2;
  const value: CreateAclsResponseAclCreationResult = {
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
