// Generated from RenewDelegationTokenRequest.json and RenewDelegationTokenResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// RenewDelegationToken (API key 39): request and response codecs, versions 0-2.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_RenewDelegationToken
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of RenewDelegationTokenRequest (API key 39): valid 0-2, flexible 2+. */
export const renewDelegationTokenRequestVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The RenewDelegationTokenRequest message; versions 0-2. */
export interface RenewDelegationTokenRequest {
  /** The HMAC of the delegation token to be renewed. Versions: 0+. */
  hmac: Uint8Array;
  /** The renewal time period in milliseconds. Versions: 0+. */
  renewPeriodMs: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RenewDelegationTokenRequest with every field at its schema default, overridden by `init`. */
export function createRenewDelegationTokenRequest(init: Partial<RenewDelegationTokenRequest> = {}): RenewDelegationTokenRequest {
  return {
    hmac: new Uint8Array(0),
    renewPeriodMs: 0n,
    ...init,
  };
}

/** Writes a RenewDelegationTokenRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRenewDelegationTokenRequest(writer: Writer, value: RenewDelegationTokenRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeBytes(value.hmac, flexible);
  writer.writeInt64(value.renewPeriodMs);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('RenewDelegationTokenRequest', version);
  }
}

/** Reads a RenewDelegationTokenRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRenewDelegationTokenRequest(reader: Reader, version: number): RenewDelegationTokenRequest {
  const flexible = version >= 2;
  const value: RenewDelegationTokenRequest = {
    hmac: reader.readBytes(flexible),
    renewPeriodMs: reader.readInt64(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of RenewDelegationTokenResponse (API key 39): valid 0-2, flexible 2+. */
export const renewDelegationTokenResponseVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The RenewDelegationTokenResponse message; versions 0-2. */
export interface RenewDelegationTokenResponse {
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. Versions: 0+. */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RenewDelegationTokenResponse with every field at its schema default, overridden by `init`. */
export function createRenewDelegationTokenResponse(init: Partial<RenewDelegationTokenResponse> = {}): RenewDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0n,
    throttleTimeMs: 0,
    ...init,
  };
}

/** Writes a RenewDelegationTokenResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRenewDelegationTokenResponse(writer: Writer, value: RenewDelegationTokenResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.errorCode);
  writer.writeInt64(value.expiryTimestampMs);
  writer.writeInt32(value.throttleTimeMs);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('RenewDelegationTokenResponse', version);
  }
}

/** Reads a RenewDelegationTokenResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRenewDelegationTokenResponse(reader: Reader, version: number): RenewDelegationTokenResponse {
  const flexible = version >= 2;
  const value: RenewDelegationTokenResponse = {
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
