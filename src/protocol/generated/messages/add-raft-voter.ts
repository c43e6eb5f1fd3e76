// Generated from AddRaftVoterRequest.json and AddRaftVoterResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AddRaftVoter (API key 80): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_AddRaftVoter
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of AddRaftVoterRequest (API key 80): valid 0, flexible 0+. */
export const addRaftVoterRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AddRaftVoterRequest message; versions 0. */
export interface AddRaftVoterRequest {
  /** The ClusterId field. Versions: 0+. Nullable: 0+. */
  clusterId: string | null;
  /** The TimeoutMs field. Versions: 0+. */
  timeoutMs: number;
  /** The replica id of the voter getting added to the topic partition. Versions: 0+. */
  voterId: number;
  /** The directory id of the voter getting added to the topic partition. Versions: 0+. */
  voterDirectoryId: Uuid;
  /** The endpoints that can be used to communicate with the voter. Versions: 0+. */
  listeners: AddRaftVoterRequestListener[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddRaftVoterRequest with every field at its schema default, overridden by `init`. */
export function createAddRaftVoterRequest(init: Partial<AddRaftVoterRequest> = {}): AddRaftVoterRequest {
  return {
    clusterId: "",
    timeoutMs: 0,
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    listeners: [],
    ...init,
  };
}

/** Writes a AddRaftVoterRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddRaftVoterRequest(writer: Writer, value: AddRaftVoterRequest, version: number): void {
  writer.writeNullableString(value.clusterId, true);
  writer.writeInt32(value.timeoutMs);
  writer.writeInt32(value.voterId);
  writer.writeUuid(value.voterDirectoryId);
  writer.writeArrayLength(value.listeners, true);
  for (const item of value.listeners) writeAddRaftVoterRequestListener(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AddRaftVoterRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddRaftVoterRequest(reader: Reader, version: number): AddRaftVoterRequest {
  const value: AddRaftVoterRequest = {
    clusterId: reader.readNullableString(true),
    timeoutMs: reader.readInt32(),
    voterId: reader.readInt32(),
    voterDirectoryId: reader.readUuid(),
    listeners: reader.readArray(true, () => readAddRaftVoterRequestListener(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Listener of AddRaftVoterRequest; versions 0. */
export interface AddRaftVoterRequestListener {
  /** The name of the endpoint. Versions: 0+. */
  name: string;
  /** The hostname. Versions: 0+. */
  host: string;
  /** The port. Versions: 0+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddRaftVoterRequestListener with every field at its schema default, overridden by `init`. */
export function createAddRaftVoterRequestListener(init: Partial<AddRaftVoterRequestListener> = {}): AddRaftVoterRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
    ...init,
  };
}

/** Writes a AddRaftVoterRequestListener in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddRaftVoterRequestListener(writer: Writer, value: AddRaftVoterRequestListener, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AddRaftVoterRequestListener in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddRaftVoterRequestListener(reader: Reader, _version: number): AddRaftVoterRequestListener {
  const value: AddRaftVoterRequestListener = {
    name: reader.readString(true),
    host: reader.readString(true),
    port: reader.readUint16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of AddRaftVoterResponse (API key 80): valid 0, flexible 0+. */
export const addRaftVoterResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AddRaftVoterResponse message; versions 0. */
export interface AddRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 0+. Nullable: 0+. Ignorable. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddRaftVoterResponse with every field at its schema default, overridden by `init`. */
export function createAddRaftVoterResponse(init: Partial<AddRaftVoterResponse> = {}): AddRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

/** Writes a AddRaftVoterResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddRaftVoterResponse(writer: Writer, value: AddRaftVoterResponse, _version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AddRaftVoterResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddRaftVoterResponse(reader: Reader, _version: number): AddRaftVoterResponse {
  const value: AddRaftVoterResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
