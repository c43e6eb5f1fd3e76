// Generated from DescribeClusterRequest.json and DescribeClusterResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeCluster (API key 60): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeCluster
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { type NodeId } from '../../entity-types.js';

/** Versions of DescribeClusterRequest (API key 60): valid 0-1, flexible 0+. */
export const describeClusterRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeClusterRequest message; versions 0-1. */
export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. Versions: 0+. */
  includeClusterAuthorizedOperations: boolean;
  /** The endpoint type to describe. 1=brokers, 2=controllers. Versions: 1+. Default: 1. */
  endpointType: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeClusterRequest with every field at its schema default, overridden by `init`. */
export function createDescribeClusterRequest(init: Partial<DescribeClusterRequest> = {}): DescribeClusterRequest {
  return {
    includeClusterAuthorizedOperations: false,
    endpointType: 1,
    ...init,
  };
}

/** Writes a DescribeClusterRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeClusterRequest(writer: Writer, value: DescribeClusterRequest, version: number): void {
  writer.writeBool(value.includeClusterAuthorizedOperations);
  if (version >= 1) {
    writer.writeInt8(value.endpointType);
  }
  if (!(version >= 1) && value.endpointType !== 1) {
    throw fieldNotInVersion('DescribeClusterRequest', 'endpointType', version);
  }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeClusterRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeClusterRequest(reader: Reader, version: number): DescribeClusterRequest {
  const value: DescribeClusterRequest = {
    includeClusterAuthorizedOperations: reader.readBool(),
    endpointType: (version >= 1) ? reader.readInt8() : 1,
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of DescribeClusterResponse (API key 60): valid 0-1, flexible 0+. */
export const describeClusterResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeClusterResponse message; versions 0-1. */
export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** The endpoint type that was described. 1=brokers, 2=controllers. Versions: 1+. Default: 1. */
  endpointType: number;
  /** The cluster ID that responding broker belongs to. Versions: 0+. */
  clusterId: string;
  /** The ID of the controller broker. Versions: 0+. Default: -1. Entity: brokerId. */
  controllerId: NodeId;
  /** Each broker in the response. Versions: 0+. */
  brokers: DescribeClusterResponseDescribeClusterBroker[];
  /** 32-bit bitfield to represent authorized operations for this cluster. Versions: 0+. Default: -2147483648. */
  clusterAuthorizedOperations: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeClusterResponse with every field at its schema default, overridden by `init`. */
export function createDescribeClusterResponse(init: Partial<DescribeClusterResponse> = {}): DescribeClusterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    endpointType: 1,
    clusterId: "",
    controllerId: -1 as NodeId,
    brokers: [],
    clusterAuthorizedOperations: -2147483648,
    ...init,
  };
}

/** Writes a DescribeClusterResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeClusterResponse(writer: Writer, value: DescribeClusterResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  if (version >= 1) {
    writer.writeInt8(value.endpointType);
  }
  if (!(version >= 1) && value.endpointType !== 1) {
    throw fieldNotInVersion('DescribeClusterResponse', 'endpointType', version);
  }
  writer.writeString(value.clusterId, true);
  writer.writeInt32(value.controllerId);
  writer.writeArrayLength(value.brokers, true);
  for (const item of value.brokers) writeDescribeClusterResponseDescribeClusterBroker(writer, item, version);
  writer.writeInt32(value.clusterAuthorizedOperations);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeClusterResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeClusterResponse(reader: Reader, version: number): DescribeClusterResponse {
  const value: DescribeClusterResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    endpointType: (version >= 1) ? reader.readInt8() : 1,
    clusterId: reader.readString(true),
    controllerId: reader.readInt32() as NodeId,
    brokers: reader.readArray(true, () => readDescribeClusterResponseDescribeClusterBroker(reader, version)),
    clusterAuthorizedOperations: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** DescribeClusterBroker of DescribeClusterResponse; versions 0-1. */
export interface DescribeClusterResponseDescribeClusterBroker {
  /** The broker ID. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** The broker hostname. Versions: 0+. */
  host: string;
  /** The broker port. Versions: 0+. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. Versions: 0+. Nullable: 0+. Default: null. */
  rack: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeClusterResponseDescribeClusterBroker with every field at its schema default, overridden by `init`. */
export function createDescribeClusterResponseDescribeClusterBroker(init: Partial<DescribeClusterResponseDescribeClusterBroker> = {}): DescribeClusterResponseDescribeClusterBroker {
  return {
    brokerId: 0 as NodeId,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

/** Writes a DescribeClusterResponseDescribeClusterBroker in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeClusterResponseDescribeClusterBroker(writer: Writer, value: DescribeClusterResponseDescribeClusterBroker, _version: number): void {
  writer.writeInt32(value.brokerId);
  writer.writeString(value.host, true);
  writer.writeInt32(value.port);
  writer.writeNullableString(value.rack, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeClusterResponseDescribeClusterBroker in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeClusterResponseDescribeClusterBroker(reader: Reader, _version: number): DescribeClusterResponseDescribeClusterBroker {
  const value: DescribeClusterResponseDescribeClusterBroker = {
    brokerId: reader.readInt32() as NodeId,
    host: reader.readString(true),
    port: reader.readInt32(),
    rack: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
