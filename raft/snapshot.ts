// Snapshot transfer in chunks (KIP-630 FetchSnapshot): the leader serves byte ranges of its
// latest snapshot; a follower that is behind the leader's log start assembles them in order.
// Part of raft/. Pure helpers; the follower keeps one SnapshotDownload in its role state.
import assert from 'node:assert/strict';
import type { Snapshot } from './ready.js';
import type { NodeId, OffsetAndEpoch } from './types.js';

/**
 * Bytes [position, position + chunkBytes) of a snapshot, clipped at its end.
 * @example snapshotChunk(data, 0, 1024)
 */
export function snapshotChunk(data: Uint8Array, position: number, chunkBytes: number): Uint8Array {
  assert.ok(Number.isSafeInteger(position) && position >= 0, 'a position is a byte count');
  assert.ok(position <= data.length, 'a position lies inside the snapshot');
  assert.ok(chunkBytes > 0, 'a chunk holds at least one byte');
  return data.slice(position, Math.min(data.length, position + chunkBytes));
}

/** A snapshot being received chunk by chunk. Invariant: receivedBytes = sum of chunk lengths. */
export interface SnapshotDownload {
  readonly snapshotId: OffsetAndEpoch;
  readonly chunks: Uint8Array[];
  receivedBytes: number;
}

/** Starts receiving snapshot `snapshotId`. */
export function startDownload(snapshotId: OffsetAndEpoch): SnapshotDownload {
  return { snapshotId, chunks: [], receivedBytes: 0 };
}

/** Adds the chunk that continues the download. Precondition: it starts where the last ended. */
export function addChunk(download: SnapshotDownload, position: number, chunk: Uint8Array): void {
  assert.equal(position, download.receivedBytes, 'chunks arrive in order');
  download.chunks.push(chunk);
  download.receivedBytes += chunk.length;
}

/** The whole snapshot once every byte arrived. */
export function finishDownload(download: SnapshotDownload, voters: readonly NodeId[]): Snapshot {
  const data = new Uint8Array(download.receivedBytes);
  let position = 0;
  for (const chunk of download.chunks) {
    data.set(chunk, position);
    position += chunk.length;
  }
  assert.equal(position, data.length, 'every received byte is in the snapshot');
  return { id: download.snapshotId, data, voters };
}

/** Whether two snapshot ids name the same snapshot. */
export function sameSnapshotId(left: OffsetAndEpoch, right: OffsetAndEpoch): boolean {
  return left.offset === right.offset && left.epoch === right.epoch;
}
