// Generated from DescribeAclsRequest.json and DescribeAclsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeAcls (API key 29): request and response codecs, versions 0-3.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeAcls
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of DescribeAclsRequest (API key 29): valid 0-3, flexible 2+. */
export const describeAclsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The DescribeAclsRequest message; versions 0-3. */
export interface DescribeAclsRequest {
  /** The resource type. Versions: 0+. */
  resourceTypeFilter: number;
  /** The resource name, or null to match any resource name. Versions: 0+. Nullable: 0+. */
  resourceNameFilter: string | null;
  /** The resource pattern to match. Versions: 1+. Default: 3. */
  patternTypeFilter: number;
  /** The principal to match, or null to match any principal. Versions: 0+. Nullable: 0+. */
  principalFilter: string | null;
  /** The host to match, or null to match any host. Versions: 0+. Nullable: 0+. */
  hostFilter: string | null;
  /** The operation to match. Versions: 0+. */
  operation: number;
  /** The permission type to match. Versions: 0+. */
  permissionType: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeAclsRequest with every field at its schema default, overridden by `init`. */
export function createDescribeAclsRequest(init: Partial<DescribeAclsRequest> = {}): DescribeAclsRequest {
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

/** Writes a DescribeAclsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeAclsRequest(writer: Writer, value: DescribeAclsRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeInt8(value.resourceTypeFilter);
  writer.writeNullableString(value.resourceNameFilter, flexible);
  if (version >= 1) {
    writer.writeInt8(value.patternTypeFilter);
  }
  if (!(version >= 1) && value.patternTypeFilter !== 3) {
    throw fieldNotInVersion('DescribeAclsRequest', 'patternTypeFilter', version);
  }
  writer.writeNullableString(value.principalFilter, flexible);
  writer.writeNullableString(value.hostFilter, flexible);
  writer.writeInt8(value.operation);
  writer.writeInt8(value.permissionType);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeAclsRequest', version);
  }
}

/** Reads a DescribeAclsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeAclsRequest(reader: Reader, version: number): DescribeAclsRequest {
  const flexible = version >= 2;
  const value: DescribeAclsRequest = {
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

/** Versions of DescribeAclsResponse (API key 29): valid 0-3, flexible 2+. */
export const describeAclsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The DescribeAclsResponse message; versions 0-3. */
export interface DescribeAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** Each Resource that is referenced in an ACL. Versions: 0+. */
  resources: DescribeAclsResponseDescribeAclsResource[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeAclsResponse with every field at its schema default, overridden by `init`. */
export function createDescribeAclsResponse(init: Partial<DescribeAclsResponse> = {}): DescribeAclsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    resources: [],
    ...init,
  };
}

/** Writes a DescribeAclsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeAclsResponse(writer: Writer, value: DescribeAclsResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  writer.writeArrayLength(value.resources, flexible);
  for (const item of value.resources) writeDescribeAclsResponseDescribeAclsResource(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeAclsResponse', version);
  }
}

/** Reads a DescribeAclsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeAclsResponse(reader: Reader, version: number): DescribeAclsResponse {
  const flexible = version >= 2;
  const value: DescribeAclsResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(flexible),
    resources: reader.readArray(flexible, () => readDescribeAclsResponseDescribeAclsResource(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribeAclsResource of DescribeAclsResponse; versions 0-3. */
export interface DescribeAclsResponseDescribeAclsResource {
  /** The resource type. Versions: 0+. */
  resourceType: number;
  /** The resource name. Versions: 0+. */
  resourceName: string;
  /** The resource pattern type. Versions: 1+. Default: 3. */
  patternType: number;
  /** The ACLs. Versions: 0+. */
  acls: DescribeAclsResponseAclDescription[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeAclsResponseDescribeAclsResource with every field at its schema default, overridden by `init`. */
export function createDescribeAclsResponseDescribeAclsResource(init: Partial<DescribeAclsResponseDescribeAclsResource> = {}): DescribeAclsResponseDescribeAclsResource {
  return {
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    acls: [],
    ...init,
  };
}

/** Writes a DescribeAclsResponseDescribeAclsResource in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeAclsResponseDescribeAclsResource(writer: Writer, value: DescribeAclsResponseDescribeAclsResource, version: number): void {
  const flexible = version >= 2;
  writer.writeInt8(value.resourceType);
  writer.writeString(value.resourceName, flexible);
  if (version >= 1) {
    writer.writeInt8(value.patternType);
  }
  if (!(version >= 1) && value.patternType !== 3) {
    throw fieldNotInVersion('DescribeAclsResponseDescribeAclsResource', 'patternType', version);
  }
  writer.writeArrayLength(value.acls, flexible);
  for (const item of value.acls) writeDescribeAclsResponseAclDescription(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeAclsResponseDescribeAclsResource', version);
  }
}

/** Reads a DescribeAclsResponseDescribeAclsResource in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeAclsResponseDescribeAclsResource(reader: Reader, version: number): DescribeAclsResponseDescribeAclsResource {
  const flexible = version >= 2;
  const value: DescribeAclsResponseDescribeAclsResource = {
    resourceType: reader.readInt8(),
    resourceName: reader.readString(flexible),
    patternType: (version >= 1) ? reader.readInt8() : 3,
    acls: reader.readArray(flexible, () => readDescribeAclsResponseAclDescription(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AclDescription of DescribeAclsResponse; versions 0-3. */
export interface DescribeAclsResponseAclDescription {
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

/** A DescribeAclsResponseAclDescription with every field at its schema default, overridden by `init`. */
export function createDescribeAclsResponseAclDescription(init: Partial<DescribeAclsResponseAclDescription> = {}): DescribeAclsResponseAclDescription {
  return {
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
    ...init,
  };
}

/** Writes a DescribeAclsResponseAclDescription in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeAclsResponseAclDescription(writer: Writer, value: DescribeAclsResponseAclDescription, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.principal, flexible);
  writer.writeString(value.host, flexible);
  writer.writeInt8(value.operation);
  writer.writeInt8(value.permissionType);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeAclsResponseAclDescription', version);
  }
}

/** Reads a DescribeAclsResponseAclDescription in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeAclsResponseAclDescription(reader: Reader, version: number): DescribeAclsResponseAclDescription {
  const flexible = version >= 2;
  const value: DescribeAclsResponseAclDescription = {
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
