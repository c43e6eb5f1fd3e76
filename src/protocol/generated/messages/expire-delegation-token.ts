// Generated from ExpireDelegationTokenRequest.json and ExpireDelegationTokenResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ExpireDelegationToken (API key 40): request and response codecs, versions 0-2.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ExpireDelegationToken
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of ExpireDelegationTokenRequest (API key 40): valid 0-2, flexible 2+. */
export const expireDelegationTokenRequestVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The ExpireDelegationTokenRequest message; versions 0-2. */
export interface ExpireDelegationTokenRequest {
  /** The HMAC of the delegation token to be expired. Versions: 0+. */
  hmac: Uint8Array;
  /** The expiry time period in milliseconds. Versions: 0+. */
  expiryTimePeriodMs: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ExpireDelegationTokenRequest with every field at its schema default, overridden by `init`. */
export function createExpireDelegationTokenRequest(init: Partial<ExpireDelegationTokenRequest> = {}): ExpireDelegationTokenRequest {
  return {
    hmac: new Uint8Array(0),
    expiryTimePeriodMs: 0n,
    ...init,
  };
}

/** Writes a ExpireDelegationTokenRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeExpireDelegationTokenRequest(writer: Writer, value: ExpireDelegationTokenRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeBytes(value.hmac, flexible);
  writer.writeInt64(value.expiryTimePeriodMs);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ExpireDelegationTokenRequest', version);
  }
}

/** Reads a ExpireDelegationTokenRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readExpireDelegationTokenRequest(reader: Reader, version: number): ExpireDelegationTokenRequest {
  const flexible = version >= 2;
  const value: ExpireDelegationTokenRequest = {
    hmac: reader.readBytes(flexible),
    expiryTimePeriodMs: reader.readInt64(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of ExpireDelegationTokenResponse (API key 40): valid 0-2, flexible 2+. */
export const expireDelegationTokenResponseVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The ExpireDelegationTokenResponse message; versions 0-2. */
export interface ExpireDelegationTokenResponse {
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. Versions: 0+. */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ExpireDelegationTokenResponse with every field at its schema default, overridden by `init`. */
export function createExpireDelegationTokenResponse(init: Partial<ExpireDelegationTokenResponse> = {}): ExpireDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0n,
    throttleTimeMs: 0,
    ...init,
  };
}

/** Writes a ExpireDelegationTokenResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeExpireDelegationTokenResponse(writer: Writer, value: ExpireDelegationTokenResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.errorCode);
  writer.writeInt64(value.expiryTimestampMs);
  writer.writeInt32(value.throttleTimeMs);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ExpireDelegationTokenResponse', version);
  }
}

/** Reads a ExpireDelegationTokenResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readExpireDelegationTokenResponse(reader: Reader, version: number): ExpireDelegationTokenResponse {
  const flexible = version >= 2;
  const value: ExpireDelegationTokenResponse = {
    errorCode: reader.readInt16(),
    expiryTimestampMs: reader.readInt64(),
    throttleTimeMs: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
