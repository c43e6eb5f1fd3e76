// Generated from FetchRequest.json and FetchResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// Fetch (API key 1): request and response codecs, versions 0-17.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_Fetch
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type ProducerId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of FetchRequest (API key 1): valid 0-17, flexible 12+. */
export const fetchRequestVersions = {
  lowestVersion: 0,
  highestVersion: 17,
  flexibleLowestVersion: 12,
} as const;

/** The FetchRequest message; versions 0-17. */
export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. Versions: 12+. Nullable: 12+. Tagged: 12+ (tag 0). Ignorable. Default: null. */
  clusterId: string | null;
  /** The broker ID of the follower, of -1 if this request is from a consumer. Versions: 0-14. Default: -1. Entity: brokerId. */
  replicaId: NodeId;
  /** The ReplicaState field. Versions: 15+. Tagged: 15+ (tag 1). */
  replicaState: FetchRequestReplicaState;
  /** The maximum time in milliseconds to wait for the response. Versions: 0+. */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. Versions: 0+. */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. Versions: 3+. Ignorable. Default: 0x7fffffff. */
  maxBytes: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records. Versions: 4+. Ignorable. Default: 0. */
  isolationLevel: number;
  /** The fetch session ID. Versions: 7+. Ignorable. Default: 0. */
  sessionId: number;
  /** The fetch session epoch, which is used for ordering requests in a session. Versions: 7+. Ignorable. Default: -1. */
  sessionEpoch: number;
  /** The topics to fetch. Versions: 0+. */
  topics: FetchRequestFetchTopic[];
  /** In an incremental fetch request, the partitions to remove. Versions: 7+. */
  forgottenTopicsData: FetchRequestForgottenTopic[];
  /** Rack ID of the consumer making this request. Versions: 11+. Ignorable. Default: . */
  rackId: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchRequest with every field at its schema default, overridden by `init`. */
export function createFetchRequest(init: Partial<FetchRequest> = {}): FetchRequest {
  return {
    clusterId: null,
    replicaId: -1 as NodeId,
    replicaState: createFetchRequestReplicaState(),
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [],
    forgottenTopicsData: [],
    rackId: "",
    ...init,
  };
}

/** Writes a FetchRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchRequest(writer: Writer, value: FetchRequest, version: number): void {
  const flexible = version >= 12;
  if (version <= 14) {
    writer.writeInt32(value.replicaId);
  }
  if (!(version <= 14) && value.replicaId !== -1) {
    throw fieldNotInVersion('FetchRequest', 'replicaId', version);
  }
  if (!(version >= 15) && !isFetchRequestReplicaStateDefault(value.replicaState)) {
    throw fieldNotInVersion('FetchRequest', 'replicaState', version);
  }
  writer.writeInt32(value.maxWaitMs);
  writer.writeInt32(value.minBytes);
  if (version >= 3) {
    writer.writeInt32(value.maxBytes);
  }
  if (version >= 4) {
    writer.writeInt8(value.isolationLevel);
  }
  if (version >= 7) {
    writer.writeInt32(value.sessionId);
  }
  if (version >= 7) {
    writer.writeInt32(value.sessionEpoch);
  }
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeFetchRequestFetchTopic(writer, item, version);
  if (version >= 7) {
    writer.writeArrayLength(value.forgottenTopicsData, flexible);
    for (const item of value.forgottenTopicsData) writeFetchRequestForgottenTopic(writer, item, version);
  }
  if (!(version >= 7) && value.forgottenTopicsData.length !== 0) {
    throw fieldNotInVersion('FetchRequest', 'forgottenTopicsData', version);
  }
  if (version >= 11) {
    writer.writeString(value.rackId, flexible);
  }
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if (value.clusterId !== null) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        taggedWriter.writeNullableString(value.clusterId, true);
      }));
    }
    if ((version >= 15) && !isFetchRequestReplicaStateDefault(value.replicaState)) {
      taggedFields.push(encodeTaggedField(1, (taggedWriter) => {
        writeFetchRequestReplicaState(taggedWriter, value.replicaState, version);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('FetchRequest', version);
  }
}

/** Reads a FetchRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchRequest(reader: Reader, version: number): FetchRequest {
  const flexible = version >= 12;
  const value: FetchRequest = {
    clusterId: null,
    replicaId: (version <= 14) ? reader.readInt32() as NodeId : -1 as NodeId,
    replicaState: createFetchRequestReplicaState(),
    maxWaitMs: reader.readInt32(),
    minBytes: reader.readInt32(),
    maxBytes: (version >= 3) ? reader.readInt32() : 2147483647,
    isolationLevel: (version >= 4) ? reader.readInt8() : 0,
    sessionId: (version >= 7) ? reader.readInt32() : 0,
    sessionEpoch: (version >= 7) ? reader.readInt32() : -1,
    topics: reader.readArray(flexible, () => readFetchRequestFetchTopic(reader, version)),
    forgottenTopicsData: (version >= 7) ? reader.readArray(flexible, () => readFetchRequestForgottenTopic(reader, version)) : [],
    rackId: (version >= 11) ? reader.readString(flexible) : "",
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          value.clusterId = fieldReader.readNullableString(true);
          return true;
        case 1:
          if (!(version >= 15)) return false;
          value.replicaState = readFetchRequestReplicaState(fieldReader, version);
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ReplicaState of FetchRequest; versions 15-17. */
export interface FetchRequestReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. Versions: 15+. Default: -1. Entity: brokerId. */
  replicaId: NodeId;
  /** The epoch of this follower, or -1 if not available. Versions: 15+. Default: -1. */
  replicaEpoch: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchRequestReplicaState with every field at its schema default, overridden by `init`. */
