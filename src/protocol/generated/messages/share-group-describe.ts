// Generated from ShareGroupDescribeRequest.json and ShareGroupDescribeResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ShareGroupDescribe (API key 77): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ShareGroupDescribe
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type GroupId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of ShareGroupDescribeRequest (API key 77): valid 0, flexible 0+. */
export const shareGroupDescribeRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ShareGroupDescribeRequest message; versions 0. */
export interface ShareGroupDescribeRequest {
  /** The ids of the groups to describe. Versions: 0+. Entity: groupId. */
  groupIds: GroupId[];
  /** Whether to include authorized operations. Versions: 0+. */
  includeAuthorizedOperations: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareGroupDescribeRequest with every field at its schema default, overridden by `init`. */
export function createShareGroupDescribeRequest(init: Partial<ShareGroupDescribeRequest> = {}): ShareGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
    ...init,
  };
}

/** Writes a ShareGroupDescribeRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareGroupDescribeRequest(writer: Writer, value: ShareGroupDescribeRequest, _version: number): void {
  writer.writeArrayLength(value.groupIds, true);
  for (const item of value.groupIds) writer.writeString(item, true);
  writer.writeBool(value.includeAuthorizedOperations);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareGroupDescribeRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareGroupDescribeRequest(reader: Reader, _version: number): ShareGroupDescribeRequest {
  const value: ShareGroupDescribeRequest = {
    groupIds: reader.readStringArray(true) as GroupId[],
    includeAuthorizedOperations: reader.readBool(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of ShareGroupDescribeResponse (API key 77): valid 0, flexible 0+. */
export const shareGroupDescribeResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ShareGroupDescribeResponse message; versions 0. */
export interface ShareGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** Each described group. Versions: 0+. */
  groups: ShareGroupDescribeResponseDescribedGroup[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareGroupDescribeResponse with every field at its schema default, overridden by `init`. */
export function createShareGroupDescribeResponse(init: Partial<ShareGroupDescribeResponse> = {}): ShareGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
    ...init,
  };
}

/** Writes a ShareGroupDescribeResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareGroupDescribeResponse(writer: Writer, value: ShareGroupDescribeResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.groups, true);
  for (const item of value.groups) writeShareGroupDescribeResponseDescribedGroup(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareGroupDescribeResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareGroupDescribeResponse(reader: Reader, version: number): ShareGroupDescribeResponse {
  const value: ShareGroupDescribeResponse = {
    throttleTimeMs: reader.readInt32(),
    groups: reader.readArray(true, () => readShareGroupDescribeResponseDescribedGroup(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** DescribedGroup of ShareGroupDescribeResponse; versions 0. */
