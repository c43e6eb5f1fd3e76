// Generated from TransactionLogKey.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// TransactionLogKey: data schema codec, versions 0.
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of TransactionLogKey: valid 0, flexible none. */
export const transactionLogKeyVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: null,
} as const;

/** The TransactionLogKey message; versions 0. */
export interface TransactionLogKey {
  /** The transactional id the producer configured. Versions: 0. */
  transactionalId: string;
}

/** A TransactionLogKey with every field at its schema default, overridden by `init`. */
export function createTransactionLogKey(init: Partial<TransactionLogKey> = {}): TransactionLogKey {
  return {
    transactionalId: "",
    ...init,
  };
}

/** Writes a TransactionLogKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeTransactionLogKey(writer: Writer, value: TransactionLogKey, _version: number): void {
  writer.writeString(value.transactionalId, false);
}

/** Reads a TransactionLogKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readTransactionLogKey(reader: Reader, _version: number): TransactionLogKey {
  const value: TransactionLogKey = {
    transactionalId: reader.readString(false),
  };
  return value;
}
