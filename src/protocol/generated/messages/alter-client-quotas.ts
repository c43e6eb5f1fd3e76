// Generated from AlterClientQuotasRequest.json and AlterClientQuotasResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AlterClientQuotas (API key 49): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_AlterClientQuotas
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of AlterClientQuotasRequest (API key 49): valid 0-1, flexible 1+. */
export const alterClientQuotasRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The AlterClientQuotasRequest message; versions 0-1. */
export interface AlterClientQuotasRequest {
  /** The quota configuration entries to alter. Versions: 0+. */
  entries: AlterClientQuotasRequestEntryData[];
  /** Whether the alteration should be validated, but not performed. Versions: 0+. */
  validateOnly: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterClientQuotasRequest with every field at its schema default, overridden by `init`. */
export function createAlterClientQuotasRequest(init: Partial<AlterClientQuotasRequest> = {}): AlterClientQuotasRequest {
  return {
    entries: [],
    validateOnly: false,
    ...init,
  };
}

/** Writes a AlterClientQuotasRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterClientQuotasRequest(writer: Writer, value: AlterClientQuotasRequest, version: number): void {
  const flexible = version >= 1;
  writer.writeArrayLength(value.entries, flexible);
  for (const item of value.entries) writeAlterClientQuotasRequestEntryData(writer, item, version);
  writer.writeBool(value.validateOnly);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterClientQuotasRequest', version);
  }
}

/** Reads a AlterClientQuotasRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterClientQuotasRequest(reader: Reader, version: number): AlterClientQuotasRequest {
  const flexible = version >= 1;
  const value: AlterClientQuotasRequest = {
    entries: reader.readArray(flexible, () => readAlterClientQuotasRequestEntryData(reader, version)),
    validateOnly: reader.readBool(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** EntryData of AlterClientQuotasRequest; versions 0-1. */
export interface AlterClientQuotasRequestEntryData {
  /** The quota entity to alter. Versions: 0+. */
  entity: AlterClientQuotasRequestEntityData[];
  /** An individual quota configuration entry to alter. Versions: 0+. */
  ops: AlterClientQuotasRequestOpData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterClientQuotasRequestEntryData with every field at its schema default, overridden by `init`. */
export function createAlterClientQuotasRequestEntryData(init: Partial<AlterClientQuotasRequestEntryData> = {}): AlterClientQuotasRequestEntryData {
  return {
    entity: [],
    ops: [],
    ...init,
  };
}

/** Writes a AlterClientQuotasRequestEntryData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterClientQuotasRequestEntryData(writer: Writer, value: AlterClientQuotasRequestEntryData, version: number): void {
  const flexible = version >= 1;
  writer.writeArrayLength(value.entity, flexible);
  for (const item of value.entity) writeAlterClientQuotasRequestEntityData(writer, item, version);
  writer.writeArrayLength(value.ops, flexible);
  for (const item of value.ops) writeAlterClientQuotasRequestOpData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterClientQuotasRequestEntryData', version);
  }
}

/** Reads a AlterClientQuotasRequestEntryData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterClientQuotasRequestEntryData(reader: Reader, version: number): AlterClientQuotasRequestEntryData {
  const flexible = version >= 1;
  const value: AlterClientQuotasRequestEntryData = {
    entity: reader.readArray(flexible, () => readAlterClientQuotasRequestEntityData(reader, version)),
    ops: reader.readArray(flexible, () => readAlterClientQuotasRequestOpData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** EntityData of AlterClientQuotasRequest; versions 0-1. */
export interface AlterClientQuotasRequestEntityData {
  /** The entity type. Versions: 0+. */
  entityType: string;
  /** The name of the entity, or null if the default. Versions: 0+. Nullable: 0+. */
  entityName: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterClientQuotasRequestEntityData with every field at its schema default, overridden by `init`. */
export function createAlterClientQuotasRequestEntityData(init: Partial<AlterClientQuotasRequestEntityData> = {}): AlterClientQuotasRequestEntityData {
  return {
    entityType: "",
    entityName: "",
    ...init,
  };
}

/** Writes a AlterClientQuotasRequestEntityData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterClientQuotasRequestEntityData(writer: Writer, value: AlterClientQuotasRequestEntityData, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.entityType, flexible);
  writer.writeNullableString(value.entityName, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterClientQuotasRequestEntityData', version);
  }
}

/** Reads a AlterClientQuotasRequestEntityData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterClientQuotasRequestEntityData(reader: Reader, version: number): AlterClientQuotasRequestEntityData {
  const flexible = version >= 1;
  const value: AlterClientQuotasRequestEntityData = {
    entityType: reader.readString(flexible),
    entityName: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OpData of AlterClientQuotasRequest; versions 0-1. */
export interface AlterClientQuotasRequestOpData {
  /** The quota configuration key. Versions: 0+. */
  key: string;
  /** The value to set, otherwise ignored if the value is to be removed. Versions: 0+. */
  value: number;
  /** Whether the quota configuration value should be removed, otherwise set. Versions: 0+. */
  remove: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterClientQuotasRequestOpData with every field at its schema default, overridden by `init`. */
export function createAlterClientQuotasRequestOpData(init: Partial<AlterClientQuotasRequestOpData> = {}): AlterClientQuotasRequestOpData {
  return {
    key: "",
    value: 0,
    remove: false,
    ...init,
  };
}

/** Writes a AlterClientQuotasRequestOpData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterClientQuotasRequestOpData(writer: Writer, value: AlterClientQuotasRequestOpData, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.key, flexible);
  writer.writeFloat64(value.value);
  writer.writeBool(value.remove);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterClientQuotasRequestOpData', version);
  }
}

/** Reads a AlterClientQuotasRequestOpData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterClientQuotasRequestOpData(reader: Reader, version: number): AlterClientQuotasRequestOpData {
  const flexible = version >= 1;
  const value: AlterClientQuotasRequestOpData = {
    key: reader.readString(flexible),
    value: reader.readFloat64(),
    remove: reader.readBool(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of AlterClientQuotasResponse (API key 49): valid 0-1, flexible 1+. */
export const alterClientQuotasResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The AlterClientQuotasResponse message; versions 0-1. */
export interface AlterClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The quota configuration entries to alter. Versions: 0+. */
  entries: AlterClientQuotasResponseEntryData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterClientQuotasResponse with every field at its schema default, overridden by `init`. */
export function createAlterClientQuotasResponse(init: Partial<AlterClientQuotasResponse> = {}): AlterClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    entries: [],
    ...init,
  };
}

/** Writes a AlterClientQuotasResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterClientQuotasResponse(writer: Writer, value: AlterClientQuotasResponse, version: number): void {
  const flexible = version >= 1;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.entries, flexible);
  for (const item of value.entries) writeAlterClientQuotasResponseEntryData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterClientQuotasResponse', version);
  }
}

/** Reads a AlterClientQuotasResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterClientQuotasResponse(reader: Reader, version: number): AlterClientQuotasResponse {
  const flexible = version >= 1;
  const value: AlterClientQuotasResponse = {
    throttleTimeMs: reader.readInt32(),
    entries: reader.readArray(flexible, () => readAlterClientQuotasResponseEntryData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** EntryData of AlterClientQuotasResponse; versions 0-1. */
export interface AlterClientQuotasResponseEntryData {
  /** The error code, or `0` if the quota alteration succeeded. Versions: 0+. */
  errorCode: number;
  /** The error message, or `null` if the quota alteration succeeded. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** The quota entity to alter. Versions: 0+. */
  entity: AlterClientQuotasResponseEntityData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterClientQuotasResponseEntryData with every field at its schema default, overridden by `init`. */
export function createAlterClientQuotasResponseEntryData(init: Partial<AlterClientQuotasResponseEntryData> = {}): AlterClientQuotasResponseEntryData {
  return {
    errorCode: 0,
    errorMessage: "",
    entity: [],
    ...init,
  };
}

/** Writes a AlterClientQuotasResponseEntryData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterClientQuotasResponseEntryData(writer: Writer, value: AlterClientQuotasResponseEntryData, version: number): void {
  const flexible = version >= 1;
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  writer.writeArrayLength(value.entity, flexible);
  for (const item of value.entity) writeAlterClientQuotasResponseEntityData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterClientQuotasResponseEntryData', version);
  }
}

/** Reads a AlterClientQuotasResponseEntryData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterClientQuotasResponseEntryData(reader: Reader, version: number): AlterClientQuotasResponseEntryData {
  const flexible = version >= 1;
  const value: AlterClientQuotasResponseEntryData = {
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(flexible),
    entity: reader.readArray(flexible, () => readAlterClientQuotasResponseEntityData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** EntityData of AlterClientQuotasResponse; versions 0-1. */
export interface AlterClientQuotasResponseEntityData {
  /** The entity type. Versions: 0+. */
  entityType: string;
  /** The name of the entity, or null if the default. Versions: 0+. Nullable: 0+. */
  entityName: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterClientQuotasResponseEntityData with every field at its schema default, overridden by `init`. */
export function createAlterClientQuotasResponseEntityData(init: Partial<AlterClientQuotasResponseEntityData> = {}): AlterClientQuotasResponseEntityData {
  return {
    entityType: "",
    entityName: "",
    ...init,
  };
}

/** Writes a AlterClientQuotasResponseEntityData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterClientQuotasResponseEntityData(writer: Writer, value: AlterClientQuotasResponseEntityData, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.entityType, flexible);
  writer.writeNullableString(value.entityName, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterClientQuotasResponseEntityData', version);
  }
}

/** Reads a AlterClientQuotasResponseEntityData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterClientQuotasResponseEntityData(reader: Reader, version: number): AlterClientQuotasResponseEntityData {
  const flexible = version >= 1;
  const value: AlterClientQuotasResponseEntityData = {
    entityType: reader.readString(flexible),
    entityName: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
