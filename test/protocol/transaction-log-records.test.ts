// The __transaction_state record codecs generated from Weir's own schema files
// (src/protocol/schemas/transaction-coordinator/) must lay bytes out as Kafka's transaction
// coordinator does, or a log written by one could not be loaded by the other. The expected bytes
// below are built field by field from the format: version 0 is fixed width with an int32 array
// count; version 1 is flexible (compact arrays and strings, a tagged-field section at the end).
import { describe, expect, test } from 'vitest';

import { Reader } from '../../src/protocol/primitives/reader.js';
import { Writer } from '../../src/protocol/primitives/writer.js';
import {
  createTransactionLogValue, readTransactionLogValue, writeTransactionLogValue, type TransactionLogValue,
} from '../../src/protocol/generated/transaction-coordinator/transaction-log-value.js';
import {
  readTransactionLogKey, writeTransactionLogKey,
} from '../../src/protocol/generated/transaction-coordinator/transaction-log-key.js';

function bytes(...parts: number[][]): Uint8Array {
  return Uint8Array.from(parts.flat());
}
const int64 = (value: number): number[] => [0, 0, 0, 0, (value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
const int32 = (value: number): number[] => [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
const int16 = (value: number): number[] => [(value >>> 8) & 255, value & 255];
const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

const value: TransactionLogValue = createTransactionLogValue({
  producerId: 4001n, producerEpoch: 3, transactionTimeoutMs: 60_000, transactionStatus: 1,
  transactionPartitions: [{ topic: 'orders', partitionIds: [0, 2] }],
  transactionLastUpdateTimestampMs: 1_000_002n, transactionStartTimestampMs: 1_000_001n,
});

function encode(write: (writer: Writer) => void): Uint8Array {
  const writer = new Writer();
  write(writer);
  return writer.finish();
}

describe('__transaction_state records', () => {
  test('a key is the transactional id as a length-prefixed string', () => {
    const encoded = encode((writer) => writeTransactionLogKey(writer, { transactionalId: 'tx-1' }, 0));
    expect(encoded).toEqual(bytes(int16(4), ascii('tx-1')));
    expect(readTransactionLogKey(new Reader(encoded), 0).transactionalId).toBe('tx-1');
  });

  test('a version 0 value is fixed width with an int32 array count', () => {
    const encoded = encode((writer) => writeTransactionLogValue(writer, value, 0));
    expect(encoded).toEqual(bytes(int64(4001), int16(3), int32(60_000), [1],
      int32(1), int16(6), ascii('orders'), int32(2), int32(0), int32(2),
      int64(1_000_002), int64(1_000_001)));
  });

  test('a version 1 value is flexible, and its tagged fields are written only when not default', () => {
    const plain = encode((writer) => writeTransactionLogValue(writer, value, 1));
    // Compact lengths are N + 1 as an unsigned varint; every struct ends with a tagged-field count.
    expect(plain).toEqual(bytes(int64(4001), int16(3), int32(60_000), [1],
      [2], [7], ascii('orders'), [3], int32(0), int32(2), [0],
      int64(1_000_002), int64(1_000_001), [0]));
    const tagged = encode((writer) => writeTransactionLogValue(writer,
      { ...value, previousProducerId: 4000n, clientTransactionVersion: 2 }, 1));
    expect(tagged.subarray(plain.length - 1)).toEqual(bytes([2], [0], [8], int64(4000), [2], [2], int16(2)));
    const read = readTransactionLogValue(new Reader(tagged), 1);
    expect(read.previousProducerId).toBe(4000n);
    expect(read.nextProducerId).toBe(-1n);
    expect(read.clientTransactionVersion).toBe(2);
    expect(read.transactionPartitions).toEqual([{ topic: 'orders', partitionIds: [0, 2] }]);
  });
});
