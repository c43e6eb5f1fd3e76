// Generated from UnregisterBrokerRequest.json and UnregisterBrokerResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// UnregisterBroker (API key 64): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_UnregisterBroker
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type NodeId } from '../../entity-types.js';

/** Versions of UnregisterBrokerRequest (API key 64): valid 0, flexible 0+. */
export const unregisterBrokerRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The UnregisterBrokerRequest message; versions 0. */
export interface UnregisterBrokerRequest {
  /** The broker ID to unregister. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UnregisterBrokerRequest with every field at its schema default, overridden by `init`. */
export function createUnregisterBrokerRequest(init: Partial<UnregisterBrokerRequest> = {}): UnregisterBrokerRequest {
  return {
    brokerId: 0 as NodeId,
    ...init,
  };
}

/** Writes a UnregisterBrokerRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUnregisterBrokerRequest(writer: Writer, value: UnregisterBrokerRequest, _version: number): void {
  writer.writeInt32(value.brokerId);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UnregisterBrokerRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUnregisterBrokerRequest(reader: Reader, _version: number): UnregisterBrokerRequest {
  const value: UnregisterBrokerRequest = {
    brokerId: reader.readInt32() as NodeId,
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of UnregisterBrokerResponse (API key 64): valid 0, flexible 0+. */
export const unregisterBrokerResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The UnregisterBrokerResponse message; versions 0. */
export interface UnregisterBrokerResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UnregisterBrokerResponse with every field at its schema default, overridden by `init`. */
export function createUnregisterBrokerResponse(init: Partial<UnregisterBrokerResponse> = {}): UnregisterBrokerResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

/** Writes a UnregisterBrokerResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUnregisterBrokerResponse(writer: Writer, value: UnregisterBrokerResponse, _version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UnregisterBrokerResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUnregisterBrokerResponse(reader: Reader, _version: number): UnregisterBrokerResponse {
  const value: UnregisterBrokerResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
