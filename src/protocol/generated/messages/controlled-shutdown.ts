// Generated from ControlledShutdownRequest.json and ControlledShutdownResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ControlledShutdown (API key 7): request and response codecs, versions 0-3.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ControlledShutdown
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type NodeId, type TopicName } from '../../entity-types.js';

/** Versions of ControlledShutdownRequest (API key 7): valid 0-3, flexible 3+. */
export const controlledShutdownRequestVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 3,
} as const;

/** The ControlledShutdownRequest message; versions 0-3. */
export interface ControlledShutdownRequest {
  /** The id of the broker for which controlled shutdown has been requested. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** The broker epoch. Versions: 2+. Ignorable. Default: -1. */
  brokerEpoch: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ControlledShutdownRequest with every field at its schema default, overridden by `init`. */
export function createControlledShutdownRequest(init: Partial<ControlledShutdownRequest> = {}): ControlledShutdownRequest {
  return {
    brokerId: 0 as NodeId,
    brokerEpoch: -1n,
    ...init,
  };
}

/** Writes a ControlledShutdownRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeControlledShutdownRequest(writer: Writer, value: ControlledShutdownRequest, version: number): void {
  const flexible = version >= 3;
  writer.writeInt32(value.brokerId);
  if (version >= 2) {
    writer.writeInt64(value.brokerEpoch);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ControlledShutdownRequest', version);
  }
}

/** Reads a ControlledShutdownRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readControlledShutdownRequest(reader: Reader, version: number): ControlledShutdownRequest {
  const flexible = version >= 3;
  const value: ControlledShutdownRequest = {
    brokerId: reader.readInt32() as NodeId,
    brokerEpoch: (version >= 2) ? reader.readInt64() : -1n,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of ControlledShutdownResponse (API key 7): valid 0-3, flexible 3+. */
export const controlledShutdownResponseVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 3,
} as const;

/** The ControlledShutdownResponse message; versions 0-3. */
export interface ControlledShutdownResponse {
  /** The top-level error code. Versions: 0+. */
  errorCode: number;
  /** The partitions that the broker still leads. Versions: 0+. */
  remainingPartitions: ControlledShutdownResponseRemainingPartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ControlledShutdownResponse with every field at its schema default, overridden by `init`. */
export function createControlledShutdownResponse(init: Partial<ControlledShutdownResponse> = {}): ControlledShutdownResponse {
  return {
    errorCode: 0,
    remainingPartitions: [],
    ...init,
  };
}

/** Writes a ControlledShutdownResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeControlledShutdownResponse(writer: Writer, value: ControlledShutdownResponse, version: number): void {
  const flexible = version >= 3;
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.remainingPartitions, flexible);
  for (const item of value.remainingPartitions) writeControlledShutdownResponseRemainingPartition(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ControlledShutdownResponse', version);
  }
}

/** Reads a ControlledShutdownResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readControlledShutdownResponse(reader: Reader, version: number): ControlledShutdownResponse {
  const flexible = version >= 3;
  const value: ControlledShutdownResponse = {
    errorCode: reader.readInt16(),
    remainingPartitions: reader.readArray(flexible, () => readControlledShutdownResponseRemainingPartition(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** RemainingPartition of ControlledShutdownResponse; versions 0-3. */
export interface ControlledShutdownResponseRemainingPartition {
  /** The name of the topic. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The index of the partition. Versions: 0+. */
  partitionIndex: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ControlledShutdownResponseRemainingPartition with every field at its schema default, overridden by `init`. */
export function createControlledShutdownResponseRemainingPartition(init: Partial<ControlledShutdownResponseRemainingPartition> = {}): ControlledShutdownResponseRemainingPartition {
  return {
    topicName: "" as TopicName,
    partitionIndex: 0,
    ...init,
  };
}

/** Writes a ControlledShutdownResponseRemainingPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeControlledShutdownResponseRemainingPartition(writer: Writer, value: ControlledShutdownResponseRemainingPartition, version: number): void {
  const flexible = version >= 3;
  writer.writeString(value.topicName, flexible);
  writer.writeInt32(value.partitionIndex);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ControlledShutdownResponseRemainingPartition', version);
  }
}

/** Reads a ControlledShutdownResponseRemainingPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readControlledShutdownResponseRemainingPartition(reader: Reader, version: number): ControlledShutdownResponseRemainingPartition {
  const flexible = version >= 3;
  const value: ControlledShutdownResponseRemainingPartition = {
    topicName: reader.readString(flexible) as TopicName,
    partitionIndex: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
