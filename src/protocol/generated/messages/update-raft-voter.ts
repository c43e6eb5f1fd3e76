// Generated from UpdateRaftVoterRequest.json and UpdateRaftVoterResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// UpdateRaftVoter (API key 82): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_UpdateRaftVoter
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of UpdateRaftVoterRequest (API key 82): valid 0, flexible 0+. */
export const updateRaftVoterRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The UpdateRaftVoterRequest message; versions 0. */
export interface UpdateRaftVoterRequest {
  /** The ClusterId field. Versions: 0+. Nullable: 0+. */
  clusterId: string | null;
  /** The current leader epoch of the partition, -1 for unknown leader epoch. Versions: 0+. */
  currentLeaderEpoch: number;
  /** The replica id of the voter getting updated in the topic partition. Versions: 0+. */
  voterId: number;
  /** The directory id of the voter getting updated in the topic partition. Versions: 0+. */
  voterDirectoryId: Uuid;
  /** The endpoint that can be used to communicate with the leader. Versions: 0+. */
  listeners: UpdateRaftVoterRequestListener[];
  /** The range of versions of the protocol that the replica supports. Versions: 0+. */
  kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateRaftVoterRequest with every field at its schema default, overridden by `init`. */
export function createUpdateRaftVoterRequest(init: Partial<UpdateRaftVoterRequest> = {}): UpdateRaftVoterRequest {
  return {
    clusterId: "",
    currentLeaderEpoch: 0,
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    listeners: [],
    kRaftVersionFeature: createUpdateRaftVoterRequestKRaftVersionFeature(),
    ...init,
  };
}

/** Writes a UpdateRaftVoterRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateRaftVoterRequest(writer: Writer, value: UpdateRaftVoterRequest, version: number): void {
  writer.writeNullableString(value.clusterId, true);
  writer.writeInt32(value.currentLeaderEpoch);
  writer.writeInt32(value.voterId);
  writer.writeUuid(value.voterDirectoryId);
  writer.writeArrayLength(value.listeners, true);
  for (const item of value.listeners) writeUpdateRaftVoterRequestListener(writer, item, version);
  writeUpdateRaftVoterRequestKRaftVersionFeature(writer, value.kRaftVersionFeature, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UpdateRaftVoterRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateRaftVoterRequest(reader: Reader, version: number): UpdateRaftVoterRequest {
  const value: UpdateRaftVoterRequest = {
    clusterId: reader.readNullableString(true),
    currentLeaderEpoch: reader.readInt32(),
    voterId: reader.readInt32(),
    voterDirectoryId: reader.readUuid(),
    listeners: reader.readArray(true, () => readUpdateRaftVoterRequestListener(reader, version)),
    kRaftVersionFeature: readUpdateRaftVoterRequestKRaftVersionFeature(reader, version),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Listener of UpdateRaftVoterRequest; versions 0. */
export interface UpdateRaftVoterRequestListener {
  /** The name of the endpoint. Versions: 0+. */
  name: string;
  /** The hostname. Versions: 0+. */
  host: string;
  /** The port. Versions: 0+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateRaftVoterRequestListener with every field at its schema default, overridden by `init`. */
export function createUpdateRaftVoterRequestListener(init: Partial<UpdateRaftVoterRequestListener> = {}): UpdateRaftVoterRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
    ...init,
  };
}

/** Writes a UpdateRaftVoterRequestListener in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateRaftVoterRequestListener(writer: Writer, value: UpdateRaftVoterRequestListener, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UpdateRaftVoterRequestListener in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateRaftVoterRequestListener(reader: Reader, _version: number): UpdateRaftVoterRequestListener {
  const value: UpdateRaftVoterRequestListener = {
    name: reader.readString(true),
    host: reader.readString(true),
    port: reader.readUint16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** KRaftVersionFeature of UpdateRaftVoterRequest; versions 0. */
