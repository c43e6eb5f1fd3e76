// Generated from ProduceRequest.json and ProduceResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// Produce (API key 0): request and response codecs, versions 0-11.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_Produce
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type NodeId, type TopicName, type TransactionalId } from '../../entity-types.js';

/** Versions of ProduceRequest (API key 0): valid 0-11, flexible 9+. */
export const produceRequestVersions = {
  lowestVersion: 0,
  highestVersion: 11,
  flexibleLowestVersion: 9,
} as const;

/** The ProduceRequest message; versions 0-11. */
export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. Versions: 3+. Nullable: 3+. Default: null. Entity: transactionalId. */
  transactionalId: TransactionalId | null;
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. Versions: 0+. */
  acks: number;
  /** The timeout to await a response in milliseconds. Versions: 0+. */
  timeoutMs: number;
  /** Each topic to produce to. Versions: 0+. */
  topicData: ProduceRequestTopicProduceData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ProduceRequest with every field at its schema default, overridden by `init`. */
export function createProduceRequest(init: Partial<ProduceRequest> = {}): ProduceRequest {
  return {
    transactionalId: null,
    acks: 0,
    timeoutMs: 0,
    topicData: [],
    ...init,
  };
}

/** Writes a ProduceRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeProduceRequest(writer: Writer, value: ProduceRequest, version: number): void {
  const flexible = version >= 9;
  if (version >= 3) {
    writer.writeNullableString(value.transactionalId, flexible);
  }
  if (!(version >= 3) && value.transactionalId !== null) {
    throw fieldNotInVersion('ProduceRequest', 'transactionalId', version);
  }
  writer.writeInt16(value.acks);
  writer.writeInt32(value.timeoutMs);
  writer.writeArrayLength(value.topicData, flexible);
  for (const item of value.topicData) writeProduceRequestTopicProduceData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ProduceRequest', version);
  }
}

/** Reads a ProduceRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readProduceRequest(reader: Reader, version: number): ProduceRequest {
  const flexible = version >= 9;
  const value: ProduceRequest = {
    transactionalId: (version >= 3) ? reader.readNullableString(flexible) as TransactionalId | null : null,
    acks: reader.readInt16(),
    timeoutMs: reader.readInt32(),
    topicData: reader.readArray(flexible, () => readProduceRequestTopicProduceData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** TopicProduceData of ProduceRequest; versions 0-11. */
