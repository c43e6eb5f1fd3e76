// Generated from TransactionLogValue.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// TransactionLogValue: data schema codec, versions 0-1.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of TransactionLogValue: valid 0-1, flexible 1+. */
export const transactionLogValueVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The TransactionLogValue message; versions 0-1. */
export interface TransactionLogValue {
  /** The producer id the transactional id holds now. Versions: 0+. */
  producerId: bigint;
  /** The producer id before the last rotation (an epoch exhausted), or -1. Versions: 1+. Tagged: 1+ (tag 0). Default: -1. */
  previousProducerId: bigint;
  /** The producer id handed to the client for its next transaction, or -1. Versions: 1+. Tagged: 1+ (tag 1). Default: -1. */
  nextProducerId: bigint;
  /** The epoch of the producer id; a lower epoch is fenced. Versions: 0+. */
  producerEpoch: number;
  /** How long a transaction may stay open before the coordinator aborts it. Versions: 0+. */
  transactionTimeoutMs: number;
  /** The state of the transaction (Empty, Ongoing, PrepareCommit, ...), as a number. Versions: 0+. */
  transactionStatus: number;
  /** The partitions the open transaction wrote to, by topic. Versions: 0+. Nullable: 0+. */
  transactionPartitions: TransactionLogValuePartitionsSchema[] | null;
  /** When the state last changed (ms since the epoch). Versions: 0+. */
  transactionLastUpdateTimestampMs: bigint;
  /** When the open transaction began (ms since the epoch), or -1. Versions: 0+. */
  transactionStartTimestampMs: bigint;
  /** The transaction protocol version the client speaks (2 for KIP-890 part 2). Versions: 1+. Tagged: 1+ (tag 2). Default: 0. */
  clientTransactionVersion: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A TransactionLogValue with every field at its schema default, overridden by `init`. */
export function createTransactionLogValue(init: Partial<TransactionLogValue> = {}): TransactionLogValue {
  return {
    producerId: 0n,
    previousProducerId: -1n,
    nextProducerId: -1n,
    producerEpoch: 0,
    transactionTimeoutMs: 0,
    transactionStatus: 0,
    transactionPartitions: [],
    transactionLastUpdateTimestampMs: 0n,
    transactionStartTimestampMs: 0n,
    clientTransactionVersion: 0,
    ...init,
  };
}

/** Writes a TransactionLogValue in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeTransactionLogValue(writer: Writer, value: TransactionLogValue, version: number): void {
  const flexible = version >= 1;
  writer.writeInt64(value.producerId);
  if (!(version >= 1) && value.previousProducerId !== -1n) {
    throw fieldNotInVersion('TransactionLogValue', 'previousProducerId', version);
  }
  if (!(version >= 1) && value.nextProducerId !== -1n) {
    throw fieldNotInVersion('TransactionLogValue', 'nextProducerId', version);
  }
  writer.writeInt16(value.producerEpoch);
  writer.writeInt32(value.transactionTimeoutMs);
  writer.writeInt8(value.transactionStatus);
  writer.writeArrayLength(value.transactionPartitions, flexible);
  if (value.transactionPartitions !== null) for (const item of value.transactionPartitions) writeTransactionLogValuePartitionsSchema(writer, item, version);
  writer.writeInt64(value.transactionLastUpdateTimestampMs);
  writer.writeInt64(value.transactionStartTimestampMs);
  if (!(version >= 1) && value.clientTransactionVersion !== 0) {
    throw fieldNotInVersion('TransactionLogValue', 'clientTransactionVersion', version);
  }
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if (value.previousProducerId !== -1n) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        taggedWriter.writeInt64(value.previousProducerId);
      }));
    }
    if (value.nextProducerId !== -1n) {
      taggedFields.push(encodeTaggedField(1, (taggedWriter) => {
        taggedWriter.writeInt64(value.nextProducerId);
      }));
    }
    if (value.clientTransactionVersion !== 0) {
      taggedFields.push(encodeTaggedField(2, (taggedWriter) => {
        taggedWriter.writeInt16(value.clientTransactionVersion);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('TransactionLogValue', version);
  }
}

/** Reads a TransactionLogValue in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readTransactionLogValue(reader: Reader, version: number): TransactionLogValue {
  const flexible = version >= 1;
  const value: TransactionLogValue = {
    producerId: reader.readInt64(),
    previousProducerId: -1n,
    nextProducerId: -1n,
    producerEpoch: reader.readInt16(),
    transactionTimeoutMs: reader.readInt32(),
    transactionStatus: reader.readInt8(),
    transactionPartitions: reader.readNullableArray(flexible, () => readTransactionLogValuePartitionsSchema(reader, version)),
    transactionLastUpdateTimestampMs: reader.readInt64(),
    transactionStartTimestampMs: reader.readInt64(),
    clientTransactionVersion: 0,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          value.previousProducerId = fieldReader.readInt64();
          return true;
        case 1:
          value.nextProducerId = fieldReader.readInt64();
          return true;
        case 2:
          value.clientTransactionVersion = fieldReader.readInt16();
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** PartitionsSchema of TransactionLogValue; versions 0-1. */
export interface TransactionLogValuePartitionsSchema {
  /** The topic name. Versions: 0+. */
  topic: string;
  /** The partition indexes of that topic. Versions: 0+. */
  partitionIds: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A TransactionLogValuePartitionsSchema with every field at its schema default, overridden by `init`. */
export function createTransactionLogValuePartitionsSchema(init: Partial<TransactionLogValuePartitionsSchema> = {}): TransactionLogValuePartitionsSchema {
  return {
    topic: "",
    partitionIds: [],
    ...init,
  };
}

/** Writes a TransactionLogValuePartitionsSchema in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeTransactionLogValuePartitionsSchema(writer: Writer, value: TransactionLogValuePartitionsSchema, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.topic, flexible);
  writer.writeArrayLength(value.partitionIds, flexible);
  for (const item of value.partitionIds) writer.writeInt32(item);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('TransactionLogValuePartitionsSchema', version);
  }
}

/** Reads a TransactionLogValuePartitionsSchema in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readTransactionLogValuePartitionsSchema(reader: Reader, version: number): TransactionLogValuePartitionsSchema {
  const flexible = version >= 1;
  const value: TransactionLogValuePartitionsSchema = {
    topic: reader.readString(flexible),
    partitionIds: reader.readInt32Array(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
