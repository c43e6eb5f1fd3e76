// Generated from DefaultPrincipalData.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DefaultPrincipalData: data schema codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of DefaultPrincipalData: valid 0, flexible 0+. */
export const defaultPrincipalDataVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DefaultPrincipalData message; versions 0. */
export interface DefaultPrincipalData {
  /** The principal type. Versions: 0+. */
  type: string;
  /** The principal name. Versions: 0+. */
  name: string;
  /** Whether the principal was authenticated by a delegation token on the forwarding broker. Versions: 0+. */
  tokenAuthenticated: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DefaultPrincipalData with every field at its schema default, overridden by `init`. */
export function createDefaultPrincipalData(init: Partial<DefaultPrincipalData> = {}): DefaultPrincipalData {
  return {
    type: "",
    name: "",
    tokenAuthenticated: false,
    ...init,
  };
}

/** Writes a DefaultPrincipalData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDefaultPrincipalData(writer: Writer, value: DefaultPrincipalData, _version: number): void {
  writer.writeString(value.type, true);
  writer.writeString(value.name, true);
  writer.writeBool(value.tokenAuthenticated);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DefaultPrincipalData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDefaultPrincipalData(reader: Reader, _version: number): DefaultPrincipalData {
  const value: DefaultPrincipalData = {
    type: reader.readString(true),
    name: reader.readString(true),
    tokenAuthenticated: reader.readBool(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