export interface UpdateRaftVoterRequestKRaftVersionFeature {
  /** The minimum supported KRaft protocol version. Versions: 0+. */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version. Versions: 0+. */
  maxSupportedVersion: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateRaftVoterRequestKRaftVersionFeature with every field at its schema default, overridden by `init`. */
export function createUpdateRaftVoterRequestKRaftVersionFeature(init: Partial<UpdateRaftVoterRequestKRaftVersionFeature> = {}): UpdateRaftVoterRequestKRaftVersionFeature {
  return {
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
    ...init,
  };
}

/** Writes a UpdateRaftVoterRequestKRaftVersionFeature in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateRaftVoterRequestKRaftVersionFeature(writer: Writer, value: UpdateRaftVoterRequestKRaftVersionFeature, _version: number): void {
  writer.writeInt16(value.minSupportedVersion);
  writer.writeInt16(value.maxSupportedVersion);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UpdateRaftVoterRequestKRaftVersionFeature in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateRaftVoterRequestKRaftVersionFeature(reader: Reader, _version: number): UpdateRaftVoterRequestKRaftVersionFeature {
  const value: UpdateRaftVoterRequestKRaftVersionFeature = {
    minSupportedVersion: reader.readInt16(),
    maxSupportedVersion: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of UpdateRaftVoterResponse (API key 82): valid 0, flexible 0+. */
export const updateRaftVoterResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The UpdateRaftVoterResponse message; versions 0. */
export interface UpdateRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The CurrentLeader field. Versions: 0+. Tagged: 0+ (tag 0). */
  currentLeader: UpdateRaftVoterResponseCurrentLeader;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateRaftVoterResponse with every field at its schema default, overridden by `init`. */
export function createUpdateRaftVoterResponse(init: Partial<UpdateRaftVoterResponse> = {}): UpdateRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    currentLeader: createUpdateRaftVoterResponseCurrentLeader(),
    ...init,
  };
}

/** Writes a UpdateRaftVoterResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateRaftVoterResponse(writer: Writer, value: UpdateRaftVoterResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  const taggedFields: RawTaggedField[] = [];
  if (!isUpdateRaftVoterResponseCurrentLeaderDefault(value.currentLeader)) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      writeUpdateRaftVoterResponseCurrentLeader(taggedWriter, value.currentLeader, version);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a UpdateRaftVoterResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateRaftVoterResponse(reader: Reader, version: number): UpdateRaftVoterResponse {
  const value: UpdateRaftVoterResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    currentLeader: createUpdateRaftVoterResponseCurrentLeader(),
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        value.currentLeader = readUpdateRaftVoterResponseCurrentLeader(fieldReader, version);
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** CurrentLeader of UpdateRaftVoterResponse; versions 0. */
export interface UpdateRaftVoterResponseCurrentLeader {
  /** The replica id of the current leader or -1 if the leader is unknown. Versions: 0+. Default: -1. Entity: brokerId. */
  leaderId: NodeId;
  /** The latest known leader epoch. Versions: 0+. Default: -1. */
  leaderEpoch: number;
  /** The node's hostname. Versions: 0+. */
  host: string;
  /** The node's port. Versions: 0+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateRaftVoterResponseCurrentLeader with every field at its schema default, overridden by `init`. */
export function createUpdateRaftVoterResponseCurrentLeader(init: Partial<UpdateRaftVoterResponseCurrentLeader> = {}): UpdateRaftVoterResponseCurrentLeader {
  return {
    leaderId: -1 as NodeId,
    leaderEpoch: -1,
    host: "",
    port: 0,
    ...init,
  };
}

/** Writes a UpdateRaftVoterResponseCurrentLeader in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateRaftVoterResponseCurrentLeader(writer: Writer, value: UpdateRaftVoterResponseCurrentLeader, _version: number): void {
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  writer.writeString(value.host, true);
  writer.writeInt32(value.port);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UpdateRaftVoterResponseCurrentLeader in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateRaftVoterResponseCurrentLeader(reader: Reader, _version: number): UpdateRaftVoterResponseCurrentLeader {
  const value: UpdateRaftVoterResponseCurrentLeader = {
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
    host: reader.readString(true),
    port: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** True when every field of `value` holds its schema default. */
function isUpdateRaftVoterResponseCurrentLeaderDefault(value: UpdateRaftVoterResponseCurrentLeader): boolean {
  return value.leaderId === -1
    && value.leaderEpoch === -1
    && value.host === ""
    && value.port === 0
    && (value.unknownTaggedFields === undefined || value.unknownTaggedFields.length === 0);
}
