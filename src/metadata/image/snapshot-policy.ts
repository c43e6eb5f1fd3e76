// When to snapshot the metadata image (KIP-630): after a number of entries since the last
// snapshot, as Kafka's metadata.log.max.record.bytes.between.snapshots does by bytes. A snapshot
// lets Raft drop the log before it, so restarts replay a bounded tail and a lagging follower
// catches up from the snapshot. The policy only asks; RaftDriver.takeSnapshot does the work on the
// node's own turn, reading the publisher's `snapshot()`.
import assert from 'node:assert/strict';

import type { MetadataPublisher } from './metadata-publisher.js';

/**
 * Calls `takeSnapshot` each time the image has moved `entriesBetweenSnapshots` offsets past the
 * last request. Returns a function that stops the policy.
 *
 * @example
 * const stop = snapshotWhenDue(publisher, () => raft.takeSnapshot(), { entriesBetweenSnapshots: 1000 });
 */
export function snapshotWhenDue(
  publisher: MetadataPublisher,
  takeSnapshot: () => void,
  options: { readonly entriesBetweenSnapshots: number },
): () => void {
  const { entriesBetweenSnapshots } = options;
  assert.ok(Number.isSafeInteger(entriesBetweenSnapshots) && entriesBetweenSnapshots > 0, 'a positive entry count');
  let lastRequestedOffset = publisher.current().offset;
  return publisher.subscribe((image) => {
    if (image.offset - lastRequestedOffset < entriesBetweenSnapshots) return;
    lastRequestedOffset = image.offset;
    takeSnapshot();
  });
}
