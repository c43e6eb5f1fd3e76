// Generated from ConsumerGroupDescribeRequest.json and ConsumerGroupDescribeResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupDescribe (API key 69): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ConsumerGroupDescribe
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type GroupId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of ConsumerGroupDescribeRequest (API key 69): valid 0, flexible 0+. */
export const consumerGroupDescribeRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ConsumerGroupDescribeRequest message; versions 0. */
export interface ConsumerGroupDescribeRequest {
  /** The ids of the groups to describe. Versions: 0+. Entity: groupId. */
  groupIds: GroupId[];
  /** Whether to include authorized operations. Versions: 0+. */
  includeAuthorizedOperations: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupDescribeRequest with every field at its schema default, overridden by `init`. */
export function createConsumerGroupDescribeRequest(init: Partial<ConsumerGroupDescribeRequest> = {}): ConsumerGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
    ...init,
  };
}

/** Writes a ConsumerGroupDescribeRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupDescribeRequest(writer: Writer, value: ConsumerGroupDescribeRequest, _version: number): void {
  writer.writeArrayLength(value.groupIds, true);
  for (const item of value.groupIds) writer.writeString(item, true);
  writer.writeBool(value.includeAuthorizedOperations);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupDescribeRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupDescribeRequest(reader: Reader, _version: number): ConsumerGroupDescribeRequest {
  const value: ConsumerGroupDescribeRequest = {
    groupIds: reader.readStringArray(true) as GroupId[],
    includeAuthorizedOperations: reader.readBool(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of ConsumerGroupDescribeResponse (API key 69): valid 0, flexible 0+. */
export const consumerGroupDescribeResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ConsumerGroupDescribeResponse message; versions 0. */
export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** Each described group. Versions: 0+. */
  groups: ConsumerGroupDescribeResponseDescribedGroup[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupDescribeResponse with every field at its schema default, overridden by `init`. */
export function createConsumerGroupDescribeResponse(init: Partial<ConsumerGroupDescribeResponse> = {}): ConsumerGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
    ...init,
  };
}

/** Writes a ConsumerGroupDescribeResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupDescribeResponse(writer: Writer, value: ConsumerGroupDescribeResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.groups, true);
  for (const item of value.groups) writeConsumerGroupDescribeResponseDescribedGroup(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupDescribeResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupDescribeResponse(reader: Reader, version: number): ConsumerGroupDescribeResponse {
  const value: ConsumerGroupDescribeResponse = {
    throttleTimeMs: reader.readInt32(),
    groups: reader.readArray(true, () => readConsumerGroupDescribeResponseDescribedGroup(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** DescribedGroup of ConsumerGroupDescribeResponse; versions 0. */
export interface ConsumerGroupDescribeResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** The group ID string. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** The group state string, or the empty string. Versions: 0+. */
  groupState: string;
  /** The group epoch. Versions: 0+. */
  groupEpoch: number;
  /** The assignment epoch. Versions: 0+. */
  assignmentEpoch: number;
  /** The selected assignor. Versions: 0+. */
  assignorName: string;
  /** The members. Versions: 0+. */
  members: ConsumerGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. Versions: 0+. Default: -2147483648. */
  authorizedOperations: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupDescribeResponseDescribedGroup with every field at its schema default, overridden by `init`. */
export function createConsumerGroupDescribeResponseDescribedGroup(init: Partial<ConsumerGroupDescribeResponseDescribedGroup> = {}): ConsumerGroupDescribeResponseDescribedGroup {
  return {
    errorCode: 0,
    errorMessage: null,
    groupId: "" as GroupId,
    groupState: "",
    groupEpoch: 0,
    assignmentEpoch: 0,
    assignorName: "",
    members: [],
    authorizedOperations: -2147483648,
    ...init,
  };
}

/** Writes a ConsumerGroupDescribeResponseDescribedGroup in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupDescribeResponseDescribedGroup(writer: Writer, value: ConsumerGroupDescribeResponseDescribedGroup, version: number): void {
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeString(value.groupId, true);
  writer.writeString(value.groupState, true);
  writer.writeInt32(value.groupEpoch);
  writer.writeInt32(value.assignmentEpoch);
  writer.writeString(value.assignorName, true);
  writer.writeArrayLength(value.members, true);
  for (const item of value.members) writeConsumerGroupDescribeResponseMember(writer, item, version);
  writer.writeInt32(value.authorizedOperations);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupDescribeResponseDescribedGroup in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupDescribeResponseDescribedGroup(reader: Reader, version: number): ConsumerGroupDescribeResponseDescribedGroup {
  const value: ConsumerGroupDescribeResponseDescribedGroup = {
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    groupId: reader.readString(true) as GroupId,
    groupState: reader.readString(true),
    groupEpoch: reader.readInt32(),
    assignmentEpoch: reader.readInt32(),
    assignorName: reader.readString(true),
    members: reader.readArray(true, () => readConsumerGroupDescribeResponseMember(reader, version)),
    authorizedOperations: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Member of ConsumerGroupDescribeResponse; versions 0. */
