// Generated from AllocateProducerIdsRequest.json and AllocateProducerIdsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AllocateProducerIds (API key 67): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_AllocateProducerIds
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type NodeId, type ProducerId } from '../../entity-types.js';

/** Versions of AllocateProducerIdsRequest (API key 67): valid 0, flexible 0+. */
export const allocateProducerIdsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AllocateProducerIdsRequest message; versions 0. */
export interface AllocateProducerIdsRequest {
  /** The ID of the requesting broker. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** The epoch of the requesting broker. Versions: 0+. Default: -1. */
  brokerEpoch: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AllocateProducerIdsRequest with every field at its schema default, overridden by `init`. */
export function createAllocateProducerIdsRequest(init: Partial<AllocateProducerIdsRequest> = {}): AllocateProducerIdsRequest {
  return {
    brokerId: 0 as NodeId,
    brokerEpoch: -1n,
    ...init,
  };
}

/** Writes a AllocateProducerIdsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAllocateProducerIdsRequest(writer: Writer, value: AllocateProducerIdsRequest, _version: number): void {
  writer.writeInt32(value.brokerId);
  writer.writeInt64(value.brokerEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AllocateProducerIdsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAllocateProducerIdsRequest(reader: Reader, _version: number): AllocateProducerIdsRequest {
  const value: AllocateProducerIdsRequest = {
    brokerId: reader.readInt32() as NodeId,
    brokerEpoch: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of AllocateProducerIdsResponse (API key 67): valid 0, flexible 0+. */
export const allocateProducerIdsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AllocateProducerIdsResponse message; versions 0. */
export interface AllocateProducerIdsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The top level response error code. Versions: 0+. */
  errorCode: number;
  /** The first producer ID in this range, inclusive. Versions: 0+. Entity: producerId. */
  producerIdStart: ProducerId;
  /** The number of producer IDs in this range. Versions: 0+. */
  producerIdLen: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AllocateProducerIdsResponse with every field at its schema default, overridden by `init`. */
export function createAllocateProducerIdsResponse(init: Partial<AllocateProducerIdsResponse> = {}): AllocateProducerIdsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerIdStart: 0n as ProducerId,
    producerIdLen: 0,
    ...init,
  };
}

/** Writes a AllocateProducerIdsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAllocateProducerIdsResponse(writer: Writer, value: AllocateProducerIdsResponse, _version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeInt64(value.producerIdStart);
  writer.writeInt32(value.producerIdLen);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AllocateProducerIdsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAllocateProducerIdsResponse(reader: Reader, _version: number): AllocateProducerIdsResponse {
  const value: AllocateProducerIdsResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    producerIdStart: reader.readInt64() as ProducerId,
    producerIdLen: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
