// Generated from DescribeTransactionsRequest.json and DescribeTransactionsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeTransactions (API key 65): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeTransactions
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type ProducerId, type TopicName, type TransactionalId } from '../../entity-types.js';

/** Versions of DescribeTransactionsRequest (API key 65): valid 0, flexible 0+. */
export const describeTransactionsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeTransactionsRequest message; versions 0. */
export interface DescribeTransactionsRequest {
  /** Array of transactionalIds to include in describe results. If empty, then no results will be returned. Versions: 0+. Entity: transactionalId. */
  transactionalIds: TransactionalId[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeTransactionsRequest with every field at its schema default, overridden by `init`. */
export function createDescribeTransactionsRequest(init: Partial<DescribeTransactionsRequest> = {}): DescribeTransactionsRequest {
  return {
    transactionalIds: [],
    ...init,
  };
}

/** Writes a DescribeTransactionsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeTransactionsRequest(writer: Writer, value: DescribeTransactionsRequest, _version: number): void {
  writer.writeArrayLength(value.transactionalIds, true);
  for (const item of value.transactionalIds) writer.writeString(item, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeTransactionsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeTransactionsRequest(reader: Reader, _version: number): DescribeTransactionsRequest {
  const value: DescribeTransactionsRequest = {
    transactionalIds: reader.readStringArray(true) as TransactionalId[],
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of DescribeTransactionsResponse (API key 65): valid 0, flexible 0+. */
export const describeTransactionsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeTransactionsResponse message; versions 0. */
export interface DescribeTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The TransactionStates field. Versions: 0+. */
  transactionStates: DescribeTransactionsResponseTransactionState[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeTransactionsResponse with every field at its schema default, overridden by `init`. */
export function createDescribeTransactionsResponse(init: Partial<DescribeTransactionsResponse> = {}): DescribeTransactionsResponse {
  return {
    throttleTimeMs: 0,
    transactionStates: [],
    ...init,
  };
}

/** Writes a DescribeTransactionsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeTransactionsResponse(writer: Writer, value: DescribeTransactionsResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.transactionStates, true);
  for (const item of value.transactionStates) writeDescribeTransactionsResponseTransactionState(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeTransactionsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeTransactionsResponse(reader: Reader, version: number): DescribeTransactionsResponse {
  const value: DescribeTransactionsResponse = {
    throttleTimeMs: reader.readInt32(),
    transactionStates: reader.readArray(true, () => readDescribeTransactionsResponseTransactionState(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TransactionState of DescribeTransactionsResponse; versions 0. */
export interface DescribeTransactionsResponseTransactionState {
  /** The ErrorCode field. Versions: 0+. */
  errorCode: number;
  /** The TransactionalId field. Versions: 0+. Entity: transactionalId. */
  transactionalId: TransactionalId;
  /** The TransactionState field. Versions: 0+. */
  transactionState: string;
  /** The TransactionTimeoutMs field. Versions: 0+. */
  transactionTimeoutMs: number;
  /** The TransactionStartTimeMs field. Versions: 0+. */
  transactionStartTimeMs: bigint;
  /** The ProducerId field. Versions: 0+. Entity: producerId. */
  producerId: ProducerId;
  /** The ProducerEpoch field. Versions: 0+. */
  producerEpoch: number;
  /** The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers. Versions: 0+. */
  topics: DescribeTransactionsResponseTopicData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeTransactionsResponseTransactionState with every field at its schema default, overridden by `init`. */
export function createDescribeTransactionsResponseTransactionState(init: Partial<DescribeTransactionsResponseTransactionState> = {}): DescribeTransactionsResponseTransactionState {
  return {
    errorCode: 0,
    transactionalId: "" as TransactionalId,
    transactionState: "",
    transactionTimeoutMs: 0,
    transactionStartTimeMs: 0n,
    producerId: 0n as ProducerId,
    producerEpoch: 0,
    topics: [],
    ...init,
  };
}

/** Writes a DescribeTransactionsResponseTransactionState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeTransactionsResponseTransactionState(writer: Writer, value: DescribeTransactionsResponseTransactionState, version: number): void {
  writer.writeInt16(value.errorCode);
  writer.writeString(value.transactionalId, true);
  writer.writeString(value.transactionState, true);
  writer.writeInt32(value.transactionTimeoutMs);
  writer.writeInt64(value.transactionStartTimeMs);
  writer.writeInt64(value.producerId);
  writer.writeInt16(value.producerEpoch);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeDescribeTransactionsResponseTopicData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeTransactionsResponseTransactionState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeTransactionsResponseTransactionState(reader: Reader, version: number): DescribeTransactionsResponseTransactionState {
  const value: DescribeTransactionsResponseTransactionState = {
    errorCode: reader.readInt16(),
    transactionalId: reader.readString(true) as TransactionalId,
    transactionState: reader.readString(true),
    transactionTimeoutMs: reader.readInt32(),
    transactionStartTimeMs: reader.readInt64(),
    producerId: reader.readInt64() as ProducerId,
    producerEpoch: reader.readInt16(),
    topics: reader.readArray(true, () => readDescribeTransactionsResponseTopicData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicData of DescribeTransactionsResponse; versions 0. */
export interface DescribeTransactionsResponseTopicData {
  /** The Topic field. Versions: 0+. Entity: topicName. */
  topic: TopicName;
  /** The Partitions field. Versions: 0+. */
  partitions: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeTransactionsResponseTopicData with every field at its schema default, overridden by `init`. */
export function createDescribeTransactionsResponseTopicData(init: Partial<DescribeTransactionsResponseTopicData> = {}): DescribeTransactionsResponseTopicData {
  return {
    topic: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a DescribeTransactionsResponseTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeTransactionsResponseTopicData(writer: Writer, value: DescribeTransactionsResponseTopicData, _version: number): void {
  writer.writeString(value.topic, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeTransactionsResponseTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeTransactionsResponseTopicData(reader: Reader, _version: number): DescribeTransactionsResponseTopicData {
  const value: DescribeTransactionsResponseTopicData = {
    topic: reader.readString(true) as TopicName,
    partitions: reader.readInt32Array(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