export interface ConsumerGroupDescribeResponseMember {
  /** The member ID. Versions: 0+. */
  memberId: string;
  /** The member instance ID. Versions: 0+. Nullable: 0+. Default: null. */
  instanceId: string | null;
  /** The member rack ID. Versions: 0+. Nullable: 0+. Default: null. */
  rackId: string | null;
  /** The current member epoch. Versions: 0+. */
  memberEpoch: number;
  /** The client ID. Versions: 0+. */
  clientId: string;
  /** The client host. Versions: 0+. */
  clientHost: string;
  /** The subscribed topic names. Versions: 0+. Entity: topicName. */
  subscribedTopicNames: TopicName[];
  /** the subscribed topic regex otherwise or null of not provided. Versions: 0+. Nullable: 0+. Default: null. */
  subscribedTopicRegex: string | null;
  /** The current assignment. Versions: 0+. */
  assignment: ConsumerGroupDescribeResponseAssignment;
  /** The target assignment. Versions: 0+. */
  targetAssignment: ConsumerGroupDescribeResponseAssignment;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupDescribeResponseMember with every field at its schema default, overridden by `init`. */
export function createConsumerGroupDescribeResponseMember(init: Partial<ConsumerGroupDescribeResponseMember> = {}): ConsumerGroupDescribeResponseMember {
  return {
    memberId: "",
    instanceId: null,
    rackId: null,
    memberEpoch: 0,
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    subscribedTopicRegex: null,
    assignment: createConsumerGroupDescribeResponseAssignment(),
    targetAssignment: createConsumerGroupDescribeResponseAssignment(),
    ...init,
  };
}

/** Writes a ConsumerGroupDescribeResponseMember in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupDescribeResponseMember(writer: Writer, value: ConsumerGroupDescribeResponseMember, version: number): void {
  writer.writeString(value.memberId, true);
  writer.writeNullableString(value.instanceId, true);
  writer.writeNullableString(value.rackId, true);
  writer.writeInt32(value.memberEpoch);
  writer.writeString(value.clientId, true);
  writer.writeString(value.clientHost, true);
  writer.writeArrayLength(value.subscribedTopicNames, true);
  for (const item of value.subscribedTopicNames) writer.writeString(item, true);
  writer.writeNullableString(value.subscribedTopicRegex, true);
  writeConsumerGroupDescribeResponseAssignment(writer, value.assignment, version);
  writeConsumerGroupDescribeResponseAssignment(writer, value.targetAssignment, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupDescribeResponseMember in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupDescribeResponseMember(reader: Reader, version: number): ConsumerGroupDescribeResponseMember {
  const value: ConsumerGroupDescribeResponseMember = {
    memberId: reader.readString(true),
    instanceId: reader.readNullableString(true),
    rackId: reader.readNullableString(true),
    memberEpoch: reader.readInt32(),
    clientId: reader.readString(true),
    clientHost: reader.readString(true),
    subscribedTopicNames: reader.readStringArray(true) as TopicName[],
    subscribedTopicRegex: reader.readNullableString(true),
    assignment: readConsumerGroupDescribeResponseAssignment(reader, version),
    targetAssignment: readConsumerGroupDescribeResponseAssignment(reader, version),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicPartitions of ConsumerGroupDescribeResponse; versions 0. */
export interface ConsumerGroupDescribeResponseTopicPartitions {
  /** The topic ID. Versions: 0+. */
  topicId: Uuid;
  /** The topic name. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The partitions. Versions: 0+. */
  partitions: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupDescribeResponseTopicPartitions with every field at its schema default, overridden by `init`. */
export function createConsumerGroupDescribeResponseTopicPartitions(init: Partial<ConsumerGroupDescribeResponseTopicPartitions> = {}): ConsumerGroupDescribeResponseTopicPartitions {
  return {
    topicId: ZERO_UUID,
    topicName: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a ConsumerGroupDescribeResponseTopicPartitions in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupDescribeResponseTopicPartitions(writer: Writer, value: ConsumerGroupDescribeResponseTopicPartitions, _version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeString(value.topicName, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupDescribeResponseTopicPartitions in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupDescribeResponseTopicPartitions(reader: Reader, _version: number): ConsumerGroupDescribeResponseTopicPartitions {
  const value: ConsumerGroupDescribeResponseTopicPartitions = {
    topicId: reader.readUuid(),
    topicName: reader.readString(true) as TopicName,
    partitions: reader.readInt32Array(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Assignment of ConsumerGroupDescribeResponse; versions 0. */
export interface ConsumerGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. Versions: 0+. */
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupDescribeResponseAssignment with every field at its schema default, overridden by `init`. */
export function createConsumerGroupDescribeResponseAssignment(init: Partial<ConsumerGroupDescribeResponseAssignment> = {}): ConsumerGroupDescribeResponseAssignment {
  return {
    topicPartitions: [],
    ...init,
  };
}

/** Writes a ConsumerGroupDescribeResponseAssignment in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupDescribeResponseAssignment(writer: Writer, value: ConsumerGroupDescribeResponseAssignment, version: number): void {
  writer.writeArrayLength(value.topicPartitions, true);
  for (const item of value.topicPartitions) writeConsumerGroupDescribeResponseTopicPartitions(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupDescribeResponseAssignment in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupDescribeResponseAssignment(reader: Reader, version: number): ConsumerGroupDescribeResponseAssignment {
  const value: ConsumerGroupDescribeResponseAssignment = {
    topicPartitions: reader.readArray(true, () => readConsumerGroupDescribeResponseTopicPartitions(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
