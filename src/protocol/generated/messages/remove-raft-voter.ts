// Generated from RemoveRaftVoterRequest.json and RemoveRaftVoterResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// RemoveRaftVoter (API key 81): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_RemoveRaftVoter
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of RemoveRaftVoterRequest (API key 81): valid 0, flexible 0+. */
export const removeRaftVoterRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The RemoveRaftVoterRequest message; versions 0. */
export interface RemoveRaftVoterRequest {
  /** The ClusterId field. Versions: 0+. Nullable: 0+. */
  clusterId: string | null;
  /** The replica id of the voter getting removed from the topic partition. Versions: 0+. */
  voterId: number;
  /** The directory id of the voter getting removed from the topic partition. Versions: 0+. */
  voterDirectoryId: Uuid;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RemoveRaftVoterRequest with every field at its schema default, overridden by `init`. */
export function createRemoveRaftVoterRequest(init: Partial<RemoveRaftVoterRequest> = {}): RemoveRaftVoterRequest {
  return {
    clusterId: "",
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    ...init,
  };
}

/** Writes a RemoveRaftVoterRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRemoveRaftVoterRequest(writer: Writer, value: RemoveRaftVoterRequest, _version: number): void {
  writer.writeNullableString(value.clusterId, true);
  writer.writeInt32(value.voterId);
  writer.writeUuid(value.voterDirectoryId);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a RemoveRaftVoterRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRemoveRaftVoterRequest(reader: Reader, _version: number): RemoveRaftVoterRequest {
  const value: RemoveRaftVoterRequest = {
    clusterId: reader.readNullableString(true),
    voterId: reader.readInt32(),
    voterDirectoryId: reader.readUuid(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of RemoveRaftVoterResponse (API key 81): valid 0, flexible 0+. */
export const removeRaftVoterResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The RemoveRaftVoterResponse message; versions 0. */
export interface RemoveRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 0+. Nullable: 0+. Ignorable. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RemoveRaftVoterResponse with every field at its schema default, overridden by `init`. */
export function createRemoveRaftVoterResponse(init: Partial<RemoveRaftVoterResponse> = {}): RemoveRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

/** Writes a RemoveRaftVoterResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRemoveRaftVoterResponse(writer: Writer, value: RemoveRaftVoterResponse, _version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a RemoveRaftVoterResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRemoveRaftVoterResponse(reader: Reader, _version: number): RemoveRaftVoterResponse {
  const value: RemoveRaftVoterResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
