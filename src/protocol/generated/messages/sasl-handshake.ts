// Generated from SaslHandshakeRequest.json and SaslHandshakeResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// SaslHandshake (API key 17): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_SaslHandshake
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of SaslHandshakeRequest (API key 17): valid 0-1, flexible none. */
export const saslHandshakeRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: null,
} as const;

/** The SaslHandshakeRequest message; versions 0-1. */
export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. Versions: 0+. */
  mechanism: string;
}

/** A SaslHandshakeRequest with every field at its schema default, overridden by `init`. */
export function createSaslHandshakeRequest(init: Partial<SaslHandshakeRequest> = {}): SaslHandshakeRequest {
  return {
    mechanism: "",
    ...init,
  };
}

/** Writes a SaslHandshakeRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeSaslHandshakeRequest(writer: Writer, value: SaslHandshakeRequest, _version: number): void {
  writer.writeString(value.mechanism, false);
}

/** Reads a SaslHandshakeRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readSaslHandshakeRequest(reader: Reader, _version: number): SaslHandshakeRequest {
  const value: SaslHandshakeRequest = {
    mechanism: reader.readString(false),
  };
  return value;
}

/** Versions of SaslHandshakeResponse (API key 17): valid 0-1, flexible none. */
export const saslHandshakeResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: null,
} as const;

/** The SaslHandshakeResponse message; versions 0-1. */
export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The mechanisms enabled in the server. Versions: 0+. */
  mechanisms: string[];
}

/** A SaslHandshakeResponse with every field at its schema default, overridden by `init`. */
export function createSaslHandshakeResponse(init: Partial<SaslHandshakeResponse> = {}): SaslHandshakeResponse {
  return {
    errorCode: 0,
    mechanisms: [],
    ...init,
  };
}

/** Writes a SaslHandshakeResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeSaslHandshakeResponse(writer: Writer, value: SaslHandshakeResponse, _version: number): void {
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.mechanisms, false);
  for (const item of value.mechanisms) writer.writeString(item, false);
}

/** Reads a SaslHandshakeResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readSaslHandshakeResponse(reader: Reader, _version: number): SaslHandshakeResponse {
  const value: SaslHandshakeResponse = {
    errorCode: reader.readInt16(),
    mechanisms: reader.readStringArray(false),
  };
  return value;
}
