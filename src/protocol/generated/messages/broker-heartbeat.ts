// Generated from BrokerHeartbeatRequest.json and BrokerHeartbeatResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// BrokerHeartbeat (API key 63): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_BrokerHeartbeat
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of BrokerHeartbeatRequest (API key 63): valid 0-1, flexible 0+. */
export const brokerHeartbeatRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The BrokerHeartbeatRequest message; versions 0-1. */
export interface BrokerHeartbeatRequest {
  /** The broker ID. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** The broker epoch. Versions: 0+. Default: -1. */
  brokerEpoch: bigint;
  /** The highest metadata offset which the broker has reached. Versions: 0+. */
  currentMetadataOffset: bigint;
  /** True if the broker wants to be fenced, false otherwise. Versions: 0+. */
  wantFence: boolean;
  /** True if the broker wants to be shut down, false otherwise. Versions: 0+. */
  wantShutDown: boolean;
  /** Log directories that failed and went offline. Versions: 1+. Tagged: 1+ (tag 0). */
  offlineLogDirs: Uuid[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BrokerHeartbeatRequest with every field at its schema default, overridden by `init`. */
export function createBrokerHeartbeatRequest(init: Partial<BrokerHeartbeatRequest> = {}): BrokerHeartbeatRequest {
  return {
    brokerId: 0 as NodeId,
    brokerEpoch: -1n,
    currentMetadataOffset: 0n,
    wantFence: false,
    wantShutDown: false,
    offlineLogDirs: [],
    ...init,
  };
}

/** Writes a BrokerHeartbeatRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBrokerHeartbeatRequest(writer: Writer, value: BrokerHeartbeatRequest, version: number): void {
  writer.writeInt32(value.brokerId);
  writer.writeInt64(value.brokerEpoch);
  writer.writeInt64(value.currentMetadataOffset);
  writer.writeBool(value.wantFence);
  writer.writeBool(value.wantShutDown);
  if (!(version >= 1) && value.offlineLogDirs.length !== 0) {
    throw fieldNotInVersion('BrokerHeartbeatRequest', 'offlineLogDirs', version);
  }
  const taggedFields: RawTaggedField[] = [];
  if ((version >= 1) && value.offlineLogDirs.length !== 0) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.offlineLogDirs, true);
      for (const item of value.offlineLogDirs) taggedWriter.writeUuid(item);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a BrokerHeartbeatRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBrokerHeartbeatRequest(reader: Reader, version: number): BrokerHeartbeatRequest {
  const value: BrokerHeartbeatRequest = {
    brokerId: reader.readInt32() as NodeId,
    brokerEpoch: reader.readInt64(),
    currentMetadataOffset: reader.readInt64(),
    wantFence: reader.readBool(),
    wantShutDown: reader.readBool(),
    offlineLogDirs: [],
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        if (!(version >= 1)) return false;
        value.offlineLogDirs = fieldReader.readUuidArray(true);
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of BrokerHeartbeatResponse (API key 63): valid 0-1, flexible 0+. */
export const brokerHeartbeatResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The BrokerHeartbeatResponse message; versions 0-1. */
export interface BrokerHeartbeatResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** True if the broker has approximately caught up with the latest metadata. Versions: 0+. Default: false. */
  isCaughtUp: boolean;
  /** True if the broker is fenced. Versions: 0+. Default: true. */
  isFenced: boolean;
  /** True if the broker should proceed with its shutdown. Versions: 0+. */
  shouldShutDown: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BrokerHeartbeatResponse with every field at its schema default, overridden by `init`. */
export function createBrokerHeartbeatResponse(init: Partial<BrokerHeartbeatResponse> = {}): BrokerHeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    isCaughtUp: false,
    isFenced: true,
    shouldShutDown: false,
    ...init,
  };
}

/** Writes a BrokerHeartbeatResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBrokerHeartbeatResponse(writer: Writer, value: BrokerHeartbeatResponse, _version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeBool(value.isCaughtUp);
  writer.writeBool(value.isFenced);
  writer.writeBool(value.shouldShutDown);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a BrokerHeartbeatResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBrokerHeartbeatResponse(reader: Reader, _version: number): BrokerHeartbeatResponse {
  const value: BrokerHeartbeatResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    isCaughtUp: reader.readBool(),
    isFenced: reader.readBool(),
    shouldShutDown: reader.readBool(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
