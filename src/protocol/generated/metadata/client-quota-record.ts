// Generated from ClientQuotaRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ClientQuotaRecord: KRaft metadata record (type 14) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ClientQuotaRecord (API key 14): valid 0, flexible 0+. */
export const clientQuotaRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ClientQuotaRecord message; versions 0. */
export interface ClientQuotaRecord {
  /** The quota entity to alter. Versions: 0+. */
  entity: ClientQuotaRecordEntityData[];
  /** The quota configuration key. Versions: 0+. */
  key: string;
  /** The value to set, otherwise ignored if the value is to be removed. Versions: 0+. */
  value: number;
  /** Whether the quota configuration value should be removed, otherwise set. Versions: 0+. */
  remove: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ClientQuotaRecord with every field at its schema default, overridden by `init`. */
export function createClientQuotaRecord(init: Partial<ClientQuotaRecord> = {}): ClientQuotaRecord {
  return {
    entity: [],
    key: "",
    value: 0,
    remove: false,
    ...init,
  };
}

/** Writes a ClientQuotaRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeClientQuotaRecord(writer: Writer, value: ClientQuotaRecord, version: number): void {
  writer.writeArrayLength(value.entity, true);
  for (const item of value.entity) writeClientQuotaRecordEntityData(writer, item, version);
  writer.writeString(value.key, true);
  writer.writeFloat64(value.value);
  writer.writeBool(value.remove);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ClientQuotaRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readClientQuotaRecord(reader: Reader, version: number): ClientQuotaRecord {
  const value: ClientQuotaRecord = {
    entity: reader.readArray(true, () => readClientQuotaRecordEntityData(reader, version)),
    key: reader.readString(true),
    value: reader.readFloat64(),
    remove: reader.readBool(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** EntityData of ClientQuotaRecord; versions 0. */
export interface ClientQuotaRecordEntityData {
  /** The entity type. Versions: 0+. */
  entityType: string;
  /** The name of the entity, or null if the default. Versions: 0+. Nullable: 0+. */
  entityName: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ClientQuotaRecordEntityData with every field at its schema default, overridden by `init`. */
export function createClientQuotaRecordEntityData(init: Partial<ClientQuotaRecordEntityData> = {}): ClientQuotaRecordEntityData {
  return {
    entityType: "",
    entityName: "",
    ...init,
  };
}

/** Writes a ClientQuotaRecordEntityData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeClientQuotaRecordEntityData(writer: Writer, value: ClientQuotaRecordEntityData, _version: number): void {
  writer.writeString(value.entityType, true);
  writer.writeNullableString(value.entityName, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ClientQuotaRecordEntityData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readClientQuotaRecordEntityData(reader: Reader, _version: number): ClientQuotaRecordEntityData {
  const value: ClientQuotaRecordEntityData = {
    entityType: reader.readString(true),
    entityName: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
