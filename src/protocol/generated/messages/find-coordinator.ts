// Generated from FindCoordinatorRequest.json and FindCoordinatorResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// FindCoordinator (API key 10): request and response codecs, versions 0-6.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_FindCoordinator
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type NodeId } from '../../entity-types.js';

/** Versions of FindCoordinatorRequest (API key 10): valid 0-6, flexible 3+. */
export const findCoordinatorRequestVersions = {
  lowestVersion: 0,
  highestVersion: 6,
  flexibleLowestVersion: 3,
} as const;

/** The FindCoordinatorRequest message; versions 0-6. */
export interface FindCoordinatorRequest {
  /** The coordinator key. Versions: 0-3. */
  key: string;
  /** The coordinator key type. (Group, transaction, etc.). Versions: 1+. Default: 0. */
  keyType: number;
  /** The coordinator keys. Versions: 4+. */
  coordinatorKeys: string[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FindCoordinatorRequest with every field at its schema default, overridden by `init`. */
export function createFindCoordinatorRequest(init: Partial<FindCoordinatorRequest> = {}): FindCoordinatorRequest {
  return {
    key: "",
    keyType: 0,
    coordinatorKeys: [],
    ...init,
  };
}

/** Writes a FindCoordinatorRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFindCoordinatorRequest(writer: Writer, value: FindCoordinatorRequest, version: number): void {
  const flexible = version >= 3;
  if (version <= 3) {
    writer.writeString(value.key, flexible);
  }
  if (!(version <= 3) && value.key !== "") {
    throw fieldNotInVersion('FindCoordinatorRequest', 'key', version);
  }
  if (version >= 1) {
    writer.writeInt8(value.keyType);
  }
  if (!(version >= 1) && value.keyType !== 0) {
    throw fieldNotInVersion('FindCoordinatorRequest', 'keyType', version);
  }
  if (version >= 4) {
    writer.writeArrayLength(value.coordinatorKeys, flexible);
    for (const item of value.coordinatorKeys) writer.writeString(item, flexible);
  }
  if (!(version >= 4) && value.coordinatorKeys.length !== 0) {
    throw fieldNotInVersion('FindCoordinatorRequest', 'coordinatorKeys', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('FindCoordinatorRequest', version);
  }
}

/** Reads a FindCoordinatorRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFindCoordinatorRequest(reader: Reader, version: number): FindCoordinatorRequest {
  const flexible = version >= 3;
  const value: FindCoordinatorRequest = {
    key: (version <= 3) ? reader.readString(flexible) : "",
    keyType: (version >= 1) ? reader.readInt8() : 0,
    coordinatorKeys: (version >= 4) ? reader.readStringArray(flexible) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of FindCoordinatorResponse (API key 10): valid 0-6, flexible 3+. */
export const findCoordinatorResponseVersions = {
  lowestVersion: 0,
  highestVersion: 6,
  flexibleLowestVersion: 3,
} as const;

/** The FindCoordinatorResponse message; versions 0-6. */
export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 1+. Ignorable. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0-3. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 1-3. Nullable: 1-3. Ignorable. */
  errorMessage: string | null;
  /** The node id. Versions: 0-3. Entity: brokerId. */
  nodeId: NodeId;
  /** The host name. Versions: 0-3. */
  host: string;
  /** The port. Versions: 0-3. */
  port: number;
  /** Each coordinator result in the response. Versions: 4+. */
  coordinators: FindCoordinatorResponseCoordinator[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FindCoordinatorResponse with every field at its schema default, overridden by `init`. */
export function createFindCoordinatorResponse(init: Partial<FindCoordinatorResponse> = {}): FindCoordinatorResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    nodeId: 0 as NodeId,
    host: "",
    port: 0,
    coordinators: [],
    ...init,
  };
}

/** Writes a FindCoordinatorResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFindCoordinatorResponse(writer: Writer, value: FindCoordinatorResponse, version: number): void {
  const flexible = version >= 3;
  if (version >= 1) {
    writer.writeInt32(value.throttleTimeMs);
  }
  if (version <= 3) {
    writer.writeInt16(value.errorCode);
  }
  if (!(version <= 3) && value.errorCode !== 0) {
    throw fieldNotInVersion('FindCoordinatorResponse', 'errorCode', version);
  }
  if (version >= 1 && version <= 3) {
    writer.writeNullableString(value.errorMessage, flexible);
  }
  if (version <= 3) {
    writer.writeInt32(value.nodeId);
  }
  if (!(version <= 3) && value.nodeId !== 0) {
    throw fieldNotInVersion('FindCoordinatorResponse', 'nodeId', version);
  }
  if (version <= 3) {
    writer.writeString(value.host, flexible);
  }
  if (!(version <= 3) && value.host !== "") {
    throw fieldNotInVersion('FindCoordinatorResponse', 'host', version);
  }
  if (version <= 3) {
    writer.writeInt32(value.port);
  }
  if (!(version <= 3) && value.port !== 0) {
    throw fieldNotInVersion('FindCoordinatorResponse', 'port', version);
  }
  if (version >= 4) {
    writer.writeArrayLength(value.coordinators, flexible);
    for (const item of value.coordinators) writeFindCoordinatorResponseCoordinator(writer, item, version);
  }
  if (!(version >= 4) && value.coordinators.length !== 0) {
    throw fieldNotInVersion('FindCoordinatorResponse', 'coordinators', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('FindCoordinatorResponse', version);
  }
}

/** Reads a FindCoordinatorResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFindCoordinatorResponse(reader: Reader, version: number): FindCoordinatorResponse {
  const flexible = version >= 3;
  const value: FindCoordinatorResponse = {
    throttleTimeMs: (version >= 1) ? reader.readInt32() : 0,
    errorCode: (version <= 3) ? reader.readInt16() : 0,
    errorMessage: (version >= 1 && version <= 3) ? reader.readNullableString(flexible) : "",
    nodeId: (version <= 3) ? reader.readInt32() as NodeId : 0 as NodeId,
    host: (version <= 3) ? reader.readString(flexible) : "",
    port: (version <= 3) ? reader.readInt32() : 0,
    coordinators: (version >= 4) ? reader.readArray(flexible, () => readFindCoordinatorResponseCoordinator(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Coordinator of FindCoordinatorResponse; versions 4-6. */
export interface FindCoordinatorResponseCoordinator {
  /** The coordinator key. Versions: 4+. */
  key: string;
  /** The node id. Versions: 4+. Entity: brokerId. */
  nodeId: NodeId;
  /** The host name. Versions: 4+. */
  host: string;
  /** The port. Versions: 4+. */
  port: number;
  /** The error code, or 0 if there was no error. Versions: 4+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 4+. Nullable: 4+. Ignorable. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FindCoordinatorResponseCoordinator with every field at its schema default, overridden by `init`. */
export function createFindCoordinatorResponseCoordinator(init: Partial<FindCoordinatorResponseCoordinator> = {}): FindCoordinatorResponseCoordinator {
  return {
    key: "",
    nodeId: 0 as NodeId,
    host: "",
    port: 0,
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

/** Writes a FindCoordinatorResponseCoordinator in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFindCoordinatorResponseCoordinator(writer: Writer, value: FindCoordinatorResponseCoordinator, _version: number): void {
  writer.writeString(value.key, true);
  writer.writeInt32(value.nodeId);
  writer.writeString(value.host, true);
  writer.writeInt32(value.port);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FindCoordinatorResponseCoordinator in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFindCoordinatorResponseCoordinator(reader: Reader, _version: number): FindCoordinatorResponseCoordinator {
  const value: FindCoordinatorResponseCoordinator = {
    key: reader.readString(true),
    nodeId: reader.readInt32() as NodeId,
    host: reader.readString(true),
    port: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
