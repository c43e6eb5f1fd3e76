// Generated from LeaderChangeMessage.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// LeaderChangeMessage: data schema codec, versions 0-1.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of LeaderChangeMessage: valid 0-1, flexible 0+. */
export const leaderChangeMessageVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The LeaderChangeMessage message; versions 0-1. */
export interface LeaderChangeMessage {
  /** The version of the leader change message. Versions: 0+. */
  version: number;
  /** The ID of the newly elected leader. Versions: 0+. Entity: brokerId. */
  leaderId: NodeId;
  /** The set of voters in the quorum for this epoch. Versions: 0+. */
  voters: LeaderChangeMessageVoter[];
  /** The voters who voted for the leader at the time of election. Versions: 0+. */
  grantingVoters: LeaderChangeMessageVoter[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaderChangeMessage with every field at its schema default, overridden by `init`. */
export function createLeaderChangeMessage(init: Partial<LeaderChangeMessage> = {}): LeaderChangeMessage {
  return {
    version: 0,
    leaderId: 0 as NodeId,
    voters: [],
    grantingVoters: [],
    ...init,
  };
}

/** Writes a LeaderChangeMessage in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaderChangeMessage(writer: Writer, value: LeaderChangeMessage, version: number): void {
  writer.writeInt16(value.version);
  writer.writeInt32(value.leaderId);
  writer.writeArrayLength(value.voters, true);
  for (const item of value.voters) writeLeaderChangeMessageVoter(writer, item, version);
  writer.writeArrayLength(value.grantingVoters, true);
  for (const item of value.grantingVoters) writeLeaderChangeMessageVoter(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a LeaderChangeMessage in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaderChangeMessage(reader: Reader, version: number): LeaderChangeMessage {
  const value: LeaderChangeMessage = {
    version: reader.readInt16(),
    leaderId: reader.readInt32() as NodeId,
    voters: reader.readArray(true, () => readLeaderChangeMessageVoter(reader, version)),
    grantingVoters: reader.readArray(true, () => readLeaderChangeMessageVoter(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Voter of LeaderChangeMessage; versions 0-1. */
export interface LeaderChangeMessageVoter {
  /** The VoterId field. Versions: 0+. */
  voterId: number;
  /** The directory id of the voter. Versions: 1+. */
  voterDirectoryId: Uuid;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaderChangeMessageVoter with every field at its schema default, overridden by `init`. */
export function createLeaderChangeMessageVoter(init: Partial<LeaderChangeMessageVoter> = {}): LeaderChangeMessageVoter {
  return {
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    ...init,
  };
}

/** Writes a LeaderChangeMessageVoter in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaderChangeMessageVoter(writer: Writer, value: LeaderChangeMessageVoter, version: number): void {
  writer.writeInt32(value.voterId);
  if (version >= 1) {
    writer.writeUuid(value.voterDirectoryId);
  }
  if (!(version >= 1) && value.voterDirectoryId !== ZERO_UUID) {
    throw fieldNotInVersion('LeaderChangeMessageVoter', 'voterDirectoryId', version);
  }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a LeaderChangeMessageVoter in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaderChangeMessageVoter(reader: Reader, version: number): LeaderChangeMessageVoter {
  const value: LeaderChangeMessageVoter = {
    voterId: reader.readInt32(),
    voterDirectoryId: (version >= 1) ? reader.readUuid() : ZERO_UUID,
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
