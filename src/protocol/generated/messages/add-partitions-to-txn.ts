// Generated from AddPartitionsToTxnRequest.json and AddPartitionsToTxnResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AddPartitionsToTxn (API key 24): request and response codecs, versions 0-5.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_AddPartitionsToTxn
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type ProducerId, type TopicName, type TransactionalId } from '../../entity-types.js';

/** Versions of AddPartitionsToTxnRequest (API key 24): valid 0-5, flexible 3+. */
export const addPartitionsToTxnRequestVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 3,
} as const;

/** The AddPartitionsToTxnRequest message; versions 0-5. */
export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. Versions: 4+. */
  transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[];
  /** The transactional id corresponding to the transaction. Versions: 0-3. Entity: transactionalId. */
  v3AndBelowTransactionalId: TransactionalId;
  /** Current producer id in use by the transactional id. Versions: 0-3. Entity: producerId. */
  v3AndBelowProducerId: ProducerId;
  /** Current epoch associated with the producer id. Versions: 0-3. */
  v3AndBelowProducerEpoch: number;
  /** The partitions to add to the transaction. Versions: 0-3. */
  v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddPartitionsToTxnRequest with every field at its schema default, overridden by `init`. */
export function createAddPartitionsToTxnRequest(init: Partial<AddPartitionsToTxnRequest> = {}): AddPartitionsToTxnRequest {
  return {
    transactions: [],
    v3AndBelowTransactionalId: "" as TransactionalId,
    v3AndBelowProducerId: 0n as ProducerId,
    v3AndBelowProducerEpoch: 0,
    v3AndBelowTopics: [],
    ...init,
  };
}

/** Writes a AddPartitionsToTxnRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddPartitionsToTxnRequest(writer: Writer, value: AddPartitionsToTxnRequest, version: number): void {
  const flexible = version >= 3;
  if (version >= 4) {
    writer.writeArrayLength(value.transactions, flexible);
    for (const item of value.transactions) writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(writer, item, version);
  }
  if (!(version >= 4) && value.transactions.length !== 0) {
    throw fieldNotInVersion('AddPartitionsToTxnRequest', 'transactions', version);
  }
  if (version <= 3) {
    writer.writeString(value.v3AndBelowTransactionalId, flexible);
  }
  if (!(version <= 3) && value.v3AndBelowTransactionalId !== "") {
    throw fieldNotInVersion('AddPartitionsToTxnRequest', 'v3AndBelowTransactionalId', version);
  }
  if (version <= 3) {
    writer.writeInt64(value.v3AndBelowProducerId);
  }
  if (!(version <= 3) && value.v3AndBelowProducerId !== 0n) {
    throw fieldNotInVersion('AddPartitionsToTxnRequest', 'v3AndBelowProducerId', version);
  }
  if (version <= 3) {
    writer.writeInt16(value.v3AndBelowProducerEpoch);
  }
  if (!(version <= 3) && value.v3AndBelowProducerEpoch !== 0) {
    throw fieldNotInVersion('AddPartitionsToTxnRequest', 'v3AndBelowProducerEpoch', version);
  }
  if (version <= 3) {
    writer.writeArrayLength(value.v3AndBelowTopics, flexible);
    for (const item of value.v3AndBelowTopics) writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(writer, item, version);
  }
  if (!(version <= 3) && value.v3AndBelowTopics.length !== 0) {
    throw fieldNotInVersion('AddPartitionsToTxnRequest', 'v3AndBelowTopics', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AddPartitionsToTxnRequest', version);
  }
}

/** Reads a AddPartitionsToTxnRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddPartitionsToTxnRequest(reader: Reader, version: number): AddPartitionsToTxnRequest {
  const flexible = version >= 3;
  const value: AddPartitionsToTxnRequest = {
    transactions: (version >= 4) ? reader.readArray(flexible, () => readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(reader, version)) : [],
    v3AndBelowTransactionalId: (version <= 3) ? reader.readString(flexible) as TransactionalId : "" as TransactionalId,
    v3AndBelowProducerId: (version <= 3) ? reader.readInt64() as ProducerId : 0n as ProducerId,
    v3AndBelowProducerEpoch: (version <= 3) ? reader.readInt16() : 0,
    v3AndBelowTopics: (version <= 3) ? reader.readArray(flexible, () => readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AddPartitionsToTxnTransaction of AddPartitionsToTxnRequest; versions 4-5. */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. Versions: 4+. Entity: transactionalId. */
  transactionalId: TransactionalId;
  /** Current producer id in use by the transactional id. Versions: 4+. Entity: producerId. */
  producerId: ProducerId;
  /** Current epoch associated with the producer id. Versions: 4+. */
  producerEpoch: number;
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. Versions: 4+. Default: false. */
  verifyOnly: boolean;
  /** The partitions to add to the transaction. Versions: 4+. */
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddPartitionsToTxnRequestAddPartitionsToTxnTransaction with every field at its schema default, overridden by `init`. */
export function createAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(init: Partial<AddPartitionsToTxnRequestAddPartitionsToTxnTransaction> = {}): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  return {
    transactionalId: "" as TransactionalId,
    producerId: 0n as ProducerId,
    producerEpoch: 0,
    verifyOnly: false,
    topics: [],
    ...init,
  };
}

