// Generated from UpdateMetadataRequest.json and UpdateMetadataResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// UpdateMetadata (API key 6): request and response codecs, versions 0-8.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_UpdateMetadata
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of UpdateMetadataRequest (API key 6): valid 0-8, flexible 6+. */
export const updateMetadataRequestVersions = {
  lowestVersion: 0,
  highestVersion: 8,
  flexibleLowestVersion: 6,
} as const;

/** The UpdateMetadataRequest message; versions 0-8. */
export interface UpdateMetadataRequest {
  /** The controller id. Versions: 0+. Entity: brokerId. */
  controllerId: NodeId;
  /** If KRaft controller id is used during migration. See KIP-866. Versions: 8+. Default: false. */
  isKRaftController: boolean;
  /** Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866. Versions: 8+. Tagged: 8+ (tag 0). Default: 0. */
  type: number;
  /** The controller epoch. Versions: 0+. */
  controllerEpoch: number;
  /** The broker epoch. Versions: 5+. Ignorable. Default: -1. */
  brokerEpoch: bigint;
  /** In older versions of this RPC, each partition that we would like to update. Versions: 0-4. */
  ungroupedPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
  /** In newer versions of this RPC, each topic that we would like to update. Versions: 5+. */
  topicStates: UpdateMetadataRequestUpdateMetadataTopicState[];
  /** The LiveBrokers field. Versions: 0+. */
  liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateMetadataRequest with every field at its schema default, overridden by `init`. */
export function createUpdateMetadataRequest(init: Partial<UpdateMetadataRequest> = {}): UpdateMetadataRequest {
  return {
    controllerId: 0 as NodeId,
    isKRaftController: false,
    type: 0,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveBrokers: [],
    ...init,
  };
}

/** Writes a UpdateMetadataRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateMetadataRequest(writer: Writer, value: UpdateMetadataRequest, version: number): void {
  const flexible = version >= 6;
  writer.writeInt32(value.controllerId);
  if (version >= 8) {
    writer.writeBool(value.isKRaftController);
  }
  if (!(version >= 8) && value.isKRaftController !== false) {
    throw fieldNotInVersion('UpdateMetadataRequest', 'isKRaftController', version);
  }
  if (!(version >= 8) && value.type !== 0) {
    throw fieldNotInVersion('UpdateMetadataRequest', 'type', version);
  }
  writer.writeInt32(value.controllerEpoch);
  if (version >= 5) {
    writer.writeInt64(value.brokerEpoch);
  }
  if (version <= 4) {
    writer.writeArrayLength(value.ungroupedPartitionStates, flexible);
    for (const item of value.ungroupedPartitionStates) writeUpdateMetadataRequestUpdateMetadataPartitionState(writer, item, version);
  }
  if (!(version <= 4) && value.ungroupedPartitionStates.length !== 0) {
    throw fieldNotInVersion('UpdateMetadataRequest', 'ungroupedPartitionStates', version);
  }
  if (version >= 5) {
    writer.writeArrayLength(value.topicStates, flexible);
    for (const item of value.topicStates) writeUpdateMetadataRequestUpdateMetadataTopicState(writer, item, version);
  }
  if (!(version >= 5) && value.topicStates.length !== 0) {
    throw fieldNotInVersion('UpdateMetadataRequest', 'topicStates', version);
  }
  writer.writeArrayLength(value.liveBrokers, flexible);
  for (const item of value.liveBrokers) writeUpdateMetadataRequestUpdateMetadataBroker(writer, item, version);
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if ((version >= 8) && value.type !== 0) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        taggedWriter.writeInt8(value.type);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('UpdateMetadataRequest', version);
  }
}

/** Reads a UpdateMetadataRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateMetadataRequest(reader: Reader, version: number): UpdateMetadataRequest {
  const flexible = version >= 6;
  const value: UpdateMetadataRequest = {
    controllerId: reader.readInt32() as NodeId,
    isKRaftController: (version >= 8) ? reader.readBool() : false,
    type: 0,
    controllerEpoch: reader.readInt32(),
    brokerEpoch: (version >= 5) ? reader.readInt64() : -1n,
    ungroupedPartitionStates: (version <= 4) ? reader.readArray(flexible, () => readUpdateMetadataRequestUpdateMetadataPartitionState(reader, version)) : [],
    topicStates: (version >= 5) ? reader.readArray(flexible, () => readUpdateMetadataRequestUpdateMetadataTopicState(reader, version)) : [],
    liveBrokers: reader.readArray(flexible, () => readUpdateMetadataRequestUpdateMetadataBroker(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          if (!(version >= 8)) return false;
          value.type = fieldReader.readInt8();
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** UpdateMetadataTopicState of UpdateMetadataRequest; versions 5-8. */
export interface UpdateMetadataRequestUpdateMetadataTopicState {
  /** The topic name. Versions: 5+. Entity: topicName. */
  topicName: TopicName;
  /** The topic id. Versions: 7+. Ignorable. */
  topicId: Uuid;
  /** The partition that we would like to update. Versions: 5+. */
  partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateMetadataRequestUpdateMetadataTopicState with every field at its schema default, overridden by `init`. */
export function createUpdateMetadataRequestUpdateMetadataTopicState(init: Partial<UpdateMetadataRequestUpdateMetadataTopicState> = {}): UpdateMetadataRequestUpdateMetadataTopicState {
  return {
    topicName: "" as TopicName,
    topicId: ZERO_UUID,
    partitionStates: [],
    ...init,
  };
}

/** Writes a UpdateMetadataRequestUpdateMetadataTopicState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateMetadataRequestUpdateMetadataTopicState(writer: Writer, value: UpdateMetadataRequestUpdateMetadataTopicState, version: number): void {
  const flexible = version >= 6;
  writer.writeString(value.topicName, flexible);
  if (version >= 7) {
    writer.writeUuid(value.topicId);
  }
  writer.writeArrayLength(value.partitionStates, flexible);
  for (const item of value.partitionStates) writeUpdateMetadataRequestUpdateMetadataPartitionState(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('UpdateMetadataRequestUpdateMetadataTopicState', version);
  }
}

/** Reads a UpdateMetadataRequestUpdateMetadataTopicState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateMetadataRequestUpdateMetadataTopicState(reader: Reader, version: number): UpdateMetadataRequestUpdateMetadataTopicState {
  const flexible = version >= 6;
  const value: UpdateMetadataRequestUpdateMetadataTopicState = {
    topicName: reader.readString(flexible) as TopicName,
    topicId: (version >= 7) ? reader.readUuid() : ZERO_UUID,
    partitionStates: reader.readArray(flexible, () => readUpdateMetadataRequestUpdateMetadataPartitionState(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** UpdateMetadataBroker of UpdateMetadataRequest; versions 0-8. */
export interface UpdateMetadataRequestUpdateMetadataBroker {
  /** The broker id. Versions: 0+. Entity: brokerId. */
  id: NodeId;
  /** The broker hostname. Versions: 0. Ignorable. */
  v0Host: string;
  /** The broker port. Versions: 0. Ignorable. */
  v0Port: number;
  /** The broker endpoints. Versions: 1+. Ignorable. */
  endpoints: UpdateMetadataRequestUpdateMetadataEndpoint[];
  /** The rack which this broker belongs to. Versions: 2+. Nullable: 0+. Ignorable. */
  rack: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateMetadataRequestUpdateMetadataBroker with every field at its schema default, overridden by `init`. */
export function createUpdateMetadataRequestUpdateMetadataBroker(init: Partial<UpdateMetadataRequestUpdateMetadataBroker> = {}): UpdateMetadataRequestUpdateMetadataBroker {
  return {
    id: 0 as NodeId,
    v0Host: "",
    v0Port: 0,
    endpoints: [],
    rack: "",
    ...init,
  };
}

/** Writes a UpdateMetadataRequestUpdateMetadataBroker in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateMetadataRequestUpdateMetadataBroker(writer: Writer, value: UpdateMetadataRequestUpdateMetadataBroker, version: number): void {
  const flexible = version >= 6;
  writer.writeInt32(value.id);
  if (version <= 0) {
    writer.writeString(value.v0Host, flexible);
  }
  if (version <= 0) {
    writer.writeInt32(value.v0Port);
  }
  if (version >= 1) {
    writer.writeArrayLength(value.endpoints, flexible);
    for (const item of value.endpoints) writeUpdateMetadataRequestUpdateMetadataEndpoint(writer, item, version);
  }
  if (version >= 2) {
    writer.writeNullableString(value.rack, flexible);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('UpdateMetadataRequestUpdateMetadataBroker', version);
  }
}

/** Reads a UpdateMetadataRequestUpdateMetadataBroker in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateMetadataRequestUpdateMetadataBroker(reader: Reader, version: number): UpdateMetadataRequestUpdateMetadataBroker {
  const flexible = version >= 6;
  const value: UpdateMetadataRequestUpdateMetadataBroker = {
    id: reader.readInt32() as NodeId,
    v0Host: (version <= 0) ? reader.readString(flexible) : "",
    v0Port: (version <= 0) ? reader.readInt32() : 0,
    endpoints: (version >= 1) ? reader.readArray(flexible, () => readUpdateMetadataRequestUpdateMetadataEndpoint(reader, version)) : [],
    rack: (version >= 2) ? reader.readNullableString(flexible) : "",
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** UpdateMetadataEndpoint of UpdateMetadataRequest; versions 1-8. */
export interface UpdateMetadataRequestUpdateMetadataEndpoint {
  /** The port of this endpoint. Versions: 1+. */
  port: number;
  /** The hostname of this endpoint. Versions: 1+. */
  host: string;
  /** The listener name. Versions: 3+. Ignorable. */
  listener: string;
  /** The security protocol type. Versions: 1+. */
  securityProtocol: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateMetadataRequestUpdateMetadataEndpoint with every field at its schema default, overridden by `init`. */
export function createUpdateMetadataRequestUpdateMetadataEndpoint(init: Partial<UpdateMetadataRequestUpdateMetadataEndpoint> = {}): UpdateMetadataRequestUpdateMetadataEndpoint {
  return {
    port: 0,
    host: "",
    listener: "",
    securityProtocol: 0,
    ...init,
  };
}

/** Writes a UpdateMetadataRequestUpdateMetadataEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateMetadataRequestUpdateMetadataEndpoint(writer: Writer, value: UpdateMetadataRequestUpdateMetadataEndpoint, version: number): void {
  const flexible = version >= 6;
  writer.writeInt32(value.port);
  writer.writeString(value.host, flexible);
  if (version >= 3) {
    writer.writeString(value.listener, flexible);
  }
  writer.writeInt16(value.securityProtocol);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('UpdateMetadataRequestUpdateMetadataEndpoint', version);
  }
}

/** Reads a UpdateMetadataRequestUpdateMetadataEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateMetadataRequestUpdateMetadataEndpoint(reader: Reader, version: number): UpdateMetadataRequestUpdateMetadataEndpoint {
  const flexible = version >= 6;
  const value: UpdateMetadataRequestUpdateMetadataEndpoint = {
    port: reader.readInt32(),
    host: reader.readString(flexible),
    listener: (version >= 3) ? reader.readString(flexible) : "",
    securityProtocol: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** UpdateMetadataPartitionState of UpdateMetadataRequest; versions 0-8. */
export interface UpdateMetadataRequestUpdateMetadataPartitionState {
  /** In older versions of this RPC, the topic name. Versions: 0-4. Ignorable. Entity: topicName. */
  topicName: TopicName;
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The controller epoch. Versions: 0+. */
  controllerEpoch: number;
  /** The ID of the broker which is the current partition leader. Versions: 0+. Entity: brokerId. */
  leader: NodeId;
  /** The leader epoch of this partition. Versions: 0+. */
  leaderEpoch: number;
  /** The brokers which are in the ISR for this partition. Versions: 0+. Entity: brokerId. */
  isr: NodeId[];
  /** The Zookeeper version. Versions: 0+. */
  zkVersion: number;
  /** All the replicas of this partition. Versions: 0+. Entity: brokerId. */
  replicas: NodeId[];
  /** The replicas of this partition which are offline. Versions: 4+. Ignorable. Entity: brokerId. */
  offlineReplicas: NodeId[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateMetadataRequestUpdateMetadataPartitionState with every field at its schema default, overridden by `init`. */
export function createUpdateMetadataRequestUpdateMetadataPartitionState(init: Partial<UpdateMetadataRequestUpdateMetadataPartitionState> = {}): UpdateMetadataRequestUpdateMetadataPartitionState {
  return {
    topicName: "" as TopicName,
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0 as NodeId,
    leaderEpoch: 0,
    isr: [],
    zkVersion: 0,
    replicas: [],
    offlineReplicas: [],
    ...init,
  };
}

/** Writes a UpdateMetadataRequestUpdateMetadataPartitionState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateMetadataRequestUpdateMetadataPartitionState(writer: Writer, value: UpdateMetadataRequestUpdateMetadataPartitionState, version: number): void {
  const flexible = version >= 6;
  if (version <= 4) {
    writer.writeString(value.topicName, flexible);
  }
  writer.writeInt32(value.partitionIndex);
  writer.writeInt32(value.controllerEpoch);
  writer.writeInt32(value.leader);
  writer.writeInt32(value.leaderEpoch);
  writer.writeArrayLength(value.isr, flexible);
  for (const item of value.isr) writer.writeInt32(item);
  writer.writeInt32(value.zkVersion);
  writer.writeArrayLength(value.replicas, flexible);
  for (const item of value.replicas) writer.writeInt32(item);
  if (version >= 4) {
    writer.writeArrayLength(value.offlineReplicas, flexible);
    for (const item of value.offlineReplicas) writer.writeInt32(item);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('UpdateMetadataRequestUpdateMetadataPartitionState', version);
  }
}

/** Reads a UpdateMetadataRequestUpdateMetadataPartitionState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateMetadataRequestUpdateMetadataPartitionState(reader: Reader, version: number): UpdateMetadataRequestUpdateMetadataPartitionState {
  const flexible = version >= 6;
  const value: UpdateMetadataRequestUpdateMetadataPartitionState = {
    topicName: (version <= 4) ? reader.readString(flexible) as TopicName : "" as TopicName,
    partitionIndex: reader.readInt32(),
    controllerEpoch: reader.readInt32(),
    leader: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
    isr: reader.readInt32Array(flexible) as NodeId[],
    zkVersion: reader.readInt32(),
    replicas: reader.readInt32Array(flexible) as NodeId[],
    offlineReplicas: (version >= 4) ? reader.readInt32Array(flexible) as NodeId[] : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of UpdateMetadataResponse (API key 6): valid 0-8, flexible 6+. */
export const updateMetadataResponseVersions = {
  lowestVersion: 0,
  highestVersion: 8,
  flexibleLowestVersion: 6,
} as const;

/** The UpdateMetadataResponse message; versions 0-8. */
export interface UpdateMetadataResponse {
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UpdateMetadataResponse with every field at its schema default, overridden by `init`. */
export function createUpdateMetadataResponse(init: Partial<UpdateMetadataResponse> = {}): UpdateMetadataResponse {
  return {
    errorCode: 0,
    ...init,
  };
}

/** Writes a UpdateMetadataResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUpdateMetadataResponse(writer: Writer, value: UpdateMetadataResponse, version: number): void {
  const flexible = version >= 6;
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('UpdateMetadataResponse', version);
  }
}

/** Reads a UpdateMetadataResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUpdateMetadataResponse(reader: Reader, version: number): UpdateMetadataResponse {
  const flexible = version >= 6;
  const value: UpdateMetadataResponse = {
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