export interface ShareGroupDescribeResponseDescribedGroup {
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
  members: ShareGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. Versions: 0+. Default: -2147483648. */
  authorizedOperations: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareGroupDescribeResponseDescribedGroup with every field at its schema default, overridden by `init`. */
export function createShareGroupDescribeResponseDescribedGroup(init: Partial<ShareGroupDescribeResponseDescribedGroup> = {}): ShareGroupDescribeResponseDescribedGroup {
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

/** Writes a ShareGroupDescribeResponseDescribedGroup in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareGroupDescribeResponseDescribedGroup(writer: Writer, value: ShareGroupDescribeResponseDescribedGroup, version: number): void {
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeString(value.groupId, true);
  writer.writeString(value.groupState, true);
  writer.writeInt32(value.groupEpoch);
  writer.writeInt32(value.assignmentEpoch);
  writer.writeString(value.assignorName, true);
  writer.writeArrayLength(value.members, true);
  for (const item of value.members) writeShareGroupDescribeResponseMember(writer, item, version);
  writer.writeInt32(value.authorizedOperations);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareGroupDescribeResponseDescribedGroup in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareGroupDescribeResponseDescribedGroup(reader: Reader, version: number): ShareGroupDescribeResponseDescribedGroup {
  const value: ShareGroupDescribeResponseDescribedGroup = {
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    groupId: reader.readString(true) as GroupId,
    groupState: reader.readString(true),
    groupEpoch: reader.readInt32(),
    assignmentEpoch: reader.readInt32(),
    assignorName: reader.readString(true),
    members: reader.readArray(true, () => readShareGroupDescribeResponseMember(reader, version)),
    authorizedOperations: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Member of ShareGroupDescribeResponse; versions 0. */
export interface ShareGroupDescribeResponseMember {
  /** The member ID. Versions: 0+. */
  memberId: string;
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
  /** The current assignment. Versions: 0+. */
  assignment: ShareGroupDescribeResponseAssignment;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareGroupDescribeResponseMember with every field at its schema default, overridden by `init`. */
export function createShareGroupDescribeResponseMember(init: Partial<ShareGroupDescribeResponseMember> = {}): ShareGroupDescribeResponseMember {
  return {
    memberId: "",
    rackId: null,
    memberEpoch: 0,
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    assignment: createShareGroupDescribeResponseAssignment(),
    ...init,
  };
}

/** Writes a ShareGroupDescribeResponseMember in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareGroupDescribeResponseMember(writer: Writer, value: ShareGroupDescribeResponseMember, version: number): void {
  writer.writeString(value.memberId, true);
  writer.writeNullableString(value.rackId, true);
  writer.writeInt32(value.memberEpoch);
  writer.writeString(value.clientId, true);
  writer.writeString(value.clientHost, true);
  writer.writeArrayLength(value.subscribedTopicNames, true);
  for (const item of value.subscribedTopicNames) writer.writeString(item, true);
  writeShareGroupDescribeResponseAssignment(writer, value.assignment, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareGroupDescribeResponseMember in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareGroupDescribeResponseMember(reader: Reader, version: number): ShareGroupDescribeResponseMember {
  const value: ShareGroupDescribeResponseMember = {
    memberId: reader.readString(true),
    rackId: reader.readNullableString(true),
    memberEpoch: reader.readInt32(),
    clientId: reader.readString(true),
    clientHost: reader.readString(true),
    subscribedTopicNames: reader.readStringArray(true) as TopicName[],
    assignment: readShareGroupDescribeResponseAssignment(reader, version),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicPartitions of ShareGroupDescribeResponse; versions 0. */
export interface ShareGroupDescribeResponseTopicPartitions {
  /** The topic ID. Versions: 0+. */
  topicId: Uuid;
  /** The topic name. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The partitions. Versions: 0+. */
  partitions: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareGroupDescribeResponseTopicPartitions with every field at its schema default, overridden by `init`. */
export function createShareGroupDescribeResponseTopicPartitions(init: Partial<ShareGroupDescribeResponseTopicPartitions> = {}): ShareGroupDescribeResponseTopicPartitions {
  return {
    topicId: ZERO_UUID,
    topicName: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a ShareGroupDescribeResponseTopicPartitions in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareGroupDescribeResponseTopicPartitions(writer: Writer, value: ShareGroupDescribeResponseTopicPartitions, _version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeString(value.topicName, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareGroupDescribeResponseTopicPartitions in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareGroupDescribeResponseTopicPartitions(reader: Reader, _version: number): ShareGroupDescribeResponseTopicPartitions {
  const value: ShareGroupDescribeResponseTopicPartitions = {
    topicId: reader.readUuid(),
    topicName: reader.readString(true) as TopicName,
    partitions: reader.readInt32Array(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Assignment of ShareGroupDescribeResponse; versions 0. */
export interface ShareGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. Versions: 0+. */
  topicPartitions: ShareGroupDescribeResponseTopicPartitions[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareGroupDescribeResponseAssignment with every field at its schema default, overridden by `init`. */
export function createShareGroupDescribeResponseAssignment(init: Partial<ShareGroupDescribeResponseAssignment> = {}): ShareGroupDescribeResponseAssignment {
  return {
    topicPartitions: [],
    ...init,
  };
}

/** Writes a ShareGroupDescribeResponseAssignment in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareGroupDescribeResponseAssignment(writer: Writer, value: ShareGroupDescribeResponseAssignment, version: number): void {
  writer.writeArrayLength(value.topicPartitions, true);
  for (const item of value.topicPartitions) writeShareGroupDescribeResponseTopicPartitions(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareGroupDescribeResponseAssignment in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareGroupDescribeResponseAssignment(reader: Reader, version: number): ShareGroupDescribeResponseAssignment {
  const value: ShareGroupDescribeResponseAssignment = {
    topicPartitions: reader.readArray(true, () => readShareGroupDescribeResponseTopicPartitions(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
