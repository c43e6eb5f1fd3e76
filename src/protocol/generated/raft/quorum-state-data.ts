// Generated from QuorumStateData.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// QuorumStateData: data schema codec, versions 0-1.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of QuorumStateData: valid 0-1, flexible 0+. */
export const quorumStateDataVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The QuorumStateData message; versions 0-1. */
export interface QuorumStateData {
  /** The ClusterId field. Versions: 0. */
  clusterId: string;
  /** The LeaderId field. Versions: 0+. Default: -1. */
  leaderId: number;
  /** The LeaderEpoch field. Versions: 0+. Default: -1. */
  leaderEpoch: number;
  /** The VotedId field. Versions: 0+. Default: -1. */
  votedId: number;
  /** The VotedDirectoryId field. Versions: 1+. */
  votedDirectoryId: Uuid;
  /** The AppliedOffset field. Versions: 0. */
  appliedOffset: bigint;
  /** The CurrentVoters field. Versions: 0. Nullable: 0. */
  currentVoters: QuorumStateDataVoter[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A QuorumStateData with every field at its schema default, overridden by `init`. */
export function createQuorumStateData(init: Partial<QuorumStateData> = {}): QuorumStateData {
  return {
    clusterId: "",
    leaderId: -1,
    leaderEpoch: -1,
    votedId: -1,
    votedDirectoryId: ZERO_UUID,
    appliedOffset: 0n,
    currentVoters: [],
    ...init,
  };
}

/** Writes a QuorumStateData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeQuorumStateData(writer: Writer, value: QuorumStateData, version: number): void {
  if (version <= 0) {
    writer.writeString(value.clusterId, true);
  }
  if (!(version <= 0) && value.clusterId !== "") {
    throw fieldNotInVersion('QuorumStateData', 'clusterId', version);
  }
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  writer.writeInt32(value.votedId);
  if (version >= 1) {
    writer.writeUuid(value.votedDirectoryId);
  }
  if (!(version >= 1) && value.votedDirectoryId !== ZERO_UUID) {
    throw fieldNotInVersion('QuorumStateData', 'votedDirectoryId', version);
  }
  if (version <= 0) {
    writer.writeInt64(value.appliedOffset);
  }
  if (!(version <= 0) && value.appliedOffset !== 0n) {
    throw fieldNotInVersion('QuorumStateData', 'appliedOffset', version);
  }
  if (version <= 0) {
    writer.writeArrayLength(value.currentVoters, true);
    if (value.currentVoters !== null) for (const item of value.currentVoters) writeQuorumStateDataVoter(writer, item, version);
  }
  if (!(version <= 0) && (value.currentVoters === null || value.currentVoters.length !== 0)) {
    throw fieldNotInVersion('QuorumStateData', 'currentVoters', version);
  }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a QuorumStateData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readQuorumStateData(reader: Reader, version: number): QuorumStateData {
  const value: QuorumStateData = {
    clusterId: (version <= 0) ? reader.readString(true) : "",
    leaderId: reader.readInt32(),
    leaderEpoch: reader.readInt32(),
    votedId: reader.readInt32(),
    votedDirectoryId: (version >= 1) ? reader.readUuid() : ZERO_UUID,
    appliedOffset: (version <= 0) ? reader.readInt64() : 0n,
    currentVoters: (version <= 0) ? reader.readNullableArray(true, () => readQuorumStateDataVoter(reader, version)) : [],
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Voter of QuorumStateData; versions 0. */
export interface QuorumStateDataVoter {
  /** The VoterId field. Versions: 0. */
  voterId: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A QuorumStateDataVoter with every field at its schema default, overridden by `init`. */
export function createQuorumStateDataVoter(init: Partial<QuorumStateDataVoter> = {}): QuorumStateDataVoter {
  return {
    voterId: 0,
    ...init,
  };
}

/** Writes a QuorumStateDataVoter in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeQuorumStateDataVoter(writer: Writer, value: QuorumStateDataVoter, _version: number): void {
  writer.writeInt32(value.voterId);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a QuorumStateDataVoter in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readQuorumStateDataVoter(reader: Reader, _version: number): QuorumStateDataVoter {
  const value: QuorumStateDataVoter = {
    voterId: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
