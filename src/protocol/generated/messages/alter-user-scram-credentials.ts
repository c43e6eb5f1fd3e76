// Generated from AlterUserScramCredentialsRequest.json and AlterUserScramCredentialsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AlterUserScramCredentials (API key 51): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_AlterUserScramCredentials
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of AlterUserScramCredentialsRequest (API key 51): valid 0, flexible 0+. */
export const alterUserScramCredentialsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AlterUserScramCredentialsRequest message; versions 0. */
export interface AlterUserScramCredentialsRequest {
  /** The SCRAM credentials to remove. Versions: 0+. */
  deletions: AlterUserScramCredentialsRequestScramCredentialDeletion[];
  /** The SCRAM credentials to update/insert. Versions: 0+. */
  upsertions: AlterUserScramCredentialsRequestScramCredentialUpsertion[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterUserScramCredentialsRequest with every field at its schema default, overridden by `init`. */
export function createAlterUserScramCredentialsRequest(init: Partial<AlterUserScramCredentialsRequest> = {}): AlterUserScramCredentialsRequest {
  return {
    deletions: [],
    upsertions: [],
    ...init,
  };
}

/** Writes a AlterUserScramCredentialsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterUserScramCredentialsRequest(writer: Writer, value: AlterUserScramCredentialsRequest, version: number): void {
  writer.writeArrayLength(value.deletions, true);
  for (const item of value.deletions) writeAlterUserScramCredentialsRequestScramCredentialDeletion(writer, item, version);
  writer.writeArrayLength(value.upsertions, true);
  for (const item of value.upsertions) writeAlterUserScramCredentialsRequestScramCredentialUpsertion(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterUserScramCredentialsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterUserScramCredentialsRequest(reader: Reader, version: number): AlterUserScramCredentialsRequest {
  const value: AlterUserScramCredentialsRequest = {
    deletions: reader.readArray(true, () => readAlterUserScramCredentialsRequestScramCredentialDeletion(reader, version)),
    upsertions: reader.readArray(true, () => readAlterUserScramCredentialsRequestScramCredentialUpsertion(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ScramCredentialDeletion of AlterUserScramCredentialsRequest; versions 0. */
export interface AlterUserScramCredentialsRequestScramCredentialDeletion {
  /** The user name. Versions: 0+. */
  name: string;
  /** The SCRAM mechanism. Versions: 0+. */
  mechanism: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterUserScramCredentialsRequestScramCredentialDeletion with every field at its schema default, overridden by `init`. */
export function createAlterUserScramCredentialsRequestScramCredentialDeletion(init: Partial<AlterUserScramCredentialsRequestScramCredentialDeletion> = {}): AlterUserScramCredentialsRequestScramCredentialDeletion {
  return {
    name: "",
    mechanism: 0,
    ...init,
  };
}

/** Writes a AlterUserScramCredentialsRequestScramCredentialDeletion in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterUserScramCredentialsRequestScramCredentialDeletion(writer: Writer, value: AlterUserScramCredentialsRequestScramCredentialDeletion, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeInt8(value.mechanism);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterUserScramCredentialsRequestScramCredentialDeletion in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterUserScramCredentialsRequestScramCredentialDeletion(reader: Reader, _version: number): AlterUserScramCredentialsRequestScramCredentialDeletion {
  const value: AlterUserScramCredentialsRequestScramCredentialDeletion = {
    name: reader.readString(true),
    mechanism: reader.readInt8(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ScramCredentialUpsertion of AlterUserScramCredentialsRequest; versions 0. */
export interface AlterUserScramCredentialsRequestScramCredentialUpsertion {
  /** The user name. Versions: 0+. */
  name: string;
  /** The SCRAM mechanism. Versions: 0+. */
  mechanism: number;
  /** The number of iterations. Versions: 0+. */
  iterations: number;
  /** A random salt generated by the client. Versions: 0+. */
  salt: Uint8Array;
  /** The salted password. Versions: 0+. */
  saltedPassword: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterUserScramCredentialsRequestScramCredentialUpsertion with every field at its schema default, overridden by `init`. */
export function createAlterUserScramCredentialsRequestScramCredentialUpsertion(init: Partial<AlterUserScramCredentialsRequestScramCredentialUpsertion> = {}): AlterUserScramCredentialsRequestScramCredentialUpsertion {
  return {
    name: "",
    mechanism: 0,
    iterations: 0,
    salt: new Uint8Array(0),
    saltedPassword: new Uint8Array(0),
    ...init,
  };
}

/** Writes a AlterUserScramCredentialsRequestScramCredentialUpsertion in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterUserScramCredentialsRequestScramCredentialUpsertion(writer: Writer, value: AlterUserScramCredentialsRequestScramCredentialUpsertion, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeInt8(value.mechanism);
  writer.writeInt32(value.iterations);
  writer.writeBytes(value.salt, true);
  writer.writeBytes(value.saltedPassword, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterUserScramCredentialsRequestScramCredentialUpsertion in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterUserScramCredentialsRequestScramCredentialUpsertion(reader: Reader, _version: number): AlterUserScramCredentialsRequestScramCredentialUpsertion {
  const value: AlterUserScramCredentialsRequestScramCredentialUpsertion = {
    name: reader.readString(true),
    mechanism: reader.readInt8(),
    iterations: reader.readInt32(),
    salt: reader.readBytes(true),
    saltedPassword: reader.readBytes(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of AlterUserScramCredentialsResponse (API key 51): valid 0, flexible 0+. */
export const alterUserScramCredentialsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AlterUserScramCredentialsResponse message; versions 0. */
export interface AlterUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The results for deletions and alterations, one per affected user. Versions: 0+. */
  results: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterUserScramCredentialsResponse with every field at its schema default, overridden by `init`. */
export function createAlterUserScramCredentialsResponse(init: Partial<AlterUserScramCredentialsResponse> = {}): AlterUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

/** Writes a AlterUserScramCredentialsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterUserScramCredentialsResponse(writer: Writer, value: AlterUserScramCredentialsResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.results, true);
  for (const item of value.results) writeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterUserScramCredentialsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterUserScramCredentialsResponse(reader: Reader, version: number): AlterUserScramCredentialsResponse {
  const value: AlterUserScramCredentialsResponse = {
    throttleTimeMs: reader.readInt32(),
    results: reader.readArray(true, () => readAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** AlterUserScramCredentialsResult of AlterUserScramCredentialsResponse; versions 0. */
export interface AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  /** The user name. Versions: 0+. */
  user: string;
  /** The error code. Versions: 0+. */
  errorCode: number;
  /** The error message, if any. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterUserScramCredentialsResponseAlterUserScramCredentialsResult with every field at its schema default, overridden by `init`. */
export function createAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(init: Partial<AlterUserScramCredentialsResponseAlterUserScramCredentialsResult> = {}): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  return {
    user: "",
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

/** Writes a AlterUserScramCredentialsResponseAlterUserScramCredentialsResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(writer: Writer, value: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult, _version: number): void {
  writer.writeString(value.user, true);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterUserScramCredentialsResponseAlterUserScramCredentialsResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(reader: Reader, _version: number): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  const value: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult = {
    user: reader.readString(true),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
