// Generated from InitProducerIdRequest.json and InitProducerIdResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// InitProducerId (API key 22): request and response codecs, versions 0-5.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_InitProducerId
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type ProducerId, type TransactionalId } from '../../entity-types.js';

/** Versions of InitProducerIdRequest (API key 22): valid 0-5, flexible 2+. */
export const initProducerIdRequestVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 2,
} as const;

/** The InitProducerIdRequest message; versions 0-5. */
export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. Versions: 0+. Nullable: 0+. Entity: transactionalId. */
  transactionalId: TransactionalId | null;
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. Versions: 0+. */
  transactionTimeoutMs: number;
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. Versions: 3+. Default: -1. Entity: producerId. */
  producerId: ProducerId;
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. Versions: 3+. Default: -1. */
  producerEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A InitProducerIdRequest with every field at its schema default, overridden by `init`. */
export function createInitProducerIdRequest(init: Partial<InitProducerIdRequest> = {}): InitProducerIdRequest {
  return {
    transactionalId: "" as TransactionalId,
    transactionTimeoutMs: 0,
    producerId: -1n as ProducerId,
    producerEpoch: -1,
    ...init,
  };
}

/** Writes a InitProducerIdRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeInitProducerIdRequest(writer: Writer, value: InitProducerIdRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeNullableString(value.transactionalId, flexible);
  writer.writeInt32(value.transactionTimeoutMs);
  if (version >= 3) {
    writer.writeInt64(value.producerId);
  }
  if (!(version >= 3) && value.producerId !== -1n) {
    throw fieldNotInVersion('InitProducerIdRequest', 'producerId', version);
  }
  if (version >= 3) {
    writer.writeInt16(value.producerEpoch);
  }
  if (!(version >= 3) && value.producerEpoch !== -1) {
    throw fieldNotInVersion('InitProducerIdRequest', 'producerEpoch', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('InitProducerIdRequest', version);
  }
}

/** Reads a InitProducerIdRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readInitProducerIdRequest(reader: Reader, version: number): InitProducerIdRequest {
  const flexible = version >= 2;
  const value: InitProducerIdRequest = {
    transactionalId: reader.readNullableString(flexible) as TransactionalId | null,
    transactionTimeoutMs: reader.readInt32(),
    producerId: (version >= 3) ? reader.readInt64() as ProducerId : -1n as ProducerId,
    producerEpoch: (version >= 3) ? reader.readInt16() : -1,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of InitProducerIdResponse (API key 22): valid 0-5, flexible 2+. */
export const initProducerIdResponseVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 2,
} as const;

/** The InitProducerIdResponse message; versions 0-5. */
export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. Ignorable. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The current producer id. Versions: 0+. Default: -1. Entity: producerId. */
  producerId: ProducerId;
  /** The current epoch associated with the producer id. Versions: 0+. */
  producerEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A InitProducerIdResponse with every field at its schema default, overridden by `init`. */
export function createInitProducerIdResponse(init: Partial<InitProducerIdResponse> = {}): InitProducerIdResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1n as ProducerId,
    producerEpoch: 0,
    ...init,
  };
}

/** Writes a InitProducerIdResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeInitProducerIdResponse(writer: Writer, value: InitProducerIdResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeInt64(value.producerId);
  writer.writeInt16(value.producerEpoch);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('InitProducerIdResponse', version);
  }
}

/** Reads a InitProducerIdResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readInitProducerIdResponse(reader: Reader, version: number): InitProducerIdResponse {
  const flexible = version >= 2;
  const value: InitProducerIdResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    producerId: reader.readInt64() as ProducerId,
    producerEpoch: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
