// Transaction markers (KIP-98): the control records that end a transaction on a partition. When a
// producer's transaction commits or aborts, its coordinator has a marker appended to every
// partition the transaction wrote to: a batch of one control record, with the transactional and
// control attributes set and the producer's id and epoch in the batch header. Readers learn from
// it whether the records the producer wrote since its previous marker count (commit) or are to be
// skipped (abort), and a read_committed consumer may read past them only once it is there.
//
// The record's layout is Kafka's (EndTransactionMarker and ControlRecordType):
//   key:   version int16 (0), type int16 (0 abort, 1 commit)
//   value: version int16 (0), coordinator epoch int32
// A marker carries no offset delta but 0 and no sequence (-1): it is not an idempotent write.
import { encodeRecordBatch, type DecodedRecord } from './batch.js';

/** Kafka's ControlRecordType ids of the two markers. */
export const transactionMarkerType = { abort: 0, commit: 1 } as const;

/** What a marker says: the transaction's outcome, and the coordinator generation that decided it. */
export interface TransactionMarker {
  readonly committed: boolean;
  /** The leader epoch of the coordinator's __transaction_state partition; fences older coordinators. */
  readonly coordinatorEpoch: number;
}

/** The batch that ends `producerId`'s transaction at `producerEpoch`, as the log stores it. */
export interface TransactionMarkerBatch extends TransactionMarker {
  readonly producerId: bigint;
  readonly producerEpoch: number;
  readonly timestampMs: number;
}

const markerKeyBytes = 4;
const markerValueBytes = 6;

/** Encodes a marker batch (base offset 0: the log assigns the real one). */
export function encodeTransactionMarkerBatch(marker: TransactionMarkerBatch): Uint8Array {
  const key = new Uint8Array(markerKeyBytes);
  const keyView = new DataView(key.buffer);
  keyView.setInt16(0, 0);
  keyView.setInt16(2, marker.committed ? transactionMarkerType.commit : transactionMarkerType.abort);
  const value = new Uint8Array(markerValueBytes);
  const valueView = new DataView(value.buffer);
  valueView.setInt16(0, 0);
  valueView.setInt32(2, marker.coordinatorEpoch);
  return encodeRecordBatch({
    records: [{ key, value, timestampMs: marker.timestampMs }],
    isTransactional: true,
    isControl: true,
    producerId: marker.producerId,
    producerEpoch: marker.producerEpoch,
    baseSequence: -1,
  });
}

/** The control record type of a control batch's record (Kafka's ControlRecordType.parse). */
export function controlRecordType(record: DecodedRecord): number {
  if (record.key === null || record.key.length < markerKeyBytes) {
    throw new TransactionMarkerError(`A control record needs a key of at least ${markerKeyBytes} bytes`);
  }
  const view = new DataView(record.key.buffer, record.key.byteOffset, record.key.byteLength);
  const version = view.getInt16(0);
  if (version < 0) throw new TransactionMarkerError(`Control record key version ${version} is negative`);
  return view.getInt16(2);
}

/**
 * The marker a control record is, or undefined when it is another kind of control record (the
 * Raft log's leader-change and voters records share the control attribute).
 */
export function decodeTransactionMarker(record: DecodedRecord): TransactionMarker | undefined {
  const type = controlRecordType(record);
  if (type !== transactionMarkerType.abort && type !== transactionMarkerType.commit) return undefined;
  if (record.value === null || record.value.length < markerValueBytes) {
    throw new TransactionMarkerError(`A transaction marker needs a value of at least ${markerValueBytes} bytes`);
  }
  const view = new DataView(record.value.buffer, record.value.byteOffset, record.value.byteLength);
  const version = view.getInt16(0);
  // Kafka reads any version from 0 up, the fields of version 0 coming first in all of them.
  if (version < 0) throw new TransactionMarkerError(`Transaction marker version ${version} is negative`);
  return { committed: type === transactionMarkerType.commit, coordinatorEpoch: view.getInt32(2) };
}

/** A control record whose bytes are not a marker Weir can read. */
export class TransactionMarkerError extends Error {
  override readonly name = 'TransactionMarkerError';
}
