// Generated from PartitionChangeRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// PartitionChangeRecord: KRaft metadata record (type 5) codec, versions 0-2.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of PartitionChangeRecord (API key 5): valid 0-2, flexible 0+. */
export const partitionChangeRecordVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 0,
} as const;

/** The PartitionChangeRecord message; versions 0-2. */
export interface PartitionChangeRecord {
  /** The partition id. Versions: 0+. Default: -1. */
  partitionId: number;
  /** The unique ID of this topic. Versions: 0+. */
  topicId: Uuid;
  /** null if the ISR didn't change; the new in-sync replicas otherwise. Versions: 0+. Nullable: 0+. Tagged: 0+ (tag 0). Default: null. Entity: brokerId. */
  isr: NodeId[] | null;
  /** -1 if there is now no leader; -2 if the leader didn't change; the new leader otherwise. Versions: 0+. Tagged: 0+ (tag 1). Default: -2. Entity: brokerId. */
  leader: NodeId;
  /** null if the replicas didn't change; the new replicas otherwise. Versions: 0+. Nullable: 0+. Tagged: 0+ (tag 2). Default: null. Entity: brokerId. */
  replicas: NodeId[] | null;
  /** null if the removing replicas didn't change; the new removing replicas otherwise. Versions: 0+. Nullable: 0+. Tagged: 0+ (tag 3). Default: null. Entity: brokerId. */
  removingReplicas: NodeId[] | null;
  /** null if the adding replicas didn't change; the new adding replicas otherwise. Versions: 0+. Nullable: 0+. Tagged: 0+ (tag 4). Default: null. Entity: brokerId. */
  addingReplicas: NodeId[] | null;
  /** -1 if it didn't change; 0 if the leader was elected from the ISR or recovered from an unclean election; 1 if the leader that was elected using unclean leader election and it is still recovering. Versions: 0+. Tagged: 0+ (tag 5). Default: -1. */
  leaderRecoveryState: number;
  /** null if the log dirs didn't change; the new log directory for each replica otherwise. Versions: 1+. Nullable: 1+. Tagged: 1+ (tag 8). Default: null. */
  directories: Uuid[] | null;
  /** null if the ELR didn't change; the new eligible leader replicas otherwise. Versions: 2+. Nullable: 2+. Tagged: 2+ (tag 6). Default: null. Entity: brokerId. */
  eligibleLeaderReplicas: NodeId[] | null;
  /** null if the LastKnownElr didn't change; the last known eligible leader replicas otherwise. Versions: 2+. Nullable: 2+. Tagged: 2+ (tag 7). Default: null. Entity: brokerId. */
  lastKnownElr: NodeId[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A PartitionChangeRecord with every field at its schema default, overridden by `init`. */
export function createPartitionChangeRecord(init: Partial<PartitionChangeRecord> = {}): PartitionChangeRecord {
  return {
    partitionId: -1,
    topicId: ZERO_UUID,
    isr: null,
    leader: -2 as NodeId,
    replicas: null,
    removingReplicas: null,
    addingReplicas: null,
    leaderRecoveryState: -1,
    directories: null,
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
    ...init,
  };
}

/** Writes a PartitionChangeRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writePartitionChangeRecord(writer: Writer, value: PartitionChangeRecord, version: number): void {
  writer.writeInt32(value.partitionId);
  writer.writeUuid(value.topicId);
  if (!(version >= 1) && value.directories !== null) {
    throw fieldNotInVersion('PartitionChangeRecord', 'directories', version);
  }
  if (!(version >= 2) && value.eligibleLeaderReplicas !== null) {
    throw fieldNotInVersion('PartitionChangeRecord', 'eligibleLeaderReplicas', version);
  }
  if (!(version >= 2) && value.lastKnownElr !== null) {
    throw fieldNotInVersion('PartitionChangeRecord', 'lastKnownElr', version);
  }
  const taggedFields: RawTaggedField[] = [];
  if (value.isr !== null) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.isr, true);
      if (value.isr !== null) for (const item of value.isr) taggedWriter.writeInt32(item);
    }));
  }
  if (value.leader !== -2) {
    taggedFields.push(encodeTaggedField(1, (taggedWriter) => {
      taggedWriter.writeInt32(value.leader);
    }));
  }
  if (value.replicas !== null) {
    taggedFields.push(encodeTaggedField(2, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.replicas, true);
      if (value.replicas !== null) for (const item of value.replicas) taggedWriter.writeInt32(item);
    }));
  }
  if (value.removingReplicas !== null) {
    taggedFields.push(encodeTaggedField(3, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.removingReplicas, true);
      if (value.removingReplicas !== null) for (const item of value.removingReplicas) taggedWriter.writeInt32(item);
    }));
  }
  if (value.addingReplicas !== null) {
    taggedFields.push(encodeTaggedField(4, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.addingReplicas, true);
      if (value.addingReplicas !== null) for (const item of value.addingReplicas) taggedWriter.writeInt32(item);
    }));
  }
  if (value.leaderRecoveryState !== -1) {
    taggedFields.push(encodeTaggedField(5, (taggedWriter) => {
      taggedWriter.writeInt8(value.leaderRecoveryState);
    }));
  }
  if ((version >= 1) && value.directories !== null) {
    taggedFields.push(encodeTaggedField(8, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.directories, true);
      if (value.directories !== null) for (const item of value.directories) taggedWriter.writeUuid(item);
    }));
  }
  if ((version >= 2) && value.eligibleLeaderReplicas !== null) {
    taggedFields.push(encodeTaggedField(6, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.eligibleLeaderReplicas, true);
      if (value.eligibleLeaderReplicas !== null) for (const item of value.eligibleLeaderReplicas) taggedWriter.writeInt32(item);
    }));
  }
  if ((version >= 2) && value.lastKnownElr !== null) {
    taggedFields.push(encodeTaggedField(7, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.lastKnownElr, true);
      if (value.lastKnownElr !== null) for (const item of value.lastKnownElr) taggedWriter.writeInt32(item);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a PartitionChangeRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readPartitionChangeRecord(reader: Reader, version: number): PartitionChangeRecord {
  const value: PartitionChangeRecord = {
    partitionId: reader.readInt32(),
    topicId: reader.readUuid(),
    isr: null,
    leader: -2 as NodeId,
    replicas: null,
    removingReplicas: null,
    addingReplicas: null,
    leaderRecoveryState: -1,
    directories: null,
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        value.isr = fieldReader.readNullableInt32Array(true) as NodeId[] | null;
        return true;
      case 1:
        value.leader = fieldReader.readInt32() as NodeId;
        return true;
      case 2:
        value.replicas = fieldReader.readNullableInt32Array(true) as NodeId[] | null;
        return true;
      case 3:
        value.removingReplicas = fieldReader.readNullableInt32Array(true) as NodeId[] | null;
        return true;
      case 4:
        value.addingReplicas = fieldReader.readNullableInt32Array(true) as NodeId[] | null;
        return true;
      case 5:
        value.leaderRecoveryState = fieldReader.readInt8();
        return true;
      case 8:
        if (!(version >= 1)) return false;
        value.directories = fieldReader.readNullableUuidArray(true);
        return true;
      case 6:
        if (!(version >= 2)) return false;
        value.eligibleLeaderReplicas = fieldReader.readNullableInt32Array(true) as NodeId[] | null;
        return true;
      case 7:
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
