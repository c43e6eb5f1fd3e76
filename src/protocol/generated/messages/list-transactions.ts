// Generated from ListTransactionsRequest.json and ListTransactionsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ListTransactions (API key 66): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ListTransactions
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { type ProducerId, type TransactionalId } from '../../entity-types.js';

/** Versions of ListTransactionsRequest (API key 66): valid 0-1, flexible 0+. */
export const listTransactionsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The ListTransactionsRequest message; versions 0-1. */
export interface ListTransactionsRequest {
  /** The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned. Versions: 0+. */
  stateFilters: string[];
  /** The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned. Versions: 0+. Entity: producerId. */
  producerIdFilters: ProducerId[];
  /** Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned. Versions: 1+. Default: -1. */
  durationFilter: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListTransactionsRequest with every field at its schema default, overridden by `init`. */
export function createListTransactionsRequest(init: Partial<ListTransactionsRequest> = {}): ListTransactionsRequest {
  return {
    stateFilters: [],
    producerIdFilters: [],
    durationFilter: -1n,
    ...init,
  };
}

/** Writes a ListTransactionsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListTransactionsRequest(writer: Writer, value: ListTransactionsRequest, version: number): void {
  writer.writeArrayLength(value.stateFilters, true);
  for (const item of value.stateFilters) writer.writeString(item, true);
  writer.writeArrayLength(value.producerIdFilters, true);
  for (const item of value.producerIdFilters) writer.writeInt64(item);
  if (version >= 1) {
    writer.writeInt64(value.durationFilter);
  }
  if (!(version >= 1) && value.durationFilter !== -1n) {
    throw fieldNotInVersion('ListTransactionsRequest', 'durationFilter', version);
  }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ListTransactionsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListTransactionsRequest(reader: Reader, version: number): ListTransactionsRequest {
  const value: ListTransactionsRequest = {
    stateFilters: reader.readStringArray(true),
    producerIdFilters: reader.readInt64Array(true) as ProducerId[],
    durationFilter: (version >= 1) ? reader.readInt64() : -1n,
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of ListTransactionsResponse (API key 66): valid 0-1, flexible 0+. */
export const listTransactionsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The ListTransactionsResponse message; versions 0-1. */
export interface ListTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The ErrorCode field. Versions: 0+. */
  errorCode: number;
  /** Set of state filters provided in the request which were unknown to the transaction coordinator. Versions: 0+. */
  unknownStateFilters: string[];
  /** The TransactionStates field. Versions: 0+. */
  transactionStates: ListTransactionsResponseTransactionState[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListTransactionsResponse with every field at its schema default, overridden by `init`. */
export function createListTransactionsResponse(init: Partial<ListTransactionsResponse> = {}): ListTransactionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    unknownStateFilters: [],
    transactionStates: [],
    ...init,
  };
}

/** Writes a ListTransactionsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListTransactionsResponse(writer: Writer, value: ListTransactionsResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.unknownStateFilters, true);
  for (const item of value.unknownStateFilters) writer.writeString(item, true);
  writer.writeArrayLength(value.transactionStates, true);
  for (const item of value.transactionStates) writeListTransactionsResponseTransactionState(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ListTransactionsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListTransactionsResponse(reader: Reader, version: number): ListTransactionsResponse {
  const value: ListTransactionsResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    unknownStateFilters: reader.readStringArray(true),
    transactionStates: reader.readArray(true, () => readListTransactionsResponseTransactionState(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TransactionState of ListTransactionsResponse; versions 0-1. */
export interface ListTransactionsResponseTransactionState {
  /** The TransactionalId field. Versions: 0+. Entity: transactionalId. */
  transactionalId: TransactionalId;
  /** The ProducerId field. Versions: 0+. Entity: producerId. */
  producerId: ProducerId;
  /** The current transaction state of the producer. Versions: 0+. */
  transactionState: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListTransactionsResponseTransactionState with every field at its schema default, overridden by `init`. */
export function createListTransactionsResponseTransactionState(init: Partial<ListTransactionsResponseTransactionState> = {}): ListTransactionsResponseTransactionState {
  return {
    transactionalId: "" as TransactionalId,
    producerId: 0n as ProducerId,
    transactionState: "",
    ...init,
  };
}

/** Writes a ListTransactionsResponseTransactionState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListTransactionsResponseTransactionState(writer: Writer, value: ListTransactionsResponseTransactionState, _version: number): void {
  writer.writeString(value.transactionalId, true);
  writer.writeInt64(value.producerId);
  writer.writeString(value.transactionState, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ListTransactionsResponseTransactionState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListTransactionsResponseTransactionState(reader: Reader, _version: number): ListTransactionsResponseTransactionState {
  const value: ListTransactionsResponseTransactionState = {
    transactionalId: reader.readString(true) as TransactionalId,
    producerId: reader.readInt64() as ProducerId,
    transactionState: reader.readString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
