// Generated from CreateTopicsRequest.json and CreateTopicsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// CreateTopics (API key 19): request and response codecs, versions 0-7.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_CreateTopics
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of CreateTopicsRequest (API key 19): valid 0-7, flexible 5+. */
export const createTopicsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 7,
  flexibleLowestVersion: 5,
} as const;

/** The CreateTopicsRequest message; versions 0-7. */
export interface CreateTopicsRequest {
  /** The topics to create. Versions: 0+. */
  topics: CreateTopicsRequestCreatableTopic[];
  /** How long to wait in milliseconds before timing out the request. Versions: 0+. Default: 60000. */
  timeoutMs: number;
  /** If true, check that the topics can be created as specified, but don't create anything. Versions: 1+. Default: false. */
  validateOnly: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateTopicsRequest with every field at its schema default, overridden by `init`. */
export function createCreateTopicsRequest(init: Partial<CreateTopicsRequest> = {}): CreateTopicsRequest {
  return {
    topics: [],
    timeoutMs: 60000,
    validateOnly: false,
    ...init,
  };
}

/** Writes a CreateTopicsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateTopicsRequest(writer: Writer, value: CreateTopicsRequest, version: number): void {
  const flexible = version >= 5;
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeCreateTopicsRequestCreatableTopic(writer, item, version);
  writer.writeInt32(value.timeoutMs);
  if (version >= 1) {
    writer.writeBool(value.validateOnly);
  }
  if (!(version >= 1) && value.validateOnly !== false) {
    throw fieldNotInVersion('CreateTopicsRequest', 'validateOnly', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateTopicsRequest', version);
  }
}

/** Reads a CreateTopicsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateTopicsRequest(reader: Reader, version: number): CreateTopicsRequest {
  const flexible = version >= 5;
  const value: CreateTopicsRequest = {
    topics: reader.readArray(flexible, () => readCreateTopicsRequestCreatableTopic(reader, version)),
    timeoutMs: reader.readInt32(),
    validateOnly: (version >= 1) ? reader.readBool() : false,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** CreatableTopic of CreateTopicsRequest; versions 0-7. */
export interface CreateTopicsRequestCreatableTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. Versions: 0+. */
  numPartitions: number;
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. Versions: 0+. */
  replicationFactor: number;
  /** The manual partition assignment, or the empty array if we are using automatic assignment. Versions: 0+. */
  assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  /** The custom topic configurations to set. Versions: 0+. */
  configs: CreateTopicsRequestCreatableTopicConfig[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateTopicsRequestCreatableTopic with every field at its schema default, overridden by `init`. */
export function createCreateTopicsRequestCreatableTopic(init: Partial<CreateTopicsRequestCreatableTopic> = {}): CreateTopicsRequestCreatableTopic {
  return {
    name: "" as TopicName,
    numPartitions: 0,
    replicationFactor: 0,
    assignments: [],
    configs: [],
    ...init,
  };
}

/** Writes a CreateTopicsRequestCreatableTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateTopicsRequestCreatableTopic(writer: Writer, value: CreateTopicsRequestCreatableTopic, version: number): void {
  const flexible = version >= 5;
  writer.writeString(value.name, flexible);
  writer.writeInt32(value.numPartitions);
  writer.writeInt16(value.replicationFactor);
  writer.writeArrayLength(value.assignments, flexible);
  for (const item of value.assignments) writeCreateTopicsRequestCreatableReplicaAssignment(writer, item, version);
  writer.writeArrayLength(value.configs, flexible);
  for (const item of value.configs) writeCreateTopicsRequestCreatableTopicConfig(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateTopicsRequestCreatableTopic', version);
  }
}

/** Reads a CreateTopicsRequestCreatableTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateTopicsRequestCreatableTopic(reader: Reader, version: number): CreateTopicsRequestCreatableTopic {
  const flexible = version >= 5;
  const value: CreateTopicsRequestCreatableTopic = {
    name: reader.readString(flexible) as TopicName,
    numPartitions: reader.readInt32(),
    replicationFactor: reader.readInt16(),
    assignments: reader.readArray(flexible, () => readCreateTopicsRequestCreatableReplicaAssignment(reader, version)),
    configs: reader.readArray(flexible, () => readCreateTopicsRequestCreatableTopicConfig(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** CreatableReplicaAssignment of CreateTopicsRequest; versions 0-7. */
export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The brokers to place the partition on. Versions: 0+. Entity: brokerId. */
  brokerIds: NodeId[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateTopicsRequestCreatableReplicaAssignment with every field at its schema default, overridden by `init`. */
export function createCreateTopicsRequestCreatableReplicaAssignment(init: Partial<CreateTopicsRequestCreatableReplicaAssignment> = {}): CreateTopicsRequestCreatableReplicaAssignment {
  return {
    partitionIndex: 0,
    brokerIds: [],
    ...init,
  };
}

/** Writes a CreateTopicsRequestCreatableReplicaAssignment in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateTopicsRequestCreatableReplicaAssignment(writer: Writer, value: CreateTopicsRequestCreatableReplicaAssignment, version: number): void {
  const flexible = version >= 5;
  writer.writeInt32(value.partitionIndex);
  writer.writeArrayLength(value.brokerIds, flexible);
  for (const item of value.brokerIds) writer.writeInt32(item);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateTopicsRequestCreatableReplicaAssignment', version);
  }
}

/** Reads a CreateTopicsRequestCreatableReplicaAssignment in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateTopicsRequestCreatableReplicaAssignment(reader: Reader, version: number): CreateTopicsRequestCreatableReplicaAssignment {
  const flexible = version >= 5;
  const value: CreateTopicsRequestCreatableReplicaAssignment = {
    partitionIndex: reader.readInt32(),
    brokerIds: reader.readInt32Array(flexible) as NodeId[],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** CreatableTopicConfig of CreateTopicsRequest; versions 0-7. */
export interface CreateTopicsRequestCreatableTopicConfig {
  /** The configuration name. Versions: 0+. */
  name: string;
  /** The configuration value. Versions: 0+. Nullable: 0+. */
  value: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateTopicsRequestCreatableTopicConfig with every field at its schema default, overridden by `init`. */
export function createCreateTopicsRequestCreatableTopicConfig(init: Partial<CreateTopicsRequestCreatableTopicConfig> = {}): CreateTopicsRequestCreatableTopicConfig {
  return {
    name: "",
    value: "",
    ...init,
  };
}

/** Writes a CreateTopicsRequestCreatableTopicConfig in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateTopicsRequestCreatableTopicConfig(writer: Writer, value: CreateTopicsRequestCreatableTopicConfig, version: number): void {
  const flexible = version >= 5;
  writer.writeString(value.name, flexible);
  writer.writeNullableString(value.value, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateTopicsRequestCreatableTopicConfig', version);
  }
}

/** Reads a CreateTopicsRequestCreatableTopicConfig in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateTopicsRequestCreatableTopicConfig(reader: Reader, version: number): CreateTopicsRequestCreatableTopicConfig {
  const flexible = version >= 5;
  const value: CreateTopicsRequestCreatableTopicConfig = {
    name: reader.readString(flexible),
    value: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of CreateTopicsResponse (API key 19): valid 0-7, flexible 5+. */
export const createTopicsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 7,
  flexibleLowestVersion: 5,
} as const;

/** The CreateTopicsResponse message; versions 0-7. */
export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 2+. Ignorable. */
  throttleTimeMs: number;
  /** Results for each topic we tried to create. Versions: 0+. */
  topics: CreateTopicsResponseCreatableTopicResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateTopicsResponse with every field at its schema default, overridden by `init`. */
export function createCreateTopicsResponse(init: Partial<CreateTopicsResponse> = {}): CreateTopicsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

/** Writes a CreateTopicsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateTopicsResponse(writer: Writer, value: CreateTopicsResponse, version: number): void {
  const flexible = version >= 5;
  if (version >= 2) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeCreateTopicsResponseCreatableTopicResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateTopicsResponse', version);
  }
}

/** Reads a CreateTopicsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateTopicsResponse(reader: Reader, version: number): CreateTopicsResponse {
  const flexible = version >= 5;
  const value: CreateTopicsResponse = {
    throttleTimeMs: (version >= 2) ? reader.readInt32() : 0,
    topics: reader.readArray(flexible, () => readCreateTopicsResponseCreatableTopicResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** CreatableTopicResult of CreateTopicsResponse; versions 0-7. */
export interface CreateTopicsResponseCreatableTopicResult {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The unique topic ID. Versions: 7+. Ignorable. */
  topicId: Uuid;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 1+. Nullable: 0+. Ignorable. */
  errorMessage: string | null;
  /** Optional topic config error returned if configs are not returned in the response. Versions: 5+. Tagged: 5+ (tag 0). Ignorable. */
  topicConfigErrorCode: number;
  /** Number of partitions of the topic. Versions: 5+. Ignorable. Default: -1. */
  numPartitions: number;
  /** Replication factor of the topic. Versions: 5+. Ignorable. Default: -1. */
  replicationFactor: number;
  /** Configuration of the topic. Versions: 5+. Nullable: 5+. Ignorable. */
  configs: CreateTopicsResponseCreatableTopicConfigs[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateTopicsResponseCreatableTopicResult with every field at its schema default, overridden by `init`. */
export function createCreateTopicsResponseCreatableTopicResult(init: Partial<CreateTopicsResponseCreatableTopicResult> = {}): CreateTopicsResponseCreatableTopicResult {
  return {
    name: "" as TopicName,
    topicId: ZERO_UUID,
    errorCode: 0,
    errorMessage: "",
    topicConfigErrorCode: 0,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
    ...init,
  };
}

/** Writes a CreateTopicsResponseCreatableTopicResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateTopicsResponseCreatableTopicResult(writer: Writer, value: CreateTopicsResponseCreatableTopicResult, version: number): void {
  const flexible = version >= 5;
  writer.writeString(value.name, flexible);
  if (version >= 7) {
    writer.writeUuid(value.topicId);
  }
  writer.writeInt16(value.errorCode);
  if (version >= 1) {
    writer.writeNullableString(value.errorMessage, flexible);
  }
  if (version >= 5) {
    writer.writeInt32(value.numPartitions);
  }
  if (version >= 5) {
    writer.writeInt16(value.replicationFactor);
  }
  if (version >= 5) {
    writer.writeArrayLength(value.configs, flexible);
    if (value.configs !== null) for (const item of value.configs) writeCreateTopicsResponseCreatableTopicConfigs(writer, item, version);
  }
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if (value.topicConfigErrorCode !== 0) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        taggedWriter.writeInt16(value.topicConfigErrorCode);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreateTopicsResponseCreatableTopicResult', version);
  }
}

/** Reads a CreateTopicsResponseCreatableTopicResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateTopicsResponseCreatableTopicResult(reader: Reader, version: number): CreateTopicsResponseCreatableTopicResult {
  const flexible = version >= 5;
  const value: CreateTopicsResponseCreatableTopicResult = {
    name: reader.readString(flexible) as TopicName,
    topicId: (version >= 7) ? reader.readUuid() : ZERO_UUID,
    errorCode: reader.readInt16(),
    errorMessage: (version >= 1) ? reader.readNullableString(flexible) : "",
    topicConfigErrorCode: 0,
    numPartitions: (version >= 5) ? reader.readInt32() : -1,
    replicationFactor: (version >= 5) ? reader.readInt16() : -1,
    configs: (version >= 5) ? reader.readNullableArray(flexible, () => readCreateTopicsResponseCreatableTopicConfigs(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          value.topicConfigErrorCode = fieldReader.readInt16();
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** CreatableTopicConfigs of CreateTopicsResponse; versions 5-7. */
export interface CreateTopicsResponseCreatableTopicConfigs {
  /** The configuration name. Versions: 5+. */
  name: string;
  /** The configuration value. Versions: 5+. Nullable: 5+. */
  value: string | null;
  /** True if the configuration is read-only. Versions: 5+. */
  readOnly: boolean;
  /** The configuration source. Versions: 5+. Ignorable. Default: -1. */
  configSource: number;
  /** True if this configuration is sensitive. Versions: 5+. */
  isSensitive: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreateTopicsResponseCreatableTopicConfigs with every field at its schema default, overridden by `init`. */
export function createCreateTopicsResponseCreatableTopicConfigs(init: Partial<CreateTopicsResponseCreatableTopicConfigs> = {}): CreateTopicsResponseCreatableTopicConfigs {
  return {
    name: "",
    value: "",
    readOnly: false,
    configSource: -1,
    isSensitive: false,
    ...init,
  };
}

/** Writes a CreateTopicsResponseCreatableTopicConfigs in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreateTopicsResponseCreatableTopicConfigs(writer: Writer, value: CreateTopicsResponseCreatableTopicConfigs, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeNullableString(value.value, true);
  writer.writeBool(value.readOnly);
  writer.writeInt8(value.configSource);
  writer.writeBool(value.isSensitive);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a CreateTopicsResponseCreatableTopicConfigs in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreateTopicsResponseCreatableTopicConfigs(reader: Reader, _version: number): CreateTopicsResponseCreatableTopicConfigs {
  const value: CreateTopicsResponseCreatableTopicConfigs = {
    name: reader.readString(true),
    value: reader.readNullableString(true),
    readOnly: reader.readBool(),
    configSource: reader.readInt8(),
    isSensitive: reader.readBool(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