export function createFetchRequestReplicaState(init: Partial<FetchRequestReplicaState> = {}): FetchRequestReplicaState {
  return {
    replicaId: -1 as NodeId,
    replicaEpoch: -1n,
    ...init,
  };
}

/** Writes a FetchRequestReplicaState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchRequestReplicaState(writer: Writer, value: FetchRequestReplicaState, _version: number): void {
  writer.writeInt32(value.replicaId);
  writer.writeInt64(value.replicaEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FetchRequestReplicaState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchRequestReplicaState(reader: Reader, _version: number): FetchRequestReplicaState {
  const value: FetchRequestReplicaState = {
    replicaId: reader.readInt32() as NodeId,
    replicaEpoch: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** FetchTopic of FetchRequest; versions 0-17. */
export interface FetchRequestFetchTopic {
  /** The name of the topic to fetch. Versions: 0-12. Ignorable. Entity: topicName. */
  topic: TopicName;
  /** The unique topic ID. Versions: 13+. Ignorable. */
  topicId: Uuid;
  /** The partitions to fetch. Versions: 0+. */
  partitions: FetchRequestFetchPartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchRequestFetchTopic with every field at its schema default, overridden by `init`. */
export function createFetchRequestFetchTopic(init: Partial<FetchRequestFetchTopic> = {}): FetchRequestFetchTopic {
  return {
    topic: "" as TopicName,
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a FetchRequestFetchTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchRequestFetchTopic(writer: Writer, value: FetchRequestFetchTopic, version: number): void {
  const flexible = version >= 12;
  if (version <= 12) {
    writer.writeString(value.topic, flexible);
  }
  if (version >= 13) {
    writer.writeUuid(value.topicId);
  }
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeFetchRequestFetchPartition(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('FetchRequestFetchTopic', version);
  }
}

/** Reads a FetchRequestFetchTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchRequestFetchTopic(reader: Reader, version: number): FetchRequestFetchTopic {
  const flexible = version >= 12;
  const value: FetchRequestFetchTopic = {
    topic: (version <= 12) ? reader.readString(flexible) as TopicName : "" as TopicName,
    topicId: (version >= 13) ? reader.readUuid() : ZERO_UUID,
    partitions: reader.readArray(flexible, () => readFetchRequestFetchPartition(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** FetchPartition of FetchRequest; versions 0-17. */
export interface FetchRequestFetchPartition {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The current leader epoch of the partition. Versions: 9+. Ignorable. Default: -1. */
  currentLeaderEpoch: number;
  /** The message offset. Versions: 0+. */
  fetchOffset: bigint;
  /** The epoch of the last fetched record or -1 if there is none. Versions: 12+. Default: -1. */
  lastFetchedEpoch: number;
  /** The earliest available offset of the follower replica. The field is only used when the request is sent by the follower. Versions: 5+. Ignorable. Default: -1. */
  logStartOffset: bigint;
  /** The maximum bytes to fetch from this partition. See KIP-74 for cases where this limit may not be honored. Versions: 0+. */
  partitionMaxBytes: number;
  /** The directory id of the follower fetching. Versions: 17+. Tagged: 17+ (tag 0). Ignorable. */
  replicaDirectoryId: Uuid;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchRequestFetchPartition with every field at its schema default, overridden by `init`. */
export function createFetchRequestFetchPartition(init: Partial<FetchRequestFetchPartition> = {}): FetchRequestFetchPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    fetchOffset: 0n,
    lastFetchedEpoch: -1,
    logStartOffset: -1n,
    partitionMaxBytes: 0,
    replicaDirectoryId: ZERO_UUID,
    ...init,
  };
}

/** Writes a FetchRequestFetchPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchRequestFetchPartition(writer: Writer, value: FetchRequestFetchPartition, version: number): void {
  const flexible = version >= 12;
  writer.writeInt32(value.partition);
  if (version >= 9) {
    writer.writeInt32(value.currentLeaderEpoch);
  }
  writer.writeInt64(value.fetchOffset);
  if (version >= 12) {
    writer.writeInt32(value.lastFetchedEpoch);
  }
  if (!(version >= 12) && value.lastFetchedEpoch !== -1) {
    throw fieldNotInVersion('FetchRequestFetchPartition', 'lastFetchedEpoch', version);
  }
  if (version >= 5) {
    writer.writeInt64(value.logStartOffset);
  }
  writer.writeInt32(value.partitionMaxBytes);
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if ((version >= 17) && value.replicaDirectoryId !== ZERO_UUID) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        taggedWriter.writeUuid(value.replicaDirectoryId);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('FetchRequestFetchPartition', version);
  }
}

/** Reads a FetchRequestFetchPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchRequestFetchPartition(reader: Reader, version: number): FetchRequestFetchPartition {
  const flexible = version >= 12;
  const value: FetchRequestFetchPartition = {
    partition: reader.readInt32(),
    currentLeaderEpoch: (version >= 9) ? reader.readInt32() : -1,
    fetchOffset: reader.readInt64(),
    lastFetchedEpoch: (version >= 12) ? reader.readInt32() : -1,
    logStartOffset: (version >= 5) ? reader.readInt64() : -1n,
    partitionMaxBytes: reader.readInt32(),
    replicaDirectoryId: ZERO_UUID,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          if (!(version >= 17)) return false;
          value.replicaDirectoryId = fieldReader.readUuid();
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ForgottenTopic of FetchRequest; versions 7-17. */
export interface FetchRequestForgottenTopic {
  /** The topic name. Versions: 7-12. Ignorable. Entity: topicName. */
  topic: TopicName;
  /** The unique topic ID. Versions: 13+. Ignorable. */
  topicId: Uuid;
  /** The partitions indexes to forget. Versions: 7+. */
  partitions: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchRequestForgottenTopic with every field at its schema default, overridden by `init`. */
export function createFetchRequestForgottenTopic(init: Partial<FetchRequestForgottenTopic> = {}): FetchRequestForgottenTopic {
  return {
    topic: "" as TopicName,
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a FetchRequestForgottenTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchRequestForgottenTopic(writer: Writer, value: FetchRequestForgottenTopic, version: number): void {
  const flexible = version >= 12;
  if (version <= 12) {
    writer.writeString(value.topic, flexible);
  }
  if (version >= 13) {
    writer.writeUuid(value.topicId);
  }
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writer.writeInt32(item);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('FetchRequestForgottenTopic', version);
  }
}

/** Reads a FetchRequestForgottenTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchRequestForgottenTopic(reader: Reader, version: number): FetchRequestForgottenTopic {
  const flexible = version >= 12;
  const value: FetchRequestForgottenTopic = {
    topic: (version <= 12) ? reader.readString(flexible) as TopicName : "" as TopicName,
    topicId: (version >= 13) ? reader.readUuid() : ZERO_UUID,
    partitions: reader.readInt32Array(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** True when every field of `value` holds its schema default. */
function isFetchRequestReplicaStateDefault(value: FetchRequestReplicaState): boolean {
  return value.replicaId === -1
    && value.replicaEpoch === -1n
    && (value.unknownTaggedFields === undefined || value.unknownTaggedFields.length === 0);
}

/** Versions of FetchResponse (API key 1): valid 0-17, flexible 12+. */
export const fetchResponseVersions = {
  lowestVersion: 0,
  highestVersion: 17,
  flexibleLowestVersion: 12,
} as const;

/** The FetchResponse message; versions 0-17. */
export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 1+. Ignorable. */
  throttleTimeMs: number;
  /** The top level response error code. Versions: 7+. Ignorable. */
  errorCode: number;
  /** The fetch session ID, or 0 if this is not part of a fetch session. Versions: 7+. Default: 0. */
  sessionId: number;
  /** The response topics. Versions: 0+. */
  responses: FetchResponseFetchableTopicResponse[];
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. Versions: 16+. Tagged: 16+ (tag 0). */
  nodeEndpoints: FetchResponseNodeEndpoint[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchResponse with every field at its schema default, overridden by `init`. */
export function createFetchResponse(init: Partial<FetchResponse> = {}): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    responses: [],
    nodeEndpoints: [],
    ...init,
  };
}

/** Writes a FetchResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchResponse(writer: Writer, value: FetchResponse, version: number): void {
  const flexible = version >= 12;
  if (version >= 1) {
    writer.writeInt32(value.throttleTimeMs);
  }
  if (version >= 7) {
    writer.writeInt16(value.errorCode);
  }
  if (version >= 7) {
    writer.writeInt32(value.sessionId);
  }
  if (!(version >= 7) && value.sessionId !== 0) {
    throw fieldNotInVersion('FetchResponse', 'sessionId', version);
  }
  writer.writeArrayLength(value.responses, flexible);
  for (const item of value.responses) writeFetchResponseFetchableTopicResponse(writer, item, version);
  if (!(version >= 16) && value.nodeEndpoints.length !== 0) {
    throw fieldNotInVersion('FetchResponse', 'nodeEndpoints', version);
  }
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if ((version >= 16) && value.nodeEndpoints.length !== 0) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        taggedWriter.writeArrayLength(value.nodeEndpoints, true);
        for (const item of value.nodeEndpoints) writeFetchResponseNodeEndpoint(taggedWriter, item, version);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('FetchResponse', version);
  }
}

/** Reads a FetchResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchResponse(reader: Reader, version: number): FetchResponse {
  const flexible = version >= 12;
  const value: FetchResponse = {
    throttleTimeMs: (version >= 1) ? reader.readInt32() : 0,
    errorCode: (version >= 7) ? reader.readInt16() : 0,
    sessionId: (version >= 7) ? reader.readInt32() : 0,
    responses: reader.readArray(flexible, () => readFetchResponseFetchableTopicResponse(reader, version)),
    nodeEndpoints: [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          if (!(version >= 16)) return false;
          value.nodeEndpoints = fieldReader.readArray(true, () => readFetchResponseNodeEndpoint(fieldReader, version));
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** FetchableTopicResponse of FetchResponse; versions 0-17. */
export interface FetchResponseFetchableTopicResponse {
  /** The topic name. Versions: 0-12. Ignorable. Entity: topicName. */
  topic: TopicName;
  /** The unique topic ID. Versions: 13+. Ignorable. */
  topicId: Uuid;
  /** The topic partitions. Versions: 0+. */
  partitions: FetchResponsePartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchResponseFetchableTopicResponse with every field at its schema default, overridden by `init`. */
export function createFetchResponseFetchableTopicResponse(init: Partial<FetchResponseFetchableTopicResponse> = {}): FetchResponseFetchableTopicResponse {
  return {
    topic: "" as TopicName,
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a FetchResponseFetchableTopicResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchResponseFetchableTopicResponse(writer: Writer, value: FetchResponseFetchableTopicResponse, version: number): void {
  const flexible = version >= 12;
  if (version <= 12) {
    writer.writeString(value.topic, flexible);
  }
  if (version >= 13) {
    writer.writeUuid(value.topicId);
  }
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeFetchResponsePartitionData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('FetchResponseFetchableTopicResponse', version);
  }
}

/** Reads a FetchResponseFetchableTopicResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchResponseFetchableTopicResponse(reader: Reader, version: number): FetchResponseFetchableTopicResponse {
  const flexible = version >= 12;
  const value: FetchResponseFetchableTopicResponse = {
    topic: (version <= 12) ? reader.readString(flexible) as TopicName : "" as TopicName,
    topicId: (version >= 13) ? reader.readUuid() : ZERO_UUID,
    partitions: reader.readArray(flexible, () => readFetchResponsePartitionData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** PartitionData of FetchResponse; versions 0-17. */
export interface FetchResponsePartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no fetch error. Versions: 0+. */
  errorCode: number;
  /** The current high water mark. Versions: 0+. */
  highWatermark: bigint;
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED). Versions: 4+. Ignorable. Default: -1. */
  lastStableOffset: bigint;
  /** The current log start offset. Versions: 5+. Ignorable. Default: -1. */
  logStartOffset: bigint;
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge. Versions: 12+. Tagged: 12+ (tag 0). */
  divergingEpoch: FetchResponseEpochEndOffset;
  /** The CurrentLeader field. Versions: 12+. Tagged: 12+ (tag 1). */
  currentLeader: FetchResponseLeaderIdAndEpoch;
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. Versions: 12+. Tagged: 12+ (tag 2). */
  snapshotId: FetchResponseSnapshotId;
  /** The aborted transactions. Versions: 4+. Nullable: 4+. Ignorable. */
  abortedTransactions: FetchResponseAbortedTransaction[] | null;
  /** The preferred read replica for the consumer to use on its next fetch request. Versions: 11+. Default: -1. Entity: brokerId. */
  preferredReadReplica: NodeId;
  /** The record data. Versions: 0+. Nullable: 0+. */
  records: Uint8Array | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchResponsePartitionData with every field at its schema default, overridden by `init`. */
export function createFetchResponsePartitionData(init: Partial<FetchResponsePartitionData> = {}): FetchResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    highWatermark: 0n,
    lastStableOffset: -1n,
    logStartOffset: -1n,
    divergingEpoch: createFetchResponseEpochEndOffset(),
    currentLeader: createFetchResponseLeaderIdAndEpoch(),
    snapshotId: createFetchResponseSnapshotId(),
    abortedTransactions: [],
    preferredReadReplica: -1 as NodeId,
    records: null,
    ...init,
  };
}

/** Writes a FetchResponsePartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchResponsePartitionData(writer: Writer, value: FetchResponsePartitionData, version: number): void {
  const flexible = version >= 12;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  writer.writeInt64(value.highWatermark);
  if (version >= 4) {
    writer.writeInt64(value.lastStableOffset);
  }
  if (version >= 5) {
    writer.writeInt64(value.logStartOffset);
  }
  if (!(version >= 12) && !isFetchResponseEpochEndOffsetDefault(value.divergingEpoch)) {
    throw fieldNotInVersion('FetchResponsePartitionData', 'divergingEpoch', version);
  }
  if (!(version >= 12) && !isFetchResponseLeaderIdAndEpochDefault(value.currentLeader)) {
    throw fieldNotInVersion('FetchResponsePartitionData', 'currentLeader', version);
  }
  if (!(version >= 12) && !isFetchResponseSnapshotIdDefault(value.snapshotId)) {
    throw fieldNotInVersion('FetchResponsePartitionData', 'snapshotId', version);
  }
  if (version >= 4) {
    writer.writeArrayLength(value.abortedTransactions, flexible);
    if (value.abortedTransactions !== null) for (const item of value.abortedTransactions) writeFetchResponseAbortedTransaction(writer, item, version);
  }
  if (version >= 11) {
    writer.writeInt32(value.preferredReadReplica);
  }
  if (!(version >= 11) && value.preferredReadReplica !== -1) {
    throw fieldNotInVersion('FetchResponsePartitionData', 'preferredReadReplica', version);
  }
  writer.writeNullableBytes(value.records, flexible);
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if (!isFetchResponseEpochEndOffsetDefault(value.divergingEpoch)) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        writeFetchResponseEpochEndOffset(taggedWriter, value.divergingEpoch, version);
      }));
    }
    if (!isFetchResponseLeaderIdAndEpochDefault(value.currentLeader)) {
      taggedFields.push(encodeTaggedField(1, (taggedWriter) => {
        writeFetchResponseLeaderIdAndEpoch(taggedWriter, value.currentLeader, version);
      }));
    }
    if (!isFetchResponseSnapshotIdDefault(value.snapshotId)) {
      taggedFields.push(encodeTaggedField(2, (taggedWriter) => {
        writeFetchResponseSnapshotId(taggedWriter, value.snapshotId, version);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('FetchResponsePartitionData', version);
  }
}

/** Reads a FetchResponsePartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchResponsePartitionData(reader: Reader, version: number): FetchResponsePartitionData {
  const flexible = version >= 12;
  const value: FetchResponsePartitionData = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
    highWatermark: reader.readInt64(),
    lastStableOffset: (version >= 4) ? reader.readInt64() : -1n,
    logStartOffset: (version >= 5) ? reader.readInt64() : -1n,
    divergingEpoch: createFetchResponseEpochEndOffset(),
    currentLeader: createFetchResponseLeaderIdAndEpoch(),
    snapshotId: createFetchResponseSnapshotId(),
    abortedTransactions: (version >= 4) ? reader.readNullableArray(flexible, () => readFetchResponseAbortedTransaction(reader, version)) : [],
    preferredReadReplica: (version >= 11) ? reader.readInt32() as NodeId : -1 as NodeId,
    records: reader.readNullableBytes(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          value.divergingEpoch = readFetchResponseEpochEndOffset(fieldReader, version);
          return true;
        case 1:
          value.currentLeader = readFetchResponseLeaderIdAndEpoch(fieldReader, version);
          return true;
        case 2:
          value.snapshotId = readFetchResponseSnapshotId(fieldReader, version);
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** EpochEndOffset of FetchResponse; versions 12-17. */
export interface FetchResponseEpochEndOffset {
  /** The Epoch field. Versions: 12+. Default: -1. */
  epoch: number;
  /** The EndOffset field. Versions: 12+. Default: -1. */
  endOffset: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchResponseEpochEndOffset with every field at its schema default, overridden by `init`. */
export function createFetchResponseEpochEndOffset(init: Partial<FetchResponseEpochEndOffset> = {}): FetchResponseEpochEndOffset {
  return {
    epoch: -1,
    endOffset: -1n,
    ...init,
  };
}

/** Writes a FetchResponseEpochEndOffset in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchResponseEpochEndOffset(writer: Writer, value: FetchResponseEpochEndOffset, _version: number): void {
  writer.writeInt32(value.epoch);
  writer.writeInt64(value.endOffset);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FetchResponseEpochEndOffset in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchResponseEpochEndOffset(reader: Reader, _version: number): FetchResponseEpochEndOffset {
  const value: FetchResponseEpochEndOffset = {
    epoch: reader.readInt32(),
    endOffset: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** LeaderIdAndEpoch of FetchResponse; versions 12-17. */
export interface FetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions: 12+. Default: -1. Entity: brokerId. */
  leaderId: NodeId;
  /** The latest known leader epoch. Versions: 12+. Default: -1. */
  leaderEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchResponseLeaderIdAndEpoch with every field at its schema default, overridden by `init`. */
export function createFetchResponseLeaderIdAndEpoch(init: Partial<FetchResponseLeaderIdAndEpoch> = {}): FetchResponseLeaderIdAndEpoch {
  return {
    leaderId: -1 as NodeId,
    leaderEpoch: -1,
    ...init,
  };
}

/** Writes a FetchResponseLeaderIdAndEpoch in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchResponseLeaderIdAndEpoch(writer: Writer, value: FetchResponseLeaderIdAndEpoch, _version: number): void {
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FetchResponseLeaderIdAndEpoch in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchResponseLeaderIdAndEpoch(reader: Reader, _version: number): FetchResponseLeaderIdAndEpoch {
  const value: FetchResponseLeaderIdAndEpoch = {
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** SnapshotId of FetchResponse; versions 12-17. */
export interface FetchResponseSnapshotId {
  /** The EndOffset field. Versions: 0+. Default: -1. */
  endOffset: bigint;
  /** The Epoch field. Versions: 0+. Default: -1. */
  epoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchResponseSnapshotId with every field at its schema default, overridden by `init`. */
export function createFetchResponseSnapshotId(init: Partial<FetchResponseSnapshotId> = {}): FetchResponseSnapshotId {
  return {
    endOffset: -1n,
    epoch: -1,
    ...init,
  };
}

/** Writes a FetchResponseSnapshotId in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchResponseSnapshotId(writer: Writer, value: FetchResponseSnapshotId, _version: number): void {
  writer.writeInt64(value.endOffset);
  writer.writeInt32(value.epoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FetchResponseSnapshotId in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchResponseSnapshotId(reader: Reader, _version: number): FetchResponseSnapshotId {
  const value: FetchResponseSnapshotId = {
    endOffset: reader.readInt64(),
    epoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** AbortedTransaction of FetchResponse; versions 4-17. */
export interface FetchResponseAbortedTransaction {
  /** The producer id associated with the aborted transaction. Versions: 4+. Entity: producerId. */
  producerId: ProducerId;
  /** The first offset in the aborted transaction. Versions: 4+. */
  firstOffset: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchResponseAbortedTransaction with every field at its schema default, overridden by `init`. */
export function createFetchResponseAbortedTransaction(init: Partial<FetchResponseAbortedTransaction> = {}): FetchResponseAbortedTransaction {
  return {
    producerId: 0n as ProducerId,
    firstOffset: 0n,
    ...init,
  };
}

/** Writes a FetchResponseAbortedTransaction in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchResponseAbortedTransaction(writer: Writer, value: FetchResponseAbortedTransaction, version: number): void {
  const flexible = version >= 12;
  writer.writeInt64(value.producerId);
  writer.writeInt64(value.firstOffset);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('FetchResponseAbortedTransaction', version);
  }
}

/** Reads a FetchResponseAbortedTransaction in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchResponseAbortedTransaction(reader: Reader, version: number): FetchResponseAbortedTransaction {
  const flexible = version >= 12;
  const value: FetchResponseAbortedTransaction = {
    producerId: reader.readInt64() as ProducerId,
    firstOffset: reader.readInt64(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** NodeEndpoint of FetchResponse; versions 16-17. */
export interface FetchResponseNodeEndpoint {
  /** The ID of the associated node. Versions: 16+. Entity: brokerId. */
  nodeId: NodeId;
  /** The node's hostname. Versions: 16+. */
  host: string;
  /** The node's port. Versions: 16+. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. Versions: 16+. Nullable: 16+. Default: null. */
  rack: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchResponseNodeEndpoint with every field at its schema default, overridden by `init`. */
export function createFetchResponseNodeEndpoint(init: Partial<FetchResponseNodeEndpoint> = {}): FetchResponseNodeEndpoint {
  return {
    nodeId: 0 as NodeId,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

/** Writes a FetchResponseNodeEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchResponseNodeEndpoint(writer: Writer, value: FetchResponseNodeEndpoint, _version: number): void {
  writer.writeInt32(value.nodeId);
  writer.writeString(value.host, true);
  writer.writeInt32(value.port);
  writer.writeNullableString(value.rack, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FetchResponseNodeEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchResponseNodeEndpoint(reader: Reader, _version: number): FetchResponseNodeEndpoint {
  const value: FetchResponseNodeEndpoint = {
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
function isFetchResponseEpochEndOffsetDefault(value: FetchResponseEpochEndOffset): boolean {
  return value.epoch === -1
    && value.endOffset === -1n
    && (value.unknownTaggedFields === undefined || value.unknownTaggedFields.length === 0);
}

/** True when every field of `value` holds its schema default. */
function isFetchResponseLeaderIdAndEpochDefault(value: FetchResponseLeaderIdAndEpoch): boolean {
  return value.leaderId === -1
    && value.leaderEpoch === -1
    && (value.unknownTaggedFields === undefined || value.unknownTaggedFields.length === 0);
}

/** True when every field of `value` holds its schema default. */
function isFetchResponseSnapshotIdDefault(value: FetchResponseSnapshotId): boolean {
  return value.endOffset === -1n
    && value.epoch === -1
    && (value.unknownTaggedFields === undefined || value.unknownTaggedFields.length === 0);
}
