// What the node logs of its Raft driver: role changes and snapshots at info, per-entry events at
// debug (too many for stdout), and a compact status for start-up lines.
import assert from 'node:assert/strict';
import { renderEvent, type RaftEvent, type RaftStatus } from '../../raft/mod.js';
import type { Logger } from '../log/logger.js';

/** Role changes and snapshots are worth a line each; per-entry events are too many for stdout. */
export function logRaftEvent(logger: Logger, event: RaftEvent): void {
  switch (event.type) {
    case 'became-unattached':
    case 'became-prospective':
    case 'became-candidate':
    case 'became-leader':
    case 'became-follower':
    case 'resigned':
    case 'voters-changed':
    case 'snapshot-taken':
    case 'snapshot-installed':
    case 'log-truncated':
      logger.info(renderEvent(event));
      return;
    case 'vote-answered':
    case 'vote-received':
    case 'entries-appended':
    case 'high-watermark-advanced':
    case 'snapshot-fetch-started':
      logger.debug(renderEvent(event));
      return;
    default: {
      const unexpected: never = event;
      assert.fail(`unknown Raft event ${String(unexpected)}`);
    }
  }
}

export function describeRaft(status: RaftStatus): Record<string, number | string | null> {
  return {
    epoch: status.epoch, role: status.role, leader: status.leader,
    endOffset: status.endOffset, highWatermark: status.highWatermark,
  };
}
