// Transaction markers: the batch header says transactional + control with the producer's id and
// epoch, and the one record's key and value are Kafka's EndTransactionMarker bytes.
import { describe, expect, test } from 'vitest';

import {
  TransactionMarkerError, decodeRecordBatch, decodeTransactionMarker, encodeRecordBatch, encodeTransactionMarkerBatch,
  readBatchHeader,
} from '../../../storage/mod.js';

describe('transaction markers', () => {
  test('a commit marker is one control record in a transactional control batch', () => {
    const bytes = encodeTransactionMarkerBatch({ producerId: 7001n, producerEpoch: 4, committed: true,
      coordinatorEpoch: 9, timestampMs: 1_700_000_000_000 });
    const header = readBatchHeader(bytes, 0);
    expect(header).toMatchObject({ isControl: true, isTransactional: true, producerId: 7001n, producerEpoch: 4,
      baseSequence: -1, lastOffsetDelta: 0 });
    const [record] = decodeRecordBatch(bytes, 0).records;
    expect(record?.key).toEqual(Uint8Array.from([0, 0, 0, 1]));
    expect(record?.value).toEqual(Uint8Array.from([0, 0, 0, 0, 0, 9]));
    expect(decodeTransactionMarker(record!)).toEqual({ committed: true, coordinatorEpoch: 9 });
  });

  test('an abort marker says abort', () => {
    const bytes = encodeTransactionMarkerBatch({ producerId: 1n, producerEpoch: 0, committed: false,
      coordinatorEpoch: 0, timestampMs: 0 });
    const [record] = decodeRecordBatch(bytes, 0).records;
    expect(record?.key).toEqual(Uint8Array.from([0, 0, 0, 0]));
    expect(decodeTransactionMarker(record!)).toEqual({ committed: false, coordinatorEpoch: 0 });
  });

  test('another kind of control record is not a marker, and a short one is refused by name', () => {
    const leaderChange = encodeRecordBatch({ isControl: true,
      records: [{ key: Uint8Array.from([0, 0, 0, 2]), value: Uint8Array.from([0, 0]), timestampMs: 0 }] });
    expect(decodeTransactionMarker(decodeRecordBatch(leaderChange, 0).records[0]!)).toBeUndefined();
    const shortValue = encodeRecordBatch({ isControl: true,
      records: [{ key: Uint8Array.from([0, 0, 0, 1]), value: Uint8Array.from([0, 0, 0]), timestampMs: 0 }] });
    expect(() => decodeTransactionMarker(decodeRecordBatch(shortValue, 0).records[0]!)).toThrow(TransactionMarkerError);
    const shortKey = encodeRecordBatch({ isControl: true,
      records: [{ key: Uint8Array.from([0, 0]), value: null, timestampMs: 0 }] });
    expect(() => decodeTransactionMarker(decodeRecordBatch(shortKey, 0).records[0]!)).toThrow(/key of at least 4 bytes/);
  });
});