/** Writes a AddPartitionsToTxnRequestAddPartitionsToTxnTransaction in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(writer: Writer, value: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction, version: number): void {
  writer.writeString(value.transactionalId, true);
  writer.writeInt64(value.producerId);
  writer.writeInt16(value.producerEpoch);
  writer.writeBool(value.verifyOnly);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AddPartitionsToTxnRequestAddPartitionsToTxnTransaction in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(reader: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  const value: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction = {
    transactionalId: reader.readString(true) as TransactionalId,
    producerId: reader.readInt64() as ProducerId,
    producerEpoch: reader.readInt16(),
    verifyOnly: reader.readBool(),
    topics: reader.readArray(true, () => readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** AddPartitionsToTxnTopic of AddPartitionsToTxnRequest; versions 0-5. */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** The name of the topic. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The partition indexes to add to the transaction. Versions: 0+. */
  partitions: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddPartitionsToTxnRequestAddPartitionsToTxnTopic with every field at its schema default, overridden by `init`. */
export function createAddPartitionsToTxnRequestAddPartitionsToTxnTopic(init: Partial<AddPartitionsToTxnRequestAddPartitionsToTxnTopic> = {}): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a AddPartitionsToTxnRequestAddPartitionsToTxnTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(writer: Writer, value: AddPartitionsToTxnRequestAddPartitionsToTxnTopic, version: number): void {
  const flexible = version >= 3;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writer.writeInt32(item);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AddPartitionsToTxnRequestAddPartitionsToTxnTopic', version);
  }
}

/** Reads a AddPartitionsToTxnRequestAddPartitionsToTxnTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(reader: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const flexible = version >= 3;
  const value: AddPartitionsToTxnRequestAddPartitionsToTxnTopic = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readInt32Array(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of AddPartitionsToTxnResponse (API key 24): valid 0-5, flexible 3+. */
export const addPartitionsToTxnResponseVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 3,
} as const;

/** The AddPartitionsToTxnResponse message; versions 0-5. */
export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The response top level error code. Versions: 4+. Ignorable. */
  errorCode: number;
  /** Results categorized by transactional ID. Versions: 4+. */
  resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[];
  /** The results for each topic. Versions: 0-3. */
  resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddPartitionsToTxnResponse with every field at its schema default, overridden by `init`. */
export function createAddPartitionsToTxnResponse(init: Partial<AddPartitionsToTxnResponse> = {}): AddPartitionsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    resultsByTransaction: [],
    resultsByTopicV3AndBelow: [],
    ...init,
  };
}

