// Generated from DeleteAclsRequest.json and DeleteAclsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DeleteAcls (API key 31): request and response codecs, versions 0-3.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DeleteAcls
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of DeleteAclsRequest (API key 31): valid 0-3, flexible 2+. */
export const deleteAclsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The DeleteAclsRequest message; versions 0-3. */
export interface DeleteAclsRequest {
  /** The filters to use when deleting ACLs. Versions: 0+. */
  filters: DeleteAclsRequestDeleteAclsFilter[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteAclsRequest with every field at its schema default, overridden by `init`. */
export function createDeleteAclsRequest(init: Partial<DeleteAclsRequest> = {}): DeleteAclsRequest {
  return {
    filters: [],
    ...init,
  };
}

/** Writes a DeleteAclsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteAclsRequest(writer: Writer, value: DeleteAclsRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeArrayLength(value.filters, flexible);
  for (const item of value.filters) writeDeleteAclsRequestDeleteAclsFilter(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteAclsRequest', version);
  }
}

/** Reads a DeleteAclsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteAclsRequest(reader: Reader, version: number): DeleteAclsRequest {
  const flexible = version >= 2;
  const value: DeleteAclsRequest = {
    filters: reader.readArray(flexible, () => readDeleteAclsRequestDeleteAclsFilter(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DeleteAclsFilter of DeleteAclsRequest; versions 0-3. */
export interface DeleteAclsRequestDeleteAclsFilter {
  /** The resource type. Versions: 0+. */
  resourceTypeFilter: number;
  /** The resource name. Versions: 0+. Nullable: 0+. */
  resourceNameFilter: string | null;
  /** The pattern type. Versions: 1+. Default: 3. */
  patternTypeFilter: number;
  /** The principal filter, or null to accept all principals. Versions: 0+. Nullable: 0+. */
  principalFilter: string | null;
  /** The host filter, or null to accept all hosts. Versions: 0+. Nullable: 0+. */
  hostFilter: string | null;
  /** The ACL operation. Versions: 0+. */
  operation: number;
  /** The permission type. Versions: 0+. */
  permissionType: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteAclsRequestDeleteAclsFilter with every field at its schema default, overridden by `init`. */
export function createDeleteAclsRequestDeleteAclsFilter(init: Partial<DeleteAclsRequestDeleteAclsFilter> = {}): DeleteAclsRequestDeleteAclsFilter {
  return {
    resourceTypeFilter: 0,
    resourceNameFilter: "",
    patternTypeFilter: 3,
    principalFilter: "",
    hostFilter: "",
    operation: 0,
    permissionType: 0,
    ...init,
  };
}

/** Writes a DeleteAclsRequestDeleteAclsFilter in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteAclsRequestDeleteAclsFilter(writer: Writer, value: DeleteAclsRequestDeleteAclsFilter, version: number): void {
  const flexible = version >= 2;
  writer.writeInt8(value.resourceTypeFilter);
  writer.writeNullableString(value.resourceNameFilter, flexible);
  if (version >= 1) {
    writer.writeInt8(value.patternTypeFilter);
  }
  if (!(version >= 1) && value.patternTypeFilter !== 3) {
    throw fieldNotInVersion('DeleteAclsRequestDeleteAclsFilter', 'patternTypeFilter', version);
  }
  writer.writeNullableString(value.principalFilter, flexible);
  writer.writeNullableString(value.hostFilter, flexible);
  writer.writeInt8(value.operation);
  writer.writeInt8(value.permissionType);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteAclsRequestDeleteAclsFilter', version);
  }
}

/** Reads a DeleteAclsRequestDeleteAclsFilter in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteAclsRequestDeleteAclsFilter(reader: Reader, version: number): DeleteAclsRequestDeleteAclsFilter {
  const flexible = version >= 2;
  const value: DeleteAclsRequestDeleteAclsFilter = {
    resourceTypeFilter: reader.readInt8(),
    resourceNameFilter: reader.readNullableString(flexible),
    patternTypeFilter: (version >= 1) ? reader.readInt8() : 3,
    principalFilter: reader.readNullableString(flexible),
    hostFilter: reader.readNullableString(flexible),
    operation: reader.readInt8(),
    permissionType: reader.readInt8(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of DeleteAclsResponse (API key 31): valid 0-3, flexible 2+. */
export const deleteAclsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The DeleteAclsResponse message; versions 0-3. */
export interface DeleteAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The results for each filter. Versions: 0+. */
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteAclsResponse with every field at its schema default, overridden by `init`. */
export function createDeleteAclsResponse(init: Partial<DeleteAclsResponse> = {}): DeleteAclsResponse {
  return {
    throttleTimeMs: 0,
    filterResults: [],
    ...init,
  };
}

/** Writes a DeleteAclsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteAclsResponse(writer: Writer, value: DeleteAclsResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.filterResults, flexible);
  for (const item of value.filterResults) writeDeleteAclsResponseDeleteAclsFilterResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteAclsResponse', version);
  }
}

/** Reads a DeleteAclsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteAclsResponse(reader: Reader, version: number): DeleteAclsResponse {
  const flexible = version >= 2;
  const value: DeleteAclsResponse = {
    throttleTimeMs: reader.readInt32(),
    filterResults: reader.readArray(flexible, () => readDeleteAclsResponseDeleteAclsFilterResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DeleteAclsFilterResult of DeleteAclsResponse; versions 0-3. */
export interface DeleteAclsResponseDeleteAclsFilterResult {
  /** The error code, or 0 if the filter succeeded. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if the filter succeeded. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** The ACLs which matched this filter. Versions: 0+. */
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteAclsResponseDeleteAclsFilterResult with every field at its schema default, overridden by `init`. */
export function createDeleteAclsResponseDeleteAclsFilterResult(init: Partial<DeleteAclsResponseDeleteAclsFilterResult> = {}): DeleteAclsResponseDeleteAclsFilterResult {
  return {
    errorCode: 0,
    errorMessage: "",
    matchingAcls: [],
    ...init,
  };
}

/** Writes a DeleteAclsResponseDeleteAclsFilterResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteAclsResponseDeleteAclsFilterResult(writer: Writer, value: DeleteAclsResponseDeleteAclsFilterResult, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  writer.writeArrayLength(value.matchingAcls, flexible);
  for (const item of value.matchingAcls) writeDeleteAclsResponseDeleteAclsMatchingAcl(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteAclsResponseDeleteAclsFilterResult', version);
  }
}

/** Reads a DeleteAclsResponseDeleteAclsFilterResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteAclsResponseDeleteAclsFilterResult(reader: Reader, version: number): DeleteAclsResponseDeleteAclsFilterResult {
  const flexible = version >= 2;
  const value: DeleteAclsResponseDeleteAclsFilterResult = {
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(flexible),
    matchingAcls: reader.readArray(flexible, () => readDeleteAclsResponseDeleteAclsMatchingAcl(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DeleteAclsMatchingAcl of DeleteAclsResponse; versions 0-3. */
export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  /** The deletion error code, or 0 if the deletion succeeded. Versions: 0+. */
  errorCode: number;
  /** The deletion error message, or null if the deletion succeeded. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** The ACL resource type. Versions: 0+. */
  resourceType: number;
  /** The ACL resource name. Versions: 0+. */
  resourceName: string;
  /** The ACL resource pattern type. Versions: 1+. Default: 3. */
  patternType: number;
  /** The ACL principal. Versions: 0+. */
  principal: string;
  /** The ACL host. Versions: 0+. */
  host: string;
  /** The ACL operation. Versions: 0+. */
  operation: number;
  /** The ACL permission type. Versions: 0+. */
  permissionType: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteAclsResponseDeleteAclsMatchingAcl with every field at its schema default, overridden by `init`. */
export function createDeleteAclsResponseDeleteAclsMatchingAcl(init: Partial<DeleteAclsResponseDeleteAclsMatchingAcl> = {}): DeleteAclsResponseDeleteAclsMatchingAcl {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
    ...init,
  };
}

/** Writes a DeleteAclsResponseDeleteAclsMatchingAcl in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteAclsResponseDeleteAclsMatchingAcl(writer: Writer, value: DeleteAclsResponseDeleteAclsMatchingAcl, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  writer.writeInt8(value.resourceType);
  writer.writeString(value.resourceName, flexible);
  if (version >= 1) {
    writer.writeInt8(value.patternType);
  }
  if (!(version >= 1) && value.patternType !== 3) {
    throw fieldNotInVersion('DeleteAclsResponseDeleteAclsMatchingAcl', 'patternType', version);
  }
  writer.writeString(value.principal, flexible);
  writer.writeString(value.host, flexible);
  writer.writeInt8(value.operation);
  writer.writeInt8(value.permissionType);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteAclsResponseDeleteAclsMatchingAcl', version);
  }
}

/** Reads a DeleteAclsResponseDeleteAclsMatchingAcl in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteAclsResponseDeleteAclsMatchingAcl(reader: Reader, version: number): DeleteAclsResponseDeleteAclsMatchingAcl {
  const flexible = version >= 2;
  const value: DeleteAclsResponseDeleteAclsMatchingAcl = {
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(flexible),
    resourceType: reader.readInt8(),
    resourceName: reader.readString(flexible),
    patternType: (version >= 1) ? reader.readInt8() : 3,
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
