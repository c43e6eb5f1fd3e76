// Generated from VotersRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// VotersRecord: data schema codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of VotersRecord: valid 0, flexible 0+. */
export const votersRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The VotersRecord message; versions 0. */
export interface VotersRecord {
  /** The version of the voters record. Versions: 0+. */
  version: number;
  /** The Voters field. Versions: 0+. */
  voters: VotersRecordVoter[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A VotersRecord with every field at its schema default, overridden by `init`. */
export function createVotersRecord(init: Partial<VotersRecord> = {}): VotersRecord {
  return {
    version: 0,
    voters: [],
    ...init,
  };
}

/** Writes a VotersRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeVotersRecord(writer: Writer, value: VotersRecord, version: number): void {
  writer.writeInt16(value.version);
  writer.writeArrayLength(value.voters, true);
  for (const item of value.voters) writeVotersRecordVoter(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a VotersRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readVotersRecord(reader: Reader, version: number): VotersRecord {
  const value: VotersRecord = {
    version: reader.readInt16(),
    voters: reader.readArray(true, () => readVotersRecordVoter(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Voter of VotersRecord; versions 0. */
export interface VotersRecordVoter {
  /** The replica id of the voter in the topic partition. Versions: 0+. Entity: brokerId. */
  voterId: NodeId;
  /** The directory id of the voter in the topic partition. Versions: 0+. */
  voterDirectoryId: Uuid;
  /** The endpoint that can be used to communicate with the voter. Versions: 0+. */
  endpoints: VotersRecordEndpoint[];
  /** The range of versions of the protocol that the replica supports. Versions: 0+. */
  kRaftVersionFeature: VotersRecordKRaftVersionFeature;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A VotersRecordVoter with every field at its schema default, overridden by `init`. */
export function createVotersRecordVoter(init: Partial<VotersRecordVoter> = {}): VotersRecordVoter {
  return {
    voterId: 0 as NodeId,
    voterDirectoryId: ZERO_UUID,
    endpoints: [],
    kRaftVersionFeature: createVotersRecordKRaftVersionFeature(),
    ...init,
  };
}

/** Writes a VotersRecordVoter in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeVotersRecordVoter(writer: Writer, value: VotersRecordVoter, version: number): void {
  writer.writeInt32(value.voterId);
  writer.writeUuid(value.voterDirectoryId);
  writer.writeArrayLength(value.endpoints, true);
  for (const item of value.endpoints) writeVotersRecordEndpoint(writer, item, version);
  writeVotersRecordKRaftVersionFeature(writer, value.kRaftVersionFeature, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a VotersRecordVoter in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readVotersRecordVoter(reader: Reader, version: number): VotersRecordVoter {
  const value: VotersRecordVoter = {
    voterId: reader.readInt32() as NodeId,
    voterDirectoryId: reader.readUuid(),
    endpoints: reader.readArray(true, () => readVotersRecordEndpoint(reader, version)),
    kRaftVersionFeature: readVotersRecordKRaftVersionFeature(reader, version),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Endpoint of VotersRecord; versions 0. */
export interface VotersRecordEndpoint {
  /** The name of the endpoint. Versions: 0+. */
  name: string;
  /** The hostname. Versions: 0+. */
  host: string;
  /** The port. Versions: 0+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A VotersRecordEndpoint with every field at its schema default, overridden by `init`. */
export function createVotersRecordEndpoint(init: Partial<VotersRecordEndpoint> = {}): VotersRecordEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
    ...init,
  };
}

/** Writes a VotersRecordEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeVotersRecordEndpoint(writer: Writer, value: VotersRecordEndpoint, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a VotersRecordEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readVotersRecordEndpoint(reader: Reader, _version: number): VotersRecordEndpoint {
  const value: VotersRecordEndpoint = {
    name: reader.readString(true),
    host: reader.readString(true),
    port: reader.readUint16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** KRaftVersionFeature of VotersRecord; versions 0. */
export interface VotersRecordKRaftVersionFeature {
  /** The minimum supported KRaft protocol version. Versions: 0+. */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version. Versions: 0+. */
  maxSupportedVersion: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A VotersRecordKRaftVersionFeature with every field at its schema default, overridden by `init`. */
export function createVotersRecordKRaftVersionFeature(init: Partial<VotersRecordKRaftVersionFeature> = {}): VotersRecordKRaftVersionFeature {
  return {
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
    ...init,
  };
}

/** Writes a VotersRecordKRaftVersionFeature in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeVotersRecordKRaftVersionFeature(writer: Writer, value: VotersRecordKRaftVersionFeature, _version: number): void {
  writer.writeInt16(value.minSupportedVersion);
  writer.writeInt16(value.maxSupportedVersion);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a VotersRecordKRaftVersionFeature in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readVotersRecordKRaftVersionFeature(reader: Reader, _version: number): VotersRecordKRaftVersionFeature {
  const value: VotersRecordKRaftVersionFeature = {
    minSupportedVersion: reader.readInt16(),
    maxSupportedVersion: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