/** Writes a AddPartitionsToTxnResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddPartitionsToTxnResponse(writer: Writer, value: AddPartitionsToTxnResponse, version: number): void {
  const flexible = version >= 3;
  writer.writeInt32(value.throttleTimeMs);
  if (version >= 4) {
    writer.writeInt16(value.errorCode);
  }
  if (version >= 4) {
    writer.writeArrayLength(value.resultsByTransaction, flexible);
    for (const item of value.resultsByTransaction) writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(writer, item, version);
  }
  if (!(version >= 4) && value.resultsByTransaction.length !== 0) {
    throw fieldNotInVersion('AddPartitionsToTxnResponse', 'resultsByTransaction', version);
  }
  if (version <= 3) {
    writer.writeArrayLength(value.resultsByTopicV3AndBelow, flexible);
    for (const item of value.resultsByTopicV3AndBelow) writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(writer, item, version);
  }
  if (!(version <= 3) && value.resultsByTopicV3AndBelow.length !== 0) {
    throw fieldNotInVersion('AddPartitionsToTxnResponse', 'resultsByTopicV3AndBelow', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AddPartitionsToTxnResponse', version);
  }
}

/** Reads a AddPartitionsToTxnResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddPartitionsToTxnResponse(reader: Reader, version: number): AddPartitionsToTxnResponse {
  const flexible = version >= 3;
  const value: AddPartitionsToTxnResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: (version >= 4) ? reader.readInt16() : 0,
    resultsByTransaction: (version >= 4) ? reader.readArray(flexible, () => readAddPartitionsToTxnResponseAddPartitionsToTxnResult(reader, version)) : [],
    resultsByTopicV3AndBelow: (version <= 3) ? reader.readArray(flexible, () => readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AddPartitionsToTxnResult of AddPartitionsToTxnResponse; versions 4-5. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. Versions: 4+. Entity: transactionalId. */
  transactionalId: TransactionalId;
  /** The results for each topic. Versions: 4+. */
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddPartitionsToTxnResponseAddPartitionsToTxnResult with every field at its schema default, overridden by `init`. */
export function createAddPartitionsToTxnResponseAddPartitionsToTxnResult(init: Partial<AddPartitionsToTxnResponseAddPartitionsToTxnResult> = {}): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  return {
    transactionalId: "" as TransactionalId,
    topicResults: [],
    ...init,
  };
}

/** Writes a AddPartitionsToTxnResponseAddPartitionsToTxnResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(writer: Writer, value: AddPartitionsToTxnResponseAddPartitionsToTxnResult, version: number): void {
  writer.writeString(value.transactionalId, true);
  writer.writeArrayLength(value.topicResults, true);
  for (const item of value.topicResults) writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AddPartitionsToTxnResponseAddPartitionsToTxnResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddPartitionsToTxnResponseAddPartitionsToTxnResult(reader: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  const value: AddPartitionsToTxnResponseAddPartitionsToTxnResult = {
    transactionalId: reader.readString(true) as TransactionalId,
    topicResults: reader.readArray(true, () => readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** AddPartitionsToTxnTopicResult of AddPartitionsToTxnResponse; versions 0-5. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The results for each partition. Versions: 0+. */
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult with every field at its schema default, overridden by `init`. */
export function createAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(init: Partial<AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult> = {}): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  return {
    name: "" as TopicName,
    resultsByPartition: [],
    ...init,
  };
}

/** Writes a AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(writer: Writer, value: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, version: number): void {
  const flexible = version >= 3;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.resultsByPartition, flexible);
  for (const item of value.resultsByPartition) writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult', version);
  }
}

/** Reads a AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(reader: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const flexible = version >= 3;
  const value: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult = {
    name: reader.readString(flexible) as TopicName,
    resultsByPartition: reader.readArray(flexible, () => readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AddPartitionsToTxnPartitionResult of AddPartitionsToTxnResponse; versions 0-5. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** The partition indexes. Versions: 0+. */
  partitionIndex: number;
  /** The response error code. Versions: 0+. */
  partitionErrorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult with every field at its schema default, overridden by `init`. */
export function createAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(init: Partial<AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult> = {}): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  return {
    partitionIndex: 0,
    partitionErrorCode: 0,
    ...init,
  };
}

/** Writes a AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(writer: Writer, value: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, version: number): void {
  const flexible = version >= 3;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.partitionErrorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult', version);
  }
}

/** Reads a AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(reader: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const flexible = version >= 3;
  const value: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult = {
    partitionIndex: reader.readInt32(),
    partitionErrorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
