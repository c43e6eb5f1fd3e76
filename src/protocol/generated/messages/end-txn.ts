// Generated from EndTxnRequest.json and EndTxnResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// EndTxn (API key 26): request and response codecs, versions 0-5.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_EndTxn
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type ProducerId, type TransactionalId } from '../../entity-types.js';

/** Versions of EndTxnRequest (API key 26): valid 0-5, flexible 3+. */
export const endTxnRequestVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 3,
} as const;

/** The EndTxnRequest message; versions 0-5. */
export interface EndTxnRequest {
  /** The ID of the transaction to end. Versions: 0+. Entity: transactionalId. */
  transactionalId: TransactionalId;
  /** The producer ID. Versions: 0+. Entity: producerId. */
  producerId: ProducerId;
  /** The current epoch associated with the producer. Versions: 0+. */
  producerEpoch: number;
  /** True if the transaction was committed, false if it was aborted. Versions: 0+. */
  committed: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EndTxnRequest with every field at its schema default, overridden by `init`. */
export function createEndTxnRequest(init: Partial<EndTxnRequest> = {}): EndTxnRequest {
  return {
    transactionalId: "" as TransactionalId,
    producerId: 0n as ProducerId,
    producerEpoch: 0,
    committed: false,
    ...init,
  };
}

/** Writes a EndTxnRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndTxnRequest(writer: Writer, value: EndTxnRequest, version: number): void {
  const flexible = version >= 3;
  writer.writeString(value.transactionalId, flexible);
  writer.writeInt64(value.producerId);
  writer.writeInt16(value.producerEpoch);
  writer.writeBool(value.committed);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('EndTxnRequest', version);
  }
}

/** Reads a EndTxnRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndTxnRequest(reader: Reader, version: number): EndTxnRequest {
  const flexible = version >= 3;
  const value: EndTxnRequest = {
    transactionalId: reader.readString(flexible) as TransactionalId,
    producerId: reader.readInt64() as ProducerId,
    producerEpoch: reader.readInt16(),
    committed: reader.readBool(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of EndTxnResponse (API key 26): valid 0-5, flexible 3+. */
export const endTxnResponseVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 3,
} as const;

/** The EndTxnResponse message; versions 0-5. */
export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The producer ID. Versions: 5+. Ignorable. Default: -1. Entity: producerId. */
  producerId: ProducerId;
  /** The current epoch associated with the producer. Versions: 5+. Ignorable. Default: -1. */
  producerEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EndTxnResponse with every field at its schema default, overridden by `init`. */
export function createEndTxnResponse(init: Partial<EndTxnResponse> = {}): EndTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1n as ProducerId,
    producerEpoch: -1,
    ...init,
  };
}

/** Writes a EndTxnResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndTxnResponse(writer: Writer, value: EndTxnResponse, version: number): void {
  const flexible = version >= 3;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  if (version >= 5) {
    writer.writeInt64(value.producerId);
  }
  if (version >= 5) {
    writer.writeInt16(value.producerEpoch);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('EndTxnResponse', version);
  }
}

/** Reads a EndTxnResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndTxnResponse(reader: Reader, version: number): EndTxnResponse {
  const flexible = version >= 3;
  const value: EndTxnResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    producerId: (version >= 5) ? reader.readInt64() as ProducerId : -1n as ProducerId,
    producerEpoch: (version >= 5) ? reader.readInt16() : -1,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
