// Generated from SaslAuthenticateRequest.json and SaslAuthenticateResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// SaslAuthenticate (API key 36): request and response codecs, versions 0-2.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_SaslAuthenticate
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of SaslAuthenticateRequest (API key 36): valid 0-2, flexible 2+. */
export const saslAuthenticateRequestVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The SaslAuthenticateRequest message; versions 0-2. */
export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. Versions: 0+. */
  authBytes: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A SaslAuthenticateRequest with every field at its schema default, overridden by `init`. */
export function createSaslAuthenticateRequest(init: Partial<SaslAuthenticateRequest> = {}): SaslAuthenticateRequest {
  return {
    authBytes: new Uint8Array(0),
    ...init,
  };
}

/** Writes a SaslAuthenticateRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeSaslAuthenticateRequest(writer: Writer, value: SaslAuthenticateRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeBytes(value.authBytes, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('SaslAuthenticateRequest', version);
  }
}

/** Reads a SaslAuthenticateRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readSaslAuthenticateRequest(reader: Reader, version: number): SaslAuthenticateRequest {
  const flexible = version >= 2;
  const value: SaslAuthenticateRequest = {
    authBytes: reader.readBytes(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of SaslAuthenticateResponse (API key 36): valid 0-2, flexible 2+. */
export const saslAuthenticateResponseVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The SaslAuthenticateResponse message; versions 0-2. */
export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. Versions: 0+. */
  authBytes: Uint8Array;
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. Versions: 1+. Ignorable. Default: 0. */
  sessionLifetimeMs: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A SaslAuthenticateResponse with every field at its schema default, overridden by `init`. */
export function createSaslAuthenticateResponse(init: Partial<SaslAuthenticateResponse> = {}): SaslAuthenticateResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    authBytes: new Uint8Array(0),
    sessionLifetimeMs: 0n,
    ...init,
  };
}

/** Writes a SaslAuthenticateResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeSaslAuthenticateResponse(writer: Writer, value: SaslAuthenticateResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  writer.writeBytes(value.authBytes, flexible);
  if (version >= 1) {
    writer.writeInt64(value.sessionLifetimeMs);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('SaslAuthenticateResponse', version);
  }
}

/** Reads a SaslAuthenticateResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readSaslAuthenticateResponse(reader: Reader, version: number): SaslAuthenticateResponse {
  const flexible = version >= 2;
  const value: SaslAuthenticateResponse = {
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(flexible),
    authBytes: reader.readBytes(flexible),
    sessionLifetimeMs: (version >= 1) ? reader.readInt64() : 0n,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