export interface ProduceRequestTopicProduceData {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** Each partition to produce to. Versions: 0+. */
  partitionData: ProduceRequestPartitionProduceData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ProduceRequestTopicProduceData with every field at its schema default, overridden by `init`. */
export function createProduceRequestTopicProduceData(init: Partial<ProduceRequestTopicProduceData> = {}): ProduceRequestTopicProduceData {
  return {
    name: "" as TopicName,
    partitionData: [],
    ...init,
  };
}

/** Writes a ProduceRequestTopicProduceData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeProduceRequestTopicProduceData(writer: Writer, value: ProduceRequestTopicProduceData, version: number): void {
  const flexible = version >= 9;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitionData, flexible);
  for (const item of value.partitionData) writeProduceRequestPartitionProduceData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ProduceRequestTopicProduceData', version);
  }
}

/** Reads a ProduceRequestTopicProduceData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readProduceRequestTopicProduceData(reader: Reader, version: number): ProduceRequestTopicProduceData {
  const flexible = version >= 9;
  const value: ProduceRequestTopicProduceData = {
    name: reader.readString(flexible) as TopicName,
    partitionData: reader.readArray(flexible, () => readProduceRequestPartitionProduceData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** PartitionProduceData of ProduceRequest; versions 0-11. */
export interface ProduceRequestPartitionProduceData {
  /** The partition index. Versions: 0+. */
  index: number;
  /** The record data to be produced. Versions: 0+. Nullable: 0+. */
  records: Uint8Array | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ProduceRequestPartitionProduceData with every field at its schema default, overridden by `init`. */
export function createProduceRequestPartitionProduceData(init: Partial<ProduceRequestPartitionProduceData> = {}): ProduceRequestPartitionProduceData {
  return {
    index: 0,
    records: null,
    ...init,
  };
}

/** Writes a ProduceRequestPartitionProduceData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeProduceRequestPartitionProduceData(writer: Writer, value: ProduceRequestPartitionProduceData, version: number): void {
  const flexible = version >= 9;
  writer.writeInt32(value.index);
  writer.writeNullableBytes(value.records, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ProduceRequestPartitionProduceData', version);
  }
}

/** Reads a ProduceRequestPartitionProduceData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readProduceRequestPartitionProduceData(reader: Reader, version: number): ProduceRequestPartitionProduceData {
  const flexible = version >= 9;
  const value: ProduceRequestPartitionProduceData = {
    index: reader.readInt32(),
    records: reader.readNullableBytes(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of ProduceResponse (API key 0): valid 0-11, flexible 9+. */
export const produceResponseVersions = {
  lowestVersion: 0,
  highestVersion: 11,
  flexibleLowestVersion: 9,
} as const;

/** The ProduceResponse message; versions 0-11. */
export interface ProduceResponse {
  /** Each produce response. Versions: 0+. */
  responses: ProduceResponseTopicProduceResponse[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 1+. Ignorable. Default: 0. */
  throttleTimeMs: number;
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. Versions: 10+. Tagged: 10+ (tag 0). */
  nodeEndpoints: ProduceResponseNodeEndpoint[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ProduceResponse with every field at its schema default, overridden by `init`. */
export function createProduceResponse(init: Partial<ProduceResponse> = {}): ProduceResponse {
  return {
    responses: [],
    throttleTimeMs: 0,
    nodeEndpoints: [],
    ...init,
  };
}

/** Writes a ProduceResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeProduceResponse(writer: Writer, value: ProduceResponse, version: number): void {
  const flexible = version >= 9;
  writer.writeArrayLength(value.responses, flexible);
  for (const item of value.responses) writeProduceResponseTopicProduceResponse(writer, item, version);
  if (version >= 1) {
    writer.writeInt32(value.throttleTimeMs);
  }
  if (!(version >= 10) && value.nodeEndpoints.length !== 0) {
    throw fieldNotInVersion('ProduceResponse', 'nodeEndpoints', version);
  }
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if ((version >= 10) && value.nodeEndpoints.length !== 0) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        taggedWriter.writeArrayLength(value.nodeEndpoints, true);
        for (const item of value.nodeEndpoints) writeProduceResponseNodeEndpoint(taggedWriter, item, version);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ProduceResponse', version);
  }
}

/** Reads a ProduceResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readProduceResponse(reader: Reader, version: number): ProduceResponse {
  const flexible = version >= 9;
  const value: ProduceResponse = {
    responses: reader.readArray(flexible, () => readProduceResponseTopicProduceResponse(reader, version)),
    throttleTimeMs: (version >= 1) ? reader.readInt32() : 0,
    nodeEndpoints: [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          if (!(version >= 10)) return false;
          value.nodeEndpoints = fieldReader.readArray(true, () => readProduceResponseNodeEndpoint(fieldReader, version));
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** TopicProduceResponse of ProduceResponse; versions 0-11. */
export interface ProduceResponseTopicProduceResponse {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** Each partition that we produced to within the topic. Versions: 0+. */
  partitionResponses: ProduceResponsePartitionProduceResponse[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ProduceResponseTopicProduceResponse with every field at its schema default, overridden by `init`. */
export function createProduceResponseTopicProduceResponse(init: Partial<ProduceResponseTopicProduceResponse> = {}): ProduceResponseTopicProduceResponse {
  return {
    name: "" as TopicName,
    partitionResponses: [],
    ...init,
  };
}

/** Writes a ProduceResponseTopicProduceResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeProduceResponseTopicProduceResponse(writer: Writer, value: ProduceResponseTopicProduceResponse, version: number): void {
  const flexible = version >= 9;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitionResponses, flexible);
  for (const item of value.partitionResponses) writeProduceResponsePartitionProduceResponse(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ProduceResponseTopicProduceResponse', version);
  }
}

/** Reads a ProduceResponseTopicProduceResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readProduceResponseTopicProduceResponse(reader: Reader, version: number): ProduceResponseTopicProduceResponse {
  const flexible = version >= 9;
  const value: ProduceResponseTopicProduceResponse = {
    name: reader.readString(flexible) as TopicName,
    partitionResponses: reader.readArray(flexible, () => readProduceResponsePartitionProduceResponse(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** PartitionProduceResponse of ProduceResponse; versions 0-11. */
export interface ProduceResponsePartitionProduceResponse {
  /** The partition index. Versions: 0+. */
  index: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The base offset. Versions: 0+. */
  baseOffset: bigint;
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1. If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. Versions: 2+. Ignorable. Default: -1. */
  logAppendTimeMs: bigint;
  /** The log start offset. Versions: 5+. Ignorable. Default: -1. */
  logStartOffset: bigint;
  /** The batch indices of records that caused the batch to be dropped. Versions: 8+. Ignorable. */
  recordErrors: ProduceResponseBatchIndexAndErrorMessage[];
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped. Versions: 8+. Nullable: 8+. Ignorable. Default: null. */
  errorMessage: string | null;
  /** The CurrentLeader field. Versions: 10+. Tagged: 10+ (tag 0). */
  currentLeader: ProduceResponseLeaderIdAndEpoch;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ProduceResponsePartitionProduceResponse with every field at its schema default, overridden by `init`. */
export function createProduceResponsePartitionProduceResponse(init: Partial<ProduceResponsePartitionProduceResponse> = {}): ProduceResponsePartitionProduceResponse {
  return {
    index: 0,
    errorCode: 0,
    baseOffset: 0n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    recordErrors: [],
    errorMessage: null,
    currentLeader: createProduceResponseLeaderIdAndEpoch(),
    ...init,
  };
}

/** Writes a ProduceResponsePartitionProduceResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeProduceResponsePartitionProduceResponse(writer: Writer, value: ProduceResponsePartitionProduceResponse, version: number): void {
  const flexible = version >= 9;
  writer.writeInt32(value.index);
  writer.writeInt16(value.errorCode);
  writer.writeInt64(value.baseOffset);
  if (version >= 2) {
    writer.writeInt64(value.logAppendTimeMs);
  }
  if (version >= 5) {
    writer.writeInt64(value.logStartOffset);
  }
  if (version >= 8) {
    writer.writeArrayLength(value.recordErrors, flexible);
    for (const item of value.recordErrors) writeProduceResponseBatchIndexAndErrorMessage(writer, item, version);
  }
  if (version >= 8) {
    writer.writeNullableString(value.errorMessage, flexible);
  }
  if (!(version >= 10) && !isProduceResponseLeaderIdAndEpochDefault(value.currentLeader)) {
    throw fieldNotInVersion('ProduceResponsePartitionProduceResponse', 'currentLeader', version);
  }
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if ((version >= 10) && !isProduceResponseLeaderIdAndEpochDefault(value.currentLeader)) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        writeProduceResponseLeaderIdAndEpoch(taggedWriter, value.currentLeader, version);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ProduceResponsePartitionProduceResponse', version);
  }
}

/** Reads a ProduceResponsePartitionProduceResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readProduceResponsePartitionProduceResponse(reader: Reader, version: number): ProduceResponsePartitionProduceResponse {
  const flexible = version >= 9;
  const value: ProduceResponsePartitionProduceResponse = {
    index: reader.readInt32(),
    errorCode: reader.readInt16(),
    baseOffset: reader.readInt64(),
    logAppendTimeMs: (version >= 2) ? reader.readInt64() : -1n,
    logStartOffset: (version >= 5) ? reader.readInt64() : -1n,
    recordErrors: (version >= 8) ? reader.readArray(flexible, () => readProduceResponseBatchIndexAndErrorMessage(reader, version)) : [],
    errorMessage: (version >= 8) ? reader.readNullableString(flexible) : null,
    currentLeader: createProduceResponseLeaderIdAndEpoch(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          if (!(version >= 10)) return false;
          value.currentLeader = readProduceResponseLeaderIdAndEpoch(fieldReader, version);
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** BatchIndexAndErrorMessage of ProduceResponse; versions 8-11. */
export interface ProduceResponseBatchIndexAndErrorMessage {
  /** The batch index of the record that cause the batch to be dropped. Versions: 8+. */
  batchIndex: number;
  /** The error message of the record that caused the batch to be dropped. Versions: 8+. Nullable: 8+. Default: null. */
  batchIndexErrorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ProduceResponseBatchIndexAndErrorMessage with every field at its schema default, overridden by `init`. */
export function createProduceResponseBatchIndexAndErrorMessage(init: Partial<ProduceResponseBatchIndexAndErrorMessage> = {}): ProduceResponseBatchIndexAndErrorMessage {
  return {
    batchIndex: 0,
    batchIndexErrorMessage: null,
    ...init,
  };
}

/** Writes a ProduceResponseBatchIndexAndErrorMessage in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeProduceResponseBatchIndexAndErrorMessage(writer: Writer, value: ProduceResponseBatchIndexAndErrorMessage, version: number): void {
  const flexible = version >= 9;
  writer.writeInt32(value.batchIndex);
  writer.writeNullableString(value.batchIndexErrorMessage, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ProduceResponseBatchIndexAndErrorMessage', version);
  }
}

/** Reads a ProduceResponseBatchIndexAndErrorMessage in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readProduceResponseBatchIndexAndErrorMessage(reader: Reader, version: number): ProduceResponseBatchIndexAndErrorMessage {
  const flexible = version >= 9;
  const value: ProduceResponseBatchIndexAndErrorMessage = {
    batchIndex: reader.readInt32(),
    batchIndexErrorMessage: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** LeaderIdAndEpoch of ProduceResponse; versions 10-11. */
export interface ProduceResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions: 10+. Default: -1. Entity: brokerId. */
  leaderId: NodeId;
  /** The latest known leader epoch. Versions: 10+. Default: -1. */
  leaderEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ProduceResponseLeaderIdAndEpoch with every field at its schema default, overridden by `init`. */
export function createProduceResponseLeaderIdAndEpoch(init: Partial<ProduceResponseLeaderIdAndEpoch> = {}): ProduceResponseLeaderIdAndEpoch {
  return {
    leaderId: -1 as NodeId,
    leaderEpoch: -1,
    ...init,
  };
}

/** Writes a ProduceResponseLeaderIdAndEpoch in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeProduceResponseLeaderIdAndEpoch(writer: Writer, value: ProduceResponseLeaderIdAndEpoch, _version: number): void {
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ProduceResponseLeaderIdAndEpoch in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readProduceResponseLeaderIdAndEpoch(reader: Reader, _version: number): ProduceResponseLeaderIdAndEpoch {
  const value: ProduceResponseLeaderIdAndEpoch = {
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** NodeEndpoint of ProduceResponse; versions 10-11. */
export interface ProduceResponseNodeEndpoint {
  /** The ID of the associated node. Versions: 10+. Entity: brokerId. */
  nodeId: NodeId;
  /** The node's hostname. Versions: 10+. */
  host: string;
  /** The node's port. Versions: 10+. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. Versions: 10+. Nullable: 10+. Default: null. */
  rack: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ProduceResponseNodeEndpoint with every field at its schema default, overridden by `init`. */
export function createProduceResponseNodeEndpoint(init: Partial<ProduceResponseNodeEndpoint> = {}): ProduceResponseNodeEndpoint {
  return {
    nodeId: 0 as NodeId,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

/** Writes a ProduceResponseNodeEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeProduceResponseNodeEndpoint(writer: Writer, value: ProduceResponseNodeEndpoint, _version: number): void {
  writer.writeInt32(value.nodeId);
  writer.writeString(value.host, true);
  writer.writeInt32(value.port);
  writer.writeNullableString(value.rack, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ProduceResponseNodeEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readProduceResponseNodeEndpoint(reader: Reader, _version: number): ProduceResponseNodeEndpoint {
  const value: ProduceResponseNodeEndpoint = {
    nodeId: reader.readInt32() as NodeId,
    host: reader.readString(true),
    port: reader.readInt32(),
    rack: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** True when every field of `value` holds its schema default. */
function isProduceResponseLeaderIdAndEpochDefault(value: ProduceResponseLeaderIdAndEpoch): boolean {
  return value.leaderId === -1
    && value.leaderEpoch === -1
    && (value.unknownTaggedFields === undefined || value.unknownTaggedFields.length === 0);
}
