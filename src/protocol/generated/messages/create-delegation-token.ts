// Generated from CreateDelegationTokenRequest.json and CreateDelegationTokenResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// CreateDelegationToken (API key 38): request and response codecs, versions 0-3.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_CreateDelegationToken
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of CreateDelegationTokenRequest (API key 38): valid 0-3, flexible 2+. */
export const createDelegationTokenRequestVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The CreateDelegationTokenRequest message; versions 0-3. */
export interface CreateDelegationTokenRequest {
  /** The principal type of the owner of the token. If it's null it defaults to the token request principal. Versions: 3+. Nullable: 3+. */
  ownerPrincipalType: string | null;
  /** The principal name of the owner of the token. If it's null it defaults to the token request principal. Versions: 3+. Nullable: 3+. */
  ownerPrincipalName: string | null;
  /** A list of those who are allowed to renew this token before it expires. Versions: 0+. */
  renewers: CreateDelegationTokenRequestCreatableRenewers[];
  /** The maximum lifetime of the token in milliseconds, or -1 to use the server side default. Versions: 0+. */
  maxLifetimeMs: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateDelegationTokenRequest with every field at its schema default, overridden by `init`. */
export function createCreateDelegationTokenRequest(init: Partial<CreateDelegationTokenRequest> = {}): CreateDelegationTokenRequest {
  return {
    ownerPrincipalType: "",
    ownerPrincipalName: "",
    renewers: [],
    maxLifetimeMs: 0n,
    ...init,
  };
}

/** Writes a CreateDelegationTokenRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateDelegationTokenRequest(writer: Writer, value: CreateDelegationTokenRequest, version: number): void {
  const flexible = version >= 2;
  if (version >= 3) {
    writer.writeNullableString(value.ownerPrincipalType, flexible);
  }
  if (!(version >= 3) && value.ownerPrincipalType !== "") {
    throw fieldNotInVersion('CreateDelegationTokenRequest', 'ownerPrincipalType', version);
  }
  if (version >= 3) {
    writer.writeNullableString(value.ownerPrincipalName, flexible);
  }
  if (!(version >= 3) && value.ownerPrincipalName !== "") {
    throw fieldNotInVersion('CreateDelegationTokenRequest', 'ownerPrincipalName', version);
  }
  writer.writeArrayLength(value.renewers, flexible);
  for (const item of value.renewers) writeCreateDelegationTokenRequestCreatableRenewers(writer, item, version);
  writer.writeInt64(value.maxLifetimeMs);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateDelegationTokenRequest', version);
  }
}

/** Reads a CreateDelegationTokenRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateDelegationTokenRequest(reader: Reader, version: number): CreateDelegationTokenRequest {
  const flexible = version >= 2;
  const value: CreateDelegationTokenRequest = {
    ownerPrincipalType: (version >= 3) ? reader.readNullableString(flexible) : "",
    ownerPrincipalName: (version >= 3) ? reader.readNullableString(flexible) : "",
    renewers: reader.readArray(flexible, () => readCreateDelegationTokenRequestCreatableRenewers(reader, version)),
    maxLifetimeMs: reader.readInt64(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** CreatableRenewers of CreateDelegationTokenRequest; versions 0-3. */
export interface CreateDelegationTokenRequestCreatableRenewers {
  /** The type of the Kafka principal. Versions: 0+. */
  principalType: string;
  /** The name of the Kafka principal. Versions: 0+. */
  principalName: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateDelegationTokenRequestCreatableRenewers with every field at its schema default, overridden by `init`. */
export function createCreateDelegationTokenRequestCreatableRenewers(init: Partial<CreateDelegationTokenRequestCreatableRenewers> = {}): CreateDelegationTokenRequestCreatableRenewers {
  return {
    principalType: "",
    principalName: "",
    ...init,
  };
}

/** Writes a CreateDelegationTokenRequestCreatableRenewers in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateDelegationTokenRequestCreatableRenewers(writer: Writer, value: CreateDelegationTokenRequestCreatableRenewers, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.principalType, flexible);
  writer.writeString(value.principalName, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateDelegationTokenRequestCreatableRenewers', version);
  }
}

/** Reads a CreateDelegationTokenRequestCreatableRenewers in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateDelegationTokenRequestCreatableRenewers(reader: Reader, version: number): CreateDelegationTokenRequestCreatableRenewers {
  const flexible = version >= 2;
  const value: CreateDelegationTokenRequestCreatableRenewers = {
    principalType: reader.readString(flexible),
    principalName: reader.readString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of CreateDelegationTokenResponse (API key 38): valid 0-3, flexible 2+. */
export const createDelegationTokenResponseVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The CreateDelegationTokenResponse message; versions 0-3. */
export interface CreateDelegationTokenResponse {
  /** The top-level error, or zero if there was no error. Versions: 0+. */
  errorCode: number;
  /** The principal type of the token owner. Versions: 0+. */
  principalType: string;
  /** The name of the token owner. Versions: 0+. */
  principalName: string;
  /** The principal type of the requester of the token. Versions: 3+. */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. Versions: 3+. */
  tokenRequesterPrincipalName: string;
  /** When this token was generated. Versions: 0+. */
  issueTimestampMs: bigint;
  /** When this token expires. Versions: 0+. */
  expiryTimestampMs: bigint;
  /** The maximum lifetime of this token. Versions: 0+. */
  maxTimestampMs: bigint;
  /** The token UUID. Versions: 0+. */
  tokenId: string;
  /** HMAC of the delegation token. Versions: 0+. */
  hmac: Uint8Array;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateDelegationTokenResponse with every field at its schema default, overridden by `init`. */
export function createCreateDelegationTokenResponse(init: Partial<CreateDelegationTokenResponse> = {}): CreateDelegationTokenResponse {
  return {
    errorCode: 0,
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestampMs: 0n,
    expiryTimestampMs: 0n,
    maxTimestampMs: 0n,
    tokenId: "",
    hmac: new Uint8Array(0),
    throttleTimeMs: 0,
    ...init,
  };
}

/** Writes a CreateDelegationTokenResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateDelegationTokenResponse(writer: Writer, value: CreateDelegationTokenResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.errorCode);
  writer.writeString(value.principalType, flexible);
  writer.writeString(value.principalName, flexible);
  if (version >= 3) {
    writer.writeString(value.tokenRequesterPrincipalType, flexible);
  }
  if (!(version >= 3) && value.tokenRequesterPrincipalType !== "") {
    throw fieldNotInVersion('CreateDelegationTokenResponse', 'tokenRequesterPrincipalType', version);
  }
  if (version >= 3) {
    writer.writeString(value.tokenRequesterPrincipalName, flexible);
  }
  if (!(version >= 3) && value.tokenRequesterPrincipalName !== "") {
    throw fieldNotInVersion('CreateDelegationTokenResponse', 'tokenRequesterPrincipalName', version);
  }
  writer.writeInt64(value.issueTimestampMs);
  writer.writeInt64(value.expiryTimestampMs);
  writer.writeInt64(value.maxTimestampMs);
  writer.writeString(value.tokenId, flexible);
  writer.writeBytes(value.hmac, flexible);
  writer.writeInt32(value.throttleTimeMs);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateDelegationTokenResponse', version);
  }
}

/** Reads a CreateDelegationTokenResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateDelegationTokenResponse(reader: Reader, version: number): CreateDelegationTokenResponse {
  const flexible = version >= 2;
  const value: CreateDelegationTokenResponse = {
    errorCode: reader.readInt16(),
    principalType: reader.readString(flexible),
    principalName: reader.readString(flexible),
    tokenRequesterPrincipalType: (version >= 3) ? reader.readString(flexible) : "",
    tokenRequesterPrincipalName: (version >= 3) ? reader.readString(flexible) : "",
    issueTimestampMs: reader.readInt64(),
    expiryTimestampMs: reader.readInt64(),
    maxTimestampMs: reader.readInt64(),
    tokenId: reader.readString(flexible),
    hmac: reader.readBytes(flexible),
    throttleTimeMs: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
