// Generated from ConfigRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConfigRecord: KRaft metadata record (type 4) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ConfigRecord (API key 4): valid 0, flexible 0+. */
export const configRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ConfigRecord message; versions 0. */
export interface ConfigRecord {
  /** The type of resource this configuration applies to. Versions: 0+. */
  resourceType: number;
  /** The name of the resource this configuration applies to. Versions: 0+. */
  resourceName: string;
  /** The name of the configuration key. Versions: 0+. */
  name: string;
  /** The value of the configuration, or null if the it should be deleted. Versions: 0+. Nullable: 0+. */
  value: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConfigRecord with every field at its schema default, overridden by `init`. */
export function createConfigRecord(init: Partial<ConfigRecord> = {}): ConfigRecord {
  return {
    resourceType: 0,
    resourceName: "",
    name: "",
    value: "",
    ...init,
  };
}

/** Writes a ConfigRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConfigRecord(writer: Writer, value: ConfigRecord, _version: number): void {
  writer.writeInt8(value.resourceType);
  writer.writeString(value.resourceName, true);
  writer.writeString(value.name, true);
  writer.writeNullableString(value.value, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConfigRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConfigRecord(reader: Reader, _version: number): ConfigRecord {
  const value: ConfigRecord = {
    resourceType: reader.readInt8(),
    resourceName: reader.readString(true),
    name: reader.readString(true),
    value: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
