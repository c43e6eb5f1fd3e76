// Generated from DescribeClientQuotasRequest.json and DescribeClientQuotasResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeClientQuotas (API key 48): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeClientQuotas
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of DescribeClientQuotasRequest (API key 48): valid 0-1, flexible 1+. */
export const describeClientQuotasRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The DescribeClientQuotasRequest message; versions 0-1. */
export interface DescribeClientQuotasRequest {
  /** Filter components to apply to quota entities. Versions: 0+. */
  components: DescribeClientQuotasRequestComponentData[];
  /** Whether the match is strict, i.e. should exclude entities with unspecified entity types. Versions: 0+. */
  strict: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeClientQuotasRequest with every field at its schema default, overridden by `init`. */
export function createDescribeClientQuotasRequest(init: Partial<DescribeClientQuotasRequest> = {}): DescribeClientQuotasRequest {
  return {
    components: [],
    strict: false,
    ...init,
  };
}

/** Writes a DescribeClientQuotasRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeClientQuotasRequest(writer: Writer, value: DescribeClientQuotasRequest, version: number): void {
  const flexible = version >= 1;
  writer.writeArrayLength(value.components, flexible);
  for (const item of value.components) writeDescribeClientQuotasRequestComponentData(writer, item, version);
  writer.writeBool(value.strict);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeClientQuotasRequest', version);
  }
}

/** Reads a DescribeClientQuotasRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeClientQuotasRequest(reader: Reader, version: number): DescribeClientQuotasRequest {
  const flexible = version >= 1;
  const value: DescribeClientQuotasRequest = {
    components: reader.readArray(flexible, () => readDescribeClientQuotasRequestComponentData(reader, version)),
    strict: reader.readBool(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ComponentData of DescribeClientQuotasRequest; versions 0-1. */
export interface DescribeClientQuotasRequestComponentData {
  /** The entity type that the filter component applies to. Versions: 0+. */
  entityType: string;
  /** How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}. Versions: 0+. */
  matchType: number;
  /** The string to match against, or null if unused for the match type. Versions: 0+. Nullable: 0+. */
  match: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeClientQuotasRequestComponentData with every field at its schema default, overridden by `init`. */
export function createDescribeClientQuotasRequestComponentData(init: Partial<DescribeClientQuotasRequestComponentData> = {}): DescribeClientQuotasRequestComponentData {
  return {
    entityType: "",
    matchType: 0,
    match: "",
    ...init,
  };
}

/** Writes a DescribeClientQuotasRequestComponentData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeClientQuotasRequestComponentData(writer: Writer, value: DescribeClientQuotasRequestComponentData, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.entityType, flexible);
  writer.writeInt8(value.matchType);
  writer.writeNullableString(value.match, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeClientQuotasRequestComponentData', version);
  }
}

/** Reads a DescribeClientQuotasRequestComponentData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeClientQuotasRequestComponentData(reader: Reader, version: number): DescribeClientQuotasRequestComponentData {
  const flexible = version >= 1;
  const value: DescribeClientQuotasRequestComponentData = {
    entityType: reader.readString(flexible),
    matchType: reader.readInt8(),
    match: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of DescribeClientQuotasResponse (API key 48): valid 0-1, flexible 1+. */
export const describeClientQuotasResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The DescribeClientQuotasResponse message; versions 0-1. */
export interface DescribeClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or `0` if the quota description succeeded. Versions: 0+. */
  errorCode: number;
  /** The error message, or `null` if the quota description succeeded. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** A result entry. Versions: 0+. Nullable: 0+. */
  entries: DescribeClientQuotasResponseEntryData[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeClientQuotasResponse with every field at its schema default, overridden by `init`. */
export function createDescribeClientQuotasResponse(init: Partial<DescribeClientQuotasResponse> = {}): DescribeClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    entries: [],
    ...init,
  };
}

/** Writes a DescribeClientQuotasResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeClientQuotasResponse(writer: Writer, value: DescribeClientQuotasResponse, version: number): void {
  const flexible = version >= 1;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  writer.writeArrayLength(value.entries, flexible);
  if (value.entries !== null) for (const item of value.entries) writeDescribeClientQuotasResponseEntryData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeClientQuotasResponse', version);
  }
}

/** Reads a DescribeClientQuotasResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeClientQuotasResponse(reader: Reader, version: number): DescribeClientQuotasResponse {
  const flexible = version >= 1;
  const value: DescribeClientQuotasResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(flexible),
    entries: reader.readNullableArray(flexible, () => readDescribeClientQuotasResponseEntryData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** EntryData of DescribeClientQuotasResponse; versions 0-1. */
export interface DescribeClientQuotasResponseEntryData {
  /** The quota entity description. Versions: 0+. */
  entity: DescribeClientQuotasResponseEntityData[];
  /** The quota values for the entity. Versions: 0+. */
  values: DescribeClientQuotasResponseValueData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeClientQuotasResponseEntryData with every field at its schema default, overridden by `init`. */
export function createDescribeClientQuotasResponseEntryData(init: Partial<DescribeClientQuotasResponseEntryData> = {}): DescribeClientQuotasResponseEntryData {
  return {
    entity: [],
    values: [],
    ...init,
  };
}

/** Writes a DescribeClientQuotasResponseEntryData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeClientQuotasResponseEntryData(writer: Writer, value: DescribeClientQuotasResponseEntryData, version: number): void {
  const flexible = version >= 1;
  writer.writeArrayLength(value.entity, flexible);
  for (const item of value.entity) writeDescribeClientQuotasResponseEntityData(writer, item, version);
  writer.writeArrayLength(value.values, flexible);
  for (const item of value.values) writeDescribeClientQuotasResponseValueData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeClientQuotasResponseEntryData', version);
  }
}

/** Reads a DescribeClientQuotasResponseEntryData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeClientQuotasResponseEntryData(reader: Reader, version: number): DescribeClientQuotasResponseEntryData {
  const flexible = version >= 1;
  const value: DescribeClientQuotasResponseEntryData = {
    entity: reader.readArray(flexible, () => readDescribeClientQuotasResponseEntityData(reader, version)),
    values: reader.readArray(flexible, () => readDescribeClientQuotasResponseValueData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** EntityData of DescribeClientQuotasResponse; versions 0-1. */
export interface DescribeClientQuotasResponseEntityData {
  /** The entity type. Versions: 0+. */
  entityType: string;
  /** The entity name, or null if the default. Versions: 0+. Nullable: 0+. */
  entityName: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeClientQuotasResponseEntityData with every field at its schema default, overridden by `init`. */
export function createDescribeClientQuotasResponseEntityData(init: Partial<DescribeClientQuotasResponseEntityData> = {}): DescribeClientQuotasResponseEntityData {
  return {
    entityType: "",
    entityName: "",
    ...init,
  };
}

/** Writes a DescribeClientQuotasResponseEntityData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeClientQuotasResponseEntityData(writer: Writer, value: DescribeClientQuotasResponseEntityData, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.entityType, flexible);
  writer.writeNullableString(value.entityName, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeClientQuotasResponseEntityData', version);
  }
}

/** Reads a DescribeClientQuotasResponseEntityData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeClientQuotasResponseEntityData(reader: Reader, version: number): DescribeClientQuotasResponseEntityData {
  const flexible = version >= 1;
  const value: DescribeClientQuotasResponseEntityData = {
    entityType: reader.readString(flexible),
    entityName: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ValueData of DescribeClientQuotasResponse; versions 0-1. */
export interface DescribeClientQuotasResponseValueData {
  /** The quota configuration key. Versions: 0+. */
  key: string;
  /** The quota configuration value. Versions: 0+. */
  value: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeClientQuotasResponseValueData with every field at its schema default, overridden by `init`. */
export function createDescribeClientQuotasResponseValueData(init: Partial<DescribeClientQuotasResponseValueData> = {}): DescribeClientQuotasResponseValueData {
  return {
    key: "",
    value: 0,
    ...init,
  };
}

/** Writes a DescribeClientQuotasResponseValueData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeClientQuotasResponseValueData(writer: Writer, value: DescribeClientQuotasResponseValueData, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.key, flexible);
  writer.writeFloat64(value.value);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeClientQuotasResponseValueData', version);
  }
}

/** Reads a DescribeClientQuotasResponseValueData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeClientQuotasResponseValueData(reader: Reader, version: number): DescribeClientQuotasResponseValueData {
  const flexible = version >= 1;
  const value: DescribeClientQuotasResponseValueData = {
    key: reader.readString(flexible),
    value: reader.readFloat64(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
