// Generated from PartitionRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// PartitionRecord: KRaft metadata record (type 3) codec, versions 0-2.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of PartitionRecord (API key 3): valid 0-2, flexible 0+. */
export const partitionRecordVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 0,
} as const;

/** The PartitionRecord message; versions 0-2. */
export interface PartitionRecord {
  /** The partition id. Versions: 0+. Default: -1. */
  partitionId: number;
  /** The unique ID of this topic. Versions: 0+. */
  topicId: Uuid;
  /** The replicas of this partition, sorted by preferred order. Versions: 0+. Entity: brokerId. */
  replicas: NodeId[];
  /** The in-sync replicas of this partition. Versions: 0+. */
  isr: number[];
  /** The replicas that we are in the process of removing. Versions: 0+. Entity: brokerId. */
  removingReplicas: NodeId[];
  /** The replicas that we are in the process of adding. Versions: 0+. Entity: brokerId. */
  addingReplicas: NodeId[];
  /** The lead replica, or -1 if there is no leader. Versions: 0+. Default: -1. Entity: brokerId. */
  leader: NodeId;
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. Versions: 0+. Tagged: 0+ (tag 0). Default: 0. */
  leaderRecoveryState: number;
  /** The epoch of the partition leader. Versions: 0+. Default: -1. */
  leaderEpoch: number;
  /** An epoch that gets incremented each time we change anything in the partition. Versions: 0+. Default: -1. */
  partitionEpoch: number;
  /** The log directory hosting each replica, sorted in the same exact order as the Replicas field. Versions: 1+. */
  directories: Uuid[];
  /** The eligible leader replicas of this partition. Versions: 2+. Nullable: 2+. Tagged: 2+ (tag 1). Default: null. Entity: brokerId. */
  eligibleLeaderReplicas: NodeId[] | null;
  /** The last known eligible leader replicas of this partition. Versions: 2+. Nullable: 2+. Tagged: 2+ (tag 2). Default: null. Entity: brokerId. */
  lastKnownElr: NodeId[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A PartitionRecord with every field at its schema default, overridden by `init`. */
export function createPartitionRecord(init: Partial<PartitionRecord> = {}): PartitionRecord {
  return {
    partitionId: -1,
    topicId: ZERO_UUID,
    replicas: [],
    isr: [],
    removingReplicas: [],
    addingReplicas: [],
    leader: -1 as NodeId,
    leaderRecoveryState: 0,
    leaderEpoch: -1,
    partitionEpoch: -1,
    directories: [],
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
    ...init,
  };
}

/** Writes a PartitionRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writePartitionRecord(writer: Writer, value: PartitionRecord, version: number): void {
  writer.writeInt32(value.partitionId);
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.replicas, true);
  for (const item of value.replicas) writer.writeInt32(item);
  writer.writeArrayLength(value.isr, true);
  for (const item of value.isr) writer.writeInt32(item);
  writer.writeArrayLength(value.removingReplicas, true);
  for (const item of value.removingReplicas) writer.writeInt32(item);
  writer.writeArrayLength(value.addingReplicas, true);
  for (const item of value.addingReplicas) writer.writeInt32(item);
  writer.writeInt32(value.leader);
  writer.writeInt32(value.leaderEpoch);
  writer.writeInt32(value.partitionEpoch);
  if (version >= 1) {
    writer.writeArrayLength(value.directories, true);
    for (const item of value.directories) writer.writeUuid(item);
  }
  if (!(version >= 1) && value.directories.length !== 0) {
    throw fieldNotInVersion('PartitionRecord', 'directories', version);
  }
  if (!(version >= 2) && value.eligibleLeaderReplicas !== null) {
    throw fieldNotInVersion('PartitionRecord', 'eligibleLeaderReplicas', version);
  }
  if (!(version >= 2) && value.lastKnownElr !== null) {
    throw fieldNotInVersion('PartitionRecord', 'lastKnownElr', version);
  }
  const taggedFields: RawTaggedField[] = [];
  if (value.leaderRecoveryState !== 0) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      taggedWriter.writeInt8(value.leaderRecoveryState);
    }));
  }
  if ((version >= 2) && value.eligibleLeaderReplicas !== null) {
    taggedFields.push(encodeTaggedField(1, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.eligibleLeaderReplicas, true);
      if (value.eligibleLeaderReplicas !== null) for (const item of value.eligibleLeaderReplicas) taggedWriter.writeInt32(item);
    }));
  }
  if ((version >= 2) && value.lastKnownElr !== null) {
    taggedFields.push(encodeTaggedField(2, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.lastKnownElr, true);
      if (value.lastKnownElr !== null) for (const item of value.lastKnownElr) taggedWriter.writeInt32(item);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a PartitionRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readPartitionRecord(reader: Reader, version: number): PartitionRecord {
  const value: PartitionRecord = {
    partitionId: reader.readInt32(),
    topicId: reader.readUuid(),
    replicas: reader.readInt32Array(true) as NodeId[],
    isr: reader.readInt32Array(true),
    removingReplicas: reader.readInt32Array(true) as NodeId[],
    addingReplicas: reader.readInt32Array(true) as NodeId[],
    leader: reader.readInt32() as NodeId,
    leaderRecoveryState: 0,
    leaderEpoch: reader.readInt32(),
    partitionEpoch: reader.readInt32(),
    directories: (version >= 1) ? reader.readUuidArray(true) : [],
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        value.leaderRecoveryState = fieldReader.readInt8();
        return true;
      case 1:
        if (!(version >= 2)) return false;
        value.eligibleLeaderReplicas = fieldReader.readNullableInt32Array(true) as NodeId[] | null;
        return true;
      case 2:
        if (!(version >= 2)) return false;
        value.lastKnownElr = fieldReader.readNullableInt32Array(true) as NodeId[] | null;
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
