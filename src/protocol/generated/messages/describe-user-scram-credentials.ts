// Generated from DescribeUserScramCredentialsRequest.json and DescribeUserScramCredentialsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeUserScramCredentials (API key 50): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeUserScramCredentials
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of DescribeUserScramCredentialsRequest (API key 50): valid 0, flexible 0+. */
export const describeUserScramCredentialsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeUserScramCredentialsRequest message; versions 0. */
export interface DescribeUserScramCredentialsRequest {
  /** The users to describe, or null/empty to describe all users. Versions: 0+. Nullable: 0+. */
  users: DescribeUserScramCredentialsRequestUserName[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeUserScramCredentialsRequest with every field at its schema default, overridden by `init`. */
export function createDescribeUserScramCredentialsRequest(init: Partial<DescribeUserScramCredentialsRequest> = {}): DescribeUserScramCredentialsRequest {
  return {
    users: [],
    ...init,
  };
}

/** Writes a DescribeUserScramCredentialsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeUserScramCredentialsRequest(writer: Writer, value: DescribeUserScramCredentialsRequest, version: number): void {
  writer.writeArrayLength(value.users, true);
  if (value.users !== null) for (const item of value.users) writeDescribeUserScramCredentialsRequestUserName(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeUserScramCredentialsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeUserScramCredentialsRequest(reader: Reader, version: number): DescribeUserScramCredentialsRequest {
  const value: DescribeUserScramCredentialsRequest = {
    users: reader.readNullableArray(true, () => readDescribeUserScramCredentialsRequestUserName(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** UserName of DescribeUserScramCredentialsRequest; versions 0. */
export interface DescribeUserScramCredentialsRequestUserName {
  /** The user name. Versions: 0+. */
  name: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeUserScramCredentialsRequestUserName with every field at its schema default, overridden by `init`. */
export function createDescribeUserScramCredentialsRequestUserName(init: Partial<DescribeUserScramCredentialsRequestUserName> = {}): DescribeUserScramCredentialsRequestUserName {
  return {
    name: "",
    ...init,
  };
}

/** Writes a DescribeUserScramCredentialsRequestUserName in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeUserScramCredentialsRequestUserName(writer: Writer, value: DescribeUserScramCredentialsRequestUserName, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeUserScramCredentialsRequestUserName in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeUserScramCredentialsRequestUserName(reader: Reader, _version: number): DescribeUserScramCredentialsRequestUserName {
  const value: DescribeUserScramCredentialsRequestUserName = {
    name: reader.readString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of DescribeUserScramCredentialsResponse (API key 50): valid 0, flexible 0+. */
export const describeUserScramCredentialsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeUserScramCredentialsResponse message; versions 0. */
export interface DescribeUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The message-level error code, 0 except for user authorization or infrastructure issues. Versions: 0+. */
  errorCode: number;
  /** The message-level error message, if any. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** The results for descriptions, one per user. Versions: 0+. */
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeUserScramCredentialsResponse with every field at its schema default, overridden by `init`. */
export function createDescribeUserScramCredentialsResponse(init: Partial<DescribeUserScramCredentialsResponse> = {}): DescribeUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
    ...init,
  };
}

/** Writes a DescribeUserScramCredentialsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeUserScramCredentialsResponse(writer: Writer, value: DescribeUserScramCredentialsResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeArrayLength(value.results, true);
  for (const item of value.results) writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeUserScramCredentialsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeUserScramCredentialsResponse(reader: Reader, version: number): DescribeUserScramCredentialsResponse {
  const value: DescribeUserScramCredentialsResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    results: reader.readArray(true, () => readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** DescribeUserScramCredentialsResult of DescribeUserScramCredentialsResponse; versions 0. */
export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  /** The user name. Versions: 0+. */
  user: string;
  /** The user-level error code. Versions: 0+. */
  errorCode: number;
  /** The user-level error message, if any. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** The mechanism and related information associated with the user's SCRAM credentials. Versions: 0+. */
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult with every field at its schema default, overridden by `init`. */
export function createDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(init: Partial<DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult> = {}): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  return {
    user: "",
    errorCode: 0,
    errorMessage: "",
    credentialInfos: [],
    ...init,
  };
}

/** Writes a DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(writer: Writer, value: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, version: number): void {
  writer.writeString(value.user, true);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeArrayLength(value.credentialInfos, true);
  for (const item of value.credentialInfos) writeDescribeUserScramCredentialsResponseCredentialInfo(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(reader: Reader, version: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  const value: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult = {
    user: reader.readString(true),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    credentialInfos: reader.readArray(true, () => readDescribeUserScramCredentialsResponseCredentialInfo(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** CredentialInfo of DescribeUserScramCredentialsResponse; versions 0. */
export interface DescribeUserScramCredentialsResponseCredentialInfo {
  /** The SCRAM mechanism. Versions: 0+. */
  mechanism: number;
  /** The number of iterations used in the SCRAM credential. Versions: 0+. */
  iterations: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeUserScramCredentialsResponseCredentialInfo with every field at its schema default, overridden by `init`. */
export function createDescribeUserScramCredentialsResponseCredentialInfo(init: Partial<DescribeUserScramCredentialsResponseCredentialInfo> = {}): DescribeUserScramCredentialsResponseCredentialInfo {
  return {
    mechanism: 0,
    iterations: 0,
    ...init,
  };
}

/** Writes a DescribeUserScramCredentialsResponseCredentialInfo in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeUserScramCredentialsResponseCredentialInfo(writer: Writer, value: DescribeUserScramCredentialsResponseCredentialInfo, _version: number): void {
  writer.writeInt8(value.mechanism);
  writer.writeInt32(value.iterations);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeUserScramCredentialsResponseCredentialInfo in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeUserScramCredentialsResponseCredentialInfo(reader: Reader, _version: number): DescribeUserScramCredentialsResponseCredentialInfo {
  const value: DescribeUserScramCredentialsResponseCredentialInfo = {
    mechanism: reader.readInt8(),
    iterations: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
