// Generated from DescribeDelegationTokenRequest.json and DescribeDelegationTokenResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeDelegationToken (API key 41): request and response codecs, versions 0-3.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeDelegationToken
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of DescribeDelegationTokenRequest (API key 41): valid 0-3, flexible 2+. */
export const describeDelegationTokenRequestVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The DescribeDelegationTokenRequest message; versions 0-3. */
export interface DescribeDelegationTokenRequest {
  /** Each owner that we want to describe delegation tokens for, or null to describe all tokens. Versions: 0+. Nullable: 0+. */
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeDelegationTokenRequest with every field at its schema default, overridden by `init`. */
export function createDescribeDelegationTokenRequest(init: Partial<DescribeDelegationTokenRequest> = {}): DescribeDelegationTokenRequest {
  return {
    owners: [],
    ...init,
  };
}

/** Writes a DescribeDelegationTokenRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeDelegationTokenRequest(writer: Writer, value: DescribeDelegationTokenRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeArrayLength(value.owners, flexible);
  if (value.owners !== null) for (const item of value.owners) writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeDelegationTokenRequest', version);
  }
}

/** Reads a DescribeDelegationTokenRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeDelegationTokenRequest(reader: Reader, version: number): DescribeDelegationTokenRequest {
  const flexible = version >= 2;
  const value: DescribeDelegationTokenRequest = {
    owners: reader.readNullableArray(flexible, () => readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribeDelegationTokenOwner of DescribeDelegationTokenRequest; versions 0-3. */
export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  /** The owner principal type. Versions: 0+. */
  principalType: string;
  /** The owner principal name. Versions: 0+. */
  principalName: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeDelegationTokenRequestDescribeDelegationTokenOwner with every field at its schema default, overridden by `init`. */
export function createDescribeDelegationTokenRequestDescribeDelegationTokenOwner(init: Partial<DescribeDelegationTokenRequestDescribeDelegationTokenOwner> = {}): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  return {
    principalType: "",
    principalName: "",
    ...init,
  };
}

/** Writes a DescribeDelegationTokenRequestDescribeDelegationTokenOwner in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(writer: Writer, value: DescribeDelegationTokenRequestDescribeDelegationTokenOwner, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.principalType, flexible);
  writer.writeString(value.principalName, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeDelegationTokenRequestDescribeDelegationTokenOwner', version);
  }
}

/** Reads a DescribeDelegationTokenRequestDescribeDelegationTokenOwner in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(reader: Reader, version: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  const flexible = version >= 2;
  const value: DescribeDelegationTokenRequestDescribeDelegationTokenOwner = {
    principalType: reader.readString(flexible),
    principalName: reader.readString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of DescribeDelegationTokenResponse (API key 41): valid 0-3, flexible 2+. */
export const describeDelegationTokenResponseVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The DescribeDelegationTokenResponse message; versions 0-3. */
export interface DescribeDelegationTokenResponse {
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The tokens. Versions: 0+. */
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeDelegationTokenResponse with every field at its schema default, overridden by `init`. */
export function createDescribeDelegationTokenResponse(init: Partial<DescribeDelegationTokenResponse> = {}): DescribeDelegationTokenResponse {
  return {
    errorCode: 0,
    tokens: [],
    throttleTimeMs: 0,
    ...init,
  };
}

/** Writes a DescribeDelegationTokenResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeDelegationTokenResponse(writer: Writer, value: DescribeDelegationTokenResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.tokens, flexible);
  for (const item of value.tokens) writeDescribeDelegationTokenResponseDescribedDelegationToken(writer, item, version);
  writer.writeInt32(value.throttleTimeMs);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeDelegationTokenResponse', version);
  }
}

/** Reads a DescribeDelegationTokenResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeDelegationTokenResponse(reader: Reader, version: number): DescribeDelegationTokenResponse {
  const flexible = version >= 2;
  const value: DescribeDelegationTokenResponse = {
    errorCode: reader.readInt16(),
    tokens: reader.readArray(flexible, () => readDescribeDelegationTokenResponseDescribedDelegationToken(reader, version)),
    throttleTimeMs: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribedDelegationToken of DescribeDelegationTokenResponse; versions 0-3. */
export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  /** The token principal type. Versions: 0+. */
  principalType: string;
  /** The token principal name. Versions: 0+. */
  principalName: string;
  /** The principal type of the requester of the token. Versions: 3+. */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. Versions: 3+. */
  tokenRequesterPrincipalName: string;
  /** The token issue timestamp in milliseconds. Versions: 0+. */
  issueTimestamp: bigint;
  /** The token expiry timestamp in milliseconds. Versions: 0+. */
  expiryTimestamp: bigint;
  /** The token maximum timestamp length in milliseconds. Versions: 0+. */
  maxTimestamp: bigint;
  /** The token ID. Versions: 0+. */
  tokenId: string;
  /** The token HMAC. Versions: 0+. */
  hmac: Uint8Array;
  /** Those who are able to renew this token before it expires. Versions: 0+. */
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeDelegationTokenResponseDescribedDelegationToken with every field at its schema default, overridden by `init`. */
export function createDescribeDelegationTokenResponseDescribedDelegationToken(init: Partial<DescribeDelegationTokenResponseDescribedDelegationToken> = {}): DescribeDelegationTokenResponseDescribedDelegationToken {
  return {
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestamp: 0n,
    expiryTimestamp: 0n,
    maxTimestamp: 0n,
    tokenId: "",
    hmac: new Uint8Array(0),
    renewers: [],
    ...init,
  };
}

/** Writes a DescribeDelegationTokenResponseDescribedDelegationToken in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeDelegationTokenResponseDescribedDelegationToken(writer: Writer, value: DescribeDelegationTokenResponseDescribedDelegationToken, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.principalType, flexible);
  writer.writeString(value.principalName, flexible);
  if (version >= 3) {
    writer.writeString(value.tokenRequesterPrincipalType, flexible);
  }
  if (!(version >= 3) && value.tokenRequesterPrincipalType !== "") {
    throw fieldNotInVersion('DescribeDelegationTokenResponseDescribedDelegationToken', 'tokenRequesterPrincipalType', version);
  }
  if (version >= 3) {
    writer.writeString(value.tokenRequesterPrincipalName, flexible);
  }
  if (!(version >= 3) && value.tokenRequesterPrincipalName !== "") {
    throw fieldNotInVersion('DescribeDelegationTokenResponseDescribedDelegationToken', 'tokenRequesterPrincipalName', version);
  }
  writer.writeInt64(value.issueTimestamp);
  writer.writeInt64(value.expiryTimestamp);
  writer.writeInt64(value.maxTimestamp);
  writer.writeString(value.tokenId, flexible);
  writer.writeBytes(value.hmac, flexible);
  writer.writeArrayLength(value.renewers, flexible);
  for (const item of value.renewers) writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeDelegationTokenResponseDescribedDelegationToken', version);
  }
}

/** Reads a DescribeDelegationTokenResponseDescribedDelegationToken in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeDelegationTokenResponseDescribedDelegationToken(reader: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationToken {
  const flexible = version >= 2;
  const value: DescribeDelegationTokenResponseDescribedDelegationToken = {
    principalType: reader.readString(flexible),
    principalName: reader.readString(flexible),
    tokenRequesterPrincipalType: (version >= 3) ? reader.readString(flexible) : "",
    tokenRequesterPrincipalName: (version >= 3) ? reader.readString(flexible) : "",
    issueTimestamp: reader.readInt64(),
    expiryTimestamp: reader.readInt64(),
    maxTimestamp: reader.readInt64(),
    tokenId: reader.readString(flexible),
    hmac: reader.readBytes(flexible),
    renewers: reader.readArray(flexible, () => readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribedDelegationTokenRenewer of DescribeDelegationTokenResponse; versions 0-3. */
export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  /** The renewer principal type. Versions: 0+. */
  principalType: string;
  /** The renewer principal name. Versions: 0+. */
  principalName: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeDelegationTokenResponseDescribedDelegationTokenRenewer with every field at its schema default, overridden by `init`. */
export function createDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(init: Partial<DescribeDelegationTokenResponseDescribedDelegationTokenRenewer> = {}): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  return {
    principalType: "",
    principalName: "",
    ...init,
  };
}

/** Writes a DescribeDelegationTokenResponseDescribedDelegationTokenRenewer in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(writer: Writer, value: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.principalType, flexible);
  writer.writeString(value.principalName, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeDelegationTokenResponseDescribedDelegationTokenRenewer', version);
  }
}

/** Reads a DescribeDelegationTokenResponseDescribedDelegationTokenRenewer in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(reader: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  const flexible = version >= 2;
  const value: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer = {
    principalType: reader.readString(flexible),
    principalName: reader.readString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
