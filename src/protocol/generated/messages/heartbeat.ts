// Generated from HeartbeatRequest.json and HeartbeatResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// Heartbeat (API key 12): request and response codecs, versions 0-4.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_Heartbeat
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type GroupId } from '../../entity-types.js';

/** Versions of HeartbeatRequest (API key 12): valid 0-4, flexible 4+. */
export const heartbeatRequestVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 4,
} as const;

/** The HeartbeatRequest message; versions 0-4. */
export interface HeartbeatRequest {
  /** The group id. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** The generation of the group. Versions: 0+. */
  generationId: number;
  /** The member ID. Versions: 0+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions: 3+. Nullable: 3+. Default: null. */
  groupInstanceId: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A HeartbeatRequest with every field at its schema default, overridden by `init`. */
export function createHeartbeatRequest(init: Partial<HeartbeatRequest> = {}): HeartbeatRequest {
  return {
    groupId: "" as GroupId,
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
    ...init,
  };
}

/** Writes a HeartbeatRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeHeartbeatRequest(writer: Writer, value: HeartbeatRequest, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.groupId, flexible);
  writer.writeInt32(value.generationId);
  writer.writeString(value.memberId, flexible);
  if (version >= 3) {
    writer.writeNullableString(value.groupInstanceId, flexible);
  }
  if (!(version >= 3) && value.groupInstanceId !== null) {
    throw fieldNotInVersion('HeartbeatRequest', 'groupInstanceId', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('HeartbeatRequest', version);
  }
}

/** Reads a HeartbeatRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readHeartbeatRequest(reader: Reader, version: number): HeartbeatRequest {
  const flexible = version >= 4;
  const value: HeartbeatRequest = {
    groupId: reader.readString(flexible) as GroupId,
    generationId: reader.readInt32(),
    memberId: reader.readString(flexible),
    groupInstanceId: (version >= 3) ? reader.readNullableString(flexible) : null,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of HeartbeatResponse (API key 12): valid 0-4, flexible 4+. */
export const heartbeatResponseVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 4,
} as const;

/** The HeartbeatResponse message; versions 0-4. */
export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 1+. Ignorable. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A HeartbeatResponse with every field at its schema default, overridden by `init`. */
export function createHeartbeatResponse(init: Partial<HeartbeatResponse> = {}): HeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    ...init,
  };
}

/** Writes a HeartbeatResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeHeartbeatResponse(writer: Writer, value: HeartbeatResponse, version: number): void {
  const flexible = version >= 4;
  if (version >= 1) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('HeartbeatResponse', version);
  }
}

/** Reads a HeartbeatResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readHeartbeatResponse(reader: Reader, version: number): HeartbeatResponse {
  const flexible = version >= 4;
  const value: HeartbeatResponse = {
    throttleTimeMs: (version >= 1) ? reader.readInt32() : 0,
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
