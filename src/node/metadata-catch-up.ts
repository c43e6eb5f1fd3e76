// Metadata catch-up at start (step 3 of src/node/weir-node.ts): clients are served only once the
// image holds everything the log had at start and a leader's high watermark covers it, as Kafka's
// broker waits for its initial metadata catch-up. Before that the image may lack topics that
// exist, and an answer such as UNKNOWN_TOPIC_OR_PARTITION, or an auto-creation, would be wrong.
// Without a quorum the wait has no bound; a stop meanwhile aborts `signal` (start-cancellation.ts).
import type { RaftStatus } from '../../raft/mod.js';
import type { Runtime } from '../runtime/seam.js';
import { pollUntil } from './start-cancellation.js';

/** Polls, once a Raft tick, until the metadata image has caught up (see step 3 at the top). */
export function waitForMetadataCatchUp(options: {
  readonly clock: Runtime['clock'];
  readonly raftStatus: () => RaftStatus;
  readonly recoveredEndOffset: number;
  readonly appliedEndOffset: () => number;
  /** How often to look again (one Raft tick). */
  readonly pollMs: number;
  /** Aborted when the node is stopped before it caught up: the wait rejects with StartCancelledError. */
  readonly signal?: AbortSignal | undefined;
}): Promise<void> {
  const caughtUp = (): boolean => {
    const status = options.raftStatus();
    const applied = Math.max(options.appliedEndOffset(), status.logStartOffset);
    return status.leader !== null &&
      status.highWatermark >= options.recoveredEndOffset &&
      applied >= status.highWatermark;
  };
  return pollUntil({ clock: options.clock, pollMs: options.pollMs, condition: caughtUp, signal: options.signal,
    step: 'waiting for the metadata quorum' });
}
