// Generated from AddOffsetsToTxnRequest.json and AddOffsetsToTxnResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AddOffsetsToTxn (API key 25): request and response codecs, versions 0-4.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_AddOffsetsToTxn
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type GroupId, type ProducerId, type TransactionalId } from '../../entity-types.js';

/** Versions of AddOffsetsToTxnRequest (API key 25): valid 0-4, flexible 3+. */
export const addOffsetsToTxnRequestVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 3,
} as const;

/** The AddOffsetsToTxnRequest message; versions 0-4. */
export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. Versions: 0+. Entity: transactionalId. */
  transactionalId: TransactionalId;
  /** Current producer id in use by the transactional id. Versions: 0+. Entity: producerId. */
  producerId: ProducerId;
  /** Current epoch associated with the producer id. Versions: 0+. */
  producerEpoch: number;
  /** The unique group identifier. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddOffsetsToTxnRequest with every field at its schema default, overridden by `init`. */
export function createAddOffsetsToTxnRequest(init: Partial<AddOffsetsToTxnRequest> = {}): AddOffsetsToTxnRequest {
  return {
    transactionalId: "" as TransactionalId,
    producerId: 0n as ProducerId,
    producerEpoch: 0,
    groupId: "" as GroupId,
    ...init,
  };
}

/** Writes a AddOffsetsToTxnRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddOffsetsToTxnRequest(writer: Writer, value: AddOffsetsToTxnRequest, version: number): void {
  const flexible = version >= 3;
  writer.writeString(value.transactionalId, flexible);
  writer.writeInt64(value.producerId);
  writer.writeInt16(value.producerEpoch);
  writer.writeString(value.groupId, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AddOffsetsToTxnRequest', version);
  }
}

/** Reads a AddOffsetsToTxnRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddOffsetsToTxnRequest(reader: Reader, version: number): AddOffsetsToTxnRequest {
  const flexible = version >= 3;
  const value: AddOffsetsToTxnRequest = {
    transactionalId: reader.readString(flexible) as TransactionalId,
    producerId: reader.readInt64() as ProducerId,
    producerEpoch: reader.readInt16(),
    groupId: reader.readString(flexible) as GroupId,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of AddOffsetsToTxnResponse (API key 25): valid 0-4, flexible 3+. */
export const addOffsetsToTxnResponseVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 3,
} as const;

/** The AddOffsetsToTxnResponse message; versions 0-4. */
export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The response error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddOffsetsToTxnResponse with every field at its schema default, overridden by `init`. */
export function createAddOffsetsToTxnResponse(init: Partial<AddOffsetsToTxnResponse> = {}): AddOffsetsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    ...init,
  };
}

/** Writes a AddOffsetsToTxnResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddOffsetsToTxnResponse(writer: Writer, value: AddOffsetsToTxnResponse, version: number): void {
  const flexible = version >= 3;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AddOffsetsToTxnResponse', version);
  }
}

/** Reads a AddOffsetsToTxnResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddOffsetsToTxnResponse(reader: Reader, version: number): AddOffsetsToTxnResponse {
  const flexible = version >= 3;
  const value: AddOffsetsToTxnResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
