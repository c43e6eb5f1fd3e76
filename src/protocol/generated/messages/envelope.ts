// Generated from EnvelopeRequest.json and EnvelopeResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// Envelope (API key 58): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_Envelope
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of EnvelopeRequest (API key 58): valid 0, flexible 0+. */
export const envelopeRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The EnvelopeRequest message; versions 0. */
export interface EnvelopeRequest {
  /** The embedded request header and data. Versions: 0+. */
  requestData: Uint8Array;
  /** Value of the initial client principal when the request is redirected by a broker. Versions: 0+. Nullable: 0+. */
  requestPrincipal: Uint8Array | null;
  /** The original client's address in bytes. Versions: 0+. */
  clientHostAddress: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EnvelopeRequest with every field at its schema default, overridden by `init`. */
export function createEnvelopeRequest(init: Partial<EnvelopeRequest> = {}): EnvelopeRequest {
  return {
    requestData: new Uint8Array(0),
    requestPrincipal: new Uint8Array(0),
    clientHostAddress: new Uint8Array(0),
    ...init,
  };
}

/** Writes a EnvelopeRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEnvelopeRequest(writer: Writer, value: EnvelopeRequest, _version: number): void {
  writer.writeBytes(value.requestData, true);
  writer.writeNullableBytes(value.requestPrincipal, true);
  writer.writeBytes(value.clientHostAddress, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a EnvelopeRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEnvelopeRequest(reader: Reader, _version: number): EnvelopeRequest {
  const value: EnvelopeRequest = {
    requestData: reader.readBytes(true),
    requestPrincipal: reader.readNullableBytes(true),
    clientHostAddress: reader.readBytes(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of EnvelopeResponse (API key 58): valid 0, flexible 0+. */
export const envelopeResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The EnvelopeResponse message; versions 0. */
export interface EnvelopeResponse {
  /** The embedded response header and data. Versions: 0+. Nullable: 0+. Default: null. */
  responseData: Uint8Array | null;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EnvelopeResponse with every field at its schema default, overridden by `init`. */
export function createEnvelopeResponse(init: Partial<EnvelopeResponse> = {}): EnvelopeResponse {
  return {
    responseData: null,
    errorCode: 0,
    ...init,
  };
}

/** Writes a EnvelopeResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEnvelopeResponse(writer: Writer, value: EnvelopeResponse, _version: number): void {
  writer.writeNullableBytes(value.responseData, true);
  writer.writeInt16(value.errorCode);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a EnvelopeResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEnvelopeResponse(reader: Reader, _version: number): EnvelopeResponse {
  const value: EnvelopeResponse = {
    responseData: reader.readNullableBytes(true),
    errorCode: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
